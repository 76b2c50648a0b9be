"""``timeline.json``: our own export, a versioned schema other programs can rely on.

The schema name ``timeline/1`` changes only when a field is removed or its
meaning changes; new fields may be added within a version. The README
documents every field.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
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
                "summary": list(a.summary),
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
