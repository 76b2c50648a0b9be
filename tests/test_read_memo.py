"""A file unchanged since an earlier build is read back from the build cache, not parsed again."""
from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import timeline.read as read_module
from timeline.build import build
from timeline.buildsys.cache import DATABASE
from timeline.config import Config, ExtractConfig
from timeline.read.memo import decode_items, encode_items, text_digest
from timeline.records import Article
from timeline.report import Problem, Severity

RECORDS = [
    {"id": "a1", "published": "2010-05-06", "title": "Cap", "text": "On 3 May 2010 crews capped the well. Oil stopped."},
    {"id": "a2", "published": "2010-05-08", "text": "The inquiry opened on 7 May 2010 in Houston, officials said."},
    {"id": "a3", "published": "2010-06-02", "title": "Shares", "text": "Shares rose on 1 June 2010 after the deal.",
     "colour": "blue"},  # an unknown field: a warning, reported by every build
]
LONG_AGO = 1_500_000_000 * 10**9


def _write(folder: Path, name: str, records: list[dict[str, str]], *, old: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    if old:  # changed long before the build looks at it; a file just written is never read back
        os.utime(path, ns=(LONG_AGO, LONG_AGO))
    return path


def _config(tmp_path: Path, docs: str = "docs") -> Config:
    return replace(Config(), sources=(str(tmp_path / "sources"),), docs_dir=str(tmp_path / docs), jobs=1,
                   cache_dir=str(tmp_path / "cache"), extract=ExtractConfig(summarizer="lead"))


def _tree(docs: Path) -> dict[str, str]:
    return {p.relative_to(docs).as_posix(): p.read_text(encoding="utf-8") for p in sorted(docs.rglob("*.md"))}


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The feed lines the reader parses (their numbers)."""
    lines: list[int] = []
    real = read_module.parse_line

    def counting(number: int, line: str):  # type: ignore[no-untyped-def]
        lines.append(number)
        return real(number, line)

    monkeypatch.setattr(read_module, "parse_line", counting)
    return lines


def test_an_unchanged_feed_is_read_back_with_its_problems(tmp_path: Path, parsed: list[int]) -> None:
    _write(tmp_path / "sources", "feed.jsonl", RECORDS)
    first = build(_config(tmp_path), run_mkdocs=False)
    assert parsed == [1, 2, 3]
    parsed.clear()
    again = build(_config(tmp_path, "docs-again"), run_mkdocs=False)  # a fresh docs folder: every page rendered
    assert parsed == []
    assert again.problems == first.problems and {p.reason.split(":")[0] for p in again.problems} == {
        "no title", "unknown field(s) ignored"}
    assert _tree(tmp_path / "docs-again") == _tree(tmp_path / "docs")
    assert again.timeline == first.timeline


@pytest.mark.parametrize("change", ["edited", "just written", "extraction gone", "memo corrupt", "other code"])
def test_a_feed_is_read_again_when_it_or_what_it_gave_may_have_changed(
        tmp_path: Path, parsed: list[int], change: str, monkeypatch: pytest.MonkeyPatch) -> None:
    feed = _write(tmp_path / "sources", "feed.jsonl", RECORDS)
    build(_config(tmp_path), run_mkdocs=False)
    parsed.clear()
    records = RECORDS
    if change == "edited":  # same size, other text: the times tell
        records = [RECORDS[0], {**RECORDS[1], "text": RECORDS[1]["text"].replace("Houston", "Hoaston")}, RECORDS[2]]
        _write(tmp_path / "sources", "feed.jsonl", records)
        os.utime(feed, ns=(LONG_AGO + 10**9, LONG_AGO + 10**9))
    elif change == "just written":
        os.utime(feed)
    elif change == "extraction gone":
        with sqlite3.connect(tmp_path / "cache" / DATABASE) as db:
            db.execute("DELETE FROM entries WHERE rowid = (SELECT MIN(rowid) FROM entries)")
        db.close()
    elif change == "memo corrupt":
        with sqlite3.connect(tmp_path / "cache" / DATABASE) as db:
            db.execute("UPDATE reads SET items = ?", (b'[["a", 1]]',))
        db.close()
    else:
        monkeypatch.setattr("timeline.buildsys.cache.code_version", lambda: "another version")
    again = build(_config(tmp_path, "docs-again"), run_mkdocs=False)
    assert parsed == [1, 2, 3]
    fresh_config = replace(_config(tmp_path, "docs-fresh"), cache_dir=str(tmp_path / "fresh-cache"))
    fresh = build(fresh_config, run_mkdocs=False)
    assert _tree(tmp_path / "docs-again") == _tree(tmp_path / "docs-fresh")
    assert again.problems == fresh.problems
    if change == "edited":
        assert "Hoaston" in "".join(_tree(tmp_path / "docs-again").values())


def test_only_the_changed_file_of_a_folder_is_read_again(tmp_path: Path, parsed: list[int]) -> None:
    _write(tmp_path / "sources", "one.jsonl", RECORDS[:2])
    _write(tmp_path / "sources", "two.jsonl", RECORDS[2:])
    build(_config(tmp_path), run_mkdocs=False)
    parsed.clear()
    _write(tmp_path / "sources", "two.jsonl", RECORDS[2:] + [
        {"id": "a4", "published": "2010-06-03", "title": "Fine", "text": "BP was fined on 2 June 2010."}])
    again = build(_config(tmp_path), run_mkdocs=False)
    assert parsed == [1, 2]  # the lines of two.jsonl only
    assert again.timeline is not None and [a.id for a in again.timeline.articles] == ["a1", "a2", "a3", "a4"]


def test_a_file_with_errors_is_read_every_time(tmp_path: Path, parsed: list[int]) -> None:
    folder = tmp_path / "sources"
    _write(folder, "feed.jsonl", RECORDS)
    with open(folder / "feed.jsonl", "a", encoding="utf-8") as feed:
        feed.write("{not json\n")
    os.utime(folder / "feed.jsonl", ns=(LONG_AGO, LONG_AGO))
    first = build(_config(tmp_path), run_mkdocs=False)
    parsed.clear()
    again = build(_config(tmp_path), run_mkdocs=False)
    assert parsed == [1, 2, 3, 4]  # an error may be passing (a file being written): never taken as read
    assert again.problems == first.problems and any(p.severity is Severity.ERROR for p in again.problems)


def test_a_file_whose_ids_are_now_taken_is_read_again(tmp_path: Path, parsed: list[int]) -> None:
    _write(tmp_path / "sources", "b.jsonl", RECORDS[:1])
    build(_config(tmp_path), run_mkdocs=False)
    _write(tmp_path / "sources", "a.jsonl", [{**RECORDS[1], "id": "a1"}])  # read first: takes the id a1
    parsed.clear()
    again = build(_config(tmp_path), run_mkdocs=False)
    assert parsed == [1, 1]
    assert again.timeline is not None and sorted(a.id for a in again.timeline.articles) == ["a1", "a1-2"]
    assert any("duplicate id 'a1'" in p.reason for p in again.problems)


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)


@given(st.lists(st.one_of(
    st.builds(lambda i, t, d, tags: (Article(id=i, origin="f.jsonl:1", title=t, text="", published=d,
                                             url=t, source=i, tags=tuple(tags), language="en"), text_digest(t)),
              _TEXT, _TEXT, st.none() | st.dates(dt.date(1, 1, 1)), st.lists(_TEXT, max_size=3)),
    st.builds(Problem, _TEXT, _TEXT, st.sampled_from(Severity)),
), max_size=6))
def test_the_items_of_a_file_come_back_as_they_were_stored(items: list[object]) -> None:
    assert decode_items(encode_items(items)) == items  # type: ignore[arg-type]


@pytest.mark.parametrize("blob", [b"", b"{}", b"[1]", b'[["p", "f", "r", "fatal"]]', b'[["a", "d", "i", "o"]]',
                                  b'[["a", "d", "i", "o", "t", "2010-13-01", "", "", [], "en"]]',
                                  b'[["a", "d", "i", "o", "t", null, "", "", [1], "en"]]', "text"])
def test_stored_items_that_are_not_well_formed_mean_the_file_is_read(blob: object) -> None:
    assert decode_items(blob) is None
