"""JSON documents written in pieces, byte for byte as ``json.dumps(doc, ensure_ascii=False, indent=1)``.

The JSON exports list every entry of a story (38 MB of text for 20,000 articles); made whole,
as Python data and then as text, they were the largest thing a build held. ``document`` writes
an object a field at a time and a list it is given as ``Items`` an item at a time, as the
iterable makes them, in the very bytes the standard library writes for the whole document (the
tests compare the two), so a file is the same whichever way it was made.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import orjson

__all__ = ["Items", "document"]


class Items:
    """A list in a ``document`` written an item at a time, as its iterable makes them."""

    __slots__ = ("items",)

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = items


_INDENT = re.compile(r"\n((?:  )*)")


def json_text(value: Any, level: int) -> str:
    """``value`` as ``json.dumps(..., ensure_ascii=False, indent=1)`` writes it ``level`` deep in a
    document.

    Written by orjson, whose indent is two spaces a level, and indented again (a JSON text has no
    raw line break but between its tokens). The standard encoder with an indent is Python code
    whose nested functions make reference cycles on every call, which the build, with the cycle
    collector paused, would keep: written an event at a time, the JSON of 20,000 synthetic
    articles held 130 MB of them."""
    text = orjson.dumps(value, option=orjson.OPT_INDENT_2).decode()
    return _INDENT.sub(lambda m: "\n" + " " * (len(m[1]) // 2 + level), text)


def document(fields: list[tuple[str, Any]]) -> Iterator[str]:
    """The JSON object of ``fields`` and a line break, in pieces: an ``Items`` value an item at a time."""
    yield "{"
    for i, (key, value) in enumerate(fields):
        yield ("\n " if i == 0 else ",\n ") + json_text(key, 1) + ": "
        if not isinstance(value, Items):
            yield json_text(value, 1)
            continue
        opened = False
        for item in value.items:
            yield ("[\n  " if not opened else ",\n  ") + json_text(item, 2)
            opened = True
        yield "\n ]" if opened else "[]"
    yield "\n}\n" if fields else "}\n"
