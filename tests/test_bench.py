"""The benchmark script runs and reports every section it is asked for (a smoke test:
the figures themselves are for the README, never asserted as timings)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "bench.py"


def test_quick_benchmark_reports_every_section() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick", "--json", "--skip", "webhook"],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    latency = report["latency"]
    assert latency["engine_p50_us"] > 0 and latency["jieba_p50_us"] > 0 and latency["tokenise_p50_us"] > 0
    assert latency["ratio_p50"] > 0
    sizes = [(row["products"], row["rules"]) for row in report["scaling"]]
    assert sizes == [(10, 10), (10, 100), (100, 10), (100, 100)]
    assert report["cold_start"]["with_cache_s"] > 0 and report["cold_start"]["without_cache_s"] > 0
    assert set(report["memory"]["rss_mb"]) == {"1", "10"}
    assert report["memory"]["per_shop_mb"] > 0
    assert report["taught"]["fit_1000_s"] > 0 and report["taught"]["per_taught_shop_mb"] > 0
    assert report["taught"]["fit_1000_read_before_s"] > 0  # another shop, the library's readings in the cache
