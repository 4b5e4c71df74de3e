"""Webhook signatures: HMAC-SHA256 over ``timestamp + "." + body`` with the shop's
secret, sent as ``X-Xiaoer-Timestamp`` and ``X-Xiaoer-Signature: sha256=<hex>``.
A timestamp outside the allowed window is a replay and is refused."""

from __future__ import annotations

import hashlib
import hmac
import math

__all__ = ["SIGNATURE_HEADER", "TIMESTAMP_HEADER", "sign", "verify"]

SIGNATURE_HEADER = "X-Xiaoer-Signature"
TIMESTAMP_HEADER = "X-Xiaoer-Timestamp"


def sign(secret: str, timestamp: str, body: bytes) -> str:
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def verify(secret: str, timestamp: str | None, signature: str | None, body: bytes, now: float,
           window: float) -> str | None:
    """None when the call is genuine, else why not (for the 401 body)."""
    if not timestamp or not signature:
        return f"missing {TIMESTAMP_HEADER} or {SIGNATURE_HEADER} header"
    try:
        sent = float(timestamp)
    except ValueError:
        return f"{TIMESTAMP_HEADER} must be Unix seconds"
    if not math.isfinite(sent) or abs(now - sent) > window:
        return f"timestamp outside the allowed window of {window:g} s (replay or clock skew)"
    if not hmac.compare_digest(sign(secret, timestamp, body).encode(), signature.encode("utf-8", "replace")):
        return "signature does not match the body and the shop's secret"
    return None
