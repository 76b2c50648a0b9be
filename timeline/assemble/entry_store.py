"""The assembled timeline's entries on disk, read a section at a time.

A story holds more entries than it has articles (30,000 from 20,000 synthetic articles
whose sentences are their own, 126,000 from 100,000), and each held entry, with its
sentence, anchor, date and sources, took about 0.6 KB (tracemalloc at 60,000 articles):
held from assembling to the last page, they were the part of a build's peak that grew
with the story. Every page shows one section of them (a month, an events page, an
article's), so the assemble stage writes them here in timeline order and each page
reads its section when it is planned and rendered; nothing holds them all. Measured
(``benchmarks/results/scale.md``, README "Scaling"): a warm build of 100,000 synthetic articles
peaked at 206 MB against 261 MB with the entries held, and rendered in 65 s against 53 s: each
page decodes its entries again (about 7 µs an entry).

The store is a private temporary SQLite database, like the spill its entries are merged from
(``timeline.assemble.spill``): a few megabytes of it in memory, the rest in a file SQLite
has already unlinked, gone when the last reference to it goes (the timeline's views).

An entry is stored as JSON of its own fields and its sources' (article id, sentence index);
a source's slug, title and publication day are its article page's (``ArticlePage``),
which the timeline holds anyway, so they are not stored once per report.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
import weakref
from abc import abstractmethod
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import groupby
from typing import Any, overload

import orjson

from timeline.records import Granularity, When
from timeline.assemble.timeline import ArticlePage, Entry, SourceRef, Timeline

BACKGROUND, STORY, OUTLOOK = 0, 1, 2
"""An entry's zone: before the story's span, overlapping it, after it (``Timeline``)."""

_SCHEMA = """
CREATE TABLE entries (pos INTEGER PRIMARY KEY, zone INTEGER, year INTEGER, month INTEGER, page TEXT, data BLOB,
                      first INTEGER, granularity INTEGER, value TEXT, last INTEGER, importance REAL,
                      reporters BLOB);
"""
_INDEXES = """
CREATE INDEX entries_by_section ON entries (zone, year, month, pos);
CREATE INDEX entries_by_page ON entries (page, pos);
"""
"""Made once the entries are in: one sort each instead of an index kept up to date row by row."""


class EntryStore:
    """The entries of one timeline, in timeline order (``pos``), with their sections and sources."""

    def __init__(self) -> None:
        # Read after the build's stages by whoever holds the timeline (a test, a watcher's next run).
        self._db = sqlite3.connect("", check_same_thread=False)
        self._db.executescript(_SCHEMA)
        self._timeline: Callable[[], Timeline | None] = lambda: None

    def write(self, entries: Iterable[tuple[Entry, int]]) -> dict[str, list[int]]:
        """Store ``entries`` (each with its zone), in timeline order, then index them.

        Returns the positions of the entries each article reports, by article id, in timeline order:
        what its page lists (``at``), held as integers by the timeline's article pages.
        """
        positions: dict[str, list[int]] = {}

        def entry_rows() -> Iterator[tuple[int, int, int, int, str, bytes, int, int, str, int, float, bytes]]:
            for pos, (entry, zone) in enumerate(entries):
                when = entry.when
                month = 0 if when.granularity <= Granularity.YEAR else when.first.month
                for source in entry.sources:
                    held = positions.setdefault(source.article_id, [])
                    if not held or held[-1] != pos:
                        held.append(pos)
                yield (pos, zone, when.first.year, month, entry.page, _encode(entry), when.first.toordinal(),
                       int(when.granularity), when.value, when.last.toordinal(), entry.importance,
                       orjson.dumps(list(dict.fromkeys(source.article_id for source in entry.sources))))

        self._db.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entry_rows())
        self._db.executescript(_INDEXES)
        return positions

    def attach(self, timeline: Timeline) -> None:
        """The timeline whose entries these are: its article pages give each source its slug, title and
        day when an entry is read (``Timeline`` attaches itself).

        Held weakly: the timeline holds the store, and its article pages' entries are views of it, so
        a strong reference back would make a cycle, which only the cyclic collector frees; the build
        pauses it and freezes what is left, so a long-running process (a watcher) would keep every
        timeline it built, and its store."""
        self._timeline = weakref.ref(timeline)

    def sections(self) -> list[tuple[int, int, int]]:
        """(year, month, entries) of every section of the story, in order; month 0: the year's
        entries dated to the year or a longer period."""
        return self._db.execute("SELECT year, month, COUNT(*) FROM entries WHERE zone = ? GROUP BY year, month"
                                " ORDER BY year, month", (STORY,)).fetchall()

    def story_dates(self) -> Counter[When]:
        """How many of the story's entries each date has."""
        rows = self._db.execute("SELECT first, granularity, value, MIN(last), COUNT(*) FROM entries WHERE zone = ?"
                                " GROUP BY first, granularity, value", (STORY,))
        return Counter({_when(first, granularity, value, last): count for first, granularity, value, last, count in rows})

    def zone(self, zone: int) -> StoredEntries:
        """The entries of one zone (``BACKGROUND``, ``STORY``, ``OUTLOOK``)."""
        return StoredEntries(self, "zone = ?", (zone,))

    def story(self) -> StoredEntries:
        """The entries of the story's span (``zone(STORY)``)."""
        return self.zone(STORY)

    def everything(self) -> StoredEntries:
        return StoredEntries(self, "1", ())

    def section(self, year: int, month: int, count: int | None = None) -> StoredEntries:
        """The story's entries of one month of ``year``; month 0: those dated to the year or longer."""
        return StoredEntries(self, "zone = 1 AND year = ? AND month = ?", (year, month), count=count)

    def year(self, year: int, count: int | None = None, *, by_month: bool = True) -> StoredEntries:
        """The story's entries of a year: those dated to the year or longer, then its months' (``by_month``,
        as its page lists them); else in timeline order."""
        return StoredEntries(self, "zone = 1 AND year = ?", (year,), order="month, pos" if by_month else "pos",
                             count=count)

    def at(self, positions: Sequence[int]) -> PickedEntries:
        """The entries at these positions (an article's: ``write``; a tag's), in that order."""
        return PickedEntries(self, tuple(positions))

    def by_page(self) -> Iterator[tuple[str, tuple[Entry, ...]]]:
        """Every events page (``Entry.page``) in order of its path, with its entries; one page held at a time."""
        rows = self._db.execute("SELECT page, data FROM entries ORDER BY page, pos")
        for page, group in groupby(rows, key=lambda row: str(row[0])):
            yield page, tuple(self.decode(data) for _, data in group)

    def positions(self, pages: Iterable[ArticlePage]) -> list[int] | None:
        """The positions of the entries these article pages list, each once, in order; None when one of
        them does not list its entries by position here (a page made by hand)."""
        positions: set[int] = set()
        for page in pages:
            if not isinstance(page.entries, PickedEntries) or page.entries.store is not self:
                return None
            positions.update(page.entries.positions)
        return sorted(positions)

    def reporters(self, positions: Sequence[int]) -> set[str]:
        """The articles that report the entries at these positions (without reading the entries)."""
        reporting: set[str] = set()
        for _, ids in self._at(positions, "reporters"):
            reporting.update(orjson.loads(ids))
        return reporting

    def read(self, positions: Sequence[int]) -> Iterator[Entry]:
        """The entries at these positions, in that order."""
        for first in range(0, len(positions), _BATCH):
            batch = positions[first:first + _BATCH]
            data = dict(self._at(batch, "data"))
            for pos in batch:
                yield self.decode(data[pos])

    def _at(self, positions: Sequence[int], column: str) -> Iterator[tuple[int, Any]]:
        """(position, ``column``) of the rows at these positions, ``_BATCH`` to a query, in no set order."""
        for first in range(0, len(positions), _BATCH):
            batch = positions[first:first + _BATCH]
            yield from self._db.execute(f"SELECT pos, {column} FROM entries WHERE pos IN ({','.join('?' * len(batch))})",
                                        batch)

    def decode(self, data: bytes) -> Entry:
        """The entry stored as ``data``.

        Decoded each time it is read: a page's plan and its rendering read a story's entries four or five
        times in all (its month and events pages, its articles', the latest). Kept decoded, the
        16,384 read last (about 10 MB), a warm build of 20,000 synthetic articles peaked at 124 and
        128 MB against 110 and 115 MB; it saved 0.2 s of adding one of the 2,716 dev articles (2.45
        against 2.65 s, 7%: less than the tenth speed machinery must save), not kept."""
        anchor, first, granularity, value, last, sentence, importance, sources = orjson.loads(data)
        timeline = self._timeline()
        if timeline is None:
            raise ReferenceError("the timeline these entries belong to is gone")
        refs = []
        for i in range(0, len(sources), 2):
            page = timeline.article(sources[i])
            refs.append(SourceRef(page.id, page.slug, page.title, page.published, sources[i + 1]))
        return Entry(anchor, _when(first, granularity, value, last), sentence, tuple(refs), importance)

    def query(self, sql: str, params: tuple[Any, ...]) -> sqlite3.Cursor:
        return self._db.execute(sql, params)


def _when(first: int, granularity: int, value: str, last: int) -> When:
    """The date stored as these columns (day ordinals, ``Granularity``'s number)."""
    return When(dt.date.fromordinal(first), Granularity(granularity), value, dt.date.fromordinal(last))


def _encode(entry: Entry) -> bytes:
    when = entry.when
    sources: list[str | int] = []
    for source in entry.sources:
        sources += (source.article_id, source.sentence_index)
    return orjson.dumps([entry.anchor, when.first.toordinal(), int(when.granularity), when.value,
                         when.last.toordinal(), entry.sentence, entry.importance, sources])


_BATCH = 500
"""Positions read in one query (SQLite takes at most 999 parameters by default in older builds)."""


class _Entries(Sequence[Entry]):
    """What the views of a store share: read each time they are walked, they hold no entry (what walks
    them holds what it keeps), and are equal to any sequence of the same entries (a tuple, a view)."""

    __slots__ = ()

    @abstractmethod
    def _one(self, index: int) -> Entry:
        """The entry at ``index``, 0 <= index < len(self)."""

    @overload
    def __getitem__(self, index: int) -> Entry: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Entry, ...]: ...

    def __getitem__(self, index: int | slice) -> Entry | tuple[Entry, ...]:
        if isinstance(index, slice):
            return tuple(self)[index]
        size = len(self)
        if not -size <= index < size:
            raise IndexError(index)
        return self._one(index % size)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, (str, bytes)):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]  # equal to tuples, so not hashable as they are


class PickedEntries(_Entries):
    """Some of a store's entries by position (an article's, a tag's)."""

    __slots__ = ("store", "positions")

    def __init__(self, store: EntryStore, positions: tuple[int, ...]) -> None:
        self.store = store
        self.positions = positions

    def __len__(self) -> int:
        return len(self.positions)

    def __iter__(self) -> Iterator[Entry]:
        return self.store.read(self.positions)

    def _one(self, index: int) -> Entry:
        return next(self.store.read((self.positions[index],)))

    def __repr__(self) -> str:
        return f"PickedEntries({self.positions!r})"


class StoredEntries(_Entries):
    """A store's entries that an SQL condition picks (a month's, a zone's), in timeline order."""

    __slots__ = ("_store", "_where", "_params", "_order", "_count")

    def __init__(self, store: EntryStore, where: str, params: tuple[Any, ...], *, order: str = "pos",
                 count: int | None = None) -> None:
        self._store = store
        self._where = where
        self._params = params
        self._order = order
        self._count = count

    def __len__(self) -> int:
        if self._count is None:
            self._count = int(self._store.query(f"SELECT COUNT(*) FROM entries WHERE {self._where}",
                                                self._params).fetchone()[0])
        return self._count

    def __iter__(self) -> Iterator[Entry]:
        decode = self._store.decode
        rows = self._store.query(f"SELECT data FROM entries WHERE {self._where} ORDER BY {self._order}",
                                 self._params)
        return (decode(data) for data, in rows)

    def _one(self, index: int) -> Entry:
        row = self._store.query(f"SELECT data FROM entries WHERE {self._where} ORDER BY {self._order}"
                                " LIMIT 1 OFFSET ?", (*self._params, index)).fetchone()
        return self._store.decode(row[0])

    def most_important(self, count: int, per_period: int | None = None) -> tuple[Entry, ...]:
        """``timeline.assemble.story.most_important`` of the view, ranked by the store: the ``count`` of the
        highest importance (ties to the earlier), with ``per_period`` at most that many of one period (the
        same first and last day), in the view's order. Only the chosen entries are read: a view of every
        entry of a story, decoded, held 24 MB more at 20,000 synthetic articles (TimelineJS's slides)."""
        keys = self._order.count(",") + 1
        if per_period is None:
            rows = self._store.query(f"SELECT {self._order}, data FROM entries WHERE {self._where}"
                                     f" ORDER BY importance DESC, {self._order} LIMIT ?",
                                     (*self._params, count)).fetchall()
            rows.sort(key=lambda row: row[:keys])
            return tuple(self._store.decode(row[keys]) for row in rows)
        ranked = self._store.query(f"SELECT {self._order}, pos, first, last FROM entries WHERE {self._where}"
                                   f" ORDER BY importance DESC, {self._order}", self._params)
        taken: Counter[tuple[int, int]] = Counter()
        chosen: list[tuple[int, ...]] = []
        for row in ranked:
            if len(chosen) >= count:
                break
            period = (row[keys + 1], row[keys + 2])
            if taken[period] < per_period:
                taken[period] += 1
                chosen.append(row[:keys + 1])
        chosen.sort()  # into the view's order; the last key is the position
        return tuple(self._store.read([row[keys] for row in chosen]))

    def __repr__(self) -> str:
        return f"StoredEntries({len(self)} entries where {self._where} {self._params!r})"

