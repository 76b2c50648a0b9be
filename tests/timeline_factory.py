"""A small hand-made Timeline shared by the export, chart and page tests.

Built from the records directly (no extraction), so every expected output in
those tests follows from the values written here.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.records import Granularity, KeyDate, KeySentence, When
from timeline.assemble.timeline import ArticlePage, Entry, MonthSection, SourceRef, Timeline, YearSection

PLAN = SourceRef("plan", "plan", 'Council backs "bridge"', dt.date(2023, 3, 14), 0)
OPENING = SourceRef("opening", "opening", "Bridge opens", dt.date(2024, 6, 9), 2)

VOTE = Entry(
    anchor="e-2023-03-13-aaaa1111",
    when=When(dt.date(2023, 3, 13), Granularity.DAY, "2023-03-13", dt.date(2023, 3, 13)),
    sentence="The council voted on 13 March 2023 to build a <bridge> & *path*.",
    sources=(PLAN, OPENING),
)
SPRING = Entry(
    anchor="e-2024-sp-bbbb2222",
    when=When(dt.date(2024, 3, 1), Granularity.SEASON, "2024-SP", dt.date(2024, 5, 31)),
    sentence="Officials expect the bridge to open in spring 2024.",
    sources=(OPENING,),
)
JUNE = Entry(
    anchor="e-2024-06-cccc3333",
    when=When(dt.date(2024, 6, 1), Granularity.MONTH, "2024-06", dt.date(2024, 6, 30)),
    sentence="The bridge opened in June 2024.",
    sources=(OPENING,),
)


def small_timeline() -> Timeline:
    """Two articles, three entries over two years, one key date."""
    plan = ArticlePage(id="plan", slug="plan", title=PLAN.title, published=PLAN.published,
                       url="https://example.org/plan", source="Gazette", tags=("bridge", "council"),
                       entries=(VOTE,))
    opening = ArticlePage(id="opening", slug="opening", title=OPENING.title, published=OPENING.published,
                          url="", source="Times", tags=("bridge",),
                          entries=(VOTE, SPRING, JUNE))
    return Timeline(
        title="Bridge & river",
        description="",
        articles=(plan, opening),
        years=(
            YearSection(2023, (), (MonthSection(2023, 3, (VOTE,)),)),
            YearSection(2024, (SPRING,), (MonthSection(2024, 6, (JUNE,)),)),
        ),
        key_dates=(KeyDate(dt.date(2023, 3, 13), (KeySentence(VOTE.sentence, "plan", 0),)),),
        summaries={"plan": ("The council voted.",), "opening": ("It opened.",)},
    )


def held_whole(timeline: Timeline) -> Timeline:
    """The same timeline with every entry held in tuples, as one made by hand: without the store an
    assembled timeline reads its entries from (``timeline.assemble.entry_store``)."""
    years = tuple(YearSection(y.year, tuple(y.head), tuple(MonthSection(m.year, m.month, tuple(m.entries))
                                                            for m in y.months)) for y in timeline.years)
    return Timeline(timeline.title, timeline.description,
                    tuple(replace(a, entries=tuple(a.entries)) for a in timeline.articles), years, timeline.key_dates,
                    tuple(timeline.background), tuple(timeline.outlook), timeline.span, timeline.summaries)
