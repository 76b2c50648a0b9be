"""Gathering the story from the extractions one article at a time, so memory does not grow with the text.

An extraction holds every sentence of its article and their words, six
times what the later stages read of it: a build of 20,000 articles that
decoded them all at once held 606 MB of them. Topicality needs every
sentence's words, but only against the story's profile, which needs only
how many articles' vocabularies use each word. So the story is gathered in
two passes over an ``ExtractionSource`` (the build cache, or a mapping in
memory): the document frequencies make the profile (the build cache keeps
them from the last build and counts only the vocabularies added and removed
since); then each extraction in turn is judged
against it, restricted to the story (``timeline.assemble.topicality``), and
kept with only the sentences the key dates and the article's page read
(``Extraction.keeping``).

What is kept of an article depends on its extraction and on the story's
profile and span only, and these rarely change when a few articles are
added, so the build cache stores it under its context
(``ExtractionSource.remember``): a rebuild judges nothing again. Kept for
speed, so measured: one article added to the 2,716 dev articles took 1.97 s
without it and 1.59 s with it (medians of seven alternating runs each,
``benchmarks/results/kept-ab.md``); gathering alone, 0.63 s and 0.33 s.

The kept parts are not held either (``KeptExtractions``): held, those of
100,000 articles took 387 MB, and the key dates and the entries read each one
once. They are read back from the store as each is needed; only what the store
could not keep is held.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from timeline.assemble.keydates import KeyDatePart, decode_part, encode_part, key_date_part, sentences_read
from timeline.assemble.topicality import document_frequency, judge, on_story, profile_of, story_core, story_names
from timeline.records import Extraction
from timeline.stored_ids import StoredIds
from timeline.words import sentence_words


class ExtractionSource(Protocol):
    """Where the articles' extractions are read from, one at a time."""

    def document_frequency(self, article_ids: Collection[str]) -> tuple[Counter[str], int]:
        """How many of these articles' vocabularies (``timeline.words.sentence_words``) use each word, and how
        many articles have one (``topicality.document_frequency`` of those that have an extraction)."""

    def get(self, article_id: str) -> Extraction | None:
        """The extraction of this article; None when it has none."""

    def kept_off(self, article_id: str, context: str) -> bool | None:
        """Whether the article is off the story, when the source stores what ``gather`` kept of it
        in ``context``; None otherwise."""

    def recall(self, article_id: str, context: str) -> tuple[bool, Extraction] | None:
        """What ``gather`` kept of this article in ``context`` (whether it is off the story, and its
        kept extraction), when a source stores it and it is sound; None otherwise."""

    def remember(self, context: str, kept: Sequence[tuple[str, bool, Extraction, bytes | None]]) -> frozenset[str]:
        """Store what ``gather`` kept of these articles (id, off the story, kept extraction, and the stored
        form of its key-date part, ``keydates.encode_part``, None off the story) in ``context``;
        the ids of those it stored."""

    def key_date_part(self, article_id: str, context: str) -> bytes | None:
        """The stored key-date part of this article kept in ``context`` (as ``remember`` was given it),
        when a source stores it; None otherwise."""


@dataclass(frozen=True, slots=True)
class HeldExtractions:
    """Extractions held in memory, by article id: a build without a cache, the tests."""

    extractions: Mapping[str, Extraction]

    def document_frequency(self, article_ids: Collection[str]) -> tuple[Counter[str], int]:
        return document_frequency(sentence_words(self.extractions[a])[1] for a in article_ids if a in self.extractions)

    def get(self, article_id: str) -> Extraction | None:
        return self.extractions.get(article_id)

    def kept_off(self, article_id: str, context: str) -> bool | None:
        return None

    def recall(self, article_id: str, context: str) -> tuple[bool, Extraction] | None:
        return None

    def remember(self, context: str, kept: Sequence[tuple[str, bool, Extraction, bytes | None]]) -> frozenset[str]:
        return frozenset()

    def key_date_part(self, article_id: str, context: str) -> bytes | None:
        return None


REMEMBER_BATCH = 256
"""Kept parts stored per write: a cold build of a large archive holds no more of them than this."""


class KeptExtractions(Mapping[str, Extraction]):
    """What ``gather`` kept of each article, by article id, read back from the source at each look-up.

    Iterates in the order ``gather`` was given. A kept part the source cannot give back
    (a store changed meanwhile) is judged again from the whole extraction, the same result,
    and stored again (held, when the source cannot store it).
    """

    def __init__(self, source: ExtractionSource, context: str, profile: frozenset[str] | None,
                 span: tuple[dt.date, dt.date] | None, ids: Collection[str], missing: frozenset[str],
                 held: Mapping[str, Extraction], names: frozenset[str] = frozenset(),
                 core: frozenset[str] = frozenset()) -> None:
        """``ids``: the articles ``gather`` was given (a build's read from its store: not held here);
        ``missing``: those of them without an extraction; ``names``: the story's (``topicality.story_names``);
        ``core``: its core words (``topicality.story_core``)."""
        self._source = source
        self._context = context
        self._profile = profile
        self._names = names
        self._core = core
        self._span = span
        self._ids = ids
        self._missing = missing
        self._held = dict(held)

    @property
    def profile(self) -> frozenset[str] | None:
        """The story's words (``topicality.profile_of``) the articles were judged by."""
        return self._profile

    @property
    def names(self) -> frozenset[str]:
        """The story's names (``topicality.story_names``) the articles were judged by."""
        return self._names

    def __getitem__(self, article_id: str) -> Extraction:
        held = self._held.get(article_id)
        if held is not None:
            return held
        if article_id not in self:
            raise KeyError(article_id)
        recalled = self._source.recall(article_id, self._context)
        if recalled is None:
            extraction = self._source.get(article_id)
            if extraction is None:
                raise KeyError(article_id)
            recalled = _judged(extraction, self._profile, self._names, self._span, self._core)
            _remember(self._source, self._context, [(article_id, *recalled)], self._held)
        return recalled[1]

    def key_date_part(self, article_id: str) -> KeyDatePart | None:
        """The key dates' part of this article as stored when it was kept (``keydates.KeyDatePart``):
        read instead of its kept extraction; None when there is none (it is then made from that)."""
        if article_id in self._held or article_id not in self:
            return None
        part = decode_part(self._source.key_date_part(article_id, self._context))
        return part if part is not None and part.article_id == article_id else None

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._ids and article_id not in self._missing

    def __iter__(self) -> Iterator[str]:
        return (article_id for article_id in self._ids if article_id not in self._missing)

    def __len__(self) -> int:
        return len(self._ids) - len(self._missing)


@dataclass(frozen=True, slots=True)
class Gathered:
    """What the later stages read of the articles' extractions."""

    extractions: KeptExtractions
    """By article id: the extraction restricted to the story, with only the sentences the key
    dates and the article's page read (of an off-topic article, only its summary)."""
    off_topic: Collection[str]
    """Articles not about the story at all (``timeline.assemble.topicality``), kept on disk (``StoredIds``)."""


def gather(article_ids: Collection[str], source: ExtractionSource,
           span: tuple[dt.date, dt.date] | None) -> Gathered:
    """The story's part of each article's extraction, read one article at a time.

    The same as ``topicality.focus`` and ``Focus.restrict`` over every extraction
    at once (tested), but only one whole extraction is held at any time. What is
    kept of an article depends only on its extraction and the ``context``: the
    story's profile and span. A source that stores it (the build cache) keeps it,
    ``REMEMBER_BATCH`` at a time, and gives it back while they stay the same, as
    they do when an article or a few are added to a story: a rebuild then judges
    nothing again.
    """
    counts, articles = source.document_frequency(article_ids)
    profile = profile_of(counts, articles)
    names = story_names(profile, counts)
    core = story_core(profile, counts)
    context = _context(profile, names, span, core)
    missing: set[str] = set()
    off = StoredIds()
    held: dict[str, Extraction] = {}
    judged: list[tuple[str, bool, Extraction]] = []
    for article_id in article_ids:
        off_story = source.kept_off(article_id, context)
        if off_story is None:
            extraction = source.get(article_id)
            if extraction is None:
                missing.add(article_id)
                continue
            off_story, kept = _judged(extraction, profile, names, span, core)
            judged.append((article_id, off_story, kept))
            if len(judged) >= REMEMBER_BATCH:
                _remember(source, context, judged, held)
                judged.clear()
        if off_story:
            off.add(article_id)
    _remember(source, context, judged, held)
    return Gathered(KeptExtractions(source, context, profile, span, article_ids, frozenset(missing), held, names,
                                    core), off)


def _remember(source: ExtractionSource, context: str, judged: Sequence[tuple[str, bool, Extraction]],
              held: dict[str, Extraction]) -> None:
    """Store what was judged of these articles, with the key dates' part of those on the story
    (``keydates.key_date_part``); what the source could not store is held instead."""
    stored = source.remember(context, [(article_id, off, kept, None if off else encode_part(key_date_part(kept)))
                                       for article_id, off, kept in judged])
    held.update((article_id, kept) for article_id, _, kept in judged if article_id not in stored)


def _judged(extraction: Extraction, profile: frozenset[str] | None, names: frozenset[str],
            span: tuple[dt.date, dt.date] | None, core: frozenset[str]) -> tuple[bool, Extraction]:
    """Whether the article is off the story, and what the later stages read of its extraction:
    of an article off the story, only its summary (it makes no entry and no key date)."""
    if profile is not None:
        judged = judge(extraction, profile, names, core)
        if judged.off_topic:
            return True, dataclasses.replace(extraction.keeping(frozenset()), events=(), mentions=())
        extraction = on_story(extraction, judged.strays, judged.uses, span, judged.unnamed)
    return False, extraction.keeping(sentences_read(extraction))


def _context(profile: frozenset[str] | None, names: frozenset[str], span: tuple[dt.date, dt.date] | None,
             core: frozenset[str]) -> str:
    """A digest of what, besides its extraction, decides what is kept of an article."""
    story = [sorted(profile) if profile is not None else None,
             [day.isoformat() for day in span] if span is not None else None, sorted(names), sorted(core)]
    return hashlib.sha256(json.dumps(story).encode("utf-8")).hexdigest()
