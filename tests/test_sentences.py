"""The rule sentence splitter: boundaries, abbreviations, and exact spans."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_splits_on_terminal_punctuation_before_a_capital() -> None:
    assert texts("Talks ended. Leaders left! Why? Nobody knows.") == [
        "Talks ended.", "Leaders left!", "Why?", "Nobody knows."]


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    assert texts("Mr. Putin met Dr. Xi on Jan. 5 in the U.S. capital. John F. Kennedy was not there.") == [
        "Mr. Putin met Dr. Xi on Jan. 5 in the U.S. capital.", "John F. Kennedy was not there."]
    # initials run together: "J.P. Morgan", "P.J. Crowley"
    assert texts("The Fed agreed to lend J.P. Morgan Chase $29 billion. Spokesman P.J. Crowley said so.") == [
        "The Fed agreed to lend J.P. Morgan Chase $29 billion.", "Spokesman P.J. Crowley said so."]


def test_closing_quotes_stay_with_their_sentence() -> None:
    assert texts("\u201cIt is over.\u201d He left. (It rained.) Then it stopped.") == [
        "\u201cIt is over.\u201d", "He left.", "(It rained.)", "Then it stopped."]


def test_a_line_break_always_ends_a_sentence() -> None:
    assert texts("Headline without a period\nBody starts here. and goes on\n\n  Next paragraph.  ") == [
        "Headline without a period", "Body starts here. and goes on", "Next paragraph."]


def test_lowercase_after_a_period_is_not_a_boundary() -> None:
    assert texts("It grew 2.5 percent vs. last year. Good.") == ["It grew 2.5 percent vs. last year.", "Good."]


@given(st.text())
def test_spans_index_the_text_and_are_ordered(text: str) -> None:
    sentences = split_sentences(text)
    assert [s.index for s in sentences] == list(range(len(sentences)))
    previous_end = 0
    for s in sentences:
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert s.start >= previous_end
        previous_end = s.end
