"""The site's search worker (``timeline.publish.search_worker``) in Chromium: Material's messages in, results out.

Each test starts the worker from the package's theme folder, sends it Material's SETUP message with documents
written inline, then a QUERY, and checks the RESULT it posts back: the pages found, in order, each result's
marked text and the query words it matched. Skipped without Playwright or Chromium.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from browser_support import served

from timeline.publish import mkdocs_config
from timeline.publish.search_worker import THEME

if TYPE_CHECKING:
    from playwright.sync_api import Page

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parent.parent
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)", allow_module_level=True)

CONFIG = {"lang": ["en"], "separator": r"[\s\-]+", "pipeline": ["stopWordFilter"],
          "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "tags": {"boost": 1000000.0}}}
"""Material's search config as the search plugin writes it into search_index.json."""

ASK = """async ([docs, query, config]) => {
  const worker = new Worker("assets/javascripts/search_worker.js");
  const answer = new Promise(resolve => {
    worker.onmessage = event => { if (event.data.type === 3) resolve(event.data); };
  });
  worker.postMessage({type: 0, data: {config, docs, options: {suggest: false}}});
  worker.postMessage({type: 2, data: query});
  const result = await answer;
  worker.terminate();
  return result;
}"""


@pytest.fixture(scope="module")
def page() -> Iterator[Page]:
    """A page served from the theme folder, from which the worker can be started."""
    with served(THEME) as url, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--headless"])
        tab = browser.new_page()
        tab.goto(url + "main.html")
        yield tab
        browser.close()


def ask(page: Page, docs: list[dict[str, Any]], query: str) -> list[list[dict[str, Any]]]:
    """The worker's RESULT for ``query`` over ``docs``: its items, each a page's results, without the scores."""
    result = page.evaluate(ASK, [docs, query, CONFIG])
    assert result["type"] == 3
    return [[{k: v for k, v in item.items() if k not in ("score", "parent")} for item in group]
            for group in result["data"]["items"]]


def test_a_query_word_finds_the_other_forms_of_its_word(page: Page) -> None:
    docs = [{"location": "a/", "title": "11 February", "text": "<p>Mubarak resigned on Friday.</p>"},
            {"location": "b/", "title": "12 February", "text": "<p>Protests went on.</p>"}]
    assert ask(page, docs, "resigns") == [[{"location": "a/", "title": "11 February",
                                            "text": "<p>Mubarak <mark>resigned</mark> on Friday.</p>",
                                            "terms": {"resign": True}}]]


def test_a_page_with_every_word_in_one_event_comes_first_and_shows_that_event_first(page: Page) -> None:
    def day(location: str, *events: str) -> dict[str, str]:
        return {"location": location, "title": location, "text": "<ul>" + "".join(f"<li>{e}</li>" for e in events)
                + "</ul>"}

    docs = [day("a/", "Hayward spoke.", "Talk that he may resign."),
            day("b/", "Rain fell.", "Hayward will resign, BP said."),
            day("c/", "Hayward spoke.", "Hayward may resign.")]
    found = {group[0]["location"]: group[0]["text"] for group in ask(page, docs, "Hayward resign")}
    assert list(found)[-1] == "a/"  # the only page that never says both in one place
    assert found["b/"] == "<p><mark>Hayward</mark> will <mark>resign</mark>, BP said.</p>"
    assert found["c/"] == "<p><mark>Hayward</mark> may <mark>resign</mark>.</p><p><mark>Hayward</mark> spoke.</p>"
    assert found["a/"] == "<p><mark>Hayward</mark> spoke.</p><p>Talk that he may <mark>resign</mark>.</p>"  # as listed


def test_a_title_weighs_only_when_it_holds_every_word(page: Page) -> None:
    docs = [{"location": "a/", "title": "5 May 2009", "text": "<p>Schools closed.</p>"},
            {"location": "b/", "title": "29 April 2009", "text": "<p>The alert was raised to phase 5.</p>"},
            {"location": "c/", "title": "Phase 5 declared", "text": "<p>The WHO spoke.</p>"}]
    assert [group[0]["location"] for group in ask(page, docs, "phase 5")] == ["c/", "b/", "a/"]


def test_required_prohibited_and_quoted_words(page: Page) -> None:
    docs = [{"location": "a/", "title": "A", "text": "<p>The static kill held.</p>"},
            {"location": "b/", "title": "B", "text": "<p>The top kill failed.</p>"},
            {"location": "c/", "title": "C", "text": "<p>Static electricity.</p>"}]
    assert [g[0]["location"] for g in ask(page, docs, "kill -top")] == ["a/"]
    assert [g[0]["location"] for g in ask(page, docs, "+static kill")] == ["a/", "c/"]
    assert [g[0]["location"] for g in ask(page, docs, '"static kill"')] == ["a/"]
    missing = ask(page, docs, "static cap")
    assert missing[0][0]["terms"] == {"static": True, "cap": False}  # Material lists "cap" as missing


def test_a_section_is_listed_under_its_page_and_the_page_is_always_there(page: Page) -> None:
    docs = [{"location": "events/1/", "title": "1 June", "text": "<p>Rain.</p>"},
            {"location": "events/1/#expected", "title": "Expected beforehand", "text": "<p>A vote on the bridge.</p>"}]
    assert ask(page, docs, "bridge") == [[
        {"location": "events/1/#expected", "title": "Expected beforehand",
         "text": "<p>A vote on the <mark>bridge</mark>.</p>", "terms": {"bridge": True}},
        {"location": "events/1/", "title": "1 June", "text": "", "terms": {}}]]


def test_text_stays_escaped_and_stop_words_are_left_out(page: Page) -> None:
    docs = [{"location": "a/", "title": "A &amp; B", "text": "<p>&lt;script&gt; of the mayor</p>"}]
    assert ask(page, docs, "the script") == [[{"location": "a/", "title": "A &amp; B",
                                               "text": "<p>&lt;<mark>script</mark>&gt; of the mayor</p>",
                                               "terms": {"script": True}}]]
    assert ask(page, docs, "the") == [[{"location": "a/", "title": "A &amp; B",
                                        "text": "<p>&lt;script&gt; of <mark>the</mark> mayor</p>",
                                        "terms": {"the": True}}]]  # only stop words: they are searched


def test_a_material_site_names_the_worker_and_a_site_main_template_keeps_its_own(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    config = mkdocs_config(ROOT / "mkdocs.yml", docs, tmp_path / "site", [])
    assert config.theme.dirs[0] == str(THEME)
    own = tmp_path / "overrides"
    own.mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: S\ntheme:\n  name: material\n  custom_dir: overrides\n")
    config = mkdocs_config(tmp_path / "mkdocs.yml", docs, tmp_path / "site", [])
    assert config.theme.dirs[:2] == [str(own), str(THEME)]
