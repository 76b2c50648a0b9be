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

Within an article of the story, a sentence far from every use of a story
word (``NEIGHBOURS``) is off it too: a transcript or live page that turns to
another story, a sidebar, a comment thread. Such sentences make no events
and no date mentions (``Focus.restrict``). Outside the story's span the bar is higher: an
event of its background or outlook must name the story itself (``OUTSIDE_WORDS``), or it
is a history or a prospect of something else.

A small story (under ``MIN_ARTICLES``) has no reliable profile: every
article and sentence is kept.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from timeline.records import Extraction, When

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
NEIGHBOURS = 1
"""A sentence is about the story when it uses a story word itself, or one next to it uses
``NEIGHBOUR_WORDS`` of them. (Two sentences either side kept the other items of news
roundups: of 18 events of the judged dev sample that one sentence drops, 17 had been judged
not worth a reader's time.)"""
OUTSIDE_WORDS = 2
"""An event outside the story's span (its background or outlook) is kept only when its own
sentence uses this many story words: "In 2005, he flew food to Katrina's victims" is another
story; "The rig was built in 2001 for Transocean in South Korea" names this one. (On the 178
judged dev events dated before their story, the 118 with fewer were 20% worth a reader's time
and 58% rightly dated; the 60 kept, 40% and 57%.)"""
NEIGHBOUR_WORDS = 2
"""A neighbour that names the story once ("police", "army") does not carry a sentence that
names it not at all: on the 882 judged dev events, requiring two dropped 127, 35 of the 86
judged off the story and 28 of the 497 judged worth reading (worth rose on every topic,
by 3 to 10 points; date accuracy did not change)."""

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
    """.split()) | frozenset("""
    according already america american area bbc big billion called can't change city cnn come country current
    don't end far former go going good government great group he's help high home i'm international it's know
    leader leaders left less life long look media million minister money national need news next number
    official officials old part place president press public report reports reuters right says see state
    states take that's there's think told top uk united us want way we're work world you're young
    """.split())
"""Stop words, and words every news story uses ("government", "president", "news", "cnn"):
they say nothing of which story an article tells."""


@dataclass(frozen=True, slots=True)
class Focus:
    """What of the articles is about the story."""

    off_topic: frozenset[str]
    """Articles not about the story at all."""
    strays: Mapping[str, frozenset[int]]
    """By article, the sentences far from any use of a story word (an aside, another story)."""
    faint: Mapping[str, frozenset[int]] = dataclasses.field(default_factory=dict)
    """By article, the sentences that use fewer than ``OUTSIDE_WORDS`` story words themselves."""

    def restrict(self, extractions: Mapping[str, Extraction],
                 span: tuple[dt.date, dt.date] | None = None) -> dict[str, Extraction]:
        """The extractions with no events or date mentions from stray sentences (off-topic articles untouched),
        and, given the story's span, no events outside it from faint sentences."""
        def outside(when: When) -> bool:
            return span is not None and (when.last < span[0] or when.first > span[1])

        restricted = dict(extractions)
        for article_id in self.strays.keys() | self.faint.keys():
            if article_id in self.off_topic:
                continue
            extraction = extractions[article_id]
            strays = self.strays.get(article_id, frozenset())
            faint = self.faint.get(article_id, frozenset())
            events = tuple(e for e in extraction.events if e.sentence_index not in strays
                           and not (e.sentence_index in faint and outside(e.when)))
            mentions = tuple(m for m in extraction.mentions if m.sentence_index not in strays)
            if len(events) != len(extraction.events) or len(mentions) != len(extraction.mentions):
                restricted[article_id] = dataclasses.replace(extraction, events=events, mentions=mentions)
        return restricted


def focus(article_ids: Sequence[str], extractions: Mapping[str, Extraction]) -> Focus:
    """Which articles, and which sentences of the others, are off the story the articles tell.

    A sentence is off the story when it uses no story word and no sentence
    within ``NEIGHBOURS`` of it in its article uses ``NEIGHBOUR_WORDS``: a
    transcript or live page that turns to another story, a comment thread,
    a sidebar.
    """
    words: dict[str, list[frozenset[str]]] = {}
    document_frequency: Counter[str] = Counter()
    for article_id in article_ids:
        extraction = extractions.get(article_id)
        if extraction is None:
            continue
        rows = [frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP) for text in extraction.sentences.texts]
        words[article_id] = rows
        document_frequency.update(frozenset().union(*rows) if rows else ())
    if len(words) < MIN_ARTICLES:
        return Focus(frozenset(), {})
    widely_used = [(w, n) for w, n in document_frequency.items() if n >= PROFILE_SHARE * len(words)]
    profile = frozenset(w for w, _ in sorted(widely_used, key=lambda kv: (-kv[1], kv[0]))[:STORY_WORDS])
    off: set[str] = set()
    strays: dict[str, frozenset[int]] = {}
    faint: dict[str, frozenset[int]] = {}
    for article_id, rows in words.items():
        uses = [len(profile & row) for row in rows]
        counted = [use > 0 for use, text in zip(uses, extractions[article_id].sentences.texts)
                   if text.count(" ") + 1 >= MIN_WORDS]
        on_story = sum(counted)
        if (counted and on_story == 0 and len(counted) >= 2) or (
                len(counted) >= MIN_SENTENCES and on_story < MIN_SHARE * len(counted)):
            off.add(article_id)
        strays[article_id] = frozenset(
            i for i in range(len(rows))
            if not uses[i] and max(uses[max(0, i - NEIGHBOURS):i + NEIGHBOURS + 1]) < NEIGHBOUR_WORDS)
        faint[article_id] = frozenset(i for i, use in enumerate(uses) if use < OUTSIDE_WORDS)
    return Focus(frozenset(off), strays, faint)


def off_topic(article_ids: Sequence[str], extractions: Mapping[str, Extraction]) -> frozenset[str]:
    """The ids of the articles that are not about the story the others tell."""
    return focus(article_ids, extractions).off_topic
