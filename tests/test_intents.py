"""intents/__init__.py: every intent is found by its module and ordered by its rank; each
lives in one place (its module, its data file, its wordings, its Chinese names), and what
the policy needs to know about it is said on its class."""

from __future__ import annotations

from importlib import resources

from admin.cases import case_labels
from intents import INTENT_NAMES, by_name, load_intents


def test_intents_are_found_by_module_in_rank_order() -> None:
    ranks = [intent.rank for intent in load_intents()]
    assert ranks == sorted(ranks) and len(set(ranks)) == len(ranks)
    assert tuple(by_name()) == INTENT_NAMES


def test_each_intent_has_its_data_file_its_wordings_and_its_names() -> None:
    data = {p.name.removesuffix(".yaml") for p in (resources.files("intents") / "data").iterdir()}
    wordings = {p.name.removesuffix(".yaml") for p in (resources.files("replies") / "scripts").iterdir()}
    labels = case_labels()
    for name in INTENT_NAMES:
        assert name in data and name in wordings, name
        assert labels.title(name) != name, name  # a Chinese title, not the id


def test_exactly_one_intent_is_the_fallback_and_it_is_soft() -> None:
    fallbacks = [intent for intent in load_intents() if intent.fallback]
    assert [i.name for i in fallbacks] == ["other"]
    assert fallbacks[0].soft


def test_only_the_request_for_a_person_escalates() -> None:
    assert [i.name for i in load_intents() if i.escalates] == ["human"]


def test_what_an_intent_awaits_is_answered_by_entities_it_carries() -> None:
    sizing = by_name()["sizing"]
    assert sizing.awaited["measures"].answered_by == ("height", "weight")
    assert set(sizing.awaited["measures"].answered_by) <= set(sizing.carries_over)
