"""Small assertions shared by the intent tests."""

from __future__ import annotations

import pytest

from botcore.engine import Part, Reply


def part_of(reply: Reply, intent: str) -> Part:
    """The part of a reply that answers ``intent``; fails with the whole trace when none."""
    for part in reply.parts:
        if part.intent == intent:
            return part
    pytest.fail(f"no {intent} answer in the reply: {reply.trace()}")


def assert_says(reply: Reply, *fragments: str) -> None:
    """The buyer sees an answer (auto mode) that contains every fragment."""
    assert reply.mode == "auto", reply.trace()
    missing = [f for f in fragments if f not in reply.text]
    assert not missing, f"{missing} not in {reply.text!r}"
