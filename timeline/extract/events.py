"""Which sentences are events, and the one date each is about.

A date mention is not an event. A reader wants the happenings of a story,
each on the day it took place, once. So a sentence makes at most one event,
dated by the expression that anchors its main happening, and only when it
reports a happening at all:

- **Which date.** Of the sentence's dates, the ones that cannot date its
  main happening are set aside first: a bare clock time ("at 1520 GMT"
  says nothing of the day); a date that names a thing ("its 2019 survey
  results", "Tuesday's protests", "the 2003 SARS crisis"); a date in a side
  clause, an apposition, a participle or a plan set off by commas or a comparison
  ("after the explosion in April", "a charity set up 10 years ago", "The
  woman, rescued on Friday, is being treated", "Announced in early February,
  it may not launch until July", "a report, to be published next week,",
  "than in 2003"); both ends of a span and
  every day of a list ("from 2002 to 2006", "Wednesday to Friday"); a date
  a speaker gives inside quotation marks; a record's reference ("the lowest
  since 1995"); and a year far from the article's own time unless the
  sentence opens on it ("In 1986, ..."; a year told aside, "born in Haiti in
  1972", is a life or a history, not the story). The bound of a state ("the
  toll since March", "closed until Friday"), the new day of something put
  off ("postponed the concert to July 31"), the baseline of a change and
  a present state beside a past date ("is still struggling to recover from
  hurricanes in 2008") date the sentence as of the publication day. Of the
  rest the finest wins ("on Thursday" over "2019"), the first of equals.
- **Whether a happening, whether it stands alone, and a sentence that
  continues the one before it**: ``timeline.extract.happenings``. The side
  clauses a date may sit in: ``timeline.extract.side_clauses``.

Everything here reads one sentence (and its predecessor) of natural
English; nothing depends on how a corpus was tokenized.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.extract.dating import day_offset
from timeline.extract.happenings import QUOTED, tells_simple_past
from timeline.extract.side_clauses import ATTRIBUTION, IRREGULAR_PAST, in_trailing_phrase, side_clause, tells_state
from timeline.records import Granularity, When
from timeline.temporal import Timex
from timeline.temporal.zones import ZONE

FAR_YEARS = 10
"""A year this far from the publication year dates a happening only when the sentence opens on it."""
PHRASE_PAST_YEARS = 2
"""A date this many calendar years or more before the report, in an "-ing" phrase after the main clause
(``timeline.extract.side_clauses.in_trailing_phrase``), dates a thing the phrase names, not the happening. On
the dev articles 46 events were dated inside such a phrase: 41 of the report's year or the one next to it, nearly
all the main happening's time ("BP's shares closed up 7.2%, recovering losses suffered on Thursday"); of the 5 at
three years or more, 4 named a past disaster or document ("with some drawing comparisons to Hurricane Katrina in
2005", "pulling out press clippings from 2007") in a report of the day; the fifth ends a history the sentence
dates itself, and keeps its date."""
HEAD_WORDS = 3
"""A year far from the article's time dates a sentence only within its first words ("In 1986, ...")."""


@dataclass(frozen=True, slots=True)
class Dated:
    """One resolved date expression of a sentence: where it is and what it means."""

    start: int
    """Offset of the expression in the sentence."""
    end: int
    text: str
    when: When
    clock_only: bool = False
    """A time of day with no date of its own ("at 3 pm"): it resolved against the publication day."""

    @classmethod
    def of(cls, timex: Timex, shift: int, when: When, clock_only: bool) -> Dated:
        """The tagger's ``timex``, its offsets moved by ``shift`` (into its sentence), read from the day it names:
        "the night of April 19" as "April 19" (``dating.day_offset``)."""
        skip = day_offset(timex)
        return cls(timex.start + skip + shift, timex.end + shift, timex.text[skip:], when, clock_only)


_CUE_BEFORE = re.compile(
    r"(?:\b(?:in|on|at|during|by|before|after|from|until|till|through|throughout|between|and|or|to|"
    r"early|late|mid|since|back|around|circa|about)|[,(])\s*(?:the\s+)?$", re.I)
"""A preposition (or list punctuation) just before a year: the year is a time, not a name
("of" is no cue: "the Oil Pollution Act of 1990", "the class of 2010" are names)."""
_MODIFIER_BEFORE = re.compile(
    r"\b(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|whose|[A-Za-z]+['\u2019]s)\s+"
    r"(?:(?:[a-z]{2,}(?:ic|ive|ous|ful)|projected|proposed|planned|expected|revised|scheduled|delayed|"
    r"postponed|disputed|contested|failed|abandoned|stalled|aborted|rescheduled|"
    r"traditional|annual|usual|unusual|special|potential|initial|original|"
    r"fatal|deadly|costly)\s+)?$", re.I)
"""A determiner or a possessive just before a date that names a thing ("its 2019 survey", "Tuesday's
protests"), or one adjective between ("the traditional Memorial Day ceremony", "the disastrous 2007
takeover", "a potential 2012 presidential hopeful": four dev events lose such a date; an open word
there, "the protests Tuesday in Cairo", took the date off 134, mostly wrongly), or a participle that
marks a plan or a dispute ("the projected fiscal 2011 budget gaps", "the disputed 2009 presidential
election": two dev events)."""
_NOUN_AFTER = re.compile(r"^[-\s]*([A-Za-z][a-z-]+|[A-Z]{2,}\b)")
_RANGE_START_BEFORE = re.compile(r"\b\d{4}[-\u2013]$")
_RANGE_END_AFTER = re.compile(r"[-\u2013]\d{2}(?:\d{2})?\b")
"""The other end of a range of years around a year ("the 2008-[2009] crisis", "the [2009]-10 season"):
the tagger tags each end (``temporal.periods.year_range``), and the range as a whole modifies."""
_NAMED_PLACE = re.compile(
    r"^\s+(?:Bridge|Street|Square|Road|Avenue|Park|Stadium|War|Revolution|Movement|Agreement|Accord|Act|"
    r"Declaration|Uprising|City|Club|Prize|Group)\b")
"""A date that is part of a name ("the 6 October Bridge", "the January 25 Revolution")."""
_POSSESSIVE = re.compile(r"^['\u2019]s?\s+[A-Za-z0-9]")
"""A date in the possessive ("Tuesday's protests", "Tuesday's 7.0-magnitude earthquake") names the thing that
follows it."""
_PERFECT_AFTER_SUBJECT = re.compile(
    r"(?:['\u2019]s?)?(?:\s+(?!(?:should|would|could|might|must|may|will|to)\b)[\w.,-]+){1,5}?"
    r"\s+(?:has|have)\s+(?:now\s+|already\s+|so\s+far\s+)?(?!been\b)[a-z]+\b")
"""After a date that names the sentence's subject, its verb in the present perfect: a state as of the
report ("Tuesday's earthquake has left an estimated 50,000 dead"), not the subject's own day; not a modal's or
an infinitive's perfect ("The 1918 era should have given ...", "The April 20 explosion is thought to have begun")."""
_BEYOND_BEFORE = re.compile(
    r"(?<!\band\s)(?<!\bor\s)\bbeyond\s+"
    r"(?:the\s+(?:end|start|middle)\s+of\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:\w+\s+){0,2}?(?:in\s+)?)?$", re.I)
"""A date after "beyond" is a limit ("trades that extend beyond June 2011", "remain in office beyond the end
of his term in February 2011"), no happening's day. Not the idiom "... and beyond" ("the central United
States and beyond this week"), where "beyond" ends a list of places."""
_RUN_UP_BEFORE = re.compile(
    r"\b(?:(?:leading|running|led|ran)\s+up\s+to|in\s+the\s+(?:run|lead)-up\s+to|in\s+the\s+(?:days|weeks|months)"
    r"\s+(?:before|leading\s+up\s+to))\s+$", re.I)
"""A date that ends a period before it ("regulations were violated in the period leading up to April 20", "in
the weeks before Christmas") is the period's bound, no happening's day (one dev event, judged misdated)."""
_TOPIC_BEFORE = re.compile(
    r"\b(?:caused|causes?\s+of|led\s+to|lead\s+to|leading\s+to|consequences?\s+of|links?\s+between|relating\s+to|"
    r"related\s+to|over|about|blamed?\s+for|investigat\w+|inquiry\s+into|probe\s+into)\s+"
    r"(?:the|a|an|its|their|this|that|[A-Z]\w*['\u2019]s)\s+(?:[\w'.-]+\s+){0,5}?"
    r"(?:explosion|blast|disaster|spill|accident|earthquake|quake|blowout|sinking|collapse|crash|attacks?|shootings?|"
    r"bombings?|fire|tragedy|catastrophe|uprising|revolution|coup|bailout|rescue|election)\s+(?:in|on|of)\s+$")
"""A past event named as what a sentence is about, its cause or its consequence ("denied any link between the
rig blast in April and ...", "anger over the accident on 20 April", "legislation that addresses the consequences
of the explosion on 20 April", "$50m relating to a refinery explosion in 2005"): its date is the event's, a week
or more before the report, not that of the denial, the anger or the fine. (Not after "by" or "in": "killed by
the explosion on 20 April", "died in the quake on 12 January" are dated by it.) On the dev articles ten events
lose that date: eight have no other, two move to one of their own ("hearings this week focused on what led to the
explosion on 20 April")."""
TOPIC_DAYS = 7
"""A date this many days or more before the report is a named past event's, after ``_TOPIC_BEFORE``; a nearer
one may be the verb's ("took responsibility for the response to the spill on Thursday")."""
_SINCE_BEFORE = re.compile(r"\b(?:since|until|till|so\s+far\s+(?:in|this)|to\s+date\s+in)\s+$", re.I)
"""A date that bounds a state rather than dates a happening: "the toll since March", "closed until Friday"."""
_NOT_NOUNS = frozenset("""
    and or but to when as after before while until because if so that than then which who where
    was were is are has have had will would could should may might must did does do be been being
    said says say told tells reported announced
    """.split())
_PREPOSITIONS = frozenset("in on at of for with from by into through over under along across around amid ahead about".split())
_SEASON_BEFORE_NOUN = re.compile(
    r"(?i:the)\s+(?:spring|summer|autumn|fall|winter)\s+(?!(?:"
    + "|".join(sorted(_NOT_NOUNS | _PREPOSITIONS)) + r")\b)[a-z]+\b(?<!ed)")
"""A season that names a thing after it ("the summer exam season begins", "the winter months", "how much the
summer oysters would cost"), not a time of the happening: a word after it that is no noun (``_NOT_NOUNS``, as for
a date's modifier, a preposition or a past form) ends the phrase ("the start of the summer in North America", "in
the autumn conducted hearings")."""


_FISCAL_PERIOD = re.compile(
    r"^[-\s]*(?:net|profit|profits|earnings|income|results|revenue|revenues|sales|loss|losses|output|growth|GDP|"
    r"figures|dividend)\b", re.I)
"""A quarter or a year of account ("third-quarter net income"): the period a figure covers,
reported after it."""
_BRACKETED = re.compile(r"\s*\([^()]*\)")
"""A bracket between a range's ends says what one of them was ("between 22 April (the day the rig sank) and 3
June"): the range is read without it."""
_RANGE_START = re.compile(r"\b(?:from|between)\s+(?:the\s+)?$", re.I)
_RANGE_END = re.compile(r"\s*(?:to|until|till|through|and|-|\u2013)\s*(?:the\s+)?", re.I)
"""A span of time ("from 2002 to 2006", "between 1994 and 2004", "on Wednesday to Friday last
week"): its happening is not at either end."""
_BASELINE_BEFORE = re.compile(
    r"\b(?:up|down|rise|rose|risen|fall|fell|fallen|increase[ds]?|decrease[ds]?|drop(?:ped)?|jump(?:ed)?|gain(?:ed)?|"
    r"decline[ds]?|percent|points?|double[ds]?|triple[ds]?|halved)\b[^,;]{0,40}\bfrom\s+(?:[\w$%.,]+\s+){0,3}$", re.I)
"""The start of a change ("down five points from early last month", "fallen 25 percent from
their peak in 2006"): the change is told as of the report, the date is its baseline."""
_SET_AGAINST = (r"\b(?:from|against|compared\s+(?:with|to))\s+(?:(?:(?:a|an|the|its|their)\s+(?:(?:record|all-time|recent)\s+)?"
                r"(?:peak|high|low|level|total|figure)|(?:net\s+)?(?:income|profits?|earnings|loss|sales|revenues?))\s+of\s+)?"
                r"(?:(?:about|around|nearly|almost|roughly|some|just|only|"
                r"more\s+than|less\s+than|over|under)\s+)?(?:[A-Z]{0,2}[$\u00a3\u20ac]|#)?\d[\d.,]*(?![\d.,])")
"""An amount a figure is set against, "from about 40", "against more than 120", "from a peak of about 37 percent",
"compared with net income of $27.1 million" (``_BASELINE_AMOUNT``, ``_BASELINE_BARE``)."""
_MATURITY = re.compile(
    r"\b(?:debentures?|notes|bonds?|securities|debt|loans?|obligations|mortgages?|certificates|bills)\b"
    r"(?:(?!\b(?:is|are|was|were|be|been|being|will|would|falls?|fell|comes?|came|becomes?|became)\b)[^.;:]){0,40}?"
    r"\b(?:coming\s+)?due\s+(?:in\s+|on\s+)?$", re.I)
"""A debt named by when it falls due ("6 3/8% convertible subordinated debentures due Oct. 15, 1999", "its bonds due in
2019", "the yield on its debt coming due next year"): the maturity is a term of the debt, no happening's day. Not a
debt's falling due told by a verb ("loans are coming due next year"): that is the happening."""
_FISCAL = re.compile(r"(?i)\bfiscal\b")
"""A quarter or a half of a fiscal year ("in the fiscal first quarter"): the tagger gives the calendar's quarter of
that number, which a fiscal year need not share, so it dates no happening."""
_PAYMENT_TERM = re.compile(r"(?:,\s*payable|\bof\s+record)\s+(?:on\s+|as\s+of\s+)?$", re.I)
"""The terms of a payment declared ("declared a 10% stock dividend, payable Dec. 15 to stock of record Nov. 17"):
the declaration is the happening, as of the report; its days are the payment's terms. Not the payment told as a
plan ("The dividend is payable Jan. 2", "will be paid Dec. 14"): its day is the plan's."""
_PERIOD_ENDED = re.compile(
    r"\b(?:quarter|year|months|weeks|period|half)\s+(?:ended|ending|that\s+ended|which\s+ended)\s+(?:on\s+)?$", re.I)
_ENDED_AFTER = re.compile(r"\s+(?:ended|ending)\s+(?:on\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
                          r"\s+\d|\d{1,2}\s+[A-Z][a-z]+|(?:next|last|this)\s+[a-z]+)")
"""A period named by its last day ("net income for the year ended July 2", "its fourth quarter ended Sept. 30",
"mask sales for the nine months ending next month"): a company's figure for the whole period, whose end is
no day of a happening; the period before "ended" is the same one, and dates it no better ("fourth quarter"
of a fiscal year)."""
_PER_SHARE = r"(?:or\s+(?:[A-Z]{0,2}[$\u00a3\u20ac])?\d[\d.,]*\s+(?:[A-Z][a-z]+\s+)?(?:cents?\s+)?(?:a|per)\s+share,?\s+)?"
"""A company's figure given again per share after the amount ("from $58 million, or $1.40 a share, a year
earlier", "from C$9.7 million, or 70 Canadian cents a share last year"): part of the same baseline."""
_BASELINE_AMOUNT = re.compile(
    _SET_AGAINST + r"(?!\s*(?:" + ZONE + r"|a\.?m\b|p\.?m\b|hrs\b|hours\b|o'clock))"
    r"\s*(?:[\w%$.,-]+\s+){0,3}?" + _PER_SHARE + r"(?:in|on|at|by)\s+$", re.I)
"""An amount a figure is set against ("jumped to 515 points from around 40 basis points in April",
"worth 70 billion pounds against more than 120 billion pounds in April"): the date is the
baseline's, the figure is as of the report. Not a clock time ("from 0100 GMT on Saturday")."""
_ORDERED_BY = re.compile(
    r"(?:\b(?:ordered|asked|told|required|directed|instructed|given\s+until|summoned)\s+(?:[\w'\u2019.-]+\s+){0,3}?"
    r"to\s+[a-z]+|\b(?:demanding|demanded|requesting|requested|seeking|sought)\s+(?:a|an|the)\s+[a-z]+)"
    r"\b[^,;:.]{0,60}?\b(?:by|before|no\s+later\s+than)\s+(?:the\s+)?$", re.I)
"""A deadline set by an order or a demand ("with BP ordered to produce documents by June 3", "asked BP to respond
by Friday", "demanding a briefing by Sept. 10"):
the order is the happening, the deadline only its term."""
_CALLED_OFF_AFTER = re.compile(
    r",?\s+(?:which|that)\s+(?:has|have|had)\s+(?:now\s+|since\s+|also\s+)?been\s+(?:cancell?ed|postponed|"
    r"called\s+off|scrapped|delayed|suspended|put\s+off|shelved)\b", re.I)
"""A plan's date followed by its cancellation ("a dividend payment on Monday, which has now been canceled"): the
cancellation is the happening, as of the report."""
_INSTEAD_BEFORE = re.compile(r"\b(?:instead\s+of|rather\s+than)\s+(?:the\s+)?$", re.I)
_MULTIPLE_OF = re.compile(
    r"\b(?:double|twice|triple|(?:three|four|five|ten)\s+times|half|a\s+third\s+of|a\s+quarter\s+of)\s+"
    r"(?:the|its|their)\s+(?:number|figure|total|amount|level|count|rate)\s+"
    r"(?:(?:reported|recorded|seen|given|estimated|found)\s+|(?:it|they|he|she|we)\s+[a-z]+\s+(?:[a-z]+\s+){0,3}?)?"
    r"(?:(?:in|on|at|by|during)\s+(?:the\s+same\s+(?:period|time|week|month|quarter)\s+)?)?$", re.I)
"""A figure told as a multiple of an earlier one ("209 sea turtles, about double the number reported late last
week", "more than three times the amount it spent on ads during the same period last year"): the earlier one is the
baseline, the figure is as of the report."""
_BASELINE_BARE = re.compile(_SET_AGAINST + r"\s*(?:(?!(?:to|and|or)\b)[\w%$.,-]+\s+){0,3}?" + _PER_SHARE + "$", re.I)
_PAST_POINT = re.compile(r"(?i:last\s|yesterday\b)|.*\b(?:ago|earlier)$")
"""An amount set against one of a past point named without a preposition ("jumped from around 100 basis points
last Friday", "40% worried, compared with 50% last week", "slipped from 64 percent last August to 52 percent
now"): a baseline too. Only before "last ...", "yesterday" or "... ago": "raised its alert level to 5 from 3
this week" is the change's own week."""
_BASELINE_AND = re.compile(
    r"\s*,?\s*and\s+(?:[$\u00a3\u20ac]?\d[\w%$.,]*\s+){1,2}(?:[\w%]+\s+){0,2}(?:(?:in|on|at|by)\s+)?")
"""A second baseline listed after the first ("up from about 3.1 percent a month ago and 2.9 percent
three months ago", "up from 38 percent in mid-May and 22 percent in early April", "and 42 basis points in
April"): as the first, the date of a figure the change is set against. With the bare baseline
(``_BASELINE_BARE``) and two units allowed here (one before), five dev events change: a judged-misdated one to the
judge's day ("The swaps have jumped from around 100 basis points last Friday and 42 basis points in April", as
of the report), a judged-right poll from its week to its report's day (its figure as of the report), three without a
verdict to their report's day."""
_POSTPONED_TO = re.compile(
    r"\b(?:postpone[ds]?|delay(?:ed|s)?|pushed\s+back|push(?:es)?\s+back|moved|reschedul(?:ed|es?)|put\s+off|"
    r"defer(?:red|s)?|extended)\b[^;.]{0,60}\b(?:to|until|till)\s+(?:the\s+)?$", re.I)
"""The new day of something put off ("postponed Sunday's shows to July 31", "the deadline was
extended to June 30"): the happening is the putting off, as of the report, not the new day."""
_AGO = re.compile(r"\bago$", re.I)
"""A length counted back from the report ("five days ago"): it dates only a verb in the simple past."""
_PAST_STATE = re.compile(r"\bhad\s+(?:been|\w+ed)\b|\b(?:continued|remained|stayed|lasted|kept)\b", re.I)
"""A state told in the past ("had been in Cairo since January 23", "continued to slide until
2002"): it held until some past day, not as of the report."""

_DAY_JOINT = re.compile(r"\s*(?:to|through|-|\u2013)\s*")
_YEAR_JOINT = re.compile(r"\s+(?:to|through)\s+")
"""Years joined by a word ("tax returns for 2007 through 2009") span the time between; "2007-08" names a season or
a crisis by its years, dated by its last (as "the 2008-2009 crisis" is a name)."""
_LIST_JOINT = re.compile(r"^\s*(?:,|,?\s*(?:and|or|&))\s*$")
_DATELINE_PLACE = re.compile(r"(?:^|[\s)])[A-Z][A-Z.'-]{2,}(?:\s+[A-Z][A-Z.'-]+)*,\s*$")
_DATELINE_AFTER = re.compile(r"^\s*(?:--|\u2014|\u2013|\(|/)")
_STAMP_AFTER = re.compile(r"^\s*(?:\|\s*By\b|:\s*\d{1,2}:\d{2})")
_DAY_RANGE = re.compile(r"^\s*(?:[-\u2013]|and|to|through)\s*\d{1,2}\b(?![,.]?\d|\s*(?:%|percent|people|per))")
"""A span of days written on one month ("taken April 21-27", "peaked between April 23 and 28"):
no single day of it."""
_RECORD = (r"(?:\b(?:first|only)\s+(?:time\s+)?|\bnot\s+|\b(?:lowest|highest|biggest|largest|worst|best|smallest|"
           r"fewest|strongest|weakest|deadliest|sharpest|steepest|fastest|slowest)\b[^,;]{0,40}?)since")
"""A record measured from a date ("for the first time since 20 April", "its lowest share price since
1995"): the date is the record's reference, not when the happening took place or a state's start."""
_RECORD_SINCE = re.compile(_RECORD + r"\s+(?:the\s+|a\s+|an\s+)?$", re.I)
"""The record's "since" right before the date."""
_RECORD_SINCE_CLAUSE = re.compile(_RECORD + r"\b[^,;]*$", re.I)
"""The record's "since" anywhere in the date's clause ("the largest since the rallies of the late 1980s")."""
_THEN_ON = re.compile(r"\s+on\s+")
_NEXT_PERIOD = re.compile(r"^(?:the\s+)?(?:next|coming)\b", re.I)
_AHEAD_OVER = re.compile(r"\b(?:over|within|during|for)\s+$", re.I)
_IN_BEFORE = re.compile(r"\bin\s+$", re.I)
_PAST_PERIOD = re.compile(r"^(?:the\s+)?(?:past|last|previous)\b", re.I)
_OF_A_PERIOD = re.compile(r"\smonths\s+of\s", re.I)
"""A part of a named period ("in the last three months of 2008"): that period's, not one up to the report."""
_OVER_BEFORE = re.compile(r"\b(?:over|in|during|within|for)\s+$", re.I)
""""a rise of $2bn in the past month", "lessons over the past year": a period a state is measured
over, up to the report, not the day of a happening."""
_NOT_UNTIL = re.compile(r"^\W*(?:it\s+(?:was|is)\s+)?not\s+(?:until|till)\s+(?:the\s+)?$", re.I)
"""The inverted "not until" opening a sentence ("Not until May 27 did the group raise its estimate",
"It was not until Friday that ..."): the date is when the happening at last took place, not a
state's bound (but "tax increases, although not until next year" is a plan's)."""
_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+$", re.I)
_WHEN_IT_ENDED = re.compile(
    r",?\s+when\s+(?:(?!(?:will|would|is|are|has|have|had|can|may|might|could)\s)[\w'\u2019.-]+\s+){1,4}?"
    r"(?!had\b)(?:was|were|[a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")\b")
"""A state that lasted until a day told by what happened on it ("The spill ran until July 15, when the well
was capped", "it was just a flu until Friday when the alarm was raised"): the day is the happening's, not a
bound of a state (``_SINCE_BEFORE``); not a bound ahead ("a moratorium until May 28, when a review is due"), nor
a state by then ("continued to slide until 2002, when the debt had doubled")."""
_THAT = re.compile(r"\bthat\b")
_THE_PERIOD = re.compile(r"(?i:the)\s")
_OPENING_DATE = re.compile(r"^\W*(?:(?:On|In|At|By|During|Over|Early|Late)\s+)?$")
"""A date that opens the sentence frames its main clause; a finer one after a "that" is what was said, thought
or hoped ("This weekend BP remained optimistic that the cap placed on Thursday night would hold"): the
opening date is the happening's (the saying, the hope). Not "the week" and the like, which open a description
("In the week he'd been in Louisiana, he knew of two chicks that died, Russell said Friday")."""
_CHRONOLOGY_ITEM = re.compile(r"^\s*(?:-|\u2013|\u2014|:)\s")
CHRONOLOGY_ITEMS = 3
"""A sentence with this many dates each opening a list item ("1994 - Hurricane Gordon kills
hundreds 1998 - Hurricane Georges ...") is a chronology run together, no one happening; so is one that
names this many years, a range of years counting once ("in 1692 in Jamaica, a quake ... killed 2,000; in
Leeward Islands in 1843, ...; and another in Jamaica in 1907, ...", "the Indian Ocean tsunami of 2004,
Hurricane Katrina in 2005, the global economic crisis that began in 2008"): a history or a list of
precedents told in one breath. On the dev articles 6 events go (the two judged, both misdated; the others
dated by one of their years: a career's, a lending plan's, a chief executive's record)."""

_FRONTED_IN = re.compile(r"(?:^|[,;]\s+|\band\s+)(?i:in)\s+$")
"""A date that opens a clause of its own, "in" before it and a comma after ("In 1995, a man was pulled from a
supermarket in Seoul 16 days after it collapsed, and in January 2004, a woman ..."): two such clauses tell two
happenings of two times, no one of them the sentence's. On the dev articles 2 events go (the one judged, misdated;
"In fiscal 2009, BP was the Pentagon's largest single supplier of fuel ..., and in 2010, its contracts ...")."""


def choose_anchor(sentence: str, dates: Sequence[Dated], published: dt.date | None) -> When | None:
    """The date of the sentence's main happening, or None when none of its dates can give it.

    ``dates`` are the sentence's resolved expressions in text order, with
    offsets into ``sentence``.
    """
    usable: list[Dated] = []
    since = False
    ranged = {i for i, d in enumerate(dates[:-1])
              if _RANGE_END.fullmatch(_BRACKETED.sub("", sentence[d.end:dates[i + 1].start])) and (
        _RANGE_START.search(sentence[max(0, d.start - 40):d.start])
        or (d.when.granularity == dates[i + 1].when.granularity in (Granularity.DAY, Granularity.MONTH)
            and _DAY_JOINT.fullmatch(sentence[d.end:dates[i + 1].start]))
        or (d.when.granularity == dates[i + 1].when.granularity == Granularity.YEAR
            and _YEAR_JOINT.fullmatch(sentence[d.end:dates[i + 1].start])))}
    ranged_days = {i for i, d in enumerate(dates) if d.text[-1:].isdigit() and _DAY_RANGE.match(sentence[d.end:d.end + 12])}
    for i, d in enumerate(dates[:-1]):
        if _LIST_JOINT.match(sentence[d.end:dates[i + 1].start]):
            ranged_days |= {i, i + 1}  # "on Friday, Saturday and Sunday", "for 2001 and 2002": no one day of them
    if (sum(1 for d in dates if _CHRONOLOGY_ITEM.match(sentence[d.end:d.end + 3])) >= CHRONOLOGY_ITEMS
            or len({d.when.first.year for i, d in enumerate(dates)
                    if d.when.granularity is Granularity.YEAR and i - 1 not in ranged}) >= CHRONOLOGY_ITEMS
            or len({d.when.value for d in dates if sentence[d.end:d.end + 1] == ","
                    and _FRONTED_IN.search(sentence, max(0, d.start - 12), d.start)}) >= 2):
        return None
    quoted = _quoted_spans(sentence)
    asides = [m.span() for m in _ASIDE.finditer(sentence) if m.end() < len(sentence.rstrip(" .!?\"'\u201d\u2019"))]
    baselines: set[int] = set()
    for i, d in enumerate(dates):
        before = sentence[max(0, d.start - 40):d.start]
        if any(a < d.start and d.end < b for a, b in asides):
            continue  # "The oil giant -- last year the biggest producer -- has underestimated ...": an aside
        wide = sentence[max(0, d.start - 80):d.start]
        if (d.clock_only or i in ranged or i - 1 in ranged or i in ranged_days or before.endswith("#")
                or (_DATELINE_PLACE.search(before) and _DATELINE_AFTER.match(sentence[d.end:d.end + 4]))
                or _STAMP_AFTER.match(sentence[d.end:d.end + 12])):
            # a hashtag ("#Jan25") is a name; a dateline or a time stamp inside the text ("TOKYO,
            # Oct. 17 -- Fear ...", "January 26, 2011 | By ...") dates the report, not what it tells
            continue
        if _NEXT_PERIOD.match(d.text) and (_AHEAD_OVER.search(before) or (
                _IN_BEFORE.search(before) and d.text[:4].lower() == "the " and d.when.granularity is Granularity.YEAR)):
            # "the challenge over the next year", "to sell assets in the coming year" (said in June): a period
            # a plan or a forecast runs over, the next twelve months more than a calendar year ("in the coming
            # week" is still the week a plan names)
            continue
        if _ORDERED_BY.search(wide) or _CALLED_OFF_AFTER.match(sentence, d.end) or _PAYMENT_TERM.search(before):
            since = True  # "BP ordered to produce documents by June 3", "due on Monday, which has now been
            continue  # canceled": the order or the cancellation is the happening, as of the report
        if _INSTEAD_BEFORE.search(before) and d.when.granularity >= Granularity.DAY:
            continue  # "next week, instead of Sunday as hoped": the day given up (not "rather than Q3 earnings")
        if _MATURITY.search(wide) or (
                _FISCAL.search(d.text) and Granularity.YEAR < d.when.granularity < Granularity.MONTH):
            continue  # "debentures due Oct. 15, 1999", "its fiscal first quarter": a term, or a quarter of no calendar
        if _PERIOD_ENDED.search(before) or _ENDED_AFTER.match(sentence, d.end):
            continue  # "sales rose in the quarter ended Sept. 30": a period's figure, not the period's last day
        if _BEYOND_BEFORE.search(before) or _RUN_UP_BEFORE.search(before):
            continue  # "trades that extend beyond June 2011": a limit, not when anything happens
        if (published is not None and (published - d.when.last).days >= TOPIC_DAYS
                and _TOPIC_BEFORE.search(sentence, max(0, d.start - 90), d.start)):
            continue  # "anger over the accident on 20 April" (in June): the accident's day
        if _NOT_UNTIL.match(sentence[:d.start]) or (
                _UNTIL_BEFORE.search(before) and _WHEN_IT_ENDED.match(sentence, d.end)
                and (published is None or d.when.last <= published)):
            usable.append(d)  # "Not until May 27 did ...", "ran until July 15, when ...": the day it happened at last
            continue
        if _RECORD_SINCE.search(wide) or (
                _SINCE_BEFORE.search(before) and published is not None
                and published.year - d.when.last.year > FAR_YEARS):
            # "the first time since 1985", "its lowest since 1995", "in Washington since the 1950s":
            # a record or a life measured from the date, not a state of the story as of the report
            continue
        if (_SINCE_BEFORE.search(before)
                or (_PAST_PERIOD.match(d.text) and _OVER_BEFORE.search(before) and not _OF_A_PERIOD.search(d.text))
                or _POSTPONED_TO.search(wide)
                or _is_baseline(sentence, dates, i, baselines)
                or (Granularity.YEAR < d.when.granularity < Granularity.MONTH
                    and _FISCAL_PERIOD.match(sentence[d.end:d.end + 20]))):
            since = since or not _past_state(sentence[:d.start])
            continue
        if any(a <= d.start < b for a, b in quoted) and d.when.first != published:
            # "“We saw it coming a year ago,” he said": the speaker's time, not the report's
            # ("today" in a quote is the day it was said, the report's own).
            continue
        side = side_clause(sentence, d.start)
        if side and i > 0 and _THEN_ON.fullmatch(sentence[dates[i - 1].end:d.start]):
            side = ""  # "shares hit their lowest since February 1997 on Tuesday": the side clause ends before "on"
        if side == "since":
            # "shares have fallen by a third since the rig caught fire on 20 April": a state as of the report
            # (not a record, "the largest since the rallies of the late 1980s", nor a past state)
            since = since or not (_RECORD_SINCE_CLAUSE.search(sentence[:d.start]) or _past_state(sentence))
            continue
        if side in ("subject participle", "what"):
            since = True  # "A cap placed on the well last week has stopped the oil": as of the report
            continue
        if side:
            continue
        if (not usable and published is not None and published.year - d.when.last.year >= PHRASE_PAST_YEARS
                and in_trailing_phrase(sentence, d.start)):
            # "..., rejecting comparisons to Hurricane Katrina in 2005" (said in 2010): what the phrase names; not
            # after a date of the main clause, whose time the phrase shares ("Starting in the 1960s, banks ...,
            # culminating in a formal repeal of Glass-Steagall in 1999")
            continue
        if _AGO.search(d.text) and not tells_simple_past(sentence):
            # "ago" dates only a verb in the simple past: with none, it names a thing ("are to begin hunting
            # ... near the epicentre of the earthquake five days ago", "Much of the oil gushing from the
            # explosion two months ago has washed ashore", "Ten days ago, Mubarak's proposals might have worked");
            # a state in the present before it is as of the report ("has grown -- to eight pages from four pages
            # a year ago")
            since = since or (published is not None and tells_state(sentence[:d.start]))
            continue
        determiner = _THE_DAY.match(d.text)  # "the 12 January quake": "the" is part of what comes before
        after = sentence[d.end:d.end + 30]
        before_range = _RANGE_START_BEFORE.search(before)
        after_range = _RANGE_END_AFTER.match(after)
        if before_range or after_range:
            # a range of years names a thing as one year does: "the 2008-2009 crisis"
            before = before[:before_range.start()] if before_range else before
            after = after[after_range.end():] if after_range else after
        if _SEASON_BEFORE_NOUN.match(sentence, d.start) and len(sentence[:d.start].split()) > 1:
            continue  # "as the summer exam season begins": a thing named by its season, as by a date above
        if _NAMED_PLACE.match(after):
            continue  # a name, even as the subject: "The April 6 Movement called for protests" tells no April 6
        if _is_modifier(before + determiner.group() if determiner else before, after):
            if len(sentence[:d.start].split()) > 1:
                # "its March 24 filing", "after an April 20 explosion": a thing named by its date;
                # only as the sentence's own subject ("The April 20 explosion killed ...") is it the happening.
                continue
            if _PERFECT_AFTER_SUBJECT.match(sentence, d.end):
                since = True  # "Tuesday's earthquake has left 50,000 dead": as of the report
                continue
        if (d.when.granularity <= Granularity.YEAR and published is not None
                and abs(d.when.first.year - published.year) > FAR_YEARS
                and not (_CUE_BEFORE.search(before) and len(sentence[:d.start].split()) <= HEAD_WORDS)):
            # Far from the story, only a year the sentence opens on ("In 1986, ...") frames its
            # happening; elsewhere it is a life or a history told aside ("born in Haiti in 1972").
            continue
        usable.append(d)
    if usable:
        finest = max(d.when.granularity for d in usable)
        anchor = next(d for d in usable if d.when.granularity == finest)
        opening = usable[0]
        if (opening is not anchor and _OPENING_DATE.match(sentence[:opening.start])
                and not _THE_PERIOD.match(opening.text) and _THAT.search(sentence, opening.end, anchor.start)):
            anchor = opening  # "This weekend BP remained optimistic that the cap placed on Thursday night would hold"
        if (published is not None and anchor.when.granularity < Granularity.DAY and anchor.when.last < published
                and len(sentence[:anchor.start].split()) > HEAD_WORDS and tells_state(sentence[:anchor.start])):
            # "Haiti is still struggling to recover from hurricanes in 2008", "The Dow is off 36
            # percent for the year": a state in the present, as of the report; the year is an aside.
            return _day_of(published)
        if (published is not None and anchor.when.granularity == Granularity.YEAR
                and anchor.when.first.year == published.year):
            # "this year", "later this year", "2009" in a 2009 report: the report's own year gives
            # no time of the happening within it (a state so far this year, a forecast or a plan
            # for it). On 37 judged dev events so dated, 68% were right and 38% worth reading.
            return None
        return anchor.when
    if since and published is not None:
        # "the toll since March has passed 500": a count as of the day it was reported
        return _day_of(published)
    return None


def _is_baseline(sentence: str, dates: Sequence[Dated], i: int, baselines: set[int]) -> bool:
    """Whether ``dates[i]`` dates a figure a change is set against (``_BASELINE_BEFORE``,
    ``_BASELINE_AMOUNT``, ``_BASELINE_AND``); a baseline's index is added to ``baselines``."""
    start = dates[i].start
    wide = sentence[max(0, start - 80):start]
    if (_BASELINE_BEFORE.search(wide) or _BASELINE_AMOUNT.search(wide) or _MULTIPLE_OF.search(wide)
            or (_PAST_POINT.match(dates[i].text) and _BASELINE_BARE.search(wide))
            or (i - 1 in baselines and _BASELINE_AND.fullmatch(sentence[dates[i - 1].end:start]))):
        baselines.add(i)
        return True
    return False


def _day_of(day: dt.date) -> When:
    return When(day, Granularity.DAY, day.isoformat(), day)


def _past_state(text: str) -> bool:
    """A state told in the past, unless in reported speech, whose past is the speaker's present
    ("MSF said its plane had been turned away three times since Sunday")."""
    return _PAST_STATE.search(text) is not None and ATTRIBUTION.search(text) is None


_ASIDE = re.compile(r"\s(?:--|\u2014)\s[^\u2014]*?\s(?:--|\u2014)\s|\s\((?!\s*(?:AP|Reuters|CNN|AFP)\b)[^()]{8,}\)")
"""An aside the sentence goes on after: a pair of dashes ("The London-based oil giant -- last year it was the
biggest non-state producer -- has so far underestimated ...", "The Justice Department investigation --
announced in June by ... -- is one of at least nine") or a bracket of a few words ("(he volunteered in
2006)", not a wire's credit). Its date is the aside's, not the happening's: on the dev articles 40 events
change, and of those judged, 13 misdated go or move (one to its verdict's day) and 5 judged right go or
move ("-- oil prices fell below $75 a barrel yesterday, down from ... --")."""


def _quoted_spans(sentence: str) -> list[tuple[int, int]]:
    """Where the sentence quotes someone: the dates said there are the speaker's, not the report's."""
    return [m.span() for m in QUOTED.finditer(sentence)]


_THE_DAY = re.compile(r"(?i:the)\s+(?=\S*\d)")
"""An expression that takes in its article before a written day ("the 12 January quake", "the 20 April
explosion"): the article is the modifier's, as in "the January 12 quake"."""


def _is_modifier(before: str, after: str) -> bool:
    """A date that names a thing ("its 2019 survey", "the November elections", "the 2003 SARS crisis",
    "Tuesday's protests", "last week's earthquake") rather than dating the happening."""
    if _POSSESSIVE.match(after):
        return True
    if not _MODIFIER_BEFORE.search(before):
        return False
    noun = _NOUN_AFTER.match(after)
    return noun is not None and noun.group(1).lower() not in _NOT_NOUNS

