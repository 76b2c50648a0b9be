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

    # ranks and the plural titles before two names
    assert texts("The hearing for Maj. Nidal Hasan opened. Sens. John McCain and Barack Obama met Reps. Henry "
                 "Waxman and Spc. Amber Barr at Ft. Hood.") == [
        "The hearing for Maj. Nidal Hasan opened.",
        "Sens. John McCain and Barack Obama met Reps. Henry Waxman and Spc. Amber Barr at Ft. Hood."]
    assert texts("The wave was 30 ft. It hit the town.") == ["The wave was 30 ft.", "It hit the town."]  # feet


def test_closing_quotes_stay_with_their_sentence() -> None:
    assert texts("\u201cIt is over.\u201d He left. (It rained.) Then it stopped.") == [
        "\u201cIt is over.\u201d", "He left.", "(It rained.)", "Then it stopped."]


def test_a_line_break_always_ends_a_sentence() -> None:
    assert texts("Headline without a period\nBody starts here. and goes on\n\n  Next paragraph.  ") == [
        "Headline without a period", "Body starts here. and goes on", "Next paragraph."]


def test_lowercase_after_a_period_is_not_a_boundary() -> None:
    assert texts("It grew 2.5 percent vs. last year. Good.") == ["It grew 2.5 percent vs. last year.", "Good."]


def test_a_sentence_run_in_with_no_stop_is_cut_where_it_opens() -> None:
    # a caption, a fact box's line or a headline set into the text, then a sentence's opener
    assert texts("Clean-up crews work on the marshes In a speech on Wednesday, the president spoke.") == [
        "Clean-up crews work on the marshes", "In a speech on Wednesday, the president spoke."]
    assert texts("Tunisia's ruler fled last month The ex-leader left after mass protests.") == [
        "Tunisia's ruler fled last month", "The ex-leader left after mass protests."]
    assert texts("Mr Obama met congressional leaders Amid growing anger, he will visit the region on Monday.") == [
        "Mr Obama met congressional leaders", "Amid growing anger, he will visit the region on Monday."]
    assert texts("Boats work near Grand Isle, La. (AP) A key safety device had a leak.") == [
        "Boats work near Grand Isle, La. (AP)", "A key safety device had a leak."]
    # "The" or "A" before a name, after a word in lower case that ends a caption or a headline
    assert texts("It was the worst environmental disaster in US history A BP document has revealed the plan.") == [
        "It was the worst environmental disaster in US history", "A BP document has revealed the plan."]
    assert texts("Charity launches Haiti appeal The UK's Disasters Emergency Committee has launched an appeal.") == [
        "Charity launches Haiti appeal", "The UK's Disasters Emergency Committee has launched an appeal."]
    # ... or after a one-word name that ends such a phrase, when what follows is as long as a lead
    assert texts("Aid starts to arrive in Haiti The Democratic Republic of Congo has sent $2.5m in aid.") == [
        "Aid starts to arrive in Haiti", "The Democratic Republic of Congo has sent $2.5m in aid."]
    assert texts("A charity runs a home for Haitians A Cambridge-based charity is helping to re-home them.") == [
        "A charity runs a home for Haitians", "A Cambridge-based charity is helping to re-home them."]
    for whole in ("Oil floats on the surface in Pass A Loutre near Venice, La.",  # a place's name, not a lead
                  # no word in lower case before the name
                  "Posted by: Jack The Ripper at 2:28 PM on the first day of the month.",
                  "He was a guest of the Sunday show Face The Nation with the host for an hour today.",
                  "We read it in The Washington Post and in The New York Times on the same day this week."):
        assert texts(whole) == [whole]
    # ... but not after a word that introduces a title or a name, nor before a letter's designation
    for whole in ("Tom Bower wrote a book called The Squeeze about the oil industry.",
                  "The campaign attacked The Times for its account.",
                  "On Friday, the medical journal The Lancet accused aid agencies of competing.",
                  "The girl tested positive for virus A H1N1 on Friday.", "He lives in The Hague."):
        assert texts(whole) == [whole]
    # so in a gallery's dated caption: the bracketed credit is no chronology's heading in capitals
    assert texts("May 10: Boats work near Grand Isle, La. (AP) A key safety device had a leak.") == [
        "May 10: Boats work near Grand Isle, La. (AP)", "A key safety device had a leak."]
    assert texts("2 JUNE: LOWER MARINE PACKAGE After the top kill failed, BP cut the riser.") == [
        "2 JUNE: LOWER MARINE PACKAGE After the top kill failed, BP cut the riser."]
    # a time that opens a sentence, capitalized after a word in lower case
    assert texts("Rescuers applaud as children are pulled from ruins On Wednesday afternoon, the fleet sailed.") == [
        "Rescuers applaud as children are pulled from ruins", "On Wednesday afternoon, the fleet sailed."]
    assert texts("Hayward apologises on the BP website By Wednesday he had to apologise again.") == [
        "Hayward apologises on the BP website", "By Wednesday he had to apologise again."]


def test_a_run_in_opener_inside_a_name_or_a_phrase_is_no_boundary() -> None:
    for text in ("He went to The Hague on Monday.",  # a name: the next word is capitalized
                 "The virus is caused by type A influenza viruses.",  # after "type"
                 "It was exhibit A for the prosecution.",
                 "The Group of Seven industrialized nations met.",  # after "of"
                 "He was one of The Keating Five who caused it.",  # a count after a name's word
                 "It was printed in the Observer's For the record column.",  # after a possessive
                 "A Government Hand In the Economy Is as Old as the Republic",  # a title's capitals
                 "The rally was held on 20 June 2010 The crowd was large.",  # a stamp or a heading's date
                 "2 JUNE: NEW CAP After the failure of the top kill, the company cut the riser.",  # a dated heading
                 "Fifty people died in the blast It was the worst in years.",  # a sentence that leans back
                 "Law enforcement set the tone early on: In May, the sheriff spoke.",  # after punctuation
                 "The Oil Spill Trust Fund On October 18, the firm wrote a letter.",  # after a capitalized word
                 "It was the last of the protests in May, the police said."):  # a time in lower case
        assert texts(text) == [text]


def test_a_picture_credit_in_brackets_ends_its_caption() -> None:
    # the credit opens the next piece, as at a line's start (where ``boilerplate.strip_dateline`` takes it off);
    # after an abbreviation, which no sentence's end would be without the credit
    assert texts("Sen. John McCain meets business leaders in Columbia, Mo. (By Ricky Carioti -- The Washington "
                 "Post) BELTON, Mo., Oct. 20 -- McCain lashed out at the Texas governor.") == [
        "Sen. John McCain meets business leaders in Columbia, Mo.",
        "(By Ricky Carioti -- The Washington Post) BELTON, Mo., Oct. 20 -- McCain lashed out at the Texas governor."]
    # after a caption with no stop at all
    assert texts("Traders on the floor (By Jay Mallin -- Bloomberg News) Stocks fell on Monday.") == [
        "Traders on the floor", "(By Jay Mallin -- Bloomberg News) Stocks fell on Monday."]
    # a bracket that is no credit stays in its sentence
    assert texts("The rain (by all accounts -- heavy) fell on Monday. By Tuesday it stopped.") == [
        "The rain (by all accounts -- heavy) fell on Monday.", "By Tuesday it stopped."]


def test_a_live_pages_update_stamp_in_brackets_opens_the_next_piece() -> None:
    assert texts("Crowds have offered no assurance (Update 3:30 a.m. in Cairo, 8:30 p.m. ET) Five men were freed.") == [
        "Crowds have offered no assurance", "(Update 3:30 a.m. in Cairo, 8:30 p.m. ET) Five men were freed."]
    assert texts("Riot police came (Updated 8:44 a.m.) Riot police fired tear gas.") == [
        "Riot police came", "(Updated 8:44 a.m.) Riot police fired tear gas."]
    # a bracket with an update's word but no time of day is no stamp
    for whole in ("The figures (updated in May) show a fall.", "An update (Update: the vote is off) came."):
        assert texts(whole) == [whole]


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
