"""``timeline.json``: our own export, a versioned schema other programs can rely on.

Beside the whole timeline, each year of the story gets a file of its own,
``timeline-YYYY.json`` in the same schema (``year_documents``): a reader or a
script after one year's events need not fetch the whole archive's.

The schema name ``timeline/1`` changes only when a field is removed or its
meaning changes; new fields may be added within a version. The README
documents every field.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from timeline.export.json_text import Items, document
from timeline.assemble.urls import article_url, entry_url
from timeline.export.options import ExportOptions
from timeline.records import KeyDate
from timeline.assemble.timeline import ArticlePage, Entry, Timeline

SCHEMA = "timeline/1"


def write(timeline: Timeline, options: ExportOptions) -> Iterator[str]:
    """The whole timeline as one JSON document, keys in a fixed order; an event or an article a piece."""
    urls = {a.id: a.url for a in timeline.articles}
    base = options.base_url
    return document([
        *_head(timeline),
        ("events", Items(_event(e, urls, base) for e in timeline.entries)),
        ("articles", Items(_article(timeline, a, base, (e.anchor for e in a.entries))
                              for a in timeline.articles)),
        ("key_dates", [_key_date(kd) for kd in timeline.key_dates]),
    ])


def year_documents(timeline: Timeline, options: ExportOptions) -> Iterator[tuple[str, Iterator[str]]]:
    """``timeline-YYYY.json`` for each year of the story, one at a time: its events, the articles that
    report them (listing only those events) and its key dates, with ``"year"`` added."""
    urls = {a.id: a.url for a in timeline.articles}
    for section in timeline.years:
        yield f"timeline-{section.year:04d}.json", _year_document(timeline, section.year, urls, options.base_url)


def _year_document(timeline: Timeline, year: int, urls: Mapping[str, str], base: str) -> Iterator[str]:
    """A year's document. It holds the anchors of the year's entries and the ids of the articles that
    report them (which articles to list, and which of their events), not the entries."""
    entries = timeline.year_entries(year)
    anchors: set[str] = set()
    reporting: set[str] = set()
    for entry in entries:
        anchors.add(entry.anchor)
        reporting.update(s.article_id for s in entry.sources)
    head = dict(_head(timeline))
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    head["first"] = _iso(max(first, timeline.first) if timeline.first else first)
    head["last"] = _iso(min(last, timeline.last) if timeline.last else last)
    yield from document([
        *head.items(),
        ("events", Items(_event(e, urls, base) for e in entries)),
        ("articles", Items(_article(timeline, a, base, (e.anchor for e in a.entries if e.anchor in anchors))
                            for a in timeline.articles if a.id in reporting)),
        ("key_dates", [_key_date(kd) for kd in timeline.key_dates if kd.date.year == year]),
        ("year", year),
    ])


def _head(timeline: Timeline) -> list[tuple[str, Any]]:
    return [("schema", SCHEMA), ("title", timeline.title), ("description", timeline.description),
            ("first", _iso(timeline.first)), ("last", _iso(timeline.last))]


def _article(timeline: Timeline, article: ArticlePage, base: str, events: Iterable[str]) -> dict[str, Any]:
    """An article, listing the anchors of ``events`` (its entries' anchors, read one batch at a time)."""
    return {
        "id": article.id,
        "title": article.title,
        "published": _iso(article.published),
        "url": article.url,
        "source": article.source,
        "tags": list(article.tags),
        "summary": list(timeline.summary(article.id)),
        "page": article_url(article.slug, base),
        "events": list(events),
    }


def _key_date(key_date: KeyDate) -> dict[str, Any]:
    return {"date": key_date.date.isoformat(),
            "sentences": [{"text": s.text, "article": s.article_id} for s in key_date.sentences]}


def _event(entry: Entry, urls: Mapping[str, str], base: str) -> dict[str, Any]:
    return {
        "id": entry.anchor,
        "date": entry.when.value,
        "first": entry.when.first.isoformat(),
        "last": entry.when.last.isoformat(),
        "granularity": entry.when.granularity.label,
        "label": entry.when.label(),
        "sentence": entry.sentence,
        "expected": entry.expected,
        "page": entry_url(entry, base),
        "sources": [
            {"id": s.article_id, "title": s.title, "published": _iso(s.published),
             "url": urls.get(s.article_id, "")}
            for s in entry.sources
        ],
    }


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()
