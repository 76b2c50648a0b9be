"""The publish stage: run the site engine (MkDocs by default) on the rendered docs folder.

Three engines read the same ``mkdocs.yml`` (``[publish] engine`` in
``timeline.toml``):

- ``mkdocs`` (default): MkDocs 1.6 through its Python API, in this process.
- ``properdocs``: the maintained drop-in fork of MkDocs 1.6 that runs the
  same plugins and the Material theme.
- ``zensical``: the engine from Material's authors (0.0.x, early).

The last two run as their command on PATH (``properdocs build``,
``zensical build``) on a config file written beside ``mkdocs.yml``
(``.timeline-ENGINE.yml``, removed afterwards): ``mkdocs.yml`` with the
folders and navigation laid over it, paths relative to it as its own are.
ProperDocs redirects every ``mkdocs.*`` import to itself, so it must not
share a process with MkDocs.

The site's look lives in the root ``mkdocs.yml``; the build adds only what it
alone knows: where the docs and site folders are and the navigation (Home,
Key dates, All years, the story's own years, Sources). MkDocs renders the whole
nav into every page, so it stays short: listing 2,000 articles made a
Material build 13 times slower, and listing all 306 years a story's articles
mention (most with one background event) still cost a quarter of the build.
"""
from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from timeline.publish.reuse import PageStore

from timeline.config import UNNAMED
from timeline.publish.navigation import navigation
from timeline.publish.pages import SitePages
from timeline.publish.search_worker import with_search_worker


DEFAULT_CONFIG_NAME = "mkdocs.yml"
"""``mkdocs_config``'s default (``timeline.config.Config``)."""


def _packaged_config() -> Path:
    """The project's ``mkdocs.yml``: inside an installed wheel (``timeline/mkdocs.yml``), else beside the package
    (a checkout)."""
    here = Path(__file__).resolve().parent.parent  # the timeline package
    installed = here / DEFAULT_CONFIG_NAME
    return installed if installed.is_file() else here.parent / DEFAULT_CONFIG_NAME


PACKAGED_CONFIG = _packaged_config()
"""The site's look when the working folder has no ``mkdocs.yml`` of its own."""


def site_config(path: str, engine: str) -> Path:
    """The ``mkdocs.yml`` a build publishes with: ``path``, else, when it is the default name and absent, the
    one timeline ships (MkDocs only: the other engines write their config beside it), so that ``timeline build
    ARTICLES`` works in any folder. A named file that is absent is an ``EngineError`` that says so."""
    given = Path(path)
    if given.is_file():
        return given
    if path == DEFAULT_CONFIG_NAME and engine == "mkdocs" and PACKAGED_CONFIG.is_file():
        return PACKAGED_CONFIG
    raise EngineError(f"{path}: the site's configuration (mkdocs_config) does not exist; copy the mkdocs.yml that "
                      f"timeline ships ({PACKAGED_CONFIG}) there, or build the Markdown only with --no-mkdocs")


def site_name(config_file: Path, name: str) -> dict[str, Any]:
    """MkDocs's ``site_name`` setting to lay over ``config_file``: ``name`` (the story's title), or ``UNNAMED`` when
    it is empty, where the file (with any file it inherits) names no site; none where it does."""
    return {} if own_site_name(config_file) else {"site_name": name or UNNAMED}


def own_site_name(config_file: Path) -> str:
    """The ``site_name`` ``config_file`` sets ("" for none, or an empty one), read as MkDocs reads it (its tags, a
    file it ``INHERIT``s); a file MkDocs cannot read is MkDocs's to report, and read here by its lines."""
    from mkdocs.exceptions import ConfigurationError
    from mkdocs.utils.yaml import yaml_load

    try:
        with config_file.open("rb") as stream:
            settings = yaml_load(stream)
    except (ConfigurationError, OSError, ValueError):
        found = _SITE_NAME_LINE.search(config_file.read_text(encoding="utf-8", errors="replace"))
        return found[1].strip() if found else ""
    return _site_name_in(settings)


def _site_name_in(settings: object) -> str:
    """The ``site_name`` of a config read as a mapping, stripped; "" where it has none or an empty one."""
    value = settings.get("site_name") if isinstance(settings, dict) else None
    return value.strip() if isinstance(value, str) else ""


_SITE_NAME_LINE = re.compile(r"^site_name[ \t]*:[ \t]*([^\s#].*)$", re.M)


def mkdocs_config(config_file: Path, docs_dir: Path, site_dir: Path, years: Sequence[int], *,
                  strict: bool = False, name: str = "") -> MkDocsConfig:
    """Load ``mkdocs.yml`` with our folders and navigation laid over it, and the site's search worker
    (``timeline.publish.search_worker``); ``name`` is the site's name where the file gives none (``site_name``)."""
    from mkdocs.config import load_config  # imported on use: a build without MkDocs never pays for it

    return with_search_worker(load_config(
        config_file=str(config_file),
        docs_dir=str(docs_dir.resolve()),
        site_dir=str(site_dir.resolve()),
        nav=navigation(years, docs_dir),
        strict=strict,
        **site_name(config_file, name),
    ))


ENGINES = ("mkdocs", "properdocs", "zensical")
"""The site engines ``[publish] engine`` may name; each is tested on the fixture site
(``tests/test_engines.py``)."""


class EngineError(RuntimeError):
    """The engine is not installed or its build failed; the message says which and why."""


@dataclass(frozen=True)
class PreparedSite:
    """A site build ready to run: the site's address (for the exports) and the build itself."""

    address: str
    run: Callable[[], SitePages | None]
    """Build the site; MkDocs says what it rendered and reused."""


def prepare(engine: str, config_file: Path, docs_dir: Path, site_dir: Path, years: Sequence[int], *,
            strict: bool = False, reuse: Path | None = None, name: str = "") -> PreparedSite:
    """The build of ``docs_dir`` into ``site_dir`` by ``engine`` with the story's navigation, called ``name`` (the
    story's title) where ``mkdocs.yml`` sets no ``site_name``.

    With ``reuse`` (a folder; MkDocs only), pages whose inputs did not change since
    a build that stored them there are not rendered again (``timeline.publish.reuse``).
    """
    if engine == "mkdocs":
        config = mkdocs_config(config_file, docs_dir, site_dir, years, strict=strict, name=name)
        return PreparedSite(site_address(config), lambda: build_site(config, reuse))
    if engine not in ENGINES:
        raise EngineError(f"unknown site engine {engine!r}; expected one of {', '.join(ENGINES)}")
    settings = _read_yaml(config_file)
    if not _site_name_in(settings):
        settings["site_name"] = name or UNNAMED
    return PreparedSite(_address(str(settings.get("site_url") or "")), lambda: _run_command(engine, config_file, settings, docs_dir, site_dir, years, strict))


def publish(config_file: Path, docs_dir: Path, site_dir: Path, years: Sequence[int], *, strict: bool = False,
            engine: str = "mkdocs", reuse: Path | None = None, name: str = "") -> str:
    """Build the HTML site into ``site_dir`` (engine errors propagate); return its ``site_address``."""
    site = prepare(engine, config_file, docs_dir, site_dir, years, strict=strict, reuse=reuse, name=name)
    site.run()
    return site.address


def _read_yaml(config_file: Path) -> dict[str, Any]:
    try:
        settings = yaml.safe_load(config_file.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise EngineError(f"{config_file}: cannot be read as plain YAML for another engine: {exc}") from exc
    if not isinstance(settings, dict):
        raise EngineError(f"{config_file}: is not a mapping")
    return settings


def _run_command(engine: str, config_file: Path, settings: dict[str, Any], docs_dir: Path, site_dir: Path,
                 years: Sequence[int], strict: bool) -> None:  # the engine's own output says nothing of pages
    """Run ``ENGINE build`` on ``mkdocs.yml`` with our folders and navigation laid over it."""
    command = shutil.which(engine)
    if command is None:
        raise EngineError(f"the site engine {engine!r} is not installed (no {engine!r} command on PATH); "
                          f"pip install 'timeline[{engine}]'")
    folder = config_file.resolve().parent
    generated = folder / f".timeline-{engine}.yml"
    overlay = {**settings, "docs_dir": os.path.relpath(docs_dir.resolve(), folder),
               "site_dir": os.path.relpath(site_dir.resolve(), folder), "nav": navigation(years, docs_dir)}
    generated.write_text(yaml.safe_dump(overlay, sort_keys=False, allow_unicode=True), encoding="utf-8")
    try:
        done = subprocess.run([command, "build", "-f", str(generated), *(["--strict"] if strict else [])],
                              cwd=folder, capture_output=True, text=True)
    finally:
        generated.unlink(missing_ok=True)
    if done.returncode != 0:
        raise EngineError(f"{engine} build failed (exit {done.returncode}): {done.stderr.strip()[-2000:]}")


def build_site(config: MkDocsConfig, reuse: Path | None = None) -> SitePages | None:
    """Run MkDocs with a loaded config, its INFO chatter silenced; reusing the pages stored in ``reuse``."""
    from mkdocs.commands.build import build as mkdocs_build

    level = logging.getLogger("mkdocs").level
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    try:
        with _page_store(reuse) as store:
            plugin = None
            if store is not None:
                from timeline.publish.reuse import ReusePages

                plugin = ReusePages(store)
                config.plugins["timeline/reuse"] = plugin
            mkdocs_build(config)
        return None if plugin is None else plugin.pages()
    finally:
        logging.getLogger("mkdocs").setLevel(level)


def _page_store(reuse: Path | None) -> AbstractContextManager[PageStore | None]:
    """The page store in ``reuse`` (None when there is no folder, or the store cannot be used)."""
    if reuse is None:
        return nullcontext(None)
    from timeline.publish.reuse import page_store  # MkDocs's plugin classes: imported with MkDocs

    return page_store(reuse)


def site_address(config: MkDocsConfig) -> str:
    """The site's address from ``mkdocs.yml`` (``site_url``, ending in "/"), or "" when not set.

    The exports use it to make their links absolute, which a feed reader or a
    calendar needs.
    """
    return _address(config.site_url or "")


def _address(url: str) -> str:
    """``url`` ending in "/" ("" stays "")."""
    return url if not url or url.endswith("/") else url + "/"
