"""Headlines and titles cut from sentences: the main clause first, then a word boundary."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.headline import HEADLINE_MAX, headline, shorten


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


@given(st.text(max_size=400))
def test_any_headline_is_a_short_single_line(sentence: str) -> None:
    line = headline(sentence)
    assert len(line) <= HEADLINE_MAX and "\n" not in line
