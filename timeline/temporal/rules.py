"""The tagging rules: one compiled regex and one resolver per kind of mention.

Why this shape: each rule is readable on its own (HeidelTime-style: pattern
plus normalisation), and the tagger can run them independently and keep the
longest non-overlapping matches.  The timex proper is the named group ``t``
(a pattern may look at context around it, e.g. the preposition before a bare
month name).  A resolver returns None to veto a match that context shows is
not temporal (e.g. "1998 shares"), or narrows the span.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable

from .holidays import HOLIDAY, HOLIDAYS
from .model import Granularity, TimexType
from .normalize import (Tense, add_months, month_year, quarter_year, safe_date,
                        season_value, shift_days, shift_unit, weekday_date)
from .numbers import SPOKEN_YEAR, parse_number, year_value
from .patterns import (DAY, DECADE_WORD, DECADE_WORDS, MONTH, MONTHS, NUM, ORDINAL_WORD,
                       ORDINALS, PART, PART_OF_DAY, PREMOD, SEASON, SEASONS, UNIT, UNITS,
                       WEEKDAY, WEEKDAY_PLURAL, WEEKDAYS, YEAR, trie)
from .tense import TenseIndex

Resolution = tuple[TimexType, str, Granularity]
#: A resolution that also narrows the span (start, end), e.g. drops "the" from
#: "the two-week": TimeML leaves determiners of adjectival durations out.
Narrowed = tuple[TimexType, str, Granularity, int, int]


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
    last_month: tuple[int, int] | None = None
    tense_index: TenseIndex | None = None

    def tense(self, start: int, end: int, modal_future: bool = False) -> Tense:
        if self.tense_index is None:
            self.tense_index = TenseIndex(self.text)
        return self.tense_index.guess(start, end, modal_future)

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


RULES: list[Rule] = []

_MONTH_WORDS = frozenset(MONTHS)
_WEEKDAY_WORDS = frozenset(WEEKDAYS) | {w + "s" for w in WEEKDAYS if len(w) > 4}
_UNIT_SG = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "decade",
                      "century", "quarter", "night", "weekend", "fortnight", "yr", "hr", "min"})
_UNIT_WORDS = _UNIT_SG | {u + "s" for u in _UNIT_SG} | {"centuries"}
_PARTS = frozenset({"morning", "afternoon", "evening", "night", "overnight", "tonight"})
_SEASON_WORDS = frozenset(SEASONS)
# the last word of each holiday name ("... Day", "... Eve", "Easter", "Good Friday")
_HOLIDAY_WORDS = frozenset(re.findall(r"[a-z]+", k)[-1] for k in HOLIDAYS)
_SET_ANCHORS = frozenset({"daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly",
                          "biweekly", "semiannually", "semi", "biannually", "every", "each",
                          "per", "once", "twice", "times"})
ANCHORS: dict[str, tuple[frozenset[str], bool]] = {
    "iso": (frozenset(), True), "slash": (frozenset(), True),
    "month_date": (_MONTH_WORDS, False), "holiday": (_HOLIDAY_WORDS, False),
    "weekday": (_WEEKDAY_WORDS, False), "weekday_set": (_WEEKDAY_WORDS, False),
    "deictic": (frozenset({"today", "yesterday", "tomorrow", "tonight"}) | _PARTS, False),
    "clock": (frozenset({"noon", "midnight"}), True),
    "noon_weekday": (frozenset({"noon", "midnight"}), False),
    "relative_unit": (frozenset({"year", "month", "week", "weekend", "quarter", "decade",
                                 "century", "half", "period", "day"}), False),
    "that_year": (frozenset({"year"}), False), "year_adj": (frozenset({"year", "yearend"}), False),
    "duration": (_UNIT_WORDS, False),
    "bare_plural": (frozenset({"years", "months", "weeks", "days", "decades", "centuries", "hours",
                               "minutes"}), False),
    "quarter": (frozenset({"quarter", "half"}), False), "quarter_code": (frozenset(), True),
    "season": (_SEASON_WORDS, False), "decade": (frozenset(DECADE_WORDS), True),
    "century": (frozenset({"century"}), False), "year": (frozenset(), True),
    "year_words": (frozenset({"nineteen", "eighteen", "twenty", "thousand"}), False),
    "ref": (frozenset({"now", "currently", "current", "presently", "present", "nowadays", "days",
                       "recently", "lately", "past", "formerly", "future"}), False),
    "set": (_SET_ANCHORS, False),
}


def rule(name: str, pattern: str) -> Callable[[Resolver], Resolver]:
    """Register a resolver with its pattern (compiled now, once).

    Every timex starts at a word start, so the pattern is prefixed with a
    cheap ``(?<!\\w)`` test: the regex engine then skips mid-word positions
    before trying the (many) alternatives.
    """
    rx = re.compile(r"(?<!\w)(?:" + pattern + ")", re.VERBOSE)
    anchors, digits = ANCHORS[name]

    def deco(fn: Resolver) -> Resolver:
        RULES.append(Rule(name, rx, fn, anchors, digits))
        return fn
    return deco


_WS_RE = re.compile(r"\s+")


def _low(s: str | None) -> str:
    return _WS_RE.sub(" ", s.lower()).strip() if s else ""


_PREV_RE = re.compile(r"([\w$£€%'’.]+)\W{0,3}$")
_NEXT_RE = re.compile(r"\W{0,3}([\w$%'’]+)")


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_RE.search(text[max(0, pos - 24):pos])
    return m.group(1).lower() if m else ""


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_RE.match(text[pos:pos + 24])
    return m.group(1) if m else ""


def _month_num(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def _day_num(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def _ymd(dct: dt.date | None, y: int | None, m: int, d: int | None) -> str:
    ys = f"{y:04d}" if y is not None else "XXXX"
    if d is None:
        return f"{ys}-{m:02d}"
    if y is not None and safe_date(y, m, d) is None:
        return f"{ys}-{m:02d}"
    return f"{ys}-{m:02d}-{d:02d}"


_PREP_BEFORE_MONTH = {
    "in", "of", "since", "until", "till", "by", "from", "to", "through", "during",
    "before", "after", "early", "late", "mid", "last", "next", "this", "between", "and",
    "or", "that", "around", "throughout", "end", "beginning", "start", "middle", "on",
    "for", "until", "as", "past", "coming", "each", "every", "into",
}
# ---------------------------------------------------------------------------
# Absolute and month-anchored dates


@rule("iso", r"""(?<![\w/.-])(?P<t>(?P<y>1\d{3}|20\d{2}|21\d{2})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])
    (?:[T\s](?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?)(?![\w/-])""")
def _iso(m: re.Match[str], ctx: Context) -> Resolution | None:
    d = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    if m["hh"]:
        return "TIME", f"{d.isoformat()}T{m['hh']}:{m['mi']}", "time"
    return "DATE", d.isoformat(), "day"


@rule("slash", r"""(?<![\w/.$-])(?P<t>(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/(?P<y>(?:19|20)\d\d|\d\d))(?![\w/])""")
def _slash(m: re.Match[str], ctx: Context) -> Resolution | None:
    y = int(m["y"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    d = safe_date(y, int(m["m"]), int(m["d"]))
    return ("DATE", d.isoformat(), "day") if d else None


_BARE_MONTH_WORDS = (
    "in", "In", "of", "since", "Since", "until", "Until", "till", "by", "By", "from", "From",
    "to", "through", "during", "During", "before", "Before", "after", "After", "between",
    "and", "or", "around", "throughout", "for", "For", "on", "into", "as", "that", "than",
    "each", "every", "past", "coming", "end", "beginning", "start", "middle", "the", "The", "a")
# A bare month needs one of these words right before it.  Lookbehinds must be
# fixed-width, so the words are grouped by length: a handful of tests per
# position instead of one per word.
_BARE_MONTH_CONTEXT = "(?:" + "|".join(
    rf"(?<=\b{trie({w for w in _BARE_MONTH_WORDS if len(w) == n})}\s)"
    for n in sorted({len(w) for w in _BARE_MONTH_WORDS})) + ")"


@rule("month_date", rf"""(?P<t>(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<pre>{PREMOD})[\s-]+)?
    (?:(?P<rel>(?i:last|this|next|past|coming))\s+)?
    (?:(?:(?i:the)\s+)?(?P<d2>{DAY})(?:\s+(?i:of))?\s+)?
    (?(pre)|(?(rel)|(?(wd)|(?(d2)|(?:(?=[A-Za-z]+\.?,?\s+(?:of\s+)?(?:\d|(?i:nineteen|eighteen)\b))|{_BARE_MONTH_CONTEXT})))))
    (?P<mon>{MONTH})
    (?(d2)(?:,?\s+(?P<y2>{YEAR}))?
         |(?:\s+(?P<d1>{DAY})(?:(?:,\s*|\s+)(?P<y1>{YEAR}))?|(?:,\s*|\s+(?i:of\s+)?)(?P<y3>{YEAR}|{SPOKEN_YEAR}))?)
    (?:\s+(?P<yrel>(?i:last|this|next))\s+(?i:year))?)(?!\w)""")
def _month_date(m: re.Match[str], ctx: Context) -> Resolution | None:
    text, dct = ctx.text, ctx.dct
    mon_s = m["mon"]
    month = _month_num(mon_s)
    day_s = m["d1"] or m["d2"]
    day = _day_num(day_s) if day_s else None
    year_s = m["y1"] or m["y2"] or m["y3"]
    if not (day_s or year_s or m["pre"] or m["rel"] or m["yrel"] or m["wd"]):
        # a bare month name after a preposition: guard proper names ("in June Carter's")
        after = text[m.end("t"):m.end("t") + 2]
        if after[:1] == " " and after[1:].isupper() and mon_s.lower() in ("may", "june", "april",
                                                                          "august"):
            return None
    if day is not None and day > 31:
        return None
    if year_s:
        year: int | None = year_value(year_s)
        if year is None:
            return None
        ctx.last_year = year
    elif m["yrel"]:
        shift = {"last": -1, "this": 0, "next": 1}[_low(m["yrel"])]
        year = dct.year + shift if dct else None
    else:
        rel = _low(m["rel"])
        tense = ctx.tense(m.start("t"), m.end("t"), True)
        pw = _prev_word(text, m.start("t"))
        if pw in ("until", "till", "by", "through") and dct is not None and (
                month - dct.month) % 12 <= 6:
            tense = "future"  # "until mid-November", "through January": a limit not far ahead
        elif pw == "since":
            tense = "past"
        year = month_year(dct, month, day, tense, rel)
    value = _ymd(dct, year, month, day)
    if year is not None:
        ctx.last_month = (year, month)
    return "DATE", value, ("day" if day is not None and len(value) == 10 else "month")


@rule("holiday", rf"""(?<![\w-])(?P<t>(?:(?P<rel>(?i:last|this|next))\s+)?(?P<h>(?i:{HOLIDAY}))(?![\w'’-])(?:,?\s+(?P<y>{YEAR}))?)""")
def _holiday(m: re.Match[str], ctx: Context) -> Resolution | None:
    name = re.sub(r"\s+", " ", m["h"].lower().replace("’", "'"))
    fn = HOLIDAYS.get(name) or HOLIDAYS.get(name.replace("s day", "'s day"))
    if fn is None or not any(c.isupper() for c in m["h"]):  # proper nouns: "Christmas"
        return None
    dct = ctx.dct
    if m["y"]:
        return "DATE", fn(int(m["y"])).isoformat(), "day"
    if dct is None:
        d0 = fn(2000)
        return "DATE", f"XXXX-{d0.month:02d}-{d0.day:02d}", "day"
    rel = _low(m["rel"])
    this = fn(dct.year)
    if rel == "last":
        d = this if this < dct else fn(dct.year - 1)
    elif rel == "next":
        d = this if this > dct else fn(dct.year + 1)
    elif rel == "this":
        d = this
    else:
        tense = ctx.tense(m.start("t"), m.end("t"), True)
        prev_d = this if this <= dct else fn(dct.year - 1)
        next_d = this if this >= dct else fn(dct.year + 1)
        if tense == "past":
            d = prev_d
        elif tense == "future":
            d = next_d
        else:
            d = prev_d if (dct - prev_d) <= (next_d - dct) else next_d
    return "DATE", d.isoformat(), "day"


# ---------------------------------------------------------------------------
# Weekdays, deictic days, parts of day and clock times

def _part_suffix(part: str | None) -> str:
    return "T" + PART_OF_DAY[_low(part)] if part else ""


@rule("weekday", rf"""(?P<t>(?:(?P<pre>(?i:early|late))\s+)?
    (?:(?P<rel>(?i:last|this\s+past|this\s+coming|this|next|coming|past|the\s+previous|the\s+preceding|the\s+prior))\s+)?
    (?P<wd>{WEEKDAY})(?:,?\s+(?P<part>{PART})(?!\w))?)""")
def _weekday(m: re.Match[str], ctx: Context) -> Resolution | None:
    wd = WEEKDAYS[m["wd"].lower().rstrip(".")]
    rel = _low(m["rel"])
    rel = {"this past": "last", "past": "last", "this coming": "next", "coming": "next"}.get(rel, rel)
    tense = ctx.tense(m.start("t"), m.end("t"))
    pw = _prev_word(ctx.text, m.start("t"))
    if pw in ("until", "till"):
        tense = "future"  # "postponed until Tuesday": a limit ahead
    elif pw == "since":
        tense = "past"
    if rel in ("the previous", "the preceding", "the prior"):
        # the one before the (just mentioned) latest such day
        if ctx.dct is None:
            return "DATE", f"XXXX-WXX-{wd}", "day"
        latest = weekday_date(ctx.dct, wd, "past")
        if latest.startswith("X"):
            return None  # out of the calendar's range
        return "DATE", shift_days(dt.date.fromisoformat(latest), -7), "day"
    value = weekday_date(ctx.dct, wd, tense, rel)
    # "Wednesday night": TimeBank mostly annotates the plain DATE of that day
    return "DATE", value, "day"


@rule("weekday_set", rf"""(?P<t>(?:(?i:every|each)\s+(?P<wd>{WEEKDAY})(?:\s+(?P<part>{PART}))?)
    |(?P<wdp>{WEEKDAY_PLURAL})(?:\s+(?P<partp>(?i:mornings|afternoons|evenings|nights)))?
    |(?P<wd2>{WEEKDAY})\s+(?P<partp2>(?i:mornings|afternoons|evenings|nights))(?!\w))""")
def _weekday_set(m: re.Match[str], ctx: Context) -> Resolution | None:
    w = (m["wd"] or m["wdp"] or m["wd2"] or "").lower().rstrip(".")
    w = w[:-1] if w.endswith("days") else w
    wd = WEEKDAYS[w]
    plural = m["partp"] or m["partp2"]
    part = m["part"] or (plural[:-1] if plural else None)
    return "SET", f"XXXX-WXX-{wd}" + _part_suffix(part), "set"


_TITLE_RE = re.compile(r"\b[A-Z][\w.&-]*[ \t]$")
_DEICTIC = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


@rule("deictic", rf"""(?P<t>(?:(?P<pre>(?i:early|late|earlier|later))\s+)?
    (?:(?:(?i:mid-?|late\s+|early\s+))?(?P<part0>{PART})\s+(?=(?i:today|yesterday|tomorrow)\b))?
    (?:(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight))(?!\w)
       (?:\s+(?P<part>{PART}))?
     |(?P<this>(?i:this|last))\s+(?P<part2>{PART})))""")
def _deictic(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["w"]:
        w = _low(m["w"])
        if m["w"][0] == "T" and not m["pre"] and _TITLE_RE.search(
                ctx.text, max(0, m.start("t") - 24), m.start("t")):
            return None  # part of a title: "USA Today", "VOA Today"
        if w == "tomorrow" and _prev_word(ctx.text, m.start("t")) == "of":
            return None  # "the people of tomorrow": generic
        off = -2 if "before" in w else 2 if "after" in w else _DEICTIC[w]
        day = shift_days(ctx.dct, off)
        if w == "tonight":
            return "TIME", day + "TNI", "time"
        if m["part"] or m["part0"]:  # "yesterday afternoon", "mid-afternoon yesterday"
            return "TIME", day + _part_suffix(m["part"] or m["part0"]), "time"
        return "DATE", day, "day"
    this = _low(m["this"])
    part = _low(m["part2"])
    if this == "last":
        if part not in ("night", "evening"):
            return None
        return "TIME", shift_days(ctx.dct, -1) + _part_suffix(part), "time"
    return "TIME", shift_days(ctx.dct, 0) + _part_suffix(part), "time"


_CLOCK_DAY = rf"(?:today|tonight|yesterday|tomorrow|{WEEKDAY})"


@rule("clock", rf"""(?<![\w$.:,])(?P<t>(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>(?i:a\.m\.?|p\.m\.?|am|pm))(?![\w])
      |(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?=\s*(?i:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|BST|CET|CEST|local|hours|h\b))
      |(?P<noon>(?i:noon|midnight)))
    (?:\s+(?P<tz>GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|local\s+time))?
    (?:\s*\([^()\n]{{1,24}}\))?
    (?:,?\s+(?:(?i:on)\s+)?(?:(?P<day>(?i:today|tonight|yesterday|tomorrow)|{WEEKDAY})
                              |(?P<mon>{MONTH})\s+(?P<md>{DAY})(?:,?\s+(?P<my>{YEAR}))?))?)""")
def _clock(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["noon"]:
        hh, mi = (12, 0) if m["noon"].lower() == "noon" else (0, 0)
    elif m["h24"]:
        hh, mi = int(m["h24"]), int(m["mi24"])
    else:
        hh, mi = int(m["h"]) % 12, int(m["mi"] or 0)
        if m["ap"].lower().startswith("p"):
            hh += 12
    day_w = _low(m["day"])
    if m["mon"]:
        month, mday = _month_num(m["mon"]), _day_num(m["md"])
        year = int(m["my"]) if m["my"] else month_year(
            ctx.dct, month, mday, ctx.tense(m.start("t"), m.end("t"), True))
        day = _ymd(ctx.dct, year, month, mday)
    elif day_w in _DEICTIC:
        day = shift_days(ctx.dct, _DEICTIC[day_w])
    elif day_w:
        wd = WEEKDAYS[day_w.rstrip(".")]
        tense = ctx.tense(m.start("t"), m.end("t"))
        if _prev_word(ctx.text, m.start("t")) in ("until", "till"):
            tense = "future"  # "until 9 a.m. Tuesday": a deadline ahead
        day = weekday_date(ctx.dct, wd, tense)
    else:
        day = shift_days(ctx.dct, 0)
    return "TIME", f"{day}T{hh:02d}:{mi:02d}", "time"


@rule("noon_weekday", rf"""(?P<t>(?P<noon>(?i:noon|midnight))\s+(?P<wd>{WEEKDAY}))""")
def _noon_weekday(m: re.Match[str], ctx: Context) -> Resolution | None:
    hh = 12 if m["noon"].lower() == "noon" else 0
    day = weekday_date(ctx.dct, WEEKDAYS[m["wd"].lower().rstrip(".")], ctx.tense(m.start(), m.end()))
    return "TIME", f"{day}T{hh:02d}:00", "time"


# ---------------------------------------------------------------------------
# Relative calendar units: "last year", "this week", "the quarter", "earlier this month"

_REL_SHIFT = {
    "last": -1, "past": -1, "the past": -1, "previous": -1, "the previous": -1, "prior": -1,
    "the prior": -1, "the last": -1, "this": 0, "current": 0, "the current": 0, "the same": 0,
    "next": 1, "coming": 1, "the coming": 1, "the next": 1, "following": 1, "the following": 1,
    "the": 0, "this past": -1, "the latest": 0, "the year-ago": -4, "the year-earlier": -4,
    "the final": 0, "final": -1,
}
_UNIT_NORM = {"year": "year", "month": "month", "week": "week", "weekend": "weekend",
              "quarter": "quarter", "decade": "decade", "century": "century", "half": "half",
              "period": "period", "fiscal year": "year", "year-end": "year", "day": "day"}


_WEEK_OF_RE = re.compile(rf"\s+of\s+(?P<m>{MONTH})\s+(?P<d>{DAY})")
_ENDED_RE = re.compile(rf"\s+(?i:ended|ending|that\s+ended|which\s+ended)\s+(?P<m>{MONTH})")


@rule("relative_unit", rf"""(?P<t>(?:(?P<pre>{PREMOD})\s+)?
    (?P<rel>(?i:the\s+(?:past|previous|prior|last|current|same|coming|next|following|latest|final|year-ago|year-earlier|full|whole|entire)
       |this\s+past|last|past|previous|prior|this|current|next|coming|following|final|the))\s+
    (?P<unit>(?i:fiscal\s+year|year|month|week(?:end)?|quarter|decade|century|half|period|day))(?![\w-]))""")
def _relative_unit(m: re.Match[str], ctx: Context) -> Resolution | None:
    rel = _low(m["rel"])
    unit = _UNIT_NORM[_low(m["unit"])]
    text, dct = ctx.text, ctx.dct
    nxt = _next_word(text, m.end("t")).lower()
    pos = m.start("t")
    if unit == "day":
        if rel in ("the", "the same", "the following", "the next", "the previous", "the prior"):
            return None
        return "DATE", shift_days(dct, _REL_SHIFT.get(rel, 0)), "day"
    if rel == "the" and unit in ("month", "week") and m["pre"] and "of" in _low(m["pre"]):
        v, g = shift_unit(dct, unit, 0)  # "by the end of the month": the current one
        return "DATE", v, g
    if rel == "the" and unit in ("decade", "century", "half", "day", "month", "period"):
        return None
    if unit == "period":
        q = ctx.recent_quarter(pos)
        if rel in ("the latest", "the same", "the current"):
            if q is None:
                return None
            return "DATE", f"{q[0]:04d}-Q{q[1]}", "quarter"
        if rel in ("the year-ago", "the year-earlier"):
            if q is not None:
                return "DATE", f"{q[0] - 1:04d}-Q{q[1]}", "quarter"
            return "DATE", shift_unit(dct, "year", -1)[0], "year"
        return None
    if rel == "the" and unit == "year":
        if nxt in ("ended", "ending", "ends", "earlier", "before", "to", "through"):
            return "DURATION", "P1Y", "duration"
        return "DATE", shift_unit(dct, "year", 0)[0], "year"
    if rel in ("the", "the latest", "the same") and unit == "quarter":
        ended = _ENDED_RE.match(text, m.end("t"))
        if ended:
            month = _month_num(ended["m"])
            ey = month_year(dct, month, 28, "past")
            if ey is not None:
                # a (fiscal) quarter ending in month M mostly covers M-1's calendar quarter
                ey, mid = add_months(ey, month, -1)
                eq = (mid - 1) // 3 + 1
                ctx.set_quarter(ey, eq, m.end("t"), force=True)
                return "DATE", f"{ey:04d}-Q{eq}", "quarter"
        q = ctx.recent_quarter(pos)
        if q is not None:
            return "DATE", f"{q[0]:04d}-Q{q[1]}", "quarter"
        v, g = shift_unit(dct, "quarter", 0 if rel == "the current" else -1)
        return "DATE", v, g
    if rel in ("the year-ago", "the year-earlier"):
        if unit == "quarter":
            q = ctx.recent_quarter(pos)
            if q is not None:
                return "DATE", f"{q[0] - 1:04d}-Q{q[1]}", "quarter"
            return "DATE", shift_unit(dct, "quarter", -4)[0], "quarter"
        return None
    if rel == "the" and unit == "weekend":
        tense = ctx.tense(m.start("t"), m.end("t"))
        if dct is None:
            return "DATE", "XXXX-WXX-WE", "weekend"
        before = text[max(0, m.start("t") - 12):m.start("t")].lower()
        if before.endswith(("over ", "during ")):
            tense = "past"  # "over the weekend": the one just gone
        elif before.endswith(("ahead of ", "until ", "before ")):
            tense = "future"
        back = dct.isoweekday() < 6 and tense != "future"
        v, g = shift_unit(dct, "week", -1 if back else 0)
        return "DATE", v + "-WE", "weekend"
    if rel == "the" and unit == "week":
        of = _WEEK_OF_RE.match(text, m.end("t"))
        if of:  # "the week of March 6": the ISO week of that day
            month, mday = _month_num(of["m"]), _day_num(of["d"])
            wy = month_year(dct, month, mday, ctx.tense(m.start("t"), m.end("t"), True))
            wd = safe_date(wy, month, mday) if wy is not None else None
            if wd is not None:
                return "DATE", f"{wd.isocalendar()[0]:04d}-W{wd.isocalendar()[1]:02d}", "week"
        v, g = shift_unit(dct, "week", 0)
        return "DATE", v, g
    if rel in ("the final", "the last", "final") and unit in ("week", "month", "year", "quarter"):
        if not m["pre"] and rel != "final":
            return None  # "the last week of May" or "the past week"? too ambiguous to resolve
    if unit in ("decade", "century") and rel in ("the past", "past", "the next", "next", "the coming",
                                                  "coming"):
        # "over the past decade": the ten years up to now
        return "DURATION", "P10Y" if unit == "decade" else "P100Y", "duration"
    # "the last decade", like "last year", is the previous calendar one (shift below)
    if unit == "year" and rel == "the latest":
        return "DATE", shift_unit(dct, "year", -1)[0], "year"  # the latest completed (fiscal) year
    if unit == "year" and rel in ("the full", "the whole", "the entire"):
        return "DATE", shift_unit(dct, "year", 0)[0], "year"
    if unit == "year" and rel in ("the following", "the previous", "the prior") and ctx.last_year:
        return "DATE", f"{ctx.last_year + (1 if rel == 'the following' else -1):04d}", "year"
    if unit == "month" and rel in ("the following", "the previous", "the prior") and ctx.last_month:
        y, mo = add_months(*ctx.last_month, 1 if rel == "the following" else -1)
        return "DATE", f"{y:04d}-{mo:02d}", "month"  # anaphoric: after the month just named
    shift = _REL_SHIFT.get(rel, 0)
    if unit == "weekend":
        if dct is None:
            return "DATE", "XXXX-WXX-WE", "weekend"
        v, g = shift_unit(dct, "week", shift)
        return "DATE", v + "-WE", "weekend"
    v, g = shift_unit(dct, unit, shift)
    return "DATE", v, g


@rule("that_year", r"""(?<![\w-])(?P<t>(?:(?i:earlier|later)\s+)?(?i:that|the\s+same)\s+(?i:year))(?![\w'’-])""")
def _that_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    if ctx.last_year is None:
        return None
    return "DATE", f"{ctx.last_year:04d}", "year"


@rule("year_adj", r"""(?<![\w-])(?P<t>(?i:year-end|year-earlier|year-ago|year-before|yearend|year\s+end|year['’]s\s+end|the\s+end\s+of\s+the\s+year))(?![\w-])""")
def _year_adj(m: re.Match[str], ctx: Context) -> Resolution | None:
    w = _low(m["t"])
    if w in ("year-end", "yearend", "year end", "year's end", "year’s end", "the end of the year"):
        # TimeML: the year itself, with mod="END" (as "late November" is the month)
        if ctx.dct is None:
            return "DATE", "XXXX", "year"
        back = _prev_word(ctx.text, m.start("t")) == "since"
        return "DATE", f"{ctx.dct.year - back:04d}", "year"
    q = ctx.recent_quarter(m.start("t"))
    if q is not None:
        return "DATE", f"{q[0] - 1:04d}-Q{q[1]}", "quarter"
    return "DATE", shift_unit(ctx.dct, "year", -1)[0], "year"


# ---------------------------------------------------------------------------
# Durations and anchored durations ("three years", "two years ago", "the past six months")

_AGO = {"ago": -1, "earlier": -1, "before": -1, "in the past": -1, "back": -1,
        "later": 1, "from now": 1, "hence": 1, "after": 1}
_CONTEXT_BEFORE_BARE = r"(?i:recent|(?:the\s+)?coming|(?:the\s+)?past|within|in)"


@rule("duration", rf"""(?<![\w$£€.,-])(?P<t>(?:(?P<pre>(?i:the\s+(?:past|last|next|first|previous|coming|final|latest|following|same|remaining|ensuing|initial)
        |(?:past|last|next|first|previous|coming|final|recent|the|(?:no\s+)?more\s+than|up\s+to
        |at\s+least|less\s+than))\s+)?
    (?P<num>{NUM})(?P<frac>\s+1/2|½|\s+(?i:and\s+a\s+half))?(?P<sep>[\s-]+)
    (?:(?i:more|additional|extra|further|straight|consecutive|trading|business|working|calendar)\s+)?(?P<unit>{UNIT})(?:-(?i:long))?(?P<half2>\s+(?i:and\s+a\s+half))?
    (?:(?:\s+(?i:or\s+so))?\s+(?P<post>(?i:ago|earlier|later|from\s+now|in\s+the\s+past|back|hence)(?![\w])(?!\s+than\b)))?))""")
def _duration(m: re.Match[str], ctx: Context) -> Resolution | Narrowed | None:
    res = _duration_value(m, ctx)
    if res is not None and m["sep"].startswith("-") and _low(m["pre"]) == "the" and not m["post"]:
        return res[0], res[1], res[2], m.start("num"), m.end("t")
    if res is not None and _low(m["num"]) in ("a", "an") and ctx.text.startswith("-", m.end("unit")):
        return res[0], res[1], res[2], m.start("unit"), m.end("t")  # "a [year-long] inquiry"
    return res


def _duration_value(m: re.Match[str], ctx: Context) -> Resolution | None:
    text, dct = ctx.text, ctx.dct
    unit_w = _low(m["unit"]).rstrip("s")
    unit_w = "century" if unit_w.startswith("centur") else unit_w
    letter, is_time, mult = UNITS[unit_w]
    num_s = _low(m["num"])
    n = parse_number(num_s)
    nxt = text[m.end("t"):m.end("t") + 6]
    # money / measures / ages: "$48 hours"? "48-hour-old", "20-year-old"
    if nxt.startswith(("-old", "-olds", " old", "s old")) and not m["post"]:
        return None
    prev = _prev_word(text, m.start("t"))
    if num_s in ("a", "an") and unit_w == "second":
        return None  # "a second betrayal": the ordinal, not one second
    unit_raw = m["unit"]
    if num_s[:1].isdigit() and unit_raw[:1].isupper() and not unit_raw.isupper():
        return None  # a title: "60 Minutes", "48 Hours"
    if num_s == "one" and unit_w == "day" and not m["pre"] and not m["post"] and prev in (
            "will", "would", "could", "might", "may", "can", "should", "he", "she", "they", "we",
            "i", "you", "it", "must"):
        return "DATE", "FUTURE_REF", "ref"  # "Islam will one day be ..."
    if num_s in ("a", "an") and not m["pre"] and not m["post"]:
        # "$5 a year", "twice a week": a frequency
        if prev and (prev[0] in "$£€" or prev[-1].isdigit() or prev in (
                "twice", "once", "times", "percent", "%", "cents", "dollars", "million", "billion")):
            return "SET", f"P{'T' if is_time else ''}1{letter}", "set"
    if n == 0.5 and _low(m["post"]) in ("ago", "in the past", "back", "from now", "hence"):
        return "DATE", "PAST_REF" if _AGO[_low(m["post"])] < 0 else "FUTURE_REF", "ref"
    if n == 0.5:
        # "half an hour" = PT30M, "half a century" = P50Y, "half a year" = P6M
        halves = {("Y", False): "P6M", ("M", False): "P15D", ("W", False): "P3DT12H",
                  ("D", False): "PT12H", ("H", True): "PT30M", ("M", True): "PT30S"}
        if mult > 1:
            return "DURATION", f"P{mult // 2}Y", "duration"
        got = halves.get((letter, is_time))
        return ("DURATION", got, "duration") if got else None
    if n is not None and isinstance(n, float) and not n.is_integer() and letter not in ("Y", "M", "D", "H"):
        return None
    half = bool(m["frac"] or m["half2"])
    post = _low(m["post"])
    pre = _low(m["pre"])
    if unit_w == "weekend":
        return "DURATION", f"P{'X' if n is None else int(n) * 2}D", "duration"
    if n is not None and half and isinstance(n, int):
        # ISO 8601 has no fractions here: "2 1/2 years" = P2Y6M, "a minute and a half" = PT1M30S
        sub = {("Y", False): "6M", ("M", False): "15D", ("D", False): "T12H", ("W", False): "3DT12H",
               ("H", True): "30M", ("M", True): "30S"}.get((letter, is_time))
        if sub and mult == 1:
            return "DURATION", f"P{'T' if is_time else ''}{n}{letter}{sub}", "duration"
    if post and n is not None and n > 1 and not unit_w.endswith("s") and not m["sep"].startswith("-") \
            and not _low(m["unit"]).endswith("s"):
        n = None  # "a couple of decade ago": ungrammatical, trust only the direction
    if post == "later" or (post in ("earlier", "before") and letter != "Y"):
        # anchored on the narrative time, not the dct: keep the length only
        qty = "X" if n is None else str(int(n * mult))
        return "DURATION", f"P{'T' if is_time else ''}{qty}{letter}", "duration"
    if post and post in _AGO and n is not None:
        sign = _AGO[post]
        k = int(n) * mult * sign
        if letter == "Y" and mult == 10 and dct is not None:
            return "DATE", f"{(dct.year + k) // 10:03d}", "decade"
        if letter == "Y" and mult == 100 and dct is not None:
            return "DATE", f"{(dct.year + k) // 100:02d}", "century"
        if is_time:
            return "DURATION", f"PT{int(n)}{letter}", "duration"
        unit_name = {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter"}[letter]
        if unit_name == "week":
            return "DATE", shift_days(dct, 7 * k), "day"  # "two weeks ago": that day
        v, g = shift_unit(dct, unit_name, k)
        if unit_name == "year" and post in ("earlier", "before", "ago"):
            q = ctx.recent_quarter(m.start("t"))
            if q is not None and k == -1:
                return "DATE", f"{q[0] - 1:04d}-Q{q[1]}", "quarter"
        return "DATE", v, g
    if (not post and not pre and n is not None and isinstance(n, int) and letter in ("Y", "M", "W", "D")
            and mult == 1 and prev == "in" and ctx.tense(m.start("t"), m.end("t")) == "future"):
        # "will be redeemed in five years": a date that far from the dct
        unit_name = {"Y": "year", "M": "month", "W": "week", "D": "day"}[letter]
        v, g = shift_unit(dct, unit_name, n)
        return "DATE", v, g
    if post and n is None:
        return "DATE", "PAST_REF" if _AGO.get(post, -1) < 0 else "FUTURE_REF", "ref"
    # synonym-substituted "last year" = "final/last 12 months" without an article
    if pre in ("last", "final", "past") and unit_w == "month" and n == 12 and prev not in (
            "the", "over", "in", "during", "for", "within", "of", "past"):
        return "DATE", shift_unit(dct, "year", -1)[0], "year"
    if n is None:
        qty = "X"
    else:
        total = n * mult + (0.5 if half else 0)
        qty = str(int(total)) if float(total).is_integer() else str(total)
    if letter == "Q":
        # "three-quarters of", "a quarter of the vote": fractions, not durations
        if _next_word(text, m.end("t")).lower() == "of" or (
                m["sep"].startswith("-") and _low(m["unit"]).endswith("s")) or num_s in ("a", "an"):
            return None
        return "DURATION", f"P{qty}Q", "duration"
    return "DURATION", f"P{'T' if is_time else ''}{qty}{letter}", "duration"


@rule("bare_plural", rf"""(?<![\w-])(?P<t>(?P<ctx>{_CONTEXT_BEFORE_BARE})\s+(?P<unit>(?i:years|months|weeks|days|decades|centuries|hours|minutes)))(?![\w'’-])""")
def _bare_plural(m: re.Match[str], ctx: Context) -> Resolution | Narrowed | None:
    res = _bare_plural_value(m)
    if res is not None and _low(m["ctx"]) in ("within", "in"):
        return res[0], res[1], res[2], m.start("unit"), m.end("t")  # "within [weeks]"
    return res


def _bare_plural_value(m: re.Match[str]) -> Resolution | None:
    u = _low(m["unit"])
    c = _low(m["ctx"])
    letter = {"years": "Y", "months": "M", "weeks": "W", "days": "D", "decades": "DE",
              "centuries": "CE", "hours": "TXH", "minutes": "TXM"}[u]
    if c in ("recent", "in recent") and u == "years":
        return "DATE", "PAST_REF", "ref"  # "in recent years": the recent past
    if c in ("past", "the past") and u in ("hours", "minutes"):
        return None
    if letter.startswith("T"):
        return "DURATION", "PT" + letter[1:], "duration"
    return "DURATION", "PX" + letter, "duration"


# ---------------------------------------------------------------------------
# Quarters and halves

@rule("quarter", rf"""(?P<t>(?:(?P<y0>{YEAR})(?:'s|’s)?\s+|(?P<yrel>(?i:this|last|next))\s+(?i:year)(?:'s|’s)\s+)?
    (?:(?i:the)\s+)?(?:(?i:comparable|corresponding|same)\s+)?(?:(?P<ago>(?i:year-ago|year-earlier|prior-year|year-before))\s+)?(?:(?i:fiscal|financial|calendar)\s+)?
    (?P<ord>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))[\s-]+(?:(?i:fiscal|calendar)\s+)?
    (?P<unit>(?i:quarter|half))(?![\w])
    (?:(?:\s+(?i:of|in|for)(?:\s+(?i:fiscal|calendar|the\s+fiscal\s+year))?|,)?\s+(?:(?P<y1>{YEAR})|(?P<yrel2>(?i:this|last|next))\s+(?i:year)))?)""")
def _quarter(m: re.Match[str], ctx: Context) -> Resolution | None:
    ordw = _low(m["ord"])
    unit = _low(m["unit"])
    n = ORDINALS.get(ordw, 4)
    if unit == "half":
        n = 2 if ordw in ("final", "last", "second", "2nd") else 1 if ordw in ("first", "1st") else 0
        if n == 0:
            return None
    year_s = m["y0"] or m["y1"]
    yrel = _low(m["yrel"] or m["yrel2"])
    dct = ctx.dct
    if ordw == "last" and not (year_s or yrel):
        v, g = shift_unit(dct, "quarter" if unit == "quarter" else "half", -1)
        return "DATE", v, g  # "the last quarter": the previous one
    if year_s:
        year: int | None = int(year_s)
    elif yrel:
        year = dct.year + {"last": -1, "this": 0, "next": 1}[yrel] if dct else None
    elif m["ago"] and unit == "quarter":
        q = ctx.recent_quarter(m.start("t"))
        year = q[0] - 1 if q is not None else quarter_year(dct, n, "past")
        if q is None and year is not None:
            year -= 1
        return "DATE", f"{year:04d}-Q{n}" if year is not None else f"XXXX-Q{n}", "quarter"
    elif unit == "quarter":
        year = quarter_year(dct, n, ctx.tense(m.start("t"), m.end("t")))
    else:
        year = dct.year if dct else None
    ys = f"{year:04d}" if year is not None else "XXXX"
    if unit == "half":
        return "DATE", f"{ys}-H{n}", "half"
    if year is not None and "fiscal" not in _low(m["t"]):
        ctx.set_quarter(year, n, m.end("t"))  # fiscal quarters: calendar identity unknown
    return "DATE", f"{ys}-Q{n}", "quarter"


@rule("quarter_code", rf"""(?<![\w-])(?P<t>(?:Q(?P<q1>[1-4])|(?P<q2>[1-4])Q|H(?P<h>[12]))(?:\s*(?P<y>{YEAR}|'\d\d))?)(?![\w-])""")
def _quarter_code(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["h"]:
        if not m["y"]:
            return None  # "H1" alone is too ambiguous (a hormone, a visa, a group)
        y_s = m["y"]
        hy = int(y_s[1:]) + 2000 if y_s.startswith("'") else int(y_s)
        return "DATE", f"{hy:04d}-H{m['h']}", "half"
    n = int(m["q1"] or m["q2"])
    y_s = m["y"]
    if y_s:
        year: int | None = int(y_s[1:]) + 2000 if y_s.startswith("'") else int(y_s)
    else:
        year = quarter_year(ctx.dct, n, ctx.tense(m.start("t"), m.end("t")))
    if year is None:
        return "DATE", f"XXXX-Q{n}", "quarter"
    ctx.last_quarter = (year, n)
    ctx.last_quarter_pos = m.end("t")
    return "DATE", f"{year:04d}-Q{n}", "quarter"


# ---------------------------------------------------------------------------
# Seasons, decades, centuries, years

@rule("season", rf"""(?P<t>(?:(?P<pre>(?i:early|late|mid))[\s-]+)?
    (?:(?P<rel>(?i:last|this|next|past|coming|the|this\s+past|this\s+coming))\s+)?
    (?P<s>{SEASON})(?![\w-])(?:\s+(?:(?i:of)\s+)?(?P<y>{YEAR}|{SPOKEN_YEAR}))?)""")
def _season(m: re.Match[str], ctx: Context) -> Resolution | None:
    s = SEASONS[m["s"].lower()]
    rel = _low(m["rel"])
    rel = {"this past": "recent", "this coming": "next"}.get(rel, rel)
    if m["y"]:
        return "DATE", f"{year_value(m['y']) or 0:04d}-{s}", "season"
    if not rel and not m["pre"]:
        prev = _prev_word(ctx.text, m.start("t"))
        if prev not in ("in", "during", "since", "until", "by", "through", "over", "before", "after") \
                or m["s"].lower() == "fall":
            return None
    if rel == "the":
        nxt = _next_word(ctx.text, m.end("t")).lower()
        if nxt in ("of",) or m["s"].lower() == "fall" and not m["pre"]:
            return None
    return "DATE", season_value(ctx.dct, s, rel, ctx.tense(m.start("t"), m.end("t"))), "season"


_POSSESSIVE = {"his", "her", "their", "my", "your", "our", "its", "mid", "early", "late"}


@rule("decade", rf"""(?<![\w$£€-])(?P<t>(?:(?P<the>(?i:the))\s+)?(?:(?P<pre>(?i:early|late|mid))[\s-]+)?
    (?:(?P<d4>1\d{{2}}0|20[0-9]0|2100)(?:'s|’s|s)
      |(?P<ap>['’])(?P<d2>\d0)s
      |(?P<d2b>[1-9]0)s
      |(?P<dw>{DECADE_WORD})))(?![\w'’-])""")
def _decade(m: re.Match[str], ctx: Context) -> Resolution | None:
    dct = ctx.dct
    prev = _prev_word(ctx.text, m.start("t"))
    if m["d4"]:
        d4 = m["d4"]
        if not m["the"] and not m["pre"] and m["t"][-2] in "'’":
            return "DATE", d4, "year"  # "1990's recession": a possessive year
        if d4.endswith("00") and d4 != "2000":
            return "DATE", d4[:2], "century"
        return "DATE", d4[:3], "decade"
    two = m["d2"] or m["d2b"]
    if two is not None:
        if m["d2b"] and not m["the"]:
            return None
        if prev in _POSSESSIVE and not m["the"] and not m["pre"]:
            return None
        if m["the"] is None and not m["ap"]:
            return None
        k = int(two) // 10
    else:
        if not m["the"] and not m["dw"][0].isupper():
            return None
        if prev in _POSSESSIVE or (m["pre"] and not m["the"]):
            return None
        k = DECADE_WORDS[m["dw"].lower()]
    if dct is not None:
        cen = dct.year // 100
        if cen * 100 + k * 10 > dct.year:
            cen -= 1
    else:
        cen = 19
    return "DATE", f"{cen:02d}{k}", "decade"


@rule("century", rf"""(?P<t>(?:(?i:the)\s+)?(?:(?P<pre>(?i:early|late|mid))[\s-]+)?
    (?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>(?i:{ORDINAL_WORD})))[\s-]+(?i:century)(?![\w]))""")
def _century(m: re.Match[str], ctx: Context) -> Resolution | None:
    n = int(m["n"]) if m["n"] else ORDINALS.get(_low(m["w"]).replace(" ", "-"), 0)
    if not 1 <= n <= 22:
        return None
    return "DATE", f"{n - 1:02d}", "century"


_COUNT_NOUNS = {
    "people", "persons", "shares", "votes", "units", "cars", "jobs", "workers", "troops",
    "soldiers", "students", "children", "men", "women", "homes", "houses", "tons", "tonnes",
    "points", "miles", "kilometers", "km", "meters", "feet", "acres", "barrels", "dollars",
    "euros", "pounds", "yen", "yuan", "rubles", "cases", "deaths", "victims", "members",
    "employees", "residents", "refugees", "vehicles", "passengers", "copies", "pages",
    "calories", "words", "items", "times", "percent", "per", "plus", "hours", "minutes",
    "degrees", "metres", "kilometres", "mph", "yards", "stores", "companies", "patients",
    "others", "officers", "seats", "households", "customers", "flights", "planes", "guns",
}
_QUANT_BEFORE = {"than", "about", "nearly", "approximately", "around", "roughly", "some",
                 "almost", "least", "over", "under", "only", "just", "total", "to", "no.", "#",
                 "number", "page", "room", "route", "flight", "highway", "article", "section"}
_PREV_CASED_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+)\s$")
_YEAR_PREP = {"in", "since", "of", "by", "until", "till", "from", "to", "through", "during",
              "before", "after", "for", "early", "late", "mid", "fiscal", "year", "and", "or",
              "between", "around", "summer", "spring", "winter", "fall", "autumn", "circa",
              "c.", "ca.", "throughout", "the", "as", "at", "on", "into"}


@rule("year", rf"""(?P<t>(?:(?P<pre>(?i:(?:the\s+)?(?:end|beginning|start|middle|close|first\s+half|second\s+half)\s+of|early|late|mid|fiscal|calendar|the\s+year|model\s+year)|FY)[\s-]*)?
    (?P<y>{YEAR})(?:['’]s)?(?:\s+(?P<per>(?i:period|quarter))(?![\w]))?)(?![\w'’-])""")
def _year(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = ctx.text
    y = int(m["y"])
    pre = _low(m["pre"])
    nxt = _next_word(text, m.end("t")).lower()
    prev = _prev_word(text, m.start("t"))
    if not pre:
        if nxt in _COUNT_NOUNS or (prev in _QUANT_BEFORE and prev not in _YEAR_PREP):
            return None
        if y < 1600 and prev not in _YEAR_PREP:
            return None
        after = text[m.end("t"):m.end("t") + 3]
        if after[:1] in ("%",) or text[max(0, m.start("t") - 1):m.start("t")] in ("$", "#"):
            return None
        pw = _PREV_CASED_RE.search(text, max(0, m.start("t") - 24), m.start("t"))
        if pw and pw.group(1).lower() not in _YEAR_PREP and pw.group(1).lower() not in MONTHS:
            return None  # a name with a number: "Orion 1980", "Windows 2000", "Vision 2030"
    if m["per"]:
        q = ctx.recent_quarter(m.start("t"))
        if q is not None:
            return "DATE", f"{y:04d}-Q{q[1]}", "quarter"
    ctx.last_year = y
    return "DATE", f"{y:04d}", "year"


_Y_TENS = r"(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_Y_UNITS = r"(?i:one|two|three|four|five|six|seven|eight|nine)"


@rule("year_words", rf"""(?P<t>(?:(?i:the\s+year)\s+)?(?:(?P<c>(?i:nineteen|eighteen|twenty))[\s-]+(?P<tens>{_Y_TENS})(?:[\s-](?P<u>{_Y_UNITS}))?
    |(?P<yr>(?i:the\s+year))\s+(?i:two\s+thousand)(?:\s+(?i:and\s+)?(?P<u2>{_Y_UNITS}))?))(?![\w-])""")
def _year_words(m: re.Match[str], ctx: Context) -> Resolution | None:
    from .numbers import TENS, UNITS as NUM_UNITS
    if m["c"]:
        c = {"nineteen": 19, "eighteen": 18, "twenty": 20}[m["c"].lower()]
        if c == 20 and "year" not in _low(m["t"]):
            return None
        y = c * 100 + TENS[m["tens"].lower()] + (NUM_UNITS[m["u"].lower()] if m["u"] else 0)
    else:
        y = 2000 + (NUM_UNITS[m["u2"].lower()] if m["u2"] else 0)
    return "DATE", f"{y:04d}", "year"


# ---------------------------------------------------------------------------
# Present, past and future references

_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "presently": "PRESENT_REF", "at present": "PRESENT_REF",
    "the present": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "the moment": "PRESENT_REF", "present-day": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "formerly": "PAST_REF", "previously": "PAST_REF", "once": "PAST_REF",
    "the future": "FUTURE_REF", "future": "FUTURE_REF", "a future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "a near future": "FUTURE_REF",
    "the distant future": "FUTURE_REF", "a distant future": "FUTURE_REF", "soon": "FUTURE_REF",
    "shortly": "FUTURE_REF", "in the near future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "someday": "FUTURE_REF", "one day": "FUTURE_REF",
}


@rule("ref", r"""(?<![\w'’-])(?P<t>(?i:right\s+now|now|currently|current|presently|at\s+present|the\s+present(?!\s+(?:day|time))|nowadays|these\s+days
    |recently|lately|(?:the\s+)?past(?=\s*[,.;:)]|\s+(?:and|or|but|is|was|when|that|has|had|have|decade|few|several|century)\b)|formerly
    |the\s+(?:near\s+|distant\s+)?future|a\s+(?:near|distant)\s+future))(?![\w'’-])""")
def _ref(m: re.Match[str], ctx: Context) -> Resolution | None:
    w = _low(m["t"])
    text = ctx.text
    prev = _prev_word(text, m.start("t"))
    nxt = _next_word(text, m.end("t")).lower()
    if w == "past":
        if prev != "the" and prev not in ("in",):
            return None
        return None
    if w == "the present" and (nxt == "of" or prev not in (
            "at", "until", "till", "to", "from", "into", "in", "for", "through")):
        return None
    if w == "the past" and nxt in ("decade", "few", "several", "century"):
        return None
    if w == "current" and nxt in ("account", "accounts", "affairs"):
        return None
    if w == "now" and prev in ("from", "until", "till", "by", "as", "just", "for"):
        if prev == "from" or prev == "until":
            return None
    if w in ("soon",) and nxt in ("after", "as"):
        return None
    if w == "future" and nxt in ("tense",):
        return None
    return "DATE", _REFS.get(w, "FUTURE_REF" if w.endswith("future") else "PRESENT_REF"), "ref"


# ---------------------------------------------------------------------------
# Sets

_SET_WORDS = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
    "quarterly": "P3M", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
    "semiannually": "P6M", "semi-annually": "P6M", "biannually": "P6M",
}
_SET_UNIT = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P3M",
             "hour": "PT1H", "minute": "PT1M", "night": "P1D", "morning": "P1D",
             "evening": "P1D", "afternoon": "P1D", "decade": "P10Y", "weekend": "P1W"}


@rule("set", rf"""(?<![\w-])(?P<t>(?P<w>(?i:daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|semi-?annually|biannually))
    |(?:(?P<freq>(?i:once|twice|three\s+times|four\s+times|several\s+times|\d+\s+times))\s+)?(?P<q>(?i:every|each|per|a|an))\s+(?:(?P<other>(?i:other|single))\s+)?
    (?P<u>(?i:day|week|month|year|quarter|hour|minute|night|morning|evening|afternoon|decade|weekend))
    |(?P<s>(?i:every|each))\s+(?:(?P<season>{SEASON})|(?P<month>{MONTH})))(?![\w'’-])""")
def _set(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["w"]:
        w = _low(m["w"]).replace("semi-", "semi")
        if w == "quarterly" and _next_word(ctx.text, m.end("t")).lower() in (
                "report", "results", "earnings", "dividend", "profit", "loss", "revenue", "sales"):
            pass
        return "SET", _SET_WORDS.get(w, "P1Y"), "set"
    if m["month"]:
        return "SET", f"XXXX-{_month_num(m['month']):02d}", "set"
    if m["season"]:
        return "SET", f"XXXX-{SEASONS[m['season'].lower()]}", "set"
    q = _low(m["q"])
    if q in ("a", "an") and not m["freq"]:
        return None  # "a day" is a duration unless a frequency precedes (handled in duration)
    u = _low(m["u"])
    v = _SET_UNIT[u]
    if m["other"] and _low(m["other"]) == "other":
        v = v.replace("1", "2")
    if u in ("morning", "evening", "afternoon", "night"):
        v = "XXXX-XX-XXT" + PART_OF_DAY[u]
    return "SET", v, "set"
