"""Extraction records to JSON and back, checking every field on the way in.

The build cache stores extractions on disk, and a file on disk is untrusted
input: it may be truncated, written by another version, or planted. JSON
(unlike pickle) cannot run code when read, and ``decode_extraction`` rebuilds
the frozen dataclasses only after checking each value's type, raising
``MalformedExtraction`` for anything else, so a bad entry is never trusted.

The layout is built for the speed of a cached rebuild, which reads every
sentence of the corpus: each record kind is stored as parallel columns (one
list per field) rather than a list per record, so parsing creates a handful
of lists per article instead of one per sentence, and each column is
type-checked in one pass. Distinct dates are stored once, in a table the
mentions and events refer to by position. An event's article id and sentence
text, which repeat the extraction's id and one of its sentences, are stored as
null when they do (a fifth of the bytes otherwise).
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from timeline.records import Event, Extraction, Granularity, Mention, Sentences, When


class MalformedExtraction(ValueError):
    """A decoded value does not have the shape of an Extraction."""


_INT: frozenset[type] = frozenset({int})
_STR: frozenset[type] = frozenset({str})
_STR_OR_NONE: frozenset[type] = frozenset({str, type(None)})
_BOOL: frozenset[type] = frozenset({bool})
"""The kinds of a column (``_column``): exactly these types."""


def encode_extraction(extraction: Extraction) -> list[Any]:
    """A JSON-ready list holding every field of ``extraction``.

    Layout: ``[article_id, sentences, mentions, events, summary, whens, writers_voice, words,
    vocabulary, openings, happenings]`` where
    sentences are the columns ``[index, start, end, text]``, mentions
    ``[sentence_index, when]``, events ``[article_id, sentence_index,
    sentence, when, expression, start, end, foretold]`` (article_id and sentence null
    when implied, see the module docstring) and whens ``[first, granularity,
    value, last]``; a ``when`` is a position in the whens table; openings are the columns
    ``[sentence_index, length]`` and happenings a sorted list of sentence indices.
    """
    table: dict[tuple[str, int, str, str], int] = {}

    def when_ref(when: When) -> int:
        return table.setdefault(
            (when.first.isoformat(), int(when.granularity), when.value, when.last.isoformat()), len(table))

    sentences = extraction.sentences
    text_of = _texts_by_index(list(sentences.indices), list(sentences.texts))
    mentions = extraction.mentions
    events = extraction.events
    encoded_mentions = [[m.sentence_index for m in mentions], [when_ref(m.when) for m in mentions]]
    encoded_events = [
        [None if e.article_id == extraction.article_id else e.article_id for e in events],
        [e.sentence_index for e in events],
        [None if text_of.get(e.sentence_index) == e.sentence else e.sentence for e in events],
        [when_ref(e.when) for e in events],
        [e.expression for e in events],
        [e.start for e in events],
        [e.end for e in events],
        [e.foretold for e in events],
    ]
    whens = list(table)  # insertion order = position
    return [
        extraction.article_id,
        [list(sentences.indices), list(sentences.starts), list(sentences.ends), list(sentences.texts)],
        encoded_mentions,
        encoded_events,
        list(extraction.summary),
        [[w[0] for w in whens], [w[1] for w in whens], [w[2] for w in whens], [w[3] for w in whens]],
        extraction.writers_voice,
        list(extraction.words),
        extraction.vocabulary,
        [list(extraction.openings), list(extraction.openings.values())],
        sorted(extraction.happenings),
    ]


def decode_extraction(data: Any) -> Extraction:
    """The Extraction that ``encode_extraction`` wrote; MalformedExtraction for anything else."""
    article_id, sentences, mentions, events, summary, whens, writers_voice, words, vocabulary, openings, happenings = _items(data, 11)
    if not isinstance(writers_voice, bool):
        raise MalformedExtraction(f"writers_voice is {type(writers_voice).__name__}, not bool")
    article_id = _str(article_id)
    indices, starts, ends, texts = _columns(sentences, _INT, _INT, _INT, _STR)
    mention_indices, mention_whens = _columns(mentions, _INT, _INT)
    (event_articles, event_indices, event_sentences, event_whens, expressions, event_starts,
     event_ends, event_foretold) = _columns(events, _STR_OR_NONE, _INT, _STR_OR_NONE, _INT, _STR, _INT, _INT, _BOOL)
    when_table = _when_table(whens)
    text_of = _texts_by_index(indices, texts)
    words = _column(words, _STR)
    if words and len(words) != len(texts):
        raise MalformedExtraction("the content words are not one entry per sentence")
    opening_indices, opening_lengths = _columns(openings, _INT, _INT)
    if any(not 0 < n <= len(text_of.get(i, "")) for i, n in zip(opening_indices, opening_lengths)):
        raise MalformedExtraction("an opening is longer than its sentence, or its sentence is missing")
    try:
        event_sentences = [text_of[i] if s is None else s for i, s in zip(event_indices, event_sentences)]
    except KeyError as exc:
        raise MalformedExtraction(f"an event refers to the text of a missing sentence {exc}") from None
    return Extraction(
        article_id=article_id,
        sentences=Sentences(tuple(indices), tuple(starts), tuple(ends), tuple(texts)),
        mentions=tuple(map(Mention, mention_indices, _look_up(when_table, mention_whens))),
        events=tuple(map(Event, [article_id if a is None else a for a in event_articles], event_indices,
                         event_sentences, _look_up(when_table, event_whens), expressions, event_starts,
                         event_ends, event_foretold)),
        summary=tuple(_column(summary, _INT)),
        writers_voice=writers_voice,
        words=tuple(words),
        vocabulary=_str(vocabulary),
        openings=dict(zip(opening_indices, opening_lengths)),
        happenings=frozenset(_column(happenings, _INT)),
    )


def _texts_by_index(indices: list[int], texts: list[str]) -> dict[int, str]:
    """Sentence text by sentence index: what an event's null sentence stands for.

    Encoder and decoder build it the same way (the last of equal indices
    wins), so a null decodes to exactly the text it replaced.
    """
    return dict(zip(indices, texts))


def _when_table(data: Any) -> list[When]:
    """The distinct dates of an extraction, in the order its references count them."""
    firsts, granularities, values, lasts = _columns(data, _STR, _INT, _STR, _STR)
    try:
        return [When(_date(first), Granularity(granularity), value, _date(last))
                for first, granularity, value, last in zip(firsts, granularities, values, lasts)]
    except ValueError as exc:  # an unknown granularity
        raise MalformedExtraction(str(exc)) from None


def _look_up(table: list[When], refs: list[int]) -> list[When]:
    """``table[ref]`` for each ref, refusing a ref out of range (a negative one would count from the end)."""
    if refs and (min(refs) < 0 or max(refs) >= len(table)):
        raise MalformedExtraction("a date reference is outside the table of dates")
    return [table[ref] for ref in refs]


def _columns(data: Any, *kinds: frozenset[type]) -> list[list[Any]]:
    """Parallel columns of equal length whose values have exactly the types ``kinds`` give, column by column."""
    columns = _items(data, len(kinds))
    for column, kind in zip(columns, kinds):
        _column(column, kind)
    if len({len(column) for column in columns}) > 1:
        raise MalformedExtraction("columns of one record kind differ in length")
    return columns


def _column(data: Any, kind: frozenset[type]) -> list[Any]:
    """``data`` if it is a list of values of exactly the types ``kind`` (so no bool for int).

    The check runs over the set of types present, in C, not value by value.
    """
    if type(data) is not list:
        raise MalformedExtraction(f"expected a list, got {type(data).__name__}")
    if not set(map(type, data)) <= kind:
        raise MalformedExtraction(f"expected a list of {' or '.join(sorted(t.__name__ for t in kind))}")
    return data


def _items(data: Any, count: int) -> list[Any]:
    if not isinstance(data, list) or len(data) != count:
        raise MalformedExtraction(f"expected a list of {count}, got {type(data).__name__}")
    return data


def _str(data: Any) -> str:
    if type(data) is not str:
        raise MalformedExtraction(f"expected a string, got {type(data).__name__}")
    return data


def _date(data: str) -> dt.date:
    try:
        return dt.date.fromisoformat(data)
    except ValueError as exc:
        raise MalformedExtraction(f"bad date {data!r}") from exc
