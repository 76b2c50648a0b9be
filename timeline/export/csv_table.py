"""``timeline.csv``: one row per event, for spreadsheets and data tools.

Multi-valued columns (the sources) are joined with " | ", a separator that
CSV quoting keeps intact and that rarely occurs in a headline.
"""
from __future__ import annotations

import csv
import io

from timeline.export.links import entry_url
from timeline.export.options import ExportOptions
from timeline.assemble.timeline import Timeline

HEADER = ("id", "date", "first", "last", "granularity", "label", "sentence", "sources", "source_ids", "page")
SEPARATOR = " | "


def render(timeline: Timeline, options: ExportOptions) -> str:
    """The CSV text, header first, rows in timeline order, ``\\r\\n`` line ends (RFC 4180)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for e in timeline.entries:
        writer.writerow((
            e.anchor, e.when.value, e.when.first.isoformat(), e.when.last.isoformat(),
            e.when.granularity.label, e.when.label(), e.sentence,
            SEPARATOR.join(s.title for s in e.sources), SEPARATOR.join(s.article_id for s in e.sources),
            entry_url(e, options.base_url),
        ))
    return out.getvalue()
