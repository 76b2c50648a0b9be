"""Which entries the articles told as expected, not as happened: a page marks them so.

An entry is dated to the day of its main happening, and when every article that tells it was published before
that day (``Entry.told_ahead``) the happening was a plan or a forecast when it was told ("the slick was expected
to wash ashore on Friday", written on Thursday). Shown like any other event, a reader took it for what happened
that day: a first-time reader counted 288 such events on bpoil's pages, none marked.

Told ahead is not enough by itself: a live page keeps the date it was opened, and what it adds later is told in
the past ("Ambulances were arriving early Thursday", on a page of Wednesday). So an entry is marked only when the
tense at its date is not the past, the same guess that dated a weekday forward (``timeline.temporal.tense``).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from timeline.assemble.timeline import Entry

__all__ = ["told_as_expected"]


def told_as_expected(entry: Entry) -> bool:
    """Whether every article told ``entry`` before its day, and as what was to come."""
    told = entry.last_told
    return told is not None and entry.told_ahead and _reads_ahead(entry.sentence, told, entry.when.first)


@lru_cache(maxsize=8192)  # an entry is shown on its day's, month's and maybe its year's page
def _reads_ahead(sentence: str, told: dt.date, first: dt.date) -> bool:
    """Whether the expression that dates ``sentence`` to ``first`` (read as of ``told``) is in a clause of the
    future or the present; False when no expression of the sentence begins on that day."""
    # imported on first use: a rebuild with nothing changed renders no page and loads no tagger
    from timeline.temporal import tag, timex_interval
    from timeline.temporal.tense import guess_tense

    for timex in tag(sentence, dct=told):
        if timex.type not in ("DATE", "TIME"):
            continue
        days = timex_interval(timex.value.split("T")[0])  # a part of a day ("2010-04-30TNI") is of its day
        if days is not None and days[0] == first:
            if _FORWARD.search(timex.text) or _DEADLINE.search(sentence, max(0, timex.start - 24), timex.start):
                return True  # ahead whatever the verbs' tense: "flies into the Gulf tomorrow to ... BP's ruptured well"
            return guess_tense(sentence, timex.start, timex.end, modal_future=True) != "past"
    return False


_FORWARD = re.compile(r"\b(?:tomorrow|next|coming|upcoming|later|following)\b", re.I)
"""An expression that counts forward from its telling ("tomorrow", "next week", "later this month"): told before
its day, what it dates was to come, whatever tense the verbs around it are read in."""
_DEADLINE = re.compile(r"\b(?:by|until|till|before)\s+(?:the\s+)?(?:(?:end|middle|start)\s+of\s+)?$", re.I)
"""A deadline's word right before the expression ("a 30 percent chance of strengthening ... by Friday"), told
before its day: what it bounds was still to come."""
