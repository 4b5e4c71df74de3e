"""Find known names in a message with Aho-Corasick automata, built once.

`WORLD` holds what every shop shares (couriers, provinces and cities); a
`Vocabulary` per shop holds its products' names and aliases, colours and sizes.
Matching is one pass over the message, whatever the number of names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import ahocorasick

from botcore.places import courier_aliases, region_aliases

__all__ = ["WORLD", "Hit", "VocabKind", "Vocabulary"]

VocabKind = Literal["courier", "region", "product", "colour", "size", "promotion"]


@dataclass(frozen=True)
class Hit:
    """A name found at ``[start, end)``; ``value`` is the canonical id or name."""

    kind: VocabKind
    value: str
    start: int
    end: int
    text: str


class Vocabulary:
    """An automaton over (spelling -> kind, canonical value) pairs."""

    def __init__(self, entries: Iterable[tuple[str, VocabKind, str]]) -> None:
        values: dict[str, list[tuple[VocabKind, str]]] = {}
        for spelling, kind, value in entries:
            key = spelling.strip().lower()
            if key and (kind, value) not in values.setdefault(key, []):
                values[key].append((kind, value))
        self._automaton = ahocorasick.Automaton()
        for key, pairs in values.items():
            self._automaton.add_word(key, (len(key), tuple(pairs)))
        self.size = len(values)
        if values:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[Hit]:
        """Every match in order; where two overlap, the longer wins."""
        if not self.size:
            return []
        found = [
            (end + 1 - length, end + 1, pairs)
            for end, (length, pairs) in self._automaton.iter(text)
        ]
        found.sort(key=lambda f: (f[0], f[0] - f[1]))
        hits: list[Hit] = []
        taken_until = 0
        for start, end, pairs in found:
            if start < taken_until:
                continue
            taken_until = end
            hits.extend(Hit(kind, value, start, end, text[start:end]) for kind, value in pairs)
        return hits


WORLD = Vocabulary(
    [(alias, "courier", name) for alias, name in courier_aliases().items()]
    + [(alias, "region", name) for alias, name in region_aliases().items()]
)
