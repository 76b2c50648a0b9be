"""JSON-lines rendering of tags, for the ``timeline timex`` CLI command."""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

from .tagger import tag


def cli_lines(text: str, dct: dt.date | None = None) -> Iterator[str]:
    """One JSON object per timex (start, end, text, type, value, granularity)."""
    for t in tag(text, dct):
        yield json.dumps(t.to_dict(), ensure_ascii=False)
