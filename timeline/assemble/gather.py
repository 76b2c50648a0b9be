"""Gathering the story from the extractions one article at a time, so memory does not grow with the text.

An extraction holds every sentence of its article and their words, six
times what the later stages read of it: a build of 20,000 articles that
decoded them all at once held 606 MB of them. Topicality needs every
sentence's words, but only against the story's profile, which needs only
each article's vocabulary. So the story is gathered in two passes over an
``ExtractionSource`` (the build cache, or a mapping in memory): the
vocabularies make the profile; then each extraction in turn is judged
against it, restricted to the story (``timeline.assemble.topicality``), and
kept with only the sentences the key dates and the article's page read
(``Extraction.keeping``): 83 MB of objects for those 20,000 articles.

What is kept of an article depends on its extraction and on the story's
profile and span only, and these rarely change when a few articles are
added, so the build cache also stores it under its context
(``ExtractionSource.recall``): a rebuild decodes the kept part and judges
nothing again. Kept for speed, so measured: one article added to the 2,716
dev articles took 1.97 s without it and 1.59 s with it (medians of seven
alternating runs each, ``benchmarks/results/kept-ab.md``); gathering alone,
0.63 s and 0.33 s.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from timeline.assemble.keydates import sentences_read
from timeline.assemble.topicality import judge, on_story, story_profile
from timeline.records import Extraction
from timeline.words import sentence_words


class ExtractionSource(Protocol):
    """Where the articles' extractions are read from, one at a time."""

    def vocabularies(self, article_ids: Sequence[str]) -> Iterable[str]:
        """The vocabulary (``timeline.words.sentence_words``) of each of these articles that has an extraction."""

    def get(self, article_id: str) -> Extraction | None:
        """The extraction of this article; None when it has none."""

    def recall(self, article_id: str, context: str) -> tuple[bool, Extraction] | None:
        """What ``gather`` kept of this article in ``context`` (whether it is off the story, and its
        kept extraction), when a source stores it; None otherwise."""

    def remember(self, context: str, kept: Iterable[tuple[str, bool, Extraction]]) -> None:
        """Store what ``gather`` kept of these articles (id, off the story, kept extraction) in ``context``."""


@dataclass(frozen=True, slots=True)
class HeldExtractions:
    """Extractions held in memory, by article id: a build without a cache, the tests."""

    extractions: Mapping[str, Extraction]

    def vocabularies(self, article_ids: Sequence[str]) -> Iterable[str]:
        return (sentence_words(self.extractions[a])[1] for a in article_ids if a in self.extractions)

    def get(self, article_id: str) -> Extraction | None:
        return self.extractions.get(article_id)

    def recall(self, article_id: str, context: str) -> tuple[bool, Extraction] | None:
        return None

    def remember(self, context: str, kept: Iterable[tuple[str, bool, Extraction]]) -> None:
        return None


@dataclass(frozen=True, slots=True)
class Gathered:
    """What the later stages read of the articles' extractions."""

    extractions: dict[str, Extraction]
    """By article id: the extraction restricted to the story, with only the sentences the key
    dates and the article's page read (of an off-topic article, only its summary)."""
    off_topic: frozenset[str]
    """Articles not about the story at all (``timeline.assemble.topicality``)."""


def gather(article_ids: Sequence[str], source: ExtractionSource,
           span: tuple[dt.date, dt.date] | None) -> Gathered:
    """The story's part of each article's extraction, read one article at a time.

    The same as ``topicality.focus`` and ``Focus.restrict`` over every extraction
    at once (tested), but only one whole extraction is held at any time. What is
    kept of an article depends only on its extraction and the ``context``: the
    story's profile and span. A source that stores it (the build cache) gives it
    back while they stay the same, as they do when an article or a few are added
    to a story: a rebuild then decodes the kept part, not the whole extraction,
    and judges nothing again.
    """
    profile = story_profile(source.vocabularies(article_ids))
    context = _context(profile, span)
    kept: dict[str, Extraction] = {}
    off: set[str] = set()
    judged: list[tuple[str, bool, Extraction]] = []
    for article_id in article_ids:
        recalled = source.recall(article_id, context)
        if recalled is None:
            extraction = source.get(article_id)
            if extraction is None:
                continue
            recalled = _judged(extraction, profile, span)
            judged.append((article_id, *recalled))
        if recalled[0]:
            off.add(article_id)
        kept[article_id] = recalled[1]
    source.remember(context, judged)
    return Gathered(kept, frozenset(off))


def _judged(extraction: Extraction, profile: frozenset[str] | None,
            span: tuple[dt.date, dt.date] | None) -> tuple[bool, Extraction]:
    """Whether the article is off the story, and what the later stages read of its extraction:
    of an article off the story, only its summary (it makes no entry and no key date)."""
    if profile is not None:
        judged = judge(extraction, profile)
        if judged.off_topic:
            return True, dataclasses.replace(extraction.keeping(frozenset()), events=(), mentions=())
        extraction = on_story(extraction, judged.strays, judged.uses, span)
    return False, extraction.keeping(sentences_read(extraction))


def _context(profile: frozenset[str] | None, span: tuple[dt.date, dt.date] | None) -> str:
    """A digest of what, besides its extraction, decides what is kept of an article."""
    story = [sorted(profile) if profile is not None else None,
             [day.isoformat() for day in span] if span is not None else None]
    return hashlib.sha256(json.dumps(story).encode("utf-8")).hexdigest()
