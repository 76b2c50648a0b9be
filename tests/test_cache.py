"""The build cache: what invalidates an entry, and that a bad entry is never trusted."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from timeline.buildsys import cache as cache_module
from timeline.buildsys.cache import DATABASE, KEEP_BUILDS, ExtractionCache, decode_entry, encode_entry, extraction_key
from timeline.config import ExtractConfig
from timeline.buildsys.codec import decode_extraction, encode_extraction
from timeline.assemble.topicality import document_frequency
from timeline.records import Article, Event, Extraction, Granularity, Mention, Sentence, Sentences, When
from timeline.words import sentence_words

ARTICLE = Article(id="a1", origin="feed.jsonl:1", title="Spill", text="The well blew out on 20 April 2010.",
                  published=dt.date(2010, 4, 21))
CONFIG = ExtractConfig()
APRIL_20 = When(dt.date(2010, 4, 20), Granularity.DAY, "2010-04-20", dt.date(2010, 4, 20))
EXTRACTION = Extraction(
    article_id="a1",
    sentences=Sentences.of([Sentence(0, 0, 35, "The well blew out on 20 April 2010.")]),
    mentions=(Mention(0, APRIL_20),),
    events=(Event("a1", 0, "The well blew out on 20 April 2010.", APRIL_20, "20 April 2010", 21, 34),),
    summary=(0,),
)


# --- the key -----------------------------------------------------------------------------------

def test_the_key_is_stable_for_the_same_inputs() -> None:
    assert extraction_key(ARTICLE, CONFIG) == extraction_key(replace(ARTICLE), ExtractConfig())


@pytest.mark.parametrize("changed", [
    replace(ARTICLE, text=ARTICLE.text + " "),
    replace(ARTICLE, text="The well blew out on 20 April 2011."),
    replace(ARTICLE, published=dt.date(2010, 4, 22)),
    replace(ARTICLE, published=None),
    replace(ARTICLE, id="a2"),
    replace(ARTICLE, language="fr"),
])
def test_any_field_extract_reads_changes_the_key(changed: Article) -> None:
    assert extraction_key(changed, CONFIG) != extraction_key(ARTICLE, CONFIG)


def test_fields_extract_does_not_read_leave_the_key_alone() -> None:
    moved = replace(ARTICLE, origin="elsewhere.jsonl:9", title="Another title", url="https://example.org/x",
                    source="wire", tags=("oil",), slug="a1-2")
    assert extraction_key(moved, CONFIG) == extraction_key(ARTICLE, CONFIG)


@pytest.mark.parametrize("changed", [
    replace(CONFIG, summarizer="textrank"),
    replace(CONFIG, summary_sentences=4),
    replace(CONFIG, coarsest_event="decade"),
    replace(CONFIG, language="german"),
])
def test_any_config_field_changes_the_key(changed: ExtractConfig) -> None:
    assert extraction_key(ARTICLE, changed) != extraction_key(ARTICLE, CONFIG)


def test_a_new_version_changes_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    before = extraction_key(ARTICLE, CONFIG)
    monkeypatch.setattr(timeline, "__version__", "99.0.0")
    assert extraction_key(ARTICLE, CONFIG) != before


def test_a_new_cache_format_changes_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    before = extraction_key(ARTICLE, CONFIG)
    monkeypatch.setattr(cache_module, "CACHE_FORMAT", cache_module.CACHE_FORMAT + 1)
    assert extraction_key(ARTICLE, CONFIG) != before


def test_id_and_text_cannot_trade_bytes() -> None:
    """The header is JSON with the text's length, so no split of the same bytes collides."""
    assert extraction_key(replace(ARTICLE, id="x", text="yz"), CONFIG) != \
        extraction_key(replace(ARTICLE, id="xy", text="z"), CONFIG)


# --- the envelope ------------------------------------------------------------------------------

def test_an_entry_round_trips() -> None:
    assert decode_entry("k", encode_entry("k", EXTRACTION)) == EXTRACTION


def test_an_entry_under_another_key_is_refused() -> None:
    assert decode_entry("other", encode_entry("k", EXTRACTION)) is None


def _envelope(extraction: str, *, magic: str = "timeline-extraction", fmt: int | None = None) -> bytes:
    """An entry's bytes around a hand-written ``extraction`` (JSON text), otherwise valid."""
    fmt = cache_module.CACHE_FORMAT if fmt is None else fmt
    return f'{{"magic": "{magic}", "format": {fmt}, "key": "k", "extraction": {extraction}}}'.encode()


@pytest.mark.parametrize("blob", [
    b"",
    b"not json at all",
    b"{truncated",
    b"[1, 2, 3]",
    _envelope("[]", magic="someone-else"),
    _envelope("[]", fmt=999),
    _envelope('["a1", [], [], []]'),
    _envelope('["a1", [[0], [0], [true], ["x"]], [[], []], [[], [], [], [], [], [], []], [], [[], [], [], []]]'),
    _envelope('["a1", [[], [], [], []], [[0], [0]], [[], [], [], [], [], [], []], [], '
              '[["2010-02-30"], [8], ["x"], ["2010-02-30"]]]'),
    _envelope('["a1", [[], [], [], []], [[0], [0]], [[], [], [], [], [], [], []], [], '
              '[["2010-02-03"], [42], ["x"], ["2010-02-03"]]]'),
    _envelope('["a1", [[], [], [], []], [[0], [99999999999999999999999]], [[], [], [], [], [], [], []], [], '
              '[[], [], [], []]]'),
    _envelope("[" * 5000 + "]" * 5000),
    _envelope('["\\ud800", [[], [], [], []], [[], []], [[], [], [], [], [], [], []], [], [[], [], [], []]]'),
    _envelope('"x"').replace(b'"x"', b'"\xff\xfe"'),  # not UTF-8
    b"\xff\xfe",
    "a string, not bytes",
    None,
])
def test_a_malformed_entry_is_refused(blob: object) -> None:
    assert decode_entry("k", blob) is None


def test_the_hand_written_envelope_is_valid_around_a_valid_extraction() -> None:
    # So each refusal above is for its one defect, not for the envelope.
    assert decode_entry("k", _envelope(json.dumps(encode_extraction(EXTRACTION)))) == EXTRACTION


def test_a_truncated_entry_is_refused() -> None:
    blob = encode_entry("k", EXTRACTION)
    assert all(decode_entry("k", blob[:cut]) is None for cut in range(len(blob)))


# --- the store ---------------------------------------------------------------------------------

def test_a_stored_extraction_is_found_by_a_later_build(tmp_path: Path) -> None:
    with ExtractionCache(tmp_path) as cache:
        assert cache.get("k") is None
        cache.put_many([("k", EXTRACTION)])
    with ExtractionCache(tmp_path) as cache:
        assert cache.get("k") == EXTRACTION


def _overwrite_payload(folder: Path, key: str, payload: bytes) -> None:
    with sqlite3.connect(folder / DATABASE) as db:
        db.execute("UPDATE entries SET payload = ? WHERE key = ?", (payload, key))
    db.close()


@pytest.mark.parametrize("payload", [
    encode_entry("k", EXTRACTION)[:-7],  # truncated
    encode_entry("someone-else", EXTRACTION),  # foreign: recorded key differs
    b"\x80\x04\x95 pickled?",  # not ours at all
])
def test_a_corrupt_or_foreign_entry_is_rejected_and_replaced(tmp_path: Path, payload: bytes) -> None:
    with ExtractionCache(tmp_path) as cache:
        cache.put_many([("k", EXTRACTION)])
    _overwrite_payload(tmp_path, "k", payload)
    with ExtractionCache(tmp_path) as cache:
        assert cache.get("k") is None
        assert cache.rejected == 1
        cache.put_many([("k", EXTRACTION)])
    with ExtractionCache(tmp_path) as cache:
        assert cache.get("k") == EXTRACTION
        assert cache.rejected == 0


def test_a_database_file_that_is_not_sqlite_is_replaced(tmp_path: Path) -> None:
    (tmp_path / DATABASE).write_bytes(b"this is not a database" * 100)
    with ExtractionCache(tmp_path) as cache:
        assert cache.get("k") is None
        cache.put_many([("k", EXTRACTION)])
    with ExtractionCache(tmp_path) as cache:
        assert cache.get("k") == EXTRACTION


def test_a_database_of_another_schema_is_emptied(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / DATABASE) as db:
        db.execute("CREATE TABLE entries (key TEXT, payload BLOB, generation INTEGER)")
        db.execute("INSERT INTO entries VALUES ('k', ?, 1)", (encode_entry("k", EXTRACTION),))
        db.execute("PRAGMA user_version = 77")
    db.close()
    with ExtractionCache(tmp_path) as cache:
        assert cache.get("k") is None


def test_entries_unused_for_several_builds_are_pruned(tmp_path: Path) -> None:
    with ExtractionCache(tmp_path) as cache:
        cache.put_many([("old", EXTRACTION), ("kept", EXTRACTION)])
    for _ in range(KEEP_BUILDS - 1):
        with ExtractionCache(tmp_path) as cache:
            assert cache.get("kept") == EXTRACTION
    with ExtractionCache(tmp_path) as cache:  # "old" was last used KEEP_BUILDS - 1 builds ago: still there
        assert cache.get("kept") == EXTRACTION
        assert cache.get("old") == EXTRACTION
    for _ in range(KEEP_BUILDS):
        with ExtractionCache(tmp_path) as cache:
            assert cache.get("kept") == EXTRACTION
    with ExtractionCache(tmp_path) as cache:
        assert cache.get("old") is None
        assert cache.get("kept") == EXTRACTION


# --- the codec, as a property ------------------------------------------------------------------

_text = st.text(max_size=30)
_day = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2199, 12, 31))
_when = st.builds(When, _day, st.sampled_from(list(Granularity)), _text, _day)
_index = st.integers(min_value=0, max_value=10**6)
_extraction = st.builds(
    Extraction,
    _text,
    st.lists(st.builds(Sentence, _index, _index, _index, _text), max_size=4).map(Sentences.of),
    st.lists(st.builds(Mention, _index, _when), max_size=4).map(tuple),
    st.lists(st.builds(Event, _text, _index, _text, _when, _text, _index, _index), max_size=4).map(tuple),
    st.lists(_index, max_size=4).map(tuple),
)


@given(_extraction)
def test_every_extraction_survives_the_codec(extraction: Extraction) -> None:
    assert decode_extraction(encode_extraction(extraction)) == extraction
    # When.last takes no part in equality: compare the encodings to check it too.
    assert encode_extraction(decode_extraction(encode_extraction(extraction))) == encode_extraction(extraction)
    assert decode_entry("key", encode_entry("key", extraction)) == extraction


def test_a_change_to_the_package_code_changes_the_key(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A checkout changes its code without changing its version: the key must still change."""
    import timeline.buildsys.code_version as code_version_module

    (tmp_path / "pkg" / "sub").mkdir(parents=True)
    (tmp_path / "pkg" / "a.py").write_text("RULE = 1\n", encoding="utf-8")
    (tmp_path / "pkg" / "sub" / "b.py").write_text("", encoding="utf-8")
    before = code_version_module.source_digest(tmp_path / "pkg")
    (tmp_path / "pkg" / "a.py").write_text("RULE = 2\n", encoding="utf-8")
    assert code_version_module.source_digest(tmp_path / "pkg") != before
    key = extraction_key(ARTICLE, CONFIG)
    monkeypatch.setattr(code_version_module, "_package_digest", lambda: "0" * 16)
    assert extraction_key(ARTICLE, CONFIG) != key


def test_titles_are_found_by_digest_and_pruned_when_unused(tmp_path: Path) -> None:
    from timeline.buildsys.cache import title_digest

    old, kept = title_digest("An old text."), title_digest("A kept text.")
    assert old != kept and title_digest("An old text.") == old
    with ExtractionCache(tmp_path) as cache:
        cache.put_titles({old: ("Old",), kept: ("Kept", "Then this")})
    for _ in range(KEEP_BUILDS):
        with ExtractionCache(tmp_path) as cache:
            assert cache.titles(kept) == ("Kept", "Then this")
    with ExtractionCache(tmp_path) as cache:
        assert cache.titles(old) is None
        assert cache.titles(kept) == ("Kept", "Then this")


# --- the story's document frequencies -----------------------------------------------------------

STORY_WORDS = ("oil", "spill", "gulf", "rig", "coast", "booms", "crews", "storm", "senate", "hearing")


def _worded(key: str, words: frozenset[int]) -> Extraction:
    text = "The " + " ".join(STORY_WORDS[w] for w in sorted(words)) + f" report {key}."
    return replace(EXTRACTION, sentences=Sentences.of([Sentence(0, 0, len(text), text)]))


def _full_count(extractions: dict[str, Extraction], keys: frozenset[str]) -> Counter[str]:
    return document_frequency(sentence_words(extractions[k])[1] for k in keys)[0]


@settings(deadline=None)  # up to six builds' cache writes an example: 258 ms once on a loaded CI machine
@given(words=st.lists(st.frozensets(st.integers(0, len(STORY_WORDS) - 1), min_size=1), min_size=8, max_size=8),
       builds=st.lists(st.frozensets(st.integers(0, 7), min_size=1), min_size=1, max_size=6))
def test_the_stored_frequencies_count_as_a_full_count_as_keys_come_and_go(
        words: list[frozenset[int]], builds: list[frozenset[int]]) -> None:
    extractions = {f"k{i}": _worded(f"k{i}", w) for i, w in enumerate(words)}
    with tempfile.TemporaryDirectory() as folder:
        with ExtractionCache(folder) as cache:
            cache.put_many(extractions.items())
        for build in builds:
            keys = frozenset(f"k{i}" for i in build)
            with ExtractionCache(folder) as cache:
                assert all(cache.get(k) is not None for k in extractions)  # all in use: none pruned
                assert cache.document_frequency(keys) == (_full_count(extractions, keys), frozenset())


def test_a_rebuild_counts_only_the_vocabularies_of_the_keys_added_and_removed(tmp_path: Path) -> None:
    extractions = {f"k{i}": _worded(f"k{i}", frozenset({i, (i + 3) % len(STORY_WORDS)})) for i in range(6)}
    with ExtractionCache(tmp_path) as cache:
        cache.put_many(extractions.items())
        assert cache.document_frequency({"k0", "k1", "k2", "k3"})[1] == frozenset()
    with sqlite3.connect(tmp_path / DATABASE) as db:  # an unchanged key's vocabulary, read no more
        db.execute("UPDATE entries SET vocabulary = 'spoiled' WHERE key = 'k1'")
    db.close()
    with ExtractionCache(tmp_path) as cache:
        after = frozenset({"k0", "k1", "k3", "k4", "k5"})
        assert cache.document_frequency(after) == (_full_count(extractions, after), frozenset())


@pytest.mark.parametrize("counts", [b'{"oil": -1}', b'{"oil": "2"}', b'["oil"]', b"{not json"])
def test_stored_frequencies_that_are_not_well_formed_make_a_full_count(tmp_path: Path, counts: bytes) -> None:
    extractions = {f"k{i}": _worded(f"k{i}", frozenset({i})) for i in range(4)}
    keys = frozenset(extractions)
    with ExtractionCache(tmp_path) as cache:
        cache.put_many(extractions.items())
        cache.document_frequency(keys - {"k3"})
    with sqlite3.connect(tmp_path / DATABASE) as db:
        db.execute("UPDATE frequencies SET counts = ?", (counts,))
    db.close()
    with ExtractionCache(tmp_path) as cache:
        assert cache.document_frequency(keys) == (_full_count(extractions, keys), frozenset())


def test_a_key_without_a_usable_vocabulary_is_named_and_not_counted(tmp_path: Path) -> None:
    extractions = {f"k{i}": _worded(f"k{i}", frozenset({i})) for i in range(3)}
    with ExtractionCache(tmp_path) as cache:
        cache.put_many(extractions.items())
        cache.document_frequency({"k0", "k1"})
    with sqlite3.connect(tmp_path / DATABASE) as db:
        db.execute("UPDATE entries SET vocabulary = x'00ff' WHERE key = 'k2'")
    db.close()
    with ExtractionCache(tmp_path) as cache:
        counts, unusable = cache.document_frequency({"k0", "k1", "k2", "gone"})
        assert unusable == {"k2", "gone"} and counts == _full_count(extractions, frozenset({"k0", "k1"}))
