"""``timeline.md``: the timeline as portable Markdown to paste into a wiki or a README.

Only CommonMark plus GitHub's extensions: no attribute lists, no MkDocs
syntax, no raw HTML. Article text is escaped with the same rules as the
site's pages (backslash escapes and HTML entities are plain CommonMark), and
links to article pages are relative to the site root unless a base URL is set.
"""
from __future__ import annotations

from timeline.export.links import article_url
from timeline.export.options import ExportOptions
from timeline.render.escape import escape_markdown
from timeline.assemble.timeline import Entry, Timeline


def render(timeline: Timeline, options: ExportOptions) -> str:
    lines = [f"# {escape_markdown(timeline.title)}", ""]
    if timeline.description:
        lines += [escape_markdown(timeline.description), ""]
    if timeline.first and timeline.last:
        count = len(timeline.story_entries)  # the story's: its background and outlook are not listed here
        lines += [f"{timeline.first.isoformat()} to {timeline.last.isoformat()}, "
                  f"{count} dated event{'s' if count != 1 else ''}", ""]
    for year in timeline.years:
        lines += [f"## {year.year}", ""]
        lines += [_item(e, options.base_url) for e in year.head]
        if year.head:
            lines.append("")
        for month in year.months:
            lines += [f"### {month.name} {month.year}", ""]
            lines += [_item(e, options.base_url) for e in month.entries]
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _item(entry: Entry, base: str) -> str:
    sources = ", ".join(f"[{escape_markdown(s.title)}]({article_url(s.slug, base)})" for s in entry.sources)
    label = escape_markdown(entry.when.label())
    return f"- **{label}**: {escape_markdown(entry.sentence)} (source{'s' if len(entry.sources) > 1 else ''}: {sources})"
