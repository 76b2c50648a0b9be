"""Run the rules near their anchor words, keep the longest non-overlapping matches.

Why this shape: rules overlap ("last year" vs "year"), so we first choose
spans (longest first, then the more specific rule, then leftmost), then
resolve them in text order because some values depend on earlier mentions
(the quarter under discussion).  A span whose resolver vetoes it frees its
place for the overlapping alternatives, so selection runs again.  Each rule's
regex only runs in windows around its anchor words, which keeps the tagger
fast and linear on long or adversarial input.

Speed on match-dense text (a date every few characters, the worst case: each
match costs a resolution) comes from keeping per-match work small: anchors
are mapped to rules in bulk, a rule whose necessary words are absent from a
window is not run there (Rule.needs), candidates are bucketed by length
instead of sorted, records are built for the final round only, and the cycle
collector is paused while the matches are alive.
"""
from __future__ import annotations

import datetime as dt
import operator
import re
from functools import lru_cache
from itertools import chain, compress, repeat
from typing import cast

from .timex import Timex
from .prefix_tree import trie
from .rulebase import Context, Narrowed, Resolution
from .rules import RULES
from .tense import TenseIndex

_MAX_SPAN = 120  # no legitimate timex is longer; bounds pathological inputs
_BEFORE = 48  # a match starts at most this far before its anchor word
_AFTER = 48  # ... and ends at most this far after it
_MAX_ROUNDS = 3
_MAX_GAP = _BEFORE + _AFTER  # anchors this close share a window
_BY_WORD: dict[str, tuple[int, ...]] = {}
for _i, _r in enumerate(RULES):
    for _w in _r.anchors:
        _BY_WORD[_w] = _BY_WORD.get(_w, ()) + (_i,)
_RULE_INDEX = {r.name: i for i, r in enumerate(RULES)}
_RESOLVERS = [r.resolve for r in RULES]
_CLOCK_TAIL_RE = re.compile(r"\s?(?:[:.][0-5][0-9]|[aApP]\.?[mM]\b)")
#: Every spelling the anchor scan can return ("may", "May", "MAY") -> rule indexes,
#: so a token needs one dict lookup and no lower-casing.
_BY_TOKEN: dict[str, tuple[int, ...]] = {
    v: idxs for w, idxs in _BY_WORD.items() for v in (w, w.title(), w.upper())}


@lru_cache(maxsize=4096)
def _digit_rules_for(n: int, nxt: str, prv: str, clock_tail: bool) -> tuple[int, ...]:
    """The digit-anchored rules that can match around a digit run of length n.

    Why: numbers are frequent in news (money, counts); looking at the run's
    length and neighbours keeps each rule's regex away from most of them.
    ``n`` is 4 only for runs starting with 1 or 2 (years); the result depends
    on nothing else, so dense text of numbers costs one cache hit per run.
    """
    names: list[str] = []
    if n == 4:
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
        if clock_tail:
            names.append("clock")
    return tuple(i for i in (_RULE_INDEX.get(x) for x in names) if i is not None and RULES[i].digits)


#: _digit_rules of a four-digit run from 1000, by the character after it.
_FOUR_DIGIT_RULES = {nxt: _digit_rules_for(4, nxt, "", False) for nxt in ("", "-", "s", "'", "’")}


def _digit_rules(text: str, s: int, e: int) -> tuple[int, ...]:
    """The digit-anchored rules that can match around the digit run text[s:e]."""
    n = e - s
    if n == 4:
        if text[s] not in "12":
            return ()
        return _digit_rules_for(4, text[e:e + 1], "", False)
    if n > 2:
        return ()
    return _digit_rules_for(n, text[e:e + 1], text[s - 1:s] if s else "",
                            _CLOCK_TAIL_RE.match(text, e) is not None)


# Anchor words in their usual spellings (lower, Title, UPPER) as one prefix tree,
# plus digit runs: one C-level scan finds every place a rule could match.  Of
# the one- and two-digit runs it returns only those for which _digit_rules is
# not empty (exactly its conditions: before "/", "s", "Q" or a clock tail, or
# after an apostrophe, "Q" or "H"), so _windows never looks at the many small
# numbers (and parts of dates) that anchor nothing.  Longer runs are consumed
# whole, so a long digit run costs the scan one step.
_ANCHOR_RE = re.compile(
    r"(?<![A-Za-z])(?:"
    + trie({v for w in _BY_WORD for v in (w, w.title(), w.upper())})
    + r")(?![A-Za-z])|(?=[0-9])(?<![0-9])(?:[12][0-9]{3}(?![0-9])"
    r"|[0-9]{1,2}(?![0-9])(?=[/s]|" + _CLOCK_TAIL_RE.pattern + r")"
    r"|(?<=['’])[0-9]{1,2}(?![0-9])"
    r"|[0-9](?![0-9])(?=Q)"
    r"|(?<=[QH])[0-9](?![0-9])"
    r"|[0-9]{3,})")

Candidate = tuple[int, int, int, "re.Match[str]"]


def _windows(text: str) -> list[list[tuple[int, int]]]:
    """Per rule, the merged text windows around its anchor words.

    A rule's windows around consecutive anchors merge when the gap between
    the anchors is at most _BEFORE + _AFTER.  Dense text has an anchor every
    few characters, so the anchors are handled in bulk (C-level map/compress
    over the lists of starts, ends and rule tuples) rather than one by one.
    """
    ms = list(_ANCHOR_RE.finditer(text))
    wins: list[list[tuple[int, int]]] = [[] for _ in RULES]
    if not ms:
        return wins
    count = len(ms)
    starts = list(map(re.Match.start, ms))
    ends = list(map(re.Match.end, ms))
    rules_of: list[tuple[int, ...] | None] = list(map(_BY_TOKEN.get, map(re.Match.group, ms)))
    year_only = _FOUR_DIGIT_RULES[""]
    for j in compress(range(count), map(operator.not_, rules_of)):  # digit runs
        s, e = starts[j], ends[j]
        if e - s == 4:  # the commonest: a year, perhaps of an ISO date or decade
            rules_of[j] = _FOUR_DIGIT_RULES.get(text[e:e + 1], year_only) if text[s] in "12" else ()
        else:
            rules_of[j] = _digit_rules(text, s, e)
    n = len(text)
    filled = cast("list[tuple[int, ...]]", rules_of)  # no None left
    kinds = set(filled)  # the distinct rule tuples: few, however dense the text
    everywhere: list[tuple[int, int]] | None = None  # windows of rules anchored by every token
    for i in set(chain.from_iterable(kinds)):
        if all(i in k for k in kinds):
            if everywhere is None:
                everywhere = _merge(starts, ends, n)
            wins[i] = everywhere
            continue
        sel = list(compress(range(count), map(operator.contains, filled, repeat(i))))
        wins[i] = _merge([starts[j] for j in sel], [ends[j] for j in sel], n)
    return wins


def _merge(starts: list[int], ends: list[int], n: int) -> list[tuple[int, int]]:
    """Windows around anchors (in text order): a new one starts where the gap to
    the previous anchor is wider than _MAX_GAP."""
    breaks = list(compress(range(1, len(starts)),
                           map(_MAX_GAP.__lt__, map(operator.sub, starts[1:], ends))))
    firsts = [0, *breaks]
    lasts = [b - 1 for b in breaks] + [len(starts) - 1]
    return [(max(0, starts[a] - _BEFORE), min(n, ends[b] + _AFTER)) for a, b in zip(firsts, lasts)]


_NEEDS_BACK = 16  # a rule's lookbehind context reaches at most this far before its match


def _may_match(needs: re.Pattern[str], text: str, lower: str | None, lo: int, hi: int) -> bool:
    """Whether a rule's necessary condition holds in text[lo:hi] (plus the
    context just before it).  Checked on lower-cased ASCII only, where
    lower-casing maps each character to one; other windows always pass."""
    lo = max(0, lo - _NEEDS_BACK)
    if lower is None:
        seg = text[lo:hi]
        if not seg.isascii():
            return True
        return needs.search(seg.lower()) is not None
    return needs.search(lower, lo, hi) is not None


def _candidates(text: str) -> list[list[Candidate]]:
    """All rule matches, bucketed by span length (index = length).

    Why buckets: selection wants longest first, then the earlier rule (more
    specific), then leftmost.  Appending rule by rule, window by window, in
    match order already yields that order inside each bucket, so no sort
    (and no per-candidate key) is needed.
    """
    buckets: list[list[Candidate]] = [[] for _ in range(_MAX_SPAN + 1)]
    lower = text.lower() if text.isascii() else None
    for idx, (r, wins) in enumerate(zip(RULES, _windows(text))):
        finditer = r.regex.finditer
        t_group = r.regex.groupindex["t"]
        needs = r.needs
        for lo, hi in wins:
            if needs is not None and not _may_match(needs, text, lower, lo, hi):
                continue
            for m in finditer(text, lo, hi):
                s, e = m.span(t_group)
                if s < e and e - s <= _MAX_SPAN:
                    buckets[e - s].append((s, e, idx, m))
    return buckets


def _select(buckets: list[list[Candidate]], n: int, dead: set[tuple[int, int, int]]) -> list[Candidate]:
    """Greedy longest-first choice of non-overlapping candidates, in text order."""
    taken = bytearray(n + 1)
    find = taken.find
    chosen: list[Candidate] = []
    append = chosen.append
    for length in range(_MAX_SPAN, 0, -1):
        bucket = buckets[length]
        if not bucket:
            continue
        ones = b"\x01" * length
        for c in bucket:
            s, e = c[0], c[1]
            if find(1, s, e) >= 0 or (dead and (s, e, c[2]) in dead):
                continue
            taken[s:e] = ones
            append(c)
    chosen.sort()  # starts are unique (no overlaps), so only they are compared
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
    return _tag(text, dct)


def _tag(text: str, dct: dt.date | None) -> list[Timex]:
    cands = _candidates(text)
    resolvers = _RESOLVERS
    dead: set[tuple[int, int, int]] = set()
    kept: list[tuple[int, int, Resolution | Narrowed]] = []
    tense_index: TenseIndex | None = None
    for _ in range(_MAX_ROUNDS):
        ctx = Context(text, dct, tense_index=tense_index)
        kept = []
        keep = kept.append
        failed = False
        for s, e, idx, m in _select(cands, len(text), dead):
            try:
                res = resolvers[idx](m, ctx)
            except Exception:  # noqa: BLE001 - one odd mention must not fail the document
                res = None
            if res is None:
                dead.add((s, e, idx))
                failed = True
                continue
            if len(res) == 5:
                s, e = res[3], res[4]
            keep((s, e, res))
        tense_index = ctx.tense_index
        if not failed:
            break
    # records only for the final round: a vetoed mention makes the tagger
    # select and resolve again, and the earlier rounds' records would be waste
    return [Timex(s, e, text[s:e], r[0], r[1], r[2]) for s, e, r in kept]
