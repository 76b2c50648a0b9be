"""``timeline.md``: the timeline as portable Markdown to paste into a wiki or a README.

Only CommonMark plus GitHub's extensions: no attribute lists, no MkDocs
syntax, no raw HTML. Article text is escaped with the same rules as the
site's pages (backslash escapes and HTML entities are plain CommonMark), and
links to article pages are relative to the site root unless a base URL is set.
"""
from __future__ import annotations

from collections.abc import Iterator

from timeline.assemble.urls import article_url
from timeline.export.options import ExportOptions
from timeline.headline import told
from timeline.records import count_of
from timeline.render.escape import escape_markdown
from timeline.assemble.timeline import Entry, Timeline


def write(timeline: Timeline, options: ExportOptions) -> Iterator[str]:
    """The Markdown a line a piece, with a blank line between blocks and none at the end."""
    blank = 0
    for line in _lines(timeline, options.base_url):
        if line:
            yield "\n" * blank + line + "\n"
            blank = 0
        else:
            blank += 1  # written before the next line, so none is left at the end


def _lines(timeline: Timeline, base: str) -> Iterator[str]:
    yield f"# {escape_markdown(timeline.title)}"
    yield ""
    if timeline.description:
        yield escape_markdown(timeline.description)
        yield ""
    if timeline.first and timeline.last:
        count = len(timeline.story_entries)  # the story's: its background and outlook are not listed here
        yield f"{timeline.first.isoformat()} to {timeline.last.isoformat()}, {count_of(count, 'dated event')}"
        yield ""
    for year in timeline.years:
        yield f"## {year.year}"
        yield ""
        head = False
        for entry in year.head:
            yield _item(entry, base)
            head = True
        if head:
            yield ""
        for month in year.months:
            yield f"### {month.name} {month.year}"
            yield ""
            for entry in month.entries:
                yield _item(entry, base)
            yield ""


def _item(entry: Entry, base: str) -> str:
    sources = ", ".join(f"[{escape_markdown(s.title)}]({article_url(s.slug, base)})" for s in entry.sources)
    label = escape_markdown(entry.when.heading())
    return f"- **{label}**: {escape_markdown(told(entry))} (source{'s' if len(entry.sources) > 1 else ''}: {sources})"
