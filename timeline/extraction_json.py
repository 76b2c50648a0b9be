"""Extraction records to JSON and back, checking every field on the way in.

The build cache stores extractions on disk, and a file on disk is untrusted
input: it may be truncated, written by another version, or planted. JSON
(unlike pickle) cannot run code when read, and ``decode_extraction`` rebuilds
the frozen dataclasses only after checking each value's type, raising
``MalformedExtraction`` for anything else, so a bad entry is never trusted.
The layout is positional lists, not objects: the cache is read on every build
and lists are both smaller and faster to parse.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from timeline.model import Event, Extraction, Granularity, Mention, Sentence, When


class MalformedExtraction(ValueError):
    """A decoded value does not have the shape of an Extraction."""


def encode_extraction(extraction: Extraction) -> list[Any]:
    """A JSON-ready list holding every field of ``extraction``."""
    return [
        extraction.article_id,
        [[s.index, s.start, s.end, s.text] for s in extraction.sentences],
        [[m.sentence_index, _encode_when(m.when)] for m in extraction.mentions],
        [[e.article_id, e.sentence_index, e.sentence, _encode_when(e.when), e.expression, e.start, e.end]
         for e in extraction.events],
        list(extraction.summary),
    ]


def decode_extraction(data: Any) -> Extraction:
    """The Extraction that ``encode_extraction`` wrote; MalformedExtraction for anything else.

    Written for speed (a cached rebuild decodes every sentence of the corpus):
    fields are unpacked and type-checked inline, and equal dates decoded once.
    """
    try:
        article_id, sentences, mentions, events, summary = _items(data, 5)
        whens: dict[tuple[Any, ...], When] = {}
        decoded = Extraction(
            article_id=_str(article_id),
            sentences=tuple(_sentence(*s) for s in _list(sentences)),
            mentions=tuple(Mention(_int(i), _when(w, whens)) for i, w in _list(mentions)),
            events=tuple(_event(e, whens) for e in _list(events)),
            summary=tuple(_int(i) for i in _list(summary)),
        )
    except (TypeError, ValueError) as exc:  # wrong arity or shape while unpacking
        raise MalformedExtraction(str(exc)) from exc
    return decoded


def _encode_when(when: When) -> list[Any]:
    return [when.first.isoformat(), int(when.granularity), when.value, when.last.isoformat()]


def _sentence(index: Any, start: Any, end: Any, text: Any) -> Sentence:
    if type(index) is not int or type(start) is not int or type(end) is not int or type(text) is not str:
        raise MalformedExtraction("a sentence is not [int, int, int, str]")
    return Sentence(index, start, end, text)


def _event(data: Any, whens: dict[tuple[Any, ...], When]) -> Event:
    article_id, index, sentence, when, expression, start, end = _items(data, 7)
    return Event(_str(article_id), _int(index), _str(sentence), _when(when, whens), _str(expression), _int(start),
                 _int(end))


def _when(data: Any, seen: dict[tuple[Any, ...], When]) -> When:
    first, granularity, value, last = _items(data, 4)
    key = (first, granularity, value, last)
    if type(granularity) is not int:  # also keeps True/1 and 1.0/1 from sharing a memo entry
        raise MalformedExtraction("a granularity is not an integer")
    if key not in seen:
        try:
            seen[key] = When(_date(first), Granularity(granularity), _str(value), _date(last))
        except ValueError as exc:
            raise MalformedExtraction(f"bad granularity {granularity!r}") from exc
    return seen[key]


def _items(data: Any, count: int) -> list[Any]:
    if not isinstance(data, list) or len(data) != count:
        raise MalformedExtraction(f"expected a list of {count}, got {type(data).__name__}")
    return data


def _list(data: Any) -> list[Any]:
    if not isinstance(data, list):
        raise MalformedExtraction(f"expected a list, got {type(data).__name__}")
    return data


def _int(data: Any) -> int:
    if not isinstance(data, int) or isinstance(data, bool):
        raise MalformedExtraction(f"expected an integer, got {type(data).__name__}")
    return data


def _str(data: Any) -> str:
    if not isinstance(data, str):
        raise MalformedExtraction(f"expected a string, got {type(data).__name__}")
    return data


def _date(data: Any) -> dt.date:
    try:
        return dt.date.fromisoformat(_str(data))
    except ValueError as exc:
        raise MalformedExtraction(f"bad date {data!r}") from exc
