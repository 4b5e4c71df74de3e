"""Every accepted version of a shop, numbered from 1, kept beside the conversation state
(the same SQLite file or Redis server), so every worker on every host serves the latest.

A revision holds the whole shop as YAML text, who made it, when, the paths it changed
and a short summary. `commit` writes revision ``base + 1`` only if ``base`` is still the
latest; otherwise it raises `StateConflict` (the admin API answers 409). Revisions never
expire. An import of the shop file records the file's SHA-256, so a server started on a
changed file imports it once, and an unchanged file never undoes the owner's edits.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Protocol

from botcore.errors import StateConflict
from serving.state import RedisStore, SQLiteStore, StateStore, guarded

__all__ = ["Revision", "RevisionStore", "open_revisions"]


@dataclass(frozen=True)
class Revision:
    number: int
    text: str
    author: str
    at: float
    summary: str
    changes: tuple[str, ...] = ()
    file_sha: str | None = None  # set on revisions imported from the shop file

    def info(self) -> dict[str, object]:
        """Everything but the text (for lists)."""
        return {"number": self.number, "author": self.author, "at": self.at, "summary": self.summary,
                "changes": list(self.changes), "from_file": self.file_sha is not None}


class RevisionStore(Protocol):
    def head(self, shop: str) -> int: ...  # the latest number, 0 when none

    def get(self, shop: str, number: int | None = None) -> Revision | None: ...  # None: the latest

    def history(self, shop: str, limit: int = 100) -> list[Revision]: ...  # newest first

    def last_import(self, shop: str) -> str | None: ...  # the SHA-256 of the latest imported file

    def commit(self, shop: str, base: int, revision: Revision) -> Revision: ...


class SQLiteRevisions:
    """A ``revisions`` table in the state file."""

    @guarded
    def __init__(self, store: SQLiteStore) -> None:
        self.down = store.down
        self._store = store
        store.connection().execute(
            "CREATE TABLE IF NOT EXISTS revisions (shop TEXT NOT NULL, number INTEGER NOT NULL, text TEXT NOT NULL, "
            "author TEXT NOT NULL, at REAL NOT NULL, summary TEXT NOT NULL, changes TEXT NOT NULL, file_sha TEXT, "
            "PRIMARY KEY (shop, number))"
        )

    def _rows(self, sql: str, *args: object) -> list[Revision]:
        rows = self._store.connection().execute(
            f"SELECT number, text, author, at, summary, changes, file_sha FROM revisions WHERE shop = ? {sql}", args
        ).fetchall()
        return [Revision(n, text, author, at, summary, tuple(json.loads(changes)), sha)
                for n, text, author, at, summary, changes, sha in rows]

    @guarded
    def head(self, shop: str) -> int:
        row = self._store.connection().execute("SELECT max(number) FROM revisions WHERE shop = ?", (shop,)).fetchone()
        return row[0] or 0

    @guarded
    def get(self, shop: str, number: int | None = None) -> Revision | None:
        rows = (self._rows("ORDER BY number DESC LIMIT 1", shop) if number is None
                else self._rows("AND number = ?", shop, number))
        return rows[0] if rows else None

    @guarded
    def history(self, shop: str, limit: int = 100) -> list[Revision]:
        return self._rows("ORDER BY number DESC LIMIT ?", shop, limit)

    @guarded
    def last_import(self, shop: str) -> str | None:
        rows = self._rows("AND file_sha IS NOT NULL ORDER BY number DESC LIMIT 1", shop)
        return rows[0].file_sha if rows else None

    @guarded
    def commit(self, shop: str, base: int, revision: Revision) -> Revision:
        with self._store.transaction() as db:
            head = db.execute("SELECT max(number) FROM revisions WHERE shop = ?", (shop,)).fetchone()[0] or 0
            if head != base:
                raise StateConflict(f"店铺 {shop} 已经是第 {head} 版了,这次修改是基于第 {base} 版的")
            saved = Revision(head + 1, revision.text, revision.author, revision.at, revision.summary,
                             revision.changes, revision.file_sha)
            db.execute("INSERT INTO revisions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       (shop, saved.number, saved.text, saved.author, saved.at, saved.summary,
                        json.dumps(list(saved.changes), ensure_ascii=False), saved.file_sha))
        return saved


# KEYS: head, the revision's key prefix, last import; ARGV: base, revision JSON, file sha
_COMMIT = """
local head = tonumber(redis.call('GET', KEYS[1]) or '0')
if head ~= tonumber(ARGV[1]) then return -head - 1 end
redis.call('SET', KEYS[2] .. (head + 1), ARGV[2])
redis.call('SET', KEYS[1], head + 1)
if ARGV[3] ~= '' then redis.call('SET', KEYS[3], ARGV[3]) end
return head + 1
"""


class RedisRevisions:
    """One JSON string per revision; a Lua script checks the base and writes atomically."""

    def __init__(self, store: RedisStore) -> None:
        self.down = store.down
        self._redis = store.client
        self._commit = self._redis.register_script(_COMMIT)

    @staticmethod
    def _key(shop: str, what: str) -> str:
        return f"xiaoer:{shop}:revisions:{what}"

    @guarded
    def head(self, shop: str) -> int:
        return int(self._redis.get(self._key(shop, "head")) or 0)

    @guarded
    def get(self, shop: str, number: int | None = None) -> Revision | None:
        number = self.head(shop) if number is None else number
        raw = self._redis.get(self._key(shop, str(number))) if number > 0 else None
        return _decode(number, raw) if raw else None

    @guarded
    def history(self, shop: str, limit: int = 100) -> list[Revision]:
        head = self.head(shop)
        numbers = list(range(head, max(head - limit, 0), -1))
        if not numbers:
            return []
        raws = self._redis.mget([self._key(shop, str(n)) for n in numbers])
        return [_decode(n, raw) for n, raw in zip(numbers, raws, strict=True) if raw]

    @guarded
    def last_import(self, shop: str) -> str | None:
        raw = self._redis.get(self._key(shop, "file_sha"))
        return (raw.decode() if isinstance(raw, bytes) else raw) if raw else None

    @guarded
    def commit(self, shop: str, base: int, revision: Revision) -> Revision:
        body = json.dumps({"text": revision.text, "author": revision.author, "at": revision.at,
                           "summary": revision.summary, "changes": list(revision.changes),
                           "file_sha": revision.file_sha}, ensure_ascii=False)
        keys = [self._key(shop, "head"), self._key(shop, ""), self._key(shop, "file_sha")]
        number = int(self._commit(keys=keys, args=[base, body, revision.file_sha or ""]))
        if number < 0:
            raise StateConflict(f"店铺 {shop} 已经是第 {-number - 1} 版了,这次修改是基于第 {base} 版的")
        return Revision(number, revision.text, revision.author, revision.at, revision.summary, revision.changes,
                        revision.file_sha)


def _decode(number: int, raw: bytes | str) -> Revision:
    data = json.loads(raw)
    return Revision(number, data["text"], data["author"], data["at"], data["summary"], tuple(data["changes"]),
                    data.get("file_sha"))


def open_revisions(store: StateStore) -> RevisionStore:
    """The revisions kept in the same place as ``store``."""
    if isinstance(store, RedisStore):
        return RedisRevisions(store)
    if isinstance(store, SQLiteStore):
        return SQLiteRevisions(store)
    raise TypeError(f"no revision store for {type(store).__name__}")
