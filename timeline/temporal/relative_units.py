"""Calendar units counted from the dct or from an earlier mention: "last year",
"this week", "the quarter", "the following month", "that year", "year-end".

Why together: all shift a calendar unit (year, quarter, month, week,
weekend, day) by a small number, from the dct or -- in financial news --
from the quarter or year under discussion, which the Context tracks.
"""
from __future__ import annotations

import datetime as dt
import re

from .matchtext import after_determiner, day_num, low, month_num, next_word, part_suffix, prev_word
from .normalize import add_months, fmt_week, month_year, safe_date, shift_days, shift_unit
from .patterns import DAY, MONTH, OF_NOT_A_YEAR_RE, ORDINAL_WORD, PREMOD
from .prefix_tree import phrase_trie
from .rulebase import Context, Narrowed, Resolution, rule
from .calendar_dates import day_named_at
from .weekdays import modal_ahead


_REL_SHIFT = {
    "last": -1, "past": -1, "the past": -1, "previous": -1, "the previous": -1, "prior": -1,
    "the prior": -1, "the last": -1, "this": 0, "current": 0, "the current": 0, "the same": 0,
    "next": 1, "coming": 1, "the coming": 1, "the next": 1, "following": 1, "the following": 1,
    "the": 0, "this past": -1, "the latest": 0, "the year-ago": -4, "the year-earlier": -4,
    "the final": 0, "final": -1,
}
_UNIT_NORM = {"year": "year", "month": "month", "week": "week", "weekend": "weekend",
              "quarter": "quarter", "decade": "decade", "century": "century", "half": "half",
              "period": "period", "fiscal year": "year", "year-end": "year", "day": "day", "hour": "hour"}


_AFTER_BARE_FINAL = frozenset("""earlier ago later and or but when while as than before after in on at to for from by
    with since because the a an that which this its his her their it he she they we i there was were is are had has
    have will would could due""".split())
"""The words after which a bare "final" and its unit ("sales rose final year, ...", "final 12 months earlier") can only
stand for "last": synonym-spun text writes "final" for "last" (the seed article). Before any other word in lower case
it makes a noun's modifier and means final ("Final year students protested"), and no date."""
_OPEN_QUOTES = frozenset({'"', "“", "'", "‘", "`"})
_WEEK_OF_RE = re.compile(rf"\s+of\s+(?:(?P<m>{MONTH})\s+(?P<d>{DAY})|(?P<d2>{DAY})\s+(?P<m2>{MONTH}))")
_ENDED_RE = re.compile(rf"\s+(?i:ended|ending|that\s+ended|which\s+ended)\s+(?P<m>{MONTH})")


_RELATIVE = phrase_trie(
    ["the " + word for word in ("past", "previous", "prior", "last", "current", "same", "coming", "next", "following",
                                "latest", "final", "year-ago", "year-earlier", "full", "whole", "entire")]
    + ["this past", "last", "past", "previous", "prior", "this", "current", "next", "coming", "following", "final",
       "the"])
"""The words that place a unit ("the past year", "next month"), as a prefix tree (``prefix_tree``)."""


_AN_HOUR_AWAY = frozenset({"the past", "past", "the next", "next", "the last", "last", "the coming", "coming",
                           "the previous", "previous"})
_TO_A_DAY_AFTER = re.compile(r"\s+(?:to|ending|ended|through)\s+(?:[A-Z]|\d)")
_IN_YEAR_AFTER = re.compile(r",?\s+in\s+(?P<y>(?:1[5-9]|20)\d\d)(?!\d)")
"""After "this day", the year whose that day it is ("On this day in 1989")."""


@rule("relative_unit", reach=2, anchors={"year", "month", "week", "weekend", "quarter", "decade", "century", "half",
                "period", "day", "hour"},
      pattern=rf"""(?P<t>(?:(?P<pre>{PREMOD})\s+)?
    (?P<rel>(?i:{_RELATIVE}))\s+
    (?P<unit>(?i:fiscal\s+year|year|month|week(?:end)?|quarter|decade|century|half|period|day|hour))(?![\w-]))""")
def relative_unit(m: re.Match[str], ctx: Context) -> Resolution | None:
    rel = low(m["rel"])
    unit = _UNIT_NORM[low(m["unit"])]
    text, dct = ctx.text, ctx.dct
    nxt = next_word(text, m.end("t")).lower()
    pos = m.start("t")
    unit_s = m["unit"]
    if (unit_s[0].isupper() and not unit_s.isupper() and m["rel"][0].isupper()
            and text[max(0, pos - 1):pos] in _OPEN_QUOTES):
        return None  # a quoted title: ABC's "This Week", "Next Week" (a show, not a week)
    after = next_word(text, m.end("t"))  # its case kept: a name after it ("final year Pyongyang said") is no noun's
    if rel == "final" and after.isalpha() and after.islower() and after not in _AFTER_BARE_FINAL:
        return None  # "Final year students": a noun's modifier, which means final (``_AFTER_BARE_FINAL``)
    if unit == "hour":
        # "in the next hour", "over the past hour": the hour's length up to now or from now (the dct holds no clock);
        # not "the last hour of trading" (the end of a span) nor "the hour"
        if rel in _AN_HOUR_AWAY and nxt != "of":
            return "DURATION", "PT1H", "duration"
        return None
    if unit == "day":
        if rel in ("the", "the same", "the following", "the next", "the previous", "the prior", "the final", "final"):
            return None  # "the final day of the summit": the end of a span, not today
        if rel == "the last" and nxt == "of":
            return None  # "the last day of the session": the end of a span, as "the final day of"
        if nxt == "and" and text[m.end("t"):m.end("t") + 8].lower() == " and age":
            return None  # the idiom "in this day and age": these times, not a day
        if rel == "this" and dct is not None and (year := _IN_YEAR_AFTER.match(text, m.end("t"))) is not None:
            # "On this day in 1989": the day of the year the text was written, in that year (tagged on its own)
            that_date = safe_date(int(year["y"]), dct.month, dct.day)
            return None if that_date is None else ("DATE", that_date.isoformat(), "day")
        return "DATE", shift_days(dct, _REL_SHIFT.get(rel, 0)), "day"
    if rel == "the" and unit in ("month", "week") and m["pre"] and "of" in low(m["pre"]):
        v, g = shift_unit(dct, unit, 0)  # "by the end of the month": the current one
        return "DATE", v, g
    if rel == "the" and unit in ("decade", "century") and m["pre"] and "of" in low(m["pre"]):
        # "by the end of the decade": the current one, or the one of a year named before it in its sentence ("In 1962
        # ... by the end of the decade")
        named = ctx.year_told_before(pos, sentences=0)
        if named is None:
            v, g = shift_unit(dct, unit, 0)
            return "DATE", v, g
        if unit == "decade":
            return "DATE", f"{named // 10:03d}", "decade"
        return "DATE", f"{named // 100:02d}", "century"
    if rel == "the" and unit in ("decade", "century", "half", "day", "month", "period"):
        return None
    if unit == "period":
        q = ctx.recent_quarter(pos)
        if rel in ("the latest", "the same", "the current"):
            if q is None:
                if rel != "the latest" or nxt == "of" or not ctx.tells_accounts:
                    return None  # "the latest period of unrest": no period of accounts
                return "DATE", shift_unit(dct, "quarter", -1)[0], "quarter"  # the last quarter reported
            return "DATE", f"{q[0]:04d}-Q{q[1]}", "quarter"
        if rel in ("the year-ago", "the year-earlier"):
            if q is not None:
                return "DATE", f"{q[0] - 1:04d}-Q{q[1]}", "quarter"
            return "DATE", shift_unit(dct, "year", -1)[0], "year"
        return None
    if rel == "the" and unit == "week" and _TO_A_DAY_AFTER.match(text, m.end("t")):
        return "DURATION", "P1W", "duration"  # "cases in the week to Sunday": the seven days up to it
    if rel == "the" and unit == "year":
        if not m["pre"] and (nxt in ("ended", "ending", "ends", "earlier", "before") or (
                nxt in ("to", "through") and _TO_A_DAY_AFTER.match(text, m.end("t")))):
            return "DURATION", "P1Y", "duration"  # "the year to March 31"; not "until the end of the year to comply"
        return "DATE", shift_unit(dct, "year", 0)[0], "year"
    if rel in ("the", "the latest", "the same") and unit == "quarter":
        ended = _ENDED_RE.match(text, m.end("t"))
        if ended:
            month = month_num(ended["m"])
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
        if dct is not None and rel != "the current" and ctx.tells_results:
            # the last quarter reported is now the one under discussion ("Profit in the quarter rose ... from
            # the year-earlier quarter", "... from a year earlier")
            ctx.set_quarter(int(v[:4]), int(v[-1]), m.end("t"))
        return "DATE", v, g
    if rel in ("the year-ago", "the year-earlier"):
        if unit == "quarter":
            q = ctx.recent_quarter(pos)
            if q is not None:
                return "DATE", f"{q[0] - 1:04d}-Q{q[1]}", "quarter"
            # none under discussion: the last quarter reported, a year back
            return "DATE", shift_unit(dct, "quarter", -5)[0], "quarter"
        return None
    if rel in ("the last", "the final", "the first") and unit == "weekend" and nxt in ("of", "in", "before"):
        return None  # "the last weekend of the festival": the end of a span named after it (a month's is
        # ``month_positions``')
    if rel == "the" and unit == "weekend":
        # the verb before it governs it, as a weekday's does ("Initial payments began over the weekend and will
        # be completed this week": the weekend gone; one dev event, judged misdated, moves; TBAQ the same)
        tense = ctx.tense(m.start("t"), m.end("t"), before_first=True)
        if dct is None:
            return "DATE", "XXXX-WXX-WE", "weekend"
        before = text[max(0, m.start("t") - 12):m.start("t")].lower()
        if tense != "future" and modal_ahead(text, m.start("t"), m.end("t")):
            tense = "future"  # "waves could push the oil into the inlets over the weekend": as a weekday's modal
        if before.endswith(("over ", "during ")) and tense != "future":
            tense = "past"  # "over the weekend": the one just gone, unless told in the future ("will reopen over")
        elif before.endswith(("ahead of ", "until ", "before ")):
            tense = "future"
        back = dct.isoweekday() < 6 and tense != "future"
        v, g = shift_unit(dct, "week", -1 if back else 0)
        return "DATE", v + "-WE", "weekend"
    if rel == "the" and unit == "week":
        of = _WEEK_OF_RE.match(text, m.end("t"))
        if of:  # "the week of <month> <day>": the ISO week of that day, in the year its date is told in (the tense
            # read where the date is, as the date's own: a cue before the week, "moved to the week of May 6", is none
            # of the date's)
            month, mday = month_num(of["m"] or of["m2"]), day_num(of["d"] or of["d2"])
            wy = month_year(dct, month, mday, ctx.tense(of.start() + 4, of.end(), True))
            wd = safe_date(wy, month, mday) if wy is not None else None
            if wd is not None:
                return "DATE", fmt_week(wd), "week"
        if nxt == "of":
            return None  # "in the week of the vote": the week of a happening the text names, none the dct's
        v, g = shift_unit(dct, "week", 0)
        return "DATE", v, g
    if rel in ("the final", "final") and (nxt == "of" or after_determiner(text, m.start("rel"))):
        # "his final year", "the final year of his term": the end of some span,
        # not the previous calendar unit; only a bare "final year" can stand
        # for "last year" (synonym-spun text)
        return None
    if unit in ("quarter", "half") and OF_NOT_A_YEAR_RE.match(text, m.end("t")):
        return None  # "the last half of <a decade>", "the final quarter of <a game>"
    if rel in ("the final", "the last", "final") and unit in ("week", "month", "year", "quarter"):
        if not m["pre"] and rel == "the final":
            return None  # "the final week" of something: its end, not the calendar's previous unit
        if rel == "the last" and nxt == "of":
            return None  # "the last week of May": the end of a span named after it
        # "over the last week", like "the past week": the unit before the dct's
    if unit in ("decade", "century") and rel in ("the past", "past", "the next", "next", "the coming",
                                                  "coming"):
        # "over the past decade": the ten years up to now
        return "DURATION", "P10Y" if unit == "decade" else "P100Y", "duration"
    # "the last decade", like "last year", is the previous calendar one (shift below)
    if unit == "year" and rel == "the latest":
        return "DATE", shift_unit(dct, "year", -1)[0], "year"  # the latest completed (fiscal) year
    if unit == "year" and rel in ("the full", "the whole", "the entire"):
        return "DATE", shift_unit(dct, "year", 0)[0], "year"
    if unit == "quarter" and rel in ("the previous", "the prior", "previous", "prior") and (
            q := ctx.recent_quarter(pos)) is not None:
        # "Profit in the third quarter rose from the previous quarter": the one before the quarter under discussion
        y, qn = (q[0], q[1] - 1) if q[1] > 1 else (q[0] - 1, 4)
        return "DATE", f"{y:04d}-Q{qn}", "quarter"
    if unit == "year" and rel in ("the previous", "the prior") and ctx.last_year is None and (
            q := ctx.recent_quarter(pos)) is not None:
        return "DATE", f"{q[0] - 1:04d}", "year"  # "Profit in the fourth quarter fell from the previous year"
    if unit == "year" and rel in ("the following", "the previous", "the prior") and ctx.last_year:
        return "DATE", f"{ctx.last_year + (1 if rel == 'the following' else -1):04d}", "year"
    if unit == "decade" and rel in ("the following", "the previous", "the prior") and ctx.last_year:
        # anaphoric, like "the following year": the decade after (before) the year just named
        return "DATE", f"{ctx.last_year // 10 + (1 if rel == 'the following' else -1):03d}", "decade"
    if unit == "month" and rel in ("the following", "the previous", "the prior") and ctx.last_month:
        y, mo = add_months(*ctx.last_month, 1 if rel == "the following" else -1)
        return "DATE", f"{y:04d}-{mo:02d}", "month"  # anaphoric: after the month just named
    if unit == "week" and rel in ("the following", "the previous", "the prior") and (
            day := _day_named_before(m, ctx)) is not None:
        # anaphoric, as "the following month": the week after (before) the day named shortly before
        week_day = dt.date.fromisoformat(day) + dt.timedelta(days=7 if rel == "the following" else -7)
        return "DATE", fmt_week(week_day), "week"
    if rel == "the next" and unit in ("year", "month") and dct is not None and (
            told := _period_told(unit, ctx)) is not None and ctx.tense(m.start("t"), m.end("t"), True) == "past":
        # "The company was sold on March 3, 2009. The next year, its shares fell": told in the past after a
        # period of its own, "the next" counts from it ("over the next year", told ahead, from the dct)
        if unit == "year":
            return "DATE", f"{told[0] + 1:04d}", "year"
        y, mo = add_months(told[0], told[1], 1)
        return "DATE", f"{y:04d}-{mo:02d}", "month"
    shift = _REL_SHIFT.get(rel, 0)
    if unit == "week" and dct is not None:
        shift = _week_shift(rel, shift, dct, ctx, m)
    if unit == "weekend":
        if dct is None:
            return "DATE", "XXXX-WXX-WE", "weekend"
        if rel == "this" and dct.isoweekday() <= 2 and ctx.tense(m.start("t"), m.end("t"), True) == "past":
            # "earned two glowing profiles this weekend" in a Monday paper: the weekend just gone. Only early in
            # the week: on the 2,716 dev articles, of the 13 "this weekend"s told in the past in a paper of Monday
            # to Wednesday, 10 of the 11 in Monday and Tuesday papers meant the weekend before; the 2 in
            # Wednesday papers, the one ahead ("his terror of debating this weekend"). TBAQ has none.
            shift = -1
        v, g = shift_unit(dct, "week", shift)
        return "DATE", v + "-WE", "weekend"
    v, g = shift_unit(dct, unit, shift)
    return "DATE", v, g


def _period_told(unit: str, ctx: Context) -> tuple[int, int] | None:
    """The year (year, 0) or month (year, month) the text named last, when it is not the dct's: the period a
    narrative told in the past counts "the next year" or "the next month" from."""
    dct = ctx.dct
    if dct is None:
        return None
    day = (int(ctx.last_day[:4]), int(ctx.last_day[5:7])) if ctx.last_day else None
    if unit == "year":
        year = ctx.last_year
        if day is not None and ctx.last_day_end > ctx.last_year_end:
            year = day[0]  # a day named after the year: "went public in 2004. Analysts said on Tuesday that ..."
        return None if year is None or year == dct.year else (year, 0)
    month = ctx.last_month
    if day is not None and ctx.last_day_end > ctx.last_month_end:
        month = day
    return None if month is None or month == (dct.year, dct.month) else month


def _week_shift(rel: str, shift: int, dct: dt.date, ctx: Context, m: re.Match[str]) -> int:
    """Weeks counted from a paper that ends or opens one.

    An ISO week runs Monday to Sunday, but a Sunday paper's "last week" is the
    week it closes (Monday to Saturday just gone), and its "this week", told
    ahead ("talks scheduled for this week"), the one that opens tomorrow; on a
    Monday, "the coming week" is the week that starts that day. (Read in their
    articles, 6 judged dev events of Sunday papers had the week just gone and 4
    the one before; TimeBank+AQUAINT's annotators gave 3 "last week"s of Sunday
    wires the one before and 1 the week just gone: value F1 .8235 -> .8224.)
    """
    if dct.isoweekday() == 7:
        if shift == -1 and rel != "final":
            return 0  # "last week", "the past week", "the previous week"
        if rel == "this" and ctx.tense(m.start("t"), m.end("t"), True) == "future":
            return 1
    if dct.isoweekday() == 1 and rel in ("coming", "the coming"):
        return 0
    if dct.isoweekday() in (5, 6) and rel == "this past":
        # "This past week, Obama said ..." in a Saturday paper: the week it closes. (On the 2,716 dev articles
        # the three in Friday and Saturday papers meant that week; TimeBank+AQUAINT have none.)
        return 0
    return shift


@rule("that_year", reach=2, anchors={"year", "quarter", "month", "week"},
      pattern=r"""(?<![\w-])(?P<t>(?:(?i:earlier|later)\s+)?(?i:that(?:\s+same)?|the\s+same)\s+
    (?P<unit>(?i:year|quarter|month|week)))(?![\w'’-])
    (?!\s+(?i:after|by|upon|to)\s+(?i:year|quarter|month|week)\b)""",  # not "that month after month ..."
      # regex time over TBAQ (year only): 1.9 ms without ``needs``, 0.7 with
      needs=r"(?:that|same)\s+(?:year|quarter|month|week)")
def that_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """The year, quarter, month or week the text named last ("In 1998 ... that year", "the third quarter ...
    in that quarter", "On March 3 ... Later that month"); without one, no date. The quarter is the one under
    discussion (``Context.recent_quarter``): a reported one, so after a quarter still ahead ("the fourth
    quarter will be weak") it is the last completed one, and a quarter far from the dct ("the first quarter
    of 1998" in 2026) anchors none. The month is that of the month or day named last; the week, that of a day
    named shortly before (``_day_named_before``, as for "that day")."""
    unit = low(m["unit"])
    if unit == "quarter":
        q = ctx.recent_quarter(m.start("t"))
        return None if q is None else ("DATE", f"{q[0]:04d}-Q{q[1]}", "quarter")
    if unit == "week":
        day = _day_named_before(m, ctx)
        if day is None or not _day_told(ctx):
            return None
        return "DATE", fmt_week(dt.date.fromisoformat(day)), "week"
    if unit == "month":
        month = ctx.last_month  # a month or a month's day; not a weekday's, often a report's ("officials said
        # Tuesday. That month, ..."), nor a month already past a year named after it
        if month is None or ctx.last_year_end > ctx.last_month_end and ctx.last_year != month[0]:
            return None
        return "DATE", f"{month[0]:04d}-{month[1]:02d}", "month"
    if ctx.last_year is None:
        return None
    return "DATE", f"{ctx.last_year:04d}", "year"


@rule("day_of_event", reach=16, anchors={"day"},
      pattern=rf"""(?<![\w-])(?:(?i:today|this|it)\s+(?i:is|marks)|(?i:it)['’](?i:s))\s+
    (?P<t>(?i:the)\s+(?i:{ORDINAL_WORD}|last|final|\d{{1,3}}(?:st|nd|rd|th))\s+
    (?i:straight\s+|consecutive\s+|full\s+)?(?i:day))(?=\s+(?i:of|since|in|that)\b)""",
      needs=r"(?:(?:today|this|it)\s+(?:is|marks)|it['’]s)\s+the")
def day_of_event(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"Today is the eighth day of the strike", "It's the last day of the session": a count of days that
    names today (told in the present; "it was the second day" counts from another day). A day named, it
    anchors the day's parts told after it ("By mid afternoon, ..."). (Runs of white space that put "Today"
    more than ``tagger._BEFORE`` characters before "day" lose the mention.)"""
    if ctx.dct is None:
        return "DATE", "XXXX-XX-XX", "day"
    ctx.note_day(m.end("t"), ctx.dct.isoformat())
    return "DATE", ctx.dct.isoformat(), "day"


BEFORE_TOLD_PART = frozenset({"in", "during", "by", "until", "through", "throughout", "into", "from", "around",
                              "at", "before", "after", "early", "late"})
"""The words before "the morning" or "mid-afternoon" that make it a time of the day being told ("Shares fell on
Friday. Buyers returned in the morning"), not a habit's ("he runs every morning") nor a day's own ("on the
morning of March 3")."""


@rule("part_of_day_told", reach=2, anchors={"morning", "afternoon", "evening"},
      pattern=r"""(?<![\w-])(?P<t>(?:(?P<the>(?i:the))\s+|(?P<mid>(?i:mid))[- ]?)
        (?P<part>(?i:morning|afternoon|evening)))
    (?![\w'’-])(?!\s+(?i:of|after|before|when|that)\b)""",
      needs=r"(?:the\s+|mid-?\s?)(?:morning|afternoon|evening)")
def part_of_day_told(m: re.Match[str], ctx: Context) -> Resolution | None:
    """A part of the day after a day named just before ("Shares fell on Friday. Buyers returned in the morning"),
    as "later in the day" is that day (``_told_day``): without it, no time."""
    prev = prev_word(ctx.text, m.start("t"))
    if prev not in BEFORE_TOLD_PART and not (m["mid"] and not prev):
        return None
    day = _told_day(m, ctx)
    return None if day is None else ("TIME", day + part_suffix(m["part"]), "time")


_DAY_SHIFT = {"that": 0, "the same": 0, "that same": 0, "the next": 1, "the following": 1, "the previous": -1,
              "the prior": -1, "before": -1, "prior": -1, "after": 1}
_ALONE_AFTER = r"(?=\s*(?:[.,;:!?)\u2014\u2013]|--|$)|\s+(?i:and|but|or|to|in|at|on|by|from|with|while|as|so)\b)"
"""What may follow "the day before" (or "after", "prior") for it to be a day of its own: a stop, or a word that
is no noun for it to govern ("... had stalled the day before, and ...", "met the day before in the capital");
not "the day before Thanksgiving", "the day after the vote" or "the day before he died", each counted from what
it names."""


def _day_named_before(m: re.Match[str], ctx: Context) -> str | None:
    """The day the text named last, if it was named at most ``rulebase.ANTECEDENT_REACH`` characters before ``m``."""
    return ctx.last_day if ctx.last_day and ctx.named_within(ctx.last_day_end, m.start("t")) else None


@rule("that_day", reach=16, anchors={"day"},
      pattern=r"""(?<![\w-])(?P<t>(?:(?i:earlier|later)\s+)?(?:(?P<rel>(?i:that(?:\s+same)?|the\s+same|the\s+next|the\s+following|the\s+previous|the\s+prior))\s+(?i:day)
    |(?i:the\s+day)\s+(?P<side>(?i:before|after|prior))""" + _ALONE_AFTER + r"""))(?![\w'’-])""",
      needs=r"(?:that|same|next|following|previous|prior)\s+day|day\s+(?:before|after|prior)")
def that_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """A day told by the one the text named last ("On March 3 ... The next day he left", "that same
    day", "... had stalled the day before"), like "the following year" by the year named last; without
    one named shortly before it (``rulebase.ANTECEDENT_REACH``), no day."""
    if _day_named_before(m, ctx) is None:
        return None
    if next_word(ctx.text, m.end("t")).lower() == "or":
        return None  # "in the next day or two": a length ahead, not a day
    day = shift_days(dt.date.fromisoformat(ctx.last_day), _DAY_SHIFT[" ".join(low(m["rel"] or m["side"]).split())])
    ctx.note_day(m.end("t"), day)
    return "DATE", day, "day"


@rule("day_later", reach=6, anchors={"day"},
      pattern=r"""(?i:later|earlier)\s+(?i:in)\s+(?P<t>(?i:the\s+day))(?![\w'’-])(?!\s+(?i:before|after|than)\b)""",
      needs=r"(?:later|earlier)\s+in\s+the\s+day")
def day_later(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"Later in the day" (or "earlier"): the day named in its sentence or the one before (``_told_day``); the
    mention is "the day", "later in" the relation to it (TimeBank's extent). With none, no day: the dct would be
    wrong for a paper of the morning after (of the two such dev events a helper judged, both happened the day
    before)."""
    day = _told_day(m, ctx)
    return None if day is None else ("DATE", day, "day")


_BESIDE_NAMED_DAY = re.compile(r"\s+(?=[A-Z]|(?i:last)\s+[A-Z])")
"""Before the day named after "the week before" ("Christmas", "last Christmas")."""


@rule("unit_beside_day", reach=12, anchors={"day", "weekend", "week"},
      pattern=r"""(?<![\w-])(?P<t>(?i:the)\s+(?P<unit>(?i:day|weekend|week))\s+(?P<side>(?i:before|after)))
        (?=\s+[A-Z]|\s+(?P<last>(?i:last))(?![\w-]))""",
      needs=r"(?:day|weekend|week)\s+(?:before|after)\s")
def unit_beside_day(m: re.Match[str], ctx: Context) -> Resolution | Narrowed | None:
    """"The weekend before Christmas", "the day after Nov. 2", "the week before Easter", "the week before last
    Christmas": the unit next to the day named right after it (a holiday or a month's day, tagged on its own in its
    turn), as "the day before" alone is next to the day the text named before it (``that_day``). "The week before
    last" and "the weekend before last" are the ones before last week's and last weekend."""
    if m["last"] and (before_last := _before_last(m, ctx)) is not None:
        return before_last
    gap = _BESIDE_NAMED_DAY.match(ctx.text, m.end("t"))
    day = None if gap is None else day_named_at(ctx, gap.end())
    if day is None:
        return None
    before = low(m["side"]) == "before"
    unit = low(m["unit"])
    if unit == "day":
        value = shift_days(day, -1 if before else 1)
        ctx.note_day(m.end("t"), value)
        return "DATE", value, "day"
    if unit == "week":
        return "DATE", shift_unit(day, "week", -1 if before else 1)[0], "week"
    # the weekend wholly before (after) the day: its Saturday
    saturday = (day - dt.timedelta(days=(day.weekday() - 5) % 7 or 7) if before
                else day + dt.timedelta(days=(5 - day.weekday()) % 7 or 7))
    if before and day.weekday() == 6:
        saturday -= dt.timedelta(days=7)  # a Sunday's weekend is its own: the one before is the week's before
    return "DATE", fmt_week(saturday) + "-WE", "weekend"


_NAMED_AFTER_LAST = re.compile(r"\s+(?:[A-Z]|(?i:year|month|week|weekend|quarter|season|spring|summer|autumn|fall"
                               r"|winter|night|time)\b)")
"""After "before last", what "last" places ("the week before last year", "before last Monday"): no week before last."""


def _before_last(m: re.Match[str], ctx: Context) -> Resolution | Narrowed | None:
    """"The week before last" (two weeks back), "the weekend before last" (the one before the last weekend)."""
    unit, dct = low(m["unit"]), ctx.dct
    if dct is None or unit == "day" or low(m["side"]) != "before" or _NAMED_AFTER_LAST.match(ctx.text, m.end("last")):
        return None
    value, granularity = shift_unit(dct, unit, -2)  # "last week" and "last weekend" are one back (relative_unit)
    return "DATE", value, granularity, m.start("t"), m.end("last")


_PART_SHIFT = {"that": 0, "that same": 0, "the same": 0, "the next": 1, "the following": 1, "the previous": -1}


@rule("that_part", reach=2, anchors={"morning", "afternoon", "evening", "night"},
      pattern=r"""(?<![\w-])(?P<t>(?:(?i:earlier|later)\s+)?
        (?P<rel>(?i:that(?:\s+same)?|the\s+same|the\s+next|the\s+following|the\s+previous))\s+
        (?P<part>(?i:morning|afternoon|evening|night)))(?![\w'’-])(?!\s+(?i:of|before|after)\b)""",
      needs=r"(?:that|same|next|following|previous)\s+(?:morning|afternoon|evening|night)")
def that_part(m: re.Match[str], ctx: Context) -> Resolution | None:
    """A part of the day told by the day named in its sentence or the one before ("On March 3 he arrived. That
    night ...", "the next morning"), as "later in the day" is (``_told_day``); without such a day, no time.

    Not the reach of "that day" (two sentences): on the dev articles, of the three parts of the day that reach
    gave new dates, the two whose day was named three or four sentences back had it from a retrospective's
    weekday ("By Thursday, ...", "that Sunday", weeks after it), counted back from the paper's day, so both
    were misdated. The day is not noted for a mention after it: "scheduled for delivery the next morning.
    ... learned the next afternoon" counts both from the day named before them."""
    day = _told_day(m, ctx)
    if day is None or not _day_told(ctx) or ctx.tense(m.start("t"), m.end("t")) == "present":
        return None  # and none in a habit told in the present ("patients feel groggy the next morning")
    shifted = shift_days(dt.date.fromisoformat(day), _PART_SHIFT[" ".join(low(m["rel"]).split())])
    return "TIME", shifted + part_suffix(m["part"]), "time"


_REPORT_DAY = re.compile(
    r"\b(?i:said|says|told\s+\w+|announced|reported|testified|added)\s+(?:(?i:on|late|early)\s+)?"
    r"(?:[A-Z][a-z]+\.?(?:\s+\d{1,2})?(?:,\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]+)$")
"""A day that dates a report ("officials said Tuesday", "the company said on March 3"): when it was told, not
the day the story tells."""


def _day_told(ctx: Context) -> bool:
    """Whether the day named last is one the story tells: not a report's day (``_REPORT_DAY``), and no year named
    after it ("Police said Friday that the boy vanished in June 2019. That week ...")."""
    end = ctx.last_day_end
    if _REPORT_DAY.search(ctx.text, max(0, end - 40), end) is not None:
        return False
    return not (ctx.last_year_end > end and ctx.last_year != int(ctx.last_day[:4]))


def _told_day(m: re.Match[str], ctx: Context) -> str | None:
    """The day a part of the day or "later in the day" belongs to: the day named last, if in the same sentence or
    the one before. Two sentences back, the day named last is as often a side one (a range's end, "from Friday
    evening to Saturday morning"; a plan ahead, "is to testify on Thursday") as the day told: of six dev events a
    helper judged with the reach of "that day" (two sentences), the two misdated took such a day."""
    return ctx.last_day if ctx.last_day and ctx.named_within(ctx.last_day_end, m.start("t"), sentences=1) else None


_MONTHS_COUNT = {"three": 3, "six": 6, "nine": 9, "twelve": 12, "3": 3, "6": 6, "9": 9, "12": 12}


@rule("period_a_year_back", reach=20, anchors={"quarter", "period", "months"},
      pattern=r"""(?P<t>(?i:last\s+year)['’](?i:s)\s+(?i:quarter|period)(?=\s*(?:[,.;:)!?\u2014]|$)|\s+(?:
        (?i:and|or|but|was|were|had|has|is|when|which|that|in|at|on|with|to|for|from|compared|included|includes)
        |(?i:rose|fell|results|earnings|loss|profit|net|sales|revenue))\b)
    |(?i:the)\s+(?:(?i:comparable|corresponding|same)\s+)?(?P<unit>(?i:quarter|period))\s+
        (?i:last\s+year|(?:a|one)\s+year\s+(?:ago|earlier|before))
    |(?i:the)\s+(?i:year-earlier|year-ago|prior-year)\s+
        (?P<n>(?i:three|six|nine|twelve|3|6|9|12))\s+(?i:months))(?![\w'’-])""",
      needs=(r"(?:year['’]s\s+(?:quarter|period)|(?:quarter|period)\s+(?:last|a|one)\s+year"
             r"|(?:earlier|ago|year)\s+\w+\s+months)"))
def period_a_year_back(m: re.Match[str], ctx: Context) -> Resolution | None:
    """A period and its comparison a year back as one mention, as financial news writes them: "last
    year's quarter", "the corresponding period last year", "the quarter a year ago" (the quarter under
    discussion a year back), "the year-earlier nine months" (a length). Apart, "the quarter" would be
    the last quarter reported and "a year ago" a second mention. With no quarter under discussion, a
    quarter a year back is the last completed one's (as "the quarter" alone is that one); a period is a
    month named earlier in its sentence a year back ("Sales in November rose from the same period last
    year"), else the year before. "Last year's quarter" only before a stop, a verb or a word of results
    ("last year's quarter finals" is none)."""
    if m["n"]:
        return "DURATION", f"P{_MONTHS_COUNT[low(m['n'])]}M", "duration"
    q = None if ctx.about_longer_period(m.start("t")) else ctx.recent_quarter(m.start("t"))
    if q is not None:
        return "DATE", f"{q[0] - 1:04d}-Q{q[1]}", "quarter"
    if "quarter" in low(m["t"]):
        return "DATE", shift_unit(ctx.dct, "quarter", -5)[0], "quarter"
    if ctx.last_month is not None and ctx.named_within(ctx.last_month_end, m.start("t"), sentences=0):
        return "DATE", f"{ctx.last_month[0] - 1:04d}-{ctx.last_month[1]:02d}", "month"
    return "DATE", shift_unit(ctx.dct, "year", -1)[0], "year"


@rule("year_adj", reach=12, anchors={"year", "yearend"},
      pattern=r"""(?<![\w-])(?P<t>(?i:year-end|year-earlier|year-ago|year-before|yearend|year\s+end|year['’]s\s+end|the\s+end\s+of\s+the\s+year))(?![\w-])""",
      needs=r"year(?:-|end|\s+end|['’]s)|end\s+of\s+the\s+year")  # regex time over TBAQ: 1.9 -> 1.2 ms
def year_adjective(m: re.Match[str], ctx: Context) -> Resolution | None:
    w = low(m["t"])
    if w in ("year-end", "yearend", "year end", "year's end", "year’s end", "the end of the year"):
        # TimeML: the year itself, with mod="END" (as "late November" is the month)
        if ctx.dct is None:
            return "DATE", "XXXX", "year"
        back = prev_word(ctx.text, m.start("t")) == "since"
        return "DATE", f"{ctx.dct.year - back:04d}", "year"
    q = None if ctx.about_longer_period(m.start("t")) else ctx.recent_quarter(m.start("t"))
    if q is not None:
        return "DATE", f"{q[0] - 1:04d}-Q{q[1]}", "quarter"
    return "DATE", shift_unit(ctx.dct, "year", -1)[0], "year"


@rule("midweek", reach=24, anchors={"midweek", "week"},
      pattern=r"""(?<![\w-])(?P<t>(?i:mid-?week))(?![\w-])
    (?=\s*(?:[.,;:!?)]|$)|\s+(?i:and|or|but|when|as|with|after|before|next|this|last|at|on)\b)""",
      needs=r"mid-?week")
def midweek(m: re.Match[str], ctx: Context) -> Resolution:
    """"by midweek", "rain until mid-week": the middle of a week (mod MID), the dct's; after its Wednesday the next
    one, unless told in the past; told in the past up to a Wednesday, the last one. Not a noun's modifier ("a midweek
    match", any week's)."""
    dct = ctx.dct
    if dct is None:
        return "DATE", "XXXX-WXX", "week"
    tense = ctx.tense(m.start("t"), m.end("t"), True)
    if tense == "past":
        shift = -1 if dct.isoweekday() <= 3 else 0
    else:
        shift = 1 if dct.isoweekday() >= 4 else 0
    return "DATE", fmt_week(dct + dt.timedelta(weeks=shift)), "week"
