"""The built site in a real browser: chart, links, search, phone width and no-JavaScript reading.

Builds the fixture corpus into a temporary folder, serves it on 127.0.0.1
from a thread and drives Debian's headless Chromium through Playwright.
Skipped, with the reason, when either is missing. Waits are on page state
(an element appearing, a URL changing), never on a fixed time.
"""
from __future__ import annotations

import html
import json
import re
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from browser_support import CHROMIUM, open_in_timelinejs, served, timelinejs_installed

from timeline.build import build
from timeline.config import Config
from timeline.headline import headline

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "site_corpus"
HOSTILE = ROOT / "tests" / "corpus" / "hostile"
BPOIL = ROOT.parent / "shared" / "data" / "t17-dev" / "bpoil" / "articles.jsonl"
"""A real 1,460-article story (research data beside the project; the test skips without it)."""
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)", allow_module_level=True)


def _serve_build(out: Path, sources: list[Path], jobs: int = 1) -> Iterator[str]:
    """Build ``sources`` into ``out`` and serve the site; yields its root URL."""
    config = Config(docs_dir=str(out / "docs"), site_dir=str(out / "site"), mkdocs_config=str(ROOT / "mkdocs.yml"),
                    cache_dir=str(out / "cache"), jobs=jobs)
    build(config, [str(s) for s in sources])
    with served(out / "site") as url:
        yield url


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The fixture corpus built and served; yields the site's root URL."""
    yield from _serve_build(tmp_path_factory.mktemp("browser"), [FIXTURE])


@pytest.fixture(scope="module")
def hostile_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The fixture corpus plus the hostile articles of tests/corpus/hostile, built and served."""
    yield from _serve_build(tmp_path_factory.mktemp("hostile-browser"), [FIXTURE, HOSTILE])


@pytest.fixture(scope="module")
def bpoil_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The bpoil dev story built as a user would (every core) and served: (root URL, site folder)."""
    if not BPOIL.is_file():
        pytest.skip(f"{BPOIL} is absent")
    out = tmp_path_factory.mktemp("bpoil")
    for url in _serve_build(out, [BPOIL], jobs=0):
        yield url, out / "site"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture()
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        yield context.new_page()
    finally:
        context.close()


def test_home_shows_the_chart_and_a_bar_leads_to_its_month(page: Page, site_url: str) -> None:
    page.goto(site_url)
    chart = page.locator("div.timeline-chart-wide svg")
    sync_api.expect(chart).to_be_visible()
    sync_api.expect(page.locator("div.timeline-chart-narrow svg")).to_be_hidden()
    sync_api.expect(page.locator("small.timeline-chart-wide")).to_contain_text("Events per month")
    sync_api.expect(page.locator("small.timeline-chart-narrow")).to_be_hidden()
    sync_api.expect(chart.locator("rect.timeline-chart-bar")).to_have_count(7)  # the months with story events
    chart.locator('a[href="months/2024-06/"]').click()
    page.wait_for_url(f"{site_url}months/2024-06/")
    sync_api.expect(page.locator("h1")).to_contain_text("June 2024")


def test_a_year_leads_to_its_months_and_an_event_source_link_to_its_article(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}years/2024/")
    page.get_by_role("link", name="June", exact=True).click()
    page.wait_for_url(f"{site_url}months/2024-06/")
    page.locator("p.timeline-event", has_text="opened the new footbridge").get_by_role(
        "link", name="Alderford footbridge opens to the public").click()
    page.wait_for_url(f"{site_url}articles/05-bridge-opening/")
    sync_api.expect(page.locator("h1")).to_contain_text("Alderford footbridge opens to the public")


def test_jump_to_latest_reaches_the_newest_event(page: Page, site_url: str) -> None:
    page.goto(site_url)
    page.get_by_role("link", name="Jump to the latest event →").click()
    # The last thing that had happened by the last report, not what it expected ("repeated in October 2024").
    page.wait_for_url(f"{site_url}events/2024-08-28/#e-2024-08-28-*")
    sync_api.expect(page.locator("p.timeline-event", has_text="twelve herons")).to_be_in_viewport()


def test_search_finds_a_word_of_an_article(page: Page, site_url: str) -> None:
    page.goto(site_url)
    search = page.locator("input.md-search__input")
    search.click()
    # Material ignores a query typed while its worker still says "Initializing search".
    sync_api.expect(page.locator(".md-search-result__meta")).to_have_text("Type to start searching")
    search.press_sequentially("herons")
    results = page.locator(".md-search-result__item")
    sync_api.expect(results.first).to_be_visible()
    sync_api.expect(page.locator(".md-search-result")).to_contain_text("Herons return beneath the new bridge")


@pytest.fixture(scope="module")
def herons_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A day of three events built and served: two articles report "Herons were seen ...", so it comes first;
    the one event that says "herons" and "footbridge" comes after it. And four events of March 2024, the one
    that says both the last of its section on the month's page."""
    out = tmp_path_factory.mktemp("herons")
    seen = "Herons were seen near the river on 3 March 2024, the wardens said."
    rows = [{"id": "a", "title": "Herons by the river", "date": "2024-03-04", "text": seen},
            {"id": "b", "title": "River birds", "date": "2024-03-04", "text": seen},
            {"id": "c", "title": "A nest", "date": "2024-03-04",
             "text": "Herons nested under the old footbridge on 3 March 2024, a warden said."}]
    rows += [{"id": f"m{i}", "title": f"Note {i}", "date": "2024-04-02", "text": f"In March 2024 {text}"}
             for i, text in enumerate(["the wardens repaired the boardwalk by the river.",
                                       "volunteers planted reeds along the bank.",
                                       "the council cleared litter from the towpath.",
                                       "herons nested under the new footbridge, the wardens said."])]
    (out / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    yield from _serve_build(out, [out / "feed.jsonl"])


def test_a_page_opened_from_a_search_result_scrolls_to_the_words_searched(browser: Browser, herons_url: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 300})
    try:
        short = context.new_page()
        # the index comes late, as on a phone's network: Material marks the words only once it has come
        short.route("**/search_index.json", lambda route: (time.sleep(1.5), route.continue_()))
        short.goto(f"{herons_url}events/2024-03-03/?h=herons+footbridge")
        events = short.locator("p.timeline-event")
        sync_api.expect(events.first).to_contain_text("Herons were seen")  # the first marked: one word
        best = events.filter(has_text="footbridge")
        sync_api.expect(best.locator("mark[data-md-highlight]").first).to_be_attached()
        sync_api.expect(best).to_be_in_viewport()
        short.wait_for_function("window.scrollY > 0")
        # scrolled to centre it (as far as the page goes), not its neighbour
        target = best.evaluate("""e => Math.min(e.getBoundingClientRect().top + scrollY + e.offsetHeight / 2
            - innerHeight / 2, document.documentElement.scrollHeight - innerHeight)""")
        assert abs(short.evaluate("window.scrollY") - target) < 2
        short.goto(f"{herons_url}events/2024-03-03/")  # not from a search: the page opens at its top
        short.wait_for_load_state("load")
        assert short.evaluate("window.scrollY") == 0
    finally:
        context.close()


def test_a_search_result_in_a_section_scrolls_within_it_past_its_heading(browser: Browser, herons_url: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 300})
    try:
        short = context.new_page()
        short.goto(f"{herons_url}events/2024-03/#p-2024-03")  # the section's heading, as a link to it opens
        short.wait_for_load_state("load")
        at_heading = short.evaluate("window.scrollY")
        short.goto(f"{herons_url}events/2024-03/?h=herons+footbridge#p-2024-03")
        best = short.locator("p.timeline-event", has_text="footbridge")
        sync_api.expect(best.locator("mark[data-md-highlight]").first).to_be_attached()
        sync_api.expect(best).to_be_in_viewport(ratio=1)
        assert short.evaluate("window.scrollY") > at_heading
    finally:
        context.close()


def test_the_site_names_its_own_search_worker_by_its_content(page: Page, site_url: str) -> None:
    from timeline.publish.search_worker import assets_version

    version = assets_version()
    page.goto(site_url)
    named = page.evaluate("JSON.parse(document.getElementById('__config').textContent).search")
    assert named == f"assets/javascripts/search_worker.js?v={version}"  # a new worker, a new address
    page.goto(f"{site_url}events/2024-08-28/")
    named = page.evaluate("JSON.parse(document.getElementById('__config').textContent).search")
    assert named == f"../../assets/javascripts/search_worker.js?v={version}"
    assert page.locator(f"script[src='../../assets/javascripts/search_scroll.js?v={version}']").count() == 1


def test_a_phone_gets_a_chart_that_fits_with_labels_to_read_and_bars_to_tap(browser: Browser, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 740})
    try:
        phone = context.new_page()
        phone.goto(site_url)
        chart = phone.locator("div.timeline-chart-narrow svg")
        sync_api.expect(chart).to_be_visible()
        sync_api.expect(phone.locator("div.timeline-chart-wide svg")).to_be_hidden()
        box = chart.bounding_box()
        assert box is not None and 0 < box["x"] and box["x"] + box["width"] <= 375
        label = chart.locator("text").first.bounding_box()
        assert label is not None and label["height"] >= 10  # the wide chart's labels printed at about 6 px here
        rects = chart.locator("rect.timeline-chart-bar")
        bars = [rects.nth(i).bounding_box() for i in range(rects.count())]
        assert bars and all(bar is not None and bar["width"] >= 20 for bar in bars)
        # the story's months are quarters on a phone: the caption there says so, the wide chart's is hidden
        sync_api.expect(phone.locator("small.timeline-chart-narrow")).to_contain_text("Events per quarter")
        sync_api.expect(phone.locator("small.timeline-chart-wide")).to_be_hidden()
    finally:
        context.close()


def test_pages_read_without_javascript(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        plain = context.new_page()
        plain.goto(site_url)
        sync_api.expect(plain.locator("div.timeline-chart svg a").first).to_be_visible()
        plain.goto(f"{site_url}tags/bridge/")
        sync_api.expect(plain.locator("h1")).to_contain_text("Tag: bridge")
        plain.goto(f"{site_url}embed.html")
        sync_api.expect(plain.locator("li", has_text="opened the new footbridge")).to_be_visible()
    finally:
        context.close()


def test_the_site_requests_nothing_from_other_hosts(page: Page, site_url: str) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site_url)
    page.goto(f"{site_url}years/2024/")
    assert requested and all(url.startswith(site_url) for url in requested), requested


def test_no_script_of_a_hostile_article_runs(page: Page, hostile_site_url: str) -> None:
    """Open every page that shows hostile article text; no alert() of theirs may fire."""
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{hostile_site_url}years/2024/")
    months = [str(a.get_attribute("href")) for a in page.locator("a[href*='months/']").all()]
    assert months, "the year page lists no month"
    shown = []
    for month in months:
        page.goto(f"{hostile_site_url}years/2024/{month}")
        page.wait_for_load_state("load")
        shown.append(month)
        hostile = page.locator("a[href*='articles/']", has_text="Council")
        if hostile.count():
            break
    assert hostile.count() > 0, f"the hostile article's events are missing from the month pages {shown}"
    hostile.first.click()
    page.wait_for_load_state("load")
    sync_api.expect(page.locator("h1")).to_contain_text('<script>alert("pwned-1")</script> Council')
    for path in ["", "years/2024/", "key-dates/", "tags/", "sources/", "embed.html"]:
        page.goto(f"{hostile_site_url}{path}")
        page.wait_for_load_state("load")
    assert dialogs == []


def test_a_real_storys_busiest_month_has_day_headings_and_reads_on_a_phone(
        browser: Browser, bpoil_site: tuple[str, Path]) -> None:
    url, site = bpoil_site
    events = json.loads((site / "timeline.json").read_text(encoding="utf-8"))["events"]
    per_month = Counter(e["first"][:7] for e in events if e["granularity"] == "day")
    month = max(sorted(per_month), key=per_month.__getitem__)
    assert per_month[month] > 500  # a month a reader could not wade through whole
    assert (site / "months" / month / "index.html").stat().st_size < 300_000
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)  # a phone
    try:
        page = context.new_page()
        page.goto(f"{url}months/{month}/")
        ids = page.locator("article h2[id]").evaluate_all("headings => headings.map(h => h.id)")
        days = [i for i in ids if re.fullmatch(r"\d{4}-\d{2}-\d{2}", i)]
        dated = [i for i in ids if i in days or re.fullmatch(r"p-\d{4}-w\d{2}(?:-we)?", i)]
        assert len(days) >= 20 and ids[:len(dated)] == dated and days == sorted(days)  # days and weeks first, in order
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # no sideways scrolling
        # the line of the month's days: each a target a thumb can tap (a first-time reader measured 9x17 px)
        boxes = page.locator(".timeline-day-index a").evaluate_all(
            "links => links.map(a => [a.getBoundingClientRect().width, a.getBoundingClientRect().height])")
        assert len(boxes) == len(days) and min(min(box) for box in boxes) >= 32
        heights = page.locator("p.timeline-event small a").evaluate_all(
            "links => links.map(a => a.getBoundingClientRect().height)")
        assert heights and min(heights) >= 24  # an event's source links too (a reader measured 15 px)
        shown = page.locator("p.timeline-event").count()
        assert shown <= 5 * len(ids)  # each heading shows its most important events only
        # The rest of a busy day is one tap away, on a page that lists all of them.
        more = page.get_by_role("link", name=re.compile(r"^All \d+ events of \d{1,2} [A-Z][a-z]+ \d{4}"))
        total = int(re.search(r"\d+", more.first.inner_text()).group())  # type: ignore[union-attr]
        more.first.click()
        page.wait_for_url(re.compile(r".*/events/\d{4}-\d{2}-\d{2}/"))
        assert page.locator("p.timeline-event").count() == total > 5
    finally:
        context.close()


_needs_timelinejs = pytest.mark.skipif(not timelinejs_installed(),
                                       reason="TimelineJS is not installed (npm ci --prefix tests/timelinejs)")


@_needs_timelinejs
def test_timelinejs_itself_shows_every_slide_of_the_export(page: Page, site_url: str) -> None:
    """Knight Lab's TimelineJS opens the fixture's export: a title slide, then one slide per event,
    each headed by what happened (not by its date, which TimelineJS shows apart)."""
    view = open_in_timelinejs(page, site_url)
    assert view.errors == ()
    events = json.loads(page.evaluate("fetch('../timelinejs.json').then((r) => r.text())"))["events"]
    sentences = [e["text"]["text"].split("<br>")[0] for e in events]
    assert len(view.headlines) == len(events) + 1 > 5
    assert view.headlines[1:] == tuple(headline(html.unescape(s)) for s in sentences)
    assert not any(re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{4}|\d{4}", h) for h in view.headlines)


@_needs_timelinejs
def test_timelinejs_opens_a_real_storys_export(page: Page, bpoil_site: tuple[str, Path]) -> None:
    """bpoil (1,460 articles): the story's most important events, few enough for TimelineJS to open.
    How long it takes is a benchmark figure (benchmarks/bench_site.py), not asserted here."""
    url, site = bpoil_site
    events = json.loads((site / "timelinejs.json").read_text(encoding="utf-8"))["events"]
    assert 100 < len(events) <= 300
    view = open_in_timelinejs(page, url)
    assert view.errors == () and view.loaded_ms > 0
    assert len(view.headlines) == len(events) + 1
