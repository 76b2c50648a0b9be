"""``timeline.csv``: one row per event, for spreadsheets and data tools.

Multi-valued columns (the sources) are joined with " | ", a separator that
CSV quoting keeps intact and that rarely occurs in a headline.

A spreadsheet runs a cell that opens with "=", "+", "-" or "@" as a formula, so a title such as
``=HYPERLINK("http://...", "...")`` would run when the file is opened. The columns that carry an
article's text (sentence, sources, source ids) open such a cell with an apostrophe, as OWASP
advises for CSV files: spreadsheets show the text, and the apostrophe is all a data tool sees added.
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
            e.when.granularity.label, e.when.label(), inert(e.sentence),
            inert(SEPARATOR.join(s.title for s in e.sources)), inert(SEPARATOR.join(s.article_id for s in e.sources)),
            entry_url(e, options.base_url),
        ))


_FORMULA_OPENERS = ("=", "+", "-", "@", "\t", "\r")


def inert(cell: str) -> str:
    """``cell`` as a spreadsheet shows it without running it: an apostrophe before a formula's opener."""
    return "'" + cell if cell.startswith(_FORMULA_OPENERS) else cell
