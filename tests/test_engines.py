"""The fixture site built by every site engine ``[publish] engine`` may name.

MkDocs 1.x is unmaintained and MkDocs 2 drops plugins, so the site must not
depend on it alone: ProperDocs (the maintained fork) and Zensical (early)
read the same ``mkdocs.yml``. Each engine builds the fixture corpus with
``timeline build``; the pages a reader opens, the search index and the
exports must all be there, with the same pages as MkDocs writes. An engine
whose command is not installed is skipped with the reason (CI installs them:
the test extra pins both).
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "site_corpus"
READER_PAGES = ("index.html", "key-dates/index.html", "years/2024/index.html", "months/2024-06/index.html",
                "articles/05-bridge-opening/index.html", "background/index.html")
EXPORTS = ("timeline.json", "timelinejs.json", "timeline.csv", "timeline.ics", "feed.xml", "timeline.md", "embed.html")


def _build(folder: Path, engine: str) -> subprocess.CompletedProcess[str]:
    folder.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    (folder / "timeline.toml").write_text(f'[publish]\nengine = "{engine}"\n', encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "timeline", "build", str(FIXTURE)], cwd=folder,
                          capture_output=True, text=True, timeout=600)


def _pages(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("index.html")}


@pytest.fixture(scope="module")
def mkdocs_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("engines") / "mkdocs"
    done = _build(folder, "mkdocs")
    assert done.returncode == 0, done.stderr
    return folder / "site"


@pytest.mark.parametrize("engine", ["properdocs", "zensical"])
def test_another_engine_builds_every_page_of_the_fixture_site(tmp_path: Path, mkdocs_site: Path, engine: str) -> None:
    if shutil.which(engine) is None:
        pytest.skip(f"{engine} is not installed (pip install 'timeline[{engine}]')")
    done = _build(tmp_path / engine, engine)
    assert done.returncode == 0, done.stderr
    site = tmp_path / engine / "site"
    assert all((site / page).stat().st_size > 1000 for page in READER_PAGES)
    assert "footbridge" in (site / "months" / "2024-06" / "index.html").read_text(encoding="utf-8")
    assert _pages(site) == _pages(mkdocs_site)
    assert all((site / name).is_file() for name in EXPORTS)
    assert (site / "search" / "search_index.json").is_file() or (site / "search.json").is_file()
    assert not list((tmp_path / engine).glob(".timeline-*.yml"))  # the generated config is removed


def test_the_mkdocs_site_has_every_reader_page_and_export(mkdocs_site: Path) -> None:
    assert all((mkdocs_site / page).is_file() for page in READER_PAGES)
    assert all((mkdocs_site / name).is_file() for name in EXPORTS)


def test_search_finds_an_event_by_its_own_words_and_an_article_by_its_title(mkdocs_site: Path) -> None:
    """A source list repeats article titles, which the article pages' entries hold already: left in
    the events and key-date entries, a search for a title's words listed every event of that article."""
    index = json.loads((mkdocs_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    docs = {doc["location"]: doc for doc in index["docs"]}
    # an event is found on its day's page, under its date, with nothing else of the page (links, counts)
    day = docs["events/2024-06-08/"]
    assert day["title"] == "8 June 2024"
    assert day["text"].split() == ["<p>The", "mayor", "opened", "the", "new", "footbridge", "across", "the", "River",
                                   "Wend", "on", "8", "June", "2024.", "</p>"]
    assert not [location for location in docs if location.startswith(("months/", "years/2", "background/"))]
    assert docs["key-dates/#2023-03-13"]["text"].split() == ["<ul>", "<li>The", "council", "voted", "on", "13", "March",
                                                                "2023", "to", "build", "the", "footbridge", "across",
                                                                "the", "River", "Wend.", "</li>", "</ul>"]
    # An article is one entry, its title and its summary: no "Published ..." line, no "Summary" label, no second
    # entry under a heading (each entry costs the search worker as it builds its index before the first query).
    article = docs["articles/05-bridge-opening/"]
    assert article["title"] == "Alderford footbridge opens to the public"
    assert "Hundreds of residents walked" in article["text"]
    assert "Published" not in article["text"] and "Summary" not in article["text"]
    assert [location for location in docs if location.startswith("articles/05-bridge-opening/")] == [
        "articles/05-bridge-opening/"]


def test_a_missing_engine_is_an_error_naming_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline.publish import EngineError, publish

    monkeypatch.setenv("PATH", str(tmp_path))  # no engine command anywhere
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Home\n")
    with pytest.raises(EngineError, match="the site engine 'properdocs' is not installed"):
        publish(ROOT / "mkdocs.yml", tmp_path / "docs", tmp_path / "site", [], engine="properdocs")


def test_an_unknown_engine_is_a_config_error_naming_the_key(tmp_path: Path) -> None:
    from timeline.config import ConfigError, load_config

    (tmp_path / "timeline.toml").write_text('[publish]\nengine = "hugo"\n')
    with pytest.raises(ConfigError, match="publish.engine"):
        load_config(tmp_path / "timeline.toml")
