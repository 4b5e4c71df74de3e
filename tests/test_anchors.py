"""Literal anchors let the catalogue skip pattern searches that cannot match: a pattern
is searched only when one of its anchors is in the message. Skipping must never lose a
match, so the catalogue's pattern evidence is compared with searching every pattern."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from botcore.stages.entities import Entities
from botcore.stages.normalise import normalise
from botcore.stages.tokenise import tokenise
from intents import load_intents
from intents.anchors import anchors, branches
from intents.base import Message
from intents.catalogue import Catalogue
from intents.rules import Rules

QUESTIONS = Path(__file__).parent / "data" / "buyer_questions.jsonl"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("包邮", {"包邮"}),
        ("(能|可以)便宜点?", {"便宜"}),  # the longer literal is the more selective one
        ("(到|寄到).{1,8}(几天|多久)", {"几天", "多久"}),
        ("满[0-9]+减", {"满"}),
        ("发[吗么嘛]", {"发"}),
        ("[吗么嘛]", {"吗", "么", "嘛"}),
        ("(?:不包邮)+不买", {"不包邮"}),
        ("^(嗯|哦)?[好行]的?$", {"好", "行"}),
        ("领不了|不能(再)?领", {"领不了", "不能"}),
    ],
)
def test_anchors_are_literals_every_match_holds(pattern: str, expected: set[str]) -> None:
    assert anchors(pattern) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"^\d+$",  # digits only: no literal
        "(多少)?钱?",  # everything optional
        "退|",  # an empty alternative matches anywhere
        "[^吗]+",  # a negated class
        "(?i)vip",  # flags change how literals match
        "(?=发货)",  # a lookahead consumes nothing
    ],
)
def test_patterns_without_a_literal_have_no_anchor(pattern: str) -> None:
    assert anchors(pattern) is None


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("碎了|(裂|断)开了|死机了", ("碎了", "(裂|断)开了", "死机了")),
        ("包邮", ("包邮",)),
        (r"[|]开|\|了|合", ("[|]开", r"\|了", "合")),  # a | in a class or escaped cuts nothing
        ("[^]|]开|合", ("[^]|]开", "合")),  # a ] first in a class is the class's own
        ("(?<![会|怕])碎了|裂了", ("(?<![会|怕])碎了", "裂了")),
        (r"(碎)\1|裂了", (r"(碎)\1|裂了",)),  # a reference back to a group keeps it whole
        ("(?i)vip|会员", ("(?i)vip|会员",)),  # the flag of the first way round is not the others'
    ],
)
def test_a_pattern_is_cut_into_its_ways_round(pattern: str, expected: tuple[str, ...]) -> None:
    assert branches(pattern) == expected


def test_ways_round_searched_alone_find_what_the_whole_finds() -> None:
    """The leftmost match of the ways round wins, and at a tie the first written, as in the whole."""
    rules = Rules.compile("returns", {"patterns": {0.9: ["坏了|裂了", "裂", "(碎|坏)了吗"]}}, "test")
    every = range(len(rules.alternatives[0]))
    for text in ("刚收到就裂了 也坏了", "坏了吗", "裂", "没事", "碎了吗 坏了"):
        assert rules.pattern_evidence(0, text, every) == rules.pattern_evidence(0, text), text


def _messages() -> list[Message]:
    texts = [json.loads(line)["text"] for line in QUESTIONS.read_text("utf-8").splitlines() if line.strip()]
    texts += ["寄到乌鲁木齐要几天", "满300减多少", "嗯嗯好的", "买2送1吗", "哦知道了", "50块能卖吗"]
    return [Message.of(text, tokenise(text), Entities()) for text in (normalise(t).text for t in texts)]


def _every_pattern(rules: Rules, text: str) -> list[tuple[str, str, int]]:
    found = []
    for index in range(len(rules.patterns)):
        evidence = rules.pattern_evidence(index, text)
        if evidence is not None:
            found.append((rules.intent, evidence.detail, evidence.start))
    return found


def test_the_catalogue_finds_every_pattern_match_a_full_search_finds() -> None:
    rules = [intent.rules for intent in load_intents()]
    catalogue = Catalogue(rules)
    searched = 0
    for message in _messages():
        expected = [hit for item in rules for hit in _every_pattern(item, message.text)]
        found = [(intent, e.detail, e.start) for intent, evidence in catalogue.find(message).items()
                 for e in evidence if e.kind == "pattern"]
        assert sorted(found) == sorted(expected), message.text
        searched += bool(expected)
    assert searched > 50  # the messages do exercise the patterns


def test_every_shipped_pattern_has_an_anchor() -> None:
    """Not required for correctness (an unanchored pattern is searched every time), but
    each shipped pattern stays cheap: a new one without a literal shows up here."""
    for intent in load_intents():
        assert all(None not in each for each in intent.rules.anchors), intent.name


def test_an_unanchored_pattern_is_still_searched() -> None:
    rules = Rules.compile("stock", {"patterns": {0.9: [r"^\d+$"]}}, "test")
    assert rules.anchors == ((None,),)
    message = Message.of("42", ("42",), Entities())
    found = Catalogue([rules]).find(message)
    assert [(e.kind, e.detail) for e in found["stock"]] == [("pattern", r"^\d+$")]

