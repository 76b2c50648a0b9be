"""Parse one isolated date string (publication dates in metadata).

Why dateparser here and nowhere else: it is slow on running text but strong
on a single date string in many languages and formats ("17 mai 2024",
"2024-05-17T08:00:00Z", "Fri, 17 May 2024").  A fast path handles ISO dates.
"""
from __future__ import annotations

import datetime as dt
import re

_ISO_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?\s*$")


def parse_date_string(s: str, languages: list[str] | None = None) -> dt.date | None:
    """The calendar date named by ``s``, or None when it is not a date.

    Relative strings ("yesterday") are rejected: they would need a reference
    date and dateparser would silently use the system clock.
    """
    if not s or not s.strip() or len(s) > 200:
        return None
    m = _ISO_RE.match(s)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    if not re.search(r"\d", s):
        return None
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dateparser is a declared dependency
        return None
    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
                "PARSERS": ["timestamp", "absolute-time", "custom-formats"],
                "REQUIRE_PARTS": ["day", "month", "year"]}
    try:
        got = dateparser.parse(s, languages=languages, settings=settings)
    except Exception:  # dateparser raises a variety of errors on junk input
        return None
    return got.date() if got is not None else None
