"""Lexicon and regular-expression fragments shared by the tagging rules.

Why: every rule speaks about months, weekdays, numbers and years; keeping the
vocabulary in one place keeps the rules consistent (a month the rules can match
is a month the resolver can look up).  Fragments are plain strings; the rule
modules compile them once at import.  No fragment contains a nested unbounded
quantifier, so matching stays linear in the length of the text.
"""
from __future__ import annotations

import re

from .numbers import NUMBER
from .prefix_tree import trie

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
"""The months' full names, as written."""
MONTH_ABBREVIATIONS = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"]


def _cased(words: list[str]) -> str:
    """Title-case and upper-case variants: months are proper nouns, and the
    lower-case "may"/"march" are a modal and a verb."""
    return trie({w for x in words for w in (x, x.upper())})


#: A month name: full, or abbreviated with a period, or abbreviated before a digit.
MONTH = rf"(?:(?:{_cased(MONTH_NAMES)})(?!\w)|(?:{_cased(MONTH_ABBREVIATIONS)})(?:\.|(?=\s+\d)))"

WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
    "saturday": 6, "sunday": 7, "mon": 1, "tue": 2, "tues": 2, "wed": 3,
    "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
}
#: A weekday: full names in any case; abbreviations only capitalised with a period
#: (so "we", "sat", "sun" never match).
WEEKDAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
"""The weekdays' full names, lower-cased."""
WEEKDAY = (rf"(?:(?:{trie({v for w in WEEKDAY_NAMES for v in (w, w.title(), w.upper())})})(?!\w)"
           r"|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri)\.)")
WEEKDAY_PLURAL = r"(?i:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b"
CALENDAR_NAMES = (*(w.title() for w in WEEKDAY_NAMES), *MONTH_NAMES)
"""The days' and the months' full names, capitalized as written mid-sentence."""
TIME_OPENERS = ("On", "In", "At", "By", "Since", "Until", "From", "Before", "After", "During", "Early", "Late",
                "Earlier", "Later")
"""Words that open a sentence on its time ("On Wednesday afternoon, ...", "By Monday ..."): capitalized after a
word in lower case, where a sentence runs into the one before with no stop (``timeline.sentences``, and the
weekday's modal check in ``weekdays``)."""

TITLES = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Mt", "Gen", "Col", "Lt", "Sgt", "Capt", "Cmdr", "Adm", "Gov", "Sen", "Sens",
          "Rep", "Reps", "Rev", "Maj", "Brig", "Cpl", "Pvt", "Pfc", "Spc", "Atty")
"""Abbreviated titles that stand before a name ("Sen. John McCain", "Maj. Nidal Hasan"): never the end of a
sentence (``timeline.sentences``; ``timeline.untokenize`` mends a line break after one)."""

SHORT_YEAR = r"['\u2019](?P<yy>\d\d)(?![\w'\u2019%-]|[.,:]\d)"
"""A year written with an apostrophe and its last two digits ("'94"), not glued to a word, a dash or more digits."""

#: Day of month, optionally ordinal; never part of a longer number.
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d|\d|\s*%)"
#: A plausible year 1000-2199 not glued to other digits, money or thousands separators.
#: The leading (?=[12]) changes no match; it spares the engine the lookbehinds
#: wherever no year can start (see rulebase.rule on such guards).
YEAR = (r"(?=[12])(?:(?<=mid-)|(?<=Mid-)|(?<=end-)|(?<=End-)|(?<=post-)|(?<=pre-)|(?<=FY)|(?<![\d$£€¥#.,/\w-]))"
        r"(?:1\d\d\d|20\d\d|21\d\d)(?![\d%]|[.,:/-]\d)")

PART_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "overnight": "NI", "tonight": "NI", "midday": "MI",
}
PART = r"(?i:morning|afternoon|evening|night|overnight)"

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA",
                           "autumn": "FA", "winter": "WI"}
SEASON = r"(?i:spring|summer|fall|autumn|winter)"

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "twenty first": 21, "1st": 1, "2nd": 2,
    "3rd": 3, "4th": 4, "final": 4, "last": 4,
}
ORDINAL_WORD = ("(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
                "|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
                "|nineteenth|twentieth|twenty[- ]first)")

DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}
DECADE_WORD = r"(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"

#: Duration units -> (TIMEX3 letter, is a time unit needing the "T" prefix, multiplier).
UNITS: dict[str, tuple[str, bool, int]] = {
    "year": ("Y", False, 1), "month": ("M", False, 1), "week": ("W", False, 1),
    "day": ("D", False, 1), "hour": ("H", True, 1), "minute": ("M", True, 1),
    "second": ("S", True, 1), "decade": ("Y", False, 10), "century": ("Y", False, 100),
    "centurie": ("Y", False, 100), "quarter": ("Q", False, 1), "night": ("D", False, 1),
    "weekend": ("WE", False, 1), "fortnight": ("W", False, 2), "yr": ("Y", False, 1),
    "hr": ("H", True, 1), "min": ("M", True, 1),
}
UNIT = (r"(?i:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)"
        r"|quarters?|nights?|weekends?|fortnights?|yrs?|hrs?|mins?)(?=$|[^\w'’-]|-long\b|['’]s?(?!\w))")

#: Premodifiers that TimeML keeps inside the span and records as a mod (guarded by
#: their first letters, like YEAR).
PREMOD = (r"(?=(?i:[elmtbs]))(?i:early|late|mid|the\s+(?:end|beginning|start|middle)\s+of|(?:end|beginning|start"
          r"|middle)\s+of|earlier|later|end(?=-[A-Z]))")

#: "of" and a determined noun phrase that is no (fiscal) year: after "the first
#: half", "the final quarter", "the final year" it names what the part is a part
#: of (a game, a decade, a term), so the part is no calendar unit near the dct.
#: ("the third quarter of $2 million" is a quarter: the "of" belongs to a loss.)
OF_NOT_A_YEAR_RE = re.compile(
    r"\s+(?i:of)\s+(?=(?i:the|this|that|these|those|its|their|his|her|our|my|your|an?)\s|[A-Z]\w*['’]s\s)"
    r"(?!(?i:(?:the|this|that|its|their|his|her|our|an?|[A-Z]\w*['’]s)\s+"
    r"(?:(?:current|same|previous|prior|following|coming|new)\s+)?"
    r"(?:(?:fiscal|financial|calendar)\s+)?year)\b)")

NUM = NUMBER
