"""Coverage-guided fuzzing (atheris, libFuzzer) of the two ways text from outside gets in:
a buyer's message through the whole engine, and a shop file through loading and checking.

    pip install -e '.[fuzz]'
    python benchmarks/fuzz.py message -max_total_time=60
    python benchmarks/fuzz.py shop -max_total_time=60

A message must always get a reply; a shop file must either load (and compile into an
engine) or be refused with one of xiaoer's own errors, which say what is wrong in Chinese.
Anything else stops the run with the input that caused it (libFuzzer writes it to
``crash-*``): make it a regression test, then fix it.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

with atheris.instrument_imports():
    from botcore.errors import XiaoerError
    from botcore.shop import parse_shop
    from engine import Engine

ENGINE = Engine.from_file(rng=random.Random(0))


def message(data: bytes) -> None:
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(600)
    reply = ENGINE.reply(text, item_id="dress-floral")
    assert reply.text.strip() and reply.mode in ("auto", "suggest", "handoff")


def shop(data: bytes) -> None:
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(20_000)
    try:
        Engine(parse_shop(text, "fuzz.yaml"), source="fuzz.yaml")
    except XiaoerError as e:
        assert str(e).strip()  # refused, saying why


TARGETS = {"message": message, "shop": shop}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        raise SystemExit(f"usage: python benchmarks/fuzz.py {{{'|'.join(TARGETS)}}} [libFuzzer options]")
    target = TARGETS[sys.argv.pop(1)]
    atheris.Setup(sys.argv, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
