"""Which of a day's entries, dated only as of their reports, tell again a happening of a day before.

An article's lead told in the present perfect is dated to its report's day (``timeline.extract.news_leads``),
and so is a sentence that goes on from one. The news of a day is often told so the next morning: "A huge
earthquake has hit the island of Haiti.", published on 13 January, tells the quake that the 12th's reports
date ("A powerful earthquake hit Haiti on Tuesday ..."), and three such leads filled 13 January's first five
on its month page. Such an entry retells a happening already on the timeline, under the day it happened.

An entry that no report dates by a date of its own, told on its own day, retells an earlier day's when its
words are those of one of that day's most important entries that name their date (``EARLIER_COMPARED``; not a
forecast, which is no happening told), within ``EARLIER_DAYS`` (``timeline.assemble.retelling.Told.retells``, adding
at most ``RETOLD_ADDING`` names and no figure). Its importance is cut (``timeline.assemble.RETOLD_FACTOR``): the
day's page still lists it, below the day's own news. Costs about 30 microseconds an entry so compared (reading its
words, ``Told.of``), the earlier days' entries read once a day and only when compared with.
"""
from __future__ import annotations

import datetime as dt
import heapq
from collections import deque

from timeline.assemble.retelling import Told

EARLIER_DAYS = 3
"""How many days before an entry's the happening it retells may be (the news of a day is told that evening, the
next morning, and in a weekly or Monday paper a day or two on)."""
EARLIER_COMPARED = 15
"""Of each earlier day, the most important entries that name their date that an entry is compared with (a busy
day has hundreds; its happenings are among its most reported)."""
RETOLD_ADDING = 1
"""Names a retelling of an earlier day's happening may add (``Told.retells``), none its first word, and no figure:
the next day's lead names the place more fully ("A massive earthquake has struck the Caribbean island of Haiti" after
"Haiti was hit by a massive 7.0-magnitude earthquake on Tuesday"), while a new count is the day's own news ("The
number of confirmed cases has risen to 226" after "rose to 160")."""


class EarlierDays:
    """The most important entries that name their date of the last days, fed a day at a time in date order (an
    earlier day after a later one is a ValueError). The earlier days' sentences are read (``Told.of``) only when an
    entry is compared with them."""

    def __init__(self) -> None:
        self._days: deque[tuple[dt.date, list[str]]] = deque()
        self._told: list[Told] | None = None  # the sentences of ``_days``, read
        self._day: dt.date | None = None
        self._ranked: list[tuple[float, int, str]] = []
        self._added = 0

    def retells(self, day: dt.date, sentence: str) -> bool:
        """Whether ``sentence``, of an entry of ``day`` dated only as of its reports, retells one of the earlier
        days' entries, adding no figure."""
        self._move_to(day)
        if not self._days:
            return False
        if self._told is None:
            self._told = [Told.of(earlier) for _, sentences in self._days for earlier in sentences]
        told = Told.of(sentence)
        figures = {item for item in told.news if item[:1].isdigit()}
        return any(told.retells(earlier, RETOLD_ADDING) and figures <= earlier.news | earlier.words
                   for earlier in self._told)

    def add(self, day: dt.date, importance: float, sentence: str) -> None:
        """An entry of ``day`` that names its date, with its importance."""
        self._move_to(day)
        self._added += 1
        item = (importance, -self._added, sentence)  # ties to the earlier
        if len(self._ranked) < EARLIER_COMPARED:
            heapq.heappush(self._ranked, item)
        else:
            heapq.heappushpop(self._ranked, item)

    def _move_to(self, day: dt.date) -> None:
        if day == self._day:
            return
        if self._day is not None and day < self._day:
            raise ValueError(f"{day} fed after {self._day}: EarlierDays is fed in date order")
        if self._day is not None and self._ranked:
            self._days.append((self._day, [sentence for *_, sentence in self._ranked]))
        self._day, self._ranked, self._told = day, [], None
        while self._days and (day - self._days[0][0]).days > EARLIER_DAYS:
            self._days.popleft()


__all__ = ["EARLIER_COMPARED", "EARLIER_DAYS", "RETOLD_ADDING", "EarlierDays"]
