"""Events, not date mentions: one entry a sentence, dated by its main happening."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.config import ExtractConfig
from timeline.extract import extract
from timeline.extract.happenings import continues, reports_happening
from timeline.extract.side_clauses import in_trailing_phrase
from timeline.read.untitled import title_from_text
from timeline.records import Article, Extraction

FRIDAY = dt.date(2011, 3, 18)


def events_of(text: str, published: dt.date | None = FRIDAY) -> list[tuple[str, str]]:
    """(date value, sentence) of every event of a one-article text."""
    return dated(extract(Article("a", "a.txt", "T", text, published, slug="a"), ExtractConfig(summarizer="lead")))


def dated(extraction: Extraction) -> list[tuple[str, str]]:
    """(date value, sentence) of each of an extraction's events."""
    return [(e.when.value, e.sentence) for e in extraction.events]


def extraction_of(text: str) -> Extraction:
    return extract(Article("a", "a.txt", "T", text, FRIDAY, slug="a"), ExtractConfig(summarizer="lead"))


def test_a_sentence_with_several_dates_is_one_event_dated_by_its_finest() -> None:
    assert events_of("The agency released its 2019 survey results on Thursday.") == [
        ("2011-03-17", "The agency released its 2019 survey results on Thursday.")]
    assert events_of("Trade reached $240 billion in 2010, up from $190 billion in 2009.") == [
        ("2010", "Trade reached $240 billion in 2010, up from $190 billion in 2009.")]


def test_other_dates_of_the_sentence_stay_mentions_for_the_key_dates() -> None:
    extraction = extraction_of("Trade reached $240 billion in 2010, up from $190 billion in 2009.")
    assert sorted(m.when.value for m in extraction.mentions) == ["2009", "2010"]


def test_a_running_count_since_a_date_is_dated_the_day_it_was_reported() -> None:
    assert events_of("The toll since March has passed 500.") == [("2011-03-18", "The toll since March has passed 500.")]


def test_a_year_that_names_a_thing_does_not_date_the_happening() -> None:
    assert events_of("The council approved its 2012 budget plan.") == []
    assert events_of("Voters went to the polls in 2010, the council said.") == [
        ("2010", "Voters went to the polls in 2010, the council said.")]


def test_ago_dates_only_a_verb_in_the_simple_past() -> None:
    # with no simple past in the sentence, "N days ago" names a thing (the earthquake), not a happening
    assert events_of("Rescue workers are to begin hunting for survivors near the epicentre of the earthquake "
                     "five days ago.") == []
    assert events_of("Much of the oil gushing from the explosion more than two months ago has washed ashore.") == []
    assert events_of("Ten days ago, the proposals might have worked.") == []
    # a state in the present before it is as of the report
    assert events_of("The weekly report has grown to eight pages from four pages a year ago.") == [
        ("2011-03-18", "The weekly report has grown to eight pages from four pages a year ago.")]
    # a simple past, regular or irregular, before or after it, takes the date
    assert events_of("Protesters took to the streets five days ago.") == [
        ("2011-03-13", "Protesters took to the streets five days ago.")]
    assert events_of("Five days ago, rescuers pulled a woman from the rubble.") == [
        ("2011-03-13", "Five days ago, rescuers pulled a woman from the rubble.")]


def test_the_reports_own_year_dates_no_event() -> None:
    # a forecast, a plan or a state so far this year: no time within the year is told
    assert events_of("The economy may grow 3 percent this year, the bank said.") == []
    assert events_of("The firm will open its first plant in Haiti later this year.") == []
    assert events_of("The economy grew 3 percent last year, the bank said.") == [
        ("2010", "The economy grew 3 percent last year, the bank said.")]
    assert events_of("The economy grew 3 percent in 2011, the bank said.", dt.date(2012, 1, 9)) == [
        ("2011", "The economy grew 3 percent in 2011, the bank said.")]


def test_a_figure_set_against_an_earlier_amount_is_as_of_the_report() -> None:
    assert events_of("BP shares have jumped to 515 pence from around 40 pence in January.") == [
        ("2011-03-18", "BP shares have jumped to 515 pence from around 40 pence in January.")]
    assert events_of("The firm is worth $70bn against more than $120bn in January, the bank said.") == [
        ("2011-03-18", "The firm is worth $70bn against more than $120bn in January, the bank said.")]
    # a clock time is no amount: the show is on the day it names
    assert events_of("The concert will be shown live from 0100 GMT on Saturday, 19 March.") == [
        ("2011-03-19", "The concert will be shown live from 0100 GMT on Saturday, 19 March.")]


def test_a_teaser_after_its_own_time_stamp_is_dated_from_the_stamp() -> None:
    # a link list of earlier reports, each headline stamped: "Wednesday" is the stamp's
    text = ("Protests spread across the region.\nInterim leader pledges a break updated: Wed Mar 2 2011 "
            "14:27:00 The interim president said Wednesday the new government will cut all links with the past.")
    told = "The interim president said Wednesday the new government will cut all links with the past."
    assert events_of(text) == [("2011-03-02", told)]
    extraction = extraction_of(text)
    assert [m.when.value for m in extraction.mentions] == ["2011-03-02", "2011-03-02"]
    # without the stamp, the article's own date anchors it
    assert events_of("Protests spread across the region.\n" + told) == [("2011-03-16", told)]
    # a day in a headline run in before the dateline is the headline's prose, not a stamp
    told = "Jane Doe, who has been missing for more than a week, is to be released Monday, networks said."
    assert events_of("Jane Doe missing since March 4 Groups protest her arrest (CNN) -- " + told,
                     dt.date(2011, 3, 14)) == [("2011-03-14", told)]


def test_a_page_whose_teasers_are_stamped_after_its_date_anchors_nothing_by_that_date() -> None:
    # a list of reports put together after the page's date (FRIDAY, 18 March 2011): each stamped teaser is
    # dated by its stamp, before or after the page's date, and a sentence no stamp opens keeps only a date
    # that writes its year
    vote = "Tunisians voted on Sunday to pick delegates."
    trial = "The interim president said Wednesday the trial will begin soon."
    unstamped = "Troops patrolled the capital on Saturday."
    dated = "The uprising began in Sidi Bouzid on 17 December 2010."
    text = (f"Protests spread across the region.\nTunisia votes updated: Sun Oct 23 2011 17:08:00 {vote}\n"
            f"Trial set updated: Wed Mar 2 2011 14:27:00 {trial}\n{unstamped}\n{dated}")
    assert events_of(text) == [("2011-10-23", vote), ("2011-03-02", trial), ("2010-12-17", dated)]
    assert "2011-03-12" not in {m.when.value for m in extraction_of(text).mentions}  # the unstamped Saturday
    # a single later stamp may be the article's own update: the page's date still anchors the rest
    text = f"Protests spread across the region.\nTunisia votes updated: Sun Oct 23 2011 17:08:00 {vote}\n{unstamped}"
    assert events_of(text) == [("2011-03-13", vote), ("2011-03-19", unstamped)]  # the day after, not 6 back


def test_a_log_over_weeks_without_its_days_headings_keeps_only_dates_that_write_their_month() -> None:
    # entries under one label that name four weekdays three times each: more than a week, whose days
    # the page's date (FRIDAY, 18 March 2011) cannot give
    days = ("Monday", "Tuesday", "Wednesday", "Thursday")
    log = "\n".join(f"In the capital: The council met on {day} to debate item {i}." for i in range(3) for day in days)
    dated = "In the capital: The council approved the budget on March 2."
    as_of_report = "In the capital: The council's debt has doubled since March 2."
    assert events_of(log + "\n" + dated + "\n" + as_of_report) == [("2011-03-02", dated)]
    # a week's weekdays are an ordinary report's, each read against the page's date ...
    short = "\n".join(f"In the capital: The council met on {day} to debate item {i}." for i in range(2) for day in days)
    assert len(events_of(short)) == 8
    # ... and so are a chat's, whose speakers label its lines but which names no day three times
    chat = "\n".join(f"Jane Doe: The council met on Monday to debate item {i}." for i in range(6))
    assert len(events_of(chat)) == 6


def test_a_compilations_later_reports_are_read_against_their_own_datelines() -> None:
    # three wire datelines: reports of several days strung together on a page of FRIDAY, 18 March 2011
    first = "The Senate voted on Thursday to extend the moratorium."
    dated = ("BP said on Wednesday that it would pay all claims.", "BP shares fell on Wednesday.")
    undated = ("Oil reached the coast on Thursday.", "The rig sank on April 22, 2010.")
    text = (f"WASHINGTON (Reuters) -- {first}\nHOUSTON, March 3 (Reuters) -- {dated[0]} {dated[1]}\n"
            f"HOUSTON (Reuters) -- {undated[0]} {undated[1]}")
    assert events_of(text) == [("2011-03-17", first), ("2011-03-02", dated[0]), ("2011-03-02", dated[1]),
                               ("2010-04-22", undated[1])]
    # two datelines are a report and its follow-up: the page's date reads them both
    text = f"WASHINGTON (Reuters) -- {first}\nHOUSTON (Reuters) -- {undated[0]}"
    assert events_of(text) == [("2011-03-17", first), ("2011-03-17", undated[0])]


def test_a_date_naming_the_subject_before_a_present_perfect_is_as_of_the_report() -> None:
    # the subject named by its day: its verb's tense decides
    assert events_of("Tuesday's earthquake killed thousands of people.") == [
        ("2011-03-15", "Tuesday's earthquake killed thousands of people.")]
    assert events_of("Tuesday's earthquake has left an estimated 50,000 dead.") == [
        ("2011-03-18", "Tuesday's earthquake has left an estimated 50,000 dead.")]
    # not a modal's or an infinitive's perfect
    assert events_of("The April 20 explosion is thought to have begun with a surge of gas.", dt.date(2010, 5, 12)) == [
        ("2010-04-20", "The April 20 explosion is thought to have begun with a surge of gas.")]
    # a possessive day before an amount names the thing too
    assert events_of("The minister believes 100,000 people may have died in Tuesday's 7.0-magnitude quake.") == []


def test_a_year_far_from_the_story_needs_a_preposition() -> None:
    assert events_of("The 1989 Exxon Valdez spill was smaller than this one.") == []
    assert events_of("In 1989 the tanker ran aground off Alaska and spilled its cargo.") == [
        ("1989", "In 1989 the tanker ran aground off Alaska and spilled its cargo.")]


def test_a_bare_clock_time_is_not_an_event_and_makes_no_mention() -> None:
    extraction = extraction_of("The rescue team landed at 3 pm and began digging.")
    assert extraction.events == () and extraction.mentions == ()


def test_a_weekday_in_a_future_clause_resolves_forward() -> None:
    assert events_of("The ministers will meet on Wednesday to agree the plan.") == [
        ("2011-03-23", "The ministers will meet on Wednesday to agree the plan.")]
    assert events_of("The ministers met on Wednesday to agree the plan.") == [
        ("2011-03-16", "The ministers met on Wednesday to agree the plan.")]


def test_an_event_told_before_its_day_as_what_was_to_come_is_foretold() -> None:
    """Told before its day in the future or the present, counted forward ("next Wednesday", whatever tense the
    verbs around it are read in: "ruptured" is a past) or bounded by a deadline: foretold; so is a happening
    told on its day in the future. Told in the past (a live page's later lines under the day it was opened),
    on its day in the past, or after it: not."""
    def foretold_of(sentence: str, published: dt.date = dt.date(2010, 5, 28)) -> list[tuple[str, bool]]:
        article = Article("a", "a.txt", "T", f"Officials met in Houston. {sentence}", published, slug="a")
        return [(e.when.value, e.foretold) for e in extract(article, ExtractConfig(summarizer="lead")).events]

    assert foretold_of("The slick is expected to wash ashore on 2 June.") == [("2010-06-02", True)]
    assert foretold_of("Crews are meeting there on 2 June.") == [("2010-06-02", True)]
    assert foretold_of("Ambulances were arriving early on 2 June.") == [("2010-06-02", False)]
    assert foretold_of("Obama flies to the Gulf next Wednesday as oil from the ruptured well spreads.") == [
        ("2010-06-02", True)]
    assert foretold_of("The agency gave the storm a 30 percent chance of strengthening by 2 June.") == [
        ("2010-06-02", True)]
    # told on its day: only in the future, by the verb that governs its date, or "later"
    june_2 = dt.date(2010, 6, 2)
    assert foretold_of("Obama will meet the chairman of BP on 2 June.", june_2) == [("2010-06-02", True)]
    assert foretold_of("BP will report its results later on 2 June.", june_2) == [("2010-06-02", True)]
    assert foretold_of("Obama met the chairman of BP on 2 June.", june_2) == [("2010-06-02", False)]
    assert foretold_of("Obama said on 2 June that he will meet the chairman of BP.", june_2) == [
        ("2010-06-02", False)]
    assert foretold_of("The slick is expected to wash ashore on 2 June.", dt.date(2010, 6, 3)) == [
        ("2010-06-02", False)]
    assert foretold_of("Divers inspected the well on 27 May.") == [("2010-05-27", False)]


def test_an_undated_sentence_that_continues_the_story_takes_its_date() -> None:
    text = "A storm hit the coast on Friday.\nHours later, the ship sank with its cargo.\nThe port is old."
    assert events_of(text) == [("2011-03-18", "A storm hit the coast on Friday."),
                               ("2011-03-18", "Hours later, the ship sank with its cargo.")]


def test_an_undated_sentence_after_an_undated_one_takes_no_date() -> None:
    text = "A storm hit the coast on Friday.\nThe port is old.\nHours later, the ship sank with its cargo."
    assert events_of(text) == [("2011-03-18", "A storm hit the coast on Friday.")]


@pytest.mark.parametrize("sentence", [
    "Do you think the vote on Monday was fair to everyone?",
    "I think the vote on Monday was a big mistake for the town.",
    "Click here to read more about the vote on Monday.",
    "To donate to the appeal before Friday, call the number below.",
    "Showers are forecast for Monday with highs of 20 degrees.",
    "Monday, 14 March 2011",
    # a wire's picture caption or source line: a full date closes it, nothing told in the past or ahead
    "Policemen wearing masks restrict access to a hotel Hong Kong March 14, 2011.",
    "A video grab shows a robotic arm using a wrench during the procedure, March 14, 2011.",
    "This is a rush transcript from “Hannity,” March 14, 2011.",
    # a fact box's items run into one sentence with no stops
    "Most live on less than $2 a day Democratic rule restored in 2006 Economy in ruins and unemployment is chronic "
    "UN peacekeepers deployed - foreign aid seen as vital Massive deforestation has left just 2% forest",
])
def test_a_sentence_that_reports_no_happening_is_no_event(sentence: str) -> None:
    assert not reports_happening(sentence)
    assert events_of(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The quake struck at 4:53 pm on Tuesday, killing thousands.",
    "Officials said on Monday that the well had been capped.",
    "The company will announce its results on Thursday.",
    "“We will rebuild,” the president told reporters on Sunday.",
    # a full date closing prose: the past, or "on" before it
    "The rig exploded and sank in the gulf April 20, 2010.",
    "The town will hold its vote on the plan on March 14, 2011.",
    # prose that names things after words in lower case, up to three times
    "A Republican U.S. representative apologized to BP CEO Tony Hayward on Tuesday, saying BP was the victim of a "
    "White House shakedown.",
])
def test_a_sentence_that_reports_a_happening_is_kept(sentence: str) -> None:
    assert reports_happening(sentence)
    assert len(events_of(sentence)) == 1


def test_continuation_needs_a_sequence_word_a_named_subject_and_the_past() -> None:
    assert continues("Then the crowd moved to the square.")
    assert continues("Hours later, the ship sank with its cargo.")
    assert not continues("Then it sank with its cargo.")  # whose cargo? a reader meets it alone
    assert not continues("They were rescued by a fishing boat.")
    assert not continues("The crowd is large and angry.")
    assert not continues("Analysts expect prices to rise.")


@pytest.mark.parametrize("sentence", [
    "He said on Monday that the plan had failed.",
    "It was the worst storm to hit the coast since Friday.",
    "This was announced on Monday by the council.",
    "But he said on Monday that the plan had failed.",
    "So this discussion on Monday was essential.",
    "It is likely that the council met on Monday.",
])
def test_a_sentence_that_opens_on_a_pronoun_is_no_event(sentence: str) -> None:
    assert events_of(sentence) == []


@pytest.mark.parametrize("sentence", [
    "On Monday, he announced that the plan had failed.",
    "An industry veteran, with 30 years' experience, she joined the board on Monday.",
    "On becoming chairman on Monday, he cut the budget.",
    "After days of trying, they reached the village on Monday.",
])
def test_a_phrase_then_a_pronoun_for_subject_is_no_event(sentence: str) -> None:
    # the phrase before the subject names no one: who "he" is is in another sentence
    assert events_of(sentence) == []


@pytest.mark.parametrize("sentence", [
    "When the mayor visited the camp, he promised help on Monday.",  # the phrase names its "he"
    "The plan failed on Monday, he said.",  # a saying: its words stand alone
    "The plan, he said, was approved on Monday.",
    "Older pupils will return on Monday, he and a spokesman said.",
    "Little was found on Sunday, but on Monday they collected 450 sacks.",  # a clause of its own before the comma
])
def test_a_phrase_then_a_pronoun_that_stands_alone(sentence: str) -> None:
    assert len(events_of(sentence)) == 1


@pytest.mark.parametrize("sentence", [
    "This morning the council approved the plan.",
    "And this week the council approved the plan.",
    "It was the council that approved the plan on Monday.",
])
def test_a_time_of_the_report_or_a_clefts_it_leans_on_nothing(sentence: str) -> None:
    assert len(events_of(sentence)) == 1


@pytest.mark.parametrize("sentence", [
    "“We have done everything we could,” on Monday.",
    "I visited the camp on Monday and the children were hungry.",
    "Our reporter saw the camp on Monday, and we were shocked.",
    "“The well is capped and we are relieved.",
])
def test_a_bare_quote_or_the_writers_own_voice_is_no_event(sentence: str) -> None:
    assert events_of(sentence) == []


def test_a_quote_with_its_speaker_is_a_report() -> None:
    sentence = "“We have done everything we could,” the minister told reporters on Monday."
    assert events_of(sentence) == [("2011-03-14", sentence)]


@pytest.mark.parametrize("sentence", [
    "“We have done everything we could,” she told reporters on Monday.",
    "\"The banks will have to pay,\" they said on Monday.",
    "Some countries will slip toward crisis,” he said on Monday, speaking at a conference.",
])
def test_a_quote_whose_only_speaker_is_a_pronoun_is_no_event(sentence: str) -> None:
    # who spoke is in another sentence: on a day's page the quote has no speaker
    assert events_of(sentence) == []


def test_the_comment_section_makes_no_events() -> None:
    text = ("The harbour reopened on Tuesday after the storm.\n"
            "March 16, 2011 at 5:33 am | Reply\n"
            "Terrible news, I hope everyone was safe on Wednesday.\n"
            "The council met on Monday, wrote another reader.")
    assert events_of(text) == [("2011-03-15", "The harbour reopened on Tuesday after the storm.")]


def test_a_date_that_names_a_thing_inside_the_sentence_does_not_date_it() -> None:
    assert events_of("The disparity between its March 4 filing and the oil recovered grew.") == []
    assert events_of("The commission was created after an April 20 explosion at the rig.") == []
    assert events_of("The March 4 explosion killed eleven workers on the rig.") == [
        ("2011-03-04", "The March 4 explosion killed eleven workers on the rig.")]


def test_a_date_that_bounds_a_state_dates_it_as_of_the_report() -> None:
    assert events_of("The bridge will stay closed until April while engineers work.") == [
        ("2011-03-18", "The bridge will stay closed until April while engineers work.")]


def test_an_opening_with_phrase_that_happens_at_once_dates_the_sentence() -> None:
    sentence = "With bank stocks weighing on the market Thursday, the Dow sank 1.2 percent to 7465.95."
    assert events_of(sentence) == [("2011-03-17", sentence)]


def test_a_fragment_of_a_sentence_is_no_event() -> None:
    assert events_of("L) massive oil spill in the gulf, the minister said on Tuesday.") == []
    assert events_of("and then the minister resigned on Tuesday after the vote.") == []


def test_speech_and_plans_have_no_continuation() -> None:
    assert events_of("The ministers met on Tuesday.\nHe added that the plan had failed.") == [
        ("2011-03-15", "The ministers met on Tuesday.")]
    assert events_of("The ministers will meet on Tuesday.\nThey agreed to cut the budget.") == [
        ("2011-03-22", "The ministers will meet on Tuesday.")]


@pytest.mark.parametrize("sentence", [
    "Critics argue the company was slow to act after the explosion in April.",
    "The well leaked oil into the gulf for weeks before it was capped in July.",
    "Greenpeace urged Bob Dudley, who will take over from October, to change course.",
    "After the explosion on March 2, the company said it would pay every claim.",
    "He said it was the worst spill (following the tanker disaster in 1989) of the decade.",
    "The images are sadder still considering that the pelican left the endangered list only a year ago.",
    "Given that the plant opened in January, its output is unlikely to fall.",
    # an opening "With" phrase that names a plan
    "With Congress scheduled to adjourn next week, no one expects quick action.",
    # nor one whose "-ing" word is a noun
    "With the finding of a rifle 11 days ago, the police say they have enough evidence.",
])
def test_a_date_in_a_side_clause_does_not_date_the_sentence(sentence: str) -> None:
    assert events_of(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The French have been lobbying for a draft resolution endorsed last Friday by European leaders.",
    "Drilling continued on a relief well begun May 2 to intercept the leaking well.",
    "The bill aims for a 17% cut, the same weak target enshrined in a bill passed by the House in June last year.",
    "The firm has spent $2 billion responding to the oil spill triggered by an explosion on a BP oil rig April 20.",
    # a bare plural after the preposition
    "The zoo reopened with two pigs donated by China in 2002.",
    # the verb's own object, opened by a determiner
    "The city has lifted all restrictions imposed last month.",
    "The statement echoed a broad set of principles outlined Friday by the world's richest nations.",
    # a plan's participle with "for", and a possessive for a determiner
    "The move will stop protesters from joining mass rallies planned for Tuesday.",
    "The group will not take part in Egypt's election now scheduled for September.",
    # ... and on an infinitive's object after the clause's own verb
    "The senator asked his rival to delay a debate scheduled for Friday.",
    # an infinitive's object before a preposition's does not hide the preposition's
    "BP tried to collect the oil through the cap installed last week.",
    # an amount inside the noun phrase
    "Investors will lose out on the $2.6 billion payment scheduled for June 21.",
    # a plan's participle set off by a comma after the sentence's own verb
    "The senator postponed a hearing on the matter, scheduled for Thursday, and accused the firm of stonewalling.",
    "The president had ordered a review, set to arrive later this week.",
    # after the comma, a present participle's phrase stands for the sentence's own verb
    "The Dow sank 1.2 percent, dipping below the bear market low of 7552 reached in November.",
])
def test_a_participle_on_a_prepositions_object_dates_only_that_object(sentence: str) -> None:
    assert events_of(sentence) == []


@pytest.mark.parametrize(("sentence", "value"), [
    # a message dates what it tells
    ("The firm admitted its mistakes in a statement released on Thursday.", "2011-03-17"),
    # a verb of saying opens a clause whose subject may hold a preposition's object
    ("Pemex said its platforms in the Campeche Sound continued to work normally on Monday.", "2011-03-14"),
    # "-ed" nouns are no participles
    ("BP retrieved the device from the seabed on Sunday.", "2011-03-13"),
    # "to" opens an infinitive, not a bare noun's phrase
    ("The oil seemed to keep coming ashore unabated on Thursday.", "2011-03-17"),
    # an agent's phrase ends at the next clause's verb
    ("The fund for losses caused by the spill will start making payments on Monday.", "2011-03-21"),
    # a verb of saying opens what was said, no object of its own
    ("Officials said the wells drilled in the gulf were capped on Monday.", "2011-03-14"),
    # "have" and its object: the participle is the predicate's
    ("The State Department says it has no evacuation flights from Egypt planned for Tuesday.", "2011-03-22"),
    # after an infinitive's object, only a plan's participle is one: here "-ed" is the sentence's verb
    ("An attempt to use a larger dome failed on Sunday.", "2011-03-13"),
    # ... and an infinitive in the subject: the plan is what the sentence tells
    ("A new effort to fix the leak planned for Sunday could stop the flow.", "2011-03-20"),
    # an attribution is no participle's phrase of the verb: the report it names dates what it tells
    ("Oil is spreading west, according to a radar image taken Wednesday night by a satellite.", "2011-03-16"),
])
def test_a_participle_on_a_prepositions_object_that_still_dates_the_sentence(sentence: str, value: str) -> None:
    assert events_of(sentence) == [(value, sentence)]


@pytest.mark.parametrize("sentence", [
    "Critics asked why he would skip the traditional Memorial Day ceremony in Arlington.",
    "Within hours of the massive March 2 explosion, the government launched a response.",
])
def test_a_date_after_an_adjective_that_names_a_thing_dates_nothing(sentence: str) -> None:
    assert events_of(sentence) == []


@pytest.mark.parametrize("sentence", [
    "At every stop, the senator is reprising a line he used last Wednesday in his final debate.",
    "In the days that followed, the team became more aggressive, with a message they had refined over the summer.",
    "The contractor is sure that the device he invented eight years ago could seal the well.",
    # "it" too: a company's purchase is the noun's, not the settlement's day
    "The bank agreed to settle lawsuits against Countrywide, the defunct mortgage lender it purchased in July.",
])
def test_a_relative_clause_with_a_pronoun_for_subject_dates_only_its_noun(sentence: str) -> None:
    assert events_of(sentence) == []


@pytest.mark.parametrize(("sentence", "value"), [
    # the clause's noun is the subject of the verb after the date
    ("The senator is a gambler, and the bet he placed on Wednesday may be his biggest.", "2011-03-16"),
    # a clause in the present is no past happening's
    ("Police questioned the people they know in the town on Thursday.", "2011-03-17"),
    # a verb of saying or hoping before the pronoun opens a reported clause, not a noun's
    ("After the first attempt failed, the company announced it would try again on Saturday night.", "2011-03-19"),
    ("After the first attempt failed, the company hoped it would try again on Saturday night.", "2011-03-19"),
    ("After the first attempt failed, the company made clear it would try again on Saturday night.", "2011-03-19"),
])
def test_a_relative_clause_with_a_pronoun_that_still_dates_the_sentence(sentence: str, value: str) -> None:
    assert events_of(sentence) == [(value, sentence)]


@pytest.mark.parametrize("sentence", [
    "Hayward denied any link between the rig blast in January and earlier safety lapses.",
    "BP has faced mounting anger over the accident on 20 February.",
    "The fine included $50m relating to a refinery explosion in 2005.",
    "The panel is investigating the cause of the disaster on 20 February.",
])
def test_a_past_event_named_as_a_topic_keeps_its_date_to_itself(sentence: str) -> None:
    assert events_of(sentence) == []


@pytest.mark.parametrize(("sentence", "value"), [
    # the verb's happening is the event's
    ("Eleven workers were killed by the explosion on 20 February.", "2011-02-20"),
    ("Thousands died in the earthquake on 20 February.", "2011-02-20"),
    # a day this near the report may be the verb's
    ("Obama took responsibility for the response to the spill on Thursday.", "2011-03-17"),
])
def test_a_past_event_named_otherwise_still_dates_the_sentence(sentence: str, value: str) -> None:
    assert events_of(sentence) == [(value, sentence)]


def test_a_date_after_a_noun_still_dates_its_verb() -> None:
    sentence = "Looking at the protests Tuesday in Cairo, the analyst saw no turning point."
    assert events_of(sentence) == [("2011-03-15", sentence)]


@pytest.mark.parametrize(("sentence", "value"), [
    # the phrase "including ..." ends before the sentence's own verb
    ("A group of senators including Robert Menendez introduced legislation Monday.", "2011-03-14"),
    ("Leading poets including Carol Ann Duffy are taking part in a poetry event tonight.", "2011-03-18"),
])
def test_a_verb_after_an_including_phrase_is_the_sentences(sentence: str, value: str) -> None:
    assert events_of(sentence) == [(value, sentence)]


@pytest.mark.parametrize("sentence", [
    # ... but a relative's verb or a participle with its date is the phrase's own
    "Several countries, including Spain which reported cases on Monday, tightened checks.",
    "Unlike the judge who ruled last month, the federal judge voided the whole act.",
    "The era began with new rules, including the moratorium announced last month by the president.",
])
def test_a_date_inside_an_including_phrase_dates_nothing(sentence: str) -> None:
    assert events_of(sentence) == []


def test_considering_as_a_verb_opens_no_side_clause() -> None:
    sentence = "Japan is considering ending the health checks at airports on Friday."
    assert events_of(sentence) == [("2011-03-18", sentence)]


def test_a_period_a_state_is_measured_over_dates_it_as_of_the_report() -> None:
    assert events_of("The cost of the spill has risen by $2bn in the past month alone.") == [
        ("2011-03-18", "The cost of the spill has risen by $2bn in the past month alone.")]


def test_the_main_clause_date_wins_over_the_reported_one() -> None:
    assert events_of("The minister said on Tuesday that the plant exploded on Monday.") == [
        ("2011-03-15", "The minister said on Tuesday that the plant exploded on Monday.")]


def test_a_far_year_dates_a_sentence_only_when_it_opens_on_it() -> None:
    assert events_of("In 1989, a tanker ran aground off Alaska and spilled its cargo.") == [
        ("1989", "In 1989, a tanker ran aground off Alaska and spilled its cargo.")]
    assert events_of("The singer was born in Haiti in 1972 but moved to New York.") == []


@pytest.mark.parametrize("sentence", [
    "If the talks fail on Monday, the strike will spread to the ports.",
    "Think of the vote on Monday as a test of the government.",
])
def test_a_condition_or_an_invitation_to_think_is_no_event(sentence: str) -> None:
    assert events_of(sentence) == []


def test_the_same_sentence_in_two_articles_is_one_entry_dated_by_the_earliest_report() -> None:
    from timeline.assemble import assemble

    text = "Protesters marched to the square on Tuesday, witnesses said."
    articles = [Article("early", "a", "A", text, dt.date(2011, 1, 27), slug="early"),
                Article("late", "b", "B", text, dt.date(2011, 2, 3), slug="late")]  # a live page copied on
    config = ExtractConfig(summarizer="lead")
    timeline = assemble(articles, {a.id: extract(a, config) for a in articles}, title="T")
    (entry,) = timeline.entries
    assert entry.when.value == "2011-01-25" and [s.article_id for s in entry.sources] == ["early", "late"]


def test_an_entry_whose_sentence_names_its_date_weighs_more_than_one_dated_by_its_context() -> None:
    from timeline.assemble import NAMED_WEIGHT, assemble

    text = ("The river burst its banks on Tuesday, officials said. "  # names its day
            "Then the water flooded 200 homes in the town.")  # dated by the sentence before: no date of its own
    article = Article("a", "a", "A", text, dt.date(2011, 1, 27), slug="a")
    timeline = assemble([article], {"a": extract(article, ExtractConfig(summarizer="lead"))}, title="T")
    by_sentence = {entry.sentence: entry for entry in timeline.entries}
    named = by_sentence["The river burst its banks on Tuesday, officials said."]
    dated_by_context = by_sentence["Then the water flooded 200 homes in the town."]
    assert dated_by_context.when == named.when  # the same day, each reported once ...
    assert named.importance - dated_by_context.importance == NAMED_WEIGHT  # ... the one that names it first
    assert NAMED_WEIGHT < 1  # less than one more report: it orders entries of as many reports


def test_an_entry_that_tells_the_story_in_its_words_weighs_more_up_to_three_of_them() -> None:
    from timeline.assemble import STORY_WORD_WEIGHT, STORY_WORDS_COUNTED, assemble

    text = ("The river burst its banks on Tuesday, officials said. "  # river, banks: two of the story's words
            "A school choir sang in the town hall on Tuesday. "  # none
            "The flood left the river town's levee, dam and banks broken on Tuesday.")  # five
    article = Article("a", "a", "A", text, dt.date(2011, 1, 27), slug="a")
    profile = frozenset({"river", "banks", "flood", "levee", "dam", "town's"})
    timeline = assemble([article], {"a": extract(article, ExtractConfig(summarizer="lead"))}, title="T",
                        profile=profile)
    weight = {entry.sentence.split()[1]: entry.importance for entry in timeline.entries}
    assert len({entry.when for entry in timeline.entries}) == 1  # the same day, each reported once
    assert round(weight["river"] - weight["school"], 6) == round(2 * STORY_WORD_WEIGHT, 6)
    assert round(weight["flood"] - weight["school"], 6) == round(STORY_WORDS_COUNTED * STORY_WORD_WEIGHT, 6)
    assert STORY_WORDS_COUNTED * STORY_WORD_WEIGHT < 1  # less than one more report
    unweighed = assemble([article], {"a": extract(article, ExtractConfig(summarizer="lead"))}, title="T")
    assert len({entry.importance for entry in unweighed.entries}) == 1  # no profile, no story words


def test_an_entry_that_opens_with_a_quotation_weighs_less() -> None:
    from timeline.assemble import QUOTED_WEIGHT, assemble

    text = ("\u201cWe will rebuild the levee,\u201d the mayor said on Tuesday. "
            "The mayor said on Tuesday that the town would rebuild the levee.")
    article = Article("a", "a", "A", text, dt.date(2011, 1, 27), slug="a")
    timeline = assemble([article], {"a": extract(article, ExtractConfig(summarizer="lead"))}, title="T")
    (quoted,) = [entry for entry in timeline.entries if entry.sentence.startswith("\u201c")]
    (told,) = [entry for entry in timeline.entries if entry.sentence.startswith("The mayor")]
    assert quoted.when == told.when  # the same day, each reported once ...
    assert round(told.importance - quoted.importance, 6) == QUOTED_WEIGHT  # ... the quotation weighs less


def test_an_entry_that_opens_on_a_leaning_connective_weighs_less() -> None:
    from timeline.assemble import LEANING_WEIGHT, assemble

    text = ("But the town will rebuild the levee, the mayor said on Tuesday. The mayor said on Tuesday that the town "
            "would rebuild the levee. Meanwhile the town will rebuild the bridge, the mayor said on Tuesday.")
    article = Article("a", "a", "A", text, dt.date(2011, 1, 27), slug="a")
    timeline = assemble([article], {"a": extract(article, ExtractConfig(summarizer="lead"))}, title="T")
    weight = {entry.sentence.split()[0]: entry.importance for entry in timeline.entries}
    assert round(weight["The"] - weight["But"], 6) == LEANING_WEIGHT  # the same day, each reported once
    assert weight["Meanwhile"] == weight["The"]  # a connective that does not lean on the sentence before
    from timeline.assemble import _LEANING_CONNECTIVE

    leaning = ("So, the town", "However, the town", "Yet the town", "And the town")
    alone = ("So-called rebels", "So far, 300 people", "Yet another bomb", "However much", "Andrew said", "Butler's")
    assert [bool(_LEANING_CONNECTIVE.match(s)) for s in leaning + alone] == [True] * 4 + [False] * 6


def test_an_entry_told_only_as_what_was_to_come_keeps_half_its_weight() -> None:
    """Two articles before the day tell the meeting ahead, one after it tells the fund agreed at it: by the
    reports' count the preview came first on a month page; kept at half, it comes after the outcome."""
    from timeline.assemble import EXPECTED_FACTOR, assemble

    articles = [Article("p1", "p1", "P1", "Obama will meet BP's chairman on Wednesday.", dt.date(2010, 6, 14),
                        slug="p1"),
                Article("p2", "p2", "P2", "Obama will meet BP's chairman on Wednesday.", dt.date(2010, 6, 15),
                        slug="p2"),
                Article("r", "r", "R", "BP agreed on Wednesday to set up a $20 billion fund.", dt.date(2010, 6, 17),
                        slug="r")]
    config = ExtractConfig(summarizer="lead")
    timeline = assemble(articles, {a.id: extract(a, config) for a in articles}, title="T")
    weight = {entry.sentence.split()[1]: (entry.importance, entry.expected) for entry in timeline.entries}
    assert weight == {"will": (round((2 + 0.5 + 0.25) * EXPECTED_FACTOR, 3), True), "agreed": (1 + 0.5 + 0.25, False)}


def test_a_news_lead_that_tells_a_day_befores_happening_again_keeps_half_its_weight() -> None:
    """The news of a day is told the next morning as what "has" happened: under the day of its report it
    retells the happening its first reports dated, and gives the place to that day's own news."""
    from timeline.assemble import NAMED_WEIGHT, RETOLD_FACTOR, assemble

    articles = [
        Article("d1", "d1", "D1", "A massive earthquake hit the island of Haiti on Tuesday.", dt.date(2010, 1, 12),
                slug="d1"),
        Article("d2", "d2", "D2", "A massive earthquake has hit the Caribbean island of Haiti. "
                "Rescue teams flew to the island on Wednesday.", dt.date(2010, 1, 13), slug="d2"),
        Article("d5", "d5", "D5", "A massive earthquake has hit the island of Haiti.", dt.date(2010, 1, 16),
                slug="d5")]
    config = ExtractConfig(summarizer="lead")
    timeline = assemble(articles, {a.id: extract(a, config) for a in articles}, title="T")
    weight = {(entry.when.value, entry.sentence.split()[1]): entry.importance for entry in timeline.entries}
    named, lead = 1 + 0.5 + NAMED_WEIGHT, 1 + 0.5
    assert weight == {("2010-01-12", "massive"): named, ("2010-01-13", "massive"): round(lead * RETOLD_FACTOR, 3),
                      ("2010-01-13", "teams"): named,
                      ("2010-01-16", "massive"): lead}  # four days on: no longer the day before's news


@pytest.mark.parametrize(("sentence", "lead"), [
    ("Greenpeace campaigners unfurled a protest banner at the firm's headquarters BP has said more oil is flowing.",
     "BP has said more oil is flowing."),
    # the caption's own perfect is passed over for the lead's
    ("The drug has been offered to those in close contact with the flu Experts have reported the first resistant case.",
     "Experts have reported the first resistant case."),
    ("The rig explosion led to the worst environmental catastrophe in US history BP shares have fallen again.",
     "BP shares have fallen again."),
])
def test_a_caption_run_into_a_news_lead_is_left_off_its_event(sentence: str, lead: str) -> None:
    article = Article("a", "a", "", sentence + "\nThe company said nothing more about it.", dt.date(2010, 6, 1),
                      slug="a")
    (event,) = extract(article, ExtractConfig(summarizer="lead")).events
    assert event.sentence == lead and event.when.value == "2010-06-01" and not event.expression  # as of its report


@pytest.mark.parametrize("sentence", [
    "The popular uprisings against strongmen in Tunisia and now Egypt have triggered aftershocks in the region.",
    "Filling stations of the oil company across London have been shut down by activists.",
    "BP Plc's incoming Chief Executive Bob Dudley has ousted the group's exploration chief.",  # too few words before
    "Shares of the oil giant BP have fallen sharply in London trading again.",  # a name after a trade's noun
    # what a verb of thinking or saying takes is no lead of its own: the fear is not the happening
    "Scientists at the University of Miami fear Gulf currents have carried oil towards Florida.",
    "Residents along the coast of Louisiana hope BP engineers have finally stopped the leak.",
    "Protesters in the streets of Cairo claim Egyptian police have killed dozens of demonstrators.",
    # the lead's own perfect comes first: a later one is a clause of it
    "The United Nations has begun flying in the food aid Haitian officials have asked for since the quake.",
    "BP has said the oil spill Louisiana fishermen have feared for weeks has reached the coast.",
    "Experts have warned that the outbreak could spread through crowded schools Health officials have said.",
    # a caption ends on a word in lower case, outside any quotation
    "The oil spill was discussed at the White House with US President Barack Obama BP has said it will pay.",
    "Residents held up signs reading \u2018the oil giant is lying Louisiana fishermen have lost everything\u2019 here.",
])
def test_a_name_inside_a_leads_subject_is_no_caption_end(sentence: str) -> None:
    from timeline.extract.news_leads import caption_before_subject

    assert caption_before_subject(sentence) == 0


def test_an_earlier_day_is_retold_only_in_its_words_without_news_of_its_own() -> None:
    from timeline.assemble.told_before import EARLIER_DAYS, EarlierDays

    quake = dt.date(2010, 12, 30)  # the window runs across a year's end
    days = EarlierDays()
    days.add(quake, 2.0, "A massive earthquake hit the island of Haiti on Tuesday.")
    assert not days.retells(quake, "A massive earthquake has hit the island of Haiti.")  # the same day
    assert days.retells(quake + dt.timedelta(days=1), "A massive earthquake has hit the Caribbean island of Haiti.")
    # a name the earlier day lacks that opens the sentence, two names more, a new figure, or other words
    assert not days.retells(quake + dt.timedelta(days=1), "Cuba felt a massive earthquake hit the island of Haiti.")
    assert not days.retells(quake + dt.timedelta(days=1),
                            "A massive earthquake has hit the island of Haiti and Cuba's Oriente.")
    assert not days.retells(quake + dt.timedelta(days=1), "A massive earthquake of 7.0 has hit the island of Haiti.")
    assert not days.retells(quake + dt.timedelta(days=1), "Rescue teams flew to the island on Wednesday.")
    assert days.retells(quake + dt.timedelta(days=EARLIER_DAYS), "A massive earthquake has hit the island of Haiti.")
    assert not days.retells(quake + dt.timedelta(days=EARLIER_DAYS + 1),
                            "A massive earthquake has hit the island of Haiti.")
    with pytest.raises(ValueError):
        days.add(quake, 1.0, "An earlier day fed late.")


def test_an_earlier_day_is_compared_by_its_most_important_entries_ties_to_the_earlier() -> None:
    from timeline.assemble.told_before import EARLIER_COMPARED, EarlierDays

    day = dt.date(2010, 1, 12)
    days = EarlierDays()
    days.add(day, 1.0, "A massive earthquake hit the island of Haiti on Tuesday.")  # the least important: left out
    for n in range(EARLIER_COMPARED):
        days.add(day, 2.0, f"Rescue team number {n} flew to the capital.")
    assert not days.retells(day + dt.timedelta(days=1), "A massive earthquake has hit the island of Haiti.")
    days = EarlierDays()
    days.add(day, 2.0, "A massive earthquake hit the island of Haiti on Tuesday.")  # of equal weight, the earlier kept
    for n in range(EARLIER_COMPARED):
        days.add(day, 2.0, f"Rescue team number {n} flew to the capital.")
    assert days.retells(day + dt.timedelta(days=1), "A massive earthquake has hit the island of Haiti.")


def test_a_forecast_is_no_earlier_happening_that_a_lead_retells() -> None:
    """A lead that reports a plan done is the day's news: the plan told ahead of the day before is no happening."""
    from timeline.assemble import assemble

    articles = [Article("f", "f", "F", "BP will start the top kill operation on the leaking well on Wednesday.",
                        dt.date(2010, 5, 25), slug="f"),
                Article("d", "d", "D", "BP has started the top kill operation on the leaking well.", dt.date(2010, 5, 27),
                        slug="d")]
    config = ExtractConfig(summarizer="lead")
    timeline = assemble(articles, {a.id: extract(a, config) for a in articles}, title="T")
    done = next(entry for entry in timeline.entries if entry.sentence.startswith("BP has started"))
    assert done.importance == 1 + 0.5  # one report of a day, dated as of it: not halved


def test_a_span_of_years_dates_no_happening_at_either_end() -> None:
    assert events_of("The drum vented vapours eight times from 2002 to 2006, a report found.") == []
    assert events_of("Prices rose sharply between 2009 and 2010 across the region.") == []
    # nor a span of days with a bracket saying what one end was
    assert events_of("The average flow between 22 April (the day the rig sank) and 3 June was 56,000 barrels a day.",
                     dt.date(2010, 9, 23)) == []


def test_a_date_in_a_since_clause_dates_the_state_as_of_the_report() -> None:
    sentence = "Shares have fallen by a third since the rig caught fire on 5 March."
    assert events_of(sentence) == [("2011-03-18", sentence)]
    # across a name or a participle's phrase set off by commas inside the clause
    sentence = "Oil has been spewing since the rig Deepwater Horizon, leased by BP, exploded on 5 March."
    assert events_of(sentence) == [("2011-03-18", sentence)]


@pytest.mark.parametrize("sentence", [
    "Organisers of Sunday's awards in Los Angeles have pledged $100,000 to the appeal.",
    "Medical help is slowly getting to the survivors of last week's earthquake in the capital.",
    "Global airlines could face a bumpier landing than during the 2003 SARS crisis, analysts warn.",
    "Dodd became one of the faces of the 2008-2009 crisis and of the reforms after it.",  # a range names it too
    "Eric Doubt, director of Healing Hands - a charity set up 10 years ago to help the disabled - spoke out.",
    # what something is compared with: "compare <it> with <a date's happening>"
    "The senator went on to compare the crisis in the markets with the floods of March 3 and called for unity.",
    "It is worth comparing that with the figures of a week ago, when there were 17,410 cases.",
])
def test_a_possessive_a_named_thing_or_an_apposition_does_not_date_the_sentence(sentence: str) -> None:
    assert events_of(sentence) == []


def test_a_possessive_date_as_the_subject_dates_its_happening() -> None:
    assert events_of("Tuesday's protests drew thousands of people into the streets.") == [
        ("2011-03-15", "Tuesday's protests drew thousands of people into the streets.")]


def test_a_present_state_with_a_past_date_aside_is_dated_as_of_the_report() -> None:
    sentence = "Haiti is still struggling to recover from devastating hurricanes in 2008."
    assert events_of(sentence) == [("2011-03-18", sentence)]
    # a past happening, or a present one in reported speech, keeps its own date
    assert events_of("Haiti was struck by devastating hurricanes in 2008.")[0][0] == "2008"
    assert events_of("Britain is doubling inspections of rigs, the minister said in June.")[0][0] == "2010-06"


def test_the_baseline_of_a_change_dates_it_as_of_the_report() -> None:
    sentence = "Home prices have fallen about 25 percent from their peak in 2006, the survey shows."
    assert events_of(sentence) == [("2011-03-18", sentence)]
    # a second baseline listed after the first is one too
    sentence = ("The Treasury must now pay 3.5 percent to borrow money, up from about 3.1 percent a month ago and "
                "2.9 percent three months ago.")
    assert events_of(sentence) == [("2011-03-18", sentence)]
    sentence = "Opposition has increased to 48 percent, up from 38 percent in mid-May and 22 percent in early April."
    assert events_of(sentence, dt.date(2010, 6, 10)) == [("2010-06-10", sentence)]
    # an amount named as a peak, a high or a low
    sentence = "About 24 percent of the waters are closed to fishing, down from a peak of 37 percent in early June."
    assert events_of(sentence, dt.date(2010, 8, 7)) == [("2010-08-07", sentence)]
    # a past point named without a preposition ("last Friday", "... ago") is a baseline too, with its units
    sentence = "The swaps have jumped from around 100 basis points last Friday and 42 basis points in April."
    assert events_of(sentence, dt.date(2010, 6, 2)) == [("2010-06-02", sentence)]
    sentence = "Support for drilling has slipped from 64 percent last August to 52 percent now."
    assert events_of(sentence, dt.date(2010, 6, 10)) == [("2010-06-10", sentence)]
    # ... but not the change's own time after it ("to 5 from 3 this week")
    assert events_of("Shares rose from 5 percent to 7 percent last Friday.", dt.date(2010, 6, 2)) == [
        ("2010-05-28", "Shares rose from 5 percent to 7 percent last Friday.")]
    # ... and a happening listed after a baseline keeps its date
    assert events_of("Prices rose 5 percent from a year ago, and the bank cut rates on Tuesday.")[0][0] == "2011-03-15"


def test_a_participles_date_in_the_subject_is_not_the_main_verbs() -> None:
    # "killed ... on 12 January" describes the worker; the sentence tells that the body has been identified,
    # as of the report
    sentence = "The body of a UN worker killed in the quake on 12 January has been identified as Ann Barnes."
    assert events_of(sentence, dt.date(2010, 1, 27)) == [("2010-01-27", sentence)]
    # ... but a past verb with its own date is the happening, and so is one after "and"
    assert events_of("The rig exploded on April 20 and has been leaking ever since.", dt.date(2010, 5, 1)) == [
        ("2010-04-20", "The rig exploded on April 20 and has been leaking ever since.")]
    # a present progressive or "remains" is such a main verb too
    sentence = "A containment cap placed on the blown-out well last week is now helping to contain the oil."
    assert events_of(sentence, dt.date(2010, 6, 9)) == [("2010-06-09", sentence)]
    # ... but a relative clause is no participle: its verb is the happening
    sentence = "The rig that exploded on April 20 is now on the sea floor."
    assert events_of(sentence, dt.date(2010, 5, 1)) == [("2010-04-20", sentence)]


def test_a_part_of_a_named_year_dates_its_happening() -> None:
    sentence = "In India, half a million jobs vanished in the last three months of 2008, the bank said."
    assert events_of(sentence) == [("2008-Q4", sentence)]


def test_a_date_inside_a_quote_is_the_speakers_not_the_reports() -> None:
    assert events_of("“We saw this coming in 2009,” the minister told the crowd.") == []
    sentence = "“The oil plume has visibly declined today,” a spokesman said."
    assert events_of(sentence) == [("2011-03-18", sentence)]


def test_a_fiscal_period_dates_its_figures_not_their_report() -> None:
    sentence = "Goldman Sachs reported a 70 percent drop in third-quarter net income."
    assert events_of(sentence, dt.date(2008, 9, 16)) == [("2008-09-16", sentence)]


def test_a_date_ahead_of_which_something_happened_does_not_date_it() -> None:
    assert events_of("The report, released ahead of a summit of ministers this week, called for reform.") == []


def test_a_four_digit_clock_time_is_not_a_day() -> None:
    assert events_of("The quake struck the capital at 1653 (2153 GMT), witnesses said.") == []


def test_a_live_page_dates_a_bare_weekday_near_its_first_post() -> None:
    posts = "\n".join(f"(Update {h}:30 a.m. ET) Crowds gathered in the square again, witnesses said." for h in (2, 3, 4))
    text = posts + "\nThe ruling party's offices were burned Friday, a reporter told CNN."
    thursday = dt.date(2011, 2, 3)
    assert ("2011-02-04", "The ruling party's offices were burned Friday, a reporter told CNN.") in events_of(text, thursday)
    # a plain article too: the day after its date is nearer than six days back; "last Friday" and "since
    # Friday" are the one before
    assert events_of("The ruling party's offices were burned Friday, a reporter told CNN.", thursday) == [
        ("2011-02-04", "The ruling party's offices were burned Friday, a reporter told CNN.")]
    assert events_of("The ruling party's offices were burned last Friday, a reporter told CNN.", thursday) == [
        ("2011-01-28", "The ruling party's offices were burned last Friday, a reporter told CNN.")]
    assert events_of("The offices have been closed since Friday, a reporter told CNN.", thursday) == [
        ("2011-02-03", "The offices have been closed since Friday, a reporter told CNN.")]
    # two days after: still the one before
    assert events_of("The ruling party's offices were burned Saturday, a reporter told CNN.", thursday) == [
        ("2011-01-29", "The ruling party's offices were burned Saturday, a reporter told CNN.")]


def test_a_live_pages_post_stamp_is_no_part_of_its_event() -> None:
    text = ("Live updates.\n1808 The UN says aid arrived on Friday.\n1532 Rescuers pulled a girl out on Friday.\n"
            "2012 A US rescue unit arrived in Haiti on Thursday, its leader said.")
    assert events_of(text, dt.date(2010, 1, 15)) == [
        ("2010-01-15", "The UN says aid arrived on Friday."), ("2010-01-15", "Rescuers pulled a girl out on Friday."),
        ("2010-01-14", "A US rescue unit arrived in Haiti on Thursday, its leader said.")]
    # elsewhere a line's opening four digits may be a chronology's year, and stay
    assert events_of("2012 A US rescue unit arrived in Haiti on Thursday, its leader said.", dt.date(2010, 1, 15)) == [
        ("2010-01-14", "2012 A US rescue unit arrived in Haiti on Thursday, its leader said.")]


def test_a_live_pages_update_stamp_ends_what_came_before_it() -> None:
    # the stamp cuts its line, stop or none, and comes off the post it opens
    text = ("Life at near standstill in the capital (Update 3:30 a.m. in Cairo, 8:30 p.m. ET) Five activists "
            "were released Friday by military police, their groups said.\n"
            "-- (Update 4:25 a.m. Cairo, 9:25 p.m. ET) The president urged his new government Sunday to talk.\n"
            "(Updated 8:44 a.m.) Riot police used tear gas on protesters in Suez on Friday, state TV reported.")
    assert events_of(text, dt.date(2011, 2, 6)) == [
        ("2011-02-04", "Five activists were released Friday by military police, their groups said."),
        ("2011-02-06", "The president urged his new government Sunday to talk."),
        ("2011-02-04", "Riot police used tear gas on protesters in Suez on Friday, state TV reported.")]


def test_a_live_pages_post_is_of_the_day_its_stamps_tell() -> None:
    """Newest post first: the page's date is its first post's unless a stamp names the day; a stamp past
    midnight after one late in the evening is of the next day; of two clocks, Eastern time's is the writer's."""
    tuesday = dt.date(2011, 2, 1)
    text = ("(Update 12:40 a.m. Thursday in Cairo, 5:40 p.m. ET Wednesday) Police cleared the square today, "
            "witnesses said.\n"
            "(Update 11:35 p.m. Cairo, 4:35 p.m. ET) Officials said earlier today that 400 people were wounded.\n"
            "(Update 9:19 a.m. Wednesday in Cairo, 2:19 a.m. ET Wednesday) The airline canceled flights today, "
            "state TV said.")
    assert events_of(text, tuesday) == [
        ("2011-02-02", "Police cleared the square today, witnesses said."),
        ("2011-02-02", "Officials said earlier today that 400 people were wounded."),
        ("2011-02-02", "The airline canceled flights today, state TV said.")]
    # no weekday in the stamps: the page's date, and the next day after the clock passes midnight
    text = ("(Update 1:15 a.m. ET) Protesters marched again today, witnesses said.\n"
            "(Update 11:50 p.m. ET) Soldiers fired shots into the air today, a reporter said.\n"
            "(Update 9:05 p.m. ET) The president spoke on television today, state media said.")
    assert events_of(text, tuesday) == [
        ("2011-02-02", "Protesters marched again today, witnesses said."),
        ("2011-02-01", "Soldiers fired shots into the air today, a reporter said."),
        ("2011-02-01", "The president spoke on television today, state media said.")]


def test_a_live_pages_post_days_read_each_stamp_as_written() -> None:
    from timeline.extract.live import post_days

    def days(text: str) -> list[str]:
        """Each line's day where it is not the page's."""
        starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"][:-1]
        found = post_days(text, starts, dt.date(2011, 2, 1))  # a Tuesday
        return [found[i].isoformat() if i in found else "page" for i in range(len(starts))]

    # a named weekday is the nearest such day, before the page's date too
    assert days("(Update 9 a.m. ET Monday) A.\n(Update 8 p.m. ET Sunday) B.\n(Update 7 p.m. ET Sunday) C.\n") == [
        "2011-01-31", "2011-01-30", "2011-01-30"]
    # oldest first, told by the clocks' steps on a 24-hour circle
    assert days("(Update 9:05 p.m. ET) A.\n(Update 11:50 p.m. ET) B.\n(Update 1:15 a.m. ET) C.\n") == [
        "page", "page", "2011-02-02"]
    # a year is no clock, and a clock without "a.m." or "p.m." turns no day
    assert days("(Updated with 2011 toll) A.\n(Update 11:50 p.m. ET) B.\n(Update 10:15 p.m. ET) C.\n"
                "(Update 9:15 p.m. ET) D.\n") == ["page"] * 4
    assert days("(Update 1:30 a.m. in Cairo, 6:30 ET) A.\n(Update 1:00 a.m. in Cairo, 6:00 p.m. ET) B.\n"
                "(Update 11:50 p.m. Cairo, 4:50 p.m. ET) C.\n") == ["page"] * 3
    # a typo's evening among morning posts turns no day
    assert days("(Update 10:56 a.m. ET) A.\n(Update 10:50 p.m. ET) B.\n(Update 10:35 a.m. ET) C.\n"
                "(Update 9:20 a.m. ET) D.\n") == ["page"] * 4


def test_a_live_pages_update_stamp_opening_a_sentence_is_taken_off() -> None:
    from timeline.extract.live import without_post_stamp

    assert without_post_stamp("(Update 2:18 a.m. in Cairo, 7:17 p.m. ET) iReporter Dax Roque took these pictures.") == (
        "iReporter Dax Roque took these pictures.")
    assert without_post_stamp("(Updated 9:45 a.m. ET (1645 in Egypt) Unrest is worsening.") == "Unrest is worsening."
    assert without_post_stamp("(Update on the talks) Nothing new.") == "(Update on the talks) Nothing new."
    assert without_post_stamp("(Update on the 3 talks) Nothing new.") == "(Update on the 3 talks) Nothing new."
    assert without_post_stamp("(Update 4:25 a.m. Cairo, 9:25 p.m. ET) -- The president urged talks.") == (
        "The president urged talks.")


def test_a_caption_above_a_bracketed_picture_credit_is_no_event() -> None:
    # anywhere on the page, not only at its top: the credit under a picture closes its caption
    text = ("Congress met on Tuesday to weigh the bailout plan for the banks, aides said.\n"
            "Lawmakers argued for hours over its cost to taxpayers.\n"
            "The Treasury Secretary has been urged to calm the markets on Friday.\n"
            "(Bill O'leary - The Washington Post) The Senate voted on Friday to pass the plan, 74 to 25.")
    assert events_of(text) == [("2011-03-15", "Congress met on Tuesday to weigh the bailout plan for the banks, aides said."),
                               ("2011-03-18", "The Senate voted on Friday to pass the plan, 74 to 25.")]
    # a bracket that names no photographer is no credit ("of" in a college's name)
    named = ("The campus was closed on Friday, officials said.\n(University of Texas at Brownsville - Texas "
             "Southmost College) Classes went on as planned, they said.")
    assert events_of(named)[0] == ("2011-03-18", "The campus was closed on Friday, officials said.")


def test_an_article_in_the_writers_own_voice_makes_no_entries() -> None:
    column = ("I have followed this story since the start and I am tired of it.\n"
              "My neighbours say the council lied to us in March about the river.\n"
              "We were told the dam was safe when it was inspected in 2009.\n"
              "The council met on Tuesday to discuss the dam and its repairs.\n"
              "I think the council should resign over the whole affair now.\n"
              "Our town deserves better than this from the people we elected.")
    voiced = extraction_of(column)
    assert voiced.writers_voice and voiced.events  # its dated sentences still help choose key dates ...
    from timeline.assemble import assemble

    article = Article("a", "a.txt", "T", column, FRIDAY, slug="a")
    assert assemble([article], {"a": voiced}, title="T").entries == ()  # ... but make no entries
    report = ("Residents have followed the dam story since the start.\n"
              "Neighbours say the council misled them in March about the river.\n"
              "Engineers inspected the dam in 2009 and found it safe.\n"
              "The council met on Tuesday to discuss the dam and its repairs.\n"
              "Critics say the council should resign over the whole affair.\n"
              "The town expects a decision on the repairs within weeks.")
    assert ("2011-03-15", "The council met on Tuesday to discuss the dam and its repairs.") in events_of(report)
    assert not extraction_of(report).writers_voice


def test_a_comma_inside_a_number_is_no_clause_boundary() -> None:
    sentence = "At Grand Isle, whose population swells to 20,000 during the summer months, oiled pelicans flailed."
    assert events_of(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Haiti has suffered many disasters, including four hurricanes in 2008, aid agencies say.",
    "Haiti was well versed in disaster, having had four hurricanes in 2008, the charity said.",
    "Police fired tear gas on 6 October Bridge as the crowds grew, witnesses said.",
    "The April 6 Movement shares many of the same concerns, its leaders said.",
    "The challenge over the next year is to keep the banks lending, the minister argued.",
    "The company has committed to raise $10 billion in the coming year to pay for the cleanup.",
])
def test_a_list_example_a_name_or_a_period_ahead_does_not_date_the_sentence(sentence: str) -> None:
    assert events_of(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # a date inside a pair of dashes or a bracket the sentence goes on after is the aside's
    ("The oil giant -- last year it was the biggest producer in the world -- has underestimated the spill.", []),
    ("The command (set up to report on the explosion on 20 April) posted the first clip on Wednesday.",
     [("2011-03-16", "The command (set up to report on the explosion on 20 April) posted the first clip on Wednesday.")]),
    # ... but not a date the sentence ends its aside on, nor a wire's credit
    ("The rig sank on Thursday (April 22).", [("2011-03-17", "The rig sank on Thursday (April 22).")]),
])
def test_a_date_inside_an_aside_does_not_date_the_sentence(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert events_of(sentence) == expected


def test_the_coming_week_is_still_the_week_a_plan_names() -> None:
    # "in the coming year" said in March is the next twelve months; "in the coming week", the next week
    sentence = "The government will decide in the coming week which company makes the vaccine."
    assert events_of(sentence) == [("2011-W12", sentence)]


def test_a_weekday_with_a_clock_time_on_a_live_page_is_near_its_first_post() -> None:
    posts = "\n".join(f"(Update {h}:30 a.m. ET) Crowds gathered in the square again, witnesses said." for h in (2, 3, 4))
    text = posts + "\nThe president spoke with the leader at 1:50 a.m. Wednesday, aides said."
    article = Article("a", "a.txt", "T", text, dt.date(2011, 1, 31), slug="a")
    mentions = extract(article, ExtractConfig(summarizer="lead")).mentions
    assert [m.when.value for m in mentions] == ["2011-02-02"]


@pytest.mark.parametrize("sentence", [
    "Thousands of demonstrators took to the streets on Friday, Saturday and Sunday, demanding change.",
    "The regime miscalculated the people from day one, the activist wrote under the tag #Jan 25.",
    "(AP Photo/Jane Doe) TOKYO, Oct. 17 -- Fear of a deep recession washed over the markets.",
])
def test_a_list_of_days_a_hashtag_or_a_dateline_does_not_date_the_sentence(sentence: str) -> None:
    assert events_of(sentence, dt.date(2011, 10, 17)) == []


def test_a_past_state_since_a_date_is_not_dated_as_of_the_report() -> None:
    assert events_of("Ghonim had been in Cairo on a business trip since January 23, his family said.") == []
    assert events_of("The rating continued to slide until 2002, when the debt had doubled.") == []


def test_a_time_stamp_after_a_date_is_no_anchor() -> None:
    assert events_of("Analysis January 26, 2011 | By Jane Doe Two officials met to discuss the talks.") == []


def test_a_day_right_after_a_since_phrase_dates_the_main_clause() -> None:
    sentence = "BP shares hit their lowest level since February 1997 on Tuesday, dropping 5 percent."
    assert events_of(sentence, dt.date(2010, 6, 23)) == [("2010-06-22", sentence)]


def test_a_span_of_days_dates_no_happening_at_either_end() -> None:
    sentence = "The girl attended school on Wednesday to Friday last week, the principal said."
    assert events_of(sentence) == [("2011-W10", sentence)]  # the week, not either end


def test_a_plan_ahead_resolves_its_weekday_forward() -> None:
    saturday = dt.date(2010, 5, 1)
    assert events_of("The president is due in the region on Sunday, officials said.", saturday) == [
        ("2010-05-02", "The president is due in the region on Sunday, officials said.")]
    assert events_of("Engineers would carry out tests on the well on Tuesday, the admiral said.", saturday) == [
        ("2010-05-04", "Engineers would carry out tests on the well on Tuesday, the admiral said.")]


def test_a_span_of_days_of_one_month_dates_no_day() -> None:
    assert events_of("The outbreak peaked between April 23 and 28, the minister said on Sunday.",
                     dt.date(2009, 5, 4)) == [("2009-05-03", "The outbreak peaked between April 23 and 28, the minister said on Sunday.")]


def test_extraction_records_each_sentences_judgment_for_the_later_stages() -> None:
    extraction = extraction_of("WASHINGTON (Reuters) - The Senate voted on the oil bill on Monday.\n"
                               "Share this story.\n"
                               "Do you think the vote was fair?\n")
    texts = extraction.sentences.texts
    assert extraction.told(0, texts[0]) == "The Senate voted on the oil bill on Monday."
    assert extraction.openings == {0: len("WASHINGTON (Reuters) - ")}
    assert extraction.happenings == frozenset({0})  # furniture and a sentence that reports nothing are not
    assert extraction.words == ("bill oil senate voted washington", "share story", "fair vote")
    # the vocabulary marks the names the article writes: "Senate" inside a sentence, never "senate"
    assert extraction.vocabulary == "^senate bill fair oil senate share story vote voted washington"


def test_a_past_participle_set_off_by_commas_does_not_date_the_sentence() -> None:
    # The participle describes the subject; the sentence tells its present or future.
    assert events_of("The woman, rescued on Tuesday after ten days in the rubble, is being treated in hospital.") == []
    assert events_of("The relief wells, projected to be done by mid-April, would be delayed by storms.") == []
    # Before a past verb, the participle's date is the happening's own.
    assert events_of("The latest case, confirmed on Tuesday, was in an adult from the coast.") == [
        ("2011-03-15", "The latest case, confirmed on Tuesday, was in an adult from the coast.")]
    assert events_of("The statement, released by the ministry on Tuesday, said exports would fall.") == [
        ("2011-03-15", "The statement, released by the ministry on Tuesday, said exports would fall.")]
    # Before a verb of the simple present too ("takes"), but not after a participle that dates a document,
    # nor before a verb that tells a document's words.
    assert events_of("The first cap, installed on Tuesday, takes oil to a ship on the surface.") == []
    assert events_of("The book, published on Tuesday, contains letters from the minister.") == [
        ("2011-03-15", "The book, published on Tuesday, contains letters from the minister.")]
    assert events_of("The survey, conducted in the north on Tuesday, says exports fell.") == [
        ("2011-03-15", "The survey, conducted in the north on Tuesday, says exports fell.")]


def test_a_names_description_opened_by_the_dates_no_happening() -> None:
    assert events_of("Suleiman, the intelligence chief Mubarak picked as his deputy over the weekend, said "
                     "reforms would be drawn up.") == []
    assert events_of("Thomas Ewald, the leader of a rescue unit that arrived on Tuesday, tells a newspaper "
                     "that most victims will be buried in mass graves.") == []
    # A date after the name's verb is the happening's.
    assert events_of("Suleiman, the new vice president, said on Tuesday reforms would be drawn up.") == [
        ("2011-03-15", "Suleiman, the new vice president, said on Tuesday reforms would be drawn up.")]
    # a place's description, in the subject after its name
    assert events_of("Meanwhile, the mood in Tahrir Square, the site of clashes between the two camps last week, "
                     "was festive and peaceful.") == []
    assert events_of("The port of Suez, the scene of riots on Tuesday, was quiet as shops opened.") == []
    # ... not a place that is the object of a verb before it, nor a date after the sentence's verb
    assert events_of("Rebels entered Sirte, the scene of clashes on Tuesday, residents said.") == [
        ("2011-03-15", "Rebels entered Sirte, the scene of clashes on Tuesday, residents said.")]
    assert events_of("The mood in Tahrir Square, the site of the clashes, turned festive on Tuesday.") == [
        ("2011-03-15", "The mood in Tahrir Square, the site of the clashes, turned festive on Tuesday.")]


def test_a_state_with_a_clause_of_its_own_after_it_is_dated_by_that_clause() -> None:
    assert events_of("The two countries have been at odds since a 1959 revolution, but they held talks last "
                     "week about the slick.") == [
        ("2011-W10", "The two countries have been at odds since a 1959 revolution, but they held talks last "
                     "week about the slick.")]
    # a state alone is as of the report
    assert events_of("Haiti is still struggling to recover from hurricanes in 2008.") == [
        ("2011-03-18", "Haiti is still struggling to recover from hurricanes in 2008.")]


def test_what_began_on_a_day_told_as_a_state_now_is_as_of_the_report() -> None:
    assert events_of("What began with an exploding rig on March 2 has turned into a disaster for the coast.") == [
        ("2011-03-18", "What began with an exploding rig on March 2 has turned into a disaster for the coast.")]
    assert events_of("What happened on March 2 was a disaster for the coast.") == [
        ("2011-03-02", "What happened on March 2 was a disaster for the coast.")]


def test_a_weekday_or_a_weekend_a_modal_looks_ahead_to() -> None:
    # Published on a Friday: the modal's weekday or weekend is the next one.
    assert events_of("Forecasters warned that strong winds over Sunday could push the oil into the inlets.") == [
        ("2011-03-20", "Forecasters warned that strong winds over Sunday could push the oil into the inlets.")]
    assert events_of("Forecasters said strong winds could push the oil into the inlets over the weekend.") == [
        ("2011-W11-WE", "Forecasters said strong winds could push the oil into the inlets over the weekend.")]
    # A modal's perfect tells the past, and a verb of its own before the weekday keeps its tense.
    assert events_of("The chief may have been sailing around the coast over the weekend, aides said.") == [
        ("2011-W10-WE", "The chief may have been sailing around the coast over the weekend, aides said.")]
    assert events_of("The minister told reporters on Sunday that the talks could resume soon.") == [
        ("2011-03-13", "The minister told reporters on Sunday that the talks could resume soon.")]


def test_a_plan_or_a_call_for_something_looks_ahead_to_its_weekday() -> None:
    # Published on a Friday: "plans another round" and "calling for protests" are of the next weekday.
    assert events_of("The group says it plans another round of demonstrations on Tuesday.") == [
        ("2011-03-22", "The group says it plans another round of demonstrations on Tuesday.")]
    assert events_of("Opposition groups are calling for mass protests on Tuesday in the capital.") == [
        ("2011-03-22", "Opposition groups are calling for mass protests on Tuesday in the capital.")]
    # A noun "plans" is no plan ahead, and a weekday before "calling for" is no call's.
    assert events_of("The group's plans were announced on Tuesday in the capital.") == [
        ("2011-03-15", "The group's plans were announced on Tuesday in the capital.")]
    assert events_of("Thousands attended a protest Tuesday calling for the mayor to resign.") == [
        ("2011-03-15", "Thousands attended a protest Tuesday calling for the mayor to resign.")]


def test_a_weekday_in_an_according_to_phrase_is_of_the_report_already_out() -> None:
    assert events_of("Banks will guarantee new loans, according to a draft under discussion by ministers Tuesday.") == [
        ("2011-03-15", "Banks will guarantee new loans, according to a draft under discussion by ministers Tuesday.")]
    assert events_of("Banks will guarantee new loans on Tuesday, the ministers said.") == [
        ("2011-03-22", "Banks will guarantee new loans on Tuesday, the ministers said.")]


def test_not_until_opening_a_sentence_dates_the_happening() -> None:
    assert events_of("Not until March 2 did the panel raise its estimate of the flow.") == [
        ("2011-03-02", "Not until March 2 did the panel raise its estimate of the flow.")]
    # Elsewhere "until" bounds a state or a plan, as of the report.
    assert events_of("The bridge will stay closed until April while engineers work.") == [
        ("2011-03-18", "The bridge will stay closed until April while engineers work.")]


def test_a_chronology_run_into_one_sentence_is_no_event() -> None:
    assert events_of("1994 - Hurricane Gordon kills hundreds 1998 - Hurricane Georges destroys crops "
                     "2004 - Floods kill 2,600 in the north.") == []
    assert events_of("1988-1990: Husband of the Prime Minister 1993: Minister of Environment "
                     "30 December 2007: Appointed co-chairman of the party.") == []
    assert events_of("In 2004 - a year of floods - the government repaired the northern roads.") == [
        ("2004", "In 2004 - a year of floods - the government repaired the northern roads.")]


def test_two_clauses_each_opened_by_its_own_date_tell_no_one_happening() -> None:
    assert events_of("In 1995, a man was pulled from the rubble 16 days after the quake, and in January 2004, "
                     "a woman was found alive in Bam.") == []
    # one fronted date, and a date that is no clause's opener, keep theirs
    assert events_of("In 2008, the company earned $5 billion.") == [("2008", "In 2008, the company earned $5 billion.")]
    assert events_of("In 2008, the firm opened a plant in Texas that it closed in 2009.")[0][0] == "2008"


def test_a_sentence_naming_three_years_is_a_history_not_one_happening() -> None:
    assert events_of("In 1692 a quake killed 2,000; in 1843 a quake killed 5,000; and in 1907 one killed 1,000.") == []
    assert events_of("That leaves the tsunami of 2004, Hurricane Katrina in 2005 and the crisis that began in 2008.") == []
    # a range of years counts once: two years and a range are two items
    assert events_of("The fund will get $5 billion in 2009 and $1 billion a year from 2011 to 2013.") == [
        ("2009", "The fund will get $5 billion in 2009 and $1 billion a year from 2011 to 2013.")]


def test_a_name_set_off_by_commas_does_not_end_the_side_clause_it_sits_in() -> None:
    # "who", "which", "since" open the side clause; the place or name in apposition stays inside it.
    assert events_of("Ali Hassan, 32, who left Cairo, Egypt, in 2003, told reporters the schools were poor.") == []
    assert events_of("Hundreds are feared dead after the quake, which struck south of the capital, "
                     "Port-au-Prince, on Tuesday.") == []
    assert events_of("Oil has leaked since a drilling platform, Deepwater Horizon, exploded in January.") == [
        ("2011-03-18", "Oil has leaked since a drilling platform, Deepwater Horizon, exploded in January.")]
    # a name with its article too ("the Deepwater Horizon"): the date is still the "after" clause's
    assert events_of("Oil is coming up after a rig, the Deepwater Horizon, exploded and sank last week.") == []
    # A new subject after the name starts the main clause: its date is the happening's.
    assert events_of("When in Cairo, Egypt, he met the president on Tuesday.") == [
        ("2011-03-15", "When in Cairo, Egypt, he met the president on Tuesday.")]


def test_a_relative_clause_after_the_main_verb_dates_its_noun_not_the_happening() -> None:
    assert events_of("Some protesters remain in the square, the heart of protests that began January 25.") == []
    assert events_of("Mubarak said he was troubled by the clashes that broke out Tuesday in the square.") == []
    # the "that" nearest the date opens its clause, after a reported one ("means that oil will ...")
    assert events_of("The setback means that oil will keep leaking from the well that blew out on April 20.",
                     dt.date(2010, 5, 9)) == []
    # after a figure too, and "set" is such a clause's verb: the passage is the plan, the vote the day before
    assert events_of("The bill cleared a hurdle by a vote of 61 to 36 that set the stage for final passage today.",
                     dt.date(2009, 2, 10)) == []
    # not a year before a reported "that": the happening is Thursday's
    assert events_of("The Fed said in 2008 that the banks paid the loans back on Thursday.") == [
        ("2011-03-17", "The Fed said in 2008 that the banks paid the loans back on Thursday.")]
    # in the passive too: the count is as of the report, the damage weeks older
    assert events_of("At least four million gallons have leaked from the well that was damaged in an explosion "
                     "more than three weeks ago.") == []
    assert events_of("Residents have left the town that was struck by the storm on Tuesday.") == []
    # a plan that a noun of announcing holds: the date is the plan's, not what the announcement did
    assert events_of("The announcement that he would step down in September came after the protests.",
                     dt.date(2011, 2, 2)) == []
    assert events_of("After the announcement, earlier in the night, that he won't run in September, crowds cheered.",
                     dt.date(2011, 2, 2)) == []
    assert events_of("The announcement on Tuesday that he would step down came after the protests.",
                     dt.date(2011, 2, 2)) == [
        ("2011-02-01", "The announcement on Tuesday that he would step down came after the protests.")]
    # and in the past perfect's passive: the cap's placing is older than its removal
    assert events_of("Robots removed the cap that had been placed on the leak in early June.") == []
    # after a name and its verb in the simple present too, but not a verb of saying's
    assert events_of("BP leases the rig that suffered a huge explosion on 20 April and later sank.") == []
    assert events_of("BP announces the well that leaked on Tuesday.") == [
        ("2011-03-15", "BP announces the well that leaked on Tuesday.")]
    # "it is" before it that makes no cleft ("said it is in production of a vaccine that ...") changes nothing
    assert events_of("The firm said it is in full production of a new vaccine that could be ready as early as "
                     "next month.", dt.date(2009, 6, 12)) == []
    # In the subject, before a main verb in the present perfect or progressive: a state as of the report.
    assert events_of("But the oil spill that began in April is now depriving him of his income.") == [
        ("2011-03-18", "But the oil spill that began in April is now depriving him of his income.")]
    assert events_of("The strain that caused the 1918 pandemic appears to have been an avian strain.") == []
    # Before the main verb, in a cleft, or with the main verb after it, the date is the happening's.
    assert events_of("The protests that erupted on Tuesday were the largest in decades.") == [
        ("2011-03-15", "The protests that erupted on Tuesday were the largest in decades.")]
    assert events_of("But it was global markets that plunged on Tuesday, as investors sold off.") == [
        ("2011-03-15", "But it was global markets that plunged on Tuesday, as investors sold off.")]
    assert events_of("A vessel that will double the capacity was hooked up on Tuesday.") == [
        ("2011-03-15", "A vessel that will double the capacity was hooked up on Tuesday.")]
    # A reported "that" is no relative clause.
    assert events_of("Officials said that the ship sank on Tuesday.") == [
        ("2011-03-15", "Officials said that the ship sank on Tuesday.")]


def test_a_date_in_the_subjects_phrase_before_a_present_perfect_tells_a_state_as_of_the_report() -> None:
    published = dt.date(2010, 8, 16)
    assert events_of("The oil from the rig explosion in April has already created 45,000 tons of garbage.",
                     published) == [("2010-08-16", "The oil from the rig explosion in April has already created "
                                                  "45,000 tons of garbage.")]
    assert events_of("The toll from the quake on 12 January has risen to 150,000.", published) == [
        ("2010-08-16", "The toll from the quake on 12 January has risen to 150,000.")]
    assert events_of("An investigation into the cause of last Tuesday's explosion is continuing.", published) == [
        ("2010-08-16", "An investigation into the cause of last Tuesday's explosion is continuing.")]
    # A past verb, a modal's perfect, or the verb after another of its own: the date is the happening's.
    assert events_of("The vote in the Senate on Wednesday passed easily.", published) == [
        ("2010-08-11", "The vote in the Senate on Wednesday passed easily.")]
    assert events_of("The oil washing up in July might have leaked in April.", published) == [
        ("2010-07", "The oil washing up in July might have leaked in April.")]
    assert events_of("The Federal Reserve on Wednesday said the rate would remain high.", published) == [
        ("2010-08-11", "The Federal Reserve on Wednesday said the rate would remain high.")]




def test_a_state_that_lasted_until_a_day_told_by_what_happened_on_it_is_dated_by_that_day() -> None:
    published = dt.date(2010, 9, 27)
    assert events_of("The spill ran until July 15, when the well was capped.", published) == [
        ("2010-07-15", "The spill ran until July 15, when the well was capped.")]
    # a bound ahead, or a day ahead of the report, is no happening's day
    assert events_of("The ban lasts until July 15, when a review is due.", published) == [
        ("2010-09-27", "The ban lasts until July 15, when a review is due.")]
    # a past verb before "until" ends what lasted: the Thursday gone, the day it sank
    assert events_of("The rig burned until Thursday, when it sank.", published) == [
        ("2010-09-23", "The rig burned until Thursday, when it sank.")]
    # a bound ahead of the report is no happening's day
    assert events_of("The road will stay closed until Thursday, when crews finish.", published) == [
        ("2010-09-27", "The road will stay closed until Thursday, when crews finish.")]


def test_a_relative_clause_in_a_phrase_set_off_after_the_subject_dates_its_noun() -> None:
    published = dt.date(2010, 6, 20)
    assert events_of("The company, still struggling to stop a leak that began on April 20, is planning to raise "
                     "$50 billion.", published) == []
    # without the phrase, the relative clause on the subject dates the happening
    assert events_of("The leak that began on April 20 was the largest in the Gulf.", published) == [
        ("2010-04-20", "The leak that began on April 20 was the largest in the Gulf.")]


def test_years_joined_by_a_word_span_the_time_between() -> None:
    published = dt.date(2010, 7, 7)
    assert events_of("BP requests tax returns for 2007 through 2009 from claimants.", published) == []
    # years joined by a hyphen name a season or a crisis, dated by its last year
    assert events_of("In 2008-09, Chevron ran ads in subway stations.", published) == [
        ("2009", "In 2008-09, Chevron ran ads in subway stations.")]


def test_a_participles_phrase_through_in_on_the_verbs_object_dates_the_object() -> None:
    published = dt.date(2010, 5, 5)
    assert events_of("Crews repaired some booms damaged in rough weather over the weekend.", published) == []
    # the verb's own date stays the happening's
    assert events_of("Crews repaired some booms in rough weather over the weekend.", published) == [
        ("2010-W17-WE", "Crews repaired some booms in rough weather over the weekend.")]


def test_a_relative_clause_opened_by_a_pronoun_and_its_hope_dates_its_noun() -> None:
    published = dt.date(2010, 6, 17)
    assert events_of("The company is drilling relief wells that it hopes will halt the spill in August.",
                     published) == []
    # a reported "that" stays what was said: "BP said that it hopes ..." is not a relative clause
    assert events_of("BP said on Tuesday that it hopes the wells will halt the spill.", published) == [
        ("2010-06-15", "BP said on Tuesday that it hopes the wells will halt the spill.")]


def test_a_day_given_up_and_a_figure_an_amount_is_a_multiple_of_date_no_happening() -> None:
    published = dt.date(2010, 5, 21)  # a Friday
    assert events_of("BP will attempt to stem the oil flow next week, instead of Sunday as hoped.", published) == [
        ("2010-W21", "BP will attempt to stem the oil flow next week, instead of Sunday as hoped.")]
    assert events_of("So far 209 turtles have been found dead, about double the number reported late last week.",
                     published) == [("2010-05-21", "So far 209 turtles have been found dead, about double the "
                                                   "number reported late last week.")]
    # "rather than" before a coarser date names a thing, not a day given up: the state is as of the report
    assert events_of("The new strategy is the key to performance rather than Q3 earnings, analysts said.",
                     dt.date(2010, 10, 22)) == [
        ("2010-10-22", "The new strategy is the key to performance rather than Q3 earnings, analysts said.")]


def test_an_orders_deadline_and_a_called_off_plan_are_told_as_of_the_report() -> None:
    published = dt.date(2010, 6, 17)  # a Thursday
    assert events_of("Congress intensified its inquiry, with BP ordered to produce documents by June 3.",
                     dt.date(2010, 5, 28)) == [
        ("2010-05-28", "Congress intensified its inquiry, with BP ordered to produce documents by June 3.")]
    assert events_of("BP was due to make a dividend payment on Monday, which has now been canceled.", published) == [
        ("2010-06-17", "BP was due to make a dividend payment on Monday, which has now been canceled.")]
    assert events_of("Waxman sent a letter to Mariner demanding a briefing by Sept. 10.", published) == [
        ("2010-06-17", "Waxman sent a letter to Mariner demanding a briefing by Sept. 10.")]
    # a deadline of one's own plan is its day; a plan not called off stays on its day
    assert events_of("BP will produce the documents by June 23.", published) == [
        ("2010-06-23", "BP will produce the documents by June 23.")]
    assert events_of("BP will make a dividend payment on Monday, which has been agreed.", published) == [
        ("2010-06-21", "BP will make a dividend payment on Monday, which has been agreed.")]


def test_a_participles_phrase_after_a_present_perfect_describes_its_object() -> None:
    published = dt.date(2010, 5, 17)
    assert events_of("The disaster has hurt BP's image, already tarnished by a 2005 fire at its Texas City "
                     "refinery.", published) == []
    assert events_of("The spill has forced Obama to suspend plans to expand drilling, unveiled last month to woo "
                     "Republicans.", published) == []
    # after a past main verb the phrase's date is the happening's ("The statement, released on Friday, said ...")
    assert events_of("The company suspended the plan, unveiled last month, on Friday.", published) == [
        ("2010-05-14", "The company suspended the plan, unveiled last month, on Friday.")]


def test_an_ing_phrase_after_the_main_clause_names_a_past_thing_by_a_far_date() -> None:
    published = dt.date(2010, 5, 3)
    assert events_of("Officials said the government has brought all its resources to bear, rejecting comparisons "
                     "to the handling of Hurricane Katrina in 2005.", published) == []
    assert events_of("The administration was faulted for its response, with some drawing comparisons to Hurricane "
                     "Katrina in 2005.", published) == []
    # a state as of the report stays one: the phrase's year no longer dates it
    assert events_of("Oil has poured into the Gulf since an April 20 blast, soiling the coast and endangering "
                     "marshes already battered by Hurricane Katrina in 2005.", published) == [
        ("2010-05-03", "Oil has poured into the Gulf since an April 20 blast, soiling the coast and endangering "
                       "marshes already battered by Hurricane Katrina in 2005.")]
    # near the report the phrase's date is the main happening's time
    assert events_of("Police fired on the crowd, killing 20 people on Friday.", published) == [
        ("2010-04-30", "Police fired on the crowd, killing 20 people on Friday.")]
    # after a date of the main clause the phrase shares its time
    assert events_of("Starting in the 1960s, banks built products that competed, culminating in the repeal of the "
                     "law in 1999.", dt.date(2009, 6, 15)) == [
        ("1999", "Starting in the 1960s, banks built products that competed, culminating in the repeal of the "
                 "law in 1999.")]
    # a noun in "-ing" after a comma opens no such phrase, nor does a list, nor a phrase with no main clause before
    losses = "Alabama's losses stem from diminished sales, lodging and fuel tax revenues in 2008."
    assert not in_trailing_phrase(losses, losses.index("2008"))
    funding = "The state cut its budget, funding for schools in 2008 included."
    assert not in_trailing_phrase(funding, funding.index("2008"))
    opening = "Rescuers, working through the night in 2005, found him."
    assert not in_trailing_phrase(opening, opening.index("2005"))


def test_a_like_case_told_aside_does_not_date_the_sentence() -> None:
    published = dt.date(2010, 6, 2)
    assert events_of("Analysts wonder whether merger talks as happened between BP and Shell in 2007 might "
                     "arise again.", published) == []
    assert events_of("The threat of charges can ruin a firm, as it did to Arthur Andersen in 2002.", published) == []
    # "as" alone is no such aside: "As the throngs gathered on Tuesday, ..." is dated by it
    assert events_of("As the crowds gathered on Tuesday, the army moved in.", published) == [
        ("2010-06-01", "As the crowds gathered on Tuesday, the army moved in.")]


def test_a_date_opening_the_sentence_frames_it_over_a_finer_one_in_what_was_said_or_hoped() -> None:
    published = dt.date(2010, 7, 18)  # a Sunday
    assert events_of("This weekend BP remained optimistic that the cap placed on Thursday night would hold.",
                     published) == [("2010-W28-WE", "This weekend BP remained optimistic that the cap placed on "
                                                    "Thursday night would hold.")]
    assert events_of("On Tuesday, NOAA released a forecast that oil would reach Florida by Aug. 18.", published) == [
        ("2010-07-13", "On Tuesday, NOAA released a forecast that oil would reach Florida by Aug. 18.")]
    # without a "that" the finer date is the main clause's own; "the week" opens a description
    assert events_of("This week the rig exploded on Tuesday.", published) == [
        ("2010-07-13", "This week the rig exploded on Tuesday.")]
    assert events_of("In the week he had been there, he saw two chicks that died, Russell said Friday.",
                     published) == [("2010-07-16", "In the week he had been there, he saw two chicks that died, "
                                                   "Russell said Friday.")]


def test_a_date_describing_what_was_said_to_be_going_on_tells_a_state_as_of_the_report() -> None:
    published = dt.date(2010, 5, 15)  # a Saturday
    assert events_of("BP said the dispersants it began to use on Friday were already resulting in less oil.",
                     published) == [("2010-05-15", "BP said the dispersants it began to use on Friday were already "
                                                   "resulting in less oil.")]
    assert events_of("BP says the cap (the LMRP) it placed on the well on 3 May is collecting 15,000 barrels a day.",
                     published) == [("2010-05-15", "BP says the cap (the LMRP) it placed on the well on 3 May is "
                                                   "collecting 15,000 barrels a day.")]
    assert events_of("BP says dispersants applied at the leak on Friday have begun to take effect.", published) == [
        ("2010-05-15", "BP says dispersants applied at the leak on Friday have begun to take effect.")]
    # A passive tells what happened on the date; a modal or a verb inside what was said ends the subject.
    assert events_of("Officials said the blast on Friday was caused by gas.", published) == [
        ("2010-05-14", "Officials said the blast on Friday was caused by gas.")]
    assert events_of("Officials said the rig that was drilling on Friday is sinking.", published) == [
        ("2010-05-14", "Officials said the rig that was drilling on Friday is sinking.")]
def test_an_entry_prints_a_chronology_item_without_the_date_that_opens_it() -> None:
    published = dt.date(2010, 6, 1)
    assert events_of("22 April: The oil rig sinks and the riser pipe falls to the seabed.\n2 May: BP starts drilling "
                     "a relief well.\n16 May: A tube is inserted into the leaking pipe.", published)[0] == (
        "2010-04-22", "The oil rig sinks and the riser pipe falls to the seabed.")
    assert events_of("May 9 - Japan and Australia announce their first cases.", published) == [
        ("2010-05-09", "Japan and Australia announce their first cases.")]
    # not a date inside the sentence
    assert events_of("On 22 April the rig sank into the Gulf.", published) == [
        ("2010-04-22", "On 22 April the rig sank into the Gulf.")]
    assert events_of("BP said: 22 April - the rig sank.", published) == [
        ("2010-04-22", "BP said: 22 April - the rig sank.")]


def test_a_gallerys_caption_is_no_event_but_a_chronologys_item_is() -> None:
    """A news site's gallery captions each picture with its day and a colon: furniture where the article holds
    fewer than three such lines, a chronology's items where it holds three or more."""
    published = dt.date(2010, 5, 3)
    text = ("May 1: Birds fly past oil booms placed in preparation of the looming spill.\n"
            "AP VENICE, La. -- BP vowed on Monday to pay all clean-up costs.\n"
            "AP May 2: Crews lay booms on the beach.\nOfficials said the slick grew on Sunday.")
    assert events_of(text, published) == [("2010-05-03", "BP vowed on Monday to pay all clean-up costs."),
                                          ("2010-05-02", "Officials said the slick grew on Sunday.")]
    # an explainer's part headed in capitals is no caption, and a caption glued to a wire's lead gives the lead
    assert events_of("16 MAY: RISER INSERTION TUBE - SUCCESS BP inserted a tube into the leaking pipe.", published) == [
        ("2010-05-16", "RISER INSERTION TUBE - SUCCESS BP inserted a tube into the leaking pipe.")]
    assert events_of("May 3: Kevin Costner listens to testimony (AP) WASHINGTON (AP) -- Actor Kevin Costner said "
                     "Monday that BP will use his device.", published) == [
        ("2010-05-03", "Actor Kevin Costner said Monday that BP will use his device.")]
    # three such lines are a chronology: its items are events
    text = ("May 1: BP starts drilling a relief well.\nMay 2: Crews lay booms on the beach.\n"
            "May 3: The slick reaches the shore.")
    assert [date for date, _ in events_of(text, published)] == ["2010-05-01", "2010-05-02", "2010-05-03"]
    # an acronym alone opens a caption; two words in capitals an explainer's part
    assert events_of("June 7: APTN photographer Rich Matthews takes a look at the oil.", published) == []


def test_a_count_later_or_earlier_that_opens_a_sentence_moves_the_date_of_the_one_before() -> None:
    published = dt.date(2010, 6, 1)
    assert events_of("The rig exploded on April 20 in the Gulf. Two days later, the burning rig sank to the seabed.",
                     published) == [("2010-04-20", "The rig exploded on April 20 in the Gulf."),
                                    ("2010-04-22", "Two days later, the burning rig sank to the seabed.")]
    assert events_of("The regulator issued a notice to Transocean in 2006. A year earlier, it issued a notice on "
                     "another rig.", published)[1][0] == "2005"
    assert events_of("Mubarak resigned on February 11. A week later, protesters returned to the square.",
                     published)[1][0] == "2010-W07"
    # the date before too coarse to move by days, none before, another date of its own, or past the report
    assert len(events_of("The rig exploded in April. Two days later, the burning rig sank to the seabed.",
                         published)) == 1
    assert events_of("Officials talked about the crisis. Two days later, the burning rig sank to the seabed.",
                     published) == []
    assert events_of("The rig exploded on April 20. Two days later, on April 23, the rig sank to the seabed.",
                     published)[1][0] == "2010-04-23"
    assert len(events_of("The rig exploded on May 30. Three days later, the rig sank to the seabed.",
                         published)) == 1


def test_a_relative_clause_without_that_dates_its_noun() -> None:
    assert events_of("The poll revealed concern with the bill Congress rejected yesterday.") == []
    assert events_of("Dudley told analysts the estimate BP made in July remained reasonable.") == []
    # Right after a verb of saying, the name opens the reported clause; a name in apposition has no verb after it.
    assert events_of("BP said the chief executive Tony Hayward testified on Tuesday.") == [
        ("2011-03-15", "BP said the chief executive Tony Hayward testified on Tuesday.")]
    assert events_of("Obama met the chief executive Tony Hayward on Tuesday.") == [
        ("2011-03-15", "Obama met the chief executive Tony Hayward on Tuesday.")]
    # A preposition is no noun: "carry the oil into the Atlantic It emerged on ..." is a headline run in.
    assert events_of("Currents carry the oil into the Atlantic It emerged on Tuesday that the slick had spread.") == [
        ("2011-03-15", "Currents carry the oil into the Atlantic It emerged on Tuesday that the slick had spread.")]


def test_a_span_of_months_dates_no_month() -> None:
    assert events_of("Officials saw a rise in licence sales in April through July, the agency said.") == []
    assert events_of("Officials saw a rise in licence sales in January, the agency said.") == [
        ("2011-01", "Officials saw a rise in licence sales in January, the agency said.")]


def test_a_relative_clause_after_the_main_verb_dates_its_noun_not_the_sentence() -> None:
    # an adverb inside the clause ("already", "also") and an irregular past verb ("drove") too
    assert events_of("The ministry warned of job losses, hurting a sector that already shrank in January.") == []
    assert events_of("Workers asked for calm in the wake of the strike that drove the mayor out on Monday.") == []
    assert events_of("The strike that drove the mayor out began on Monday.") == [
        ("2011-03-14", "The strike that drove the mayor out began on Monday.")]


def test_a_fronted_participle_dates_its_description_before_a_present_or_a_plan() -> None:
    assert events_of("Announced in early February, the scheme may not start until July.") == [
        ("2011-03-18", "Announced in early February, the scheme may not start until July.")]
    assert events_of("Founded in 1990, the charity now has 500 staff in the region.") == []
    # before a past verb the participle's date is the happening's; after a verb of asking, the saying's
    assert events_of("Released on Monday, the report showed a sharp rise in claims.") == [
        ("2011-03-14", "Released on Monday, the report showed a sharp rise in claims.")]
    assert events_of("Asked on Tuesday about the delay, the minister has declined to comment.") == [
        ("2011-03-15", "Asked on Tuesday about the delay, the minister has declined to comment.")]
    # an adjective, not a participle's phrase: "Besieged" describes the subject
    assert events_of("Besieged oil firm Norcrest will cap the well by April 2, its chief said, citing engineers.") \
        == [("2011-04-02", "Besieged oil firm Norcrest will cap the well by April 2, its chief said, citing engineers.")]


def test_the_new_day_of_something_put_off_is_not_the_happening() -> None:
    assert events_of("The band postponed Sunday's concert in Leeds, England to May 30 because of the storm.") == [
        ("2011-03-18", "The band postponed Sunday's concert in Leeds, England to May 30 because of the storm.")]
    assert events_of("The regulator extended the filing deadline to April 30.") == [
        ("2011-03-18", "The regulator extended the filing deadline to April 30.")]
    assert events_of("The band played Sunday's concert in Leeds to a crowd of 5,000.") == []


def test_a_plan_set_off_by_commas_does_not_date_the_sentence() -> None:
    assert events_of("In an early chapter of its report, to be published next week, the panel said the failures "
                     "were systemic.") == []
    assert events_of("The panel said on Monday the failures were systemic.") == [
        ("2011-03-14", "The panel said on Monday the failures were systemic.")]


def test_a_written_day_with_its_article_before_a_noun_names_a_thing() -> None:
    assert events_of("Engineers now say the 12 January quake was the strongest in a century.") == []
    assert events_of("Officials met on the 12 January to plan the response.") == [
        ("2011-01-12", "Officials met on the 12 January to plan the response.")]
    # without a written day the article stays the date's own ("the weekend", "the end of June")
    assert events_of("A poll released at the end of June showed the mayor's rating rising.") == [
        ("2010-06", "A poll released at the end of June showed the mayor's rating rising.")]


@pytest.mark.parametrize("sentence", [
    "Five people died in the crash on Tuesday.",
    "The city sued the company on Wednesday.",
    "Firefighters dug through the rubble on Thursday.",
    "The economy shrank in the first quarter of 2010.",
])
def test_a_short_or_irregular_past_form_tells_a_happening(sentence: str) -> None:
    assert reports_happening(sentence)


def test_a_short_noun_in_ed_is_no_past() -> None:
    assert not reports_happening("The seed and the reed of the river in spring.")


def test_a_closed_bracket_is_an_aside_not_a_clause_boundary() -> None:
    """"(WHO)" reads as no "who" clause, a ticker ends no "which" clause."""
    assert events_of("The World Health Organization (WHO) said on Tuesday it was close to declaring a pandemic.") == [
        ("2011-03-15", "The World Health Organization (WHO) said on Tuesday it was close to declaring a pandemic.")]
    assert events_of("Acme, which split from its parent Bigco (BIG.L) in July 2007, said on Monday its sales rose.") == [
        ("2011-03-14", "Acme, which split from its parent Bigco (BIG.L) in July 2007, said on Monday its sales rose.")]


def test_a_plan_on_a_prepositions_object_does_not_date_the_clause() -> None:
    assert events_of("The remarks could hint at the tone of the final report to be released in January.") == []
    # the object of the clause's verb: what was done to it is the happening, and "forced" made it done (the
    # weekend gone, ``temporal.tense._caused_before``)
    assert events_of("Bad weather forced the operation to be suspended at the weekend.") == [
        ("2011-W10-WE", "Bad weather forced the operation to be suspended at the weekend.")]


def test_a_relative_clause_with_its_own_subject_dates_its_noun_not_the_sentence() -> None:
    assert events_of("The spill has now been partly contained with the cap that the engineers lowered on Thursday.") == []
    assert events_of("A penalty could top the $1.3 billion that Pfizer agreed to pay last September, analysts said.") == []
    # what a listener was told is no relative clause
    assert events_of("Allen told reporters that the company planned to move another rig to the site on Thursday.") == [
        ("2011-03-24", "Allen told reporters that the company planned to move another rig to the site on Thursday.")]


def test_a_date_after_beyond_is_a_limit() -> None:
    assert events_of("The bank has ordered its traders not to enter into trades that extend beyond June 2012.") == []
    # "... and beyond": the end of a list of places
    assert events_of("A storm swept through the central states and beyond on Tuesday.") == [
        ("2011-03-15", "A storm swept through the central states and beyond on Tuesday.")]


def test_a_date_that_ends_a_period_before_it_is_its_bound() -> None:
    assert events_of("The lawsuit alleges that rules were violated in the period leading up to April 20.") == []
    assert events_of("Sales fell in the weeks before Christmas.") == []
    # the road leading up to a place is no period
    assert events_of("The roads leading up to the palace were shut down Friday.") == [
        ("2011-03-18", "The roads leading up to the palace were shut down Friday.")]


def test_a_planned_or_disputed_date_before_a_noun_names_it() -> None:
    assert events_of("The projected fiscal 2012 budget gaps for the states total $11 billion.") == []


def test_a_participles_phrase_with_its_source_dates_the_participle() -> None:
    assert events_of("The vaccine incorporated genes from a strain isolated from a patient in 2005.") == []
    assert events_of("The vaccine was isolated from a patient in 2005.") == [
        ("2005", "The vaccine was isolated from a patient in 2005.")]


def test_a_list_introduction_is_no_event() -> None:
    assert not reports_happening("Following are details of the flu seasons reported since 2005, according to the agency.")
    assert not reports_happening("The following is a timeline of the crisis since January.")
    # a summary's or a roundup's introduction, however it names its day
    assert not reports_happening("A summary of events on Tuesday, May 25, Day 34 of the oil spill that began "
                                 "with the April 20 explosion.")
    assert not reports_happening("A roundup of today's business news: banks raised fees on Monday.")
    assert not reports_happening("Here are some facts about the spill, triggered by the April 20 explosion.")
    assert reports_happening("Heremakers said the summary of events was released on Tuesday.")
    assert reports_happening("The look of the coast changed on Tuesday when oil reached the marshes.")


def test_a_page_top_block_closed_by_a_photo_credit_makes_no_event() -> None:
    # headline, standfirst and caption run together without a stop; the picture's credit closes them
    text = ("Minister flies to the coast as the spill spreads Officials warned of risks to beaches on Monday "
            "A boom is staged at the refuge.\n"
            "Photograph: Jane Doe/AP The minister flew to the coast on Thursday to see the spill.\n"
            "Crews worked through the night.")
    extraction = extraction_of(text)
    assert [(e.sentence_index, e.sentence) for e in extraction.events] == [  # the caption a sentence of its own
        (2, "The minister flew to the coast on Thursday to see the spill.")]
    assert extraction.summary_sentences[0] == "The minister flew to the coast on Thursday to see the spill."


def test_a_wires_bare_credit_near_the_top_closes_the_caption_block() -> None:
    # a news site's gallery caption and its detail, then the wire's credit glued to the story's lead
    text = ("March 9: A crew picks up oil that washed up along the beach.\n"
            "Waves of tar were washing ashore on the beach on Wednesday as the slick drifted closer.\n"
            "AP A cleanup program has reportedly paid yacht owners since Tuesday, officials said.\n"
            "Crews worked through the night.")
    assert [e.sentence_index for e in extraction_of(text).events] == [2]
    # the wire's own names are no credit
    text = ("Crews picked up tar balls along the beach on Monday.\n"
            "AP Television News filmed the cleanup on Tuesday.\n"
            "Crews worked through the night.")
    assert [e.sentence_index for e in extraction_of(text).events] == [0, 1]


def test_a_story_link_widget_above_the_article_makes_no_event_no_summary_and_no_title() -> None:
    # another story's teaser, the widget's "Full Article" label and the page's own headline, then the story
    text = ("Helicopter crashes into crane on London tower on Wednesday, kills two.\n"
            "Full Article Norway to apply spill lessons to Arctic Credit: Reuters/Ann Marie Gorden/U.\n"
            "S Coast Guard photo OSLO (Reuters) - Norway will apply lessons learned in the spill to the Arctic, "
            "the prime minister said on Monday.\n"
            "The country is considering whether to open up new areas to oil firms.")
    extraction = extraction_of(text)
    assert [e.sentence for e in extraction.events] == [
        "Norway will apply lessons learned in the spill to the Arctic, the prime minister said on Monday."]
    assert extraction.summary_sentences[0].startswith("Norway will apply")
    assert title_from_text(text) == "Norway to apply spill lessons to Arctic"
    # the teaser and the label in the lead's sentence: the dateline takes them off it
    text = ("No exercise tied to fat in kids Full Article Hotel quarantine stirs controversy HONG KONG | "
            "Sat May 2, 2009 9:15 pm IST HONG KONG (Reuters) - Travelers quarantined in a hotel "
            "complained on Saturday.\nPolice sealed off the hotel on Friday night.")
    assert extraction_of(text).summary_sentences == ("Travelers quarantined in a hotel complained on Saturday.",
                                                     "Police sealed off the hotel on Friday night.")
    # without the label the first sentence is the article's own
    assert extraction_of(text.replace("Full Article ", "")).summary_sentences[0].startswith("Travelers")
    plain = "Helicopter crashes into crane on London tower on Wednesday, kills two.\nCrews searched the site."
    assert [e.sentence_index for e in extraction_of(plain).events] == [0]


def test_a_live_pages_list_items_are_events_and_a_writers_line_is_furniture() -> None:
    text = ("-- Eric Auchard is a Reuters columnist.\n"
            "The opinions expressed are his own.\n"
            "Protests went on across the country on Wednesday.\n"
            "-- State-run Nile TV reported that 2,100 escaped prisoners were arrested on Wednesday.\n"
            "-- Two flights carrying Israelis landed Thursday morning, a spokesman said.\n"
            "CNN's Jane Doe contributed to this report.")
    extraction = extraction_of(text)
    assert [e.sentence for e in extraction.events] == [
        "Protests went on across the country on Wednesday.",
        "State-run Nile TV reported that 2,100 escaped prisoners were arrested on Wednesday.",
        "Two flights carrying Israelis landed Thursday morning, a spokesman said."]
    assert extraction.summary_sentences[0] == "Protests went on across the country on Wednesday."


def test_a_subscribe_prompt_and_the_sentences_that_go_on_with_it_make_no_summary() -> None:
    text = ("Get our newsletter delivered to your inbox every morning.\n"
            "It's like reading it on the blog, only much more convenient.\n"
            "Your essential source for the latest news on the economy.\n"
            "The agency cut its growth forecast on Monday.\n"
            "It expects a recession next year.")
    assert extraction_of(text).summary_sentences == ("The agency cut its growth forecast on Monday.",
                                                     "It expects a recession next year.")


def test_a_summary_tells_whole_sentences_not_the_caption_or_headline_lines_before_them() -> None:
    # a caption cut off the lead it ran into, and a heading on its own line: no stop ends either
    text = ("Crews clean oil from the beaches and marshes In a speech on Wednesday, the president blamed the company.\n"
            "Cost of the clean-up so far\n"
            "The company said it would pay for the damage.")
    assert extraction_of(text).summary_sentences == ("In a speech on Wednesday, the president blamed the company.",
                                                     "The company said it would pay for the damage.")
    # an article with no whole sentence is summarized by what it has
    assert extraction_of("Cost of the clean-up so far\nA boom staged at the refuge").summary_sentences == (
        "Cost of the clean-up so far", "A boom staged at the refuge")


def test_a_credit_further_down_leaves_the_paragraph_before_it_alone() -> None:
    # past the page's top a credit may come before its caption, after a real paragraph
    text = ("The council met on Monday. It voted on the budget. Members argued for hours. "
            "The mayor resigned on Wednesday.\nPhoto: A passenger walks past a checkpoint.")
    assert [s for _, s in events_of(text)] == ["The council met on Monday.", "The mayor resigned on Wednesday."]


def untitled_extraction(text: str) -> tuple[str, Extraction]:
    """The title an untitled article's text gives it, and its extraction."""
    title = title_from_text(text)
    return title, extract(Article("a", "a.txt", title, text, FRIDAY, slug="a"), ExtractConfig(summarizer="lead"))


def test_only_the_first_sentence_loses_a_caption_before_the_title() -> None:
    """A title found inside a later sentence cuts nothing off it: the caption run in before the lead is the page's
    first sentence's only."""
    text = ("The rig was seen burning in the Gulf BP will pay the fund in full, the company said.\n"
            "On Tuesday the chief executive said BP will pay the fund in full by the end of the year.")
    title, extraction = untitled_extraction(text)
    assert title == "BP will pay the fund in full, the company said."
    assert dated(extraction) == [
        ("2011-03-15", "On Tuesday the chief executive said BP will pay the fund in full by the end of the year.")]


def test_a_headline_run_into_the_lead_neither_dates_its_event_nor_opens_its_summary() -> None:
    text = ("Boxer was knocked out last weekend The Health Ministry asked the boxer on Thursday to delay his return.\n"
            "Officials said he was well.")
    title, extraction = untitled_extraction(text)
    assert title == "The Health Ministry asked the boxer on Thursday to delay his return."  # the head a caption
    assert dated(extraction) == [
        ("2011-03-17", "The Health Ministry asked the boxer on Thursday to delay his return.")]
    first = extraction.summary[0]
    assert extraction.told(first, extraction.sentences.texts[first]) == (
        "The Health Ministry asked the boxer on Thursday to delay his return.")
    # a headline's style (no article, no auxiliary): the headline is the title, and the event the lead all the same
    text = ("Boxer knocked out in Las Vegas last weekend The Health Ministry asked the boxer on Thursday to delay his "
            "return.\nOfficials said he was well.")
    title, extraction = untitled_extraction(text)
    assert title == "Boxer knocked out in Las Vegas last weekend"
    assert dated(extraction) == [
        ("2011-03-17", "The Health Ministry asked the boxer on Thursday to delay his return.")]


def test_a_title_ending_on_a_quotation_leaves_its_sentence_whole() -> None:
    """Such a title may end inside its sentence (``read.untitled``): the rest would be no sentence."""
    text = ("The president warned the firm on Friday not to \u201cnickel and dime\u201d Gulf residents over claims.\n"
            "The firm said it would pay.")
    title, extraction = untitled_extraction(text)
    assert title.endswith("\u201d")
    assert dated(extraction) == [
        ("2011-03-18", "The president warned the firm on Friday not to \u201cnickel and dime\u201d Gulf residents "
                       "over claims.")]


def test_a_quoted_headline_comes_off_a_lead_that_reads_as_a_sentence() -> None:
    """A headline ending on a quotation, then a lead that opens on "The" or has its verb: the headline goes,
    and the caption run in after it too."""
    text = ("Death toll 'may be 50,000' On the ground with survivors as they plead for help The Red Cross "
            "estimated on Thursday that 50,000 people have died.\nRescue teams worked through the night. "
            "The roads to the capital were blocked. Aid reached the port.")
    title, extraction = untitled_extraction(text)
    assert title == "Death toll 'may be 50,000'"
    assert dated(extraction) == [
        ("2011-03-17", "The Red Cross estimated on Thursday that 50,000 people have died.")]
    text = ("Minister: \u201cWe are ready\u201d China has denied on Monday that it treats visitors unfairly.\n"
            "The ministry said so.")
    title, extraction = untitled_extraction(text)
    assert title == "Minister: \u201cWe are ready\u201d"
    assert [e.sentence for e in extraction.events] == ["China has denied on Monday that it treats visitors unfairly."]


def test_a_long_caption_run_in_after_the_headline_is_left_out() -> None:
    """A caption runs longer than a headline: its end is looked for past a title's length."""
    text = ("Government sues the drilling firm The action, filed in a New Orleans court, accuses them of violating "
            "safety regulations The administration has sued the firm and its partners over the spill on Wednesday.\n"
            "The firm said it would fight.")
    title, extraction = untitled_extraction(text)
    assert title == "Government sues the drilling firm"
    assert [e.sentence for e in extraction.events] == [
        "The administration has sued the firm and its partners over the spill on Wednesday."]


def test_a_caption_ending_on_the_name_its_lead_opens_with_is_left_out() -> None:
    text = ("Firm bosses hold crisis talks The meeting was the first between the president and Acme Acme "
            "executives met the president on Wednesday to agree a fund.\nAcme said the fund opens in June.")
    title, extraction = untitled_extraction(text)
    assert extraction.events[0].sentence == "Acme executives met the president on Wednesday to agree a fund."


def test_a_name_the_article_writes_doubled_is_no_caption_end() -> None:
    text = ("Valley farms count the cost Growers in the Walla Walla valley lost their crops on Wednesday.\n"
            "Walla Walla growers met on Thursday.")
    title, extraction = untitled_extraction(text)
    assert extraction.events[0].sentence == "Growers in the Walla Walla valley lost their crops on Wednesday."


def test_a_caption_run_in_after_the_headline_is_left_out_too() -> None:
    """A page's top block as one run: headline, picture caption, lead."""
    text = ("Up to 150 staff missing after quake The UN could not confirm that its chiefs were dead "
            "Officials at the agency say 150 people have been missing since Tuesday.\n"
            "The officials said the search went on. Two officials flew in. The officials met donors. "
            "Local officials helped. The officials left.")
    title, extraction = untitled_extraction(text)
    assert title == "Up to 150 staff missing after quake"
    assert dated(extraction) == [
        ("2011-03-18", "Officials at the agency say 150 people have been missing since Tuesday.")]


def test_a_byline_after_the_headline_is_left_out_of_the_lead() -> None:
    text = ("Firm ready for a spill, minister says By Jane Doe Environment correspondent, BBC News The minister "
            "visited the training centre on Wednesday to watch a drill.\nThe drill went well.")
    title, extraction = untitled_extraction(text)
    assert title == "Firm ready for a spill, minister says"
    assert [e.sentence for e in extraction.events] == ["The minister visited the training centre on Wednesday to watch a drill."]


def test_a_pages_headline_and_caption_make_no_event_and_no_summary_sentence() -> None:
    """The opening lines without a stop, before the lead: the headline (printed as the title) and captions."""
    text = ("Firm bosses hold crisis talks\nThe meeting was the first since the spill on Tuesday\n"
            "Firm executives met the president on Thursday to agree a fund.\nThe fund opens in June.")
    title, extraction = untitled_extraction(text)
    assert title == "Firm bosses hold crisis talks"
    assert dated(extraction)[0] == (
        "2011-03-17", "Firm executives met the president on Thursday to agree a fund.")
    first = extraction.summary[0]
    assert extraction.sentences.texts[first] == "Firm executives met the president on Thursday to agree a fund."


def test_a_first_sentence_that_titles_an_article_without_a_headline_stays() -> None:
    text = "Firm executives met the president on Thursday to agree a fund.\nThe fund opens in June."
    title, extraction = untitled_extraction(text)
    assert dated(extraction)[0] == (
        "2011-03-17", "Firm executives met the president on Thursday to agree a fund.")


def test_a_condition_dates_no_happening() -> None:
    assert events_of("BP faces up to $14bn in civil penalties, payable under US law, assuming the leak is plugged "
                     "in August.", dt.date(2010, 6, 14)) == []


def test_a_list_of_months_dates_no_one_month() -> None:
    assert events_of("The agency found no violations when it carried out inspections in February, March and April "
                     "this year.", dt.date(2010, 4, 23)) == []


def test_a_season_that_names_a_thing_dates_no_happening() -> None:
    published = dt.date(2009, 5, 5)
    assert events_of("Five schools have begun rescheduling exams as the summer exam season begins.", published) == []
    assert events_of("Nobody knows how much the summer oysters would cost.", published) == []
    # a season a phrase ends on still dates the happening
    assert events_of("The panel interviewed hundreds of witnesses and in the autumn conducted public hearings.",
                     dt.date(2011, 1, 6)) == [
        ("2010-FA", "The panel interviewed hundreds of witnesses and in the autumn conducted public hearings.")]
    assert events_of("Vaccine trials will run over the summer in North America.", published) == [
        ("2009-SU", "Vaccine trials will run over the summer in North America.")]


def test_a_bare_season_in_the_present_tense_is_any_years() -> None:
    published = dt.date(2008, 12, 7)
    assert events_of("Iceland gets less than five hours of sunlight a day in winter, but bookings from the "
                     "United States are up 90 percent.", published) == []
    assert events_of("The banks endured through autumn, officials said.", dt.date(2009, 5, 1)) == [
        ("2008-FA", "The banks endured through autumn, officials said.")]


def test_a_result_set_against_a_year_earlier_per_share_is_as_of_the_report() -> None:
    published = dt.date(1989, 10, 26)
    text = ("The computer maker said net jumped to $87 million, or $2.02 a share, from $58 million, "
            "or $1.40 a share, a year earlier.")
    assert events_of(text, published) == [("1989-10-26", text)]
    text = ("Crossland reported a loss of $175.5 million, or $13.44 a share, compared with net income of "
            "$27.1 million, or $1.16 a share, a year ago.")
    assert events_of(text, published) == [("1989-10-26", text)]
    text = "Net income fell to C$2.7 million, down from C$9.7 million, or 70 Canadian cents a share last year."
    assert events_of(text, published) == [("1989-10-26", text)]
    # a change's own date stays
    text = "Net income rose to $87 million in the third quarter from $58 million, officials said."
    assert events_of(text, published) == [("1989-Q3", text)]


def test_a_period_named_by_its_last_day_dates_no_happening() -> None:
    published = dt.date(1989, 10, 27)
    assert events_of("For the year ended July 2, Rally had net income of $2.4 million.", published) == []
    assert events_of("Daiwabo will exceed its mask sales target for the nine months ending next month.",
                     published) == []
    # the same words without a period named are a happening's day
    assert events_of("The strike ended on Sept. 30 after a month.", published) == [
        ("1989-09-30", "The strike ended on Sept. 30 after a month.")]


def test_the_terms_of_a_payment_declared_date_no_happening() -> None:
    published = dt.date(1989, 10, 26)
    text = "ONEIDA Ltd. declared a 10% stock dividend, payable Dec. 15 to stock of record Nov. 17."
    assert events_of(text, published) == [("1989-10-26", text)]
    # the payment told as a plan keeps its day
    text = "The increased dividend will be paid Dec. 14 to holders of record Nov. 15."
    assert events_of(text, published) == [("1989-12-14", text)]


def test_a_debts_maturity_and_a_fiscal_quarter_date_no_happening() -> None:
    published = dt.date(1989, 10, 30)
    assert events_of("Sun announced the effectiveness of its registration statement for $125 million of 6 3/8% "
                     "convertible debentures due Oct. 15, 1999.", published) == []
    assert events_of("Delta Air Lines earnings soared 33% to a record in the fiscal first quarter, bucking the "
                     "industry trend.", published) == []
    # a debt's falling due told by a verb is the happening
    text = "Billions of dollars of loans are coming due next year."
    assert events_of(text, published) == [("1990", text)]
    # a calendar quarter still dates its figures
    text = "Delta Air Lines earnings soared 33% to a record in the third quarter, bucking the industry trend."
    assert events_of(text, published) == [("1989-Q3", text)]


def test_a_relative_clause_between_a_subjects_date_and_its_present_perfect() -> None:
    published = dt.date(2010, 7, 25)
    text = ("But the explosion on the drilling rig off Louisiana on 20 April, which killed 11 workers, "
            "has raised questions about his leadership.")
    assert events_of(text, published) == [("2010-07-25", text)]
    # told in the past, the explosion's day is the happening's
    text = "The explosion on the rig on 20 April, which killed 11 workers, was caused by gas."
    assert events_of(text, published) == [("2010-04-20", text)]


def test_a_participles_phrase_through_onto_dates_its_noun() -> None:
    published = dt.date(2010, 7, 15)
    assert events_of("The plume disappeared from the video feed as BP closed the last of three openings in the "
                     "cap lowered onto the well earlier this week.", published) == []
    text = "BP lowered the cap onto the well earlier this week."
    assert events_of(text, published) == [("2010-W28", text)]


def test_a_figure_told_as_a_multiple_of_what_was_spent_a_year_before_is_as_of_the_report() -> None:
    published = dt.date(2010, 9, 2)
    text = ("BP says it spends more than $5 million a week on advertising, more than three times the amount it "
            "spent on ads during the same period last year.")
    assert events_of(text, published) == [("2010-09-02", text)]
    # a year's figure of its own keeps its year
    text = "BP spent $5 million on advertising last year."
    assert events_of(text, published) == [("2009", text)]


# --- a lead told in the present perfect: the news of its day ------------------------------------------------------

@pytest.mark.parametrize(("lead", "news"), [
    ("BP has admitted full responsibility for cleaning up the spill.", True),
    ("The first cases of swine flu have been confirmed in Europe.", True),
    ("The latest attempt to stop the oil leak has failed, the oil giant BP has said.", True),
    ("Thousands of people in Haiti have spent a second night sleeping in the open.", True),
    ("Shares in BP have risen amid speculation that investors may buy stakes.", True),
    ("The strain that has struck Mexico involves a virus never seen before.", False),  # a relative clause's
    ("This is not the first time Robert Dudley has sat in the hot seat.", False),  # after a main verb
    ("Leachman argues that the stimulus has created more jobs than it cost.", False),  # a reported clause's
    ("The venture could not have happened at a better time for the two firms.", False),  # a modal's
    ("Officials may have known about the leak for weeks before the blast.", False),
    ("The company has a plan to cap the well within days.", False),  # "has" is no auxiliary
    ("Scientists warn the slick could reach Florida, which has seen no oil yet.", False),
    # the main clause's perfect after a relative clause's
    ("The ruptured well that has spewed millions of barrels of oil into the Gulf has finally been sealed.", True),
    ("A virus which has killed 100 people has reached Europe.", True),
    ("The news that BP has capped the well has been welcomed.", False),  # "that" opens no relative clause here
    # a lead told as what its source says now
    ("BP says it has set aside $32.2bn to cover the costs linked to the oil spill.", True),
    ("The US coastguard says BP has managed to cap one of three leaks from its well.", True),
    ("The United Nations says that its headquarters in Haiti has been seriously damaged.", True),
    ("Analysts who say BP has underestimated the leak were ignored.", False),
    # a participle like its verb's base, an adverb in "-ly" between the auxiliary and it
    ("The new H1N1 swine flu has spread to nine countries.", True),
    ("The oil spill in the Gulf of Mexico has now cost BP $1.25bn.", True),
    ("Underwater robots have successfully removed a leaking cap on BP's well.", True),
    ("Obama says that BP has been slow.", False),  # a state, not a happening's participle
    ("The United Nations says that its headquarters in Haiti has been seriously damaged.", True),
    # the complement is read as any lead is; a view of many, a subordinate opening, a clause's second perfect
    ("BP says it may have capped the well.", False),
    ("BP says it will have spent $3bn on the clean-up.", False),
    ("Critics say BP has mishandled the spill.", False),
    ("The Haitian authorities say they have buried 40,000 bodies so far.", True),  # many, named
    ("If BP says it has capped the well, shares will rise.", False),
    ("The strain that has struck Mexico and has killed 100 people involves pigs.", False),
    ("Haiti has badly damaged ports.", False),  # an adjective in "-ly", no adverb of the perfect
    ("Haiti has relatively limited testing capacity.", False),
])
def test_a_lead_in_the_present_perfect_tells_the_news_of_its_day(lead: str, news: bool) -> None:
    from timeline.extract.news_leads import tells_news_of_the_day

    assert tells_news_of_the_day(lead) is news


def test_a_lead_without_a_date_told_in_the_present_perfect_is_an_event_of_its_report_s_day() -> None:
    text = ("BP has admitted full responsibility for cleaning up the spill.\n"
            "The company has drilled in the Gulf of Mexico for decades.\n"
            "Crews worked through the night.")
    assert events_of(text) == [("2011-03-18", "BP has admitted full responsibility for cleaning up the spill.")]
    # only the lead: further on, the perfect looks back
    assert events_of("Crews worked through the night.\nBP has admitted full responsibility for the spill.") == []
    # a lead with a date of its own keeps it
    assert events_of("BP has capped the well on Thursday, officials said.") == [
        ("2011-03-17", "BP has capped the well on Thursday, officials said.")]
    # without a publication day there is no day to give it
    assert events_of(text, published=None) == []


def test_a_lead_s_news_is_told_without_the_caption_run_into_it() -> None:
    """A page's first sentence may carry a picture's caption with no stop after it: the news that follows it is
    the event; what is left after the cut makes none unless it is news itself."""
    text = ("Matthew Price looks at the impact of the shutdown on businesses in Mexico Mexico has begun a five-day "
            "shutdown of parts of its economy to slow the spread of swine flu.\n"
            "Offices and factories closed across the country.")
    assert events_of(text) == [("2011-03-18", "Mexico has begun a five-day shutdown of parts of its economy to slow "
                                              "the spread of swine flu.")]
    text = ("A 30-year state of emergency has aided his rule He now faces widespread demonstrations after the revolt.\n"
            "Crowds gathered in the square.")
    assert events_of(text) == []  # the caption is no news, and what follows opens on a pronoun


def test_a_chronologys_items_in_the_historical_present_are_events() -> None:
    """A chronology tells each day in the present ("seizes"), which alone reads as no happening; its item's day
    dates it, printed without the day its heading gives."""
    text = ("Key moments of the crisis.\nSept. 7: U.S. government seizes Fannie Mae and Freddie Mac.\n"
            "Sept. 21: The Fed approves Goldman Sachs's and Morgan Stanley's transformations to bank holding firms.\n"
            "Sept. 29: The British government nationalizes mortgage lender Bradford & Bingley.\n")
    assert events_of(text, dt.date(2008, 10, 7)) == [
        ("2008-09-07", "U.S. government seizes Fannie Mae and Freddie Mac."),
        ("2008-09-21", "The Fed approves Goldman Sachs's and Morgan Stanley's transformations to bank holding firms."),
        ("2008-09-29", "The British government nationalizes mortgage lender Bradford & Bingley.")]
    # not a sentence in the present that opens on no day: a state or a habit
    assert events_of("The Fed approves such transformations in September.", dt.date(2008, 10, 7)) == []
