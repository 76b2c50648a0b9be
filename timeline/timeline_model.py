"""The assembled timeline: what the render stage and the exports read.

Frozen dataclasses all the way down, ordered once by the assemble stage, so
templates and exporters only walk them and never sort or mutate.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from timeline.model import Granularity, KeyDate, When


def year_page(year: int) -> str:
    """The docs-relative Markdown page of a year."""
    return f"years/{year}.md"


def month_page(year: int, month: int) -> str:
    """The docs-relative Markdown page of a month (see ``MonthSection.page``)."""
    return f"months/{year:04d}-{month:02d}.md"


@dataclass(frozen=True, slots=True)
class SourceRef:
    """One article that reports an entry: enough to link to it and name it."""

    article_id: str
    slug: str
    title: str
    published: dt.date | None
    sentence_index: int


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

    @property
    def year(self) -> int:
        return self.when.first.year

    @property
    def page(self) -> str:
        """The docs-relative page that shows this entry: its year page for a year or
        coarser date, else its month page (see ``MonthSection.page``)."""
        if self.when.granularity <= Granularity.YEAR:
            return year_page(self.year)
        return month_page(self.year, self.when.first.month)


@dataclass(frozen=True, slots=True)
class MonthSection:
    year: int
    month: int
    entries: tuple[Entry, ...]

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
    head: tuple[Entry, ...]
    months: tuple[MonthSection, ...]

    @property
    def entries(self) -> tuple[Entry, ...]:
        return self.head + tuple(e for m in self.months for e in m.entries)


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
    summary: tuple[str, ...]
    entries: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class Timeline:
    """The whole story, ordered and ready to render or export."""

    title: str
    description: str
    articles: tuple[ArticlePage, ...]
    years: tuple[YearSection, ...]
    key_dates: tuple[KeyDate, ...]
    entries: tuple[Entry, ...] = field(init=False, repr=False, compare=False)
    """Every entry in timeline order (derived from ``years`` once, at construction)."""
    _pages_by_id: Mapping[str, ArticlePage] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Derived once: templates and exports ask for these per page and per entry.
        object.__setattr__(self, "entries", tuple(e for y in self.years for e in y.entries))
        object.__setattr__(self, "_pages_by_id", {page.id: page for page in self.articles})

    @property
    def first(self) -> dt.date | None:
        return self.entries[0].when.first if self.entries else None

    @property
    def last(self) -> dt.date | None:
        return max(e.when.last for e in self.entries) if self.entries else None

    def article(self, article_id: str) -> ArticlePage:
        """The page of the article with this id (KeyError when there is none)."""
        return self._pages_by_id[article_id]
