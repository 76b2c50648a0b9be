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
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig


NAV_YEARS = 30
"""At most this many years in the navigation (the latest); the All years page lists every one."""


def story_years(years: Sequence[int], published: Iterable[int], limit: int = NAV_YEARS) -> list[int]:
    """The years the navigation lists: those with a page from the first to the last
    year an article was published in (the latest ``limit``). Without any publication
    date, the latest ``limit`` years with a page."""
    published = list(published)
    span = [y for y in years if min(published) <= y <= max(published)] if published else list(years)
    return sorted(span)[-limit:]


def navigation(years: Sequence[int]) -> list[dict[str, Any]]:
    """The site navigation: Home, Key dates, then All years and the given years."""
    return [
        {"Home": "index.md"},
        {"Key dates": "key-dates.md"},
        {"Years": [{"All years": "years/index.md"}] + [{str(y): f"years/{y}.md"} for y in years]},
    ]


def mkdocs_config(config_file: Path, docs_dir: Path, site_dir: Path, years: Sequence[int], *,
                  strict: bool = False) -> MkDocsConfig:
    """Load ``mkdocs.yml`` with our folders and navigation laid over it."""
    return load_config(
        config_file=str(config_file),
        docs_dir=str(docs_dir.resolve()),
        site_dir=str(site_dir.resolve()),
        nav=navigation(years),
        strict=strict,
    )


def publish(config_file: Path, docs_dir: Path, site_dir: Path, years: Sequence[int], *, strict: bool = False) -> None:
    """Build the HTML site into ``site_dir`` (MkDocs errors propagate)."""
    config = mkdocs_config(config_file, docs_dir, site_dir, years, strict=strict)
    level = logging.getLogger("mkdocs").level
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    try:
        mkdocs_build(config)
    finally:
        logging.getLogger("mkdocs").setLevel(level)
