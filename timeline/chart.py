"""The home page's picture of the whole story: an SVG bar chart made at build time.

One bar per month from the first month with events to the last, its height
the number of events in that month's section of the year page, and each bar
a link to that section. Key dates are marked above their month. The SVG is
inline HTML, so it needs no JavaScript and its links work; it scales to the
page width through its ``viewBox``. Only numbers and month names are printed,
and those go through ``html.escape`` all the same.
"""
from __future__ import annotations

import calendar
import html
from dataclasses import dataclass

from markupsafe import Markup

from timeline.export.links import month_url
from timeline.model import KeyDate
from timeline.timeline_model import MonthSection, Timeline

WIDTH = 720
BAR_AREA = 120
"""Height of the tallest bar, in viewBox units."""
TOP = 16
"""Room above the bars for key-date markers."""
AXIS = 20
"""Room below the bars for the year labels."""
KEY_DATE_COLOUR = "#f57c00"
"""Orange: reads on Material's light and dark schemes and differs from the (link-coloured) bars."""


@dataclass(frozen=True, slots=True)
class MonthBar:
    """One month of the chart; ``section`` is None for a month without events."""

    year: int
    month: int
    section: MonthSection | None
    key_dates: tuple[KeyDate, ...]

    @property
    def count(self) -> int:
        return len(self.section.entries) if self.section else 0


def month_bars(timeline: Timeline) -> tuple[MonthBar, ...]:
    """Every month from the first month section to the last, gaps included."""
    sections = {(m.year, m.month): m for y in timeline.years for m in y.months}
    if not sections:
        return ()
    (year, month), last = min(sections), max(sections)
    bars = []
    while (year, month) <= last:
        marked = tuple(kd for kd in timeline.key_dates if (kd.date.year, kd.date.month) == (year, month))
        bars.append(MonthBar(year, month, sections.get((year, month)), marked))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(bars)


def events_chart(timeline: Timeline, base: str = "") -> Markup:
    """The chart as one block of inline SVG with no blank lines (Markdown passes it through)."""
    bars = month_bars(timeline)
    if not bars:
        return Markup("")
    tallest = max(b.count for b in bars)
    step = WIDTH / len(bars)
    gap = min(2.0, step / 4)
    height = TOP + BAR_AREA + AXIS
    esc = html.escape
    total = sum(b.count for b in bars)
    label = f"Events per month, {_month_label(bars[0])} to {_month_label(bars[-1])}: {total} events"
    parts = [
        f'<div class="timeline-chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" role="group" aria-label="{esc(label)}">',
        f"<title>{esc(label)}</title>",
        f'<line x1="0" y1="{TOP + BAR_AREA}" x2="{WIDTH}" y2="{TOP + BAR_AREA}" stroke="currentColor" '
        'stroke-opacity="0.3"/>',
    ]
    for i, bar in enumerate(bars):
        x = i * step
        if bar.month == 1 or i == 0:
            parts.append(f'<text x="{x:.2f}" y="{height - 4}" font-size="14" fill="currentColor">{bar.year}</text>')
        if bar.key_dates:
            dates = ", ".join(f"{k.date.day} {k.date:%B %Y}" for k in bar.key_dates)
            cx = x + step / 2
            parts.append(f'<circle class="timeline-chart-key" cx="{cx:.2f}" cy="{TOP / 2}" r="{min(5.0, step / 2):.2f}" '
                         f'fill="{KEY_DATE_COLOUR}"><title>Key date: {esc(dates)}</title>'
                         "</circle>")
        if bar.section is None:
            continue
        h = BAR_AREA * bar.count / tallest
        title = f"{_month_label(bar)}: {bar.count} event{'s' if bar.count != 1 else ''}"
        parts.append(
            f'<a href="{esc(month_url(bar.section, base))}" aria-label="{esc(title)}">'
            f'<rect class="timeline-chart-bar" x="{x + gap / 2:.2f}" y="{TOP + BAR_AREA - h:.2f}" '
            f'width="{step - gap:.2f}" height="{h:.2f}" style="fill: var(--md-typeset-a-color, #4051b5)">'
            f"<title>{esc(title)}</title></rect></a>"
        )
    parts.append("</svg></div>")
    return Markup("".join(parts))


def _month_label(bar: MonthBar) -> str:
    return f"{calendar.month_name[bar.month]} {bar.year}"
