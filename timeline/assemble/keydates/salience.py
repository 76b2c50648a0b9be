"""Which days are key: each day's salience (steps 1 and 2 of the method, ``timeline.assemble.keydates``).

A day's votes come from the articles that name it or were published on it, set against the coverage
around it; a share of the budget goes to the story's phases, the rest follows salience.
"""
from __future__ import annotations

import bisect
import datetime as dt
import itertools
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from timeline.records import Granularity, When

from .tuning import Tuning


def score_days(published: Days, votes: Mapping[dt.date, float], since: dt.date | None, until: dt.date | None,
               tuning: Tuning) -> dict[dt.date, float]:
    """Salience of every day within since..until that some article names or was published on.

    Each article votes at most once per day (a long article repeating a date
    is not more evidence than a short one).
    """
    coverage = Coverage(published, tuning.coverage_days)
    return {
        day: score / (1.0 + coverage.around(day)) ** tuning.coverage_exponent
        for day, score in votes.items()
        if (since is None or day >= since) and (until is None or day <= until)
    }


@dataclass(frozen=True, slots=True)
class Days:
    """Publication dates as a sorted multiset held by day, not by article: each day once, with how many
    articles were published before it. Bounded by the story's calendar; the list of every article's
    date it replaces was held three times over (the survey's, the coverage's, the span's)."""

    days: tuple[dt.date, ...]
    """The distinct days, in order."""
    before: tuple[int, ...]
    """``before[i]``: how many dates are earlier than ``days[i]``; the last: how many there are."""

    @staticmethod
    def of(dates: Iterable[dt.date | None]) -> Days:
        return Days.counted(Counter(d for d in dates if d is not None))

    @staticmethod
    def counted(counts: Mapping[dt.date, int]) -> Days:
        days = tuple(sorted(counts))
        return Days(days, tuple(itertools.accumulate((counts[d] for d in days), initial=0)))

    def __len__(self) -> int:
        return self.before[-1]

    def at(self, k: int) -> dt.date:
        """The ``k``-th date (from 0) in order."""
        return self.days[bisect.bisect_right(self.before, k) - 1]

    def earlier(self, day: dt.date) -> int:
        """How many dates are before ``day``."""
        return self.before[bisect.bisect_left(self.days, day)]

    def up_to(self, day: dt.date) -> int:
        """How many dates are on or before ``day``."""
        return self.before[bisect.bisect_right(self.days, day)]


class Coverage:
    """How many articles a day were published around a day: the background a day's votes stand out from.

    Salience by votes alone follows the flood of the busiest weeks: a long
    story's later turns, covered by a few articles a day, never reach the
    key dates (on the dev tasks, the journalists' dates from the quiet months
    of a story ranked 70th to 170th by votes)."""

    def __init__(self, published: Days, days: int) -> None:
        self.published = published
        self.days = days

    def around(self, day: dt.date) -> float:
        """Articles a day over the days of the story's publication span within ``days`` of the day
        (a story's first day is set against its first week, not against the empty week before
        it); before the first publication or after the last, the story's mean: no article is
        published around a background or outlook day, and against nothing it would outrank the
        story's own days (bpoil's key dates took a day a year on, 2011-04-20, when set against
        the coverage around it)."""
        published = self.published
        if not published.days:
            return 0.0
        first, last = published.days[0], published.days[-1]
        if not first <= day <= last:
            return len(published) / ((last - first).days + 1)
        start, end = max(first, day - dt.timedelta(days=self.days)), min(last, day + dt.timedelta(days=self.days))
        inside = published.up_to(end) - published.earlier(start)
        return inside / ((end - start).days + 1)


def article_votes(
    published: dt.date | None, whens: Sequence[When], tuning: Tuning
) -> dict[dt.date, float]:
    """The days one article speaks for, with the weight of its vote for each."""
    votes: dict[dt.date, float] = {}
    for when in whens:
        if when.granularity is Granularity.DAY and (
                published is None or (when.first - published).days <= tuning.ahead_days):
            votes[when.first] = 1.0
    if published is not None:
        votes[published] = max(votes.get(published, 0.0), tuning.publication_weight)
        previous = published - dt.timedelta(days=1)
        votes[previous] = max(votes.get(previous, 0.0), tuning.next_day_weight)
    months = sorted({when for when in whens if when.granularity is Granularity.MONTH})
    for month in months:
        _share_month(votes, month, tuning.month_share)
    return votes


def _share_month(votes: dict[dt.date, float], when: When, share: float) -> None:
    """Add a small share of a month mention to each day of the month that has votes already."""
    for day in list(votes):
        if when.first <= day <= when.last:
            votes[day] += share



_MARGIN = dt.timedelta(days=31)
"""A day further than this before the first or after the last publication is outside the story's span."""
_TRIM = 0.01
"""Share of publication dates ignored at each end of the span: one stray article does not stretch it."""


@dataclass(frozen=True, slots=True)
class Span:
    """When the story was covered: its publication dates, less a few outliers at either end."""

    first: dt.date | None
    last: dt.date | None

    @staticmethod
    def of(published: Days, since: dt.date | None, until: dt.date | None) -> Span:
        if not published.days:
            return Span(None, None)
        low = published.earlier(since) if since is not None else 0
        count = (published.up_to(until) if until is not None else len(published)) - low
        if count <= 0:
            return Span(None, None)
        cut = math.floor(_TRIM * (count - 1))
        return Span(published.at(low + cut), published.at(low + count - 1 - cut))

    def is_outside(self, day: dt.date) -> bool:
        if self.first is None or self.last is None:
            return False
        return day < self.first - _MARGIN or day > self.last + _MARGIN

    def phase(self, day: dt.date, phases: int, latest: float) -> int | None:
        """Which of the span's ``phases`` phases holds the day (None: none does, it is outside the span).

        The last phase is the span's last ``latest`` share; the others split the rest in equal stretches.
        """
        if self.first is None or self.last is None or not self.first <= day <= self.last:
            return None
        length = (self.last - self.first).days + 1
        if (self.last - day).days < max(1.0, latest * length):
            return phases - 1
        if phases == 1:
            return None
        earlier = max(1.0, (1 - latest) * length)
        return min(phases - 2, int((day - self.first).days * (phases - 1) / earlier))


def by_salience(scores: Mapping[dt.date, float]) -> list[dt.date]:
    return sorted(scores, key=lambda day: (-scores[day], day))


def outside_cap(limit: int, tuning: Tuning) -> int:
    return math.floor(tuning.outside_share * limit + 1e-9)


def choose_days(scores: Mapping[dt.date, float], span: Span, limit: int, tuning: Tuning) -> list[dt.date]:
    """The key days: each phase's most salient day, latest phase first, then the most salient others.

    A story is covered most in its first weeks and the days of those weeks
    are the most referred to; salience alone stops the timeline there.  So a
    share of the budget goes to the publication span's phases (its last
    ``latest_share``, and equal stretches of the rest), each represented by
    its best day, the latest first; the rest of the budget follows salience.
    A single date is the most salient day.  Days more than a month outside
    the span (background: a war, an earlier crisis) are capped.
    """
    ranked = by_salience(scores)
    phases = min(limit, math.ceil(tuning.phase_share * limit - 1e-9)) if limit > 1 else 0
    best: dict[int, dt.date] = {}
    for day in ranked if phases else ():
        phase = span.phase(day, phases, tuning.latest_share)
        if phase is not None and phase not in best:
            best[phase] = day
    chosen = [best[phase] for phase in sorted(best, reverse=True)]
    cap = outside_cap(limit, tuning)
    outside = 0
    for day in ranked:
        if len(chosen) >= limit:
            break
        if day in chosen:
            continue
        if span.is_outside(day):
            if outside >= cap:
                continue
            outside += 1
        chosen.append(day)
    return chosen

