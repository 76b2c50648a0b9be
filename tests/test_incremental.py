"""Rebuilds do only the work their change needs: extraction by the cache, writes by content."""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

import timeline.build as build_module
from timeline.build import build
from timeline.buildsys.extraction import extract_all
from timeline.config import Config, ExtractConfig
from timeline.records import Article
from timeline.buildsys.progress import progress
from timeline.render import write_if_changed

CONFIG = ExtractConfig(summarizer="textrank")


def article(n: int, text: str | None = None) -> Article:
    return Article(
        id=f"a{n}", origin=f"feed.jsonl:{n}", title=f"Report {n}",
        text=text or (f"On 3 May 2010 crews capped well number {n}. Engineers said the cap held. "
                      f"Oil stopped flowing on 5 May 2010. Shares rose {n} percent in June 2010."),
        published=dt.date(2010, 5, 6),
    )


# --- extraction: only what changed -------------------------------------------------------------

def test_a_rebuild_extracts_only_the_new_article(tmp_path: Path, extract_calls: list[str]) -> None:
    articles = [article(n) for n in range(5)]
    first = extract_all(articles, CONFIG, 1, cache_dir=tmp_path)
    assert extract_calls == ["a0", "a1", "a2", "a3", "a4"]
    extract_calls.clear()
    again = extract_all(articles, CONFIG, 1, cache_dir=tmp_path)
    assert extract_calls == []
    assert again == first
    extract_calls.clear()
    grown = extract_all(articles + [article(5)], CONFIG, 1, cache_dir=tmp_path)
    assert extract_calls == ["a5"]
    assert list(grown) == ["a0", "a1", "a2", "a3", "a4", "a5"]
    assert {k: grown[k] for k in first} == first


def test_a_changed_article_is_extracted_again_and_a_removed_one_is_gone(tmp_path: Path,
                                                                         extract_calls: list[str]) -> None:
    articles = [article(n) for n in range(3)]
    extract_all(articles, CONFIG, 1, cache_dir=tmp_path)
    extract_calls.clear()
    edited = [articles[0], article(1, "On 9 June 2010 the relief well was finished."), articles[2]]
    result = extract_all(edited[:2], CONFIG, 1, cache_dir=tmp_path)
    assert extract_calls == ["a1"]
    assert list(result) == ["a0", "a1"]
    assert [e.when.value for e in result["a1"].events] == ["2010-06-09"]


def test_a_changed_config_extracts_everything_again(tmp_path: Path, extract_calls: list[str]) -> None:
    articles = [article(n) for n in range(3)]
    extract_all(articles, CONFIG, 1, cache_dir=tmp_path)
    extract_calls.clear()
    extract_all(articles, replace(CONFIG, coarsest_event="month"), 1, cache_dir=tmp_path)
    assert extract_calls == ["a0", "a1", "a2"]


def test_a_new_version_extracts_everything_again(tmp_path: Path, extract_calls: list[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import timeline

    articles = [article(n) for n in range(2)]
    extract_all(articles, CONFIG, 1, cache_dir=tmp_path)
    extract_calls.clear()
    monkeypatch.setattr(timeline, "__version__", "99.0.0")
    extract_all(articles, CONFIG, 1, cache_dir=tmp_path)
    assert extract_calls == ["a0", "a1"]


def test_cached_results_equal_fresh_ones(tmp_path: Path) -> None:
    articles = [article(n) for n in range(4)]
    extract_all(articles, CONFIG, 1, cache_dir=tmp_path)
    assert extract_all(articles, CONFIG, 1, cache_dir=tmp_path) == extract_all(articles, CONFIG, 1)


def test_parallel_and_serial_extraction_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    import timeline.buildsys.executor

    monkeypatch.setattr(timeline.buildsys.executor, "PARALLEL_THRESHOLD", 2)
    articles = [article(n) for n in range(12)]
    parallel = extract_all(articles, CONFIG, 2)
    serial = extract_all(articles, CONFIG, 1)
    assert parallel == serial
    assert list(parallel) == [a.id for a in articles]


def test_a_whole_build_twice_extracts_and_writes_nothing_the_second_time(tmp_path: Path,
                                                                          extract_calls: list[str]) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    feed = [{"id": a.id, "published": "2010-05-06", "title": a.title, "text": a.text} for a in
            (article(n) for n in range(3))]
    (sources / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in feed), encoding="utf-8")
    config = replace(Config(), sources=(str(sources),), docs_dir=str(tmp_path / "docs"), jobs=1,
                     cache_dir=str(tmp_path / "cache"), extract=CONFIG)
    first = build(config, run_mkdocs=False)
    assert (len(extract_calls), first.pages_removed) == (3, 0)
    assert first.pages_written > 0
    docs = tmp_path / "docs"
    old = 1_000_000_000_000_000_000
    for path in docs.rglob("*.md"):
        os.utime(path, ns=(old, old))
    extract_calls.clear()
    second = build(config, run_mkdocs=False)
    assert (extract_calls, second.pages_written, second.pages_removed) == ([], 0, 0)
    assert second.timeline == first.timeline  # touched pages are checked again, and found equal
    assert {p.stat().st_mtime_ns for p in docs.rglob("*.md")} == {old}  # the atomic swap keeps mtimes too
    third = build(config, run_mkdocs=False)
    assert (extract_calls, third.pages_written, third.pages_rendered) == ([], 0, 0)
    assert third.timeline is None  # nothing changed at all: not even assembled
    assert third.summary == first.summary


def test_a_rebuild_with_nothing_changed_loads_no_extraction_module(tmp_path: Path) -> None:
    """A rebuild that extracts nothing imports neither the tagger nor the page-furniture checks
    (compiling the latter's patterns was a quarter of such a rebuild: 0.36 s against 0.28 s for
    H1N1's 402 untitled articles): the build titles untitled articles through a wrapper that
    imports ``timeline.boilerplate`` on first use."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": f"a{n}", "published": "2010-05-06",
                                        "text": f"The council met on 3 May 2010 about bridge {n}. It voted."}) + "\n"
                            for n in range(2)), encoding="utf-8")
    code = ("import sys\n"
            "from timeline.cli import cli\n"
            "try:\n"
            f"    cli(['build', '--no-mkdocs', {str(feed)!r}], prog_name='timeline')\n"
            "except SystemExit:\n"
            "    pass\n"
            "print(sorted(m for m in ('timeline.boilerplate', 'timeline.extract', 'timeline.temporal.tagger')"
            " if m in sys.modules))\n")
    runs = [subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
            for _ in range(2)]
    assert runs[0].stdout.strip() == "['timeline.boilerplate', 'timeline.extract', 'timeline.temporal.tagger']"
    assert "nothing changed" in runs[1].stderr
    assert runs[1].stdout.strip() == "[]"


# --- the whole build: only the pages whose articles changed ----------------------------------------

def _feed_config(tmp_path: Path, records: list[dict[str, str]], name: str = "inc") -> Config:
    sources = tmp_path / f"{name}-sources"
    sources.mkdir(exist_ok=True)
    (sources / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return replace(Config(), sources=(str(sources),), docs_dir=str(tmp_path / f"{name}-docs"), jobs=1,
                   cache_dir=str(tmp_path / f"{name}-cache"), extract=CONFIG)


def _record(n: int, text: str | None = None, published: str = "2010-05-06", source: str = "") -> dict[str, str]:
    a = article(n, text)
    return {"id": a.id, "published": published, "title": a.title, "text": a.text, "source": source or f"Paper {n % 2}",
            "tags": ["oil"] if n % 3 == 0 else []}  # type: ignore[dict-item]


def _tree(docs: Path) -> dict[str, str]:
    return {p.relative_to(docs).as_posix(): p.read_text(encoding="utf-8") for p in sorted(docs.rglob("*.md"))}


STORY = [_record(0), _record(1, "On 3 May 2010 crews capped well number 1. Oil stopped flowing on 5 May 2010."),
         _record(2, "In March 2011 the inquiry reported on the spill of 20 April 2010.", "2011-03-02"),
         _record(3, "Shares rose in June 2012 after the settlement.", "2012-06-10")]


@pytest.mark.parametrize("change", ["added", "new day", "removed", "edited", "retitled"])
def test_an_incremental_rebuild_writes_what_a_fresh_build_writes(tmp_path: Path, change: str) -> None:
    """Whatever changes, the pages written are a fresh build's: a new day between two others changes their pages'
    links to the day before and after, though no article of theirs changed."""
    config = _feed_config(tmp_path, STORY)
    build(config, run_mkdocs=False)
    records = {
        "added": STORY + [_record(4, "The well was capped again on 3 May 2010, crews said.", "2010-05-07")],
        "new day": STORY + [_record(4, "Engineers tested the cap on 4 May 2010, officials said.", "2010-05-07")],
        "removed": STORY[:2] + STORY[3:],
        "edited": [STORY[0], _record(1, "On 4 May 2010 crews capped well number 1."), *STORY[2:]],
        "retitled": [STORY[0], {**STORY[1], "title": "A new title"}, *STORY[2:]],
    }[change]
    again = build(_feed_config(tmp_path, records), run_mkdocs=False)
    fresh = build(_feed_config(tmp_path, records, name="fresh"), run_mkdocs=False)
    assert _tree(tmp_path / "inc-docs") == _tree(tmp_path / "fresh-docs")
    assert again.pages_rendered < fresh.pages_rendered  # pages showing only unchanged articles were kept
    assert again.pages_rendered + again.pages_kept == fresh.pages_rendered and fresh.pages_kept == 0
    assert again.timeline == fresh.timeline


def _spill_story(days: int) -> list[dict[str, str]]:
    """A story big enough to have its words (``topicality``): a report a day of May 2010 on the spill, the first
    with a plan for September in a sentence that uses none of the story's words."""
    records = []
    for n in range(days):
        text = (f"On {n + 1} May 2010 the oil spill spread from the BP well, officials said. "
                f"Crews fought the oil spill near the well for {n + 1} days.")
        if n == 0:
            text += " Fishermen will return to the bay in September 2010."
        records.append({"id": f"s{n}", "published": f"2010-05-{n + 1:02d}", "title": f"Spill day {n + 1}",
                        "text": text, "source": "Gulf Paper"})
    return records


def test_a_rebuild_redraws_the_pages_whose_shown_parts_the_whole_story_decides(tmp_path: Path) -> None:
    """An unchanged article's page shows what the whole story decides of it: its events outside the story's span
    only when they name the story (a later article widens the span), its summary without the lines that many days'
    articles share (``spill.Spill.furniture``). A rebuild redraws those pages as a fresh build draws them."""
    story = _spill_story(22)
    build(_feed_config(tmp_path, story), run_mkdocs=False)
    first = _tree(tmp_path / "inc-docs")["articles/s0.md"]
    assert "events/2010-09.md" not in first  # outside the story's span, and no word of the story
    assert "Crews fought the oil spill near the well for 1 days." in first
    later = {"id": "late", "published": "2010-10-01", "title": "Sealed",
             "text": "The BP well was sealed on 30 September 2010, officials said."}
    shared = [{"id": f"x{n}", "published": day, "title": f"Roundup {n}",
               "text": "Crews fought the oil spill near the well for 1 days. Markets were calm."}
              for n, day in enumerate(("2010-05-20", "2010-05-21"))]
    grown = story + [later] + shared
    build(_feed_config(tmp_path, grown), run_mkdocs=False)
    build(_feed_config(tmp_path, grown, name="fresh"), run_mkdocs=False)
    assert _tree(tmp_path / "inc-docs") == _tree(tmp_path / "fresh-docs")
    page = _tree(tmp_path / "inc-docs")["articles/s0.md"]
    assert "events/2010-09.md" in page  # now inside the span
    assert "Crews fought the oil spill near the well for 1 days." not in page  # now the furniture of three days
    assert "Spill day 1](../articles/s0.md) — 1 May 2010 · 2 events" in _tree(tmp_path / "inc-docs")[
        "sources/gulf-paper.md"]  # its count of events too


def test_a_kept_page_is_one_whose_articles_did_not_change(tmp_path: Path) -> None:
    build(_feed_config(tmp_path, STORY), run_mkdocs=False)
    docs = tmp_path / "inc-docs"
    before = {path: path.stat().st_mtime_ns for path in docs.rglob("*.md")}
    again = build(_feed_config(tmp_path, STORY[:3] + [_record(3, "Shares fell in June 2012.", "2012-06-10")]),
                  run_mkdocs=False)
    assert again.timeline is not None
    rendered = {p for p in docs.rglob("*.md") if p.stat().st_mtime_ns != before.get(p)}
    assert docs / "articles" / "a3.md" in rendered and docs / "months" / "2012-06.md" in rendered
    assert docs / "articles" / "a0.md" not in rendered and docs / "months" / "2010-05.md" not in rendered


@pytest.mark.parametrize("damage", ["edited", "deleted", "extra"])
def test_a_page_changed_by_hand_is_put_back_by_the_next_build(tmp_path: Path, damage: str) -> None:
    config = _feed_config(tmp_path, STORY)
    build(config, run_mkdocs=False)
    docs = tmp_path / "inc-docs"
    expected = _tree(docs)
    page = docs / "months" / "2010-05.md"
    if damage == "edited":
        page.write_text("# vandalised\n", encoding="utf-8")
    elif damage == "deleted":
        page.unlink()
    else:
        (docs / "years" / "1999.md").write_text("# stray\n", encoding="utf-8")
    again = build(config, run_mkdocs=False)
    assert again.timeline is not None  # not taken for "nothing changed"
    assert _tree(docs) == expected


def _sql(path: Path, statement: str) -> None:
    db = sqlite3.connect(path)
    with db:
        db.execute(statement)
    db.close()


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


CORRUPTIONS: dict[str, Callable[[Path], None]] = {
    "empty": lambda path: path.write_bytes(b""),
    "not a database": lambda path: path.write_bytes(b"not a database"),
    "cut short": _truncate,
    "foreign meta": lambda path: _sql(path, """UPDATE meta SET data = '{"magic": "other"}'"""),
    "meta not JSON": lambda path: _sql(path, "UPDATE meta SET data = x'7b7b'"),
    "two metas": lambda path: _sql(path, "INSERT INTO meta SELECT data FROM meta"),
    "a size that is text": lambda path: _sql(path, "UPDATE pages SET size = 'big' WHERE path = 'index.md'"),
    "no pages table": lambda path: _sql(path, "DROP TABLE pages"),
}


@pytest.mark.parametrize("corrupt", CORRUPTIONS.values(), ids=CORRUPTIONS.keys())
def test_a_corrupt_build_record_means_a_full_build(tmp_path: Path, corrupt: Callable[[Path], None]) -> None:
    from timeline.buildsys.record import load_state, state_path

    config = _feed_config(tmp_path, STORY)
    first = build(config, run_mkdocs=False)
    assert load_state(state_path(config)) is not None
    corrupt(state_path(config))
    assert load_state(state_path(config)) is None
    again = build(config, run_mkdocs=False)
    assert again.timeline == first.timeline
    assert again.pages_rendered == first.pages_rendered and again.pages_kept == 0


def test_a_planted_record_cannot_name_a_page_outside_the_docs(tmp_path: Path) -> None:
    from timeline.buildsys.record import load_state, state_path

    config = _feed_config(tmp_path, STORY)
    build(config, run_mkdocs=False)
    _sql(state_path(config), "INSERT INTO pages VALUES ('../outside.md', NULL, 0, 0)")
    assert load_state(state_path(config)) is None


def test_a_failed_build_leaves_the_last_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline.buildsys import record
    from timeline.buildsys.record import state_path

    config = _feed_config(tmp_path, STORY)
    build(config, run_mkdocs=False)
    before = state_path(config).read_bytes()

    def fail(*args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(record.RecordWriter, "finish", fail)
    _feed_config(tmp_path, STORY + [_record(99)])  # one article more: the build renders pages
    with pytest.raises(RuntimeError, match="disk full"):
        build(config, run_mkdocs=False)
    assert state_path(config).read_bytes() == before
    assert [p.name for p in state_path(config).parent.iterdir() if p.name.endswith(".tmp")] == []


def test_changed_templates_or_build_date_render_every_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = _feed_config(tmp_path, STORY)
    first = build(config, run_mkdocs=False)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    dated = build(config, run_mkdocs=False)
    assert dated.pages_rendered == first.pages_rendered
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "article.md.j2").write_text("# {{ ctx.article.title }}\n", encoding="utf-8")
    custom = build(replace(config, site=replace(config.site, templates=str(templates))), run_mkdocs=False)
    assert custom.pages_rendered == first.pages_rendered
    assert (tmp_path / "inc-docs" / "articles" / "a0.md").read_text(encoding="utf-8") == "# Report 0\n"


# --- writing: only what changed ----------------------------------------------------------------

def test_unchanged_pages_keep_their_mtime_and_stale_ones_go(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    pages = {"index.md": "# Home\n", "years/2010.md": "# 2010\n", "articles/a.md": "# A\n", "articles/b.md": "# B\n"}
    assert write_if_changed(docs, pages) == (4, 0)
    (docs / "extra.md").write_text("mine\n", encoding="utf-8")  # not managed: never removed
    old = 1_000_000_000_000_000_000
    for path in docs.rglob("*.md"):
        os.utime(path, ns=(old, old))
    changed = {"index.md": "# Home\n", "years/2010.md": "# 2010, revised\n", "articles/a.md": "# A\n"}
    assert write_if_changed(docs, changed) == (1, 1)
    assert (docs / "index.md").stat().st_mtime_ns == old
    assert (docs / "articles/a.md").stat().st_mtime_ns == old
    assert (docs / "years/2010.md").stat().st_mtime_ns != old
    assert (docs / "years/2010.md").read_text(encoding="utf-8") == "# 2010, revised\n"
    assert not (docs / "articles/b.md").exists()
    assert (docs / "extra.md").read_text(encoding="utf-8") == "mine\n"
    assert sorted(p.name for p in docs.rglob("*.tmp")) == []


# --- progress ----------------------------------------------------------------------------------

def test_progress_off_a_terminal_is_a_line_a_tenth() -> None:
    out = io.StringIO()
    with progress("extract", 20, out) as advance:
        for _ in range(20):
            advance()
    assert out.getvalue() == "".join(f"extract: {n}/20 ({n * 5}%)\n" for n in range(2, 21, 2))


def test_progress_of_nothing_prints_nothing() -> None:
    out = io.StringIO()
    with progress("extract", 0, out) as advance:
        advance()
    assert out.getvalue() == ""


# --- serve: watching the sources ---------------------------------------------------------------

def test_the_watcher_fires_once_a_change_has_settled(tmp_path: Path) -> None:
    from timeline.buildsys.watch import SourceWatcher

    (tmp_path / "a.md").write_text("On 3 May 2010 the well was capped.\n", encoding="utf-8")
    rebuilds: list[int] = []
    watcher = SourceWatcher([tmp_path], lambda: rebuilds.append(1))
    assert watcher.poll() is False  # nothing changed
    (tmp_path / "b.md").write_text("On 4 May 2010 oil stopped.\n", encoding="utf-8")  # added
    assert (watcher.poll(), watcher.poll(), watcher.poll()) == (False, True, False)
    os.utime(tmp_path / "a.md", ns=(10**18, 10**18))  # changed
    assert (watcher.poll(), watcher.poll()) == (False, True)
    (tmp_path / "b.md").unlink()  # removed
    assert (watcher.poll(), watcher.poll()) == (False, True)
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")  # not a source
    assert (watcher.poll(), watcher.poll()) == (False, False)
    assert rebuilds == [1, 1, 1]


def test_serves_builds_write_the_exports_beside_the_docs(tmp_path: Path) -> None:
    from timeline.publish.preview import exports_folder

    config = _feed_config(tmp_path, STORY)
    exports = exports_folder(config.cache_dir)
    assert build(config, run_mkdocs=False, exports_to=exports).timeline is not None
    written = {p.name for p in exports.iterdir()}
    assert {"timeline.json", "feed.xml", "embed.html", "timeline.ics", "timeline.md", "timeline-2010.json"} <= written
    assert build(config, run_mkdocs=False, exports_to=exports).timeline is None  # up to date, exports and all
    # docs built without them since (timeline build --no-mkdocs): the exports there are stale, and made again
    _feed_config(tmp_path, STORY + [_record(4, "On 7 May 2010 divers found a second leak.")])
    assert build(config, run_mkdocs=False).timeline is not None
    assert "second leak" not in (exports / "timeline.json").read_text(encoding="utf-8")
    assert build(config, run_mkdocs=False, exports_to=exports).timeline is not None
    assert "second leak" in (exports / "timeline.json").read_text(encoding="utf-8")


def test_the_preview_hook_copies_the_exports_and_keeps_the_sites_own_hooks(tmp_path: Path) -> None:
    from types import SimpleNamespace

    from timeline.publish import preview

    exports = tmp_path / "exports"
    exports.mkdir()
    (exports / "feed.xml").write_text("<feed/>", encoding="utf-8")
    site = tmp_path / "site"
    preview.on_post_build(SimpleNamespace(site_dir=str(site)))  # type: ignore[arg-type]
    assert not site.exists()  # outside a preview: nothing
    preview.serve_exports(exports)
    try:
        preview.on_post_build(SimpleNamespace(site_dir=str(site)))  # type: ignore[arg-type]
    finally:
        preview.serve_exports(tmp_path / "none")
    assert (site / "feed.xml").read_text(encoding="utf-8") == "<feed/>"
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\nhooks:\n  - hooks/mine.py\n", encoding="utf-8")
    assert preview.with_hook(config) == ["hooks/mine.py", str(preview.HOOK)]
    config.write_text("site_name: x\n", encoding="utf-8")
    assert preview.with_hook(config) == [str(preview.HOOK)]


def test_timeline_serve_previews_the_exports_and_rebuilds_them(tmp_path: Path) -> None:
    import socket
    import time
    import urllib.error
    import urllib.request

    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "a.md").write_text("---\ntitle: Capped\npublished: 2010-05-03\n---\n"
                                  "On 3 May 2010 crews capped the leaking well, officials said.\n", encoding="utf-8")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "timeline", "serve", "src", "--dev-addr", f"127.0.0.1:{port}"],
                              cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def fetched(path: str, holding: str) -> bool:
        """Whether the preview serves ``path`` with ``holding`` in it within a minute."""
        for _ in range(120):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/{path}", timeout=5) as reply:
                    if holding in reply.read().decode("utf-8"):
                        return True
            except (urllib.error.URLError, ConnectionError):
                pass
            time.sleep(0.5)
        return False

    try:
        assert fetched("timeline.json", "capped the leaking well")
        assert fetched("feed.xml", "capped the leaking well") and fetched("embed.html", "capped the leaking well")
        (sources / "b.md").write_text("---\ntitle: Sealed\npublished: 2010-09-19\n---\n"
                                      "On 19 September 2010 the relief well sealed the leak.\n", encoding="utf-8")
        assert fetched("timeline.json", "relief well sealed the leak")
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert not (tmp_path / "site").exists()  # a preview writes no site


def test_a_failing_rebuild_does_not_stop_the_watcher(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from timeline.buildsys.watch import SourceWatcher

    def broken() -> None:
        raise RuntimeError("template error")

    watcher = SourceWatcher([tmp_path], broken)
    (tmp_path / "a.jsonl").write_text("{}\n", encoding="utf-8")
    assert (watcher.poll(), watcher.poll()) == (False, True)
    assert "RuntimeError: template error" in capsys.readouterr().err
    (tmp_path / "a.jsonl").write_text("{}\n{}\n", encoding="utf-8")
    assert (watcher.poll(), watcher.poll()) == (False, True)


def test_an_unusable_cache_folder_slows_the_build_but_does_not_fail_it(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("a file where the cache folder should be\n", encoding="utf-8")
    articles = [article(n) for n in range(2)]
    assert extract_all(articles, CONFIG, 1, cache_dir=not_a_folder) == extract_all(articles, CONFIG, 1)
    assert f"warning: build cache {not_a_folder} cannot be used" in capsys.readouterr().err


def test_the_site_is_published_again_only_when_it_is_stale(tmp_path: Path) -> None:
    config = replace(_feed_config(tmp_path, STORY), site_dir=str(tmp_path / "site"),
                     mkdocs_config=str(Path(__file__).resolve().parent.parent / "mkdocs.yml"))
    build(config)
    site = tmp_path / "site"
    assert (site / "index.html").is_file() and (site / "timeline.json").is_file()
    assert build(config).timeline is None
    nodocs = build(config, run_mkdocs=False)
    assert nodocs.timeline is None  # the docs are what the last build made
    (site / "index.html").unlink()
    assert build(config).timeline is not None
    assert (site / "index.html").is_file() and (site / "timeline.json").is_file()


def test_known_groupings_are_reused_and_malformed_ones_worked_out_again(monkeypatch: pytest.MonkeyPatch) -> None:
    import timeline.assemble as assemble_module
    from timeline.assemble import Groupings, assemble

    articles = [article(n, f"On 3 May 2010 crews capped the leaking well, officials said ({n}).") for n in range(4)]
    articles.append(article(9))
    extractions = extract_all(articles, CONFIG, 1)
    first = Groupings()
    plain = assemble(articles, extractions, title="t", groupings=first)
    assert any(len(e.sources) > 1 for e in plain.entries)  # near-duplicates were merged
    assert plain == assemble(articles, extractions, title="t")
    calls: list[int] = []
    real = assemble_module.group_similar
    monkeypatch.setattr(assemble_module, "group_similar", lambda sets, t: calls.append(len(sets)) or real(sets, t))
    again = Groupings(known=first.made)
    assert assemble(articles, extractions, title="t", groupings=again) == plain
    assert calls == [] and again.made == first.made
    for bad in ([1], [0, 0, 5], [0, -1], [0, 1, 1, 7], ["0"]):
        broken = Groupings(known={key: (bad * len(heads))[:len(heads)] for key, heads in first.made.items()})
        assert assemble(articles, extractions, title="t", groupings=broken) == plain  # type: ignore[arg-type]
    assert calls  # the malformed ones were grouped again


def test_the_record_keeps_each_dates_grouping_and_a_damaged_one_is_worked_out_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The groupings go to the build record's table and the next build reads them from there: a
    rebuild that assembles again groups no date whose sentences did not change; a grouping the
    record holds damaged is worked out again, and the timeline is the same."""
    import timeline.assemble as assemble_module
    from timeline.buildsys.record import load_state, state_path

    config = _feed_config(tmp_path, STORY)
    first = build(config, run_mkdocs=False)
    recorded = load_state(state_path(config))
    assert recorded is not None and len(recorded.groupings) >= 3  # one a date
    assert all(heads and heads[0] == 0 for heads in recorded.groupings.values())
    calls: list[int] = []
    real = assemble_module.group_similar
    monkeypatch.setattr(assemble_module, "group_similar", lambda sets, t: calls.append(len(sets)) or real(sets, t))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # every page again, no sentence changed
    assert build(config, run_mkdocs=False).timeline == first.timeline
    assert calls == []
    _sql(state_path(config), "UPDATE groupings SET heads = x'000000'")  # not a whole number of integers
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700086400")
    assert build(config, run_mkdocs=False).timeline == first.timeline
    assert len(calls) == len(recorded.groupings)


def test_a_build_over_two_processes_writes_the_pages_one_process_writes(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import timeline.buildsys.executor

    monkeypatch.setattr(timeline.buildsys.executor, "PARALLEL_THRESHOLD", 1)
    one = build(replace(_feed_config(tmp_path, STORY, name="one"), jobs=1), run_mkdocs=False)
    two = build(replace(_feed_config(tmp_path, STORY, name="two"), jobs=2), run_mkdocs=False)
    assert _tree(tmp_path / "one-docs") == _tree(tmp_path / "two-docs")
    assert one.pages_rendered == two.pages_rendered > 1


# --- titles made from the text: made once ------------------------------------------------------

def test_an_untitled_articles_title_is_made_once_and_found_by_later_builds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    records = [{k: v for k, v in r.items() if k != "title"} for r in STORY]
    made: list[str] = []
    real = build_module.titles_from_text

    def counting(text: str) -> tuple[str, ...]:
        made.append(text[:20])
        return real(text)

    monkeypatch.setattr(build_module, "titles_from_text", counting)
    config = _feed_config(tmp_path, records)
    first = build(config, run_mkdocs=False)
    assert len(made) == len(records)
    titles = {a.id: a.title for a in first.timeline.articles}
    assert titles["a1"] == "On 3 May 2010 crews capped well number 1."
    docs = _tree(Path(config.docs_dir))
    build(config, run_mkdocs=False)  # nothing changed: the titles come from the cache
    records.append({k: v for k, v in _record(4).items() if k != "title"})
    config = _feed_config(tmp_path, records)
    again = build(config, run_mkdocs=False)  # one added: only its title is made
    assert len(made) == len(records)
    assert {a.id: a.title for a in again.timeline.articles if a.id != "a4"} == titles
    assert _tree(Path(config.docs_dir)).keys() >= docs.keys()


def test_a_stored_title_that_is_not_text_is_made_again(tmp_path: Path) -> None:
    import sqlite3

    from timeline.buildsys.cache import DATABASE

    records = [{k: v for k, v in r.items() if k != "title"} for r in STORY]
    config = _feed_config(tmp_path, records)
    first = build(config, run_mkdocs=False)
    with sqlite3.connect(Path(config.cache_dir) / DATABASE) as db:
        db.execute("UPDATE titles SET title = x'00ff'")
    db.close()
    again = build(replace(config, docs_dir=str(tmp_path / "other-docs")), run_mkdocs=False)  # same cache
    assert again.timeline is not None
    assert [a.title for a in again.timeline.articles] == [a.title for a in first.timeline.articles]


def test_a_page_is_recorded_by_what_it_shows() -> None:
    from timeline.buildsys.record import page_inputs

    stamps = {"a": "1", "b": "2", "c": "3"}
    shown = page_inputs("2010-05 2010-07", {"a", "b"}, stamps)
    assert page_inputs("2010-05 2010-07", ["b", "a"], dict(stamps)) == shown  # the order it was given in: no matter
    assert page_inputs("2010-05 2010-07", {"a", "b"}, {**stamps, "c": "changed"}) == shown  # an article it does not show
    assert page_inputs("2010-05 2010-07", {"a", "b"}, {**stamps, "b": "changed"}) != shown
    assert page_inputs("2010-05 2010-07", {"a", "b", "c"}, stamps) != shown
    assert page_inputs("2010-04 2010-07", {"a", "b"}, stamps) != shown
