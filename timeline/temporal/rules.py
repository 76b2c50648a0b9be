"""The tagging rules: one compiled regex and one resolver per kind of mention.

Why this shape: each rule is readable on its own (HeidelTime-style: pattern
plus normalisation), and the tagger can run them independently and keep the
longest non-overlapping matches.  A rule's regex may match a little context
around the expression (e.g. "for" before "years"); the timex proper is the
named group ``t``.  A resolver returns None to veto a match that context shows
is not temporal (e.g. "1998 shares").
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Callable

from .model import Granularity, TimexType
from .normalize import (Tense, add_months, month_year, quarter_of, quarter_year, safe_date,
                        season_value, shift_days, shift_unit, weekday_date)
from .numbers import parse_number
from .patterns import (DAY, DECADE_WORD, DECADE_WORDS, MONTH, MONTHS, NUM, ORDINAL_WORD,
                       ORDINALS, PART, PART_OF_DAY, PREMOD, SEASON, SEASONS, UNIT, UNITS,
                       WEEKDAY, WEEKDAY_PLURAL, WEEKDAYS, YEAR)
from .tense import guess_tense

Resolution = tuple[TimexType, str, Granularity]


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
    tense_cache: dict[int, Tense] = field(default_factory=dict)

    def tense(self, start: int, end: int) -> Tense:
        t = self.tense_cache.get(start)
        if t is None:
            t = guess_tense(self.text, start, end)
            self.tense_cache[start] = t
        return t

    def recent_quarter(self, pos: int) -> tuple[int, int] | None:
        if self.last_quarter is not None and pos - self.last_quarter_pos < 2500:
            return self.last_quarter
        return None


Resolver = Callable[[re.Match[str], Context], "Resolution | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    resolve: Resolver


RULES: list[Rule] = []


def rule(name: str, pattern: str) -> Callable[[Resolver], Resolver]:
    """Register a resolver with its pattern (compiled now, once)."""
    rx = re.compile(pattern, re.VERBOSE)

    def deco(fn: Resolver) -> Resolver:
        RULES.append(Rule(name, rx, fn))
        return fn
    return deco


def _low(s: str | None) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip() if s else ""


def _prev_word(text: str, pos: int) -> str:
    m = re.search(r"([\w$£€%'’.]+)\W{0,3}$", text[max(0, pos - 40):pos])
    return m.group(1).lower() if m else ""


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"\W{0,3}([\w$%'’]+)", text[pos:pos + 40])
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


@rule("month_date", rf"""(?P<t>(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<pre>{PREMOD})[\s-]+)?
    (?:(?P<rel>(?i:last|this|next|past|coming))\s+)?
    (?:(?P<m1>{MONTH})\s+(?P<d1>{DAY})(?:(?:,\s*|\s+)(?P<y1>{YEAR}))?
      |(?:(?i:the)\s+)?(?P<d2>{DAY})(?:\s+(?i:of))?\s+(?P<m2>{MONTH})(?:,?\s+(?P<y2>{YEAR}))?
      |(?P<m3>{MONTH})(?:,\s*|\s+(?i:of\s+)?)(?P<y3>{YEAR})
      |(?P<m4>{MONTH}))
    (?:\s+(?P<yrel>(?i:last|this|next))\s+(?i:year))?)(?![\w'’])""")
def _month_date(m: re.Match[str], ctx: Context) -> Resolution | None:
    text, dct = ctx.text, ctx.dct
    mon_s = m["m1"] or m["m2"] or m["m3"] or m["m4"] or ""
    month = _month_num(mon_s)
    day_s = m["d1"] or m["d2"]
    day = _day_num(day_s) if day_s else None
    year_s = m["y1"] or m["y2"] or m["y3"]
    if m["m4"] and not (m["pre"] or m["rel"] or m["yrel"] or m["wd"]):
        # a bare month name: guard proper names and the ambiguous May / March
        prev = _prev_word(text, m.start("t"))
        nxt = _next_word(text, m.end("t"))
        if mon_s.lower() in ("may", "march") or mon_s.isupper():
            if prev not in _PREP_BEFORE_MONTH:
                return None
        elif nxt[:1].isupper() and prev not in _PREP_BEFORE_MONTH:
            return None
        if prev in ("the", "a", "an") or nxt.lower() in ("'s", "’s"):
            return None
    if day is not None and day > 31:
        return None
    if year_s:
        year: int | None = int(year_s)
    elif m["yrel"]:
        shift = {"last": -1, "this": 0, "next": 1}[_low(m["yrel"])]
        year = dct.year + shift if dct else None
    else:
        rel = _low(m["rel"])
        year = month_year(dct, month, day, ctx.tense(m.start("t"), m.end("t")), rel)
    value = _ymd(dct, year, month, day)
    return "DATE", value, ("day" if day is not None and len(value) == 10 else "month")


# ---------------------------------------------------------------------------
# Weekdays, deictic days, parts of day and clock times

def _part_suffix(part: str | None) -> str:
    return "T" + PART_OF_DAY[_low(part)] if part else ""


@rule("weekday", rf"""(?P<t>(?:(?P<pre>(?i:early|late))\s+)?
    (?:(?P<rel>(?i:last|this\s+past|this\s+coming|this|next|coming|past))\s+)?
    (?P<wd>{WEEKDAY})(?:,?\s+(?P<part>{PART}))?)""")
def _weekday(m: re.Match[str], ctx: Context) -> Resolution | None:
    wd = WEEKDAYS[m["wd"].lower().rstrip(".")]
    rel = _low(m["rel"])
    rel = {"this past": "last", "past": "last", "this coming": "next", "coming": "next"}.get(rel, rel)
    tense = ctx.tense(m.start("t"), m.end("t"))
    value = weekday_date(ctx.dct, wd, tense, rel)
    if m["part"]:
        return "TIME", value + _part_suffix(m["part"]), "time"
    return "DATE", value, "day"


@rule("weekday_set", rf"""(?P<t>(?:(?i:every|each)\s+(?P<wd>{WEEKDAY})(?:\s+(?P<part>{PART}))?)
    |(?P<wdp>{WEEKDAY_PLURAL})(?:\s+(?P<partp>(?i:mornings|afternoons|evenings|nights)))?)""")
def _weekday_set(m: re.Match[str], ctx: Context) -> Resolution | None:
    w = (m["wd"] or m["wdp"] or "").lower().rstrip(".")
    w = w[:-1] if w.endswith("days") else w
    wd = WEEKDAYS[w]
    part = m["part"] or (m["partp"][:-1] if m["partp"] else None)
    return "SET", f"XXXX-WXX-{wd}" + _part_suffix(part), "set"


_DEICTIC = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


@rule("deictic", rf"""(?P<t>(?:(?P<pre>(?i:early|late|earlier|later))\s+)?
    (?:(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight))(?!\w)
       (?:\s+(?P<part>{PART}))?
     |(?P<this>(?i:this|last))\s+(?P<part2>{PART})))""")
def _deictic(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["w"]:
        w = _low(m["w"])
        off = -2 if "before" in w else 2 if "after" in w else _DEICTIC[w]
        day = shift_days(ctx.dct, off)
        if w == "tonight":
            return "TIME", day + "TNI", "time"
        if m["part"]:
            return "TIME", day + _part_suffix(m["part"]), "time"
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
    (?:,?\s+(?:(?i:on)\s+)?(?P<day>(?i:today|tonight|yesterday|tomorrow)|{WEEKDAY}))?)""")
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
    if day_w in _DEICTIC:
        day = shift_days(ctx.dct, _DEICTIC[day_w])
    elif day_w:
        wd = WEEKDAYS[day_w.rstrip(".")]
        day = weekday_date(ctx.dct, wd, ctx.tense(m.start("t"), m.end("t")))
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


@rule("relative_unit", rf"""(?P<t>(?:(?P<pre>{PREMOD})\s+)?
    (?P<rel>(?i:the\s+(?:past|previous|prior|last|current|same|coming|next|following|latest|final|year-ago|year-earlier)
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
    if rel in ("the", "the latest", "the current", "the same") and unit == "quarter":
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
        back = dct.isoweekday() < 6 and tense != "future"
        v, g = shift_unit(dct, "week", -1 if back else 0)
        return "DATE", v + "-WE", "weekend"
    if rel == "the" and unit == "week":
        v, g = shift_unit(dct, "week", 0)
        return "DATE", v, g
    if rel in ("the final", "the last", "final") and unit in ("week", "month", "year", "quarter"):
        if not m["pre"] and rel != "final":
            # "the last week of May": leave it to the reader; cheap default = current
            return None
    shift = _REL_SHIFT.get(rel, 0)
    if unit == "weekend":
        if dct is None:
            return "DATE", "XXXX-WXX-WE", "weekend"
        if shift == 0 and rel in ("this",) and dct.isoweekday() < 6:
            shift = 0
        v, g = shift_unit(dct, "week", shift)
        return "DATE", v + "-WE", "weekend"
    v, g = shift_unit(dct, unit, shift)
    return "DATE", v, g


@rule("year_adj", r"""(?<![\w-])(?P<t>(?i:year-end|year-earlier|year-ago|year-before|yearend))(?![\w-])""")
def _year_adj(m: re.Match[str], ctx: Context) -> Resolution | None:
    w = _low(m["t"])
    if w in ("year-end", "yearend"):
        return "DATE", shift_unit(ctx.dct, "year", 0)[0], "year"
    q = ctx.recent_quarter(m.start("t"))
    if q is not None:
        return "DATE", f"{q[0] - 1:04d}-Q{q[1]}", "quarter"
    return "DATE", shift_unit(ctx.dct, "year", -1)[0], "year"


# ---------------------------------------------------------------------------
# Durations and anchored durations ("three years", "two years ago", "the past six months")

_AGO = {"ago": -1, "earlier": -1, "before": -1, "in the past": -1, "back": -1,
        "later": 1, "from now": 1, "hence": 1, "after": 1}
_CONTEXT_BEFORE_BARE = r"(?i:recent)"


@rule("duration", rf"""(?<![\w$£€.,-])(?P<t>(?:(?P<pre>(?i:the\s+(?:past|last|next|first|previous|coming|final|latest|following|same|remaining|ensuing|initial)
        |(?:past|last|next|first|previous|coming|final|recent|the|almost|nearly|about|more\s+than|over|up\s+to
        |at\s+least|less\s+than|roughly|only|just|another|around|approximately|some|barely|under|within))\s+)?
    (?P<num>{NUM})(?:\s+(?i:and\s+a\s+half))?[\s-]+(?P<unit>{UNIT})
    (?:\s+(?P<post>(?i:ago|earlier|later|from\s+now|in\s+the\s+past|back|hence)(?![\w])))?))""")
def _duration(m: re.Match[str], ctx: Context) -> Resolution | None:
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
    if num_s in ("a", "an") and not m["pre"] and not m["post"]:
        # "$5 a year", "twice a week": a frequency
        if prev and (prev[0] in "$£€" or prev[-1].isdigit() or prev in (
                "twice", "once", "times", "percent", "%", "cents", "dollars", "million", "billion")):
            return "SET", f"P{'T' if is_time else ''}1{letter}", "set"
    if n is not None and isinstance(n, float) and not n.is_integer() and letter not in ("Y", "M", "D", "H"):
        return None
    half = "and a half" in _low(m.group("t"))
    post = _low(m["post"])
    pre = _low(m["pre"])
    if unit_w == "weekend":
        return "DURATION", f"P{'X' if n is None else int(n) * 2}D", "duration"
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
        if unit_name == "week" and dct is not None:
            return "DATE", shift_unit(dct, "week", k)[0], "week"
        v, g = shift_unit(dct, unit_name, k)
        if unit_name == "year" and post in ("earlier", "before", "later"):
            q = ctx.recent_quarter(m.start("t"))
            if q is not None and k == -1:
                return "DATE", f"{q[0] - 1:04d}-Q{q[1]}", "quarter"
        return "DATE", v, g  # type: ignore[return-value]
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
        if n is None:
            return "DURATION", "PXQ", "duration"
        return "DURATION", f"P{int(n) * 3}M", "duration"
    return "DURATION", f"P{'T' if is_time else ''}{qty}{letter}", "duration"


@rule("bare_plural", rf"""(?<![\w-])(?P<ctx>{_CONTEXT_BEFORE_BARE})\s+(?P<t>(?P<unit>(?i:years|months|weeks|days|decades|centuries|hours|minutes)))(?![\w'’-])""")
def _bare_plural(m: re.Match[str], ctx: Context) -> Resolution | None:
    u = _low(m["unit"])
    c = _low(m["ctx"])
    letter = {"years": "Y", "months": "M", "weeks": "W", "days": "D", "decades": "DE",
              "centuries": "CE", "hours": "TXH", "minutes": "TXM"}[u]
    if c in ("recent", "in recent") and u == "years":
        return "DATE", "PAST_REF", "ref"
    if letter.startswith("T"):
        return "DURATION", "PT" + letter[1:], "duration"
    return "DURATION", "PX" + letter, "duration"


# ---------------------------------------------------------------------------
# Quarters and halves

@rule("quarter", rf"""(?P<t>(?:(?P<y0>{YEAR})(?:'s|’s)?\s+|(?P<yrel>(?i:this|last|next))\s+(?i:year)(?:'s|’s)\s+)?
    (?:(?i:the)\s+)?(?:(?i:fiscal|financial|calendar)\s+)?
    (?P<ord>(?i:first|second|third|fourth|final|1st|2nd|3rd|4th))[\s-]+(?:(?i:fiscal|calendar)\s+)?
    (?P<unit>(?i:quarter|half))(?![\w])
    (?:(?:\s+(?i:of|in|for)(?:\s+(?i:fiscal|calendar|the\s+fiscal\s+year))?|,)?\s+(?:(?P<y1>{YEAR})|(?P<yrel2>(?i:this|last|next))\s+(?i:year)))?)""")
def _quarter(m: re.Match[str], ctx: Context) -> Resolution | None:
    ordw = _low(m["ord"])
    unit = _low(m["unit"])
    n = ORDINALS.get(ordw, 4)
    if unit == "half":
        n = 2 if ordw in ("final", "second", "2nd") else 1 if ordw in ("first", "1st") else 0
        if n == 0:
            return None
    year_s = m["y0"] or m["y1"]
    yrel = _low(m["yrel"] or m["yrel2"])
    dct = ctx.dct
    if year_s:
        year: int | None = int(year_s)
    elif yrel:
        year = dct.year + {"last": -1, "this": 0, "next": 1}[yrel] if dct else None
    elif unit == "quarter":
        year = quarter_year(dct, n, ctx.tense(m.start("t"), m.end("t")))
    else:
        year = dct.year if dct else None
    ys = f"{year:04d}" if year is not None else "XXXX"
    if unit == "half":
        return "DATE", f"{ys}-H{n}", "half"
    if year is not None:
        ctx.last_quarter = (year, n)
        ctx.last_quarter_pos = m.end("t")
    return "DATE", f"{ys}-Q{n}", "quarter"


@rule("quarter_code", rf"""(?<![\w-])(?P<t>(?:Q(?P<q1>[1-4])|(?P<q2>[1-4])Q)(?:\s*(?P<y>{YEAR}|'\d\d))?)(?![\w-])""")
def _quarter_code(m: re.Match[str], ctx: Context) -> Resolution | None:
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
    (?P<s>{SEASON})(?![\w-])(?:\s+(?:(?i:of)\s+)?(?P<y>{YEAR}))?)""")
def _season(m: re.Match[str], ctx: Context) -> Resolution | None:
    s = SEASONS[m["s"].lower()]
    rel = _low(m["rel"])
    rel = {"this past": "last", "this coming": "next"}.get(rel, rel)
    if m["y"]:
        return "DATE", f"{int(m['y']):04d}-{s}", "season"
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
    if m["per"] and _low(m["per"]) == "quarter":
        return None
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
    "the future": "FUTURE_REF", "future": "FUTURE_REF", "soon": "FUTURE_REF",
    "shortly": "FUTURE_REF", "in the near future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "someday": "FUTURE_REF", "one day": "FUTURE_REF",
}


@rule("ref", r"""(?<![\w'’-])(?P<t>(?i:right\s+now|now|currently|current|presently|at\s+present|the\s+present(?!\s+(?:day|time))|nowadays|these\s+days
    |recently|lately|(?:the\s+)?past(?=\s*[,.;:)]|\s+(?:and|or|but|is|was|when|that|has|had|have|decade|few|several|century)\b)|formerly
    |(?:the|a)\s+(?:near\s+|distant\s+)?future))(?![\w'’-])""")
def _ref(m: re.Match[str], ctx: Context) -> Resolution | None:
    w = _low(m["t"])
    text = ctx.text
    prev = _prev_word(text, m.start("t"))
    nxt = _next_word(text, m.end("t")).lower()
    if w == "past":
        if prev != "the" and prev not in ("in",):
            return None
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
    return "DATE", _REFS.get(w, "PRESENT_REF"), "ref"


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
    |(?P<s>(?i:every|each))\s+(?P<season>{SEASON}))(?![\w'’-])""")
def _set(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["w"]:
        w = _low(m["w"]).replace("semi-", "semi")
        if w == "quarterly" and _next_word(ctx.text, m.end("t")).lower() in (
                "report", "results", "earnings", "dividend", "profit", "loss", "revenue", "sales"):
            pass
        return "SET", _SET_WORDS.get(w, "P1Y"), "set"
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
