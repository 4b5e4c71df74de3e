"""engine/drafts.py: a checked shop made ready to serve. Its templates, keyword rules and
matching rules are compiled here; a broken one rejects the edit, naming the field once."""

from __future__ import annotations

from typing import Any

import pytest

from botcore.errors import EditRejected
from botcore.shop.editing import build, canonical, patch
from botcore.shop.shopfile import load_shop
from engine.drafts import ready

Data = dict[str, Any]


@pytest.fixture(scope="module")
def data() -> Data:
    return canonical(load_shop())


def test_a_ready_draft_answers_with_the_edit(data: Data) -> None:
    engine = ready(build(patch(data, {"replies": {"thanks.thanks": ["不客气,{agent}随时在"]}})))
    assert engine.reply("谢谢").text == "不客气,小柒随时在"


@pytest.mark.parametrize(
    ("changes", "problems"),
    [
        ({"replies": {"stock.sold_out": ["亲,{price}"]}}, [("replies.stock.sold_out[0]", "unknown_placeholder")]),
        ({"replies": {"stock.sold_out": []}}, [("replies.stock.sold_out", "empty_template")]),
        ({"matching": {"fashion": {"examples": ["好看吗"]}}}, [("matching.fashion", "unknown_intent")]),
        ({"keyword_rules": [{"keywords": ["刻字"], "reply": "亲,{price}"}]},
         [("keyword_rules[0].reply", "unknown_placeholder")]),
    ],
    ids=["placeholder", "no wording", "unknown intent", "keyword rule"],
)
def test_a_broken_template_or_rule_rejects_the_edit_with_its_code(data: Data, changes: Data,
                                                                  problems: list[tuple[str, str]]) -> None:
    draft = build(patch(data, changes))  # the shop model itself is fine
    with pytest.raises(EditRejected) as caught:
        ready(draft)
    assert [(field, code) for field, code, _ in caught.value.problems] == problems
    assert all(message for _, _, message in caught.value.problems)


def test_a_template_error_names_the_field_once_and_says_what_is_wrong(data: Data) -> None:
    source = "还没保存的修改"
    with pytest.raises(EditRejected) as caught:
        ready(build(patch(data, {"replies": {"stock.sold_out": ["{x.__class__}"]}}), source), source)
    [(field, code, message)] = caught.value.problems
    assert (field, code) == ("replies.stock.sold_out[0]", "attribute_placeholder")
    assert message.startswith("话术 stock.sold_out 的第 1 条 里的占位符 {x.__class__} 不允许")
