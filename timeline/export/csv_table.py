"""``timeline.csv``: one row per event, for spreadsheets and data tools.

Multi-valued columns (the sources) are joined with " | ", a separator that
CSV quoting keeps intact and that rarely occurs in a headline.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence

from timeline.assemble.urls import entry_url
from timeline.export.options import ExportOptions
from timeline.assemble.timeline import Timeline

HEADER = ("id", "date", "first", "last", "granularity", "label", "sentence", "sources", "source_ids", "page")
SEPARATOR = " | "


def write(timeline: Timeline, options: ExportOptions) -> Iterator[str]:
    """The CSV text, header first, rows in timeline order, ``\\r\\n`` line ends (RFC 4180); a row a piece."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")

    def row(values: Sequence[str]) -> str:
        out.seek(0)
        out.truncate()
        writer.writerow(values)
        return out.getvalue()

    yield row(HEADER)
    for e in timeline.entries:
        yield row((
            e.anchor, e.when.value, e.when.first.isoformat(), e.when.last.isoformat(),
            e.when.granularity.label, e.when.label(), e.sentence,
            SEPARATOR.join(s.title for s in e.sources), SEPARATOR.join(s.article_id for s in e.sources),
            entry_url(e, options.base_url),
        ))
