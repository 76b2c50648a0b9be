"""The TIMEX3 ``mod`` of a mention: the modifier words that qualify it.

"early 2011" is 2011 with mod START, "mid-March" March with MID, "about three
years" P3Y with APPROX, "more than two years" P2Y with MORE_THAN. The value
stays that of the period or the length itself (TimeML puts the qualification
in ``mod``, not in the value), so the modifier is read off the words, inside
the mention or just before it ("about" is seldom part of the span TimeBank
annotates), once the mention is resolved.

The names are TimeML's: START, MID and END for "early", "mid" and "late" (and
"the beginning of", "the middle of", "the end of"), APPROX, LESS_THAN,
MORE_THAN, EQUAL_OR_LESS and EQUAL_OR_MORE.
"""
from __future__ import annotations

import re

from .prefix_tree import phrase_trie

_MODS = {
    "START": ("early", "the beginning of", "the start of", "beginning of", "start of"),
    "MID": ("mid", "middle of", "the middle of", "midway through"),
    "END": ("late", "the end of", "end of", "the close of"),
    "APPROX": ("about", "around", "approximately", "roughly", "some", "nearly", "almost", "circa", "or so"),
    "LESS_THAN": ("less than", "fewer than", "just under", "not quite"),
    "MORE_THAN": ("more than", "just over", "upwards of", "well over"),
    "EQUAL_OR_LESS": ("no more than", "at most", "up to", "not more than"),
    "EQUAL_OR_MORE": ("at least", "no less than", "not less than"),
}
_BY_WORDS = {words: mod for mod, phrases in _MODS.items() for words in phrases}
_OPENING = re.compile(r"(?i:" + phrase_trie(_BY_WORDS) + r")(?=[\s-])")
"""A modifier that opens the mention ("early 2011", "mid-March", "more than two years")."""
_BEFORE = re.compile(r"\b(?P<mod>(?i:" + phrase_trie(_BY_WORDS) + r"))\s+(?i:the\s+)?$")
"""A modifier just before the mention ("about [three years]", "in the middle of [the year]")."""
_TRAILING = re.compile(r"(?i:\s+or\s+so)\b")
_REACH = 24
"""How far before a mention its modifier is looked for: the longest phrase and a "the"."""
_FIRST_WORDS = frozenset(phrase.split()[0] for phrase in _BY_WORDS)
"""The first word of every modifier phrase: a mention opening with none needs no regex."""
_LAST_WORDS = frozenset(phrase.split()[-1] for phrase in _BY_WORDS) | {"the"}
"""The last word of every modifier phrase (and "the" after one): a mention after none needs no regex."""


def mod_of(text: str, start: int, end: int) -> str:
    """The TimeML ``mod`` of the mention ``text[start:end]``, or "" when nothing qualifies it.

    Not "over" or "under" before a mention: they are as often "during" ("over the years") as "more
    than"; nor "earlier" or "later", which place a mention ("earlier this month") more than they
    narrow it."""
    space = text.find(" ", start, end)
    first = text[start:space if space >= 0 else end].lower()
    if first in _FIRST_WORDS or first[:4] == "mid-":
        m = _OPENING.match(text, start, end)
        if m is not None:
            return _BY_WORDS[" ".join(m.group().lower().split())]
    if start > 1 and text[start - 1] == " ":
        gap = text.rfind(" ", max(0, start - _REACH), start - 1)
        if text[gap + 1:start - 1].lower() in _LAST_WORDS:
            m = _BEFORE.search(text, max(0, start - _REACH), start)
            if m is not None:
                mod = _BY_WORDS.get(" ".join(m["mod"].lower().split()))
                if mod is not None:
                    return mod
    if " so" in text[start:end] and _TRAILING.search(text, start, end):
        return "APPROX"
    return ""
