"""Tags and sources as pages: every event from the articles that share one.

A facet is one tag (or one publication) with its articles and their entries
in timeline order, each entry once even when several of the facet's articles
report it. Slugs come from ``timeline.read.slugify`` and are made unique per
kind, so two tags that differ only in case or punctuation get two pages.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, groupby
from typing import TypeVar

from timeline.read import slugify
from timeline.assemble.timeline import ArticlePage, Entry, Timeline

T = TypeVar("T")


LISTED_PER_PAGE = 500
"""Articles a page of a tag, a source or the other articles lists at most; a longer list goes on over
pages of its own (``Facet.parts``). A source of 100,000 synthetic articles listed 10,756 of them on one
page, 1.7 MB of Markdown; 500 lines make about 85 KB, well under 300 KB as HTML."""


@dataclass(frozen=True, slots=True)
class Facet:
    name: str
    slug: str
    articles: Sequence[ArticlePage]
    """Its articles in timeline order; of an assembled timeline, a view of its store, not held."""
    entries: Sequence[Entry]
    """Every entry its articles report, each once, in timeline order (``Timeline.reported_by``); of an
    assembled timeline, read from its store each time they are walked."""
    parts: tuple[Facet, ...] = ()
    """Its pages when its articles are more than one page lists (``LISTED_PER_PAGE``): each one a facet
    of the same name and slug with the articles of one page and the entries they report; else none."""

    @property
    def articles_by_year(self) -> Iterator[tuple[int | None, Iterator[ArticlePage]]]:
        """The articles grouped by year of publication (None, unknown, last), in timeline order
        (the order ``_facets`` keeps them in: by publication date), read as they are walked: a
        source's page lists every article of the source, and held, they were the most its
        rendering held."""
        return by_year(self.articles)


def by_year(articles: Iterable[ArticlePage]) -> Iterator[tuple[int | None, Iterator[ArticlePage]]]:
    """``articles`` (in timeline order) grouped by year of publication, None (unknown) last, read as they are walked."""
    known = (a for a in articles if a.published)
    yield from groupby(known, key=lambda a: a.published.year if a.published else 0)
    unknown = (a for a in articles if not a.published)
    if (first := next(unknown, None)) is not None:
        yield None, chain((first,), unknown)


def tag_facets(timeline: Timeline) -> tuple[Facet, ...]:
    """One facet per tag, sorted by name (case-insensitively)."""
    return _facets(timeline, "tag", lambda source, tags: _names(tags))


def source_facets(timeline: Timeline) -> tuple[Facet, ...]:
    """One facet per publication named in the articles' ``source`` field."""
    return _facets(timeline, "source", lambda source, tags: _names((source,)))


def tag_names(article: ArticlePage) -> tuple[str, ...]:
    """The tag facets an article is in: its tags, trimmed, each once, blank ones left out."""
    return _names(article.tags)


def source_names(article: ArticlePage) -> tuple[str, ...]:
    """The source facet an article is in (none when its ``source`` is blank)."""
    return _names((article.source,))


def _names(raw: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(name.strip() for name in raw if name.strip()))


def _facets(timeline: Timeline, kind: str,
            names_of: Callable[[str, tuple[str, ...]], tuple[str, ...]]) -> tuple[Facet, ...]:
    """The facets of ``names_of`` (an article's source and tags), sorted by name. Of an assembled
    timeline, grouped in its store (``EntryStore.facets``), their articles and entries views of it
    that hold none (a source that every article names would otherwise hold every article through
    the whole render); of a timeline made by hand, its articles held."""
    store = timeline.store
    if store is not None:
        grouped = store.facets(kind, names_of, LISTED_PER_PAGE)
        return tuple(Facet(name, slug, pages, store.reported_by_pages(pages),
                           tuple(Facet(name, slug, part, store.reported_by_pages(part)) for part in parts))
                     for name, slug, (pages, parts) in _slugged(grouped))
    members: dict[str, list[ArticlePage]] = {}
    for article in timeline.articles:
        for name in names_of(article.source, article.tags):
            members.setdefault(name, []).append(article)

    def facet(name: str, slug: str, articles: list[ArticlePage], parts: tuple[Facet, ...] = ()) -> Facet:
        return Facet(name, slug, tuple(articles), timeline.reported_by([a.id for a in articles]), parts)

    return tuple(facet(name, slug, articles, tuple(facet(name, slug, articles[first:first + LISTED_PER_PAGE])
                                                   for first in range(0, len(articles), LISTED_PER_PAGE))
                       if len(articles) > LISTED_PER_PAGE else ())
                 for name, slug, articles in _slugged(members))


def _slugged(grouped: Mapping[str, T]) -> Iterator[tuple[str, str, T]]:
    """(name, slug, value) of each name, sorted by name case-insensitively, each slug unique."""
    used: set[str] = set()
    for name in sorted(grouped, key=lambda n: (n.casefold(), n)):
        yield name, _unique(slugify(name), used), grouped[name]


def _unique(slug: str, used: set[str]) -> str:
    candidate, n = slug, 2
    while candidate in used:
        candidate = f"{slug}-{n}"
        n += 1
    used.add(candidate)
    return candidate


def facet_slugs(facets: tuple[Facet, ...]) -> dict[str, str]:
    """Name -> slug, for linking an article's tags or source to their pages."""
    return {f.name: f.slug for f in facets}
