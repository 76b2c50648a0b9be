"""The typed contexts the page templates get: one frozen record per kind of page, never a loose dict."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from markupsafe import Markup

from timeline.assemble.facets import Facet
from timeline.records import KeyDate
from timeline.assemble.story import DayLists, Group, SideYear
from timeline.assemble.timeline import ArticlePage, Entry, MonthSection, Timeline, YearSection


@dataclass(frozen=True, slots=True)
class HomeContext:
    timeline: Timeline
    latest: tuple[Entry, ...]
    key_dates: tuple[KeyDate, ...]
    built: dt.date | None
    """The build date from SOURCE_DATE_EPOCH; None keeps the page clock-free."""
    chart: Markup = Markup("")
    """The events-per-month SVG (``timeline.render.chart``), already escaped."""
    newest: Entry | None = None
    """The entry the "jump to latest" link goes to."""
    downloads: tuple[tuple[str, str], ...] = ()
    """(format name, file name) of every export the build writes beside the site."""
    has_tags: bool = False
    has_sources: bool = False
    chart_unit: str = "month"
    """What a bar of the chart counts: "week", "month", "quarter", "year" or "10 years"."""
    narrow_chart_unit: str = "month"
    """What a bar of the chart drawn for a narrow screen counts (``render.chart.NARROW``)."""
    day_links: Mapping[dt.date, str] = field(default_factory=dict)
    """Each key date's heading on its month page, for the days that have entries of the story (``day_links``)."""
    days_told: tuple[dt.date, dt.date] | None = None
    """The days the header says the story covers (``Timeline.days_told``); None when it has no dated event."""


@dataclass(frozen=True, slots=True)
class KeyDateLink:
    """A key date on a year page: the date, its first sentence, and the day's heading
    on its month page ("" when the day has no entry of the story)."""

    key_date: KeyDate
    link: str


@dataclass(frozen=True, slots=True)
class YearContext:
    """A year page: its most important entries, its key dates and its months."""

    timeline: Timeline
    section: YearSection
    previous: int | None
    next: int | None
    top: tuple[Entry, ...] = ()
    """The year's most important entries (``YEAR_SHOWN``, spread over its months and days:
    ``spread_important``) but those of its key dates' days, in timeline order."""
    key_dates: tuple[KeyDateLink, ...] = ()
    head_page: str = ""
    """The events page of the entries dated to the year as a whole ("" when none)."""


@dataclass(frozen=True, slots=True)
class MonthContext:
    """A month page: a heading per period (coarse periods first, then each day), each
    with its most important entries and a link to the rest."""

    timeline: Timeline
    section: MonthSection
    previous: MonthSection | None
    next: MonthSection | None
    groups: tuple[Group, ...] = ()


@dataclass(frozen=True, slots=True)
class EventsContext:
    """An events page (``Entry.page``): every entry of a day, of a month's coarse
    periods, or of a year's; the search index's one place for each event (the month and year pages are out of it)."""

    timeline: Timeline
    title: str
    intro: str
    groups: tuple[Group, ...]
    """Its entries by period; none on a day's page, which lists them by ``lists``."""
    back: tuple[tuple[str, str], ...]
    """(label, docs-relative page) of the pages that show these entries' period."""
    day: bool
    beside: tuple[tuple[str, str], tuple[str, str]] = (("", ""), ("", ""))
    """A day's page: (label, docs-relative page) of the day before and the day after that have pages, ("", "")
    for none."""
    lists: DayLists | None = None
    """A day's page: its entries list by list (``timeline.assemble.story.day_lists``)."""
    key_date: KeyDate | None = None
    """A key day's page: its key date. The entries its sentences are open the list, marked (``DayLists.key``); its
    other sentences (an article's lead, a report of months later, a forecast) are on the Key dates page only. Printed
    above the list, such sentences had been judged blind on 44 pages: better with them on 17, without on 25
    (``benchmarks/results/judged/keydates-daypage-box/``): they showed a fragment, commentary or a caption where
    a reader looks first."""

    @property
    def key_link(self) -> str:
        """The key date's heading on the Key dates page, from a day's page ("" when the day is no key date)."""
        return f"../key-dates.md#{self.key_date.date.isoformat()}" if self.key_date is not None else ""


@dataclass(frozen=True, slots=True)
class SideContext:
    """The background page (entries before the story's span) or the outlook page (after it)."""

    timeline: Timeline
    kind: str
    """"background" or "outlook"."""
    years: tuple[SideYear, ...]
    left_entries: int
    left_years: int
    total: int


@dataclass(frozen=True, slots=True)
class Pager:
    """Where a page stands among the pages of a list too long for one (``LISTED_PER_PAGE``): its
    number, how many there are, and the path of each relative to this one's folder."""

    number: int
    count: int
    first: str
    """The first page's path, relative to this page's folder; ``others`` formats page n's (n >= 2)."""
    others: str

    def path(self, number: int) -> str:
        return self.first if number == 1 else self.others.format(number)

    @property
    def previous(self) -> str | None:
        return self.path(self.number - 1) if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return self.path(self.number + 1) if self.number < self.count else None


@dataclass(frozen=True, slots=True)
class OtherArticlesContext:
    timeline: Timeline
    articles: Sequence[ArticlePage]
    """This page's articles."""
    total: int = -1
    """Articles off the story in all (this page's when -1)."""
    pager: Pager | None = None
    depth: int = 0
    """Folders between this page and the docs folder."""

    @property
    def count(self) -> int:
        return len(self.articles) if self.total < 0 else self.total


@dataclass(frozen=True, slots=True)
class ArticleContext:
    timeline: Timeline
    article: ArticlePage
    tag_slugs: Mapping[str, str] | None = None
    """Tag name -> slug of its page under ``tags/``."""
    source_slug: str = ""
    """Slug of the article's source page under ``sources/`` ("" for none)."""

    @property
    def summary(self) -> tuple[str, ...]:
        """The article's summary sentences, read when the page is rendered (``Timeline.summaries``)."""
        return self.timeline.summary(self.article.id)


@dataclass(frozen=True, slots=True)
class FacetContext:
    """A tag or source page; ``kind`` is "tag" or "source". A facet whose articles fill more than one
    page (``Facet.parts``) has a page for each part: ``part`` is this page's."""

    timeline: Timeline
    facet: Facet
    kind: str
    part: Facet | None = None
    events: int = -1
    """Entries the facet's articles report, each once, over all its pages (counted once, not on each)."""
    pager: Pager | None = None

    @property
    def listed(self) -> Facet:
        """The facet whose articles this page lists: its part, else the whole."""
        return self.part if self.part is not None else self.facet

    @property
    def event_count(self) -> int:
        return len(self.facet.entries) if self.events < 0 else self.events


@dataclass(frozen=True, slots=True)
class FacetIndexContext:
    timeline: Timeline
    facets: tuple[Facet, ...]
    kind: str


@dataclass(frozen=True, slots=True)
class YearsContext:
    """The page listing every year; the navigation lists only the story's own years."""

    timeline: Timeline


@dataclass(frozen=True, slots=True)
class KeyDatesContext:
    timeline: Timeline
    key_dates: tuple[KeyDate, ...]
    day_links: Mapping[dt.date, str] = field(default_factory=dict)
    """As ``HomeContext.day_links``."""

