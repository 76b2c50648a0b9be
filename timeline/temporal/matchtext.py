"""Reading a match and its neighbourhood: the helpers every resolver uses.

Why: resolvers keep asking the same small questions -- the group's text in
normal form, the word before or after the mention, the number of a month or
day name, the TIMEX3 value of a year-month-day -- and on date-dense text they
ask them once per mention, so the answers are cached where they are pure.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .normalize import safe_date
from .patterns import MONTHS, PART_OF_DAY

_WS_RE = re.compile(r"\s+")


def low(s: str | None) -> str:
    """Lower-cased, whitespace-normalised group text ("" for an absent group)."""
    return _low_text(s) if s else ""


@lru_cache(maxsize=4096)
def _low_text(s: str) -> str:
    return _WS_RE.sub(" ", s.lower()).strip()


_PREV_RE = re.compile(r"([\w$£€%'’.]+)\W{0,3}$")
_NEXT_RE = re.compile(r"\W{0,3}([\w$%'’]+)")


def prev_word(text: str, pos: int) -> str:
    """The word just before ``pos`` (lower-cased), punctuation skipped."""
    return _last_word(text[max(0, pos - 24):pos])


_AT_LEAST_RE = re.compile(r"(\w+)\s+(?i:at\s+least)\s+$")


def word_before_hedge(text: str, pos: int) -> str:
    """``prev_word``, read over a hedge "at least" before the mention: "until at least Friday" is until Friday,
    "since at least March" since March."""
    word = prev_word(text, pos)
    if word == "least" and (hedged := _AT_LEAST_RE.search(text, max(0, pos - 32), pos)) is not None:
        return hedged[1].lower()
    return word


@lru_cache(maxsize=4096)
def _last_word(before: str) -> str:
    """The word ending ``before`` (a short slice), lower-cased.  Cached: in
    dense text the same neighbourhoods recur, and the search is the cost."""
    m = _PREV_RE.search(before)
    return m.group(1).lower() if m else ""


#: Words that make a following "final"/"last" an adjective of a noun phrase.
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
                          "whose", "this", "that", "these", "those", "each", "every"})


def after_determiner(text: str, pos: int) -> bool:
    """Whether a determiner or possessive stands right before ``pos``
    ("his final year", "the campaign's final week")."""
    w = prev_word(text, pos)
    return w in _DETERMINERS or w.endswith(("'s", "’s", "s'", "s’"))


_TITLE_WORD_RE = re.compile(r" ([A-Z][a-z]+)\b")
_NO_NAME_WORDS = frozenset({
    *MONTHS, *PART_OF_DAY, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "and", "or", "but", "in", "at", "on", "by", "for", "from", "to", "after", "before", "as", "of", "with", "the",
    "a", "an", "this", "that", "last", "next", "when", "while", "until", "since", "during", "amid", "is", "was",
    "were", "are", "will", "said", "says", "he", "she", "it", "they", "we", "his", "her", "its", "their", "there",
    "then", "day", "eve", "noon", "midnight"})
"""Words in title case that do not carry a name on: words of time, and the function words and verbs a headline
in title case capitalises too ("Talks Resume Sunday Morning In Cairo", "Christmas Day")."""


def name_follows(text: str, end: int) -> bool:
    """Whether a word in title case that goes on with a name follows ``end`` directly: the mention before it is
    part of the name ("The Sunday Times", "Saturday Night Live")."""
    m = _TITLE_WORD_RE.match(text, end)
    return m is not None and m.group(1).lower() not in _NO_NAME_WORDS


def next_word(text: str, pos: int) -> str:
    """The word just after ``pos`` (as written), punctuation skipped."""
    m = _NEXT_RE.match(text[pos:pos + 24])
    return m.group(1) if m else ""


@lru_cache(maxsize=1024)
def month_num(s: str) -> int:
    """1-12 for a month name or abbreviation ("Sept." -> 9)."""
    return MONTHS[s.lower().rstrip(".")]


_NON_DIGIT_RE = re.compile(r"\D")


@lru_cache(maxsize=1024)
def day_num(s: str) -> int:
    """The day of month of a DAY match ("3rd" -> 3)."""
    return int(_NON_DIGIT_RE.sub("", s))


@lru_cache(maxsize=4096, typed=True)
def ymd(dct: dt.date | None, y: int | None, m: int, d: int | None) -> str:
    """A date value, down to the month only when the day does not exist in it."""
    ys = f"{y:04d}" if y is not None else "XXXX"
    if d is None:
        return f"{ys}-{m:02d}"
    if y is not None and safe_date(y, m, d) is None:
        return f"{ys}-{m:02d}"
    return f"{ys}-{m:02d}-{d:02d}"


def part_suffix(part: str | None) -> str:
    """The TIMEX3 time suffix of a part of day ("morning" -> "TMO"), or ""."""
    return "T" + PART_OF_DAY[low(part)] if part else ""
