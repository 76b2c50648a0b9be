"""Which articles are not about the story: an unrelated wire story, a news roundup, a foreign-language page.

A feed that follows a story carries strays, and every sentence of a stray
would become the story's noise. The story's own words tell them apart: the
words that the most articles use (``STORY_WORDS`` of them by document
frequency, after stop words) are what the story is about ("oil", "spill",
"gulf"; "earthquake", "haiti"). An article of the story uses them in a fair
share of its sentences; a roundup mentions the story once among other news,
and an unrelated article never. So an article is off the story when fewer
than ``MIN_SHARE`` of its sentences use a story word (from ``MIN_SENTENCES``
sentences on: a short article is judged only when it uses none).

A small story (under ``MIN_ARTICLES``) has no reliable profile: every
article is kept.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from timeline.model import Extraction

STORY_WORDS = 30
"""How many of the most widely used words make the story's profile."""
PROFILE_SHARE = 0.1
"""A word of the profile is used by at least this share of the articles."""
MIN_SHARE = 0.1
"""An article with fewer sentences than this share using a story word is off the story."""
MIN_SENTENCES = 8
"""A shorter article is off the story only when no sentence uses a story word."""
MIN_ARTICLES = 20
"""Fewer articles than this give no profile to judge by."""
MIN_WORDS = 5
"""Sentences shorter than this (captions, headings) are not counted."""

_WORD = re.compile(r"[a-z][a-z'\-]*[a-z]")
_STOP = frozenset("""
    a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having
    he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
    nor not now of off on once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours yourself yourselves
    said says say told according mr mrs ms one two three four five new may might must people year years last
    first like time get make made week day days percent per cent many much even still well back since around
    including across another told just could would also monday tuesday wednesday thursday friday saturday
    sunday january february march april june july august september october november december today yesterday
    """.split())


def off_topic(article_ids: Sequence[str], extractions: Mapping[str, Extraction]) -> frozenset[str]:
    """The ids of the articles that are not about the story the others tell."""
    sentences: dict[str, list[frozenset[str]]] = {}
    document_frequency: Counter[str] = Counter()
    for article_id in article_ids:
        extraction = extractions.get(article_id)
        if extraction is None:
            continue
        rows = [frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP)
                for text in extraction.sentences.texts if text.count(" ") + 1 >= MIN_WORDS]
        sentences[article_id] = rows
        document_frequency.update(frozenset().union(*rows) if rows else ())
    if len(sentences) < MIN_ARTICLES:
        return frozenset()
    widely_used = [(w, n) for w, n in document_frequency.items() if n >= PROFILE_SHARE * len(sentences)]
    profile = frozenset(w for w, _ in sorted(widely_used, key=lambda kv: (-kv[1], kv[0]))[:STORY_WORDS])
    strays = set()
    for article_id, rows in sentences.items():
        if not rows:
            continue
        on_story = sum(1 for words in rows if not profile.isdisjoint(words))
        if (on_story == 0 and len(rows) >= 2) or (len(rows) >= MIN_SENTENCES and on_story < MIN_SHARE * len(rows)):
            strays.add(article_id)
    return frozenset(strays)
