"""The home page's picture of the story: an SVG bar chart made at build time.

It covers the story's span only (``Timeline.first`` to ``Timeline.last``; the
background and outlook have pages of their own), one bar per period: weeks
when the story is short (under ``WEEKS_UNDER`` days), months normally,
quarters, years or longer when months would make bars too narrow to tap (more
than ``MAX_BARS``). A bar's height is the number of the story's events that
start in its period (those dated to a year or coarser are left out: they
would pile up on each January), and each bar links to the page of its period:
a week to its first day's heading on its month page, a month to its page, a
quarter or a year to its year page. Key dates are marked above their bar.

Axis labels never overprint: every ``stride``-th bar is labelled, the stride
computed from the widest label and the bar width. The SVG is inline HTML, so
it needs no JavaScript and its links work; it scales to the page width
through its ``viewBox``. Only numbers and month names are printed, and those
go through ``html.escape`` all the same.
"""
from __future__ import annotations

import datetime as dt
import html
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from timeline.export.links import page_url
from timeline.records import Granularity, KeyDate, When, long_date
from timeline.assemble.timeline import Timeline, month_page, year_page

WIDTH = 720
BAR_AREA = 120
"""Height of the tallest bar, in viewBox units."""
TOP = 16
"""Room above the bars for key-date markers."""
AXIS = 20
"""Room below the bars for the axis labels."""
MAX_BARS = 48
"""At most this many bars: each at least 15 viewBox units wide (13 without the gap), wide enough to tap."""
WEEKS_UNDER = 92
"""A story shorter than this many days is drawn by week."""
FONT_SIZE = 12
CHAR_WIDTH = 0.62 * FONT_SIZE
"""A generous estimate of one label character's width (digits and month names in a sans-serif font)."""
LABEL_GAP = 6.0
MIN_HEIGHT = 3.0
"""A bar with any event is at least this tall, so that it shows and can be tapped."""
KEY_DATE_RADIUS = 5.0
KEY_DATE_COLOUR = "#f57c00"
"""Orange: reads on Material's light and dark schemes and differs from the (link-coloured) bars."""
_YEAR_STEPS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)


@dataclass(frozen=True, slots=True)
class Bar:
    """One period of the chart: its days, names, events and the page it opens."""

    first: dt.date
    last: dt.date
    label: str
    """Its axis label: "3 May", "May 2010", "Q2 2010", "2010"."""
    name: str
    """Its full name, for the tooltip: "week of 3 May 2010", "May 2010", "2000–2009"."""
    count: int
    """The story's events that start in it."""
    key_dates: tuple[KeyDate, ...]
    link: str
    """The docs-relative page (and heading) it opens; "" for a bar without events."""


def chart_unit(timeline: Timeline) -> str:
    """What one bar counts: "week", "month", "quarter", "year" or "N years"."""
    return _layout(timeline)[0]


def chart_bars(timeline: Timeline) -> tuple[Bar, ...]:
    """The bars from the story's first period to its last, empty periods included."""
    return _bars(timeline, _layout(timeline))


def _bars(timeline: Timeline, layout: tuple[str, list[tuple[dt.date, dt.date]], Counter[When]]) -> tuple[Bar, ...]:
    """``chart_bars`` of the story's ``_layout``."""
    unit, periods, tally = layout
    if not periods:
        return ()
    lo, hi = periods[0][0], periods[-1][1]
    buckets: list[list[tuple[When, int]]] = [[] for _ in periods]
    starts = [p[0] for p in periods]
    for when, count in tally.items():
        day = min(max(when.first, lo), hi)
        buckets[_index(starts, day)].append((when, count))
    marks: list[list[KeyDate]] = [[] for _ in periods]
    for kd in timeline.key_dates:
        if lo <= kd.date <= hi:
            marks[_index(starts, kd.date)].append(kd)
    months = frozenset((m.year, m.month) for y in timeline.years for m in y.months)
    years = frozenset(y.year for y in timeline.years)
    bars = []
    for (first, last), members, marked in zip(periods, buckets, marks):
        label, name = _names(unit, first, last)
        bars.append(Bar(first, last, label, name, sum(count for _, count in members), tuple(marked),
                        _link(unit, first, [when for when, _ in members], months, years)))
    return tuple(bars)


def label_stride(bars: Sequence[Bar]) -> int:
    """Label every this-many-th bar: the widest label and a gap fit in that many bars."""
    if not bars:
        return 1
    widest = max(len(b.label) for b in bars) * CHAR_WIDTH + LABEL_GAP
    return max(1, math.ceil(widest / (WIDTH / len(bars))))


def events_chart(timeline: Timeline, base: str = "") -> Markup:
    """The chart as one block of inline SVG with no blank lines (Markdown passes it through)."""
    layout = _layout(timeline)  # its dates counted once (a query of the store), for the bars and their unit
    bars = _bars(timeline, layout)
    if not bars or not any(b.count for b in bars):
        return Markup("")
    unit = layout[0]
    tallest = max(b.count for b in bars)
    step = WIDTH / len(bars)
    gap = min(2.0, step / 4)
    height = TOP + BAR_AREA + AXIS
    esc = html.escape
    total = sum(b.count for b in bars)
    label = f"Events per {unit}, {bars[0].name} to {bars[-1].name}: {total} events"
    parts = [
        f'<div class="timeline-chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" role="group" aria-label="{esc(label)}">',
        f"<title>{esc(label)}</title>",
        f'<line x1="0" y1="{TOP + BAR_AREA}" x2="{WIDTH}" y2="{TOP + BAR_AREA}" stroke="currentColor" '
        'stroke-opacity="0.3"/>',
    ]
    stride = label_stride(bars)
    for i, bar in enumerate(bars):
        x = i * step
        if i % stride == 0 and x + len(bar.label) * CHAR_WIDTH <= WIDTH:
            parts.append(f'<text x="{x:.2f}" y="{height - 4}" font-size="{FONT_SIZE}" fill="currentColor">'
                         f"{esc(bar.label)}</text>")
        if bar.key_dates:
            dates = ", ".join(long_date(k.date) for k in bar.key_dates)
            parts.append(f'<circle class="timeline-chart-key" cx="{x + step / 2:.2f}" cy="{TOP / 2}" '
                         f'r="{KEY_DATE_RADIUS}" fill="{KEY_DATE_COLOUR}"><title>Key date: {esc(dates)}</title>'
                         "</circle>")
        if not bar.count:
            continue
        h = max(MIN_HEIGHT, BAR_AREA * bar.count / tallest)
        title = f"{bar.name[:1].upper()}{bar.name[1:]}: {bar.count} event{'s' if bar.count != 1 else ''}"
        href = page_url(bar.link.partition("#")[0], base) + ("#" + bar.link.partition("#")[2] if "#" in bar.link
                                                             else "")
        parts.append(
            f'<a href="{esc(href)}" aria-label="{esc(title)}">'
            f'<rect class="timeline-chart-bar" x="{x + gap / 2:.2f}" y="{TOP + BAR_AREA - h:.2f}" '
            f'width="{step - gap:.2f}" height="{h:.2f}" style="fill: var(--md-typeset-a-color, #4051b5)">'
            f"<title>{esc(title)}</title></rect></a>"
        )
    parts.append("</svg></div>")
    return Markup("".join(parts))


def _layout(timeline: Timeline) -> tuple[str, list[tuple[dt.date, dt.date]], Counter[When]]:
    """(unit, the periods as (first day, last day), the entries the bars count by date).

    Counted by date (``Timeline.story_dates``): a story has far fewer dates than entries."""
    entries = Counter({when: n for when, n in timeline.story_dates().items() if when.granularity > Granularity.YEAR})
    if not entries:
        return "month", [], entries
    if timeline.span is not None:
        lo, hi = timeline.span
    else:
        lo, hi = min(when.first for when in entries), max(when.first for when in entries)
    if (hi - lo).days < WEEKS_UNDER:
        start = lo - dt.timedelta(days=lo.weekday())
        weeks = []
        while start <= hi:
            weeks.append((start, start + dt.timedelta(days=6)))
            start += dt.timedelta(days=7)
        return "week", weeks, entries
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    if months <= MAX_BARS:
        return "month", [_month(lo.year, lo.month + i) for i in range(months)], entries
    first_quarter = (lo.month - 1) // 3
    quarters = (hi.year - lo.year) * 4 + (hi.month - 1) // 3 - first_quarter + 1
    if quarters <= MAX_BARS:
        periods = []
        for i in range(quarters):
            first, _ = _month(lo.year, 3 * (first_quarter + i) + 1)
            periods.append((first, _month(first.year, first.month + 2)[1]))
        return "quarter", periods, entries
    for step in _YEAR_STEPS:
        first_year = max(lo.year - lo.year % step, dt.MINYEAR)
        if (hi.year - first_year) // step + 1 <= MAX_BARS:
            periods = [(dt.date(y, 1, 1), dt.date(min(y + step - 1, dt.MAXYEAR), 12, 31))
                       for y in range(first_year, hi.year + 1, step)]
            return ("year" if step == 1 else f"{step} years"), periods, entries
    raise AssertionError("unreachable: dates stop at year 9999")


def _month(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The first and last day of a month; ``month`` may run past 12."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    following = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return dt.date(year, month, 1), following - dt.timedelta(days=1)


def _index(starts: Sequence[dt.date], day: dt.date) -> int:
    """The period that holds ``day`` (the last that starts on or before it)."""
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= day:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _names(unit: str, first: dt.date, last: dt.date) -> tuple[str, str]:
    if unit == "week":
        return f"{first.day} {first:%b}", f"week of {first.day} {first:%B %Y}"
    if unit == "month":
        return f"{first:%b %Y}", f"{first:%B %Y}"
    if unit == "quarter":
        name = f"Q{(first.month - 1) // 3 + 1} {first.year}"
        return name, name
    if unit == "year":
        return str(first.year), str(first.year)
    return str(first.year), f"{first.year}–{last.year}"


def _link(unit: str, first: dt.date, members: Sequence[When], months: frozenset[tuple[int, int]],
          years: frozenset[int]) -> str:
    """The page a bar opens (see the module's docstring); "" when it has no events.
    ``members``: the dates of its events."""
    if not members:
        return ""
    earliest = min(members).first
    if unit == "week":
        days = [when.first for when in members if when.granularity is Granularity.DAY]
        if days:
            day = min(days)
            return f"{month_page(day.year, day.month)}#{day.isoformat()}"
        return month_page(earliest.year, earliest.month)
    if unit == "month":
        if (first.year, first.month) in months:
            return month_page(first.year, first.month)
        return month_page(earliest.year, earliest.month)
    return year_page(first.year if first.year in years else earliest.year)
