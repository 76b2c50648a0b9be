"""Exports: the assembled Timeline written in formats other tools read.

One module per format, each a pure function ``render(timeline, options) ->
str``; this module only names them, so the CLI's ``export`` command and the
build (which writes every format into the site folder) share one registry.
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

__all__ = ["FORMATS", "ExportFormat", "ExportOptions", "data_stamp", "export", "iter_exports", "render_exports",
           "save_exports", "write_exports"]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """A format's name on the command line, its file in the site and its writer's module."""

    name: str
    filename: str
    module: str
    """The module under ``timeline.export`` whose ``render(timeline, options)`` writes it."""
    description: str

    def render(self, timeline: Timeline, options: ExportOptions) -> str:
        writer = importlib.import_module(f"timeline.export.{self.module}")
        text: str = writer.render(timeline, options)
        return text


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


def export(timeline: Timeline, name: str, options: ExportOptions) -> str:
    """The timeline in format ``name`` (a key of FORMATS)."""
    return FORMATS[name].render(timeline, options)


def iter_exports(timeline: Timeline, options: ExportOptions) -> Iterator[tuple[str, str]]:
    """Every format, by its file name in the site, then the JSON of each year of the story, one at a time.

    One at a time because together they are large: 14 MB of text for the 1,460 articles of bpoil,
    about a megabyte a hundred articles, where the build writes each as it comes (``save_exports``)."""
    from timeline.export.json_schema import year_documents

    for fmt in FORMATS.values():
        yield fmt.filename, fmt.render(timeline, options)
    yield from year_documents(timeline, options)


def render_exports(timeline: Timeline, options: ExportOptions) -> dict[str, str]:
    """Every format, by its file name in the site, and the JSON of each year of the story."""
    return dict(iter_exports(timeline, options))


def save_exports(folder: Path, texts: Iterable[tuple[str, str]]) -> tuple[Path, ...]:
    """Write exports' texts, (file name, text) pairs, into ``folder`` (the built site), each as it comes;
    returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, text in texts:
        path = folder / filename
        path.write_text(text, encoding="utf-8", newline="")
        written.append(path)
    return tuple(written)


def write_exports(timeline: Timeline, folder: Path, options: ExportOptions) -> tuple[Path, ...]:
    """Write every format into ``folder`` (the built site); returns the paths written."""
    return save_exports(folder, iter_exports(timeline, options))
