"""The columnar extraction codec: implied fields round-trip, and every wrong shape is refused."""
from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from timeline.buildsys.codec import MalformedExtraction, decode_extraction, encode_extraction
from timeline.records import Event, Extraction, Granularity, Mention, Sentence, Sentences, When

DAY = When(dt.date(2010, 4, 20), Granularity.DAY, "2010-04-20", dt.date(2010, 4, 20))
MONTH = When(dt.date(2010, 4, 1), Granularity.MONTH, "2010-04", dt.date(2010, 4, 30))
EXTRACTION = Extraction(
    article_id="a1",
    sentences=Sentences.of([Sentence(0, 0, 10, "First one."), Sentence(1, 11, 30, "The well blew out.")]),
    mentions=(Mention(1, DAY), Mention(0, MONTH), Mention(1, DAY)),
    events=(
        Event("a1", 1, "The well blew out.", DAY, "20 April", 3, 9),  # article id and text implied
        Event("b2", 0, "Not the sentence's text.", MONTH, "April", 0, 5),  # both stored
        Event("a1", 7, "A sentence the extraction lacks.", DAY, "then", 1, 2),
    ),
    summary=(1, 0),
    words=("first", "blew well"),
    vocabulary="blew first well",
    openings={1: 4},  # "The " (no real dateline: the codec does not judge)
    happenings=frozenset({1}),
)


def test_openings_and_happenings_round_trip_and_openings_shorten_the_told_sentence() -> None:
    decoded = decode_extraction(encode_extraction(EXTRACTION))
    assert decoded.openings == {1: 4} and decoded.happenings == frozenset({1})
    assert decoded.words == ("first", "blew well") and decoded.vocabulary == "blew first well"
    assert decoded.summary_sentences == ("well blew out.", "First one.")


def test_implied_and_explicit_event_fields_round_trip() -> None:
    encoded = encode_extraction(EXTRACTION)
    assert decode_extraction(encoded) == EXTRACTION
    events = encoded[3]
    assert events[0] == [None, "b2", None] and events[2] == [None, "Not the sentence's text.",
                                                             "A sentence the extraction lacks."]


def test_equal_dates_are_stored_and_decoded_once() -> None:
    encoded = encode_extraction(EXTRACTION)
    assert len(encoded[5][0]) == 2
    decoded = decode_extraction(encoded)
    assert decoded.mentions[0].when is decoded.mentions[2].when is decoded.events[0].when


def _set(path: tuple[int, ...], value: Any) -> Callable[[list[Any]], None]:
    def change(data: list[Any]) -> None:
        target = data
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
    return change


@pytest.mark.parametrize("change", [
    _set((1, 0, 0), True),  # a bool is not an index
    _set((1, 3, 0), 5),  # a text that is a number
    _set((1, 2), [10]),  # sentence columns of different lengths
    _set((2, 1, 0), 2),  # a date reference past the table
    _set((2, 1, 0), -1),  # a negative one would count from the end
    _set((3, 0, 1), 3),  # an article id that is neither text nor null
    _set((3, 1, 0), 5),  # null text of a sentence that does not exist
    _set((5, 1, 0), 42),  # an unknown granularity
    _set((5, 0, 0), "2010-02-30"),  # an impossible date
    _set((4,), "1, 0"),  # summary not a list
    _set((0,), ["a1"]),  # article id not a string
    _set((3,), [[], []]),  # too few event columns
    _set((7,), ["first"]),  # content words, but not one entry per sentence
    _set((7,), [1, 2]),  # content words that are no text
    _set((8,), ["blew"]),  # a vocabulary that is no text
    _set((9, 1, 0), 19),  # an opening longer than its sentence
    _set((9, 1, 0), 0),  # an empty opening is never stored
    _set((9, 0, 0), 5),  # the opening of a sentence that does not exist
    _set((10,), [True]),  # a happening that is not an index
])
def test_a_wrong_shape_is_refused(change: Callable[[list[Any]], None]) -> None:
    data = copy.deepcopy(encode_extraction(EXTRACTION))
    change(data)
    with pytest.raises(MalformedExtraction):
        decode_extraction(data)


@pytest.mark.parametrize("data", [None, [], "x", ["a1", [], [], [], []], encode_extraction(EXTRACTION)[:5]])
def test_not_an_extraction_is_refused(data: Any) -> None:
    with pytest.raises(MalformedExtraction):
        decode_extraction(data)


def test_sentences_are_columns_that_read_like_a_tuple_of_sentence() -> None:
    rows = [Sentence(0, 0, 10, "First one."), Sentence(1, 11, 30, "The well blew out."), Sentence(2, 31, 33, "Hi")]
    sentences = Sentences.of(rows)
    assert list(sentences) == rows and len(sentences) == 3
    assert sentences[1] == rows[1] and sentences[-1] == rows[2]
    assert sentences[1:] == Sentences.of(rows[1:]) and list(sentences[::2]) == rows[::2]
    assert sentences.texts == ("First one.", "The well blew out.", "Hi") and sentences.indices == (0, 1, 2)
    assert sentences != Sentences.of(rows[:2]) and Sentences.of([]) == Sentences((), (), (), ())
    with pytest.raises(IndexError):
        sentences[3]
    with pytest.raises(ValueError):
        Sentences((0,), (0,), (1,), ())
