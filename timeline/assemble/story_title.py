"""The story's name, when its maintainer gave none: the phrase its articles' titles share most.

Three first-time readers of the dev sites found every header, tab and feed called "Timeline" (the default of
``[site] title``). The headlines of a story name it again and again in a few words ("BP oil spill", "Swine
flu", "Haiti earthquake"), so the name starts from the word the most titles use and grows, a word at a time
and to ``MAX_WORDS``, by the neighbour the most of those titles write beside it (``EXTEND_SHARE``). On the five
dev stories: "Egypt", "Financial Crisis", "Swine flu", "BP oil spill", "Haiti earthquake" (at 0.33 the last
two stop at "Oil spill" and "Haiti"). A story whose titles share no word (``TITLE_SHARE``) has no name here,
and the build keeps ``config.UNNAMED`` ("Timeline") and its note asking for one.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from timeline.words import STOP

TITLE_SHARE = 0.1
"""The name's first word is used by at least this share of the titles (and by ``MIN_TITLES``)."""
MIN_TITLES = 3
EXTEND_SHARE = 0.25
"""A neighbour joins the name when at least this share of the titles using the name so far (and ``MIN_TITLES``) write
it beside it."""
MAX_WORDS = 3

_WORD = re.compile(r"[^\W\d_][\w\-]*(?:['\u2019][a-z]+)?")
"""A word as a headline writes it: letters first, then letters, digits or hyphens ("H1N1", "oil-soaked"), and a
clitic ("Egypt's", read as "Egypt")."""
_CLITIC = re.compile(r"['\u2019][a-z]+$")

Phrase = tuple[str, ...]


def story_title(titles: Iterable[str]) -> str | None:
    """The phrase of one to ``MAX_WORDS`` words the titles share most, as they most often write it, with a
    capital first letter; None when no word is in ``TITLE_SHARE`` of them."""
    used: Counter[Phrase] = Counter()
    written: defaultdict[Phrase, Counter[str]] = defaultdict(Counter)
    count = 0
    for title in titles:
        count += 1
        for phrase, form in _phrases(title).items():
            used[phrase] += 1
            written[phrase][form] += 1
    words = [(phrase, n) for phrase, n in used.items() if len(phrase) == 1]
    if not words:
        return None
    name: Phrase
    name, n = max(words, key=lambda kv: (kv[1], kv[0]))
    if n < max(MIN_TITLES, TITLE_SHARE * count):
        return None
    while len(name) < MAX_WORDS:
        longer = [(phrase, m) for phrase, m in used.items()
                  if len(phrase) == len(name) + 1 and name in (phrase[1:], phrase[:-1])]
        if not longer:
            break
        phrase, m = max(longer, key=lambda kv: (kv[1], kv[0]))
        if m < max(MIN_TITLES, EXTEND_SHARE * used[name]):
            break
        name = phrase
    # the most common form, the first written of equals
    form = max(written[name].items(), key=lambda kv: kv[1])[0]
    return form[:1].upper() + form[1:]


def _phrases(title: str) -> dict[Phrase, str]:
    """Each phrase of one to ``MAX_WORDS`` words of the title that holds no stop word (``words.STOP``), lower-cased
    and without clitics, with the form the title writes it in (each once)."""
    words = [_CLITIC.sub("", w) for w in _WORD.findall(title)]
    keys = [w.lower() for w in words]
    found: dict[Phrase, str] = {}
    for size in range(1, MAX_WORDS + 1):
        for i in range(len(words) - size + 1):
            key = tuple(keys[i:i + size])
            if not any(k in STOP or len(k) < 2 for k in key):
                found.setdefault(key, " ".join(words[i:i + size]))
    return found
