"""What the browser tests and the site benchmark share: a served folder, TimelineJS itself.

``served`` serves a built site on 127.0.0.1 from a thread.  ``open_in_timelinejs``
loads a site's ``timelinejs.json`` in Knight Lab's TimelineJS (the npm package
pinned in ``tests/timelinejs/package.json``, installed by ``.ci/run`` with
``npm ci --prefix tests/timelinejs``), the way a reader's embed would: the
library's files are answered by Playwright from the installed package, the
JSON by the site.  Waits are on TimelineJS's own "loaded" event.
"""
from __future__ import annotations

import functools
import http.server
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Page, Route

CHROMIUM = Path("/usr/bin/chromium")
"""Debian's Chromium, which Playwright drives (never a browser it downloads)."""
TIMELINEJS_PACKAGE = Path(__file__).resolve().parent / "timelinejs"
TIMELINEJS_DIST = TIMELINEJS_PACKAGE / "node_modules" / "@knight-lab" / "timelinejs" / "dist"
"""TimelineJS's built files (js/timeline.js, css/timeline.css), once ``npm ci`` has run."""
_PREFIX = "__timelinejs__/"
"""Where the test page and TimelineJS's files appear under the site's URL (answered by a route)."""
_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="css/timeline.css"></head>
<body><div id="timeline" style="width: 100%; height: 640px"></div>
<script src="js/timeline.js"></script>
<script>
  const started = performance.now();
  fetch("../timelinejs.json").then((response) => response.json()).then((data) => {
    const timeline = new TL.Timeline("timeline", data, {script_path: new URL("js/", location.href).href});
    timeline.on("loaded", () => { window.timelineLoadedMs = performance.now() - started; });
  }).catch((error) => { window.timelineFailed = String(error); });
</script></body></html>
"""


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def served(folder: Path) -> Iterator[str]:
    """Serve ``folder`` over HTTP on 127.0.0.1 (any free port); yields its root URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@dataclass(frozen=True)
class TimelineJSView:
    """What TimelineJS showed: its slides' headlines (title slide first) and how long it took."""

    headlines: tuple[str, ...]
    loaded_ms: float
    errors: tuple[str, ...]


def timelinejs_installed() -> bool:
    return (TIMELINEJS_DIST / "js" / "timeline.js").is_file()


def open_in_timelinejs(page: Page, site_url: str, timeout_ms: float = 120_000) -> TimelineJSView:
    """Open ``site_url``'s timelinejs.json in TimelineJS and wait until it has loaded."""
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    def answer(route: Route) -> None:
        relative = route.request.url.split(_PREFIX, 1)[1].split("?", 1)[0]
        if relative in ("", "index.html"):
            route.fulfill(body=_PAGE, content_type="text/html; charset=utf-8")
            return
        path = (TIMELINEJS_DIST / relative).resolve()
        if TIMELINEJS_DIST.resolve() in path.parents and path.is_file():
            route.fulfill(path=str(path))
        else:
            route.fulfill(status=404, body="")

    page.route(f"{site_url}{_PREFIX}**", answer)
    page.goto(f"{site_url}{_PREFIX}index.html")
    page.wait_for_function("window.timelineLoadedMs !== undefined || window.timelineFailed !== undefined",
                           timeout=timeout_ms)
    failed = page.evaluate("window.timelineFailed")
    if failed:
        errors.append(str(failed))
    loaded_ms = float(page.evaluate("window.timelineLoadedMs ?? -1"))
    headlines = json.loads(page.evaluate(
        "JSON.stringify(Array.from(document.querySelectorAll('.tl-slide h2.tl-headline'),"
        " (h) => h.textContent.trim()))"))
    message = page.locator(".tl-message-full")
    if message.count() and message.first.is_visible():
        errors.append(message.first.inner_text())
    return TimelineJSView(tuple(headlines), loaded_ms, tuple(errors))
