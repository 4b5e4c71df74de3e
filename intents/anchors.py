"""Literal anchors of a regular expression: strings one of which every match contains.

``(能|可以)便宜点?`` is anchored by {"便宜"}, ``(到|寄到).{1,8}几天`` by {"几天"}: when
none of a pattern's anchors is in a message, the pattern cannot match and need not be
searched. `intents.catalogue.Catalogue` puts the anchors of every intent's patterns in
the automaton it already runs for keywords, so one pass over a message says which
patterns are worth a search. A pattern without a literal anchor (``^\\d+$``) is simply
searched on every message. A pattern of many ways round (``碎了|裂开了|死机了``) is best
cut into its `branches`, each with anchors of its own, so a message searches only the
ways round it may hold.

The analysis reads the parse tree of Python's own regex compiler (``re._parser``); when
a construct is not understood, the answer is "no anchor", which is always safe.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from typing import Any

if sys.version_info >= (3, 11):
    from re import _constants as _c
    from re import _parser
else:  # pragma: no cover - Python 3.10 names them sre_constants and sre_parse
    import sre_constants as _c
    import sre_parse as _parser

__all__ = ["anchors", "branches"]

#: A character class of at most this many plain characters still anchors ([吗么嘛]).
_MAX_CLASS = 8
# repeats that match their body at least ``min`` times (possessive ones since Python 3.11)
_REPEATS = tuple(getattr(_c, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_c, name))
_ATOMIC_GROUP = getattr(_c, "ATOMIC_GROUP", None)  # (?>...), since Python 3.11

Anchors = frozenset[str]


def anchors(pattern: str) -> Anchors | None:
    """Strings one of which every match of ``pattern`` contains, or None when there is
    no such literal (or the pattern uses flags that change how literals match)."""
    if re.compile(pattern).flags & re.IGNORECASE:
        return None
    try:
        return _sequence(_parser.parse(pattern))
    except (TypeError, ValueError, AttributeError):  # pragma: no cover - an unknown node shape
        return None


def _best(candidates: Iterable[Anchors]) -> Anchors | None:
    """The most selective set: the longest shortest string, then the fewest strings."""
    ranked = sorted(candidates, key=lambda found: (-min(map(len, found)), len(found)))
    return ranked[0] if ranked else None


def _sequence(items: Any) -> Anchors | None:
    candidates: list[Anchors] = []
    run: list[str] = []

    def close() -> None:
        if run:
            candidates.append(frozenset(["".join(run)]))
            run.clear()

    for op, value in items:
        if op is _c.LITERAL:
            run.append(chr(value))
            continue
        close()
        found = _node(op, value)
        if found:
            candidates.append(found)
    close()
    return _best(candidates)


def _node(op: Any, value: Any) -> Anchors | None:
    if op is _c.SUBPATTERN:
        return _sequence(value[-1])
    if op is _c.BRANCH:
        branches = [_sequence(branch) for branch in value[1]]
        if any(found is None for found in branches):  # one way round avoids every literal
            return None
        return frozenset().union(*branches)  # type: ignore[arg-type]
    if op in _REPEATS and value[0] >= 1:
        return _sequence(value[2])
    if op is _ATOMIC_GROUP:
        return _sequence(value)
    if op is _c.IN and len(value) <= _MAX_CLASS and all(item_op is _c.LITERAL for item_op, _ in value):
        return frozenset(chr(item) for _, item in value)
    return None  # anchors, classes, any character, lookarounds, back-references: no literal


def branches(pattern: str) -> tuple[str, ...]:
    """The top-level ways round of ``pattern`` (``碎了|(裂|断)开了`` -> ``碎了``, ``(裂|断)开了``).
    Each searched alone, the leftmost match of them and the first at a tie is the match of
    the whole. A pattern that refers back to its groups stays whole."""
    if re.search(r"\\[1-9]|\(\?P=", pattern):
        return (pattern,)
    cuts = []
    depth = 0
    in_class = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            index += 1
            index += pattern.startswith("^", index)
            index += pattern.startswith("]", index)  # a ] first in a class is a plain ]
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            cuts.append(index)
        index += 1
    parts = tuple(pattern[start + 1:end] for start, end in zip([-1, *cuts], [*cuts, len(pattern)], strict=True))
    flags = re.compile(pattern).flags
    return parts if all(_flags(part) == flags for part in parts) else (pattern,)


def _flags(pattern: str) -> int | None:
    """The flags ``pattern`` compiles with (an inline ``(?i)`` of the first way round is not
    the others'), None where it does not compile alone."""
    try:
        return re.compile(pattern).flags
    except re.error:
        return None
