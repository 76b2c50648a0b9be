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

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
"""C0 and C1 control characters except tab, newline, form feed and carriage return,
and the non-characters U+FFFE/U+FFFF (which YAML, hence MkDocs front matter, refuses)."""
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_UNCLEAN = re.compile(_CONTROL.pattern[:-1] + _SURROGATE.pattern[1:])
"""Either of them, found in one scan."""
REPLACEMENT = "\ufffd"
_ASCII_CONTROL = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
"""The characters of ``_CONTROL`` an ASCII text can hold."""


def clean_text(text: str) -> str:
    """``text`` with lone surrogates replaced by U+FFFD, control characters and non-characters removed.

    Almost every text is clean ASCII; that is checked in C (``bytes.translate``)
    at a tenth of the cost of a regex scan, which took half of reading a large feed.
    """
    if text.isascii():
        data = text.encode("ascii")
        if len(data.translate(None, _ASCII_CONTROL)) == len(data):
            return text
    elif _UNCLEAN.search(text) is None:  # one scan; most texts are clean (and the two subs below scan twice)
        return text
    return _CONTROL.sub("", _SURROGATE.sub(REPLACEMENT, text))


def printable_path(path: object) -> str:
    """A path as shown in a report, control characters and undecodable bytes escaped.

    A file named ``"a.md\\nerror: ..."`` cannot forge a line of the report, and
    one whose name is not UTF-8 cannot crash the printing of it.
    """
    return _UNPRINTABLE_IN_PATH.sub(_escape_character, str(path))


_UNPRINTABLE_IN_PATH = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def _escape_character(match: re.Match[str]) -> str:
    code = ord(match[0])
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a non-UTF-8 file name (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
