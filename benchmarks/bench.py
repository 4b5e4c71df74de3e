"""xiaoer's benchmarks, measured against the tokenizer's own cost, in one run:

    python benchmarks/bench.py            # everything (about 3-4 minutes on 2 cores)
    python benchmarks/bench.py --quick    # small sizes, for a smoke test
    python benchmarks/bench.py --json     # one JSON object

1. latency: `Engine.reply` p50/p99 over a realistic message mix, next to bare
   `jieba.lcut` on the same messages; the ratio engine/jieba is the headline;
2. scaling: shops of 10 ... 10,000 products and 10 ... 1,000 generated keyword rules and
   example questions, against the 10-product shop;
3. cold start: a new process to its first reply, with and without the tokenizer cache;
4. memory: RSS with 1, 100 and 1,000 shops loaded in one process;
   taught: a new process fitting the library and a shop's 1,000 own example questions
   from nothing (no cache), then a new process fitting another such shop where the
   library's readings are in the cache (a machine where the bot has run), and the memory
   each further shop with its own examples holds (tracemalloc);
5. webhook: requests/s and p50/p99 on loopback, signed buyer messages, SQLite state,
   1 and 2 uvicorn workers, next to a bare FastAPI endpoint returning a constant.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import jieba

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import load  # noqa: E402 - benchmarks/load.py, beside this file

from botcore.shop import Shop  # noqa: E402
from botcore.shop.shopfile import EXAMPLE_SHOP  # noqa: E402
from botcore.stages.normalise import normalise  # noqa: E402
from botcore.stages.tokenise import tokenise  # noqa: E402
from botcore.yamltext import parse_yaml  # noqa: E402
from engine import Engine  # noqa: E402

MESSAGES_FILE = ROOT / "tests" / "data" / "buyer_questions.jsonl"
_SYLLABLES = list("云星月风雪花叶竹兰梅松柳桃杏橙柚茶墨霜露")
_GARMENTS = ["裙", "衫", "裤", "衣", "袄", "褂", "套装", "外套", "开衫", "马甲"]


def messages() -> list[str]:
    return [json.loads(line)["text"] for line in MESSAGES_FILE.read_text("utf-8").splitlines() if line.strip()]


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return load.percentile(ordered, 0.5), load.percentile(ordered, 0.99)


def _time_each(function: Any, items: list[str], repeat: int) -> list[float]:
    samples = []
    clock = time.perf_counter
    for _ in range(repeat):
        for item in items:
            started = clock()
            function(item)
            samples.append(clock() - started)
    return samples


def latency(engine: Engine, texts: list[str], repeat: int) -> dict[str, float]:
    """Engine.reply against bare jieba.lcut, interleaved so both see the same machine;
    the engine's own tokenising step (`botcore.stages.tokenise`) is shown beside them."""
    normalised = [normalise(t).text for t in texts]
    jieba.lcut("预热")
    for text in texts:
        engine.reply(text)
    engine_samples: list[float] = []
    jieba_samples: list[float] = []
    tokenise_samples: list[float] = []
    for _ in range(repeat):
        engine_samples += _time_each(engine.reply, texts, 1)
        jieba_samples += _time_each(jieba.lcut, normalised, 1)
        tokenise_samples += _time_each(tokenise, normalised, 1)
    engine_p50, engine_p99 = _percentiles(engine_samples)
    jieba_p50, jieba_p99 = _percentiles(jieba_samples)
    return {
        "engine_p50_us": round(engine_p50 * 1e6, 1), "engine_p99_us": round(engine_p99 * 1e6, 1),
        "jieba_p50_us": round(jieba_p50 * 1e6, 1), "jieba_p99_us": round(jieba_p99 * 1e6, 1),
        "tokenise_p50_us": round(_percentiles(tokenise_samples)[0] * 1e6, 1),
        "ratio_p50": round(engine_p50 / jieba_p50, 2), "messages": len(texts),
    }


def _name(rng: random.Random) -> str:
    return "".join(rng.sample(_SYLLABLES, 2)) + rng.choice(_GARMENTS)


def generated_shop(products: int, rules: int, seed: int = 0) -> Shop:
    """The example shop grown to ``products`` products and ``rules`` generated keyword
    rules and example questions (spread over the intents)."""
    rng = random.Random(seed)
    data = parse_yaml(EXAMPLE_SHOP.read_text("utf-8"))
    originals = data["products"]
    grown = []
    for index in range(products):
        product = copy.deepcopy(originals[index % len(originals)])
        product["id"] = f"p{index}"
        product["name"] = f"{_name(rng)}{index}"
        product["aliases"] = [f"{_name(rng)}{index}号", f"款{index}"]
        grown.append(product)
    data["products"] = grown
    intents = ["sizing", "stock", "shipping", "bargain", "product", "payment", "returns", "logistics"]
    matching: dict[str, dict[str, Any]] = {}
    for index in range(rules):
        entry = matching.setdefault(intents[index % len(intents)], {"keywords": {0.9: []}, "examples": []})
        word = "".join(rng.sample(_SYLLABLES, 3))
        entry["keywords"][0.9].append(f"{word}{index}")
        entry["examples"].append(f"请问{word}的{rng.choice(_GARMENTS)}怎么样{index}")
    data["matching"] = matching
    return Shop.model_validate(data)


def scaling(texts: list[str], sizes: list[int], rule_counts: list[int], repeat: int) -> list[dict[str, Any]]:
    """Every shop size timed in turn, round after round, so that the machine's drift
    (it speeds up and slows down by a third) falls on all of them alike."""
    engines = []
    for products in sizes:
        for rules in rule_counts:
            started = time.perf_counter()
            engine = Engine(generated_shop(products, rules), rng=random.Random(0))
            engines.append((products, rules, engine, time.perf_counter() - started))
            for text in texts:
                engine.reply(text, item_id="p1")
    samples: list[list[float]] = [[] for _ in engines]
    for _ in range(repeat):
        for (_, _, engine, _), taken in zip(engines, samples, strict=True):
            taken += _time_each(lambda t, e=engine: e.reply(t, item_id="p1"), texts, 1)
    rows = []
    base = _percentiles(samples[0])[0]
    for (products, rules, _, load_seconds), taken in zip(engines, samples, strict=True):
        p50, p99 = _percentiles(taken)
        rows.append({"products": products, "rules": rules, "p50_us": round(p50 * 1e6, 1),
                     "p99_us": round(p99 * 1e6, 1), "vs_smallest": round(p50 / base, 2),
                     "load_s": round(load_seconds, 2)})
    return rows


_FIRST_REPLY = (
    "import time; t = time.perf_counter(); from engine import Engine; "
    "Engine.from_file().reply('在吗'); print(time.perf_counter() - t)"
)


def cold_start(runs: int) -> dict[str, float]:
    """Seconds from a new interpreter to the first reply (imports included)."""
    def one(cache_dir: str) -> float:
        env = {**os.environ, "XIAOER_CACHE_DIR": cache_dir}
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", _FIRST_REPLY], env=env, check=True, capture_output=True)
        return time.perf_counter() - started

    with tempfile.TemporaryDirectory() as warm:
        one(warm)  # fills the cache
        with_cache = statistics.median(one(warm) for _ in range(runs))
    without = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as empty:
            without.append(one(empty))
    return {"with_cache_s": round(with_cache, 3), "without_cache_s": round(statistics.median(without), 3)}


_MEMORY = """
import gc, json, random, sys
from engine import Engine
from botcore.shop import Shop
from botcore.shop.shopfile import load_shop

def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024

base = load_shop().model_dump()
engines, out = [], {}
counts = [int(n) for n in sys.argv[1:]]
for n in range(1, max(counts) + 1):
    data = {**base, "shop": {**base["shop"], "name": f"店{n}"}}
    engines.append(Engine(Shop.model_validate(data), rng=random.Random(n)))
    if n == 1:
        engines[0].reply("在吗")
    if n in counts:
        gc.collect()
        out[n] = rss_mb()
print(json.dumps(out))
"""


_TAUGHT = """
import gc, json, sys, time, tracemalloc
sys.path.insert(0, sys.argv[1])
from bench import generated_shop
from engine.learning import learned_for
from intents import load_intents

intents = tuple(load_intents())
shop = generated_shop(10, 1000, seed=int(sys.argv[2]))
started = time.perf_counter()
learned_for(shop, intents)
fit = time.perf_counter() - started
if sys.argv[2] != "0":
    print(json.dumps({"fit_1000_read_before_s": round(fit, 2)}))
    sys.exit()
shops = [generated_shop(10, 20, seed=n) for n in range(1, 4)]
learned_for(shops[0], intents)  # the process's feature names grow with a first taught shop
gc.collect()
tracemalloc.start()
kept = [learned_for(s, intents) for s in shops[1:]]
gc.collect()
held = tracemalloc.get_traced_memory()[0] / len(kept)
print(json.dumps({"fit_1000_s": round(fit, 2), "per_taught_shop_mb": round(held / 1e6, 2)}))
"""


def taught(runs: int) -> dict[str, float]:
    """Fitting the library and 1,000 shop examples from nothing, then another shop's 1,000
    where the library was read before, and a taught shop's memory."""
    results = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as empty:
            result = {}
            for seed in ("0", "100"):  # the first writes the library's readings to the cache folder
                done = subprocess.run([sys.executable, "-c", _TAUGHT, str(ROOT / "benchmarks"), seed], check=True,
                                      capture_output=True, text=True, env={**os.environ, "XIAOER_CACHE_DIR": empty})
                result.update(json.loads(done.stdout))
            results.append(result)
    return {key: statistics.median(r[key] for r in results) for key in results[0]}


def memory(counts: list[int]) -> dict[str, Any]:
    result = subprocess.run([sys.executable, "-c", _MEMORY, *map(str, counts)], check=True,
                            capture_output=True, text=True)
    rss = {int(k): round(v, 1) for k, v in json.loads(result.stdout).items()}
    low, high = min(counts), max(counts)
    per_shop = (rss[high] - rss[low]) / (high - low) if high > low else 0.0
    return {"rss_mb": rss, "per_shop_mb": round(per_shop, 3)}


_WRK_SCRIPT = """
local bodies = { %(bodies)s }
local signatures = { %(signatures)s }
local stamp = "%(stamp)s"
local requests = {}
local i = 0
init = function(args)
  for k, body in ipairs(bodies) do
    local headers = {["Content-Type"] = "application/json", ["X-Xiaoer-Timestamp"] = stamp,
                     ["X-Xiaoer-Signature"] = signatures[k]}
    requests[k] = wrk.format("POST", "%(path)s", headers, body)
  end
end
request = function()
  i = i %% #requests + 1  -- wraps only if the server outruns 2,500 requests a second
  return requests[i]
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('XIAOER {"requests": %%d, "seconds": %%.3f, "errors": %%d, "non2xx": %%d, '
    .. '"p50_ms": %%.2f, "p99_ms": %%.2f}\\n', summary.requests, summary.duration / 1e6,
    e.connect + e.read + e.write + e.timeout, e.status, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000))
end
"""


def _wrk_peak(url: str, path: str, secret: str, duration: float, connections: int) -> dict[str, Any] | None:
    """Peak throughput with wrk (a C client: the Python client would be the bottleneck)."""
    if shutil.which("wrk") is None:
        return None
    rng = random.Random(0)
    texts = messages()
    stamp = str(int(time.time()))
    bodies, signatures = [], []
    # every request unique: a repeated signed request is a replay, which the server drops cheaply
    for index in range(int(duration * 2500)):
        event = {"type": "buyer_message", "conversation_id": f"wrk-{index % 500}", "buyer_id": f"b{index}",
                 "text": rng.choice(texts), "item_id": rng.choice(load.ITEMS[:3]), "message_id": f"w{index}"}
        body = json.dumps(event, ensure_ascii=False)
        bodies.append(f"[==[{body}]==]")
        signatures.append(f'"{load.sign(secret, stamp, body.encode())}"')
    script = _WRK_SCRIPT % {"bodies": ", ".join(bodies), "signatures": ", ".join(signatures),
                            "stamp": stamp, "path": path}
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False, encoding="utf-8") as f:
        f.write(script)
    try:
        command = ["wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{max(1, int(duration))}s",
                   "-s", f.name, url]
        result = subprocess.run(command, capture_output=True, text=True, timeout=duration + 60, check=True)
    finally:
        os.unlink(f.name)
    line = next(line for line in result.stdout.splitlines() if line.startswith("XIAOER "))
    data = json.loads(line[len("XIAOER "):])
    data["throughput_rps"] = round(data["requests"] / data["seconds"], 1)
    data["errors"] = data["errors"] + data["non2xx"]
    return data


def _near_half_rate(url: str, path: str, secret: str, duration: float, target: float, shop: str) -> dict[str, Any]:
    """Latency at about half the peak rate. wrk keeps connections busy (closed loop), so
    the rate is set by the number of connections: the count whose throughput comes
    closest to ``target`` is reported. Without wrk, the Python client paces the rate."""
    if shutil.which("wrk") is None:
        return asyncio.run(load.run(url, shop, secret, 8, duration, 10**7, rate=target))
    runs = [_wrk_peak(url, path, secret, duration, connections) for connections in (1, 2, 3)]
    return min((run for run in runs if run), key=lambda run: abs(float(run["throughput_rps"]) - target))


def webhook(duration: float, concurrency: int) -> list[dict[str, Any]]:
    secret = "benchmark-secret-0123456789"
    rows = []
    setups: list[tuple[str, int, list[str] | None, str]] = [
        ("bare FastAPI endpoint", 1, [sys.executable, "-m", "uvicorn", "--app-dir", str(ROOT / "benchmarks"),
                                      "bare_app:app", "--port", "{port}", "--log-level", "warning"], ""),
        ("xiaoer webhook, 1 worker", 1, None, "example"),
        ("xiaoer webhook, 2 workers", 2, None, "example"),
    ]
    for label, workers, command, shop in setups:
        with tempfile.TemporaryDirectory() as state_dir:
            process, url = load.spawn(workers, secret, state_dir, command)
            try:
                asyncio.run(load.run(url, shop, secret, concurrency, 1.0, 10**6))  # warm-up
                path = f"/webhook/{shop}" if shop else "/"
                peak = _wrk_peak(url, path, secret, duration, concurrency) or asyncio.run(
                    load.run(url, shop, secret, concurrency, duration, 10**7))
                half_rate = max(1.0, float(peak["throughput_rps"]) / 2)
                half = _near_half_rate(url, path, secret, duration, half_rate, shop) if shop else {
                    "p50_ms": None, "p99_ms": None, "errors": 0, "throughput_rps": None}
            finally:
                process.terminate()
                process.wait(timeout=30)
        rows.append({"setup": label, "client": "wrk" if "non2xx" in peak else "python",
                     "peak_rps": peak["throughput_rps"], "peak_p50_ms": peak["p50_ms"],
                     "peak_p99_ms": peak["p99_ms"], "half_rate_rps": half["throughput_rps"],
                     "half_p50_ms": half["p50_ms"], "half_p99_ms": half["p99_ms"],
                     "errors": int(peak["errors"]) + int(half["errors"])})
    return rows


def _table(rows: list[dict[str, Any]]) -> str:
    keys = list(rows[0])
    lines = ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    lines += ["| " + " | ".join(str(row[k]) for k in keys) + " |" for row in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes and short runs (a smoke test)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--skip", nargs="*", default=[],
                        choices=["latency", "scaling", "cold", "memory", "taught", "webhook"],
                        help="sections to leave out")
    args = parser.parse_args(argv)
    quick = args.quick
    texts = messages()[: 40 if quick else None]
    report: dict[str, Any] = {"machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                                          "platform": platform.platform()}}
    if "latency" not in args.skip:
        report["latency"] = latency(Engine.from_file(rng=random.Random(0)), texts, 2 if quick else 10)
    if "scaling" not in args.skip:
        sizes = [10, 100] if quick else [10, 100, 1_000, 10_000]
        rules = [10, 100] if quick else [10, 100, 1_000]
        report["scaling"] = scaling(texts, sizes, rules, 1 if quick else 5)
    if "cold" not in args.skip:
        report["cold_start"] = cold_start(1 if quick else 3)
    if "memory" not in args.skip:
        report["memory"] = memory([1, 10] if quick else [1, 100, 1_000])
    if "taught" not in args.skip:
        report["taught"] = taught(1 if quick else 3)
    if "webhook" not in args.skip:
        report["webhook"] = webhook(1.0 if quick else 8.0, 8 if quick else 16)
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    print(f"machine: Python {report['machine']['python']}, {report['machine']['cpus']} CPUs, "
          f"{report['machine']['platform']}")
    if "latency" in report:
        print("\nlatency (per message)\n" + _table([report["latency"]]))
    if "scaling" in report:
        print("\nscaling (p50 per message)\n" + _table(report["scaling"]))
    if "cold_start" in report:
        print("\ncold start (new process to first reply)\n" + _table([report["cold_start"]]))
    if "memory" in report:
        rows = [{"shops": n, "rss_mb": mb} for n, mb in report["memory"]["rss_mb"].items()]
        print(f"\nmemory (per additional shop: {report['memory']['per_shop_mb']} MB)\n" + _table(rows))
    if "taught" in report:
        print("\na shop's own examples (fit from nothing, fit with the library read before, memory per taught shop)\n"
              + _table([report["taught"]]))
    if "webhook" in report:
        print("\nwebhook (loopback, SQLite state)\n" + _table(report["webhook"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
