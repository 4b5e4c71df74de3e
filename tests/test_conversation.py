"""botcore/conversation.py: what a conversation remembers. Each field is *heard* (the
buyer's own message told us; kept even when nobody answers) or *said* (follows from the
bot's answer; moves on only when that answer is sent)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from botcore.conversation import HEARD, Conversation
from botcore.errors import InputError
from engine import Engine


def test_every_field_says_whether_it_is_heard_or_said() -> None:
    kinds = {f.name: f.metadata["heard"] for f in dataclasses.fields(Conversation)}
    assert {name for name, heard in kinds.items() if heard} == HEARD
    assert {"product_id", "page_id", "height", "weight", "age", "foot", "bust", "underbust", "waist", "hip",
            "wrist", "finger", "head", "size", "colour", "region", "quantity", "last_intents", "asked", "asked_also",
            "after_sale", "turns"} == HEARD


def test_hear_keeps_only_what_the_buyer_told() -> None:
    before = Conversation(bargain_round=1)
    after = before.hear({"height": 170.0, "size": "M", "bargain_round": 2, "awaiting": "measures", "turns": 3})
    assert (after.height, after.size, after.turns) == (170.0, "M", 3)
    assert (after.bargain_round, after.awaiting) == (1, None)


def test_update_refuses_a_field_the_conversation_does_not_have() -> None:
    with pytest.raises(InputError, match="no field"):
        Conversation().hear({"mood": "angry"})


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.from_file(clock=lambda: dt.datetime(2026, 11, 27, 10, 0), rng=random.Random(0))


def test_a_reply_that_asks_for_measures_remembers_asking_only_if_sent(engine: Engine) -> None:
    reply = engine.reply("这条裙子我穿什么码", item_id="dress-floral")
    assert reply.parts[0].case == "need_measures"
    assert reply.conversation.awaiting == "measures"  # sent: the next "165 100斤" answers it
    assert reply.heard.awaiting is None  # not sent: nobody asked
    assert (reply.heard.last_intents[0], reply.heard.product_id, reply.heard.turns) == ("sizing", "dress-floral", 1)


def test_a_bargaining_round_moves_on_only_with_the_answer_sent(engine: Engine) -> None:
    reply = engine.reply("能便宜点吗", item_id="dress-floral")
    assert reply.conversation.bargain_round == 1
    assert reply.heard.bargain_round == 0
    assert reply.heard.last_intents[0] == "bargain"


def test_measures_told_are_heard_even_when_nobody_answers(engine: Engine) -> None:
    reply = engine.reply("我165 100斤", item_id="dress-floral")
    assert (reply.heard.height, reply.heard.weight) == (165.0, 100.0)
    assert reply.heard.recent_wordings == ()  # the wording was not used with this buyer
    assert reply.conversation.recent_wordings == tuple(p.template_id for p in reply.parts)


def test_what_the_last_reply_answered_is_kept_through_storage() -> None:
    kept = Conversation(last_intents=("shipping", "stock"), turns=2)
    assert Conversation.from_dict(kept.to_dict()) == kept
    # a conversation stored before a reply remembered all its intents still continues its one
    assert Conversation.from_dict({"last_intent": "sizing", "turns": 1}).last_intents == ("sizing",)


def test_a_count_after_a_price_and_its_postage_asked_together_goes_on_with_both(engine: Engine) -> None:
    """「两件多少钱 包邮吗」 … 「那三件呢」: what three come to, and whether three go free (each intent of the
    reply remembers what it asked within itself, `Conversation.asked_of`)."""
    now = dt.datetime(2026, 12, 20, 10, 0)
    first = engine.reply("两件多少钱 包邮吗", item_id="tee-basic", now=now)
    assert first.conversation.asked_of("shipping") is not None
    then = engine.reply("那三件呢", first.conversation, item_id="tee-basic", now=now)
    assert then.intents == ("bargain", "shipping")
    assert Conversation.from_dict(first.conversation.to_dict()) == first.conversation
