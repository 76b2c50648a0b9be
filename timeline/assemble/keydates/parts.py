"""What the key dates read of one article (``KeyDatePart``): made per article, beside its extraction, and stored.

The extract stage's side of the key dates: pure, per article, so a build caches it and a rebuild reads it back
instead of the extraction.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

import orjson

from timeline.records import Extraction, Granularity, When

from .candidates import content_words, is_readable
from .tuning import DEFAULT_TUNING, Tuning


@dataclass(frozen=True, slots=True)
class KeyDatePart:
    """What the key dates read of one article's extraction (``key_date_part``).

    Made once, when a build keeps its extraction, and stored beside it (``timeline.buildsys.cache``):
    a rebuild then reads this instead of decoding the extraction and reading its sentences again.
    Speed machinery, so measured (A/B, ``benchmarks/results/keydate-parts-ab.md``): one article added
    took 1.41 s with it and 1.62 s without on the 2,716 dev articles, 2.15 s and 2.54 s on 5,000."""

    article_id: str
    """The article's id: a part stored under another article's key is not taken."""
    candidates: tuple[tuple[int, tuple[dt.date, ...], tuple[str, ...], bool], ...]
    """(sentence index, the days its event names, its content words, whether its event was told as still to come
    (``Event.foretold``, which the pages mark "Expected:" when its article is of the day or before:
    ``Tuning.forecasts_last``)) of each sentence that reports a happening, reads well (``is_readable``) and names a
    day or is among the first ``lead_sentences``."""
    mentions: tuple[When, ...]
    """Its date mentions at day or month precision, in order: what its votes read (``article_votes``)."""


def key_date_part(extraction: Extraction, tuning: Tuning = DEFAULT_TUNING) -> KeyDatePart:
    """The key dates' part of ``extraction`` (the same whatever the article's publication date: a lead
    sentence counts only when the article has one, which the story checks)."""
    by_sentence = _named_days(extraction)
    foretold = _foretold(extraction)
    sentences = extraction.sentences  # read as columns: no Sentence made for the many unused
    happenings = extraction.happenings
    candidates = []
    for index, text in zip(sentences.indices, sentences.texts):
        days = by_sentence.get(index)
        if days or index < tuning.lead_sentences:
            told = extraction.told(index, text)
            if index in happenings and is_readable(told, tuning):
                candidates.append((index, tuple(sorted(days)) if days else (), tuple(content_words(told)),
                                   index in foretold))
    mentions = tuple(m.when for m in extraction.mentions if m.when.granularity in _VOTING)
    return KeyDatePart(extraction.article_id, tuple(candidates), mentions)


_VOTING = (Granularity.DAY, Granularity.MONTH)


def encode_part(part: KeyDatePart) -> bytes:
    """The stored form of a key-date part (``decode_part`` reads it back)."""
    return orjson.dumps([part.article_id,
                         [[i, [d.toordinal() for d in days], list(terms), ahead]
                          for i, days, terms, ahead in part.candidates],
                         [[w.first.toordinal(), int(w.granularity), w.value, w.last.toordinal()]
                          for w in part.mentions]])


def decode_part(blob: object) -> KeyDatePart | None:
    """The part stored in ``blob``; None when it is not what ``encode_part`` wrote (the store is untrusted)."""
    if not isinstance(blob, bytes):
        return None
    try:
        article_id, candidates, mentions = orjson.loads(blob)
        return KeyDatePart(
            _text(article_id), tuple((_int(i), tuple(map(_day, days)), tuple(map(_text, terms)), _bool(ahead))
                                     for i, days, terms, ahead in candidates),
            tuple(When(_day(first), Granularity(granularity), _text(value), _day(last))
                  for first, granularity, value, last in mentions))
    except (ValueError, TypeError, OverflowError):  # orjson.JSONDecodeError is a ValueError
        return None


def _int(value: object) -> int:
    if type(value) is not int:
        raise TypeError("not an integer")
    return value


def _bool(value: object) -> bool:
    if type(value) is not bool:
        raise TypeError("not a truth value")
    return value


def _day(value: object) -> dt.date:
    return dt.date.fromordinal(_int(value))


def _text(value: object) -> str:
    if type(value) is not str:
        raise TypeError("not text")
    return value


def sentences_read(extraction: Extraction, tuning: Tuning = DEFAULT_TUNING) -> frozenset[int]:
    """The indices of the sentences of ``extraction`` the key dates may choose: of those that
    report a happening (``Story`` wants no other), those that name a day, and its first
    ``lead_sentences``. A build keeps these of each article, not all."""
    named = _named_days(extraction)
    return frozenset(i for i in extraction.happenings if i in named or i < tuning.lead_sentences)


def _foretold(extraction: Extraction) -> frozenset[int]:
    """The indices of the sentences whose event (the first, as ``Story.key_sentence`` prints it) was told as
    still to come."""
    first: dict[int, bool] = {}
    for event in extraction.events:
        first.setdefault(event.sentence_index, event.foretold)
    return frozenset(index for index, foretold in first.items() if foretold)


def _named_days(extraction: Extraction) -> dict[int, set[dt.date]]:
    """By sentence index, the day its event names at day precision.

    Only the event's: a day a sentence names in a side clause is not what it tells ("Oil has been
    spewing since the rig exploded on 20 April" tells the leak as of its report). With every day
    mention a candidate, AR2 rose by .001 on the dev tasks (noise), and bpoil's first key date
    was told by two such "since" sentences, one with a headline run into it.
    """
    by_sentence: dict[int, set[dt.date]] = defaultdict(set)
    for event in extraction.events:
        if event.when.granularity is Granularity.DAY:
            by_sentence[event.sentence_index].add(event.when.first)
    return by_sentence

