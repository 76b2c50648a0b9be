"""Named days ("Thanksgiving", "Christmas Eve", "Election Day") as calendar dates.

Why: news dates events by holidays; the date depends on the year (Easter,
Thanksgiving), so each holiday is a function of the year.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from .prefix_tree import trie


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """n-th (1-based; -1 = last) ISO weekday of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def _fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda y: dt.date(y, month, day)


HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "christmas eve": _fixed(12, 24),
    "christmas day": _fixed(12, 25),
    "christmas": _fixed(12, 25),
    "boxing day": _fixed(12, 26),
    "new year's eve": _fixed(12, 31),
    "new year's day": _fixed(1, 1),
    "new year's": _fixed(1, 1),
    "new year": _fixed(1, 1),
    "valentine's day": _fixed(2, 14),
    "st. patrick's day": _fixed(3, 17),
    "may day": _fixed(5, 1),
    "independence day": _fixed(7, 4),
    "the fourth of july": _fixed(7, 4),
    "bastille day": _fixed(7, 14),
    "halloween": _fixed(10, 31),
    "veterans day": _fixed(11, 11),
    "armistice day": _fixed(11, 11),
    "thanksgiving day": lambda y: nth_weekday(y, 11, 4, 4),
    "thanksgiving": lambda y: nth_weekday(y, 11, 4, 4),
    "black friday": lambda y: nth_weekday(y, 11, 4, 4) + dt.timedelta(days=1),
    "cyber monday": lambda y: nth_weekday(y, 11, 4, 4) + dt.timedelta(days=4),
    "labor day": lambda y: nth_weekday(y, 9, 1, 1),
    "memorial day": lambda y: nth_weekday(y, 5, 1, -1),
    "martin luther king day": lambda y: nth_weekday(y, 1, 1, 3),
    "martin luther king jr. day": lambda y: nth_weekday(y, 1, 1, 3),
    "martin luther king, jr. day": lambda y: nth_weekday(y, 1, 1, 3),
    "mlk day": lambda y: nth_weekday(y, 1, 1, 3),
    "columbus day": lambda y: nth_weekday(y, 10, 1, 2),
    "mother's day": lambda y: nth_weekday(y, 5, 7, 2),
    "father's day": lambda y: nth_weekday(y, 6, 7, 3),
    "presidents day": lambda y: nth_weekday(y, 2, 1, 3),
    "presidents' day": lambda y: nth_weekday(y, 2, 1, 3),
    "election day": lambda y: nth_weekday(y, 11, 1, 1) + dt.timedelta(days=1),
    "easter sunday": easter,
    "easter": easter,
    "easter monday": lambda y: easter(y) + dt.timedelta(days=1),
    "good friday": lambda y: easter(y) - dt.timedelta(days=2),
    "palm sunday": lambda y: easter(y) - dt.timedelta(days=7),
    "ash wednesday": lambda y: easter(y) - dt.timedelta(days=46),
}

#: Regex alternation of holiday names (title case as written in news).
HOLIDAY = trie({v for k in HOLIDAYS for v in (k, k.replace("'", "’"))})
