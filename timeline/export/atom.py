"""``feed.xml``: an Atom feed of the latest events, for feed readers.

"Latest" is the same order as the home page (``timeline.assemble.story.latest_entries``):
the story's entries only (never its background or outlook), by the last day
an event covers within the story, newest first. Every timestamp comes from the data (an entry is
updated when its newest report was published), so the feed's bytes change
only when the story does.
"""
from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterator

from feedgen.feed import FeedGenerator

from timeline.assemble.urls import article_url, entry_url
from timeline.export.options import ExportOptions
from timeline.headline import told
from timeline.assemble.story import latest_entries
from timeline.assemble.timeline import Entry, Timeline


def write(timeline: Timeline, options: ExportOptions) -> Iterator[str]:
    """The feed, in one piece: it holds the latest events only (``ExportOptions.latest``)."""
    base = options.base_url
    feed = FeedGenerator()
    feed.id(base or f"urn:timeline:{_urn_part(timeline.title)}")
    feed.title(timeline.title)
    feed.subtitle(timeline.description or f"The latest events of {timeline.title}")
    # RFC 4287 asks an author of every feed (or of each entry): the story's site is its author
    feed.author({"name": timeline.title})
    feed.link(href=base or "./", rel="alternate")
    if base:  # where the feed itself is, which a reader needs to follow it when it moves
        feed.link(href=base + "feed.xml", rel="self")
    feed.generator("timeline")
    entries = latest_entries(timeline, options.latest)
    stamps = [_updated(e) for e in entries]
    feed.updated(max(stamps, default=options.stamp))
    for entry, stamp in zip(entries, stamps):
        item = feed.add_entry(order="append")
        item.id(entry_url(entry, base) if base else f"urn:timeline:{entry.anchor}")
        item.title(f"{entry.when.heading()}: {told(entry)}")
        item.link(href=entry_url(entry, base), rel="alternate")
        item.updated(stamp)
        item.content(_content(entry, base), type="html")
    yield bytes(feed.atom_str(pretty=True)).decode("utf-8")


def _updated(entry: Entry) -> dt.datetime:
    """Midnight UTC of the newest report's publication date, else of the event's last day."""
    published = [s.published for s in entry.sources if s.published is not None]
    day = max(published) if published else entry.when.last
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)


def _content(entry: Entry, base: str) -> str:
    links = " · ".join(f'<a href="{html.escape(article_url(s.slug, base))}">{html.escape(s.title)}</a>'
                       for s in entry.sources)
    return f"<p>{html.escape(told(entry))}</p><p>Source{'s' if len(entry.sources) > 1 else ''}: {links}</p>"


def _urn_part(title: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in title.lower()).strip("-") or "timeline"
