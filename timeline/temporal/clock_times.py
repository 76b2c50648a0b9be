"""Clock times and marks of the day: "3 p.m.", "10:30 GMT", "noon", "9 a.m. Tuesday", "midnight Friday",
"at dawn on Friday", "the morning of Jan. 12".

Why apart: a time carries its own day only sometimes ("on March 3",
"yesterday", a weekday); otherwise it is the dct's day.
"""
from __future__ import annotations

import copy
import datetime as dt
import re

from .calendar_dates import RANGE_CLOSE_GAP, day_named_at, holiday, month_date
from .matchtext import day_num, low, month_num, part_suffix, prev_word, ymd
from .normalize import month_year, shift_days, weekday_date
from .patterns import DAY, MONTH, WEEKDAY, WEEKDAYS, YEAR
from .periods import SPORT_WORDS
from .relative_units import BEFORE_TOLD_PART, that_day
from .rulebase import Context, Resolution, rule
from .tense import scheduled_at
from .weekdays import DEICTIC_OFFSETS, modal_ahead, range_end, weekday
from .zones import ZONE


_MARKS = {"dawn": "MO", "daybreak": "MO", "midday": "MI", "dusk": "EV", "nightfall": "EV"}
"""Marks of the day and the part of the day (TimeML's) each falls in."""
_SPELLED_ZONE = r"(?:[A-Z][a-z]+\s+){1,3}[Tt]ime(?![\w-])"
"""A zone written out after a clock: "Eastern Time", "Eastern Standard Time", "London time", "New York City time"."""
_MONTH_LOOKBEHIND = "".join(rf"|(?<={name}\ )" for name in ("January", "February", "March", "April", "May", "June",
                                                           "July", "August", "September", "October", "November",
                                                           "December"))
"""Right after a month's name (a day and its month, "13 February 14:05"), as a lookbehind for each: Python's are of
fixed width."""
_DAY_TAIL = rf"""(?:(?P<day>(?i:today|tonight|yesterday|tomorrow|last\s+night)
      |{WEEKDAY}(?!,?\s+(?:{DAY}\s+(?:of\s+)?{MONTH}|{MONTH}\s+\d)))
    |(?:{WEEKDAY},?\s+)?(?P<mon>{MONTH})\s+(?P<md>{DAY})(?:(?:\s?,)?\s+(?P<my>{YEAR}))?"""
"""The day a time is on, written after it: "(5 p.m.) Friday", "(noon) tomorrow", "(9 a.m. on) March 3, 2024",
"(12:23 a.m. EDT,) Saturday Sept. 4, 2010". A weekday is no tail alone before its date ("Monday 10 September").
Its group is left open, for ``)`` or ``_DAY_FIRST`` to close."""
_DAY_FIRST = rf"""|(?:{WEEKDAY},?\s+)?(?P<md2>{DAY})\s+(?P<mon2>{MONTH})(?:\s+(?P<my2>{YEAR}))?)"""
"""Or the day before its month: "(after daybreak on) 13 January", "(at dawn on) Saturday 16 March". Not after a clock: a
clock before a date written day first stays apart from it ("at 7pm on 12 June"), and ``_day_after`` dates it."""


@rule("clock", anchors={"noon", "midnight"}, digits=True,
      pattern=rf"""(?<![\w$.:,])(?P<t>(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>(?i:a\.m\.?|p\.m\.?|am|pm))(?![\w])
      |(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?=\s*(?:{ZONE}|{_SPELLED_ZONE}|(?i:local|hours|h\b)))
      |(?P<h24dot>[01]?\d|2[0-3])\.(?P<mi24dot>[0-5]\d)(?=\s*(?:{ZONE}|(?i:local\s+time)))
      |(?:(?<=[Aa]t\ )|(?<=\d{{4}}\ )|(?<=\d{{4}},\ )|(?<=[Ff]rom\ )|(?<=[Bb]etween\ )|(?<=until\ )
         |(?<=\d\ and\ )|(?<=\d\ to\ )|(?<=day\ to\ )|(?<=[Bb]y\ )|(?<=around\ )|(?<=before\ )|(?<=after\ )
         |(?<=day\ )
         {_MONTH_LOOKBEHIND})(?P<h24at>[01]?\d|2[0-3]):(?P<mi24at>[0-5]\d)(?![\d:])
        (?=\s*(?:[.,;!?)|\u00b7\u2014]|$)
          |\s+(?:on|in|local|today|tonight|yesterday|tomorrow|and|to|until|when|after|before|[A-Z]|outside|near
             |inside|at|as|but|then|amid|while|with
          |this\s+(?:morning|afternoon|evening)))
      |(?:(?<=^)|(?<=\n)|(?<=At\ ))(?P<h24line>[01]?\d|2[0-3]):(?P<mi24line>[0-5]\d)
        (?=:?\s+[A-Za-z])(?!\s+(?i:[ap]\.?m)\b)
      |(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)(?=[\ \t]*(?:{ZONE}|(?i:local\s+time)))
      |(?<=[Aa]t\ )(?P<hhmm_hours>(?:[01]\d|2[0-3])[0-5]\d)\ (?i:hours)(?![\w-])(?!\s+of\b)
      |(?<=[Aa]t\ )(?P<hhmm_at>(?:[01]\d|2[0-3])[0-5]\d)(?![\w-]|[.,]\d)
        (?!\s+(?!(?:and|on|to|but|from|for|in|at|despite|after|before|as|while|with|today|tonight|tomorrow)\b)[a-z])
      |(?P<noon>(?i:noon|midnight))(?!\w)(?!\s+(?i:oil)\b))
    (?:\s+(?P<tz>{ZONE}|local\s+time|{_SPELLED_ZONE})|,\s+{_SPELLED_ZONE},(?=\s+(?i:on)\s))?
    (?:(?:\s?,)?\s+(?:(?i:on)\s+)?{_DAY_TAIL}))?)""")
def clock_time(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["hhmm_at"] and not _TIMETABLE_BEFORE.search(ctx.text, max(0, m.start("t") - 40), m.start("t")):
        return None  # four digits after "at" are a clock only in a timetable's words ("departs at 0915")
    date_before = ctx.day_before(m.start("t"))
    if m["h24at"] and date_before is None and _YEAR_BEFORE.search(ctx.text, max(0, m.start("t") - 6), m.start("t")):
        return None  # a 24-hour clock after a year that ends no date with a day: a score ("in 2018 21:19")
    if m["h24at"] and _NEAR_BEFORE.search(ctx.text, max(0, m.start("t") - 8), m.start("t")) and (
            _SCORE_BEFORE.search(ctx.text, max(0, m.start("t") - 48), m.start("t"))
            or SPORT_WORDS.search(ctx.sentence_around(m.start("t"), m.end("t")))):
        return None  # "Spain won the set by 21:19", "took the handball final by 22:19": a score
    if (m["h24at"] and int(m["mi24at"]) % 15 and m["mi24at"] not in ("01", "59")
            and _FRAME_BEFORE.search(ctx.text, max(0, m.start("t") - 8), m.start("t"))
            and not _ON_AFTER.match(ctx.text, m.end("h24at") + 3)):
        return None  # a schedule's clocks are on the quarter hour ("from 16:00 until 22:00"), a minute past or to
        # the hour ("from 00:01 until 23:59"), or on a day ("from 06:32 on Tuesday"); "from 10:10 to 15:10" is a
        # score
    hh, mi = _hour_minute(m, ctx)
    # a time written right after a date is on that date; a bare one on the dct (a day named earlier in its sentence
    # is as often another day's: "Asian shares fell on Wednesday after Wall Street's losses on Tuesday, with the
    # Nikkei down 1 percent at 0230 GMT", a maintainer's review found)
    day = (_tail_day(m, ctx) or date_before or _day_after(m, ctx) or _pair_day(m, hh, ctx) or _range_day(m, hh, ctx)
           or _second_of_pair(m, hh, ctx))
    if day is None:
        return "TIME", f"{shift_days(ctx.dct, 0)}T{hh:02d}:{mi:02d}", "time"
    ctx.last_clock = (m.end("t"), hh, day)
    return "TIME", f"{day}T{hh:02d}:{mi:02d}", "time"


_CLOCK_TO_CLOCK = re.compile(r"\s*(?:[-\u2013]|(?i:to|until|till|and))\s*")
"""Between the two clocks of a pair: "11:30 a.m. to 12:30 p.m.", "9am-5pm"."""


def _second_of_pair(m: re.Match[str], hour: int, ctx: Context) -> str | None:
    """The day of a clock right after another put on a named day ("Wednesday, July 17, 11:30 a.m. to 12:30 p.m."):
    that day, or the next when its hour is earlier ("10pm to 6am")."""
    if ctx.last_clock is None:
        return None
    end, first_hour, day = ctx.last_clock
    if _CLOCK_TO_CLOCK.fullmatch(ctx.text, end, m.start("t")) is None or day.startswith("X"):
        return None
    return day if hour >= first_hour else shift_days(dt.date.fromisoformat(day), 1)


def _hour_minute(m: re.Match[str], ctx: Context) -> tuple[int, int]:
    """A clock's hour (0 to 24) and minute."""
    if m["noon"]:
        hh, mi = (12, 0) if m["noon"].lower() == "noon" else _midnight(m, ctx)
    elif m["h24dot"]:
        hh, mi = int(m["h24dot"]), int(m["mi24dot"])  # "08.00 GMT": a British paper's clock
    elif m["h24"] or m["h24at"] or m["h24line"]:
        # "10:30 GMT", "at 14:30" (a 24-hour clock after "at", "from", "until", "by", a weekday, a month or a date's
        # year, "31 December 2019 23:55", "Tuesday 14:05": a time, not a score or a ratio); a live blog's entry
        # opening its line ("14:32: The Speaker rose"), or a sentence's "At 14:32 the minister rose"
        hh, mi = int(m["h24"] or m["h24at"] or m["h24line"]), int(m["mi24"] or m["mi24at"] or m["mi24line"])
    elif m["hhmm"] or m["hhmm_hours"] or m["hhmm_at"]:
        # "0230 GMT", "1900 local time": wire copy's clock; "at 0600 hours": a military statement's; "departs at 0915":
        # a timetable's
        hhmm = m["hhmm"] or m["hhmm_hours"] or m["hhmm_at"]
        hh, mi = int(hhmm[:2]), int(hhmm[2:])
    else:
        hh, mi = int(m["h"]) % 12, int(m["mi"] or 0)
        if m["ap"].lower().startswith("p"):
            hh += 12
    if (m["h24"] or m["h24at"] or m["h24line"]) and hh < 12 and (
            _EVENING_BEFORE.search(ctx.text, max(0, m.start("t") - 24), m.start("t"))
            or _LATER_PART_AFTER.match(ctx.text, m.end("t"))):
        hh += 12  # "The Rangers play tonight at 8:05 ET", "at 8:30 this evening": an evening's clock, written
        # without "p.m."
    return hh, mi


_YEAR_BEFORE = re.compile(r"\d{4},?\ $")
_SCORE_BEFORE = re.compile(r"\b(?i:won|beat|lost|led|trailed|drew|took|clinched|edged|set|game|match|final|score|points"
                           r"|victory|defeat|win)\b[^.;:!?\n]*$")
"""Words of a score earlier in a clause before "by 21:19": the pair is a score, no clock."""
_NEAR_BEFORE = re.compile(r"\b(?i:by|after|before|around)\ $")
_TIMETABLE_BEFORE = re.compile(r"\b(?i:departs?|departed|departing|leaves|leaving|arrives?|arrived|arriving|lands?"
                               r"|landed|landing|sails?|sailed|docks?|docked|due|scheduled|takes?\s+off|took\s+off"
                               r"|kicks?\s+off|kicked\s+off|kick-?off\s+(?:is|was)|starts?|started|begins?|began"
                               r"|resumes?|resumed|halted|suspended)"
                               r"(?:\s+(?:(?:in|at|from|for)\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+at\s+$")
"""A timetable's verb before "at" and four digits with no zone ("departs at 0915", "arrives in Calais at 1045")."""
_ON_AFTER = re.compile(r"\s+(?i:on)\s")
_FRAME_BEFORE = re.compile(r"\b(?i:from|between|until|and|to)\ $")
_EVENING_BEFORE = re.compile(r"\b(?i:tonight|this\s+evening)\b(?:\s+at)?\s+$")
"""Right before a clock written without "a.m." or "p.m." ("tonight at 8:05 ET"): an evening's, so its hour is p.m."""
_LATER_PART_AFTER = re.compile(r"\s+(?:this\s+(?:afternoon|evening)|at\s+night|in\s+the\s+(?:afternoon|evening))\b")
_ON_BEFORE_NAME = re.compile(
    r"\)?(?:\s*\([^()\n]{1,24}\))?(?:\s?,)?\s+(?i:on\s+)?"
    r"(?=[A-Z0-9]|(?i:th(?:e|at)\s+(?:next\s+|following\s+|same\s+)?day))")
"""Between a time and the day named after it: "on", a comma, or an aside in brackets ("7 p.m. London time (1800 GMT)
on Wednesday"; for the aside's own time, its closing bracket)."""


_STATE_UNTIL = re.compile(r"\b(?i:must|will|would|should|shall|may|might|could)\s+(?i:stay|remain|be)\s+(?:\w+\s+)?"
                          r"(?i:until|till)\s+$")
"""A state a modal keeps up to a clock ("Shops must stay closed until 06:00 on Monday"): ahead, past form or no."""
_PAIR_HEAD = re.compile(r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?i:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d\d|(?i:noon|midnight))"
                        r"\s*(?:[-\u2013]|(?i:and|to|until|till))\s*$")
"""The first time of a pair right before the second ("between [7am and ]10pm"): a schedule's verb stands before it."""


def _pair_day(m: re.Match[str], hour: int, ctx: Context) -> str | None:
    """The day written after the other end of a pair of times ("between 8pm and 9pm on Saturday", "from 10am until
    4pm on Sunday"): the pair's first time (at ``hour``) is on it too, or on the day before when its hour is later
    ("from 10pm to 6am on Sunday"). Only the other time's own day is read (not a pair after it), so a chain of times
    costs one look each."""
    gap = RANGE_CLOSE_GAP.match(ctx.text, m.end("t"))
    if gap is None:
        return None
    other = clock_time.regex.match(ctx.text, gap.end())
    if other is None or other.start("t") != gap.end():
        return None
    other_ctx = copy.copy(ctx)
    day = _tail_day(other, other_ctx) or _day_after(other, other_ctx)
    if day is None or hour <= _hour_minute(other, other_ctx)[0] or day.startswith("X"):
        return day
    return shift_days(dt.date.fromisoformat(day), -1)


def _range_day(m: re.Match[str], hour: int, ctx: Context) -> str | None:
    """The day of a time that ends a range opened on a time and its day ("from 11pm on Friday to 5am"): that day,
    or the next when its hour (``hour``) is earlier than the first time's."""
    start = ctx.range_start(m.start("t"))
    if start is None:
        return None
    first = None
    for opening in clock_time.regex.finditer(ctx.text, max(0, ctx.last_day_end - 48), ctx.last_day_end):
        if opening.end("t") == ctx.last_day_end:
            first = opening
    if first is not None and hour < _hour_minute(first, ctx)[0]:
        start += dt.timedelta(days=1)
    return start.isoformat()


def _day_after(m: re.Match[str], ctx: Context) -> str | None:
    """The day of a holiday, of a date written day first, of a day told by the one named last, or of a weekday after an
    aside in brackets, right after a time ("Kick-off is at 3pm on Boxing Day", "Doors open at 7pm on 12 June",
    "between 9pm on Friday and 2am the next day", "7 p.m. London time (1800 GMT) on Wednesday"), resolved on a copy
    of the context: the day is tagged, and noted, in its own turn. (A date written month first or a weekday right
    after the time joins the time's own match: ``_DAY_TAIL``.)"""
    gap = _ON_BEFORE_NAME.match(ctx.text, m.end("t"))
    day = None if gap is None else day_named_at(ctx, gap.end(), (holiday, month_date, that_day, weekday))
    return None if day is None else day.isoformat()


_OPENS_BEFORE = re.compile(r"\b(?i:from|since|(?:shortly|just|soon)\s+(?:after|past)|after|between|the\s+hours\s+of)"
                           r"(?:\s+(?:around|about))?\s+$")
"""Before "midnight", words that make it the start of a day: "shortly after midnight Sunday", "from midnight to
noon", "between the hours of midnight and six"."""
_STARTS_BEFORE = re.compile(r"\b(?i:effect|effective|begins?|began|starts?|started|starting|opens?|force)"
                            r"(?:\s+(?:at|around|about))?\s+$")
"""Words of starting before "midnight" and a day: "takes effect at midnight on Jan. 1" starts that day ("takes
effect at midnight", with no day, at the end of this one)."""


def _midnight(m: re.Match[str], ctx: Context) -> tuple[int, int]:
    """The hour and minute of "midnight": the end of its day, ISO 8601's 24:00 as TimeML writes it ("The truce
    ends at midnight Friday", "a deadline of midnight Friday": Friday's last moment, not its first); the day's
    start after a word that opens one (``_OPENS_BEFORE``), after a word of starting with a day written
    (``_STARTS_BEFORE``), on the first of a month ("legal tender at midnight on Jan. 1, 2002"), and with no day
    written in a clause told in the past."""
    start, groups = m.start("t"), m.groupdict()
    before = ctx.text[max(0, start - 40):start]
    day_written = groups.get("day") or groups.get("mon") or groups.get("wd")
    first_of_month = groups.get("md") is not None and day_num(groups["md"]) == 1
    if _OPENS_BEFORE.search(before) or first_of_month or (day_written and _STARTS_BEFORE.search(before)):
        return 0, 0
    if not day_written and ctx.tense(start, m.end("t")) == "past":
        return 0, 0  # "The bomb exploded at midnight": the night gone, the dct's first moment
    return 24, 0


def _tail_day(m: re.Match[str], ctx: Context) -> str | None:
    """The day written after a time or a part of the day (``_DAY_TAIL``: "on Friday", "tomorrow", "March 3,
    2024"), if one is; a weekday or a month's day is noted as the day named last."""
    day_w = low(m["day"])
    mon, md, my = m.group("mon", "md", "my") if m["mon"] or "mon2" not in m.re.groupindex else m.group(
        "mon2", "md2", "my2")
    if mon:
        month, mday = month_num(mon), day_num(md)
        year = int(my) if my else month_year(ctx.dct, month, mday, ctx.tense(m.start("t"), m.end("t"), True))
        day = ymd(ctx.dct, year, month, mday)
        ctx.note_day(m.end("t"), day)
        return day
    if day_w in DEICTIC_OFFSETS:
        return shift_days(ctx.dct, DEICTIC_OFFSETS[day_w])
    if day_w == "last night":
        return shift_days(ctx.dct, -1)  # "8 p.m. last night"
    if not day_w:
        return None
    wd = WEEKDAYS[day_w.rstrip(".")]
    start = ctx.range_start(m.start("t"))
    if start is not None:
        day = range_end(start, wd)  # "from 3 p.m. Monday to 8 a.m. Tuesday"
    else:
        tense = ctx.tense(m.start("t"), m.end("t"))
        head = _PAIR_HEAD.search(ctx.text, max(0, m.start("t") - 24), m.start("t"))
        until = prev_word(ctx.text, m.start("t")) in ("until", "till")
        state = until and _STATE_UNTIL.search(ctx.text, max(0, m.start("t") - 48), m.start("t")) is not None
        if (until and (tense != "past" or state)) or (tense != "past" and (
                scheduled_at(ctx.text, m.start("t") if head is None else head.start())
                or modal_ahead(ctx.text, m.start("t"), m.end("t")))):
            tense = "future"  # "until <clock> <weekday>": a deadline ahead (not "Fighting raged until nightfall on
            # Saturday"; but "must stay closed until 06:00 on Monday", a modal's state); "Voting begins at 7 a.m. on
            # Friday", "Voting takes place between 7am and 10pm on Thursday": a schedule
        day = weekday_date(ctx.dct, wd, tense)
    ctx.note_day(m.end("t"), day)
    return day


_NOUN_AFTER_MARK = re.compile(r"\s+(?!(?i:and|or|but|on|in|at|to|as|when|while|with|before|after|until|local|the|a|an"
                              r"|that|this|he|she|it|they|we|i|you|there)\b)(?![a-z]+(?:ing|ed|ly)\b)[a-z]{3,}\b")
"""A word after a mark of the day that makes the mark a modifier: "dawn raids", "midday prayers" (not "by nightfall
including a boy")."""
_NIGHT_BEFORE = re.compile(r"\b(?i:night|evening|overnight|tonight)\b")
_NIGHT_REACH = 40
"""How far before the day told a night may stand that makes the mark after it the next day's."""


@rule("day_mark", reach=32, anchors=set(_MARKS),
      pattern=rf"""(?P<t>(?P<mark>(?i:dawn|daybreak|dusk|nightfall|midday))(?![\w'’-])(?!\s+(?i:of)\b)
    (?:(?:\s?,)?\s+(?:(?i:on)\s+)?{_DAY_TAIL}{_DAY_FIRST})?)""")
def day_mark(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"at dawn on Friday", "by nightfall", "shortly after midday": that part of the day written after it, else of
    the day named before it in its sentence (a second review found a day told a sentence before wrong as often as
    right: "The quake struck on Tuesday evening. Rescue teams arrived at dawn").
    Only after a word that makes it a time ("at", "before", "until"...): "the dawn of a new era" is none, and
    with no day named, none ("Muslims fast from dawn to dusk")."""
    start, prev, part = m.start("t"), prev_word(ctx.text, m.start("t")), _MARKS[low(m["mark"])]
    if prev not in BEFORE_TOLD_PART or (m["mark"][0].isupper() and not m["mark"].isupper()):
        return None  # and a name in mid-sentence: "Reporting by Dawn Kopecki", "Writing in Dawn"
    day = _tail_day(m, ctx)
    if day is None:
        if (_NOUN_AFTER_MARK.match(ctx.text, m.end("t")) or ctx.tense(start, m.end("t")) == "present"
                or (prev in ("until", "till", "through") and part == "MO")):
            return None  # "after midday prayers on Friday" (the prayers' day, not told here), "bats emerge at dusk",
            # "On Friday rebels attacked, and fighting raged until dawn" (the next day's dawn, most likely)
        told = ctx.last_day_end
        if told < 0 or not ctx.named_within(told, start, sentences=0) or _NIGHT_BEFORE.search(
                ctx.text, max(0, told - _NIGHT_REACH), start):
            return None  # a day told in an earlier sentence, or a night by it ("searched through the night on
            # Monday and resumed at daybreak": Tuesday's), leaves the mark's day unsaid
        day = ctx.last_day
    return None if day is None or len(day) != 10 else ("TIME", f"{day}T{part}", "time")


NAMED_DAY_PART = (r"(?i:the)\s+(?:(?i:early|late)\s+)?"
                  r"(?P<part>(?i:morning|afternoon|evening|night)|(?i:early|small|wee)\s+(?i:hours))\s+(?i:of)\s+")
"""A part of the day before the day it is of: "the night of (April 19)", "the early hours of (Sunday)"."""


@rule("part_of_named_day", reach=40, anchors={"morning", "afternoon", "evening", "night", "hours"},
      pattern=rf"""(?<![\w-])(?P<t>{NAMED_DAY_PART}
    {_DAY_TAIL}{_DAY_FIRST})
    (?!(?:\s?,)?\s+(?:\d|{MONTH}))""",
      needs=r"(?:morning|afternoon|evening|night|hours)\s+of\s")
def part_of_named_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"the morning of Jan. 12", "the night of Sept. 14", "the early hours of Sunday": that part of the day named
    (the small hours in the morning), one mention as TimeML tags it. Not a weekday that a date follows ("the morning
    of Saturday 18 March 1967"): the month date rule reads the day whole."""
    day = _tail_day(m, ctx)
    part = low(m["part"])
    suffix = "TMO" if part.endswith("hours") else part_suffix(part)
    return None if day is None or len(day) != 10 else ("TIME", day + suffix, "time")  # not "the evening of June 31"


@rule("noon_weekday", anchors={"noon", "midnight"},
      pattern=rf"""(?P<t>(?P<noon>(?i:noon|midnight))\s+(?P<wd>{WEEKDAY}))""")
def noon_weekday(m: re.Match[str], ctx: Context) -> Resolution | None:
    hh, mi = (12, 0) if m["noon"].lower() == "noon" else _midnight(m, ctx)
    tense = ctx.tense(m.start(), m.end())
    if tense != "past" and scheduled_at(ctx.text, m.start("t")):
        tense = "future"  # "The truce ends at midnight Friday"
    day = weekday_date(ctx.dct, WEEKDAYS[m["wd"].lower().rstrip(".")], tense)
    return "TIME", f"{day}T{hh:02d}:{mi:02d}", "time"
