"""Make article text inert inside the Markdown pages we write.

Article text is data, never markup: every value a template prints is escaped
here unless the template explicitly built it as Markup. Escaping covers HTML
(``<``, ``>``, ``&``, so no raw tag or entity survives) and the Markdown and
MkDocs/pymdown punctuation that could start a link, image, emphasis, code,
heading, list, table, attribute list, macro or snippet.
"""
from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote, urlsplit

from markupsafe import Markup

_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_\[\]{}()#!|~:=^])")
_LINE_START = re.compile(r"^(?:([-+])|(\d+)(?=[.)]))")
_SAFE_SCHEMES = frozenset({"http", "https"})


def escape_markdown(text: str) -> str:
    """Escape ``text`` so Markdown renders it literally, on one line."""
    text = " ".join(str(text).split())
    text = _MARKDOWN_PUNCTUATION.sub(r"\\\1", text)
    text = _LINE_START.sub(lambda m: "\\" + m[1] if m[1] else m[2] + "\\", text)
    return "".join(_HTML.get(ch, ch) for ch in text)


def finalize(value: Any) -> Any:
    """Jinja ``finalize`` hook: escape every printed value that is not Markup."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return Markup(value)
    return Markup(escape_markdown(str(value)))


def safe_url(url: str) -> str:
    """An http(s) URL made safe for a Markdown link target, or "" to drop the link."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in _SAFE_SCHEMES or not parts.netloc:
        return ""
    return quote(url, safe="/:?#[]@!$&'*+,;=%~.-_")
