"""A sentence that opens on a count of days, weeks, months or years "later" or "earlier" dates its happening
that far from the happening of the sentence before: "The rig exploded on April 20. Two days later, it sank"
tells the sinking on April 22.

Why here and not in the tagger: TimeML annotates "two days later" as a length (P2D), and the tagger keeps to
it (TimeBank's "A day earlier" is a DURATION); "a year earlier" it reads from the report's date (TimeBank's
are anchored to the period under discussion, most often the report's own year). Which happening such an
opening counts from is the story's order, which extraction knows: the event of the sentence before, when that
sentence names its own date at a precision the count can move (a day for days and weeks, a month for months,
a year for years). Without one the opening dates nothing of its own ("Two days later" alone, after a sentence
dated by nothing, is no date), and a sentence whose other dates say more keeps them.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline.extract.dating import week_of, when_at
from timeline.records import Granularity, When

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_OPENING = re.compile(
    r"^\W{0,2}(?:(?:And|But|Then|Only|Just)\s+)?(?P<n>" + "|".join(_NUMBERS) + r"|\d{1,2})\s+"
    r"(?P<unit>days?|weeks?|months?|years?)\s+(?P<way>later|earlier)\s*[,;]", re.I)
"""An opening count of units "later" or "earlier", set off by a comma ("Two days later, ...", "A year earlier,
the HSE issued ..."): the story's own time moved on or back. Without the comma it may be the subject's
("Two days later was too late") or a length inside the clause."""
_NEEDS = {"day": Granularity.DAY, "week": Granularity.DAY, "month": Granularity.MONTH, "year": Granularity.YEAR}
"""How precise the sentence before must be dated for the count to move it."""


@dataclass(frozen=True, slots=True)
class Offset:
    """A sentence's opening count: how many units, which unit, which way, and where it ends in the sentence."""

    count: int
    unit: str
    sign: int
    end: int

    def applied_to(self, before: When) -> When | None:
        """The date ``before`` moved by the count, at the unit's precision; None when ``before`` is coarser
        than the unit needs (a month does not move by days)."""
        if before.granularity < _NEEDS[self.unit]:
            return None
        first, n = before.first, self.sign * self.count
        try:
            if self.unit == "day":
                return when_at((first + dt.timedelta(days=n)).isoformat(), Granularity.DAY)
            if self.unit == "week":
                return week_of(first + dt.timedelta(days=7 * n))
            if self.unit == "month":
                months = first.year * 12 + first.month - 1 + n
                return when_at(f"{months // 12:04d}-{months % 12 + 1:02d}", Granularity.MONTH)
            return when_at(f"{first.year + n:04d}", Granularity.YEAR)
        except OverflowError:
            return None


def opening_offset(sentence: str) -> Offset | None:
    """The count of units "later" or "earlier" that opens ``sentence`` (``_OPENING``), if any."""
    found = _OPENING.match(sentence)
    if found is None:
        return None
    word = found["n"].lower()
    count = _NUMBERS[word] if word in _NUMBERS else int(word)
    unit = found["unit"].lower().rstrip("s")
    return Offset(count, unit, 1 if found["way"].lower() == "later" else -1, found.end("way"))
