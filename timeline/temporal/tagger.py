"""Run every rule over a text, keep the longest non-overlapping matches, resolve.

Why two phases: rules overlap ("last year" vs "year"), so we first choose
spans (longest first, then leftmost), then resolve them in text order because
some values depend on earlier mentions (the quarter under discussion).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

from .model import Timex
from .rules import RULES, Context, Rule

_MAX_SPAN = 120  # no legitimate timex is longer; bounds pathological inputs


def _candidates(text: str) -> list[tuple[int, int, int, re.Match[str]]]:
    out: list[tuple[int, int, int, re.Match[str]]] = []
    for idx, r in enumerate(RULES):
        for m in r.regex.finditer(text):
            s, e = m.span("t")
            if s < e and e - s <= _MAX_SPAN:
                out.append((s, e, idx, m))
    return out


def tag(text: str, dct: dt.date | None = None) -> list[Timex]:
    """Tag temporal expressions in ``text``; relative ones resolve against ``dct``.

    Returns Timex records sorted by start, never overlapping.  With dct None,
    relative expressions get X placeholders ("XXXX-XX-XX"); the system clock
    is never consulted.
    """
    if not text:
        return []
    if dct is not None and isinstance(dct, dt.datetime):
        dct = dct.date()
    cands = _candidates(text)
    # longest first; on ties the earlier rule (more specific) wins, then leftmost
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    ctx = Context(text, dct)
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[tuple[int, int, int, re.Match[str]]] = []
    for c in cands:
        s, e = c[0], c[1]
        i = bisect.bisect_right(starts, s)
        if i > 0 and ends[i - 1] > s:
            continue
        if i < len(starts) and starts[i] < e:
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    out: list[Timex] = []
    for s, e, idx, m in chosen:
        rule: Rule = RULES[idx]
        try:
            res = rule.resolve(m, ctx)
        except (ValueError, KeyError, OverflowError, IndexError):
            res = None
        if res is None:
            continue
        typ, value, gran = res
        out.append(Timex(s, e, text[s:e], typ, value, gran))
    return out
