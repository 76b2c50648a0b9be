"""What the site engine did with the site's pages: the record a build reports."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SitePages:
    """The site's pages a MkDocs build rendered, and those it reused (``timeline.publish.reuse``)."""

    converted: int
    """Pages whose Markdown was converted to HTML."""
    reused_html: int
    """Pages whose HTML (from their Markdown) was reused."""
    themed: int
    """Pages rendered through the theme's template."""
    reused_pages: int
    """Pages whose whole output was reused."""
    indexed: int = 0
    """Pages the search plugin parsed for its index."""
    reused_entries: int = 0
    """Pages whose stored search entries were reused."""
