"""``timeline.ics``: the story's events as an iCalendar file any calendar app can subscribe to.

Only the story's own period (``Timeline.story_entries``): a subscriber's
calendar gets what happened while the story ran, not its background (a 1969
spill, a 1990 law) or outlook (a 2047 contract end), which stay on the site.

Each entry is one all-day VEVENT spanning the days its date covers (DTEND is
exclusive, so a day-level event ends the next day): its SUMMARY what happened in a few words, as a
TimelineJS slide's headline (``timeline.headline.headline``), its DESCRIPTION the date, the whole
sentence and the sources. The UID is the entry's
permalink anchor, stable across builds, so a subscribed calendar updates
events instead of duplicating them. DTSTAMP is ``options.stamp``, never the clock.

The lines are written here (RFC 5545 sections 3.1 and 3.3.11: TEXT escaping,
CRLF, lines folded at 75 octets) rather than through the icalendar package's
object model, which took 8 of the 12 seconds of writing every export of a
story of 29,000 events; the tests read the file back with icalendar.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from timeline import __version__
from timeline.assemble.urls import entry_url
from timeline.export.options import ExportOptions
from timeline.headline import headline, told
from timeline.assemble.timeline import Timeline

UID_DOMAIN = "timeline"
LINE_OCTETS = 75
"""RFC 5545: a content line is folded to at most 75 octets, line break excluded."""
_TEXT_ESCAPES = str.maketrans({"\\": "\\\\", ";": "\\;", ",": "\\,", "\n": "\\n", "\r": "\\n"})


def write(timeline: Timeline, options: ExportOptions) -> Iterator[str]:
    """The calendar, its head a piece and each event a piece."""
    stamp = _utc(options.stamp)
    yield _content([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + _text(f"-//timeline//timeline {__version__}//EN"),
        "CALSCALE:GREGORIAN", "X-WR-CALNAME:" + _text(timeline.title)])
    for entry in timeline.story_entries:
        sources = "; ".join(s.title for s in entry.sources)
        lines = [
            "BEGIN:VEVENT",
            "UID:" + _text(f"{entry.anchor}@{UID_DOMAIN}"),
            "DTSTAMP:" + stamp,
            "DTSTART;VALUE=DATE:" + _date(entry.when.first),
            "DTEND;VALUE=DATE:" + _date(entry.when.last + dt.timedelta(days=1)),
            # A calendar shows some thirty characters of a summary: the headline TimelineJS shows (what
            # happened, at most 80 characters), the whole sentence below it
            "SUMMARY:" + _text(headline(sentence := told(entry))),
            "DESCRIPTION:" + _text(f"{entry.when.heading()}. {sentence} "
                                   f"Source{'s' if len(entry.sources) > 1 else ''}: {sources}"),
        ]
        if options.base_url:
            lines.append("URL:" + entry_url(entry, options.base_url))  # a URI: no TEXT escaping
        lines.append("END:VEVENT")
        yield _content(lines)
    yield _content(["END:VCALENDAR"])


def _content(lines: list[str]) -> str:
    """Content lines, each folded and ended with CRLF."""
    return "".join(_fold(line) + "\r\n" for line in lines)


def _text(value: str) -> str:
    """A TEXT value: backslash, semicolon and comma escaped, line breaks as ``\\n``."""
    return value.replace("\r\n", "\n").translate(_TEXT_ESCAPES)


def _date(day: dt.date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _utc(moment: dt.datetime) -> str:
    """A DATE-TIME in UTC, as DTSTAMP must be; a naive one is taken as UTC."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc)
    return f"{_date(moment)}T{moment.hour:02d}{moment.minute:02d}{moment.second:02d}Z"


def _fold(line: str) -> str:
    """``line`` folded into pieces of at most 75 octets, each after the first led by a space.

    A piece never ends inside a UTF-8 character, nor between a backslash and
    the character it escapes (which some readers mishandle, though the RFC
    allows it).
    """
    pieces = []
    start, limit = 0, LINE_OCTETS
    while len(line[start:].encode("utf-8")) > limit:
        end = _cut(line, start, limit)
        if _ends_in_escape(line, start, end):
            end -= 1
        pieces.append(line[start:end])
        start, limit = end, LINE_OCTETS - 1  # the leading space of a continuation counts
    pieces.append(line[start:])
    return "\r\n ".join(pieces)


def _cut(line: str, start: int, limit: int) -> int:
    """Where the longest piece of ``line`` from ``start`` of at most ``limit`` octets ends."""
    if line.isascii():  # one octet a character
        return min(len(line), start + limit)
    octets = 0
    for end in range(start, len(line)):
        octets += len(line[end].encode("utf-8"))
        if octets > limit:
            return end
    return len(line)


def _ends_in_escape(line: str, start: int, end: int) -> bool:
    """True when ``line[start:end]`` ends with a backslash that escapes the next character."""
    backslashes = len(line[start:end]) - len(line[start:end].rstrip("\\"))
    return backslashes % 2 == 1 and end - start > 1
