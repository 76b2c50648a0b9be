"""What every export needs besides the timeline: where the site lives and "now".

Exports never read the clock: the one timestamp they print (iCalendar's
DTSTAMP, Atom's ``updated``) is ``stamp``, which the caller takes from
SOURCE_DATE_EPOCH or, failing that, from the data (``data_stamp``), so the
same articles always export to the same bytes.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from timeline.assemble.timeline import Timeline

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """``base_url`` prefixes links to site pages ("" keeps them relative to the site root)."""

    stamp: dt.datetime = EPOCH
    base_url: str = ""
    embed_theme: str = "auto"
    """``embed.html``'s colours: "auto" (the reader's preference), "light" or "dark" (``SiteConfig.embed_theme``)."""
    latest: int = 20
    """How many of the latest events the Atom feed carries."""
    slides: int = 300
    """How many events the TimelineJS file shows at most: its most important ones.
    TimelineJS 3.9.11 took 39 s to open a story's 10,582 slides."""


def data_stamp(timeline: Timeline, built: dt.date | None = None) -> dt.datetime:
    """Midnight UTC of ``built`` if given, else of the newest publication date, else the epoch."""
    if built is None:
        published = [a.published for a in timeline.articles if a.published is not None]
        built = max(published) if published else None
    if built is None:
        return EPOCH
    return dt.datetime(built.year, built.month, built.day, tzinfo=dt.timezone.utc)
