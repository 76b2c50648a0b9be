"""Every export format, parsed back by a reader of that format, with exact expected values."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from collections.abc import Iterator
from pathlib import Path

import icalendar
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from timeline.cli import EXPORT_FORMATS, cli
from timeline.export import FORMATS, ExportOptions, data_stamp, export, write_exports
from timeline.assemble.timeline import Timeline
from timeline.records import Granularity, When
from timeline_factory import JUNE, SPRING, VOTE, small_timeline

STAMP = dt.datetime(2024, 7, 1, tzinfo=dt.timezone.utc)
OPTIONS = ExportOptions(stamp=STAMP)
ATOM = "{http://www.w3.org/2005/Atom}"
FIXTURE = Path(__file__).parent / "fixtures" / "site_corpus"


def test_cli_format_names_match_the_registry() -> None:
    assert EXPORT_FORMATS == tuple(FORMATS)


def test_json_is_the_documented_schema() -> None:
    doc = json.loads(export(small_timeline(), "json", OPTIONS))
    assert doc["schema"] == "timeline/1"
    assert (doc["title"], doc["first"], doc["last"]) == ("Bridge & river", "2023-03-13", "2024-06-30")
    assert doc["events"][0] == {
        "id": "e-2023-03-13-aaaa1111", "date": "2023-03-13", "first": "2023-03-13", "last": "2023-03-13",
        "granularity": "day", "label": "13 March 2023", "sentence": VOTE.sentence, "expected": False,
        "page": "events/2023-03-13/#e-2023-03-13-aaaa1111",
        "sources": [
            {"id": "plan", "title": 'Council backs "bridge"', "published": "2023-03-14",
             "url": "https://example.org/plan"},
            {"id": "opening", "title": "Bridge opens", "published": "2024-06-09", "url": ""},
        ],
    }
    assert [e["granularity"] for e in doc["events"]] == ["day", "season", "month"]
    assert doc["articles"][1] == {
        "id": "opening", "title": "Bridge opens", "published": "2024-06-09", "url": "", "source": "Times",
        "tags": ["bridge"], "summary": ["It opened."], "page": "articles/opening/",
        "events": [VOTE.anchor, SPRING.anchor, JUNE.anchor],
    }
    assert doc["key_dates"] == [{"date": "2023-03-13", "sentences": [{"text": VOTE.sentence, "article": "plan"}]}]


def test_each_year_of_the_story_has_a_json_file_in_the_same_schema() -> None:
    from timeline.export import render_exports

    texts = render_exports(small_timeline(), OPTIONS)
    whole = json.loads(texts["timeline.json"])
    y2023, y2024 = json.loads(texts["timeline-2023.json"]), json.loads(texts["timeline-2024.json"])
    # the year's bounds, clipped to the story's
    assert (y2023["schema"], y2023["year"], y2023["first"], y2023["last"]) == ("timeline/1", 2023, "2023-03-13",
                                                                              "2023-12-31")
    assert [e["id"] for e in y2023["events"]] == [VOTE.anchor]
    assert y2023["events"][0] == whole["events"][0]
    assert [(a["id"], a["events"]) for a in y2023["articles"]] == [("plan", [VOTE.anchor]), ("opening", [VOTE.anchor])]
    assert y2023["key_dates"] == whole["key_dates"]
    assert [e["id"] for e in y2024["events"]] == [SPRING.anchor, JUNE.anchor]
    assert [(a["id"], a["events"]) for a in y2024["articles"]] == [("opening", [SPRING.anchor, JUNE.anchor])]
    assert y2024["key_dates"] == [] and y2024["last"] == "2024-06-30"
    assert sorted(name for name in texts if name.startswith("timeline-")) == ["timeline-2023.json", "timeline-2024.json"]


def test_timelinejs_dates_stop_at_the_granularity_and_text_is_escaped() -> None:
    doc = json.loads(export(small_timeline(), "timelinejs", OPTIONS))
    assert doc["title"]["text"]["headline"] == "Bridge &amp; river"
    day, season, month = doc["events"]
    assert day["start_date"] == {"year": 2023, "month": 3, "day": 13} and "end_date" not in day
    assert season["start_date"] == {"year": 2024, "month": 3} and season["end_date"] == {"year": 2024, "month": 5}
    assert month["start_date"] == {"year": 2024, "month": 6} and "end_date" not in month
    assert day["unique_id"] == VOTE.anchor and day["display_date"] == "13 March 2023"
    assert [e["text"]["headline"] for e in doc["events"]] == [
        "The council voted on 13 March 2023 to build a &lt;bridge&gt; &amp; *path*",
        "Officials expect the bridge to open in spring 2024", "The bridge opened in June 2024"]
    assert day["text"]["text"] == (
        "The council voted on 13 March 2023 to build a &lt;bridge&gt; &amp; *path*.<br>"
        'Sources: <a href="https://example.org/plan">Council backs &quot;bridge&quot;</a> · Bridge opens'
    )


def test_timelinejs_keeps_the_most_important_story_events_in_date_order() -> None:
    """At most ``slides`` slides: the story's most important entries (ties: the earlier); no background
    or outlook; every headline the event's own words, never its date."""
    from dataclasses import replace

    from timeline.assemble.timeline import MonthSection, YearSection

    days = [replace(VOTE, anchor=f"e-{d}", importance=float(d % 7),
                    sentence=f"Crews closed bridge lane {d} after the storm, which flooded the road.",
                    when=When(dt.date(2023, 3, d), Granularity.DAY, f"2023-03-{d:02d}", dt.date(2023, 3, d)))
            for d in range(1, 29)]
    old = replace(JUNE, anchor="e-1990", importance=99.0,
                  when=When(dt.date(1990, 1, 1), Granularity.YEAR, "1990", dt.date(1990, 12, 31)))
    story = replace(small_timeline(), years=(YearSection(2023, (), (MonthSection(2023, 3, tuple(days)),)),),
                    background=(old,), span=(dt.date(2023, 3, 1), dt.date(2023, 3, 31)))
    doc = json.loads(export(story, "timelinejs", ExportOptions(stamp=STAMP, slides=5)))
    assert [e["unique_id"] for e in doc["events"]] == ["e-5", "e-6", "e-13", "e-20", "e-27"]
    assert doc["events"][0]["text"]["headline"] == "Crews closed bridge lane 5 after the storm"
    assert len(json.loads(export(story, "timelinejs", OPTIONS))["events"]) == 28


def test_timelinejs_shows_at_most_three_events_of_one_day() -> None:
    """A story's first day is retold by many later sentences: the slides go to other days too."""
    from dataclasses import replace

    from timeline.export.timelinejs import SLIDES_PER_PERIOD
    from timeline.assemble.timeline import MonthSection, YearSection

    first = [replace(VOTE, anchor=f"e-first-{i}", importance=10.0 + i) for i in range(10)]
    later = [replace(VOTE, anchor=f"e-{d}", importance=1.0,
                     when=When(dt.date(2023, 3, d), Granularity.DAY, f"2023-03-{d:02d}", dt.date(2023, 3, d)))
             for d in (20, 21, 22)]
    story = replace(small_timeline(), years=(YearSection(2023, (), (MonthSection(2023, 3, (*first, *later)),)),),
                    span=(dt.date(2023, 3, 1), dt.date(2023, 3, 31)))
    doc = json.loads(export(story, "timelinejs", ExportOptions(stamp=STAMP, slides=6)))
    assert SLIDES_PER_PERIOD == 3
    assert [e["unique_id"] for e in doc["events"]] == ["e-first-7", "e-first-8", "e-first-9", "e-20", "e-21", "e-22"]


def test_csv_round_trips_with_a_header_row() -> None:
    rows = list(csv.reader(io.StringIO(export(small_timeline(), "csv", OPTIONS), newline="")))
    assert rows[0] == ["id", "date", "first", "last", "granularity", "label", "sentence", "sources",
                       "source_ids", "page"]
    assert rows[1] == [VOTE.anchor, "2023-03-13", "2023-03-13", "2023-03-13", "day", "13 March 2023",
                       VOTE.sentence, 'Council backs "bridge" | Bridge opens', "plan | opening",
                       "events/2023-03-13/#e-2023-03-13-aaaa1111"]
    assert [r[5] for r in rows[1:]] == ["13 March 2023", "spring 2024", "June 2024"]


def test_icalendar_has_one_all_day_event_per_entry_with_stable_uids() -> None:
    calendar = icalendar.Calendar.from_ical(export(small_timeline(), "ics", OPTIONS))
    events = list(calendar.walk("VEVENT"))
    assert [str(e["UID"]) for e in events] == [f"{VOTE.anchor}@timeline", f"{SPRING.anchor}@timeline",
                                               f"{JUNE.anchor}@timeline"]
    assert [(e.decoded("DTSTART"), e.decoded("DTEND")) for e in events] == [
        (dt.date(2023, 3, 13), dt.date(2023, 3, 14)),
        (dt.date(2024, 3, 1), dt.date(2024, 6, 1)),
        (dt.date(2024, 6, 1), dt.date(2024, 7, 1)),
    ]
    assert {e.decoded("DTSTAMP") for e in events} == {STAMP}
    # the summary says what happened in a few words, the description carries the whole sentence
    assert str(events[0]["SUMMARY"]) == "The council voted on 13 March 2023 to build a <bridge> & *path*"
    assert str(events[0]["DESCRIPTION"]) == (
        "13 March 2023. The council voted on 13 March 2023 to build a <bridge> & *path*. "
        'Sources: Council backs "bridge"; Bridge opens')


def test_icalendar_summary_of_a_long_sentence_is_its_main_clause() -> None:
    long = ("BP said on Tuesday that the cap placed on the leaking well was collecting about 10,000 barrels a "
            "day, which engineers hoped to raise to 28,000 barrels by the end of the month.")
    (event,) = icalendar.Calendar.from_ical(_one_event_calendar(long)).walk("VEVENT")
    assert str(event["SUMMARY"]) == "BP said on Tuesday that the cap placed on the leaking well was collecting…"
    assert long in str(event["DESCRIPTION"])


def test_csv_cells_of_article_text_never_open_a_formula() -> None:
    from dataclasses import replace

    from timeline.assemble.timeline import MonthSection, SourceRef, YearSection

    hostile = SourceRef("=cmd|' /C calc'!A0", "x", '=HYPERLINK("http://evil.example","Bridge passes")',
                        dt.date(2024, 6, 9), 0)
    entry = replace(JUNE, sentence="-5% of the budget went on the bridge.", sources=(hostile,))
    timeline = replace(small_timeline(), years=(YearSection(2024, (), (MonthSection(2024, 6, (entry,)),)),))
    rows = list(csv.reader(io.StringIO(export(timeline, "csv", OPTIONS), newline="")))
    assert rows[1][6:9] == ["'-5% of the budget went on the bridge.",
                            '\'=HYPERLINK("http://evil.example","Bridge passes")', "'=cmd|' /C calc'!A0"]
    assert rows[1][5] == "June 2024"  # the columns the build writes itself are as they were


def test_icalendar_carries_the_story_only() -> None:
    from dataclasses import replace

    old = replace(JUNE, anchor="e-1990", when=When(dt.date(1990, 1, 1), Granularity.YEAR, "1990", dt.date(1990, 12, 31)))
    later = replace(JUNE, anchor="e-2030", when=When(dt.date(2030, 1, 1), Granularity.YEAR, "2030",
                                                    dt.date(2030, 12, 31)))
    story = replace(small_timeline(), background=(old,), outlook=(later,), span=(dt.date(2023, 3, 1), dt.date(2024, 6, 30)))
    calendar = icalendar.Calendar.from_ical(export(story, "ics", OPTIONS))
    assert [str(e["UID"]) for e in calendar.walk("VEVENT")] == [
        f"{a}@timeline" for a in (VOTE.anchor, SPRING.anchor, JUNE.anchor)]


def _one_event_calendar(sentence: str, title: str = "T") -> str:
    import dataclasses

    timeline = small_timeline()
    first = timeline.years[0]
    entry = dataclasses.replace(first.entries[0], sentence=sentence)
    section = dataclasses.replace(first, head=(), months=(dataclasses.replace(first.months[0], entries=(entry,)),))
    return export(dataclasses.replace(timeline, title=title, years=(section,)), "ics",
                  ExportOptions(stamp=STAMP, base_url="https://example.org/story/"))


@pytest.mark.parametrize("sentence", [
    "a" * 74 + "\\,;" + "b" * 200,  # escapes across the fold
    "é" * 40 + "€" * 40 + "𝄞" * 30,  # two, three and four octets a character
    "x" * 73 + "é" + ",,,," * 30,
    "Officials said, on 13 March; the plan \\ the bridge\nwas approved",
])
def test_icalendar_lines_are_folded_at_75_octets_and_read_back_exactly(sentence: str) -> None:
    text = _one_event_calendar(sentence, title="Bridge, river; and \\ more")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert not any(line.endswith("\\") and not line.endswith("\\\\") for line in lines)  # no escape split
    calendar = icalendar.Calendar.from_ical(text)
    (event,) = calendar.walk("VEVENT")
    assert sentence in str(event["DESCRIPTION"])
    assert "\r\nX-WR-CALNAME:Bridge\\, river\\; and \\\\ more\r\n" in text  # TEXT escaping (RFC 5545 3.3.11)
    assert event.decoded("DTSTAMP") == STAMP
    assert str(event["URL"]) == f"https://example.org/story/events/2023-03-13/#{VOTE.anchor}"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=300))
def test_icalendar_reads_back_any_sentence(sentence: str) -> None:
    (event,) = icalendar.Calendar.from_ical(_one_event_calendar(sentence)).walk("VEVENT")
    assert sentence in str(event["DESCRIPTION"])


def test_atom_feed_lists_the_latest_events_with_data_timestamps() -> None:
    root = ET.fromstring(export(small_timeline(), "atom", ExportOptions(stamp=STAMP, latest=2)).encode())
    entries = root.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}id") for e in entries] == [f"urn:timeline:{JUNE.anchor}",
                                                          f"urn:timeline:{SPRING.anchor}"]
    assert [e.findtext(f"{ATOM}updated") for e in entries] == ["2024-06-09T00:00:00+00:00"] * 2
    assert root.findtext(f"{ATOM}updated") == "2024-06-09T00:00:00+00:00"
    assert entries[0].findtext(f"{ATOM}title") == "June 2024: The bridge opened in June 2024."
    assert entries[0].find(f"{ATOM}link").get("href") == "events/2024-06/#e-2024-06-cccc3333"  # type: ignore[union-attr]


def test_atom_feed_carries_story_events_only() -> None:
    from dataclasses import replace

    later = replace(JUNE, anchor="e-2030", when=When(dt.date(2030, 1, 1), Granularity.YEAR, "2030",
                                                    dt.date(2030, 12, 31)))
    timeline = replace(small_timeline(), outlook=(later,), span=(dt.date(2023, 3, 1), dt.date(2024, 6, 30)))
    root = ET.fromstring(export(timeline, "atom", ExportOptions(stamp=STAMP, latest=5)).encode())
    assert [e.findtext(f"{ATOM}id") for e in root.findall(f"{ATOM}entry")] == [
        f"urn:timeline:{a}" for a in (JUNE.anchor, SPRING.anchor, VOTE.anchor)]


def test_atom_links_are_absolute_with_a_base_url() -> None:
    options = ExportOptions(stamp=STAMP, base_url="https://example.org/story/", latest=1)
    root = ET.fromstring(export(small_timeline(), "atom", options).encode())
    assert root.findtext(f"{ATOM}id") == "https://example.org/story/"
    assert [(link.get("rel"), link.get("href")) for link in root.findall(f"{ATOM}link")] == [
        ("alternate", "https://example.org/story/"), ("self", "https://example.org/story/feed.xml")]
    assert root.find(f"{ATOM}entry/{ATOM}id").text == (  # type: ignore[union-attr]
        "https://example.org/story/events/2024-06/#e-2024-06-cccc3333")


def test_atom_feed_has_the_author_rfc_4287_requires() -> None:
    root = ET.fromstring(export(small_timeline(), "atom", OPTIONS).encode())
    assert root.findtext(f"{ATOM}author/{ATOM}name") == "Bridge & river"
    assert [link.get("rel") for link in root.findall(f"{ATOM}link")] == ["alternate"]  # no address: no self link


def test_gfm_is_plain_commonmark_with_escaped_text() -> None:
    text = export(small_timeline(), "gfm", OPTIONS)
    tokens = MarkdownIt("commonmark").parse(text)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings == ["Bridge &amp; river", "2023", "March 2023", "2024", "June 2024"]
    assert "{:" not in text and "<" not in text
    assert text.splitlines()[8] == (
        r"- **13 March 2023**: The council voted on 13 March 2023 to build a &lt;bridge&gt; &amp; \*path\*. "
        r'(sources: [Council backs "bridge"](articles/plan/), [Bridge opens](articles/opening/))'
    )
    html = MarkdownIt("commonmark").render(text)
    assert "<em>" not in html and "&lt;bridge&gt;" in html


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.ids += [v or "" for k, v in attrs if k == "id"]


def test_embed_page_is_standalone_html_without_script() -> None:
    page = export(small_timeline(), "embed", OPTIONS)
    parser = _Tags()
    parser.feed(page)
    assert "script" not in parser.tags and "link" not in parser.tags
    assert parser.ids == ["key-dates", "k2023-03-13", "latest", JUNE.anchor, SPRING.anchor, VOTE.anchor]
    assert "build a &lt;bridge&gt; &amp; *path*." in page
    assert '<base target="_top">' in page
    # from its first event's first day to its last's (June 2024's first): no day the story's events do not begin on
    assert '<p class="span">13 March 2023 – 1 June 2024 · 3 dated events</p>' in page
    assert '<a href="events/2024-06/#e-2024-06-cccc3333"><time datetime="2024-06">June 2024</time></a>' in page
    assert '<p><a href="./">The whole timeline →</a></p>' in page
    # a key date's source link is short, and names its article to a screen reader; the latest say their order
    assert ('<a href="articles/plan/" title="Council backs &quot;bridge&quot;" '
            'aria-label="Source: Council backs &quot;bridge&quot;">(source)</a>') in page
    assert '<h2 id="latest">Latest events, newest first</h2>' in page


def test_embed_shows_a_key_dates_first_sentence_in_the_theme_asked_for() -> None:
    from dataclasses import replace

    from timeline.records import KeyDate, KeySentence

    timeline = small_timeline()
    two = KeyDate(dt.date(2023, 3, 13), (KeySentence("The council voted.", "plan", 0),
                                         KeySentence("Crowds gathered outside.", "plan", 1)))
    page = export(replace(timeline, key_dates=(two,)), "embed", OPTIONS)
    assert "The council voted." in page and "Crowds gathered outside." not in page
    assert "Crowds gathered outside." in export(replace(timeline, key_dates=(two,)), "json", OPTIONS)
    auto = export(timeline, "embed", OPTIONS)
    light = export(timeline, "embed", replace(OPTIONS, embed_theme="light"))
    dark = export(timeline, "embed", replace(OPTIONS, embed_theme="dark"))
    assert "prefers-color-scheme: dark" in auto and "color-scheme: light dark" in auto
    assert "prefers-color-scheme" not in light + dark
    assert "color-scheme: light;" in light and "--bg: #fff;" in light and "#15171c" not in light
    assert "color-scheme: dark;" in dark and "--bg: #15171c;" in dark and "#fff;" not in dark
    assert auto.split("<style>")[0] == light.split("<style>")[0]  # only the colours differ
    assert auto.split("</style>")[1] == dark.split("</style>")[1]


def test_embed_shows_the_key_dates_and_only_the_latest_story_events() -> None:
    """Background and outlook stay out; at most LATEST story events, newest first; small on any story."""
    from dataclasses import replace

    from timeline.export.embed import LATEST
    from timeline.assemble.story import LATEST_PER_DAY
    from timeline.assemble.timeline import MonthSection, YearSection

    timeline = small_timeline()
    days = [replace(VOTE, anchor=f"e-2023-03-{d:02d}-{i}", when=When(dt.date(2023, 3, d), Granularity.DAY,
                                                                     f"2023-03-{d:02d}", dt.date(2023, 3, d)))
            for d in range(1, 29) for i in range(40)]
    old = replace(JUNE, anchor="e-1990", when=When(dt.date(1990, 1, 1), Granularity.YEAR, "1990", dt.date(1990, 12, 31)))
    later = replace(JUNE, anchor="e-2030", when=When(dt.date(2030, 1, 1), Granularity.YEAR, "2030",
                                                    dt.date(2030, 12, 31)))
    big = replace(timeline, years=(YearSection(2023, (), (MonthSection(2023, 3, tuple(days)),)),),
                  background=(old,), outlook=(later,), span=(dt.date(2023, 3, 1), dt.date(2023, 3, 31)))
    page = export(big, "embed", OPTIONS)
    parser = _Tags()
    parser.feed(page)
    assert parser.ids[:3] == ["key-dates", "k2023-03-13", "latest"]
    # newest first, at most LATEST_PER_DAY of a day (the earlier of equals first)
    assert parser.ids[3:] == [f"e-2023-03-{d}-{i}" for d in range(28, 0, -1) for i in range(LATEST_PER_DAY)][:LATEST]
    assert "e-1990" not in page and "e-2030" not in page
    assert "1 March 2023 – 28 March 2023 · 1,120 dated events" in page
    assert "2023-03-01 to 2023-03-31, 1,120 dated events\n" in export(big, "gfm", OPTIONS)
    assert len(page.encode("utf-8")) < 20_000


@given(st.text(min_size=1, max_size=80))
def test_any_sentence_survives_csv_and_stays_inert_in_embed(sentence: str) -> None:
    from dataclasses import replace

    from timeline.assemble.timeline import MonthSection, YearSection

    entry = replace(JUNE, sentence=sentence)
    timeline = replace(small_timeline(), years=(YearSection(2024, (), (MonthSection(2024, 6, (entry,)),)),))
    rows = list(csv.reader(io.StringIO(export(timeline, "csv", OPTIONS), newline="")))
    assert rows[1][6] == ("'" + sentence if sentence[0] in "=+-@\t\r" else sentence)
    parser = _Tags()
    parser.feed(export(replace(timeline, key_dates=()), "embed", OPTIONS))
    assert parser.tags.count("li") == 1 and "script" not in parser.tags


def test_exports_are_byte_identical_across_runs() -> None:
    for name in FORMATS:
        assert export(small_timeline(), name, OPTIONS) == export(small_timeline(), name, OPTIONS)


def test_data_stamp_prefers_the_build_date_then_the_newest_article() -> None:
    assert data_stamp(small_timeline()) == dt.datetime(2024, 6, 9, tzinfo=dt.timezone.utc)
    assert data_stamp(small_timeline(), dt.date(2025, 1, 2)) == dt.datetime(2025, 1, 2, tzinfo=dt.timezone.utc)


def test_write_exports_writes_every_format(tmp_path: Path) -> None:
    written = write_exports(small_timeline(), tmp_path, OPTIONS)
    assert sorted(p.name for p in written) == sorted([*(f.filename for f in FORMATS.values()),
                                                      "timeline-2023.json", "timeline-2024.json"])
    assert (tmp_path / "timeline.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def test_the_exports_are_written_one_at_a_time(tmp_path: Path) -> None:
    """Each export is on disk before the next is rendered: the build never holds them all (together
    they are about a megabyte a hundred articles)."""
    from timeline.export import iter_exports, render_exports, save_exports

    rendered: list[str] = []

    def watched() -> Iterator[tuple[str, Iterator[str]]]:
        for filename, pieces in iter_exports(small_timeline(), OPTIONS):
            assert all((tmp_path / name).is_file() for name in rendered)
            rendered.append(filename)
            yield filename, pieces

    written = save_exports(tmp_path, watched())
    assert [p.name for p in written] == rendered
    texts = render_exports(small_timeline(), OPTIONS)
    assert {p.name: p.read_bytes().decode("utf-8") for p in written} == texts


def _long_story(articles: int, told: int) -> Timeline:
    """An assembled timeline (its entries in its store, as a build's are) of ``articles`` articles
    that each tell ``told`` happenings of their own, on days over a year, in long sentences."""
    from timeline.assemble import assemble
    from timeline.records import Article, Event, Extraction, Sentence, Sentences

    made, extractions = [], {}
    for a in range(articles):
        name = f"report-{a}"
        made.append(Article(id=name, origin=f"{name}.md", title=f"Report {a}", text="x", slug=name,
                            published=dt.date(2020, 1, 31) + dt.timedelta(days=3 * a), source="Wire"))
        sentences = [f"Event {a}-{i}: " + "the <council> met & voted, \"again\"; " * 10 for i in range(told)]
        days = [dt.date(2020, 1, 1) + dt.timedelta(days=3 * a + i % 30) for i in range(told)]
        extractions[name] = Extraction(
            name, Sentences.of([Sentence(i, 0, 1, text) for i, text in enumerate(sentences)]), (),
            tuple(Event(name, i, text, When(day, Granularity.DAY, day.isoformat(), day), "e", 0, 1)
                  for i, (text, day) in enumerate(zip(sentences, days))), (0,))
    return assemble(made, extractions, title="Long")


def test_every_export_is_written_without_holding_its_text_or_its_entries(tmp_path: Path) -> None:
    """Written piece by piece, no export holds its whole text, nor all its entries as Python data:
    the memory they take is a small part of the largest file (with the cycle collector paused, as
    in a build, so work that leaves reference cycles behind would show too). The sentences are
    ASCII because CPython keeps a non-ASCII string's UTF-8 form, once made, in the string: the
    few strings that live on (the articles' titles) would take more than their share."""
    import gc
    import tracemalloc

    from timeline.export import iter_exports, render_exports, save_exports

    timeline = _long_story(100, 40)
    assert timeline.store is not None and len(timeline.story_entries) > 2000
    render_exports(small_timeline(), OPTIONS)  # each writer's modules imported first: code, not an export's data
    assert list(timeline.entries)  # the store's few thousand sources read last kept first: its, not an export's
    was_enabled = gc.isenabled()
    gc.disable()
    tracemalloc.start()
    try:
        written = save_exports(tmp_path, iter_exports(timeline, OPTIONS))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        if was_enabled:
            gc.enable()
    largest = max(path.stat().st_size for path in written)
    assert largest > 2_000_000  # the JSON
    assert peak < largest / 4  # the most: a year's document, which holds the anchors of the year's entries
    assert len(json.loads((tmp_path / "timeline.json").read_text(encoding="utf-8"))["events"]) == len(timeline.entries)


@given(st.dictionaries(st.text(), st.recursive(
    st.none() | st.booleans() | st.integers(-2**63, 2**63 - 1) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4), max_leaves=20),
    max_size=5), st.data())
def test_a_json_document_written_in_pieces_is_the_one_json_writes_whole(fields: dict[str, object],
                                                                      data: st.DataObject) -> None:
    from timeline.export.json_text import Items, document

    streamed = [(key, Items(iter(value)) if isinstance(value, list) and data.draw(st.booleans()) else value)
                for key, value in fields.items()]
    assert "".join(document(streamed)) == json.dumps(fields, ensure_ascii=False, indent=1) + "\n"


def test_export_command_writes_csv_of_the_fixture_corpus(tmp_path: Path) -> None:
    out = tmp_path / "t.csv"
    result = CliRunner().invoke(cli, ["export", str(FIXTURE), "--format", "csv", "--output", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    opening = [r for r in rows if r["label"] == "8 June 2024"]
    assert [r["source_ids"] for r in opening] == ["05-bridge-opening"]
    assert len({r["id"] for r in rows}) == len(rows)


def test_export_command_reads_the_story_as_the_build_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``timeline export`` after ``timeline build`` extracts nothing: the two share the build cache."""
    monkeypatch.chdir(tmp_path)
    built = CliRunner().invoke(cli, ["build", str(FIXTURE), "--no-mkdocs"])
    assert built.exit_code == 0 and "extract (0 cached)" in built.stderr
    exported = CliRunner().invoke(cli, ["export", str(FIXTURE), "--format", "json", "--output", "t.json"])
    assert exported.exit_code == 0, exported.output
    assert "extract" not in exported.stderr
    events = int(re.search(r"(\d+) dated events", built.stderr)[1])  # type: ignore[index]
    assert len(json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))["events"]) == events > 0


@pytest.mark.parametrize("name", ["json", "timelinejs"])
def test_export_command_defaults_to_stdout(name: str) -> None:
    result = CliRunner().invoke(cli, ["export", str(FIXTURE), "--format", name])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["events"]


def test_exports_print_an_event_without_the_headline_its_page_ran_into_it() -> None:
    """As the site's pages do: the source's title is printed beside the sentence, not again inside it."""
    import dataclasses

    timeline = small_timeline()
    first = timeline.years[0]
    entry = first.entries[0]
    headline = "Council backs the footbridge plan"
    source = dataclasses.replace(entry.sources[0], title=headline)
    run_in = dataclasses.replace(entry, sentence=f"{headline} The council voted on Thursday to fund the bridge.",
                                 sources=(source,))
    section = dataclasses.replace(first, head=(), months=(dataclasses.replace(first.months[0], entries=(run_in,)),))
    story = dataclasses.replace(timeline, years=(section,))
    for fmt in ("ics", "atom", "gfm"):
        text = export(story, fmt, ExportOptions(stamp=STAMP))
        assert "The council voted on Thursday to fund the bridge." in text.replace("\r\n ", "")
        assert f"{headline} The council" not in text.replace("\r\n ", "")



def test_an_article_that_repeats_a_sentence_is_one_source_of_its_event() -> None:
    """A page that prints a sentence twice (a live page repeating a post) is one source of the event, in the
    exports as on its page: one file that repeated a sentence listed itself 150,000 times."""
    from timeline.assemble import assemble
    from timeline.records import Article, Event, Extraction, Sentence, Sentences

    day = dt.date(2024, 6, 8)
    text = "The mayor opened the footbridge on 8 June 2024."
    articles = [Article(id=name, origin=f"{name}.md", title=name.title(), text="x", slug=name, published=day)
                for name in ("repeats", "once")]
    told = {"repeats": [text, "Crowds gathered.", text], "once": [text]}
    extractions = {name: Extraction(name, Sentences.of([Sentence(i, 0, 1, s) for i, s in enumerate(sentences)]), (),
                                    tuple(Event(name, i, s, When(day, Granularity.DAY, day.isoformat(), day), "8 June",
                                                0, 1) for i, s in enumerate(sentences) if s == text), (0,))
                   for name, sentences in told.items()}
    timeline = assemble(articles, extractions, title="Bridge")
    (entry,) = timeline.entries
    assert [(s.article_id, s.sentence_index) for s in entry.sources] == [("once", 0), ("repeats", 0)]
    (event,) = json.loads(export(timeline, "json", OPTIONS))["events"]
    assert [source["id"] for source in event["sources"]] == ["once", "repeats"]
