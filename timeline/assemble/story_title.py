"""The story's name, when its maintainer gave none: the phrase its articles' titles share most.

Three first-time readers of the dev sites found every header, tab and feed called "Timeline" (the default of
``[site] title``). The headlines of a story name it again and again in a few words ("BP oil spill", "Swine
flu", "Haiti earthquake"), so the name starts from the word the most titles use and grows, a word at a time
and to ``MAX_WORDS``, by the neighbour the most of those titles write beside it (``EXTEND_SHARE``). On the five
dev stories: "Egypt", "Financial Crisis", "Swine flu", "BP oil spill", "Haiti earthquake" (at 0.33 the last
two stop at "Oil spill" and "Haiti"). A phrase stays within one part of a title: not across its punctuation
("Haiti earthquake: Live" gives no "earthquake Live"), nor into the site's labels after a bar ("... | The
Guardian"). A story whose titles share no word (``TITLE_SHARE``) has no name here, and the build keeps
``config.UNNAMED`` ("Timeline") and its note asking for one.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from timeline.headline import FUNCTION_WORDS
from timeline.temporal.patterns import MONTHS, WEEKDAY_NAMES
from timeline.words import POSSESSIVE

TITLE_SHARE = 0.1
"""The name's first word is used by at least this share of the titles (and by ``MIN_TITLES``)."""
MIN_TITLES = 3
EXTEND_SHARE = 0.25
"""A neighbour joins the name when at least this share of the titles using the name so far (and ``MIN_TITLES``) write
it beside it."""
MAX_WORDS = 3

NOT_IN_A_NAME = FUNCTION_WORDS | frozenset(MONTHS) | frozenset(WEEKDAY_NAMES) | frozenset(
    """i me my we us our you your he him she it they them not no yes says said say tells told
    live video videos photos pictures gallery update updates news analysis opinion blog""".split())
"""Function words, the calendar's names, pronouns and saying, and a headline's labels ("Live", "Video",
"Analysis"): no part of a story's name. Not ``words.STOP``, made to tell stories apart, which leaves out the words
news of every kind uses and names hold ("New York", "World Cup", "United Nations")."""

_PART = re.compile(r"\s+[-\u2013\u2014|]\s+|[:;,|()\[\]!?\u2013\u2014\u201c\u201d\"]")
"""Where a title's parts meet: a dash or a bar between spaces, a colon, a comma, brackets or quotation marks."""
_SITE_LABELS = re.compile(r"\s\|\s")
"""A bar between spaces, after which a page's title gives its site's labels ("Oil spill grows | The Guardian")."""
_WORD = re.compile(r"[^\W\d_](?:[^\W_]|['\u2019.-](?=[^\W_]))*")
"""A word as a headline writes it: a letter, then letters or digits, joined by inner apostrophes, stops or hyphens
("H1N1", "oil-soaked", "O'Brien", "U.S.")."""

Phrase = tuple[str, ...]


def story_title(titles: Iterable[str]) -> str | None:
    """The phrase of one to ``MAX_WORDS`` words the titles share most, as they most often write it, with a
    capital first letter (unless its first word mixes cases: "iPhone"); None when no word is in ``TITLE_SHARE`` of
    them. Of words or neighbours used by as many titles, the one that sorts last (as text) is taken."""
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
    first = form.split(" ", 1)[0]
    return form if first[1:] != first[1:].lower() else form[:1].upper() + form[1:]


def _phrases(title: str) -> dict[Phrase, str]:
    """Each phrase of one to ``MAX_WORDS`` words within one part of the title (``_PART``; none from its site's labels)
    that holds no word of ``NOT_IN_A_NAME``, lower-cased and without possessives, with the form the title writes it
    in (each once)."""
    found: dict[Phrase, str] = {}
    for part in _PART.split(_SITE_LABELS.split(title, 1)[0]):
        words = [POSSESSIVE.sub("", w) for w in _WORD.findall(part)]  # "Egypt's" is "Egypt"; "Don't" stays
        keys = [w.lower() for w in words]
        for size in range(1, MAX_WORDS + 1):
            for i in range(len(words) - size + 1):
                key = tuple(keys[i:i + size])
                if not any(k in NOT_IN_A_NAME or len(k) < 2 for k in key):
                    found.setdefault(key, " ".join(words[i:i + size]))
    return found
