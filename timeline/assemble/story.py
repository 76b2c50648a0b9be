"""What the pages, the chart and the feeds pick from the timeline: the story's latest
entries, a period's most important ones, and the groups a month or an events page shows.

Pure functions of the Timeline, shared by the render stage and the exports, so the
home page, the feed and the embed agree on what "latest" means.
"""
from __future__ import annotations

import datetime as dt
import heapq
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from timeline.records import Granularity, KeyDate, When
from timeline.assemble.entry_store import StoredEntries
from timeline.assemble.retelling import Told, distinct, retellings
from timeline.assemble.timeline import (Entry, Timeline, capped, events_page, events_period, held,
                                        period_first_day)

DAY_SHOWN = 5
"""A month page shows at most this many entries of a day (the most important)."""
PERIOD_SHOWN = 5
"""... and of a period coarser than a day (the month itself, a week, a season)."""
CANDIDATES = 3
"""A period's shown entries are chosen among its this many times ``DAY_SHOWN`` (or ``PERIOD_SHOWN``) most important:
each happening is shown once (``timeline.assemble.retelling``), and a day whose top entries retell one happening
shows the next most important ones that tell others."""
DAY_INDEX_FROM = 8
"""A month page with this many day headings or more opens on a line of its days, each a link to its heading: on a
phone the busiest month is about 40,000 pixels tall, and Material shows no table of contents for a page outside
the navigation, so a reader had no way to a late day but scrolling."""
YEAR_SHOWN = 15
"""A year page shows at most this many key events (``spread_important``)."""
SIDE_SHOWN = 20
"""Background and outlook show at most this many entries of a year..."""
SIDE_BUDGET = 300
"""... and fewer when that would make more than this many on the page (see ``side_years``)."""


LATEST_PER_DAY = 3
"""The home page's and the embed's latest events show at most this many of one day: the last day of a
story is often one live page's, and ten of its lines told nothing of the days before (H1N1's home page
gave all its latest events to one blog post of 30 June 2009)."""


def latest_entries(timeline: Timeline, count: int, per_day: int | None = None) -> tuple[Entry, ...]:
    """The story's ``count`` latest entries, newest first: what had happened by the last report;
    with ``per_day``, at most that many of one date (a day, or the same coarser period).

    An entry is dated by its last day, up to the last article's publication
    day and to the day of the last article that tells it ("later this month",
    told on the 6th, had happened by the 6th, if at all); ties go to the finer
    date, then to the more important entry (the last report's day holds
    many). Entries told only ahead of their time
    (every article that reports them was published before they begin: "a
    report is expected by mid-January", written in September) and entries
    that start after that day (what the articles expected: "the survey will
    be repeated in October") come after all of those, and entries dated to a
    year or coarser last of all: "in 2010" ends on 31 December, yet it is no
    news of the story's last days.
    """
    last = timeline.last_published() or timeline.last

    def key(entry: Entry) -> tuple[object, ...]:
        started = last is None or entry.when.first <= last
        end = entry.when.last if last is None else min(entry.when.last, last)
        told = entry.last_told
        ahead = entry.told_ahead  # a plan or a forecast, not a happening told
        if told is not None and not ahead:
            end = min(end, told)  # a happening told had happened by its last telling
        return (entry.when.granularity > Granularity.YEAR, started and not ahead, end,
                entry.when.granularity, entry.importance, entry.when)

    if per_day is None:
        # nlargest is sorted(..., reverse=True)[:count], ties in the same order, without holding every entry
        return tuple(heapq.nlargest(count, timeline.story_entries, key=key))
    # At most ``count`` are held, each day's at most ``per_day``: an entry that ``count`` held ones outrank
    # can never be shown, since those only give way to better ones (of their day, or any).
    kept: list[tuple[tuple[object, ...], int, Entry]] = []
    floor: tuple[object, ...] | None = None  # the least held, once ``count`` are
    for order, entry in enumerate(timeline.story_entries):
        item = (key(entry), -order, entry)  # ties to the earlier entry, as nlargest gives them
        if floor is not None and item[:2] <= floor:
            continue
        same_day = [i for i, k in enumerate(kept) if k[2].when == entry.when]
        if len(same_day) >= per_day:
            worst = min(same_day, key=lambda i: kept[i][:2])
        elif len(kept) < count:
            kept.append(item)
            worst = -1
        else:
            worst = min(range(len(kept)), key=lambda i: kept[i][:2])
        if worst >= 0 and item[:2] > kept[worst][:2]:
            kept[worst] = item
        if len(kept) >= count:
            floor = min(k[:2] for k in kept)
    return tuple(entry for _, _, entry in sorted(kept, key=lambda k: k[:2], reverse=True))


def shown_newest_first(entries: Iterable[Entry]) -> tuple[Entry, ...]:
    """``entries`` as a list of the latest shows them: by their first day, newest first, a finer date before a
    coarser one of the same first day, then the more important first.

    ``latest_entries`` chooses by what had happened by the last report, so a week or a month counts by its last
    day; shown in that order, "Week of 10 January 2011" came above "14 January 2011" and "June 2009" between 30
    and 29 June, and a reader reading the dates down took the list for out of order."""
    return tuple(sorted(entries, key=lambda e: (e.when.first, e.when.granularity, e.importance), reverse=True))


def most_important(entries: Sequence[Entry], count: int, per_period: int | None = None) -> Sequence[Entry]:
    """The ``count`` most important of ``entries``, kept in their (timeline) order;
    ties go to the earlier entry. With ``per_period``, at most that many of any one
    period (the same first and last day)."""
    if isinstance(entries, StoredEntries):
        return entries.most_important(count, per_period)  # the store ranks them, without reading the others
    entries = held(entries)  # indexed below: a view of the store is read once
    if len(entries) <= count and per_period is None:
        return entries
    ranked = sorted(range(len(entries)), key=lambda i: (-entries[i].importance, i))
    if per_period is None:
        chosen = ranked[:count]
    else:
        chosen = capped(((i, (entries[i].when.first, entries[i].when.last)) for i in ranked), count, per_period)
    return tuple(entries[i] for i in sorted(chosen))


def spread_important(entries: Sequence[Entry], count: int, other_than: Iterable[dt.date] = ()) -> Sequence[Entry]:
    """The ``count`` most important of ``entries``, spread over the months and days they fall in, in timeline
    order (``spread_choice``); none dated to a day of ``other_than`` (a year page's key dates, which it lists
    above them: the two lists had told the same ten days in other words).

    Why: the important days of a story are retold in many words, and its busiest weeks of coverage rank
    highest. By importance alone, bpoil's 2010 page gave five of its fifteen key events to the explosion of
    20 April, each telling it again; one a day, all fifteen still fell between 20 April and 15 July, and the
    well's sealing in September, the lawsuit of December were left out."""
    left_out = {day.toordinal() for day in other_than}
    if isinstance(entries, StoredEntries):  # ranked by the store; only the chosen entries are read
        return entries.picked(_spread_keys(entries.ranked_spans(), count, left_out))
    held_entries = held(entries)
    order = sorted(range(len(held_entries)), key=lambda i: (-held_entries[i].importance, i))
    ranked = ((i, held_entries[i].when.first.toordinal(), held_entries[i].when.last.toordinal()) for i in order)
    return tuple(held_entries[i] for i in sorted(_spread_keys(ranked, count, left_out)))


SpreadKey = TypeVar("SpreadKey")


def _spread_keys(ranked: Iterable[tuple[SpreadKey, int, int]], count: int, left_out: set[int]) -> list[SpreadKey]:
    """The keys ``spread_choice`` takes of ``ranked`` (each key with its first and last day's ordinals, the most
    important first), leaving out the entries of a single day in ``left_out``."""
    kept = [(key, first, last) for key, first, last in ranked if not (first == last and first in left_out)]
    return [kept[k][0] for k in spread_choice([(first, last) for _, first, last in kept], count)]


def beside_key_dates(entries: Sequence[Entry], key_dates: Sequence[KeyDate], count: int) -> tuple[Entry, ...]:
    """A year page's other key events: of ``entries`` (the year's), the ``count`` most important that are not on
    a day of ``key_dates`` (the year's, which the page lists above them), spread over the year
    (``spread_important``), less those that retell a key date's sentence (``timeline.assemble.retelling``):
    bpoil's "April 2010 — The explosion of the Deepwater Horizon rig in April killed 11 people" under its key
    date of 20 April ("Oil leaked into the Gulf from 20 April when the Deepwater Horizon rig explosion killed 11
    workers"). In date order, by first day: a year's parts (a season, a quarter) come first in its timeline order,
    and Finan's 2008 list had opened on "Autumn 2008", then "August 2008"."""
    chosen = spread_important(entries, count, other_than=(kd.date for kd in key_dates))
    said = [Told.of(sentence.text) for kd in key_dates for sentence in kd.sentences]
    kept = [entry for entry, told in ((entry, Told.of(entry.sentence)) for entry in chosen)
            if not any(told.retells(key_told) for key_told in said)]
    return tuple(sorted(kept, key=lambda entry: (entry.when.first, entry.when.last)))


MONTH_SHOWN_FROM = 3
"""A month of this many entries (dated within it) or more has its most important among a year's key events."""


def spread_choice(spans: Sequence[tuple[int, int]], count: int) -> list[int]:
    """Which of the ranked entries whose (first, last) day ordinals are ``spans`` (the most important first)
    to show, ``count`` of them: the most important of each month with ``MONTH_SHOWN_FROM`` entries or more
    dated within it (the months whose best is the more important first, if there are more than ``count``), then
    the most important of the rest with as few of any one period (a day, a week ...) as fill the list."""
    if count <= 0:
        return []
    months: Counter[tuple[int, int]] = Counter()
    for first, last in spans:
        if last - first < 31:  # within a month: a day, a week, the month itself
            months[_month_of(first)] += 1
    chosen: list[int] = []
    seen: set[tuple[int, int]] = set()
    for k, (first, last) in enumerate(spans):
        month = _month_of(first)
        if last - first < 31 and months[month] >= MONTH_SHOWN_FROM and month not in seen:
            seen.add(month)
            chosen.append(k)
    if len(chosen) >= count:
        return chosen[:count]
    reserved = [(k, spans[k]) for k in chosen]
    for per_period in range(1, count + 1):
        picked = capped(enumerate(spans), count, per_period, reserved)
        if len(picked) >= count:
            break
    return picked


def _month_of(ordinal: int) -> tuple[int, int]:
    day = dt.date.fromordinal(ordinal)
    return day.year, day.month


def period_anchor(when: When) -> str:
    """A stable heading id for a period: the day's ISO date, else ``p-`` and its value."""
    if when.granularity is Granularity.DAY:
        return when.first.isoformat()
    return "p-" + (re.sub(r"[^a-z0-9]+", "-", when.value.lower()).strip("-") or when.first.isoformat())


@dataclass(frozen=True, slots=True)
class Group:
    """The entries of one period (a day, a week, the month...) under one heading."""

    heading: str
    anchor: str
    label: str
    """The period as a sentence names it ("17 May 2010", "week of 3 May 2010", "May 2010")."""
    count: int
    """How many entries the period has."""
    shown: tuple[Entry, ...]
    """The ones this page shows: a month page's in the order its day's page lists them (``reading_order``); all of
    them, in timeline order, on an events page."""
    page: str
    """The events page that lists all of them."""

    @property
    def more(self) -> int:
        return self.count - len(self.shown)

    @property
    def day(self) -> int:
        """The day of the month of a day's group; 0 for a coarser period's (``period_anchor``)."""
        return 0 if self.anchor.startswith("p-") else int(self.anchor[8:])

    @property
    def target(self) -> str:
        """The docs-relative link to all of them: the day's page, or the heading on the month's or year's."""
        return self.page if self.page == f"events/{self.anchor}.md" else f"{self.page}#{self.anchor}"


def _period_of(when: When) -> tuple[bool, When]:
    """The period an entry is grouped under: whether it is a day, and the day (its value made the
    ISO date, so that "Monday" and "17 May" fall together) or the entry's own coarser period."""
    if when.granularity is Granularity.DAY:
        return True, When(when.first, Granularity.DAY, when.first.isoformat(), when.first)
    return False, when


def _period_order(period: tuple[bool, When]) -> tuple[bool, dt.date, bool, When]:
    """The days and the weeks (a weekend too) in date order, a week before its first day's heading; then the
    periods coarser than a week (the month, a season, a quarter), each in date order.

    Why the weeks among the days: after the days, "Week of 7 June" came below "30 June" and "Weekend of 5–6
    February" below "23 February", and a reader reading a month page down took it for out of order. The month
    and coarser are vaguer, so after what is known to the day, which is what a reader of a month comes for."""
    is_day, when = period
    return when.granularity < Granularity.WEEK, when.first, is_day, when


def _group(period: tuple[bool, When], count: int, shown: tuple[Entry, ...], page: str) -> Group:
    """The group of ``period`` (``_period_of``) with ``count`` entries, showing ``shown``."""
    return Group(period[1].heading(), period_anchor(period[1]), period[1].label(), count, shown, page)


def groups(entries: Iterable[Entry], *, cap: bool) -> tuple[Group, ...]:
    """``entries`` (timeline order) by period (``_period_order``): the days and the weeks in date order,
    then the periods coarser than a week (the month, its seasons: vaguer, so after what is known to the
    day, which is what a reader of a month comes for). With ``cap``, each shows only its most
    important entries that tell distinct happenings (``_shown``): ``PERIOD_SHOWN`` of a coarse period,
    ``DAY_SHOWN`` of a day. Of a view of the store with ``cap`` (a month's entries), the store counts and
    ranks them and only the candidates to be shown are read (``_capped_groups``): held for its plan, the
    busiest month of 60,000 synthetic articles took 15 MB, the most rendering held."""
    if cap and isinstance(entries, StoredEntries):
        return _capped_groups(entries)
    by_period: dict[tuple[bool, When], list[Entry]] = {}
    for entry in entries:
        by_period.setdefault(_period_of(entry.when), []).append(entry)
    return tuple(_group(period, len(members), _shown(members, _cap(period)) if cap else tuple(members), members[0].page)
                 for period, members in sorted(by_period.items(), key=lambda kv: _period_order(kv[0])))


def _cap(period: tuple[bool, When]) -> int:
    """How many entries a page shows of ``period`` (``_period_of``)."""
    return DAY_SHOWN if period[0] else PERIOD_SHOWN


def reading_order(entries: Iterable[Entry]) -> tuple[Entry, ...]:
    """A period's entries as its day's page lists them: what was told at the time, then what was told only as
    what was to come (``Entry.expected``), then what only later reports told (``Entry.recalled``); each the most
    important first, ties in the given order. A month page's day had shown its five in timeline order, and a
    reader met "Meanwhile, a group of volunteers were working early Friday ..." above the president's
    resignation, which the day's page rightly opened with (fifth reader's review)."""
    return tuple(sorted(entries, key=lambda e: (e.recalled, e.expected, -e.importance)))


FOLD_AGAINST = 50
"""A day's page compares each entry with at most this many entries listed above it (``day_lists``): a reader reads
a day's first fifty happenings, and the comparisons of a day of thousands stay linear."""


DAY_PAGE_ADDING = 1
"""How many names or figures an entry of a day's page may add to one listed above it and still go under "The same,
told again" (``retelling.Told.retells``: not as its first word); a month page's five add none. The sixth reader's
review found 11 of 13 lines of a quake's day saying the quake struck, 2 of them moved: each retelling brought a
figure or a name of its own (the hour, the magnitude, a toll, who said it). With one allowed, 82 more of the five
dev sites' 5,360 day-page entries go last (bpoil 54, EgyptianProtest 10, H1N1 9, haiti 9; the quake's day 4 of 18,
against 2). A helper read 30 of them blind beside the line above: 25 tell the same happening, 3 another fact of it,
2 another happening; and 10 of those the stricter test moves, all 10 the same
(``benchmarks/results/judged/day-page-retellings/``)."""


@dataclass(frozen=True, slots=True)
class DayLists:
    """A day's page, list by list (``day_lists``), each the most important first."""

    at_the_time: tuple[Entry, ...]
    """Told at the time, each happening once."""
    expected: tuple[Entry, ...]
    """Told only as what was to come (``Entry.expected``)."""
    recalled: tuple[Entry, ...]
    """Told only by reports of more than a week later (``Entry.recalled``)."""
    same: tuple[Entry, ...]
    """Any of these that tells a happening listed above it again (``retelling.Told.retells``)."""
    key: tuple[Entry, ...] = ()
    """The entries that report the day's key date's sentences (``day_lists``' ``key_places``), which open
    ``at_the_time``; the page marks them."""

    @property
    def kinds(self) -> int:
        """How many of the lists have entries: a page with one lists them with no headings."""
        return sum(1 for entries in (self.at_the_time, self.expected, self.recalled, self.same) if entries)


def day_lists(entries: Iterable[Entry], key_places: Sequence[tuple[str, int]] = ()) -> DayLists:
    """A day's entries in ``reading_order``, each that retells one listed above it (among the first
    ``FOLD_AGAINST``) put last, in ``DayLists.same``. The fifth reader's review counted 59 of EgyptianProtest's
    724 day-page events retelling another of their page: on 28 January 2011, seven lines that Obama got
    briefings, between the day's other news.

    ``key_places``: the places (article id, sentence index) of a key date's sentences, in its order. An entry told
    at the time that reports one of them opens the page (``DayLists.key``), and what retells it goes last. A reader
    who tapped "The day's events" from a key date had found a third of its sentences low in a long list, or
    told again in other words above them (the eighteenth reader's review); repeated above the list, they made
    the first event the key date's sentence again on 30 of 88 pages (the nineteenth's)."""
    ordered = reading_order(entries)
    rank = {place: i for i, place in reversed(list(enumerate(key_places)))}
    ranked = [(r, i) for i, e in enumerate(ordered)
              if not e.expected and not e.recalled and (r := _key_rank(e, rank)) is not None]
    first = {i for _, i in ranked}
    if ranked:
        ordered = (*(ordered[i] for _, i in sorted(ranked)), *(e for i, e in enumerate(ordered) if i not in first))
    key = frozenset(ordered[:len(ranked)])
    kept: list[Entry] = []
    same: list[Entry] = []
    for entry, retold in retellings(ordered, lambda e: e.sentence, FOLD_AGAINST, DAY_PAGE_ADDING):
        (same if retold else kept).append(entry)
    return DayLists(tuple(e for e in kept if not e.expected and not e.recalled),
                    tuple(e for e in kept if e.expected), tuple(e for e in kept if e.recalled), tuple(same),
                    tuple(e for e in kept if e in key))


def _key_rank(entry: Entry, rank: Mapping[tuple[str, int], int]) -> int | None:
    """The first place among a key date's sentences of one of the entry's reports (None: none is)."""
    return min((rank[place] for s in entry.sources if (place := (s.article_id, s.sentence_index)) in rank),
               default=None)


def _shown(members: Sequence[Entry], count: int) -> tuple[Entry, ...]:
    """Of a period's entries (timeline order), the ``count`` most important that tell distinct happenings
    (``retelling.distinct``, among the ``CANDIDATES`` times ``count`` most important; ties to the earlier),
    in ``reading_order``."""
    ranked = sorted(range(len(members)), key=lambda i: (-members[i].importance, i))[:count * CANDIDATES]
    return reading_order(members[i] for i in sorted(distinct(ranked, count, lambda i: members[i].sentence)))


def _capped_groups(entries: StoredEntries) -> tuple[Group, ...]:
    """``groups(entries, cap=True)`` of a view of the store, reading only the candidates to be shown
    (``CANDIDATES`` times as many as are): the others' dates, importance and page are read from the
    store's columns."""
    periods: dict[tuple[bool, When], tuple[list[int], list[tuple[float, int, int]], str]] = {}
    for index, (position, when, importance, page) in enumerate(entries.ranking()):
        period = _period_of(when)
        count, best, _ = periods.setdefault(period, ([0], [], page))
        count[0] += 1
        # The most important, ties to the earlier (as ``_shown``): a heap of the kept, least first.
        heapq.heappush(best, (importance, -index, position))
        if len(best) > _cap(period) * CANDIDATES:
            heapq.heappop(best)
    candidates = sorted(position for _, best, _ in periods.values() for _, _, position in best)
    read = dict(zip(candidates, entries.store.read(candidates)))
    made = []
    for period, (count, best, page) in sorted(periods.items(), key=lambda kv: _period_order(kv[0])):
        ranked = sorted(best, reverse=True)  # the most important first, ties to the earlier
        shown = distinct(ranked, _cap(period), lambda b: read[b[2]].sentence)
        in_timeline_order = sorted(shown, key=lambda b: -b[1])
        made.append(_group(period, count[0], reading_order(read[p] for _, _, p in in_timeline_order), page))
    return tuple(made)


@dataclass(frozen=True, slots=True)
class SideYear:
    """One year of the background or outlook page."""

    year: int
    entries: tuple[Entry, ...]
    shown: tuple[Entry, ...]

    @property
    def more(self) -> int:
        return len(self.entries) - len(self.shown)

    @property
    def more_pages(self) -> tuple[tuple[str, str, int], ...]:
        """(label, docs-relative events page, how many) of the pages that hold the entries not shown, in date
        order (the year's own page first), at most ``MORE_PAGES``: "25 more events in 2009" had been plain
        text, the events out of reach."""
        return self._more_pages()[:MORE_PAGES]

    @property
    def more_pages_left(self) -> int:
        """How many such pages ``more_pages`` leaves out."""
        return max(0, len(self._more_pages()) - MORE_PAGES)

    def _more_pages(self) -> tuple[tuple[str, str, int], ...]:
        shown = {entry.anchor for entry in self.shown}
        pages: Counter[str] = Counter(entry.page for entry in self.entries if entry.anchor not in shown)
        return tuple((_page_label(page), page, pages[page]) for page in sorted(pages, key=_page_order))


MORE_PAGES = 12
"""A background or outlook year links at most this many events pages of the entries it does not show."""


def _page_order(page: str) -> tuple[bool, str]:
    """Events pages of one year in date order, the year's own first."""
    period = events_period(page)
    return len(period) != 4, period


def _page_label(page: str) -> str:
    """An events page (``events_page``) by its period, within its year: "2009" (the year and its parts),
    "December" (the month and its weeks), "29 November"."""
    period = events_period(page)
    if len(period) == 4:
        return period
    day = period_first_day(period)
    return f"{day:%B}" if len(period) == 7 else f"{day.day} {day:%B}"


def side_years(entries: Sequence[Entry], *, newest_first: bool) -> tuple[tuple[SideYear, ...], int, int]:
    """Background or outlook entries by year, each year's most important ones.

    Each year shows up to ``SIDE_SHOWN``, fewer (the same number for every year,
    at least one) when that would put more than ``SIDE_BUDGET`` on the page; the
    years beyond the budget even then are left out. Returns (the years shown,
    the entries and the years left out).
    """
    by_year: dict[int, list[Entry]] = {}
    for entry in entries:
        by_year.setdefault(entry.year, []).append(entry)
    years = sorted(by_year, reverse=newest_first)
    cap = SIDE_SHOWN
    while cap > 1 and sum(min(cap, len(by_year[y])) for y in years) > SIDE_BUDGET:
        cap -= 1
    shown: list[SideYear] = []
    total = 0
    for year in years:
        picked = tuple(most_important(by_year[year], cap))
        if total + len(picked) > SIDE_BUDGET:
            break
        total += len(picked)
        shown.append(SideYear(year, tuple(by_year[year]), picked))
    left = years[len(shown):]
    return tuple(shown), sum(len(by_year[y]) for y in left), len(left)


__all__ = ["DAY_INDEX_FROM", "DAY_PAGE_ADDING", "DAY_SHOWN", "DayLists", "FOLD_AGAINST", "Group", "PERIOD_SHOWN",
           "SIDE_BUDGET", "SIDE_SHOWN", "SideYear", "YEAR_SHOWN", "beside_key_dates", "day_lists", "events_page",
           "groups", "latest_entries", "most_important", "period_anchor", "reading_order", "shown_newest_first",
           "side_years"]
