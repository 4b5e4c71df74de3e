"""The example library the team wrote: buyer messages in buyers' own style, one file per
intent in ``intents/data/library/<intent>.txt``, across shop kinds and platforms.

One message per line; ``# `` starts a comment. A message that asks two things is kept in
the file of its main question, followed by a TAB and the other labels::

    L码还有吗 包邮不<TAB>shipping

A broken line (an unknown label, a TAB inside the message) is a `ScriptError` naming the
file and line, at load.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from botcore.errors import ScriptError

__all__ = ["Line", "library", "read_lines"]


@dataclass(frozen=True)
class Line:
    """One written example: the message, its labels (the file's first), where it stands."""

    text: str
    labels: tuple[str, ...]
    source: str
    topic: str = ""  # the comment heading the lines it stands among (a shop kind's questions of one sort)


def read_lines(text: str, intent: str, source: str, known: frozenset[str]) -> list[Line]:
    """The examples of one library file."""
    lines = []
    topic = ""
    for number, raw in enumerate(text.splitlines(), 1):
        topic = raw if raw.startswith("#") else topic
        if not raw.strip() or raw.startswith("#"):
            continue
        message, _, extra = raw.partition("\t")
        also = tuple(label.strip() for label in extra.split(",") if label.strip())
        unknown = [label for label in also if label not in known]
        if unknown or "\t" in extra or not message.strip():
            raise ScriptError(f"{source} 第 {number} 行写错了:每行一句买家的话,后面可以跟一个 TAB 和别的意图"
                              f"(用逗号隔开,只能是 {', '.join(sorted(known))})")
        lines.append(Line(message.strip(), (intent, *also), f"{source}:{number}", topic))
    return lines


@lru_cache(maxsize=1)
def library(intents: tuple[str, ...]) -> tuple[Line, ...]:
    """Every written example of ``intents`` (an intent without a file has none)."""
    folder = resources.files("intents") / "data" / "library"
    known = frozenset(intents)
    lines: list[Line] = []
    for intent in intents:
        path = folder / f"{intent}.txt"
        if path.is_file():
            lines += read_lines(path.read_text("utf-8"), intent, f"intents/data/library/{intent}.txt", known)
    return tuple(lines)
