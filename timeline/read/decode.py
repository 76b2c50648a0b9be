"""Turn a file's bytes into text, or say exactly why that cannot be done safely.

UTF-8 is expected. Text with a byte-order mark (UTF-8, UTF-16, UTF-32) is
decoded as it says; in other text that is not UTF-8 but holds no control
bytes, the bytes that are not UTF-8 are decoded as Windows-1252 (the usual
culprit, a superset of Latin-1's printable range) with a warning, and the
valid UTF-8 around them is kept. Bytes that look binary (NUL bytes, many control bytes)
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
    text = data.decode("utf-8", errors=_CP1252_FALLBACK)
    return Decoded(text, f"not valid UTF-8 (first bad byte at offset {first_bad}); decoded as Windows-1252")


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read the bytes UTF-8 rejects as Windows-1252.

    Files are often UTF-8 with a pasted Latin-1 fragment; decoding the whole
    file as Windows-1252 would garble every correct accented letter, so only
    the bytes that are not UTF-8 are re-read.
    """
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return bytes(exc.object[exc.start:exc.end]).decode("cp1252", errors="replace"), exc.end


_CP1252_FALLBACK = "timeline-cp1252-fallback"
codecs.register_error(_CP1252_FALLBACK, _cp1252_fallback)
