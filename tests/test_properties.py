"""Properties that hold for any input, checked with hypothesis (derandomized: the same
examples on every run, so CI is repeatable): reading a message never fails and reading it
twice changes nothing, numbers and entities are found in any text without an exception,
a template either compiles or is refused with a ScriptError and then renders any facts,
a whole buyer message of any text gets a reply, and a shop's data survives its own YAML."""

from __future__ import annotations

import copy
import math
import random
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from botcore.errors import ScriptError
from botcore.shop import load_shop
from botcore.shop.editing import build, canonical, from_yaml, to_yaml
from botcore.stages.entities import extract
from botcore.stages.normalise import MAX_CHARS, normalise
from botcore.stages.numbers import find_measures
from engine import Engine
from replies.templates import Template

PROPERTIES = settings(derandomize=True, deadline=None, max_examples=300,
                      suppress_health_check=[HealthCheck.too_slow])
# buyers' text: Chinese, ASCII, digits, full-width forms, emoji, 旺旺 codes and every kind of control character
BUYER_CHARACTERS = list("在吗包邮亲码黑色L170斤/:^_^[微笑]？！～。，\u200b\u202e\n")
BUYER_TEXT = st.text(alphabet=st.one_of(st.characters(), st.sampled_from(BUYER_CHARACTERS)), max_size=200)


@settings(derandomize=True, deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=10_000))
def test_normalising_any_text_never_fails_and_is_bounded(text: str) -> None:
    normalised = normalise(text)
    assert len(normalised.text) <= MAX_CHARS * 2  # NFKC may widen a few characters, never unboundedly
    assert normalised.truncated == (len(text) > MAX_CHARS)


@PROPERTIES
@given(BUYER_TEXT)
def test_normalising_twice_is_normalising_once(text: str) -> None:
    once = normalise(text).text
    assert normalise(once).text == once


@PROPERTIES
@given(BUYER_TEXT)
def test_numbers_and_entities_are_read_from_any_text(text: str) -> None:
    normalised = normalise(text).text
    for measure in find_measures(normalised):
        assert math.isfinite(measure.value)
    entities = extract(normalised)
    assert all(isinstance(size, str) for size in entities.sizes)


@PROPERTIES
@given(st.text(max_size=300), st.dictionaries(st.sampled_from(["size", "agent", "shop_name"]),
                                             st.one_of(st.text(max_size=20), st.integers(), st.floats())))
def test_a_template_compiles_or_is_refused_and_then_renders_any_facts(text: str, facts: dict[str, Any]) -> None:
    try:
        template = Template.compile("t.case#1", text, ["size", "agent", "shop_name"], "test")
    except ScriptError as e:
        assert e.code and str(e)  # refused with a reason, never another exception
        return
    rendered = template.render({"size": "M", "agent": "小柒", "shop_name": "店", **facts})
    assert isinstance(rendered, str)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.from_file(rng=random.Random(0))


@settings(derandomize=True, deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow,
                                                                                  HealthCheck.function_scoped_fixture])
@given(BUYER_TEXT)
def test_any_buyer_message_gets_a_reply(engine: Engine, text: str) -> None:
    reply = engine.reply(text, item_id="dress-floral")
    assert reply.text.strip()
    assert reply.mode in ("auto", "suggest", "handoff")
    assert 0.0 <= reply.score <= 1.0


EXAMPLE = canonical(load_shop())


@PROPERTIES
@given(price=st.floats(min_value=0.01, max_value=1e6, allow_nan=False), count=st.integers(0, 10**9),
       fee=st.integers(0, 100))
def test_a_shop_survives_its_own_yaml(price: float, count: int, fee: int) -> None:
    data = copy.deepcopy(EXAMPLE)
    data["products"][0]["price"] = price
    colour = next(iter(data["products"][0]["stock"]))
    data["products"][0]["stock"][colour]["M"] = count
    data["shipping"]["base_fee"] = fee
    draft = build(data)
    again = from_yaml(to_yaml(draft.data))
    assert again.data == draft.data
    assert to_yaml(again.data) == draft.text
