"""Tokenized text reads as the same text untokenized would, and ordinary text is left alone."""
from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from timeline.config import ExtractConfig
from timeline.extract import extract
from timeline.untokenize import untokenize
from timeline.records import Article


def test_penn_treebank_tokens_read_as_text() -> None:
    assert untokenize("Sat Aug 6 , 2011 3:54pm EDT -LRB- Reuters -RRB- - Haiti 's quake ca n't stop .") == (
        "Sat Aug 6, 2011 3:54pm EDT (Reuters) - Haiti's quake can't stop.")
    assert untokenize("He said : ``We will go . '' Prices rose 5 % to $ 30 .") == (
        'He said: "We will go." Prices rose 5% to $30.')
    assert untokenize("as many as 50,000-100 ,000 people, 12,000-19 ,000 barrels, 1.5-2 .5 million gallons") == (
        "as many as 50,000-100,000 people, 12,000-19,000 barrels, 1.5-2.5 million gallons")
    assert untokenize("in 2009 , 100 people ; 3 ,14 and 5 ,0001") == "in 2009, 100 people; 3 ,14 and 5 ,0001"
    assert untokenize("pledged #6m in aid, $11.4 bn (#7.6 bn), #400 million; the #1 seed, #Jan25") == (
        "pledged \u00a36m in aid, $11.4 bn (\u00a37.6 bn), \u00a3400 million; the #1 seed, #Jan25")
    assert untokenize("raised more than #190,000 at #1.30 a mile; the #2 seed, #490, #1,2") == (
        "raised more than \u00a3190,000 at \u00a31.30 a mile; the #2 seed, #490, #1,2")
    assert untokenize(r"Washington\/New York, and\/or, 1\/26\/11 \* Trouble, C:\path") == (
        r"Washington/New York, and/or, 1/26/11 * Trouble, C:\path")


def test_a_backtick_that_opens_a_quote_is_an_apostrophe() -> None:
    assert untokenize("The explosion was a ` kick' and BP called it the `top hat'.") == (
        "The explosion was a 'kick' and BP called it the 'top hat'.")
    assert untokenize("``We will go,'' he said.") == '"We will go," he said.'


def test_a_short_bracket_a_line_break_splits_is_one_again() -> None:
    """Archives with a sentence a line broke tickers and abbreviations in brackets after their period."""
    assert untokenize("BP Plc (BP.\nL) said on Monday it would pay.\nShares rose.") == (
        "BP Plc (BP.L) said on Monday it would pay.\nShares rose.")
    assert untokenize("Munich Re (MUVGn.\nDE) and Shikibo (3109.\nT) fell.") == "Munich Re (MUVGn.DE) and Shikibo (3109.T) fell."
    assert untokenize("(Update 6:34 a.m.\nET) A group marched.") == "(Update 6:34 a.m. ET) A group marched."
    for kept in ("He left (in May.\nThen he came back.)", "The talks ended.\nIt rained (BP said)."):
        assert untokenize(kept) == kept
    assert [s.text for s in extract(Article("a", "a", "", "BP Plc (BP.\nL) said on Monday it would pay.",
                                            dt.date(2010, 5, 5), slug="a"), ExtractConfig()).sentences] == [
        "BP Plc (BP.L) said on Monday it would pay."]


def test_a_line_break_before_a_comma_or_after_a_title_does_not_end_the_sentence() -> None:
    assert untokenize("said Rep. Jane Doe (D-Mass.)\n, the committee's chairman.\nNext.") == (
        "said Rep. Jane Doe (D-Mass.), the committee's chairman.\nNext.")
    assert untokenize("Boats spray the platform off the coast of Louisiana.\n, Thursday, Sept. 2, 2010.") == (
        "Boats spray the platform off the coast of Louisiana, Thursday, Sept. 2, 2010.")
    assert untokenize("Sen. Bob Graham, D-Fla.\n, left, walks.") == "Sen. Bob Graham, D-Fla., left, walks."
    assert untokenize("He lost to then-Sen.\nTom Daschle by one vote.") == "He lost to then-Sen. Tom Daschle by one vote."
    assert untokenize("The hearing for Maj.\nNidal Hasan opened.") == "The hearing for Maj. Nidal Hasan opened."
    # after an abbreviation's period (in its bracket or not) a word in lower case goes on the sentence
    assert untokenize("Sen. John McCain (R-Ariz.)\nmakes a statement.") == "Sen. John McCain (R-Ariz.) makes a statement."
    assert untokenize("The talks ended.\nmore news follows.") == "The talks ended.\nmore news follows."
    # a break between a wire's bracket and its dash: the dateline and its lead are one sentence
    assert untokenize("LONDON (Reuters Life!)\n- More than 2,000 students painted themselves blue.") == (
        "LONDON (Reuters Life!) - More than 2,000 students painted themselves blue.")
    assert untokenize("Items (below)\n- the first one\nThe list (see below)\n- First item.") == (
        "Items (below)\n- the first one\nThe list (see below)\n- First item.")
    assert untokenize("Photograph: guardian.\nco. uk Engineers began.") == "Photograph: guardian.co.uk Engineers began."
    assert untokenize("In April, CDC.\ngov saw more visits.") == "In April, CDC.gov saw more visits."
    # initials a line break split: "U.\nS." is "U.S."
    assert untokenize("Credit: Reuters/Bob Laura/U.\nS. Coast Guard/Handout") == "Credit: Reuters/Bob Laura/U.S. Coast Guard/Handout"
    assert untokenize("the U.\nN. envoy said.") == "the U.N. envoy said."
    for kept in ("The firm grew.\ncome what may, it said.", "The firm grew.\nco-owners left.",
                 "They met on Main St.\nThe talks ended.", "It was the PLO.\nU.S. officials left.", "It rained.\n,\nOdd.", "He spoke to the Fed.\nRep. Doe left."):
        assert untokenize(kept) == kept


def test_ordinary_text_is_unchanged() -> None:
    text = 'The quake (magnitude 7.0) struck at 4:53 pm, killing 5% of "the town"; why?\nHaiti\'s capital.'
    assert untokenize(text) == text


def test_tokenized_and_natural_text_give_the_same_events() -> None:
    natural = "CAIRO, Egypt (CNN) -- Protesters marched on Feb 21, 2011 to Tahrir Square."
    tokenized = "CAIRO , Egypt -LRB- CNN -RRB- -- Protesters marched on Feb 21 , 2011 to Tahrir Square ."
    config, day = ExtractConfig(summarizer="lead"), dt.date(2011, 2, 22)
    events = [[(e.when.value, e.sentence) for e in extract(Article("a", "a", "T", t, day, slug="a"), config).events]
              for t in (natural, tokenized)]
    assert events[0] == events[1] and events[0][0][0] == "2011-02-21"


WORDS = st.text(st.characters(whitelist_categories=("Ll", "Lu", "Nd")), min_size=1, max_size=8)


def tokenize(words: list[tuple[str, str]]) -> tuple[str, str]:
    """A sentence of words each followed by punctuation, written out and as a PTB tokenizer spaces it."""
    natural = " ".join(w + p for w, p in words)
    tokens = " ".join(f"{w} {p}" if p else w for w, p in words)
    return natural, tokens


@given(st.lists(st.tuples(WORDS, st.sampled_from(["", ",", ".", ";", "%", "?"])), min_size=1, max_size=12))
def test_spaced_punctuation_is_closed_up(words: list[tuple[str, str]]) -> None:
    natural, tokens = tokenize(words)
    assert untokenize(tokens) == natural
    assert untokenize(natural) == natural


@given(st.text(max_size=200))
def test_never_longer(text: str) -> None:
    assert len(untokenize(text)) <= len(text)
