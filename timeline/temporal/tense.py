"""A cheap tense guess for the clause around a mention.

Why: "Friday" means last Friday in "said Friday" and next Friday in "will
meet Friday"; HeidelTime uses the sentence tense the same way.  We take the
tense marker nearest to the mention inside its sentence, at most ~100
characters either side.  Markers and sentence ends are found lazily, block by
block, and looked up by bisection, so the cost stays linear.
"""
from __future__ import annotations

import bisect
import re

from .normalize import Tense

_FUTURE_WORDS = frozenset({
    "will", "won't", "shall", "'ll", "planning", "scheduled", "intend", "intends",
    "expects", "expected", "upcoming", "payable", "expire", "expires", "expiring", "effective",
    "tomorrow"})
_MODALS = frozenset({"would", "could", "might", "may"})
_PAST_WORDS = frozenset({
    "said", "told", "was", "were", "had", "did", "didn't", "ago", "last", "earlier", "announced",
    "reported", "yesterday", "came", "went", "began", "met", "made", "took", "gave", "left", "won",
    "lost", "held", "rose", "fell", "killed", "died", "sent", "saw", "found", "kept", "spent",
    "paid", "sold", "bought", "brought", "thought", "fought", "sought", "caught", "taught"})
#: words that mark the future only when "to" follows ("is to", "set to", "going to")
_TO_FUTURE = frozenset({"going", "is", "are", "set", "due", "plan", "plans", "planned", "hope",
                        "hopes", "aim", "aims", "expect", "agreed", "agrees", "agree"})
_BE_FUTURE = frozenset({"will", "to", "shall", "would", "'ll"})
_ADVERBS = frozenset({"still", "not", "also", "then", "now", "soon"})
_NOT_PAST_ED = frozenset({"succeed", "proceed", "exceed", "need", "feed", "speed", "seed", "indeed",
                          "heed", "breed", "red", "bed", "shed", "wed", "hundred", "based"})

_WORD_RE = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
# a sentence stop: . ! ? ; or newline, but not the period of "Mr." or "U.S."
_STOP_RE = re.compile(r"[!?;\n]|(?<![A-Z])\.")
_WINDOW = 100


def _classify(text: str, lo: int, hi: int) -> tuple[list[int], list[int], list[str]]:
    """Positions, ends and kinds ("f" future, "c" modal, "p" past) of tense markers."""
    pos: list[int] = []
    ends: list[int] = []
    kinds: list[str] = []
    prev1 = prev2 = prev3 = ""
    for m in _WORD_RE.finditer(text, lo, hi):
        raw = m.group()
        w = raw.lower()
        k = ""
        if w in _FUTURE_WORDS:
            k = "f"
        elif w in _MODALS:
            k = "c"
        elif w in _TO_FUTURE and text.startswith(" to ", m.end()):
            k = "f"
        elif prev1 == "be" and (prev2 in _BE_FUTURE or (
                prev3 in _BE_FUTURE and (prev2.endswith("ly") or prev2 in _ADVERBS))):
            k = "f"  # "will be paid", "to be completed", "would still be held"
        elif prev1 == "as" and w in ("soon", "early"):
            k = "f"  # "as soon as Tuesday"
        elif w in _PAST_WORDS or (len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST_ED
                                  and raw[0].islower()):
            k = "p"
        if k:
            pos.append(m.start())
            ends.append(m.end())
            kinds.append(k)
        prev3, prev2, prev1 = prev2, prev1, w
    return pos, ends, kinds


_BLOCK = 256
_WORD_TAIL_RE = re.compile(r"[A-Za-z']*")


class TenseIndex:
    """Tense markers and sentence stops of one document, computed lazily.

    The document is classified in blocks of 256 characters on first need, so a text
    with few dates costs little and a dense one stays linear.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._blocks: dict[int, tuple[list[int], list[int], list[str], list[int]]] = {}

    def _block(self, b: int) -> tuple[list[int], list[int], list[str], list[int]]:
        got = self._blocks.get(b)
        if got is None:
            text = self._text
            lo, hi = b * _BLOCK, min(len(text), (b + 1) * _BLOCK)
            while lo > 0 and lo < hi and text[lo - 1].isascii() and text[lo - 1].isalpha():
                lo += 1  # the word crossing the boundary belongs to the previous block
            tail = _WORD_TAIL_RE.match(text, hi)
            end = tail.end() if tail else hi
            pos, ends, kinds = _classify(text, lo, end)
            stops = [m.start() for m in _STOP_RE.finditer(text, b * _BLOCK, hi)]
            got = (pos, ends, kinds, stops)
            self._blocks[b] = got
        return got

    def _gather(self, lo: int, hi: int) -> tuple[list[int], list[int], list[str], list[int]]:
        pos: list[int] = []
        ends: list[int] = []
        kinds: list[str] = []
        stops: list[int] = []
        for b in range(max(0, lo) // _BLOCK, max(0, hi) // _BLOCK + 1):
            p, e, k, s = self._block(b)
            pos += p
            ends += e
            kinds += k
            stops += s
        return pos, ends, kinds, stops

    def guess(self, start: int, end: int, modal_future: bool = False) -> Tense:
        """'future', 'past' or 'present' from the marker nearest to [start, end).

        Modals ("would", "could") count as future only when modal_future is
        set: for month dates ("the summit would be held on April 24") they
        usually point ahead, for weekdays in reported speech they do not.
        """
        pos, ends, kinds, stops = self._gather(start - _WINDOW, end + _WINDOW)
        i = bisect.bisect_left(stops, start)
        lo = max(stops[i - 1] + 1 if i > 0 else 0, start - _WINDOW)
        j = bisect.bisect_left(stops, end)
        hi = min(stops[j] if j < len(stops) else end + _WINDOW, end + _WINDOW)
        best_d = -1
        best_k = ""
        i = bisect.bisect_right(ends, start) - 1  # last marker ending before start
        if i >= 0 and pos[i] >= lo:
            best_d, best_k = start - ends[i], kinds[i]
        j = bisect.bisect_left(pos, end)  # first marker starting after end
        if j < len(pos) and ends[j] <= hi:
            d = pos[j] - end
            if best_d < 0 or d < best_d:
                best_d, best_k = d, kinds[j]
        if best_d < 0:
            return "present"
        if best_k == "f" or (best_k == "c" and modal_future):
            return "future"
        return "past"


def guess_tense(text: str, start: int, end: int, modal_future: bool = False) -> Tense:
    """One-off tense guess (builds the index; use TenseIndex for many lookups)."""
    return TenseIndex(text).guess(start, end, modal_future)
