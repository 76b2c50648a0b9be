"""The site's search: Material's search box and results, answered by a worker of our own.

Material's worker builds a lunr index of every word and its position before it answers the first query; on
bpoil's 1,460 articles (a search index of 1.64 MB) that took 1.0 to 1.2 s after the page loaded, over the
second a reader waits for a first result. ``THEME/assets/javascripts/search_worker.js`` speaks Material's
worker protocol and scans the documents' text for each query instead, with no index to build: 0.26 s against
1.08 s to the first result painted (A/B on copies of bpoil's site, four fresh browsers each,
``benchmarks/search_ab.py``; README, "The first search after a page loads").

``THEME`` is a theme folder laid over Material's: its ``main.html`` names the worker in Material's page config
and loads ``assets/javascripts/search_scroll.js``, which scrolls a page opened from a result to the paragraph
holding the most of the words searched. ``with_search_worker`` puts it in the theme's folders of a loaded MkDocs
config, after a site's own ``custom_dir``, so that a site's own ``main.html`` still wins (and keeps Material's
worker), as a site searched in another language than English does.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

THEME = Path(__file__).with_name("theme")
"""The theme folder laid over Material's: ``main.html`` and the worker."""


ASSETS_VERSION = "timeline_assets"
"""The theme option ``main.html`` reads the version of ``THEME``'s scripts from (``assets_version``)."""


def assets_version() -> str:
    """A digest of ``THEME``'s scripts, which ``main.html`` adds to their addresses (``?v=``): their names carry
    no digest of their own, and a browser or a cache would keep an old worker after a deploy."""
    digest = hashlib.sha256()
    for path in sorted((THEME / "assets").rglob("*.js")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def with_search_worker(config: MkDocsConfig) -> MkDocsConfig:
    """``config`` with ``THEME`` among its theme's folders, just before Material's: Material sites searched in
    English only (the worker's stop words and word endings are English; another language keeps Material's)."""
    theme = config.theme
    search = config.plugins.get("material/search") or config.plugins.get("search")
    languages = getattr(search, "config", {}).get("lang") if search is not None else None
    if theme.name != "material" or languages not in (None, [], ["en"]):
        return config
    ours = str(THEME)
    theme[ASSETS_VERSION] = assets_version()
    if ours not in theme.dirs:
        theme.dirs.insert(1 if theme.custom_dir else 0, ours)  # the folders go custom_dir, Material, MkDocs
    return config

