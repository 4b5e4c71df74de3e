"""The load script runs end to end against a server it starts itself (a smoke test:
no timing is asserted, only that requests were answered without errors)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "load.py"


def test_load_script_reports_throughput_latency_and_no_errors() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--spawn", "--duration", "1.5", "--concurrency", "4", "--json"],
        capture_output=True, text=True, timeout=90, check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["errors"] == 0
    assert report["requests"] > 0
    assert 0 < report["p50_ms"] <= report["p99_ms"]
    assert report["throughput_rps"] > 0


def test_load_script_refuses_other_hosts() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--url", "http://192.168.1.10:8000", "--duration", "1"],
        capture_output=True, text=True, timeout=30, check=False,
    )
    assert result.returncode != 0
    assert "loopback" in result.stderr
