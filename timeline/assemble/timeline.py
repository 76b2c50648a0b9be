"""The assembled timeline: what the render stage and the exports read.

Frozen dataclasses all the way down, ordered once by the assemble stage, so
templates and exporters only walk them and never sort or mutate. The entries of
an assembled timeline are views of its store (``timeline.assemble.entry_store``),
read a section at a time; a timeline made by hand holds them in tuples.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from timeline.records import Granularity, KeyDate, When

if TYPE_CHECKING:
    from timeline.assemble.entry_store import EntryStore


def year_page(year: int) -> str:
    """The docs-relative Markdown page of a year."""
    return f"years/{year}.md"


def month_page(year: int, month: int) -> str:
    """The docs-relative Markdown page of a month (see ``MonthSection.page``)."""
    return f"months/{year:04d}-{month:02d}.md"


def events_page(period: str) -> str:
    """The docs-relative page that lists every entry of a period (``Entry.page``):
    ``events/2010-05-27.md`` for a day, ``events/2010-05.md`` for the entries dated to
    May 2010 more coarsely than a day (the month or a week that starts in it),
    ``events/2010.md`` for those dated to the year 2010, a part of it longer than a month
    (a quarter, a season, a half) or a longer period starting in it."""
    return f"events/{period}.md"


def events_period(page: str) -> str:
    """The period of an events page (``events_page``'s inverse): "2010-05-27", "2010-05", "2010"."""
    return page.removeprefix("events/").removesuffix(".md")


def period_first_day(period: str) -> dt.date:
    """The first day of an events page's period (``events_period``): the day, the month's first, the year's first."""
    if len(period) == 10:
        return dt.date.fromisoformat(period)
    return dt.date(int(period[:4]), int(period[5:7]) if len(period) == 7 else 1, 1)


def of_a_month(granularity: Granularity) -> bool:
    """Whether an entry of this precision belongs to the month it starts in (its page and its section of the
    year), or else to its year as a whole: a month, a week or a day does; a quarter, a season or a half spans
    months, and on the page of its first month "Q1 2010" stood alone under January, which the year page
    counted as January's events."""
    return granularity >= Granularity.MONTH


def side_of(when: When, span: tuple[dt.date, dt.date] | None) -> str:
    """"background" for a date that ends before the story's span, "outlook" for one that starts
    after it, "" for one of the story: where ``timeline.assemble`` puts an entry."""
    if span is not None:
        if when.last < span[0]:
            return "background"
        if when.first > span[1]:
            return "outlook"
    return ""


Key = TypeVar("Key", bound=Hashable)
Period = TypeVar("Period", bound=Hashable)


def capped(ranked: Iterable[tuple[Key, Period]], count: int, per_period: int,
           reserved: Sequence[tuple[Key, Period]] = ()) -> list[Key]:
    """The keys a capped choice takes of ``ranked`` (each key with its period, the most important first):
    those of ``reserved`` first, then, in rank order, each other while fewer than ``count`` are taken and its
    period has fewer than ``per_period``. The ranking is read no further than the choice needs (a store's
    cursor: ``StoredEntries.most_important``)."""
    taken = Counter(period for _, period in reserved)
    picked = [key for key, _ in reserved]
    skipped = set(picked)
    for key, period in ranked:
        if len(picked) >= count:
            break
        if key not in skipped and taken[period] < per_period:
            taken[period] += 1
            picked.append(key)
    return picked


def held(entries: Sequence[Entry]) -> tuple[Entry, ...]:
    """``entries`` read once into a tuple: a page's plan walks them several times. (Not ``tuple(view)``,
    which counts a store's view first, a query of its own.)"""
    return entries if isinstance(entries, tuple) else tuple(iter(entries))


@dataclass(frozen=True, slots=True)
class SourceRef:
    """One article that reports an entry: enough to link to it and name it."""

    article_id: str
    slug: str
    title: str
    published: dt.date | None
    sentence_index: int


RECALLED_AFTER = dt.timedelta(days=7)
"""How long after a happening its first report makes it a retelling (``Entry.recalled``). The busiest day of a
story is told again for months: bpoil's page of 20 April 2010 held 79 events, 76 of them told only by reports of
more than a week later, and the day's 3 reports among them. A week: what a day's own news, its follow-ups and the
weekly papers tell of it."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One timeline event: a date, a sentence, and every article that reports it.

    ``anchor`` is a permalink id derived from the date and the sentence only,
    so it stays the same when other articles are added to the story.
    """

    anchor: str
    when: When
    sentence: str
    sources: tuple[SourceRef, ...]
    importance: float = 0.0
    """How much the entry matters to a reader, from evidence (``timeline.assemble.importance``):
    the articles that report it, whether its day is a key date, how close it is to the story.
    Pages that cannot show every entry show the most important ones."""
    foretold: bool = False
    """Every report told it as still to come (``Event.foretold``): a plan or a forecast of its day."""

    @property
    def year(self) -> int:
        return self.when.first.year

    def _told_days(self) -> list[dt.date] | None:
        """The publication days of the articles that report it; None when one of them has no date (then nothing
        is known of when it was told) or none reports it."""
        days = [source.published for source in self.sources]
        if not days or any(day is None for day in days):
            return None
        return [day for day in days if day is not None]

    @property
    def last_told(self) -> dt.date | None:
        """The publication day of the last article that reports it; None when one of them has no date."""
        days = self._told_days()
        return None if days is None else max(days)

    @property
    def told_ahead(self) -> bool:
        """Every article that reports it was published before it begins: what they expected or planned ("the
        slick was expected to wash ashore on Friday", written on Thursday), not a happening they told."""
        told = self.last_told
        return told is not None and told < self.when.first

    @property
    def first_told(self) -> dt.date | None:
        """The publication day of the first article that reports it; None when one of them has no date."""
        days = self._told_days()
        return None if days is None else min(days)

    @property
    def told_after(self) -> bool:
        """Every article that reports it was published after it ended: a page says when it was first reported, for
        its sentence tells it from that day ("Yesterday, PNC agreed to buy the bank" under 24 October, reported on
        the 25th; a first-time reader found half of a story's events saying "yesterday" or "today" under a day
        the words did not name). False when one of them has no date."""
        first = self.first_told
        return first is not None and first > self.when.last

    @property
    def recalled(self) -> bool:
        """Every article that reports it was published more than ``RECALLED_AFTER`` after it ended: a later
        report's retelling ("The Deepwater Horizon rig exploded on 20 April, killing 11 workers"), which a day's
        page lists after what was told at the time. False when one of them has no date."""
        first = self.first_told
        return first is not None and first > self.when.last + RECALLED_AFTER

    @property
    def expected(self) -> bool:
        """What a page marks "Expected, as reported on" its ``last_told`` day: told by every report as what was
        to come, before its day or on it in the future; not a live page's later lines told in the past under the
        day it was opened (``timeline.extract.foretold``)."""
        told = self.last_told
        return self.foretold and told is not None and told <= self.when.first

    @property
    def page(self) -> str:
        """The docs-relative page that shows this entry whatever else the story holds:
        the page of every entry of its period (``events_page``). Month and year pages
        show only a period's most important entries, and background entries have no
        month page, so a permalink goes to the page that lists them all."""
        first = self.when.first
        if not of_a_month(self.when.granularity):
            return events_page(f"{first.year:04d}")
        if self.when.granularity is Granularity.DAY:
            return events_page(first.isoformat())
        return events_page(f"{first.year:04d}-{first.month:02d}")


@dataclass(frozen=True, slots=True)
class PeriodPage:
    """An events page (``Entry.page``): its entries, and what its plan reads of them."""

    page: str
    entries: Sequence[Entry]
    """In timeline order; of an assembled timeline, a view of its store, read when the page is rendered."""
    sides: frozenset[str]
    """The sides of the story (``side_of``) its entries are on."""
    reporters: frozenset[str]
    """The articles that report them."""
    anchors: tuple[str, ...]
    """Their anchors, in order."""
    importances: tuple[float, ...] = ()
    """Their importance, in order: a day's page lists them by it (``timeline.assemble.story.day_lists``), and it
    moves when articles the page does not print change the story's words."""

    @property
    def first(self) -> dt.date:
        """The first day of the page's period (its entries' first days are in it, from its first)."""
        return period_first_day(events_period(self.page))


@dataclass(frozen=True, slots=True)
class MonthSection:
    year: int
    month: int
    entries: Sequence[Entry]

    @property
    def name(self) -> str:
        return dt.date(self.year, self.month, 1).strftime("%B")

    @property
    def anchor(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def title(self) -> str:
        return f"{self.name} {self.year}"

    @property
    def page(self) -> str:
        """Each month has a page of its own: a busy year of one story held 11,000
        events, a 4.7 MB page no phone should load and every new article re-rendered."""
        return month_page(self.year, self.month)


@dataclass(frozen=True, slots=True)
class YearSection:
    """A year page: entries coarser than a month first, then month sections."""

    year: int
    head: Sequence[Entry]
    months: tuple[MonthSection, ...]
    stored: Sequence[Entry] | None = field(default=None, compare=False, repr=False)
    """``entries`` as a view of the timeline's store; None: made from the head and months."""

    @property
    def entries(self) -> Sequence[Entry]:
        """The head, then each month's entries."""
        if self.stored is not None:
            return self.stored
        return tuple(self.head) + tuple(e for m in self.months for e in m.entries)


@dataclass(frozen=True, slots=True)
class ArticlePage:
    """What an article's page shows, including its entries in the timeline."""

    id: str
    slug: str
    title: str
    published: dt.date | None
    url: str
    source: str
    tags: tuple[str, ...]
    entries: Sequence[Entry]
    on_topic: bool = True
    """False for an article that is not about the story (an unrelated wire story, a news
    roundup in the feed): its sentences make no entries, and the site lists it apart."""


@dataclass(frozen=True, slots=True, weakref_slot=True)
class Timeline:
    """The whole story, ordered and ready to render or export.

    ``years`` hold the story itself: the entries that overlap ``span``, the
    period the articles cover. Entries that end before it are ``background``
    and entries that start after it are ``outlook``; each has a page of its
    own, and the home page, chart, latest events and feeds show only the story.
    """

    title: str
    description: str
    articles: Sequence[ArticlePage]
    """Every article's page, in story order: of an assembled timeline, a view of its store
    (``timeline.assemble.entry_store``), read as it is walked."""
    years: tuple[YearSection, ...]
    key_dates: tuple[KeyDate, ...]
    background: Sequence[Entry] = ()
    """Entries that end before the story's span, in timeline order."""
    outlook: Sequence[Entry] = ()
    """Entries that start after the story's span, in timeline order."""
    span: tuple[dt.date, dt.date] | None = None
    """The story's span: the articles' publication span, widened a little
    (``timeline.assemble.story_span``); None when no article has a date."""
    summaries: Mapping[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)
    """Each article's summary by article id (``summary``). In a build it reads each from the story's
    spill (``timeline.assemble.spill``) when a page asks for it: held, the summaries of 20,000
    articles took 14 MB (tracemalloc), and each is read once, by its article's page."""
    store: EntryStore | None = field(default=None, repr=False, compare=False)
    """Where an assembled timeline's entries are (``timeline.assemble.entry_store``): its sections
    and the articles' entries are views of it. None: the entries are the tuples given."""
    retitled: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)
    """The new titles, by article id, of the articles a sentence of another story had titled
    (``timeline.assemble.named_titles``): their pages and source links show them already; the build
    tells its report and its page records."""
    entries: Sequence[Entry] = field(init=False, repr=False, compare=False)
    """Every entry in timeline order: background, story and outlook (derived once, at construction)."""
    story_entries: Sequence[Entry] = field(init=False, repr=False, compare=False)
    """The entries within the span, in timeline order (those of ``years``)."""
    _pages_by_id: Mapping[str, ArticlePage] = field(init=False, repr=False, compare=False)
    """The article pages by id, of a timeline made by hand (a stored one looks them up in its store)."""

    def __post_init__(self) -> None:
        # Derived once: templates and exports ask for these per page and per entry.
        if self.store is not None:
            object.__setattr__(self, "story_entries", self.store.story())
            object.__setattr__(self, "entries", self.store.everything())
            object.__setattr__(self, "_pages_by_id", {})
        else:
            story = tuple(e for y in self.years for e in y.entries)
            object.__setattr__(self, "story_entries", story)
            # A stable sort by date keeps each date's entries in the order assemble gave them.
            object.__setattr__(self, "entries", tuple(sorted((*self.background, *story, *self.outlook),
                                                             key=lambda e: e.when)))
            object.__setattr__(self, "_pages_by_id", {page.id: page for page in self.articles})

    @property
    def first(self) -> dt.date | None:
        """The first day of the story: its span's, else its first entry's."""
        if self.span is not None:
            return self.span[0]
        return self.story_entries[0].when.first if self.story_entries else None

    @property
    def last(self) -> dt.date | None:
        """The last day of the story: its span's, else its last entry's."""
        if self.span is not None:
            return self.span[1]
        return max(e.when.last for e in self.story_entries) if self.story_entries else None

    def days_told(self, dates: Iterable[When] | None = None) -> tuple[dt.date, dt.date] | None:
        """The day of the story's first event dated to a day in its span that two articles or more report
        (``first_corroborated``; without one, of its first event dated to a day: a coarser one's first day, "January
        2010" the 1st, is no day anything need have happened on; without such events, the earliest of those), and
        the first day of its last event that begins by the last report (after it, what was expected): what the
        home page and the embed say the story covers; None when no event begins in the span.

        Why not the span itself: widened past the first and the last report, it names days no event has
        ("18 March 2010 – 14 February 2011" over events from 31 March), and a reader took the header for
        wrong. ``dates``: the story's dates (``story_dates``) when the caller has them, else queried."""
        if self.first is None or self.last is None:
            return None
        last_report = self.last_published()
        end = self.last if last_report is None else min(self.last, last_report)
        begun = [when for when in (self.story_dates() if dates is None else dates) if self.first <= when.first <= end]
        if not begun:
            return None
        days = [when.first for when in begun if when.granularity is Granularity.DAY]
        first = self.first_corroborated(min(days), end) if days else None
        # the last: any event's first day, which a coarser one's falls on or before ("June 2024": 1 June)
        return first or min(days or [when.first for when in begun]), max(when.first for when in begun)

    def first_corroborated(self, since: dt.date, until: dt.date) -> dt.date | None:
        """The first day from ``since`` to ``until`` of an event of the story that two articles or more report;
        None when none does. The story's first day by one article's word was often another story's: a tremor
        in Venezuela eight days before Haiti's earthquake (haiti's header opened on 4 January 2010), seasonal
        flu's resistance to Tamiflu seven weeks before swine flu's first cases (H1N1's on 2 March 2009)."""
        if self.store is not None:
            return self.store.first_corroborated(since, until)
        return min((e.when.first for e in self.story_entries if e.when.granularity is Granularity.DAY
                    and since <= e.when.first <= until and len({s.article_id for s in e.sources}) > 1), default=None)

    def last_published(self) -> dt.date | None:
        """The last publication day of the articles about the story; None when none has one."""
        if self.store is not None:
            return self.store.last_published()
        return max((a.published for a in self.articles if a.published is not None and a.on_topic), default=None)

    @property
    def off_topic(self) -> Sequence[ArticlePage]:
        """Articles that are not about the story, listed apart (of an assembled timeline, a view of its store)."""
        if self.store is not None:
            return self.store.off_topic_pages()
        return tuple(a for a in self.articles if not a.on_topic)

    def year_entries(self, year: int) -> Sequence[Entry]:
        """The story's entries of ``year`` (its ``YearSection``'s) in timeline order, as ``entries`` lists them."""
        if self.store is not None:
            return self.store.year(year, by_month=False)
        anchors = {e.anchor for section in self.years if section.year == year for e in section.entries}
        return tuple(e for e in self.story_entries if e.anchor in anchors)

    def summary(self, article_id: str) -> tuple[str, ...]:
        """The summary sentences of the article with this id (none when it has no summary)."""
        return self.summaries.get(article_id, ())

    def article(self, article_id: str) -> ArticlePage:
        """The page of the article with this id (KeyError when there is none)."""
        if self.store is not None:
            return self.store.page(article_id)
        return self._pages_by_id[article_id]

    def side(self, entry: Entry) -> str:
        """The side of the story an entry is on (``side_of``)."""
        return side_of(entry.when, self.span)

    def story_dates(self) -> Counter[When]:
        """How many of the story's entries each date has (a story has far fewer dates than entries)."""
        if self.store is not None:
            return self.store.story_dates()
        return Counter(e.when for e in self.story_entries)

    def by_page(self) -> Iterator[PeriodPage]:
        """Every events page (``Entry.page``) in order of its path, with its entries in timeline order."""
        if self.store is not None:
            yield from self.store.by_page()
            return
        pages: dict[str, list[Entry]] = {}
        for entry in self.entries:
            pages.setdefault(entry.page, []).append(entry)
        for page in sorted(pages):
            members = tuple(pages[page])
            yield PeriodPage(page, members, frozenset(self.side(e) for e in members), self.reporters_of(members),
                             tuple(e.anchor for e in members), tuple(e.importance for e in members))

    def reporters_of(self, entries: Sequence[Entry]) -> frozenset[str]:
        """Every article that reports one of ``entries`` (read without the entries when they are a view
        of this timeline's store: ``EntryStore.reporters_of``)."""
        if self.store is not None and (reporting := self.store.reporters_of(entries)) is not None:
            return frozenset(reporting)
        return frozenset(s.article_id for e in entries for s in e.sources)

    def anchors_of(self, entries: Sequence[Entry]) -> Iterator[str]:
        """The anchors of ``entries``, in order (read without the entries when they are a month's or
        another view of this timeline's store that SQL picks: ``EntryStore.anchors_of``)."""
        if self.store is not None and (anchors := self.store.anchors_of(entries)) is not None:
            return anchors
        return (e.anchor for e in entries)

    def reported_by(self, article_ids: Iterable[str]) -> Sequence[Entry]:
        """The entries any of these articles reports, each once, in timeline order."""
        pages = [self.article(article_id) for article_id in article_ids]
        if self.store is not None and (positions := self.store.positions(pages)) is not None:
            return self.store.at(positions)
        anchors = {e.anchor for page in pages for e in page.entries}
        return tuple(e for e in self.entries if e.anchor in anchors)
