"""An incremental MkDocs build (``timeline.publish.reuse``) makes, byte for byte, the site a full build makes."""
from __future__ import annotations

import filecmp
import json
import random
import sqlite3
import zlib
from pathlib import Path

import orjson
import pytest
from mkdocs.exceptions import Abort

from timeline.build import build
from timeline.config import Config
from timeline.publish import prepare, publish
from timeline.publish.pages import SitePages

ROOT = Path(__file__).resolve().parent.parent
MONTHS = ("January", "February", "March", "April", "May", "June")
LATE = 99
"""The one article published a year later: it adds a year to every page's navigation."""
PLACES = ("harbour", "bridge", "school", "station", "market", "clinic", "library")


def article(n: int) -> dict[str, str]:
    """A small article of a story about a city's works: each names its own day, place and figure."""
    month, day, place = 1 + n % 6, 1 + (7 * n) % 27, PLACES[n % len(PLACES)]
    year = 2024 if n == LATE else 2023
    text = (f"The city council approved the {place} works on {day} {MONTHS[month - 1]} {year}, after a debate "
            f"of {n + 2} hours. The works at the {place} will cost {n + 3} million euros, the mayor said. "
            f"Residents near the {place} protested on Saturday against the noise of the works.")
    return {"id": f"works-{n:03d}", "published": f"{year}-{month:02d}-{min(28, day + 1):02d}",
            "title": f"Council approves the {place} works ({n})", "text": text}


def same_tree(left: Path, right: Path) -> list[str]:
    """The files that differ between two folders, or are in one only (empty when the same, byte for byte)."""
    def names(folder: Path) -> set[str]:
        return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}

    both = names(left) & names(right)
    _, mismatch, errors = filecmp.cmpfiles(left, right, sorted(both), shallow=False)
    return sorted((names(left) ^ names(right)) | set(mismatch) | set(errors))


def test_after_random_additions_and_removals_the_site_is_the_full_builds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    monkeypatch.chdir(tmp_path)
    rng = random.Random(15)
    present = set(range(30))
    feed = tmp_path / "sources" / "feed.jsonl"
    feed.parent.mkdir()
    config = Config(docs_dir="docs", site_dir="site", cache_dir="cache", mkdocs_config=str(ROOT / "mkdocs.yml"))
    reused: list[SitePages] = []
    for step in range(5):
        feed.write_text("".join(json.dumps(article(n)) + "\n" for n in sorted(present)), encoding="utf-8")
        result = build(config, [str(feed.parent)])
        assert result.site_pages is not None
        reused.append(result.site_pages)
        full = tmp_path / f"full-{step}"
        assert result.timeline is not None
        publish(ROOT / "mkdocs.yml", tmp_path / "docs", full, result.nav_years, name=result.timeline.title)
        exports = {p.name for p in (tmp_path / "site").iterdir() if p.is_file() and not (full / p.name).exists()}
        assert exports >= {"timeline.json", "feed.xml", "timeline.ics"}  # the build adds them; MkDocs does not
        assert [p for p in same_tree(tmp_path / "site", full) if p not in exports] == []
        # Next: two articles added, one removed, at random; then one that adds a year.
        present |= set(rng.sample(range(30, 60), 2)) | ({LATE} if step == 2 else set())
        present.discard(rng.choice(sorted(present)))
    first, second, third, new_year, last = reused
    assert first.reused_html == first.reused_pages == 0 and first.converted > 40
    for pages in (second, third, last):  # most pages are reused; the changed ones are rendered again
        assert pages.reused_pages > pages.themed > 0 and pages.reused_html > pages.converted > 0
        assert pages.reused_entries > pages.indexed > 0  # and so are their search entries
    assert new_year.reused_pages == 0 and new_year.reused_html > new_year.converted  # a new navigation


def docs_with(tmp_path: Path, index: str) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    (docs / "index.md").write_text(index, encoding="utf-8")
    (docs / "other.md").write_text("# Other\n\nNothing here.\n", encoding="utf-8")
    (docs / "key-dates.md").write_text("# Key dates\n", encoding="utf-8")  # the navigation names these two
    (docs / "years").mkdir(exist_ok=True)
    (docs / "years" / "index.md").write_text("# All years\n", encoding="utf-8")
    return docs


def test_a_reused_page_logs_its_warnings_again_so_a_strict_build_still_fails(tmp_path: Path) -> None:
    docs = docs_with(tmp_path, "# Home\n\nSee [the other page](other.md) and [a lost one](lost.md).\n")
    store = tmp_path / "cache"
    for run in range(2):
        with pytest.raises(Abort, match="Aborted with 1 warnings in strict mode"):
            publish(ROOT / "mkdocs.yml", docs, tmp_path / f"site-{run}", [], strict=True, reuse=store)
    # Once the page it links to exists, the link resolves: the stored render is not reused.
    (docs / "lost.md").write_text("# Found\n", encoding="utf-8")
    publish(ROOT / "mkdocs.yml", docs, tmp_path / "site-found", [], strict=True, reuse=store)
    assert 'href="lost/"' in (tmp_path / "site-found" / "index.html").read_text(encoding="utf-8")


def with_footer(folder: Path, footer: str) -> None:
    """``folder / mkdocs.yml``: the project's, with Material's footer replaced by ``footer`` (a Jinja snippet)."""
    (folder / "overrides").mkdir()
    (folder / "overrides" / "main.html").write_text(
        '{% extends "base.html" %}{% block footer %}' + footer + "{% endblock %}", encoding="utf-8")
    settings = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "  name: material\n" in settings
    (folder / "mkdocs.yml").write_text(settings.replace("  name: material\n", "  name: material\n  custom_dir: overrides\n"),
                                       encoding="utf-8")


def test_a_theme_whose_templates_read_every_page_reuses_only_the_markdown(tmp_path: Path) -> None:
    docs = docs_with(tmp_path, "# Home\n\nHello.\n")
    with_footer(tmp_path, "{{ pages | length }} pages")
    store = tmp_path / "cache"
    for run in range(2):
        prepare("mkdocs", tmp_path / "mkdocs.yml", docs, tmp_path / f"site-{run}", [], reuse=store).run()
    (docs / "third.md").write_text("# Third\n", encoding="utf-8")
    pages = prepare("mkdocs", tmp_path / "mkdocs.yml", docs, tmp_path / "site-reused", [], reuse=store).run()
    publish(tmp_path / "mkdocs.yml", docs, tmp_path / "site-full", [])
    assert pages == SitePages(converted=1, reused_html=4, themed=5, reused_pages=0, indexed=1, reused_entries=4)
    assert "5 pages" in (tmp_path / "site-reused" / "index.html").read_text(encoding="utf-8")
    assert same_tree(tmp_path / "site-reused", tmp_path / "site-full") == []


def test_pages_differing_only_in_a_date_of_their_metadata_are_not_confused(tmp_path: Path) -> None:
    docs = docs_with(tmp_path, "---\ndate: 2024-05-17\n---\n# Home\n\nHello.\n")
    with_footer(tmp_path, "{% if page %}Dated {{ page.meta.date }}{% endif %}")  # the 404 page has none
    store = tmp_path / "cache"
    publish(tmp_path / "mkdocs.yml", docs, tmp_path / "site-1", [], reuse=store)
    (docs / "index.md").write_text("---\ndate: 2024-05-18\n---\n# Home\n\nHello.\n", encoding="utf-8")
    publish(tmp_path / "mkdocs.yml", docs, tmp_path / "site-2", [], reuse=store)
    assert "Dated 2024-05-18" in (tmp_path / "site-2" / "index.html").read_text(encoding="utf-8")


def test_a_store_that_is_not_a_database_is_a_warning_and_every_page_is_rendered(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = docs_with(tmp_path, "# Home\n\nHello.\n")
    store = tmp_path / "cache"
    store.mkdir()
    (store / "pages.sqlite3").write_bytes(b"not a database, planted or truncated\n" * 100)
    assert prepare("mkdocs", ROOT / "mkdocs.yml", docs, tmp_path / "site", [], reuse=store).run() is None
    assert "warning: page store in" in capsys.readouterr().err
    publish(ROOT / "mkdocs.yml", docs, tmp_path / "site-full", [])
    assert same_tree(tmp_path / "site", tmp_path / "site-full") == []


def test_stored_values_of_the_wrong_shape_are_misses(tmp_path: Path) -> None:
    docs = docs_with(tmp_path, "# Home\n\nSee [the other page](other.md).\n")
    store = tmp_path / "cache"
    publish(ROOT / "mkdocs.yml", docs, tmp_path / "site-1", [], reuse=store)
    with sqlite3.connect(store / "pages.sqlite3") as db:
        keys = [key for (key,) in db.execute("SELECT key FROM pages")]
        shapes = [{"content": 1}, {"links": "x"}, 42, [1, 2], "<p>planted</p>", None, {"toc": [["a", "b", "c"]]}]
        db.executemany("UPDATE pages SET payload = ? WHERE key = ?",
                       [(zlib.compress(orjson.dumps(shapes[i % len(shapes)])), key) for i, key in enumerate(keys)])
    pages = prepare("mkdocs", ROOT / "mkdocs.yml", docs, tmp_path / "site-2", [], reuse=store).run()
    publish(ROOT / "mkdocs.yml", docs, tmp_path / "site-full", [])
    assert pages is not None and pages.converted == 4 and pages.reused_html == 0  # no render had the right shape
    # A planted output string is a well-formed output: the store is trusted like the site folder.
    assert [p for p in same_tree(tmp_path / "site-2", tmp_path / "site-full")
            if "planted" not in (tmp_path / "site-2" / p).read_text(encoding="utf-8", errors="replace")] == []
