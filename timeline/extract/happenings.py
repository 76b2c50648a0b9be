"""Whether a sentence reports a happening, stands alone, or continues the one before it.

- **Whether a happening.** Questions, conditions ("If ..."), the writer's own voice (first person
  outside quotation marks: a column, a comment, a diary), a bare quote with
  no one to say it, instructions ("Click", "Call", "To donate, ..."), weather
  forecasts, fragments without a verb, a list's or a summary's introduction
  ("Following are ...", "A summary of events on Tuesday, May 25, Day 34 of
  ...", "Here are ...") and chronologies run into one sentence ("1994 -
  Hurricane Gordon kills hundreds 1998 - ...") report none.
- **Whether it stands alone.** A reader meets an event alone, on a day's
  page: a sentence that opens on a pronoun ("He said ...", "It sank") needs
  the one before it, and is no event.
- **No date of its own.** A sentence that continues the one before it
  ("Hours later, the ship sank." after "A storm hit the coast on Friday.")
  takes that sentence's date, when it reads as a continuation: it opens
  with a sequence word, names its subject and tells something in the past
  tense.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.extract.side_clauses import ATTRIBUTION, IRREGULAR_PAST, WORD
from timeline.sentences import BEFORE_A_NAME
from timeline.temporal.patterns import CALENDAR_NAMES, MONTH, WEEKDAY

MIN_WORDS = 5
"""Shorter sentences are headlines, captions or fragments."""
MAX_WORDS = 80
"""Longer "sentences" are run-together lists, tables or page text."""

QUOTE_FRAME = 3
"""A sentence with fewer words than this outside its quotation marks is a bare quote."""
_QUOTE_MARK = re.compile("[\"\u201c\u201d]")
QUOTED = re.compile(r"\u201c[^\u201c\u201d]*\u201d|\"[^\"]*\"")
_WRITER = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|mine|we|we're|we've|our|ours|us)\b|^(?:We|Our)\b")
"""First person outside quotation marks: the writer speaking, not a report."""
_OPENING = r"^[\"'\u201c\u2018(]?"
"""A sentence's start, after an opening quotation mark or bracket."""
_JOINING = r"(?:But|And|So|Yet|Or|Still|Then|Now)"
"""A joining word a sentence may open on before its pronoun ("But he said ...", "And it was ...")."""
_CONTEXT_PRONOUN = re.compile(
    _OPENING + r"(?:" + _JOINING + r"\s+"
    r"(?:he|she|it|they|this|that|these|those|his|her|its|their|them|there)|"
    r"He|She|It|They|This|That|These|Those|His|Her|Its|Their|Them|There)\b(?!['\u2019]s\b)"
    r"(?!(?<=his|ese)\s+(?:morning|afternoon|evening|night|week|weekend|month|year|summer|spring|autumn|"
    r"fall|winter|season|quarter|past|coming|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
"""A pronoun that leans on the sentence before, at the opening or after a joining word ("But he said ...",
"So this discussion today was essential"); not "this" before a time of the report ("This morning BP said
...", "And this week ..."), which names a time, and not a cleft's "it" ("But it was global markets that plunged
yesterday"), which leans on nothing. Of the 22 judged dev events that opened on a joining word and a
pronoun, 9 were judged worth a reader's time and 17 dated right."""
_CLEFT_OPENING = re.compile(_OPENING + r"(?:" + _JOINING + r"\s+it|It)\s+(?:was|is)\s+"
                            r"(?:[\w'\u2019.$%-]+\s+){0,4}?(?P<last>[\w'\u2019.$%-]+)\s+that\s")
"""A cleft ("It was global markets that plunged yesterday"): its "it" leans on nothing. Not an adjective's or a
participle's "it is ... that" ("It is likely that", "It was widely expected that": ``_NOT_FOCUS``)."""
_NOT_FOCUS = re.compile(r"(?:.*(?:ed|ly|ble|ant|ent|ial|ive|ous|ful|ary|ic)|true|clear|so|such|time|now|then|here|there)$",
                        re.I)
_FRONTED_THEN_PRONOUN = re.compile(
    _OPENING + r"(?P<fronted>[^,;:\"\u201c\u201d()]{3,160}?),\s+(?:(?:[^,;:\"\u201c\u201d()]{1,60}?),\s+)?"
    r"(?:he|she|they)\s+(?!(?:and\s+[^,;:]{1,40}?\s+)?(?:said|says|told|tells|added|adds|noted|notes|wrote|writes|"
    r"explained|warned|argued|insisted)\b)")
"""A phrase put before the subject, then the subject a personal pronoun ("On becoming prime minister in April 1951,
he complained ...", "An oil industry veteran, with 30 years' experience, he joined the board ..."): the pronoun
leans on a name the sentence does not give, when the phrase names no one (``_NAMED``: "When Obama visited the
Gulf on Friday, he promised ..." names its "he"). Not a saying ("The plan, he said, ...", "..., he and a
spokesman said."), whose words stand alone, nor a clause of its own before the comma ("Not much was found that day,
but on each of the following two days, they collected ..."): the phrase has no verb of its own but in a clause it
opens with a subordinating word (``_SUBORDINATOR``) whose subject is a pronoun too ("As he delivered the update on
Sunday, he also defended ..."): "When the mayor visited the camp, he promised help" names its "he"."""
_NAMED = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w'\u2019.-]*")
_PERSONAL = re.compile(r"\b(?:he|she|they|his|her|their|him|them)\b")
_SUBORDINATOR = re.compile(_OPENING + r"(?:When|After|Before|Since|As|While|Until|Because|Although|Though|Once|"
                           r"Whenever)\b")
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|did|does|will|would|could|can|may|might|should|must|"
                          r"shall|said|says|told|[a-z]{3,}ed)\b")
_QUESTION = re.compile(r"\?[\"'\u201d\u2019)]*$")
_FRAGMENT = re.compile(r"^(?:[a-z]|\w{1,3}\)|[^\w\"'\u201c\u2018(\[$\u00a3\u20ac])")
"""A piece of a sentence split in the wrong place: "L) massive oil spill ...", "and then ...", ", which"."""
_HYPOTHESIS = re.compile(_OPENING + r"(?:If|Unless|Were|Had|Should|Suppose|Imagine|Assuming)\b")
"""A sentence that opens on a condition tells what might be, not what happened."""
_FIRST_PERSON = re.compile(_OPENING + r"(?:I|I'm|I've|I'd|I'll|My|We|We're|We've|Our|Let's|Let us)\b")
_INSTRUCTION = re.compile(
    r"^(?:Click|Call|Visit|See|Read|Watch|Listen|Follow|Sign|Share|Subscribe|Donate|Text|Email|E-mail|Go|"
    r"Check|Learn|Find|Get|Join|Download|Send|Tell|Please|Don't|Do not|Make sure|Remember|Try|Contact|Write|"
    r"Log|Register|Vote for|Take|Keep|Add|Enter|Think|Imagine|Consider|Picture|Note that|"
    r"(?:The\s+)?following\s+(?:is|are)|Here(?:\s+(?:is|are)|'s|\u2019s)|"
    r"(?:A|The)\s+(?:(?:summary|roundup|round-up|recap)\s+of|look\s+at))\b|"
    r"^To (?:donate|help|give|contribute|find|learn|read|see|"
    r"contact|subscribe|comment|report|register)\b", re.I)
_WEATHER = re.compile(r"\b(?:forecast|showers?|thunderstorms?|humidity|sunny|cloudy|overcast|drizzle|"
                      r"highs?|lows?|°[CF]?|degrees)\b", re.I)
_WEATHER_FORECAST = re.compile(r"\b(?:forecast|expected|will be|tonight|tomorrow|outlook)\b", re.I)
_AUXILIARY = frozenset("""
    has have had will would shall should could can may might must is are am be been being
    won't can't cannot wasn't weren't hasn't haven't hadn't isn't aren't didn't doesn't don't
    says announces plans expects warns agrees vows faces signs wins loses kills hits opens
    """.split())


_NOT_SIMPLE_PAST_BEFORE = frozenset("has have having been be is are am being to".split())
"""Words before an "-ed" word that make it a perfect's, a passive's or an infinitive's ("has washed ashore",
"is expected", "to be assembled"), not a verb in the simple past."""
_SKIPPED_ADVERBS = frozenset("already just now not never also still yet so far since".split())


def tells_simple_past(sentence: str) -> bool:
    """Whether a verb of ``sentence`` is in the simple past ("took", "started", "had described"): one
    that an "N days ago" may date. An irregular past form counts wherever it stands; an "-ed" word unless a
    perfect's, a passive's or an infinitive's auxiliary comes before it (an adverb between: "has already
    washed")."""
    words = [w.lower() for w in WORD.findall(sentence)]
    for i, word in enumerate(words):
        if word in IRREGULAR_PAST:
            return True
        if len(word) > 4 and word.endswith("ed"):
            j = i - 1
            while j >= 0 and (words[j] in _SKIPPED_ADVERBS or words[j].endswith("ly")):
                j -= 1
            if j < 0 or words[j] not in _NOT_SIMPLE_PAST_BEFORE:
                return True
    return False


_BARE_DATE_CLOSE = re.compile(r"(?<![\w'\u2019])(?P<before>[\w'\u2019]+)?(?:,\s*|\s+)(?:" + WEEKDAY + r",?\s+)?(?:" + MONTH
                              + r"\s+\d{1,2},|\d{1,2}\s+" + MONTH + r",?)\s+\d{4}\.?$")
_NOT_BEFORE_CLOSE = frozenset("on of since from until till by before after in to through and or the than between dated "
                              "ended ending".split())
_MODAL = re.compile(r"\b(?:[Ww]ill|[Ww]ould|[Cc]ould|[Ss]hould|may|might|must|[Cc]an|shall)\b")


def _wire_caption(text: str) -> bool:
    """A picture's caption or a source line as the wires write them: the sentence closes on a full date with no
    preposition before it, and tells nothing in the past or ahead ("Policemen wearing protective masks restrict
    access to a hotel Hong Kong May 1, 2009.", "A video grab ... shows a robotic arm ..., May 27, 2010.", "This is
    a rush transcript from “Hannity,” June 7, 2010."). Prose dates a happening with "on" or tells it in the past
    ("The rig exploded April 20, 2010")."""
    close = _BARE_DATE_CLOSE.search(text)
    return (close is not None and (close["before"] or "").lower() not in _NOT_BEFORE_CLOSE
            and not tells_simple_past(text[:close.start()]) and _MODAL.search(text) is None)


_RUN_ON_ITEM = re.compile(r"(?<![\w'\u2019])(?P<before>[a-z][\w'\u2019-]*|\d[\d,.%]*)\s+(?P<item>[A-Z][\w'\u2019-]*)\s+[a-z]")
"""A word in lower case (or a number), then a capitalized word and a word in lower case, with no stop between:
where a list's item opens with no stop before it ("... less than $2 a day Democratic rule restored in 2006
Economy in ruins ..."), and where prose names a thing ("the company BP said")."""
RUN_ON_ITEMS = 4
"""So many items opening with no stop make a list or a fact box run into one sentence, not a happening (on the
2,716 dev articles 4 events: two copies of a country's fact box, a list of attempts to stop a leak, a caption's
lines); prose names a thing so in up to three places ("a Republican U.S. representative apologized to BP CEO
Tony Hayward")."""
_NO_ITEM = frozenset((*CALENDAR_NAMES, "I"))
"""Capitalized words that open no item: a day's or a month's name ("said Tuesday that"), "I"."""


def _items_run_together(text: str) -> bool:
    """Whether ``RUN_ON_ITEMS`` items of a list open in ``text`` with no stop before them (``_RUN_ON_ITEM``)."""
    count = 0
    for m in _RUN_ON_ITEM.finditer(text):
        if m["before"] not in BEFORE_A_NAME and m["item"] not in _NO_ITEM:
            count += 1
            if count >= RUN_ON_ITEMS:
                return True
    return False


def reports_happening(sentence: str, present: bool = False) -> bool:
    """True unless the sentence is a question, an opinion, an instruction, a forecast or a fragment. With
    ``present``, a verb in the present is enough (a chronology's item, ``extract.chronology_item``)."""
    text = sentence.strip()
    words = WORD.findall(text)
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return False
    if _QUESTION.search(text) or _INSTRUCTION.match(text) or _FRAGMENT.match(text) or _HYPOTHESIS.match(text):
        return False
    if _FIRST_PERSON.match(text) and not ATTRIBUTION.search(text):
        return False
    told = _outside_quotes(text)
    if len(WORD.findall(told)) < QUOTE_FRAME or _WRITER.search(told):
        return False  # a quote with no one to say it, or the writer's own voice (a column, a comment, a diary)
    if _WEATHER.search(text) and _WEATHER_FORECAST.search(text) and len(_WEATHER.findall(text)) >= 2:
        return False
    if text.rstrip(".")[-1:].isdigit() and _wire_caption(text):
        return False
    if len(words) >= 4 * RUN_ON_ITEMS and _items_run_together(text):  # a short sentence holds no such list
        return False
    return present or has_verb(words)


WRITER_SHARE = 0.2
"""An article with at least this share of its sentences in the writer's own voice is a column,
a blog, a diary or a page of readers' comments. (On the 882 judged dev events, those of such
articles were a tenth, and 25% of them worth a reader's time against 59% of the rest; worth
rose on every topic without them.)"""
WRITER_MIN_SENTENCES = 5
"""A shorter article is judged by its sentences one by one."""


def in_writers_voice(sentences: Sequence[str]) -> bool:
    """Whether an article speaks in its writer's first person (outside quotation marks) so often
    that its third-person sentences, too, are opinion or experience rather than reports."""
    counted = [s for s in sentences if len(WORD.findall(s)) >= MIN_WORDS]
    if len(counted) < WRITER_MIN_SENTENCES:
        return False
    return sum(1 for s in counted if _WRITER.search(_outside_quotes(s))) >= WRITER_SHARE * len(counted)


_PRONOUN_SPEAKER = re.compile(
    r"^\W*(?:he|she|they|it)\s+(?:also\s+|then\s+|later\s+)?"
    r"(?:said|says|added|told|tells|wrote|writes|stated|explained|insisted|warned|continued|noted|argued|replied)\b",
    re.I)
"""What is left of a quoted sentence outside its quotation marks when only a pronoun speaks:
"“We will rebuild,” she said on Tuesday"."""


def stands_alone(sentence: str) -> bool:
    """Whether a reader understands the sentence without the one before it: it does not open
    on a pronoun ("He said ...", "It sank ...", "This was ...", "But he said ...") whose referent is elsewhere,
    and it is not a quotation whose only speaker is a pronoun ("“We won,” he said on Friday",
    or the end of a quote begun in the sentence before: "… crises,” he said yesterday")."""
    text = sentence.strip()
    if _CONTEXT_PRONOUN.match(text) and not ((cleft := _CLEFT_OPENING.match(text)) and not _NOT_FOCUS.match(
            cleft["last"])):
        return False
    fronted = _FRONTED_THEN_PRONOUN.match(text)
    if (fronted is not None
            and not any(name.group() not in CALENDAR_NAMES for name in _NAMED.finditer(text, 0, fronted.end()))
            and (not _FINITE_VERB.search(text, 0, fronted.end())
                 or (_SUBORDINATOR.match(text) and _PERSONAL.search(text, 0, fronted.start("fronted") + len(
                     fronted["fronted"]))))):
        return False
    return not (_QUOTE_MARK.search(text) and _PRONOUN_SPEAKER.match(_outside_quotes(text)))


def _outside_quotes(text: str) -> str:
    """The words of ``text`` that no quotation mark encloses (an unclosed quote runs to the
    sentence's end, a quote closed without opening runs from its start)."""
    text = QUOTED.sub(" ", text)
    close = max(text.rfind("\u201d"), -1)
    if close >= 0:
        text = text[close + 1:]
    opening = text.find("\u201c")
    return text[:opening] if opening >= 0 else text


def has_verb(words: Sequence[str]) -> bool:
    """Whether the words hold a finite verb: a past form, an auxiliary, or a reporting verb."""
    return _has_past(words) or any(w.lower() in _AUXILIARY for w in words)


_CONTINUATION = re.compile(
    r"^(?:(?:Hours|Minutes|Days|Moments|Shortly|Soon|Weeks)\s+(?:later|after(?:wards)?)\b|Later\b|Then\b|"
    r"Afterwards?\b|After that\b|Within (?:hours|minutes|days)\b|By (?:nightfall|evening|dawn)\b)")
"""A sequence word: the sentence tells the next step of the happening before it."""


def continues(sentence: str) -> bool:
    """Whether an undated sentence reads as the next step of the one before it.

    It opens with a sequence word ("Hours later", "Then") and tells a
    happening in the past tense; its subject is named, not a pronoun
    ("Hours later, the ship sank", not "Then it sank": a reader meets it
    alone on a day's page).
    """
    text = sentence.lstrip("\"'\u201c\u2018( ")
    rest = _CONTINUATION.sub("", text, count=1).lstrip(" ,")
    return (bool(_CONTINUATION.match(text)) and stands_alone(rest[:1].upper() + rest[1:]) and reports_happening(text)
            and _has_past(WORD.findall(text)))


def _has_past(words: Sequence[str]) -> bool:
    return any(w.lower() in IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed") and not w[0].isupper())
               for w in words)


def leans_back(text: str) -> bool:
    """Whether ``text`` opens on a pronoun that leans on the sentence before it (``_CONTEXT_PRONOUN``: "And that
    was before swine flu.", "He said ..."; not "This morning ...")."""
    return _CONTEXT_PRONOUN.match(text) is not None
