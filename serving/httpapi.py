"""What the HTTP routes share: the JSON error body, careful body reading, and the one
table that maps xiaoer's domain errors (`botcore.errors`) to HTTP statuses.

Every error is ``{"error": {"code": ..., "message": ...}}`` (plus ``problems`` for a
rejected edit) with a 4xx status, so nothing a caller sends produces a 500. Messages a
shop owner may see on the admin page are in Chinese, with the English for integrators.
`ApiError` is for what the edge itself refuses (a body, a token); the work below it
raises domain errors, turned into responses by `problem`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from botcore.errors import (
    Busy,
    EditConflict,
    EditRejected,
    InputError,
    NotFound,
    RateLimited,
    RevisionRequired,
    StateUnavailable,
    XiaoerError,
)

__all__ = ["ERRORS", "STATUS", "ApiError", "ErrorBody", "decode_json", "error_response", "problem", "read_body"]

#: The HTTP status of each domain error (the first class in the error's MRO found here).
STATUS: dict[type[XiaoerError], int] = {
    InputError: 422,
    EditRejected: 422,
    NotFound: 404,
    EditConflict: 409,
    RevisionRequired: 428,
    RateLimited: 429,
    Busy: 503,
    StateUnavailable: 503,
}
#: Seconds a caller should wait before sending again, by status (the ``Retry-After`` header).
RETRY_AFTER = {503: 1, 429: 10}


class Problem(BaseModel):
    field: str
    code: str
    message: str


class ErrorDetail(BaseModel):
    code: str
    message: str
    problems: list[Problem] | None = None


class ErrorBody(BaseModel):
    """Every error: ``{"error": {"code", "message"[, "problems"]}}``."""

    error: ErrorDetail


#: The error statuses any route may answer, for the OpenAPI schema.
ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": description} for status, description in (
        (400, "body not UTF-8 or not JSON"), (401, "bad signature or token"), (403, "another shop's token"),
        (404, "unknown shop, revision or page"), (405, "method not allowed"), (409, "edited by someone else meanwhile"),
        (413, "body or text too large"), (422, "refused: what is wrong and how to fix it"),
        (428, "an edit without If-Match"), (429, "too many requests a minute"),
        (503, "busy, or the state store cannot be reached: send again after Retry-After"),
    )
}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, problems: list[dict[str, str]] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.problems = status, code, message, problems

    @property
    def headers(self) -> dict[str, str] | None:
        """``Retry-After`` where waiting helps (busy, unavailable, rate limited)."""
        wait = RETRY_AFTER.get(self.status)
        return {"Retry-After": str(wait)} if wait else None


def problem(error: XiaoerError) -> ApiError | None:
    """The HTTP answer to a domain error; None for one no request should reach (a 500)."""
    status = next((STATUS[cls] for cls in type(error).__mro__ if cls in STATUS), None)
    if status is None:
        return None
    if isinstance(error, EditRejected):
        problems = [{"field": field, "code": code, "message": message} for field, code, message in error.problems]
        first = problems[0]
        return ApiError(status, first["code"], f"{error.what}:{first['field']} {first['message']}", problems)
    return ApiError(status, getattr(error, "code", "invalid_request"), str(error))


def error_response(status: int, code: str, message: str, problems: list[dict[str, str]] | None = None,
                   headers: Mapping[str, str] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"code": code, "message": message}
    if problems is not None:
        body["problems"] = problems
    return JSONResponse({"error": body}, status_code=status, headers=headers)


async def read_body(request: Request, limit: int) -> bytes:
    """The body, refused with 413 as soon as it passes ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, "body_too_large", _too_large(limit))
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise ApiError(413, "body_too_large", _too_large(limit))
    return bytes(body)


def _too_large(limit: int) -> str:
    return f"内容太大了,最多 {limit} 字节 / body is larger than {limit} bytes"


def decode_json(body: bytes) -> Any:
    """UTF-8 JSON, with a 400 that says what is wrong (deep or huge JSON included)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ApiError(400, "invalid_utf8", f"内容不是 UTF-8 编码 / body is not valid UTF-8 (byte {e.start})") from e
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise ApiError(400, "malformed_json",
                       f"内容不是有效的 JSON / body is not valid JSON: {e.msg} at line {e.lineno}") from e
    except (ValueError, RecursionError) as e:  # a 5,000-digit number, 20,000 nested brackets
        raise ApiError(400, "malformed_json",
                       "JSON 嵌套太深或数字太长 / body is JSON too deep or with a number too long to read") from e
