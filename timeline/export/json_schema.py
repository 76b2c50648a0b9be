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
import json
from collections.abc import Iterator, Mapping
from typing import Any

from timeline.export.links import article_url, entry_url
from timeline.export.options import ExportOptions
from timeline.assemble.timeline import Entry, Timeline

SCHEMA = "timeline/1"


def render(timeline: Timeline, options: ExportOptions) -> str:
    """The whole timeline as one JSON document, keys in a fixed order."""
    return json.dumps(to_json(timeline, options), ensure_ascii=False, indent=1) + "\n"


def to_json(timeline: Timeline, options: ExportOptions) -> dict[str, Any]:
    """The ``timeline/1`` document as plain Python data."""
    base = options.base_url
    urls = {a.id: a.url for a in timeline.articles}
    return {
        "schema": SCHEMA,
        "title": timeline.title,
        "description": timeline.description,
        "first": _iso(timeline.first),
        "last": _iso(timeline.last),
        "events": [_event(e, urls, base) for e in timeline.entries],
        "articles": [
            {
                "id": a.id,
                "title": a.title,
                "published": _iso(a.published),
                "url": a.url,
                "source": a.source,
                "tags": list(a.tags),
                "summary": list(timeline.summary(a.id)),
                "page": article_url(a.slug, base),
                "events": [e.anchor for e in a.entries],
            }
            for a in timeline.articles
        ],
        "key_dates": [
            {"date": kd.date.isoformat(),
             "sentences": [{"text": s.text, "article": s.article_id} for s in kd.sentences]}
            for kd in timeline.key_dates
        ],
    }


def year_documents(timeline: Timeline, options: ExportOptions) -> Iterator[tuple[str, str]]:
    """``timeline-YYYY.json`` for each year of the story, one at a time: its events, the articles that
    report them (listing only those events) and its key dates, with ``"year"`` added."""
    whole = to_json(timeline, options)
    for section in timeline.years:
        anchors = {e.anchor for e in section.entries}
        reporting = {s.article_id for e in section.entries for s in e.sources}
        first, last = dt.date(section.year, 1, 1), dt.date(section.year, 12, 31)
        year = {
            **whole,
            "first": _iso(max(first, timeline.first) if timeline.first else first),
            "last": _iso(min(last, timeline.last) if timeline.last else last),
            "events": [e for e in whole["events"] if e["id"] in anchors],
            "articles": [dict(a, events=[x for x in a["events"] if x in anchors])
                         for a in whole["articles"] if a["id"] in reporting],
            "key_dates": [kd for kd in whole["key_dates"] if kd["date"].startswith(f"{section.year:04d}-")],
            "year": section.year,
        }
        yield f"timeline-{section.year:04d}.json", json.dumps(year, ensure_ascii=False, indent=1) + "\n"


def _event(entry: Entry, urls: Mapping[str, str], base: str) -> dict[str, Any]:
    return {
        "id": entry.anchor,
        "date": entry.when.value,
        "first": entry.when.first.isoformat(),
        "last": entry.when.last.isoformat(),
        "granularity": entry.when.granularity.label,
        "label": entry.when.label(),
        "sentence": entry.sentence,
        "page": entry_url(entry, base),
        "sources": [
            {"id": s.article_id, "title": s.title, "published": _iso(s.published),
             "url": urls.get(s.article_id, "")}
            for s in entry.sources
        ],
    }


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()
