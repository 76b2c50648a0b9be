"""End to end: seeds/ -> Markdown (golden) -> MkDocs site, and the CLI around it.

The golden Markdown lives in tests/golden/seeds/. After a deliberate change
to the output, regenerate it with:

    TIMELINE_REGENERATE_GOLDEN=1 pytest tests/test_build.py

and review the diff in git like any other change.
"""
from __future__ import annotations

import json

import datetime as dt
import os
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.build import build
from timeline.buildsys.extraction import extract_all
from timeline.cli import cli
from timeline.config import Config
from timeline.read import read_sources

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLDEN = Path(__file__).resolve().parent / "golden" / "seeds"


def config_for(tmp_path: Path) -> Config:
    return replace(Config(), sources=(str(SEEDS),), docs_dir=str(tmp_path / "docs"), site_dir=str(tmp_path / "site"),
                   mkdocs_config=str(ROOT / "mkdocs.yml"), cache_dir=str(tmp_path / "cache"))


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_seed_events_resolve_against_the_publication_date() -> None:
    read = read_sources([SEEDS])
    (extraction,) = extract_all(read.articles, Config().extract, jobs=1).values()
    found = {(e.expression.lower(), e.when.value) for e in extraction.events}
    assert ("on friday", "2024-05-17") in found or ("friday", "2024-05-17") in found
    assert ("on thursday", "2024-05-16") in found or ("thursday", "2024-05-16") in found
    # "final 12 months", the synonym tool's "last year", said in 2024.
    assert ("final 12 months", "2023") in found
    # "That contributed to a report $240 billion ... in 2023, up from $190 billion in 2022":
    # it opens on a pronoun (a reader meets an event alone), so it is no event; its dates
    # stay mentions, which the key dates weigh.
    assert not any(v == "2022" for _, v in found)
    assert {"2022", "2023"} <= {m.when.value for m in extraction.mentions}
    indices = [e.sentence_index for e in extraction.events]
    assert len(indices) == len(set(indices))


def test_golden_markdown_of_seeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    result = build(config_for(tmp_path), run_mkdocs=False)
    produced = tree(tmp_path / "docs")
    if os.environ.get("TIMELINE_REGENERATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for name, data in produced.items():
            (GOLDEN / name).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / name).write_bytes(data)
    assert result.problems == ()
    assert produced == tree(GOLDEN)


def test_same_inputs_give_the_same_bytes(tmp_path: Path) -> None:
    first = build(config_for(tmp_path / "a"), run_mkdocs=False)
    second = build(config_for(tmp_path / "b"), run_mkdocs=False)
    assert first.pages_written == second.pages_written > 0
    assert tree(tmp_path / "a" / "docs") == tree(tmp_path / "b" / "docs")


def test_source_date_epoch_is_the_only_clock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(dt.datetime(2024, 6, 1, tzinfo=dt.timezone.utc).timestamp())))
    build(config_for(tmp_path), run_mkdocs=False)
    assert "Built 1 June 2024." in (tmp_path / "docs" / "index.md").read_text(encoding="utf-8")


def test_built_site_has_home_year_month_and_article_pages(tmp_path: Path) -> None:
    result = build(config_for(tmp_path))
    assert result.timeline is not None
    site = tmp_path / "site"
    article = result.timeline.articles[0]
    assert (site / "index.html").is_file()
    assert 'href="../../months/2024-05/"' in (site / "years" / "2024" / "index.html").read_text(encoding="utf-8")
    page = (site / "articles" / article.slug / "index.html").read_text(encoding="utf-8")
    assert "Putin tours Harbin" in page
    assert "17 May 2024" in (site / "months" / "2024-05" / "index.html").read_text(encoding="utf-8")


def run_cli(args: list[str], cwd: Path) -> tuple[int, str]:
    """Run the CLI in ``cwd`` (where a default timeline.toml would be looked for)."""
    previous = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(cli, args, catch_exceptions=False)
    finally:
        os.chdir(previous)
    return result.exit_code, result.output


def test_check_holds_no_text_but_the_one_being_read(tmp_path: Path) -> None:
    """``timeline check`` reads a feed as the build does, letting each text go when it is read: its
    memory stays far below the feed's text (before, it held every article whole)."""
    import json
    import tracemalloc

    feed = tmp_path / "feed.jsonl"
    records = [{"id": f"a{i}", "published": "2024-05-17", "title": f"Report {i}",
                "text": f"Report {i}. " + "The council met on Friday and voted again. " * 500} for i in range(200)]
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    text_size = sum(len(r["text"]) for r in records)
    assert run_cli(["check", str(feed)], tmp_path)[0] == 0  # the modules it uses imported first
    tracemalloc.start()
    try:
        code, out = run_cli(["check", str(feed)], tmp_path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert code == 0 and "200 articles used, 0 inputs skipped, 0 warnings" in out
    assert text_size > 4_000_000 and peak < text_size / 10


def test_cli_build_check_and_strict(tmp_path: Path) -> None:
    good = tmp_path / "in" / "good.md"
    good.parent.mkdir()
    good.write_text("---\ndate: 2024-05-17\n---\nThe talks ended on Friday.\n", encoding="utf-8")
    (tmp_path / "in" / "bad.md").write_text("---\ndate: 2024-02-30\n---\nText.\n", encoding="utf-8")
    docs, site = tmp_path / "docs", tmp_path / "site"

    code, out = run_cli(["check", str(tmp_path / "in")], tmp_path)
    assert code == 0
    assert "bad.md: front matter date: '2024-02-30' is not a calendar date" in out
    assert "good.md: no title: titled 'The talks ended on Friday.' from its text" in out
    assert "1 article used, 1 input skipped, 1 warning" in out

    code, out = run_cli(["check", "--strict", str(tmp_path / "in")], tmp_path)
    assert code == 1

    code, out = run_cli(["build", str(tmp_path / "in"), "--docs", str(docs), "--site", str(site), "--no-mkdocs"],
                        tmp_path)
    assert code == 0, out
    assert "1 article used, 1 input skipped, 1 warning, 1 dated event" in out
    month = (docs / "months" / "2024-05.md").read_text(encoding="utf-8")
    assert month.count("The talks ended on Friday.") == 1
    # the article is titled by that very sentence, so its link names the day it was printed
    assert month.count("17 May 2024") == 2 and "[article of 17 May 2024](" in month
    assert not site.exists()

    code, out = run_cli(["build", str(tmp_path / "in"), "--docs", str(docs), "--no-mkdocs"], tmp_path)
    assert code == 0
    assert "nothing changed since the last build" in out and "1 article used, 1 input skipped" in out

    code, out = run_cli(["build", "--strict", str(tmp_path / "in"), "--docs", str(docs), "--no-mkdocs"], tmp_path)
    assert code == 1


def test_cli_build_with_nothing_usable_fails(tmp_path: Path) -> None:
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    code, out = run_cli(["build", str(tmp_path / "empty.md"), "--docs", str(tmp_path / "docs"), "--no-mkdocs"],
                        tmp_path)
    assert code == 2
    assert "empty.md: is empty" in out
    assert "no article could be used" in out


def test_a_build_with_nothing_usable_leaves_the_last_docs_as_they_were(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.md").write_text("---\ndate: 2024-05-17\n---\nThe talks ended on Friday.\n",
                                          encoding="utf-8")
    docs = tmp_path / "docs"
    code, _ = run_cli(["build", str(tmp_path / "in"), "--docs", str(docs), "--no-mkdocs"], tmp_path)
    assert code == 0
    before = {p.relative_to(docs): p.read_bytes() for p in docs.rglob("*") if p.is_file()}
    # a mistyped source path: nothing to build from, and the built story must not give way to an empty one
    code, out = run_cli(["build", str(tmp_path / "inn"), "--docs", str(docs), "--no-mkdocs"], tmp_path)
    assert code == 2
    assert "no article could be used" in out and f"nothing written: {docs} are left as they were" in out
    assert {p.relative_to(docs): p.read_bytes() for p in docs.rglob("*") if p.is_file()} == before


def test_problems_are_reported_in_reading_order(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"r{n}", "title": f"T{n}", "published": "2024-05-17",
                         "text": f"Talks ended on Friday {n}."})
             if n not in (2, 10) else "not json" for n in range(1, 12)]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out = run_cli(["check", str(tmp_path / "feed.jsonl")], tmp_path)
    assert code == 0
    assert [line.split(": ")[1] for line in out.splitlines() if line.startswith("error")] == [
        f"{tmp_path / 'feed.jsonl'}:2", f"{tmp_path / 'feed.jsonl'}:10"]
    assert out.splitlines()[-1] == "9 articles used, 2 inputs skipped, 0 warnings"  # check counts no events


def test_a_build_in_a_folder_without_mkdocs_yml_has_the_look_timeline_ships(tmp_path: Path) -> None:
    from timeline.publish import PACKAGED_CONFIG

    (tmp_path / "a.md").write_text("---\ntitle: Talks\ndate: 2024-05-17\n---\nThe talks ended on Friday.\n",
                                   encoding="utf-8")
    code, out = run_cli(["build", "a.md"], tmp_path)
    assert code == 0, out
    assert f"note: no mkdocs.yml here: the site has the look timeline ships ({PACKAGED_CONFIG})" in out
    assert PACKAGED_CONFIG.read_bytes() == (ROOT / "mkdocs.yml").read_bytes()
    assert "Talks" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "note: site_url is not set" in out  # the exports' links are relative: said once a build
    assert "note: the story is called 'Timeline' on its pages and in the exports: name it with [site] title" in out
    (tmp_path / "timeline.toml").write_text('sources = ["a.md"]\n[site]\ntitle = "The talks"\n', encoding="utf-8")
    code, out = run_cli(["build"], tmp_path)
    assert code == 0, out
    assert "the story is called" not in out and "The talks" in (tmp_path / "site" / "embed.html").read_text(
        encoding="utf-8")
    # the old default set in so many words is noted as the default is; a site_name of mkdocs.yml's own is told
    (tmp_path / "timeline.toml").write_text('sources = ["a.md"]\n[site]\ntitle = "Timeline"\n', encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(PACKAGED_CONFIG.read_text(encoding="utf-8") + "site_name: Talk watch\n",
                                         encoding="utf-8")
    code, out = run_cli(["build"], tmp_path)
    assert code == 0, out
    assert ("note: the story is called 'Timeline' on its pages and in the exports; its header and tab say "
            "'Talk watch' (site_name in mkdocs.yml): name it with [site] title") in out


def test_a_site_config_named_but_absent_is_an_error_before_any_work(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\ntitle: Talks\ndate: 2024-05-17\n---\nThe talks ended on Friday.\n",
                                   encoding="utf-8")
    (tmp_path / "timeline.toml").write_text('mkdocs_config = "look.yml"\n', encoding="utf-8")
    code, out = run_cli(["build", "a.md"], tmp_path)
    assert code == 2
    assert "error: look.yml: the site's configuration (mkdocs_config) does not exist" in out
    assert not (tmp_path / "docs").exists()
    assert run_cli(["build", "a.md", "--no-mkdocs"], tmp_path)[0] == 0  # the Markdown needs no site config


def test_cli_rejects_a_bad_config(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text('colour = "red"\n', encoding="utf-8")
    code, out = run_cli(["build", "--config", str(config)], tmp_path)
    assert code == 2
    assert "colour: unknown key" in out


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:  # type: ignore[attr-defined]
        assert f"timeline {name}" in readme, f"README does not document `timeline {name}`"


def test_build_timings_name_each_stage_that_ran(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.md").write_text("---\ndate: 2024-05-17\ntitle: Talks\n---\nThe talks ended on Friday.\n",
                                          encoding="utf-8")
    args = ["build", str(tmp_path / "in"), "--docs", str(tmp_path / "docs"), "--no-mkdocs", "--timings"]
    code, out = run_cli(args, tmp_path)
    assert code == 0, out
    stages = re.search(r"^stages: (.*)$", out, re.MULTILINE)
    assert stages is not None
    assert [part.split()[0] for part in stages[1].split(", ")] == ["read", "extract", "assemble", "render"]
    code, out = run_cli(args, tmp_path)  # nothing changed: only reading ran
    assert re.search(r"^stages: read \d+\.\d\d s$", out, re.MULTILINE), out


def test_a_template_that_does_not_render_is_an_error_with_its_place(tmp_path: Path) -> None:
    """A user's template (``site.templates``) with a syntax error stops the build with its file and line, exit 2
    (the status of an unusable configuration), the docs left as they were; it was a traceback and exit 1."""
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.md").write_text("---\ntitle: Bridge\ndate: 2024-06-09\n---\nIt opened on 8 June 2024.\n")
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "article.md.j2").write_text("{% if %}\n")
    (tmp_path / "timeline.toml").write_text('sources = ["src"]\n[site]\ntemplates = "tpl"\n')
    code, output = run_cli(["build", "--no-mkdocs"], tmp_path)
    assert code == 2
    assert "error: template tpl/article.md.j2, line 1: Expected an expression" in output
    assert not (tmp_path / "docs").exists()


def test_a_dead_link_in_the_site_is_a_warning_that_fails_strict(tmp_path: Path) -> None:
    """What MkDocs warns of while it builds the site (a link to a page that is not there) is counted with the
    build's warnings and fails ``--strict``, on the build that found it and on the next, which publishes again."""
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.md").write_text(
        "---\ntitle: Bridge\ndate: 2024-06-09\n---\nThe mayor opened the bridge on 8 June 2024.\n")
    (tmp_path / "tpl").mkdir()
    packaged = (ROOT / "site_templates" / "article.md.j2").read_text(encoding="utf-8")
    (tmp_path / "tpl" / "article.md.j2").write_text(packaged + "\n[More](nowhere.md)\n")
    (tmp_path / "timeline.toml").write_text('sources = ["src"]\n[site]\ntemplates = "tpl"\n')
    for _ in range(2):
        code, output = run_cli(["build", "--strict"], tmp_path)
        assert code == 1
        assert ("warning: site: Doc file 'articles/a.md' contains a link 'nowhere.md', but the target "
                "'articles/nowhere.md' is not found among documentation files.") in output
        assert "1 article used, 0 inputs skipped, 1 warning, 1 dated event" in output


def test_a_build_prints_a_few_no_title_warnings_a_file_and_counts_them_all(tmp_path: Path) -> None:
    """A feed of untitled records gave a "no title" warning a record on every build (1,460 lines for one dev feed),
    among which a skipped line was lost: a build prints five a file and one line for the rest; all are counted,
    and ``timeline check`` lists every one."""
    records = [{"id": f"r{n}", "published": "2024-06-09", "text": f"The mayor opened bridge number {n} on 8 June 2024."}
               for n in range(7)]
    (tmp_path / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    code, output = run_cli(["build", "feed.jsonl", "--no-mkdocs"], tmp_path)
    assert code == 0
    lines = [line for line in output.splitlines() if line.startswith("warning: ")]
    assert [line.split(": ", 2)[1] for line in lines] == [f"feed.jsonl:{n}" for n in range(1, 6)] + ["feed.jsonl"]
    assert lines[-1] == ("warning: feed.jsonl: 2 more with no title, each titled from its text "
                         "(timeline check lists every one)")
    assert "7 articles used, 0 inputs skipped, 7 warnings" in output
    code, output = run_cli(["check", "feed.jsonl"], tmp_path)
    assert sum(line.startswith("warning: feed.jsonl:") and ": no title: " in line for line in output.splitlines()) == 7


def test_a_feed_known_to_carry_no_titles_passes_strict_with_untitled_accepted(tmp_path: Path) -> None:
    """``untitled = "accept"``: the records are titled from their text without a warning, and ``--strict`` judges
    the rest (a bad line still fails it)."""
    records = [{"id": f"r{n}", "published": "2024-06-09", "text": f"The mayor opened bridge number {n} on 8 June 2024."}
               for n in range(3)]
    feed = "".join(json.dumps(r) + "\n" for r in records)
    (tmp_path / "feed.jsonl").write_text(feed, encoding="utf-8")
    code, output = run_cli(["build", "feed.jsonl", "--no-mkdocs", "--strict"], tmp_path)
    assert code == 1 and "3 warnings" in output  # by default each untitled record is a warning
    (tmp_path / "timeline.toml").write_text('untitled = "accept"\n', encoding="utf-8")
    for command in (["build", "feed.jsonl", "--no-mkdocs", "--strict"], ["check", "feed.jsonl", "--strict"]):
        code, output = run_cli(command, tmp_path)
        assert code == 0 and "no title" not in output and "3 articles used, 0 inputs skipped, 0 warnings" in output
    assert "The mayor opened bridge number 0 on 8 June 2024." in (tmp_path / "docs" / "articles" / "r0.md").read_text(
        encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(feed + "{not json\n", encoding="utf-8")
    code, output = run_cli(["build", "feed.jsonl", "--no-mkdocs", "--strict"], tmp_path)
    assert code == 1 and "feed.jsonl:4" in output
    (tmp_path / "timeline.toml").write_text('untitled = "ignore"\n', encoding="utf-8")
    code, output = run_cli(["build", "feed.jsonl", "--no-mkdocs"], tmp_path)
    assert code == 2 and "untitled" in output


def test_a_change_to_the_theme_laid_over_material_publishes_the_site_again(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The site's search worker is no extraction code: a change to it leaves the cache alone, and the site is
    published again (it had stayed "up to date" with the old worker)."""
    from timeline.buildsys.code_version import source_digest
    from timeline.buildsys.record import site_fingerprint
    from timeline.publish import search_worker

    theme = tmp_path / "theme"
    (theme / "assets").mkdir(parents=True)
    worker = theme / "assets" / "search_worker.js"
    worker.write_text("search();\n", encoding="utf-8")
    monkeypatch.setattr(search_worker, "THEME", theme)
    version = source_digest(theme)  # what the extraction cache's keys digest of a folder: its Python
    before = site_fingerprint("inputs", tmp_path / "mkdocs.yml", [2024], "mkdocs")
    assert site_fingerprint("inputs", tmp_path / "mkdocs.yml", [2024], "mkdocs") == before
    worker.write_text("search(faster);\n", encoding="utf-8")
    assert site_fingerprint("inputs", tmp_path / "mkdocs.yml", [2024], "mkdocs") != before
    assert source_digest(theme) == version
