"""The spill gives back events a date at a time in the order assembling held them in."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.assemble.spill import Report, Spill
from timeline.records import Event, Granularity, When

DAYS = [When(dt.date(2010, 4, d), Granularity.DAY, f"2010-04-{d:02d}", dt.date(2010, 4, d)) for d in (20, 21, 22)]
MONTH = When(dt.date(2010, 4, 1), Granularity.MONTH, "2010-04", dt.date(2010, 4, 30))
YEAR = When(dt.date(2010, 1, 1), Granularity.YEAR, "2010", dt.date(2010, 12, 31))
SENTENCES = ["The well was capped.", "the well  was CAPPED.", "Oil reached the coast.", "A ban was lifted."]


PROFILE = frozenset({"capped", "oil", "coast", "lifted"})
"""The story's words, as ``topicality.profile_of`` gives them."""


def held(articles: list[tuple[str, list[Event]]], profile: frozenset[str] = frozenset()) -> list[tuple[When, list[Report]]]:
    """What assembling did with every event held: sorted by article rank and sentence, each under the
    date its sentence's earliest report gave, the dates in ``When`` order; each with how many of
    ``profile``'s words its sentence uses (counted here by hand: lower-cased words, punctuation off)."""
    events = [(rank, e) for rank, (_, told) in enumerate(articles) for e in told]
    first_told: dict[str, When] = {}
    by_when: dict[When, list[Report]] = defaultdict(list)
    for rank, event in sorted(events, key=lambda pair: (pair[0], pair[1].sentence_index)):
        when = first_told.setdefault(" ".join(event.sentence.lower().split()), event.when)
        story = len(profile & {word.strip(".") for word in event.sentence.lower().split()})
        by_when[when].append((event.article_id, event.sentence_index, event.sentence, rank, bool(event.expression),
                              story, event.foretold))
    return [(when, by_when[when]) for when in sorted(by_when)]


def spilled(articles: list[tuple[str, list[Event]]], profile: frozenset[str] | None = None) -> list[tuple[When, list[Report]]]:
    spill = Spill()
    for rank, (_, events) in reversed(list(enumerate(articles))):  # in any order: the rank orders them
        spill.add_events(rank, events, profile)
    return list(spill.by_date())


event_lists = st.lists(st.tuples(st.integers(0, 4), st.sampled_from(SENTENCES),
                                 st.sampled_from([*DAYS, MONTH, YEAR]), st.sampled_from(["", "Thursday"]),
                                 st.booleans()), max_size=6)


@settings(max_examples=150, deadline=None)
@given(st.lists(event_lists, min_size=1, max_size=5), st.booleans())
def test_dates_and_their_events_come_back_as_assembling_held_them(
        raw: list[list[tuple[int, str, When, str, bool]]], story: bool) -> None:
    articles = [(f"a{n}", [Event(f"a{n}", index, sentence, when, expression, 0, len(expression), foretold)
                           for index, sentence, when, expression, foretold in events])
                for n, events in enumerate(raw)]
    got, expected = spilled(articles, PROFILE if story else None), held(articles, PROFILE if story else frozenset())
    assert [(when, told) for when, told in got] == expected
    assert [when.last for when, _ in got] == [when.last for when, _ in expected]


def test_a_sentence_reprinted_later_keeps_the_date_of_its_first_report() -> None:
    first = Event("early", 0, "The well was capped on Thursday.", DAYS[0], "Thursday", 0, 1)
    reprint = Event("late", 3, "The well was capped on Thursday.", DAYS[2], "Thursday", 0, 1)
    spill = Spill()
    spill.add_events(1, [reprint])
    spill.add_events(0, [first])
    assert list(spill.by_date()) == [(DAYS[0], [("early", 0, first.sentence, 0, True, 0, False),
                                                ("late", 3, reprint.sentence, 1, True, 0, False)])]


def test_summaries_are_read_back_by_article() -> None:
    spill = Spill()
    spill.add_summary("a", ("One.", "Two."))
    spill.add_summary("b", ())
    assert (spill["a"], spill["b"], "c" in spill, spill.get("c"), sorted(spill), len(spill)) == (
        ("One.", "Two."), (), False, None, ["a", "b"], 2)


def test_a_summary_sentence_articles_of_three_days_share_is_furniture() -> None:
    """A sentence that the summaries of articles of three days or more share is the site's: each summary is
    read without it. Shared over two days, or with no day to count, it stays."""
    banner = "Two men charged after the museum theft."
    spill = Spill()
    for n, day in enumerate(DAYS):
        spill.add_summary(f"p{n}", (banner, f"Protesters marched on day {n}."), day.first)
    spill.add_summary("q0", ("Snow closed the airport.", "Flights resumed."), DAYS[0].first)
    spill.add_summary("q1", ("snow  closed the airport.", "Trains ran."), DAYS[1].first)
    spill.add_summary("r", (banner,), None)
    assert [spill[f"p{n}"] for n in range(len(DAYS))] == [(f"Protesters marched on day {n}.",) for n in range(len(DAYS))]
    assert (spill["q0"], spill["q1"], spill["r"]) == (
        ("Snow closed the airport.", "Flights resumed."), ("snow  closed the airport.", "Trains ran."), ())
    spill.add_summary("p0", ("Protesters marched on day 0.",), DAYS[0].first)  # p0 read again: two days share it now
    assert spill["p1"] == (banner, "Protesters marched on day 1.")
