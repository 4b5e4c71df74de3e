"""Find known names in a message with Aho-Corasick automata, built once.

`WORLD` holds what every shop shares (couriers, provinces and cities); a
`Vocabulary` per shop holds its products' names and aliases, colours and sizes.
Matching is one pass over the message, whatever the number of names.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

import ahocorasick

from botcore.places import courier_aliases, region_aliases
from botcore.stages.normalise import times_as_x

__all__ = ["WORLD", "Hit", "VocabKind", "Vocabulary"]

VocabKind = Literal["courier", "region", "product", "colour", "size", "promotion", "promotion_gift"]


@dataclass(frozen=True)
class Hit:
    """A name found at ``[start, end)``; ``value`` is the canonical id or name."""

    kind: VocabKind
    value: str
    start: int
    end: int
    text: str


#: The kinds of name that are the goods themselves.
_GOODS = frozenset({"product", "colour", "size"})
#: What joins two things named together: 「壳加膜」「膜和壳」「线跟充电头」.
_JOINS = frozenset("加和跟配")
#: Words that may come before a clause's subject (「那床呢」「这个床多大」), and the breaks that end a clause.
_BEFORE_SUBJECT = ("那个", "这个", "请问", "那")
_CLAUSE_ENDS = frozenset(" ,，。?？!！~～")
#: What follows a thing named as the subject of a clause: 「床有几种」「床呢」「床多大」「床是实木的吗」.
_SUBJECT_OF = frozenset("有呢多是的能可怎还要")


class Vocabulary:
    """An automaton over (spelling -> kind, canonical value) pairs; and the products called by one
    character (壳, 膜), found only beside a word joining them to another thing (「黑色壳加膜」) or
    opening a clause as its subject (「床有几种尺寸」), as alone they sit inside other words (无线 of 线)."""

    def __init__(self, entries: Iterable[tuple[str, VocabKind, str]],
                 singles: Mapping[str, str] | None = None) -> None:
        self._singles = {k.lower(): v for k, v in (singles or {}).items() if len(k) == 1}
        values: dict[str, list[tuple[VocabKind, str]]] = {}
        for spelling, kind, value in entries:
            # (an alias 40*60 as a line is read: 40x60; and 40乘60 beside it the same one, not another)
            key = times_as_x(spelling.strip().lower())
            if key and not any(k == kind and times_as_x(v.lower()) == times_as_x(value.lower())
                               for k, v in values.setdefault(key, [])):
                values[key].append((kind, value))
        self._automaton = ahocorasick.Automaton()
        for key, pairs in values.items():
            self._automaton.add_word(key, (len(key), tuple(pairs)))
        self.size = len(values)
        if values:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[Hit]:
        """Every match in order; where two overlap, the longer wins: of the goods' names wherever it
        starts (苹果16promax is the Pro Max, not 苹果16 followed by the rest), of other names where it
        holds the other (冬被送枕芯 holds 冬被), and of two as long the first. A promotion's name said
        in part (被送枕芯 of 冬被送枕芯) yields to the goods' name it runs into (买空调被送枕芯吗)."""
        if not self.size:
            return []
        found = [
            (end + 1 - length, end + 1, pairs)
            for end, (length, pairs) in self._automaton.iter(text)
        ]
        found.sort(key=lambda f: (f[0] - f[1], f[0]))
        kept: list[tuple[int, int, tuple[tuple[VocabKind, str], ...]]] = []
        for start, end, pairs in found:
            if any(start < b and a < end for a, b, _ in kept):
                continue
            goods = any(kind in _GOODS for kind, _ in pairs)
            if not goods and any(start < b and a < end and not (start <= a and b <= end)
                                 and any(kind in _GOODS for kind, _ in other) for a, b, other in found):
                continue  # (a goods' name it runs into in part, kept or not)
            kept.append((start, end, pairs))
        hits = [Hit(kind, value, start, end, text[start:end])
                for start, end, pairs in sorted(kept, key=lambda f: f[0]) for kind, value in pairs]
        return self._joined(text, hits) if self._singles else hits

    def _joined(self, text: str, hits: list[Hit]) -> list[Hit]:
        """``hits`` with the one-character names said beside a joining word, or opening a clause the
        subject of what follows (「床有几种尺寸」「那床呢」), outside them."""
        found = [Hit("product", self._singles[ch], i, i + 1, ch) for i, ch in enumerate(text)
                 if ch in self._singles and not any(h.start <= i < h.end for h in hits)
                 and ((i > 0 and text[i - 1] in _JOINS) or (i + 1 < len(text) and text[i + 1] in _JOINS)
                      or (_opens_clause(text, i) and text[i + 1:i + 2] in _SUBJECT_OF))]
        return sorted([*hits, *found], key=lambda h: h.start) if found else hits


def _opens_clause(text: str, at: int) -> bool:
    """Whether ``at`` begins a clause of ``text``, after 那 or 这个 at most."""
    before = text[:at]
    before = next((before.removesuffix(w) for w in _BEFORE_SUBJECT if before.endswith(w)), before)
    return not before or before[-1] in _CLAUSE_ENDS


WORLD = Vocabulary(
    [(alias, "courier", name) for alias, name in courier_aliases().items()]
    + [(alias, "region", name) for alias, name in region_aliases().items()]
)
