"""The shops a server serves, always at their latest revision.

Each shop starts from its file: the first time a server sees the file (or a changed
file) it is imported as a new revision. After that the revisions in the state store are
the truth: every buyer message asks the store for the latest number (one indexed read)
and a worker that is behind rebuilds its engine, so an edit made on one worker is
answered by every worker, on every host, from the next message on.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from botcore.errors import StateConflict
from botcore.shop import parse_shop, read_shop_file
from botcore.shop.editing import Draft, canonical, changed_paths, from_yaml, summarise, to_yaml
from engine import Engine
from engine.drafts import ready
from serving.logs import json_log
from serving.revisions import Revision, RevisionStore
from serving.settings import ShopEntry

__all__ = ["Live", "LiveShops"]

#: Who the revisions imported from a shop file are by.
FILE_AUTHOR = "店铺文件"


@dataclass(frozen=True)
class Live:
    """A shop at one revision: its checked data and the engine compiled from it."""

    number: int
    draft: Draft
    engine: Engine

    @classmethod
    def of(cls, number: int, draft: Draft, source: str) -> Live:
        return cls(number, draft, ready(draft, source))


class LiveShops:
    def __init__(self, entries: Mapping[str, ShopEntry], revisions: RevisionStore, clock: Callable[[], float]) -> None:
        self.revisions = revisions
        self._clock = clock
        self._entries = dict(entries)
        self.secrets = {shop_id: entry.resolved_secret(shop_id) for shop_id, entry in entries.items()}
        self.admin_hashes = {shop_id: entry.admin_hash() for shop_id, entry in entries.items()}
        self._live: dict[str, Live] = {}
        self._locks = {shop_id: threading.Lock() for shop_id in entries}
        for shop_id in entries:
            self._import_file(shop_id)

    def __contains__(self, shop_id: object) -> bool:
        return shop_id in self._entries

    def ids(self) -> list[str]:
        return sorted(self._entries)

    def _import_file(self, shop_id: str) -> None:
        """Make the shop file a revision unless this very file was imported already."""
        path = self._entries[shop_id].file
        text, source = read_shop_file(path)
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        data = canonical(parse_shop(text, source))  # the file's own errors, with its name
        name = Path(source).name
        for _ in range(5):  # another worker may be importing the same file right now
            if self.revisions.last_import(shop_id) == sha:
                return
            base = self.revisions.get(shop_id)
            paths = changed_paths(from_yaml(base.text).data, data) if base else ["(整个店铺)"]
            summary = f"导入店铺文件 {name}" + (f":{summarise(paths)}" if base else "")
            revision = Revision(0, to_yaml(data), FILE_AUTHOR, self._clock(), summary, tuple(paths), sha)
            try:
                self.revisions.commit(shop_id, base.number if base else 0, revision)
                return
            except StateConflict:
                continue

    def current(self, shop_id: str) -> Live:
        """The shop at its latest revision (rebuilt here if another worker moved it on).
        A store that lost every revision (a Redis restarted empty, a failover to a fresh
        one) gets the shop file imported again: served from the file until the owner edits."""
        head = self.revisions.head(shop_id)
        if head == 0:
            json_log(logging.WARNING, "the state store has no revision of this shop: its file is imported again; "
                     "edits saved only in the lost store are gone", shop=shop_id)
            self._import_file(shop_id)
            head = self.revisions.head(shop_id)
        live = self._live.get(shop_id)
        if live is not None and live.number == head:
            return live
        with self._locks[shop_id]:
            live = self._live.get(shop_id)
            if live is None or live.number != head:
                revision = self.revisions.get(shop_id, head)
                if revision is None:
                    raise StateConflict(f"店铺 {shop_id} 的第 {head} 版读不到")
                source = f"{shop_id} 第 {revision.number} 版"
                live = Live.of(revision.number, from_yaml(revision.text, source), source)
                self._live[shop_id] = live
            return live

    def commit(self, shop_id: str, base: Live, draft: Draft, engine: Engine, author: str,
               summary: str = "") -> Revision:
        """Save ``draft`` (served by ``engine``) as the revision after ``base`` (`StateConflict`
        if ``base`` is no longer the latest)."""
        paths = changed_paths(base.draft.data, draft.data)
        revision = self.revisions.commit(shop_id, base.number, Revision(
            0, draft.text, author, self._clock(), summary or summarise(paths), tuple(paths)))
        with self._locks[shop_id]:
            self._live[shop_id] = Live(revision.number, draft, engine)
        return revision
