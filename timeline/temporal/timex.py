"""The Timex record and the conversion of TIMEX3 date values to day intervals.

Kept apart from the tagger so that consumers (the timeline builder, the CLI,
the scorer) depend only on this small, stable surface.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import asdict, dataclass
from typing import Literal

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]

Granularity = Literal[
    "day", "week", "weekend", "month", "quarter", "half", "season", "year",
    "decade", "century", "time", "ref", "duration", "set", "unknown",
]


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression: ``text == source[start:end]`` (end exclusive).

    ``value`` is a TimeML TIMEX3 value ("2024-05-17", "2024-Q3", "199",
    "PRESENT_REF", "P3Y", "XXXX-WXX-5"); ``granularity`` says how precise
    a DATE value is so that callers need not re-parse it; ``mod`` is the
    TIMEX3 modifier ("START" for "early 2011", "APPROX" for "about three
    years": ``modifiers.mod_of``), "" for none.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    granularity: Granularity
    mod: str = ""

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready mapping of all fields."""
        return asdict(self)


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}

_VALUE_RE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?(?:T.*)?|Q(?P<q>[1-4])|H(?P<h>[12])"
    r"|W(?P<w>\d{1,2})(?P<we>-WE)?(?:-(?P<wd>[1-7]))?|(?P<s>SP|SU|FA|WI)))?$"
    r"|^(?P<dec>\d{3})$|^(?P<cen>\d{2})$"
)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def timex_interval(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day covered by a DATE value, or None if unresolvable.

    Why: the timeline needs concrete days to place and sort events, whatever
    the precision of the mention ("2024-05" covers May 1-31, "199" the 1990s,
    "2024-W20" an ISO week, "2024-WI" December 2024 to February 2025).
    """
    m = _VALUE_RE.match(value.strip().upper()) if value else None
    if m is None:
        return None
    try:
        if m["dec"]:
            y0 = int(m["dec"]) * 10
            return dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31)
        if m["cen"]:
            y0 = int(m["cen"]) * 100
            return dt.date(max(y0, 1), 1, 1), dt.date(y0 + 99, 12, 31)
        y = int(m["y"])
        if m["d"]:
            d = dt.date(y, int(m["m"]), int(m["d"]))
            return d, d
        if m["m"]:
            return dt.date(y, int(m["m"]), 1), _month_end(y, int(m["m"]))
        if m["q"]:
            q = int(m["q"])
            return dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
        if m["h"]:
            h = int(m["h"])
            return dt.date(y, 6 * h - 5, 1), _month_end(y, 6 * h)
        if m["w"]:
            monday = dt.date.fromisocalendar(y, int(m["w"]), 1)
            if m["wd"]:
                d = monday + dt.timedelta(days=int(m["wd"]) - 1)
                return d, d
            if m["we"]:
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            return monday, monday + dt.timedelta(days=6)
        if m["s"]:
            if m["s"] == "WI":
                return dt.date(y, 12, 1), _month_end(y + 1, 2)
            a, b = _SEASON_MONTHS[m["s"]]
            return dt.date(y, a, 1), _month_end(y, b)
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except (ValueError, OverflowError):
        return None
