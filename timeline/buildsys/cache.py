"""The build cache: extraction results stored by the content they came from.

Extraction is the costly stage and a pure function of (article, ExtractConfig),
so its result is stored under a key that hashes everything it depends on: the
article fields ``extract`` reads (id, text, publication date, language), every
ExtractConfig field, the package's code (``timeline.buildsys.code_version``: its version
and a digest of its sources) and this cache's own format version.
Changing any of them changes the key, so a stale result is never found rather
than having to be invalidated.

Entries live in one SQLite file (stdlib, one file, fast lookups) as JSON
envelopes that repeat their key, written and parsed with orjson: a build
that assembles parses every entry, and orjson does it in under half the time of the
standard library. They are not compressed (decompressing took as long as
parsing; the file is about twice as large). Beside each entry: the
article's vocabulary, read on every build for the story's profile without
parsing the entry; and what the last build kept of it for the later stages
(``timeline.assemble.gather``), with the context it was judged in, which a
rebuild in the same context parses instead of the whole entry. And what each
input file held when it was last read (``CachedReads``, ``timeline.read.memo``),
which a rebuild reads back while the file is unchanged. The build
reads the entries one at a time (``StoredExtractions``) and holds none of
them whole. An entry that cannot be parsed,
or whose magic, format or recorded key does not match, is treated as
missing and overwritten: the cache is untrusted input. A database
file that is not ours (not SQLite, or another schema version) is replaced.
Entries no build has used for ``KEEP_BUILDS`` builds are pruned.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import sqlite3
import sys
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import orjson

from timeline.buildsys.code_version import code_version
from timeline.buildsys.codec import (
    MalformedExtraction,
    decode_extraction,
    encode_extraction,
)
from timeline.config import ExtractConfig
from timeline.read.memo import Item, decode_items, encode_items, signature, text_digest
from timeline.records import Article, Extraction
from timeline.words import sentence_words

CACHE_FORMAT = 5
"""Bump when the key recipe or the envelope changes; old entries then never match."""
MAGIC = "timeline-extraction"
DATABASE = "extractions.sqlite3"
SCHEMA_VERSION = 9
"""SQLite ``user_version`` of our table layout; any other value means a foreign file (or an older layout)."""
KEEP_BUILDS = 3
"""Entries unused by this many consecutive builds are deleted (a config switched back
and forth, e.g. by ``key-dates``, keeps its entries)."""


def extraction_key(article: Article, config: ExtractConfig, digest: str | None = None) -> str:
    """The hex digest under which ``extract(article, config)`` is stored.

    The text enters it as its digest (``timeline.read.memo.text_digest``, given or taken
    here), so an article read back without its text (``timeline.read.memo``) keeps its key."""
    key = _config_digest(config, CACHE_FORMAT, code_version()).copy()
    header = json.dumps([article.id, article.published.isoformat() if article.published else None,
                         article.language, digest if digest is not None else text_digest(article.text)],
                        ensure_ascii=True)
    key.update(header.encode("ascii"))
    return str(key.hexdigest())


def title_digest(text: str) -> str:
    """The hex digest under which the title made of an untitled article's ``text`` is stored
    (the code version in it: a change to how titles are made makes them again)."""
    digest = hashlib.sha256(f"{MAGIC}\0{code_version()}\0".encode("ascii"))
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@functools.lru_cache(maxsize=8)
def _config_digest(config: ExtractConfig, cache_format: int, version: str) -> Any:
    """SHA-256 fed with what every key of this config shares (hashed once, not per article)."""
    shared = json.dumps([MAGIC, cache_format, version, dataclasses.asdict(config)], sort_keys=True,
                        ensure_ascii=True)
    return hashlib.sha256(shared.encode("ascii") + b"\0")


def encode_entry(key: str, extraction: Extraction) -> bytes:
    """The stored bytes of one entry: UTF-8 JSON that names its own key.

    Raises ``orjson.JSONEncodeError`` (a TypeError) for text that is not valid
    Unicode (a lone surrogate), which the reader never lets through.
    """
    envelope = {"magic": MAGIC, "format": CACHE_FORMAT, "key": key, "extraction": encode_extraction(extraction)}
    return orjson.dumps(envelope)


def decode_entry(key: str, blob: Any) -> Extraction | None:
    """The extraction stored in ``blob`` if it is a valid entry for ``key``, else None."""
    if not isinstance(blob, bytes):
        return None
    try:
        envelope = orjson.loads(blob)  # invalid UTF-8, too deep, too large a number: JSONDecodeError
        if (not isinstance(envelope, dict) or envelope.get("magic") != MAGIC
                or envelope.get("format") != CACHE_FORMAT or envelope.get("key") != key):
            return None
        return decode_extraction(envelope.get("extraction"))
    except (ValueError, RecursionError, MalformedExtraction):  # orjson.JSONDecodeError is a ValueError
        return None


class ExtractionCache:
    """One build's view of the cache folder: look up, store, then prune on close.

    Use as a context manager; ``close`` records which entries this build used
    and deletes those unused for ``KEEP_BUILDS`` builds.
    """

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.path = self.folder / DATABASE
        self._db = _open(self.path)
        row = self._db.execute("SELECT value FROM meta WHERE name = 'generation'").fetchone()
        self.generation = (row[0] if row and isinstance(row[0], int) else 0) + 1
        self._used = _KeySet()
        self.rejected = 0
        """Entries found but not trusted (corrupt or foreign) in this build."""
        self.counted = True
        """Whether this build counts as one of ``KEEP_BUILDS``: a build that found nothing
        changed, and used no entry, must not age the entries the next build will use."""
        self._titles_used = _KeySet()
        self._reads_used: set[tuple[str, str]] = set()

    @classmethod
    def open_or_warn(cls, folder: str | Path) -> ExtractionCache | None:
        """The cache in ``folder``, or None (with a warning) when it cannot be used:
        a build without its cache is slower, never wrong, so it must not fail."""
        try:
            return cls(folder)
        except (OSError, sqlite3.Error) as exc:
            print(f"warning: build cache {folder} cannot be used ({exc}); extracting every article",
                  file=sys.stderr)
            return None

    def get(self, key: str) -> Extraction | None:
        """The stored extraction for ``key``, or None when absent or not trustworthy."""
        try:
            row = self._db.execute("SELECT payload FROM entries WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        if row is None:
            return None
        extraction = decode_entry(key, row[0])
        if extraction is None:
            self.rejected += 1
            return None
        self._used.add(key)
        return extraction

    def recall(self, key: str, context: str) -> tuple[bool, Extraction] | None:
        """What a build kept of the extraction under ``key`` in ``context`` (``timeline.assemble.gather``):
        whether the article is off the story, and the part of it kept; None when not stored or not trusted."""
        row = self._kept_row(key, context, "payload")
        kept = decode_entry(key, row[2]) if row is not None else None
        if row is None or kept is None:
            return None
        self._used.add(key)
        return bool(row[1]), kept

    def kept_off(self, key: str, context: str) -> bool | None:
        """Whether the article of ``key`` is off the story, when a build stored what it kept of it
        in ``context`` (read without the part itself, which ``recall`` reads and checks); else None."""
        row = self._kept_row(key, context, None)
        if row is None:
            return None
        self._used.add(key)
        return bool(row[1])

    def kept_key_dates(self, key: str, context: str) -> bytes | None:
        """What the key dates read of the extraction under ``key``, as stored with what a build kept of
        it in ``context`` (``keep_many``); None when there is none (its checks are the reader's)."""
        row = self._kept_row(key, context, "keydates")
        if row is None or not isinstance(row[2], bytes):
            return None
        self._used.add(key)
        return bytes(row[2])

    def _kept_row(self, key: str, context: str, column: str | None) -> tuple[Any, ...] | None:
        """The ``kept`` row of ``key`` (context, off the story, and its ``column``, "payload" or "keydates",
        or None) when it was kept in ``context`` and its flag is sound; None otherwise."""
        try:
            row = self._db.execute(_KEPT_QUERIES[column], (key,)).fetchone()
        except sqlite3.Error:
            return None
        if row is None or row[0] != context or row[1] not in (0, 1):
            return None
        return tuple(row)

    def keep_many(self, context: str, items: Iterable[tuple[str, bool, Extraction, bytes | None]]) -> frozenset[str]:
        """Store what a build kept of each extraction (key, off the story, the part kept, and what the key
        dates read of it, opaque here) in ``context``, in place of what an earlier build kept of it in
        another. Returns the keys stored."""
        rows = []
        for key, off_topic, kept, key_dates in items:
            try:
                rows.append((key, context, int(off_topic), encode_entry(key, kept), key_dates))
            except orjson.JSONEncodeError:
                continue
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO kept (key, context, off_topic, payload, keydates) "
                                     "VALUES (?, ?, ?, ?, ?)", rows)
        except sqlite3.Error:
            return frozenset()  # held in memory instead; the next build judges them again
        return frozenset(row[0] for row in rows)

    def has(self, key: str) -> bool:
        """Whether an entry is stored under ``key`` (whether it is trustworthy is up to ``get``); False
        when the cache cannot be read. Asked of the file, key by key: the keys of every stored entry,
        held as a set for the read stage, took 14 MB at 100,000 articles (tracemalloc), and asking
        costs a few microseconds a key."""
        try:
            return self._db.execute("SELECT 1 FROM entries WHERE key = ?", (key,)).fetchone() is not None
        except sqlite3.Error:
            return False

    def document_frequency(self, keys: Iterable[str]) -> tuple[Counter[str], frozenset[str]]:
        """How many of the vocabularies of ``keys`` use each word (``topicality.document_frequency``), and
        the keys whose vocabulary is missing or not text (not counted: the caller cannot build without them).
        Raises ``sqlite3.Error`` when the cache cannot be read at all.

        Each vocabulary is stored beside its entry (``timeline.words.sentence_words``), so that the
        story's profile reads a column instead of decoding every entry. Counting them all is still
        most of what gathering costs when an article is added, so the counts are stored too, with
        the keys they counted (tables ``frequencies`` and ``frequency_keys``: the last build's), and a
        build counts only the vocabularies of the keys added since and takes off those of the keys
        removed. The counts are a function of the keys (a key fixes its entry), so they come out as a
        full count would. Stored counts that are not well formed, or a removed key whose vocabulary
        is gone, and a change larger than the story, make a full count. Speed machinery, so measured
        (A/B, ``benchmarks/results/frequencies-ab.md``): one article added to 5,000 took 5.56 s before
        and 4.82 s with the stored counts (13%; medians of 28 alternating runs each on a noisy
        machine); on the 2,716 dev articles, 3.65 and 3.60 s, within that machine's noise.

        The keys, this build's and the last's, are compared in SQLite (this build's in a temporary
        table, ``_want``), not as Python sets: the sets, the stored list they were read from and
        the key of each article took 25 MB at the peak of a warm build of 20,000 synthetic articles
        (tracemalloc), which grew with the archive.
        """
        wanted = self._want(keys)
        counts = self._stored_counts()
        if counts is not None:
            added, removed = (int(self._db.execute(f"SELECT COUNT(*) FROM ({_KEYS[change]})").fetchone()[0])
                              for change in ("added", "removed"))
            if added + removed < wanted:
                taken = [words for _, words in self._vocabularies("removed") if isinstance(words, str)]
                if len(taken) == removed:  # a key is stored once (its primary key)
                    for words in taken:
                        counts.subtract(words.split())
                    counts = +counts  # without the words no vocabulary uses any more: as a full count
                    unusable = _count(counts, self._vocabularies("added"))
                    if (added or removed) and not unusable:
                        self._store_frequencies(counts)
                    return counts, unusable
        counts = Counter()
        unusable = _count(counts, self._vocabularies("wanted"))
        if not unusable:
            self._store_frequencies(counts)
        return counts, unusable

    def _vocabularies(self, keys: str) -> Iterator[tuple[str, object]]:
        """(key, vocabulary: None when it is not stored) of each key of ``_KEYS[keys]``."""
        return iter(self._db.execute(f"SELECT k.key, e.vocabulary FROM ({_KEYS[keys]}) k "
                                     "LEFT JOIN entries e ON e.key = k.key"))

    def _want(self, keys: Iterable[str]) -> int:
        """Put ``keys`` in the temporary table ``wanted`` (in place of any before); how many there are."""
        self._db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (key TEXT PRIMARY KEY) WITHOUT ROWID")
        with self._db:
            self._db.execute("DELETE FROM temp.wanted")
            self._db.executemany("INSERT OR IGNORE INTO temp.wanted VALUES (?)", ((key,) for key in keys))
        return int(self._db.execute("SELECT COUNT(*) FROM temp.wanted").fetchone()[0])

    def _stored_counts(self) -> Counter[str] | None:
        """The counts the last build stored, when stored and well formed (of the keys in ``frequency_keys``)."""
        try:
            row = self._db.execute("SELECT counts FROM frequencies WHERE slot = 0").fetchone()
            if row is None:
                return None
            counts = orjson.loads(row[0])
        except (sqlite3.Error, ValueError, TypeError, RecursionError):
            return None
        if not isinstance(counts, dict) or not all(type(n) is int and n > 0 for n in counts.values()):
            return None
        return Counter(counts)

    def _store_frequencies(self, counts: Counter[str]) -> None:
        """Store ``counts`` as those of the keys in ``wanted``, in place of the last (a failure costs only a
        full count next time)."""
        try:
            with self._db:
                self._db.execute("DELETE FROM frequency_keys")
                self._db.execute("INSERT INTO frequency_keys SELECT key FROM temp.wanted")
                self._db.execute("INSERT OR REPLACE INTO frequencies (slot, counts) VALUES (0, ?)",
                                 (orjson.dumps(counts),))
        except (sqlite3.Error, orjson.JSONEncodeError):
            return

    def titles(self, digest: str) -> tuple[str, ...] | None:
        """The titles stored under ``digest`` (``title_digest``): an untitled text's title and the next it
        gives; None when there are none.

        Making a title splits the text into sentences and checks the opening ones for page
        furniture (``timeline.read.untitled.titles_from_text``). Speed machinery, so measured: on
        the 2,716 dev articles as they come (one untitled feed), a rebuild with nothing changed
        took 0.57 s with stored titles and 1.76 s making them again, one added 1.59 s and 2.76 s
        (``benchmarks/results/titles-ab.md``)."""
        try:
            row = self._db.execute("SELECT title FROM titles WHERE digest = ?", (digest,)).fetchone()
            titles = orjson.loads(row[0]) if row is not None and isinstance(row[0], str) else None
        except (sqlite3.Error, ValueError):  # orjson.JSONDecodeError is a ValueError
            return None
        if not isinstance(titles, list) or not all(isinstance(t, str) for t in titles):
            return None
        self._titles_used.add(digest)
        return tuple(titles)

    def put_titles(self, titles: Mapping[str, tuple[str, ...]]) -> None:
        """Store each text's titles by digest (a failure costs only making them again next time)."""
        if not titles:
            return
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO titles (digest, title, generation) VALUES (?, ?, ?)",
                                     [(digest, orjson.dumps(list(made)).decode(), self.generation)
                                      for digest, made in titles.items()])
        except sqlite3.Error:
            return
        self._titles_used.update(titles)

    def read_back(self, path: str, root: str) -> tuple[object, object] | None:
        """(signature, items) of the file stored by ``keep_read``; None when there is none."""
        try:
            row = self._db.execute("SELECT signature, items FROM reads WHERE path = ? AND root = ?",
                                   (path, root)).fetchone()
        except sqlite3.Error:
            return None
        if row is not None:
            self._reads_used.add((path, root))
        return None if row is None else (row[0], row[1])

    def keep_read(self, path: str, root: str, signature: str, items: bytes) -> None:
        """Store what was read of a file under its signature (a failure costs only reading it again)."""
        try:
            with self._db:
                self._db.execute("INSERT OR REPLACE INTO reads (path, root, signature, items, generation) "
                                 "VALUES (?, ?, ?, ?, ?)", (path, root, signature, items, self.generation))
        except sqlite3.Error:
            return
        self._reads_used.add((path, root))

    def discard(self, keys: Iterable[str]) -> None:
        """Delete the entries under ``keys`` (found unusable): the next build extracts them again."""
        try:
            with self._db:
                self._db.executemany("DELETE FROM entries WHERE key = ?", [(key,) for key in keys])
        except sqlite3.Error:
            pass

    def put_many(self, items: Iterable[tuple[str, Extraction]]) -> frozenset[str]:
        """Store (key, extraction) pairs, replacing whatever was under those keys; the keys stored."""
        rows = []
        for key, extraction in items:
            try:
                rows.append((key, encode_entry(key, extraction), sentence_words(extraction)[1]))
            except orjson.JSONEncodeError:  # not storable: extracted again next time, never wrong
                continue
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO entries (key, payload, vocabulary) VALUES (?, ?, ?)",
                                     rows)
                self._db.executemany("INSERT OR REPLACE INTO uses (key, generation) VALUES (?, ?)",
                                     [(key, self.generation) for key, _, _ in rows])
        except sqlite3.Error:  # disk full, read-only, locked for too long: the next build extracts again
            return frozenset()
        self._used.update(key for key, _, _ in rows)
        return frozenset(key for key, _, _ in rows)

    def close(self) -> None:
        """Mark this build's entries as used, prune the long-unused ones, close the file.

        A build that is not ``counted`` closes the file only."""
        if not self.counted:
            self._db.close()
            return
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO uses (key, generation) VALUES (?, ?)",
                                     ((key, self.generation) for key in self._used.sorted()))
                stale = self.generation - KEEP_BUILDS
                self._db.execute("DELETE FROM entries WHERE key NOT IN (SELECT key FROM uses WHERE generation > ?)",
                                 (stale,))
                self._db.execute("DELETE FROM uses WHERE generation <= ?", (stale,))
                self._db.execute("DELETE FROM kept WHERE key NOT IN (SELECT key FROM entries)")
                self._db.executemany("UPDATE titles SET generation = ? WHERE digest = ?",
                                     ((self.generation, digest) for digest in self._titles_used.sorted()))
                self._db.execute("DELETE FROM titles WHERE generation <= ?", (stale,))
                self._db.executemany("UPDATE reads SET generation = ? WHERE path = ? AND root = ?",
                                     [(self.generation, *file) for file in sorted(self._reads_used)])
                self._db.execute("DELETE FROM reads WHERE generation <= ?", (stale,))
                self._db.execute("INSERT OR REPLACE INTO meta (name, value) VALUES ('generation', ?)",
                                 (self.generation,))
        except sqlite3.Error:
            pass  # bookkeeping only: at worst an entry is pruned late or extracted again
        finally:
            self._db.close()

    def __enter__(self) -> ExtractionCache:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()


def _open(path: Path) -> sqlite3.Connection:
    """Open our database at ``path``, replacing a file that is not one."""
    try:
        return _connect(path)
    except sqlite3.DatabaseError:
        for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            stale.unlink(missing_ok=True)
        return _connect(path)


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=30)
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version != SCHEMA_VERSION:
            with db:
                for table in ("entries", "uses", "kept", "titles", "reads", "frequencies", "frequency_keys",
                              "meta"):
                    db.execute(f"DROP TABLE IF EXISTS {table}")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        with db:
            # The vocabulary before the payload: a column after a large value is found by
            # following that value's overflow pages, and topicality reads every vocabulary.
            db.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, vocabulary TEXT NOT NULL, "
                       "payload BLOB NOT NULL)")
            # When each entry was last used: apart from the (large) entries, so marking
            # thousands of them used rewrites a few small pages, not every entry's row.
            db.execute("CREATE TABLE IF NOT EXISTS uses (key TEXT PRIMARY KEY, generation INTEGER NOT NULL) "
                       "WITHOUT ROWID")
            # What a build kept of each extraction for the later stages, and in which context
            # (``timeline.assemble.gather``): a rebuild in the same context decodes this instead.
            # With what the key dates read of it (``keydates.KeyDatePart``), which a rebuild reads instead.
            db.execute("CREATE TABLE IF NOT EXISTS kept (key TEXT PRIMARY KEY, context TEXT NOT NULL, "
                       "off_topic INTEGER NOT NULL, keydates BLOB, payload BLOB NOT NULL)")
            # The title made of each untitled article's text, by ``title_digest``.
            db.execute("CREATE TABLE IF NOT EXISTS titles (digest TEXT PRIMARY KEY, title TEXT NOT NULL, "
                       "generation INTEGER NOT NULL) WITHOUT ROWID")
            # What each input file held when last read (``timeline.read.memo``), by path and source folder.
            db.execute("CREATE TABLE IF NOT EXISTS reads (path TEXT NOT NULL, root TEXT NOT NULL, "
                       "signature TEXT NOT NULL, items BLOB NOT NULL, generation INTEGER NOT NULL, "
                       "PRIMARY KEY (path, root))")
            # The story's document frequencies as the last build counted them, and the keys it counted.
            db.execute("CREATE TABLE IF NOT EXISTS frequencies (slot INTEGER PRIMARY KEY CHECK (slot = 0), "
                       "counts BLOB NOT NULL)")
            db.execute("CREATE TABLE IF NOT EXISTS frequency_keys (key TEXT PRIMARY KEY) WITHOUT ROWID")
            db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value)")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute("SELECT key, payload, vocabulary FROM entries LIMIT 1").fetchall()
        db.execute("SELECT key, generation FROM uses LIMIT 1").fetchall()
        db.execute("SELECT key, context, off_topic, keydates, payload FROM kept LIMIT 1").fetchall()
        db.execute("SELECT digest, title, generation FROM titles LIMIT 1").fetchall()
        db.execute("SELECT path, root, signature, items, generation FROM reads LIMIT 1").fetchall()
        db.execute("SELECT slot, counts FROM frequencies LIMIT 1").fetchall()
        db.execute("SELECT key FROM frequency_keys LIMIT 1").fetchall()
    except sqlite3.DatabaseError:
        db.close()
        raise
    return db


_KEPT_QUERIES = {column: f"SELECT context, off_topic, {column or 'NULL'} FROM kept WHERE key = ?"
                 for column in ("payload", "keydates", None)}
"""The query of ``ExtractionCache._kept_row`` for each column it may read (the only ones: no name is formatted in
from outside)."""


def _count(counts: Counter[str], rows: Iterable[tuple[str, object]]) -> frozenset[str]:
    """Add to ``counts`` the vocabularies of ``rows`` (key, vocabulary: None for a key not stored); the keys
    without a usable one."""
    unusable = set()
    for key, words in rows:
        if isinstance(words, str):
            counts.update(words.split())
        else:
            unusable.add(key)
    return frozenset(unusable)


_KEYS = {
    "wanted": "SELECT key FROM temp.wanted",
    "added": "SELECT key FROM temp.wanted WHERE key NOT IN (SELECT key FROM frequency_keys)",
    "removed": "SELECT key FROM frequency_keys WHERE key NOT IN (SELECT key FROM temp.wanted)",
}
"""The keys ``document_frequency`` counts: this build's, those the last build did not count, and those it
counted that this build does not have (the only queries ``_vocabularies`` formats in)."""


class _KeySet:
    """The keys a build used (of entries, of titles), in a private temporary SQLite database, ``BUFFER``
    held at a time.

    Every entry a build reads is marked used when it ends (``ExtractionCache.close``); held as a
    set, the keys of 20,000 articles took 4.4 MB (0.2 KB an article, tracemalloc), which grew
    with the archive through the build's peak."""

    BUFFER = 1024

    def __init__(self) -> None:
        self._db = sqlite3.connect("", isolation_level=None, check_same_thread=False)
        self._db.execute("CREATE TABLE keys (key TEXT)")  # appended to, duplicates and all: the cheapest insert
        self._buffer: list[str] = []

    def add(self, key: str) -> None:
        self._buffer.append(key)
        if len(self._buffer) >= self.BUFFER:
            self._flush()

    def update(self, keys: Iterable[str]) -> None:
        for key in keys:
            self.add(key)

    def sorted(self) -> Iterator[str]:
        """Every key added, each once, in order."""
        self._flush()
        return (str(row[0]) for row in self._db.execute("SELECT DISTINCT key FROM keys ORDER BY key"))

    def _flush(self) -> None:
        self._db.executemany("INSERT INTO keys VALUES (?)", ((key,) for key in self._buffer))
        self._buffer.clear()


class UnusableEntry(Exception):
    """An entry the cache listed could not be used when it was read: corrupt, or deleted meanwhile."""

    def __init__(self, article_id: str, key: str) -> None:
        super().__init__(f"the build cache's entry for {article_id} cannot be used")
        self.article_id = article_id
        self.key = key


class StoredExtractions:
    """The build's extractions, read from the cache one at a time (``timeline.assemble.gather``).

    ``held`` are extractions the cache could not store, kept in memory instead.
    Raises ``UnusableEntry`` for an article whose entry the build counted on
    and cannot use: it then has no text left to extract it from, so the
    build discards the entry and starts again (``timeline.build.build``).
    """

    def __init__(self, cache: ExtractionCache, keys: Mapping[str, str], held: Mapping[str, Extraction]) -> None:
        self._cache = cache
        self._keys = keys
        self._held = held

    def document_frequency(self, article_ids: Collection[str]) -> tuple[Counter[str], int]:
        try:
            counts, unusable = self._cache.document_frequency(self._keys[a] for a in article_ids if a not in self._held)
        except sqlite3.Error:  # as if the first entry could not be used: the build tries again without the cache
            first = next((a for a in article_ids if a not in self._held), None)
            if first is None:
                raise
            unusable = frozenset({self._keys[first]})
        if unusable:  # deleted since the build listed it, or unreadable: the profile would lack it
            key = min(unusable)
            raise UnusableEntry(next(a for a in article_ids if a not in self._held and self._keys[a] == key), key)
        # Imported here, where gathering runs and has imported it: a build with nothing changed never does.
        from timeline.assemble.topicality import document_frequency

        held_counts, held = document_frequency(sentence_words(self._held[a])[1] for a in article_ids if a in self._held)
        counts.update(held_counts)
        return counts, sum(1 for a in article_ids if a not in self._held) + held

    def recall(self, article_id: str, context: str) -> tuple[bool, Extraction] | None:
        if article_id in self._held:
            return None
        recalled = self._cache.recall(self._keys[article_id], context)
        if recalled is None or recalled[1].article_id != article_id:  # another's: judged again, as ``get`` trusts none
            return None
        return recalled

    def kept_off(self, article_id: str, context: str) -> bool | None:
        return None if article_id in self._held else self._cache.kept_off(self._keys[article_id], context)

    def remember(self, context: str, kept: Sequence[tuple[str, bool, Extraction, bytes | None]]) -> frozenset[str]:
        by_key = {self._keys[a]: (a, off, e, k) for a, off, e, k in kept if a not in self._held}
        stored = self._cache.keep_many(context, ((key, off, e, k) for key, (_, off, e, k) in by_key.items()))
        return frozenset(by_key[key][0] for key in stored)

    def key_date_part(self, article_id: str, context: str) -> bytes | None:
        return None if article_id in self._held else self._cache.kept_key_dates(self._keys[article_id], context)

    def get(self, article_id: str) -> Extraction | None:
        held = self._held.get(article_id)
        if held is not None:
            return held
        key = self._keys[article_id]
        extraction = self._cache.get(key)
        if extraction is None or extraction.article_id != article_id:
            raise UnusableEntry(article_id, key)
        return extraction


class CachedReads:
    """The build cache as the read stage's memo (``timeline.read.memo.ReadMemo``).

    A file is read back only when every article in it has its extraction stored under
    the key its digest gives: the text, which extraction would need, is not read.
    Speed machinery, so measured (A/B, ``benchmarks/results/read-memo.md``): a rebuild with
    nothing changed took 0.41 s with it and 0.63 s without on the 2,716 dev articles as one
    feed, 0.56 and 0.98 s on 5,000 articles; one added 1.61 and 1.87 s, 2.44 and 2.90 s.
    """

    def __init__(self, cache: ExtractionCache, config: ExtractConfig) -> None:
        self._cache = cache
        self._config = config
        self._seen: dict[tuple[str, str], str | None] = {}
        """The signature of each file as ``recall`` saw it, before it was read."""

    def recall(self, path: Path, root: Path | None) -> list[Item] | None:
        file = (str(path), str(root) if root is not None else "")
        seen = signature(path)
        self._seen[file] = seen = f"{code_version()}:{seen}" if seen is not None else None
        row = self._cache.read_back(*file) if seen is not None else None
        if row is None or row[0] != seen:
            return None
        items = decode_items(row[1])
        if items is None or not all(self._cache.has(extraction_key(item[0], self._config, item[1]))
                                    for item in items if isinstance(item, tuple)):
            return None
        del self._seen[file]  # read back: nothing to remember
        return items

    def remember(self, path: Path, root: Path | None, items: Sequence[Item]) -> None:
        file = (str(path), str(root) if root is not None else "")
        seen = self._seen.pop(file, None)
        if seen is not None:
            self._cache.keep_read(*file, seen, encode_items(items))
