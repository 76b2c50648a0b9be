"""Read a JSONL feed: one JSON object a line, each an article.

A bad line (not JSON, not an object, no text, a bad field) is reported with
its line number and skipped; the other lines of the feed still count.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from timeline.read.fields import FieldError, Fields, read_fields


@dataclass(frozen=True, slots=True)
class FeedLine:
    """One usable line of a feed."""

    line: int
    fields: Fields
    text: str


@dataclass(frozen=True, slots=True)
class BadLine:
    line: int
    reason: str


def parse_feed(text: str) -> Iterator[FeedLine | BadLine]:
    """Yield each non-blank line of ``text`` as a FeedLine or a BadLine."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record: Any = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            reason = getattr(exc, "msg", "nested too deeply")
            yield BadLine(number, f"not valid JSON: {reason}")
            continue
        if not isinstance(record, dict):
            yield BadLine(number, f"expected a JSON object, got {type(record).__name__}")
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield BadLine(number, "no text (the 'text' field is missing or empty)")
            continue
        try:
            fields = read_fields(record)
        except FieldError as exc:
            yield BadLine(number, str(exc))
            continue
        yield FeedLine(number, fields, body)
