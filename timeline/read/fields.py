"""Check the metadata of an article (front matter or a feed record) field by field.

Both the text reader and the JSONL reader describe an article as a mapping;
this module is the one place that says what each field may hold, so every
format rejects the same mistakes with the same words.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from timeline.temporal import parse_date_string

FIRST_YEAR, LAST_YEAR = 1000, 2199
"""Publication years outside this range are refused as mistakes."""

DATE_KEYS = ("published", "date", "time", "date_publish")
"""Names under which a publication date is accepted, first match wins."""
TEXT_KEYS = ("title", "url", "source", "language", "id")
KNOWN_KEYS = frozenset((*DATE_KEYS, *TEXT_KEYS, "tags", "text"))


class FieldError(ValueError):
    """A metadata field holds something it may not; the message names the key."""


@dataclass(frozen=True, slots=True)
class Fields:
    """The validated metadata of one article."""

    id: str = ""
    title: str = ""
    published: dt.date | None = None
    url: str = ""
    source: str = ""
    tags: tuple[str, ...] = ()
    language: str = "en"
    unknown_keys: tuple[str, ...] = ()


def parse_publication_date(raw: Any, key: str = "date") -> dt.date:
    """Coerce a metadata date (a date, a datetime, an ISO or plain-English string).

    Raises FieldError when it is not a real calendar date ("2024-02-30") or
    lies outside the plausible years.
    """
    if isinstance(raw, dt.datetime):
        day = raw.date()
    elif isinstance(raw, dt.date):
        day = raw
    elif isinstance(raw, str) and raw.strip():
        day = _parse_date_string(raw.strip(), key)
    else:
        raise FieldError(f"{key}: expected a date, got {_describe(raw)}")
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise FieldError(f"{key}: {day.isoformat()} is outside the years {FIRST_YEAR}-{LAST_YEAR}")
    return day


def _describe(raw: Any) -> str:
    """Name a bad value without ``str()`` on a container: an alias bomb would expand."""
    if isinstance(raw, (str, int, float, bool)):
        return f"{type(raw).__name__} {str(raw)[:40]!r}"
    return type(raw).__name__


def _parse_date_string(text: str, key: str) -> dt.date:
    head = text[:10]
    if len(text) >= 10 and head[4] == "-" and head[7] == "-" and head.replace("-", "").isdigit():
        try:
            return dt.date.fromisoformat(head)
        except ValueError as exc:
            raise FieldError(f"{key}: {text[:40]!r} is not a calendar date ({exc})") from exc
    if len(text) > 64:
        raise FieldError(f"{key}: {text[:40]!r}... is too long to be a date")
    # English only: with no language dateparser tries every locale it has, which
    # took 10-30 s for each string that is not a date (a cheap way to stall a build).
    day = parse_date_string(text, languages=["en"])
    if day is None:
        raise FieldError(f"{key}: {text[:40]!r} is not a date")
    return day


def _text(raw: Any, key: str) -> str:
    if isinstance(raw, bool) or not isinstance(raw, (str, int, float)):
        raise FieldError(f"{key}: expected text, got {type(raw).__name__}")
    return str(raw).strip()


def _tags(raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        raw = [t for t in raw.split(",")]
    if not isinstance(raw, list) or not all(isinstance(t, (str, int)) and not isinstance(t, bool) for t in raw):
        raise FieldError("tags: expected a list of words")
    return tuple(dict.fromkeys(str(t).strip() for t in raw if str(t).strip()))


def read_fields(meta: Mapping[str, Any]) -> Fields:
    """Validate ``meta``; raise FieldError for the first unusable field."""
    values: dict[str, Any] = {}
    for key in TEXT_KEYS:
        if meta.get(key) is not None:
            values[key] = _text(meta[key], key)
    for key in DATE_KEYS:
        if meta.get(key) not in (None, ""):
            values["published"] = parse_publication_date(meta[key], key)
            break
    if meta.get("tags") is not None:
        values["tags"] = _tags(meta["tags"])
    if not values.get("language"):
        values.pop("language", None)
    values["unknown_keys"] = tuple(sorted(str(k) for k in meta if k not in KNOWN_KEYS))
    return Fields(**values)
