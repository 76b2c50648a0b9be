"""Run the rules near their anchor words, keep the longest non-overlapping matches.

Why this shape: rules overlap ("last year" vs "year"), so we first choose
spans (longest first, then the more specific rule, then leftmost), then
resolve them in text order because some values depend on earlier mentions
(the quarter under discussion).  A span whose resolver vetoes it frees its
place for the overlapping alternatives, so selection runs again.  Each rule's
regex only runs in windows around its anchor words, which keeps the tagger
fast and linear on long or adversarial input.
"""
from __future__ import annotations

import datetime as dt
import re

from .model import Timex
from .patterns import trie
from .rules import RULES, Context
from .tense import TenseIndex

_MAX_SPAN = 120  # no legitimate timex is longer; bounds pathological inputs
_BEFORE = 48  # a match starts at most this far before its anchor word
_AFTER = 48  # ... and ends at most this far after it
_MAX_ROUNDS = 3
_BY_WORD: dict[str, tuple[int, ...]] = {}
for _i, _r in enumerate(RULES):
    for _w in _r.anchors:
        _BY_WORD[_w] = _BY_WORD.get(_w, ()) + (_i,)
_RULE_INDEX = {r.name: i for i, r in enumerate(RULES)}
_CLOCK_TAIL_RE = re.compile(r"\s?(?:[:.][0-5][0-9]|[aApP]\.?[mM]\b)")


def _digit_rules(text: str, s: int, e: int) -> tuple[int, ...]:
    """The digit-anchored rules that can match around the digit run text[s:e].

    Why: numbers are frequent in news (money, counts); looking at the run's
    length and neighbours keeps each rule's regex away from most of them.
    """
    n = e - s
    nxt = text[e:e + 1]
    prv = text[s - 1:s] if s else ""
    names: list[str] = []
    if n == 4 and text[s] in "12":
        names.append("year")
        if nxt == "-":
            names.append("iso")
        if nxt in ("s", "'", "’"):
            names.append("decade")
    if n <= 2:
        if nxt == "/":
            names.append("slash")
        if nxt == "s" or prv in ("'", "’"):
            names.append("decade")
        if n == 1 and (nxt == "Q" or prv in ("Q", "H")):
            names.append("quarter_code")
        if _CLOCK_TAIL_RE.match(text, e):
            names.append("clock")
    return tuple(i for i in (_RULE_INDEX.get(x) for x in names) if i is not None and RULES[i].digits)


# Anchor words in their usual spellings (lower, Title, UPPER) as one prefix tree,
# plus digit runs: one C-level scan finds every place a rule could match.
_ANCHOR_RE = re.compile(
    r"(?<![A-Za-z])(?:"
    + trie({v for w in _BY_WORD for v in (w, w.title(), w.upper())})
    + r")(?![A-Za-z])|(?<![0-9])[0-9]+")

Candidate = tuple[int, int, int, "re.Match[str]"]


def _windows(text: str) -> list[list[tuple[int, int]]]:
    """Per rule, the merged text windows around its anchor words."""
    wins: list[list[tuple[int, int]]] = [[] for _ in RULES]
    n = len(text)
    by_word = _BY_WORD
    for m in _ANCHOR_RE.finditer(text):
        tok = m.group()
        idxs = _digit_rules(text, m.start(), m.end()) if tok[0] <= "9" else by_word.get(tok.lower())
        if not idxs:
            continue
        lo, hi = m.start() - _BEFORE, m.end() + _AFTER
        for i in idxs:
            w = wins[i]
            if w and w[-1][1] >= lo:
                w[-1] = (w[-1][0], hi)
            else:
                w.append((lo, hi))
    return [[(max(0, a), min(n, b)) for a, b in w] for w in wins]


def _candidates(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for idx, (r, wins) in enumerate(zip(RULES, _windows(text))):
        finditer = r.regex.finditer
        for lo, hi in wins:
            for m in finditer(text, lo, hi):
                s, e = m.span("t")
                if s < e and e - s <= _MAX_SPAN:
                    out.append((s, e, idx, m))
    # longest first; on ties the earlier rule (more specific) wins, then leftmost
    out.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    return out


def _select(cands: list[Candidate], n: int, dead: set[tuple[int, int, int]]) -> list[Candidate]:
    """Greedy longest-first choice of non-overlapping candidates."""
    taken = bytearray(n + 1)
    chosen: list[Candidate] = []
    for c in cands:
        s, e = c[0], c[1]
        if (s, e, c[2]) in dead or taken.find(1, s, e) >= 0:
            continue
        taken[s:e] = b"\x01" * (e - s)
        chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return chosen


def tag(text: str, dct: dt.date | None = None) -> list[Timex]:
    """Tag temporal expressions in ``text``; relative ones resolve against ``dct``.

    Returns Timex records sorted by start, never overlapping.  With dct None,
    relative expressions get X placeholders ("XXXX-XX-XX"); the system clock
    is never consulted.
    """
    if not text:
        return []
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    cands = _candidates(text)
    dead: set[tuple[int, int, int]] = set()
    out: list[Timex] = []
    tense_index: TenseIndex | None = None
    for _ in range(_MAX_ROUNDS):
        ctx = Context(text, dct, tense_index=tense_index)
        out = []
        failed = False
        for s, e, idx, m in _select(cands, len(text), dead):
            try:
                res = RULES[idx].resolve(m, ctx)
            except Exception:  # noqa: BLE001 - one odd mention must not fail the document
                res = None
            if res is None:
                dead.add((s, e, idx))
                failed = True
                continue
            if len(res) == 5:
                s, e = res[3], res[4]
            out.append(Timex(s, e, text[s:e], res[0], res[1], res[2]))
        tense_index = ctx.tense_index
        if not failed:
            break
    return out
