"""The render stage: the Timeline in, Markdown pages out, written only when changed.

Each page is a Jinja2 template from ``site_templates/`` and a typed context
(a frozen dataclass, never a loose dict). Templates only ever *print* article
data, and every printed value is escaped for Markdown and HTML by the
environment's ``finalize`` hook, so no article text is ever evaluated as a
template or emitted as markup.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import jinja2
from markupsafe import Markup

from timeline.chart import events_chart
from timeline.export import FORMATS
from timeline.facets import Facet, facet_slugs, source_facets, tag_facets
from timeline.markdown import escape_markdown, finalize, html_title, safe_url
from timeline.model import KeyDate
from timeline.timeline_model import ArticlePage, Entry, MonthSection, Timeline, YearSection, year_page

def _packaged_templates() -> Path:
    """``site_templates`` inside an installed wheel, else beside the package (a checkout)."""
    here = Path(__file__).resolve().parent
    installed = here / "site_templates"
    return installed if installed.is_dir() else here.parent / "site_templates"


PACKAGED_TEMPLATES = _packaged_templates()
MANAGED_FOLDERS = ("years", "months", "articles", "tags", "sources")
"""Folders of the docs dir that the build owns: stale pages there are removed."""
MANAGED_FILES = ("index.md", "key-dates.md")


@dataclass(frozen=True, slots=True)
class HomeContext:
    timeline: Timeline
    latest: tuple[Entry, ...]
    key_dates: tuple[KeyDate, ...]
    built: dt.date | None
    """The build date from SOURCE_DATE_EPOCH; None keeps the page clock-free."""
    chart: Markup = Markup("")
    """The events-per-month SVG (``timeline.chart``), already escaped."""
    newest: Entry | None = None
    """The entry the "jump to latest" link goes to."""
    downloads: tuple[tuple[str, str], ...] = ()
    """(format name, file name) of every export the build writes beside the site."""
    has_tags: bool = False
    has_sources: bool = False


@dataclass(frozen=True, slots=True)
class YearContext:
    timeline: Timeline
    section: YearSection
    previous: int | None
    next: int | None


@dataclass(frozen=True, slots=True)
class MonthContext:
    timeline: Timeline
    section: MonthSection
    previous: MonthSection | None
    next: MonthSection | None


@dataclass(frozen=True, slots=True)
class ArticleContext:
    timeline: Timeline
    article: ArticlePage
    tag_slugs: Mapping[str, str] | None = None
    """Tag name -> slug of its page under ``tags/``."""
    source_slug: str = ""
    """Slug of the article's source page under ``sources/`` ("" for none)."""


@dataclass(frozen=True, slots=True)
class FacetContext:
    """A tag or source page; ``kind`` is "tag" or "source"."""

    timeline: Timeline
    facet: Facet
    kind: str


@dataclass(frozen=True, slots=True)
class FacetIndexContext:
    timeline: Timeline
    facets: tuple[Facet, ...]
    kind: str


@dataclass(frozen=True, slots=True)
class YearsContext:
    """The page listing every year; the navigation lists only the story's own years."""

    timeline: Timeline


@dataclass(frozen=True, slots=True)
class KeyDatesContext:
    timeline: Timeline
    key_dates: tuple[KeyDate, ...]


def environment(template_dirs: Iterable[Path]) -> jinja2.Environment:
    """A Jinja2 environment whose output is escaped Markdown, with our filters."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(p) for p in template_dirs]),
        undefined=jinja2.StrictUndefined,
        finalize=finalize,
        autoescape=True,  # makes macro output Markup, so finalize leaves it alone
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["url"] = lambda url: Markup(safe_url(str(url)))
    env.filters["md"] = lambda text: Markup(escape_markdown(str(text)))
    env.filters["page_title"] = lambda text: Markup(html_title(str(text)))  # front matter: see html_title
    env.filters["isodate"] = lambda d: "" if d is None else d.isoformat()
    env.filters["longdate"] = lambda d: "" if d is None else f"{d.day} {d:%B %Y}"
    env.globals["article_link"] = _article_link
    env.globals["entry_link"] = _entry_link
    env.globals["facet_link"] = _facet_link
    return env


def _article_link(slug: str, depth: int) -> Markup:
    return Markup(f"{'../' * depth}articles/{slug}.md")


def _facet_link(folder: str, slug: str, depth: int) -> Markup:
    return Markup(f"{'../' * depth}{folder}/{slug}.md")


def _entry_link(entry: Entry, depth: int) -> Markup:
    return Markup(f"{'../' * depth}{entry.page}#{entry.anchor}")


@dataclass(frozen=True, slots=True)
class PagePlan:
    """One page of the site, not yet rendered: what it shows and how to render it.

    Rendering every page is most of a rebuild's cost, and adding one article
    changes a handful of pages, so the build keeps a page whose inputs did not
    change. ``articles`` names every article whose data the page prints
    (events merged from several articles name them all); ``layout`` is the
    rest of what the page shows that is not article data (neighbouring years,
    facet slugs). A page whose ``articles`` is None shows the whole story
    (home, key dates, the indexes) and is always rendered.
    """

    path: str
    articles: frozenset[str] | None
    layout: str
    render: Callable[[], str]
    late: bool = False
    """It shows the key dates, and ``plan_pages`` was given them still being chosen:
    render it last, in the process that is waiting for them."""


def plan_pages(
    timeline: Timeline,
    *,
    template_dirs: Iterable[Path] = (PACKAGED_TEMPLATES,),
    latest: int = 10,
    preview: int = 5,
    built: dt.date | None = None,
    key_dates: Callable[[], tuple[KeyDate, ...]] | None = None,
) -> dict[str, PagePlan]:
    """Every page of the site, by path relative to the docs dir, ready to render.

    ``key_dates``, when given, returns the key dates (the timeline's own are
    then ignored): a build that is still choosing them renders every other
    page meanwhile, and the pages that show them (``PagePlan.late``) last.
    """
    env = environment(template_dirs)
    entries = timeline.entries
    latest_entries = tuple(sorted(entries, key=lambda e: (e.when.last, e.when), reverse=True)[:latest])
    tags, sources = tag_facets(timeline), source_facets(timeline)
    downloads = tuple((f.name, f.filename) for f in FORMATS.values())

    def with_key_dates() -> Timeline:
        return timeline if key_dates is None else dataclasses.replace(timeline, key_dates=key_dates())

    def home() -> HomeContext:
        from timeline.keydates import preview_key_dates  # imported on use, like the key dates themselves

        full = with_key_dates()
        return HomeContext(full, latest_entries, preview_key_dates(full.key_dates, preview), built,
                           chart=events_chart(full), newest=latest_entries[0] if latest_entries else None,
                           downloads=downloads, has_tags=bool(tags), has_sources=bool(sources))

    def key_dates_page() -> KeyDatesContext:
        full = with_key_dates()
        return KeyDatesContext(full, full.key_dates)

    late = key_dates is not None
    plans: list[PagePlan] = [
        _plan(env, "index.md", "home.md.j2", None, "", home, late=late),
        _plan(env, "key-dates.md", "key_dates.md.j2", None, "", key_dates_page, late=late),
    ]
    if timeline.years:
        plans.append(_plan(env, "years/index.md", "years.md.j2", None, "", YearsContext(timeline)))
    years = [s.year for s in timeline.years]
    for i, section in enumerate(timeline.years):
        previous, following = years[i - 1] if i else None, years[i + 1] if i + 1 < len(years) else None
        plans.append(_plan(env, year_page(section.year), "year.md.j2", _sources_of(section.entries),
                           f"{previous} {following}", YearContext(timeline, section, previous, following)))
    months = [m for y in timeline.years for m in y.months]
    for i, month in enumerate(months):
        before, after = months[i - 1] if i else None, months[i + 1] if i + 1 < len(months) else None
        plans.append(_plan(env, month.page, "month.md.j2", _sources_of(month.entries),
                           f"{before and before.anchor} {after and after.anchor}",
                           MonthContext(timeline, month, before, after)))
    tag_slugs, source_slugs = facet_slugs(tags), facet_slugs(sources)
    for article in timeline.articles:
        slugs = {tag.strip(): tag_slugs.get(tag.strip(), "") for tag in article.tags}
        source_slug = source_slugs.get(article.source.strip(), "")
        plans.append(_plan(env, f"articles/{article.slug}.md", "article.md.j2",
                           _sources_of(article.entries) | {article.id}, repr((sorted(slugs.items()), source_slug)),
                           ArticleContext(timeline, article, tag_slugs, source_slug)))
    for kind, folder, facets in (("tag", "tags", tags), ("source", "sources", sources)):
        if not facets:
            continue
        plans.append(_plan(env, f"{folder}/index.md", "facet_index.md.j2", None, "",
                           FacetIndexContext(timeline, facets, kind)))
        for facet in facets:
            shown = frozenset(a.id for a in facet.articles) | _sources_of(e for a in facet.articles for e in a.entries)
            plans.append(_plan(env, f"{folder}/{facet.slug}.md", f"{kind}.md.j2", shown, "",
                               FacetContext(timeline, facet, kind)))
    return {plan.path: plan for plan in plans}


def render_pages(
    timeline: Timeline,
    *,
    template_dirs: Iterable[Path] = (PACKAGED_TEMPLATES,),
    latest: int = 10,
    preview: int = 5,
    built: dt.date | None = None,
) -> dict[str, str]:
    """Every page of the site as {path relative to the docs dir: Markdown}."""
    plans = plan_pages(timeline, template_dirs=template_dirs, latest=latest, preview=preview, built=built)
    return {path: plan.render() for path, plan in plans.items()}


def _plan(env: jinja2.Environment, path: str, template: str, articles: frozenset[str] | None, layout: str,
          ctx: object, *, late: bool = False) -> PagePlan:
    """The plan of one page; ``ctx`` is its context, or a function that makes it when rendered."""
    def render() -> str:
        return env.get_template(template).render(ctx=ctx() if callable(ctx) else ctx)

    return PagePlan(path, articles, layout, render, late)


def _sources_of(entries: Iterable[Entry]) -> frozenset[str]:
    """Every article that reports one of ``entries``."""
    return frozenset(source.article_id for entry in entries for source in entry.sources)


def write_if_changed(root: Path, pages: Mapping[str, str], keep: Iterable[str] = ()) -> tuple[int, int]:
    """Write each page whose bytes differ; delete stale managed pages.

    Untouched files keep their mtime, so MkDocs' dev server and ``--dirty``
    rebuild only what changed. ``keep`` names pages of the site that were not
    rendered this time (nothing they show changed): they stay as they are.
    Returns (written, removed).
    """
    keep = frozenset(keep)
    written = removed = 0
    root.mkdir(parents=True, exist_ok=True)
    for relative, text in sorted(pages.items()):
        path = root / relative
        data = text.encode("utf-8")
        try:
            if path.read_bytes() == data:
                continue
        except OSError:
            pass
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
        written += 1
    for folder in MANAGED_FOLDERS:
        for path in sorted((root / folder).glob("*.md")):
            relative = path.relative_to(root).as_posix()
            if relative not in pages and relative not in keep:
                path.unlink()
                removed += 1
    return written, removed
