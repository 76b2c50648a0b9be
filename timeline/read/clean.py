"""Make every string an article carries encodable and free of control bytes.

Text can reach us with characters no page should hold: a JSON ``\\u0000`` or
a lone surrogate ``\\ud800`` (which cannot even be written as UTF-8, so one
such line used to crash the whole build), or C0/C1 control bytes, two of
which (STX, ETX) are Python-Markdown's own placeholder markers and could
splice stashed HTML into a page. The reader cleans each field once, here, so
every later stage can assume printable, encodable text.
"""
from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
"""C0 and C1 control characters except tab, newline, form feed and carriage return."""
_SURROGATE = re.compile(r"[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def clean_text(text: str) -> str:
    """``text`` with lone surrogates replaced by U+FFFD and control characters removed."""
    return _CONTROL.sub("", _SURROGATE.sub(REPLACEMENT, text))
