"""A day's happening told in other words by other articles weighs in its lead entry's importance."""
from __future__ import annotations

import datetime as dt

from timeline.assemble import importance
from timeline.assemble.other_wordings import COMPARED, other_reports
from timeline.assemble.timeline import Entry, SourceRef
from timeline.records import Granularity, When

DAY = dt.date(2010, 7, 15)
PROFILE = frozenset({"oil", "well", "spill"})


def entry(n: int, sentence: str, *articles: str, published: dt.date = DAY) -> Entry:
    return Entry(f"e-{n}", When(DAY, Granularity.DAY, DAY.isoformat(), DAY), sentence,
                 tuple(SourceRef(a, a, a, published, 0) for a in articles))


def test_the_lead_of_a_happening_told_in_other_words_is_credited_with_the_other_articles() -> None:
    day = [
        entry(0, "The company raised its concern over a prisoner transfer with the government.", "a1", "a2", "a3"),
        entry(1, "The flow of oil was shut off by the new cap on Thursday.", "b1", "b2"),
        entry(2, "A new cap stopped the flow from the well for the first time on Thursday.", "c1"),
        entry(3, "The cap shut off the flow of oil into the sea on Thursday afternoon.", "d1", "b1"),
        entry(4, "Shares rose in New York trading.", "e1"),
    ]
    # b1 and b2 lead; c1 and d1 tell it in other words, and are not credited with it again
    assert other_reports(day, PROFILE) == [0, 2, 0, 0, 0]
    # less than one report of its own: it orders entries of as many reports
    alone = importance(day[1], frozenset(), None)
    assert alone < importance(day[1], frozenset(), None, others=2) < alone + 1


def test_the_storys_own_words_do_not_make_two_happenings_one() -> None:
    day = [entry(0, "Oil from the well reached the beaches of the spill zone.", "a1"),
           entry(1, "The well spill oil tally was raised by officials.", "b1")]
    assert other_reports(day, PROFILE) == [0, 0]
    assert other_reports(day, None) == [1, 0]  # without the profile they would


def test_only_what_was_told_at_the_time_counts() -> None:
    later = DAY + dt.timedelta(days=30)
    day = [entry(0, "The flow of oil was shut off by the new cap on Thursday.", "b1"),
           entry(1, "The new cap shut off the flow on 15 July.", "r1", "r2", published=later)]
    # a month later's retellings credit nothing, and lead nothing
    assert other_reports(day, PROFILE) == [0, 0]


def test_ties_go_to_the_earlier_and_an_empty_day_has_none() -> None:
    day = [entry(0, "The new cap shut off the flow on Thursday.", "a1"),
           entry(1, "The flow was shut off by the new cap on Thursday.", "b1")]
    assert other_reports(day, PROFILE) == [1, 0]
    assert other_reports([], PROFILE) == []


def test_a_busy_day_compares_only_its_most_reported_entries() -> None:
    """Linear in a day's entries: only the ``COMPARED`` of most reports are compared, and a lead is among them."""
    lead = entry(0, "The flow of oil was shut off by the new cap on Thursday.", "b1", "b2")
    retold = entry(1, "A new cap stopped the flow for the first time on Thursday.", "c1")
    others = [entry(n + 2, f"Item {n} of the day's other news about bridge {n}.", f"x{n}") for n in range(COMPARED)]
    counts = other_reports([lead, *others, retold], PROFILE)
    assert len(counts) == COMPARED + 2
    assert counts[0] == 0  # the retelling, the last of as few reports, is not among those compared
    assert other_reports([lead, retold, *others], PROFILE)[0] == 1  # earlier, it is (ties go to the earlier)
