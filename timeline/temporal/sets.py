"""Sets (recurring times): "daily", "every week", "twice a year", "each
spring", "every Monday", "Tuesday mornings".

Why together: all resolve to a TIMEX3 SET value, a period ("P1W") or a
recurring calendar slot ("XXXX-WXX-1").
"""
from __future__ import annotations

import re

from .durations import rate_before
from .matchtext import low, month_num, part_suffix
from .patterns import MONTH, PART, PART_OF_DAY, SEASON, SEASONS, WEEKDAY, WEEKDAY_PLURAL, WEEKDAYS
from .rulebase import Context, Resolution, rule
from .weekdays import WEEKDAY_WORDS

SET_ANCHORS = frozenset({"daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly",
                         "biweekly", "semiannually", "semi", "biannually", "every", "each",
                         "per", "once", "twice", "times"})


@rule("weekday_set", reach=16, anchors=WEEKDAY_WORDS,
      pattern=rf"""(?P<t>(?:(?i:every|each)\s+(?P<wd>{WEEKDAY})(?:\s+(?P<part>{PART}))?)
    |(?P<wdp>{WEEKDAY_PLURAL})(?:\s+(?P<partp>(?i:mornings|afternoons|evenings|nights)))?
    |(?P<wd2>{WEEKDAY})\s+(?P<partp2>(?i:mornings|afternoons|evenings|nights))(?!\w))""",
      needs=r"every|each|days|mornings|afternoons|evenings|nights")
def weekday_set(m: re.Match[str], ctx: Context) -> Resolution | None:
    w = (m["wd"] or m["wdp"] or m["wd2"] or "").lower().rstrip(".")
    w = w[:-1] if w.endswith("days") else w
    wd = WEEKDAYS[w]
    plural = m["partp"] or m["partp2"]
    part = m["part"] or (plural[:-1] if plural else None)
    return "SET", f"XXXX-WXX-{wd}" + part_suffix(part), "set"


_SET_WORDS = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
    "quarterly": "P3M", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
    "semiannually": "P6M", "semi-annually": "P6M", "biannually": "P6M",
}
_SET_UNIT = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P3M",
             "hour": "PT1H", "minute": "PT1M", "night": "P1D", "morning": "P1D",
             "evening": "P1D", "afternoon": "P1D", "decade": "P10Y", "weekend": "P1W", "fortnight": "P2W"}


@rule("set", reach=24, anchors=SET_ANCHORS,
      pattern=rf"""(?<![\w-])(?P<t>(?:(?i:once|twice|three\s+times|four\s+times|several\s+times|\d+\s+times)\s+)?
    (?P<w>(?i:daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|semi-?annually|biannually))
    |(?:(?P<freq>(?i:once|twice|three\s+times|four\s+times|several\s+times|\d+\s+times))\s+)?(?P<q>(?i:every|each|per|a|an))\s+(?:(?P<other>(?i:other|single))\s+)?
    (?P<u>(?i:day|week|month|year|quarter|hour|minute|night|morning|evening|afternoon|decade|weekend|fortnight))
    |(?P<s>(?i:every|each))\s+(?:(?P<season>{SEASON})|(?P<month>{MONTH})))(?![\w'’-])""")
def frequency(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["w"]:
        w = low(m["w"]).replace("semi-", "semi")
        return "SET", _SET_WORDS.get(w, "P1Y"), "set"
    if m["month"]:
        return "SET", f"XXXX-{month_num(m['month']):02d}", "set"
    if m["season"]:
        return "SET", f"XXXX-{SEASONS[m['season'].lower()]}", "set"
    q = low(m["q"])
    if q in ("a", "an") and not m["freq"]:
        return None  # "a day" is a duration unless a frequency precedes (handled in duration)
    if q == "per" and not m["freq"] and rate_before(ctx.text, m.start("t"), m.end("t")):
        return None  # "60 miles per hour": a rate's denominator, as "60 miles an hour" (durations.rate_before)
    u = low(m["u"])
    v = _SET_UNIT[u]
    if m["other"] and low(m["other"]) == "other":
        v = v.replace("1", "2")
    if u in ("morning", "evening", "afternoon", "night"):
        v = "XXXX-XX-XXT" + PART_OF_DAY[u]
    return "SET", v, "set"
