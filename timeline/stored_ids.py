"""``StoredIds``: a set of article ids that a build collects and looks up, kept on disk.

The articles off the story (``timeline.assemble.gather``) are a share of the archive: 13,000 of
100,000 synthetic articles. Held as a frozenset they took 0.5 MB at a warm build's peak, growing
with the archive; here they take SQLite's pages, within the build's budget for SQLite
(``timeline.buildsys.sqlite_heap``), whatever their number.
"""
from __future__ import annotations

import sqlite3
import weakref
from collections.abc import Collection, Iterable, Iterator

_BATCH = 500


class StoredIds(Collection[str]):
    """Ids added in any order, each once; walked in order of id, looked up one query at a time."""

    __slots__ = ("_db", "_size", "__weakref__")

    def __init__(self, ids: Iterable[str] = ()) -> None:
        # "": a private temporary database, on disk past its page cache. Closed when this is freed:
        # a connection refers to itself (its statement cache), and the build pauses the cycle collector.
        self._db = sqlite3.connect("", check_same_thread=False)
        weakref.finalize(self, self._db.close)
        self._db.execute("CREATE TABLE ids (id TEXT PRIMARY KEY) WITHOUT ROWID")
        self._size = 0
        self.update(ids)

    def add(self, article_id: str) -> None:
        self._size += self._db.execute("INSERT OR IGNORE INTO ids VALUES (?)", (article_id,)).rowcount

    def update(self, ids: Iterable[str]) -> None:
        before = self._db.total_changes
        self._db.executemany("INSERT OR IGNORE INTO ids VALUES (?)", ((i,) for i in ids))
        self._size += self._db.total_changes - before

    def __contains__(self, article_id: object) -> bool:
        return isinstance(article_id, str) and self._db.execute(
            "SELECT 1 FROM ids WHERE id = ?", (article_id,)).fetchone() is not None

    def __iter__(self) -> Iterator[str]:
        cursor = self._db.execute("SELECT id FROM ids ORDER BY id")
        while batch := cursor.fetchmany(_BATCH):
            yield from (row[0] for row in batch)

    def __len__(self) -> int:
        return self._size

    def __eq__(self, other: object) -> bool:
        """Equal to any set of the same ids (a frozenset, as the ids were held before)."""
        if isinstance(other, (StoredIds, frozenset, set)):
            return len(self) == len(other) and all(i in other for i in self)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]
