"""Where conversation state lives between messages: SQLite (default, one file shared
by every worker on a host) or Redis (several hosts). Both offer the same three things:

- `update`: a locked read-modify-write of one record (a JSON object) per key;
- `load`: read a record;
- `hit`: count an event in a fixed time window (rate limits).

Records expire after ``ttl`` seconds without a write. Keys are namespaced by shop, so
one shop never reads another's conversations.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlparse

from botcore.errors import SettingsError

__all__ = ["Box", "RedisStore", "SQLiteStore", "StateStore", "open_store"]

Clock = Callable[[], float]
_SWEEP_EVERY = 200  # rate-limit hits between two sweeps of expired rows


@dataclass
class Box:
    """The record being updated; set ``value`` to change it, None to delete it."""

    value: dict[str, Any] | None


class StateStore(Protocol):
    def load(self, shop: str, key: str) -> dict[str, Any] | None: ...

    def update(self, shop: str, key: str) -> Any: ...  # a context manager yielding a Box

    def hit(self, shop: str, key: str, window: float) -> int: ...

    def close(self) -> None: ...


class SQLiteStore:
    """A SQLite file in WAL mode; ``BEGIN IMMEDIATE`` serialises writers across processes."""

    def __init__(self, path: str | Path, ttl: float = 86_400, clock: Clock = time.time) -> None:
        self.path = str(path)
        self.ttl = ttl
        self._clock = clock
        self._lock = threading.Lock()
        self._hits = 0
        self._db = sqlite3.connect(self.path, timeout=10, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS state (shop TEXT NOT NULL, key TEXT NOT NULL, "
            "value TEXT NOT NULL, expires REAL NOT NULL, PRIMARY KEY (shop, key))"
        )

    def load(self, shop: str, key: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute(
                "SELECT value FROM state WHERE shop = ? AND key = ? AND expires > ?", (shop, key, self._clock())
            ).fetchone()
        return json.loads(row[0]) if row else None

    @contextmanager
    def update(self, shop: str, key: str) -> Iterator[Box]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                now = self._clock()
                row = self._db.execute(
                    "SELECT value FROM state WHERE shop = ? AND key = ? AND expires > ?", (shop, key, now)
                ).fetchone()
                box = Box(json.loads(row[0]) if row else None)
                yield box
                if box.value is None:
                    self._db.execute("DELETE FROM state WHERE shop = ? AND key = ?", (shop, key))
                else:
                    self._db.execute(
                        "INSERT OR REPLACE INTO state VALUES (?, ?, ?, ?)",
                        (shop, key, json.dumps(box.value, ensure_ascii=False), now + self.ttl),
                    )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def hit(self, shop: str, key: str, window: float) -> int:
        now = self._clock()
        slot = f"rate:{key}:{int(now // window)}"
        with self._lock:
            self._hits += 1
            if self._hits % _SWEEP_EVERY == 1:  # now and then, drop what has expired
                self._db.execute("DELETE FROM state WHERE expires <= ?", (now,))
            # one statement, so one short write lock: insert 1 or add 1, and read it back
            row = self._db.execute(
                "INSERT INTO state VALUES (?, ?, '1', ?) ON CONFLICT (shop, key) "
                "DO UPDATE SET value = CAST(value AS INTEGER) + 1 RETURNING value",
                (shop, slot, now + window),
            ).fetchone()
        return int(row[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()


class RedisStore:
    """Redis: one JSON string per key with a TTL; updates hold a Redis lock per key."""

    def __init__(self, url: str, ttl: float = 86_400) -> None:
        import redis

        self.ttl = ttl
        self._redis = redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5)

    def _key(self, shop: str, key: str) -> str:
        return f"xiaoer:{shop}:{key}"

    def load(self, shop: str, key: str) -> dict[str, Any] | None:
        raw = self._redis.get(self._key(shop, key))
        return json.loads(raw) if raw else None

    @contextmanager
    def update(self, shop: str, key: str) -> Iterator[Box]:
        name = self._key(shop, key)
        with self._redis.lock(f"{name}:lock", timeout=10, blocking_timeout=10):
            raw = self._redis.get(name)
            box = Box(json.loads(raw) if raw else None)
            yield box
            if box.value is None:
                self._redis.delete(name)
            else:
                self._redis.set(name, json.dumps(box.value, ensure_ascii=False), px=int(self.ttl * 1000))

    def hit(self, shop: str, key: str, window: float) -> int:
        slot = self._key(shop, f"rate:{key}:{int(time.time() // window)}")
        pipe = self._redis.pipeline()
        pipe.incr(slot)
        pipe.pexpire(slot, int(window * 1000) + 1000)
        count, _ = pipe.execute()
        return int(count)

    def close(self) -> None:
        self._redis.close()


def open_store(url: str, ttl: float = 86_400) -> StateStore:
    """``sqlite:///path/to/state.db``, a plain file path, or ``redis://host:port/0``."""
    parsed = urlparse(url)
    if parsed.scheme in ("redis", "rediss", "unix"):
        return RedisStore(url, ttl)
    if parsed.scheme == "sqlite":
        path = url[len("sqlite:///"):] if url.startswith("sqlite:///") else parsed.path
        return SQLiteStore(path or ":memory:", ttl)
    if parsed.scheme in ("", "file"):
        return SQLiteStore(parsed.path or url, ttl)
    raise SettingsError(f"不认识的状态存储 {url!r}:请写 sqlite:///文件路径 或 redis://主机:端口/0")
