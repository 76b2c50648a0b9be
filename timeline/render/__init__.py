"""The render stage: the Timeline in, Markdown pages out, written only when changed.

Each page is a Jinja2 template from ``site_templates/`` and a typed context
(a frozen dataclass, never a loose dict: ``contexts``). Templates only ever *print* article
data, and every printed value is escaped for Markdown and HTML by the
environment's ``finalize`` hook, so no article text is ever evaluated as a
template or emitted as markup. This module plans the pages and renders them;
``writing`` puts them on disk, each only when its bytes change.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import jinja2
from markupsafe import Markup

from timeline.render.chart import home_chart
from timeline.stored_sequence import StoredSequence
from timeline.assemble.facets import LISTED_PER_PAGE, Facet, facet_slugs, source_facets, tag_facets
from timeline.assemble import SPAN_MARGIN
from timeline.headline import after_title, labelled_sources, link_label, told
from timeline.render.escape import escape_markdown, finalize, html_title, safe_url
from timeline.records import Granularity, KeyDate, count_of, long_date, long_range
from timeline.assemble.story import (DAY_INDEX_FROM, LATEST_PER_DAY, YEAR_SHOWN, beside_key_dates, day_lists,
                                     groups, latest_entries, shown_newest_first, side_years)
from timeline.assemble.timeline import (ArticlePage, Entry, PeriodPage, Timeline, YearSection, events_page,
                                        events_period, held, month_page, year_page)
from timeline.render.contexts import (ArticleContext, EventsContext, FacetContext, FacetIndexContext, HomeContext,
                                      KeyDateLink, KeyDatesContext, MonthContext, OtherArticlesContext, Pager,
                                      SideContext, YearContext, YearsContext)
from timeline.render.writing import MANAGED_FILES, MANAGED_FOLDERS, OPTIONAL_FILES, write_if_changed

__all__ = ["MANAGED_FILES", "MANAGED_FOLDERS", "OPTIONAL_FILES", "PACKAGED_TEMPLATES", "PagePlan", "environment",
           "page_plans", "plan_pages", "render_pages", "write_if_changed"]

def _packaged_templates() -> Path:
    """``site_templates`` inside an installed wheel, else beside the package (a checkout)."""
    here = Path(__file__).resolve().parent.parent  # the timeline package
    installed = here / "site_templates"
    return installed if installed.is_dir() else here.parent / "site_templates"


PACKAGED_TEMPLATES = _packaged_templates()


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
    env.filters["page"] = lambda path: Markup(str(path))  # a docs-relative path the render made, never article data
    env.filters["isodate"] = lambda d: "" if d is None else d.isoformat()
    env.filters["longdate"] = lambda d: "" if d is None else long_date(d)
    env.filters["longrange"] = long_range
    env.filters["count"] = count_of
    env.filters["labelled"] = labelled_sources
    env.filters["link_label"] = link_label  # a title that only repeats the sentence beside it: its day
    env.filters["after_title"] = after_title  # a sentence printed beside its source's title: not that title again
    env.filters["told"] = told  # an entry's sentence so, as the exports print it too
    # the background's and the outlook's bound, as their pages say it: the home page's days are the events' own
    env.globals["span_margin_days"] = SPAN_MARGIN.days
    env.globals["article_link"] = _article_link
    env.globals["entry_link"] = _entry_link
    env.globals["facet_link"] = _facet_link
    env.globals["DAY_INDEX_FROM"] = DAY_INDEX_FROM
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
    facet slugs), and what the whole story decides of its articles' data: which of
    their sentences are events and which of their summaries' are the site's furniture
    (an article added can move the story's words, its span or the lines many days
    share). A page whose ``articles`` is None shows the whole story (home, key dates,
    the indexes) and is always rendered.
    """

    path: str
    articles: frozenset[str] | None
    layout: str
    generate: Callable[[], Iterator[str]]
    """The page's Markdown in pieces, as the template makes them (``write_if_changed`` writes them
    as they come: a source's page lists every article of the source)."""

    def render(self) -> str:
        """The page's Markdown."""
        return "".join(self.generate())


def plan_pages(
    timeline: Timeline,
    *,
    template_dirs: Iterable[Path] = (PACKAGED_TEMPLATES,),
    latest: int = 10,
    preview: int = 5,
    built: dt.date | None = None,
    downloads: Sequence[tuple[str, str]] = (),
) -> dict[str, PagePlan]:
    """Every page of the site, by path relative to the docs dir, ready to render."""
    plans = page_plans(timeline, template_dirs=template_dirs, latest=latest, preview=preview, built=built,
                       downloads=downloads)
    return {plan.path: plan for plan in plans}


def page_plans(
    timeline: Timeline,
    *,
    template_dirs: Iterable[Path] = (PACKAGED_TEMPLATES,),
    latest: int = 10,
    preview: int = 5,
    built: dt.date | None = None,
    downloads: Sequence[tuple[str, str]] = (),
) -> Iterator[PagePlan]:
    """Every page of the site, ready to render, made as it is asked for: the build renders each in turn
    and never holds them all (the plans of 100,000 articles' pages took 240 MB). ``downloads``: (format
    name, file name) of each export the build writes beside the site, which the home page links to (the
    build knows them, ``timeline.export.downloads``: the render stage imports no export)."""
    env = environment(template_dirs)
    latest_story = latest_entries(timeline, latest, LATEST_PER_DAY)
    tags, sources = tag_facets(timeline), source_facets(timeline)

    dates = timeline.story_dates()  # a query of the store: the key dates' links, the chart and the header read it
    story_days = frozenset(when.first for when in dates if when.granularity >= Granularity.DAY)
    links = day_links(timeline.key_dates, story_days)

    def home() -> HomeContext:
        from timeline.assemble.keydates import preview_key_dates  # imported on use, like the key dates themselves

        chart = home_chart(timeline, dates=dates)
        return HomeContext(timeline, shown_newest_first(latest_story), preview_key_dates(timeline.key_dates, preview),
                           built, chart=chart.markup, newest=latest_story[0] if latest_story else None,
                           downloads=tuple(downloads), has_tags=bool(tags), has_sources=bool(sources),
                           chart_unit=chart.unit, narrow_chart_unit=chart.narrow_unit, day_links=links,
                           days_told=timeline.days_told(dates))

    yield _plan(env, "index.md", "home.md.j2", None, "", home)
    yield _plan(env, "key-dates.md", "key_dates.md.j2", None, "",
                KeyDatesContext(timeline, timeline.key_dates, day_links=links))
    if timeline.years:
        yield _plan(env, "years/index.md", "years.md.j2", None, "", YearsContext(timeline))
    years = [s.year for s in timeline.years]
    months = [m for y in timeline.years for m in y.months]
    for i, section in enumerate(timeline.years):
        previous, following = years[i - 1] if i else None, years[i + 1] if i + 1 < len(years) else None
        # It shows the key dates of its year: rendered every time, like the home page.
        yield _plan(env, year_page(section.year), "year.md.j2", None, "",
                    _year_context(timeline, section, previous, following, story_days))
    for i, month in enumerate(months):
        before, after = months[i - 1] if i else None, months[i + 1] if i + 1 < len(months) else None
        # Not held: the page holds only the entries it shows (of a store, its anchors are a column).
        entries = month.entries
        month_groups = groups(entries, cap=True)
        # Which entries it shows depends on their importance: the shown ones are its layout.
        month_shown = _digest(e.anchor for g in month_groups for e in g.shown)
        yield _plan(env, month.page, "month.md.j2", timeline.reporters_of(entries),
                    f"{before and before.anchor} {after and after.anchor} {_digest(timeline.anchors_of(entries))}"
                    f" {month_shown}",
                    MonthContext(timeline, month, before, after, month_groups))
    yield from _events_plans(env, timeline)
    for kind, stored in (("background", timeline.background), ("outlook", timeline.outlook)):
        if not stored:
            continue
        side = held(stored)
        side_shown, left_entries, left_years = side_years(side, newest_first=kind == "background")
        yield _plan(env, f"{kind}.md", "side.md.j2", timeline.reporters_of(side),
                    f"{_digest(e.anchor for e in side)} {_digest(e.anchor for y in side_shown for e in y.shown)}"
                    f" {timeline.first} {timeline.last}",
                    SideContext(timeline, kind, side_shown, left_entries, left_years, len(side)))
    if off_topic := timeline.off_topic:
        yield from _other_articles_plans(env, timeline, off_topic)
    tag_slugs, source_slugs = facet_slugs(tags), facet_slugs(sources)
    for article in timeline.articles:
        slugs = {tag.strip(): tag_slugs.get(tag.strip(), "") for tag in article.tags}
        source_slug = source_slugs.get(article.source.strip(), "")
        shown = timeline.reporters_of(article.entries) | {article.id}
        # Whether the article is about the story, which of its sentences are events and which of its summary's
        # are the site's furniture is the whole story's judgement, not in its stamp (another article added can move
        # the story's words, its span or the lines many days share): its entries' anchors, which name their dates
        # and sentences, and its summary as shown are in the layout.
        yield _plan(env, f"articles/{article.slug}.md", "article.md.j2", shown,
                    repr((sorted(slugs.items()), source_slug, article.on_topic,
                          _digest(timeline.anchors_of(article.entries)), _digest(timeline.summary(article.id)))),
                    ArticleContext(timeline, article, tag_slugs, source_slug))
    for kind, folder, facets in (("tag", "tags", tags), ("source", "sources", sources)):
        if not facets:
            continue
        yield _plan(env, f"{folder}/index.md", "facet_index.md.j2", None, "",
                    FacetIndexContext(timeline, facets, kind))
        for facet in facets:
            if not facet.parts:
                yield _plan(env, f"{folder}/{facet.slug}.md", f"{kind}.md.j2", _facet_shown(timeline, facet),
                            _facet_counts(facet, len(facet.entries)), FacetContext(timeline, facet, kind))
                continue
            # Each page's articles are its inputs; the counts over all pages and its place are its layout.
            events = len(facet.entries)
            for number, part in enumerate(facet.parts, 1):
                pager = Pager(number, len(facet.parts), f"{facet.slug}.md", f"{facet.slug}.{{}}.md")
                yield _plan(env, f"{folder}/{pager.path(number)}", f"{kind}.md.j2", _facet_shown(timeline, part),
                            f"{len(facet.articles)} {events} {number} {pager.count} {_facet_counts(part, events)}",
                            FacetContext(timeline, facet, kind, part, events, pager))


def _other_articles_plans(env: jinja2.Environment, timeline: Timeline,
                          off_topic: Sequence[ArticlePage]) -> Iterator[PagePlan]:
    """The page of the articles off the story, and the pages it goes on over when they are more than
    one lists (``other-articles/2.md``...)."""
    total = len(off_topic)
    if total <= LISTED_PER_PAGE:
        yield _plan(env, "other-articles.md", "other_articles.md.j2", frozenset(a.id for a in off_topic), "",
                    OtherArticlesContext(timeline, off_topic))
        return
    count = -(-total // LISTED_PER_PAGE)
    for number in range(1, count + 1):
        articles = part_of(off_topic, (number - 1) * LISTED_PER_PAGE, number * LISTED_PER_PAGE)
        depth = 0 if number == 1 else 1
        pager = Pager(number, count, "../" * depth + "other-articles.md",
                      "other-articles/{}.md" if depth == 0 else "{}.md")
        path = "other-articles.md" if number == 1 else f"other-articles/{number}.md"
        yield _plan(env, path, "other_articles.md.j2", frozenset(a.id for a in articles),
                    f"{total} {number} {count}", OtherArticlesContext(timeline, articles, total, pager, depth))


def part_of(items: Sequence[ArticlePage], start: int, stop: int) -> Sequence[ArticlePage]:
    """``items[start:stop]``, as a view when ``items`` is one (``StoredSequence.part``)."""
    return items.part(start, stop) if isinstance(items, StoredSequence) else tuple(items[start:stop])


def _facet_counts(facet: Facet, events: int) -> str:
    """The counts a facet's page prints, which the whole story decides (which sentences of its articles are
    events), not its articles' stamps: its events, and each of its listed articles' events."""
    return _digest([str(events), *(f"{a.id} {len(a.entries)}" for a in facet.articles)])


def _facet_shown(timeline: Timeline, facet: Facet) -> frozenset[str]:
    """The articles whose data a facet's page prints: its articles and those that report what they report
    (its articles' pages'), worked out when it is planned rather than gathered over every article's page."""
    return timeline.reporters_of(facet.entries) | frozenset(a.id for a in facet.articles)


def render_pages(
    timeline: Timeline,
    *,
    template_dirs: Iterable[Path] = (PACKAGED_TEMPLATES,),
    latest: int = 10,
    preview: int = 5,
    built: dt.date | None = None,
    downloads: Sequence[tuple[str, str]] = (),
) -> dict[str, str]:
    """Every page of the site as {path relative to the docs dir: Markdown}."""
    plans = plan_pages(timeline, template_dirs=template_dirs, latest=latest, preview=preview, built=built,
                       downloads=downloads)
    return {path: plan.render() for path, plan in plans.items()}


def _plan(env: jinja2.Environment, path: str, template: str, articles: frozenset[str] | None, layout: str,
          ctx: object) -> PagePlan:
    """The plan of one page; ``ctx`` is its context, or a function that makes it when rendered."""
    def generate() -> Iterator[str]:
        return env.get_template(template).generate(ctx=ctx() if callable(ctx) else ctx)

    return PagePlan(path, articles, layout, generate)


def day_links(key_dates: Iterable[KeyDate], story_days: frozenset[dt.date]) -> dict[dt.date, str]:
    """Each key date's day page (docs-relative), for the days with entries of the story: the key-dates page, the
    home page and the year pages link a key date to all of its day's events, the most important first. They had
    linked its heading on the month page, whose five the fifth reader's review took for the day's events. A key
    date told only by lead sentences has no entry of its day, and no link (an assembled timeline has none such:
    ``assemble`` leaves them out)."""
    return {kd.date: events_page(kd.date.isoformat()) for kd in key_dates if kd.date in story_days}


def _year_context(timeline: Timeline, section: YearSection, previous: int | None, following: int | None,
                  story_days: frozenset[dt.date]) -> Callable[[], YearContext]:
    """A year page's context, made when it is rendered."""
    def make() -> YearContext:
        full = timeline
        of_year = sorted((kd for kd in full.key_dates if kd.date.year == section.year), key=lambda k: k.date)
        linked = day_links(of_year, story_days)
        links = tuple(KeyDateLink(kd, linked.get(kd.date, "")) for kd in of_year)
        head_page = section.head[0].page if section.head else ""
        top = beside_key_dates(section.entries, of_year, YEAR_SHOWN)
        return YearContext(full, section, previous, following, top, links, head_page)

    return make


def _events_plans(env: jinja2.Environment, timeline: Timeline) -> Iterator[PagePlan]:
    """The events pages: one for each page an entry's permalink names (``Entry.page``), read a page at a time.

    A day's page links to the day before and the day after that have pages of their own (``EventsContext.beside``):
    a reader who opened one day's events goes on to the next without the month page. So a day's plan waits for the
    next day's page to be read (one plan held at a time, the pages coming in path order, which is date order)."""
    story_months = frozenset((m.year, m.month) for y in timeline.years for m in y.months)
    story_years = frozenset(y.year for y in timeline.years)
    key_dates = {kd.date: kd for kd in timeline.key_dates}
    held_day: tuple[str, PeriodPage, tuple[tuple[str, str], ...]] | None = None
    """The day page waiting for the next: its title, page and back links (its intro is made from its lists when it is
    rendered, ``day_intro``)."""
    previous_day: tuple[str, str] = ("", "")
    """(title, page) of the day before the held one; ("", "") for none."""

    def day_plan(held: tuple[str, PeriodPage, tuple[tuple[str, str], ...]], previous: tuple[str, str],
                 following: tuple[str, str]) -> PagePlan:
        title, period_page, back = held
        beside = (previous, following)
        key_date = key_dates.get(period_page.first)
        # what the page reads of its key date: which entries it marks (its score, which moves every build, not)
        key_places = key_date.places if key_date is not None else ()
        return _plan(env, period_page.page, "events.md.j2", period_page.reporters,
                     f"{back!r} {beside!r} {_digest(period_page.anchors)} "
                     f"{_digest(map(repr, period_page.importances))} {_digest(map(repr, key_places))}",
                     _events_context(timeline, title, "", period_page.entries, back, True, beside, key_date))

    for period_page in timeline.by_page():
        page, members, sides, first = period_page.page, period_page.entries, period_page.sides, period_page.first
        period = events_period(page)
        in_story = "" in sides
        back: list[tuple[str, str]] = []
        if len(period) == 10:  # a day
            title = long_date(first)
            noun = "day"
            if in_story and (first.year, first.month) in story_months:
                back.append((f"{first:%B %Y}", f"{month_page(first.year, first.month)}#{first.isoformat()}"))
        elif len(period) == 7:  # a month's coarse periods
            # the month page is "September 2008": a fourteenth first-time reader took this for a second copy of it
            title = f"{first:%B %Y}: events dated to the month or a week"
            noun = "month"
            intro = (f"{count_of(len(members), 'event')} dated to {first:%B %Y} or a week that starts in it, "
                     "rather than to a day.")
            if in_story and (first.year, first.month) in story_months:
                back.append((f"{first:%B %Y}", month_page(first.year, first.month)))
        else:  # a year and longer periods
            title = f"{first.year}: events dated to the year, a part of it or longer"
            noun = "year"
            intro = (f"{count_of(len(members), 'event')} dated to {first.year}, a quarter or a season of it, or a "
                     "longer period that starts in it, rather than to a month or a day.")
            if in_story and first.year in story_years:
                back.append((str(first.year), year_page(first.year)))
        if "background" in sides:
            back.append(("Background", "background.md"))
        if "outlook" in sides:
            back.append(("Outlook", "outlook.md"))
        if noun == "day":
            if held_day is not None:
                yield day_plan(held_day, previous_day, (title, page))
                previous_day = (held_day[0], held_day[1].page)
            held_day = (title, period_page, tuple(back))
            continue
        yield _plan(env, page, "events.md.j2", period_page.reporters, f"{back!r} {_digest(period_page.anchors)}",
                    _events_context(timeline, title, intro, members, tuple(back), False))
    if held_day is not None:
        yield day_plan(held_day, previous_day, ("", ""))


def day_intro(entries: Sequence[Entry], key_first: bool) -> str:
    """What a day's page says of its list: how many, in what order (``key_first``: its key date's entries open it,
    ``DayLists.key``), and what its "Reported on" lines mean where it has any."""
    order = "its key date's first, then the most important" if key_first else "the most important first"
    intro = ("The one event of this day." if len(entries) == 1
             else f"All {count_of(len(entries), 'event')} of this day, {order}.")
    if any(e.expected or e.told_after for e in entries):
        intro += f" {WHEN_TOLD_LEGEND}"
    return intro


WHEN_TOLD_LEGEND = ("\u201cReported on\u201d and \u201cExpected, as reported on\u201d before an event's sources say "
                    "when it was told, where that was not its own day.")
"""What a day's page says of its events' "Reported on" lines, where it has one: a first-time reader met three
phrasings ("Reported on", "First reported on", "Expected, as reported on") and nothing saying what they meant."""


def _events_context(timeline: Timeline, title: str, intro: str, entries: Sequence[Entry],
                    back: tuple[tuple[str, str], ...], day: bool,
                    beside: tuple[tuple[str, str], tuple[str, str]] = (("", ""), ("", "")),
                    key_date: KeyDate | None = None) -> Callable[[], EventsContext]:
    """An events page's context, made when it is rendered: its plan reads no entry (``Timeline.by_page``). A day's
    page makes its own intro (``intro`` unused) from its lists."""
    def make() -> EventsContext:
        if day:  # its lists only: the entries are read from the store once
            lists = day_lists(entries, key_date.places if key_date is not None else ())
            listed = (*lists.at_the_time, *lists.expected, *lists.recalled, *lists.same)
            return EventsContext(timeline, title, day_intro(listed, key_first=bool(lists.key)), (), back, day, beside,
                                 lists, key_date)
        return EventsContext(timeline, title, intro, groups(entries, cap=False), back, day, beside)

    return make


def _digest(parts: Iterable[str]) -> str:
    """A short fingerprint of ``parts`` for a page's layout."""
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]

