"""What a rule is: a pattern, a resolver and the words that anchor it.

Why a module of its own: the rule modules (calendar dates, weekdays, clock
times, relative units, durations, periods, references, sets) and the tagger
all speak this small contract, and none of them needs the others to do so.
The timex proper is the named group ``t`` of a rule's pattern (a pattern may
look at context around it, e.g. the preposition before a bare month name).
A resolver returns None to veto a match that context shows is not temporal
(e.g. "1998 shares"), or narrows the span (or, rarely, widens it over a
word no rule matches, such as the time zone of "1520 GMT").
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property

from .timex import Granularity, TimexType
from .normalize import Tense
from .tense import TenseIndex

Resolution = tuple[TimexType, str, Granularity]
#: A resolution that also narrows the span (start, end), e.g. drops "the" from
#: "the two-week": TimeML leaves determiners of adjectival durations out.  It may
#: also widen it over a word no rule matches (the zone of "1520 GMT").
Narrowed = tuple[TimexType, str, Granularity, int, int]


_ACCOUNTS_RE = re.compile(r"\b(?i:quarter|fiscal|earnings|net\s+income|per\s+share|a\s+share)\b")
"""Words of a company's accounts: with one in the text, "the latest period" is the last quarter reported."""
_RESULTS_RE = re.compile(
    r"\b(?i:fiscal|earnings|net\s+(?:income|loss|profit)|per\s+share|a\s+share|profits?|revenues?|sales)\b")
"""Words of a company's results, "quarter" aside (a game has quarters): with one in the text, a bare "the
quarter" is the last one reported and the one under discussion."""
_LONGER_PERIOD_RE = re.compile(
    r"(?i)\b(?:(?:nine|six|eight|ten|eleven|twelve|9|6|12)[\s-]months?|(?:first|second)\s+half|year\s+to\s+date)\b")


#: What may stand between a date and a clock time that belongs to it: a comma,
#: a dash, "at", "around", "by", "@".
_DATE_TO_CLOCK_RE = re.compile(
    r"\s*(?:[,\u2013\u2014/|-]\s*)?(?:(?i:at|around|about|by|from)\s+|@\s*)?")


_RANGE_GAP_RE = re.compile(
    r"(?:\s*,?\s+(?i:morning|afternoon|evening|night))?\s*(?:(?i:to|through|thru|until|till|and)\s+|[\u2013-]\s*)"
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?i:a\.?m\.?|p\.?m\.?)\s+|(?i:noon|midnight)\s+)?")
"""What stands between a range's first day and its last: a part of the day, "to" or "through", and
the last day's clock ("Monday afternoon through [Wednesday]", "Saturday to 8 a.m. [Sunday]")."""
_RANGE_OPEN_RE = re.compile(
    r"\b(?i:from|between)\s+(?:\S+\s+){0,2}(?i:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+[a-z]+)?$")
""""From" or "between" and a weekday, the range's first day ("from 6 p.m. Friday", "from Monday
afternoon"). Not a calendar date: "from Sept. 14 to Thursday" is a span of weeks."""


_COMPARED_RE = re.compile(r"\b(?i:from|than|compared|versus|vs)\b")
SENTENCE_END_RE = re.compile(r"[.!?][\"'”’)]*\s+|\n")
"""The end of a sentence: a stop (and a closing quote or bracket) before white space, or a line's end."""
ANTECEDENT_REACH = 400
"""How far before "that day" or "the next day" the day it counts from may be named: about two
sentences. Read on the dev articles, the anaphors whose day was named further back (a live page's
earlier post, a comment thread) counted from the wrong one."""


_NOT_TOLD_YEAR_BEFORE = re.compile(
    r"(?:\b(?i:since|before|after|by|for|its|their|his|her|the|a|an|this|that)\s+"
    r"(?:(?i:fiscal|calendar|mid|early|late)[\s-]+)?|\b(?i:since)\s+(?:\S+\s+){1,3})(?:[12]\d{3})$")
"""Before a year, what makes it no time of the story: a start that a record or a state runs from ("since 2005",
"since the end of 2005"), a bound ("homes built before 2000", "targets set for 2020"), or a determiner whose noun it
names ("its 2007 peak", "the 1994 law")."""
_PARTICIPLE_IN_BEFORE = re.compile(r"\b[a-z]+(?:ed|en)\s+in\s+[12]\d{3}$")
"""Inside a sentence, a year after a participle names a thing ("Sales of models launched in 2009 fell from a year
earlier")."""


@dataclass
class Context:
    """Per-document state: the text, the dct and the last quarter mentioned.

    Financial news refers back to "the quarter" and "a year earlier" meaning
    the quarter under discussion; we track it in text order.
    """

    text: str
    dct: dt.date | None
    last_quarter: tuple[int, int] | None = None
    last_quarter_pos: int = -1
    last_year: int | None = None
    last_year_end: int = -1  # where the mention of ``last_year`` ends
    last_month: tuple[int, int] | None = None
    last_month_end: int = -1  # where the mention of ``last_month`` ends
    tense_index: TenseIndex | None = None
    #: The last day-precise date mentioned: (where its mention ends, its value).
    last_day_end: int = -1
    last_day: str = ""
    #: The last clock put on a day the text names: where its mention ends, its hour and its day ("YYYY-MM-DD"). The
    #: second clock of a pair right after it is on that day ("Wednesday, July 17, 11:30 a.m. to 12:30 p.m.").
    last_clock: tuple[int, int, str] | None = None
    #: A mention resolved ahead of its turn, on a copy of the context, by the one before it (a range's first month or
    #: day reads its last's year): its span, its resolution and the copy after it, taken in its turn
    #: (``calendar_dates.month_date``). On a megabyte of "January-March " it saved resolving each second month twice.
    ahead: tuple[int, int, Resolution, Context] | None = None

    def tense(self, start: int, end: int, modal_future: bool = False, before_first: bool = False) -> Tense:
        """The tense of the clause around text[start:end] (see tense.py)."""
        if self.tense_index is None:
            self.tense_index = TenseIndex(self.text)
        return self.tense_index.guess(start, end, modal_future, before_first)

    @staticmethod
    def tense_decides(value_of: Callable[[Tense], object]) -> bool:
        """Whether the clause's tense changes the value ``value_of`` gives the mention.

        Where it does not ("Friday" in a Friday paper, "last Monday", a month date a few weeks
        off, a quarter already over), the resolver does without the guess (``tense``), the
        costliest step of resolving.  Over TimeBank + AQUAINT the resolvers guess 314 times where
        they guessed 728, and tagging all of it took 0.87 of the time (CPU time, median of the
        paired ratios of 15 alternating runs); the tags of TBAQ and of the 2,716 dev articles
        are the same."""
        first = value_of("past")
        return value_of("future") != first or value_of("present") != first

    def note_year(self, year: int, end: int) -> None:
        """Record a mention naming the year ``year``, ending at ``end``."""
        self.last_year = year
        self.last_year_end = end

    def named_within(self, end: int, pos: int, sentences: int | None = None, reach: int = ANTECEDENT_REACH) -> bool:
        """Whether a mention ending at ``end`` stands at most ``reach`` characters before ``pos`` and, with
        ``sentences``, at most that many sentence ends before it: where an anaphor ("that day", "later in the
        day", "A year earlier,") may find what it counts from."""
        if not 0 <= pos - end <= reach:
            return False
        return sentences is None or len(SENTENCE_END_RE.findall(self.text, end, pos)) <= sentences

    def year_told_before(self, pos: int, sentences: int = 1) -> int | None:
        """The year named last, if named before ``pos`` in its sentence or, with ``sentences`` 1, the one before
        it: what "A year earlier, ..." opening a sentence counts from ("It was sold in 2009. A year earlier, it had
        ..."), or "two years earlier" inside one ("The ship sank in 2005; two years earlier it had been refitted").
        Only a year that is the time of what is told: not one a record or a state runs from ("the lowest since
        1945"), nor one that names a thing ("its 2007 peak"), nor one a day named after it took over ("born in
        1925, died on Tuesday"); inside a sentence, not an aside's (``in_aside``), as a maintainer's review of the
        rule found."""
        end = self.last_year_end
        if (self.last_year is None or not self.named_within(end, pos, sentences=sentences)
                or self.last_day_end > end or _NOT_TOLD_YEAR_BEFORE.search(self.text, max(0, end - 32), end)
                or (self.dct is not None and self.last_year > self.dct.year)
                or (sentences == 0 and (self.in_aside(end, pos)
                                        or _PARTICIPLE_IN_BEFORE.search(self.text, max(0, end - 32), end)))):
            return None
        return self.last_year

    def in_aside(self, end: int, pos: int) -> bool:
        """Whether the mention ending at ``end`` stands in an aside of its sentence that ``pos`` is outside of: a
        comma before it in the sentence and one between it and ``pos`` ("GM, which emerged from bankruptcy in
        2009, said ..."; not "In May 1932, the crisis that had struck three years earlier ...")."""
        opening = self.sentence_opening(end, 300)
        return "," in self.text[opening:end] and "," in self.text[end:pos]

    def sentence_opening(self, pos: int, reach: int) -> int:
        """Where the sentence of ``pos`` opens, looking back at most ``reach`` characters."""
        lo = max(0, pos - reach)
        return max((m.end() for m in SENTENCE_END_RE.finditer(self.text, lo, pos)), default=lo)

    def sentence_around(self, start: int, end: int, reach: int = 200) -> str:
        """The sentence that holds ``text[start:end]``, at most ``reach`` characters either side of it."""
        closing = SENTENCE_END_RE.search(self.text, end, end + reach)
        return self.text[self.sentence_opening(start, reach):closing.start() if closing else end + reach]

    def month_compared(self, pos: int) -> tuple[int, int] | None:
        """The month named last, if named earlier in the sentence of ``pos`` (no sentence end between) with a word
        of comparison between them ("Exports rose 10 percent in September from a year earlier"): the month a
        comparison a year back is of. Without one, "He joined in September and left a year ago" is no month's."""
        if self.last_month is None or not self.named_within(self.last_month_end, pos, sentences=0, reach=200):
            return None
        return self.last_month if _COMPARED_RE.search(self.text, self.last_month_end, pos) else None

    def note_day(self, end: int, value: str) -> None:
        """Record a day-precise date mention ending at ``end`` (value "YYYY-MM-DD")."""
        if len(value) == 10 and value[:4].isdigit():
            self.last_day_end = end
            self.last_day = value

    def day_before(self, pos: int) -> str | None:
        """The day of a date written right before ``pos`` ("May 3, 2011 at 5 pm",
        "Thu Oct 20, 2011 3:54pm", "Friday, 9 a.m."): a clock time next to a
        date is on that date, not on the dct."""
        end = self.last_day_end
        if end < 0 or pos - end > 12 or _DATE_TO_CLOCK_RE.fullmatch(self.text, end, pos) is None:
            return None
        return self.last_day

    def range_start(self, pos: int) -> dt.date | None:
        """The day that opens a range whose other end is the mention at ``pos``: "from 3 p.m. Monday
        to 8 a.m. [Tuesday]", "between Friday and [Monday]". The range's end is the first such
        weekday after its start, whatever the tense guess says of it alone: in "The curfew will run
        from 3 p.m. Monday to 8 a.m. Tuesday" said on a Sunday, Tuesday is the one after that
        Monday, not the one gone."""
        end = self.last_day_end
        if end < 0 or pos - end > 40 or _RANGE_GAP_RE.fullmatch(self.text, end, pos) is None:
            return None
        if _RANGE_OPEN_RE.search(self.text, max(0, end - 40), end) is None:
            return None
        return dt.date.fromisoformat(self.last_day)

    def recent_quarter(self, pos: int) -> tuple[int, int] | None:
        """The quarter under discussion, capped at the last completed one:
        results are reported for past quarters, so a forward-looking mention
        ("the fourth quarter will be weak") must not become the anchor."""
        if self.last_quarter is None or pos - self.last_quarter_pos >= 2500:
            return None
        if self.dct is None:
            return self.last_quarter
        k = self.dct.year * 4 + (self.dct.month - 1) // 3 - 1
        done = (k // 4, k % 4 + 1)
        return min(self.last_quarter, done)

    @cached_property
    def tells_accounts(self) -> bool:
        """Whether the text holds words of a company's accounts ("quarter", "earnings", "per share").
        Looked up once a text: per mention, a text dense with "the latest period" took 5.8 s for 64 KB."""
        return _ACCOUNTS_RE.search(self.text) is not None

    @cached_property
    def tells_results(self) -> bool:
        """Whether the text holds words of a company's results other than "quarter" (``_RESULTS_RE``); looked up
        once a text, as ``tells_accounts``."""
        return _RESULTS_RE.search(self.text) is not None

    def about_longer_period(self, pos: int) -> bool:
        """Whether the sentence before pos is about a span longer than a quarter
        ("For the nine months, <figure> rose ... from <amount> a year earlier"):
        a comparison "a year earlier" there is with that span, not with the
        quarter under discussion."""
        lo = max(0, pos - 200)
        stop = max(self.text.rfind(". ", lo, pos), self.text.rfind("\n", lo, pos))
        return _LONGER_PERIOD_RE.search(self.text, max(lo, stop + 1), pos) is not None

    def set_quarter(self, year: int, q: int, pos: int, force: bool = False) -> None:
        """Record a quarter mention.  The first recent one stays the anchor
        while mentions keep coming: an earnings story reports one quarter and
        refers back to it ("the quarter", "a year earlier") even after a side
        remark about another one.  Quarters far from the dct never anchor;
        an explicit "quarter ended Sept. 30" (force) always does."""
        if self.dct is not None and not 0 <= self.dct.year - year <= 1:
            return
        if force or self.last_quarter is None or pos - self.last_quarter_pos >= 2500:
            self.last_quarter = (year, q)
        self.last_quarter_pos = pos


Resolver = Callable[[re.Match[str], Context], "Resolution | Narrowed | None"]
"""Resolves a match in its context; None vetoes it.  A resolver changes the context (the last quarter,
year, month or day mentioned) only when it accepts the mention: the tagger relies on a veto leaving the
context as it was."""


MAX_REACH = 48
"""The most a match reaches past its last anchor word (``Rule.reach``), and a rule's reach unless it says."""


@dataclass(frozen=True)
class Rule:
    """A pattern, its resolver, and the words one of which every match contains.

    The anchors let the tagger run the (comparatively slow) full regex only
    near places where it can match; ``digits`` means digit runs may anchor it
    (the tagger narrows that by the run's shape: four digits for a year...).
    """

    name: str
    regex: re.Pattern[str]
    resolve: Resolver
    anchors: frozenset[str]
    digits: bool
    #: A cheap necessary condition, searched in the lower-cased window (``tagger._lowered``):
    #: when it finds nothing the rule cannot match there and its regex is skipped.
    needs: re.Pattern[str] | None = None
    #: How far past the end of its last anchor word a match can reach, with the
    #: context its lookaheads read (white space counted as one character).
    reach: int = MAX_REACH


def rule(name: str, *, pattern: str, anchors: Iterable[str] = (), digits: bool = False,
         needs: str | None = None, reach: int = MAX_REACH) -> Callable[[Resolver], Rule]:
    """Make a resolver into a Rule with its pattern (compiled now, once).

    Every timex starts at a word start, so the pattern is prefixed with a
    cheap ``(?<!\\w)`` test: the regex engine then skips mid-word positions
    before trying the (many) alternatives.  ``anchors`` are the lower-case
    words one of which every match contains, ``digits`` says that digit runs
    anchor it too, and ``needs`` is the rule's cheap necessary condition
    (see Rule.needs).  ``reach`` (see Rule.reach) is read off the pattern's
    tail after its anchor words: 2 for "the past year" (the anchor ends the
    match; one character of lookahead), 48 (the most) where a tail is long or
    free ("two years and a half ago").  The tagger runs the regex no further
    than that past the last anchor of a window, where it once always ran 48
    characters on: tagging TimeBank + AQUAINT took 0.149 s against 0.157 s
    (medians of three alternating runs: -5%), the tags of TBAQ and of the
    2,716 dev articles the same.  Tests tag the longest tail of each rule,
    and word soups, both ways.  The order of the rules is set in rules.py.

    Some patterns put a lookahead such as ``(?=(?i:[ltnpc]))`` before an
    optional case-insensitive alternation: a one-character test of the
    alternatives' first letters.  It changes no match (every alternative
    starts with one of them) but spares the engine entering each alternative
    at the many word starts where none can match -- most of the regex time
    on date-dense text.
    """
    rx = re.compile(r"(?<!\w)(?:" + pattern + ")", re.VERBOSE)
    needs_rx = re.compile(needs) if needs is not None else None

    def make(fn: Resolver) -> Rule:
        return Rule(name, rx, fn, frozenset(anchors), digits, needs_rx, reach)
    return make
