"""The story's candidate sentences as rows, numbered in article id and sentence order (step 3 of the
method, ``timeline.assemble.keydates``): surveyed in one pass over the articles, kept on disk, and read back
a chosen day at a time."""
from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import sqlite3
import tempfile
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import numpy.typing as npt

from timeline.read.article_store import ArticlesById
from timeline.records import Article, Extraction, KeySentence
from timeline.sparse_rows import Floats, SparseRows

from .day_sentences import DayRows, day_centroid, unit
from .parts import KeyDatePart, key_date_part
from .salience import Days, article_votes
from .tuning import Tuning


REPEATED_LEAD_DAYS = 3
"""An undated lead sentence whose words open articles published on this many days or more is no day's news.

A news site prints its "most popular" headlines atop every page ("2 men charged in death of Chicago
teen who performed in inauguration event." opens 58 of the EgyptianProtest articles), and the joint
choice of a day's sentences (``choose_jointly``) favours what shares no words with the day's first
sentence: one such headline told Egypt's 25 January. Left out, it gave way to the day's own news,
and AR2 went from .0422 to .0423 on the 11 dev tasks (``benchmarks/results/judged/keydates-joint.md``).
Three days, not two: one wire story printed by two outlets a day apart is news of its day."""


class _Leads:
    """The undated lead candidates (row, digest of its words, publication day), to find those whose words
    open articles of ``REPEATED_LEAD_DAYS`` days or more.

    They are kept in a private temporary SQLite database (in memory up to its page cache, then in a file
    SQLite has already unlinked), which groups them by digest: a story has two or three leads an article,
    and held as three columns of machine integers (24 bytes a lead) and sorted in memory to find the
    repeated ones, they made the key dates' peak at 100,000 synthetic articles (5.4 MB held, about as
    much again while sorted; tracemalloc)."""

    _BATCH = 4096

    def __init__(self) -> None:
        self._db = sqlite3.connect("")
        self._db.execute("CREATE TABLE leads (row INTEGER, key INTEGER, day INTEGER)")
        self._pending: list[tuple[int, int, int]] = []

    def add(self, row: int, terms: Sequence[str], published: int) -> None:
        """A lead row, its words and its article's publication day (an ordinal)."""
        digest = hashlib.blake2b("\0".join(terms).encode("utf-8", "surrogatepass"), digest_size=8).digest()
        self._pending.append((row, int.from_bytes(digest, "little", signed=True), published))
        if len(self._pending) >= self._BATCH:
            self._flush()

    def finish(self, lead_days: int) -> set[int]:
        """No more leads: the days (ordinals) told by those whose words do not open articles of
        ``REPEATED_LEAD_DAYS`` days or more: their publication day and the ``lead_days`` - 1 before."""
        self._flush()
        # The repeated digests, grouped once for both questions (this and ``repeated_rows``).
        self._db.execute("CREATE TABLE repeated AS SELECT key FROM leads GROUP BY key "
                         "HAVING COUNT(DISTINCT day) >= ?", (REPEATED_LEAD_DAYS,))
        days = self._db.execute("SELECT DISTINCT day FROM leads WHERE key NOT IN repeated")
        return {day for (published,) in days for day in _told_by_lead(published, lead_days)}

    def repeated_rows(self) -> Iterator[int]:
        """After ``finish``, the rows whose words open articles of ``REPEATED_LEAD_DAYS`` days or more, in
        increasing order, read as they are walked.

        Not held: on a story whose sites print the same leads every day they are most of its leads (60,000
        synthetic articles, 110,000 such rows); a set of them took 7.7 MB, and an array grew 1.1 MB from
        20,000 articles to 100,000."""
        return (row for (row,) in self._db.execute("SELECT row FROM leads WHERE key IN repeated ORDER BY row"))

    def close(self) -> None:
        """Close the database, and free its page cache: a connection dropped unclosed lives on until a
        garbage collection (it and its statement cache refer to each other), and a build runs without
        them (at 100,000 synthetic articles the leads' 2 MB were still held while the entries were merged)."""
        self._db.close()

    def _flush(self) -> None:
        self._db.executemany("INSERT INTO leads VALUES (?, ?, ?)", self._pending)
        self._pending.clear()


def _told_by_lead(published: int, lead_days: int) -> range:
    """The days (ordinals) an undated lead sentence stands for: its article's publication day and the
    ``lead_days`` - 1 days before it (a day's news is printed that evening and the next morning)."""
    return range(published, published - lead_days, -1)


@dataclass(frozen=True, slots=True)
class Survey:
    """What the key dates read of every article before any day is chosen, in one pass over them.

    The candidate sentences go to a temporary file (``_RowFile``) as they are read, and only those
    of the days chosen come back, a day at a time (``Story``): held for every day, their words and
    places were where a warm build of a large archive peaked (at 60,000 synthetic articles, 112 MB
    before the key dates, 192 MB within them)."""

    articles: Sequence[Article]
    """The articles in id order: a row's article is a number into them."""
    published: Days
    """The articles' publication dates (of those that have one)."""
    votes: Mapping[dt.date, float]
    """Each day's votes (``article_votes``) summed over the articles, in article id order."""
    rows: _RowFile
    """The candidate sentences (rows), in article id and sentence order: their places, days and words."""
    columns: int
    """How many distinct content words the rows use (term ids are their order of first use)."""
    idf: Floats
    """Each term's inverse document frequency over the rows."""
    leads: _Leads
    """The undated lead sentences, which tell the rows of those whose words articles published on
    ``REPEATED_LEAD_DAYS`` days or more open with (``_Leads.repeated_rows``): a site's own furniture (a
    "most popular" headline printed on every page), not the news of any one day."""
    days: frozenset[dt.date]
    """The days that have a candidate: named by a row's event, or told by an undated lead."""

    def __enter__(self) -> Survey:
        return self

    def __exit__(self, *exc: object) -> None:
        self.rows.close()
        self.leads.close()

    @staticmethod
    def of(articles: Sequence[Article], extractions: Mapping[str, Extraction], tuning: Tuning,
           parts: Callable[[str], KeyDatePart | None] | None) -> Survey:
        # A store's view in id order (``ArticleStore.by_id``) is walked as it is, not sorted into a list.
        ordered = articles if isinstance(articles, ArticlesById) else sorted(articles, key=lambda a: a.id)
        vocabulary: defaultdict[str, int] = defaultdict(itertools.count().__next__)
        rows = _RowFile()
        votes: dict[dt.date, float] = defaultdict(float)
        leads = _Leads()
        named: set[int] = set()
        published_days: Counter[dt.date] = Counter()
        for number, article in enumerate(ordered):
            if article.published is not None:
                published_days[article.published] += 1
            # The part stored with what the build kept of the article, else one made from its extraction;
            # an article without either is passed over.
            part = parts(article.id) if parts is not None else None
            if part is None:
                extraction = extractions.get(article.id)
                if extraction is None:
                    continue
                part = key_date_part(extraction, tuning)
            published = article.published.toordinal() if article.published is not None else 0
            for index, days, terms, foretold in part.candidates:
                if days:
                    named.update(day.toordinal() for day in days)
                elif published:  # a lead sentence stands for its publication day
                    leads.add(len(rows), terms, published)
                else:
                    continue
                rows.add(number, index, published, [day.toordinal() for day in days],
                         Counter(map(vocabulary.__getitem__, terms)), foretold)
            for day, weight in article_votes(article.published, part.mentions, tuning).items():
                votes[day] += weight
        rows.finish()
        idf = np.log((1 + len(rows)) / (1 + rows.document_frequency(len(vocabulary)))) + 1.0
        told = named | leads.finish(tuning.lead_days)
        return Survey(ordered, Days.counted(published_days), votes, rows, len(vocabulary), idf, leads,
                       frozenset(map(dt.date.fromordinal, told)))


class _Batch:
    """A batch of rows as columns of machine integers: each row's article (a number into the story's
    articles), sentence index, article's publication day (ordinal; 0: none), whether its event was told as still
    to come (1 or 0), the days its event names (ordinals) and its words as term ids and counts (floats already:
    the TF-IDF weights are computed in this very buffer, not a copy)."""

    COLUMNS = (("article", "i"), ("index", "i"), ("published", "i"), ("foretold", "b"), ("day_start", "q"),
               ("days", "i"), ("indptr", "q"), ("indices", "i"), ("counts", "d"))

    def __init__(self) -> None:
        self.article, self.index, self.published = array("i"), array("i"), array("i")
        self.foretold = array("b")
        self.day_start, self.days = array("q", [0]), array("i")
        self.indptr, self.indices, self.counts = array("q", [0]), array("i"), array("d")

    def __len__(self) -> int:
        return len(self.index)

    def add(self, article: int, index: int, published: int, days: Sequence[int], bag: Mapping[int, int],
            foretold: bool) -> None:
        self.article.append(article)
        self.index.append(index)
        self.published.append(published)
        self.foretold.append(foretold)
        self.days.extend(days)
        self.day_start.append(len(self.days))
        term_ids = sorted(bag)
        self.indices.extend(term_ids)
        self.counts.extend(map(bag.__getitem__, term_ids))
        self.indptr.append(len(self.indices))


class _RowFile:
    """The story's rows in an unnamed temporary file, written and read back a ``_Batch`` at a time.

    Why a file, not memory, nor reading the articles' parts again: at 60,000 synthetic articles
    (197,000 rows, 2.6 million word counts) the rows held made the warm build's peak (192 MB, 145 MB
    without them), and decoding every part a second time took the key dates from 6.8 to 9.7 s."""

    BATCH_ROWS = 4096

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()
        self._batch = _Batch()
        self._sizes: list[tuple[int, ...]] = []
        self._rows = 0
        self._document_frequency = np.zeros(0, dtype=np.int64)

    def __len__(self) -> int:
        return self._rows

    def add(self, article: int, index: int, published: int, days: Sequence[int], bag: Mapping[int, int],
            foretold: bool) -> None:
        """Add a row: its article's number, sentence index, publication day, named days, word counts and whether
        its event was told as still to come."""
        self._batch.add(article, index, published, days, bag, foretold)
        self._rows += 1
        if len(self._batch) >= self.BATCH_ROWS:
            self._write()

    def finish(self) -> None:
        """No more rows: write what is left."""
        self._write()

    def close(self) -> None:
        self._file.close()

    def document_frequency(self, columns: int) -> npt.NDArray[np.int64]:
        """How many rows use each term."""
        return np.pad(self._document_frequency, (0, columns - len(self._document_frequency)))

    def batches(self) -> Iterator[_Batch]:
        """The rows again, a batch at a time, in the order they were added."""
        self._file.seek(0)
        for sizes in self._sizes:
            batch = _Batch()
            for (name, _), size in zip(_Batch.COLUMNS, sizes):
                column: array[Any] = getattr(batch, name)
                del column[:]
                column.fromfile(self._file, size)
            yield batch

    def _write(self) -> None:
        batch = self._batch
        if not len(batch):
            return
        counts = np.bincount(np.frombuffer(batch.indices, dtype=np.int32))  # a row's term ids are distinct
        grown = np.zeros(max(len(counts), len(self._document_frequency)), dtype=np.int64)
        grown[:len(self._document_frequency)] += self._document_frequency
        grown[:len(counts)] += counts
        self._document_frequency = grown
        sizes = []
        for name, _ in _Batch.COLUMNS:
            column: array[Any] = getattr(batch, name)
            column.tofile(self._file)
            sizes.append(len(column))
        self._sizes.append(tuple(sizes))
        self._batch = _Batch()


class _Ascending:
    """Whether numbers, asked in increasing order, are in an increasing sequence, walked once."""

    def __init__(self, numbers: Iterator[int]) -> None:
        self._numbers = numbers
        self._next = next(numbers, None)

    def __contains__(self, number: int) -> bool:
        while self._next is not None and self._next < number:
            self._next = next(self._numbers, None)
        return self._next == number


class _IdsByNumber:
    """The ids of the survey's articles by number, asked in increasing order (the rows' order): walked
    forward once, without reading the articles (``ArticlesById.ids``) when they are in a store."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self._ids = articles.ids() if isinstance(articles, ArticlesById) else (a.id for a in articles)
        self._number = -1
        self._id = ""

    def at(self, number: int) -> str:
        while self._number < number:
            self._id = next(self._ids)
            self._number += 1
        return self._id


class Story:
    """The candidate sentences of some days, with their TF-IDF rows, a day at a time, and the story's centroid.

    The loaded rows wait in a private temporary SQLite database (in memory up to its page cache, then
    in a file SQLite has already unlinked), keyed by day, and each day's come back when the day is
    told (``day``). Why not held: a key day's candidates grow with the articles printed a day, not
    with the key dates; at 100,000 synthetic articles the 50 days loaded had 26,979 rows (5,679 at
    20,000), the busiest day 2,360. Held as columns, they raised a warm build's high-water mark 9.6 MB
    over the survey's at 100,000 (1.6 MB at 20,000); a day at a time, 3.1 MB (1.8 MB; docs identical)."""

    _INSERT = "INSERT INTO candidates VALUES (?, ?, ?, ?, ?, ?, ?, ?)"

    def __init__(self, days: frozenset[dt.date], centroid: Floats, extractions: Mapping[str, Extraction],
                 db: sqlite3.Connection) -> None:
        self.days = days
        """The days whose candidates were loaded."""
        self.centroid = centroid
        """The unit mean of every row's TF-IDF vector: the story's own words."""
        self._extractions = extractions
        self._db = db

    def __enter__(self) -> Story:
        return self

    def __exit__(self, *exc: object) -> None:
        self._db.close()

    @staticmethod
    def load(survey: Survey, days: frozenset[dt.date], extractions: Mapping[str, Extraction],
             tuning: Tuning) -> Story:
        """Read the rows of ``days`` back from the survey's file; every row's TF-IDF vector is made, a
        batch at a time, for the centroid, and only the loaded rows' are kept, under each day they tell.

        The numbers are those of the whole matrix made at once: a row's vector depends on it and the
        IDF alone, and the centroid's sums run in the same order (``np.add.at`` as ``np.bincount``)."""
        wanted = {day.toordinal() for day in days}
        db = sqlite3.connect("")
        db.execute("CREATE TABLE candidates (day INTEGER, row INTEGER, leading INTEGER, article TEXT, "
                   "sentence INTEGER, terms BLOB, weights BLOB, foretold INTEGER, PRIMARY KEY (day, row)) "
                   "WITHOUT ROWID")
        centroid = np.zeros(max(1, survey.columns))
        ids = _IdsByNumber(survey.articles)
        repeated = _Ascending(survey.leads.repeated_rows())
        row = 0
        for batch in survey.rows.batches():
            indices = np.frombuffer(batch.indices, dtype=np.int32)
            indptr = np.frombuffer(batch.indptr, dtype=np.int64)
            counts = SparseRows(np.frombuffer(batch.counts, dtype=np.float64), indices, indptr, len(centroid))
            vectors = counts.scale_columns(survey.idf, in_place=True).normalize_rows(in_place=True)
            np.add.at(centroid, indices, vectors.data)
            kept: list[tuple[int, int, int, str, int, bytes, bytes, int]] = []
            for i in range(len(batch)):
                first, last = batch.day_start[i], batch.day_start[i + 1]
                published = batch.published[i]
                if first < last:  # a day named ahead: a plan or a forecast (``Tuning.told_ahead``)
                    named = [day for day in batch.days[first:last]
                             if day in wanted and (tuning.told_ahead or not published or day <= published)]
                    told: list[int] = []
                elif row + i in repeated:
                    named, told = [], []
                else:
                    named, told = [], [d for d in _told_by_lead(published, tuning.lead_days) if d in wanted]
                if not (named or told):
                    continue
                start, end = batch.indptr[i], batch.indptr[i + 1]
                place = ids.at(batch.article[i]), batch.index[i]
                terms, weights = indices[start:end].tobytes(), vectors.data[start:end].tobytes()
                # told as still to come by an article of the day or before: what the pages mark "Expected:"
                ahead = published > 0 and batch.foretold[i]
                for leading, row_days in ((0, named), (1, told)):
                    kept.extend((day, row + i, leading, *place, terms, weights, int(ahead and day >= published))
                                for day in row_days)
            db.executemany(Story._INSERT, kept)
            row += len(batch)
        return Story(days, unit(centroid), extractions, db)

    def day(self, day: dt.date, chosen: Chosen, reach: int = 0) -> DayRows:
        """The candidates of a loaded day, in row order, with the rows of the sentences already ``chosen``,
        and the words of the loaded days within ``reach`` of it either side (``DayRows.around``; none when 0)."""
        rows = self._rows(day, chosen)
        return replace(rows, around=self.words_around(day, reach)) if reach > 0 and rows.places else rows

    def _rows(self, day: dt.date, chosen: Chosen) -> DayRows:
        """``day``'s rows without the words around it: also what ``words_around`` reads of each neighbour.

        Read into flat buffers, not kept as the rows SQLite returns: a busy day has thousands of
        candidates (2,360 for the busiest at 100,000 synthetic articles)."""
        places: list[tuple[str, int]] = []
        mentioning: list[int] = []
        leading: list[int] = []
        foretold: list[int] = []
        terms, weights, indptr = bytearray(), bytearray(), array("q", [0])
        found = self._db.execute("SELECT leading, article, sentence, terms, weights, foretold FROM candidates "
                                 "WHERE day = ? ORDER BY row", (day.toordinal(),))
        for lead, article, sentence, row_terms, row_weights, ahead in found:
            (leading if lead else mentioning).append(len(places))
            if ahead:
                foretold.append(len(places))
            places.append((article, sentence))
            terms += row_terms
            weights += row_weights
            indptr.append(len(terms) // 4)
        for row_terms, row_weights in zip(chosen.terms, chosen.weights):
            terms += row_terms
            weights += row_weights
            indptr.append(len(terms) // 4)
        matrix = SparseRows(np.frombuffer(weights, dtype=np.float64), np.frombuffer(terms, dtype=np.int32),
                            np.frombuffer(indptr, dtype=np.int64), len(self.centroid))
        return DayRows(places, mentioning, leading, matrix, range(len(places), len(indptr) - 1), self.centroid,
                       foretold=frozenset(foretold))

    def words_around(self, day: dt.date, reach: int) -> Floats | None:
        """The mean of the day centroids of the loaded days within ``reach`` of ``day`` (not itself) that have
        candidates; None when there are none. Each is read again for every key day near it (bpoil's 30 key
        days read 175 neighbours), not kept: a day's centroid is as long as the story's vocabulary, and all of
        ``timeline key-dates`` on bpoil costs 0.05 s more with the neighbours than without (``Tuning.around_days``),
        which a cache could not make a tenth of its time."""
        centroids = []
        for offset in itertools.chain(range(-reach, 0), range(1, reach + 1)):
            other = day + dt.timedelta(days=offset)
            if other in self.days:
                rows = self._rows(other, Chosen())
                if rows.places:
                    centroids.append(day_centroid(rows.matrix, rows.mentioning, rows.leading))
        return np.mean(centroids, axis=0) if centroids else None

    def key_sentence(self, article_id: str, index: int) -> KeySentence:
        """The sentence as a key date prints it: an event's as its entry does (without a chronology item's
        opening date, which the key date's heading gives: ``Event.sentence``), else without its opening."""
        extraction = self._extractions[article_id]
        event = next((e for e in extraction.events if e.sentence_index == index), None)
        if event is not None:
            return KeySentence(event.sentence, article_id, index, event.foretold, event.when.day())
        sentences = extraction.sentences
        text = sentences.texts[sentences.indices.index(index)]
        return KeySentence(extraction.told(index, text), article_id, index)




class Chosen:
    """The TF-IDF rows of the sentences chosen so far, for any day: a later day's candidate too like one
    of them is redundant."""

    def __init__(self) -> None:
        self.terms: list[bytes] = []
        self.weights: list[bytes] = []
        """Each row's term ids (32-bit) and weights (64-bit floats), as ``Story.day`` reads its rows."""

    def add(self, matrix: SparseRows, rows: Iterable[int]) -> None:
        for row in rows:
            start, end = matrix.indptr[row], matrix.indptr[row + 1]
            self.terms.append(matrix.indices[start:end].tobytes())
            self.weights.append(matrix.data[start:end].tobytes())

