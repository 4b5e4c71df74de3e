"""Robustness on real buyer messages: every line of the shared corpora (read at run time
from ../shared/corpus, never copied here) gets a reply without an error, and a reply
that is sent on its own is always a rendered wording with its trace."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from botcore.conversation import Conversation
from engine import Engine
from intents import INTENT_NAMES

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FILES = sorted(CORPUS.glob("*/buyer_utterances.txt")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not FILES, reason="../shared/corpus is not beside the project")
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.parent.name)
def test_every_real_message_gets_a_traced_reply(path: Path) -> None:
    engine = Engine.from_file(rng=random.Random(0))
    conversation = Conversation()
    for line in path.read_text("utf-8").splitlines():
        reply = engine.reply(line, conversation)
        conversation = reply.conversation
        assert reply.text.strip(), line
        assert "{" not in reply.text, line  # no placeholder left unfilled
        assert set(reply.intents) <= set(INTENT_NAMES), line
        assert reply.mode in ("auto", "suggest", "handoff"), line
        if reply.mode == "auto":
            assert reply.parts and all(p.template_id for p in reply.parts), line
            assert reply.score >= engine.shop.settings.auto_threshold, line
