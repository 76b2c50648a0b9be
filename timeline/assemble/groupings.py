"""Near-duplicate groupings kept in an SQLite table: the build's own, written to its record as they
are made, and the last build's, read from its record.

A grouping is one date's ``group_similar`` answer (each sentence's group head), stored under
the digest of the date's sentences (``timeline.assemble.Groupings``). They were a dictionary of
tuples, held from grouping the first date to writing the build record, where they were made
into one JSON document, and the next build read that document whole: at 100,000 synthetic
articles (186,000 sentences on 2,168 dates) 1.6 MB held, and more while written or read.
In a table, a grouping is written once and read when its date is grouped; heads are 32-bit integers.
"""
from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Iterator, Mapping, Sequence

_SCHEMA = "CREATE TABLE IF NOT EXISTS groupings (key TEXT PRIMARY KEY, heads BLOB NOT NULL) WITHOUT ROWID"


class GroupingTable(Mapping[str, tuple[int, ...]]):
    """Groupings by key in the ``groupings`` table of ``db`` (a private temporary database when None).

    Untrusted when it is a record's: a row that is not a whole number of 32-bit integers reads
    as no grouping (``Groupings`` also checks that the heads are well formed).
    """

    def __init__(self, db: sqlite3.Connection | None = None) -> None:
        self._db = db if db is not None else sqlite3.connect("")
        if db is None:
            self._db.execute(_SCHEMA)

    @staticmethod
    def create(db: sqlite3.Connection) -> None:
        """Make the table in ``db`` (a build record being written)."""
        db.execute(_SCHEMA)

    def add(self, key: str, heads: Sequence[int]) -> None:
        self._db.execute("INSERT OR REPLACE INTO groupings VALUES (?, ?)", (key, array("i", heads).tobytes()))

    def rows(self) -> Iterator[tuple[str, bytes]]:
        """Every (key, stored heads), in key order, read as they are walked."""
        return iter(self._db.execute("SELECT key, heads FROM groupings ORDER BY key"))

    def __getitem__(self, key: str) -> tuple[int, ...]:
        try:
            row = self._db.execute("SELECT heads FROM groupings WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            row = None
        heads = _heads(row[0]) if row is not None else None
        if heads is None:
            raise KeyError(key)
        return heads

    def __iter__(self) -> Iterator[str]:
        return (key for key, _ in self.rows())

    def __len__(self) -> int:
        count: int = self._db.execute("SELECT COUNT(*) FROM groupings").fetchone()[0]
        return count


def _heads(blob: object) -> tuple[int, ...] | None:
    if not isinstance(blob, bytes) or len(blob) % 4:
        return None
    heads = array("i")
    heads.frombytes(blob)
    return tuple(heads)
