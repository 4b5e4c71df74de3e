"""The engine: one shop, the whole pipeline, one reply per buyer message.

    pipeline      `Engine`: normalise -> tokenise -> entities -> intents -> policy -> replies
    policy        which intent(s) to answer and how sure (`Decision`)
    mode          the four modes, defined once
    reply         `Reply` and its `Part`s, with the trace
    keywordrules  the shop's keyword replies and quick phrases
    drafts        a shop checked in full, templates and rules compiled, ready to serve
    scenarios     conversation tests run against an engine, and what an edit did to them
"""

from __future__ import annotations

from engine.mode import Mode
from engine.pipeline import Engine
from engine.reply import Part, Reply

__all__ = ["Engine", "Mode", "Part", "Reply"]
