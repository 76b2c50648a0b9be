"""The articles a build read, on disk: what every later stage walks, none of them holding it.

A build reads its whole archive before it extracts or assembles anything (it must know
what changed), and each later stage walks the articles again: their fingerprints, the
story's span, the key dates, the order of the entries, the pages. Held as records, with
each article's cache key and fingerprint beside them, they took about 0.7 KB an article
(tracemalloc at 20,000 synthetic articles), the part of a warm build's peak that grew
with the archive. So the read stage writes each article here as it reads it, and the
later stages read the articles back in turn, or one by id.

The store is a private temporary SQLite database, like the timeline's entries
(``timeline.assemble.entry_store``): a few megabytes of it in memory, the rest in a
file SQLite has already unlinked. Ids and slugs are unique in it (``unique``): a repeated
id is renamed, with a warning, as the reader promises.
"""
from __future__ import annotations

import datetime as dt
import functools
import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any, NamedTuple

import orjson

from timeline.records import Article
from timeline.stored_sequence import KEYS_IN, StoredSequence, keys_param
from timeline.report import Problem, Severity

_SCHEMA = """
CREATE TABLE articles (pos INTEGER PRIMARY KEY, id TEXT NOT NULL, slug TEXT NOT NULL, origin TEXT, title TEXT,
                       text TEXT, published INTEGER, url TEXT, source TEXT, tags BLOB, language TEXT, key TEXT,
                       other_titles BLOB);
CREATE INDEX articles_by_id ON articles (id);
CREATE INDEX articles_by_slug ON articles (slug);
CREATE TABLE stamps (id TEXT PRIMARY KEY, stamp TEXT NOT NULL) WITHOUT ROWID;
"""
_COLUMNS = "id, origin, title, text, published, url, source, tags, language, slug, other_titles"
_BATCH = 500
"""Rows read in one query when walking the store."""


class SharedTitle(NamedTuple):
    """An article whose title, made from its text, untitled articles of ``days`` days share (``titles_shared``)."""

    position: int
    """Its place in reading order (``ArticleStore.retitle``)."""
    origin: str
    title: str
    source: str
    published: dt.date | None
    articles: int
    """How many untitled articles have that title..."""
    days: int
    """... published on how many days."""
    other_titles: tuple[str, ...]
    """The next titles its text gave (``Article.other_titles``)."""


class ArticleStore(StoredSequence[Article]):
    """The articles read, in reading order, with what the build keeps of each (``key``, ``stamp``).

    Walked, it reads its rows in batches and holds none of them; equal to any sequence of the
    same articles (a tuple), as the reader's result was before it was stored.
    """

    def __init__(self) -> None:
        self._db = sqlite3.connect("", check_same_thread=False)
        self._db.executescript(_SCHEMA)
        self._size = 0
        self._views = 0
        self.renames: list[Problem] = []
        """A warning for each article whose id was taken by one read before it (``unique``)."""

    def unique(self, article: Article) -> Article:
        """``article`` with an id no article stored has (a repeated one renamed, with a warning in
        ``renames``) and a slug of its own: what ``add`` then stores."""
        from timeline.read import slugify  # the reader's, which imports this module

        new_id, slug = article.id, slugify(article.id)
        taken = self._db.execute("SELECT EXISTS (SELECT 1 FROM articles WHERE id = ?)"
                                 " OR EXISTS (SELECT 1 FROM articles WHERE slug = ?)", (new_id, slug)).fetchone()[0]
        if not taken:  # as most are: one query
            return replace(article, slug=slug)
        first = self.column("origin", new_id)
        if first is not None:
            n = 2
            while self.column("origin", f"{article.id}-{n}") is not None:
                n += 1
            new_id = f"{article.id}-{n}"
            self.renames.append(Problem(article.origin, f"duplicate id {article.id!r} (first in {first}); "
                                        f"renamed {new_id!r}", Severity.WARNING))
        slug = base = slugify(new_id)
        n = 2
        while self._db.execute("SELECT 1 FROM articles WHERE slug = ?", (slug,)).fetchone() is not None:
            slug = f"{base}-{n}"
            n += 1
        return replace(article, id=new_id, slug=slug)

    @staticmethod
    def holding(articles: Iterable[Article]) -> ArticleStore:
        """A store of these articles as they are (made unique already: a timeline made by hand)."""
        store = ArticleStore()
        for article in articles:
            store.add(article)
        return store

    def takes(self, ids: Sequence[str]) -> bool:
        """Whether articles with these ids, read next, would all keep them (none renamed)."""
        if len(set(ids)) != len(ids):
            return False
        for first in range(0, len(ids), _BATCH):
            batch = ids[first:first + _BATCH]
            if self._db.execute(f"SELECT 1 FROM articles WHERE id IN {KEYS_IN} LIMIT 1",
                                (keys_param(batch),)).fetchone() is not None:
                return False
        return True

    def add(self, article: Article, key: str = "") -> None:
        """Store ``article`` (made unique by ``unique``) after those stored before it, with ``key``."""
        self._db.execute(
            "INSERT INTO articles (pos, id, slug, origin, title, text, published, url, source, tags, language, key,"
            " other_titles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (self._size, article.id, article.slug, article.origin, article.title, article.text,
             article.published.toordinal() if article.published else None, article.url, article.source,
             orjson.dumps(article.tags), article.language, key, orjson.dumps(article.other_titles)))
        self._size += 1

    def titles_shared(self, origins: Iterable[str], min_days: int) -> list[SharedTitle]:
        """Of the articles read from ``origins``, those whose title is one these articles share over
        at least ``min_days`` publication days, in reading order. The origins wait in a temporary table,
        not in memory."""
        self._db.execute("CREATE TEMP TABLE untitled (origin TEXT PRIMARY KEY)")
        try:
            self._db.executemany("INSERT OR IGNORE INTO untitled VALUES (?)", ((o,) for o in origins))
            rows = self._db.execute(
                "WITH picked AS (SELECT pos, origin, title, source, published, other_titles FROM articles"
                "                WHERE origin IN untitled),"
                " shared AS (SELECT title, COUNT(*) AS n, COUNT(DISTINCT published) AS days FROM picked"
                "            WHERE title != '' GROUP BY title HAVING COUNT(DISTINCT published) >= ?)"
                " SELECT picked.pos, picked.origin, picked.title, picked.source, picked.published, shared.n,"
                " shared.days, picked.other_titles"
                " FROM picked JOIN shared ON picked.title = shared.title ORDER BY picked.pos",
                (min_days,)).fetchall()
            return [SharedTitle(pos, origin, title, source or "", dt.date.fromordinal(day) if day else None, n, days,
                                tuple(orjson.loads(others)))
                    for pos, origin, title, source, day, n, days, others in rows]
        finally:
            self._db.execute("DROP TABLE untitled")

    def retitle(self, position: int, title: str) -> None:
        """Give the article read ``position``-th the title ``title``."""
        self._db.execute("UPDATE articles SET title = ? WHERE pos = ?", (title, position))

    def retitle_id(self, article_id: str, title: str) -> None:
        """Give the article ``article_id`` the title ``title``."""
        self._db.execute("UPDATE articles SET title = ? WHERE id = ?", (title, article_id))

    def get(self, article_id: str) -> Article | None:
        """The article with this id; None when there is none."""
        row = self._db.execute(f"SELECT {_COLUMNS} FROM articles WHERE id = ?", (article_id,)).fetchone()
        return None if row is None else _article(row)

    def ids(self) -> Iterator[str]:
        """Every article's id, in reading order."""
        return (str(row[0]) for row in self._rows("SELECT id FROM articles ORDER BY pos", ()))

    def id_set(self) -> IdSet:
        """The articles' ids as a collection: walked in reading order, looked up by query."""
        return IdSet(self)

    def ordered(self) -> Iterator[Article]:
        """The articles in story order: by publication day (undated last), then id."""
        return (_article(row) for row in self._rows(
            f"SELECT {_COLUMNS} FROM articles ORDER BY published IS NULL, published, id", ()))

    def published_span(self) -> tuple[dt.date, dt.date] | None:
        """The first and last publication day; None when no article has one."""
        first, last = self._db.execute("SELECT MIN(published), MAX(published) FROM articles").fetchone()
        return None if first is None else (dt.date.fromordinal(first), dt.date.fromordinal(last))

    def by_id(self, leaving_out: Iterable[str] = ()) -> ArticlesById:
        """The articles in order of id, but those ``leaving_out``: what the key dates walk, and index
        by number (``ArticlesById``)."""
        self._views += 1
        table = f"by_id_{self._views}"
        self._db.execute("CREATE TEMP TABLE left_out (id TEXT PRIMARY KEY)")
        self._db.executemany("INSERT OR IGNORE INTO left_out VALUES (?)", ((i,) for i in leaving_out))
        self._db.execute(f"CREATE TEMP TABLE {table} (n INTEGER PRIMARY KEY, pos INTEGER)")
        self._db.execute(f"INSERT INTO {table} (pos) SELECT pos FROM articles WHERE id NOT IN left_out ORDER BY id")
        self._db.execute("DROP TABLE left_out")
        size = self._db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        return ArticlesById(self, table, size)

    def stamp_all(self, stamp_of: Callable[[Article, str], str]) -> None:
        """Keep each article's ``stamp_of(article, key)``: what the build record compares from one
        build to the next (``stamps``). A batch of articles at a time."""
        for first in range(0, self._size, _BATCH):
            rows = self._db.execute(f"SELECT {_COLUMNS}, key FROM articles WHERE pos >= ? AND pos < ?",
                                    (first, first + _BATCH)).fetchall()
            self._db.executemany("INSERT OR REPLACE INTO stamps (id, stamp) VALUES (?, ?)",
                                 [(row[0], stamp_of(_article(row[:-1]), str(row[-1]))) for row in rows])

    @property
    def keys(self) -> Column:
        """Each article's key, by id (``add``)."""
        return Column(self, "key")

    @property
    def stamps(self) -> Stamps:
        """Each article's stamp, by id (``stamp_all``)."""
        return Stamps(self)

    def _rows(self, sql: str, params: tuple[Any, ...]) -> Iterator[tuple[Any, ...]]:
        """The rows of ``sql``, fetched ``_BATCH`` at a time: a walk holds no more of them."""
        cursor = self._db.execute(sql, params)
        while batch := cursor.fetchmany(_BATCH):
            yield from batch

    def column(self, name: str, article_id: str) -> Any:
        row = self._db.execute(f"SELECT {name} FROM articles WHERE id = ?", (article_id,)).fetchone()
        return None if row is None else row[0]

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[Article]:
        return (_article(row) for row in self._rows(f"SELECT {_COLUMNS} FROM articles ORDER BY pos", ()))

    def _one(self, index: int) -> Article:
        row = self._db.execute(f"SELECT {_COLUMNS} FROM articles WHERE pos = ?", (index,)).fetchone()
        return _article(row)


class ArticlesById(StoredSequence[Article]):
    """Some of a store's articles in order of id (``ArticleStore.by_id``), read as they are walked
    or indexed: the key dates walk them as they are, without sorting them into a list."""

    def __init__(self, store: ArticleStore, table: str, size: int) -> None:
        self._store = store
        self._table = table
        self._size = size

    def __len__(self) -> int:
        return self._size

    def ids(self) -> Iterator[str]:
        """The articles' ids, in order, without reading the articles."""
        return (str(row[0]) for row in self._store._rows(
            f"SELECT id FROM articles JOIN {self._table} USING (pos) ORDER BY n", ()))

    def __iter__(self) -> Iterator[Article]:
        return (_article(row) for row in self._store._rows(
            f"SELECT {_COLUMNS} FROM articles JOIN {self._table} USING (pos) ORDER BY n", ()))

    def _one(self, index: int) -> Article:
        row = self._store._db.execute(f"SELECT {_COLUMNS} FROM articles JOIN {self._table} USING (pos) WHERE n = ?",
                                      (index + 1,)).fetchone()
        return _article(row)


class IdSet(Collection[str]):
    """A store's article ids (``ArticleStore.id_set``), none of them held."""

    __slots__ = ("_store",)

    def __init__(self, store: ArticleStore) -> None:
        self._store = store

    def __contains__(self, article_id: object) -> bool:
        return isinstance(article_id, str) and self._store.column("1", article_id) is not None

    def __iter__(self) -> Iterator[str]:
        return self._store.ids()

    def __len__(self) -> int:
        return len(self._store)


class Column(Mapping[str, str]):
    """One column of the store by article id; an article without a value in it is missing."""

    __slots__ = ("_store", "_name")

    def __init__(self, store: ArticleStore, name: str) -> None:
        self._store = store
        self._name = name

    def __getitem__(self, article_id: str) -> str:
        value = self._store.column(self._name, article_id)
        if value is None:
            raise KeyError(article_id)
        return str(value)

    def __iter__(self) -> Iterator[str]:
        return self._store.ids()

    def __len__(self) -> int:
        return len(self._store)


class Stamps(Mapping[str, str]):
    """Each article's stamp (``ArticleStore.stamp_all``) by id, in a table of their own, looked up
    for each page the build writes: its articles' stamps are part of its inputs.

    Held in memory (as 64-bit hashes of the ids beside the stamps' first 64 bits, sorted), they grew
    a build by 16 bytes an article, 1.6 MB at 100,000 synthetic articles, twice that while sorted.
    Asked for, one indexed query an article, they hold nothing that grows with the archive; the
    table, keyed by id and without the articles' texts, keeps the queries short: 4.4 s for the
    101,982 pages of a warm build of 100,000 articles, against 2.9 s for the arrays (made and
    searched), 2% of that build (``benchmarks/results/flat-memory-ab.md``)."""

    __slots__ = ("_store",)

    def __init__(self, store: ArticleStore) -> None:
        self._store = store

    def of(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The stamps of these articles (those that have one), by id."""
        return {article_id: stamp for article_id in article_ids if (stamp := self._stamp(article_id)) is not None}

    def __getitem__(self, article_id: str) -> str:
        stamp = self._stamp(article_id)
        if stamp is None:
            raise KeyError(article_id)
        return stamp

    def _stamp(self, article_id: str) -> str | None:
        row = self._store._db.execute("SELECT stamp FROM stamps WHERE id = ?", (article_id,)).fetchone()
        return None if row is None else str(row[0])

    def __iter__(self) -> Iterator[str]:
        return (article_id for article_id, _ in self.items_by_id())

    def __len__(self) -> int:
        return int(self._store._db.execute("SELECT COUNT(*) FROM stamps").fetchone()[0])

    def items_by_id(self) -> Iterator[tuple[str, str]]:
        """(id, stamp) of every article stamped, in order of id."""
        return ((str(i), str(v)) for i, v in self._store._rows("SELECT id, stamp FROM stamps ORDER BY id", ()))


def _article(row: tuple[Any, ...]) -> Article:
    article_id, origin, title, text, published, url, source, tags, language, slug, others = row
    return Article(id=article_id, origin=origin, title=title, text=text,
                   published=day_of(published) if published is not None else None, url=url, source=source,
                   tags=tuple(orjson.loads(tags)), language=language, slug=slug,
                   other_titles=tuple(orjson.loads(others)))


@functools.lru_cache(maxsize=4096)
def day_of(ordinal: int) -> dt.date:
    """The day of a stored ordinal; one date object a day, however many rows it dates (the
    timeline's entry store reads its pages' days with it too)."""
    return dt.date.fromordinal(ordinal)
