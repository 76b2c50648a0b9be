"""Which sentences a key date may print, and the content words its sentences are compared by.

Extraction has judged furniture and happenings already; these are a key date's own, stricter, bars
(``is_readable``).
"""
from __future__ import annotations

import re
from itertools import filterfalse

from timeline.read.untitled import BEFORE_A_TITLE, CALENDAR_WORDS, ECHO_WORDS, told_again
from timeline.sentences import NOT_BEFORE_RUN_IN

from .tuning import Tuning


_BOILERPLATE_PHRASES = (
    "click here", "all rights reserved", "copyright", "e-mail", "email", "follow us", "sign up",
    "@", "#", "|", "http:", "https:", "www.",
)
"""Lower-cased fragments of page furniture: links, social media, share buttons."""
_BOILERPLATE = re.compile("|".join(map(re.escape, _BOILERPLATE_PHRASES)))
"""Any of them, found in one scan of the sentence."""
_BOILERPLATE_OPENINGS = ("by ", "from ", "photo", "video", "watch ", "read more", "related", "see also")
"""How bylines, captions and link lists start."""
_SPEAKER_LABEL = re.compile(r"\b[A-Z][A-Z'.\-]+ ?:(?!\d)")
"""A transcript's speaker label: "SESAY:", "BECKY ANDERSON, HOST:" (or tokenized, "SESAY :")."""
_QUOTE = re.compile(r"``|''|\"|\u201c|\u201d")
_TRUNCATED = re.compile(r"\w\.\.+$|\u2026$")
"""A teaser cut off by the page ("... and toppled into th..")."""
_LEANING_OPENINGS = frozenset(("he", "she", "they", "his", "her", "their"))
"""A personal pronoun or its possessive that opens a sentence ("They also called for the resignation of
President Hosni Mubarak."): it leans on a sentence before, which a key date does not print. Two helper
sessions compared, blind, the 9 days of the five dev sites it changes: better on 6 and 6, worse on 2
and 2 (``benchmarks/results/judged/keydates-pronouns.md``); AR2 .0414 to .0410 on the 11 dev tasks.

It bars only lead sentences: a candidate that names its day is an event, and an event already stands
alone (``timeline.extract.happenings.stands_alone``, whose pronouns are these and "it", "this", "that",
"there" and the like). Barring a lead on all of those, as ``stands_alone`` would, was compared the same
way on the 19 days it changes: better on 9 and 7, worse on 7 and 8 (``keydates-widerpronouns.md``), and
AR2 .0410 to .0389; so only these six bar a lead."""
_BEFORE_A_NAME = frozenset("and or of in at on by for from with to into about against than like the a an".split())
_RUN_IN_INSIDE = re.compile(
    r"\b(?!(?:" + "|".join(sorted(BEFORE_A_TITLE | _BEFORE_A_NAME)) + r")\b)[a-z]{3,} The [A-Z][a-z]")
"""A sentence run into another with no stop: "The" and a capitalized word after a lower-case word
("... BP will be paying the bill The Deepwater Horizon rig ... sank on 22 April"), a pull quote or a
caption set into the page. Not after a word that is followed by a name or a title ("told The Times":
``read.untitled.BEFORE_A_TITLE``, as a headline's cut; "in The Hague"). On the 2,716 dev articles 134 sentences of a key date's length carry the mark; of 40
read, 26 are two run together and 14 name a paper, a book or a band ("... and often The Washington
Post"). A key date has many candidates for each of its sentences: on the 11 dev tasks AR2, AR1 and
Date-F1 are the same with the bar and without it (.0406, .169, .762)."""
_FRAGMENT = re.compile(r"^[^\w\"'\u201c(]|^[a-z]|^\w{1,3}\)")
"""A piece of a sentence split in the wrong place: "L), which reports ...", ", and the", "and then"."""


def is_readable(text: str, tuning: Tuning) -> bool:
    """True for a declarative sentence of reasonable length that is not page furniture.

    Extraction has judged furniture and happenings already (``Extraction.happenings``:
    only a sentence that reports one is asked); the rest are a key date's own,
    stricter, bars: no quotation, no question, no link, no opening pronoun.
    """
    tokens = text.split()
    if not tuning.min_tokens <= len(tokens) <= tuning.max_tokens:
        return False
    if text.endswith("?") or text.endswith(":"):
        return False
    if (_QUOTE.search(text) or (text.endswith(("..", "\u2026")) and _TRUNCATED.search(text))
            or _FRAGMENT.match(text)):
        return False
    lowered = text.lower()
    if lowered.split(None, 1)[0] in _LEANING_OPENINGS:
        return False
    if lowered.startswith(_BOILERPLATE_OPENINGS) or _BOILERPLATE.search(lowered):
        return False
    return not _SPEAKER_LABEL.search(text) and not _RUN_IN_INSIDE.search(text) and not echoed_run_in(text)


_CLOSES_A_WORD = tuple(".,;:!?)]\"'\u201d\u2019-\u2013\u2014")
_INSIDE_A_NAME = frozenset(("of", "and", "de", "du", "la", "al", "el"))
"""Lower-case words inside a name ("the blown-out Gulf of Mexico well", "both Britain and the US")."""
_ACRONYM = re.compile(r"[A-Z][A-Z.&]+\b")
_ECHO_AFTER_AN_ACRONYM = 3
"""Content words told twice where the sentence run in opens on an acronym, which a sentence names as often
after a noun ("the oil giant BP said ..."); elsewhere ``read.untitled.ECHO_WORDS``."""


def echoed_run_in(text: str) -> bool:
    """Whether a headline or a caption runs into the sentence with no stop, and the sentence tells its
    news again.

    The mark: a capitalized word that opens a sentence run in, after a lower-case word with no
    punctuation between (not after a function word or one of saying; not a day's or a month's name, a
    possessive, or the first of a name's words: the word after it is in lower case and no part of a
    name, "of", "and"); and what comes before it and what comes after share two content words (three
    where it opens on an acronym). Examples: "Haiti quake aid effort hampered by blockages Makeshift
    camps are sprouting up ... aid efforts in Haiti", "... has jumped by $350m in the last week BP has
    estimated the costs of the Deepwater Horizon at $1.6 bn". A headline says in few words what its
    story's first sentence says at length, so the words come twice; a name set into a sentence after a
    lower-case word ("the oil giant BP", "rating agency Moody's") seldom brings two of the words before
    it again (``read.untitled.told_again``, which ends an untitled article's headline so too).

    Read on the 8,166 distinct candidates of the 11 dev tasks' chosen days: 49 carry the mark; of them
    about three quarters are a headline, a caption or a teaser run into a lead, the rest names set into
    a long sentence that repeats its words ("advised Europeans to postpone ... travel to Europe"). A
    key date has many candidates a day, so a sentence lost that way costs little. Judged blind on the
    days it changes (``benchmarks/results/judged/keydates-echo.md``). Not kept there: the same after a
    headline in title case ("U.S. Seizes Control of AIG With $85 Billion Emergency Loan Invoking ...")
    and before "and" ("takeaway food Restaurants and cafes"): the judges preferred the run-in headline's
    news to the days' new choices."""
    tokens = text.split()
    for i in range(3, len(tokens) - 3):
        word, before, after = tokens[i], tokens[i - 1], tokens[i + 1]
        if (not word[:1].isupper() or not before[:1].islower() or before.endswith(_CLOSES_A_WORD)
                or word.endswith(_CLOSES_A_WORD) or before.lower() in NOT_BEFORE_RUN_IN
                or not after[:1].islower() or after in _INSIDE_A_NAME
                or word.lower() in CALENDAR_WORDS or word.endswith(("'s", "\u2019s"))):
            continue
        needed = _ECHO_AFTER_AN_ACRONYM if _ACRONYM.match(word) else ECHO_WORDS
        if told_again(" ".join(tokens[:i]), " ".join(tokens[i:]), needed):
            return True
    return False


_WORD = re.compile(r"[a-z][a-z0-9\-]*[a-z0-9]|[0-9]{2,}")
"""A content word: letters, digits and inner hyphens.  No apostrophe, so that "Haiti's" and
"Haiti 's" are both "haiti" (the clitic, one letter, is no word)."""
_STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves
    said says say told according mr mrs ms one two three new may might must
    don doesn didn isn wasn aren weren won wouldn couldn shouldn hasn haven hadn
    lrb rrb lsb rsb year years day days week weeks month months time today yesterday tomorrow
    monday tuesday wednesday thursday friday saturday sunday january february march april june
    july august september october november december
    """.split()
)


def content_words(text: str) -> list[str]:
    """Content words of a sentence, lower-cased, for the TF-IDF vectors."""
    return list(filterfalse(_STOPWORDS.__contains__, _WORD.findall(text.lower())))

