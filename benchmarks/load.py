"""Load the webhook with concurrent signed buyer messages on loopback, for a bounded
time, and report throughput, latency percentiles and errors.

    python benchmarks/load.py --spawn --workers 2 --duration 10 --concurrency 16

``--spawn`` starts ``xiaoer serve`` on a free loopback port with a fresh SQLite state
file and stops it afterwards; without it, ``--url`` names a running server whose
secret is in ``XIAOER_WEBHOOK_SECRET``. Only loopback addresses are accepted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from urllib.parse import urlparse

import httpx

from serving.signing import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign

# A mix of pre-sales questions, written for this script.
MESSAGES = (
    "在吗", "一米六 九十五斤穿哪个码", "黑色L还有货吗", "今天下单能发吗", "能便宜点不",
    "寄到广州要几天", "可以发顺丰吗", "这个面料是什么", "支持七天无理由吗", "能开发票吗",
    "好的谢谢", "有优惠券吗", "偏大还是偏小", "新疆包邮吗", "那M呢", "花呗可以分期吗",
)
ITEMS = ("dress-floral", "hoodie-fleece", "jeans-straight", None)


def percentile(ordered: list[float], fraction: float) -> float:
    """The value below which ``fraction`` of the sorted samples lie (nearest rank)."""
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def spawn(workers: int, secret: str, state_dir: str, command: list[str] | None = None,
          ) -> tuple[subprocess.Popen[bytes], str]:
    """Start ``xiaoer serve`` (or ``command`` with {port} filled in) and wait until healthy."""
    port = _free_port()
    env = {**os.environ, "XIAOER_WEBHOOK_SECRET": secret, "XIAOER_STATE": f"sqlite:///{state_dir}/state.db",
           "XIAOER_LOG_LEVEL": "warning", "XIAOER_RATE_PER_CONVERSATION": "100000",
           "XIAOER_RATE_PER_SHOP": "100000000"}
    argv = [part.format(port=port) for part in command] if command else [
        sys.executable, "-m", "xiaoer.cli", "serve", "--port", str(port), "--workers", str(workers)]
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return process, url
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the spawned server did not become healthy within 30 s")


async def _worker(client: httpx.AsyncClient, url: str, secret: str, stop_at: float, budget: list[int],
                  latencies: list[float], errors: list[str], rng: random.Random, interval: float) -> None:
    next_at = time.monotonic() + rng.random() * interval
    while time.monotonic() < stop_at and budget[0] > 0:
        if interval:  # open loop: a fixed pace, whatever the server does
            delay = next_at - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            next_at += interval
        budget[0] -= 1
        event = {"type": "buyer_message", "conversation_id": f"load-{rng.randrange(500)}",
                 "buyer_id": f"b{rng.randrange(500)}", "text": rng.choice(MESSAGES)}
        item = rng.choice(ITEMS)
        if item:
            event["item_id"] = item
        body = json.dumps(event, ensure_ascii=False).encode()
        stamp = str(int(time.time()))
        headers = {TIMESTAMP_HEADER: stamp, SIGNATURE_HEADER: sign(secret, stamp, body),
                   "Content-Type": "application/json"}
        started = time.perf_counter()
        try:
            response = await client.post(url, content=body, headers=headers)
        except httpx.HTTPError as e:
            errors.append(type(e).__name__)
            continue
        latencies.append(time.perf_counter() - started)
        if response.status_code != 200:
            errors.append(str(response.status_code))


async def run(url: str, shop: str, secret: str, concurrency: int, duration: float, max_requests: int,
              seed: int = 0, rate: float | None = None) -> dict[str, object]:
    """Send for ``duration`` seconds; with ``rate`` (requests/s) at that pace, else flat out."""
    latencies: list[float] = []
    errors: list[str] = []
    budget = [max_requests]
    target = f"{url}/webhook/{shop}" if shop else url
    interval = concurrency / rate if rate else 0.0
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(timeout=10, limits=limits) as client:
        started = time.monotonic()
        stop_at = started + duration
        await asyncio.gather(*(
            _worker(client, target, secret, stop_at, budget, latencies, errors, random.Random(seed + i), interval)
            for i in range(concurrency)
        ))
        elapsed = time.monotonic() - started
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return round(percentile(ordered, p) * 1000, 2) if ordered else 0.0

    return {
        "requests": len(latencies) + len([e for e in errors if not e.isdigit()]),
        "errors": len(errors), "error_kinds": sorted(set(errors)),
        "seconds": round(elapsed, 2), "throughput_rps": round(len(latencies) / elapsed, 1) if elapsed else 0.0,
        "p50_ms": pct(0.50), "p90_ms": pct(0.90), "p99_ms": pct(0.99),
        "mean_ms": round(statistics.fmean(ordered) * 1000, 2) if ordered else 0.0,
        "concurrency": concurrency,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000", help="a running server (loopback only)")
    parser.add_argument("--shop", default="example", help="shop id in /webhook/<id>")
    parser.add_argument("--spawn", action="store_true", help="start xiaoer serve for the run")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn workers when spawning")
    parser.add_argument("--concurrency", type=int, default=16, help="requests in flight")
    parser.add_argument("--duration", type=float, default=10, help="seconds to run (at most 300)")
    parser.add_argument("--max-requests", type=int, default=200_000, help="stop after this many requests")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    duration = min(max(args.duration, 0.5), 300)
    secret = os.environ.get("XIAOER_WEBHOOK_SECRET", "load-test-secret-0123456789")
    process = None
    with tempfile.TemporaryDirectory() as state_dir:
        if args.spawn:
            process, url = spawn(args.workers, secret, state_dir)
        else:
            url = args.url.rstrip("/")
            host = urlparse(url).hostname or ""
            if not (host == "localhost" or host.startswith("127.") or host == "::1"):
                raise SystemExit(f"{url}: load tests only target loopback (127.0.0.1, localhost, ::1)")
        try:
            result = asyncio.run(run(url, args.shop, secret, args.concurrency, duration, args.max_requests))
        finally:
            if process is not None:
                process.terminate()
                process.wait(timeout=30)
    result["workers"] = args.workers if args.spawn else None
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{result['requests']} requests in {result['seconds']} s, concurrency {args.concurrency}: "
              f"{result['throughput_rps']} req/s, p50 {result['p50_ms']} ms, p90 {result['p90_ms']} ms, "
              f"p99 {result['p99_ms']} ms, errors {result['errors']} {result['error_kinds'] or ''}")
    return 0 if result["errors"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
