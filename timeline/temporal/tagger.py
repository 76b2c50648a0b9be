"""Run the rules near their anchor words, keep the longest non-overlapping matches.

Why this shape: rules overlap ("last year" vs "year"), so we first choose
spans (longest first, then the more specific rule, then leftmost), then
resolve them in text order because some values depend on earlier mentions
(the quarter under discussion).  A span whose resolver vetoes it frees its
place for the overlapping alternatives, so selection runs again.  Each rule's
regex only runs in windows around its anchor words, which keeps the tagger
fast and linear on long or adversarial input.

Speed on match-dense text (a date every few characters, the worst case: each
match costs a resolution) comes from keeping per-match work small: a rule
whose necessary words are absent from a window is not run there
(Rule.needs), a window ends at the rule's reach past its last anchor
(Rule.reach), candidates are bucketed by length instead of sorted, a veto
starts a new round only where another match may take its place, records
are built for the final round only, and a resolver guesses the tense of a
mention's clause only where the tense changes its value
(``Context.tense_decides``).
"""
from __future__ import annotations

import bisect
import datetime as dt
import gc
import re
from functools import lru_cache

from .calendar_dates import RANGE_WORDS
from .modifiers import mod_of, widened
from .timex import Timex
from .prefix_tree import trie
from .rulebase import Context, Narrowed, Resolution
from .rules import RULES
from .tense import TenseIndex
from .zones import ZONE

_MAX_SPAN = 120  # no legitimate timex is longer; bounds pathological inputs
_BEFORE = 48  # a match starts at most this far before its anchor word
_MAX_ROUNDS = 3
_BY_WORD: dict[str, tuple[int, ...]] = {}
for _i, _r in enumerate(RULES):
    for _w in _r.anchors:
        _BY_WORD[_w] = _BY_WORD.get(_w, ()) + (_i,)
_RULE_INDEX = {r.name: i for i, r in enumerate(RULES)}
_RESOLVERS = [r.resolve for r in RULES]
#: Per rule: how far past its last anchor a window ends (Rule.reach), and the gap between two
#: anchors under which their windows are one.
_REACH = [r.reach for r in RULES]
_MAX_GAP = [_BEFORE + r.reach for r in RULES]
_ZONE_AFTER_RE = re.compile(r"[ \t]*(?:" + ZONE + r"|(?i:local\s+time|hours\b))")
"""A zone after four digits: a 24-hour clock ("0230 GMT", "1900 local time", "at 0600 hours"), whatever the first
digit."""
_CLOCK_TAIL_RE = re.compile(r"\s?(?:[:.][0-5][0-9]|[aApP]\.?[mM]\b)")
_DOTTED_DATE_REST_RE = re.compile(r"\.(?:[0-9]{1,2}\.)?(?:19|20)[0-9]{2}(?![0-9])")
"""After a dotted date's day or month, the rest of it: ".03.2025" after "15", ".2025" after "03"."""


@lru_cache(maxsize=4096)
def _digit_rules_for(n: int, nxt: str, prv: str, clock_tail: bool, year_like: bool = True) -> tuple[int, ...]:
    """The digit-anchored rules that can match around a digit run of length n.

    Why: numbers are frequent in news (money, counts); looking at the run's
    length and neighbours keeps each rule's regex away from most of them.
    ``n`` is 4 for runs starting with 1 or 2 (years, ``year_like``) and for others before a zone (a
    24-hour clock, ``clock_tail``); the result depends on nothing but the run's length and the characters
    either side of it, so dense text of numbers costs one cache hit per run.
    """
    names: list[str] = []
    if n == 4 and clock_tail:
        names.append("clock")  # "0230 GMT", "1900 local time"
    if n == 4 and year_like:
        names.append("year")
        if nxt == "-":
            names.append("iso")
        if nxt in ("-", "\u2013", "/"):
            names.append("year_range")
        if prv in ("-", "\u2013", "/"):
            names.append("year_range_end")
        if nxt in ("s", "S", "'", "’"):  # "the 1960s", "THE 1960S", "the 1960's"
            names.append("decade")
    if n <= 2:
        if n == 2 and prv in ("-", "\u2013", "/"):
            names.append("year_range_end")
        if prv in ("-", "\u2013", " "):
            names.append("day_range_end")  # "Dec. 3-5", "April 8 to 10" (the digit scan's last-but-two cases)
        if nxt in ("s", "n", "r", "t") and prv == " ":
            names.append("ordinal_day")  # "on the 17th"
        if nxt in ("/", "."):
            names.append("slash")  # "3/14/2024", "15.03.2024"
        if nxt == "s" or prv in ("'", "’"):
            names.append("decade")
        if n == 2 and prv in ("'", "’"):
            names.append("short_year")  # "in '94"
        if n == 1 and (nxt == "Q" or prv in ("Q", "H")):
            names.append("quarter_code")
        if clock_tail:
            names.append("clock")
    return tuple(i for i in (_RULE_INDEX.get(x) for x in names) if i is not None and RULES[i].digits)


def _digit_rules(text: str, s: int, e: int) -> tuple[int, ...]:
    """The digit-anchored rules that can match around the digit run text[s:e]."""
    n = e - s
    if n == 4:
        # a zone after four digits, or "at" before them (a timetable's "departs at 0915": ``clock_times``)
        zone = _ZONE_AFTER_RE.match(text, e) is not None or text[max(0, s - 3):s] in ("at ", "At ")
        if text[s] not in "12":
            return _digit_rules_for(4, "", "", True, False) if zone else ()
        return _digit_rules_for(4, text[e:e + 1], text[s - 1:s] if s else "", zone)
    if n > 2:
        return ()
    nxt = text[e:e + 1]
    if nxt == "." and _DOTTED_DATE_REST_RE.match(text, e) is None:
        nxt = ""  # a decimal ("3.5 percent"), no dotted date's day or month: the slash rule's windows stay off it
    return _digit_rules_for(n, nxt, text[s - 1:s] if s else "", _CLOCK_TAIL_RE.match(text, e) is not None)


# Anchor words, one spelling each, scanned in the lower-cased text (``_lowered``), and digit
# runs, in two scans.  Of the one- and two-digit runs the digit scan
# returns only those for which _digit_rules is not empty (exactly its
# conditions: before "/", "s", "Q" or a clock tail, after an apostrophe, "Q"
# or "H", after a digit and a dash or "to", "and"...: a range's last day or
# second year, or after "the" and before "st", "nd", "rd", "th": a day alone), so
# _windows never looks at the many small numbers (and parts of dates) that
# anchor nothing.  Longer runs are consumed whole, so a long digit
# run costs the scan one step.  The digit pattern opens with the digit itself
# (its lookbehinds follow it, one character wider), which lets the regex engine
# skip to digits instead of trying every position: the two scans take 27 ms on
# TimeBank + AQUAINT, where one pattern of both, each alternative opening with
# its lookbehind, took 41 ms; all the tagging of it, 0.157 s against 0.172 s
# (medians of three alternating runs: -9%).  The words' tree holds one spelling
# of each, where it held three (lower, Title, UPPER) and scanned the text as
# written: simpler, and all the tagging of TimeBank + AQUAINT took 76.9 against
# 83.8 ms (medians of three alternating runs: -8%; its tags and the 2,716 dev
# articles' the same).  A word in mixed case ("mAY") is now an anchor too; the
# rules' own patterns decide, as they do for the other spellings.
_WORD_ANCHOR_RE = re.compile(r"(?<![a-z])(?:" + trie(set(_BY_WORD)) + r")(?![a-z])")
_DIGIT_ANCHOR_RE = re.compile(
    r"[0-9](?<![0-9].)(?:(?<=[12])[0-9]{3}(?![0-9])"
    r"|[0-9]?(?![0-9])(?=[/s]|" + _CLOCK_TAIL_RE.pattern + r")"
    r"|(?<=['’].)[0-9]?(?![0-9])"
    r"|(?<=[Tt]he\s.)[0-9]?(?![0-9])(?=(?:st|nd|rd|th)(?![a-z]))"
    r"|(?<=[0-9][-\u2013/].)[0-9]?(?![0-9])"
    r"|(?<=[0-9]\s[-\u2013]\s.)[0-9]?(?![0-9])"
    r"|(?<=[0-9],\s.)[0-9]?(?![0-9])"
    + "".join(rf"|(?<=[0-9]\s{w}\s.)[0-9]?(?![0-9])" for w in RANGE_WORDS) +
    r"|(?![0-9])(?=Q)"
    r"|(?<=[QH].)(?![0-9])"
    r"|[0-9]{2,})")
_START = re.Match.start

Candidate = tuple[int, int, int, "re.Match[str]"]


def _windows(text: str, lower: str) -> dict[int, list[tuple[int, int]]]:
    """Per rule (by index, for the rules with an anchor in the text), the
    merged text windows around its anchor words (found in ``lower``, the text
    lower-cased with its positions kept: ``_lowered``).

    A rule's windows around consecutive anchors merge when the gap between
    the anchors is at most _BEFORE + the rule's reach.  One plain pass over the anchors
    in text order: a news article has a dozen or so, and handling them in bulk
    (C-level map/compress per rule, as this did before) cost more in set-up per
    text than it saved.  Over TimeBank + AQUAINT (3,349 anchors in 256 texts)
    this function took 35 ms against 49, and all the tagging 0.156 s against
    0.175 s (medians of three alternating runs: -11%); on a megabyte of dense
    dates (an anchor every few characters) the times are the same.
    """
    ms = list(_WORD_ANCHOR_RE.finditer(lower))
    digit_runs = list(_DIGIT_ANCHOR_RE.finditer(text))
    if digit_runs:  # two runs in text order: the sort merges them
        ms = sorted(ms + digit_runs, key=_START) if ms else digit_runs
    wins: dict[int, list[tuple[int, int]]] = {}
    if not ms:
        return wins
    first: dict[int, int] = {}  # per rule, the start of its open window's first anchor
    last: dict[int, int] = {}  # ... and the end of its last
    by_word = _BY_WORD
    for m in ms:
        s, e = m.span()
        rules = by_word.get(m.group())
        if rules is None:  # a digit run
            rules = _digit_rules(text, s, e)
        for i in rules:
            end = last.get(i)
            if end is None:
                first[i] = s
            elif s - end > _MAX_GAP[i]:
                wins.setdefault(i, []).append((max(0, first[i] - _BEFORE), _window_end(text, end + _REACH[i])))
                first[i] = s
            last[i] = e
    for i, end in last.items():
        wins.setdefault(i, []).append((max(0, first[i] - _BEFORE), _window_end(text, end + _REACH[i])))
    return wins


_CUT_WORD_REST_RE = re.compile(r"(?<=\w)\w+")
"""The rest of a word that a window's end would cut: word characters after one."""


def _window_end(text: str, hi: int) -> int:
    """``hi``, or past the end of the word it would cut.  A regex sees a window's end as the
    text's: cut inside "FridayMay" or "sooner", "Friday" and "soon" would pass their
    lookahead that no letter follows, and be tagged.  (It costs 2% of the tagging of
    TimeBank + AQUAINT, whose tags it leaves as they were.)"""
    rest = _CUT_WORD_REST_RE.match(text, hi)
    return rest.end() if rest is not None else min(hi, len(text))


_NEEDS_BACK = 16  # a rule's lookbehind context reaches at most this far before its match


def _may_match(needs: re.Pattern[str], lower: str, lo: int, hi: int) -> bool:
    """Whether a rule's necessary condition holds in the lower-cased window
    ``lower[lo:hi]`` (plus the context just before it)."""
    return needs.search(lower, max(0, lo - _NEEDS_BACK), hi) is not None


def _lowered(text: str) -> str:
    """``text`` lower-cased, each character to one, so that a position in it is one in ``text``.

    ``str.lower`` maps a few characters to two ("İ" to "i" and a combining dot); in a text that
    holds one, those stay as they are (no anchor word or rule condition holds them)."""
    lower = text.lower()
    if len(lower) == len(text):  # no character grew, so each maps to one
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _candidates(text: str) -> dict[int, list[Candidate]]:
    """All rule matches, bucketed by span length (key = length; only lengths that occur).

    Why buckets: selection wants longest first, then the earlier rule (more
    specific), then leftmost.  Appending rule by rule, window by window, in
    match order already yields that order inside each bucket, so no sort
    (and no per-candidate key) is needed.
    """
    buckets: dict[int, list[Candidate]] = {}
    lower = _lowered(text)
    windows = _windows(text, lower)
    for idx in sorted(windows):  # rule order: the earlier rule first in a bucket
        r, wins = RULES[idx], windows[idx]
        finditer = r.regex.finditer
        t_group = r.regex.groupindex["t"]
        needs = r.needs
        for lo, hi in wins:
            if needs is not None and not _may_match(needs, lower, lo, hi):
                continue
            for m in finditer(text, lo, hi):
                s, e = m.span(t_group)
                if s < e and e - s <= _MAX_SPAN:
                    bucket = buckets.get(e - s)
                    if bucket is None:
                        bucket = buckets[e - s] = []
                    bucket.append((s, e, idx, m))
    return buckets


def _overlapped(spans: list[tuple[int, int, int]], starts: list[int], s: int, e: int,
                dead: set[tuple[int, int, int]]) -> bool:
    """Whether a live candidate overlaps [s, e): only those starting less than ``_MAX_SPAN`` before it can.

    Every candidate was scanned at each veto before: a line of a megabyte holding a vetoed mention every few
    words (a year without a cue, "... flu 2010 The ...") took 19.5 s to tag at 1 MB against 1.1 s at 256 KB
    (``benchmarks/bench_adversarial.py``, its "run-ins" input)."""
    for k in range(bisect.bisect_left(starts, s - _MAX_SPAN), bisect.bisect_left(starts, e)):
        span = spans[k]
        if span[1] > s and span not in dead:
            return True
    return False


def _select(buckets: dict[int, list[Candidate]], n: int, dead: set[tuple[int, int, int]]) -> list[Candidate]:
    """Greedy longest-first choice of non-overlapping candidates, in text order."""
    taken = bytearray(n + 1)
    find = taken.find
    chosen: list[Candidate] = []
    append = chosen.append
    for length in sorted(buckets, reverse=True):
        bucket = buckets[length]
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
    if not gc.isenabled():
        return _tag(text, dct)
    # The tagger makes no reference cycles, but on date-dense text it holds hundreds of thousands
    # of matches at once, and the cyclic collector kept walking them: 1 MB of "Monday Tuesday ..."
    # took 2.26 s with it and 1.86 s without (-18%; "March 12 ..." 2.32 against 1.85 s, medians of
    # three, the same tags; in bench_temporal's adversarial run 2.15 to 1.34 s and 2.17 to 1.46 s, under
    # the 2 s a megabyte may take). Whatever a caller's objects need, the collector does after the call.
    # Tagging TBAQ's 256 short documents takes as long either way.
    gc.disable()
    try:
        return _tag(text, dct)
    finally:
        gc.enable()


def _tag(text: str, dct: dt.date | None) -> list[Timex]:
    """Select, resolve, and again while a veto frees a place another match overlaps.

    A veto that frees a place no other match overlaps changes nothing else: the
    next round would choose the same matches but that one, and resolve them in
    the same contexts, since a resolver changes the context only when it
    accepts a mention (rulebase.Resolver).  So no round is run for it: over
    TimeBank + AQUAINT tagging took 0.155 s against 0.162 s (medians of three
    alternating runs: -4%), the tags of TBAQ and of the 2,716 dev articles the
    same.
    """
    cands = _candidates(text)
    resolvers = _RESOLVERS
    dead: set[tuple[int, int, int]] = set()
    kept: list[tuple[int, int, Resolution | Narrowed]] = []
    tense_index: TenseIndex | None = None
    spans: list[tuple[int, int, int]] | None = None  # every candidate's (start, end, rule), by start: made at a veto
    starts: list[int] = []
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
                if not failed:  # select and resolve again only if another match may take the place
                    if spans is None:
                        spans = sorted((c[0], c[1], c[2]) for bucket in cands.values() for c in bucket)
                        starts = [span[0] for span in spans]
                    failed = _overlapped(spans, starts, s, e, dead)
                continue
            if len(res) == 5:
                s, e = res[3], res[4]
            keep((s, e, res))
        tense_index = ctx.tense_index
        if not failed:
            break
    # records only for the final round: a vetoed mention makes the tagger
    # select and resolve again, and the earlier rounds' records would be waste
    out: list[Timex] = []
    for i, (s, e, r) in enumerate(kept):
        ws, we = widened(text, s, e, r[0])
        if out and ws < out[-1].end or i + 1 < len(kept) and we > kept[i + 1][0]:
            ws, we = s, e  # widening never makes mentions overlap
        out.append(Timex(ws, we, text[ws:we], r[0], r[1], r[2], mod_of(text, ws, we)))
    return out
