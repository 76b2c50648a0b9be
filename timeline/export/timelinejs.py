"""TimelineJS3 JSON: drop the file into Knight Lab's TimelineJS iframe embed.

Format: https://timeline.knightlab.com/docs/json-format.html. The file holds
the story's most important events (``ExportOptions.slides``, 300 by default):
TimelineJS builds every slide when it opens, and a story's ten thousand took it
39 s. Background and outlook stay on the site. Each slide's headline says what
happened (``timeline.headline``); its date is shown apart. TimelineJS
renders ``text`` fields as HTML, so every article string is escaped with
``html.escape`` and only our own ``<a>`` and ``<br>`` tags are markup.
A date is given only down to its own granularity (a month-level event has
no day), and coarser periods get an ``end_date``.
"""
from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterator, Mapping
from typing import Any

from timeline.export.json_text import Items, document
from timeline.assemble.urls import article_url
from timeline.export.options import ExportOptions
from timeline.headline import headline, told
from timeline.render.escape import safe_url
from timeline.records import Granularity
from timeline.assemble.story import most_important
from timeline.assemble.timeline import Entry, Timeline


SLIDES_PER_PERIOD = 3
"""At most this many slides for one day (or one month, one year...): a story's first day is
retold by hundreds of later sentences, which would otherwise fill the file."""
_PERIOD_IMPLIED_BY_START = frozenset({Granularity.DAY, Granularity.MONTH, Granularity.YEAR})
"""A start date with only a year (or year and month) already means the whole period."""


def write(timeline: Timeline, options: ExportOptions) -> Iterator[str]:
    """The TimelineJS document, a slide a piece: a title slide, then a slide for each of the story's
    most important entries."""
    urls = {a.id: a.url for a in timeline.articles}
    span = f"{timeline.first} – {timeline.last}" if timeline.first else ""
    return document([
        ("title", {"text": {"headline": html.escape(timeline.title),
                            "text": html.escape(timeline.description or span)}}),
        ("events", Items(_slide(e, urls, options.base_url)
                         for e in most_important(timeline.story_entries, options.slides, SLIDES_PER_PERIOD))),
    ])


def _slide(entry: Entry, urls: Mapping[str, str], base: str) -> dict[str, Any]:
    when, sentence = entry.when, told(entry)
    slide: dict[str, Any] = {
        "start_date": _date(when.first, when.granularity),
        "display_date": when.heading(),
        "unique_id": entry.anchor,
        "group": str(entry.year),
        "text": {"headline": html.escape(headline(sentence)),
                 "text": html.escape(sentence) + "<br>" + _sources(entry, urls, base)},
    }
    if when.granularity not in _PERIOD_IMPLIED_BY_START:
        slide["end_date"] = _date(when.last, when.granularity)
    return slide


def _date(day: dt.date, granularity: Granularity) -> dict[str, int]:
    """Year, then month and day only as far as the granularity knows them."""
    parts = {"year": day.year}
    if granularity >= Granularity.HALF:
        parts["month"] = day.month
    if granularity >= Granularity.WEEK:
        parts["day"] = day.day
    return parts


def _sources(entry: Entry, urls: Mapping[str, str], base: str) -> str:
    """Source titles, linked to the original article, or to its site page when ``base`` is set."""
    links = []
    for source in entry.sources:
        href = article_url(source.slug, base) if base else safe_url(urls.get(source.article_id, ""))
        title = html.escape(source.title)
        links.append(f'<a href="{html.escape(href)}">{title}</a>' if href else title)
    return "Source" + ("s" if len(links) > 1 else "") + ": " + " · ".join(links)
