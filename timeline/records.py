"""The typed records that flow between the pipeline stages.

Every record is a frozen dataclass: a stage can hand its output to a process
pool or a cache without anyone mutating it behind its back, and two records
with equal fields are equal, which keeps builds deterministic.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import overload


class Granularity(enum.IntEnum):
    """How precise a date is; a smaller number is a coarser date.

    The order is used to sort events of mixed precision: within the same
    starting day a coarser event comes first, so a year-level event heads its
    year and a month-level one heads its month.
    """

    CENTURY = 0
    DECADE = 1
    YEAR = 2
    HALF = 3
    QUARTER = 4
    SEASON = 5
    MONTH = 6
    WEEK = 7
    DAY = 8

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Article:
    """One input article, as the reader found it.

    ``id`` is unique within a build and safe to use in a file name; ``origin``
    names where it came from (a path, with ``:line`` for a JSONL feed) so that
    every message about it can point at the input.
    """

    id: str
    origin: str
    title: str
    text: str
    published: dt.date | None = None
    url: str = ""
    source: str = ""
    tags: tuple[str, ...] = ()
    language: str = "en"
    slug: str = ""
    """The file-name-safe, build-unique form of ``id`` (the reader sets it)."""
    other_titles: tuple[str, ...] = ()
    """Of an article titled from its text, the next titles the text gives, in order: the first of them not
    furniture is its title, should ``title`` prove to be the site's furniture once every article is read
    (``timeline.read.furniture_titles``)."""


def long_date(day: dt.date) -> str:
    """A day as a reader reads it: "17 May 2024" (no leading zero, the month by name)."""
    return f"{day.day} {day:%B %Y}"


def long_range(days: tuple[dt.date, dt.date]) -> str:
    """Two days as a reader reads them, "31 March 2010 – 31 January 2011"; one day once."""
    first, last = days
    return long_date(first) if first == last else f"{long_date(first)} – {long_date(last)}"


def count_of(number: int, noun: str) -> str:
    """``number`` of ``noun`` as a reader reads it: "1 event", "4,292 events" (the nouns the pages
    and exports count all take an "s")."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


@dataclass(frozen=True, slots=True, order=True)
class When:
    """A normalized date: the interval it covers and how precise it is.

    ``value`` is the TimeML TIMEX3 value the tagger gave (``2024-05``, ``199``).
    Ordering is by (first day, granularity, value): the documented timeline
    order in which a coarser date sorts at the head of the period it starts.
    """

    first: dt.date
    granularity: Granularity
    value: str
    last: dt.date = field(compare=False)

    def day(self) -> dt.date | None:
        """The day it names, when it is precise to the day; else None."""
        return self.first if self.granularity is Granularity.DAY else None

    def label(self) -> str:
        """The date shown at its own granularity: "2023", "March 2024", "17 May 2024"."""
        g = self.granularity
        if g is Granularity.DAY:
            return long_date(self.first)
        if g is Granularity.MONTH:
            return f"{self.first:%B %Y}"
        if g is Granularity.YEAR:
            return str(self.first.year)
        if g is Granularity.DECADE:
            return f"the {self.first.year}s"
        if g is Granularity.CENTURY:
            return f"the {self.first.year // 100 + 1}{_ordinal_suffix(self.first.year // 100 + 1)} century"
        if g is Granularity.WEEK and self.value.endswith("-WE"):
            return f"weekend of {_day_span(self.first, self.last)}"
        if g is Granularity.WEEK:
            return f"week of {self.first.day} {self.first:%B %Y}"
        if g is Granularity.QUARTER:
            return f"Q{(self.first.month - 1) // 3 + 1} {self.first.year}"
        if g is Granularity.HALF:
            return f"H{(self.first.month - 1) // 6 + 1} {self.first.year}"
        return f"{_SEASONS.get(self.value[-2:], 'season')} {self.first.year}"

    def heading(self) -> str:
        """``label`` as it opens a line or a title: "Week of 3 May 2010", "Spring 2011", "The 1990s"."""
        label = self.label()
        return label[:1].upper() + label[1:]


def _day_span(first: dt.date, last: dt.date) -> str:
    """Two days as a range: "16–17 January 2010", "30 January – 1 February 2010", "31 December 2009 – 1 January
    2010" (a weekend is a Saturday and a Sunday: a reader took "week of 16 January" for the week it opens)."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}\u2013{long_date(last)}"
    if first.year == last.year:
        return f"{first.day} {first:%B} \u2013 {long_date(last)}"
    return f"{long_date(first)} \u2013 {long_date(last)}"


_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article with its character span in the article text."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentences(Sequence[Sentence]):
    """An article's sentences, stored as four parallel columns.

    A sequence of ``Sentence`` like a tuple of them, but a rebuild decodes
    the sentences of thousands of cached articles (150,000 for 2,700
    articles) and uses few of them: kept as columns they cost four tuples an
    article, and a ``Sentence`` is made only for the ones looked at. Stages
    that scan every sentence read the columns (``indices``, ``texts``).
    """

    indices: tuple[int, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    texts: tuple[str, ...]

    def __post_init__(self) -> None:
        if not len(self.indices) == len(self.starts) == len(self.ends) == len(self.texts):
            raise ValueError("the columns of Sentences differ in length")

    @classmethod
    def of(cls, sentences: Iterable[Sentence]) -> Sentences:
        """The columns of ``sentences``, in order."""
        rows = list(sentences)
        return cls(tuple(s.index for s in rows), tuple(s.start for s in rows), tuple(s.end for s in rows),
                   tuple(s.text for s in rows))

    def __len__(self) -> int:
        return len(self.indices)

    @overload
    def __getitem__(self, position: int) -> Sentence: ...

    @overload
    def __getitem__(self, position: slice) -> Sentences: ...

    def __getitem__(self, position: int | slice) -> Sentence | Sentences:
        if isinstance(position, slice):
            return Sentences(self.indices[position], self.starts[position], self.ends[position],
                             self.texts[position])
        return Sentence(self.indices[position], self.starts[position], self.ends[position], self.texts[position])

    def __iter__(self) -> Iterator[Sentence]:
        return map(Sentence, self.indices, self.starts, self.ends, self.texts)


@dataclass(frozen=True, slots=True)
class Event:
    """A sentence tied to the date one of its temporal expressions refers to."""

    article_id: str
    sentence_index: int
    sentence: str
    when: When
    expression: str
    start: int
    end: int
    foretold: bool = False
    """Its article told it as still to come, before its day or on it in the future: a plan or a forecast
    (``timeline.extract.foretold``), which a page marks as expected."""


@dataclass(frozen=True, slots=True)
class Mention:
    """A resolved DATE/TIME expression of an article, kept for date salience."""

    sentence_index: int
    when: When


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the extract stage learns from one article.

    A pure function of the article and the extraction config, so it can be
    cached by content and computed in any process.
    """

    article_id: str
    sentences: Sentences
    mentions: tuple[Mention, ...]
    events: tuple[Event, ...]
    summary: tuple[int, ...]
    """Indices into ``sentences`` of the summary, in article order."""
    writers_voice: bool = False
    """The article speaks in its writer's first person (a column, a blog, readers' comments):
    its events make no timeline entries, though its dated sentences still help choose key dates."""
    words: tuple[str, ...] = ()
    """Each sentence's content words (``timeline.words.content_words``), in sentence order;
    empty in a record made by hand, whose readers then find them in the texts.

    Topicality reads every sentence of the archive on every build: read from
    here rather than tokenized again, it took 0.34 s instead of 1.1 s on the 2,716
    dev articles (one article added: 3.0 s before, 2.2 s after), for a cache a third
    larger (33 MB instead of 23 MB)."""
    vocabulary: str = ""
    """The article's distinct content words (the union of ``words``), sorted, joined by spaces:
    topicality counts in how many articles each word is used, and reads them here instead of
    merging ``words`` again (on the 2,716 dev articles, 0.11 s instead of 0.23 s a build)."""
    openings: Mapping[int, int] = field(default_factory=dict)
    """By sentence index, the length of the wire dateline, timestamp or byline that opens the
    sentence (``timeline.boilerplate.strip_dateline``); a sentence without one is not listed."""
    happenings: frozenset[int] = frozenset()
    """Indices of the sentences that are no page furniture and report a happening
    (``timeline.extract.happenings.reports_happening``, on the sentence without its opening).
    Key dates choose only among these: a record made by hand names them
    (``timeline.extract.happening_sentences`` judges them as extraction does).

    Extraction judges every sentence anyway; kept, the judgment spares each rebuild
    from judging again the sentences key dates may choose (``told`` likewise): on the
    2,716 dev articles, choosing the key dates of a rebuild took 1.51 s before and 0.36 s
    after (one article added: 4.4 s before, 3.0 s after)."""

    def __post_init__(self) -> None:
        if self.words and len(self.words) != len(self.sentences):
            raise ValueError("Extraction.words has not one entry per sentence")

    def told(self, index: int, text: str) -> str:
        """``text``, the sentence at ``index``, without its opening (what ``strip_dateline`` leaves)."""
        return text[self.openings.get(index, 0):]

    def keeping(self, indices: frozenset[int]) -> Extraction:
        """This extraction with only the sentences of these indices and of the summary, and no words.

        What a build holds of each article once topicality has read the words: the
        sentences the later stages read (the key dates', the summary's; events carry
        their own): for 20,000 synthetic articles, 83 MB of objects (tracemalloc), where decoding
        them all whole grew the build by 606 MB."""
        sentences = self.sentences
        summary = frozenset(self.summary)
        positions = [p for p, i in enumerate(sentences.indices) if i in indices or p in summary]
        kept = Sentences(tuple(sentences.indices[p] for p in positions), tuple(sentences.starts[p] for p in positions),
                         tuple(sentences.ends[p] for p in positions), tuple(sentences.texts[p] for p in positions))
        at = {p: n for n, p in enumerate(positions)}
        held = frozenset(kept.indices)
        return dataclasses.replace(
            self, sentences=kept, summary=tuple(at[p] for p in self.summary), words=(), vocabulary="",
            openings={i: n for i, n in self.openings.items() if i in held},
            happenings=self.happenings & held)

    @property
    def summary_sentences(self) -> tuple[str, ...]:
        """The summary's sentences without their openings, in article order."""
        texts = self.sentences.texts
        return tuple(self.told(self.sentences.indices[i], texts[i]) for i in self.summary)


_SAYS_EXPECTED = re.compile(r"\bexpect(?:s|ed|ing)?\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class KeySentence:
    """A sentence chosen for a key date, with the article it came from."""

    text: str
    article_id: str
    sentence_index: int
    foretold: bool = False
    """Its event was told as still to come (``Event.foretold``): the pages mark it "Expected", as they mark such
    an event. A first-time reader took "President Hosni Mubarak is expected to step down on Thursday night" under
    a key date for what happened; he refused that night."""
    event_day: dt.date | None = None
    """The day its event is dated to, at a day's precision (None: it is no event, or one dated coarser): a sentence
    that is an event of its key date's day is also on that day's page."""

    @property
    def marked_expected(self) -> bool:
        """Whether the pages print "Expected:" before it: it was foretold, and its own words do not say so
        already ("Expected: Mubarak is expected to step down ..." read twice over to a first-time reader)."""
        return self.foretold and _SAYS_EXPECTED.search(self.text) is None


@dataclass(frozen=True, slots=True)
class KeyDate:
    """A day that matters to the story, with the sentences that tell it."""

    date: dt.date
    sentences: tuple[KeySentence, ...]
    score: float = field(default=0.0, compare=False)

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the articles behind the sentences, first use first."""
        return tuple(dict.fromkeys(s.article_id for s in self.sentences))

    @property
    def places(self) -> tuple[tuple[str, int], ...]:
        """Where its sentences are: (article id, sentence index) of each, in order (a day's page marks the entries
        that report them: ``assemble.story.day_lists``)."""
        return tuple((s.article_id, s.sentence_index) for s in self.sentences)
