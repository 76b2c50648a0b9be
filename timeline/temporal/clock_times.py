"""Clock times: "3 p.m.", "10:30 GMT", "noon", "9 a.m. Tuesday", "midnight Friday".

Why apart: a time carries its own day only sometimes ("on March 3",
"yesterday", a weekday); otherwise it is the dct's day.
"""
from __future__ import annotations

import re

from .matchtext import day_num, low, month_num, prev_word, ymd
from .normalize import month_year, shift_days, weekday_date
from .patterns import DAY, MONTH, WEEKDAY, WEEKDAYS, YEAR
from .rulebase import Context, Resolution, rule
from .weekdays import DEICTIC_OFFSETS, range_end
from .zones import ZONE


@rule("clock", anchors={"noon", "midnight"}, digits=True,
      pattern=rf"""(?<![\w$.:,])(?P<t>(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>(?i:a\.m\.?|p\.m\.?|am|pm))(?![\w])
      |(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?=\s*(?:{ZONE}|(?i:local|hours|h\b)))
      |(?<=[Aa]t\ )(?P<h24at>[01]?\d|2[0-3]):(?P<mi24at>[0-5]\d)(?![\d:])
        (?=\s*(?:[.,;!?)]|$)|\s+(?:on|in|local|today|tonight|yesterday|tomorrow|and|when|after|before|[A-Z]))
      |(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)(?=[\ \t]*(?:{ZONE}|(?i:local\s+time)))
      |(?P<noon>(?i:noon|midnight)))
    (?:\s+(?P<tz>{ZONE}|local\s+time))?
    (?:\s*\([^()\n]{{1,24}}\))?
    (?:(?:\s?,)?\s+(?:(?i:on)\s+)?(?:(?P<day>(?i:today|tonight|yesterday|tomorrow)|{WEEKDAY})
                              |(?P<mon>{MONTH})\s+(?P<md>{DAY})(?:(?:\s?,)?\s+(?P<my>{YEAR}))?))?)""")
def clock_time(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["noon"]:
        hh, mi = (12, 0) if m["noon"].lower() == "noon" else (0, 0)
    elif m["h24"] or m["h24at"]:
        # "10:30 GMT", "at 14:30" (a 24-hour clock after "at": a time, not a score or a ratio)
        hh, mi = int(m["h24"] or m["h24at"]), int(m["mi24"] or m["mi24at"])
    elif m["hhmm"]:
        hh, mi = int(m["hhmm"][:2]), int(m["hhmm"][2:])  # "0230 GMT", "1900 local time": wire copy's clock
    else:
        hh, mi = int(m["h"]) % 12, int(m["mi"] or 0)
        if m["ap"].lower().startswith("p"):
            hh += 12
    day_w = low(m["day"])
    if m["mon"]:
        month, mday = month_num(m["mon"]), day_num(m["md"])
        year = int(m["my"]) if m["my"] else month_year(
            ctx.dct, month, mday, ctx.tense(m.start("t"), m.end("t"), True))
        day = ymd(ctx.dct, year, month, mday)
    elif day_w in DEICTIC_OFFSETS:
        day = shift_days(ctx.dct, DEICTIC_OFFSETS[day_w])
    elif day_w:
        wd = WEEKDAYS[day_w.rstrip(".")]
        start = ctx.range_start(m.start("t"))
        if start is not None:
            day = range_end(start, wd)  # "from 3 p.m. Monday to 8 a.m. Tuesday"
        else:
            tense = ctx.tense(m.start("t"), m.end("t"))
            if prev_word(ctx.text, m.start("t")) in ("until", "till"):
                tense = "future"  # "until <clock> <weekday>": a deadline ahead
            day = weekday_date(ctx.dct, wd, tense)
        ctx.note_day(m.end("t"), day)
    else:
        # a time written right after a date is on that date; a bare one on the dct
        day = ctx.day_before(m.start("t")) or shift_days(ctx.dct, 0)
    return "TIME", f"{day}T{hh:02d}:{mi:02d}", "time"


@rule("noon_weekday", anchors={"noon", "midnight"},
      pattern=rf"""(?P<t>(?P<noon>(?i:noon|midnight))\s+(?P<wd>{WEEKDAY}))""")
def noon_weekday(m: re.Match[str], ctx: Context) -> Resolution | None:
    hh = 12 if m["noon"].lower() == "noon" else 0
    day = weekday_date(ctx.dct, WEEKDAYS[m["wd"].lower().rstrip(".")], ctx.tense(m.start(), m.end()))
    return "TIME", f"{day}T{hh:02d}:00", "time"
