"""``build()``: run the stages in order, read -> extract -> assemble -> render -> publish.

Each stage is a function of the previous stage's output; this module only
wires them and collects the problems they report, so the whole build reads
top to bottom in one short function: ``_read`` (which hands each article the
cache lacks to extraction, ``timeline.buildsys.extraction.Pending``),
``Pending.finish``, ``make_timeline``, ``_render``, ``_publish``, with the check
that skips a build whose inputs did not change and the record of what it wrote
(``timeline.buildsys.record``) around them. No stage holds the archive's
texts or its whole extractions: memory grows with what the pages show.
"""
from __future__ import annotations

import datetime as dt
import gc
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from timeline.assemble import Groupings, article_ids, assemble, story_span, topical_articles
from timeline.assemble.story_title import story_title
from timeline.buildsys.record import (
    BuildState,
    PageRecord,
    RecordWriter,
    article_stamp,
    input_fingerprint,
    load_state,
    page_inputs,
    render_fingerprint,
    site_fingerprint,
    state_path,
)
from timeline.buildsys.cache import CachedReads, ExtractionCache, UnusableEntry, extraction_key, title_digest
from timeline.buildsys.extraction import Pending
from timeline.config import UNNAMED, Config
from timeline.buildsys.lock import exclusive
from timeline.buildsys.output_folders import check_output_folders
from timeline.buildsys.sqlite_heap import soft_heap_limit
from timeline.records import Article, Extraction
from timeline.publish import PACKAGED_CONFIG, site_config
from timeline.publish.navigation import story_years
from timeline.publish.pages import SitePages
from timeline.buildsys.atomic_output import staged
from timeline.buildsys.progress import note
from timeline.read import ReadResult, read_sources, titles_from_text
from timeline.read.article_store import ArticleStore, Stamps
from timeline.read.furniture_titles import heeding_untitled
from timeline.render import MANAGED_FOLDERS, PACKAGED_TEMPLATES, PagePlan, page_plans, write_if_changed
from timeline.report import Problem, Severity, Summary, summarize
from timeline.assemble.named_titles import retitled_problems, titles_naming_the_story
from timeline.assemble.timeline import Timeline

if TYPE_CHECKING:  # imported where used: with the key dates it loads NumPy, which a build with nothing to do skips
    from timeline.assemble.gather import ExtractionSource, Gathered
    from timeline.export.options import ExportOptions

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class BuildResult:
    timeline: Timeline | None
    """The assembled timeline; None when nothing changed since the last build and it was not assembled,
    or when no article could be used (``summary.articles`` 0: nothing was written). Without its summaries
    (``Timeline.summaries``): the build read each from its spill for its page only."""
    problems: tuple[Problem, ...]
    summary: Summary
    pages_written: int
    pages_removed: int
    nav_years: tuple[int, ...] = ()
    """The years the site's navigation lists (``timeline.publish.story_years``)."""
    title: str = ""
    """The story's title (``Timeline.title``), also when nothing was assembled (the last build's)."""
    pages_rendered: int = 0
    """Pages rendered this build; the others were kept because nothing they show changed."""
    pages_kept: int = 0
    """Pages kept as the last build wrote them: nothing they show changed."""
    site_pages: SitePages | None = None
    """The site's pages rendered and reused by the engine (MkDocs only; None when not published)."""
    stage_seconds: tuple[tuple[str, float], ...] = ()
    """Wall seconds of each stage that ran, in order (``timeline build --timings``)."""


@dataclass(frozen=True, slots=True)
class _Fingerprints:
    """What decides how much of the build has to run again (``timeline.buildsys.record``)."""

    stamps: Stamps
    """Each article's stamp: its cache key and every field a page shows."""
    built: dt.date | None
    rendering: str
    """The templates, the build date and the settings the pages depend on."""
    inputs: str
    """All of the above and every article's stamp: equal inputs, equal docs."""

    @staticmethod
    def of(articles: ArticleStore, config: Config) -> _Fingerprints:
        """Each article's stamp, from its key (``ArticleStore.keys``, taken while its text was at hand)
        and every field a page shows, kept in the store beside it, where the pages look theirs up (``Stamps``)."""
        _stamp(articles)
        built = source_date()
        rendering = render_fingerprint(config, template_dirs(config), built)
        return _Fingerprints(articles.stamps, built, rendering,
                             input_fingerprint(config, rendering, articles.stamps.items_by_id()))


def _stamp(articles: ArticleStore) -> None:
    """Keep each article's stamp in the store: its key (``ArticleStore.keys``) and every field a page shows."""
    articles.stamp_all(lambda a, key: article_stamp(key, (a.id, a.origin, a.slug, a.title, a.published, a.url,
                                                          a.source, a.tags, a.language)))


@dataclass(frozen=True, slots=True)
class _Rendered:
    """What the render stage did to the docs folder."""

    pages: int
    """Pages rendered."""
    written: int
    removed: int
    kept: int
    """Pages kept as the last build left them."""
    nav_years: tuple[int, ...]


def source_date() -> dt.date | None:
    """The build date from ``SOURCE_DATE_EPOCH``, if set; the clock is never read."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch.isdigit():
        return None
    return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).date()


def make_timeline(read: ReadResult, extractions: ExtractionSource | Mapping[str, Extraction], config: Config,
                  groupings: Groupings | None = None) -> Timeline:
    """Assemble the timeline from extracted articles: strays set apart, key dates chosen, entries weighed.

    Articles that are not about the story, and sentences of the others far
    from it (``timeline.assemble.topicality``), take no part in the key dates or the entries;
    the extractions are read one at a time (``timeline.assemble.gather``). The key dates come first because
    an entry on a key date weighs more (``timeline.assemble.importance``).
    ``groupings`` (``timeline.assemble.Groupings``) lets a rebuild reuse the
    last build's near-duplicate groupings of the dates that did not change.
    """
    # Imported here, where it runs (with NumPy: a tenth of a second).
    from timeline.assemble.gather import HeldExtractions
    from timeline.assemble.keydates import select_key_dates

    source = HeldExtractions(extractions) if isinstance(extractions, Mapping) else extractions
    story, articles, retitled, topical = read_story(read, source)
    kd = config.key_dates
    key_dates = select_key_dates(topical, story.extractions, dates=kd.dates or None, sentences=kd.sentences or None,
                                 parts=story.extractions.key_date_part)
    title = config.site.title or story_title(a.title for a in topical) or UNNAMED
    timeline = assemble(articles, story.extractions, title=title, description=config.site.description,
                        key_dates=key_dates, groupings=groupings, off_topic=story.off_topic,
                        profile=story.extractions.profile)
    return replace(timeline, retitled=retitled) if retitled else timeline


def read_story(read: ReadResult, source: ExtractionSource) -> tuple[Gathered, Sequence[Article], dict[str, str],
                                                                    Sequence[Article]]:
    """What the key dates and the entries are chosen from, as ``make_timeline`` and ``timeline key-dates`` read
    it: the story gathered from the extractions (``timeline.assemble.gather``), the articles with the titles the
    pages show (``_titled_by_names``), those new titles by article id, and the articles about the story."""
    from timeline.assemble.gather import gather

    story = gather(article_ids(read.articles), source, story_span(read.articles))
    articles, retitled = _titled_by_names(read.articles, source, story.extractions.names)
    return story, articles, retitled, topical_articles(articles, story.off_topic)


def _titled_by_names(articles: Sequence[Article], source: ExtractionSource,
                     names: frozenset[str]) -> tuple[Sequence[Article], dict[str, str]]:
    """The articles, those of a story told in its names whose title was another story's sentence now titled by
    their first sentence naming it (``timeline.assemble.named_titles``), and those new titles by article id. A
    build's store is retitled in place (its pages and the events' source links read their titles there)."""
    retitled = dict(titles_naming_the_story(articles, source.get, names))
    if not retitled:
        return articles, retitled
    if isinstance(articles, ArticleStore):
        for article_id, title in retitled.items():
            articles.retitle_id(article_id, title)
        return articles, retitled
    return tuple(replace(a, title=retitled[a.id]) if a.id in retitled else a for a in articles), retitled


def template_dirs(config: Config) -> list[Path]:
    """User templates (if configured) first, then the packaged ones."""
    return ([Path(config.site.templates)] if config.site.templates else []) + [PACKAGED_TEMPLATES]


def build(config: Config, sources: Iterable[str] | None = None, *, run_mkdocs: bool = True,
          exports_to: Path | None = None) -> BuildResult:
    """Build the docs folder (and the site, with ``run_mkdocs``) from the sources; with ``exports_to``,
    write the exports there too (what ``timeline serve`` previews beside the pages: ``timeline.publish.preview``).

    A rebuild does only the work whose inputs changed (``timeline.buildsys.record``):
    none at all when nothing did, else extraction of new or changed articles and
    rendering of the pages that show them. An entry of the build cache found unusable
    (corrupt, or deleted meanwhile) is discarded and the build runs once more, extracting it,
    as often as one is found; one found again after it was discarded (a cache that cannot
    be written) makes the build run without the cache.
    """
    return _repairing(config, lambda use_cache: _build(config, sources, run_mkdocs, exports_to, use_cache=use_cache))


def with_extractions(config: Config, sources: Iterable[str] | None,
                     use: Callable[[ReadResult, ExtractionSource], T]) -> T:
    """``use(read, extractions)`` on the sources read and extracted as ``build`` does it: what the
    commands that read the story without building its pages (``export``, ``key-dates``) start from.

    The same stages, so the same bounded memory (no article's text held past its extraction, the
    extractions read one at a time from the build cache, which they share with the build). ``use``
    runs while the cache is open."""
    def run(use_cache: bool) -> T:
        with _no_cycle_collection(), soft_heap_limit(), _opened_cache(config) if use_cache else nullcontext() as cache:
            read, _, pending = _read(list(sources) if sources else config.sources, config, cache)
            if cache is not None:
                cache.counted = True  # this run uses its entries
            return use(read, pending.finish())
    return _repairing(config, run)


def with_timeline(config: Config, sources: Iterable[str] | None, use: Callable[[Timeline, ReadResult], T]) -> T:
    """``use(timeline, read)`` on the story's timeline, assembled as ``build`` does it (``with_extractions``),
    without rendering a page: what ``timeline export`` writes from. ``use`` runs while the timeline's
    store is open: its entries and summaries are read from it."""
    def assembled(read: ReadResult, extractions: ExtractionSource) -> T:
        return use(make_timeline(read, extractions, config), read)
    return with_extractions(config, sources, assembled)


def _repairing(config: Config, run: Callable[[bool], T]) -> T:
    """``run(use_cache)``, again without each cache entry found unusable, as ``build`` says."""
    discarded: set[str] = set()
    while True:
        try:
            return run(True)
        except UnusableEntry as exc:
            if exc.key in discarded:
                note(f"build cache in {config.cache_dir} cannot be repaired; building without it")
                return run(False)
            note(f"build cache entry of {exc.article_id} unusable; extracting it again")
            discarded.add(exc.key)
            cache = ExtractionCache(config.cache_dir)
            cache.counted = False  # only repaired: this is not a build that used its entries
            with cache:
                cache.discard([exc.key])


def _build(config: Config, sources: Iterable[str] | None, run_mkdocs: bool, exports_to: Path | None, *,
           use_cache: bool) -> BuildResult:
    clock = _StageClock()
    # Folders the build replaces whole, checked before anything is read: never a source, here, or each other.
    check_output_folders([("docs_dir", config.docs_dir), *([("site_dir", config.site_dir)] if run_mkdocs else [])],
                         list(sources) if sources else config.sources)
    # The site's config, found once (no config: said before any work); None when the site is not published.
    config_file = site_config(config.mkdocs_config, config.publish.engine) if run_mkdocs else None
    # Locked, and built aside then swapped in whole (timeline.buildsys.atomic_output): a concurrent
    # build waits, and a killed one leaves the previous docs and site as they were.
    with (exclusive(Path(config.docs_dir)), _no_cycle_collection(), soft_heap_limit(),
          _opened_cache(config) if use_cache else nullcontext() as cache):
        with clock("read"):
            read, prints, pending = _read(list(sources) if sources else config.sources, config, cache)
        if not read.articles:
            # Nothing to show: the docs and the site stay as the last build left them. An empty story
            # swapped in for them would wipe a published site over a mistyped source path.
            return BuildResult(None, read.problems, summarize(0, read.problems), 0, 0, stage_seconds=clock.seconds)
        previous = load_state(state_path(config))
        if (previous is not None and _up_to_date(previous, prints.inputs, config, config_file)
                and (exports_to is None or _exports_of(exports_to) == prints.inputs)):
            problems = retitled_problems(read.problems, read.articles, previous.retitled)  # as the pages title them
            return BuildResult(None, problems, summarize(len(read.articles), problems, previous.events),
                               0, 0, previous.nav_years, previous.title, stage_seconds=clock.seconds)
        if cache is not None:
            cache.counted = True  # past the check: this build uses its entries
        with clock("extract"):
            extractions = pending.finish()
        site, site_pages = "", None
        with RecordWriter(state_path(config)) as record:
            # This build's groupings go straight to its record; the last build's are read from its own.
            groupings = Groupings(known=previous.groupings if previous is not None else {}, made=record.groupings)
            with clock("assemble"):
                timeline = make_timeline(read, extractions, config, groupings)
            if timeline.retitled and isinstance(read.articles, ArticleStore):
                # the pages of the retitled articles, and those that link them, are rendered again when their
                # stamps change; the inputs' fingerprint stays the read's (the same inputs give the same titles)
                _stamp(read.articles)
                read = replace(read, problems=retitled_problems(read.problems, read.articles, timeline.retitled))
            with staged(Path(config.docs_dir)) as docs:
                with clock("render"):
                    rendered = _render(timeline, docs, config, previous, prints, record)
                if exports_to is not None:  # before the docs are swapped in: a preview rebuilds on their change
                    _save_exports(timeline, exports_to, prints, config)
                site_warnings: tuple[Problem, ...] = ()
                if config_file is not None:  # unless published now, the site is stale: the docs changed
                    with clock("publish"), _site_warnings(config.site_dir) as site_warnings_seen:
                        site, site_pages = _publish(timeline, docs, config, config_file, prints, rendered.nav_years)
                    site_warnings = tuple(site_warnings_seen)
                    if site_warnings:
                        site = ""  # not up to date for the next build, which publishes again and tells them again
            record.finish(prints.inputs, prints.rendering, site, len(timeline.entries), rendered.nav_years,
                          timeline.retitled, timeline.title)
    problems = read.problems + site_warnings
    return BuildResult(replace(timeline, summaries={}), problems,
                       summarize(len(read.articles), problems, len(timeline.entries)),
                       rendered.written, rendered.removed, rendered.nav_years, timeline.title, rendered.pages,
                       rendered.kept, site_pages, clock.seconds)


def _read(sources: Sequence[str], config: Config, cache: ExtractionCache | None) -> tuple[ReadResult, _Fingerprints,
                                                                                     Pending]:
    """Read the sources, keeping no text: each is hashed into its article's cache key as soon
    as it is read, and handed to extraction (``Pending``) unless the cache has its key. A file
    unchanged since an earlier build is read back from the cache (``CachedReads``)."""
    articles = ArticleStore()
    pending = Pending(cache, config, articles.keys)

    def hashed(article: Article, digest: str) -> tuple[Article, str]:
        key = extraction_key(article, config.extract, digest)
        if cache is not None and cache.has(key):
            pending.cached += 1
        else:
            pending.add(article, key)
        return replace(article, text=""), key

    made: dict[str, tuple[str, ...]] = {}

    def title_of(text: str) -> tuple[str, ...]:
        """The titles of an untitled text: as an earlier build made them, else made now and kept."""
        digest = title_digest(text)
        titles = cache.titles(digest) if cache is not None else None
        if titles is None:
            titles = made[digest] = titles_from_text(text)
        return titles

    memo = CachedReads(cache, config.extract) if cache is not None else None
    read = read_sources(sources, hashed, title_of, memo, articles)
    if cache is not None:
        cache.put_titles(made)
    read = replace(read, problems=heeding_untitled(read.problems, config.untitled))
    return read, _Fingerprints.of(articles, config), pending


@contextmanager
def _opened_cache(config: Config) -> Iterator[ExtractionCache | None]:
    """The build cache for the whole build (None, with a warning, when it cannot be used).

    Closed as counted (``ExtractionCache.close``) only by a build that went past the
    check for unchanged inputs: one that found nothing to do must not age the entries."""
    cache = ExtractionCache.open_or_warn(config.cache_dir)
    if cache is not None:
        cache.counted = False
    try:
        yield cache
    finally:
        if cache is not None:
            cache.close()


class _StageClock:
    """Wall seconds per stage, for ``--timings``: what a maintainer needs to see where a build's time goes."""

    def __init__(self) -> None:
        self._seconds: list[tuple[str, float]] = []

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self._seconds.append((stage, round(time.perf_counter() - start, 3)))

    @property
    def seconds(self) -> tuple[tuple[str, float], ...]:
        return tuple(self._seconds)


def _render(timeline: Timeline, docs: Path, config: Config, previous: BuildState | None,
            prints: _Fingerprints, record: RecordWriter) -> _Rendered:
    """Plan every page, render those whose inputs changed into ``docs`` and keep the others."""
    from timeline.export import downloads

    plans = page_plans(timeline, template_dirs=template_dirs(config), latest=config.site.latest_events,
                       preview=config.key_dates.preview, built=prints.built, downloads=downloads())
    nav_years = tuple(story_years([y.year for y in timeline.years],
                                  (a.published.year for a in timeline.articles if a.published)))
    pages, written, removed = _write_docs(docs, plans, previous, prints.rendering, prints.stamps, record)
    return _Rendered(pages, written, removed, record.pages - pages, nav_years)


def _publish(timeline: Timeline, docs: Path, config: Config, config_file: Path, prints: _Fingerprints,
             nav_years: tuple[int, ...]) -> tuple[str, SitePages | None]:
    """Build the site from ``docs`` with the site engine and ``config_file`` (``site_config``), add the exports.

    Returns the site's fingerprint and, with MkDocs, the pages it rendered and reused
    (from the build cache: ``timeline.publish.reuse``).
    """
    # Imported on use, like the key dates: a rebuild with nothing
    # to do, or one without MkDocs, must not pay for imports it never uses.
    from timeline.export import iter_exports, save_exports
    from timeline.publish import own_site_name, prepare

    site_dir = Path(config.site_dir)
    if config_file == PACKAGED_CONFIG and Path(config.mkdocs_config) != PACKAGED_CONFIG:
        note(f"no {config.mkdocs_config} here: the site has the look timeline ships ({PACKAGED_CONFIG}); "
             "copy that file here to change it")
    with exclusive(site_dir), staged(site_dir, copy_current=False) as staged_site:
        site = prepare(config.publish.engine, config_file, docs, staged_site, nav_years, reuse=Path(config.cache_dir),
                       name=timeline.title)
        options = _export_options(timeline, prints, config, site.address)
        if not site.address:
            note(f"site_url is not set in {config_file}: the exports link to the site's pages by relative "
                 "links, which break once a file (timeline.md, timeline.ics, feed.xml) is copied elsewhere")
        if config.site.title in ("", UNNAMED):
            # first-time readers of three dev sites found every header, tab and embed called "Timeline"
            named = not config.site.title and timeline.title != UNNAMED
            told = " (the phrase its articles' titles share most)" if named else ""
            own = own_site_name(config_file)
            header = f"; its header and tab say {own!r} (site_name in {config_file.name})" if own else ""
            note(f"the story is called {timeline.title!r}{told} on its pages and in the exports{header}: name it "
                 "with [site] title in timeline.toml")
        pages = site.run()
        # After the engine, which empties the site folder; files it never sees are never rendered.
        save_exports(staged_site, iter_exports(timeline, options))
    return site_fingerprint(prints.inputs, config_file, nav_years, config.publish.engine), pages


@contextmanager
def _site_warnings(site_dir: str) -> Iterator[list[Problem]]:
    """The warnings MkDocs logs while it builds the site (a link to a missing page or anchor), as the build's
    problems: counted in the last line, and failing ``--strict``, as the README promises. (They were printed and
    not counted: a site with dead links passed ``--strict``.)"""
    seen: list[Problem] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(Problem(site_dir, " ".join(record.getMessage().split()), Severity.WARNING))

    handler = Collect(logging.WARNING)
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    try:
        yield seen
    finally:
        logger.removeHandler(handler)


def _exports_stamp(folder: Path) -> Path:
    """Beside ``folder`` (whose files are all exports): the inputs its exports were written from."""
    return folder.with_name(folder.name + ".inputs")


def _exports_of(folder: Path) -> str | None:
    """The inputs the exports in ``folder`` were written from (None when there are none)."""
    try:
        return _exports_stamp(folder).read_text(encoding="utf-8") if folder.is_dir() else None
    except OSError:
        return None


def _export_options(timeline: Timeline, prints: _Fingerprints, config: Config, base_url: str = "") -> ExportOptions:
    """How a build writes the exports: stamped with its data's day, in the config's embed theme, linking to the
    site's pages from ``base_url`` (relative links without one)."""
    from timeline.export import ExportOptions, data_stamp

    return ExportOptions(stamp=data_stamp(timeline, prints.built), base_url=base_url,
                         embed_theme=config.site.embed_theme)


def _save_exports(timeline: Timeline, folder: Path, prints: _Fingerprints, config: Config) -> None:
    """Every export into ``folder``, linking to the site's pages by relative links (a preview has no address).

    Written aside and swapped in whole, then stamped with the inputs (``_exports_of``); a build holds the
    docs' lock meanwhile, so no other build writes them."""
    from timeline.export import iter_exports, save_exports

    _exports_stamp(folder).unlink(missing_ok=True)
    with staged(folder, copy_current=False) as staging:
        save_exports(staging, iter_exports(timeline, _export_options(timeline, prints, config)))
    _exports_stamp(folder).write_text(prints.inputs, encoding="utf-8")


def _write_docs(docs: Path, plans: Iterable[PagePlan], previous: BuildState | None, rendering: str,
                stamps: Stamps, record: RecordWriter) -> tuple[int, int, int]:
    """Render the pages whose inputs changed into ``docs`` and keep the others, a page at a time,
    recording each in ``record`` as it goes. Returns (pages rendered, written, removed)."""
    kept_before = previous.pages if previous is not None and previous.render == rendering else {}
    shown = 0

    def rendered() -> Iterator[tuple[str, Iterator[str]]]:
        nonlocal shown
        for plan in plans:
            inputs = None if plan.articles is None else page_inputs(plan.layout, plan.articles,
                                                                    stamps.of(plan.articles))
            before = kept_before.get(plan.path)
            if inputs is not None and before is not None and before.inputs == inputs and before.matches(
                    docs / plan.path):
                # The last build wrote it from these very inputs, and the file is as it left it.
                record.add(plan.path, before)
                continue
            shown += 1
            yield plan.path, plan.generate()
            stat = (docs / plan.path).stat()  # written (or left: it had these bytes) before the next is asked
            record.add(plan.path, PageRecord(inputs, stat.st_size, stat.st_mtime_ns))

    written, removed = write_if_changed(docs, rendered(), known=record)
    return shown, written, removed


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the rest of the build.

    Loading the cache, assembling and rendering create millions of small
    objects, and the collector, triggered by allocations, walks them again and
    again: a quarter of the time of decoding the cache. Reference counting
    still frees everything as usual (the build's data holds no reference
    cycles to reclaim), and collection resumes when the build ends, for what
    is allocated after it: what the build leaves alive is frozen
    (``gc.freeze``) rather than walked once more, and is freed by reference
    count when no longer used. Extraction,
    whose garbage may have cycles, runs with it on: in this process and in the
    (forked, long-lived) workers.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            # Everything allocated meanwhile is still in the youngest generation, so the
            # first collection after this would walk all of it (a sixth of a second):
            # frozen, it is left out of collections, and still freed by reference count.
            gc.freeze()
            gc.enable()


def _up_to_date(previous: BuildState, inputs: str, config: Config, config_file: Path | None) -> bool:
    """True when the last build made these docs (and, published with ``config_file``, the site) from these
    very inputs, untouched since."""
    if previous.inputs != inputs or not previous.docs_intact(Path(config.docs_dir), MANAGED_FOLDERS):
        return False
    if config_file is None:
        return True
    expected = site_fingerprint(inputs, config_file, previous.nav_years, config.publish.engine)
    return previous.site == expected and (Path(config.site_dir) / "index.html").is_file()
