"""Number words as they occur in durations ("two", "twenty-five", "a couple of").

Why a module of its own: durations, "ago" phrases and centuries all need the
same small vocabulary, and the regex alternation must agree with the parser.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .prefix_tree import phrase_trie

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
#: Quantities that are vague: the TIMEX3 value gets an X ("several years" = PXY).
VAGUE = ("several", "a few", "few", "some", "many", "a number of", "numerous")
#: Quantities that are exact though not numerals.
SPECIAL: dict[str, float] = {
    "a": 1, "an": 1, "a single": 1, "one": 1, "a couple of": 2, "a couple": 2,
    "couple of": 2, "a pair of": 2, "a dozen": 12, "dozen": 12, "half a dozen": 6,
    "a hundred": 100, "one hundred": 100, "hundred": 100, "a thousand": 1000,
    "half a": 0.5, "half an": 0.5,
}

#: A cardinal number: digits (with or without thousands' commas), number words (to the thousands),
#: vague words. Each list is a prefix tree (``phrase_trie``): the duration pattern tries a number at
#: every word start of its windows, and alternations of forty words tried one by one made it the
#: costliest rule of the tagger (over TimeBank + AQUAINT, 23 ms as lists, 17 ms as trees, the same
#: matches). A tree prefers the longer word where one is a prefix of another, as the lists sorted by
#: length did, and the units still come before the other words.
_BELOW_HUNDRED = rf"(?:(?:{phrase_trie(TENS)})(?:[-\s](?:{phrase_trie(UNITS)}))?|{phrase_trie(UNITS)})"
_HUNDRED_TAIL = rf"\s+hundred(?:\s+(?:and\s+)?{_BELOW_HUNDRED}(?![\w-]))?"
_THOUSAND_TAIL = rf"\s+thousand(?:\s+(?:and\s+)?{_BELOW_HUNDRED}(?:{_HUNDRED_TAIL})?(?![\w-]))?"
# Each tail is optional after the one word number that opens every count in words, so the pattern tries that word
# once a word start (alternatives for hundreds and thousands, each opening on it again, made the duration rule's
# regex time over TimeBank + AQUAINT 19.7 ms against 11.9 ms).
NUMBER = (
    rf"(?i:\d{{1,3}}(?:(?:,\d{{3}})+|\.\d+)?"
    rf"|(?:{_BELOW_HUNDRED}|a(?=\s+(?:hundred|thousand)\b))(?:{_HUNDRED_TAIL})?(?:{_THOUSAND_TAIL})?"
    rf"|{phrase_trie([*SPECIAL, *VAGUE])})"
)

_SPACE_RE = re.compile(r"\s+")


def parse_number(s: str) -> int | float | None:
    """Value of a NUMBER match; None for vague quantities (rendered as X)."""
    w = _SPACE_RE.sub(" ", s.strip().lower())
    if not w:
        return None
    if w[0].isdigit():
        try:
            f = float(w.replace(",", ""))
        except ValueError:
            return None
        return int(f) if f.is_integer() else f
    if w in VAGUE:
        return None
    if w in SPECIAL:
        return SPECIAL[w]
    if w in UNITS:
        return UNITS[w]
    return _words_value(re.split(r"[-\s]+", w))


_SCALES = {"hundred": 100, "thousand": 1000}


def _words_value(words: list[str]) -> int | None:
    """A number written in words, "twenty-five", "three hundred and fifty", "two thousand"."""
    total = current = 0
    for word in words:
        if word in UNITS or word in TENS or word == "a":
            current += 1 if word == "a" else UNITS.get(word) or TENS.get(word, 0)
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if word == "thousand":
                total, current = total + current, 0
        elif word != "and":
            return None
    n = total + current
    return n if n or words == ["zero"] else None


#: A year read out in words ("nineteen ninety-six"), as in broadcast transcripts.
SPOKEN_YEAR = (r"(?i:nineteen|eighteen)[\s-]+(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
               r"(?:[\s-](?i:one|two|three|four|five|six|seven|eight|nine))?(?![\w-])")


@lru_cache(maxsize=1024)
def year_value(s: str) -> int | None:
    """A year given as digits ("1996") or read out ("nineteen ninety-six")."""
    s = s.strip()
    if s.isdigit():
        return int(s)
    parts = re.split(r"[\s-]+", s.lower())
    if len(parts) < 2 or parts[0] not in ("nineteen", "eighteen") or parts[1] not in TENS:
        return None
    y = UNITS[parts[0]] * 100 + TENS[parts[1]]
    if len(parts) > 2 and parts[2] in UNITS:
        y += UNITS[parts[2]]
    return y
