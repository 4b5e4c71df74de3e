"""What a matcher reads and what it says back: the `Message` (normalised text, its
words and entities), each piece of `Evidence`, and the `IntentHit` that sums them up.

These values sit below the rules, the catalogue and the intents, which all pass them on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from botcore.stages.entities import Entities

__all__ = ["Evidence", "EvidenceKind", "IntentHit", "Message", "word_form"]

EvidenceKind = Literal["keyword", "pattern", "example", "learned", "entity", "context", "rule", "attribute"]


def word_form(tokens: tuple[str, ...]) -> str:
    """Words sorted and joined by spaces: with `fuzz.ratio` this is rapidfuzz's
    ``token_sort_ratio`` (word order does not matter), computed once per text."""
    return " ".join(sorted(tokens))


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
    words: str = ""  # the word form for fuzzy scoring, see `word_form`

    @classmethod
    def of(cls, text: str, tokens: tuple[str, ...], entities: Entities) -> Message:
        return cls(text, tokens, entities, word_form(tokens))
