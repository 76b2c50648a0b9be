"""What the site's navigation lists: Home, Key dates, All years, the story's own years,
its background and outlook, and its sources.

MkDocs renders the whole navigation into every page, so it stays short (see
``timeline.publish``). Kept apart from the publish stage so that a build that
does not run MkDocs, and ``serve``, need not import MkDocs to know it.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from timeline.assemble.timeline import year_page

NAV_YEARS = 30
"""At most this many years in the navigation (the latest); the All years page lists every one."""


def story_years(years: Sequence[int], published: Iterable[int], limit: int = NAV_YEARS) -> list[int]:
    """The years the navigation lists: those with a page from the first to the last
    year an article was published in (the latest ``limit``). Without any publication
    date, the latest ``limit`` years with a page."""
    published = set(published)  # a set of years, not one number an article: archives hold 100,000s
    span = [y for y in years if min(published) <= y <= max(published)] if published else list(years)
    return sorted(span)[-limit:]


SIDE_PAGES = (("Background", "background.md"), ("Outlook", "outlook.md"))
"""The pages of the events before and after the story, listed with the years when the docs hold them."""


SOURCES_PAGE = "sources/index.md"
"""The outlets and their articles, listed last when the docs hold it: the thirteenth first-time reader found no
way from the menu to a story's sources."""


def navigation(years: Sequence[int], docs_dir: Path | None = None) -> list[dict[str, Any]]:
    """The site navigation: Home, Key dates, then All years (when there are years), Background (when ``docs_dir``
    holds it), the given years and Outlook (likewise), and Sources (likewise)."""
    side = {page: {title: page} for title, page in SIDE_PAGES
            if docs_dir is not None and (docs_dir / page).is_file()}
    before = [side["background.md"]] if "background.md" in side else []
    after = [side["outlook.md"]] if "outlook.md" in side else []
    # A story with no year has no years page: a link to it was MkDocs's warning, which fails ``--strict``.
    group = [{"All years": "years/index.md"}] if years else []
    group += before + [{str(y): year_page(y)} for y in years] + after
    sources = [{"Sources": SOURCES_PAGE}] if docs_dir is not None and (docs_dir / SOURCES_PAGE).is_file() else []
    return [{"Home": "index.md"}, {"Key dates": "key-dates.md"}, *([{"Years": group}] if group else []), *sources]
