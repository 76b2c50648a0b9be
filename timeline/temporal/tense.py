"""A cheap tense guess for the clause around a mention.

Why: "Friday" means last Friday in "said Friday" and next Friday in "will
meet Friday"; HeidelTime uses the sentence tense the same way.  We look at the
nearest tense marker inside the sentence, at most ~100 characters either side,
so the cost per mention is constant.
"""
from __future__ import annotations

import re

from .normalize import Tense

_FUTURE = (r"will|won't|wo\s+n't|shall|'ll|going\s+to|plans?\s+to|planned|planning|scheduled|"
           r"intends?\s+to|expects?\s+to|expected\s+to|is\s+to|are\s+to|set\s+to|due\s+to|"
           r"next|upcoming|coming|begin(?:s|ning)?|starting|until|by|before|hopes?\s+to|"
           r"would|could|might|may")
_PAST = (r"said|says|told|was|were|had|did|didn't|ago|last|earlier|announced|reported|"
         r"\w{2,}ed|\w+ought|came|went|began|met|made|took|gave|left|won|lost|held|rose|fell")
_MARK_RE = re.compile(rf"(?i)\b(?:(?P<f>{_FUTURE})|(?P<p>{_PAST}))\b")
_STOP = ".!?\n;"
_WINDOW = 100


def _sentence_slice(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _WINDOW)
    hi = min(len(text), end + _WINDOW)
    for i in range(start - 1, lo - 1, -1):
        if text[i] in _STOP and not (text[i] == "." and i > 0 and text[i - 1].isupper()):
            lo = i + 1
            break
    for i in range(end, hi):
        if text[i] in _STOP and not (text[i] == "." and i > 0 and text[i - 1].isupper()):
            hi = i
            break
    return lo, hi


def guess_tense(text: str, start: int, end: int) -> Tense:
    """'future', 'past' or 'present' from the marker nearest to text[start:end]."""
    lo, hi = _sentence_slice(text, start, end)
    best: tuple[int, Tense] | None = None
    for m in _MARK_RE.finditer(text, lo, start):
        t: Tense = "future" if m.group("f") else "past"
        best = (start - m.end(), t)  # later matches are nearer; keep the last
    right = _MARK_RE.search(text, end, hi)
    if right is not None:
        d = right.start() - end
        t2: Tense = "future" if right.group("f") else "past"
        if best is None or d < best[0]:
            best = (d, t2)
    return best[1] if best else "present"
