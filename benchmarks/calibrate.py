"""Fit the calibration of xiaoer's confidence by cross-validation over the written library.

Each line of ``intents/data/library/`` is answered by an engine whose learned matcher was
fitted without that line's fold, so every answer is on a line the matcher has not seen. The
folds hold out whole topics (a file's lines under one comment heading: a shop kind's
questions of one sort, written together), as a real buyer's line is often of a kind the
library words differently; with single lines held out, a line's neighbours, written with it,
taught the matcher nearly its words, and the chance it gave was too high on real buyers'
lines. From those answers a logistic function is fitted: the chance
that the decision's intent is right, from its score, the learned probability of its
intent, whether that intent is the learned matcher's own first choice, whether a keyword
or pattern supports it, whether two or more rules agree, how sure the learned matcher is
and how far the answer leads the next intent (`engine.calibration.FEATURES`), with a term
of each intent's own. Beside the library's lines, every turn of the written conversations
with shops of many kinds (``benchmarks/data/conversations/*/``: a shop file and a suite of its
buyers' turns, each written by someone playing that shop's owner before the bot was run) is
answered on its product page: there a fact of the goods is asked (「复音多少」 of a piano's
复音数), which the library's lines, read without a shop's goods, cannot weigh. The fit takes
both; how it fares on shops never seen is measured with whole shops held out. The weights,
the reliability table, and for each way of holding out (whole topics, single lines, whole
shops) how often auto replies were right at the shop's default threshold and from which
chance on they were 97 % right (the lowest threshold a shop should keep: ``auto_threshold``,
from single lines held out), with the digests of the library and of the conversations, go
to ``engine/data/calibration.yaml``.

    python benchmarks/calibrate.py            # about a minute on two cores
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sys
import zlib
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import engine.pipeline  # noqa: E402
from botcore.conversation import Conversation  # noqa: E402
from botcore.shop.model import Settings  # noqa: E402
from engine.calibration import FEATURES, Facts, facts_of  # noqa: E402
from engine.learning import library_examples, own_examples, read_all  # noqa: E402
from engine.policy import Decision  # noqa: E402
from intents import INTENT_NAMES, load_intents  # noqa: E402
from intents.learned import Learned, Readings  # noqa: E402
from intents.library import Line, library  # noqa: E402
from xiaoer.scenarios import load_scenarios  # noqa: E402

FOLDS = 5
#: Auto replies must be at least this often right, in cross-validation.
TARGET_PRECISION = 0.97
STEPS, L2 = 50, 1e-4
BINS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.97, 1.0001)
OUT = ROOT / "engine" / "data" / "calibration.yaml"
#: Conversations with shops of many kinds, each beside its shop (``*/shop.yaml``, ``*/suite.yaml``).
CONVERSATIONS = ROOT / "benchmarks" / "data" / "conversations"


def library_digest() -> str:
    """What the calibration was fitted on: the written library, as its files' bytes."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "intents" / "data" / "library").glob("*.txt")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def conversations_digest() -> str:
    """What else the calibration was fitted on: the written conversations and their shops."""
    digest = hashlib.sha256()
    for path in sorted(CONVERSATIONS.glob("*/*.yaml")):
        digest.update(path.relative_to(CONVERSATIONS).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def inputs(facts: Facts) -> list[float]:
    """The values of `FEATURES`, then one for each intent (1 for the intent answered)."""
    return [*facts.inputs(), *(float(facts.intent == name) for name in INTENT_NAMES)]


def topics(lines: Sequence[Line]) -> list[str]:
    """Each line's topic: its file and the comment heading the lines it stands among (a shop
    kind, a platform, a kind of question), as ``intents/data/library/`` is written."""
    return [f"{line.source.rsplit(':', 1)[0].rsplit('/', 1)[-1]} {line.topic}" for line in lines]


def _weighed(decision: Decision) -> bool:
    """Whether the calibration weighs ``decision``: intents chosen by what was read and learned, not
    by a shop's keyword rule, and not carried over from the turn before (a follow-up is trusted at a
    fixed score, engine/policy.py)."""
    return bool(decision.chosen) and decision.rule is None and decision.learned is not None \
        and not any(e.kind == "context" for e in decision.chosen[0].evidence)


def held_out_answers(by_topic: bool) -> list[tuple[list[float], bool]]:
    """(inputs, right) for every library line, answered by a matcher fitted without its fold:
    folds of whole topics (``by_topic``: the line's neighbours, written with it, held out too)
    or of single lines."""
    lines = library(INTENT_NAMES)
    own = own_examples(load_intents())
    # a fold is a hash of the topic or the text: adding a line moves no other line to another
    # fold (a shuffle would deal every fold anew), and the same words written twice share one
    keys = topics(lines) if by_topic else [line.text for line in lines]
    fold = [zlib.crc32(key.encode()) % FOLDS for key in keys]
    engine.pipeline.calibration = lambda: None  # type: ignore[assignment]  # raw scores, not calibrated ones
    bot = engine.pipeline.Engine.from_file()
    # every text read once, not once per fold
    readings = Readings.read([line.text for line in lines] + [text for text, _, _ in own], read_all)
    rows = []
    for k in range(FOLDS):
        train = library_examples(line for i, line in enumerate(lines) if fold[i] != k)
        bot.learned = Learned.fit_texts(INTENT_NAMES, train + own, read_all, readings)
        for i, line in enumerate(lines):
            if fold[i] != k:
                continue
            _, decision = bot.read(line.text)
            if not _weighed(decision):
                continue
            right = decision.chosen[0].intent in line.labels
            rows.append((inputs(facts_of(decision.chosen, decision.learned)), right))
        print(f"{'topics' if by_topic else 'lines'}: fold {k + 1}/{FOLDS} answered", file=sys.stderr)
    return rows


def conversation_answers() -> list[tuple[str, list[float], bool]]:
    """(shop, inputs, right) for every turn of the written conversations whose intent is
    given, answered on its product page as ``xiaoer test`` does: the shop's own facts asked
    (「复音多少」 of a piano's 复音数) are evidence the library alone cannot weigh, as the
    library's lines are read without a shop's goods. The learned matcher never saw these lines."""
    rows = []
    for path in sorted(CONVERSATIONS.glob("*/suite.yaml")):
        scenarios = load_scenarios(path)
        bot = engine.pipeline.Engine.from_file(scenarios.shop_source())
        bot.calibration = None
        suite = scenarios.file
        for dialogue in suite.conversations:
            conversation, now, item = Conversation(), suite.now_for(dialogue), suite.item_for(dialogue)
            for turn in dialogue.turns:
                _, decision = bot.read(turn.say, conversation, item)
                conversation = bot.reply(turn.say, conversation, item_id=item, now=now).conversation
                if turn.intent is None or not _weighed(decision):
                    continue
                right = decision.chosen[0].intent in turn.intent
                rows.append((path.parent.name, inputs(facts_of(decision.chosen, decision.learned)), right))
    print(f"conversations: {len(rows)} turns answered", file=sys.stderr)
    return rows


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Logistic regression with a little L2, by Newton's method (a few exact steps)."""
    weights = np.zeros(x.shape[1])
    ridge = L2 * len(y) * np.eye(x.shape[1])
    for _ in range(STEPS):
        chance = 1.0 / (1.0 + np.exp(-(x @ weights)))
        gradient = x.T @ (chance - y) + ridge @ weights
        hessian = (x * (chance * (1.0 - chance))[:, None]).T @ x + ridge
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-8:
            break
    return weights


def record(chance: np.ndarray, y: np.ndarray, default: float) -> dict[str, Any]:
    """How the decisions of one cross-validation fare: accuracy, the lowest chance at which
    auto replies were 97 % right, what auto replies cover and how often they were right at
    that point and at the shop's default threshold, and the same for a range of thresholds."""
    threshold = next(t for t in np.arange(0.5, 1.0, 0.005)
                     if (chance >= t).any() and y[chance >= t].mean() >= TARGET_PRECISION)

    def at(t: float) -> dict[str, float]:
        auto = chance >= t
        return {"coverage": round(float(auto.mean()), 3), "precision": round(float(y[auto].mean()), 3)}

    return {"accuracy": round(float(y.mean()), 3), "lines": len(y), "auto_threshold": round(float(threshold), 3),
            "at_auto_threshold": at(threshold), "at_default": {"threshold": default, **at(default)},
            "by_threshold": [{"threshold": round(float(t), 2), **at(t)} for t in np.arange(0.76, 0.99, 0.02)]}


def main() -> int:
    topics, lines = held_out_answers(by_topic=True), held_out_answers(by_topic=False)
    talks = conversation_answers()
    x, y = (np.array([r[0] for r in topics]), np.array([float(r[1]) for r in topics]))
    talk_x, talk_y = np.array([r[1] for r in talks]), np.array([float(r[2]) for r in talks])
    weights = fit(np.vstack([x, talk_x]), np.concatenate([y, talk_y]))
    chance = 1.0 / (1.0 + np.exp(-(x @ weights)))
    # each shop's turns weighed by weights fitted without that shop's fold of conversations
    shop_fold = np.array([zlib.crc32(shop.encode()) % FOLDS for shop, _, _ in talks])
    talk_chance = np.zeros(len(talks))
    for k in range(FOLDS):
        out = shop_fold == k
        held = fit(np.vstack([x, talk_x[~out]]), np.concatenate([y, talk_y[~out]]))
        talk_chance[out] = 1.0 / (1.0 + np.exp(-(talk_x[out] @ held)))
    reliability = []
    for low, high in pairwise(BINS):
        inside = (chance >= low) & (chance < high)
        if inside.any():
            reliability.append({"from": low, "to": min(high, 1.0), "n": int(inside.sum()),
                                "mean_chance": round(float(chance[inside].mean()), 3),
                                "right": round(float(y[inside].mean()), 3)})
    seen_x, seen_y = (np.array([r[0] for r in lines]), np.array([float(r[1]) for r in lines]))
    default = Settings().auto_threshold
    new_topics = record(chance, y, default)
    seen_topics = record(1.0 / (1.0 + np.exp(-(seen_x @ weights))), seen_y, default)
    new_shops = record(talk_chance, talk_y, default)
    data = {
        "weights": {name: round(float(w), 4) for name, w in zip(FEATURES, weights, strict=False)},
        "intents": {name: round(float(w), 4) for name, w in zip(INTENT_NAMES, weights[len(FEATURES):], strict=True)},
        "auto_threshold": seen_topics["auto_threshold"],
        "fitted_on": {"library": library_digest(), "lines": len(topics), "conversations": conversations_digest(),
                      "turns": len(talks), "folds": FOLDS, "date": dt.date.today().isoformat()},
        "cross_validation": {"new_topics": new_topics, "seen_topics": seen_topics, "new_shops": new_shops},
        "reliability": reliability,
    }
    header = ("# Written by python benchmarks/calibrate.py: how sure a decision is, as the chance that its intent\n"
              "# is right (engine/calibration.py). Cross-validation over the written library and conversations;\n"
              "# do not edit by hand.\n")
    OUT.write_text(header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    print(f"{'chance':<12}{'n':>6}{'mean':>8}{'right':>8}   (whole topics held out)")
    for row in reliability:
        print(f"{row['from']:.2f}-{row['to']:.2f}  {row['n']:>6}{row['mean_chance']:>8.3f}{row['right']:>8.3f}")
    for name, cv in (("whole topics held out", new_topics), ("single lines held out", seen_topics),
                     ("conversations, whole shops held out", new_shops)):
        print(f"{name}: accuracy {cv['accuracy']:.3f}; 97 % right from {cv['auto_threshold']:.3f} "
              f"(coverage {cv['at_auto_threshold']['coverage']:.3f}); at the default {default}: "
              f"coverage {cv['at_default']['coverage']:.3f}, precision {cv['at_default']['precision']:.3f}")
    print(f"written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
