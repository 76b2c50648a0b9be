"""A cheap tense guess for the clause around a mention.

Why: "Friday" means last Friday in "said Friday" and next Friday in "will
meet Friday"; HeidelTime uses the sentence tense the same way.  We take the
tense marker nearest to the mention inside its sentence, at most ~200
characters either side.  Markers and sentence ends are found lazily, block by
block, and looked up by bisection, so the cost stays linear.
"""
from __future__ import annotations

import bisect
import operator
import re
from itertools import compress

from .normalize import Tense
from .prefix_tree import trie

_FUTURE_WORDS = frozenset({
    "will", "won't", "shall", "'ll", "planning", "scheduled", "intend", "intends",
    "expect", "expects", "expected", "upcoming", "payable", "expire", "expires", "expiring", "effective",
    "tomorrow"})
_MODALS = frozenset({"would", "could", "might", "may"})
PAST_WORDS = frozenset({
    "said", "told", "was", "were", "had", "did", "didn't", "ago", "last", "earlier", "announced",
    "reported", "yesterday", "came", "went", "began", "met", "made", "took", "gave", "left", "won",
    "lost", "held", "rose", "fell", "killed", "died", "sent", "saw", "found", "kept", "spent",
    "paid", "sold", "bought", "brought", "thought", "fought", "sought", "caught", "taught",
    "became", "grew", "stood", "spoke", "wrote", "chose", "drove", "flew", "ran", "sank", "struck", "broke",
    "fled", "stole", "threw", "swore", "woke", "understood", "withdrew", "forgot", "froze"})
#: words that mark the future only when "to" follows ("is to", "set to", "going to")
_TO_FUTURE = frozenset({"going", "is", "are", "set", "due", "plan", "plans", "planned", "hope", "likely",
                        "preparing", "prepares",
                        "hopes", "hoped", "aim", "aims", "aimed", "expect", "agreed", "agrees", "agree"})
_BE_FUTURE = frozenset({"will", "to", "shall", "would", "'ll"})
_ADVERBS = frozenset({"still", "not", "also", "then", "now", "soon"})
_AHEAD_AFTER_AS = re.compile(
    r" as (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|next|this|tomorrow|later)\b", re.I)
"""After "as early", what looks ahead by itself: a weekday or a relative word."""
_RANKS = frozenset({"first", "second", "third", "last", "latest", "only", "next"})
"""Before "to be <participle>", a rank makes a noun phrase, not a plan: "the first to be published
since the disaster" tells nothing of the future."""
_NOT_PAST_ED = frozenset({"succeed", "proceed", "exceed", "need", "feed", "speed", "seed", "indeed",
                          "heed", "breed", "red", "bed", "shed", "wed", "hundred", "based"})

_WORD_RE = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
# a sentence stop: . ! ? ; or newline, but not the period of "Mr." or "U.S."; written to start with
# the set of stop characters, which lets the regex engine skip to them (a lookbehind first made it try
# every position: four times slower over TimeBank + AQUAINT, 24 ms against 5)
_STOP_RE = re.compile(r"[.!?;\n](?<![A-Z]\.)")
_WINDOW = 200
# Every marker word, "be"/"as" (which make the next word a marker) and the
# "-ed" ending, as plain substrings of the lower-cased block: a block without
# any of them has no marker, and the word-by-word classification is skipped.
_MAYBE_MARKER_RE = re.compile(trie(
    {w.split("'")[0] or w for w in _FUTURE_WORDS | _MODALS | PAST_WORDS | _TO_FUTURE}
    | {"be", "as", "ed"}))


_SELF_MARKERS = _FUTURE_WORDS | _MODALS | _TO_FUTURE | PAST_WORDS
_MARK_NEXT = frozenset({"be", "as"})  # may make the next word a marker
_ENDS_ED = operator.methodcaller("endswith", "ed")


def _classify(text: str, lo: int, hi: int) -> tuple[list[int], list[int], list[str]]:
    """Positions, ends and kinds ("f" future, "c" modal, "p" past) of tense markers.

    Why in two passes: most words are no marker, so the words are listed and
    lower-cased at C speed, and the rules below run only for the few that can
    be one (a marker word, an "-ed" form, or a word after "be"/"as"); the
    previous words a rule looks at are the same as in a word-by-word scan.
    """
    ms = list(_WORD_RE.finditer(text, lo, hi))
    ws = list(map(str.lower, map(re.Match.group, ms)))
    n = len(ws)
    cand = set(compress(range(n), map(_SELF_MARKERS.__contains__, ws)))
    cand.update(compress(range(n), map(_ENDS_ED, ws)))
    cand.update(i + 1 for i in compress(range(n), map(_MARK_NEXT.__contains__, ws)) if i + 1 < n)
    pos: list[int] = []
    ends: list[int] = []
    kinds: list[str] = []
    for i in sorted(cand):
        w = ws[i]
        prev1 = ws[i - 1] if i >= 1 else ""
        prev2 = ws[i - 2] if i >= 2 else ""
        prev3 = ws[i - 3] if i >= 3 else ""
        m = ms[i]
        k = ""
        if (prev1 == "had" or (prev1 == "been" and prev2 == "had")) and (w in _FUTURE_WORDS or w in _TO_FUTURE):
            k = "p"  # "had been due to arrive on Friday", "had hoped to raise £500 on Sunday": a plan overtaken
        elif w in _FUTURE_WORDS:
            k = "f"
        elif w in _MODALS:
            k = "c"
        elif w in _TO_FUTURE and text.startswith(" to ", m.end()):
            k = "f"
        elif ((prev1 == "be" and (prev2 in _BE_FUTURE or (
                prev3 in _BE_FUTURE and (prev2.endswith("ly") or prev2 in _ADVERBS)))) or (
                prev2 == "be" and prev3 in _BE_FUTURE and (prev1.endswith("ly") or prev1 in _ADVERBS))) and not (
                prev2 == "to" and prev3 in _RANKS):
            k = "f"  # "will be <participle>", "to be <participle>", "<modal> <adverb> be <participle>",
            # "to be <adverb> <participle>" ("expects the well to be completely sealed on Saturday")
        elif prev1 == "as" and (w == "soon" or (w == "early" and _AHEAD_AFTER_AS.match(text, m.end()))):
            k = "f"  # "as soon as <date>", "as early as Tuesday" (but "were aware as early as March 8": a
            # date of its own looks either way, and the verb's tense decides)
        elif w in PAST_WORDS or (len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST_ED
                                  and m.group()[0].islower()):
            k = "p"
        if k:
            pos.append(m.start())
            ends.append(m.end())
            kinds.append(k)
    return pos, ends, kinds


_BLOCK = 256
_MOVED_TO = ("to", "until", "till")
"""What ends the words of a happening moved ("postponed until", "pushed back to")."""
_STARTING = ("beginning", "starting")
_AHEAD_CUE = re.compile(
    r"\b(?:(?:postponed|pushed\s+back|rescheduled|delayed|deferred|put\s+off|moved|adjourned)\s+"
    rf"(?:[\w'\u2019,.-]+\s+){{0,6}}?(?:{'|'.join(_MOVED_TO)})|(?:{'|'.join(_STARTING)}))\s+(?:on\s+)?(?P<the>the\s+)?",
    re.I)
"""What comes before a date that lies ahead whatever the tense around it: one a happening was moved
to ("the concerts were postponed until July 31", "postponed Sunday's shows in Monterrey, Mexico to
July 31") or one it starts from ("told offices to stop work beginning on Friday"); searched for
in the text just before a date (``TenseIndex._follows_ahead_cue``)."""
_CUE_ENDS = frozenset((*_MOVED_TO, *_STARTING, "on", "the"))
"""The words an ``_AHEAD_CUE`` match ends with (its last words, and its optional "on" and "the"),
the last before a date it puts ahead."""
_CUE_END_REACH = 16
"""How far before a date its preceding word is looked for: the longest of ``_CUE_ENDS`` and the spaces around it."""
_WORD_TAIL_RE = re.compile(r"[A-Za-z']*")


class TenseIndex:
    """Tense markers and sentence stops of one document, computed lazily.

    The document is cut in blocks of 256 characters. A mention's sentence is found first, from the stops
    of the blocks 200 characters either side of it (a cheap search), and only the blocks of that sentence
    are classified for markers (``_classify``, the costly part), each on first need: a text with few dates
    costs little and a dense one stays linear. Classifying every block of the 200 characters either side,
    as this did before, classified 1,113 of the 2,196 blocks of TimeBank + AQUAINT, against 792 now; the
    markers of a block do not depend on which blocks are gathered, and a marker outside the sentence never
    counts (``_nearest``), so the guesses are the same (tags of TBAQ and the 2,716 dev articles identical).
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._marker_blocks: dict[int, tuple[list[int], list[int], list[str]]] = {}
        self._stop_blocks: dict[int, list[int]] = {}
        # the markers and the stops of a run of blocks, by (first block, last block): dense
        # mentions share their neighbourhood, so each run is gathered once
        self._marker_runs: dict[tuple[int, int], tuple[list[int], list[int], list[str]]] = {}
        self._stop_runs: dict[tuple[int, int], list[int]] = {}

    def _markers(self, b: int) -> tuple[list[int], list[int], list[str]]:
        """The markers of block ``b``: those of the words that start in it."""
        got = self._marker_blocks.get(b)
        if got is None:
            text = self._text
            lo, hi = b * _BLOCK, min(len(text), (b + 1) * _BLOCK)
            while lo > 0 and lo < hi and text[lo - 1].isascii() and text[lo - 1].isalpha():
                lo += 1  # the word crossing the boundary belongs to the previous block
            tail = _WORD_TAIL_RE.match(text, hi)
            end = tail.end() if tail else hi
            got = ([], [], [])
            if _MAYBE_MARKER_RE.search(text[lo:end].lower()) is not None:
                got = _classify(text, lo, end)
            self._marker_blocks[b] = got
        return got

    def _stops(self, b: int) -> list[int]:
        got = self._stop_blocks.get(b)
        if got is None:
            got = self._stop_blocks[b] = [m.start() for m in _STOP_RE.finditer(
                self._text, b * _BLOCK, min(len(self._text), (b + 1) * _BLOCK))]
        return got

    def _gather_markers(self, key: tuple[int, int]) -> tuple[list[int], list[int], list[str]]:
        """The markers of the blocks ``key[0]`` to ``key[1]``, in text order (kept for the next mention)."""
        pos: list[int] = []
        ends: list[int] = []
        kinds: list[str] = []
        for b in range(key[0], key[1] + 1):
            p, e, k = self._markers(b)
            pos += p
            ends += e
            kinds += k
        run = self._marker_runs[key] = (pos, ends, kinds)
        return run

    def _gather_stops(self, key: tuple[int, int]) -> list[int]:
        """The stops of the blocks ``key[0]`` to ``key[1]``, in text order (kept for the next mention)."""
        run = self._stop_runs[key] = [s for b in range(key[0], key[1] + 1) for s in self._stops(b)]
        return run

    def _follows_ahead_cue(self, start: int) -> bool:
        """Whether an ``_AHEAD_CUE`` ends where the date starts, or at its "the" ("to the 31st of July").

        The cue is searched for only when the word before the date is one a cue ends with: text
        dense with dates ("Monday Tuesday ...", a megabyte of them) would otherwise be scanned
        two hundred characters a date."""
        before = self._text[max(0, start - _CUE_END_REACH):start].split()
        if not before or before[-1].lower() not in _CUE_ENDS:
            return False
        for m in _AHEAD_CUE.finditer(self._text, max(0, start - _WINDOW), start + len("the ")):
            if start in (m.end(), m.start("the")):
                return True
        return False

    def guess(self, start: int, end: int, modal_future: bool = False) -> Tense:
        """'future', 'past' or 'present' from the marker nearest to [start, end).

        Modals ("would", "could") count as future only when modal_future is
        set: for month dates ("the summit would be held on April 24") they
        usually point ahead, for weekdays in reported speech they do not.
        """
        if self._follows_ahead_cue(start):
            return "future"  # "postponed until July 31", "beginning on Friday": ahead, whatever the verb's tense
        # Read here, not in helpers, and with no bisection where no stop is near: a text dense
        # with dates asks once a mention ("Monday Tuesday ...", a megabyte of them).
        key = ((start - _WINDOW) // _BLOCK if start > _WINDOW else 0, (end + _WINDOW) // _BLOCK)
        stops = self._stop_runs.get(key)
        if stops is None:
            stops = self._gather_stops(key)
        lo = start - _WINDOW if start > _WINDOW else 0
        hi = end + _WINDOW
        if stops:
            i = bisect.bisect_left(stops, start)
            if i and stops[i - 1] + 1 > lo:
                lo = stops[i - 1] + 1
            j = bisect.bisect_left(stops, end, i)
            if j < len(stops) and stops[j] < hi:
                hi = stops[j]
            key = (lo // _BLOCK, hi // _BLOCK)
        # a marker counts only within [lo, hi] (``_nearest``)
        pos, ends, kinds = self._marker_runs.get(key) or self._gather_markers(key)  # never empty: three lists
        if not pos:
            return "present"  # no tense marker anywhere near
        clause_lo, clause_hi = lo, hi
        for turn in _CLAUSE_BREAK.finditer(self._text, lo, start):
            clause_lo = turn.end()
        after = _CLAUSE_BREAK.search(self._text, end, hi)
        if after is not None:
            clause_hi = after.start()
        best_d, best_k = _nearest(pos, ends, kinds, start, end, clause_lo, clause_hi)
        if best_d < 0 and (clause_lo, clause_hi) != (lo, hi):
            best_d, best_k = _nearest(pos, ends, kinds, start, end, lo, hi)
        if best_d < 0:
            return "present"
        if best_k == "f" or (best_k == "c" and modal_future):
            return "future"
        return "past"


_CLAUSE_BREAK = re.compile(
    r"[\s:\u2014\u2013](?:(?<=\s)(?:but\s|--?\s|[\u2014\u2013]\s?)|(?<=[\u2014\u2013])\s?|(?<=:)\s*[\"\u201c])")
"""Where a sentence turns to another clause ("removed the cap on Saturday but it will be days before
..."): the markers of the date's own clause decide its tense, and only without any there do those
of the rest of the sentence. " but ", " - ", " -- ", a dash with or without spaces, or a colon before a
quote; written to start with the set of their first characters, which lets the regex engine skip to
them (as an alternation of those four, each opening with its own pattern, it tried every position: the
same matches, found in half the time over TimeBank + AQUAINT)."""


def _nearest(pos: list[int], ends: list[int], kinds: list[str], start: int, end: int,
             lo: int, hi: int) -> tuple[int, str]:
    """The distance to and the kind of the marker nearest to [start, end) within [lo, hi); (-1, "") if none."""
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
    return best_d, best_k


def guess_tense(text: str, start: int, end: int, modal_future: bool = False) -> Tense:
    """One-off tense guess (builds the index; use TenseIndex for many lookups)."""
    return TenseIndex(text).guess(start, end, modal_future)
