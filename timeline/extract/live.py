"""Live pages: posts stamped with their time, added for days after the page was first dated. How to tell
one, take a post's stamp off its sentence, and read a bare weekday in a post."""
from __future__ import annotations

import datetime as dt
import re

from timeline.records import Granularity, When
from timeline.temporal.zones import ZONE

_UPDATE_STAMP = re.compile(r"[(\[]\s*(?:Update|Updated|UPDATE|UPDATED)\b[^)\]]{0,60}?\d{1,2}[:.]\d{2}")
_POST_STAMP = re.compile(r"(?:^|\n)\s*(?:\d{4}|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)(?:\s*" + ZONE + r")?"
                         r"\s*[:\-\u2013]?\s+[A-Z]")
LIVE_STAMPS = 3
"""Time-stamped posts ("(Update 4:30 a.m. ET)", a line opening "1358 ...") that make a page a live page."""
_WEEKDAY_ONLY = re.compile(
    r"^(?:(?:on|early|late|last)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?:\s+(?:morning|afternoon|evening|night))?$",
    re.I)
_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|" + ZONE + r")?(?=\s|$|,)", re.I)
"""A time of day around a weekday ("1:50 a.m. Wednesday"): the weekday is still bare."""
LIVE_LOOKBACK = 3
"""On a live page a bare weekday is the one nearest its first post: at most this many days before it."""


STAMP_YEAR = re.compile(r"^\d{4}$")
"""On a live page, four digits opening a post ("2005 Paris Hilton ... urged support") are its time stamp."""


def is_live_page(text: str) -> bool:
    """Whether the article is a live page: posts stamped with their time, added for days after it was first dated."""
    return len(_UPDATE_STAMP.findall(text)) + len(_POST_STAMP.findall(text)) >= LIVE_STAMPS


_OPENING_POST_STAMP = re.compile(
    r"(?:(?:[01]\d|2[0-3])[0-5]\d|\d{1,2}[:.][0-5]\d\s*(?:[ap]\.?m\.?)?)(?:\s*" + ZONE + r")?\s*[:\-\u2013]?\s+(?=[A-Z])")
"""The stamp that opens a live page's post, as ``without_post_stamp`` takes it off: ``_POST_STAMP``'s
shape, which counts such stamps to tell a live page, but read more strictly (four digits only as a
clock, 0000 to 2359) and with more zones ("6.00 pm CDT:"), since here it cuts a sentence."""


def without_post_stamp(sentence: str) -> str:
    """A live page's sentence without the time stamp of the post it opens ("2224 The US Coast Guard has
    posted videos ..." -> "The US Coast Guard ..."): the stamp dates nothing (``dating.is_clock_time``) and
    no reader needs it in the sentence. Only on a live page (``is_live_page``), where a line's opening
    four digits are its post's time: elsewhere they may be a chronology's year."""
    stamp = _OPENING_POST_STAMP.match(sentence)
    return sentence[stamp.end():] if stamp is not None else sentence


def nearest_weekday(when: When, expression: str, published: dt.date | None) -> When:
    """A bare weekday of a live page ("told CNN Friday") moved to the one nearest the page's date.

    A live page keeps its first date while its posts run on for days, so a
    "Friday" in a page dated Thursday is, in a post, most likely the next
    day, not the Friday almost a week before (which a news report would call
    "last Friday"). Plain articles keep the tense rule (``timeline.temporal``).
    """
    bare = _CLOCK.sub(" ", expression).replace(" at ", " ").strip(" ,")
    if (published is None or when.granularity is not Granularity.DAY
            or not _WEEKDAY_ONLY.match(" ".join(bare.split())) or expression.lower().startswith("last")):
        return when
    if LIVE_LOOKBACK < (published - when.first).days < 7:
        day = when.first + dt.timedelta(days=7)
        return When(day, Granularity.DAY, day.isoformat() + when.value[10:], day)
    return when
