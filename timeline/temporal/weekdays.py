"""Days counted from the dct: weekday names ("Friday", "last Tuesday") and
deictic days ("today", "yesterday afternoon", "tonight", "last night").

Why together: both resolve to a day near the dct, chosen by the modifier
("last", "next") or else by the tense of the clause around the mention.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .calendar_dates import NAMED_EVENT_AFTER, range_opened
from .matchtext import low, name_follows, part_suffix, prev_word, word_before_hedge
from .normalize import Tense, shift_days, weekday_date
from .patterns import PART, TIME_OPENERS, WEEKDAY, WEEKDAYS
from .prefix_tree import trie
from .rulebase import SENTENCE_END_RE, Context, Resolution, rule
from .tense import NOT_PAST_ED, PAST_WORDS, SCHEDULE_CUES, due_to_a_cause, scheduled_before

WEEKDAY_WORDS = frozenset(WEEKDAYS) | {w + "s" for w in WEEKDAYS if len(w) > 4}
DEICTIC_WORDS = frozenset({"today", "yesterday", "tomorrow", "tonight",
                           "morning", "afternoon", "evening", "night", "overnight"})


_WEEKDAY_REL = {"this past": "last", "past": "last", "this coming": "next", "coming": "next"}


_UNTIL_BEFORE = re.compile(r"(?i:until|till)\s+(?:(?i:at\s+least)\s+)?$")
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:^|[.;:!?\"\u201c\u201d,\n(])\s*$")
_DENIED_BEFORE = re.compile(r"\b(?i:didn't|did\s+not|had\s+not|hadn't|wasn't|was\s+not|weren't|were\s+not|never)\b"
                            r"(?:(?!\b(?i:would|will|could|should|might|may|whether|if|that|to)\b)[^.;!?\n])*$")
"""A denial before "until", with no modal or clause opener between ("did not say whether the road would stay closed
until Monday" denies the saying, not the day: a maintainer's review)."""


def _limit_told_past(text: str, start: int) -> bool:
    """Whether "until" before the weekday at ``start`` opens its clause ("Until Sunday, it was hard to see ...",
    "killing 11 workers, until Thursday the well defied all plans"), follows a denial ("I didn't hear of it until
    Friday night") or a past verb of a happening (``_lasted_until``): in a clause told in the past, a day gone.
    Elsewhere a past form may be a participle of a state that lasts ("has been closed until Monday"), and "until"
    keeps the day ahead."""
    until = _UNTIL_BEFORE.search(text, max(0, start - 24), start)
    if until is None:
        return False
    at = until.start()
    return bool(_CLAUSE_OPENS_BEFORE.search(text, max(0, at - 4), at)
                or _DENIED_BEFORE.search(text, max(0, at - 80), at)
                or _lasted_until(text, at))


_STATE_BEFORE = frozenset("""is are was were be been being has have had remain remains remained stay stays stayed will
    would could should may might must to get gets got keep keeps kept""".split())
"""Before a past form, words that make it a participle of a state that may last ahead ("has been closed until
Monday", "will remain shut until Friday"), not a verb of a happening told in the past."""
_TWO_WORDS_BEFORE = re.compile(r"(\w+)\s+(\w+)\s+$")


def _lasted_until(text: str, at: int) -> bool:
    """Whether a past verb, no participle of a state, stands right before "until" at ``at`` ("The strike lasted until
    Thursday", "Fighting continued until late Friday", a third review's): what lasted is over."""
    words = _TWO_WORDS_BEFORE.search(text, max(0, at - 40), at)
    if words is None:
        return False
    before, verb = words[1].lower(), words[2].lower()
    past = (verb.endswith("ed") and verb not in NOT_PAST_ED) or verb in PAST_WORDS
    return past and before not in _STATE_BEFORE


_INDEFINITE_BEFORE = re.compile(r"\b(?i:an?)\s+$")
_NO_NOUN_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?i:in|of|and|or|but|when|that|this|last|next|like)\b")
"""After a weekday, what leaves it no noun's modifier: a stop, or a word that is no noun ("on a Tuesday in May")."""
_SPAN_AFTER = re.compile(r"\s+(?i:of|in|before|after)\s")
_KIND_NOUN_AFTER = re.compile(r"\s+(?i:service|timetable|schedule|shift|roster|edition)\b")
_RUN_BEFORE = re.compile(r"\b(?i:run|runs|running|ran|operate|operates|operating|on|publish|publishes)\s+an?\s+$")
"""A kind of day's timetable or edition run or published: "Trains will run a Sunday service on Friday" (some Sunday's
kind); "They held a Sunday service for the victims" is that Sunday's."""


@lru_cache(maxsize=256)
def _weekday_num(s: str) -> int:
    return WEEKDAYS[s.lower().rstrip(".")]


@rule("weekday", reach=20, anchors=WEEKDAY_WORDS,
      pattern=rf"""(?P<t>(?:(?=(?i:[el]))(?P<pre>(?i:early|late))\s+)?
    (?:(?=(?i:[ltncp]))(?P<rel>(?i:last|this\s+past|this\s+coming|this|next|coming|past
      |the\s+previous|the\s+preceding|the\s+prior|the\s+following|the\s+next))\s+)?
    (?P<wd>{WEEKDAY})(?:(?:\s?,)?\s+(?=(?i:[maeno]))(?P<part>{PART})(?!\w)
      |\s+(?P<after>week|fortnight|last)(?!\s+(?:after|in|on|by)\s+(?:week|fortnight)\b)
        (?=\s*(?:[.,;:!?)\u2014]|$)|\s+(?:and|but|when|at|in|for|after|before|to|that)\b))?)""")
def weekday(m: re.Match[str], ctx: Context) -> Resolution | None:
    wd_s, rel_s = m.group("wd", "rel")
    wd = _weekday_num(wd_s)
    rel = low(rel_s)
    rel = _WEEKDAY_REL.get(rel, rel)
    t_start, t_end = m.span("t")
    if not rel and not m["pre"] and (_EPITHET_BEFORE.search(ctx.text, max(0, t_start - 8), t_start)
                                     or NAMED_EVENT_AFTER.match(ctx.text, t_end)):
        return None  # a name: "Black Tuesday", "Bloody Sunday", "the Bloody Sunday inquiry"
    if rel == "last" and prev_word(ctx.text, t_start) == "the" and _SPAN_AFTER.match(ctx.text, t_end):
        return None  # "the last Sunday of the season", "the last Monday before the vote": a span's end, no day gone
    if m["after"] and (rel or prev_word(ctx.text, t_start).lower() in _EACH):
        return None  # "next Monday week": no reading; "each Monday week after week": a set's (``sets``)
    if m["after"] in ("week", "fortnight"):  # "Monday week": a week after the coming Monday (British)
        ahead = weekday_date(ctx.dct, wd, "future")
        if ahead.startswith("X"):
            return "DATE", ahead, "day"
        value = shift_days(dt.date.fromisoformat(ahead), 7 if m["after"] == "week" else 14)
        ctx.note_day(t_end, value)  # a clock after it is on it: "on Monday week at 10am"
        return "DATE", value, "day"
    if m["after"] == "last":
        rel = "last"  # "on Tuesday last": last Tuesday (Irish and Indian English)
    elif not rel and ctx.dct is not None and (week := _WEEK_AFTER.match(ctx.text, t_end)) is not None:
        # "on Tuesday last week", "Friday next week": that weekday of the week named right after it (a Sunday
        # paper's last week is the one it closes, as ``relative_units._week_shift`` reads "last week")
        shift = _WEEK_SHIFT[week["w"].lower()]
        monday = ctx.dct - dt.timedelta(days=ctx.dct.weekday() - 7 * (0 if shift < 0 and ctx.dct.isoweekday() == 7
                                                                     else shift))
        value = (monday + dt.timedelta(days=wd - 1)).isoformat()
        ctx.note_day(t_end, value)
        return ("TIME", value + part_suffix(m["part"]), "time") if m["part"] else ("DATE", value, "day")
    if (m["part"] and m["part"][0].isupper() and not wd_s.isupper() and name_follows(ctx.text, t_end)
            and not _in_title_case_line(ctx.text, t_start)):
        # a name: "Saturday Night Live", "Tuesday Morning Corp.". Not "the Sunday Times", which dates what it
        # reports: "The Sunday Times reported that ..." in a Monday paper, judged right, is the Sunday's report
        return None
    if (not rel and not m["pre"] and _INDEFINITE_BEFORE.search(ctx.text, max(0, t_start - 8), t_start)
            and (_NO_NOUN_AFTER.match(ctx.text, t_end) or (
                _KIND_NOUN_AFTER.match(ctx.text, t_end)
                and _RUN_BEFORE.search(ctx.text, max(0, t_start - 24), t_start)))):
        # "It happened on a Tuesday", "It is a Tuesday in October 1987": some Tuesday, none the text can tell (but
        # "at a Tuesday news conference" is that Tuesday's)
        some_day = f"XXXX-WXX-{wd}"
        return ("TIME", some_day + part_suffix(m["part"]), "time") if m["part"] else ("DATE", some_day, "day")
    if not tense_decides(ctx.dct, wd, rel):
        return _resolved(m, ctx, wd, rel, "present", t_start, t_end)
    tense = ctx.tense(t_start, t_end, before_first=True)
    pw = word_before_hedge(ctx.text, t_start)
    possessive = ctx.text.startswith(("'s", "\u2019s"), t_end)
    if (pw in ("until", "till", "through", "for") and not possessive and not (
            pw in ("until", "till") and tense == "past" and _limit_told_past(ctx.text, t_start))) or (
            not rel and pw in SCHEDULE_CUES and not (possessive and pw != "on")
            and scheduled_before(ctx.text, t_start, tense == "past")) or (
            not rel and pw in ("of", "to", "for", "on", "the") and _AHEAD_OF_BEFORE.search(
                ctx.text, max(0, t_start - 48), t_start) is not None
            and (possessive or pw in ("on", "the")) and not _TOLD_DONE.search(ctx.sentence_around(t_start, t_end))):
        # "until <weekday>", "through Sunday": a limit ahead (not "until Wednesday's reshuffle", a day's event that
        # the clause's tense places; nor a limit a past clause opens on, denies or ends, "Until Sunday, it was hard
        # to see", "He had not read the plan until Friday", "The strike lasted until Friday"); "a march for
        # Tuesday": set for it; "The trial begins Monday", "School reopens on Monday": a schedule told in the present;
        # "ahead of Friday's deadline", "in the run-up to the vote on Sunday": what is awaited, whatever the main verb
        tense = "future"
    elif (pw == "since" or (not rel and "due" in ctx.text[max(0, t_start - 60):t_start].lower()
                            and _WAS_DUE.search(ctx.text, max(0, t_start - 60), t_start))
          or ("week" in ctx.text[max(0, t_start - 80):t_start].lower()
              and _WEEK_BACK.search(ctx.text, max(0, t_start - 80), t_start))):
        # "since Friday"; "the test was due to begin on Tuesday, but ...": the plan's day is gone; "One week
        # ago, ... emerged from Friday prayers": the week back
        return _resolved(m, ctx, wd, rel, "past", t_start, t_end, nearest=False)
    elif (tense == "present" and not rel and pw != "the" and "ing" in ctx.text[max(0, t_start - 60):t_start]
          and _PROGRESSIVE.search(ctx.text, max(0, t_start - 60), t_start)):
        tense = "future"  # "A federal judicial panel is meeting Thursday in Boise": an arrangement, ahead
    elif tense != "future" and not rel and not (
            pw == "from" and _OFFSET_FROM.search(ctx.text, max(0, t_start - 24), t_start)) and (
            modal_ahead(ctx.text, t_start, t_end) or _subject_of_modal(ctx.text, t_start, t_end)
            or (pw == "by" and _fronted_by_ahead(ctx.text, t_start, t_end))):
        tense = "future"  # "BP would carry out tests on Tuesday", "should be there by Sunday", "winds over
        # Sunday could push the oil"
    elif (tense == "future" and not rel and _ACT_BEFORE.search(ctx.text, max(0, t_start - 40), t_start)
          and _THAT_OR_TO.match(ctx.text, t_end)
          and not _AHEAD_BEFORE.search(ctx.text, max(0, t_start - 80), t_start)):
        tense = "past"  # "BP's announcement on Wednesday that it will pay": the act's day, not what it promised
    return _resolved(m, ctx, wd, rel, tense, t_start, t_end)


_AHEAD_OF_BEFORE = re.compile(
    r"\b(?i:ahead\s+of|in\s+the\s+(?:run|lead)[-\s]up\s+to|in\s+preparation\s+for)\s+"
    r"(?:(?i:the|a)\s+[a-z]+(?:\s+[a-z]+)?\s+on\s+|(?i:the)\s+)?$")
"""A frame of what is awaited before a weekday's possessive, "the <event> on" a weekday or "the <weekday> <event>"
("ahead of Friday's deadline", "in the run-up to the vote on Sunday", "ahead of the Friday deadline")."""
_TOLD_DONE = re.compile(r"\b(?i:had\s+(?:\w+ly\s+)?\w+(?:ed|en)|passed|expired|ended|won|lost|came\s+and\s+went"
                        r"|was\s+held|were\s+held|took\s+place)\b")
"""In the sentence of an awaited day, what tells it is over, a pluperfect or the awaited thing done: "Ahead of Friday's
deadline, the two sides had exchanged offers", "the run-up to Sunday's election, which the ruling party won" (an
outside review)."""
_EACH = frozenset({"each", "every", "other", "any", "a", "per"})
_WEEK_AFTER = re.compile(r",?\s+(?P<w>(?i:last|next|this))\s+week(?![\w'’-])")
_WEEK_SHIFT = {"last": -1, "this": 0, "next": 1}


def _in_title_case_line(text: str, start: int) -> bool:
    """Whether two of the (up to three) words before ``start`` on its line are capitalised: a headline in title
    case ("Storm Hits Florida Sunday Night Leaving Thousands Without Power"), where every word is."""
    words = text[max(0, start - 40):start].split("\n")[-1].split()[-3:]
    return sum(w[:1].isupper() for w in words) >= 2


_OFFSET_FROM = re.compile(r"\b(?i:days?|weeks?|months?|years?)\s+from\s+$")
"""A length counted from the weekday ("must deliver a report six months from Monday"): the weekday is the count's
start, which the modal ahead of the length does not place."""


def tense_decides(dct: dt.date | None, wd: int, rel: str) -> bool:
    """Whether the tense of its clause changes the day a weekday is (``weekday_date``): not for "Friday"
    in a Friday paper, nor for "last Monday" or "next Monday", where the guess is skipped.

    ``Context.tense_decides`` written out: on a megabyte of weekdays its three trial values cost more
    than the guesses it spared."""
    return dct is not None and rel not in ("next", "last") and (bool(rel) or wd != dct.isoweekday())


def _resolved(m: re.Match[str], ctx: Context, wd: int, rel: str, tense: Tense,
              t_start: int, t_end: int, nearest: bool = True) -> Resolution | None:
    """The weekday's value, once the tense of its clause is known (or known not to matter); ``nearest``:
    see ``weekday_date``."""
    if rel in ("the following", "the next"):
        # after the day named shortly before ("The company was sold on March 3, 2009. The following Monday, ..."):
        # the first such weekday after it; with none named, the next one
        if ctx.last_day and ctx.named_within(ctx.last_day_end, t_start):
            day = range_end(dt.date.fromisoformat(ctx.last_day), wd)
            ctx.note_day(t_end, day)
            return ("TIME", day + part_suffix(m["part"]), "time") if m["part"] else ("DATE", day, "day")
        rel = "next"
    if rel in ("the previous", "the preceding", "the prior"):
        # the one before the (just mentioned) latest such day
        if ctx.dct is None:
            return "DATE", f"XXXX-WXX-{wd}", "day"
        latest = weekday_date(ctx.dct, wd, "past", nearest=False)
        if latest.startswith("X"):
            return None  # out of the calendar's range
        return "DATE", shift_days(dt.date.fromisoformat(latest), -7), "day"
    start = None if rel else (ctx.range_start(t_start) or _pair_start(ctx, t_start))
    value = weekday_date(ctx.dct, wd, tense, rel, nearest) if start is None else range_end(start, wd)
    if start is None and not rel and not value.startswith("X"):
        opened = range_opened(ctx, t_start, False)
        if opened is not None and value < (first := dt.date(*opened)).isoformat():
            value = range_end(first, wd)  # a range opened on a date ends on or after it: "from Friday 22 September
            # until Monday morning", said on the Monday before, is the Monday after that Friday
    ctx.note_day(t_end, value)
    if m["part"] and not value.startswith("X"):  # "Wednesday night": that day's part, a TIME
        return "TIME", value + part_suffix(m["part"]), "time"
    return "DATE", value, "day"


_PAIR_BEFORE = re.compile(rf"{WEEKDAY}(?:\s+{PART})?\s+(?:and|or)\s+$")


def _pair_start(ctx: Context, start: int) -> dt.date | None:
    """The day of the weekday paired right before the one at ``start`` when that day lies ahead ("beginning Monday or
    [Tuesday]", "hearings on Tuesday and [Thursday]"): the second is the first such day after it, as a range's end
    is. A pair told in the past is read day by day: "statements made Friday and Thursday" goes back."""
    end = ctx.last_day_end
    if (end < 0 or start - end > 6 or ctx.last_day is None or ctx.last_day.startswith("X") or ctx.dct is None
            or ctx.last_day <= ctx.dct.isoformat()):
        return None
    pair = _PAIR_BEFORE.search(ctx.text, max(0, end - 24), start)
    return None if pair is None or pair.end() != start else dt.date.fromisoformat(ctx.last_day)


def range_end(start: dt.date, wd: int) -> str:
    """The weekday ``wd`` that ends a range opened on ``start``: the first one after it."""
    return (start + dt.timedelta(days=(wd - start.isoweekday()) % 7 or 7)).isoformat()


_MODALS = ("would", "should", "will", "shall", "may", "might", "could", "due", "must")
_PLANS = ("expected", "set", "scheduled", "planning", "plans?", "going", "preparing", "prepares", "needs?", "has",
          "have")
"""Words that put a plan ahead with "to" after them ("is expected to order on Thursday")."""
_MODAL_RE = re.compile(rf"\b(?:{'|'.join(_MODALS)}|(?:{'|'.join(_PLANS)})\s+to)\b", re.I)
_MODAL_CUES = (*_MODALS, "to")
"""A piece of text every ``_MODAL_RE`` match holds, lower-cased: where none is, the pattern is not run.
Text dense with weekdays ("Monday Tuesday ...", a megabyte of them) ran it over the 80 characters
before each weekday: a third of its time (2.99 to 2.04 s CPU for the megabyte, medians of 3, two
alternating runs each; the same tags)."""
_PAST_VERBS = PAST_WORDS - {"ago", "last", "earlier", "yesterday", "didn't"}
"""Irregular past forms ("flew", "struck"): after a modal, one opens a clause of its own ("insisted that
Obama would not travel to the region, the president flew into New Orleans Sunday")."""
_MODAL_BREAK_RE = re.compile(
    r"[.;!?\n\"\u201c\u201d]|(?<=\w)'(?=\s)"  # a quotation's marks: a modal inside one governs nothing outside
    r"|\b(?:that|which|who|whom|said|says|told|was|were|had|did|after|before|when|since|according)\b|\b\w{3,}ed\b"
    rf"|\b(?:{trie(set(_PAST_VERBS))})\b", re.I)


def modal_ahead(text: str, start: int, end: int) -> bool:
    """Whether a modal or a plan ("would", "should", "will", "is expected to") governs the weekday
    from before it, in its own clause ("BP would carry out tests on Tuesday", "he is expected to
    order on Thursday strengthened inspections"): a day ahead, whatever past form follows. Not
    across a relative or a reported clause, an "according to" (a report already out: "will guarantee
    loans, according to a draft under discussion Sunday"), a past verb or a possessive ("they would get around
    Wednesday's ruling"), nor after "had" or "had been" (a plan overtaken)."""
    if text.startswith(("'s", "\u2019s"), end):
        return False
    window = text[max(0, start - 80):start]
    if not any(map(window.lower().__contains__, _MODAL_CUES)):
        return False
    if _OPENS_RUN_IN.search(window):
        return False  # "... we could get the support of some local authorities On Saturday morning, a ... aftershock
        # struck": a sentence run into the modal's with no stop opens on the weekday
    modals = list(_MODAL_RE.finditer(window))
    if not modals or window[:modals[-1].start()].lower().endswith(("had been ", "had ")):
        return False  # "had been due to arrive on Friday": a plan overtaken, not a day ahead
    if modals[-1].group().lower() == "due" and due_to_a_cause(window, modals[-1].end(),
                                                               prev_word(window, modals[-1].start())):
        return False  # "flights cancelled due to the storm on Monday": a cause, no plan
    # a passive's participle is in the modal's clause, "could be permanently sealed by Sunday" (not a
    # denied one's: "could not be reached to comment Monday" is the reporter's try)
    after = modals[-1].end()
    if modals[-1].group().lower() in ("would", "could") and _REFUSAL.match(window, after):
        return False
    if _MODAL_PERFECT.match(window, after):
        return False  # "may have been yachting over the weekend": a modal's perfect tells the past
    return all(stop.group().endswith("ed") and _PASSIVE_BE.search(window, after, stop.start())
               and not window[after:stop.start()].lstrip().startswith("not ")
               for stop in _MODAL_BREAK_RE.finditer(window, after))


_OPENS_RUN_IN = re.compile(r"[a-z][ \t]+(?:" + "|".join(TIME_OPENERS) + r")[ \t]+$")
"""A preposition capitalized after a word in lower case, right before the weekday: the opening of a sentence
run into the one before with no stop (a caption's, a quote's: ``timeline.sentences`` cuts it there)."""
_PERFECT_HAVE = (r"have\s+(?:(?:already|just|not|never|also)\s+)?(?:been|had|done|gone|made|got|seen|come|become|"
                 r"put|set|run|taken|given|known|shown|grown|drawn|written|[a-z]{2,}(?:ed|en|wn))\b")
"""A modal's perfect, "have" and a past participle ("should have done", "may have been yachting"), which looks
back; "have" before anything else is the verb of having ("By Monday, they should have enough virus"), which
looks ahead as the modal does."""
_MODAL_AFTER = re.compile(r"(?:(?:morning|afternoon|evening|night)\s+)?(?:could|would|will|may|might|should)\s+(?!"
                          + _PERFECT_HAVE + ")",
                          re.I)
_VERB_BEFORE = re.compile(rf"\b(?:is|are|was|were|has|have|had|did|says|tells|\w{{3,}}ed|{trie(set(PAST_WORDS))})\b",
                          re.I)
_SUBJECT_START = re.compile(r".*(?:[.;:,\"\u201c]|\b(?:that|which|who)\b)", re.S)


def _subject_of_modal(text: str, start: int, end: int) -> bool:
    """Whether the weekday sits in the subject of a modal's clause ("Forecasters warned that strong winds
    over Sunday could push the oil into the inlets"): the modal looks ahead from it, and no verb of its
    own stands between the clause's start and the weekday. Not a modal's perfect ("could have")."""
    after = _MODAL_AFTER.match(text, end + 1) if text[end:end + 1] == " " else None
    if after is None:
        return False
    window = text[max(0, start - 60):start]
    opening = _SUBJECT_START.match(window)
    own = window[opening.end():] if opening else window
    return _VERB_BEFORE.search(own) is None and not (opening is None and start > 60)


_BY_OPENING = re.compile(r"(?:^|[.!?\n][\"'\u201d\u2019)]*\s+)(?:But\s+|And\s+)?[Bb]y\s+$")
_MODAL_AHEAD_OF_CLAUSE = re.compile(r",\s+(?P<subject>[^,;.!?\n]{1,60}?)\b(?:could|would|will|may|might|should|shall)\s+"
                                    r"(?!" + _PERFECT_HAVE + ")", re.I)


def _fronted_by_ahead(text: str, start: int, end: int) -> bool:
    """Whether a deadline opening the sentence ("By Wednesday, workers should finish installing the casing",
    "By Sunday, the box could be capturing 85 percent of the oil") is governed by a modal in the clause it
    opens: a day ahead, as a modal before a weekday makes it. Not where a verb comes first ("By Thursday,
    Facebook and Twitter were silenced"; "By Wednesday, he said they should ..."). Two dev events move,
    both judged misdated, to the days their verdicts give; TBAQ's tags are the same."""
    if _BY_OPENING.search(text, max(0, start - 12), start) is None:
        return False
    ahead = _MODAL_AHEAD_OF_CLAUSE.match(text, end + (text[end:end + 1] == " "))  # a part of the day is in end
    return ahead is not None and _VERB_BEFORE.search(ahead["subject"]) is None


_ACT_BEFORE = re.compile(r"\b(?:announcement|commitment|pledge|promise|statement|decision|declaration|admission|"
                         r"remarks|testimony|speech)\s+(?:on\s+)?$", re.I)
_THAT_OR_TO = re.compile(r"\s*,?\s+(?:that|to)\s")
_AHEAD_BEFORE = re.compile(r"\b(?:will|would|shall|expected|due|set|scheduled|plans?|planned|planning|going|"
                           r"to\s+(?:make|give|deliver|issue))\b[^.;!?\n]*$", re.I)
"""A weekday after a noun of saying or promising, before what was said ("BP's announcement on Wednesday
that it will pay $20 billion", "the company's commitment on Wednesday to set up a fund"): the day the
act was done, though a future follows it; not where something before looks ahead ("is expected to make
an announcement on Monday that ...")."""
_PROGRESSIVE = re.compile(r"\b(?:is|are|'re|am)\s+(?:[a-z]+ly\s+)?[a-z]{2,}ing\b[^.;:!?\n\"\u201c\u201d]*$")
"""A verb in the present progressive before a weekday, in its clause, and no tense marker nearer (the tense read
"present"): an arrangement ("The ministers are meeting on Friday", "is meeting Thursday in Boise"), which news
tells of a day ahead, where a bare present read as the last such day; not "the Thursday" a recap in the present
names ("... are being blocked by the government the Thursday ElBaradei returns home"). Checked only where "ing"
stands in the 60 characters before the weekday."""
_WEEK_BACK = re.compile(r"\b(?:(?:a|one)\s+week\s+(?:ago|earlier|before)|last\s+week)\b", re.I)
"""A week back named before a weekday: the weekday is of that week, not the day after the dct."""
_WAS_DUE = re.compile(r"\b(?:was|were)\s+due\b[^.;,:!?\n]*$", re.I)
"""A plan told in the past right before a weekday ("The tests were due on Monday but were delayed"): a
plan for a day of the week gone, not of the one ahead. Run only where "due" stands in the 60 characters
before the weekday: run everywhere, it took the megabyte of weekdays from 1.58, 1.25 and 1.60 s to 1.65,
1.44 and 1.89 s (CPU, medians of three, three alternating runs)."""
_REFUSAL = re.compile(r"\s*not\s+(?:comment|say|confirm|elaborate|disclose|discuss|speculate|specify|be\s+reached)\b",
                      re.I)
"""After "would" or "could": a reporter's question refused ("would not comment Friday night"), on a day gone."""
_MODAL_PERFECT = re.compile(r"\s+(?:\w+ly\s+|not\s+)?" + _PERFECT_HAVE, re.I)
_PASSIVE_BE = re.compile(r"\bbe\s+(?:\w+ly\s+)?$", re.I)


_TITLE_RE = re.compile(r"\b[A-Z][\w.&-]*(?<!\.)[ \t]$")
"""A capitalized word right before "Today": a title's ("USA Today"); not one that ends a sentence ("... on Monday.
Today, ...", an outside review)."""
_TITLE_POSSESSIVE = re.compile(r"['’]s\s+[A-Z][a-z]")
"""After a capitalized "Today" or "Tomorrow" mid-sentence, a possessive and a capitalized word: a title ("Tomorrow's
World", "Today's Railways")."""
_EPITHET_BEFORE = re.compile(r"\b(?:Black|Bloody|Red|Dark|Blue|Holy|Shrove|Maundy|Super|Great|Manic|Magic)\s$")
"""Before a weekday, a capitalized epithet that makes a name of a day long past or of no date ("Black Tuesday, the
1929 crash", "Bloody Sunday", "Super Tuesday"). The holidays among them ("Black Friday") are the holiday rule's."""


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether ``pos`` opens the text, a line, a sentence or what a colon introduces (a stop or a colon and white
    space before it)."""
    before = text[max(0, pos - 3):pos]
    return pos == 0 or before.endswith("\n") or before.rstrip() != before and before.rstrip()[-1:] in ".!?:\"”"


DEICTIC_OFFSETS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


@rule("deictic", reach=16, anchors=DEICTIC_WORDS,
      pattern=rf"""(?P<t>(?:(?P<pre>(?i:early|late|earlier|later))\s+)?
    (?:(?:(?i:mid-?|late\s+|early\s+))?(?P<part0>{PART})\s+(?=(?i:today|yesterday|tomorrow)\b))?
    (?:(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight))(?!\w)
       (?:\s+(?P<part>{PART}))?
     |(?P<this>(?i:this|last))\s+(?P<part2>{PART})))""")
def deictic_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["w"]:
        w = low(m["w"])
        if m["w"][0] == "T" and not m["pre"] and _TITLE_RE.search(
                ctx.text, max(0, m.start("t") - 24), m.start("t")):
            return None  # part of a title: "USA Today", "VOA Today"
        if m["w"][0] == "T" and m["w"][1:2].islower() and not m["pre"] and not m["part"] and (
                NAMED_EVENT_AFTER.match(ctx.text, m.end("t"))
                or (_TITLE_POSSESSIVE.match(ctx.text, m.end("t")) and not _opens_sentence(ctx.text, m.start("t")))):
            return None  # a title: "the Today programme", "He presented Tomorrow's World"
        if w == "tomorrow" and prev_word(ctx.text, m.start("t")) == "of" and not ctx.text.startswith(
                ("'s", "\u2019s"), m.end("t")):
            return None  # "the <noun> of tomorrow": generic (not "ahead of tomorrow's deadline")
        off = -2 if "before" in w else 2 if "after" in w else DEICTIC_OFFSETS[w]
        day = shift_days(_speech_day(ctx, m.start("t")) or ctx.dct, off)
        if w == "tonight":
            return "TIME", day + "TNI", "time"
        if m["part"] or m["part0"]:  # "yesterday afternoon", "mid-afternoon yesterday"
            return "TIME", day + part_suffix(m["part"] or m["part0"]), "time"
        ctx.note_day(m.end("t"), day)
        return "DATE", day, "day"
    this = low(m["this"])
    part = low(m["part2"])
    said_on = _speech_day(ctx, m.start("t")) or ctx.dct
    if this == "last":
        if part not in ("night", "evening"):
            return None
        return "TIME", shift_days(said_on, -1) + part_suffix(part), "time"
    return "TIME", shift_days(said_on, 0) + part_suffix(part), "time"


_SPEECH_FRAME = re.compile(
    r"\b(?i:said|told|asked|announced|wrote|added|stated|declared|insisted|tweeted|posted|released|explained"
    rf"|warned)\b(?:\s+[\w'’-]+){{0,3}}?\s+(?:(?i:on)\s+)?(?P<wd>{WEEKDAY})(?![\w'’-])")
"""A frame of saying and its day, told in the past: "told reporters on Tuesday", "said Monday", "In a statement released
on Saturday"."""


def _quote_parity(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` leaves a quotation open: an odd number of straight double quotes, or more opening curly
    quotes than closing ones."""
    piece = text[lo:hi]
    return piece.count('"') % 2 == 1 or piece.count("\u201c") > piece.count("\u201d")


def _speech_day(ctx: Context, pos: int) -> dt.date | None:
    """The day a quotation holding ``pos`` was spoken, when its sentence's frame of saying names a day other than the
    dct's ("'We are announcing today a new fund,' the minister told reporters on Tuesday", in a Wednesday paper: the
    speaker's today is the Tuesday; an outside review), read as the frame's weekday is: what "today", "yesterday" and
    "last night" inside it count from. None outside a quotation, or with no such frame."""
    dct, text = ctx.dct, ctx.text
    if dct is None or ('"' not in text and "\u201c" not in text):
        return None
    opening = ctx.sentence_opening(pos, 300)
    if not _quote_parity(text, opening, pos):
        return None
    closing = SENTENCE_END_RE.search(text, pos, pos + 300)
    end = closing.start() if closing else min(len(text), pos + 300)
    quote_open = max(text.rfind('"', opening, pos), text.rfind("\u201c", opening, pos))
    quote_close = min((i for i in (text.find('"', pos, end), text.find("\u201d", pos, end)) if i >= 0), default=-1)
    for frame in _SPEECH_FRAME.finditer(text, opening, end):
        if _quote_parity(text, opening, frame.start()):
            continue  # a frame inside the quotation is the speaker's own words
        # the quotation's own attribution, next to it: after its close ('"...," the minister told reporters on
        # Tuesday') or before its opening ('He told the BBC on Sunday: "...'); not a frame of a clause of its own
        # ("said Lee, who released a report on Monday", "after the firm posted losses on Monday")
        after_close = quote_close >= 0 and frame.start() > quote_close and _ATTRIBUTION_GAP.fullmatch(
            text, quote_close + 1, frame.start()) is not None
        before_open = frame.end() <= quote_open and _LEAD_IN_GAP.fullmatch(text, frame.end(), quote_open) is not None
        if not (after_close or before_open):
            continue
        said = dt.date.fromisoformat(weekday_date(dct, _weekday_num(frame["wd"]), "past"))  # as the frame's own tag
        return said if said != dct else None
    return None


_ATTRIBUTION_GAP = re.compile(r"\s*,?\s*(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w'’.-]+\s+){0,3}")
"""Between a quotation's close and its frame: the speaker ('," the minister told ...', '," Mr. Smith said ...')."""
_LEAD_IN_GAP = re.compile(r"\s*[:,]?\s*(?:that\s+)?(?:[\w'’-]+\s+){0,4}")
"""Between a frame and the quotation it opens: a colon, or "that" and a few words ('said on Monday that the water
"was ...')."""


@rule("week_on_day", reach=24, anchors={"week", "fortnight"},
      pattern=rf"""(?<![\w-])(?P<t>(?i:a)\s+(?P<u>(?i:week|fortnight))\s+
    (?:(?i:on)\s+(?P<wd>{WEEKDAY})|(?P<deic>(?i:today|tomorrow))|(?i:last)\s+(?P<last>{WEEKDAY})))(?![\w'’-])
    (?=\s*(?:[.,;:!?)\u2014]|$)|\s+(?i:and|or|but|when|at|in|for|to|with|after|before|as|is|was|will)\b)""",
      needs=r"(?:week|fortnight)\s+(?:(?:on|last)\s|today|tomorrow)")
def week_on_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """British offsets from a day: "a week on Saturday" (the Saturday after the coming one), "a week today", "a
    fortnight tomorrow", "a week last Monday" (the Monday before last Monday). Not before a possessive or a noun ("a
    week on Saturday's vote", "a week on Saturday duties" are lengths)."""
    dct, days = ctx.dct, 7 if low(m["u"]) == "week" else 14
    if dct is None:
        return None
    if m["deic"]:
        base = dct + dt.timedelta(days=DEICTIC_OFFSETS[low(m["deic"])])
    elif m["wd"]:
        base = dt.date.fromisoformat(weekday_date(dct, _weekday_num(m["wd"]), "future"))
    else:
        base = dt.date.fromisoformat(weekday_date(dct, _weekday_num(m["last"]), "past", "last"))
        days = -days
    value = (base + dt.timedelta(days=days)).isoformat()
    ctx.note_day(m.end("t"), value)
    return "DATE", value, "day"
