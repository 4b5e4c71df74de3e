"""An intent's matching data (``intents/data/<intent>.yaml``), compiled once at load:
weighted keywords, weighted patterns (with their literal anchors, see
`intents.anchors`), exclusions, example questions and topics.

A regex may name a class of words kept as data elsewhere instead of listing them
(`intents.phrases.WORD_CLASSES`): ``发<快递>`` is 发 before any spelling of any courier in
``botcore/data/couriers.yaml``, so a courier added there is known to every pattern.
It may name a phrase several intents read alike (`intents.phrases`, ``intents/data/phrases.yaml``):
``<天气闲聊>`` is any of the regexes written there once for the weather chatted of.

A broken entry (bad regex, weight out of range, unknown field) is a `ScriptError` here,
naming the file, never on a buyer's message.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from botcore.errors import ScriptError
from botcore.stages.normalise import normalise
from botcore.stages.tokenise import tokenise
from intents.anchors import anchors, branches
from intents.evidence import Evidence, word_form
from intents.phrases import checked, data_file, expanded

__all__ = ["Rules"]

_FIELDS = ("keywords", "patterns", "exclude", "examples", "topics")


#: A clause of a message: what lies between spaces and punctuation.
_CLAUSE = re.compile(r"[^\s,，。.?？!！~～;；]+")


@dataclass(frozen=True)
class Rules:
    intent: str
    keywords: tuple[tuple[str, float], ...]
    # one regex per weight: the patterns of that weight as named alternatives
    patterns: tuple[tuple[re.Pattern[str], float, tuple[str, ...]], ...]
    # per regex above, its ways round (`branches` of each pattern) compiled alone with the
    # index of their pattern, so a message searches only those it may hold
    alternatives: tuple[tuple[tuple[re.Pattern[str], int], ...], ...]
    # per alternative: strings one of which any match holds (None: search every message)
    anchors: tuple[tuple[frozenset[str] | None, ...], ...]
    exclude: re.Pattern[str] | None
    examples: tuple[str, ...]  # word forms, see `word_form`
    example_texts: tuple[str, ...]
    topics: Mapping[str, re.Pattern[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, intent: str) -> Rules:
        data, path = data_file(f"{intent}.yaml", f"意图 {intent} 的数据文件")
        return cls.compile(intent, data, path)

    @classmethod
    def compile(cls, intent: str, data: Mapping[str, Any], source: str) -> Rules:
        unknown = set(data) - set(_FIELDS)
        if unknown:
            raise ScriptError(f"{source}: 不认识的字段 {sorted(unknown)};可用 {', '.join(_FIELDS)}")
        topics = data.get("topics", {})
        if not isinstance(topics, Mapping):
            raise ScriptError(f"{source}: topics 应该是 话题: [正则, ...] 的表")
        keywords = []
        for weight, words in _weighted(data.get("keywords", {}), "keywords", source):
            for word in words:
                key = normalise(word).text
                if not key:
                    raise ScriptError(f"{source}: keywords 里有空的关键词,请删掉")
                keywords.append((key, weight))
        patterns = []
        alternatives = []
        for weight, items in _weighted(data.get("patterns", {}), "patterns", source):
            written = [expanded(item) for item in items]
            for item in written:
                checked(item, source)  # each on its own first, so an error names the pattern
            combined = "|".join(f"(?P<p{i}>{item})" for i, item in enumerate(written))
            patterns.append((checked(combined, source), weight, tuple(items)))
            alternatives.append(tuple((re.compile(way), i) for i, item in enumerate(written) for way in branches(item)))
        exclude = [expanded(str(p)) for p in data.get("exclude", [])]
        for item in exclude:
            checked(item, source)
        texts = tuple(normalise(str(e)).text for e in data.get("examples", []))
        return cls(
            intent=intent,
            keywords=tuple(keywords),
            patterns=tuple(patterns),
            alternatives=tuple(alternatives),
            anchors=tuple(tuple(anchors(way.pattern) for way, _ in ways) for ways in alternatives),
            exclude=checked("|".join(f"(?:{p})" for p in exclude), source) if exclude else None,
            examples=tuple(word_form(tokenise(t)) for t in texts),
            example_texts=texts,
            topics={str(name): checked("|".join(f"(?:{expanded(p)})" for p in items), source)
                    for name, items in topics.items()},
        )

    def excluded(self, text: str) -> bool:
        return self.exclude is not None and self.exclude.search(text) is not None

    def barred(self, text: str) -> list[tuple[int, int]]:
        """The clauses of ``text`` (between spaces and punctuation) that an exclusion touches:
        in 「有运费险吗 L码还有吗」 the first, not the second question."""
        if self.exclude is None:
            return []
        found = [(m.start(), m.end()) for m in self.exclude.finditer(text)]
        return [(c.start(), c.end()) for c in _CLAUSE.finditer(text)
                if any(start < c.end() and c.start() < end for start, end in found)]

    def pattern_evidence(self, index: int, text: str, among: Iterable[int] | None = None) -> Evidence | None:
        """Where the ``index``-th pattern regex matches the text, if it does. ``among`` names
        the only ways round that can match (their anchors are in the text): searched each
        alone, the leftmost match wins and the first written at a tie, as in the whole regex."""
        pattern, weight, sources = self.patterns[index]
        if among is None:
            match = pattern.search(text)
            if match is None:
                return None
            source = sources[int(match.lastgroup[1:])] if match.lastgroup else pattern.pattern
            return Evidence("pattern", source, weight, match.start(), match.end())
        best: tuple[int, int, int] | None = None  # start, way round, end
        for alternative in among:
            found = self.alternatives[index][alternative][0].search(text)
            if found is not None and (best is None or (found.start(), alternative) < best[:2]):
                best = (found.start(), alternative, found.end())
        if best is None:
            return None
        return Evidence("pattern", sources[self.alternatives[index][best[1]][1]], weight, best[0], best[2])

    def topic(self, text: str, *order: str) -> str | None:
        """The first topic (in ``order``, else file order) whose pattern is in the text."""
        for name in order or tuple(self.topics):
            pattern = self.topics.get(name)
            if pattern is not None and pattern.search(text):
                return name
        return None


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


