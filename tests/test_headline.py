"""Headlines and titles cut from sentences: the main clause first, then a word boundary."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.assemble.timeline import SourceRef
from timeline.headline import (HEADLINE_MAX, after_title, headline, labelled_sources, link_label, repeats, shorten,
                               source_labels)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A vast oil slick bore down on the Gulf Coast on Sunday, threatening an economic disaster.",
     "A vast oil slick bore down on the Gulf Coast on Sunday"),
    ("BP said its bid to plug the well was going to plan on Thursday, while Obama fended off criticism.",
     "BP said its bid to plug the well was going to plan on Thursday"),
    ("The rig sank on Thursday; the search for 11 workers went on.", "The rig sank on Thursday"),
    ("Protesters filled the square again -- the tenth day in a row.", "Protesters filled the square again"),
    # an opening phrase is not the headline: the cut comes after the main clause
    ("On Tuesday, BP said it had capped the well, ending the leak.", "On Tuesday, BP said it had capped the well"),
    # a comma inside brackets, or before a name ending in -ing, is no side clause
    ("Talks (held in Geneva, according to aides) ended without a deal.",
     "Talks (held in Geneva, according to aides) ended without a deal"),
    ("Officials from the city, Beijing and Tianjin met again.", "Officials from the city, Beijing and Tianjin met again"),
    # nor a list's last comma, nor a participle inside a noun phrase
    ("Obama met executives of BP, Transocean, and Halliburton.", "Obama met executives of BP, Transocean, and Halliburton"),
    ("Analysts said the total cost to the company, including fines, could pass $40bn.",
     "Analysts said the total cost to the company, including fines, could pass $40bn"),
    # an opening phrase alone is no headline: the cut waits for the main clause
    ("Unlike earlier spills, which hit the beaches, this one stayed offshore.",
     "Unlike earlier spills, which hit the beaches, this one stayed offshore"),
    ("After the rig sank, which took two days, oil reached the coast.",
     "After the rig sank, which took two days, oil reached the coast"),
    # the final stop goes, an abbreviation's stays
    ("The bridge opened in June 2024.", "The bridge opened in June 2024"),
    ("The slick reached the coast of the U.S.", "The slick reached the coast of the U.S."),
])
def test_headline_is_the_main_clause(sentence: str, expected: str) -> None:
    assert headline(sentence) == expected


def test_a_long_main_clause_is_cut_at_a_word_boundary() -> None:
    sentence = "The committee " + "heard evidence from the engineers who had worked on the rig " * 3 + "today."
    line = headline(sentence)
    assert len(line) <= HEADLINE_MAX and line.endswith("\u2026")
    assert sentence.startswith(line[:-1]) and line[-2] != " "


def test_shorten_leaves_short_text_on_one_line() -> None:
    assert shorten("Bridge\n opens   today", 40) == "Bridge opens today"
    assert shorten("Bridge opens today", 13) == "Bridge opens\u2026"  # the "…" counts
    assert shorten("Bridge opens today", 12) == "Bridge\u2026"


def test_shorten_does_not_end_on_a_function_word_while_half_the_line_is_left() -> None:
    line = "The dome will be lowered under water to funnel leaking oil to the surface"
    assert shorten(line, 66) == "The dome will be lowered under water to funnel leaking oil\u2026"  # not "oil to the…"
    assert shorten(line, 40) == "The dome will be lowered under water\u2026"  # not "water to…"
    assert shorten("Calls for an end of the dispute", 20) == "Calls for an end\u2026"  # "of" goes, "end" stays
    assert shorten("Talks of the union and of the firm went on", 20) == "Talks of the union\u2026"
    assert shorten("Aid to the capital of the island", 14) == "Aid to the\u2026"  # less than half would be left


@given(st.text(max_size=400))
def test_any_headline_is_a_short_single_line(sentence: str) -> None:
    line = headline(sentence)
    assert len(line) <= HEADLINE_MAX and "\n" not in line


@pytest.mark.parametrize(
    ("sentence", "titles", "expected"),
    [
        # a headline run into the first sentence, which the title beside it already says
        ("BP oil leak plug 'going as planned' The oil company BP says its attempt is going to plan.",
         "BP oil leak plug 'going as planned'", "The oil company BP says its attempt is going to plan."),
        ("Bridge opens at last 12 cars crossed the river on its first morning.", ["Other title here", "Bridge opens at last"],
         "12 cars crossed the river on its first morning."),
        # the title is the sentence's own opening words, not a headline before it
        ("The vote came on Monday as the council had planned.", "The vote came", "The vote came on Monday as the council had planned."),
        # too short a title, a shortened one, or too little after it
        ("Bridge opens The council cut the ribbon on Monday.", "Bridge opens", "Bridge opens The council cut the ribbon on Monday."),
        ("Council backs the bridge plan The vote was close.", "Council backs the…", "Council backs the bridge plan The vote was close."),
        ("Council backs the bridge It did.", "Council backs the bridge", "Council backs the bridge It did."),
    ],
)
def test_after_title_drops_only_a_whole_title_run_into_the_sentence(sentence: str, titles: str | list[str],
                                                                     expected: str) -> None:
    assert after_title(sentence, titles) == expected


@pytest.mark.parametrize(
    ("sentence", "title", "expected"),
    [
        # a lead that opens on a sentence's opener, or whose first clause has its verb
        ("BP oil leak plug 'going as planned' The oil company BP says its attempt is going to plan.",
         "BP oil leak plug 'going as planned'", "The oil company BP says its attempt is going to plan."),
        ("Minister: \u201cWe are ready\u201d China has denied that it treats visitors unfairly.",
         "Minister: \u201cWe are ready\u201d", "China has denied that it treats visitors unfairly."),
        # the title was cut at a quote inside its sentence: what follows is the verb's object, no sentence
        ("The president warned the firm not to \u201cnickel and dime\u201d Gulf coast residents over claims.",
         "The president warned the firm not to \u201cnickel and dime\u201d",
         "The president warned the firm not to \u201cnickel and dime\u201d Gulf coast residents over claims."),
    ],
)
def test_a_title_ending_on_a_quotation_comes_off_only_before_a_sentence(sentence: str, title: str,
                                                                        expected: str) -> None:
    assert after_title(sentence, title) == expected


def test_a_title_already_listed_is_named_by_its_day() -> None:
    """A story printed again under the same headline is listed once by title, then by its day."""
    assert source_labels([("Oil reaches the coast", dt.date(2010, 6, 1)), ("Rig sinks", dt.date(2010, 4, 22)),
                          ("Oil reaches the coast", dt.date(2010, 6, 3)), ("Oil reaches the coast", None)]) == [
        "Oil reaches the coast", "Rig sinks", "same title, 3 June 2010", "same title"]


def test_an_article_that_prints_the_sentence_twice_is_listed_once() -> None:
    """A live page that repeats a paragraph reports its sentence twice: one link to it, not "same title" again."""
    live = [SourceRef("live", "live-page", "Markets fall again", dt.date(2008, 10, 13), n) for n in (4, 19, 33)]
    wire = SourceRef("wire", "wire-story", "Markets fall again", dt.date(2008, 10, 14), 2)
    listed = labelled_sources([live[0], wire, live[1], live[2]], "Stocks fell on Monday.")
    assert [(source.slug, source.sentence_index, label) for source, label in listed] == [
        ("live-page", 4, "Markets fall again"), ("wire-story", 2, "same title, 14 October 2008")]


def test_a_title_that_only_repeats_the_sentence_is_named_by_its_day() -> None:
    told = "A new flu that has killed up to 68 people in Mexico could start a global epidemic, the WHO warned."
    cut = "A new flu that has killed up to 68 people in Mexico could start a global epidemic, the\u2026"
    assert repeats(told, cut) and repeats(told, told)
    assert source_labels([(cut, dt.date(2009, 4, 25)), ("Flu fears grow", dt.date(2009, 4, 26)), (told, None)], told) == [
        "article of 25 April 2009", "Flu fears grow", "article"]
    assert link_label(cut, dt.date(2009, 4, 25), told) == "article of 25 April 2009"


@pytest.mark.parametrize(("told", "title"), [
    # a headline the sentence opens with and goes on from: the headline is worth its link
    ("BP oil leak plug 'going as planned' The oil company BP says its attempt is going to plan.",
     "BP oil leak plug 'going as planned'"),
    # another sentence, or too short a title to tell
    ("The council voted on Thursday to fund the repairs.", "The council voted on Friday\u2026"),
    ("Flu spreads to Europe as cases rise.", "Flu spreads\u2026"),
])
def test_a_title_that_tells_more_than_the_sentence_keeps_its_link(told: str, title: str) -> None:
    assert not repeats(told, title)
    assert link_label(title, dt.date(2009, 4, 25), told) == title
