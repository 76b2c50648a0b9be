"""The story's events and summaries on disk while a build assembles and renders it.

A story tells more events than it has articles: the events of 20,000
synthetic articles are 38,000, 15 MB with their sentences (``sys.getsizeof``),
and the summaries 14 MB (tracemalloc). Assembling needs one date's events at a
time, in their articles' order, and each summary is printed once, by its
article's page. So both are written here as each extraction is read, and read
back a date (or a page) at a time. A warm build of 60,000 synthetic articles
peaked at 298 MB with both held, 262 MB with the summaries read from the
build cache for their pages, and 242 MB with both here.

The store is a private temporary SQLite database: SQLite keeps a few megabytes
of it in memory and the rest in a file it has already unlinked, in the system's
temporary folder (``SQLITE_TMPDIR`` or ``TMPDIR``; about a kilobyte an article), so
nothing is left behind, even by a killed build. It is closed, and gone, when the last
reference to it goes (the timeline whose summaries it holds).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from itertools import chain, groupby

import orjson

from timeline.assemble.topicality import story_words_in
from timeline.read.furniture_titles import FURNITURE_DAYS
from timeline.records import Event, Granularity, When

_SCHEMA = """
CREATE TABLE events (seq INTEGER PRIMARY KEY, rank INTEGER, idx INTEGER, told BLOB, first TEXT, granularity INTEGER,
                     value TEXT, last TEXT, article_id TEXT, sentence TEXT, named INTEGER, story INTEGER,
                     foretold INTEGER);
CREATE TABLE summaries (article_id TEXT PRIMARY KEY, sentences BLOB);
CREATE TABLE summary_sentences (article_id TEXT, pos INTEGER, told BLOB, day INTEGER,
                                PRIMARY KEY (article_id, pos)) WITHOUT ROWID;
"""

_BY_TOLD_DATE = """
SELECT h.first, h.granularity, h.value, h.last, e.article_id, e.idx, e.sentence, e.rank, e.named, e.story, e.foretold
FROM (SELECT seq, rank, idx, article_id, sentence, named, story, foretold,
             FIRST_VALUE(seq) OVER (PARTITION BY told ORDER BY rank, idx, seq) AS head FROM events) AS e
JOIN events AS h ON h.seq = e.head
ORDER BY h.first, h.granularity, h.value, e.rank, e.idx, e.seq
"""
"""Each event under the date its sentence's earliest report gave (``head``: the first by article
rank, then sentence, then order of adding), by that date in ``When`` order, then in the order of
their articles. Dates are ISO text and values ASCII: SQLite's text order is ``When``'s."""

Report = tuple[str, int, str, int, bool, int, bool]
"""One article's report of an event, as ``timeline.assemble`` merges it: article id, sentence index, sentence,
its article's rank (``add_events``), whether the sentence names its date (``Event.expression``: not dated by the
sentence before it or by its report's day), how many of the story's words it uses, and whether it was told as
still to come (``Event.foretold``)."""


_CACHE_KIB = 512
"""The spill's page cache, which also bounds each sort of the query by date (SQLite's sorter keeps that
much in memory before it writes to a temporary file): with SQLite's default 2,000 KiB, the query held
6.2 MB at 100,000 synthetic articles while the dates were merged (memray), the build's peak."""


class Spill(Mapping[str, tuple[str, ...]]):
    """The events and summaries of a story, by told date and by article id (the mapping: summaries, without
    the sentences that are the site's furniture).

    A sentence that the summaries of articles published on ``FURNITURE_DAYS`` days or more share word for
    word (the same bar as for titles, ``timeline.read.furniture_titles``) is the site's, not any article's
    news: a sidebar's headline printed above every page ("2 men charged in death of Chicago teen ...", 58
    summaries of one dev story, on 19 days), a blog's sidebar, a show's greeting ("I'm Fareed Zakaria."),
    a background line pasted into each report ("The blast killed 11 workers."). Each summary is read
    without them (``__getitem__``)."""

    def __init__(self) -> None:
        self._db = sqlite3.connect("")  # "": a private temporary database, on disk past its page cache
        self._db.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        self._db.executescript(_SCHEMA)
        self._furniture: frozenset[bytes] | None = None

    def add_events(self, rank: int, events: Iterable[Event], profile: frozenset[str] | None = None) -> None:
        """Add one article's events; ``rank`` is its article's place in the story's order, and ``profile``
        the story's words, counted in each event's sentence (``topicality.story_words_in``)."""
        self._db.executemany(
            "INSERT INTO events (rank, idx, told, first, granularity, value, last, article_id, sentence, named, story,"
            " foretold) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ((rank, e.sentence_index, _told_key(e.sentence), e.when.first.isoformat(), int(e.when.granularity),
              e.when.value, e.when.last.isoformat(), e.article_id, e.sentence, bool(e.expression),
              story_words_in(e.sentence, profile) if profile else 0, e.foretold) for e in events))

    def add_summary(self, article_id: str, sentences: tuple[str, ...], published: dt.date | None = None) -> None:
        """Add one article's summary; ``published``, its publication day, tells a sentence many days share."""
        self._furniture = None
        self._db.execute("INSERT OR REPLACE INTO summaries VALUES (?, ?)", (article_id, orjson.dumps(sentences)))
        self._db.execute("DELETE FROM summary_sentences WHERE article_id = ?", (article_id,))  # if added before
        day = published.toordinal() if published else None
        self._db.executemany("INSERT INTO summary_sentences VALUES (?, ?, ?, ?)",
                             [(article_id, pos, _told_key(sentence), day) for pos, sentence in enumerate(sentences)])

    def furniture(self) -> frozenset[bytes]:
        """The keys (``_told_key``) of the summary sentences articles of ``FURNITURE_DAYS`` days or more share
        (a few per story: held, where the articles that print them could be thousands)."""
        if self._furniture is None:
            self._furniture = frozenset(row[0] for row in self._db.execute(
                "SELECT told FROM summary_sentences GROUP BY told HAVING COUNT(DISTINCT day) >= ?", (FURNITURE_DAYS,)))
        return self._furniture

    def by_date(self) -> Iterator[tuple[When, list[Report]]]:
        """Each date in ``When`` order with its events, in their articles' order.

        The date of an event is the one the earliest report of its sentence gave
        (the same sentence, spaces and case aside, in a later article is the same
        report); the ``When`` is the one the date's first event was told with.
        """
        rows = self._db.execute(_BY_TOLD_DATE)
        for _, group in groupby(rows, key=lambda row: (row[0], row[1], row[2])):
            head = next(group)
            first, granularity, value, last = head[:4]
            when = When(dt.date.fromisoformat(first), Granularity(granularity), value, dt.date.fromisoformat(last))
            # The rows' date columns are dropped as they are read: a busy date's rows, held whole
            # beside its events, were 1.5 MB at 100,000 synthetic articles.
            yield when, [(article_id, index, sentence, rank, bool(named), story, bool(ahead))
                         for *_, article_id, index, sentence, rank, named, story, ahead in chain((head,), group)]

    def __getitem__(self, article_id: str) -> tuple[str, ...]:
        row = self._db.execute("SELECT sentences FROM summaries WHERE article_id = ?", (article_id,)).fetchone()
        if row is None:
            raise KeyError(article_id)
        sentences: list[str] = orjson.loads(row[0])
        furniture = self.furniture()
        if not furniture:
            return tuple(sentences)
        return tuple(sentence for sentence in sentences if _told_key(sentence) not in furniture)

    def __contains__(self, article_id: object) -> bool:
        return self._db.execute("SELECT 1 FROM summaries WHERE article_id = ?", (article_id,)).fetchone() is not None

    def __iter__(self) -> Iterator[str]:
        return (row[0] for row in self._db.execute("SELECT article_id FROM summaries ORDER BY article_id"))

    def __len__(self) -> int:
        count: int = self._db.execute("SELECT COUNT(*) FROM summaries").fetchone()[0]
        return count


def _told_key(sentence: str) -> bytes:
    """What makes two sentences the same report: their words, case aside."""
    return hashlib.blake2b(" ".join(sentence.lower().split()).encode("utf-8", "surrogatepass"),
                           digest_size=16).digest()
