"""Tags and sources as pages: every event from the articles that share one.

A facet is one tag (or one publication) with its articles and their entries
in timeline order, each entry once even when several of the facet's articles
report it. Slugs come from ``timeline.read.slugify`` and are made unique per
kind, so two tags that differ only in case or punctuation get two pages.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import groupby

from timeline.read import slugify
from timeline.assemble.timeline import ArticlePage, Entry, Timeline


@dataclass(frozen=True, slots=True)
class Facet:
    name: str
    slug: str
    articles: tuple[ArticlePage, ...]
    entries: Sequence[Entry]
    """Every entry its articles report, each once, in timeline order (``Timeline.reported_by``)."""

    @property
    def articles_by_year(self) -> tuple[tuple[int | None, tuple[ArticlePage, ...]], ...]:
        """The articles grouped by year of publication (None, unknown, last), in timeline order
        (the order ``_facets`` keeps them in: by publication date)."""
        known = [a for a in self.articles if a.published]
        unknown = tuple(a for a in self.articles if not a.published)
        grouped: list[tuple[int | None, tuple[ArticlePage, ...]]] = [
            (year, tuple(group)) for year, group in groupby(known, key=lambda a: a.published.year if a.published else 0)]
        return tuple(grouped + ([(None, unknown)] if unknown else []))


def tag_facets(timeline: Timeline) -> tuple[Facet, ...]:
    """One facet per tag, sorted by name (case-insensitively)."""
    return _facets(timeline, tag_names)


def source_facets(timeline: Timeline) -> tuple[Facet, ...]:
    """One facet per publication named in the articles' ``source`` field."""
    return _facets(timeline, source_names)


def tag_names(article: ArticlePage) -> tuple[str, ...]:
    """The tag facets an article is in: its tags, trimmed, each once, blank ones left out."""
    return _names(article.tags)


def source_names(article: ArticlePage) -> tuple[str, ...]:
    """The source facet an article is in (none when its ``source`` is blank)."""
    return _names((article.source,))


def _names(raw: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(name.strip() for name in raw if name.strip()))


def _facets(timeline: Timeline, names_of: Callable[[ArticlePage], tuple[str, ...]]) -> tuple[Facet, ...]:
    members: dict[str, list[ArticlePage]] = {}
    for article in timeline.articles:
        for name in names_of(article):
            members.setdefault(name, []).append(article)
    facets = []
    used: set[str] = set()
    for name in sorted(members, key=lambda n: (n.casefold(), n)):
        articles = members[name]
        facets.append(Facet(name, _unique(slugify(name), used), tuple(articles),
                            timeline.reported_by([a.id for a in articles])))
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
