"""Property: whatever changes between two builds, the incremental rebuild writes what a fresh build writes.

The incremental build keeps every page none of whose articles changed
(``timeline.render.PagePlan``, ``timeline.buildsys.record``). If a page's list of
articles missed one it depends on, some sequence of edits would leave that
page stale; hypothesis looks for one among added, removed, retitled,
re-dated, re-sourced, re-tagged and rewritten articles whose sentences
merge with each other's.
"""
from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.build import build
from timeline.config import Config, ExtractConfig

SENTENCES = (
    "On 3 May 2010 crews capped the leaking well, officials said.",
    "Crews capped the leaking well on 3 May 2010, officials said.",
    "The inquiry reported in March 2011 on the spill.",
    "Shares rose in June 2012 after the settlement.",
    "In 2010 the company paid a record fine.",
    "On Friday the council voted to close the beach.",
    "The beach reopened on 9 June 2010.",
)
SOURCES = ("", "Gazette", "Times")
TAGS = ((), ("oil",), ("oil", "beach"))


def record(n: int, sentences: tuple[int, ...], published: int, source: int, tags: int, title: str) -> dict[str, object]:
    return {"id": f"a{n}", "title": title, "published": f"2010-06-{published:02d}",
            "text": " ".join(SENTENCES[i] for i in sentences), "source": SOURCES[source], "tags": list(TAGS[tags])}


articles = st.builds(
    record,
    n=st.integers(0, 5),
    sentences=st.lists(st.integers(0, len(SENTENCES) - 1), min_size=1, max_size=3, unique=True).map(tuple),
    published=st.integers(1, 28),
    source=st.integers(0, len(SOURCES) - 1),
    tags=st.integers(0, len(TAGS) - 1),
    title=st.sampled_from(("Report", "Update", "Beach news")),
)
stories = st.lists(articles, min_size=1, max_size=5, unique_by=lambda r: r["id"])


def write(folder: Path, records: list[dict[str, object]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def tree(docs: Path) -> dict[str, str]:
    return {p.relative_to(docs).as_posix(): p.read_text(encoding="utf-8") for p in sorted(docs.rglob("*.md"))}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(before=stories, after=stories)
def test_an_incremental_rebuild_equals_a_fresh_build(before: list[dict[str, object]],
                                                     after: list[dict[str, object]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        config = replace(Config(), sources=(str(root / "news"),), docs_dir=str(root / "docs"), jobs=1,
                         cache_dir=str(root / "cache"), extract=ExtractConfig(summarizer="textrank"))
        write(root / "news", before)
        build(config, run_mkdocs=False)
        write(root / "news", after)
        build(config, run_mkdocs=False)
        shutil.rmtree(root / "cache" / "fresh", ignore_errors=True)
        build(replace(config, docs_dir=str(root / "fresh")), run_mkdocs=False)
        assert tree(root / "docs") == tree(root / "fresh")
