"""URLs of the built site's pages, as exports and the chart print them.

MkDocs turns ``years/2024.md`` into ``years/2024/`` (``use_directory_urls``,
its default), and raw HTML is never rewritten by MkDocs, so anything that is
not a Markdown link must print these final URLs itself.
"""
from __future__ import annotations

from timeline.timeline_model import Entry, MonthSection


def year_url(year: int, base: str = "") -> str:
    return f"{base}years/{year}/"


def month_url(section: MonthSection, base: str = "") -> str:
    """The month's heading on its year page: MkDocs' toc gives "## May" the id ``may``."""
    return f"{year_url(section.year, base)}#{section.name.lower()}"


def entry_url(entry: Entry, base: str = "") -> str:
    return f"{year_url(entry.year, base)}#{entry.anchor}"


def article_url(slug: str, base: str = "") -> str:
    return f"{base}articles/{slug}/"
