"""Turn a file's bytes into text, or say exactly why that cannot be done safely.

UTF-8 is expected. Text with a byte-order mark (UTF-8, UTF-16, UTF-32) is
decoded as it says; other text that is not UTF-8 but holds no control bytes is
decoded as Windows-1252 (the usual culprit, a superset of Latin-1's printable
range) with a warning. Bytes that look binary (NUL bytes, many control bytes)
are refused: guessing there would publish garbage.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = frozenset(range(0, 32)) - {9, 10, 12, 13}


class DecodeError(ValueError):
    """The bytes are not text we can read safely."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    warning: str = ""
    """Non-empty when the text was not plain UTF-8."""


def decode(data: bytes) -> Decoded:
    """Decode ``data`` as described in the module docstring."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"has a {encoding} byte-order mark but is not valid {encoding}: {exc.reason}") from exc
            warning = "" if encoding == "utf-8-sig" else f"decoded as {encoding.upper()} (byte-order mark)"
            return Decoded(text.lstrip("\ufeff"), warning)
    sample = data[:65536]
    if b"\x00" in sample:
        raise DecodeError("is binary, not text")
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if sum(b in _CONTROL for b in sample) > len(sample) // 100 + 1:
        raise DecodeError("is binary, not text")
    text = data.decode("cp1252", errors="replace")
    return Decoded(text, f"not valid UTF-8 (first bad byte at offset {first_bad}); decoded as Windows-1252")
