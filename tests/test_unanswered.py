"""serving/unanswered.py: the messages the bot did not answer by itself (kept in the state
store's log) and their groups: similar wordings gathered around the newest,
read with the shop's current engine so that what the shop has since scripted drops out."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from botcore.shop import Shop
from botcore.shop.editing import build, canonical, patch
from engine import Engine
from engine.drafts import ready
from serving.unanswered import group


def kept(*texts: str, mode: str = "handoff") -> list[dict[str, Any]]:
    """Messages kept in this order, one second apart (the last is the newest)."""
    return [{"text": text, "at": float(n), "mode": mode} for n, text in enumerate(texts, 1)]


def summary(groups: list[Any]) -> list[tuple[str, int, float, tuple[str, ...]]]:
    return [(g.text, g.count, g.latest, g.texts) for g in groups]


# --------------------------------------------------------------------------- group


MESSAGES = kept("梨形身材适合吗", "能写贺卡吗", "有L码吗", "我梨形身材适合吗", "可以帮我写个贺卡吗", "贺卡能写吗",
                "梨形身材适合吗", "能放驿站吗")


def test_similar_wordings_are_one_group_the_biggest_and_newest_first(engine: Engine) -> None:
    groups = group(MESSAGES, engine)
    assert summary(groups) == [
        ("梨形身材适合吗", 3, 7.0, ("梨形身材适合吗", "我梨形身材适合吗")),
        ("贺卡能写吗", 3, 6.0, ("贺卡能写吗", "可以帮我写个贺卡吗", "能写贺卡吗")),
        ("能放驿站吗", 1, 8.0, ("能放驿站吗",)),
    ]  # 有L码吗 is answered by the engine: not a question to script
    # the engine's best guess for each, with its evidence score, for the owner to confirm or correct
    assert [g.intent for g in groups] == ["sizing", "order_change", "logistics"]  # a card: a note on the order
    assert all(0 < g.score <= 1 for g in groups)


def test_grouping_does_not_depend_on_the_order_kept(engine: Engine) -> None:
    assert summary(group(list(reversed(MESSAGES)), engine)) == summary(group(MESSAGES, engine))


def test_a_group_lists_at_most_ten_wordings_newest_first(engine: Engine) -> None:
    who = ["送朋友", "生日礼物", "过年送人", "送妈妈", "送老师", "闺蜜", "同事", "婆婆", "姐姐", "妹妹", "老婆"]
    [gift] = group(kept(*(f"能帮我写张贺卡吗 {w}" for w in who)), engine)
    assert (gift.text, gift.count, gift.latest) == ("能帮我写张贺卡吗 老婆", 11, 11.0)
    assert gift.texts == tuple(f"能帮我写张贺卡吗 {w}" for w in reversed(who[1:]))


def test_the_same_wording_asked_again_counts_but_is_listed_once(engine: Engine) -> None:
    [pear] = group(kept(*["梨形身材适合吗"] * 5), engine)
    assert (pear.count, pear.texts) == (5, ("梨形身材适合吗",))


def test_limit_keeps_the_biggest_groups(engine: Engine) -> None:
    groups = group(MESSAGES, engine, limit=2)
    assert [g.text for g in groups] == ["梨形身材适合吗", "贺卡能写吗"]


def test_what_the_shop_has_scripted_since_drops_out(shop: Shop) -> None:
    data = canonical(shop)
    matching = copy.deepcopy(data["matching"])
    matching["sizing"]["examples"] += ["梨形身材适合吗", "我梨形身材适合吗"]
    rule = {"keywords": ["贺卡"], "reply": "亲，可以免费帮您写贺卡哦～", "intent": "product"}
    taught = ready(build(patch(data, {"matching": matching, "keyword_rules": [*data["keyword_rules"], rule]})))
    assert summary(group(MESSAGES, taught)) == [("能放驿站吗", 1, 8.0, ("能放驿站吗",))]


def test_a_question_handed_off_by_its_case_stays_unanswered(engine: Engine) -> None:
    reply = engine.reply("能放驿站吗", item_id="dress-floral")
    assert (reply.mode, reply.intents) == ("handoff", ("logistics",))  # the server keeps it
    assert [g.text for g in group(kept("能放驿站吗"), engine)] == ["能放驿站吗"]


def test_nothing_kept_is_no_groups(engine: Engine) -> None:
    assert group([], engine) == []


@pytest.mark.parametrize("mode", ["handoff", "suggest"])
def test_how_a_message_was_answered_then_does_not_decide_now(engine: Engine, mode: str) -> None:
    assert group(kept("有L码吗", mode=mode), engine) == []
    assert [g.text for g in group(kept("能帮我写张贺卡吗", mode=mode), engine)] == ["能帮我写张贺卡吗"]
