"""``embed.html``: the timeline alone, as one standalone page to put in an iframe.

No site chrome, no JavaScript, no external files: the CSS is inline and
follows the reader's light or dark preference. Every article string is
escaped with ``html.escape``; links open in the top window (``<base
target="_top">``) so a click leaves the iframe for the full site.
"""
from __future__ import annotations

import html

from timeline.export.links import article_url
from timeline.export.options import ExportOptions
from timeline.model import Granularity, When
from timeline.timeline_model import Entry, Timeline

STYLE = """
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --rule: #d1d9e0; --link: #3f51b5; --bg: #fff; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --rule: #3d444d; --link: #8c9eff; --bg: #15171c; }
}
body { margin: 0; padding: 1rem; font: 16px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; border-bottom: 1px solid var(--rule); margin: 1.5rem 0 .5rem; }
h3 { font-size: 1rem; color: var(--muted); margin: 1rem 0 .25rem; }
ol { list-style: none; margin: 0; padding: 0 0 0 1rem; border-left: 2px solid var(--rule); }
li { margin: 0 0 .75rem; }
time { font-weight: 600; }
small, .span { color: var(--muted); }
a { color: var(--link); }
""".strip()


def render(timeline: Timeline, options: ExportOptions) -> str:
    esc = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(timeline.title)}</title>",
        '<base target="_top">',
        f"<style>\n{STYLE}\n</style></head>",
        "<body><main>",
        f"<h1>{esc(timeline.title)}</h1>",
    ]
    if timeline.first and timeline.last:
        count = len(timeline.entries)
        parts.append(f'<p class="span">{esc(timeline.first.isoformat())} to {esc(timeline.last.isoformat())} · '
                     f"{count} dated event{'s' if count != 1 else ''}</p>")
    for year in timeline.years:
        parts.append(f'<section><h2 id="y{year.year}">{year.year}</h2>')
        if year.head:
            parts.append(_list(year.head, options.base_url))
        for month in year.months:
            parts.append(f"<h3>{esc(month.name)}</h3>")
            parts.append(_list(month.entries, options.base_url))
        parts.append("</section>")
    parts.append("</main></body></html>")
    return "\n".join(parts) + "\n"


def _list(entries: tuple[Entry, ...], base: str) -> str:
    return "<ol>" + "".join(_item(e, base) for e in entries) + "</ol>"


def _item(entry: Entry, base: str) -> str:
    esc = html.escape
    links = " · ".join(f'<a href="{esc(article_url(s.slug, base))}">{esc(s.title)}</a>' for s in entry.sources)
    return (f'<li id="{esc(entry.anchor)}"><time datetime="{esc(_machine_date(entry.when))}">'
            f"{esc(entry.when.label())}</time> — {esc(entry.sentence)}<br>"
            f"<small>Source{'s' if len(entry.sources) > 1 else ''}: {links}</small></li>")


def _machine_date(when: When) -> str:
    """An HTML ``datetime`` value only as precise as the date is."""
    if when.granularity is Granularity.YEAR:
        return f"{when.first.year:04d}"
    if when.granularity is Granularity.MONTH:
        return f"{when.first.year:04d}-{when.first.month:02d}"
    return when.first.isoformat()
