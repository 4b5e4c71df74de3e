"""serving/httpapi.py: the one table from xiaoer's domain errors to HTTP statuses."""

from __future__ import annotations

import pytest

from botcore.errors import (
    Busy,
    EditConflict,
    EditRejected,
    InputError,
    NotFound,
    RateLimited,
    RevisionRequired,
    ScriptError,
    StateConflict,
    XiaoerError,
)
from serving.httpapi import problem


@pytest.mark.parametrize(
    ("error", "status", "code"),
    [
        (InputError("text is empty", "empty_text"), 422, "empty_text"),
        (InputError("messages 要写 1 到 20 句买家的话"), 422, "invalid_request"),
        (NotFound("没有第 9 版", "unknown_revision"), 404, "unknown_revision"),
        (EditConflict("店铺已经被改过了"), 409, "revision_conflict"),
        (RevisionRequired("修改要带上 If-Match"), 428, "if_match_required"),
        (RateLimited("more than 30 messages a minute"), 429, "rate_limited"),
        (Busy("send it again"), 503, "busy"),
    ],
)
def test_each_refusal_has_its_status_and_keeps_its_code_and_message(error: XiaoerError, status: int,
                                                                    code: str) -> None:
    answer = problem(error)
    assert answer is not None
    assert (answer.status, answer.code, answer.message) == (status, code, str(error))


def test_a_rejected_edit_names_every_problem_and_says_what_came_of_it() -> None:
    error = EditRejected([("returns.no_reason_days", "out_of_range", "要在 0 到 30 之间"),
                          ("shop.colour", "unknown_field", "不认识这个字段")], "还没保存的修改有问题,试不了")
    answer = problem(error)
    assert answer is not None
    assert (answer.status, answer.code) == (422, "out_of_range")
    assert answer.message == "还没保存的修改有问题,试不了:returns.no_reason_days 要在 0 到 30 之间"
    assert [p["field"] for p in answer.problems or []] == ["returns.no_reason_days", "shop.colour"]


@pytest.mark.parametrize("error", [ScriptError("broken"), StateConflict("changed"), XiaoerError("?")])
def test_an_error_no_request_should_reach_has_no_status(error: XiaoerError) -> None:
    assert problem(error) is None  # the app answers 500 internal_error and logs it
