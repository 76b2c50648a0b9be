"""A small story with the noise real archives carry, built end to end: golden Markdown and what a reader meets.

tests/fixtures/noisy_story has reader comments, datelines, a timestamp
header, share and subscribe prompts, a photo credit, a related-links line, a
transcript speaker label, a copyright line and untitled articles, in
Markdown files and a JSONL feed. The golden docs live in
tests/golden/noisy_story; regenerate them after a deliberate change with

    TIMELINE_REGENERATE_GOLDEN=1 pytest tests/test_noisy_story.py

and review the diff like any other change.
"""
from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from timeline.build import BuildResult, build
from timeline.config import Config
from timeline.export import ExportOptions, render_exports

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "noisy_story"
GOLDEN = ROOT / "tests" / "golden" / "noisy_story"
FURNITURE = re.compile(r"\| ?Reply|Posted by|Share this|Follow us|Sign up|Copyright|Photo|\(Wire\)|\(Coast Gazette\)"
                       r"|3:54pm|Related:|MAYOR:|Terrible news|About time", re.I)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, Path]:
    out = tmp_path_factory.mktemp("noisy")
    config = replace(Config(), sources=(str(FIXTURE),), docs_dir=str(out / "docs"), site_dir=str(out / "site"),
                     cache_dir=str(out / "cache"), jobs=1)
    return build(config, run_mkdocs=False), out / "docs"


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_golden_markdown(built: tuple[BuildResult, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    produced = tree(built[1])
    if os.environ.get("TIMELINE_REGENERATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for name, data in produced.items():
            (GOLDEN / name).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / name).write_bytes(data)
    assert produced == tree(GOLDEN)


def test_no_furniture_reaches_an_event_a_summary_or_a_key_date(built: tuple[BuildResult, Path]) -> None:
    timeline = built[0].timeline
    assert timeline is not None
    sentences = [e.sentence for e in timeline.entries]
    # The summaries are read from the build cache while pages are rendered, not kept: read off the pages.
    label = "<span data-search-exclude>**Summary**</span>\n"
    summaries = [page.read_text().split(label, 1)[1].split("## Dated events", 1)[0]
                 for page in sorted((built[1] / "articles").glob("*.md"))]
    assert len(summaries) == len(timeline.articles)
    sentences += [s for summary in summaries for s in summary.split("\n\n") if s.strip()]
    sentences += [s.text for kd in timeline.key_dates for s in kd.sentences]
    assert sentences and not [s for s in sentences if FURNITURE.search(s)]


def test_untitled_articles_are_titled_by_their_first_real_sentence_with_a_warning(
        built: tuple[BuildResult, Path]) -> None:
    result, _ = built
    assert result.timeline is not None
    titles = {a.id: a.title for a in result.timeline.articles}
    assert titles["02-harbour-reopens"] == (
        "The Eastport harbour reopened on Tuesday after engineers inspected the damaged sea wall.")
    assert titles["council-vote"] == "The council voted on Thursday to fund the repairs from its reserves."
    warnings = sorted(str(p) for p in result.problems)
    assert len(warnings) == 2 and all("no title" in w for w in warnings)
    assert "02-harbour-reopens.md" in warnings[0] and "feed.jsonl:1" in warnings[1]


def test_one_event_a_sentence_each_on_the_day_it_happened(built: tuple[BuildResult, Path]) -> None:
    timeline = built[0].timeline
    assert timeline is not None
    dated = {e.sentence: e.when.value for e in timeline.entries}
    assert len(dated) == len(timeline.entries)
    assert dated["A winter storm hit the Eastport coast on Friday, tearing two fishing boats from their moorings."] \
        == "2024-03-01"
    assert dated["Hours later, the lifeboat crew rescued four fishermen from a drifting trawler."] == "2024-03-01"
    assert dated["The Eastport harbour reopened on Tuesday after engineers inspected the damaged sea wall."] \
        == "2024-03-05"
    assert dated["Officials will meet on Thursday to agree a timetable for the repairs."] == "2024-03-07"
    assert dated["In 1987, a storm destroyed the old pier, which was never rebuilt."] == "1987"
    assert "Councillors approved the 2024 repair budget by nine votes to two." not in dated


def test_the_story_span_keeps_background_apart(built: tuple[BuildResult, Path]) -> None:
    timeline = built[0].timeline
    assert timeline is not None and timeline.span is not None
    assert [e.when.value for e in timeline.background] == ["1987"]
    assert all(timeline.span[0] <= e.when.last and e.when.first <= timeline.span[1] for e in timeline.story_entries)
    exports = render_exports(timeline, ExportOptions())
    feed = next(text for name, text in exports.items() if name.endswith(".xml"))
    assert timeline.background[0].anchor not in feed
    data = json.loads(next(text for name, text in exports.items() if name == "timeline.json"))
    assert data["first"] == timeline.span[0].isoformat()
