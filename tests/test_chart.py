"""The home page's events-per-month SVG: bars, links, key-date marks, safe to inline in Markdown."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from timeline.chart import events_chart, month_bars
from timeline.timeline_model import MonthSection, YearSection
from timeline_factory import JUNE, SPRING, VOTE, small_timeline

SVG = "{http://www.w3.org/2000/svg}"


def _svg(markup: str) -> ET.Element:
    root = ET.fromstring(markup)
    assert root.tag == "div" and root.get("class") == "timeline-chart"
    return root[0]


def test_one_bar_per_month_from_first_to_last_section_gaps_included() -> None:
    bars = month_bars(small_timeline())
    assert (bars[0].year, bars[0].month, bars[-1].year, bars[-1].month) == (2023, 3, 2024, 6)
    assert len(bars) == 16
    assert [(b.year, b.month, b.count) for b in bars if b.count] == [(2023, 3, 1), (2024, 3, 1), (2024, 6, 1)]
    assert [b.month for b in bars if b.key_dates] == [3]
    assert [b.year for b in bars if b.key_dates] == [2023]


def test_each_bar_links_to_its_month_section_on_the_year_page() -> None:
    svg = _svg(events_chart(small_timeline()))
    links = svg.findall(f"{SVG}a")
    assert [a.get("href") for a in links] == ["months/2023-03/", "months/2024-03/", "months/2024-06/"]
    assert [a.findtext(f"{SVG}rect/{SVG}title") for a in links] == [
        "March 2023: 1 event", "March 2024: 1 event", "June 2024: 1 event"]


def test_bar_height_is_proportional_to_the_month_count() -> None:
    timeline = small_timeline()
    busy = YearSection(2024, (), (MonthSection(2024, 3, (SPRING, JUNE)), MonthSection(2024, 6, (JUNE,))))
    svg = _svg(events_chart(replace(timeline, years=(timeline.years[0], busy))))
    heights = [float(r.get("height", "")) for r in svg.iter(f"{SVG}rect")]
    assert heights == [60.0, 120.0, 60.0]


def test_key_dates_are_marked_and_the_svg_scales_to_the_page() -> None:
    svg = _svg(events_chart(small_timeline()))
    assert svg.get("viewBox") == "0 0 720 156" and svg.get("width") == "100%"
    marks = svg.findall(f"{SVG}circle")
    assert [m.findtext(f"{SVG}title") for m in marks] == ["Key date: 13 March 2023"]
    assert [t.text for t in svg.findall(f"{SVG}text")] == ["2023", "2024"]


def test_a_timeline_without_month_sections_has_no_chart() -> None:
    assert events_chart(replace(small_timeline(), years=())) == ""


def test_chart_is_one_html_block_without_blank_lines() -> None:
    assert "\n" not in events_chart(small_timeline())


@given(st.lists(st.integers(min_value=1, max_value=12), min_size=1, max_size=12, unique=True),
       st.integers(min_value=1990, max_value=2030))
def test_every_month_section_gets_exactly_one_linked_bar(months: list[int], year: int) -> None:
    sections = tuple(MonthSection(year, m, (VOTE,)) for m in sorted(months))
    timeline = replace(small_timeline(), years=(YearSection(year, (), sections),), key_dates=())
    svg = _svg(events_chart(timeline))
    bars = month_bars(timeline)
    assert len(bars) == max(months) - min(months) + 1
    assert len(svg.findall(f"{SVG}a")) == len(months)
