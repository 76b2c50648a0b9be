"""The publish stage: run MkDocs on the rendered docs folder.

The site's look lives in the root ``mkdocs.yml``; the build adds only what it
alone knows: where the docs and site folders are and the navigation (Home,
Key dates, All years, and the story's own years). MkDocs renders the whole
nav into every page, so it stays short: listing 2,000 articles made a
Material build 13 times slower, and listing all 306 years a story's articles
mention (most with one background event) still cost a quarter of the build.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from timeline.navigation import navigation


def mkdocs_config(config_file: Path, docs_dir: Path, site_dir: Path, years: Sequence[int], *,
                  strict: bool = False) -> MkDocsConfig:
    """Load ``mkdocs.yml`` with our folders and navigation laid over it."""
    return load_config(
        config_file=str(config_file),
        docs_dir=str(docs_dir.resolve()),
        site_dir=str(site_dir.resolve()),
        nav=navigation(years, docs_dir),
        strict=strict,
    )


def publish(config_file: Path, docs_dir: Path, site_dir: Path, years: Sequence[int], *, strict: bool = False) -> str:
    """Build the HTML site into ``site_dir`` (MkDocs errors propagate); return its ``site_address``."""
    config = mkdocs_config(config_file, docs_dir, site_dir, years, strict=strict)
    build_site(config)
    return site_address(config)


def build_site(config: MkDocsConfig) -> None:
    """Run MkDocs with a loaded config, its INFO chatter silenced."""
    level = logging.getLogger("mkdocs").level
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    try:
        mkdocs_build(config)
    finally:
        logging.getLogger("mkdocs").setLevel(level)


def site_address(config: MkDocsConfig) -> str:
    """The site's address from ``mkdocs.yml`` (``site_url``, ending in "/"), or "" when not set.

    The exports use it to make their links absolute, which a feed reader or a
    calendar needs.
    """
    url = config.site_url or ""
    return url if not url or url.endswith("/") else url + "/"
