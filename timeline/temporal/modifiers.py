"""The TIMEX3 ``mod`` of a mention: the modifier words that qualify it.

"early 2011" is 2011 with mod START, "mid-March" March with MID, "about three
years" P3Y with APPROX, "more than two years" P2Y with MORE_THAN. The value
stays that of the period or the length itself (TimeML puts the qualification
in ``mod``, not in the value), so the modifier is read off the words, inside
the mention or just before it, once the mention is resolved.

TimeML puts an approximator in the span ("about two years ago", "around Nov. 1",
"around 7:15 p.m.") and a bound after a date too ("1994 or later", "1990 and
beyond"), so ``widened`` takes them in; "later" after a length it leaves out
(durations.py). Over TimeBank, the part the rules are tuned on, "around" before a
mention is in its span 3 times of 3, "about" before a number 2 of 2 (the other
"about"s are the preposition: "worried about the future"), a bound after a year 3 of 3.

The names are TimeML's: START, MID and END for "early", "mid" and "late" (and
"the beginning of", "the middle of", "the end of"), APPROX, LESS_THAN,
MORE_THAN, EQUAL_OR_LESS and EQUAL_OR_MORE.
"""
from __future__ import annotations

import re

from .numbers import SPECIAL, TENS, UNITS
from .patterns import MONTHS, NUM
from .prefix_tree import phrase_trie

_MODS = {
    "START": ("early", "the beginning of", "the start of", "beginning of", "start of"),
    "MID": ("mid", "middle of", "the middle of", "midway through"),
    "END": ("late", "the end of", "end of", "the close of"),
    "APPROX": ("about", "around", "approximately", "roughly", "some", "nearly", "almost", "circa", "or so"),
    "LESS_THAN": ("less than", "fewer than", "just under", "not quite"),
    "MORE_THAN": ("more than", "just over", "upwards of", "well over"),
    "EQUAL_OR_LESS": ("no more than", "at most", "up to", "not more than"),
    "EQUAL_OR_MORE": ("at least", "no less than", "not less than"),
}
_BY_WORDS = {words: mod for mod, phrases in _MODS.items() for words in phrases}
_OPENING = re.compile(r"(?i:" + phrase_trie(_BY_WORDS) + r")(?=[\s-])")
"""A modifier that opens the mention ("early 2011", "mid-March", "more than two years")."""
_BEFORE = re.compile(r"(?<![\w-])(?P<mod>(?i:" + phrase_trie(_BY_WORDS) + r"))\s+(?i:the\s+)?$")
"""A modifier just before the mention ("about [three years]", "in the middle of [the year]"); not the end of a compound
("in the run-up to [Saturday]")."""
_TRAILING = re.compile(r"(?i:\s+or\s+so)\b")
_REACH = 24
"""How far before a mention its modifier is looked for: the longest phrase and a "the"."""
_ONE_WORD_MODS = {"midsummer": "MID", "midwinter": "MID", "midweek": "MID"}
"""Mentions whose one word holds their modifier."""
_FIRST_WORDS = frozenset(phrase.split()[0] for phrase in _BY_WORDS)
"""The first word of every modifier phrase: a mention opening with none needs no regex."""
_LAST_WORDS = frozenset(phrase.split()[-1] for phrase in _BY_WORDS) | {"the"}
"""The last word of every modifier phrase (and "the" after one): a mention after none needs no regex."""


_APPROXIMATORS = frozenset({"about", "around", "approximately", "roughly"})
"""Words that make a mention after them approximate and join its span ("around Nov. 1")."""
_COUNTED = (frozenset(UNITS) | frozenset(TENS) | frozenset(w.split()[0] for w in SPECIAL)
            | {"noon", "midnight", "year", "year-end", "mid"})
"""First words of a mention "about" may approximate: a number, "a", "an", "half", a time of day, the
year's end. Not a year or a month: "questions about 1990 earnings", "a film about March" are the
preposition."""
_BOUNDS = {"or later": "ON_OR_AFTER", "and beyond": "ON_OR_AFTER", "and later": "ON_OR_AFTER",
           "or after": "ON_OR_AFTER", "or earlier": "ON_OR_BEFORE", "or before": "ON_OR_BEFORE"}
_BOUND_AFTER = re.compile(r"\s+(?P<b>(?i:" + phrase_trie(_BOUNDS) + r"))(?=\s*[.,;:!?)\"'\u201d]|\s*$)")
"""A bound that ends a date's clause ("until 1994 or later."), not one that goes on ("in October 1984
and later served as ...", "or later in the year")."""
_BOUND_LAST_WORDS = tuple({phrase.split()[-1] for phrase in _BOUNDS})
_BOUND_AT_END = re.compile(r"\s(?i:" + phrase_trie(_BOUNDS) + r")$")


_LOW_END = re.compile(rf"(?:(?:(?i:the)\s+)?(?i:next|past|last|coming|previous)\s+)?\b(?:{NUM})\s+(?i:to|or)\s+$")
"""The low end of a range of lengths before its high end ("[the next 12 to] 18 months")."""
_LENGTH_UNITS = ("year", "month", "week", "day", "hour", "minute", "decade")
"""The units a range or a choice of lengths is counted in."""
_UNIT_END = re.compile("(?i:" + "|".join(unit + "s?" for unit in _LENGTH_UNITS) + ")$")
_OTHER_LENGTH = re.compile(r"\s+(?i:or|and)\s+(?:(?i:" + "|".join(unit + "s" for unit in _LENGTH_UNITS) + r")\b"
                           rf"|(?:{NUM})(?=\s*[.,;:!?)]))")
"""A second length that makes one vague length with the first ("weeks or months", "a year or two,")."""


def widened(text: str, start: int, end: int, kind: str) -> tuple[int, int]:
    """The span of the mention ``text[start:end]`` with the approximator before it and the bound
    after it that TimeML counts in (see the module's docstring), for a mention of type ``kind``."""
    if start > 2 and text[start - 1] == " " and text[start - 2] in "tdyTDY":  # the approximators' last letters
        gap = text.rfind(" ", max(0, start - 15), start - 1)
        word = text[gap + 1:start - 1].lower()
        if word in _APPROXIMATORS and (gap < 0 or not text[gap].isalnum()):
            space = text.find(" ", start, end)
            first = text[start:space if space >= 0 else end].lower().rstrip(".,")
            year = len(first) == 4 and first.isdigit()
            if first in _COUNTED or (first[:1].isdigit() and not year) or (
                    word != "about" and (year or first in MONTHS)):
                start = gap + 1
    if kind == "DURATION":
        # TimeML spans a range or a choice of lengths whole ("two to three weeks", "weeks or months")
        if text[max(0, start - 4):start].lower() in (" to ", " or ") and (low_end := _LOW_END.search(
                text, max(0, start - 48), start)) is not None:
            start = low_end.start()
        if text.startswith((" or ", " and "), end) and _UNIT_END.search(text, max(start, end - 7), end):
            other = _OTHER_LENGTH.match(text, end)
            if other is not None:
                end = other.end()
    if kind == "DATE" and text.startswith((" or ", " and "), end) and text[end - 1].isdigit():
        m = _BOUND_AFTER.match(text, end)
        if m is not None:
            end = m.end()
    return start, end


def mod_of(text: str, start: int, end: int) -> str:
    """The TimeML ``mod`` of the mention ``text[start:end]``, or "" when nothing qualifies it.

    Not "over" or "under" before a mention: they are as often "during" ("over the years") as "more
    than"; nor "earlier" or "later", which place a mention ("earlier this month") more than they
    narrow it."""
    space = text.find(" ", start, end)
    first = text[start:space if space >= 0 else end].lower()
    if first[:4] == "end-":
        return "END"  # "end-March", "end-2010" (a wire's spelling of "the end of March")
    if first in _ONE_WORD_MODS:
        return _ONE_WORD_MODS[first]
    if first in ("year", "year's", "year’s") and text[start:end].lower() in ("year end", "year's end", "year’s end"):
        return "END"  # as TimeBank writes "year end" (but "year-end" with none)
    if first in _FIRST_WORDS or first[:4] == "mid-":
        m = _OPENING.match(text, start, end)
        if m is not None:
            return _BY_WORDS[" ".join(m.group().lower().split())]
    if first == "the" and space >= 0:  # the modifier after the article: "the early 1990s", "the mid-1800s"
        m = _OPENING.match(text, space + 1, end)
        if m is not None:
            return _BY_WORDS[" ".join(m.group().lower().split())]
    if start > 1 and text[start - 1] == " ":
        gap = text.rfind(" ", max(0, start - _REACH), start - 1)
        if text[gap + 1:start - 1].lower() in _LAST_WORDS:
            m = _BEFORE.search(text, max(0, start - _REACH), start)
            if m is not None:
                words = " ".join(m["mod"].lower().split())
                mod = _BY_WORDS.get(words)
                if mod is not None and words not in _APPROXIMATORS:  # those ``widened`` did not take in:
                    # the preposition ("worried about the future")
                    return mod
    if " so" in text[start:end] and _TRAILING.search(text, start, end):
        return "APPROX"
    if text.endswith(_BOUND_LAST_WORDS, start, end) and (bound := _BOUND_AT_END.search(text, start, end)) is not None:
        return _BOUNDS[" ".join(bound.group().lower().split())]
    return ""
