"""``timeline.ics``: the events as an iCalendar file any calendar app can subscribe to.

Each entry is one all-day VEVENT spanning the days its date covers (DTEND is
exclusive, so a day-level event ends the next day). The UID is the entry's
permalink anchor, stable across builds, so a subscribed calendar updates
events instead of duplicating them. DTSTAMP is ``options.stamp``, never the clock.
"""
from __future__ import annotations

import datetime as dt

import icalendar

from timeline import __version__
from timeline.export.links import entry_url
from timeline.export.options import ExportOptions
from timeline.timeline_model import Timeline

UID_DOMAIN = "timeline"


def render(timeline: Timeline, options: ExportOptions) -> str:
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//timeline//timeline {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", timeline.title)
    for entry in timeline.entries:
        event = icalendar.Event()
        event.add("uid", f"{entry.anchor}@{UID_DOMAIN}")
        event.add("dtstamp", options.stamp)
        event.add("dtstart", entry.when.first)
        event.add("dtend", entry.when.last + dt.timedelta(days=1))
        event.add("summary", entry.sentence)
        sources = "; ".join(s.title for s in entry.sources)
        event.add("description", f"{entry.when.label()}. Source{'s' if len(entry.sources) > 1 else ''}: {sources}")
        if options.base_url:
            event.add("url", entry_url(entry, options.base_url))
        calendar.add_component(event)
    return bytes(calendar.to_ical()).decode("utf-8")
