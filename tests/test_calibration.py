"""engine/calibration.py and engine/data/calibration.yaml: a decision's score is the chance
that its intent is right, fitted by cross-validation over the written library with whole
topics held out (benchmarks/calibrate.py), and the default auto threshold keeps auto replies
97 % right on lines of topics seen, 95 % on topics never seen."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from botcore.errors import ScriptError
from botcore.shop import load_shop
from botcore.shop.model import Settings
from engine.calibration import Calibration, Facts, calibration, facts_of
from intents import INTENT_NAMES, Evidence, IntentHit

ROOT = Path(__file__).resolve().parents[1]


def _calibrate_module() -> object:
    spec = importlib.util.spec_from_file_location("calibrate", ROOT / "benchmarks" / "calibrate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["calibrate"] = module
    spec.loader.exec_module(module)
    return module


def test_the_calibration_was_fitted_on_todays_library() -> None:
    """Change the library, run python benchmarks/calibrate.py: the weights follow the examples."""
    assert calibration().data["fitted_on"]["library"] == _calibrate_module().library_digest()


def test_in_cross_validation_each_score_band_is_right_about_as_often_as_it_says() -> None:
    for row in calibration().data["reliability"]:
        if row["n"] >= 100:
            assert abs(row["mean_chance"] - row["right"]) <= 0.05, row


def test_auto_replies_at_the_default_threshold_were_97_percent_right() -> None:
    """On lines of topics the matcher has seen, auto replies at the default are 97 % right; on
    whole topics it has never seen (a shop kind's questions held out together) 95 %."""
    cv = calibration().data["cross_validation"]
    seen, new = cv["seen_topics"], cv["new_topics"]
    assert seen["at_default"]["threshold"] == Settings().auto_threshold
    assert seen["at_default"]["precision"] >= 0.97 and seen["at_default"]["coverage"] >= 0.5
    assert new["at_default"]["precision"] >= 0.95 and new["at_default"]["coverage"] >= 0.5
    # the shop model's default and the example shop are at least that strict
    assert Settings().auto_threshold >= calibration().auto_threshold == seen["auto_threshold"]
    assert load_shop().settings.auto_threshold >= calibration().auto_threshold


def _facts(p: float, score: float = 0.9, rules: int = 1, intent: str = "shipping", rival: str = "other") -> Facts:
    """A decision led by ``rules`` keywords for ``intent``, the learned matcher giving it ``p``
    and the rest to ``rival``."""
    evidence = tuple(Evidence("keyword", word, score) for word in ("包邮", "运费")[:rules])
    return facts_of([IntentHit(intent, score, evidence)], {intent: p, rival: round(1.0 - p, 3)})


@pytest.mark.parametrize("p", [0.05, 0.3, 0.7])
def test_the_chance_grows_with_the_score_and_with_what_was_learned(p: float) -> None:
    chance = calibration().chance
    assert chance(_facts(p, score=0.5)) < chance(_facts(p, score=0.7)) < chance(_facts(p, score=0.95))
    assert chance(_facts(p)) < chance(_facts(min(p + 0.25, 1.0)))
    assert chance(_facts(p)) < chance(_facts(p, rules=2))  # two rules agreeing


def test_each_intent_is_weighed_on_its_own_record() -> None:
    """A thanks is rarely mistaken; a request to change an order often is, at the same evidence."""
    chance = calibration().chance
    assert chance(_facts(0.6, intent="order_change")) < chance(_facts(0.6, intent="thanks"))
    assert set(calibration().intents) == set(INTENT_NAMES)


def test_the_facts_of_a_decision_read_the_learned_probabilities() -> None:
    hit = IntentHit("shipping", 0.9, (Evidence("keyword", "包邮", 0.9),))
    facts = facts_of([hit], {"shipping": 0.6, "bargain": 0.3, "other": 0.1})
    assert (facts.p, facts.agree, facts.rule, facts.corroborated) == (0.6, True, True, False)
    assert facts.margin == pytest.approx(0.3) and facts.lead == pytest.approx(0.3)
    behind = facts_of([hit], {"shipping": 0.2, "bargain": 0.7, "other": 0.1})
    assert not behind.agree and behind.lead == pytest.approx(-0.5) and behind.margin == pytest.approx(0.5)


def test_a_broken_calibration_file_says_how_to_make_it_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "calibration.yaml").write_text("weights: {bias: 1}\n", "utf-8")
    monkeypatch.setattr("engine.calibration.resources.files", lambda package: tmp_path)
    with pytest.raises(ScriptError, match=r"benchmarks/calibrate\.py"):
        Calibration.load()
