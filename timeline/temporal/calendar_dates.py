"""Dates named on the calendar: "2024-05-17", "5/17/2024", "May 17", "March 2024", "Christmas".

Why together: these mentions carry their own month (and often day and year);
only a missing year is filled in from the dct and the tense.  The month date
rule is the busiest of all, so its resolver reads all groups in one call.
"""
from __future__ import annotations

import copy
import datetime as dt
import re

from .holidays import HOLIDAY, HOLIDAYS
from .matchtext import day_num, low, month_num, prev_word, word_before_hedge, ymd
from .normalize import month_year, safe_date, two_digit_year
from .numbers import SPOKEN_YEAR, year_value
from .patterns import DAY, MONTH, MONTH_ABBREVIATIONS, MONTH_NAMES, MONTHS, PREMOD, SHORT_YEAR, WEEKDAY, YEAR
from .prefix_tree import trie
from .rulebase import Context, Resolution, Rule, rule
from .tense import SCHEDULE_CUES, schedule_after_aside, scheduled_before
from .zones import ZONE

MONTH_WORDS = frozenset(MONTHS)
# the last word of each holiday name ("... Day", "... Eve", "Easter", "Good Friday"; "New Year's": "year", not the "s"
# of every possessive, which made the rule's windows six times as many)
HOLIDAY_WORDS = frozenset(re.findall(r"[a-z]+", k.replace("'s", ""))[-1] for k in HOLIDAYS)


@rule("iso", digits=True,
      pattern=r"""(?<![\w/.-])(?P<t>(?P<y>1\d{3}|20\d{2}|21\d{2})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])
    (?:[T\s](?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?)(?![\w/-])""")
def iso_date(m: re.Match[str], ctx: Context) -> Resolution | None:
    d = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    if m["hh"]:
        return "TIME", f"{d.isoformat()}T{m['hh']}:{m['mi']}", "time"
    ctx.note_day(m.end("t"), d.isoformat())
    return "DATE", d.isoformat(), "day"


@rule("slash", digits=True,
      pattern=r"""(?<![\w/.$-])(?P<t>(?:(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])
        |(?P<d_first>1[3-9]|2\d|3[01])/(?P<m_second>0?[1-9]|1[0-2]))/(?P<y>(?:19|20)\d\d|\d\d)(?![\w/])
        |(?P<d_dot>0?[1-9]|[12]\d|3[01])\.(?P<m_dot>0?[1-9]|1[0-2])\.(?P<y_dot>(?:19|20)\d\d)(?!\w|\.\d))""")
def slash_date(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"3/14/2024" month first, as American copy writes it; "15/03/2024", a day no month can be, day first; and
    "15.03.2024", dotted, as European copy writes it, always day first (only with the year's four digits: "3.5.10"
    is as often a version's number)."""
    y = int(m["y"] or m["y_dot"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    d = safe_date(y, int(m["m"] or m["m_second"] or m["m_dot"]), int(m["d"] or m["d_first"] or m["d_dot"]))
    if d is None:
        return None
    if m["m"] and ctx.dct is not None and d > ctx.dct and safe_date(y, int(m["d"]), int(m["m"])) == ctx.dct:
        d = ctx.dct  # "Last updated: 12/03/2024" on 12 March: a stamp written day first, no day ahead of it
    ctx.note_day(m.end("t"), d.isoformat())
    return "DATE", d.isoformat(), "day"


_BARE_MONTH_WORDS = (
    "in", "In", "of", "since", "Since", "until", "Until", "till", "by", "By", "from", "From",
    "to", "through", "during", "During", "before", "Before", "after", "After", "between",
    "and", "or", "around", "throughout", "for", "For", "on", "into", "as", "that", "than",
    "each", "every", "past", "coming", "end", "beginning", "start", "middle", "the", "The", "a",
    # a headline in capitals ("TALKS TO RESUME IN JANUARY"); not "TO" nor "THE" ("VOWS TO MARCH", "THE MARCH ON")
    "IN", "SINCE", "UNTIL", "BY", "FROM", "THROUGH", "DURING", "BEFORE", "AFTER", "FOR", "ON",
    # a limit hedged ("closed until at least March"): not "at least" alone ("at least May has a plan")
    "until at least", "till at least", "through at least", "since at least")
# A bare month needs one of these words right before it, or a month and a comma: the month before it in a
# list of months ("inspections in February, March and April"; on the dev articles four events, each dated by
# the list's last month, lose that date, two judged, both misdated, none judged right; TBAQ's tags are the
# same, and "March 12 " a megabyte long takes 1.31 s as before).  Lookbehinds must be fixed-width, so the
# words are grouped by length: a handful of tests per position instead of one per word.
_NAME = trie(set(MONTH_NAMES))
_ABBREVIATED = rf"(?:{trie(set(MONTH_ABBREVIATIONS))})\."
_BARE_MONTH_CONTEXT = "(?:" + "|".join(
    [rf"(?<=\b{trie({w for w in _BARE_MONTH_WORDS if len(w) == n})}\s)"
     for n in sorted({len(w) for w in _BARE_MONTH_WORDS})]
    + [rf"(?<=\b{trie({w for w in MONTH_NAMES if len(w) == n})},\s)"
       for n in sorted({len(w) for w in MONTH_NAMES})]
    # a range of months, the second after a dash ("In January-May, exports rose", wire copy's habit)
    + [rf"(?<=\b{trie({w for w in MONTH_NAMES if len(w) == n})}[-\u2013])"
       for n in sorted({len(w) for w in MONTH_NAMES})]
    + [rf"(?<=\b{trie({w for w in MONTH_ABBREVIATIONS if len(w) == n})}\.[-\u2013])"
       for n in sorted({len(w) for w in MONTH_ABBREVIATIONS})]
    # ... and the first, before the dash and the second ("January-March exports fell", "Jan.-March")
    + [rf"(?=(?:{_NAME}|{_ABBREVIATED})[-\u2013](?:{_NAME}\b|{_ABBREVIATED}))"]
) + ")"


#: What a month date needs besides the month (see the conditional before ``mon``):
#: a day or year digit, a spoken year, a weekday, a premodifier, a relative word
#: or a context word before a bare month, or a month and a comma (a list of months) or a dash (a range of months).
#: Without any, "May May May" is skipped.
_MONTH_DATE_NEEDS = (r"\d|nineteen|eighteen|mon|tue|wed|thu|fri|sat|sun|early|earlier|late|mid"
                     r"|end|beginning|start|middle|last|this|next|past|coming"
                     rf"|\b{trie({w.lower() for w in _BARE_MONTH_WORDS})}\s"
                     rf"|\b{trie({w.lower() for w in MONTH_NAMES})}(?:,\s|[-\u2013])"
                     rf"|\b{trie({w.lower() for w in MONTH_ABBREVIATIONS})}\.[-\u2013]")


_FRONTING = r"(?:In|During|Through|Throughout)\s+(?P<year>1[5-9]\d\d|20\d\d),"
_FRONTED_YEAR = re.compile(r"(?:^|(?<=[.!?\n\"\u201d])\s*)" + _FRONTING + r"\s")
"""A year that opens its sentence, set off by a comma ("In 1918, there was a first wave of mild flu in
April."): it frames the whole sentence, so a month the sentence names without a year is of that year."""
_FRONTED_REACH = 200
"""How far back from a month name the opening of its sentence is looked for."""


_FRONTED_CUE = re.compile(_FRONTING)
"""What every fronted year has: looked for first, it spares finding the sentence's start before most months
(date-dense text named a month every 9 characters: 0.19 of the 1.12 s of tagging 270 KB of it went there)."""


def fronted_year(text: str, start: int) -> int | None:
    """The year that opens the sentence ``start`` is in (``_FRONTED_YEAR``), if one does."""
    lo = max(0, start - _FRONTED_REACH)
    if _FRONTED_CUE.search(text, lo, start) is None:
        return None
    stop = max(text.rfind(c, lo, start) for c in ".!?\n")
    head = _FRONTED_YEAR.match(text, stop + 1 if stop >= 0 else lo)
    if head is None or (stop < 0 and lo > 0):
        return None
    return int(head["year"])


_CHRONOLOGY_HEAD = re.compile(r"(?:\s*[/-]\s*\d{1,2})?\s+[-\u2013\u2014:]\s")
"""After a day that heads a line: a dash or a colon ("April 30 - ...", "May 11/12 - ...")."""
_LINE_START = re.compile(r"(?:^|\n|[.!?][\"'\u201d\u2019)]?\s)\s*$")
"""Before it: the start of the text, of a line or of a sentence."""
_SINCE_THE = re.compile(r"\b(?i:since)\s+(?i:the|an?|its|their)\s+$")
"""Before a day: "since the April 20 explosion" names a day gone, whatever the tense of the clause."""
_ATTACKS_AFTER = re.compile(r"\s+(?i:(?:terrorist\s+|terror\s+)?(?:attacks?|hijackings?)|Commission)\b")
_ATTACKS_BEFORE = re.compile(r"(?i:\battacks?\s+(?:of|on)\s+)$")
"""Beside September 11 without a year, what makes it the day of the attacks of 2001, as
"Christmas" names a day: "the Sept. 11 attacks", "the attacks of Sept. 11", "the September 11
Commission" (a bare "Sept. 11 board meeting" is the nearest one)."""


_OF_THAT_YEAR = r"(?i:of\s+(?:that|the\s+same)\s+year)(?![\w'\u2019-])"
"""After a month: the year the text named last ("The outbreak began in 2003. By June of that year ...")."""


_DATE_YEAR = YEAR + r"(?![ \t]*" + ZONE + ")"
"""A month date's year, but not four digits before a time zone: "19 JANUARY, 1815 GMT" is a diary's day
and its clock, not 19 January 1815 (the clock rule reads "1815 GMT" on that day)."""


_UNREAD_YEAR = re.compile(r"(?:\s?,)?\s+(?:[03-9]\d{3}|2[2-9]\d\d)(?![\d%]|[.,:/-]\d)")
"""After a month or a month's day: four digits that would be its year but are no year the tagger reads (outside
1000-2199: "3 January 2999", "May 2200"). The date is that year's, not the publication year's: no date at all."""


_STATE_UNTIL = re.compile(r"\b(?i:is|are|remains?|stays?|continues)\s+"
                          r"(?:[\w-]+\s+){0,3}?(?i:until|till)\s+$")
"""A state told in the present up to a limit: "is valid until", "remains in effect until", "continues to serve
until". Not "through": "The Jets
are 3-1 through September", "Figures run through November" end with a period already over; nor a span that runs or
lasts ("The survey, which runs until February, shows ...", said in March: the one just over)."""
_LATE_READING_DAYS = 31


def _state_limit(text: str, start: int, dct: dt.date | None, month: int, day: int | None) -> int | None:
    """The year of a month or a month's day that bounds a state told in the present (``_STATE_UNTIL``: "The ban
    remains in effect until February", "The offer is valid until Jan. 15", said in March): the first such not before
    the dct, however far ahead; but no year decided here for a day a few weeks gone (``_LATE_READING_DAYS``)."""
    if dct is None or prev_word(text, start) not in ("until", "till") or _STATE_UNTIL.search(
            text, max(0, start - 60), start) is None:
        return None
    if (month, day or 31) >= (dct.month, dct.day):
        return dct.year
    this = safe_date(dct.year, month, day) if day is not None else None
    # a day a few weeks gone is a story read late ("is in recess until Jan. 20", dated Jan. 25), not next year's
    return None if this is not None and (dct - this).days <= _LATE_READING_DAYS else dct.year + 1


RANGE_WORDS = ("to", "and", "through", "thru", "until", "till")
"""The words between a range's first day and its last ("April 8 to 10")."""
_DAY_NUMBER = r"(?:3[01]|[12]\d|0?[1-9])"
"""A day of the month written as a bare number."""
_RANGE_GAP = rf"\s?[-\u2013]\s?|\s+(?:{'|'.join(RANGE_WORDS)})\s+"
"""Between a range's first day and its last: a dash or a range word ("Dec. 3-5", "Sept. 15 - 19", "April 8 to 10")."""
_RANGE_THEN_YEAR = re.compile(rf"(?:{_RANGE_GAP}){_DAY_NUMBER}"
                              r"(?:st|nd|rd|th)?(?:\s?,)?\s+(?P<y>(?:1[6-9]|20)\d\d)(?!\d)")
"""After a month's day, a range's last day and the year of both ("Sept. 15 - 19, 2008", "Oct. 9 and 10, 2024")."""


_SCORE_BEFORE_US_DATE = (rf"(?<=[0-9][-\u2013])\d{{1,2}}\s+{MONTH}\s+\d{{1,2}}"
                         r"(?![\d:.,]\d|\d|\s*%|\s+(?:per\s*cent|percent|people|[a-z]+s)\b)")
"""A score's second number before a month and its day ("The court ruled 5-4 June 28", "beat Boston 5-4 June 28"):
no day written first, so the month takes the day after it; not a count after the month, which leaves the range
and its last day as they are ("a poll taken 5-7 June 12 per cent backed", "Over 3-4 July 20 people were killed")."""


NAMED_EVENT_AFTER = re.compile(
    r"\s+(?i:agreement|accord|massacre|uprising|rising|bushfires|inquiry|programme|film|movie|episode)\b")
"""After a day's name, a noun that makes both a name of a lasting thing, an event long past or a title ("the Good
Friday Agreement", "the Black Friday bushfires of 1939", "the Bloody Sunday inquiry", "the Today programme"). Not of
an event named by its day that news tells while it is recent ("the Christmas Day attack")."""
_EXPIRED_AFTER = re.compile(r"\s+\w+(?:\s+\w+)?\s+(?i:expired|settled|matured|rolled\s+off)\b")
"""After a contract's month, what tells it is gone: "The February futures expired last week"."""
_DELIVERY_AFTER = re.compile(r"\s+(?i:delivery|settlement|expiry|contracts?|futures|options)\b")
_HOLIDAY_WEEKDAY_HEAD = "".join(sorted({
    rf"(?<!{name.rsplit(' ', 1)[0].title()}\s)" for name in HOLIDAYS
    if name.rsplit(" ", 1)[-1] in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")}))
"""Before a date's weekday, the head of a holiday that ends in it ("Ash Wednesday, March 6"): the holiday's."""


@rule("month_date", reach=40, anchors=MONTH_WORDS,
      pattern=rf"""(?P<t>(?:{_HOLIDAY_WEEKDAY_HEAD}(?P<wd>{WEEKDAY})(?:\s?,)?\s+)?(?:(?P<pre>{PREMOD})[\s-]+)?
    (?:(?=(?i:[ltnpc]))(?P<rel>(?i:last|this|next|past|coming))\s+)?
    (?:(?:(?i:the)\s+)?(?!{_SCORE_BEFORE_US_DATE})(?P<d2>{DAY})(?:\s+(?i:of))?\s+)?
    (?=[JFMASOND])(?(pre)|(?(rel)|(?(wd)|(?(d2)|(?:(?=[A-Za-z]+\.?(?:\s?,)?\s+(?:of\s+)?(?:\d|(?i:nineteen|eighteen)\b)|[A-Za-z]+\s+{_OF_THAT_YEAR})|{_BARE_MONTH_CONTEXT})))))
    (?P<mon>{MONTH})
    (?(d2)(?:(?:\s?,)?\s+(?P<y2>{_DATE_YEAR}))?
         |(?:\s+(?P<d1>{DAY})(?:(?:\s?,\s*|\s+)(?P<y1>{_DATE_YEAR}))?|(?:\s?,\s*|\s+(?i:of\s+)?)(?P<y3>{_DATE_YEAR}|{SPOKEN_YEAR}|{SHORT_YEAR})|\s+(?P<ya>{_OF_THAT_YEAR}))?)
    (?:\s+(?P<yrel>(?i:last|this|next))\s+(?i:year))?)(?!\w)""", needs=_MONTH_DATE_NEEDS)
def month_date(m: re.Match[str], ctx: Context) -> Resolution | None:
    text, dct = ctx.text, ctx.dct
    if (ahead := ctx.ahead) is not None and ahead[:2] == m.span("t"):
        vars(ctx).update(vars(ahead[3]))  # resolved ahead by the range's first month: its context after it
        ctx.ahead = None
        return ahead[2]
    # one call for all groups: this resolver runs once per date on date-dense text
    wd, pre, rel_s, d2, mon_s, d1, y1, y2, y3, yrel, ya = m.group(
        "wd", "pre", "rel", "d2", "mon", "d1", "y1", "y2", "y3", "yrel", "ya")
    t_start, t_end = m.span("t")
    month = month_num(mon_s)
    day_s = d1 or d2
    day = day_num(day_s) if day_s else None
    year_s = y1 or y2 or y3
    if not (day_s or year_s or pre or rel_s or yrel or wd or ya):
        # a bare month name after a preposition: guard proper names ("in June Carter's")
        after = text[t_end:t_end + 2]
        if after[:1] == " " and after[1:].isupper() and mon_s.lower() in ("may", "june", "april",
                                                                          "august"):
            return None
    if day is not None and day > 31:
        return None
    if not (year_s or ya or yrel) and _UNREAD_YEAR.match(text, t_end):
        return None
    if year_s:
        year: int | None = two_digit_year(int(year_s[1:]), dct) if year_s[0] in "'\u2019" else year_value(year_s)
        if year is None:
            return None
        ctx.note_year(year, t_end)
    elif day is not None and (ranged := _RANGE_THEN_YEAR.match(text, t_end)) is not None:
        year = int(ranged["y"])  # "Sept. 15 - 19, 2008": the range's year is its first day's
        ctx.note_year(year, t_end)
    elif day is None and not (rel_s or pre or wd) and text[t_end:t_end + 1] in ("-", "\u2013") and (
            second := _range_end_year(text, t_end + 1, month, ctx)) is not None:
        year = second  # "January-March exports fell", "August-September 2008": the range's months in one span
    elif ya:
        if ctx.last_year is None:
            return None  # "June of that year" with no year named before it: no year to give it
        year = ctx.last_year
    elif yrel:
        shift = {"last": -1, "this": 0, "next": 1}[low(yrel)]
        year = dct.year + shift if dct else None
    elif month == 9 and day == 11 and not (pre or rel_s or wd) and (
            _ATTACKS_AFTER.match(text, t_end) or _ATTACKS_BEFORE.search(text, max(0, t_start - 16), t_start)):
        year = 2001
    elif not (rel_s or pre or wd) and (opened := range_opened(ctx, t_start, day is None)) is not None:
        year = opened[0] + ((month, day or 0) < opened[1:])  # a range's end is on or after its start
    elif day is None and not (rel_s or pre or wd) and _DELIVERY_AFTER.match(text, t_end):
        # "futures for March delivery": a contract's month, the first not before the dct's month whatever the tense of
        # the trade ("Cocoa for May delivery fell", said in June, is next May's: May's contract has expired); but a
        # contract told as expired a month gone ("The February futures expired last week")
        year = (month_year(dct, month, None, "future") if _EXPIRED_AFTER.match(text, t_end)
                else None if dct is None else dct.year + (month < dct.month))
    elif not (rel_s or wd) and (framed := fronted_year(text, t_start)) is not None:
        year = framed  # "In 1918, there was a first wave of mild flu in April."
    elif not (rel_s or pre or wd) and (limit := _state_limit(text, t_start, dct, month, day)) is not None:
        year = limit
    elif not ctx.tense_decides(lambda t: month_year(dct, month, day, t, low(rel_s))):
        year = month_year(dct, month, day, "present", low(rel_s))
    else:
        rel = low(rel_s)
        tense = ctx.tense(t_start, t_end, True)
        # the words before a range's first day, when the range is written day first ("runs 3-5 December")
        first = _DAY_FIRST_BEFORE.search(text, max(0, t_start - 16), t_start) if d2 else None
        at = t_start if first is None else first.start()
        pw = word_before_hedge(text, at)
        if pw in ("until", "till", "by", "through") and dct is not None and (
                month - dct.month) % 12 <= 6 and not (tense == "past" and pre and "end" in pre.lower()):
            # "until mid-November", "through January": a limit not far ahead; but what a past
            # sentence says was done "by the end of May" was done by then
            tense = "future"
        elif (pw == "since" or _SINCE_THE.search(text, max(0, t_start - 12), t_start) is not None
              or text[max(0, t_start - 5):t_start].lower().endswith(("pre-", "post-"))
              or (day is not None and _CHRONOLOGY_HEAD.match(text, t_end)
                  and _LINE_START.search(text, max(0, t_start - 4), t_start))):
            # "since April", "since the April 20 explosion", "its pre-April 20 state", a chronology's line
            # "April 30 - BP says it will pay ...": a day gone (a chronology tells what happened, in the
            # historical present)
            tense = "past"
        elif (pw in SCHEDULE_CUES and (day is not None or pw != "from") and scheduled_before(text, at)
              and (tense != "past" or schedule_after_aside(text, at))):
            # "Talks resume in October", "Parliament reconvenes Jan. 5": a schedule told in the present. Not when
            # a past verb governs the clause: "Her ordeal begins in March, when she lost her job" tells a story
            tense = "future"
        year = month_year(dct, month, day, tense, rel)
    value = ymd(dct, year, month, day)
    if year is not None:
        ctx.last_month = (year, month)
        ctx.last_month_end = t_end
    if day is not None and len(value) == 10:
        ctx.note_day(t_end, value)
        return "DATE", value, "day"
    return "DATE", value, "month"


_RANGE_OPENED = re.compile(r"\b(?i:from|between)\s+(?:[A-Z][a-z]+day,?\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?"
                           r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+\.?)(?:,?\s+\d{4})?$")
"""A range's first day after "from" or "between", month first or day first ("from June 11", "between 25 November",
"from Friday 22 September")."""
_MONTHS_OPENED = re.compile(r"\b(?i:from|between)\s+[A-Z][a-z]+\.?(?:,?\s+\d{4})?$")
"""A range's first month after "from" or "between" ("from October", "from October 2009")."""
RANGE_CLOSE_GAP = re.compile(r"\s*[-\u2013]\s*|\s+(?i:to|through|until|till|and)\s+")
"""Between the two ends of a range: a dash or a word of one ("June 11 to July 11", "between 8pm and 9pm")."""


def range_opened(ctx: Context, start: int, months: bool) -> tuple[int, int, int] | None:
    """The year, month and day (0 for a month) that open a range whose end, a month's day (or with ``months`` a month),
    is the mention at ``start``: "from June 11 to [July 11]" (said in March, both this year), "between Nov. 25 and
    [Dec. 23]", "from October through [January]" (the January after that October); also a weekday's
    (``weekdays.weekday``)."""
    end = ctx.last_month_end if months else ctx.last_day_end
    if end < 0 or start - end > 10 or RANGE_CLOSE_GAP.fullmatch(ctx.text, end, start) is None:
        return None
    if (_MONTHS_OPENED if months else _RANGE_OPENED).search(ctx.text, max(0, end - 48), end) is None:
        return None
    if months:
        return None if ctx.last_month is None else (ctx.last_month[0], ctx.last_month[1], 0)
    first = dt.date.fromisoformat(ctx.last_day)
    return first.year, first.month, first.day


def _range_end_year(text: str, start: int, month: int, ctx: Context) -> int | None:
    """The year of a range's first month, from its second written at ``start`` ("January-March", "Nov.-February
    2009"): the second's year, or the one before when the range runs over a new year; None with no month there."""
    second = month_date.regex.match(text, start)
    if second is None or second.start("t") != start or second["d1"] or second["d2"]:
        return None
    got = _resolved_ahead(second, ctx)
    if got is None or got[2] != "month":
        return None
    return int(got[1][:4]) - (month > month_num(second["mon"]))


def _resolved_ahead(m: re.Match[str], ctx: Context) -> Resolution | None:
    """The month date ``m``, a range's other end after the mention being resolved, resolved ahead of its turn on a
    copy of the context, so that the context keeps only the mention's own effects; the copy after it is kept for
    its turn (``Context.ahead``), where ``month_date`` takes it rather than resolving it again."""
    trial = copy.copy(ctx)
    got = month_date.resolve(m, trial)
    if got is None or len(got) != 3:
        return None
    trial.ahead = None
    resolution: Resolution = (got[0], got[1], got[2])
    ctx.ahead = (m.start("t"), m.end("t"), resolution, trial)
    return resolution


_DAY_RANGE_GAP = re.compile(rf"{_RANGE_GAP}|,\s")
"""Between a range's first day, written with its month, and its last, written bare: "Dec. 3-5", "April 8 to 10",
"Oct. 9 and 10"; or between two days of a list ("on Jan. 5, 12 and 19")."""
_LIST_REST = rf"(?:,\s{_DAY_NUMBER})*(?:,?\s+(?:and|or)\s+{_DAY_NUMBER})?(?![\w%]|[.,:]\d)"
"""After a day of a list, its other members: days after commas, the last after "and" or "or"."""
_LIST_RUNS_TO_END = re.compile(_LIST_REST + r"\s*(?:[.,;:!?)\u2014]|--|$)")
"""After a day of a list ("Jan. 5, 12 and 19") or a pair ("Oct. 9 and 10"), the rest of the list up to a stop or a
comma: every member must be a day ("On Feb. 2, 3 and 4 hostages were freed", "Seven were killed on Oct. 3 and 12
in Baghdad", "arrested 20 on May 1 and 15 at a second rally": counts, a maintainer's review found)."""
_LIST_MEMBER_BEFORE = re.compile(rf",\s{_DAY_NUMBER}(?:st|nd|rd|th)?$")
_LIST_THEN_CLAUSE = re.compile(
    _LIST_REST + r"\s+(?:in|at|from|with|while|as|for|when|during|because|after|before|amid|despite|until|due)\b")
"""In a list of three days or more (a comma between two of them), the rest of the list up to a preposition or a
conjunction of the clause, not only a stop: "Candidates debated on Oct. 3, 10 and 17 in Boston", "Schools closed on
Jan. 5, 6 and 7 because of snow" (maintainers' reviews). A pair stays
as strict ("Seven were killed on Oct. 3 and 12 in Baghdad": a count)."""
_BETWEEN_DAY = re.compile(r"\b(?i:between)\s+[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?$")
"""Before "and" and a day, "between" and a month's day: a range whatever follows ("Between Aug. 1 and 15 in Basra,
40 people were killed"), no count."""
_DAY_LAST = re.compile(r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?$")
"""How a range's first day ends: its day's number ("Dec. 3"), not a year ("Feb. 1, 2011 - 14:00 ET") nor a name."""
_AFTER_DAY_RANGE = (r"(?=\s*(?:[.,;:!?)\u2014\u2013]|--|$)|\s+(?i:and|but|or|to|in|at|from|with|while|as|so|this"
                    r"|next|last|for|when|during|because|after|before|amid|despite|until|due|respectively|inclusive"
                    r"|it|he|she|they|we|there)\b)")
"""What may follow a range's last day: a stop, or a word that is no noun it counts ("talks on April 8 to 10 in
Washington"; not "up on March 3 and 10 percent on the year" nor "Dec. 3 and 10 people"), nor "on" or "by" that
date a count ("Seven were killed on Oct. 3 and 12 on Oct. 5"); or a pronoun, the subject of a clause the date opens
("on the 17th it closed at a record")."""
_AFTER_DAY_RANGE_RE = re.compile(_AFTER_DAY_RANGE)


def _joins_last_day(text: str, end: int, start: int, after: int) -> bool:
    """Whether the gap ``text[end:start]`` joins a day ending at ``end`` to the day at ``start`` (ending at
    ``after``) in one range or list: a dash or a range word; or a comma or "and" with the list run to a stop
    (``_LIST_RUNS_TO_END``), a pair after "between" (``_BETWEEN_DAY``), or a list of three or more run to a
    preposition of its clause (``_LIST_THEN_CLAUSE``)."""
    gap = text[end:start]
    if _DAY_RANGE_GAP.fullmatch(gap) is None:
        return False
    listed = "," in gap or gap.strip() == "and"
    return not listed or bool(
        _LIST_RUNS_TO_END.match(text, after)
        or (gap.strip() == "and" and _BETWEEN_DAY.search(text, max(0, end - 24), end))
        or (("," in gap or _LIST_MEMBER_BEFORE.search(text, max(0, end - 8), end))
            and _LIST_THEN_CLAUSE.match(text, after)))


@rule("day_range_end", reach=16, digits=True,
      pattern=r"(?:" + "|".join(rf"(?<=[0-9]\s{w}\s)" for w in RANGE_WORDS)
              + r"|(?<=[0-9][-\u2013])|(?<=[0-9]\s[-\u2013]\s)|(?<=[0-9],\s))"
              rf"(?P<t>{_DAY_NUMBER}(?:st|nd|rd|th)?)(?![\w%]|[.,:]\d)" + _AFTER_DAY_RANGE)
def day_range_end(m: re.Match[str], ctx: Context) -> Resolution | None:
    """The last day of a range of days whose first is written with its month ("The festival runs Dec. 3-5",
    "talks on April 8 to 10"): that month's day, after the first (the issue on unseen news asks ranges as two
    dates, as TimeML tags them). Only right after a month's day the tagger read (not "on Friday and 10 others")."""
    end, start = ctx.last_day_end, m.start("t")
    if end < 0 or _DAY_LAST.search(ctx.text, max(0, end - 5), end) is None:
        return None
    if not _joins_last_day(ctx.text, end, start, m.end("t")):
        return None
    first = dt.date.fromisoformat(ctx.last_day)
    day = safe_date(first.year, first.month, day_num(m["t"]))
    if day is None or day <= first:
        return None
    ctx.note_day(m.end("t"), day.isoformat())
    return "DATE", day.isoformat(), "day"


_DAY_FIRST_GAP = r"(?:\s?[-\u2013]\s?|\s+(?:to|through|till|until|and)\s+)"
"""Between the first day of a range written day first and its last ("3-5 December", "28 to 30 October")."""


_DAY_FIRST_BEFORE = re.compile(rf"(?<![\w.,-]){_DAY_NUMBER}(?:st|nd|rd|th)?{_DAY_FIRST_GAP}$")
"""Before a day written first, the first day of its range ("3-" in "3-5 December")."""


_NO_RANGE_AFTER = frozenset({"aged", "ages", "age", "at"})
"""Before a day-first range's first number, words that make the numbers ages or a rate, no days."""


@rule("day_first_range_start", reach=8, anchors=MONTH_WORDS,
      pattern=rf"""(?<![.,$\u00a3\u20ac/\u2013-])(?P<t>{_DAY_NUMBER}(?:st|nd|rd|th)?)
    (?=(?:{_DAY_FIRST_GAP}|(?:,\s{_DAY_NUMBER}(?:st|nd|rd|th)?)+,?\s+(?:and|or)\s+)
    (?P<last>{_DAY_NUMBER}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH})(?!\s+{_DAY_NUMBER}(?![\d:])|\s+[A-Z][a-z]))""")
def day_first_range_start(m: re.Match[str], ctx: Context) -> Resolution | None:
    """The first day of a range or a pair of days written day first, its month after its last ("The exhibition
    runs 3-5 December", "talks on 3 and 4 December 2008", "strikes on 3, 5 and 7 March"): the last day's month and
    year. Not where a day follows
    the month, whose number the month is read with ("won 1-3 December 5"), nor a name after it ("May Day", "21-23 May
    Street"), nor after a word that makes the numbers ages or a rate ("children aged 8 to 12 June through August")."""
    if prev_word(ctx.text, m.start("t")) in _NO_RANGE_AFTER:
        return None
    last = month_date.regex.match(ctx.text, m.start("last"))
    if last is None or last.start("t") != m.start("last"):
        return None
    got = _resolved_ahead(last, ctx)
    if got is None or got[2] != "day":
        return None
    end = dt.date.fromisoformat(got[1])
    first = safe_date(end.year, end.month, day_num(m["t"]))
    if first is None or first >= end:
        return None
    ctx.note_day(m.end("t"), first.isoformat())
    return "DATE", first.isoformat(), "day"


_ORDINAL_DAY_AFTER_WORDS = ("on", "by", "from", "since", "until", "till", "after", "before", "through")
_ORDINAL_DAY_BEFORE = "(?:" + "|".join(
    rf"(?<=\b(?i:{trie({w for w in _ORDINAL_DAY_AFTER_WORDS if len(w) == n})})\s)"
    for n in sorted({len(w) for w in _ORDINAL_DAY_AFTER_WORDS})) + ")"
"""Before "the 17th" as a day: a preposition of time ("on the 17th", "until the 5th")."""
_SEQUENCE_WORDS = frozenset(
    "hole holes birdie birdied birdies bogey bogeyed bogeys par eagle eagled eagles fairway fairways tee putt putts "
    "lap laps inning innings round rounds floor floors stage stages street avenue avenues minute minutes "
    "century centuries place places position positions seed seeds grade grades battalion battalions division "
    "divisions brigade brigades regiment regiments fleet fleets district districts ward wards amendment amendments "
    "anniversary anniversaries overtook overtake overtakes race".split())
"""Words of a sequence that is no month's days, near an ordinal: a golf course's holes ("birdied on the 17th"), a
race's laps, a building's floors, centuries, ranks, units, districts (not "streets": "thousands were in the streets"
on a day). Looked up word by word: a pattern of them all
took 3.8 s over a megabyte of "In May, on the 5th, "."""
_WORD_RE = re.compile(r"[a-z]+")
_SEQUENCE_REACH = 100
_RANK_WORDS = frozenset("team teams poll polls ranking rankings ranked standings table league chart charts spot "
                        "seed seeded".split())
"""Before "from the 2nd to the 9th", words of a ranking: the ordinals are ranks ("the team has slipped from the 2nd to
the 9th", "Ohio State fell from the 2nd to the 5th in the AP poll"), not days ("the yen climbed from the 3rd to the
10th")."""
_PRONOUN_AFTER = re.compile(r"\s+(?i:it|he|she|they|we)\b")
_SECOND_ORDINAL = re.compile(r"\s+(?:and|to|or|through|-)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)(?!\w)")
"""A second ordinal after the first ("from the 12th to the 15th century"): what follows it is what both count."""


@rule("ordinal_day", reach=20, digits=True,
      pattern=_ORDINAL_DAY_BEFORE + rf"(?P<t>(?i:the)\s+(?P<d>{_DAY_NUMBER})(?:st|nd|rd|th))(?![\w'’-])"
              + _AFTER_DAY_RANGE)
def ordinal_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """A day of the month written alone, after a month named in its sentence or the one before ("Protests began on
    January 25. On the 28th, crowds grew"): that month's day. With no month named, no day: "Woods found the water on
    the 18th", "Vettel overtook Button on the 31st" and "The board meets on the 28th" look alike (a maintainer's
    review found a bare ordinal more often a hole, a lap or a rank than a day), and a day whose tense contradicts
    it ("Sales rose in October; the report is due on the 17th", said in November) is none either. What may follow
    is as for a range's last day, and a noun after a second ordinal counts: "from the 12th to the 15th century"."""
    start, end = m.start("t"), m.end("t")
    text = ctx.text
    if ctx.last_month is None or not ctx.named_within(ctx.last_month_end, start, sentences=1) or (
            ctx.last_day_end != ctx.last_month_end and ctx.in_aside(ctx.last_month_end, start)):
        return None  # a bare month in an aside ("Woods, who won the Masters in April, found the water on the 18th")
    before = _WORD_RE.findall(text[max(0, start - _SEQUENCE_REACH):start].lower())
    if not (_SEQUENCE_WORDS.isdisjoint(before) and _SEQUENCE_WORDS.isdisjoint(
            _WORD_RE.findall(text[start:end + 40].lower()))):
        return None
    if (second := _SECOND_ORDINAL.match(text, end)) is not None and (
            not _AFTER_DAY_RANGE_RE.match(text, second.end()) or not _RANK_WORDS.isdisjoint(before)):
        return None  # "from the 12th to the 15th century"; "the team slipped from the 2nd to the 9th": a rank's move
    if prev_word(text, start) == "from" and _PRONOUN_AFTER.match(text, end):
        return None  # "dropped from the 4th he had held": a rank's
    year, month = ctx.last_month
    day = safe_date(year, month, int(m["d"]))
    if day is None:
        return None
    if ctx.dct is not None and day != ctx.dct and (
            ctx.tense(start, end, True) == ("past" if day > ctx.dct else "future")):
        return None
    ctx.note_day(end, day.isoformat())
    return "DATE", day.isoformat(), "day"


_QUALIFIED_NEW_YEAR = re.compile(r"\b(?i:chinese|lunar|jewish|islamic|muslim|hijri|persian|iranian|hindu|sikh|"
                                 r"tibetan|vietnamese|korean|thai|khmer|lao|bengali|tamil|ethiopian|orthodox|"
                                 r"coptic|julian)\s+(?:\S+\s+)?$")
"""Before "New Year", another calendar's name ("Chinese New Year", "the lunar New Year holiday", "Jewish New
Year"): not January 1."""
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_NOT_A_NOUN = frozenset("for in at on to and or is was will falls fell when with as".split())
"""After a bare "New Year's", the words that leave it a day; any other word is of the noun it qualifies ("New Year's
resolutions", "a New Year's party"): no day."""
_IN_YEAR_AFTER = re.compile(rf"\s+in\s+({YEAR})(?![\w-])")
"""After a holiday, "in" and a year: the holiday of that year ("Thanksgiving in 1991")."""
_HOLIDAY_AS_SUBJECT = re.compile(r"\s+(?:falls|fell|is|was|comes|came|lands|landed|will|would)\b")
"""After a holiday, a verb it is the subject of: "since" before it is a cause ("Since Christmas falls on a Sunday
this year"), not a start."""


@rule("holiday", reach=16, anchors=HOLIDAY_WORDS,
      pattern=rf"""(?<![\w-])(?P<t>(?:(?P<rel>(?i:last|this|next))\s+)?(?P<h>(?i:{HOLIDAY}))(?![\w'’-])(?:(?:\s?,|\s+of)?\s+(?P<y>{YEAR}))?(?P<we>\s+(?i:weekend)(?![\w-])(?(y)|(?:\s?,?\s+(?P<y2>{YEAR}))?))?)""",
      needs=HOLIDAY)
def holiday(m: re.Match[str], ctx: Context) -> Resolution | None:
    name = re.sub(r"\s+", " ", m["h"].lower().replace("’", "'"))
    fn = HOLIDAYS.get(name) or HOLIDAYS.get(name.replace("s day", "'s day"))
    if fn is None or not any(c.isupper() for c in m["h"]):  # proper nouns: "Christmas"
        return None
    if not m["y"] and not m["we"] and NAMED_EVENT_AFTER.match(ctx.text, m.end("t")):
        return None  # a name: "the Good Friday Agreement", "the Black Friday bushfires of 1939"
    if name in ("new year", "new year's") and _QUALIFIED_NEW_YEAR.search(
            ctx.text, max(0, m.start("t") - 24), m.start("t")):
        return None  # "Chinese New Year", "the lunar New Year holiday": another calendar's
    if name == "new year's" and not m["y"] and not m["we"] and (
            after := _WORD_AFTER.match(ctx.text, m.end("t"))) is not None and after[1] not in _NOT_A_NOUN:
        return None  # "New Year's resolutions"
    dct = ctx.dct
    year_s = m["y"] or m["y2"]
    if not year_s and not m["rel"] and (told := _IN_YEAR_AFTER.match(ctx.text, m.end("t"))) is not None:
        year_s = told[1]  # "the day before Thanksgiving in 1991": that year's (the year is tagged on its own)
    if year_s:  # "Christmas 2009", "Easter weekend 2009"
        named = fn(int(year_s))
        return ("DATE", _weekend_of(named), "weekend") if m["we"] else ("DATE", named.isoformat(), "day")
    if dct is None:
        if m["we"]:
            return "DATE", "XXXX-WXX-WE", "weekend"
        d0 = fn(2000)
        return "DATE", f"XXXX-{d0.month:02d}-{d0.day:02d}", "day"
    rel = low(m["rel"])
    this = fn(dct.year)
    if rel == "last":
        d = this if this < dct else fn(dct.year - 1)
    elif rel == "next":
        d = this if this > dct else fn(dct.year + 1)
    elif rel == "this":
        d = this
    elif (prev_word(ctx.text, m.start("t")) == "since" or _SINCE_THE.search(
            ctx.text, max(0, m.start("t") - 12), m.start("t"))) and not _HOLIDAY_AS_SUBJECT.match(ctx.text, m.end("t")):
        d = this if this <= dct else fn(dct.year - 1)  # "since Christmas", "since the New Year": the one gone
    else:
        # the year a month and day take by the tense (``month_year``): a holiday a few days back is this
        # year's even in a sentence about the future ("declines in hotel occupancy over Memorial Day",
        # three days on, beside a "will be"), one a few days ahead even in a past one ("the gathering
        # conflicted with Thanksgiving plans")
        d = fn(month_year(dct, this.month, this.day, ctx.tense(m.start("t"), m.end("t"), True)) or dct.year)
    if m["we"]:
        return "DATE", _weekend_of(d), "weekend"  # "Memorial Day weekend", "this Father's Day weekend"
    ctx.note_day(m.end("t"), d.isoformat())
    return "DATE", d.isoformat(), "day"


def _weekend_of(day: dt.date) -> str:
    """The weekend a holiday names with "weekend" after it: the one nearest the day (Memorial Day's, a Monday, is
    the weekend before it; Thanksgiving's, a Thursday, the one after; Easter's, a Sunday, its own)."""
    saturday = day + dt.timedelta(days=(5 - day.weekday()) % 7)
    if (saturday - day).days > 3:
        saturday -= dt.timedelta(days=7)
    year, week, _ = saturday.isocalendar()
    return f"{year:04d}-W{week:02d}-WE"


def day_named_at(ctx: Context, pos: int, named_by: tuple[Rule, ...] = ()) -> dt.date | None:
    """The day a holiday or a month's day (or only the rules ``named_by``) written at ``pos`` names ("Christmas",
    "Nov. 2"), resolved on a copy of the context: the mention is tagged, and noted, in its own turn."""
    for named_rule in named_by or (holiday, month_date):
        named = named_rule.regex.match(ctx.text, pos)
        if named is not None and named.start("t") == pos:
            got = named_rule.resolve(named, copy.copy(ctx))
            if got is not None and got[0] == "DATE" and len(got[1]) == 10:
                return dt.date.fromisoformat(got[1])
    return None
