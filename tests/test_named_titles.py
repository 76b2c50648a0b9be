"""An untitled page of a story told in its names, opening on another story, is titled by a sentence naming it."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.test_build import run_cli, tree
from tests.test_topicality import extraction
from timeline.assemble.named_titles import retitled_problems, titles_naming_the_story
from timeline.assemble.topicality import MIN_ARTICLES, NAMED_STORY
from timeline.build import build
from timeline.config import Config
from timeline.records import Article
from timeline.report import Problem, Severity

NAMES = frozenset({"ruritania", "strelsau", "zenda", "rudolf", "elphberg", "flavia", "sapt", "hentzau",
                   "tarlenheim", "ruritanian"})


DIGEST = ["A man was charged with four murders in a city court on Sunday.",
          "He will be back in court on Monday, a spokesman said.",
          "Strelsau takes its first steps without King Rudolf.",
          "Protesters in Zenda cheered the Elphberg court's fall."]


def test_a_title_from_another_story_gives_way_to_the_first_sentence_naming_the_story() -> None:
    assert len(NAMES) >= NAMED_STORY
    pages = {"digest": extraction("digest", DIGEST),
             "given": extraction("given", DIGEST),
             "none": extraction("none", DIGEST[:2]),
             "headline": extraction("headline", ["Weather roundup", *DIGEST[2:]]),
             "named": extraction("named", DIGEST[2:])}
    made = {"other_titles": (DIGEST[1],)}  # titled from its text: the next titles it gave are kept beside it
    articles = [Article("digest", "feed:1", DIGEST[0], "", **made),
                Article("given", "feed:2", DIGEST[0], ""),  # a title the feed gave, though the text repeats it
                Article("none", "feed:3", DIGEST[0], "", **made),  # its text names nothing of the story
                Article("headline", "feed:4", "Weather roundup", "", **made),  # a headline-like line, no sentence
                Article("named", "feed:5", DIGEST[2], "", **made)]
    found = dict(titles_naming_the_story(articles, pages.get, NAMES))
    assert found == {"digest": "Strelsau takes its first steps without King Rudolf."}
    # a story told in common words, or with fewer names, keeps every title
    assert not dict(titles_naming_the_story(articles, pages.get, frozenset(sorted(NAMES)[:NAMED_STORY - 1])))
    problems = (Problem("feed:1", "no title: titled 'A man was charged ...' from its text", Severity.WARNING),
                Problem("feed:2", "no publication date: its relative dates stay unresolved", Severity.WARNING))
    told = retitled_problems(problems, articles, found)
    assert told[0].reason == ("no title: titled 'Strelsau takes its first steps without King Rudolf.', its first "
                              "sentence that names the story: the title its text gave names none of the story's names")
    assert told[1] == problems[1]


STORY = ["Protesters in Strelsau marched on the palace of King Rudolf of Ruritania on {day} May 2024.",
         "Police in Zenda and Tarlenheim fired on the Ruritanian protesters.",
         "Sapt and Hentzau led the protesters against the Elphberg court, and Flavia spoke to them."]


def feed(count: int) -> str:
    records = [{"id": f"s{n}", "published": f"2024-05-{10 + n % 15:02d}",
                "text": " ".join(STORY).format(day=9 + n % 15)} for n in range(count)]
    records.append({"id": "digest", "published": "2024-05-20",
                    "text": " ".join([*DIGEST, "Sapt met Flavia in Zenda on 19 May 2024, ending the Elphberg siege."])})
    return "".join(json.dumps(r) + "\n" for r in records)


def test_a_build_titles_the_digest_by_the_story_and_a_rebuild_equals_a_fresh_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1716000000")
    built, fresh = tmp_path / "built", tmp_path / "fresh"
    for folder in (built, fresh):
        folder.mkdir()
    (built / "feed.jsonl").write_text(feed(MIN_ARTICLES), encoding="utf-8")
    code, output = run_cli(["build", "feed.jsonl", "--no-mkdocs"], built)
    assert code == 0, output
    heading = (built / "docs" / "articles" / "digest.md").read_text(encoding="utf-8").split("\n# ", 1)[1]
    assert heading.startswith("Strelsau takes its first steps without King Rudolf.")
    events = (built / "docs" / "events" / "2024-05-19.md").read_text(encoding="utf-8")
    assert "[Strelsau takes its first steps without King Rudolf.](../articles/digest.md)" in events
    # one more article, then the same feed built afresh: the same docs, byte for byte
    (built / "feed.jsonl").write_text(feed(MIN_ARTICLES + 1), encoding="utf-8")
    assert run_cli(["build", "feed.jsonl", "--no-mkdocs"], built)[0] == 0
    shutil.copy(built / "feed.jsonl", fresh / "feed.jsonl")
    assert run_cli(["build", "feed.jsonl", "--no-mkdocs"], fresh)[0] == 0
    assert tree(built / "docs") == tree(fresh / "docs")


def test_an_up_to_date_rebuild_warns_with_the_title_the_pages_show(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1716000000")
    (tmp_path / "feed.jsonl").write_text(feed(MIN_ARTICLES), encoding="utf-8")
    config = Config(docs_dir=str(tmp_path / "docs"), site_dir=str(tmp_path / "site"),
                    cache_dir=str(tmp_path / "cache"), jobs=1)

    def told() -> tuple[bool, list[str]]:
        result = build(config, [str(tmp_path / "feed.jsonl")], run_mkdocs=False)
        digest = [p.reason for p in result.problems if p.origin.endswith(f":{MIN_ARTICLES + 1}")]
        return result.timeline is None, digest

    first, again = told(), told()
    assert not first[0] and again[0]  # the second found the docs up to date and assembled nothing
    assert again[1] == first[1] == [
        "no title: titled 'Strelsau takes its first steps without King Rudolf.', its first sentence that names the "
        "story: the title its text gave names none of the story's names"]


@pytest.mark.parametrize("command", [["key-dates"], ["export", "--format", "csv"]])
def test_key_dates_and_export_warn_with_the_title_the_pages_show(tmp_path: Path, command: list[str]) -> None:
    *others, digest = feed(MIN_ARTICLES).splitlines(keepends=True)
    (tmp_path / "feed.jsonl").write_text("".join([digest, *others]), encoding="utf-8")  # among the warnings shown
    code, output = run_cli([*command, "feed.jsonl", "--jobs", "0"], tmp_path)
    assert code == 0, output
    told = [line for line in output.splitlines() if line.startswith("warning: feed.jsonl:1:")]
    assert told == ["warning: feed.jsonl:1: no title: titled 'Strelsau takes its first steps "
                    "without King Rudolf.', its first sentence that names the story: the title its text gave names "
                    "none of the story's names"]
