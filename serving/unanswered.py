"""Buyer messages the bot did not answer by itself (below the threshold, or handed off),
kept per shop and grouped by similarity, so the owner sees what to script next.

Grouping answers each message again with the shop's *current* engine: a question the
shop has since scripted (an example added, a keyword rule) drops out of the list by itself.
Similar messages are gathered around the newest one with `fuzz.ratio` on their sorted
jieba words (rapidfuzz's token_sort_ratio: word order does not matter).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process

from botcore.stages.tokenise import tokenise
from engine import Engine
from intents.evidence import word_form

__all__ = ["KEEP", "UNANSWERED", "Group", "group"]

#: The state store log of a shop's unanswered messages (`StateStore.append`).
UNANSWERED = "unanswered"
#: How many unanswered messages a shop keeps (the newest).
KEEP = 500
#: Two messages at least this similar (0-100) are one question.
SIMILAR = 60.0


@dataclass(frozen=True)
class Group:
    text: str  # the newest message of the group
    count: int
    latest: float  # when the newest was asked (epoch seconds)
    texts: tuple[str, ...]  # the different wordings, newest first (at most 10)
    intent: str  # the engine's best guess, "other" when it has none
    score: float


def group(kept: Sequence[Mapping[str, Any]], engine: Engine, limit: int = 50) -> list[Group]:
    """Groups of what is still unanswered, the biggest first (ties: the newest first)."""
    leaders: list[str] = []  # the word form of each group's first (newest) message
    members: list[list[tuple[Mapping[str, Any], str, float]]] = []
    for entry in sorted(kept, key=lambda e: -e["at"]):
        reply = engine.reply(entry["text"])  # the whole answer: a case may hand off a sure question too
        if reply.mode == "auto":
            continue
        guess = reply.candidates
        intent, score = (guess[0].intent, guess[0].score) if guess else ("other", 0.0)
        words = word_form(tokenise(reply.normalised)) or reply.normalised
        best = process.extractOne(words, leaders, scorer=fuzz.ratio, score_cutoff=SIMILAR) if leaders else None
        if best is None:
            leaders.append(words)
            members.append([(entry, intent, score)])
        else:
            members[best[2]].append((entry, intent, score))
    groups = [_group(items) for items in members]
    groups.sort(key=lambda g: (-g.count, -g.latest))
    return groups[:limit]


def _group(items: list[tuple[Mapping[str, Any], str, float]]) -> Group:
    newest = items[0][0]
    texts = tuple(dict.fromkeys(entry["text"] for entry, _, _ in items))[:10]
    intent, _ = Counter(intent for _, intent, _ in items).most_common(1)[0]
    score = max(score for _, name, score in items if name == intent)
    return Group(newest["text"], len(items), newest["at"], texts, intent, score)
