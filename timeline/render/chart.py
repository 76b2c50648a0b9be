"""The home page's picture of the story: an SVG bar chart made at build time.

It covers the story's span only (``Timeline.first`` to ``Timeline.last``; the
background and outlook have pages of their own), one bar per period: weeks
when the story is short (under ``WEEKS_UNDER`` days), months normally,
quarters, years or longer when months would make bars too narrow to tap (more
than the frame's ``max_bars``). A bar's height is the number of the story's events that
start in its period, the count its page shows (those dated to a year or
coarser are left out: they would pile up on each January; so are those that
start before the first bar, whose month page comes before it), and each bar
links to the page of its period:
a week to its first day's heading on its month page, a month to its page, a
quarter or a year to its year page. Key dates are marked above their bar.

Axis labels never overprint: every ``stride``-th bar is labelled, the stride
computed from the widest label and the bar width. The SVG is inline HTML, so
it needs no JavaScript and its links work; it scales to the page width
through its ``viewBox``. Only numbers and month names are printed, and those
go through ``html.escape`` all the same.

Scaled to a phone, a chart drawn for a wide page shrinks its labels and bars by
half (12 units of text became 6 pixels, a 15-unit bar 7.5 pixels, too small to
read or tap). So the chart is drawn twice, for a wide page (``WIDE``) and for a
narrow one (``NARROW``: half the width, a third of the bars, aggregated to a
coarser period when needed), and a CSS media query in the block shows the one
that fits the screen, with no JavaScript.
"""
from __future__ import annotations

import datetime as dt
import html
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from markupsafe import Markup

from timeline.assemble.urls import page_url
from timeline.records import Granularity, KeyDate, When, count_of, long_date
from timeline.assemble.timeline import Timeline, month_page, of_a_month, year_page

BAR_AREA = 120
"""Height of the tallest bar, in viewBox units."""
TOP = 16
"""Room above the bars for key-date markers."""
AXIS = 20
"""Room below the bars for the axis labels."""
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
class Frame:
    """The page a chart is drawn for: its width in viewBox units and how many bars fit it."""

    name: str
    """The class of the block that holds its chart: ``timeline-chart-<name>``."""
    width: int
    max_bars: int
    """At most this many bars: each at least ``width / max_bars`` units wide (2 less without the gap)."""


WIDE = Frame("wide", 720, 48)
"""A desktop's or a tablet's page (about 720 pixels of text): a bar at least 15 units, so 15 pixels."""
NARROW = Frame("narrow", 360, 16)
"""A phone's page (about 330 to 360 pixels of text): a bar at least 22.5 units, so about 21 to 22 pixels, and
labels of 12 units printed at about 11 to 12 pixels."""
NARROW_SCREEN = "37.5em"
"""Screens up to this width (600 pixels) get the ``NARROW`` chart."""
_STYLE = (f"<style>.timeline-chart-narrow{{display:none}}@media screen and (max-width:{NARROW_SCREEN})"
          "{.timeline-chart-wide{display:none}.timeline-chart-narrow{display:block}}</style>")


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


def chart_unit(timeline: Timeline, frame: Frame = WIDE) -> str:
    """What one bar counts: "week", "month", "quarter", "year" or "N years"."""
    return _layout(timeline, frame.max_bars)[0]


def chart_bars(timeline: Timeline, frame: Frame = WIDE) -> tuple[Bar, ...]:
    """The bars from the story's first period to its last, empty periods included."""
    return _bars(timeline, _layout(timeline, frame.max_bars))


def _bars(timeline: Timeline, layout: tuple[str, list[tuple[dt.date, dt.date]], Counter[When]]) -> tuple[Bar, ...]:
    """``chart_bars`` of the story's ``_layout``."""
    unit, periods, tally = layout
    if not periods:
        return ()
    lo, hi = periods[0][0], periods[-1][1]
    buckets: list[list[tuple[When, int]]] = [[] for _ in periods]
    starts = [p[0] for p in periods]
    for when, count in tally.items():
        if when.first < lo:
            continue  # a period that starts before the first bar ("Q1 2010" of a story from March): its month page
            # comes before the chart's, and a bar that counted it opened a month page with fewer events than it said
        buckets[_index(starts, min(when.first, hi))].append((when, count))
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


def label_stride(bars: Sequence[Bar], width: int = WIDE.width) -> int:
    """Label every this-many-th bar: the widest label and a gap fit in that many bars."""
    if not bars:
        return 1
    widest = max(len(b.label) for b in bars) * CHAR_WIDTH + LABEL_GAP
    return max(1, math.ceil(widest / (width / len(bars))))


@dataclass(frozen=True, slots=True)
class HomeChart:
    """The home page's chart and what a bar of each of its drawings counts (for the captions)."""

    markup: Markup
    """One block of inline SVG with no blank lines (Markdown passes it through); "" without dated events."""
    unit: str
    """What a bar of the wide drawing counts: "week", "month", "quarter", "year" or "N years"."""
    narrow_unit: str
    """What a bar of the narrow drawing counts."""


def home_chart(timeline: Timeline, base: str = "", dates: Mapping[When, int] | None = None) -> HomeChart:
    """The chart drawn for a wide page and for a narrow one, each in a block of its own class, with the style
    that shows the one that fits; the story's dates (``Timeline.story_dates``, a query of the store, or ``dates``
    when the caller has them) are counted once for both."""
    dates = timeline.story_dates() if dates is None else dates
    wide, narrow = (_layout(timeline, frame.max_bars, dates) for frame in (WIDE, NARROW))
    drawn = _chart(timeline, WIDE, wide, base)
    markup = Markup(f'<div class="timeline-chart">{drawn}{_chart(timeline, NARROW, narrow, base)}{_STYLE}</div>'
                    if drawn else "")
    return HomeChart(markup, wide[0], narrow[0])


def _chart(timeline: Timeline, frame: Frame, layout: tuple[str, list[tuple[dt.date, dt.date]], Counter[When]],
           base: str) -> str:
    """One frame's drawing of its ``_layout``: its block and SVG, or "" when the story has no dated events."""
    bars = _bars(timeline, layout)
    if not bars or not any(b.count for b in bars):
        return ""
    unit = layout[0]
    width = frame.width
    tallest = max(b.count for b in bars)
    step = width / len(bars)
    gap = min(2.0, step / 4)
    height = TOP + BAR_AREA + AXIS
    esc = html.escape
    total = sum(b.count for b in bars)
    # "dated to a month or closer": the bars leave out the story's year-level entries, which the home page's line
    # above the chart counts ("641 dated events" over a chart of "634 events" read as a count gone wrong)
    label = (f"Events per {unit}, {bars[0].name} to {bars[-1].name}: "
             f"{count_of(total, 'event')} dated to a month or closer")
    # out of search, both frames: its words are counts and dates ("Key date: 15 September 2008, ..."), which a
    # reader's query matched instead of the events
    parts = [
        f'<div class="timeline-chart-{frame.name}" data-search-exclude=""><svg xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {width} {height}" width="100%" role="group" aria-label="{esc(label)}">',
        f"<title>{esc(label)}</title>",
        f'<line x1="0" y1="{TOP + BAR_AREA}" x2="{width}" y2="{TOP + BAR_AREA}" stroke="currentColor" '
        'stroke-opacity="0.3"/>',
    ]
    stride = label_stride(bars, width)
    for i, bar in enumerate(bars):
        x = i * step
        if i % stride == 0 and x + len(bar.label) * CHAR_WIDTH <= width:
            parts.append(f'<text x="{x:.2f}" y="{height - 4}" font-size="{FONT_SIZE}" fill="currentColor">'
                         f"{esc(bar.label)}</text>")
        if bar.key_dates:
            marked = ", ".join(long_date(k.date) for k in bar.key_dates)
            parts.append(f'<circle class="timeline-chart-key" cx="{x + step / 2:.2f}" cy="{TOP / 2}" '
                         f'r="{KEY_DATE_RADIUS}" fill="{KEY_DATE_COLOUR}"><title>Key date: {esc(marked)}</title>'
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
    return "".join(parts)


def _layout(timeline: Timeline, max_bars: int, dates: Mapping[When, int] | None = None
            ) -> tuple[str, list[tuple[dt.date, dt.date]], Counter[When]]:
    """(unit, the periods as (first day, last day), the entries the bars count by date): the finest unit whose
    periods over the story's span are at most ``max_bars``.

    Counted by date (``Timeline.story_dates``, or ``dates`` when given): a story has far fewer dates than entries."""
    counts = timeline.story_dates() if dates is None else dates
    entries = Counter({when: n for when, n in counts.items() if of_a_month(when.granularity)})
    if not entries:
        return "month", [], entries
    if timeline.span is not None:
        lo, hi = timeline.span
    else:
        lo, hi = min(when.first for when in entries), max(when.first for when in entries)
    first_monday = lo - dt.timedelta(days=lo.weekday())
    if (hi - lo).days < WEEKS_UNDER and (hi - first_monday).days // 7 + 1 <= max_bars:
        start = first_monday
        weeks = []
        while start <= hi:
            weeks.append((start, start + dt.timedelta(days=6)))
            start += dt.timedelta(days=7)
        return "week", weeks, entries
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    if months <= max_bars:
        return "month", [_month(lo.year, lo.month + i) for i in range(months)], entries
    first_quarter = (lo.month - 1) // 3
    quarters = (hi.year - lo.year) * 4 + (hi.month - 1) // 3 - first_quarter + 1
    if quarters <= max_bars:
        periods = []
        for i in range(quarters):
            first, _ = _month(lo.year, 3 * (first_quarter + i) + 1)
            periods.append((first, _month(first.year, first.month + 2)[1]))
        return "quarter", periods, entries
    for step in _YEAR_STEPS:
        first_year = max(lo.year - lo.year % step, dt.MINYEAR)
        if (hi.year - first_year) // step + 1 <= max_bars:
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
