"""Broken input: every bad file gets one clear message, and the rest of the build goes on.

``tests/corpus/broken/`` holds the small broken files (empty, binary, other
encodings, bad front matter, impossible dates, duplicate ids, a feed with bad
lines); ``tests/corpus/expected_report_broken.txt`` is the exact report
``timeline check`` must print for them. Inputs too big or too odd to commit
(50 MB, a 1 MB line, deep HTML, FIFOs, link loops, unreadable files) are made
here in tmp_path.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.read import MAX_FILE_BYTES, read_sources
from timeline.report import Severity, summarize

CORPUS = Path(__file__).resolve().parent / "corpus"


def check(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``timeline check`` from the corpus folder (so paths in the report are short)."""
    return subprocess.run([sys.executable, "-m", "timeline", "check", *args], cwd=CORPUS,
                          capture_output=True, text=True, timeout=300)


def report(sources: list[Path], root: Path) -> list[str]:
    result = read_sources(sources)
    return [str(p).replace(f"{root}/", "") for p in sorted(result.problems)]


def test_the_broken_corpus_gives_exactly_the_expected_report() -> None:
    done = check("broken")
    assert done.stderr == (CORPUS / "expected_report_broken.txt").read_text("utf-8")
    assert done.returncode == 0


def test_the_report_line_counts_as_a_reader_reads_them() -> None:
    from timeline.report import Summary

    assert str(Summary(articles=1, skipped=0, warnings=2, events=12_345)) == (
        "1 article used, 0 inputs skipped, 2 warnings, 12,345 dated events")


def test_strict_turns_any_problem_into_exit_1() -> None:
    done = check("--strict", "broken")
    assert done.returncode == 1
    assert done.stderr.endswith("error: --strict and 29 problem(s)\n")


def test_the_good_articles_of_a_broken_folder_are_all_used() -> None:
    result = read_sources([CORPUS / "broken"])
    assert sorted(a.origin.replace(f"{CORPUS}/broken/", "") for a in result.articles) == [
        "dup-a.md", "dup-b.md", "dup-slug.md", "feed.jsonl:1", "feed.jsonl:9", "latin1.md", "mixed.md",
        "no-date.md", "unknown-key.md", "utf16-bom.md",
    ]
    assert sorted((a.id, a.slug) for a in result.articles if a.title == "Same title") == [
        ("Same!", "same-3"), ("same", "same"), ("same-2", "same-2")]


def test_decoding_keeps_the_text_it_can() -> None:
    by_title = {a.title: a for a in read_sources([CORPUS / "broken"]).articles}
    assert by_title["Café résumé"].text == "On 5 January 2024 the café opened.\n"
    assert by_title["UTF-16 article"].published == dt.date(2024, 1, 6)
    # UTF-8 with one Latin-1 fragment: the UTF-8 stays right, the fragment is re-read.
    assert by_title["Mixed bytes"].text == "On 7 January 2024 the naïve writer sent “quotes” and a café.\n"


def test_a_50_mb_article_is_refused_without_being_read(tmp_path: Path) -> None:
    big = tmp_path / "big.md"
    with big.open("wb") as file:
        file.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    (tmp_path / "ok.md").write_text("---\ndate: 2024-03-01\n---\nOn 1 March 2024 it rained.\n")
    assert MAX_FILE_BYTES < 50 * 1024 * 1024
    result = read_sources([tmp_path])
    assert [a.id for a in result.articles] == ["ok"]
    # ok.md has no title, so it is named from its text with a warning.
    assert report([tmp_path], tmp_path) == ["error: big.md: is 50.0 MB, over the 20 MB limit",
                                            "warning: ok.md: no title: titled 'On 1 March 2024 it rained.' from its text"]


def test_a_1_mb_line_is_read_whole(tmp_path: Path) -> None:
    line = "word " * 209_716  # just over 1 MiB on one line
    (tmp_path / "long.md").write_text(f"---\ndate: 2024-03-02\n---\n{line}\n")
    (article,) = read_sources([tmp_path]).articles
    assert article.text == line + "\n"


def test_deeply_nested_html_is_refused_with_a_message(tmp_path: Path) -> None:
    depth = 100_000
    (tmp_path / "deep.html").write_text("<html><body>" + "<div>" * depth + "<p>On 1 May 2024 it spoke.</p>"
                                        + "</div>" * depth + "</body></html>")
    assert report([tmp_path], tmp_path) == ["error: deep.html: no article text found in the page"]


def test_a_fifo_is_skipped_instead_of_blocking_the_build(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.md")
    (tmp_path / "ok.md").write_text("---\ndate: 2024-03-01\n---\nOn 1 March 2024 it rained.\n")
    assert report([tmp_path], tmp_path) == ["warning: ok.md: no title: titled 'On 1 March 2024 it rained.' from its text",
                                            "error: pipe.md: is not a regular file (a pipe, socket or device); skipped"]


def test_symbolic_link_loops_and_broken_links_are_reported(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "ok.md").write_text("---\ndate: 2024-03-01\n---\nOn 1 March 2024 it rained.\n")
    (folder / "loop").symlink_to(folder)          # a folder that contains itself
    (folder / "self.md").symlink_to(folder / "self.md")  # a file link to itself
    (folder / "gone.md").symlink_to(tmp_path / "missing.md")
    result = read_sources([folder])
    assert [a.id for a in result.articles] == ["ok"]
    assert report([folder], folder) == [
        "error: gone.md: is a broken symbolic link",
        "warning: loop: symbolic link loop; folder skipped",
        "warning: ok.md: no title: titled 'On 1 March 2024 it rained.' from its text",
        "error: self.md: is a broken symbolic link",
    ]


def test_an_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run as root, for whom chmod 000 changes nothing: the refusal is simulated at open()."""
    locked = tmp_path / "locked.md"
    locked.write_text("---\ndate: 2024-03-01\n---\nOn 1 March 2024 it rained.\n")
    (tmp_path / "ok.md").write_text("---\ndate: 2024-03-02\n---\nOn 2 March 2024 it snowed.\n")
    real_open = os.open

    def refusing_open(path: str | os.PathLike[str], flags: int, mode: int = 0o777) -> int:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, mode)

    monkeypatch.setattr(os, "open", refusing_open)
    result = read_sources([tmp_path])
    assert [a.id for a in result.articles] == ["ok"]
    assert report([tmp_path], tmp_path) == ["error: locked.md: cannot be read: Permission denied",
                                            "warning: ok.md: no title: titled 'On 2 March 2024 it snowed.' from its text"]


def test_the_summary_counts_skipped_inputs_and_warnings() -> None:
    result = read_sources([CORPUS / "broken"])
    summary = summarize(len(result.articles), result.problems)
    assert (summary.articles, summary.skipped, summary.warnings) == (10, 22, 7)
    assert sum(p.severity is Severity.ERROR for p in result.problems) == 22


def test_odd_file_names_cannot_forge_or_crash_the_report(tmp_path: Path) -> None:
    (tmp_path / "evil\nerror: forged.md").write_text("On 3 May 2024 a newline name.\n")
    (Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9.md"))).write_text("On 2 May 2024 a Latin-1 name.\n")
    result = read_sources([tmp_path])
    assert sorted((a.id, a.slug) for a in result.articles) == [
        ("caf\ufffd", "caf"), ("evil\nerror: forged", "evil-error-forged")]
    assert report([tmp_path], tmp_path) == [
        "warning: caf\\xe9.md: no publication date: its relative dates stay unresolved",
        "warning: caf\\xe9.md: no title: titled 'On 2 May 2024 a Latin-1 name.' from its text",
        "warning: evil\\x0aerror: forged.md: no publication date: its relative dates stay unresolved",
        "warning: evil\\x0aerror: forged.md: no title: titled 'On 3 May 2024 a newline name.' from its text",
    ]


def test_deeply_nested_front_matter_is_refused_not_a_crash(tmp_path: Path) -> None:
    """PyYAML recurses once per level; 20,000 levels fit in the 64 KiB front matter limit."""
    (tmp_path / "list.md").write_text("---\ntitle: " + "[" * 20_000 + "]" * 20_000 + "\n---\nBody.\n")
    (tmp_path / "map.md").write_text("---\ntitle: " + "{a: " * 10_000 + "1" + "}" * 10_000 + "\n---\nBody.\n")
    assert report([tmp_path], tmp_path) == [
        "error: list.md: front matter is nested too deeply",
        "error: map.md: front matter is nested too deeply",
    ]


def test_a_30_mb_feed_is_read_record_by_record(tmp_path: Path) -> None:
    """The size limit is one record's, not the feed's: all of a 30 MB feed is used."""
    padding = "The river rose again. " * 480  # about 10.5 KB a record
    feed = tmp_path / "archive.jsonl"
    with feed.open("w", encoding="utf-8") as file:
        for n in range(3_000):
            file.write(json.dumps({"id": f"a{n}", "published": "2024-03-01", "title": f"Flood {n}",
                                   "text": f"On 1 March 2024 flood {n} closed the road. {padding}"}) + "\n")
    assert feed.stat().st_size > 30 * 1024 * 1024 > MAX_FILE_BYTES
    result = read_sources([feed])
    assert len(result.articles) == 3_000 and result.problems == ()
    assert result.articles[-1].id == "a2999" and result.articles[-1].origin.endswith("archive.jsonl:3000")


def test_an_oversized_record_is_reported_and_the_rest_of_the_feed_used(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    with feed.open("w", encoding="utf-8") as file:
        file.write(json.dumps({"id": "before", "title": "Before", "date": "2024-03-01", "text": "It rained."}) + "\n")
        file.write(json.dumps({"id": "huge", "title": "Huge", "text": "word " * (21 * 1024 * 1024 // 5)}) + "\n")
        file.write(json.dumps({"id": "after", "title": "After", "date": "2024-03-02", "text": "It snowed."}) + "\n")
    result = read_sources([feed])
    assert [a.id for a in result.articles] == ["before", "after"]
    assert report([feed], tmp_path) == ["error: feed.jsonl:2: is a 21.0 MB record, over the 20 MB limit for one article"]


def test_a_feed_line_that_is_not_utf8_is_read_with_one_warning(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "a", "title": "A", "date": "2024-03-01", "text": "It rained."}).encode()
    latin = '{"id": "b", "title": "B", "date": "2024-03-02", "text": "The caf\xe9 opened."}'.encode("latin-1")
    feed.write_bytes(b"\n".join([good, latin, latin.replace(b'"b"', b'"c"')]) + b"\n")
    result = read_sources([feed])
    assert [(a.id, a.text) for a in result.articles] == [
        ("a", "It rained."), ("b", "The café opened."), ("c", "The café opened.")]
    assert report([feed], tmp_path) == [
        "warning: feed.jsonl: not valid UTF-8 (first at line 2); decoded as Windows-1252"]


def test_a_binary_feed_is_refused_whole(tmp_path: Path) -> None:
    (tmp_path / "dump.jsonl").write_bytes(b"\x00\x01\x02" * 1000)
    assert report([tmp_path / "dump.jsonl"], tmp_path) == ["error: dump.jsonl: is binary, not text"]
