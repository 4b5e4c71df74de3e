"""The server's log: one JSON object per line on stderr (``xiaoer`` logger)."""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Any

__all__ = ["json_log", "log"]

log = logging.getLogger("xiaoer")


def json_log(level: int, message: str, **fields: Any) -> None:
    """One JSON line, written only when ``level`` is enabled."""
    if log.isEnabledFor(level):
        record = {"ts": dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds"),
                  "level": logging.getLevelName(level).lower(), "msg": message, **fields}
        log.log(level, json.dumps(record, ensure_ascii=False, default=str))
