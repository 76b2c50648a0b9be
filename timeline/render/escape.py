"""Make article text inert inside the Markdown pages we write.

Article text is data, never markup: every value a template prints is escaped
here unless the template explicitly built it as Markup. Escaping covers HTML
(``<``, ``>``, ``&``, so no raw tag or entity survives) and the Markdown and
MkDocs/pymdown punctuation that could start a link, image, emphasis, code,
heading, list, table, attribute list, macro or snippet.

Python-Markdown honours a backslash only before ``\\`*_{}[]()#+-.!`` and
prints it literally before anything else, so the other syntax characters
(``|~^=:`` that tables, pymdown's tilde/caret/mark/emoji and definition lists
use) become numeric character references: inert in every Markdown flavour
and shown by the browser as the character itself.
"""
from __future__ import annotations

import html
import json
import re
from typing import Any
from urllib.parse import quote, urlsplit

from markupsafe import Markup

from timeline.read.clean import clean_text

_BACKSLASHED = frozenset("\\`*_[]{}()#!")
"""Characters Python-Markdown (and CommonMark) accept after a backslash."""
_REFERENCED = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;", "~": "&#126;", "^": "&#94;",
               "=": "&#61;", ":": "&#58;"}
_LINE_START = re.compile(r"^(?:([-+])|(\d+)(?=[.)]))")
_SAFE_SCHEMES = frozenset({"http", "https"})


_ESCAPES = {**{ch: "\\" + ch for ch in _BACKSLASHED}, **_REFERENCED}
_SPECIAL = re.compile("[" + re.escape("".join(sorted(_ESCAPES))) + "]")
"""Every character ``_ESCAPES`` replaces, found in one C-level scan: the few a sentence holds are
replaced by a callback. A ``str.translate`` table took 9.1 µs for a sentence of 129 characters,
this 1.4 µs (bpoil's sentences). The memo of escaped texts that made up for the table no longer
pays for the 25 MB it held at 20,000 articles (61,000 texts, each printed about six times): without
it a warm build of 20,000 synthetic articles into fresh docs peaked at 113 to 115 MB instead of 130 MB
and rendered in 13.8 to 14.6 s instead of 13.7 to 13.9 s (three alternating runs each); at 60,000,
whose peak is in the key dates, 201 MB against 201 to 209 MB."""


def escape_markdown(text: str) -> str:
    """Escape ``text`` so Markdown renders it literally, on one line."""
    text = " ".join(clean_text(str(text)).split())
    text = _SPECIAL.sub(lambda m: _ESCAPES[m[0]], text)
    return _LINE_START.sub(lambda m: "\\" + m[1] if m[1] else m[2] + "\\", text)


def html_title(text: str) -> str:
    """A page title for MkDocs front matter: one line, HTML-escaped, as a YAML string.

    MkDocs takes a page's title from its first heading *as HTML*, and
    Material prints it into ``<title>`` through ``striptags``, which decodes
    ``&lt;/title&gt;`` back into a live end tag. A ``title`` in the page's
    front matter wins over the heading and is printed as given, so an
    HTML-escaped title there stays text in ``<title>`` and in the header.
    """
    plain = " ".join(clean_text(str(text)).split())
    return json.dumps(html.escape(plain, quote=True), ensure_ascii=False)


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
