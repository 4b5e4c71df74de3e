"""admin/labels.yaml: every intent, reply case and placeholder the engine has gets a
Chinese name on the /admin page, nothing there names something that no longer exists,
and the names are short enough for the page."""

from __future__ import annotations

from typing import get_args

import pytest

from admin.cases import CaseLabels, case_labels
from engine import Engine, Mode
from intents import INTENT_NAMES
from intents.evidence import EvidenceKind
from replies.library import COMMON_FIELDS

ALL_INTENTS = (*INTENT_NAMES, "fallback")
MAX_TITLE = 8
MAX_CASE = 30


@pytest.fixture(scope="module")
def labels() -> CaseLabels:
    return case_labels()


def _placeholders(engine: Engine) -> set[str]:
    return {*COMMON_FIELDS, *(f for name in ALL_INTENTS for fields in engine.library.cases(name).values()
                              for f in fields)}


def test_engine_intents_are_the_product_labels(engine: Engine) -> None:
    assert tuple(intent.name for intent in engine.intents) == INTENT_NAMES


def test_labels_name_exactly_the_engines_intents(labels: CaseLabels) -> None:
    assert set(labels.intents) == set(ALL_INTENTS)
    assert set(labels.cases) == set(ALL_INTENTS)


@pytest.mark.parametrize("intent", ALL_INTENTS)
def test_intent_title(labels: CaseLabels, intent: str) -> None:
    title = labels.title(intent)
    assert title.strip() and title != intent, f"{intent} 没有中文名"
    assert len(title) <= MAX_TITLE, f"{intent} 的名称「{title}」超过 {MAX_TITLE} 个字"


@pytest.mark.parametrize("intent", ALL_INTENTS)
def test_intent_cases(labels: CaseLabels, engine: Engine, intent: str) -> None:
    cases = engine.library.cases(intent)
    assert cases, f"{intent} 没有情形"
    named = labels.cases[intent]
    assert sorted(set(cases) - set(named)) == [], f"{intent} 的这些情形没有中文名"
    assert sorted(set(named) - set(cases)) == [], f"{intent} 的这些名称对应的情形已不存在"
    for case in cases:
        label = labels.case(intent, case)
        assert label.strip() and label != case, f"{intent}.{case} 没有中文名"
        assert len(label) <= MAX_CASE, f"{intent}.{case} 的名称「{label}」超过 {MAX_CASE} 个字"
    assert len(set(named.values())) == len(named), f"{intent} 有两个情形同名,店主分不清"


def test_placeholders_named_exactly(labels: CaseLabels, engine: Engine) -> None:
    used = _placeholders(engine)
    assert sorted(used - set(labels.placeholders)) == [], "这些占位符没有中文名"
    assert sorted(set(labels.placeholders) - used) == [], "这些名称对应的占位符已没有情形使用"


def test_placeholder_labels(labels: CaseLabels, engine: Engine) -> None:
    for name in sorted(_placeholders(engine)):
        label = labels.placeholder(name)
        assert label.strip() and label != name, f"占位符 {name} 没有中文名"
    assert len(set(labels.placeholders.values())) == len(labels.placeholders), "两个占位符同名"


def test_every_kind_of_evidence_and_every_mode_has_a_chinese_name(labels: CaseLabels) -> None:
    assert set(labels.evidence) == set(get_args(EvidenceKind))
    assert set(labels.modes) == set(get_args(Mode))
    for name in (*labels.evidence.values(), *labels.modes.values()):
        assert name.strip() and name.isascii() is False, f"「{name}」不是中文名"
