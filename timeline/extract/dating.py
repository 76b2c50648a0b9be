"""What date a mention gives an event: its resolved value, no finer than the text wrote it, and whether
it is a clock time with no day, which dates nothing."""
from __future__ import annotations

import datetime as dt
import re

from timeline.records import Granularity, When
from timeline.temporal import Timex, timex_interval
from timeline.temporal.clock_times import NAMED_DAY_PART

_GRANULARITY = {
    "day": Granularity.DAY,
    "time": Granularity.DAY,
    "week": Granularity.WEEK,
    "weekend": Granularity.WEEK,
    "month": Granularity.MONTH,
    "season": Granularity.SEASON,
    "quarter": Granularity.QUARTER,
    "half": Granularity.HALF,
    "year": Granularity.YEAR,
    "decade": Granularity.DECADE,
    "century": Granularity.CENTURY,
}


def when_of(timex: Timex) -> When | None:
    """The normalized date a DATE/TIME expression refers to, if it is resolvable."""
    if timex.type not in ("DATE", "TIME"):
        return None
    granularity = _GRANULARITY.get(timex.granularity)
    if granularity is None:
        return None
    return when_at(timex.value[:10] if granularity is Granularity.DAY else timex.value, granularity)


def when_at(value: str, granularity: Granularity) -> When | None:
    """The date a TIMEX3 value names ("2010-04-22", "2010-W07", "2010-06", "2010"), at ``granularity``; None
    when the value resolves to no days."""
    interval = timex_interval(value)
    if interval is None:
        return None
    return When(first=interval[0], granularity=granularity, value=value, last=interval[1])


_DATE_WORD = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday|"
    r"tomorrow|tonight|last|next|this)[a-z]*\b|\b\d{1,2}[/-]\d{1,2}\b", re.I)
"""A day in a time expression ("Friday at 3 pm", "March 25, 2011 at 5:33 am"): without one,
"at 3 pm", "1520 GMT" or "struck at 1653" is a clock time that says nothing of the day
(a four-digit number in a time of day is the clock, not a year)."""


def is_clock_time(timex: Timex) -> bool:
    """A time of day with no day in it (``_DATE_WORD``): it dates no happening."""
    return timex.granularity == "time" and not _DATE_WORD.search(timex.text)


_PART_OF_A_DAY = re.compile(NAMED_DAY_PART)


def day_offset(timex: Timex) -> int:
    """Where the day starts in a part of a day named ("the night of April 19": 13), else 0. The event stage reads a
    date's place in its sentence from the words before it ("not available until April 19", "the night of" one of
    them) as it did before the tagger read the part with the day (TimeML's one mention)."""
    part = _PART_OF_A_DAY.match(timex.text)
    return part.end() if part is not None else 0


_WEEKS_AGO = re.compile(r"\b(?:weeks?|months?)\s+(?:ago|earlier|before)\b", re.I)


def as_precise_as_written(when: When, expression: str) -> When:
    """ "three weeks ago" is a week, not the day 21 days back: the date the reader sees is no
    more precise than the text."""
    if when.granularity is not Granularity.DAY or not _WEEKS_AGO.search(expression):
        return when
    return week_of(when.first)


def week_of(day: dt.date) -> When:
    """The ISO week that holds ``day``."""
    year, week, _ = day.isocalendar()
    monday = day - dt.timedelta(days=day.isoweekday() - 1)
    return When(monday, Granularity.WEEK, f"{year}-W{week:02d}", monday + dt.timedelta(days=6))
