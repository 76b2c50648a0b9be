"""Which events their article told as still to come: a page marks them "Expected", not as what happened.

An event is dated to the day of its main happening, and when its article was published before that day the
happening was a plan or a forecast when it was told ("the slick was expected to wash ashore on Friday", written
on Thursday). Shown like any other event, a reader took it for what happened that day: a first-time reader
counted 288 such events on bpoil's pages, none marked.

A happening told on its own day in the future was still to come too ("Later today, Barack Obama will address the
American people on the disaster"; "Barack Obama will fly to Louisiana today"). On its day only the future counts,
read from the verb that governs the date ("said on state television Tuesday night that he will not seek another
term" is what he said that night), or "later": the present tells the day's news.

Told ahead is not enough by itself: a live page keeps the date it was opened, and what it adds later is told in
the past ("Ambulances were arriving early Thursday", on a page of Wednesday). So an event is foretold only when
the tense at the expression that dates it is not the past, the same guess that dated a weekday forward
(``timeline.temporal.tense``: the verb that governs the date when one comes before it in its clause, "will start
on 1 April and last six weeks" not past for its "last"), or when the expression counts forward or names a
deadline.

Read here, where the expression that dates the event is known, and kept on the event (``Event.foretold``): the
render had tagged each shown sentence again to find it.
"""
from __future__ import annotations

import datetime as dt
import re

from timeline.records import When
from timeline.temporal.tense import TenseIndex

__all__ = ["foretold"]


def foretold(sentence: str, start: int, end: int, when: When, told: dt.date | None) -> bool:
    """Whether ``sentence``, told on ``told``, tells what its expression ``sentence[start:end]`` dates to ``when``
    as still to come: told before that day, and counted forward, after a deadline's word, or in a clause of the
    future or the present; or told on that day in the future ("will meet Barack Obama at the White House on
    Wednesday", on Wednesday morning: a news day's page opened on nine such previews of its meeting)."""
    if told is None or told > when.first or end <= start:
        return False
    if told == when.first:  # the present tells the day's news ("BP chiefs meet Obama on Wednesday"): not it
        # the verb before the expression governs it ("said on state television Tuesday night that he will ...")
        return (_LATER.search(sentence, start, end) is not None
                or TenseIndex(sentence).guess(start, end, before_first=True) == "future")
    if _FORWARD.search(sentence, start, end) or _DEADLINE.search(sentence, max(0, start - 24), start):
        return True  # ahead whatever the verbs' tense: "flies into the Gulf tomorrow to ... BP's ruptured well"
    return TenseIndex(sentence).guess(start, end, modal_future=True, before_first=True) != "past"


_FORWARD = re.compile(r"\b(?:tomorrow|next|coming|upcoming|later|following)\b", re.I)
"""An expression that counts forward from its telling ("tomorrow", "next week", "later this month"): told before
its day, what it dates was to come, whatever tense the verbs around it are read in."""
_LATER = re.compile(r"\blater\b", re.I)
"""An expression that puts a happening later on the day it is told ("later today"; not "tonight", which an
evening's report tells in the past)."""
_DEADLINE = re.compile(r"\b(?:by|until|till|before)\s+(?:the\s+)?(?:(?:end|middle|start)\s+of\s+)?$", re.I)
"""A deadline's word right before the expression ("a 30 percent chance of strengthening ... by Friday"), told
before its day: what it bounds was still to come."""
