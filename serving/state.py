"""Where conversation state lives between messages: SQLite (default, one file shared
by every worker on a host) or Redis (several hosts). Both offer the same operations:

- `update`: a locked read-modify-write of one record (a JSON object) per key;
- `load`: read a record;
- `hit`: count an event in a fixed time window (rate limits);
- `append` / `recent`: a capped log of JSON objects per key, written without a lock
  (the unanswered questions: many writers, no read-modify-write);
- `add_event` / `events`: a log of events in time order with its own retention and cap,
  read by time and by conversation (the conversation log, `serving.history`).

Records expire after ``ttl`` seconds without a write; an event ``ttl`` seconds (its own)
after it was written. Keys are namespaced by shop, so one shop never reads another's
conversations.

A store that cannot be reached or written in a bounded time (Redis stopped or frozen: 1 s;
an SQLite file locked by another program: 2 s; a full disk) raises `StateUnavailable`
from every operation, and an update raises it before anything is written: the request
is not done, and the caller says so (503 with ``Retry-After``). `ping` tells health checks.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar
from urllib.parse import urlparse

from botcore.errors import Busy, SettingsError, StateConflict, StateUnavailable

__all__ = ["Box", "RedisStore", "SQLiteStore", "StateConflict", "StateStore", "guarded", "open_store"]

#: How long an SQLite write waits for another program's lock, and Redis for an answer (s).
SQLITE_WAIT = 2.0
#: How long a process starting waits for another's lock on the file while it sets up the schema (s).
SQLITE_START_WAIT = 30.0
REDIS_WAIT = 1.0


class _Backed(Protocol):
    down: tuple[type[Exception], ...]  # the driver's errors that mean "not reachable or not writable"


P = ParamSpec("P")
R = TypeVar("R")
B = TypeVar("B", bound=_Backed)


def unavailable(error: Exception) -> StateUnavailable:
    return StateUnavailable(f"状态存储暂时不可用(连不上或写不进),请稍后再试 / the state store cannot be reached "
                            f"or written ({type(error).__name__}); send again shortly")


def guarded(method: Callable[Concatenate[B, P], R]) -> Callable[Concatenate[B, P], R]:
    """``method`` with its driver's outage errors raised as `StateUnavailable`."""
    def call(self: B, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except self.down as e:
            raise unavailable(e) from e
    call.__name__, call.__qualname__, call.__doc__ = method.__name__, method.__qualname__, method.__doc__
    return call


@contextmanager
def reaching(store: _Backed) -> Iterator[None]:
    """A block whose driver outage errors are raised as `StateUnavailable`."""
    try:
        yield
    except store.down as e:
        raise unavailable(e) from e

Clock = Callable[[], float]
_SWEEP_EVERY = 200  # rate-limit hits between two sweeps of expired rows
_TRIM_EVERY = 20  # log rows between two trims of a log to its ``keep`` newest


@dataclass
class Box:
    """The record being updated; set ``value`` to change it, None to delete it."""

    value: dict[str, Any] | None


class StateStore(Protocol):
    def load(self, shop: str, key: str) -> dict[str, Any] | None: ...

    def update(self, shop: str, key: str) -> Any: ...  # a context manager yielding a Box

    def hit(self, shop: str, key: str, window: float) -> int: ...

    def append(self, shop: str, key: str, item: dict[str, Any], keep: int) -> None: ...

    def recent(self, shop: str, key: str, limit: int) -> list[dict[str, Any]]: ...  # newest first

    def add_event(self, shop: str, log: str, conversation: str, at: float, item: dict[str, Any], keep: int,
                  ttl: float) -> None: ...  # kept ``ttl`` s after it is written, at most ``keep`` per shop and log

    def events(self, shop: str, log: str, since: float, conversation: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]: ...  # at >= since, oldest first; limit: the newest

    def ping(self) -> None: ...  # `StateUnavailable` when the store cannot be reached

    def close(self) -> None: ...


class SQLiteStore:
    """A SQLite file in WAL mode, shared by every worker process on a host.

    An update reads its record without holding any lock, lets the caller work (the
    engine's reply), then writes with one conditional statement that changes the record
    only if its version is still the one it read; otherwise it raises `StateConflict` and
    the caller does its work again. Within one process, updates of the same key wait for each
    other (a lock per key), so conflicts only come from another process at the same moment.
    Each thread has its own connection.
    """

    down: tuple[type[Exception], ...] = (sqlite3.OperationalError,)  # locked, full, unwritable, unopenable

    @guarded
    def __init__(self, path: str | Path, ttl: float = 86_400, clock: Clock = time.time) -> None:
        self.path = str(path)
        self.ttl = ttl
        self._clock = clock
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._guard = threading.Lock()  # for the two registries below
        # this process's writers take turns (SQLite's own busy wait backs off in sleeps of
        # up to 100 ms, a long tail under load); other processes still wait on SQLite's lock
        self._write_lock = threading.Lock()
        self._key_locks: dict[tuple[str, str], threading.Lock] = {}
        self._hits = 0
        self._appends: dict[tuple[str, str], int] = {}  # log rows this process added, per log
        db = self._db()
        # (two servers or workers starting at once on a new file take turns at its schema, under load for
        # longer than a request would wait: start-up waits `SQLITE_START_WAIT`, requests `SQLITE_WAIT` after)
        db.execute(f"PRAGMA busy_timeout={int(SQLITE_START_WAIT * 1000)}")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute(
            "CREATE TABLE IF NOT EXISTS state (shop TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, "
            "expires REAL NOT NULL, version INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (shop, key))"
        )
        if "version" not in {row[1] for row in db.execute("PRAGMA table_info(state)")}:  # an older file
            db.execute("ALTER TABLE state ADD COLUMN version INTEGER NOT NULL DEFAULT 0")
        db.execute("CREATE TABLE IF NOT EXISTS logs (id INTEGER PRIMARY KEY AUTOINCREMENT, shop TEXT NOT NULL, "
                   "key TEXT NOT NULL, value TEXT NOT NULL, expires REAL NOT NULL)")
        db.execute("CREATE INDEX IF NOT EXISTS logs_by_key ON logs (shop, key, id)")
        db.execute("CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY AUTOINCREMENT, shop TEXT NOT NULL, "
                   "log TEXT NOT NULL, conversation TEXT NOT NULL, at REAL NOT NULL, expires REAL NOT NULL, "
                   "value TEXT NOT NULL)")
        db.execute("CREATE INDEX IF NOT EXISTS events_by_time ON events (shop, log, at)")
        db.execute("CREATE INDEX IF NOT EXISTS events_by_conversation ON events (shop, log, conversation, at)")
        db.execute("CREATE INDEX IF NOT EXISTS events_by_expiry ON events (expires)")  # the sweeps
        db.execute(f"PRAGMA busy_timeout={int(SQLITE_WAIT * 1000)}")

    def connection(self) -> sqlite3.Connection:
        """This thread's connection to the file (for the shop revisions kept beside the state)."""
        return self._db()

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=SQLITE_WAIT, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA synchronous=NORMAL")
            self._local.db = db
            with self._guard:
                self._connections.append(db)
        return db

    def _key_lock(self, shop: str, key: str) -> threading.Lock:
        with self._guard:
            return self._key_locks.setdefault((shop, key), threading.Lock())

    def _read(self, shop: str, key: str) -> tuple[dict[str, Any] | None, int | None]:
        row = self._db().execute(
            "SELECT value, version, expires FROM state WHERE shop = ? AND key = ?", (shop, key)
        ).fetchone()
        if row is None:
            return None, None
        value = json.loads(row[0]) if row[2] > self._clock() else None  # expired reads as absent
        return value, row[1]

    @guarded
    def load(self, shop: str, key: str) -> dict[str, Any] | None:
        return self._read(shop, key)[0]

    @guarded
    def ping(self) -> None:
        self._db().execute("SELECT 1").fetchone()

    @contextmanager
    def update(self, shop: str, key: str) -> Iterator[Box]:
        with self._key_lock(shop, key):
            with reaching(self):
                value, version = self._read(shop, key)
            box = Box(value)
            yield box
            with reaching(self), self._write_lock:
                self._write(shop, key, box, version)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """This thread's connection in one ``BEGIN IMMEDIATE`` transaction: committed when the
        block ends, rolled back if it raises."""
        db = self._db()
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _write(self, shop: str, key: str, box: Box, version: int | None) -> None:
        """Write ``box`` if the record is still at ``version``, else raise `StateConflict`.
        One statement, so one implicit transaction: the version test is its WHERE clause
        (an UPDATE in place also writes about a third of what INSERT OR REPLACE did)."""
        db = self._db()
        if box.value is None:
            done = version is None or db.execute(
                "DELETE FROM state WHERE shop = ? AND key = ? AND version = ?", (shop, key, version)).rowcount
        elif version is None:
            done = db.execute(
                "INSERT INTO state VALUES (?, ?, ?, ?, 1) ON CONFLICT (shop, key) DO NOTHING",
                (shop, key, json.dumps(box.value, ensure_ascii=False), self._clock() + self.ttl)).rowcount
        else:
            done = db.execute(
                "UPDATE state SET value = ?, expires = ?, version = version + 1 "
                "WHERE shop = ? AND key = ? AND version = ?",
                (json.dumps(box.value, ensure_ascii=False), self._clock() + self.ttl, shop, key, version)).rowcount
        if not done:
            raise StateConflict(f"{shop}/{key} changed while it was being updated")

    @guarded
    def hit(self, shop: str, key: str, window: float) -> int:
        now = self._clock()
        slot = f"rate:{key}:{int(now // window)}"
        db = self._db()
        with self._guard:
            self._hits += 1
            sweep = self._hits % _SWEEP_EVERY == 1
        if sweep:  # now and then, drop what has expired
            db.execute("DELETE FROM state WHERE expires <= ?", (now,))
        # one statement, so one short write lock: insert 1 or add 1, and read it back
        with self._write_lock:
            row = db.execute(
                "INSERT INTO state (shop, key, value, expires) VALUES (?, ?, '1', ?) ON CONFLICT (shop, key) "
                "DO UPDATE SET value = CAST(value AS INTEGER) + 1 RETURNING value",
                (shop, slot, now + window),
            ).fetchone()
        return int(row[0])

    @guarded
    def append(self, shop: str, key: str, item: dict[str, Any], keep: int) -> None:
        with self._guard:
            self._hits += 1
            sweep = self._hits % _SWEEP_EVERY == 1
            appended = self._appends[shop, key] = self._appends.get((shop, key), 0) + 1
        value = json.dumps(item, ensure_ascii=False)
        with self._write_lock, self.transaction() as db:
            db.execute("INSERT INTO logs (shop, key, value, expires) VALUES (?, ?, ?, ?)",
                       (shop, key, value, self._clock() + self.ttl))
            # beyond ``keep`` the oldest go: an index walk of ``keep`` rows, so only every
            # _TRIM_EVERY appends of this process (`recent` never reads more than ``keep``)
            if appended % _TRIM_EVERY == 1:
                db.execute("DELETE FROM logs WHERE shop = ? AND key = ? AND id <= (SELECT id FROM logs WHERE "
                           "shop = ? AND key = ? ORDER BY id DESC LIMIT 1 OFFSET ?)", (shop, key, shop, key, keep))
            if sweep:
                db.execute("DELETE FROM logs WHERE expires <= ?", (self._clock(),))

    @guarded
    def recent(self, shop: str, key: str, limit: int) -> list[dict[str, Any]]:
        rows = self._db().execute(
            "SELECT value FROM logs WHERE shop = ? AND key = ? AND expires > ? ORDER BY id DESC LIMIT ?",
            (shop, key, self._clock(), limit),
        ).fetchall()
        return [json.loads(row[0]) for row in rows]

    @guarded
    def add_event(self, shop: str, log: str, conversation: str, at: float, item: dict[str, Any], keep: int,
                  ttl: float) -> None:
        with self._guard:
            self._hits += 1
            sweep = self._hits % _SWEEP_EVERY == 1
            added = self._appends[shop, f"events:{log}"] = self._appends.get((shop, f"events:{log}"), 0) + 1
        value = json.dumps(item, ensure_ascii=False)
        now = self._clock()
        with self._write_lock, self.transaction() as db:
            db.execute("INSERT INTO events (shop, log, conversation, at, expires, value) VALUES (?, ?, ?, ?, ?, ?)",
                       (shop, log, conversation, at, now + ttl, value))
            if added % _TRIM_EVERY == 1:  # beyond ``keep`` the oldest go, as in `append`
                db.execute("DELETE FROM events WHERE id IN (SELECT id FROM events WHERE shop = ? AND log = ? "
                           "ORDER BY at DESC, id DESC LIMIT -1 OFFSET ?)", (shop, log, keep))
            if sweep:
                db.execute("DELETE FROM events WHERE expires <= ?", (now,))

    @guarded
    def events(self, shop: str, log: str, since: float, conversation: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        where = "shop = ? AND log = ? AND at >= ? AND expires > ?"
        args: list[object] = [shop, log, since, self._clock()]
        if conversation is not None:
            where += " AND conversation = ?"
            args.append(conversation)
        if limit is None:
            sql = f"SELECT value FROM events WHERE {where} ORDER BY at, id"
        else:
            sql = (f"SELECT value FROM (SELECT id, at, value FROM events WHERE {where} "
                   "ORDER BY at DESC, id DESC LIMIT ?) ORDER BY at, id")
            args.append(limit)
        return [json.loads(row[0]) for row in self._db().execute(sql, args).fetchall()]

    def close(self) -> None:
        """Close every thread's connection; a store used again afterwards opens new ones."""
        with self._guard:
            for db in self._connections:
                db.close()
            self._connections.clear()
            self._local = threading.local()


# KEYS: the shop's events, the conversation's events, their counter; ARGV: the time (the score), the
# item, the oldest time kept, keep, ttl (ms), when it expires (ms). A member is "counter expires item":
# unique, in order of writing among events of the same time, and dropped by `events` once expired.
_ADD_EVENT = """
local member = string.format('%015d', redis.call('INCR', KEYS[3])) .. ' ' .. ARGV[6] .. ' ' .. ARGV[2]
for i = 1, 2 do
  redis.call('ZADD', KEYS[i], ARGV[1], member)
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', '(' .. ARGV[3])
  redis.call('ZREMRANGEBYRANK', KEYS[i], 0, -tonumber(ARGV[4]) - 1)
end
for i = 1, 3 do redis.call('PEXPIRE', KEYS[i], ARGV[5]) end
"""


class RedisStore:
    """Redis: one JSON string per key with a TTL; updates hold a Redis lock per key. Events are
    a sorted set per shop and log (by time) and one per conversation, written by one script."""

    def __init__(self, url: str, ttl: float = 86_400) -> None:
        import redis

        self.ttl = ttl
        self.client = redis.Redis.from_url(url, socket_timeout=REDIS_WAIT, socket_connect_timeout=REDIS_WAIT)
        self.down: tuple[type[Exception], ...] = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)
        self._lock_error = redis.exceptions.LockError
        self._add_event = self.client.register_script(_ADD_EVENT)

    def _key(self, shop: str, key: str) -> str:
        return f"xiaoer:{shop}:{key}"

    @guarded
    def load(self, shop: str, key: str) -> dict[str, Any] | None:
        raw = self.client.get(self._key(shop, key))
        return json.loads(raw) if raw else None

    @guarded
    def ping(self) -> None:
        self.client.ping()

    @contextmanager
    def update(self, shop: str, key: str) -> Iterator[Box]:
        name = self._key(shop, key)
        lock = self.client.lock(f"{name}:lock", timeout=10, blocking_timeout=10)
        with reaching(self):
            if not lock.acquire():
                raise Busy("this conversation is being updated by another request; send it again")
            try:
                raw = self.client.get(name)
            except BaseException:
                with suppress(Exception):
                    lock.release()
                raise
        try:
            box = Box(json.loads(raw) if raw else None)
            yield box
            with reaching(self):
                if box.value is None:
                    self.client.delete(name)
                else:
                    self.client.set(name, json.dumps(box.value, ensure_ascii=False), px=int(self.ttl * 1000))
        finally:
            with suppress(Exception):  # an expired or unreachable lock is released by its timeout
                lock.release()

    @guarded
    def hit(self, shop: str, key: str, window: float) -> int:
        slot = self._key(shop, f"rate:{key}:{int(time.time() // window)}")
        pipe = self.client.pipeline()
        pipe.incr(slot)
        pipe.pexpire(slot, int(window * 1000) + 1000)
        count, _ = pipe.execute()
        return int(count)

    @guarded
    def append(self, shop: str, key: str, item: dict[str, Any], keep: int) -> None:
        name = self._key(shop, f"log:{key}")
        pipe = self.client.pipeline()
        pipe.lpush(name, json.dumps(item, ensure_ascii=False))
        pipe.ltrim(name, 0, keep - 1)
        pipe.pexpire(name, int(self.ttl * 1000))
        pipe.execute()

    @guarded
    def recent(self, shop: str, key: str, limit: int) -> list[dict[str, Any]]:
        return [json.loads(raw) for raw in self.client.lrange(self._key(shop, f"log:{key}"), 0, limit - 1)]

    @guarded
    def add_event(self, shop: str, log: str, conversation: str, at: float, item: dict[str, Any], keep: int,
                  ttl: float) -> None:
        keys = [self._key(shop, f"events:{log}"), self._key(shop, f"events:{log}:c:{conversation}"),
                self._key(shop, f"events:{log}:n")]
        expires = int((time.time() + ttl) * 1000)
        self._add_event(keys=keys, args=[repr(at), json.dumps(item, ensure_ascii=False), repr(at - ttl), keep,
                                         max(int(ttl * 1000), 1), expires])

    @guarded
    def events(self, shop: str, log: str, since: float, conversation: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        every = self._key(shop, f"events:{log}")
        key = every if conversation is None else self._key(shop, f"events:{log}:c:{conversation}")
        if limit is None:
            found: Any = self.client.zrangebyscore(key, since, "+inf")
        else:
            found = self.client.zrevrangebyscore(key, "+inf", since, start=0, num=limit)[::-1]
        members = [bytes(member).decode("utf-8") for member in found]
        if conversation is not None and members:  # only those the shop's cap has kept
            kept = self.client.zmscore(every, members)
            members = [member for member, score in zip(members, kept, strict=True) if score is not None]
        now = time.time() * 1000
        events = []
        for member in members:
            _, expires, item = member.split(" ", 2)
            if int(expires) > now:
                events.append(json.loads(item))
        return events

    def close(self) -> None:
        self.client.close()


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
