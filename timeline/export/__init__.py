"""Exports: the assembled Timeline written in formats other tools read.

One module per format, each a pure function ``write(timeline, options)`` that
yields the format's text in pieces, in order, each made as it is asked for:
a story's entries are read from its store (``timeline.assemble.entry_store``)
and written as they come, so no export holds them all, as Python data or as
text. This module only names the formats, so the CLI's ``export`` command and
the build (which writes every format into the site folder) share one registry.
A format's module is imported only when it is used, so the CLI does not pay
for feedgen and lxml on start.
"""
from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from timeline.export.options import ExportOptions, data_stamp
from timeline.assemble.timeline import Timeline

__all__ = ["FORMATS", "ExportFormat", "ExportOptions", "data_stamp", "downloads", "export", "iter_exports", "render_exports",
           "save_exports", "write_exports"]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """A format's name on the command line, its file in the site and its writer's module."""

    name: str
    filename: str
    module: str
    """The module under ``timeline.export`` whose ``write(timeline, options)`` writes it."""
    description: str

    def write(self, timeline: Timeline, options: ExportOptions) -> Iterator[str]:
        """The format's text in pieces, in order (joined, ``render``)."""
        writer = importlib.import_module(f"timeline.export.{self.module}")
        pieces: Iterator[str] = writer.write(timeline, options)
        return pieces

    def render(self, timeline: Timeline, options: ExportOptions) -> str:
        return "".join(self.write(timeline, options))


FORMATS: Mapping[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("json", "timeline.json", "json_schema", "our own versioned schema, timeline/1"),
        ExportFormat("timelinejs", "timelinejs.json", "timelinejs", "TimelineJS3 JSON for its iframe embed"),
        ExportFormat("csv", "timeline.csv", "csv_table", "one row per event, header row first"),
        ExportFormat("ics", "timeline.ics", "icalendar_feed", "iCalendar, one all-day event per entry"),
        ExportFormat("atom", "feed.xml", "atom", "Atom feed of the latest events"),
        ExportFormat("gfm", "timeline.md", "gfm", "portable GitHub-flavoured Markdown"),
        ExportFormat("embed", "embed.html", "embed", "standalone HTML page for an iframe, no JavaScript"),
    )
}


def downloads() -> tuple[tuple[str, str], ...]:
    """(format name, file name) of every export a build writes beside the site: what the home page links to."""
    return tuple((f.name, f.filename) for f in FORMATS.values())


def export(timeline: Timeline, name: str, options: ExportOptions) -> str:
    """The timeline in format ``name`` (a key of FORMATS)."""
    return FORMATS[name].render(timeline, options)


def iter_exports(timeline: Timeline, options: ExportOptions) -> Iterator[tuple[str, Iterator[str]]]:
    """Every format, by its file name in the site, then the JSON of each year of the story, one at a time,
    each as its text's pieces (``ExportFormat.write``).

    Pieces, one export at a time, because together they are large: 14 MB of text for the 1,460 articles
    of bpoil, about a megabyte a hundred articles, and the JSON of 20,000 articles alone 38 MB, which
    the build writes as it comes (``save_exports``)."""
    from timeline.export.json_schema import year_documents

    for fmt in FORMATS.values():
        yield fmt.filename, fmt.write(timeline, options)
    yield from year_documents(timeline, options)


def render_exports(timeline: Timeline, options: ExportOptions) -> dict[str, str]:
    """Every format, by its file name in the site, and the JSON of each year of the story, as whole texts."""
    return {filename: "".join(pieces) for filename, pieces in iter_exports(timeline, options)}


def save_exports(folder: Path, texts: Iterable[tuple[str, Iterable[str]]]) -> tuple[Path, ...]:
    """Write exports, (file name, pieces of its text) pairs, into ``folder`` (the built site), each piece
    as it comes; returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, pieces in texts:
        path = folder / filename
        with path.open("w", encoding="utf-8", newline="") as out:
            out.writelines(pieces)
        written.append(path)
    return tuple(written)


def write_exports(timeline: Timeline, folder: Path, options: ExportOptions) -> tuple[Path, ...]:
    """Write every format into ``folder`` (the built site); returns the paths written."""
    return save_exports(folder, iter_exports(timeline, options))
