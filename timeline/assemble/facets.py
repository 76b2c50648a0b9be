"""Tags and sources as pages: every event from the articles that share one.

A facet is one tag (or one publication) with its articles and their entries
in timeline order, each entry once even when several of the facet's articles
report it. Slugs come from ``timeline.read.slugify`` and are made unique per
kind, so two tags that differ only in case or punctuation get two pages.
"""
from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, groupby

from timeline.read import slugify
from timeline.assemble.timeline import ArticlePage, Entry, Timeline


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
    return _facets(timeline, lambda source, tags: _names(tags))


def source_facets(timeline: Timeline) -> tuple[Facet, ...]:
    """One facet per publication named in the articles' ``source`` field."""
    return _facets(timeline, lambda source, tags: _names((source,)))


def tag_names(article: ArticlePage) -> tuple[str, ...]:
    """The tag facets an article is in: its tags, trimmed, each once, blank ones left out."""
    return _names(article.tags)


def source_names(article: ArticlePage) -> tuple[str, ...]:
    """The source facet an article is in (none when its ``source`` is blank)."""
    return _names((article.source,))


def _names(raw: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(name.strip() for name in raw if name.strip()))


def _facets(timeline: Timeline, names_of: Callable[[str, tuple[str, ...]], tuple[str, ...]]) -> tuple[Facet, ...]:
    """The facets of ``names_of`` (an article's source and tags), each with its articles' places in
    ``timeline.articles``: of an assembled timeline, its articles and entries are then views of its
    store, and only the pages' sources and tags are read to group them (a source that every article
    names would otherwise hold every article's page through the whole render)."""
    members: dict[str, array[int]] = {}
    store = timeline.store
    fields = store.sources_and_tags() if store is not None else ((a.source, a.tags) for a in timeline.articles)
    for rank, (source, tags) in enumerate(fields):
        for name in names_of(source, tags):
            members.setdefault(name, array("i")).append(rank)
    facets = []
    used: set[str] = set()
    for name in sorted(members, key=lambda n: (n.casefold(), n)):
        ranks = members[name]
        slug = _unique(slugify(name), used)

        def facet(ranks: array[int], parts: tuple[Facet, ...] = ()) -> Facet:
            if store is not None:
                return Facet(name, slug, store.pages_at(ranks), store.reported_by_pages(ranks), parts)
            articles = tuple(timeline.articles[rank] for rank in ranks)
            return Facet(name, slug, articles, timeline.reported_by([a.id for a in articles]), parts)

        parts = (tuple(facet(ranks[first:first + LISTED_PER_PAGE]) for first in range(0, len(ranks), LISTED_PER_PAGE))
                 if len(ranks) > LISTED_PER_PAGE else ())
        facets.append(facet(ranks, parts))
    return tuple(facets)


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
