"""The home page's events chart: the story's span only, bars by week, month, quarter or year,
links to each period's page, key-date marks, labels that never overprint."""
from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from timeline.render.chart import (CHAR_WIDTH, FONT_SIZE, KEY_DATE_RADIUS, NARROW, WIDE, Frame, chart_bars, chart_unit,
                                   home_chart)
from timeline.records import Granularity, KeyDate, KeySentence, When
from timeline.assemble.timeline import Entry, MonthSection, Timeline, YearSection
from timeline_factory import VOTE, small_timeline

SVG = "{http://www.w3.org/2000/svg}"


MAX_BARS, WIDTH = WIDE.max_bars, WIDE.width


def _svg(markup: str, frame: Frame = WIDE) -> ET.Element:
    """The SVG drawn for ``frame``: the chart is a block holding one block per frame, then their style."""
    root = ET.fromstring(markup)
    assert root.tag == "div" and root.get("class") == "timeline-chart"
    assert [child.get("class") for child in root[:2]] == ["timeline-chart-wide", "timeline-chart-narrow"]
    block = next(child for child in root if child.get("class") == f"timeline-chart-{frame.name}")
    return block[0]


def _day(day: dt.date, n: int = 0) -> Entry:
    return replace(VOTE, anchor=f"e-{day.isoformat()}-{n}",
                   when=When(day, Granularity.DAY, day.isoformat(), day))


def _story(entries: list[Entry], span: tuple[dt.date, dt.date] | None = None,
           key_dates: tuple[KeyDate, ...] = ()) -> Timeline:
    """A timeline of day entries, by year and month as assemble orders them."""
    years: dict[int, dict[int, list[Entry]]] = {}
    for e in sorted(entries, key=lambda e: e.when):
        years.setdefault(e.year, {}).setdefault(e.when.first.month, []).append(e)
    sections = tuple(YearSection(y, (), tuple(MonthSection(y, m, tuple(es)) for m, es in sorted(ms.items())))
                     for y, ms in sorted(years.items()))
    return replace(small_timeline(), years=sections, key_dates=key_dates, span=span)


def test_one_bar_per_month_from_first_to_last_month_gaps_included() -> None:
    bars = chart_bars(small_timeline())
    assert chart_unit(small_timeline()) == "month"
    assert (bars[0].first, bars[-1].last) == (dt.date(2023, 3, 1), dt.date(2024, 6, 30))
    assert len(bars) == 16
    # spring 2024 spans months: it belongs to its year's page, not to March's, and to no bar
    assert [(b.name, b.count) for b in bars if b.count] == [("March 2023", 1), ("June 2024", 1)]
    assert [b.name for b in bars if b.key_dates] == ["March 2023"]


def test_each_bar_links_to_its_month_page() -> None:
    svg = _svg(home_chart(small_timeline()).markup)
    links = svg.findall(f"{SVG}a")
    assert [a.get("href") for a in links] == ["months/2023-03/", "months/2024-06/"]
    assert [a.findtext(f"{SVG}rect/{SVG}title") for a in links] == [
        "March 2023: 1 event", "June 2024: 1 event"]


def test_bar_height_is_proportional_to_the_count() -> None:
    timeline = _story([_day(dt.date(2023, 3, 13)), _day(dt.date(2024, 3, 1)), _day(dt.date(2024, 3, 1), 1),
                       _day(dt.date(2024, 6, 1))])
    svg = _svg(home_chart(timeline).markup)
    heights = [float(r.get("height", "")) for r in svg.iter(f"{SVG}rect")]
    assert heights == [60.0, 120.0, 60.0]


def test_key_dates_are_marked_big_enough_to_see_and_the_svg_scales_to_the_page() -> None:
    svg = _svg(home_chart(small_timeline()).markup)
    assert svg.get("viewBox") == "0 0 720 156" and svg.get("width") == "100%"
    marks = svg.findall(f"{SVG}circle")
    assert [m.findtext(f"{SVG}title") for m in marks] == ["Key date: 13 March 2023"]
    assert float(marks[0].get("r", "0")) == KEY_DATE_RADIUS >= 4
    assert [t.text for t in svg.findall(f"{SVG}text")] == [
        "Mar 2023", "May 2023", "Jul 2023", "Sep 2023", "Nov 2023", "Jan 2024", "Mar 2024", "May 2024"]


def test_a_short_story_is_drawn_by_week_each_bar_opening_its_first_day() -> None:
    days = [_day(dt.date(2010, 1, 12)), _day(dt.date(2010, 1, 14)), _day(dt.date(2010, 1, 14), 1),
            _day(dt.date(2010, 1, 27)), _day(dt.date(2010, 2, 2))]
    kd = KeyDate(dt.date(2010, 1, 14), (KeySentence("x", "plan", 0),))
    timeline = _story(days, span=(dt.date(2010, 1, 12), dt.date(2010, 2, 5)), key_dates=(kd,))
    assert chart_unit(timeline) == "week"
    bars = chart_bars(timeline)
    assert [(b.first, b.count) for b in bars] == [
        (dt.date(2010, 1, 11), 3), (dt.date(2010, 1, 18), 0), (dt.date(2010, 1, 25), 1), (dt.date(2010, 2, 1), 1)]
    svg = _svg(home_chart(timeline).markup)
    assert [a.get("href") for a in svg.findall(f"{SVG}a")] == [
        "months/2010-01/#2010-01-12", "months/2010-01/#2010-01-27", "months/2010-02/#2010-02-02"]
    assert [a.findtext(f"{SVG}rect/{SVG}title") for a in svg.findall(f"{SVG}a")][0] == "Week of 11 January 2010: 3 events"
    assert [m.findtext(f"{SVG}title") for m in svg.findall(f"{SVG}circle")] == ["Key date: 14 January 2010"]
    assert all(float(r.get("width", "0")) >= 12 for r in svg.iter(f"{SVG}rect"))


def test_the_chart_covers_the_span_only() -> None:
    """The bars run from the span's first month to its last; an entry that starts before the first bar is in no bar
    (its month page, March's, comes before the chart's: a bar that counted it promised its page more events than
    the page has), one after the last is counted in the last."""
    days = [_day(dt.date(2010, 3, 30)), _day(dt.date(2010, 4, 10)), _day(dt.date(2010, 12, 1))]
    timeline = _story(days, span=(dt.date(2010, 4, 1), dt.date(2010, 9, 30)))
    bars = chart_bars(timeline)
    assert [b.name for b in bars] == ["April 2010", "May 2010", "June 2010", "July 2010", "August 2010",
                                      "September 2010"]
    assert [b.count for b in bars] == [1, 0, 0, 0, 0, 1]


def test_a_long_story_is_drawn_by_quarter_or_year_and_bars_stay_wide_enough_to_tap() -> None:
    quarters = _story([_day(dt.date(2000, 1, 5)), _day(dt.date(2009, 12, 5))])
    assert chart_unit(quarters) == "quarter" and len(chart_bars(quarters)) == 40
    assert [a.get("href") for a in _svg(home_chart(quarters).markup).findall(f"{SVG}a")] == [
        "years/2000/", "years/2009/"]
    years = _story([_day(dt.date(1950, 1, 5)), _day(dt.date(1990, 12, 5))])
    assert chart_unit(years) == "year" and len(chart_bars(years)) == 41
    decades = _story([_day(dt.date(1500, 1, 5)), _day(dt.date(1990, 12, 5))])
    assert chart_unit(decades) == "20 years" and len(chart_bars(decades)) <= MAX_BARS
    assert chart_bars(decades)[0].name == "1500–1519"
    for timeline in (quarters, years, decades):
        assert all(float(r.get("width", "0")) >= 12 for r in _svg(home_chart(timeline).markup).iter(f"{SVG}rect"))


def _labels(svg: ET.Element) -> list[tuple[float, str]]:
    return [(float(t.get("x", "0")), t.text or "") for t in svg.findall(f"{SVG}text")]


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2090, 1, 1)),
       st.integers(min_value=0, max_value=40 * 366), st.sampled_from([WIDE, NARROW]))
def test_labels_never_overprint_and_stay_inside_the_chart(start: dt.date, length: int, frame: Frame) -> None:
    end = start + dt.timedelta(days=length)
    timeline = _story([_day(start), _day(end)], span=(start, end))
    svg = _svg(home_chart(timeline).markup, frame)
    assert svg.get("viewBox", "").startswith(f"0 0 {frame.width} ")
    labels = _labels(svg)
    assert labels and labels[0][0] == 0
    for (x, text), (next_x, _) in zip(labels, labels[1:]):
        assert next_x - x >= len(text) * CHAR_WIDTH
    assert all(x + len(text) * CHAR_WIDTH <= frame.width for x, text in labels)
    bars = chart_bars(timeline, frame)
    assert len(bars) <= frame.max_bars and frame.width / len(bars) - 2 >= 12


def test_a_narrow_screen_gets_a_chart_of_its_own_with_fewer_wider_bars() -> None:
    """Drawn at half the width, the narrow chart's labels print at twice the wide one's size on the same
    screen, and its bars are as wide in pixels: a year of months, then quarters for a longer story."""
    year = _story([_day(dt.date(2010, 3, 18)), _day(dt.date(2011, 2, 14))],
                  span=(dt.date(2010, 3, 18), dt.date(2011, 2, 14)))
    assert (chart_unit(year), chart_unit(year, NARROW)) == ("month", "month")
    assert len(chart_bars(year, NARROW)) == 12
    wide, narrow = _svg(home_chart(year).markup), _svg(home_chart(year).markup, NARROW)
    assert narrow.get("viewBox") == "0 0 360 156" and wide.get("viewBox") == "0 0 720 156"
    assert {t.get("font-size") for t in narrow.findall(f"{SVG}text")} == {str(FONT_SIZE)}
    assert [a.get("href") for a in narrow.findall(f"{SVG}a")] == [a.get("href") for a in wide.findall(f"{SVG}a")]
    three_years = _story([_day(dt.date(2008, 1, 5)), _day(dt.date(2010, 12, 5))])
    assert (chart_unit(three_years), chart_unit(three_years, NARROW)) == ("month", "quarter")
    assert [a.get("href") for a in _svg(home_chart(three_years).markup, NARROW).findall(f"{SVG}a")] == [
        "years/2008/", "years/2010/"]
    chart = home_chart(three_years)  # what the home page's captions are made from
    assert (chart.unit, chart.narrow_unit) == ("month", "quarter") == (chart_unit(three_years),
                                                                      chart_unit(three_years, NARROW))


def test_the_style_shows_one_chart_and_its_caption_by_the_screen_width() -> None:
    markup = home_chart(small_timeline()).markup
    root = ET.fromstring(markup)
    # a chart's words are counts and dates: out of search, so that a query finds the events, not the chart
    assert [block.get("data-search-exclude") for block in root[:2]] == ["", ""]
    style = root.findtext("style") or ""
    assert ".timeline-chart-narrow{display:none}" in style
    assert "@media screen and (max-width:37.5em){.timeline-chart-wide{display:none}" in style


def test_a_timeline_without_dated_story_entries_has_no_chart() -> None:
    assert home_chart(replace(small_timeline(), years=())).markup == ""


def test_chart_is_one_html_block_without_blank_lines() -> None:
    assert "\n" not in home_chart(small_timeline()).markup


@given(st.lists(st.integers(min_value=1, max_value=12), min_size=1, max_size=12, unique=True),
       st.integers(min_value=1990, max_value=2030))
def test_every_month_with_events_gets_exactly_one_linked_bar(months: list[int], year: int) -> None:
    timeline = _story([_day(dt.date(year, m, 15)) for m in months])
    svg = _svg(home_chart(timeline).markup)
    links = [a.get("href") for a in svg.findall(f"{SVG}a")]
    if chart_unit(timeline) == "month":
        assert links == [f"months/{year}-{m:02d}/" for m in sorted(months)]
    else:  # under three months: by week, each bar to its day
        assert links == [f"months/{year}-{m:02d}/#{year}-{m:02d}-15" for m in sorted(months)]
