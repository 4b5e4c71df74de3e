"""intents/data/library/: the buyer messages the team wrote for the bot to learn from.
Every line is labelled with known intents, the library is big and varied enough to
learn from, and none of its lines is copied from the measuring sets in ../shared."""

from __future__ import annotations

import json
import re
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

from botcore.errors import ScriptError
from intents import INTENT_NAMES
from intents.library import library, read_lines

SHARED = Path(__file__).resolve().parents[2] / "shared"
FOLDER = resources.files("intents") / "data" / "library"
#: Shop kinds and platforms the library must cover, as its section headers name them.
KINDS = {"clothing": "装", "shoes": "鞋", "food": "零食|生鲜|水果", "tea": "茶", "baby": "母婴",
         "cosmetics": "化妆|美妆|护肤", "electronics": "数码|家电", "home": "家居|床品"}
PLATFORMS = ("淘宝", "京东", "拼多多")


def test_every_intent_has_a_file_and_every_line_a_known_label() -> None:
    lines = library(INTENT_NAMES)
    assert {line.labels[0] for line in lines} == set(INTENT_NAMES)
    assert all(set(line.labels) <= set(INTENT_NAMES) for line in lines)


def test_the_library_is_big_enough_and_each_intent_has_its_share() -> None:
    counts = Counter(line.labels[0] for line in library(INTENT_NAMES))
    assert sum(counts.values()) >= 3000
    assert min(counts.values()) >= 150, counts


def test_it_covers_eight_kinds_of_shop_and_three_platforms() -> None:
    headers = " ".join(line for path in FOLDER.iterdir() for line in path.read_text("utf-8").splitlines()
                       if line.startswith("# "))
    assert [kind for kind, pattern in KINDS.items() if not re.search(pattern, headers)] == []
    assert [p for p in PLATFORMS if p not in headers] == []


def test_it_is_written_like_buyers_write() -> None:
    texts = [line.text for line in library(INTENT_NAMES)]
    no_punctuation = sum(not re.search(r"[，。！？,.!?]", t) for t in texts) / len(texts)
    long_ones = sum(len(t) >= 15 for t in texts) / len(texts)
    assert no_punctuation > 0.6  # buyers rarely punctuate
    assert long_ones > 0.1  # and a good share write whole sentences
    assert any("包油" in t or "包游" in t for t in texts)  # homophones for 包邮


def test_no_message_is_two_intents_main_question() -> None:
    main = Counter(line.text for line in library(INTENT_NAMES))
    owners: dict[str, set[str]] = {}
    for line in library(INTENT_NAMES):
        owners.setdefault(line.text, set()).add(line.labels[0])
    assert [text for text, labels in owners.items() if len(labels) > 1] == []
    assert [text for text, n in main.items() if n > 1] == []


def _plain(text: str) -> str:
    return re.sub(r"[\s，。！？,.!?~～、…]+", "", text).lower()


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not beside the project")
def test_no_line_is_copied_from_the_shared_corpora_or_eval_set() -> None:
    """Lines of five characters or more (shorter ones, 在吗 or 好的谢谢, are everyone's)."""
    measured = {_plain(line) for path in (SHARED / "corpus").glob("*/buyer_utterances.txt")
                for line in path.read_text("utf-8").splitlines()}
    measured |= {_plain(json.loads(line)["text"]) for line in (SHARED / "eval" / "dev.jsonl").read_text("utf-8")
                 .splitlines() if line.strip()}
    copied = [line.source for line in library(INTENT_NAMES) if len(_plain(line.text)) >= 5
              and _plain(line.text) in measured]
    assert copied == []


@pytest.mark.parametrize("text", ["L码有吗\tfashion", "L码有吗\tshipping\tstock", "\tshipping"])
def test_a_broken_line_fails_at_load_naming_file_and_line(text: str) -> None:
    with pytest.raises(ScriptError, match=r"stock\.txt 第 1 行写错了"):
        read_lines(text, "stock", "stock.txt", frozenset(INTENT_NAMES))


def test_comments_blank_lines_and_second_labels_are_read() -> None:
    text = "# 女装 · 淘宝\n\nL码有吗 包邮不\tshipping\n在吗\n"
    lines = read_lines(text, "stock", "stock.txt", frozenset(INTENT_NAMES))
    assert [(line.text, line.labels, line.source) for line in lines] == [
        ("L码有吗 包邮不", ("stock", "shipping"), "stock.txt:3"), ("在吗", ("stock",), "stock.txt:4")]
