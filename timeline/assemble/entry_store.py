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

An entry is stored as JSON of its own fields and its sources' (article id, sentence index, and
the slug, title and publication day its link shows). Read from the article pages by id each
time an entry was read, they took 3.1 million look-ups in a warm build of 60,000 synthetic
articles, whose entries have 23 sources on average, 1.7 million of them queries (cProfile).

The article pages are stored here too (``write_pages``), in story order, with the positions
of each one's entries, and the timeline's ``articles`` and its facets' are views of them:
held, with their strings and those positions, they were most of what a warm build still
held for every article (about 0.5 KB an article, tracemalloc at 20,000 synthetic articles).
"""
from __future__ import annotations

import datetime as dt
import itertools
import operator
import sqlite3
import sys
from abc import abstractmethod
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import groupby
from typing import Any

import orjson

from timeline.read.article_store import day_of
from timeline.records import Article, Granularity, When
from timeline.stored_sequence import KEYS_IN, StoredSequence, keys_param
from timeline.assemble.timeline import ArticlePage, Entry, PeriodPage, SourceRef, capped, of_a_month

BACKGROUND, STORY, OUTLOOK = 0, 1, 2
"""An entry's zone: before the story's span, overlapping it, after it (``Timeline``)."""
SIDES = {BACKGROUND: "background", STORY: "", OUTLOOK: "outlook"}
"""Each zone as ``timeline.assemble.timeline.side_of`` names it."""

_SCHEMA = """
CREATE TABLE entries (pos INTEGER PRIMARY KEY, zone INTEGER, year INTEGER, month INTEGER, page TEXT,
                      first INTEGER, granularity INTEGER, value TEXT, last INTEGER, importance REAL, anchor TEXT,
                      reporters BLOB, data BLOB);
"""
"""The blobs come last: SQLite reads a row's columns in order, so a column after a large blob (an entry's
data, kilobytes with its sources) is read through the blob's overflow pages."""
_PAGES = """
CREATE TABLE pages (rank INTEGER PRIMARY KEY, id TEXT, slug TEXT, title TEXT, published INTEGER, url TEXT,
                    source TEXT, tags BLOB, on_topic INTEGER, positions BLOB);
CREATE INDEX pages_by_id ON pages (id);
CREATE TABLE reports (article INTEGER, pos INTEGER, PRIMARY KEY (article, pos)) WITHOUT ROWID;
CREATE TABLE facets (kind TEXT, name TEXT, rank INTEGER, PRIMARY KEY (kind, name, rank)) WITHOUT ROWID;
"""
"""The article pages (``ArticlePage``), in story order (``rank``): held, with their strings and
their entries' positions, they were most of what a warm build still held for every article.
``reports``: which entries each article reports, by the article's place in the story's order, from
the entries' writing (``write``) to their pages' (``write_pages``), then emptied. Held as two columns of
machine integers, 8 bytes a report, sorted at once (NumPy), they were 1.5 MB of a warm build of 100,000
synthetic articles (185,677 reports) and its sort twice that again, at the build's peak.
``facets``: the pages of each tag and source (``facets``), by rank. Held as arrays of ranks, 4 bytes an
article a facet and as much again for the facet's pages of ``LISTED_PER_PAGE``, they were the last thing
the render held for every article."""
_IN_FACET = "rank IN (SELECT rank FROM facets WHERE kind = ? AND name = ?)"
"""The pages of one facet (kind, name)."""
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
        self._db.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        self._db.executescript(_SCHEMA + _PAGES)
        self._pages = 0

    def write(self, entries: Iterable[tuple[Entry, int, Iterable[int]]]) -> None:
        """Store ``entries`` (each with its zone and the places, in the story's order, of the articles that
        report it, each once), in timeline order, then index them; which entries each article reports
        is kept for its page (``write_pages``)."""
        reported: list[tuple[int, int]] = []

        def entry_rows() -> Iterator[tuple[int, int, int, int, str, int, int, str, int, float, str, bytes, bytes]]:
            for pos, (entry, zone, ranks) in enumerate(entries):
                when = entry.when
                month = when.first.month if of_a_month(when.granularity) else 0
                reported.extend((rank, pos) for rank in ranks)
                yield (pos, zone, when.first.year, month, entry.page, when.first.toordinal(), int(when.granularity),
                       when.value, when.last.toordinal(), entry.importance, entry.anchor,
                       orjson.dumps(list(dict.fromkeys(source.article_id for source in entry.sources))),
                       _encode(entry))

        rows = entry_rows()
        while batch := list(itertools.islice(rows, _WRITE_BATCH)):
            self._db.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch)
            self._db.executemany("INSERT INTO reports VALUES (?, ?)", reported)
            reported.clear()
        self._db.executescript(_INDEXES)

    def write_pages(self, pages: Iterable[tuple[int, Article, bool]]) -> None:
        """Store the article pages, in story order: each article with its place in that order as ``write``
        was given it, and whether it is on the story; with each, the positions of the entries it reports."""
        reports = groupby(self._db.execute("SELECT article, pos FROM reports ORDER BY article, pos"),
                          key=operator.itemgetter(0))
        reported = next(reports, None)

        def positions(place: int) -> list[int]:
            nonlocal reported
            while reported is not None and reported[0] < place:
                reported = next(reports, None)
            if reported is None or reported[0] != place:
                return []
            return [pos for _, pos in reported[1]]

        rows = ((rank, a.id, a.slug, a.title, a.published.toordinal() if a.published else None, a.url, a.source,
                 orjson.dumps(a.tags), int(on_topic), orjson.dumps(positions(place)))
                for rank, (place, a, on_topic) in enumerate(pages))
        self._db.executemany("INSERT INTO pages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        self._db.execute("DELETE FROM reports")
        self._pages = self._db.execute("SELECT COUNT(*) FROM pages").fetchone()[0]

    def pages(self) -> StoredPages:
        """Every article page, in story order."""
        return StoredPages(self, "1", (), self._pages)

    def last_published(self) -> dt.date | None:
        """The last publication day of the articles about the story; None when none has one."""
        last = self._db.execute("SELECT MAX(published) FROM pages WHERE on_topic = 1").fetchone()[0]
        return None if last is None else day_of(last)

    def sources_and_tags(self) -> Iterator[tuple[str, tuple[str, ...]]]:
        """Each page's source and tags, in story order, without reading the rest of it: what the facets group."""
        cursor = self._db.execute("SELECT source, tags FROM pages ORDER BY rank")
        while batch := cursor.fetchmany(_BATCH):
            for source, tags in batch:
                yield source, tuple(orjson.loads(tags))

    def facets(self, kind: str, names_of: Callable[[str, tuple[str, ...]], tuple[str, ...]],
               per_part: int) -> dict[str, tuple[StoredPages, tuple[StoredPages, ...]]]:
        """The pages grouped into the facets of ``kind`` by ``names_of`` (a page's source and tags -> the
        names of its facets): each facet's pages, and, when they are more than ``per_part``, its pages
        ``per_part`` at a time (else none). Grouped in the store's ``facets`` table: a facet is then a query,
        and each of its pages a part of it (``StoredPages.part``), not a list of its articles. Each page's
        range of ranks, kept to query it directly, rendered 100,000 synthetic articles in 42 to 44 s
        against 48 to 49 s (two alternating warm builds each): about 7% of the build, under the tenth
        that code kept only for speed must save, so it was not kept."""
        self._db.execute("DELETE FROM facets WHERE kind = ?", (kind,))
        self._db.executemany("INSERT OR IGNORE INTO facets VALUES (?, ?, ?)",
                             ((kind, name, rank) for rank, (source, tags) in enumerate(self.sources_and_tags())
                              for name in names_of(source, tags)))
        grouped: dict[str, tuple[StoredPages, tuple[StoredPages, ...]]] = {}
        for name, size in self._db.execute("SELECT name, COUNT(*) FROM facets WHERE kind = ? GROUP BY name",
                                           (kind,)).fetchall():
            every = StoredPages(self, _IN_FACET, (kind, name), size)
            grouped[name] = every, (tuple(every.part(first, first + per_part) for first in range(0, size, per_part))
                                    if size > per_part else ())
        return grouped

    def reported_by_pages(self, pages: StoredPages) -> ReportedEntries:
        """The entries these pages report, each once, in timeline order: a facet's."""
        return ReportedEntries(self, pages)

    def _positions_of(self, pages: StoredPages) -> array[int]:
        """The positions of the entries these pages list, each once, in order: as machine
        integers, collected and made unique by NumPy (a set of Python's integers took 2.5 MB at the
        build's peak for a source of 10,756 of 100,000 synthetic articles, memray)."""
        import numpy as np  # on use, as the key dates do

        listed = array("q")
        for (positions,) in self._db.execute(*pages.select("positions")):
            listed.extend(orjson.loads(positions))
        return array("q", np.unique(np.frombuffer(listed, dtype=np.int64)).tobytes())

    def off_topic_pages(self) -> StoredPages:
        """The pages of the articles not about the story, in story order: a view, read as it is walked
        (an archive's wire copy and roundups can be thousands of them, and the home page counts them)."""
        count = self._db.execute("SELECT COUNT(*) FROM pages WHERE on_topic = 0").fetchone()[0]
        return StoredPages(self, "on_topic = 0", (), count)

    def page(self, article_id: str) -> ArticlePage:
        """The page of the article with this id (KeyError when there is none)."""
        row = self._db.execute(f"SELECT {_PAGE_COLUMNS} FROM pages WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise KeyError(article_id)
        return self._page(row)

    def _page(self, row: tuple[Any, ...]) -> ArticlePage:
        return self._made(_decoded(row))

    def _made(self, fields: tuple[Any, ...]) -> ArticlePage:
        article_id, slug, title, published, url, source, tags, on_topic, positions = fields
        return ArticlePage(id=article_id, slug=slug, title=title, published=published, url=url, source=source,
                           tags=tags, entries=PickedEntries(self, positions), on_topic=on_topic)

    def sections(self) -> list[tuple[int, int, int]]:
        """(year, month, entries) of every section of the story, in order; month 0: the year's
        entries dated to the year or a longer period."""
        return self._db.execute("SELECT year, month, COUNT(*) FROM entries WHERE zone = ? GROUP BY year, month"
                                " ORDER BY year, month", (STORY,)).fetchall()

    def first_corroborated(self, since: dt.date, until: dt.date) -> dt.date | None:
        """``Timeline.first_corroborated``: the first day of a story's entry dated to a day from ``since`` to
        ``until`` whose reporters (a JSON list of distinct ids, ``write``) are two or more: its column holds
        '","' between two ids and nowhere else (a quotation mark within an id is escaped), read from the column
        without decoding a row."""
        first = self._db.execute("SELECT MIN(first) FROM entries WHERE zone = ? AND granularity = ? AND first BETWEEN"
                                 " ? AND ? AND instr(reporters, ?) > 0",
                                 (STORY, int(Granularity.DAY), since.toordinal(), until.toordinal(),
                                  b'","')).fetchone()[0]
        return None if first is None else dt.date.fromordinal(first)

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

    def by_page(self) -> Iterator[PeriodPage]:
        """Every events page (``Entry.page``) in order of its path, its entries a view read when it is
        rendered: its plan reads their zones, reporters and anchors from the store's columns, one query
        for every page, without decoding an entry."""
        rows = self._db.execute("SELECT page, zone, reporters, anchor, importance FROM entries ORDER BY page, pos")
        for page, group in groupby(rows, key=lambda row: str(row[0])):
            members = list(group)
            yield PeriodPage(page, StoredEntries(self, "page = ?", (page,), count=len(members)),
                             frozenset(SIDES[zone] for _, zone, _, _, _ in members),
                             frozenset(_reporting(ids for _, _, ids, _, _ in members)),
                             tuple(anchor for _, _, _, anchor, _ in members),
                             tuple(importance for *_, importance in members))

    def positions(self, pages: Iterable[ArticlePage]) -> list[int] | None:
        """The positions of the entries these article pages list, each once, in order; None when one of
        them does not list its entries by position here (a page made by hand)."""
        positions: set[int] = set()
        for page in pages:
            if not isinstance(page.entries, PickedEntries) or page.entries.store is not self:
                return None
            positions.update(page.entries.positions)
        return sorted(positions)

    def reporters_of(self, entries: Sequence[Entry]) -> set[str] | None:
        """The articles that report ``entries``, read without the entries when they are this store's by
        position (an article's, a facet's); None for any other sequence of entries."""
        if isinstance(entries, _ByPosition) and entries.store is self:
            return self.reporters(entries.positions)
        if isinstance(entries, StoredEntries) and entries.store is self:
            return entries.reporters()
        return None

    def anchors_of(self, entries: Sequence[Entry]) -> Iterator[str] | None:
        """The anchors of ``entries``, in order, read without the entries when they are a view of this store
        that an SQL condition picks (a month's); None for any other sequence of entries."""
        if isinstance(entries, StoredEntries) and entries.store is self:
            return entries.anchors()
        return None

    def reporters(self, positions: Sequence[int]) -> set[str]:
        """The articles that report the entries at these positions (without reading the entries)."""
        return _reporting(ids for _, ids in self._at(positions, "reporters"))

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
            yield from self._db.execute(f"SELECT pos, {column} FROM entries WHERE pos IN {KEYS_IN}", (keys_param(batch),))

    def decode(self, data: bytes) -> Entry:
        """The entry stored as ``data``.

        Decoded each time it is read: a page's plan and its rendering read a story's entries four or five
        times in all (its month and events pages, its articles', the latest). Kept decoded, the
        16,384 read last (about 10 MB), a warm build of 20,000 synthetic articles peaked at 124 and
        128 MB against 110 and 115 MB; it saved 0.2 s of adding one of the 2,716 dev articles (2.45
        against 2.65 s, 7%: less than the tenth speed machinery must save), not kept."""
        anchor, first, granularity, value, last, sentence, importance, sources, foretold = orjson.loads(data)
        refs = []
        for i in range(0, len(sources), 5):
            article_id, index, slug, title, published = sources[i:i + 5]
            refs.append(SourceRef(article_id, slug, title, day_of(published) if published else None, index))
        return Entry(anchor, _when(first, granularity, value, last), sentence, tuple(refs), importance, foretold)

    def query(self, sql: str, params: tuple[Any, ...]) -> sqlite3.Cursor:
        return self._db.execute(sql, params)


def _when(first: int, granularity: int, value: str, last: int) -> When:
    """The date stored as these columns (day ordinals, ``Granularity``'s number)."""
    return When(dt.date.fromordinal(first), Granularity(granularity), value, dt.date.fromordinal(last))


def _encode(entry: Entry) -> bytes:
    when = entry.when
    sources: list[str | int] = []
    for source in entry.sources:
        sources += (source.article_id, source.sentence_index, source.slug, source.title,
                    source.published.toordinal() if source.published else 0)
    return orjson.dumps([entry.anchor, when.first.toordinal(), int(when.granularity), when.value,
                         when.last.toordinal(), entry.sentence, entry.importance, sources, entry.foretold])


_BATCH = 500
"""Keys read in one query, and rows fetched at a time: what a walk holds of them."""
_CACHE_KIB = 512
"""The store's page cache, which also bounds the sorts that make its indexes in memory: at SQLite's 2 MB,
indexing the entries of 100,000 synthetic articles raised a warm build's peak 1.0 MB (0 at 20,000)."""
_WRITE_BATCH = 50
"""Entries written at a time, with their reports: an entry's data is kilobytes with its sources, and 500 at a
time raised a warm build's peak by 6 MB (20,000 synthetic articles)."""
_PAGE_COLUMNS = "id, slug, title, published, url, source, tags, on_topic, positions"


def _reporting(reporters: Iterable[bytes]) -> set[str]:
    """The articles named by these ``reporters`` columns (each an entry's reporting articles' ids, JSON)."""
    reporting: set[str] = set()
    for ids in reporters:
        reporting.update(orjson.loads(ids))
    return reporting


def _decoded(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """A page's row of the store (``_PAGE_COLUMNS``) as its fields, in ``ArticlePage``'s order."""
    article_id, slug, title, published, url, source, tags, on_topic, positions = row
    return (article_id, slug, title, day_of(published) if published is not None else None, url, sys.intern(source),
            tuple(map(sys.intern, orjson.loads(tags))), bool(on_topic), tuple(orjson.loads(positions)))


class _Entries(StoredSequence[Entry]):
    """What the views of a store's entries share: read each time they are walked, they hold no entry
    (what walks them holds what it keeps)."""

    __slots__ = ()


class _ByPosition(_Entries):
    """Entries of a store named by their positions (``positions``)."""

    __slots__ = ()
    store: EntryStore

    @property
    @abstractmethod
    def positions(self) -> Sequence[int]:
        """The positions of the entries, in order."""

    def __len__(self) -> int:
        return len(self.positions)

    def __iter__(self) -> Iterator[Entry]:
        return self.store.read(self.positions)

    def _one(self, index: int) -> Entry:
        return next(self.store.read((self.positions[index],)))


class PickedEntries(_ByPosition):
    """Some of a store's entries by position (an article's, a tag's)."""

    __slots__ = ("store", "_positions")

    def __init__(self, store: EntryStore, positions: tuple[int, ...]) -> None:
        self.store = store
        self._positions = positions

    @property
    def positions(self) -> tuple[int, ...]:
        return self._positions

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

    @property
    def store(self) -> EntryStore:
        return self._store

    def __len__(self) -> int:
        if self._count is None:
            self._count = int(self._store.query(f"SELECT COUNT(*) FROM entries WHERE {self._where}",
                                                self._params).fetchone()[0])
        return self._count

    def __iter__(self) -> Iterator[Entry]:
        decode = self._store.decode
        return (decode(data) for data, in self._select("data"))

    def _select(self, columns: str) -> sqlite3.Cursor:
        """These columns of the view's rows, in its order."""
        return self._store.query(f"SELECT {columns} FROM entries WHERE {self._where} ORDER BY {self._order}",
                                 self._params)

    def _one(self, index: int) -> Entry:
        row = self._store.query(f"SELECT data FROM entries WHERE {self._where} ORDER BY {self._order}"
                                " LIMIT 1 OFFSET ?", (*self._params, index)).fetchone()
        return self._store.decode(row[0])

    def ranking(self) -> Iterator[tuple[int, When, float, str]]:
        """(position, date, importance, events page) of each entry of the view, in its order, from the
        store's columns: what ranking them needs, without decoding them."""
        return ((pos, _when(first, granularity, value, last), importance, page) for pos, first, granularity, value,
                last, importance, page in self._select("pos, first, granularity, value, last, importance, page"))

    def anchors(self) -> Iterator[str]:
        """The anchors of the view's entries, in its order, without decoding them."""
        return (anchor for anchor, in self._select("anchor"))

    def reporters(self) -> set[str]:
        """The articles that report the view's entries (without reading the entries)."""
        return _reporting(ids for ids, in self._store.query(f"SELECT reporters FROM entries WHERE {self._where}",
                                                            self._params))

    def most_important(self, count: int, per_period: int | None = None) -> Sequence[Entry]:
        """``timeline.assemble.story.most_important`` of the view, ranked by the store: the ``count`` of the
        highest importance (ties to the earlier), with ``per_period`` at most that many of one period (the
        same first and last day), in the view's order. Only the chosen entries are read: a view of every
        entry of a story, decoded, held 24 MB more at 20,000 synthetic articles (TimelineJS's slides).
        With ``per_period`` (TimelineJS's hundreds of slides), the chosen entries are a view, read one
        batch at a time when walked, not held."""
        keys = self._order.count(",") + 1
        if per_period is None:
            rows = self._store.query(f"SELECT {self._order}, data FROM entries WHERE {self._where}"
                                     f" ORDER BY importance DESC, {self._order} LIMIT ?",
                                     (*self._params, count)).fetchall()
            rows.sort(key=lambda row: row[:keys])
            return tuple(self._store.decode(row[keys]) for row in rows)
        return self.picked(capped(((place, (first, last)) for place, first, last in self.ranked_spans()),
                                  count, per_period))

    def ranked_spans(self) -> Iterator[tuple[tuple[int, ...], int, int]]:
        """The view's entries by importance (ties to the earlier), each as (its place, its first and last day's
        ordinals), read from the store's cursor as walked: what a capped choice (``most_important``,
        ``timeline.assemble.story.spread_important``) chooses from, without reading an entry."""
        keys = self._order.count(",") + 1
        rows = self._store.query(f"SELECT {self._order}, pos, first, last FROM entries WHERE {self._where}"
                                 f" ORDER BY importance DESC, {self._order}", self._params)
        return ((tuple(row[:keys + 1]), row[keys + 1], row[keys + 2]) for row in rows)

    def picked(self, places: Iterable[tuple[int, ...]]) -> Sequence[Entry]:
        """The entries at these places of ``ranked_spans``, in the view's order, read one batch at a time."""
        keys = self._order.count(",") + 1
        return PickedEntries(self._store, tuple(place[keys] for place in sorted(places)))

    def __repr__(self) -> str:
        return f"StoredEntries({len(self)} entries where {self._where} {self._params!r})"



class StoredPages(StoredSequence[ArticlePage]):
    """A store's article pages (``EntryStore.pages``), read each time they are walked: those ``where``
    picks, in story order, from the ``offset``-th on, ``size`` of them."""

    __slots__ = ("store", "_where", "_params", "_size", "_offset")

    def __init__(self, store: EntryStore, where: str, params: tuple[Any, ...], size: int, offset: int = 0) -> None:
        self.store = store
        self._where = where
        self._params = params
        self._size = size
        self._offset = offset

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[ArticlePage]:
        cursor = self.store.query(*self.select(_PAGE_COLUMNS))
        while batch := cursor.fetchmany(_BATCH):
            yield from map(self.store._page, batch)

    def select(self, columns: str) -> tuple[str, tuple[Any, ...]]:
        """The query (and its parameters) of these pages' ``columns``, in story order."""
        return (f"SELECT {columns} FROM pages WHERE {self._where} ORDER BY rank LIMIT ? OFFSET ?",
                (*self._params, self._size, self._offset))

    def _one(self, index: int) -> ArticlePage:
        cursor = self.store.query(f"SELECT {_PAGE_COLUMNS} FROM pages WHERE {self._where} ORDER BY rank"
                                  " LIMIT 1 OFFSET ?", (*self._params, self._offset + index))
        return self.store._page(cursor.fetchone())

    def part(self, start: int, stop: int) -> StoredPages:
        """A view of the pages from ``start`` to ``stop``: SQLite skips those before, undecoded."""
        start, stop = min(max(start, 0), self._size), min(max(stop, 0), self._size)
        return StoredPages(self.store, self._where, self._params, max(stop - start, 0), self._offset + start)


class ReportedEntries(_ByPosition):
    """The entries some pages report (``EntryStore.reported_by_pages``): which they are is read from the
    pages each time they are walked or counted, so that a facet holds no list of them."""

    __slots__ = ("store", "pages")

    def __init__(self, store: EntryStore, pages: StoredPages) -> None:
        self.store = store
        self.pages = pages

    @property
    def positions(self) -> array[int]:
        return self.store._positions_of(self.pages)
