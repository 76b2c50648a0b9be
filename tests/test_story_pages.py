"""The pages of a story with a span: month pages by day with a cap, events pages that list
everything, year pages of key events, background and outlook, other articles, search exclusion."""
from __future__ import annotations

import datetime as dt
import posixpath
import re
from dataclasses import replace
from pathlib import Path

import pytest

from timeline.records import Granularity, KeyDate, KeySentence, When
from timeline.publish.navigation import navigation
from timeline.render import WHEN_TOLD_LEGEND, plan_pages, render_pages, write_if_changed
from hypothesis import given
from hypothesis import strategies as st

from timeline.assemble.story import (DAY_SHOWN, LATEST_PER_DAY, SIDE_SHOWN, YEAR_SHOWN, latest_entries,
                                     shown_newest_first)
from timeline.assemble.timeline import ArticlePage, Entry, MonthSection, SourceRef, Timeline, YearSection

REPORT = SourceRef("report", "report", "Spill report", dt.date(2010, 6, 5), 0)
SPAN = (dt.date(2010, 5, 2), dt.date(2010, 6, 30))


def _entry(anchor: str, when: When, sentence: str, importance: float = 0.0) -> Entry:
    return Entry(anchor, when, sentence, (REPORT,), importance)


def _day(day: dt.date, n: int, importance: float = 0.0) -> Entry:
    return _entry(f"e-{day.isoformat()}-{n}", When(day, Granularity.DAY, day.isoformat(), day),
                  f"Event {n} of {day.isoformat()}.", importance)


def _year(year: int, n: int, importance: float = 0.0) -> Entry:
    return _entry(f"e-{year}-{n}", When(dt.date(year, 1, 1), Granularity.YEAR, str(year), dt.date(year, 12, 31)),
                  f"Event {n} of {year}.", importance)


MAY = _entry("e-2010-05", When(dt.date(2010, 5, 1), Granularity.MONTH, "2010-05", dt.date(2010, 5, 31)),
             "The leak went on all May.")
WEEK = _entry("e-2010-w18", When(dt.date(2010, 5, 3), Granularity.WEEK, "2010-W18", dt.date(2010, 5, 9)),
              "Crews worked all week.")
THIRD = _day(dt.date(2010, 5, 3), 0)
# Seven entries on 27 May: importance 0..6 in reverse order, so the five shown are the first five.
BUSY = tuple(_day(dt.date(2010, 5, 27), n, importance=7 - n) for n in range(7))
JUNE_DAY = _day(dt.date(2010, 6, 2), 0, importance=2)
STORY_YEAR = _year(2010, 0, importance=9)
BACKGROUND = tuple(_day(dt.date(2009, 1, 1) + dt.timedelta(days=n), n, importance=n % 7) for n in range(25)) + (
    _year(2008, 0), _day(dt.date(2010, 5, 1), 0))
"""25 days of 2009, the year 2008, and 1 May 2010: the day before the span, in a month of the story."""
OUTLOOK = (_year(2011, 0),)
KEY = KeyDate(dt.date(2010, 5, 27), (KeySentence("Event 0 of 2010-05-27.", "report", 0),))


def story() -> Timeline:
    on = ArticlePage("report", "report", "Spill report", dt.date(2010, 6, 5), "", "Wire", (),
                     (MAY, WEEK, THIRD, *BUSY, JUNE_DAY))
    off = ArticlePage("sport", "sport", "Cup final tonight", dt.date(2010, 5, 29), "", "Wire", (), (),
                      on_topic=False)
    background = tuple(sorted(BACKGROUND, key=lambda e: e.when))
    return Timeline(
        title="Spill", description="", articles=(on, off),
        years=(YearSection(2010, (STORY_YEAR,), (MonthSection(2010, 5, (MAY, WEEK, THIRD, *BUSY)),
                                                 MonthSection(2010, 6, (JUNE_DAY,)))),),
        key_dates=(KEY,), background=background, outlook=OUTLOOK, span=SPAN)


def _ids(page: str) -> list[str]:
    return re.findall(r"\{:? #([\w-]+)", page)


def test_the_month_page_has_a_heading_per_period_and_caps_each_day() -> None:
    page = render_pages(story())["months/2010-05.md"]
    assert page == (
        "---\nsearch:\n  exclude: true\n---\n"
        "# May 2010\n\n"
        "[All of 2010](../years/2010.md) · [June 2010 →](../months/2010-06.md)\n\n"
        "10 events; each day shows its most important, and links to the rest.\n\n"
        # A week among the days, before its first day's heading
        "## Week of 3 May 2010 { #p-2010-w18 }\n\n"
        "Crews worked all week.<br>\n<small data-search-exclude>Reported on 5 June 2010 · Source: [Spill report](../articles/report.md)</small>\n"
        "{: #e-2010-w18 .timeline-event }\n\n"
        "## 3 May 2010 { #2010-05-03 }\n\n"
        "Event 0 of 2010-05-03.<br>\n<small data-search-exclude>Reported on 5 June 2010 · Source: [Spill report](../articles/report.md)</small>\n"
        "{: #e-2010-05-03-0 .timeline-event }\n\n"
        "## 27 May 2010 { #2010-05-27 }\n\n"
        + "".join(f"Event {n} of 2010-05-27.<br>\n<small data-search-exclude>Reported on 5 June 2010 · Source: [Spill report](../articles/report.md)</small>\n"
                  f"{{: #e-2010-05-27-{n} .timeline-event }}\n\n" for n in range(DAY_SHOWN))
        + "[All 7 events of 27 May 2010 →](../events/2010-05-27.md)\n\n"
        # Periods coarser than a week come after the days: vaguer, so after what is known to the day.
        "## May 2010 { #p-2010-05 }\n\n"
        "The leak went on all May.<br>\n<small data-search-exclude>Reported on 5 June 2010 · Source: [Spill report](../articles/report.md)</small>\n"
        "{: #e-2010-05 .timeline-event }\n\n"
    )


def test_a_day_shows_its_most_important_entries_in_the_order_of_its_day_page() -> None:
    """A month page's day opens with what its day's page opens with: the most important told at the time,
    then a plan for the day (``expected``); had they come in timeline order, the day's news could sit fifth."""
    def told_on(entry: Entry, day: dt.date) -> Entry:
        return replace(entry, sources=(replace(REPORT, published=day),))

    shuffled = tuple(told_on(replace(e, importance=float(n % 3)), dt.date(2010, 5, 27)) for n, e in enumerate(BUSY))
    plan = replace(told_on(shuffled[5], dt.date(2010, 5, 20)), foretold=True)
    shuffled = shuffled[:5] + (plan, shuffled[6])
    timeline = story()
    may = replace(timeline.years[0].months[0], entries=(MAY, WEEK, THIRD, *shuffled))
    timeline = replace(timeline, years=(replace(timeline.years[0], months=(may, timeline.years[0].months[1])),))
    pages = render_pages(timeline)
    # importance 0,1,2,0,1,2,0 (the second 2 a plan): the 2 told at the time, the two 1s, the first 0, the plan.
    shown = [i for i in _ids(pages["months/2010-05.md"]) if i.startswith("e-2010-05-27")]
    assert shown == ["e-2010-05-27-2", "e-2010-05-27-1", "e-2010-05-27-4", "e-2010-05-27-0", "e-2010-05-27-5"]
    day_page = _ids(pages["events/2010-05-27.md"])
    assert [i for i in day_page if i in shown] == shown


def test_the_day_page_lists_every_entry_of_the_day_and_links_back() -> None:
    page = render_pages(story())["events/2010-05-27.md"]
    # the page is the search index's one place for its events: boosted as a title, its links and counts left out
    assert page.startswith('---\ntitle: "27 May 2010"\nsearch:\n  boost: 1000\n---\n# 27 May 2010\n\n'
                           "<span data-search-exclude>[← May 2010](../months/2010-05.md#2010-05-27) · [Home](../index.md)"
                           "</span>\n\n<span data-search-exclude>[← 3 May 2010](../events/2010-05-03.md) · "
                           "[2 June 2010 →](../events/2010-06-02.md)</span>\n\n"
                           "<span data-search-exclude>All 7 events of this day, the most important first. "
                           f"{WHEN_TOLD_LEGEND}</span>\n\n")  # one of them reported later: what its line means
    # the day's own entries tell one happening, "Event N": the first under its heading, the rest as retellings
    assert "[Told again later](#recalled) (1) · [The same, told again](#same) (6)</span>\n" in page
    assert [i for i in _ids(page) if i.startswith("e-")] == [e.anchor for e in BUSY]
    pages = render_pages(story())
    # The first day with a page (in the background) has no day before; the last no day after. The pages between
    # the days (a month's coarse periods, a year's) are no days.
    assert ">[2 January 2009 →](../events/2009-01-02.md)</span>\n" in pages["events/2009-01-01.md"]
    assert ">[← 27 May 2010](../events/2010-05-27.md)</span>\n" in pages["events/2010-06-02.md"]
    assert " →](../events/" not in pages["events/2010-05.md"] and "[← 25 January 2009]" not in pages["events/2010.md"]


def test_every_entry_permalink_lands_on_a_page_that_shows_it() -> None:
    timeline = story()
    pages = render_pages(timeline)
    for entry in timeline.entries:
        assert f"#{entry.anchor} " in pages[entry.page], entry.anchor
    assert pages["events/2010-05.md"].count("{ #p-") == 2  # the month and the week, each under its heading
    assert "[← Background](../background.md)" in pages["events/2009-01-01.md"]
    assert "[← 2010](../years/2010.md)" in pages["events/2010.md"]
    assert "[← Outlook](../outlook.md)" in pages["events/2011.md"]
    # The day before the span is in a month of the story, but the month page has no heading for it.
    assert "[← Background](../background.md) · [Home]" in pages["events/2010-05-01.md"]
    assert "months/" not in pages["events/2010-05-01.md"]


def test_every_link_with_an_anchor_lands_on_an_id_of_its_page() -> None:
    pages = render_pages(story())
    checked = 0
    for path, text in pages.items():
        folder = path.rpartition("/")[0]
        for target, anchor in re.findall(r"\]\(([\w./-]+\.md)#([\w-]+)\)", text):
            resolved = posixpath.normpath(posixpath.join(folder, target))
            assert resolved in pages, (path, target)
            assert re.search(r"\{:? #" + re.escape(anchor) + r"[ }]", pages[resolved]), (path, target, anchor)
            checked += 1
    assert checked > 10


def test_the_year_page_shows_its_key_events_key_dates_and_months() -> None:
    crowded = tuple(_day(dt.date(2010, 6, 1 + n % 28), n, importance=n) for n in range(40))
    timeline = story()
    june = MonthSection(2010, 6, tuple(sorted((*crowded, JUNE_DAY), key=lambda e: e.when)))
    timeline = replace(timeline, years=(replace(timeline.years[0], months=(timeline.years[0].months[0], june)),))
    page = render_pages(timeline)["years/2010.md"]
    top = [i for i in _ids(page)]
    # May's most important (of its 10 entries) but those of its key date, listed above, then June's 14 most important
    assert len(top) == YEAR_SHOWN and set(top) == {"e-2010-05", *(f"e-2010-06-{1 + n % 28:02d}-{n}"
                                                                 for n in range(26, 40))}
    assert page.index("## Key dates") < page.index("## Other key events\n\nThe year's most important events of "
                                                   "days other than its key dates, spread over its months, in date "
                                                   "order.\n\n[**May 2010**]")
    may = timeline.years[0].months[0]
    assert top == [e.anchor for e in (*may.entries, *june.entries) if e.anchor in top]  # in date order
    assert "## Key dates\n\n- [27 May 2010](../events/2010-05-27.md) — Event 0 of 2010-05-27.\n" in page
    assert "## Months\n\n- [May](../months/2010-05.md) — 10 events\n- [June](../months/2010-06.md) — 41 events\n" in page
    assert "[1 event dated more coarsely than a month (the year, a quarter, a season) →](../events/2010.md)\n" in page


def test_a_years_other_key_events_leave_out_what_its_key_dates_tell() -> None:
    from timeline.assemble.story import beside_key_dates

    april = _entry("e-2010-04", When(dt.date(2010, 4, 1), Granularity.MONTH, "2010-04", dt.date(2010, 4, 30)),
                   "The explosion of the Deepwater Horizon rig in April killed 11 people.", 9.0)
    on_the_day = _entry("e-2010-04-20-0", When(dt.date(2010, 4, 20), Granularity.DAY, "2010-04-20",
                                               dt.date(2010, 4, 20)), "The rig exploded.", 8.0)
    other = _day(dt.date(2010, 5, 3), 0, importance=1.0)
    key = KeyDate(dt.date(2010, 4, 20), (KeySentence(
        "Oil leaked into the Gulf from 20 April when the Deepwater Horizon rig explosion killed 11 workers.",
        "report", 0),))
    assert beside_key_dates((april, on_the_day, other), [key], 15) == (other,)
    assert beside_key_dates((april, on_the_day, other), [], 15) == (april, on_the_day, other)
    # by first day: a year's part (its head, first in timeline order) among the months' entries
    autumn = _entry("e-2010-fa", When(dt.date(2010, 9, 1), Granularity.SEASON, "2010-FA", dt.date(2010, 11, 30)),
                    "Work went on all autumn.", 5.0)
    assert beside_key_dates((autumn, april, other), [], 15) == (april, other, autumn)


def test_the_year_s_key_events_are_spread_over_its_days() -> None:
    """A day retold many times takes one place while other days have entries; a year of fewer days than
    places shows each day's next most important, the more important first."""
    retold = tuple(_day(dt.date(2010, 6, 1), n, importance=100 + n) for n in range(YEAR_SHOWN))
    others = tuple(_day(dt.date(2010, 6, 2 + n), 0, importance=50 + n) for n in range(YEAR_SHOWN))  # above May's
    june = MonthSection(2010, 6, tuple(sorted((*retold, *others), key=lambda e: e.when)))
    timeline = story()
    busy = replace(timeline, years=(replace(timeline.years[0], months=(timeline.years[0].months[0], june)),))
    top = _ids(render_pages(busy)["years/2010.md"])
    # the best of May (the month: its 27th is a key date, listed above) and of June (its 1st), then the 13 best of
    # June's other days
    assert top == ["e-2010-05", f"e-2010-06-01-{YEAR_SHOWN - 1}",
                   *(f"e-2010-06-{2 + n:02d}-0" for n in range(2, YEAR_SHOWN))]
    few = MonthSection(2010, 6, tuple(sorted((*retold, *others[:3]), key=lambda e: e.when)))
    few_may = MonthSection(2010, 5, ())
    busy = replace(timeline, years=(replace(timeline.years[0], head=(), months=(few_may, few)),))
    top = _ids(render_pages(busy)["years/2010.md"])
    # four days: 1 June gives its 12 best (at most 12 a day fill the 15), the others one each
    assert top == [*(f"e-2010-06-01-{n}" for n in range(3, YEAR_SHOWN)), "e-2010-06-02-0", "e-2010-06-03-0",
                   "e-2010-06-04-0"]
    assert ("The year's most important events of days other than its key dates, spread over its months, in date "
            "order.\n") in render_pages(busy)["years/2010.md"]
    without_key_dates = render_pages(replace(busy, key_dates=()))["years/2010.md"]
    assert "## Key events\n\nThe year's 15 most important events, spread over its months and days, in date order.\n" \
        in without_key_dates and "## Key dates" not in without_key_dates


def test_the_year_s_key_events_take_each_busy_month_s_most_important() -> None:
    """A year's busiest weeks rank highest; each month of three entries or more still shows its most
    important, and a month of fewer (a stray mention) does not."""
    march = tuple(_day(dt.date(2010, 3, 1 + n), n, importance=1 + n) for n in range(3))
    april = tuple(_day(dt.date(2010, 4, 1 + n % 20), n, importance=500 - n) for n in range(40))
    july = (_day(dt.date(2010, 7, 1), 0, importance=2),)
    sections = tuple(MonthSection(2010, m, tuple(sorted(es, key=lambda e: e.when)))
                     for m, es in ((3, march), (4, april), (7, july)))
    busy = replace(story(), years=(replace(story().years[0], head=(), months=sections),))
    top = _ids(render_pages(busy)["years/2010.md"])
    # March's best, though all of April outranks it; then April's 14 best, one a day
    assert top == ["e-2010-03-03-2", *(f"e-2010-04-{1 + n:02d}-{n}" for n in range(YEAR_SHOWN - 1))]


def test_a_date_that_opens_a_line_is_capitalized() -> None:
    """The year page lists the week's entry as "**Week of 3 May 2010**", as its month page heads it."""
    pages = render_pages(story())
    assert "[**Week of 3 May 2010**](../events/2010-05.md#e-2010-w18) — Crews worked all week.<br>" in pages[
        "years/2010.md"]  # a key event's date opens the page of all its period's events
    assert "## Week of 3 May 2010 { #p-2010-w18 }" in pages["months/2010-05.md"]
    assert "[**Week of 3 May 2010**](../events/" in pages["articles/report.md"]
    assert [When(dt.date(1990, 1, 1), g, v, dt.date(1999, 12, 31)).heading() for g, v in (
        (Granularity.DECADE, "199"), (Granularity.SEASON, "1990-SP"), (Granularity.DAY, "1990-01-01"))] == [
        "The 1990s", "Spring 1990", "1 January 1990"]


@pytest.mark.parametrize(("first", "last", "heading"), [
    ((2010, 1, 16), (2010, 1, 17), "Weekend of 16\u201317 January 2010"),
    ((2010, 7, 31), (2010, 8, 1), "Weekend of 31 July \u2013 1 August 2010"),
    ((2011, 12, 31), (2012, 1, 1), "Weekend of 31 December 2011 \u2013 1 January 2012"),
])
def test_a_weekend_is_named_by_its_two_days(first: tuple[int, int, int], last: tuple[int, int, int],
                                            heading: str) -> None:
    """A weekend ("2010-W02-WE") is no week: "Week of 16 January 2010" named a Saturday as a week's start."""
    weekend = When(dt.date(*first), Granularity.WEEK, f"{first[0]}-W02-WE", dt.date(*last))
    assert weekend.heading() == heading
    assert weekend.label() == heading[:1].lower() + heading[1:]


def test_an_article_page_does_not_print_its_headline_twice() -> None:
    """An untitled page saved as text runs its headline into its first sentence; titled by that headline,
    its page shows the sentence after it, in the summary and the events."""
    title = "Oil reaches the Louisiana coast"
    run_in = _entry("e-2010-05-03-r", THIRD.when, f"{title} The first oil came ashore on Monday, officials said.")
    page = ArticlePage("report", "report", title, dt.date(2010, 6, 5), "", "Wire", (), (run_in,))
    timeline = replace(story(), articles=(page,), summaries={"report": (run_in.sentence, "Crews worked all week.")})
    text = render_pages(timeline)["articles/report.md"]
    assert f"# {title}\n" in text
    # the summary's first sentence is one of the article's events, searched on its events page: out of this entry
    assert ("<span data-search-exclude>**Summary**</span>\n\n<span data-search-exclude>The first oil came ashore on "
            "Monday, officials said.</span>\n\nCrews worked all week.\n") in text
    assert ") — The first oil came ashore on Monday, officials said.\n" in text
    assert text.count(title) == 2  # the front matter's title and the heading


def test_a_source_list_names_a_repeated_title_by_its_day() -> None:
    again = SourceRef("again", "again", "Spill report", dt.date(2010, 6, 7), 0)
    told_twice = replace(JUNE_DAY, sources=(REPORT, again))
    june = MonthSection(2010, 6, (told_twice,))
    timeline = replace(story(), years=(replace(story().years[0], months=(story().years[0].months[0], june)),))
    page = render_pages(timeline)["months/2010-06.md"]
    # told on 5 and 7 June of 2 June: the line says when it was first reported, as its sentence tells it from then
    assert ("<small data-search-exclude>First reported on 5 June 2010 · Sources: [Spill report](../articles/report.md)"
            " · [same title, 7 June 2010](../articles/again.md)</small>") in page


def test_an_event_reported_after_its_day_says_when() -> None:
    """"Yesterday, the board agreed ..." under the day before the report reads right only with the report's day."""
    def told_on(*days: int) -> Entry:
        return replace(JUNE_DAY, sources=tuple(replace(REPORT, article_id=str(day), slug=str(day),
                                                       published=dt.date(2010, 6, day)) for day in days))

    lines = []
    for entry in (told_on(3), told_on(3, 9), told_on(2), told_on(1)):
        june = MonthSection(2010, 6, (entry,))
        timeline = replace(story(), years=(replace(story().years[0], months=(story().years[0].months[0], june)),))
        page = render_pages(timeline)["events/2010-06-02.md"]
        lines.append(page[page.index("<small"):page.index(":", page.index("<small"))])
    assert lines == ["<small data-search-exclude>Reported on 3 June 2010 · Source",
                     "<small data-search-exclude>First reported on 3 June 2010 · Sources",
                     "<small data-search-exclude>Source",  # on its day
                     "<small data-search-exclude>Source"]  # before it, told as done: no plan, no mark


def test_the_home_header_names_the_days_the_story_s_events_begin_on_up_to_the_last_report() -> None:
    """Not the span, which is widened past the reports; and not a day after the last report, which was expected."""
    timeline = story()
    expected = _day(dt.date(2010, 6, 20), 0)  # told on 5 June, the last report
    june = MonthSection(2010, 6, (JUNE_DAY, expected))
    later = replace(timeline, years=(replace(timeline.years[0], months=(timeline.years[0].months[0], june)),))
    # May (1 May) begins before the span (2 May); 20 June after the last report
    assert later.days_told() == (dt.date(2010, 5, 3), dt.date(2010, 6, 2)) != later.span
    assert "**3 May 2010 – 2 June 2010** · 13 dated events" in render_pages(later)["index.md"]
    one_day = replace(timeline, years=(YearSection(2010, (), (MonthSection(2010, 5, (THIRD,)),)),))
    assert "**3 May 2010** · 1 dated event · 1 article\n" in render_pages(one_day)["index.md"]


def test_counts_are_printed_with_thousands_separators() -> None:
    busy = tuple(_day(dt.date(2010, 6, 2), n) for n in range(1234))
    timeline = story()
    june = MonthSection(2010, 6, busy)
    timeline = replace(timeline, years=(replace(timeline.years[0], months=(timeline.years[0].months[0], june)),))
    pages = render_pages(timeline)
    assert "**3 May 2010 – 2 June 2010** · 1,245 dated events · 1 article\n" in pages["index.md"]
    assert "1,234 events; each day shows its most important" in pages["months/2010-06.md"]
    assert "[All 1,234 events of 2 June 2010 →]" in pages["months/2010-06.md"]


def test_a_coarser_period_s_link_says_its_events_are_dated_only_to_it() -> None:
    """The month page counts every event of the month; the link under its month-level heading lists only those
    dated to the month as a whole, and says so ("12 events" above "All 11 events of March 2010" read as a slip)."""
    months = tuple(replace(MAY, anchor=f"e-2010-05-m{n}", sentence=f"Month-level event {n}.") for n in range(9))
    timeline = story()
    may = MonthSection(2010, 5, (*months, THIRD))
    pages = render_pages(replace(timeline, years=(replace(timeline.years[0], months=(
        may, timeline.years[0].months[1])),)))
    assert "10 events; each day shows its most important" in pages["months/2010-05.md"]
    assert "[All 9 events dated only to May 2010 →](../events/2010-05.md#p-2010-05)" in pages["months/2010-05.md"]


def test_an_entry_told_only_before_its_day_as_what_was_to_come_is_marked_as_expected() -> None:
    """A forecast is shown as one: every report told it as still to come (``Entry.foretold``, from
    ``Event.foretold``: before its day, or on it in the future). A report after its day makes it a happening
    told, and so does any report told otherwise."""
    def told_on(day: int, sentence: str, anchor: str, foretold: bool = True) -> Entry:
        return replace(JUNE_DAY, anchor=anchor, sentence=sentence, foretold=foretold,
                       sources=(replace(REPORT, published=dt.date(2010, 5, day)),))

    forecast = told_on(28, "The slick is expected to wash ashore on 2 June.", "e-2010-06-02-1")
    later = told_on(28, "Ambulances were arriving early on 2 June.", "e-2010-06-02-2", foretold=False)
    after = replace(told_on(28, "Crews are meeting there on 2 June.", "e-2010-06-02-3"),
                    sources=(replace(REPORT, published=dt.date(2010, 5, 28)),
                             replace(REPORT, article_id="b", published=dt.date(2010, 6, 3))))
    timeline = story()
    june = MonthSection(2010, 6, (forecast, later, after))
    page = render_pages(replace(timeline, years=(replace(timeline.years[0], months=(
        timeline.years[0].months[0], june)),)))["events/2010-06-02.md"]
    expected = "<small data-search-exclude>Expected, as reported on 28 May 2010 · Source: [Spill report]"
    assert f"The slick is expected to wash ashore on 2 June.<br>\n{expected}" in page
    assert "Ambulances were arriving early on 2 June.<br>\n<small data-search-exclude>Source: [Spill" in page
    assert "Crews are meeting there on 2 June.<br>\n<small data-search-exclude>Sources: " in page
    assert page.count("Expected, as reported on 28") == 1  # and the intro's legend names it
    assert WHEN_TOLD_LEGEND in page
    # what happened first, then under a heading of its own what was told only before the day
    assert ">2 told within a week · [Expected beforehand](#expected) (1)</span>\n" in page  # where the sections are
    heading = page.index("## Expected beforehand { #expected }\n\n<span data-search-exclude>One event of this day was told only as what was to come")
    assert page.index("Ambulances were") < page.index("Crews are") < heading < page.index("The slick is")
    assert "## Told again later" not in page


def test_a_day_page_lists_its_most_important_events_first() -> None:
    """In timeline order the day's first reports came first, often the day before's previews and background;
    the day's news, told by the most articles, came 38th of 68 on bpoil's 16 June 2010."""
    ships = ("Alpha", "Bravo", "Carol", "Dover")
    rising = tuple(replace(JUNE_DAY, anchor=f"e-2010-06-02-r{n}", sentence=f"{ships[n]} sailed on 2 June.",
                           importance=float(n)) for n in range(4))
    timeline = story()
    june = MonthSection(2010, 6, rising)
    page = render_pages(replace(timeline, years=(replace(timeline.years[0], months=(
        timeline.years[0].months[0], june)),)))["events/2010-06-02.md"]
    assert "All 4 events of this day, the most important first." in page
    assert _ids(page) == [f"e-2010-06-02-r{n}" for n in (3, 2, 1, 0)]


def test_a_day_page_lists_what_tells_a_happening_above_it_again_last() -> None:
    """Seven lines that the president got briefings had sat among a day's other news; the less important
    retelling (the same words, no name or figure of its own) goes under a heading at the page's end."""
    def on_the_day(n: int, sentence: str, importance: float) -> Entry:
        return replace(JUNE_DAY, anchor=f"e-2010-06-02-b{n}", sentence=sentence, importance=importance,
                       sources=(replace(REPORT, published=dt.date(2010, 6, 2)),))

    briefed = on_the_day(0, "The president got a briefing on the spill from his adviser on Wednesday.", 3.0)
    capped = on_the_day(1, "Crews capped the leaking well on Wednesday.", 2.0)
    again = on_the_day(2, "On Wednesday the president got another briefing on the spill from his adviser.", 1.0)
    timeline = story()
    june = MonthSection(2010, 6, (again, capped, briefed))
    page = render_pages(replace(timeline, years=(replace(timeline.years[0], months=(
        timeline.years[0].months[0], june)),)))["events/2010-06-02.md"]
    assert ">2 told within a week · [The same, told again](#same) (1)</span>\n" in page
    heading = page.index("## The same, told again { #same }\n\n<span data-search-exclude>One event of this day tells a happening above again")
    assert page.index("The president got") < page.index("Crews capped") < heading < page.index("On Wednesday the")


def test_a_day_page_lists_what_only_reports_of_more_than_a_week_later_told_after_the_rest() -> None:
    """A later report's retelling of a day ("The rig exploded on 2 June") comes after what was told at the
    time, under a heading of its own: a week after the day is still the time; a day more is later."""
    def told_on(day: dt.date, sentence: str, anchor: str) -> Entry:
        return replace(JUNE_DAY, anchor=anchor, sentence=sentence, sources=(replace(REPORT, published=day),))

    retold = told_on(dt.date(2010, 6, 10), "The rig exploded on 2 June, killing 11 workers.", "e-2010-06-02-1")
    week = told_on(dt.date(2010, 6, 9), "Crews fought the fire on 2 June.", "e-2010-06-02-2")
    timeline = story()
    june = MonthSection(2010, 6, (retold, week))
    page = render_pages(replace(timeline, years=(replace(timeline.years[0], months=(
        timeline.years[0].months[0], june)),)))["events/2010-06-02.md"]
    heading = page.index("## Told again later { #recalled }\n\n<span data-search-exclude>One event of this day was told "
                         "only in reports of more than a week later.</span>\n")
    assert page.index("Crews fought") < heading < page.index("The rig exploded")
    assert "## Expected beforehand" not in page


def test_background_is_by_year_most_recent_first_with_the_most_important_each() -> None:
    page = render_pages(story())["background.md"]
    assert page.index("## 2009 { #y2009 }") < page.index("## 2008 { #y2008 }")
    shown_2009 = [i for i in _ids(page) if i.startswith("e-2009")]
    assert len(shown_2009) == SIDE_SHOWN
    ranked = sorted(range(25), key=lambda n: (-(n % 7), n))[:SIDE_SHOWN]
    assert shown_2009 == [f"e-{dt.date(2009, 1, 1) + dt.timedelta(days=n)}-{n}" for n in sorted(ranked)]
    # the others are a link away, each on its day's events page
    hidden = [dt.date(2009, 1, 1) + dt.timedelta(days=n) for n in range(25) if n not in ranked]
    assert ("5 more events in 2009, on their pages: "
            + " · ".join(f"[{d.day} {d:%B}](events/{d}.md) (1)" for d in hidden) + ".\n") in page
    # the cut-off, not a "start" beside the home page's first day of the story's events
    assert ("27 events dated before 2 May 2010, 14 days before the story's first article; most recent "
            "year first.") in page


def test_a_side_years_hidden_events_link_at_most_so_many_pages() -> None:
    from timeline.assemble.story import MORE_PAGES, SideYear

    days = tuple(_day(dt.date(2009, 1, 1) + dt.timedelta(days=n), n) for n in range(MORE_PAGES + 3))
    coarse = _year(2009, 99)
    year = SideYear(2009, (coarse,) + days, days[:2])
    assert year.more_pages[0] == ("2009", "events/2009.md", 1)  # the year's own page first
    assert [page for _, page, _ in year.more_pages[1:]] == [e.page for e in days[2:MORE_PAGES + 1]]
    assert year.more_pages[1][0] == "3 January" and year.more_pages_left == 2  # 1 + 13 pages, 12 linked


def test_outlook_other_articles_and_the_home_page_links() -> None:
    pages = render_pages(story())
    assert "## 2011 { #y2011 }" in pages["outlook.md"] and "e-2011-0" in pages["outlook.md"]
    assert "- [Cup final tonight](articles/sport.md) — 29 May 2010 · Wire\n" in pages["other-articles.md"]
    home = pages["index.md"]
    assert "**3 May 2010 – 2 June 2010** · 12 dated events · 1 article\n" in home
    assert "[Background](background.md): 27 earlier events · [Outlook](outlook.md): 1 later event\n" in home
    assert "[Other articles](other-articles.md): 1 article not about this story\n" in home
    assert "e-2009" not in home and "e-2011" not in home
    assert "[Jump to the latest event →](events/2010-06-02.md#e-2010-06-02-0)" in home
    # without JavaScript Material leaves the search box out: the home page says where the events are instead
    assert ('<noscript><p data-search-exclude>Search needs JavaScript. Every event is on its year\'s and month\'s '
            'pages: <a href="years/">All years</a>.</p></noscript>\n') in home
    # an article set apart says why it has no events, where one of the story without any says it has none
    assert ("## Dated events { data-search-exclude }\n\nThis article was read as not about this story (it is listed "
            "under [Other articles](../other-articles.md)), so its sentences are not on the timeline.\n"
            in pages["articles/sport.md"]) and "No dated events were found" not in pages["articles/sport.md"]
    assert "This article was read as not about" not in pages["articles/report.md"]


def test_latest_events_are_the_story_s_and_a_year_mention_does_not_outrank_the_last_day() -> None:
    latest = latest_entries(story(), 4)
    assert [e.anchor for e in latest] == ["e-2010-06-02-0", "e-2010-05", "e-2010-05-27-0", "e-2010-05-27-1"]
    assert latest_entries(story(), 50)[-1] == STORY_YEAR
    # Reported on 28 May, the entry of 2 June is what the article expected: after what had happened.
    early = replace(story(), articles=tuple(replace(a, published=dt.date(2010, 5, 28)) for a in story().articles))
    assert [e.anchor for e in latest_entries(early, 3)] == ["e-2010-05", "e-2010-05-27-0", "e-2010-05-27-1"]
    assert latest_entries(early, 50)[-2:] == (JUNE_DAY, STORY_YEAR)
    assert all(e.year == 2010 for e in latest_entries(story(), 50))


def test_the_latest_events_are_shown_by_their_first_day_newest_first() -> None:
    """Chosen by what had happened by the last report, a week counts by its last day; shown, it stands by its
    first, as its heading names it: under the days after it, above the day it begins on."""
    week_ending = _entry("e-2010-w22", When(dt.date(2010, 5, 24), Granularity.WEEK, "2010-W21",
                                            dt.date(2010, 5, 30)), "The leak went on all week.")
    chosen = latest_entries(story(), 5)
    assert [e.anchor for e in chosen] == ["e-2010-06-02-0", "e-2010-05", "e-2010-05-27-0", "e-2010-05-27-1",
                                          "e-2010-05-27-2"]
    shown = shown_newest_first((*chosen, week_ending, THIRD))
    assert [e.anchor for e in shown] == ["e-2010-06-02-0", "e-2010-05-27-0", "e-2010-05-27-1", "e-2010-05-27-2",
                                         "e-2010-w22", "e-2010-05-03-0", "e-2010-05"]
    home = render_pages(story())["index.md"]
    listed = _ids(home[home.index("## Latest events"):])
    assert listed.index("e-2010-05-27-0") < listed.index("e-2010-05") and listed[0] == "e-2010-06-02-0"


@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 3)), max_size=40), st.integers(1, 6), st.integers(1, 3))
def test_the_latest_of_each_day_are_the_latest_taken_in_turn_under_the_cap(
        days: list[tuple[int, int]], count: int, per_day: int) -> None:
    """``latest_entries`` with a cap a date gives what taking the uncapped order in turn, skipping a
    date's entries past its cap, gives."""
    entries = tuple(_day(dt.date(2010, 6, 1) + dt.timedelta(days=d), n, importance=float(w))
                    for n, (d, w) in enumerate(days))
    june = MonthSection(2010, 6, tuple(sorted(entries, key=lambda e: e.when)))
    timeline = replace(story(), years=(YearSection(2010, (), (june,)),))
    taken: list[Entry] = []
    for entry in latest_entries(timeline, len(entries) + 10):
        if len(taken) < count and sum(e.when == entry.when for e in taken) < per_day:
            taken.append(entry)
    assert list(latest_entries(timeline, count, per_day)) == taken


def test_the_home_page_s_latest_events_reach_back_past_a_busy_last_day() -> None:
    busy = tuple(_day(dt.date(2010, 6, 2), n, importance=n) for n in range(12))
    timeline = replace(story(), years=(replace(story().years[0], months=(
        story().years[0].months[0], MonthSection(2010, 6, busy))),))
    home = render_pages(timeline)["index.md"]
    shown = [i for i in _ids(home[home.index("## Latest events"):])]
    assert shown[:LATEST_PER_DAY] == ["e-2010-06-02-11", "e-2010-06-02-10", "e-2010-06-02-9"][:LATEST_PER_DAY]
    assert sum(i.startswith("e-2010-06-02") for i in shown) == LATEST_PER_DAY
    assert "e-2010-05-27-0" in shown


def test_each_event_is_searched_once_on_its_events_page_and_nowhere_else() -> None:
    """The events pages hold every event; the month, year, background and outlook pages show chosen ones again."""
    pages = render_pages(story())
    events = {path: text for path, text in pages.items() if path.startswith("events/")}
    # searched, and weighed as a page's title is: a result is a day's heading with the events that match under it
    assert events and all(text.startswith('---\ntitle: "') and "search:\n  boost: 1000\n---\n# " in text
                          for text in events.values())
    shown_again = [path for path in pages if path.startswith(("months/", "years/2")) or path in
                   ("background.md", "outlook.md")]
    assert len(shown_again) >= 5 and all(pages[path].startswith("---\nsearch:\n  exclude: true\n---\n")
                                         for path in shown_again)
    assert "## Dated events { data-search-exclude }\n" in pages["articles/report.md"]
    assert pages["key-dates.md"].startswith("---\nsearch:\n  boost: 1000\n---\n# Key dates\n")


def test_a_month_page_s_layout_names_the_entries_it_shows() -> None:
    before = plan_pages(story())["months/2010-05.md"]
    timeline = story()
    swapped = tuple(replace(e, importance=float(n)) for n, e in enumerate(BUSY))  # the last five now win
    may = replace(timeline.years[0].months[0], entries=(MAY, WEEK, THIRD, *swapped))
    after = plan_pages(replace(timeline, years=(replace(timeline.years[0], months=(
        may, timeline.years[0].months[1])),)))["months/2010-05.md"]
    assert before.articles == after.articles and before.layout != after.layout
    plans = plan_pages(story())
    assert plans["events/2010-05-27.md"].articles == frozenset({"report"})
    assert plans["other-articles.md"].articles == frozenset({"sport"})


def test_stale_background_pages_are_removed_and_the_navigation_lists_them(tmp_path: Path) -> None:
    write_if_changed(tmp_path, render_pages(story()))
    assert (tmp_path / "background.md").is_file() and (tmp_path / "events" / "2009-01-01.md").is_file()
    nav = navigation([2010], tmp_path)
    assert nav[2] == {"Years": [{"All years": "years/index.md"}, {"Background": "background.md"},
                                {"2010": "years/2010.md"}, {"Outlook": "outlook.md"}]}
    assert nav[3:] == [{"Sources": "sources/index.md"}]  # last, as the docs hold it
    write_if_changed(tmp_path, render_pages(replace(story(), background=(), outlook=())))
    assert not (tmp_path / "background.md").exists() and not (tmp_path / "outlook.md").exists()
    assert not (tmp_path / "events" / "2009-01-01.md").exists()
    assert navigation([2010], tmp_path)[2] == {"Years": [{"All years": "years/index.md"}, {"2010": "years/2010.md"}]}


def test_an_entry_told_only_ahead_of_its_time_comes_after_what_had_happened() -> None:
    # reported on 20 May about June: a plan, though June has begun by the last report (5 June)
    ahead = replace(_entry("e-2010-06", When(dt.date(2010, 6, 1), Granularity.MONTH, "2010-06", dt.date(2010, 6, 30)),
                           "A report is expected in June."),
                    sources=(replace(REPORT, article_id="memo", published=dt.date(2010, 5, 20)),))
    timeline = story()
    june = replace(timeline.years[0].months[1], entries=(ahead, JUNE_DAY))
    planned = replace(timeline, years=(replace(timeline.years[0], months=(timeline.years[0].months[0], june)),))
    latest = [e.anchor for e in latest_entries(planned, 50)]
    assert latest[:3] == ["e-2010-06-02-0", "e-2010-05", "e-2010-05-27-0"]
    assert latest.index("e-2010-06") > latest.index("e-2010-05-03-0")
    # told on a day of its period (as well), it is a happening told: by its last day, up to the last report
    told = replace(ahead, sources=(*ahead.sources, REPORT))
    june = replace(june, entries=(told, JUNE_DAY))
    reported = replace(timeline, years=(replace(timeline.years[0], months=(timeline.years[0].months[0], june)),))
    assert [e.anchor for e in latest_entries(reported, 2)] == ["e-2010-06", "e-2010-06-02-0"]


def test_the_latest_day_s_entries_come_most_important_first() -> None:
    timeline = story()
    raised = replace(BUSY[3], importance=100.0)
    may = replace(timeline.years[0].months[0], entries=(MAY, WEEK, THIRD, *BUSY[:3], raised, *BUSY[4:]))
    ranked = replace(timeline, years=(replace(timeline.years[0], months=(may, timeline.years[0].months[1])),))
    assert [e.anchor for e in latest_entries(ranked, 4)] == [
        "e-2010-06-02-0", "e-2010-05", "e-2010-05-27-3", "e-2010-05-27-0"]


def test_a_coarse_entry_is_as_late_as_its_last_telling() -> None:
    # "the leak went on all May", told on 20 May: it had happened by 20 May, not by 31 May
    timeline = story()
    told_early = replace(MAY, sources=(replace(REPORT, published=dt.date(2010, 5, 20)),))
    may = replace(timeline.years[0].months[0], entries=(told_early, WEEK, THIRD, *BUSY))
    early = replace(timeline, years=(replace(timeline.years[0], months=(may, timeline.years[0].months[1])),))
    latest = [e.anchor for e in latest_entries(early, 50)]
    assert latest.index("e-2010-05-27-6") < latest.index("e-2010-05") < latest.index("e-2010-w18")


def test_a_key_dates_sentence_told_as_still_to_come_is_marked_expected() -> None:
    """As an expected event is: "Mubarak is expected to step down on Thursday night" under a key date read as
    what happened."""
    plan = KeySentence("Crews will lower the dome on Thursday.", "report", 2, foretold=True)
    timeline = replace(story(), key_dates=(replace(KEY, sentences=(*KEY.sentences, plan)),))
    pages = render_pages(timeline)
    for page in ("key-dates.md", "index.md"):
        assert "- *Expected:* Crews will lower the dome on Thursday. <span" in pages[page]
        assert "- Event 0 of 2010-05-27. <span" in pages[page]
    from timeline.export import ExportOptions, render_exports

    first = replace(timeline, key_dates=(replace(KEY, sentences=(plan,)),))  # the embed shows a key date's first
    assert "— <em>Expected:</em> Crews will lower the dome on Thursday. <a " in render_exports(
        first, ExportOptions())["embed.html"]
    # a sentence that says so itself is not marked twice over ("Expected: ... is expected to ...")
    said = KeySentence("The dome is expected to be lowered on Thursday.", "report", 2, foretold=True)
    pages = render_pages(replace(timeline, key_dates=(replace(KEY, sentences=(*KEY.sentences, said)),)))
    assert "- The dome is expected to be lowered on Thursday. <span" in pages["key-dates.md"]


def test_a_key_date_links_to_its_day_when_the_day_has_entries_of_the_story() -> None:
    """The key-dates page and the home page send a reader from a key date to its day's page; a key date
    told only by lead sentences (no entry of its day) has no such link."""
    lead_only = KeyDate(dt.date(2010, 5, 20), (KeySentence("Crews readied the dome.", "report", 1),))
    timeline = replace(story(), key_dates=(lead_only, KEY))
    pages = render_pages(timeline)
    link = "<span data-search-exclude>[The day's events →](events/2010-05-27.md)</span>"
    for page in ("key-dates.md", "index.md"):
        assert pages[page].count("The day's events") == 1 and link in pages[page]
        assert pages[page].index("### 27 May 2010") < pages[page].index(link)


def test_a_key_days_page_opens_on_what_the_key_dates_say_of_it() -> None:
    """A reader who taps "The day's events" from a key date finds its sentences that the day's list holds first,
    marked, and what retells them last; its others (a lead, a forecast) are on the Key dates page only. Each mark
    links back to the key date's own heading; a day that is no key date has none."""
    day = dt.date(2010, 5, 27)
    told = [_entry(f"e-k{n}", When(day, Granularity.DAY, day.isoformat(), day), text, importance=3 - n)
            for n, text in enumerate(("Divers inspected the riser at dawn.", "Crews capped the well on Thursday.",
                                      "Crews capped the leaking well on Thursday."))]
    told = [replace(e, sources=(replace(REPORT, published=day, sentence_index=n),)) for n, e in enumerate(told)]
    may = MonthSection(2010, 5, (MAY, WEEK, THIRD, *told))
    lead = KeySentence("Crews readied the dome on the seabed.", "report", 9, foretold=True)
    key = KeyDate(day, (KeySentence("Crews capped the well on Thursday.", "report", 1), lead))
    timeline = replace(story(), years=(replace(story().years[0], months=(may, story().years[0].months[1])),),
                       key_dates=(key,))
    pages = render_pages(timeline)
    page = pages["events/2010-05-27.md"]
    mark = "<span data-search-exclude>[**Key date**](../key-dates.md#2010-05-27) —</span>"
    assert "Crews readied the dome" not in page and "Crews readied the dome" in pages["key-dates.md"]
    assert "All 3 events of this day, its key date's first, then the most important." in page
    assert f"{mark} Crews capped the well on Thursday.<br>" in page
    # the key date's entry first, then the others by importance; its retelling goes last
    assert _ids(page) == ["e-k1", "e-k0", "same", "e-k2"]
    assert "### 27 May 2010 { #2010-05-27 }\n" in pages["key-dates.md"]
    assert "### 27 May 2010\n" in pages["index.md"]  # one id a page: the home page's key dates have none
    assert "Key date" not in pages["events/2010-05-03.md"]
    # no key date: the most important first
    plain = render_pages(replace(timeline, key_dates=()))["events/2010-05-27.md"]
    assert _ids(plain) == ["e-k0", "e-k1", "same", "e-k2"] and "Key date" not in plain


def test_a_key_days_list_puts_its_key_entries_first_in_the_key_dates_order_and_their_retellings_last() -> None:
    """The key date's entries open the list in the key date's order, though less important than others; an entry more
    important than a key entry that retells it goes under "The same, told again"; a key sentence that is a forecast
    of the day is listed where forecasts are, unmarked, and the intro says the usual order when no entry is marked."""
    day = dt.date(2010, 5, 27)
    when = When(day, Granularity.DAY, day.isoformat(), day)
    texts = ("Crews capped the leaking well on Thursday, officials said.", "Divers inspected the riser at dawn.",
             "Crews capped the well on Thursday.", "Boats skimmed oil off the coast.")
    told = [replace(_entry(f"e-t{n}", when, text, importance=4 - n),
                    sources=(replace(REPORT, published=day, sentence_index=n),)) for n, text in enumerate(texts)]
    may = MonthSection(2010, 5, (MAY, WEEK, THIRD, *told))
    base = replace(story(), years=(replace(story().years[0], months=(may, story().years[0].months[1])),))
    key = KeyDate(day, (KeySentence(texts[3], "report", 3), KeySentence(texts[2], "report", 2)))
    page = render_pages(replace(base, key_dates=(key,)))["events/2010-05-27.md"]
    assert _ids(page) == ["e-t3", "e-t2", "e-t1", "same", "e-t0"]
    assert page.count("[**Key date**]") == 2
    # a forecast's entry is no key entry: the list keeps its order and its intro
    plan = replace(told[1], foretold=True)
    may = MonthSection(2010, 5, (MAY, WEEK, THIRD, told[0], plan))
    foretold = replace(base, years=(replace(base.years[0], months=(may, base.years[0].months[1])),),
                       key_dates=(KeyDate(day, (KeySentence(texts[1], "report", 1, foretold=True),)),))
    page = render_pages(foretold)["events/2010-05-27.md"]
    assert "Key date" not in page and "the most important first" in page
