"""Read a JSONL feed: one JSON object a line, each an article.

A bad line (not JSON, not an object, no text, a bad field) is reported with
its line number and skipped; the other lines of the feed still count. The
feed is read line by line (``timeline.read`` streams the file), so its size
is not limited: one record is, like one article file.
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
        item = parse_line(number, line)
        if item is not None:
            yield item


def parse_line(number: int, line: str) -> FeedLine | BadLine | None:
    """Line ``number`` of a feed as a FeedLine or a BadLine; None for a blank line."""
    if not line.strip():
        return None
    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as exc:  # its message ends where its position goes ("Invalid control character at")
        return BadLine(number, f"not valid JSON: {exc.msg.removesuffix(' at')} at column {exc.colno}")
    except RecursionError:
        return BadLine(number, "not valid JSON: nested too deeply")
    if not isinstance(record, dict):
        return BadLine(number, f"expected a JSON object, got {type(record).__name__}")
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        return BadLine(number, "no text (the 'text' field is missing or empty)")
    try:
        fields = read_fields(record)
    except FieldError as exc:
        return BadLine(number, str(exc))
    return FeedLine(number, fields, body)
