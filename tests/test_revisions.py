"""serving/revisions.py: one behaviour suite on SQLite (the state file) and on Redis (a real
redis-server): revisions numbered from 1, a commit only on top of the latest one, history
newest first, and the hash of the last imported shop file."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import servers

from botcore.errors import StateConflict
from serving.revisions import RedisRevisions, Revision, RevisionStore, SQLiteRevisions, open_revisions
from serving.state import RedisStore, SQLiteStore

redis_server = servers.redis_server
redis_url = servers.redis_url

MakeRevisions = Callable[[], RevisionStore]
SHOP = "qiqi"


@pytest.fixture(params=["sqlite", "redis"])
def make(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[MakeRevisions]:
    """``make()``: a new connection to the same revisions (SQLite file or Redis database)."""
    opened: list[Any] = []
    url = request.getfixturevalue("redis_url") if request.param == "redis" else None

    def new() -> RevisionStore:
        store = RedisStore(url) if url else SQLiteStore(tmp_path / "state.db")
        opened.append(store)
        return open_revisions(store)

    yield new
    for store in opened:
        store.close()


def revision(text: str, *, author: str = "店主", at: float = 1_795_154_400.0, summary: str = "改了 话术",
             changes: tuple[str, ...] = (), sha: str | None = None) -> Revision:
    return Revision(0, text, author, at, summary, changes, sha)


def test_a_new_store_has_no_revisions(make: MakeRevisions) -> None:
    revisions = make()
    assert revisions.head(SHOP) == 0
    assert revisions.get(SHOP) is None
    assert revisions.get(SHOP, 1) is None
    assert revisions.history(SHOP) == []
    assert revisions.last_import(SHOP) is None


def test_commits_are_numbered_from_one_and_kept_whole(make: MakeRevisions) -> None:
    revisions = make()
    first = revisions.commit(SHOP, 0, revision("shop:\n  name: 拾柒衣橱\n", author="店铺文件", summary="导入店铺文件",
                                               changes=("(整个店铺)",), sha="a" * 64))
    assert first == Revision(1, "shop:\n  name: 拾柒衣橱\n", "店铺文件", 1_795_154_400.0, "导入店铺文件",
                             ("(整个店铺)",), "a" * 64)
    second = revisions.commit(SHOP, 1, revision("shop:\n  name: 拾捌衣橱 😊\n", author="xiaoqi", at=1_795_154_460.5,
                                                summary="改了 店铺信息 name", changes=("shop.name",)))
    assert second.number == 2
    assert revisions.head(SHOP) == 2
    assert revisions.get(SHOP) == second
    assert revisions.get(SHOP, 1) == first
    assert revisions.get(SHOP, 2) == second
    assert revisions.get(SHOP, 3) is None
    assert make().get(SHOP, 2) == second  # another connection reads the same


def test_info_is_everything_but_the_text(make: MakeRevisions) -> None:
    saved = make().commit(SHOP, 0, revision("x: 1\n", author="xiaoqi", summary="改了 议价 gift",
                                            changes=("bargain.gift",)))
    assert saved.info() == {"number": 1, "author": "xiaoqi", "at": 1_795_154_400.0, "summary": "改了 议价 gift",
                            "changes": ["bargain.gift"], "from_file": False}


@pytest.mark.parametrize("base", [0, 1, 3], ids=["behind", "latest-but-one", "ahead"])
def test_a_commit_not_on_the_latest_revision_raises_and_writes_nothing(make: MakeRevisions, base: int) -> None:
    revisions = make()
    revisions.commit(SHOP, 0, revision("v1"))
    revisions.commit(SHOP, 1, revision("v2"))
    with pytest.raises(StateConflict, match=f"已经是第 2 版了,这次修改是基于第 {base} 版的"):
        revisions.commit(SHOP, base, revision("stale", sha="b" * 64))
    assert revisions.head(SHOP) == 2
    assert revisions.get(SHOP).text == "v2"
    assert revisions.get(SHOP, 3) is None
    assert revisions.last_import(SHOP) is None
    assert revisions.commit(SHOP, 2, revision("v3")).number == 3  # the store is still usable


def test_history_is_newest_first_up_to_the_limit(make: MakeRevisions) -> None:
    revisions = make()
    for n in range(5):
        revisions.commit(SHOP, n, revision(f"v{n + 1}", at=1000.0 + n))
    assert [(r.number, r.text, r.at) for r in revisions.history(SHOP)] == [
        (5, "v5", 1004.0), (4, "v4", 1003.0), (3, "v3", 1002.0), (2, "v2", 1001.0), (1, "v1", 1000.0)]
    assert [r.number for r in revisions.history(SHOP, limit=2)] == [5, 4]
    assert [r.number for r in revisions.history(SHOP, limit=1)] == [5]
    assert len(revisions.history(SHOP, limit=50)) == 5


def test_last_import_is_the_hash_of_the_latest_imported_file(make: MakeRevisions) -> None:
    revisions = make()
    revisions.commit(SHOP, 0, revision("file 1", sha="1" * 64))
    revisions.commit(SHOP, 1, revision("an owner's edit"))
    assert revisions.last_import(SHOP) == "1" * 64  # edits do not forget the file
    revisions.commit(SHOP, 2, revision("file 2", sha="2" * 64))
    revisions.commit(SHOP, 3, revision("another edit"))
    assert revisions.last_import(SHOP) == "2" * 64
    assert [r.info()["from_file"] for r in revisions.history(SHOP)] == [False, True, False, True]


def test_shops_have_their_own_revisions(make: MakeRevisions) -> None:
    revisions = make()
    revisions.commit("qiqi", 0, revision("qiqi 1", sha="q" * 64))
    revisions.commit("qiqi", 1, revision("qiqi 2"))
    revisions.commit("lanlan", 0, revision("lanlan 1"))
    assert (revisions.head("qiqi"), revisions.head("lanlan"), revisions.head("other")) == (2, 1, 0)
    assert revisions.get("lanlan").text == "lanlan 1"
    assert (revisions.last_import("qiqi"), revisions.last_import("lanlan")) == ("q" * 64, None)
    with pytest.raises(StateConflict):
        revisions.commit("lanlan", 2, revision("lanlan from qiqi's head"))


def test_simultaneous_commits_on_one_base_save_exactly_one(make: MakeRevisions) -> None:
    writers = 6
    stores = [make() for _ in range(writers)]
    stores[0].commit(SHOP, 0, revision("v1"))
    start = threading.Barrier(writers, timeout=30)
    saved: list[int] = []
    conflicts: list[int] = []
    errors: list[BaseException] = []

    def commit(n: int) -> None:
        try:
            start.wait()
            saved.append(stores[n].commit(SHOP, 1, revision(f"writer {n}")).number)
        except StateConflict:
            conflicts.append(n)
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=commit, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert saved == [2] and len(conflicts) == writers - 1
    assert stores[0].head(SHOP) == 2
    [winner] = [n for n in range(writers) if n not in conflicts]
    assert stores[0].get(SHOP).text == f"writer {winner}"


def test_open_revisions_keeps_them_beside_the_state(tmp_path: Path, redis_url: str) -> None:
    sqlite, redis = SQLiteStore(tmp_path / "state.db"), RedisStore(redis_url)
    try:
        assert isinstance(open_revisions(sqlite), SQLiteRevisions)
        assert isinstance(open_revisions(redis), RedisRevisions)
    finally:
        sqlite.close()
        redis.close()
    with pytest.raises(TypeError, match="no revision store for dict"):
        open_revisions({})  # type: ignore[arg-type]
