"""What every intent shares: the message a matcher reads, the hit it returns, the
rules compiled from its data file, and the answer its case logic gives.

A matcher is pure, like Starlette's ``Route.matches``: it reads a `Message` and says
how sure it is and why (`IntentHit`: score, evidence, what is missing). The policy
decides; the replies stage renders.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, ClassVar, Literal

import ahocorasick
from rapidfuzz import fuzz, process

from botcore.conversation import Conversation
from botcore.entities import Entities
from botcore.errors import ScriptError
from botcore.normalise import normalise
from botcore.shop import Product, Shop
from botcore.tokenise import tokenise
from botcore.yamltext import YAMLError, parse_yaml

__all__ = [
    "Answer",
    "Evidence",
    "Intent",
    "IntentHit",
    "Message",
    "Question",
    "Rules",
]

EvidenceKind = Literal["keyword", "pattern", "example", "entity", "context"]

#: Below this similarity (0-100) an example question is no evidence at all.
FUZZY_CUTOFF = 62.0
#: A perfect example match is worth this much; keyword rules can say more.
FUZZY_WEIGHT = 0.9
#: Each further piece of evidence adds this much, up to a score of 1.0.
CORROBORATION = 0.08


@dataclass(frozen=True)
class Evidence:
    """One reason an intent fired: a keyword, a pattern, an example, an entity."""

    kind: EvidenceKind
    detail: str
    weight: float
    start: int = -1
    end: int = -1

    def __str__(self) -> str:
        return f"{self.kind}:{self.detail}({self.weight:.2f})"


@dataclass(frozen=True)
class IntentHit:
    intent: str
    score: float
    evidence: tuple[Evidence, ...]
    missing: tuple[str, ...] = ()

    def span(self) -> tuple[int, int] | None:
        """The stretch of text the located evidence covers."""
        spans = [(e.start, e.end) for e in self.evidence if e.start >= 0]
        if not spans:
            return None
        return min(s for s, _ in spans), max(e for _, e in spans)


@dataclass(frozen=True)
class Message:
    """What matchers read: the normalised text, its words and entities."""

    text: str
    tokens: tuple[str, ...]
    entities: Entities
    joined: str = ""  # tokens joined by spaces, for word-level fuzzy scoring

    @classmethod
    def of(cls, text: str, tokens: tuple[str, ...], entities: Entities) -> Message:
        return cls(text, tokens, entities, " ".join(tokens))


@dataclass(frozen=True)
class Rules:
    """An intent's keywords, patterns and example questions, compiled once at load."""

    intent: str
    keywords: ahocorasick.Automaton | None
    patterns: tuple[tuple[re.Pattern[str], float], ...]
    exclude: tuple[re.Pattern[str], ...]
    examples: tuple[str, ...]  # jieba tokens joined by spaces
    example_texts: tuple[str, ...]
    topics: Mapping[str, re.Pattern[str]] = field(default_factory=dict)

    def topic(self, text: str, *order: str) -> str | None:
        """The first topic (in ``order``, else file order) whose pattern is in the text."""
        for name in order or tuple(self.topics):
            pattern = self.topics.get(name)
            if pattern is not None and pattern.search(text):
                return name
        return None

    @classmethod
    def load(cls, intent: str) -> Rules:
        """Compile ``intents/data/<intent>.yaml``; a bad entry fails here, not on a buyer."""
        path = resources.files("intents") / "data" / f"{intent}.yaml"
        try:
            data = parse_yaml(path.read_text("utf-8")) or {}
        except (OSError, YAMLError) as e:
            raise ScriptError(f"意图 {intent} 的数据文件 {path} 读不了:{e}") from e
        return cls.compile(intent, data, str(path))

    @classmethod
    def compile(cls, intent: str, data: Mapping[str, Any], source: str) -> Rules:
        unknown = set(data) - {"keywords", "patterns", "exclude", "examples", "topics"}
        if unknown:
            raise ScriptError(
                f"{source}: 不认识的字段 {sorted(unknown)};可用 keywords, patterns, exclude, examples, topics"
            )
        topics = data.get("topics", {})
        if not isinstance(topics, Mapping):
            raise ScriptError(f"{source}: topics 应该是 话题: [正则, ...] 的表")
        compiled_topics = {
            str(name): _regex("|".join(f"(?:{p})" for p in items), source)
            for name, items in topics.items()
        }
        automaton = ahocorasick.Automaton()
        for weight, words in _weighted(data.get("keywords", {}), "keywords", source):
            for word in words:
                key = normalise(str(word)).text
                if not key:
                    raise ScriptError(f"{source}: keywords 里有空的关键词,请删掉")
                automaton.add_word(key, (key, weight))
        has_keywords = len(automaton) > 0
        if has_keywords:
            automaton.make_automaton()
        patterns = []
        for weight, items in _weighted(data.get("patterns", {}), "patterns", source):
            patterns += [(_regex(p, source), weight) for p in items]
        exclude = tuple(_regex(p, source) for p in data.get("exclude", []))
        texts = tuple(normalise(str(e)).text for e in data.get("examples", []))
        examples = tuple(" ".join(tokenise(t)) for t in texts)
        return cls(
            intent, automaton if has_keywords else None, tuple(patterns), exclude,
            examples, texts, compiled_topics,
        )

    def evidence(self, message: Message) -> list[Evidence]:
        """Every keyword, pattern and the closest example that fire on the message."""
        text = message.text
        if any(p.search(text) for p in self.exclude):
            return []
        found: list[Evidence] = []
        if self.keywords is not None:
            for end, (key, weight) in self.keywords.iter(text):
                found.append(Evidence("keyword", key, weight, end + 1 - len(key), end + 1))
        for pattern, weight in self.patterns:
            match = pattern.search(text)
            if match:
                found.append(Evidence("pattern", pattern.pattern, weight, match.start(), match.end()))
        if self.examples and message.joined:
            best = process.extractOne(
                message.joined, self.examples, scorer=fuzz.token_sort_ratio,
                processor=None, score_cutoff=FUZZY_CUTOFF,
            )
            if best is not None:
                weight = FUZZY_WEIGHT * best[1] / 100
                found.append(Evidence("example", self.example_texts[best[2]], round(weight, 3)))
        return found


def _weighted(table: Any, what: str, source: str) -> list[tuple[float, list[str]]]:
    if not isinstance(table, Mapping):
        raise ScriptError(f"{source}: {what} 应该是 权重: [词, ...] 的表,例如 0.9: [包邮, 运费]")
    out = []
    for weight, items in table.items():
        try:
            w = float(weight)
        except (TypeError, ValueError) as e:
            raise ScriptError(f"{source}: {what} 的权重 {weight!r} 不是数字") from e
        if not 0 < w <= 1 or not isinstance(items, list):
            raise ScriptError(f"{source}: {what} 的权重 {weight!r} 要在 0 到 1 之间,后面跟一个列表")
        out.append((w, [str(i) for i in items]))
    return out


def _regex(pattern: str, source: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as e:
        raise ScriptError(f"{source}: 正则 {pattern!r} 写错了:{e}") from e


def _same_words(a: Evidence, b: Evidence) -> bool:
    """Two reasons resting on the same words ("能换吗" and "换吗") count once."""
    if a.detail == b.detail:
        return True
    if a.start < 0 or b.start < 0:
        return False
    return a.start < b.end and b.start < a.end


def combine(intent: str, evidence: list[Evidence], missing: tuple[str, ...] = ()) -> IntentHit | None:
    """Score = the strongest evidence, plus a little for each distinct other reason."""
    if not evidence:
        return None
    ranked = sorted(evidence, key=lambda e: e.weight, reverse=True)
    counted = [ranked[0]]
    score = ranked[0].weight
    for item in ranked[1:]:
        if item.weight >= 0.5 and not any(_same_words(item, c) for c in counted):
            score += CORROBORATION
            counted.append(item)
    return IntentHit(intent, round(min(score, 1.0), 3), tuple(ranked), missing)


#: A greeting or a thanks inside a long message explains only part of it.
SOFT_UNEXPLAINED_CHARS = 8
SOFT_DISCOUNT = 0.6


def _discount_unexplained(hit: IntentHit, text: str) -> IntentHit:
    span = hit.span()
    if span is None or len(text) - (span[1] - span[0]) <= SOFT_UNEXPLAINED_CHARS:
        return hit
    return IntentHit(hit.intent, round(hit.score * SOFT_DISCOUNT, 3), hit.evidence, hit.missing)


@dataclass(frozen=True)
class Question:
    """Everything an intent's case logic may read to answer."""

    shop: Shop
    message: Message
    conversation: Conversation
    now: dt.datetime
    product: Product | None


@dataclass(frozen=True)
class Answer:
    """The case an intent chose and the facts its template needs.

    ``remember`` updates the conversation (field -> value); ``handoff`` asks for a human;
    ``actions`` are structured requests for the platform (e.g. an order note).
    """

    case: str
    facts: Mapping[str, object] = field(default_factory=dict)
    remember: Mapping[str, object] = field(default_factory=dict)
    handoff: bool = False
    actions: tuple[Mapping[str, str], ...] = ()


class Intent:
    """Base class: one subclass per label in its own module, rules beside it as data.

    ``cases`` maps each case to the placeholders its templates may use; the replies
    library checks every wording against it at load.
    """

    name: ClassVar[str]
    cases: ClassVar[Mapping[str, tuple[str, ...]]]
    soft: ClassVar[bool] = False  # greeting/thanks/other: yield to a real question

    def __init__(self) -> None:
        self.rules = Rules.load(self.name)

    def match(self, message: Message) -> IntentHit | None:
        evidence = self.rules.evidence(message)
        evidence += self.signals(message, bool(evidence))
        hit = combine(self.name, evidence, self.missing(message))
        if hit is not None and self.soft:
            return _discount_unexplained(hit, message.text)
        return hit

    def signals(self, message: Message, matched: bool) -> list[Evidence]:
        """Intent-specific evidence from entities (override where it helps)."""
        return []

    def missing(self, message: Message) -> tuple[str, ...]:
        """What the question lacks to be answered in full (override where it helps)."""
        return ()

    def answer(self, question: Question) -> Answer:
        raise NotImplementedError
