"""URLs of the built site's pages, as exports and the chart print them.

Here, beside the pages' paths (``timeline.assemble.timeline``), so that render (the chart) and the
exports both import it from the stage before them, not one from the other.

MkDocs turns ``years/2024.md`` into ``years/2024/`` (``use_directory_urls``,
its default), and raw HTML is never rewritten by MkDocs, so anything that is
not a Markdown link must print these final URLs itself.
"""
from __future__ import annotations

from timeline.assemble.timeline import Entry, MonthSection, year_page


def page_url(page: str, base: str = "") -> str:
    """The URL MkDocs gives the docs-relative Markdown ``page``."""
    return f"{base}{page.removesuffix('.md')}/"


def year_url(year: int, base: str = "") -> str:
    return page_url(year_page(year), base)


def month_url(section: MonthSection, base: str = "") -> str:
    return page_url(section.page, base)


def entry_url(entry: Entry, base: str = "") -> str:
    return f"{page_url(entry.page, base)}#{entry.anchor}"


def article_url(slug: str, base: str = "") -> str:
    return f"{base}articles/{slug}/"
