"""Soak the server with faults: for a bounded time, mix buyer messages, agents' events and
owners' edits across many shops on two workers, kill one worker half-way, and check at the
end that nothing accepted was lost.

    python benchmarks/soak.py                     # 10 minutes, 50 shops, 2 workers
    python benchmarks/soak.py --duration 60       # the one-minute smoke run (tests/test_soak.py)

It starts ``xiaoer serve --shops`` on a free loopback port with a fresh SQLite file, every
shop the example shop with its own secret and admin token. Each buyer message has its own
``message_id``. Half-way, one uvicorn worker is killed with SIGKILL (uvicorn starts
another). It reports throughput, p50/p99, errors, and the server's RSS at the start and
the end, then checks:

- every edit the server accepted (200 with a revision number) is among its shop's revisions;
- every buyer message the server answered, among the latest ten of its conversation (the
  decisions a conversation keeps for retries), gets the very same decision when sent
  again; an older one is recognised as already processed (answered ``silent``).

Requests cut off by the kill are retried once, as a platform would, and must then succeed.
Exit status 1 when anything is lost or an error other than a cut connection occurs.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from load import ITEMS, MESSAGES, _free_port, percentile  # noqa: E402

from serving.signing import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign  # noqa: E402
from serving.webhook import KEPT_ANSWERS, SEEN_IDS  # noqa: E402

EXAMPLE = ROOT / "botcore" / "data" / "shops" / "clothing.yaml"
WORDINGS = ("不客气呀,有事随时找我~", "不用谢哈,祝您购物愉快!", "收到,欢迎常来~")


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    cut: int = 0  # requests cut off (the killed worker) and retried
    # (shop, conversation) -> [(message id, decision, event)], in the order answered
    answered: dict[tuple[str, str], list[tuple[str, dict[str, Any], bytes]]] = field(default_factory=dict)
    edits: list[tuple[str, int]] = field(default_factory=list)  # (shop, revision) accepted


def _secret(shop: str) -> str:
    return f"soak-secret-{shop}-0123456789"


def _token(shop: str) -> str:
    return f"soak-token-{shop}-0123456789"


def write_shops(folder: Path, count: int) -> list[str]:
    shops = [f"s{i:02d}" for i in range(count)]
    lines = ["shops:"]
    for shop in shops:
        digest = hashlib.sha256(_token(shop).encode()).hexdigest()
        lines.append(f"  {shop}: {{file: {EXAMPLE}, secret: {_secret(shop)}, admin_token_sha256: {digest}}}")
    (folder / "shops.yaml").write_text("\n".join(lines) + "\n", "utf-8")
    return shops


def spawn(folder: Path, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    env = {**os.environ, "XIAOER_STATE": f"sqlite:///{folder}/state.db", "XIAOER_LOG_LEVEL": "warning",
           "XIAOER_RATE_PER_CONVERSATION": "100000", "XIAOER_RATE_PER_SHOP": "100000000",
           "XIAOER_CACHE_DIR": os.environ.get("XIAOER_CACHE_DIR", tempfile.gettempdir())}
    process = subprocess.Popen(
        [sys.executable, "-m", "xiaoer.cli", "serve", "--shops", str(folder / "shops.yaml"), "--port", str(port),
         "--workers", str(workers)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/readyz", timeout=1).status_code == 200 and len(workers_of(process.pid)) >= workers:
                return process, url
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    process.kill()
    raise SystemExit("the server did not become ready within 120 s")


def workers_of(pid: int) -> list[int]:
    """The uvicorn worker processes of the server: its children started by multiprocessing's
    ``spawn_main`` (not its resource tracker), read from /proc on Linux."""
    try:
        children = [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []
    workers = []
    for child in children:
        try:
            if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes():
                workers.append(child)
        except OSError:
            continue
    return workers


def cpu_seconds(pid: int) -> float:
    """User and system time a process has used so far (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    """The resident memory of the server and its workers."""
    total = 0
    for each in (pid, *workers_of(pid)):
        try:
            for line in Path(f"/proc/{each}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return round(total / 1024, 1)


def _signed(shop: str, event: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(event, ensure_ascii=False).encode()
    stamp = str(int(time.time()))
    return body, {TIMESTAMP_HEADER: stamp, SIGNATURE_HEADER: sign(_secret(shop), stamp, body),
                  "Content-Type": "application/json"}


async def _post(client: httpx.AsyncClient, url: str, tally: Tally, body: bytes,
                headers: dict[str, str]) -> httpx.Response | None:
    """Post once, and once more if the connection was cut (a platform's retry)."""
    for attempt in (1, 2):
        started = time.perf_counter()
        try:
            response = await client.post(url, content=body, headers=headers)
        except httpx.HTTPError as e:
            if attempt == 1:
                tally.cut += 1
                await asyncio.sleep(0.5)
                continue
            tally.errors.append(f"retry failed: {type(e).__name__}")
            return None
        tally.latencies.append(time.perf_counter() - started)
        if response.status_code == 503 and attempt == 1:  # busy or store unavailable: wait as told, once
            await asyncio.sleep(float(response.headers.get("Retry-After", "1")))
            continue
        return response
    return None


async def _edit(client: httpx.AsyncClient, url: str, shop: str, tally: Tally, rng: random.Random) -> None:
    auth = {"Authorization": f"Bearer {_token(shop)}"}
    try:
        current = await client.get(f"{url}/api/shops/{shop}", headers=auth)
    except httpx.HTTPError:
        tally.cut += 1
        return
    if current.status_code != 200:
        tally.errors.append(f"read shop {current.status_code}")
        return
    wording = rng.choice(WORDINGS)
    try:
        saved = await client.put(f"{url}/api/shops/{shop}/replies/thanks.thanks", json={"texts": [wording]},
                                 headers={**auth, "If-Match": current.headers["ETag"], "X-Xiaoer-Editor": "soak"})
    except httpx.HTTPError:
        tally.cut += 1  # not known to be saved: not counted as accepted
        return
    if saved.status_code == 200:
        tally.edits.append((shop, int(saved.json()["revision"])))
    elif saved.status_code != 409:  # someone saved in between: refused, as it should be
        tally.errors.append(f"edit {saved.status_code}")


async def _traffic(client: httpx.AsyncClient, url: str, shops: list[str], stop_at: float, tally: Tally,
                   rng: random.Random, lane: int) -> None:
    n = 0
    while time.monotonic() < stop_at:
        n += 1
        shop = rng.choice(shops)
        roll = rng.random()
        if roll < 0.03:
            await _edit(client, url, shop, tally, rng)
            continue
        conversation = f"c{lane}-{rng.randrange(40)}"
        if roll < 0.10:
            kind = rng.choice(("agent_message", "release", "agent_status"))
            event: dict[str, Any] = {"type": kind, "agent_id": f"agent-{rng.randrange(3)}"}
            if kind == "agent_status":
                event["status"] = rng.choice(("online", "busy", "away", "offline"))
            else:
                event["conversation_id"] = conversation
            body, headers = _signed(shop, event)
            response = await _post(client, f"{url}/webhook/{shop}", tally, body, headers)
            if response is not None and response.status_code != 200:
                tally.errors.append(f"{kind} {response.status_code}")
            continue
        message_id = f"m{lane}-{n}"
        event = {"type": "buyer_message", "conversation_id": conversation, "buyer_id": f"b{lane}",
                 "text": rng.choice(MESSAGES), "message_id": message_id}
        item = rng.choice(ITEMS)
        if item:
            event["item_id"] = item
        body, headers = _signed(shop, event)
        response = await _post(client, f"{url}/webhook/{shop}", tally, body, headers)
        if response is None:
            continue
        if response.status_code == 200:
            tally.answered.setdefault((shop, conversation), []).append(
                (message_id, response.json(), json.dumps(event, ensure_ascii=False).encode()))
        else:
            tally.errors.append(f"buyer_message {response.status_code}")


async def _check(client: httpx.AsyncClient, url: str, tally: Tally, sample: int, rng: random.Random) -> list[str]:
    """What was accepted is still there: edits among the revisions, decisions given again."""
    lost: list[str] = []
    by_shop: dict[str, set[int]] = {}
    for shop, revision in tally.edits:
        by_shop.setdefault(shop, set()).add(revision)
    for shop, revisions in by_shop.items():
        listed = await client.get(f"{url}/api/shops/{shop}/revisions?limit=1000",
                                  headers={"Authorization": f"Bearer {_token(shop)}"})
        kept = {r["number"] for r in listed.json()["revisions"] if r["author"] == "soak"}
        lost += [f"{shop} revision {n} is gone" for n in sorted(revisions - kept)]
    conversations = tally.answered.items()
    latest = [(shop, *answer) for (shop, _), answers in conversations for answer in answers[-KEPT_ANSWERS:]]
    older = [(shop, *answer) for (shop, _), answers in conversations for answer in answers[-SEEN_IDS:-KEPT_ANSWERS]]
    for shop, message_id, decision, raw in rng.sample(latest, min(sample, len(latest))):
        again = await _again(client, url, shop, raw)
        if again.status_code != 200 or again.json() != decision:
            lost.append(f"{shop} {message_id}: answered {decision.get('mode')}, now {again.text[:80]}")
    for shop, message_id, _, raw in rng.sample(older, min(sample // 3, len(older))):
        again = await _again(client, url, shop, raw)
        if again.status_code != 200 or again.json()["mode"] != "silent":  # seen: not processed a second time
            lost.append(f"{shop} {message_id}: processed again: {again.text[:80]}")
    return lost


async def _again(client: httpx.AsyncClient, url: str, shop: str, raw: bytes) -> httpx.Response:
    body, headers = _signed(shop, json.loads(raw))
    return await client.post(f"{url}/webhook/{shop}", content=body, headers=headers)


async def soak(url: str, process: subprocess.Popen[bytes], shops: list[str], duration: float, concurrency: int,
               kill: bool, sample: int) -> dict[str, Any]:
    tally = Tally()
    rng = random.Random(7)
    started = time.monotonic()
    rss_start = rss_mb(process.pid)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:
        stop_at = started + duration

        async def killer() -> list[int]:
            await asyncio.sleep(duration / 2)
            victims = sorted(workers_of(process.pid), key=cpu_seconds)[-1:]  # the busiest: it has requests in flight
            for pid in victims:
                os.kill(pid, signal.SIGKILL)
            return victims

        results = await asyncio.gather(
            killer() if kill else asyncio.sleep(0),
            *(_traffic(client, url, shops, stop_at, tally, random.Random(100 + lane), lane)
              for lane in range(concurrency)))
        elapsed = time.monotonic() - started
        rss_end = rss_mb(process.pid)
        lost = await _check(client, url, tally, sample, rng)
    ordered = sorted(tally.latencies)
    return {
        "seconds": round(elapsed, 1), "requests": len(ordered), "throughput_rps": round(len(ordered) / elapsed, 1),
        "p50_ms": round(percentile(ordered, 0.5) * 1000, 1) if ordered else 0.0,
        "p99_ms": round(percentile(ordered, 0.99) * 1000, 1) if ordered else 0.0,
        "answered": sum(len(answers) for answers in tally.answered.values()), "edits": len(tally.edits),
        "cut_and_retried": tally.cut,
        "killed_worker": results[0] or None, "errors": len(tally.errors), "error_kinds": sorted(set(tally.errors)),
        "rss_start_mb": rss_start, "rss_end_mb": rss_end, "checked_again": sample,
        "lost": lost,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=600, help="seconds of traffic (default 600, at most 3600)")
    parser.add_argument("--shops", type=int, default=50, help="shops served (default 50)")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn workers (default 2)")
    parser.add_argument("--concurrency", type=int, default=8, help="requests in flight (default 8)")
    parser.add_argument("--no-kill", action="store_true", help="do not kill a worker half-way")
    parser.add_argument("--check", type=int, default=300, help="answered messages sent again at the end")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        shops = write_shops(Path(folder), args.shops)
        process, url = spawn(Path(folder), args.workers)
        try:
            result = asyncio.run(soak(url, process, shops, min(max(args.duration, 5), 3600), args.concurrency,
                                      not args.no_kill, args.check))
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(f"{result['requests']} requests in {result['seconds']} s ({result['throughput_rps']} req/s), "
              f"p50 {result['p50_ms']} ms, p99 {result['p99_ms']} ms; {result['answered']} buyer messages answered, "
              f"{result['edits']} edits saved; worker killed: {result['killed_worker']}, "
              f"{result['cut_and_retried']} requests cut and retried; errors {result['errors']} "
              f"{result['error_kinds'] or ''}; RSS {result['rss_start_mb']} -> {result['rss_end_mb']} MB; "
              f"{result['checked_again']} answers checked again, lost: {result['lost'] or 'nothing'}")
    return 0 if not result["lost"] and not result["errors"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
