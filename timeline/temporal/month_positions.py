"""A day or a weekend placed by its position in a month: "the first Monday in October", "the last Sunday of
March", "the second weekend of June 2025".

Why a rule of its own: the weekday rule read such a day alone, by the tense of its clause ("Parliament returns on
the first Monday in October", said in August, was the Monday gone), and "the last Sunday of March" as the deictic
"last Sunday". The whole phrase names one day of one month, and TimeML tags it whole.
"""
from __future__ import annotations

import datetime as dt
import re

from .holidays import nth_weekday
from .matchtext import low, month_num, word_before_hedge
from .normalize import Tense, fmt_week, month_year
from .patterns import MONTH, WEEKDAY, WEEKDAYS, YEAR
from .prefix_tree import trie
from .rulebase import Context, Resolution, rule
from .tense import SCHEDULE_CUES, scheduled_before

_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "fifth": 5, "5th": 5, "last": -1, "final": -1}
# Anchored on the ordinal, not the weekday: on weekday-dense text ("Monday Tuesday ...", 100 KB) the tagging took
# 2.13 billion instructions with weekday anchors and 2.09 with ordinal ones (callgrind, imports taken off; 1.98 at the
# session's start); on TBAQ the two anchor about as many windows (379 ordinals, 350 weekdays).
_SATURDAY = 6
"""A weekend is placed by its Saturday: "the first weekend of June" is the first whose Saturday is in June."""


@rule("month_position", reach=40, anchors={word for word in _ORDINALS if word.isalpha()},
      pattern=rf"""(?P<t>(?:(?i:the)\s+)?(?P<ord>(?i:{'|'.join(_ORDINALS)}))\s+
    (?:(?P<wd>{WEEKDAY})|(?P<we>(?i:weekend))(?!\w))\s+(?i:of|in)\s+(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?)(?![\w-])""",
      needs=rf"(?:{trie(set(_ORDINALS))})\s+"
            r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)[a-z.]*|weekend)\s+(?:of|in)\s")
def month_position(m: re.Match[str], ctx: Context) -> Resolution | None:
    n = _ORDINALS[low(m["ord"])]
    weekday = WEEKDAYS[low(m["wd"]).rstrip(".")] if m["wd"] else _SATURDAY
    month, dct = month_num(m["mon"]), ctx.dct
    t_start, t_end = m.span("t")
    if m["y"]:
        year: int | None = int(m["y"])
        ctx.note_year(int(m["y"]), t_end)
    elif dct is None:
        return None
    else:
        guess = _nth(dct.year, month, weekday, n) or dt.date(dct.year, month, 15)
        tense = _tense(ctx, t_start, t_end)
        year = month_year(dct, month, guess.day, tense)
    day = _nth(year, month, weekday, n) if year is not None else None
    if day is None:
        return None  # no fifth Monday that month
    if m["we"]:
        return "DATE", fmt_week(day) + "-WE", "weekend"
    ctx.note_day(t_end, day.isoformat())
    return "DATE", day.isoformat(), "day"


def _nth(year: int, month: int, weekday: int, n: int) -> dt.date | None:
    """The ``n``-th (-1: the last) ``weekday`` of the month, if the month has one."""
    day = nth_weekday(year, month, weekday, n)
    return day if day.month == month else None


def _tense(ctx: Context, start: int, end: int) -> Tense:
    """The tense that places the month, as for a month's date: a schedule told in the present lies ahead
    ("Parliament returns on the first Monday in October")."""
    tense = ctx.tense(start, end, True)
    if tense != "past" and word_before_hedge(ctx.text, start) in SCHEDULE_CUES and scheduled_before(ctx.text, start):
        return "future"
    return tense
