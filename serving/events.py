"""What a chat platform sends to the webhook, and what it gets back.

Events are validated by these models (unknown keys rejected); `Decision` is the
answer to a buyer message.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from engine import Mode
from serving.dispatch import AgentState

__all__ = [
    "AgentMessage",
    "AgentStatus",
    "BuyerMessage",
    "Decision",
    "Event",
    "QuickPhraseOffer",
    "Release",
    "Suggestion",
]

#: Longest buyer or agent text the webhook accepts (characters).
MAX_TEXT = 2000
_ID = Annotated[str, Field(min_length=1, max_length=128, pattern=r"^[\w.:@-]+$")]


class _Event(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BuyerMessage(_Event):
    """A buyer wrote something. ``item_id`` is the product they are looking at."""

    type: Literal["buyer_message"]
    conversation_id: _ID
    buyer_id: _ID
    text: str = Field(max_length=MAX_TEXT)
    item_id: str | None = Field(default=None, max_length=128)
    order: dict[str, str] | None = None
    message_id: str | None = Field(default=None, max_length=128)


class AgentMessage(_Event):
    """A human agent answered in the conversation: the bot keeps quiet and the context."""

    type: Literal["agent_message"]
    conversation_id: _ID
    agent_id: _ID
    text: str = Field(default="", max_length=MAX_TEXT)


class AgentStatus(_Event):
    type: Literal["agent_status"]
    agent_id: _ID
    status: AgentState


class Release(_Event):
    """An agent hands a conversation back to the bot after a hand-off."""

    type: Literal["release"]
    conversation_id: _ID
    agent_id: _ID | None = None


Event = Annotated[BuyerMessage | AgentMessage | AgentStatus | Release, Field(discriminator="type")]


class Suggestion(BaseModel):
    text: str
    intent: str
    score: float
    template_id: str


class QuickPhraseOffer(BaseModel):
    title: str
    text: str


class Decision(BaseModel):
    """The answer to a buyer message.

    ``mode``: ``auto`` (send ``replies`` now), ``suggest`` (show ``suggestions`` to the
    agent on duty), ``handoff`` (send ``replies`` if any, then a human takes over),
    ``silent`` (send nothing: a human has the conversation, or a burst was answered).
    ``quick_phrases`` are the shop's own 快捷短语 for this kind of question, offered to
    the agent beside the suggestions when the bot does not answer by itself.
    """

    mode: Mode
    replies: list[str]
    suggestions: list[Suggestion]
    quick_phrases: list[QuickPhraseOffer] = []
    intents: list[str]
    score: float
    template_ids: list[str]
    actions: list[dict[str, str]]
    reason: str
    conversation_id: str
