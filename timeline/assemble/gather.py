"""Gathering the story from the extractions one article at a time, so memory does not grow with the text.

An extraction holds every sentence of its article and their words, ten
times what the later stages read of it; a build of 20,000 articles that
decoded them all at once held 600 MB of them. Topicality needs every
sentence's words, but only against the story's profile, which needs only
each article's vocabulary. So the story is gathered in two passes over an
``ExtractionSource`` (the build cache, or a mapping in memory): the
vocabularies make the profile; then each extraction in turn is judged
against it, restricted to the story (``timeline.assemble.topicality``), and
kept with only the sentences the key dates and the article's page read
(``Extraction.keeping``).
"""
from __future__ import annotations

import datetime as dt
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


@dataclass(frozen=True, slots=True)
class HeldExtractions:
    """Extractions held in memory, by article id: a build without a cache, the tests."""

    extractions: Mapping[str, Extraction]

    def vocabularies(self, article_ids: Sequence[str]) -> Iterable[str]:
        return (sentence_words(self.extractions[a])[1] for a in article_ids if a in self.extractions)

    def get(self, article_id: str) -> Extraction | None:
        return self.extractions.get(article_id)


@dataclass(frozen=True, slots=True)
class Gathered:
    """What the later stages read of the articles' extractions."""

    extractions: dict[str, Extraction]
    """By article id: the extraction restricted to the story (an off-topic article's untouched),
    with only the sentences the key dates and the article's page read."""
    off_topic: frozenset[str]
    """Articles not about the story at all (``timeline.assemble.topicality``)."""


def gather(article_ids: Sequence[str], source: ExtractionSource,
           span: tuple[dt.date, dt.date] | None) -> Gathered:
    """The story's part of each article's extraction, read one article at a time.

    The same as ``topicality.focus`` and ``Focus.restrict`` over every extraction
    at once (tested), but only one whole extraction is held at any time.
    """
    profile = story_profile(source.vocabularies(article_ids))
    kept: dict[str, Extraction] = {}
    off: set[str] = set()
    for article_id in article_ids:
        extraction = source.get(article_id)
        if extraction is None:
            continue
        if profile is not None:
            judged = judge(extraction, profile)
            if judged.off_topic:
                off.add(article_id)
            else:
                extraction = on_story(extraction, judged.strays, judged.uses, span)
        kept[article_id] = extraction.keeping(sentences_read(extraction))
    return Gathered(kept, frozenset(off))
