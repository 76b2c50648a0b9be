"""An assembled timeline reads its entries from its store a section at a time, and shows
exactly what the same timeline held whole in tuples shows: every page and every export."""
from __future__ import annotations

import datetime as dt
import gc
import weakref

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.assemble import assemble
from timeline.assemble.entry_store import EntryStore
from timeline.assemble.story import YEAR_SHOWN, latest_entries, most_important, spread_important
from timeline.assemble.timeline import Entry, Timeline
from timeline.export import ExportOptions, render_exports
from timeline.records import Article, Event, Extraction, Granularity, KeyDate, KeySentence, Sentence, Sentences, When
from timeline.render import render_pages
from timeline_factory import held_whole


def _day(iso: str) -> When:
    day = dt.date.fromisoformat(iso)
    return When(day, Granularity.DAY, iso, day)


def _month(year: int, month: int) -> When:
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
    return When(dt.date(year, month, 1), Granularity.MONTH, f"{year:04d}-{month:02d}", last)


YEAR_2009 = When(dt.date(2009, 1, 1), Granularity.YEAR, "2009", dt.date(2009, 12, 31))
TOLD = {
    # article: (published, source, tags, [(when, sentence)])
    "gazette-1": ("2010-05-03", "Gazette", ("bridge", "council"), [
        (_day("2010-05-01"), "The council met on Saturday."),
        (_day("2010-05-03"), "The vote was held on Monday."),
        (YEAR_2009, "The plan was first drawn up in 2009."),
        (_day("1998-04-02"), "A ferry sank in 1998."),
    ]),
    "times-1": ("2010-05-04", "Times", ("bridge",), [
        (_day("2010-05-03"), "The vote was held on Monday."),  # the same event: one entry, two sources
        (_month(2010, 5), "Work starts this month."),
        (_day("2011-09-01"), "The bridge is due to open in September 2011."),
    ]),
    "gazette-2": ("2010-06-20", "Gazette", ("council",), [
        (_day("2010-06-18"), "Engineers tested the piers on Friday."),
        (_day("2010-06-18"), "A second crew arrived on Friday."),
        (_month(2010, 6), "Costs rose in June."),
    ]),
    "wire-1": ("2010-06-21", "", (), [
        (_day("2010-06-18"), "Engineers tested the piers on Friday."),
    ]),
}


def assembled(off_topic: frozenset[str] = frozenset(), key_dates: tuple[KeyDate, ...] = ()) -> Timeline:
    articles = [Article(id=name, origin=f"{name}.md", title=f"Report {name}", text="x", slug=name,
                        published=dt.date.fromisoformat(published), source=source, tags=tags)
                for name, (published, source, tags, _) in TOLD.items()]
    extractions = {
        name: Extraction(name, Sentences.of([Sentence(i, 0, 1, sentence) for i, (_, sentence) in enumerate(told)]),
                         (), tuple(Event(name, i, sentence, when, "e", 0, 1) for i, (when, sentence) in enumerate(told)),
                         (0,))
        for name, (_, _, _, told) in TOLD.items()
    }
    return assemble(articles, extractions, title="Bridge", off_topic=off_topic, key_dates=key_dates)


def test_an_assembled_timeline_renders_and_exports_as_the_same_timeline_held_whole() -> None:
    timeline = assembled()
    whole = held_whole(timeline)
    assert timeline.store is not None and whole.store is None
    assert len(timeline.background) == 2 and len(timeline.outlook) == 1  # 1998 and 2009; September 2011
    pages = render_pages(timeline)
    assert {"tags/bridge.md", "sources/gazette.md", "background.md", "outlook.md"} <= set(pages)
    assert pages == render_pages(whole)
    options = ExportOptions(base_url="https://example.org/")
    assert render_exports(timeline, options) == render_exports(whole, options)


def test_the_articles_off_the_story_are_a_view_of_the_store_and_render_as_held() -> None:
    timeline = assembled(off_topic=frozenset({"wire-1"}))
    whole = held_whole(timeline)
    assert len(timeline.off_topic) == 1 and not isinstance(timeline.off_topic, tuple)
    assert timeline.off_topic == whole.off_topic == (timeline.article("wire-1"),)
    assert [a.id for a in timeline.off_topic] == ["wire-1"]
    pages = render_pages(timeline)
    assert "[Other articles](other-articles.md): 1 article not about this story" in pages["index.md"]
    assert pages == render_pages(whole)
    assert len(assembled().off_topic) == 0


def test_the_sections_of_an_assembled_timeline_are_sequences_of_its_entries() -> None:
    timeline = assembled()
    whole = held_whole(timeline)
    may = timeline.years[0].months[0]
    held = tuple(may.entries)
    assert (may.year, may.month) == (2010, 5)
    assert [e.sentence for e in held] == ["Work starts this month.", "The council met on Saturday.",
                                          "The vote was held on Monday."]
    assert may.entries == held and len(may.entries) == 3
    assert may.entries[0] == held[0] and may.entries[-1] == held[-1] and may.entries[1:] == held[1:]
    with pytest.raises(IndexError):
        may.entries[len(held)]
    vote = held[2]
    assert [s.article_id for s in vote.sources] == ["gazette-1", "times-1"]
    assert vote.sources[0].title == "Report gazette-1" and vote.sources[1].published == dt.date(2010, 5, 4)
    times = timeline.article("times-1")
    assert [e.sentence for e in times.entries] == ["Work starts this month.", "The vote was held on Monday.",
                                                   "The bridge is due to open in September 2011."]
    year = timeline.years[0]
    assert most_important(year.entries, 2) == most_important(tuple(year.entries), 2)
    assert most_important(year.entries, YEAR_SHOWN) == tuple(year.entries)
    story = timeline.story_entries
    for count, per_period in ((2, 1), (3, 1), (5, 2), (9, 1)):
        assert most_important(story, count, per_period) == most_important(tuple(story), count, per_period)
    days = sorted({e.when.first for e in story if e.when.granularity is Granularity.DAY})
    for count, other_than in ((2, ()), (3, days[:1]), (9, days[1:3]), (4, days)):
        chosen = spread_important(story, count, other_than)
        assert chosen == spread_important(tuple(story), count, other_than)
        assert not any(e.when.granularity is Granularity.DAY and e.when.first in other_than for e in chosen)
    assert spread_important(story, 4, days) != spread_important(story, 4)
    fridays = [e for e in most_important(story, 9, 1) if e.when.first == dt.date(2010, 6, 18)]
    assert len(fridays) == 1  # the piers and the second crew: one period
    assert timeline.year_entries(2010) == whole.year_entries(2010) == tuple(
        e for e in whole.story_entries if e.year == 2010)


def test_what_articles_report_is_read_without_holding_the_story() -> None:
    timeline = assembled()
    whole = held_whole(timeline)
    for ids in (["gazette-2"], ["times-1"], ["gazette-1", "gazette-2"], list(TOLD)):
        assert timeline.reported_by(ids) == whole.reported_by(ids)
        assert timeline.reporters_of(timeline.reported_by(ids)) == whole.reporters_of(whole.reported_by(ids))
    assert timeline.reporters_of(timeline.reported_by(["gazette-2"])) == {"gazette-2", "wire-1"}  # the piers, told by both
    assert timeline.reporters_of(timeline.article("gazette-2").entries) == {"gazette-2", "wire-1"}  # as render asks
    assert timeline.story_dates() == whole.story_dates()


def test_the_events_pages_and_the_latest_entries_are_read_from_the_store_s_columns() -> None:
    timeline = assembled()
    whole = held_whole(timeline)
    stored, held = list(timeline.by_page()), list(whole.by_page())
    assert [(p.page, p.first, p.sides, p.reporters, p.anchors, tuple(p.entries)) for p in stored] == [
        (p.page, p.first, p.sides, p.reporters, p.anchors, p.entries) for p in held]
    piers = next(p for p in stored if p.page == "events/2010-06-18.md")
    assert piers.reporters == {"gazette-2", "wire-1"} and piers.sides == {""} and len(piers.entries) == 2
    assert [(p.page, p.first, p.sides) for p in stored if p.sides != {""}] == [
        ("events/1998-04-02.md", dt.date(1998, 4, 2), {"background"}),
        ("events/2009.md", dt.date(2009, 1, 1), {"background"}),
        ("events/2011-09-01.md", dt.date(2011, 9, 1), {"outlook"})]
    assert timeline.last_published() == whole.last_published() == dt.date(2010, 6, 21)
    for count in (1, 3, 50):
        assert latest_entries(timeline, count) == latest_entries(whole, count)
    assert [e.sentence for e in latest_entries(timeline, 2)] == ["Costs rose in June.",
                                                                 "Engineers tested the piers on Friday."]


def test_a_timeline_and_its_store_are_freed_by_reference_counting_alone() -> None:
    """The build pauses the cyclic collector and freezes what is left: a timeline that only it could
    free (its store holding its pages, whose entries are views of the store) would be kept for good.
    A page outlives its timeline: it holds the store its entries are read from."""
    timeline = assembled()
    read = [list(page.entries) for page in timeline.articles]  # every page and source looked up
    store = weakref.ref(timeline.store)
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        del timeline
        assert store() is None
    finally:
        if was_enabled:
            gc.enable()
    page = assembled().article("times-1")  # its timeline gone at once
    assert list(page.entries) == read[[p.id for p in assembled().articles].index("times-1")]


def test_a_month_s_groups_from_the_store_are_those_of_its_entries_held() -> None:
    """A month page's groups are counted and ranked from the store's columns, and only the shown
    entries read: the same groups as of the month's entries held, with days over the cap, ties of
    importance (ties go to the earlier entry) and coarser periods."""
    from timeline.assemble.story import DAY_SHOWN, PERIOD_SHOWN, groups

    told: dict[str, list[tuple[When, str]]] = {}
    for n in range(12):  # sentence n is reported by n % 4 + 1 articles: importance in four steps, ties in each
        for reporter in range(n % 4 + 1):
            told.setdefault(f"wire-{reporter}", []).append((_day("2010-06-18"), f"Crew {n} reached the piers."))
    costs = ["Steel", "Cement", "Insurance", "Diesel", "Labour", "Cranes", "Cables", "Paint"][:PERIOD_SHOWN + 2]
    for thing in costs:
        told["wire-0"].append((_month(2010, 6), f"{thing} prices went up."))
    told["wire-3"].append((_day("2010-06-19"), "Divers inspected the old quay."))
    articles = [Article(id=name, origin=f"{name}.md", title=name, text="x", slug=name,
                        published=dt.date(2010, 6, 20), source="Wire") for name in told]
    extractions = {name: Extraction(name, Sentences.of([Sentence(i, 0, 1, s) for i, (_, s) in enumerate(said)]), (),
                                    tuple(Event(name, i, s, when, "e", 0, 1) for i, (when, s) in enumerate(said)), (0,))
                   for name, said in told.items()}
    timeline = assemble(articles, extractions, title="Piers")
    june = timeline.years[0].months[0]
    stored, whole = groups(june.entries, cap=True), groups(tuple(june.entries), cap=True)
    assert stored == whole
    assert [(g.label, g.count, len(g.shown)) for g in stored] == [
        ("18 June 2010", 12, DAY_SHOWN), ("19 June 2010", 1, 1), ("June 2010", PERIOD_SHOWN + 2, PERIOD_SHOWN)]
    assert len({e.importance for e in stored[1].shown}) < DAY_SHOWN  # ties among the shown


def test_a_month_s_groups_from_the_store_show_each_happening_once_as_those_held() -> None:
    """The store reads a day's candidates and shows, as of the entries held, the most important that retell
    none shown before them (``timeline.assemble.retelling``); the day's count is all its entries."""
    from timeline.assemble.story import DAY_SHOWN, groups

    said = ["The rig sank in the Gulf.", "The burning rig sank in the Gulf after the blast."]  # the second retells
    said += [f"Crew {n} reached the piers." for n in range(DAY_SHOWN)]
    told: dict[str, list[tuple[When, str]]] = {}
    for n, sentence in enumerate(said):  # the two retellings are reported most, by as many articles
        for reporter in range(3 if n < 2 else 1):
            told.setdefault(f"wire-{reporter}", []).append((_day("2010-06-18"), sentence))
    articles = [Article(id=name, origin=f"{name}.md", title=name, text="x", slug=name,
                        published=dt.date(2010, 6, 20), source="Wire") for name in told]
    extractions = {name: Extraction(name, Sentences.of([Sentence(i, 0, 1, s) for i, (_, s) in enumerate(lines)]), (),
                                    tuple(Event(name, i, s, when, "e", 0, 1) for i, (when, s) in enumerate(lines)), (0,))
                   for name, lines in told.items()}
    june = assemble(articles, extractions, title="Piers").years[0].months[0]
    stored, whole = groups(june.entries, cap=True), groups(tuple(june.entries), cap=True)
    assert stored == whole
    (day,) = stored
    shown = [e.sentence for e in day.shown]
    assert day.count == len(said) and len(shown) == DAY_SHOWN
    assert ("The rig sank in the Gulf." in shown) != ("The burning rig sank in the Gulf after the blast." in shown)


@given(st.lists(st.lists(st.integers(0, 6), unique=True, max_size=4), max_size=12),
       st.sets(st.integers(0, 8)))
def test_each_page_lists_the_positions_of_the_entries_its_article_reports(reporters: list[list[int]],
                                                                          paged: set[int]) -> None:
    """Each entry (a position) comes with the places of the articles that report it, in any order; the pages
    (some of the places, in order) each list their article's entries, in order, and none other."""
    store = EntryStore()
    store.write((Entry(f"e{pos}", _day("2010-05-01"), f"Event {pos}.", ()), 1, ranks)
                for pos, ranks in enumerate(reporters))
    articles = [Article(id=f"a{place}", origin="", title="", text="", slug=f"a{place}") for place in range(9)]
    store.write_pages((place, articles[place], True) for place in sorted(paged))
    listed = {page.id: list(page.entries.positions) for page in store.pages()}
    assert listed == {f"a{place}": [pos for pos, ranks in enumerate(reporters) if place in ranks]
                      for place in sorted(paged)}


def test_the_header_s_first_day_is_the_first_that_two_articles_report() -> None:
    """Saturday's meeting has one report, Monday's vote two: the story the header names begins on Monday (one
    article's first day was often another story's). Without an event two articles report, the first event's day."""
    timeline = assembled()
    assert timeline.days_told() == (dt.date(2010, 5, 3), dt.date(2010, 6, 18))
    assert held_whole(timeline).days_told() == timeline.days_told()
    alone = assembled(off_topic=frozenset({"times-1", "wire-1"}))  # every event one article's
    assert alone.days_told() == (dt.date(2010, 5, 1), dt.date(2010, 6, 18)) == held_whole(alone).days_told()


def test_a_key_date_with_no_entry_of_its_day_is_left_off_the_site() -> None:
    """A key date told only by the leads of its day's articles has no day page to open: the site shows none."""
    told = KeyDate(dt.date(2010, 5, 3), (KeySentence("The vote was held on Monday.", "gazette-1", 1),))
    leads_only = KeyDate(dt.date(2010, 5, 4), (KeySentence("Work starts this month.", "times-1", 1),))
    of_a_month = KeyDate(dt.date(2010, 6, 1), (KeySentence("Costs rose in June.", "gazette-2", 2),))
    timeline = assembled(key_dates=(told, leads_only, of_a_month))
    assert [kd.date for kd in timeline.key_dates] == [dt.date(2010, 5, 3)]
    assert "### 4 May 2010" not in render_pages(timeline)["key-dates.md"]
