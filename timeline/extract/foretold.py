"""Which events their article told as still to come: a page marks them "Expected", not as what happened.

An event is dated to the day of its main happening, and when its article was published before that day the
happening was a plan or a forecast when it was told ("the slick was expected to wash ashore on Friday", written
on Thursday). Shown like any other event, a reader took it for what happened that day: a first-time reader
counted 288 such events on bpoil's pages, none marked.

Told ahead is not enough by itself: a live page keeps the date it was opened, and what it adds later is told in
the past ("Ambulances were arriving early Thursday", on a page of Wednesday). So an event is foretold only when
the tense at the expression that dates it is not the past, the same guess that dated a weekday forward
(``timeline.temporal.tense``), or when the expression counts forward or names a deadline.

Read here, where the expression that dates the event is known, and kept on the event (``Event.foretold``): the
render had tagged each shown sentence again to find it.
"""
from __future__ import annotations

import datetime as dt
import re

from timeline.records import When
from timeline.temporal.tense import guess_tense

__all__ = ["foretold"]


def foretold(sentence: str, start: int, end: int, when: When, told: dt.date | None) -> bool:
    """Whether ``sentence``, told on ``told``, tells what its expression ``sentence[start:end]`` dates to ``when``
    as still to come: told before that day, and counted forward, after a deadline's word, or in a clause of the
    future or the present."""
    if told is None or told >= when.first or end <= start:
        return False
    if _FORWARD.search(sentence, start, end) or _DEADLINE.search(sentence, max(0, start - 24), start):
        return True  # ahead whatever the verbs' tense: "flies into the Gulf tomorrow to ... BP's ruptured well"
    return guess_tense(sentence, start, end, modal_future=True) != "past"


_FORWARD = re.compile(r"\b(?:tomorrow|next|coming|upcoming|later|following)\b", re.I)
"""An expression that counts forward from its telling ("tomorrow", "next week", "later this month"): told before
its day, what it dates was to come, whatever tense the verbs around it are read in."""
_DEADLINE = re.compile(r"\b(?:by|until|till|before)\s+(?:the\s+)?(?:(?:end|middle|start)\s+of\s+)?$", re.I)
"""A deadline's word right before the expression ("a 30 percent chance of strengthening ... by Friday"), told
before its day: what it bounds was still to come."""
