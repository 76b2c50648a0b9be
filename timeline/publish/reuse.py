"""Reuse the HTML of the pages whose inputs did not change: an incremental MkDocs build.

When an article arrives, a dozen of the site's thousands of Markdown pages
change, but ``mkdocs build`` converts every page's Markdown to HTML and
renders every page through the theme again (on the 2,716 dev articles, 47% and
32% of a 13 s build). MkDocs's own ``--dirty`` mode skips unmodified pages
outright, so their navigation goes stale and the search index loses them: it
cannot give the site a full build gives.

``ReusePages`` is a MkDocs plugin that keeps every other step of the build and
skips only those two, per page, when their inputs are those of a page it has
stored (``PageStore``, SQLite in the build's cache folder):

- **Markdown to HTML** (``Page.render``): keyed by the page's Markdown (after
  every other plugin), its source and address, the Markdown settings, and the
  address of each page it links to. The HTML, table of contents, title and
  anchors are restored as ``Page.render`` sets them, and the messages the
  render logged are logged again (so ``--strict`` fails as before).
- **The theme's template**: keyed by the site's settings, the theme's
  templates, the navigation, and everything of the page the template reads
  (HTML, title, metadata, table of contents, address, neighbours). A reused
  page is given a one-line template that prints the stored HTML.

- **The search index's entries**: keyed by the page's HTML, table of
  contents, address, title and metadata; Material's search plugin (which
  parses each page's HTML in ``on_page_context``) takes the stored entries.

Everything else runs as in a full build: every page's ``on_page_context``,
``on_post_page``, the sitemap, the static files, and the search index
written whole from every page's entries. ``tests/test_reuse.py`` checks, after random additions and
removals of articles, that the site is byte for byte the site a full build
makes, and so fails when MkDocs changes what this depends on: the private
``Page._title_from_render``, the order of ``_populate_page`` and
``_build_page`` in ``mkdocs.commands.build``, and Material's search index
(``search_index.entries``, ``add_entry_from_context``).

Not reused: a theme whose templates read ``pages`` (every page of the site)
or ``build_date_utc`` makes a page depend on more than the key names; such a
theme is seen in its sources and only the Markdown is reused.
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import json
import logging
import os
import posixpath
import re
import sqlite3
import sys
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import orjson
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents

from timeline.publish.pages import SitePages

DATABASE = "pages.sqlite3"
KEEP_BUILDS = 3
"""A stored page unused for this many builds is deleted."""
REUSED_TEMPLATE = ".timeline-reused.html"
"""The template a reused page is rendered with: it prints the page's stored HTML."""
_VERSIONED = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2", "timeline")
"""Packages whose version is part of every key."""
_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)|^ {0,3}\[[^\]\n]+\]:\s*<?(\S+?)>?(?:\s|$)", re.MULTILINE)
"""The targets of Markdown links and images, inline or by reference."""
_WHOLE_SITE = re.compile(r"(?<![.\w])(?:pages|build_date_utc)\b")
"""Template variables that make a page depend on the whole site or the clock."""


class PageStore:
    """Stored page renders and outputs by key, in SQLite; entries unused for ``KEEP_BUILDS`` builds are deleted.

    A cache: a store that cannot be read is a miss, never an error (``page_store``). What it
    holds is HTML the site serves, so, like the site folder, it must be writable only by
    whoever builds the site.
    """

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / DATABASE
        self._db = sqlite3.connect(self.path, isolation_level=None)
        self._db.execute("CREATE TABLE IF NOT EXISTS pages (key TEXT PRIMARY KEY, payload BLOB, used INTEGER)")
        self._db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value INTEGER)")
        row = self._db.execute("SELECT value FROM meta WHERE name = 'generation'").fetchone()
        self.generation = (row[0] if row and isinstance(row[0], int) else 0) + 1
        self._used: set[str] = set()
        self._new: dict[str, bytes] = {}

    def get(self, key: str) -> Any:
        """The value stored under ``key``, or None."""
        try:
            row = self._db.execute("SELECT payload FROM pages WHERE key = ?", (key,)).fetchone()
            if row is None or not isinstance(row[0], bytes):
                return None
            value = orjson.loads(zlib.decompress(row[0]))
        except (sqlite3.Error, zlib.error, ValueError, RecursionError):
            return None
        self._used.add(key)
        return value

    def put(self, key: str, value: Any) -> None:
        self._new[key] = zlib.compress(orjson.dumps(value), 1)

    def close(self) -> None:
        """Write the new entries, mark the used ones, delete the stale ones (a store that cannot be
        written is left as it is, with a warning: the site is built all the same)."""
        try:
            self._save()
        except sqlite3.Error as exc:
            print(f"warning: page store {self.path} cannot be written ({exc}); pages will be rendered again",
                  file=sys.stderr)
        finally:
            self._db.close()

    def _save(self) -> None:
        with self._db:
            self._db.execute("BEGIN")
            self._db.executemany("INSERT OR REPLACE INTO pages VALUES (?, ?, ?)",
                                 [(k, v, self.generation) for k, v in self._new.items()])
            self._db.executemany("UPDATE pages SET used = ? WHERE key = ?",
                                 [(self.generation, k) for k in self._used - self._new.keys()])
            self._db.execute("DELETE FROM pages WHERE used <= ?", (self.generation - KEEP_BUILDS,))
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (self.generation,))


@contextmanager
def page_store(folder: Path) -> Iterator[PageStore | None]:
    """The store in ``folder``, closed (and saved) afterwards; None, with a warning, when it cannot
    be opened (not a database, unreadable): the site is then built without reuse."""
    try:
        store = PageStore(folder)
    except (OSError, sqlite3.Error) as exc:
        print(f"warning: page store in {folder} cannot be used ({exc}); every page is rendered",
              file=sys.stderr)
        yield None
        return
    try:
        yield store
    finally:
        store.close()


class ReusePages(BasePlugin):  # type: ignore[type-arg,no-untyped-call]
    """The MkDocs plugin: see the module docstring."""

    def __init__(self, store: PageStore) -> None:
        super().__init__()
        self.store = store
        self._counts = {"converted": 0, "reused_html": 0, "themed": 0, "reused_pages": 0, "indexed": 0,
                        "reused_entries": 0}
        self._search_keys: dict[str, str] = {}
        self._search_hooked = False
        self._site = ""
        self._nav = ""
        self._whole_site = False
        self._output_keys: dict[str, str] = {}
        self._outputs: dict[str, str] = {}

    def pages(self) -> SitePages:
        """What this build rendered and reused."""
        return SitePages(**self._counts)

    # -- the site ---------------------------------------------------------------------------
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        templates, self._whole_site = _theme_templates(config)
        self._site = _digest(_versions(), _settings(config), templates)
        return config

    @event_priority(-100)  # after every other plugin has made the navigation
    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        self._nav = _digest(_nav_items(nav.items))
        return nav

    # -- Markdown to HTML -------------------------------------------------------------------
    @event_priority(-100)  # after every other plugin has changed the Markdown
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        key = _digest(self._site, "render", page.file.src_uri, page.file.url, markdown)
        stored = self.store.get(key)
        # The key holds the Markdown, so a stored render names the very links it has.
        if (_is_render(stored) and stored["links"] == _link_states([target for target, *_ in stored["links"]], files)
                and all(files.get_file_from_path(src) for src in stored["links_to_anchors"] or ())):
            page.render = lambda config, files: _restore(page, stored, files)  # type: ignore[method-assign]
            self._counts["reused_html"] += 1
            return markdown

        links = _link_targets(markdown, page.file.src_uri)

        def render(config: MkDocsConfig, files: Files) -> None:
            with _logged() as messages:
                Page.render(page, config, files)
            self.store.put(key, _rendered(page, _link_states(links, files), messages))
            self._counts["converted"] += 1

        page.render = render  # type: ignore[method-assign]
        return markdown

    # -- the theme's template ---------------------------------------------------------------
    @event_priority(-100)  # after every other plugin has changed the HTML
    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if self._whole_site:
            self._counts["themed"] += 1
            return html
        key = _digest(self._site, self._nav, "page", page.file.src_uri, page.url, page.canonical_url, page.edit_url,
                      page.title, _plain(page.meta), _toc(page.toc), html,
                      *(_neighbour(p) for p in (page.previous_page, page.next_page)))
        stored = self.store.get(key)
        if isinstance(stored, str):  # the theme's output
            self._outputs[page.file.src_uri] = stored
            page.meta["template"] = REUSED_TEMPLATE
            self._counts["reused_pages"] += 1
        else:
            self._output_keys[page.file.src_uri] = key
            self._counts["themed"] += 1
        return html

    def on_env(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        import jinja2
        from markupsafe import Markup

        env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({REUSED_TEMPLATE: "{{ timeline_reused_html(page) }}"}),
                                          env.loader])
        env.globals["timeline_reused_html"] = lambda page: Markup(self._outputs[page.file.src_uri])
        return env

    # -- the search index's entries ------------------------------------------------------------
    @event_priority(100)  # before the search plugin indexes the page
    def on_page_context(self, context: Any, *, page: Page, config: MkDocsConfig, nav: Navigation) -> Any:
        if not self._search_hooked:
            self._search_hooked = True
            self._hook_search(config)
        meta = {k: v for k, v in page.meta.items() if k != "template"}  # ours, on a reused page
        self._search_keys[page.file.src_uri] = _digest(self._site, "search", page.url, page.title, _plain(meta),
                                                       _toc(page.toc), page.content)
        return context

    def _hook_search(self, config: MkDocsConfig) -> None:
        """Let the search plugin's index take a page's stored entries instead of parsing its HTML.

        The index of Material's search plugin (and of MkDocs's own) is built by
        ``add_entry_from_context(page)``, which parses the page's HTML; Material's keeps
        the entries in a list, ``entries``. A page whose HTML, table of contents,
        address, title and metadata are those of a stored page gets the stored entries.
        Without such an index (another search plugin), every page is parsed as usual.
        Measured on the 2,716 dev articles' 3,320 pages, one article added: MkDocs took
        4.0 s with every page parsed for the index, 3.0 to 3.2 s with the entries reused.
        """
        for plugin in config.plugins.values():
            index: Any = getattr(plugin, "search_index", None)
            if isinstance(getattr(index, "entries", None), list) and callable(
                    getattr(index, "add_entry_from_context", None)):
                index.add_entry_from_context = self._indexer(index, index.add_entry_from_context)

    def _indexer(self, index: Any, parse: Any) -> Any:
        def add_entry_from_context(page: Page) -> None:
            key = self._search_keys.pop(page.file.src_uri, None)
            stored = self.store.get(key) if key is not None else None
            if isinstance(stored, list) and all(isinstance(entry, dict) for entry in stored):
                index.entries.extend(stored)
                self._counts["reused_entries"] += 1
                return
            before = len(index.entries)
            parse(page)
            self._counts["indexed"] += 1
            if key is not None:
                self.store.put(key, index.entries[before:])
        return add_entry_from_context

    @event_priority(100)  # the output of the template itself, before any other plugin changes it
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        key = self._output_keys.pop(page.file.src_uri, None)
        if key is not None:
            self.store.put(key, output)
        return output


# -- keys ------------------------------------------------------------------------------------
def _digest(*parts: Any) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=_plain, ensure_ascii=False)
                          .encode("utf-8", "surrogatepass")).hexdigest()


def _plain(value: Any) -> Any:
    """A stable JSON form of a setting or a page's metadata: mappings, sequences and sets as such,
    other values by their ``repr`` (a date, an enum), or by type where that ``repr`` is the default
    one, whose memory address changes every run (a plugin, an extension object)."""
    if isinstance(value, dict) or hasattr(value, "items"):
        return {str(k): v for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted(map(str, value))
    if isinstance(value, (list, tuple)):
        return list(value)
    if type(value).__repr__ is object.__repr__:  # type: ignore[comparison-overlap]
        return f"<{type(value).__module__}.{type(value).__qualname__}>"
    return repr(value)


def _versions() -> dict[str, str]:
    versions = {}
    for name in _VERSIONED:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = ""
    return versions


def _settings(config: MkDocsConfig) -> dict[str, Any]:
    """Every setting but the folders (the site is built into a new one each time), the navigation (a
    page's HTML does not depend on it; its output does, through the key of ``on_nav``) and the plugin
    objects (their settings instead)."""
    settings = {k: v for k, v in config.items() if k not in ("docs_dir", "site_dir", "nav", "plugins", "theme")}
    settings["plugins"] = {name: dict(plugin.config) for name, plugin in config.plugins.items()
                           if not isinstance(plugin, ReusePages)}
    settings["theme"] = {"name": config.theme.name, "dirs": list(config.theme.dirs), **dict(config.theme)}
    return settings


def _theme_templates(config: MkDocsConfig) -> tuple[str, bool]:
    """A digest of the theme's folders, and whether a template reads the whole site or the clock.

    Templates (``.html``) count by content, every other file (icons a template may
    include, assets) by name, size and time: Material's 14,500 files took 0.24 s
    to read, 0.05 s to list.
    """
    digest = hashlib.sha256()
    whole_site = False
    for folder in config.theme.dirs:
        for root, dirs, names in os.walk(folder):
            dirs.sort()
            for name in sorted(names):
                path = os.path.join(root, name)
                if name.endswith(".html"):
                    source = Path(path).read_bytes()
                    whole_site = whole_site or _WHOLE_SITE.search(source.decode("utf-8", "replace")) is not None
                    digest.update(f"{path}\0".encode("utf-8", "surrogateescape") + source + b"\0")
                else:
                    stat = os.stat(path)
                    digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode("utf-8", "surrogateescape"))
    return digest.hexdigest(), whole_site


def _nav_items(items: list[Any]) -> list[Any]:
    """The navigation as the theme shows it: titles, addresses and sections."""
    out: list[Any] = []
    for item in items:
        if isinstance(item, Section):
            out.append(["section", item.title, _nav_items(item.children)])
        elif isinstance(item, Link):
            out.append(["link", item.title, item.url])
        else:
            out.append(["page", item.title, item.url, item.file.src_uri if item.file else None])
    return out


def _neighbour(page: Page | None) -> Any:
    return None if page is None else [page.title, page.url]


def _link_targets(markdown: str, src_uri: str) -> list[str]:
    """The documentation files the Markdown links to, as MkDocs first resolves them."""
    targets = set()
    for match in _LINK.finditer(markdown):
        scheme, netloc, path, _, _ = urlsplit(match[1] or match[2])
        if scheme or netloc or not path or path.startswith(("/", "\\")):
            continue
        targets.add(posixpath.normpath(posixpath.join(posixpath.dirname(src_uri), unquote(path)).lstrip("/")))
    return sorted(targets)


def _link_states(targets: list[str], files: Files) -> list[Any]:
    """Each target with its address, or None where no such file is in the site."""
    states = []
    by_source = files.src_uris  # the lookup get_file_from_path makes, without its path parsing per link
    for target in targets:
        file = by_source.get(target)
        states.append([target, None if file is None else file.url, None if file is None else str(file.inclusion)])
    return states


# -- a page's render, stored and restored -----------------------------------------------------
def _toc(toc: TableOfContents) -> list[Any]:
    def item(link: AnchorLink) -> list[Any]:
        return [link.title, link.id, link.level, [item(child) for child in link.children]]
    return [item(link) for link in toc]


def _anchor_links(items: list[Any]) -> list[AnchorLink]:
    links = []
    for title, anchor, level, children in items:
        link = AnchorLink(title, anchor, level)
        link.children = _anchor_links(children)
        links.append(link)
    return links


def _rendered(page: Page, links: list[Any], messages: list[list[Any]]) -> dict[str, Any]:
    return {
        "content": page.content,
        "toc": _toc(page.toc),
        "title": page._title_from_render,  # private: tests/test_reuse.py fails when it changes
        "anchors": None if page.present_anchor_ids is None else sorted(page.present_anchor_ids),
        "links_to_anchors": None if page.links_to_anchors is None else
        {file.src_uri: anchors for file, anchors in page.links_to_anchors.items()},
        "links": links,
        "messages": messages,
    }


def _is_render(stored: Any) -> bool:
    """Whether a stored value has the shape ``_rendered`` gives (a store is a cache: anything else is a miss)."""
    if not (isinstance(stored, dict) and isinstance(stored.get("content"), str) and isinstance(stored.get("toc"), list)
            and isinstance(stored.get("title"), (str, type(None))) and isinstance(stored.get("anchors"), (list, type(None)))
            and isinstance(stored.get("links_to_anchors"), (dict, type(None))) and isinstance(stored.get("links"), list)
            and isinstance(stored.get("messages"), list)):
        return False
    return (all(isinstance(link, list) and len(link) == 3 and isinstance(link[0], str) for link in stored["links"])
            and all(isinstance(m, list) and len(m) == 3 and isinstance(m[0], str) and type(m[1]) is int
                    and isinstance(m[2], str) for m in stored["messages"])
            and _is_toc(stored["toc"]))


def _is_toc(items: Any) -> bool:
    return isinstance(items, list) and all(
        isinstance(item, list) and len(item) == 4 and isinstance(item[0], str) and isinstance(item[1], str)
        and type(item[2]) is int and _is_toc(item[3]) for item in items)


def _restore(page: Page, stored: dict[str, Any], files: Files) -> None:
    """Set what ``Page.render`` sets, from the store; log what it logged."""
    page.content = stored["content"]
    page.toc = TableOfContents(_anchor_links(stored["toc"]))
    page._title_from_render = stored["title"]
    page.present_anchor_ids = None if stored["anchors"] is None else set(stored["anchors"])
    if stored["links_to_anchors"] is not None:
        page.links_to_anchors = {file: anchors for src, anchors in stored["links_to_anchors"].items()
                                 if (file := files.get_file_from_path(src)) is not None}  # all are: see on_page_markdown
    for name, level, message in stored["messages"]:
        logging.getLogger(name).log(level, message)


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[list[Any]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append([record.name, record.levelno, record.getMessage()])


@contextmanager
def _logged() -> Iterator[list[list[Any]]]:
    """The messages MkDocs logs meanwhile, to be logged again when the render is reused."""
    collector = _Collector()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    try:
        yield collector.messages
    finally:
        logger.removeHandler(collector)
