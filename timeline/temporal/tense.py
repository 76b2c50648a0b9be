"""A cheap tense guess for the clause around a mention.

Why: "Friday" means last Friday in "said Friday" and next Friday in "will
meet Friday"; HeidelTime uses the sentence tense the same way.  We take the
tense marker nearest to the mention inside its sentence, at most ~200
characters either side.  The sentence ends are found once for the text; the
markers of a sentence when one of its mentions first asks (those of a sentence
longer than the reach, block by block), so the cost stays linear.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from .normalize import Tense
from .patterns import MONTH_ABBREVIATIONS, TITLES
from .prefix_tree import trie

_FUTURE_WORDS = frozenset({
    "will", "won't", "shall", "'ll", "planning", "scheduled", "intend", "intends",
    "expect", "expects", "expected", "upcoming", "payable", "expire", "expires", "expiring", "effective",
    "tomorrow"})
_NOT_FINITE_BEFORE = frozenset({"to", "did", "didn't", "not", "never", "would", "could", "should", "might", "may",
                                "will", "can", "must", "does", "do", "doesn't", "don't",
                                "the", "a", "its", "their", "this", "that"})
"""Before a schedule verb, what makes it no finite verb: a modal or a negation ("did not begin Monday"), or a
determiner that makes it a noun ("at the close on Friday", "the meet on Saturday")."""
_SCHEDULE_VERBS = frozenset({"begin", "begins", "resume", "resumes", "reopen", "reopens", "convene", "convenes",
                             "reconvene", "reconvenes", "starts", "opens", "meet", "meets", "visits", "runs", "ends",
                             "close", "closes", "airs", "concludes", "finishes", "return", "returns", "vote", "votes",
                             "arrives", "travels", "flies", "plays", "faces", "hosts", "gathers", "lands", "hits",
                             "rises", "applies", "eases", "premieres", "debuts", "launches", "lapses", "sits",
                             "completes", "marries", "departs", "leaves", "kicks", "releases", "unveils", "marches",
                             "lasts"})
_SCHEDULE_BASES = frozenset({"arrive", "travel", "fly", "play", "face", "host", "gather", "land", "apply", "sit",
                             "depart", "open", "start", "end", "finish", "conclude", "marry", "leave", "head", "march"})
"""Plain forms of schedule verbs that are also nouns or adjectives ("the open", "the end", "a land"): a schedule
only after a plural subject or a pronoun ("Leaders arrive on Wednesday", "Polls open at 7am", "They play Arsenal on
Saturday", "Exams finish in June"), ``_plural_subject``."""
_INTO_FORCE = r"(?:comes?|go(?:es)?|enters?)\s+into\s+(?:force|effect|operation)"
_SCHEDULE_PHRASES = (r"takes?\s+(?:effect|place)", _INTO_FORCE, r"kicks?\s+(?:off|in)", r"go(?:es)?\s+to\s+the\s+polls",
                     r"go(?:es)?\s+on\s+sale", r"wraps?\s+up", r"go(?:es)?\s+(?:ahead|live)", r"steps?\s+down",
                     r"heads?\s+(?:to|for|into|back)", r"(?:go(?:es)?|trades?)\s+ex-dividend",
                     r"(?:reports?|posts?|releases?)\s+(?:its\s+|their\s+)?(?:[\w-]+\s+)?(?:results|earnings)",
                     r"pays?\s+(?:its|their|a|the)\s+(?:[\w-]+\s+)?dividend",
                     r"holds?\s+(?:its|their|an?|the)\s+(?:(?:annual|general|first|next|extraordinary)\s+){0,2}"
                     r"(?:meeting|auction|vote"
                     r"|election|referendum|summit|talks|hearing)",
                     r"(?:is|are)\s+(?:held|back|valid|out|published|released|in\s+(?:force|effect))")
"""Schedules told in the present in more than one word: "The law takes effect Sunday", "The law comes into force on
Monday", "The tax kicks in on Monday", "The vote takes place on Nov. 2", "Voters go to the polls on Nov. 2", "Tickets
go on sale Friday", "The tour kicks off in March", "Elections are held on Sunday", "Formula 1 is back on Sunday", "The
warning is valid from Friday"."""
SCHEDULE_CUES = _SCHEDULE_VERBS | _SCHEDULE_BASES | {
    "effect", "force", "operation", "place", "polls", "sale", "off", "up", "held", "back", "valid", "early", "late",
    "on", "in", "from", "at", "ahead", "live", "down", "out", "published", "released"}
"""The words a date right after a schedule verb follows (``scheduled_before``): a resolver asks only after one,
so text dense with dates ("Monday Tuesday ...", a megabyte) does not search before each."""
_SCHEDULED_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:" + trie(set(_SCHEDULE_VERBS | _SCHEDULE_BASES)) + "|" + "|".join(_SCHEDULE_PHRASES)
    + r")(?:\s+(?:early|late))?"
    r"(?:\s+(?:(?:in|at|for|to|on|the|its|their|his|her|a|an)(?:\s+[\w'’-]+(?:\.[\w'’-]+)*){1,3}?"
    r"|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?=\s+on\s))?"
    r"\s+(?:(?:on|in|from|at)\s+)?"
    r"|(?:is|are)\s+on\s+)$")
"""A schedule told in the present right before a date ("The trial begins Monday", "Talks resume in October",
"School reopens on Monday", "Trading closes early on Friday", "The festival runs from Friday", "The vote is on
Monday"), the verb in lower case, in a line that ends with a stop: a headline tells the past in the present. "start"
or "open", as often nouns ("spent a second night in the open on Wednesday"), only after a plural subject
(``_SCHEDULE_BASES``); "is" and "are" only before
"on": "The best day to visit is Monday" is any week's, "The problem is Monday's vote" the vote gone (a maintainer's
review of the rule). A short object, a place or a name may stand between the verb and "on" and its day ("The race
finishes in Paris on Sunday", "Channel 4 airs the final episode on Sunday", "Scotland votes on independence on
Thursday", "The team plays Arsenal on Saturday")."""


_SCHEDULED_AT = re.compile(
    r"(?<![\w-])(?:" + trie(set(_SCHEDULE_VERBS | _SCHEDULE_BASES) | {"expire", "expires", "is", "are"})
    + r"|(?:is|are)\s+open|" + "|".join(_SCHEDULE_PHRASES) + r")\s+(?:at|between|from)\s+$")
"""A schedule told in the present right before a clock ("Voting begins at 7 a.m. on Friday", "The polls close at
midnight on Tuesday", "The vote is at noon Friday"): the weekday written after the clock lies ahead."""


_LINE_STOPS = (".", "!", "?", '"', "\u201d", "'", "\u2019", ")")


def scheduled_at(text: str, start: int) -> bool:
    """Whether a schedule verb told in the present, finite, stands right before "at" and the clock at ``start``
    (``_SCHEDULED_AT``), as ``scheduled_before`` asks of a date."""
    m = _SCHEDULED_AT.search(text, max(0, start - 24), start)
    return (m is not None and not _in_headline(text, start) and _finite(text, m.start())
            and _subject_agrees(text, m.start()))


def _in_headline(text: str, start: int) -> bool:
    """Whether the line of ``start`` ends with no stop: a headline, which tells the past in the present ("Hostage
    standoff ends at 3 a.m. Tuesday", "Stocks close higher on Friday")."""
    line_end = text.find("\n", start)
    return not text[start:len(text) if line_end < 0 else line_end].rstrip().endswith(_LINE_STOPS)


def scheduled_before(text: str, start: int, told_past: bool = False) -> bool:
    """Whether a schedule verb told in the present, finite (not after "did", "not", "to" or a modal: "did not
    begin Monday"), stands right before the date at ``start``: the date lies ahead. Only that date: in "Trading
    resumes on Monday after Friday's holiday" the Friday is gone. With ``told_past`` (a past form nearest the date
    in its clause), a plain form is a caption's present, no schedule: "Passengers arrive at Heathrow on Monday after
    flights resumed" (an outside review)."""
    m = _SCHEDULED_BEFORE.search(text, max(0, start - 56), start)
    return (m is not None and not _in_headline(text, start) and _finite(text, m.start())
            and not _plural_noun(text, m.start(), start) and _subject_agrees(text, m.start())
            and not (told_past and _plain_form(text, m.start()))
            and _RECAP_BEFORE.search(text, max(0, m.start() - 160), m.start()) is None)


_RECAP_BEFORE = re.compile(r"(?i:the\s+story\s+so\s+far|recap|previously|last\s+(?:week|month)|yesterday)"
                           r"[^.!?\n]*$")
"""Earlier in the sentence of a schedule verb, a recap's label or a time gone: the present tells the past ("The story
so far: the chancellor unveils her budget on Wednesday", an outside review)."""


_ASIDE_BEFORE = re.compile(r",\s[^,.;!?\n]{1,60},\s*$|\b(?:which|that|who)\s+$")


def schedule_after_aside(text: str, start: int) -> bool:
    """Whether the schedule verb before the date at ``start`` (``scheduled_before``) follows an aside in commas, or
    opens a relative clause: a past form elsewhere is the aside's or the main clause's, not the verb's ("The rule,
    finalized in March, takes effect on Jan. 1"; "The rule, which takes effect on Jan. 1, was finalized in March")."""
    m = _SCHEDULED_BEFORE.search(text, max(0, start - 56), start)
    return m is not None and _ASIDE_BEFORE.search(text, max(0, m.start() - 64), m.start()) is not None


def _plain_form(text: str, verb: int) -> bool:
    """Whether the schedule verb at ``verb`` is a plain form that is also a noun (``_SCHEDULE_BASES``)."""
    word = _WORD_AT.match(text, verb)
    return word is not None and word[0] in _SCHEDULE_BASES


_PLURAL_SUBJECT = re.compile(r"(?:\b(?i:we|they|you|i)|\b(?!(?i:its|was|has|does|this|his|is|as|us|yes|news)\b)"
                             r"[A-Za-z]{2,}(?<!ss)(?<![iu]s)s)\s+$")
"""Before a plain verb, a subject it agrees with: a pronoun or a plural noun ("Leaders", "polls"; not "boss", "bus",
"this", "his", "is")."""


def _subject_agrees(text: str, verb: int) -> bool:
    """Whether a plain schedule verb that may be a noun (``_SCHEDULE_BASES``) at ``verb`` follows a plural subject or a
    pronoun, which makes it the verb; an "-s" form or a phrase needs nothing before it."""
    return not _plain_form(text, verb) or _PLURAL_SUBJECT.search(text, max(0, verb - 24), verb) is not None


_COUNTED_BEFORE = re.compile(r"\b(?:\d+|(?i:two|three|four|five|six|seven|eight|nine|ten|her|his|their|its|our|my"
                             r"|your))\s+$")
_WORD_AT = re.compile(r"[a-z]+")
_NAMED_NUMBER = re.compile(r"\b(?!(?i:the|a|an|this|these|those|that|his|her|its|their|our|my|your|all|some|each"
                           r"|every|both)\s)[A-Z][A-Za-z]*\s$")
_VERB_AFTER_DAY = re.compile(r"\w+\.?(?:\s+(?:morning|afternoon|evening|night))?\s+(?:were|was|rose|fell|came|jumped"
                             r"|dropped|climbed|doubled|totall?ed|reached|hit)\b")
"""After the day that follows an "-s" schedule word, a finite verb: the word was a plural noun ("Store returns on
Friday were double the usual level")."""


def _plural_noun(text: str, at: int, day: int) -> bool:
    """Whether the schedule word at ``at``, before the date at ``day``, is a plural noun: an "-s" form after a count
    or a possessive ("Her two finishes on Sunday were her best", a maintainer's review), or with a finite verb after
    its date ("Store returns on Friday were double"). A bare form stays a verb ("The two meet on Friday"), and so do
    "is" and a form after a name's number ("Game 7 is on Sunday", "Route 66 reopens on Saturday")."""
    word = _WORD_AT.match(text, at)
    if word is None or not word[0].endswith("s"):
        return False
    if _VERB_AFTER_DAY.match(text, day):
        return True
    count = _COUNTED_BEFORE.search(text, max(0, at - 12), at)
    if word[0] == "is" or count is None:
        return False
    return not (count.group()[0].isdigit() and _NAMED_NUMBER.search(text, max(0, count.start() - 16), count.start()))


def _finite(text: str, verb: int) -> bool:
    """Whether the verb at ``verb`` is finite: no "did", "not", "to" or modal right before it ("did not begin")."""
    before = text[max(0, verb - 12):verb].split()
    return not before or before[-1].lower() not in _NOT_FINITE_BEFORE


_MODALS = frozenset({"would", "could", "might", "may", "should", "wouldn't", "couldn't", "shouldn't"})
"""Modals: ahead for a month's date (``guess``'s ``modal_future``), "should" and the negated forms too ("he wouldn't
seek re-election in September", "Mubarak should be allowed a dignified exit in September", said in February, are
the next September; with the plain forms alone, the last). TimeBank's and AQUAINT's scores the same; one dev event
moved (from September 2010 to 2011)."""
PAST_WORDS = frozenset({
    "said", "told", "was", "were", "had", "did", "didn't", "ago", "last", "earlier", "announced",
    "reported", "yesterday", "came", "went", "began", "met", "made", "took", "gave", "left", "won",
    "lost", "held", "rose", "fell", "killed", "died", "sent", "saw", "found", "kept", "spent",
    "paid", "sold", "bought", "brought", "thought", "fought", "sought", "caught", "taught",
    "became", "grew", "stood", "spoke", "wrote", "chose", "drove", "flew", "ran", "sank", "struck", "broke",
    "fled", "stole", "threw", "swore", "woke", "understood", "withdrew", "forgot", "froze",
    "knew", "got", "led", "felt", "heard", "meant", "built", "shot", "lent", "bent", "dealt", "slept",
    "swept", "wept", "laid", "sat", "hung", "stuck", "dug", "swung", "sang", "rang", "drank", "swam",
    "forgave", "ate", "shook", "overtook", "undertook", "wore", "tore", "blew", "drew", "hid", "rode",
    "arose", "slid", "spun", "sprang", "shrank", "forbade", "foresaw", "oversaw", "upheld", "withheld"})
"""Past markers: "said", "was" and the irregular past forms (regular ones end in "-ed"); without "stuck",
"On Thursday, Allen stuck to the estimate that the leak will be plugged" was next Thursday."""
_PASSIVE_PARTICIPLES = frozenset("""
    made left won lost held killed sent found kept spent paid sold bought brought fought sought caught taught struck
    led heard built shot lent dealt laid hung dug upheld withheld met""".split())
"""Past forms that are participles too: after "is", "are" or "be" a present passive ("the summit is held in June",
"bonuses are paid in March"), after a determiner an adjective ("a lost cause"), as an "-ed" form is
(``_NO_PAST_ED_AFTER``); but not after "her", as often the object of a verb before it ("the man who loves her left").
"""
#: words that mark the future only when "to" follows ("is to", "set to", "going to")
_TO_FUTURE = frozenset({"going", "is", "are", "set", "due", "plan", "plans", "planned", "hope", "likely",
                        "preparing", "prepares", "poised", "forecast", "projected",
                        "hopes", "hoped", "aim", "aims", "aimed", "expect", "agreed", "agrees", "agree",
                        "meant", "was", "were"})
_VERB_AFTER_TO = re.compile(r" to (?!(?:the|a|an|its|their|his|her|about|around|some|nearly|just|almost)\b)[a-z]")
"""A verb after "to", as a plan has ("is forecast to reach"), not a figure or a noun phrase ("cut its growth
forecast to 3 percent", "the forecast to the end of the year")."""
_FORECAST = frozenset({"poised", "forecast", "projected"})
"""Of those, the ones that mark nothing after "was" or "were": a forecast told in the past is as often one that
failed ("The storm was forecast to make landfall on Sunday but veered out to sea"); the past verb decides."""
_PAST_PLANS = frozenset({"planned", "hoped", "aimed", "agreed", "meant", "was", "were"})
"""Of those, the past forms: a plan made then looks ahead only from where it stands. A date after it
is in the plan ("agreed to hold a conference in March"); a date before it is when the plan was made
("In March, the Fed agreed to lend"): marker kind "a" (``_nearest``). Three dev events' years mended
("In April, Apache Energy agreed to acquire Mariner" was the next April), TimeBank's tags the same.
Reading a date after a past plan by no tense (the nearer) mended three more month dates ("Obama first
planned to visit the region in March, but had to cancel") but moved five weekdays of plans ("planned to
meet on Thursday") back a week and one month ("agreed to go by September"): not done. "Meant to" is such a plan
("relief wells meant to stop the flow in August": one dev event, a year ahead of where it was); "designed to" is not
made one: "equipment designed to control the well sprung a leak Wednesday night" moved a week ahead."""
_PLANNED_THING = frozenset({"a", "an", "another", "more", "new", "further", "fresh", "its", "their", "his", "her"})
"""After "plan(s)", a noun phrase's opening: what is planned lies ahead ("says it plans another round of
demonstrations Friday"); "plans to" is a ``_TO_FUTURE`` and a noun "plans" takes no determiner after it."""
_AHEAD_FOR = frozenset({"calling", "calls"})
"""Before "for", a call for something that lies ahead ("are calling for mass protests on Saturday"); read as
a past plan is: a date before it is no call's ("attend a protest Thursday calling for ... to resign")."""
_FOR_FUTURE = frozenset({"set", "slated", "penciled", "pencilled", "planned", "predicted", "forecast"})
"""Words that mark the future only when "for" follows ("set for October": a date it is fixed for)."""
_BE_FUTURE = frozenset({"will", "to", "shall", "would", "'ll"})
"""Before "be", what makes its participle a plan ahead."""
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
"""Before "due to", a form of "be": "due" is owed or expected ("payment is due to the IMF in March"), no cause."""


_PLAN_VERBS = frozenset("""be arrive start begin end finish complete conclude meet take hold open close reopen return
    leave visit vote report announce publish release expire appear testify speak face go come make give sign decide rule
    resume launch deliver fly land travel hear attend stand retire step receive present submit pay run play kick sit
    convene reconvene address debate unveil issue hand set become enter join tour host""".split())
"""The verbs a plan "due to" takes with no form of "be" before it ("the report, due to be published on Monday",
"flights due to leave on Friday"); after "due to" any other word opens a cause ("cancelled due to rain on
Saturday", "due to weaker demand in March")."""
_WORD_AFTER_TO = re.compile(r" to ([a-z]+)\b")


def due_to_a_cause(text: str, end: int, word_before: str) -> bool:
    """Whether "due", ending at ``end`` after ``word_before``, opens "due to" a cause ("a loss due to the storm in
    March", "flights cancelled due to rain on Monday"), no plan: no form of "be" before "due" ("payment is due to the
    IMF in March", "is due to arrive on Friday"), and no verb of a plan after "to" (``_PLAN_VERBS``)."""
    if not text.startswith(" to ", end) or word_before in _BE_FORMS:
        return False
    verb = _WORD_AFTER_TO.match(text, end)
    return verb is None or verb[1] not in _PLAN_VERBS
_ADVERBS = frozenset({"still", "not", "also", "then", "now", "soon"})
_AHEAD_AFTER_AS = re.compile(
    r" as (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|next|this|tomorrow|later)\b", re.I)
"""After "as early", what looks ahead by itself: a weekday or a relative word."""
_RANKS = frozenset({"first", "second", "third", "last", "latest", "only", "next"})
"""Before "to be <participle>", a rank makes a noun phrase, not a plan: "the first to be published
since the disaster" tells nothing of the future."""
_RANK_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "a"})
_NOT_SUPERLATIVE = frozenset({"interest", "protest", "request", "forest", "arrest", "suggest", "invest", "contest",
                              "honest", "modest", "earnest", "guest", "west", "chest", "rest", "test", "quest",
                              "digest", "harvest", "conquest", "unrest", "inquest", "manifest", "behest"})
_RANK_REACH = 5
"""How many words before "to be <participle>" a ranked noun phrase may start ("the biggest number of
doses to be shipped")."""


_NO_PLAN_BEFORE_TO = frozenset({"had", "seemed", "appeared", "used"})
"""Before "to be <participle>", words that make it no plan: an obligation met or a look described ("it had
to be put aside on Saturday", "a calm seemed to be settling in overnight Friday")."""


_CAUSED = frozenset({"forced", "caused", "prompted"})
"""Before "<object> to be <participle>", a past verb that made it happen: the participle is its result, no plan
("Bad weather forced the operation to be suspended at the weekend", "caused cleanup efforts to be suspended over
the weekend": the weekend gone, not the next)."""
_CAUSED_REACH = 4
"""How many words the object between the verb and "to" may have."""


def _caused_before(text: str, ws: list[str], ms: list[re.Match[str]], j: int) -> bool:
    """Whether a past verb that made it happen (``_CAUSED``) stands before the object that ends at ``ws[j]``,
    at most ``_CAUSED_REACH`` words back, with no comma, colon or bracket between."""
    for k in range(j - 1, max(0, j - _CAUSED_REACH) - 1, -1):
        if _PHRASE_BREAK.search(text, ms[k].end(), ms[j + 1].start()) is not None:
            return False
        if ws[k] in _CAUSED:
            return True
    return False


def _ranked_before(text: str, ws: list[str], ms: list[re.Match[str]], j: int) -> bool:
    """Whether the words up to ``ws[j]`` end in a ranked noun phrase: a rank or a superlative after a
    determiner ("the first", "its biggest", "the most"), at most _RANK_REACH words back and with no
    comma, colon or bracket between. Before "to be <participle>" such a phrase names what was done,
    not a plan: "the first to be published since the disaster", "the biggest quake to be recorded in
    the region" (but "a vaccine, the first of its kind, to be shipped in the autumn" is one).

    Why: read per sentence, "to be <participle>" is seen wherever it stands, and a ranked noun phrase
    was taken for a plan ahead (one of the 2,716 dev articles' tags went wrong that way, April dated a
    year on). Checked on TBAQ (its tags are the same) and on the dev articles (that one tag mended,
    no other changed)."""
    if j >= 0 and ws[j] in _RANKS:
        return True
    for k in range(j, max(0, j - _RANK_REACH + 1) - 1, -1):
        if k < 1 or _PHRASE_BREAK.search(text, ms[k].end(), ms[j + 1].start()) is not None:
            return False
        w = ws[k]
        if ws[k - 1] in _RANK_DETERMINERS and (w in _RANKS or w in ("most", "least") or (
                len(w) > 4 and w.endswith("est") and w not in _NOT_SUPERLATIVE)):
            return True
    return False


_PHRASE_BREAK = re.compile(r"[,;:()\[\]\u2014\u2013]")
"""What ends a noun phrase before "to be <participle>": a comma, a colon, a bracket or a dash."""
NOT_PAST_ED = frozenset({"succeed", "proceed", "exceed", "need", "feed", "speed", "seed", "indeed",
                          "heed", "breed", "red", "bed", "shed", "wed", "hundred", "based"})

_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "my", "your"})
"""Before an adverb and an "-ed" word, the "-ed" word is an adjective, no past: "on a still unspecified date in
January", "a newly appointed envoy"."""
_NO_PAST_ED_AFTER = frozenset({"is", "are", "am", "be", "being"}) | _DETERMINERS
"""After these an "-ed" word tells no past: a present passive ("until a relief well is drilled, sometime
in August"), a passive after a modal ("the first doses could be administered in October", where the
modal decides), or an adjective ("the mutated form could spread in autumn", "a dignified exit")."""
_WORD_RE = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")


def _after(words: Iterable[str]) -> str:
    """A pattern that holds right after one of ``words`` and its period (a lookbehind per length of word: Python's
    are of fixed width)."""
    by_length: dict[int, list[str]] = {}
    for word in words:
        by_length.setdefault(len(word), []).append(word)
    return "(?:" + "|".join(rf"(?<=\b(?:{'|'.join(sorted(ws))})\.)" for _, ws in sorted(by_length.items())) + ")"


# a sentence stop: . ! ? ; or newline, but not the period of "U.S." or of a title before a name ("Mr.", "Gov."; not
# "Dr." nor "Mt.", which end a street's or a mountain's name as often: "will repave Lakeshore Dr. Storm damage ..."),
# nor that of a month before a day ("Dec. 3"), nor a point with a letter or digit right after it ("fell 3.4% on
# Wednesday", "Munich Re (MUVGn.DE) ... in April": cut there, a date lost the verb that governs it; two dev
# events' years mended, TBAQ's tags the same); written to start with the set of stop characters, which lets the
# regex engine skip to them (a lookbehind first made it try every position: four times slower over TimeBank +
# AQUAINT, 24 ms against 5)
_STOP_RE = re.compile(r"[.!?;\n](?<![A-Z]\.)(?!" + _after(set(TITLES) - {"Dr", "Mt"}) + r")(?:(?<!\.)|(?![A-Za-z0-9]))"
                      r"(?!" + _after(MONTH_ABBREVIATIONS) + r"\s+\d)")
_WINDOW = 200
LAST_AS_VERB_AFTER = _BE_FUTURE | _MODALS | {"can", "must"}
"""Before "last", what makes it a verb, no past marker: "the clean-up could last well into the autumn"."""
# Every marker word, "be"/"as" (which make the next word a marker) and the
# "-ed" ending, as plain substrings of the lower-cased block: a block without
# any of them has no marker, and the word-by-word classification is skipped.
_MAYBE_MARKER_RE = re.compile(trie(
    {w.split("'")[0] or w for w in _FUTURE_WORDS | _MODALS | PAST_WORDS | _TO_FUTURE | _FOR_FUTURE | _AHEAD_FOR}
    | {"according", "’ll"}
    | {"be", "as", "ed"}))


_SELF_MARKERS = _FUTURE_WORDS | _MODALS | _TO_FUTURE | _FOR_FUTURE | PAST_WORDS | _AHEAD_FOR | {"according"}
_MARK_NEXT = frozenset({"be", "as"})  # may make the next word a marker


def _plain_word(word: str) -> str:
    """A word with its curly apostrophe made straight ("won’t"), and "will" for a contracted "'ll" ("We'll")."""
    word = word.replace("’", "'")
    return "will" if word.endswith("'ll") else word


def _classify(text: str, lo: int, hi: int) -> tuple[list[int], list[int], list[str]]:
    """Positions, ends and kinds ("f" future, "c" modal, "p" past, "a" a past plan) of tense markers.

    Why this shape: most words are no marker, so the words are listed and
    lower-cased at C speed, and the rules below run only for the few that can
    be one (a marker word, an "-ed" form, or a word after "be"/"as").  One
    plain loop picks those, where three C-level passes and a set picked them
    before: a sentence has a few dozen words, too few for the passes' set-up
    to pay (tagging TimeBank + AQUAINT, 0.157 s against 0.166 s, medians of
    three alternating runs: -6%; the markers of 79,367 blocks, TBAQ's, the
    dev articles' and 3,000 random texts', are the same).  Text holding no
    piece of a marker (``_MAYBE_MARKER_RE``) is not listed at all.
    """
    block = text[lo:hi]
    if _MAYBE_MARKER_RE.search(block.lower()) is None:
        return [], [], []
    ms = list(_WORD_RE.finditer(text, lo, hi))
    ws = list(map(str.lower, map(re.Match.group, ms)))
    if "’" in block or "'ll" in block:  # a curly apostrophe as the straight one; "I'll": "will"
        ws = [_plain_word(w) for w in ws]
    pos: list[int] = []
    ends: list[int] = []
    kinds: list[str] = []
    after_be_as = False
    overtaken = -3  # the index of the last word of a plan overtaken ("had been due"), if any
    for i, w in enumerate(ws):
        if not (after_be_as or w in _SELF_MARKERS or w[-2:] == "ed"):
            after_be_as = w in _MARK_NEXT
            continue
        after_be_as = w in _MARK_NEXT
        prev1 = ws[i - 1] if i >= 1 else ""
        prev2 = ws[i - 2] if i >= 2 else ""
        prev3 = ws[i - 3] if i >= 3 else ""
        m = ms[i]
        k = ""
        if (prev1 == "had" or (prev1 == "been" and prev2 == "had")) and (w in _FUTURE_WORDS or w in _TO_FUTURE):
            k = "p"  # "had been due to arrive on Friday", "had hoped to raise £500 on Sunday": a plan overtaken
            overtaken = i
        elif w in _FUTURE_WORDS and prev1 == "to" and overtaken == i - 2:
            k = "p"  # "had been due to expire Friday evening": what the overtaken plan was for
        elif w in _FUTURE_WORDS:
            k = "f"
        elif w in _MODALS and (w != "may" or m.group()[0] == "m"):
            # but not the month: "on 2 May and the second on 16 May" is no modal's; and a modal's perfect
            # tells the past ("costs were clear in July and could have been factored in earlier")
            k = "p" if text.startswith(" have ", m.end()) else "c"
        elif w in _TO_FUTURE and text.startswith(" to ", m.end()) and prev1 != "to" and not (
                w in _FORECAST and (prev1 in ("was", "were", "been") or not _VERB_AFTER_TO.match(text, m.end()))
        ) and not (w == "due" and due_to_a_cause(text, m.end(), prev1)):
            k = "a" if w in _PAST_PLANS else "f"  # not in an infinitive ("for having to agree to a deal"): no plan;
            # nor "due to" a cause ("a loss due to the storm in March"; but "payment is due to the IMF in March")
        elif w in ("plan", "plans") and i + 1 < len(ws) and ws[i + 1] in _PLANNED_THING:
            k = "f"
        elif w in _AHEAD_FOR and text.startswith(" for ", m.end()):
            k = "a"  # as a past plan: a date after it is in what is called for, one before it no call's
        elif w == "according" and text.startswith(" to ", m.end()):
            k = "p"  # a report that is already out: "..., according to a draft under discussion Sunday"
        elif w == "due" and text.startswith((" in ", " out ", " by ", " on ", " back "), m.end()):
            k = "f"  # "a memoir that is due out in April", "final report due in June" (with "planned for":
            # eight dev events' dates mended, none moved the other way; TBAQ's tags the same)
        elif w in _FOR_FUTURE and text.startswith(" for ", m.end()):
            k = "f"  # "elections are set for October", "a hearing slated for Friday"
        elif ((prev1 == "be" and (prev2 in _BE_FUTURE or (
                prev3 in _BE_FUTURE and (prev2.endswith("ly") or prev2 in _ADVERBS)))) or (
                prev2 == "be" and prev3 in _BE_FUTURE and (prev1.endswith("ly") or prev1 in _ADVERBS))) and not (
                prev2 == "to" and (prev3 in _NO_PLAN_BEFORE_TO or _ranked_before(text, ws, ms, i - 3)
                                   or _caused_before(text, ws, ms, i - 3))):
            k = "f"  # "will be <participle>", "to be <participle>", "<modal> <adverb> be <participle>",
            # "to be <adverb> <participle>" ("expects the well to be completely sealed on Saturday")
        elif prev1 == "as" and (w == "soon" or (w == "early" and _AHEAD_AFTER_AS.match(text, m.end()))):
            k = "f"  # "as soon as <date>", "as early as Tuesday" (but "were aware as early as March 8": a
            # date of its own looks either way, and the verb's tense decides)
        elif w in PAST_WORDS:
            if not (w == "last" and prev1 in LAST_AS_VERB_AFTER) and not (
                    w in _PASSIVE_PARTICIPLES and prev1 in _NO_PAST_ED_AFTER and prev1 != "her"):
                k = "p"  # but a verb is no past: "the clean-up could last well into the autumn"; nor a participle
                # told in the present ("until the appeal is heard in June"), as an "-ed" form is not
        elif ((len(w) > 4 or w == "used") and w.endswith("ed") and w not in NOT_PAST_ED and m.group()[0].islower()
              and prev1 not in _NO_PAST_ED_AFTER and text[m.start() - 1:m.start()] != "-"
              and not (prev2 in _DETERMINERS and (prev1 in _ADVERBS or prev1.endswith("ly")))):
            k = "p"  # but a compound's "-ed" is an adjective: "a so-called top kill operation on Wednesday";
            # "used" is the one short form counted ("they used to inject mud during the top kill over the weekend,
            # and the new effort will re-use ...": the weekend gone; two dev events mended, TBAQ's tags the same)
        if k:
            pos.append(m.start())
            ends.append(m.end())
            kinds.append(k)
    return pos, ends, kinds


_BLOCK = 256
_MOVED_TO = ("to", "until", "till")
"""What ends the words of a happening moved ("postponed until", "pushed back to")."""
_STARTING = ("beginning", "starting")
_MOVED = ("postponed", "pushed back", "rescheduled", "delayed", "deferred", "put off", "moved", "adjourned")
"""The words of a happening moved, before what it was moved to."""
_AHEAD_VERBS = tuple(phrase.split()[0] for phrase in (*_MOVED, *_STARTING))
"""The first word of every ``_AHEAD_CUE``: where none is near a date, the pattern is not run."""
_AHEAD_CUE = re.compile(
    r"\b(?:(?:" + "|".join(phrase.replace(" ", r"\s+") for phrase in _MOVED) + r")\s+"
    rf"(?:[\w'\u2019,.-]+\s+){{0,6}}?(?:{'|'.join(_MOVED_TO)})|(?:{'|'.join(_STARTING)}))\s+(?:on\s+)?(?P<the>the\s+)?",
    re.I)
"""What comes before a date that lies ahead whatever the tense around it: one a happening was moved
to ("the concerts were postponed until July 31", "postponed Sunday's shows in Monterrey, Mexico to
July 31") or one it starts from ("told offices to stop work beginning on Friday"); searched for
in the text just before a date (``TenseIndex._follows_ahead_cue``)."""
_CUE_ENDS = frozenset((*_MOVED_TO, *_STARTING, "on", "the"))
"""The words an ``_AHEAD_CUE`` match ends with (its last words, and its optional "on" and "the"),
the last before a date it puts ahead."""
_CUE_END_REACH = 16
"""How far before a date its preceding word is looked for: the longest of ``_CUE_ENDS`` and the spaces around it."""
_WORD_TAIL_RE = re.compile(r"[A-Za-z']*")


class TenseIndex:
    """Tense markers and sentence stops of one document, computed lazily.

    The stops (sentence ends) are listed once, by one scan of the text that skips to the stop
    characters, and looked up by bisection.  A mention's sentence is what lies between the stops around
    it, at most _WINDOW characters either side.  When the whole sentence lies within that reach (news
    sentences do), its words are classified for markers (``_classify``, the costly part) on its first
    mention and kept for the others.  A longer one (text without stops, a megabyte of dense dates) is
    classified in blocks of 256 characters, each on first need, so the cost stays linear.

    Why sentences: classifying whole blocks read twice the text needed.  Over TimeBank + AQUAINT the
    649 sentences asked about hold 95,000 characters, against 202,000 in the 791 blocks around them;
    tagging all of it took 0.158 s against 0.174 s (medians of three alternating runs: -9%).  It also
    reads each sentence's words from its start, where a block boundary could cut "will be | sealed" and
    lose the "be" before a participle.  The tags of TBAQ are the same; of the 2,716 dev articles' tags
    five change: three for the better ("Necropsies will be performed Monday" and "BP expects the well
    to be completely sealed on Saturday" now look ahead, as their clauses do, and "met immediately or
    soon" is a FUTURE_REF), one for the worse (a superlative's noun phrase before "to be reported"
    taken for a plan and its month for one ahead: mended since, ``_ranked_before``), and one either
    way ("steps down in two weeks to be replaced" a date, not a duration).
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._marker_blocks: dict[int, tuple[list[int], list[int], list[str]]] = {}
        # the markers of a run of blocks, by (first block, last block): dense mentions share
        # their neighbourhood, so each run is gathered once
        self._marker_runs: dict[tuple[int, int], tuple[list[int], list[int], list[str]]] = {}
        self._stops: list[int] | None = None  # where the sentences end
        # the markers of a whole sentence, by its span
        self._sentences: dict[tuple[int, int], tuple[list[int], list[int], list[str]]] = {}

    def _markers(self, b: int) -> tuple[list[int], list[int], list[str]]:
        """The markers of block ``b``: those of the words that start in it."""
        got = self._marker_blocks.get(b)
        if got is None:
            text = self._text
            lo, hi = b * _BLOCK, min(len(text), (b + 1) * _BLOCK)
            while lo > 0 and lo < hi and text[lo - 1].isascii() and text[lo - 1].isalpha():
                lo += 1  # the word crossing the boundary belongs to the previous block
            tail = _WORD_TAIL_RE.match(text, hi)
            end = tail.end() if tail else hi
            got = self._marker_blocks[b] = _classify(text, lo, end)
        return got

    def _sentence_markers(self, lo: int, hi: int) -> tuple[list[int], list[int], list[str]]:
        """The markers of the words of the sentence text[lo:hi] (kept for its other mentions)."""
        got = self._sentences[lo, hi] = _classify(self._text, lo, hi)
        return got

    def _gather_markers(self, key: tuple[int, int]) -> tuple[list[int], list[int], list[str]]:
        """The markers of the blocks ``key[0]`` to ``key[1]``, in text order (kept for the next mention)."""
        pos: list[int] = []
        ends: list[int] = []
        kinds: list[str] = []
        for b in range(key[0], key[1] + 1):
            p, e, k = self._markers(b)
            pos += p
            ends += e
            kinds += k
        run = self._marker_runs[key] = (pos, ends, kinds)
        return run

    def _follows_ahead_cue(self, start: int) -> bool:
        """Whether an ``_AHEAD_CUE`` ends where the date starts, or at its "the" ("to the 31st of July").

        The cue is searched for only when the word before the date is one a cue ends with: text
        dense with dates ("Monday Tuesday ...", a megabyte of them) would otherwise be scanned
        two hundred characters a date."""
        before = self._text[max(0, start - _CUE_END_REACH):start].split()
        if not before or before[-1].lower() not in _CUE_ENDS:
            return False
        # and only where the window holds one of the cues' verbs: after "on" or "the", where dates are
        # dense ("In May, on the 5th, ..." a megabyte long), the pattern took a fifth of the tagging
        window = self._text[max(0, start - _WINDOW):start].lower()
        if not any(verb in window for verb in _AHEAD_VERBS):
            return False
        for m in _AHEAD_CUE.finditer(self._text, max(0, start - _WINDOW), start + len("the ")):
            if start in (m.end(), m.start("the")):
                return True
        return False

    def guess(self, start: int, end: int, modal_future: bool = False, before_first: bool = False) -> Tense:
        """'future', 'past' or 'present' from the marker nearest to [start, end).

        Modals ("would", "could") count as future only when modal_future is
        set: for month dates ("the summit would be held on April 24") they
        usually point ahead, for weekdays in reported speech they do not.

        With ``before_first`` (weekdays), a marker before the mention in its own clause wins over a
        nearer one after it: the verb that governs a weekday comes before it ("BP said it collected
        10,000 barrels on Sunday and hopes to ..."; "The slick measured 70 miles as of Thursday, and
        officials expected to ..."). The clause starts at most ``_BEFORE_REACH`` characters back, after a
        reported or relative clause's opening or a quotation (``_BEFORE_BREAK``). Read on the dev
        articles with the weekday rules that came with it ("for" a weekday, a plan told in the past, a
        question refused): 24 events' weekdays moved; screened against every verdict, 15 judged
        misdated moved (most to the right day), none judged right; TimeBank's tags the same.

        With ``modal_future`` (months, seasons), a future or modal marker before the mention in the same
        clause window, with no comma between, makes it ahead whatever past verb follows: that verb is the
        main clause's, another happening ("Mubarak's announcement that he would end his rule in September
        came after ...", said in February, is the next September). On the dev articles 4 events moved a year,
        each to the year the story meant; TimeBank's and AQUAINT's scores the same.
        """
        if self._follows_ahead_cue(start):
            return "future"  # "postponed until July 31", "beginning on Friday": ahead, whatever the verb's tense
        # The sentence: from the last stop before the mention to the first after it, at most
        # _WINDOW characters either side.
        text = self._text
        stops = self._stops
        if stops is None:  # all of them at once: one scan that skips to the stop characters
            stops = self._stops = [m.start() for m in _STOP_RE.finditer(text)]
        lo = start - _WINDOW if start > _WINDOW else 0
        hi = end + _WINDOW
        starts_in, ends_in = lo == 0, hi >= len(text)  # whether the sentence starts, ends in [lo, hi]
        i = bisect.bisect_left(stops, start)
        if i and stops[i - 1] >= lo:
            lo, starts_in = stops[i - 1] + 1, True
        j = bisect.bisect_left(stops, end, i)
        if j < len(stops) and stops[j] < hi:
            hi, ends_in = stops[j], True
        # a marker counts only within [lo, hi] (``_nearest``)
        if starts_in and ends_in:
            hi = min(hi, len(text))
            pos, ends, kinds = self._sentences.get((lo, hi)) or self._sentence_markers(lo, hi)
        else:
            key = (lo // _BLOCK, hi // _BLOCK)
            pos, ends, kinds = self._marker_runs.get(key) or self._gather_markers(key)  # never empty: three lists
        if not pos:
            # no tense marker anywhere near; but a headline's plan ("Mubarak to step down in September") is ahead
            return "future" if starts_in and ends_in and _headline_plan(text, lo, hi) else "present"
        clause_lo, clause_hi = lo, hi
        for turn in _CLAUSE_BREAK.finditer(text, lo, start):
            clause_lo = turn.end()
        after = _CLAUSE_BREAK.search(text, end, hi)
        if after is not None:
            clause_hi = after.start()
        best_d = -1
        if before_first or modal_future:
            own = max(clause_lo, start - _BEFORE_REACH)
            window = text[own:start]
            if any(cue in window for cue in _BEFORE_BREAK_CUES):  # most windows hold none: no regex run
                for turn in _BEFORE_BREAK.finditer(text, own, start):
                    own = turn.end()
            if before_first:
                best_d, best_k = _nearest(pos, ends, kinds, start, end, own, start)  # up to the mention: before it only
            else:
                i = bisect.bisect_right(ends, start) - 1  # the marker that governs the date from before it
                if i >= 0 and pos[i] >= own and kinds[i] in ("f", "c") and "," not in text[ends[i]:start]:
                    return "future"
        if best_d < 0:
            best_d, best_k = _nearest(pos, ends, kinds, start, end, clause_lo, clause_hi)
        if best_d < 0 and (clause_lo, clause_hi) != (lo, hi):
            best_d, best_k = _nearest(pos, ends, kinds, start, end, lo, hi)
        if best_d < 0:
            return "future" if starts_in and ends_in and _headline_plan(text, lo, hi) else "present"
        if best_k == "f" or (best_k == "c" and modal_future):
            return "future"
        return "past"


_HEADLINE_PLAN = re.compile(r"\s*(?P<first>[A-Z][\w.'\u2019&-]*)(?P<rest>(?:\s+[\w.'\u2019&-]+){0,2}?)"
                            r"\s+[tT]o\s+(?P<verb>[a-z]{2,})\b(?!-)")
_NO_SUBJECT = frozenset("""Due Thanks Welcome According Next Back Up Close Prior Subject Owing Return Listen How What
    Where Why When Who Going Ready Able Set Plans Plan Efforts Attempts Moves Calls Bids Talks From In""".split())
_HEADS = frozenset("""chief leader leaders minister president premier pm government cabinet police court judge army
    firm bank union board regulator regulators panel party parliament senate congress council team club ceo boss
    officials envoy king queen""".split())
"""Nouns that head a headline's subject after a name ("UN chief", "BP boss", "Iraq PM")."""
_NO_VERB = frozenset("record nearly new two three four five six seven eight nine ten".split())
"""Words after "to" in a headline that make it a level reached, no plan ("Gold jumps to record")."""


def _headline_plan(text: str, lo: int, hi: int) -> bool:
    """Whether the sentence ``text[lo:hi]``, with no tense marker, is a headline's plan: a whole line, with no stop
    at its end, that opens on a subject and "to" with a verb ("Obama to visit Egypt on Friday", "UN chief to visit
    Haiti on Monday", "BP to pay $20 billion by August"), whose dates lie ahead.

    The subject is at most three words, each capitalized, a possessive or a head noun (``_HEADS``), so that a
    headline in the present is no plan ("Oil falls to two-week low", "Refugees flee to Tunisia", "Thousands rally to
    support ...", "Gaddafi vows to fight": a maintainer's review); nor is a subject that is no one's (``_NO_SUBJECT``:
    "Due to", "Plans to build")."""
    if hi < len(text) and text[hi] != "\n":
        return False
    m = _HEADLINE_PLAN.match(text, lo, hi)
    if m is None or m["first"] in _NO_SUBJECT or m["verb"] in _NO_VERB:
        return False
    return all(w[0].isupper() or w.endswith(("'s", "\u2019s")) or w.lower() in _HEADS for w in m["rest"].split())


_CLAUSE_BREAK = re.compile(
    r"[\s:\u2014\u2013](?:(?<=\s)(?:but\s|--?\s|[\u2014\u2013]\s?)|(?<=[\u2014\u2013])\s?|(?<=:)\s*[\"\u201c])")
"""Where a sentence turns to another clause ("removed the cap on Saturday but it will be days before
..."): the markers of the date's own clause decide its tense, and only without any there do those
of the rest of the sentence. " but ", " - ", " -- ", a dash with or without spaces, or a colon before a
quote; written to start with the set of their first characters, which lets the regex engine skip to
them (as an alternation of those four, each opening with its own pattern, it tried every position: the
same matches, found in half the time over TimeBank + AQUAINT)."""


_BEFORE_REACH = 100
"""How far before a weekday the verb that governs it is looked for (``TenseIndex.guess``, ``before_first``)."""
_BEFORE_BREAK = re.compile(r"\b(?:that|which|who)\s|[\"\u201c\u201d]|(?<=\w)'(?=\s)|(?<=\s)'(?=\w)")
"""Where the clause that holds a weekday starts, looking back from it: a reported or relative clause
("analysts said that perhaps the agreement on Thursday will ..."), or a quotation ("'Egypt will never be
the same' ... In a speech Thursday night"), whose markers are not the weekday's."""
_BEFORE_BREAK_CUES = ('"', "\u201c", "\u201d", "'", "that", "which", "who")
"""A piece of text every ``_BEFORE_BREAK`` match holds: where none is, the pattern is not run (run over every
text's whole length it took 38 ms of TBAQ's tagging, a third of it)."""


def _nearest(pos: list[int], ends: list[int], kinds: list[str], start: int, end: int,
             lo: int, hi: int) -> tuple[int, str]:
    """The distance to and the kind of the marker nearest to [start, end) within [lo, hi); (-1, "") if none."""
    best_d = -1
    best_k = ""
    i = bisect.bisect_right(ends, start) - 1  # last marker ending before start
    if i >= 0 and pos[i] >= lo:
        best_d, best_k = start - ends[i], kinds[i]
        if best_k == "a":
            best_k = "f"  # a past plan before the date: the date is in the plan
    j = bisect.bisect_left(pos, end)  # first marker starting after end
    if j < len(pos) and ends[j] <= hi:
        d = pos[j] - end
        if best_d < 0 or d < best_d:
            best_d, best_k = d, kinds[j]
            if best_k == "a":
                best_k = "p"  # a past plan after the date: the date is when it was made
    return best_d, best_k


def guess_tense(text: str, start: int, end: int, modal_future: bool = False) -> Tense:
    """One-off tense guess (builds the index; use TenseIndex for many lookups)."""
    return TenseIndex(text).guess(start, end, modal_future)
