"""``embed.html``: the story in brief, as one standalone page to put in an iframe:
its key dates and its latest events, with a link to the whole site.

No site chrome, no JavaScript, no external files: the CSS is inline and
follows the reader's light or dark preference, or is light or dark throughout
(``[site] embed_theme``: an iframe cannot see its host page's theme without a
script, and a dark embed in a light wiki page is a dark block in it). Every article string is
escaped with ``html.escape``; links open in the top window (``<base
target="_top">``) so a click leaves the iframe for the full site.
"""
from __future__ import annotations

import html
from collections.abc import Iterator

from timeline.assemble.urls import article_url, entry_url
from timeline.export.options import ExportOptions
from timeline.records import Granularity, When, count_of, long_date, long_range
from timeline.assemble.story import LATEST_PER_DAY, latest_entries, shown_newest_first
from timeline.headline import labelled_sources, told
from timeline.assemble.timeline import Entry, Timeline

LIGHT = "--fg: #1f2328; --muted: #59636e; --rule: #d1d9e0; --link: #3f51b5; --bg: #fff;"
DARK = "--fg: #e6edf3; --muted: #9198a1; --rule: #3d444d; --link: #8c9eff; --bg: #15171c;"
THEMES = {
    "auto": f":root {{ color-scheme: light dark; {LIGHT} }}\n"
            f"@media (prefers-color-scheme: dark) {{\n  :root {{ {DARK} }}\n}}",
    "light": f":root {{ color-scheme: light; {LIGHT} }}",
    "dark": f":root {{ color-scheme: dark; {DARK} }}",
}
"""The colours of each ``embed_theme``."""
STYLE = """
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


EMBED_SENTENCES = 1
"""Sentences the embed shows of a key date (its first, the most central; the site's key-dates page has them
all). With two, bpoil's embed was some 11,600 pixels tall on a phone: a long scroll inside a wiki page."""
LATEST = 20
"""How many of the story's latest events the embed shows (the full site has the rest)."""


def write(timeline: Timeline, options: ExportOptions) -> Iterator[str]:
    """The key dates and the story's latest events, newest first, and a link to the whole site (one piece: it is small).

    Only the story (never its background or outlook), and only a screenful of it:
    an iframe that loads the whole timeline was 4.7 MB on a large story.
    """
    esc = html.escape
    site = options.base_url or "./"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(timeline.title)}</title>",
        '<base target="_top">',
        f"<style>\n{THEMES[options.embed_theme]}\n{STYLE}\n</style></head>",
        "<body><main>",
        f'<h1><a href="{esc(site)}">{esc(timeline.title)}</a></h1>',
    ]
    days = timeline.days_told()
    if days is not None:
        count = len(timeline.story_entries)
        parts.append(f'<p class="span">{esc(long_range(days))} · '
                     f"{count_of(count, 'dated event')}</p>")
    if timeline.key_dates:
        parts.append('<section><h2 id="key-dates">Key dates</h2><ol>')
        for kd in sorted(timeline.key_dates, key=lambda k: k.date):
            texts = []
            for sentence in kd.sentences[:EMBED_SENTENCES]:
                told = ("<em>Expected:</em> " if sentence.marked_expected else "") + esc(sentence.text)
                try:
                    article = timeline.article(sentence.article_id)
                except KeyError:
                    texts.append(told)
                    continue
                # "(source)" keeps the list short; the label names the article for a screen reader and a hover
                texts.append(f'{told} <a href="{esc(article_url(article.slug, options.base_url))}" '
                             f'title="{esc(article.title)}" aria-label="Source: {esc(article.title)}">(source)</a>')
            parts.append(f'<li id="k{esc(kd.date.isoformat())}"><time datetime="{esc(kd.date.isoformat())}">'
                         f"{esc(long_date(kd.date))}</time> — {' '.join(texts)}</li>")
        parts.append("</ol></section>")
    latest = shown_newest_first(latest_entries(timeline, LATEST, LATEST_PER_DAY))
    if latest:
        parts.append('<section><h2 id="latest">Latest events, newest first</h2>')
        parts.append(_list(latest, options.base_url))
        parts.append("</section>")
    parts.append(f'<p><a href="{esc(site)}">The whole timeline →</a></p>')
    parts.append("</main></body></html>")
    yield "\n".join(parts) + "\n"


def _list(entries: tuple[Entry, ...], base: str) -> str:
    return "<ol>" + "".join(_item(e, base) for e in entries) + "</ol>"


def _item(entry: Entry, base: str) -> str:
    esc = html.escape
    links = " · ".join(f'<a href="{esc(article_url(s.slug, base))}">{esc(label)}</a>'
                       for s, label in labelled_sources(entry.sources, entry.sentence))
    return (f'<li id="{esc(entry.anchor)}"><a href="{esc(entry_url(entry, base))}">'
            f'<time datetime="{esc(_machine_date(entry.when))}">{esc(entry.when.heading())}</time></a> — '
            f"{esc(told(entry))}<br>"
            f"<small>Source{'s' if len(entry.sources) > 1 else ''}: {links}</small></li>")


def _machine_date(when: When) -> str:
    """An HTML ``datetime`` value only as precise as the date is."""
    if when.granularity is Granularity.YEAR:
        return f"{when.first.year:04d}"
    if when.granularity is Granularity.MONTH:
        return f"{when.first.year:04d}-{when.first.month:02d}"
    return when.first.isoformat()
