"""The site's search worker (``timeline.publish.search_worker``) in Chromium: Material's messages in, results out.

Each test starts the worker from the package's theme folder, sends it Material's SETUP message with documents
written inline, then a QUERY, and checks the RESULT it posts back: the pages found, in order, each result's
marked text and the query words it matched. Skipped without Playwright or Chromium.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
from browser_support import CHROMIUM, served

from timeline.publish.search_worker import THEME

if TYPE_CHECKING:
    from playwright.sync_api import Page

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)", allow_module_level=True)

CONFIG = {"lang": ["en"], "separator": r"[\s\-]+", "pipeline": ["stopWordFilter"],
          "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "tags": {"boost": 1000000.0}}}
"""Material's search config as the search plugin writes it into search_index.json."""

ASK = """async ([docs, query, config]) => {
  const worker = new Worker("assets/javascripts/search_worker.js");
  const next = type => new Promise(resolve => {
    worker.onmessage = event => { if (event.data.type === type) resolve(event.data); };
  });
  const ready = next(1);  // Material sends a query only once the worker has said READY
  worker.postMessage({type: 0, data: {config, docs, options: {suggest: false}}});
  await ready;
  const answer = next(3);
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
    groups = result["data"]["items"]
    # Material's list prints each score (``toFixed``) and keeps the worker's order: the best page first
    scores = [[item["score"] for item in group] for group in groups]
    assert all(isinstance(score, (int, float)) and math.isfinite(score) for group in scores for score in group)
    firsts = [group[0] for group in scores]
    assert firsts == sorted(firsts, reverse=True)
    return [[{k: v for k, v in item.items() if k not in ("score", "parent")} for item in group] for group in groups]


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
    docs = [{"location": "a/", "title": "5 May 2009", "text": "<p>Schools closed in the first phase.</p>"},
            {"location": "b/", "title": "29 April 2009", "text": "<p>The alert was raised to phase 5.</p>"},
            {"location": "c/", "title": "Phase 5 declared", "text": "<p>The WHO spoke.</p>"}]
    assert [group[0]["location"] for group in ask(page, docs, "phase 5")] == ["c/", "b/", "a/"]


def test_required_prohibited_and_quoted_words(page: Page) -> None:
    docs = [{"location": "a/", "title": "A", "text": "<p>The static kill held.</p>"},
            {"location": "b/", "title": "B", "text": "<p>The top kill failed.</p>"},
            {"location": "c/", "title": "C", "text": "<p>Static electricity.</p>"}]
    assert [g[0]["location"] for g in ask(page, docs, "kill -top")] == ["a/"]
    assert [g[0]["location"] for g in ask(page, docs, "+static kill")] == ["a/"]
    assert [g[0]["location"] for g in ask(page, docs, "+static cap")] == ["a/", "c/"]
    assert [g[0]["location"] for g in ask(page, docs, '"static kill"')] == ["a/"]
    missing = ask(page, docs, "static cap")
    assert missing[0][0]["terms"] == {"static": True, "cap": False}  # Material lists "cap" as missing


def test_every_word_asked_for_where_some_page_holds_them_all_else_any(page: Page) -> None:
    docs = [{"location": "a/", "title": "A", "text": "<p>The G-20 summit opened.</p>"},
            {"location": "b/", "title": "B", "text": "<p>A summit of the euro zone in Paris.</p>"},
            {"location": "c/", "title": "C", "text": "<p>The government gathered 20 ministers.</p>"}]
    found = ask(page, docs, "G-20 summit")
    assert [group[0]["location"] for group in found] == ["a/"]  # "g" is a word of its own, not "government"
    assert found[0][0]["text"] == "<p>The <mark>G</mark>-<mark>20</mark> <mark>summit</mark> opened.</p>"
    assert found[0][0]["terms"] == {"20": True, "summit": True}  # no letter for Material's page to mark
    none_has_both = ask(page, docs, "summit Lisbon")
    assert [group[0]["location"] for group in none_has_both] == ["a/", "b/"]
    assert none_has_both[0][0]["terms"] == {"summit": True, "lisbon": False}


def test_a_section_is_listed_under_its_page_and_the_page_is_always_there(page: Page) -> None:
    """The page's heading carries the words its sections matched: Material opens it with them (``?h=bridge``), and
    the page marks them and scrolls to the first; with none, a tap on the heading had opened the top of a long page
    with nothing marked (the fourteenth first-time reader)."""
    docs = [{"location": "events/1/", "title": "1 June", "text": "<p>Rain.</p>"},
            {"location": "events/1/#expected", "title": "Expected beforehand", "text": "<p>A vote on the bridge.</p>"}]
    assert ask(page, docs, "bridge") == [[
        {"location": "events/1/#expected", "title": "Expected beforehand",
         "text": "<p>A vote on the <mark>bridge</mark>.</p>", "terms": {"bridge": True}},
        {"location": "events/1/", "title": "1 June", "text": "", "terms": {"bridge": True}}]]


def test_text_stays_escaped_and_stop_words_are_left_out(page: Page) -> None:
    docs = [{"location": "a/", "title": "A &amp; B", "text": "<p>&lt;script&gt; of the mayor</p>"}]
    assert ask(page, docs, "the script") == [[{"location": "a/", "title": "A &amp; B",
                                               "text": "<p>&lt;<mark>script</mark>&gt; of the mayor</p>",
                                               "terms": {"script": True}}]]
    assert ask(page, docs, "the") == [[{"location": "a/", "title": "A &amp; B",
                                        "text": "<p>&lt;script&gt; of <mark>the</mark> mayor</p>",
                                        "terms": {"the": True}}]]  # only stop words: they are searched


def test_word_endings_and_the_word_being_typed(page: Page) -> None:
    docs = [{"location": "a/", "title": "A", "text": "<p>The statement of the United States.</p>"},
            {"location": "b/", "title": "B", "text": "<p>The static kill held.</p>"},
            {"location": "c/", "title": "C", "text": "<p>Soil and oil.</p>"},
            {"location": "d/", "title": "D", "text": "<p>A kill switch was tested.</p>"}]
    assert [g[0]["location"] for g in ask(page, docs, "states")] == ["a/"]  # "state...", not "static"
    assert [g[0]["location"] for g in ask(page, docs, "stat")] == ["a/", "b/"]  # typing: any word it begins
    assert [g[0]["location"] for g in ask(page, docs, "kill h")] == ["b/"]  # "h", typed last: "held"
    not_last = {g[0]["location"]: g[0]["text"] for g in ask(page, docs, "stat kill")}  # a word of its own there
    assert not_last["b/"] == "<p>The static <mark>kill</mark> held.</p>"
    assert ask(page, docs, "oil")[0][0]["text"] == "<p>Soil and <mark>oil</mark>.</p>"  # a word's start only
    assert [g[0]["location"] for g in ask(page, docs, "+stat kill")] == ["a/"]  # "+stat": "state", no "static"


def test_stop_words_go_even_when_prohibited_and_an_apostrophe_is_either_kind(page: Page) -> None:
    docs = [{"location": "a/", "title": "A", "text": "<p>The oil reached BP’s rig.</p>"},
            {"location": "b/", "title": "B", "text": "<p>Oil prices rose.</p>"}]
    assert [g[0]["location"] for g in ask(page, docs, "oil -the")] == ["a/", "b/"]
    assert [g[0]["location"] for g in ask(page, docs, "BP's rig")] == ["a/"]
    assert [g[0]["location"] for g in ask(page, docs, "BP’s rig")] == ["a/"]


def test_a_page_boost_weighs_and_tags_are_kept(page: Page) -> None:
    docs = [{"location": "a/", "title": "A", "text": "<p>The spill grew.</p>"},
            {"location": "b/", "title": "B", "text": "<p>The spill grew.</p>", "boost": 1000, "tags": ["gulf"]}]
    found = ask(page, docs, "spill")
    assert [g[0]["location"] for g in found] == ["b/", "a/"]
    assert found[0][0]["tags"] == ["gulf"]


def test_a_hostile_query_or_entry_yields_text_only(page: Page) -> None:
    docs = [{"location": "a/", "title": "<b>A</b>", "text": "<p>&lt;img src=x onerror=alert(1)&gt; &#1114112;</p>"},
            {"title": "no address", "text": "<p>img</p>"}]
    for query in ('"><svg onload=alert(1)>', "img", "</p>", "(", "+", "-", '"'):
        for group in ask(page, docs, query):
            for item in group:
                markup = re.findall(r"</?([a-z]+)", item["title"] + item["text"])
                assert set(markup) <= {"p", "mark"}, (query, item)
    assert ask(page, docs, "img")[0][0]["text"] == (
        "<p>&lt;<mark>img</mark> src=x onerror=alert(1)&gt; \ufffd</p>")


def test_accents_are_left_out_of_the_search_and_kept_in_what_is_shown(page: Page) -> None:
    shown = "President Felipe Calder\u00f3n spoke in San Luis Potos\u00ed."
    docs = [{"location": "a/", "title": "A", "text": f"<p>{shown}</p>"},
            {"location": "b/", "title": "B", "text": "<p>Calderon's aide left.</p>"}]
    for query in ("Calderon", "Calder\u00f3n", "calderon\u0301"):  # the last typed decomposed
        found = ask(page, docs, query)
        assert [group[0]["location"] for group in found] == ["a/", "b/"]
        assert found[0][0]["text"] == "<p>" + shown.replace("Calder\u00f3n", "<mark>Calder\u00f3n</mark>") + "</p>"
    assert ask(page, docs, "potosi")[0][0]["text"] == (
        "<p>President Felipe Calder\u00f3n spoke in San Luis <mark>Potos\u00ed</mark>.</p>")
