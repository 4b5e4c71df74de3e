"""The mode of a reply: who sends what. Defined here once; everything else reads it.

    auto     the bot's answer goes to the buyer now
    suggest  the answer is drafted for the agent on duty; a buyer the bot answers alone
             gets a polite "let me check"
    handoff  a person takes over (the buyer may get a holding message)
    silent   nothing is sent: a person has the conversation, or a burst was answered

The engine decides how sure it is (`engine.policy`: auto, suggest or handoff; never
silent); serving decides who answers (`serving.dispatch`: any of the four).
"""

from __future__ import annotations

from typing import Literal, get_args

__all__ = ["MODES", "Mode"]

Mode = Literal["auto", "suggest", "handoff", "silent"]

MODES: tuple[Mode, ...] = get_args(Mode)
