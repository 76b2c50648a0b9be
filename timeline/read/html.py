"""Read ``.html``/``.htm`` pages through trafilatura's main-text extraction.

trafilatura removes navigation, ads and comments and also finds the title and
the publication date in the page's metadata (through htmldate), which we use
when nothing better is known.
"""
from __future__ import annotations

import datetime as dt
import functools
from configparser import ConfigParser
from dataclasses import dataclass

from timeline.read.fields import FieldError, parse_publication_date

MAX_TREE_SIZE = 200_000
"""Refuse pages with more elements than this: deeply nested or huge markup."""


@functools.cache
def _config() -> ConfigParser:
    from trafilatura.settings import use_config  # trafilatura takes 0.2 s to import: only when a page is read

    config: ConfigParser = use_config()
    config.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_TREE_SIZE))
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # no signal-based timeout inside worker processes
    return config


class HtmlError(ValueError):
    """No article text could be extracted."""


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    title: str
    text: str
    published: dt.date | None
    url: str


def parse_html(markup: str) -> HtmlArticle:
    """Extract the main text, title, date and canonical URL of a page."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            config=_config(),
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, RecursionError) as exc:
        raise HtmlError(f"cannot be parsed as HTML: {exc}") from exc
    if doc is None:
        raise HtmlError("no article text found in the page")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (data.get("text") or "").strip()
    if not text:
        raise HtmlError("no article text found in the page")
    published: dt.date | None = None
    if data.get("date"):
        try:
            published = parse_publication_date(str(data["date"]), "date")
        except FieldError:
            published = None
    return HtmlArticle(
        title=str(data.get("title") or "").strip(),
        text=text,
        published=published,
        url=str(data.get("url") or "").strip(),
    )
