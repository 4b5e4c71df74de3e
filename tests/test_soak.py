"""benchmarks/soak.py as a one-minute smoke run: 50 shops on two uvicorn workers, buyer
messages, agents' events and owners' edits mixed, one worker killed half-way; nothing the
server accepted is lost (every saved edit is among the revisions, every answered message
gets the same decision again) and nothing but a cut connection fails."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SOAK = Path(__file__).resolve().parents[1] / "benchmarks" / "soak.py"
SECONDS = os.environ.get("XIAOER_SOAK_SECONDS", "60")


def test_a_minute_of_mixed_traffic_with_a_killed_worker_loses_nothing() -> None:
    done = subprocess.run([sys.executable, str(SOAK), "--duration", SECONDS, "--shops", "50", "--json"],
                          capture_output=True, text=True, timeout=600)
    assert done.stdout.strip(), done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["lost"] == [], result
    assert result["errors"] == 0, result
    assert result["killed_worker"], result  # the fault really happened
    assert result["answered"] > 100 and result["edits"] > 0, result
    assert done.returncode == 0, result
