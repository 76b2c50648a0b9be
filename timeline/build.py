"""``build()``: run the stages in order, read -> extract -> assemble -> render -> publish.

Each stage is a function of the previous stage's output; this module only
wires them and collects the problems they report, so the whole build reads
top to bottom in one short function.
"""
from __future__ import annotations

import datetime as dt
import gc
import itertools
import os
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from timeline.assemble import Groupings, assemble, story_span
from timeline.buildsys.record import (
    BuildState,
    PageRecord,
    article_stamp,
    input_fingerprint,
    load_state,
    render_fingerprint,
    site_fingerprint,
    state_path,
)
from timeline.buildsys.cache import ExtractionCache, extraction_key
from timeline.config import Config, ExtractConfig
from timeline.buildsys.extraction_worker import ExtractionWorker
from timeline.buildsys.cluster import extract_on_cluster
from timeline.buildsys.forked import die_with_parent, started_in_child
from timeline.buildsys.lock import exclusive
from timeline.records import Article, Extraction
from timeline.publish.navigation import story_years
from timeline.buildsys.atomic_output import staged
from timeline.buildsys.progress import progress
from timeline.read import ReadResult, read_sources
from timeline.render import MANAGED_FOLDERS, PACKAGED_TEMPLATES, PagePlan, plan_pages, write_if_changed
from timeline.report import Problem, Summary, summarize
from timeline.assemble.timeline import Timeline
from timeline.assemble.topicality import focus

PARALLEL_THRESHOLD = 64
"""Below this many articles a process pool costs more than it saves."""
PARALLEL_RENDER = 8
"""From this many pages to render, a forked child renders half of them."""
OVERLAP_THRESHOLD = 256
"""With this many cached extractions to decode (about a twentieth of a second), new articles
are extracted in a worker process meanwhile (``timeline.buildsys.extraction_worker``)."""
BYTES_PER_ARTICLE_SHOWN = 400
"""About the Markdown a page prints for each article it shows (an event line): the cost
of rendering a page the last build did not write, when the work is split in two."""
CACHE_BATCH = 64
"""Extractions stored per cache write: an interrupted build keeps most of its work."""


@dataclass(frozen=True, slots=True)
class BuildResult:
    timeline: Timeline | None
    """The assembled timeline; None when nothing changed since the last build and it was not assembled."""
    problems: tuple[Problem, ...]
    summary: Summary
    pages_written: int
    pages_removed: int
    nav_years: tuple[int, ...] = ()
    """The years the site's navigation lists (``timeline.publish.story_years``)."""
    pages_rendered: int = 0
    pages_kept: int = 0
    """Pages kept as the last build wrote them: nothing they show changed."""
    """Pages rendered this build; the others were kept because nothing they show changed."""


def source_date() -> dt.date | None:
    """The build date from ``SOURCE_DATE_EPOCH``, if set; the clock is never read."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch.isdigit():
        return None
    return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).date()


def extract_all(articles: Sequence[Article], config: ExtractConfig, jobs: int = 0, *,
                cache_dir: str | Path | None = None, show_progress: bool = False,
                keys: Mapping[str, str] | None = None,
                worker: ExtractionWorker | None = None, scheduler: str = "") -> dict[str, Extraction]:
    """Extract every article, reusing cached results and spreading the rest over processes.

    With ``cache_dir`` only articles whose content, the config or the version
    changed since a recent build are extracted; the others come from the cache.
    ``show_progress`` draws a bar on a terminal stderr, log lines otherwise.
    ``keys`` are the articles' ``extraction_key``s when the caller has them already.
    ``worker``, an ``ExtractionWorker`` started (and later closed) by the caller,
    extracts the new articles if they are few; it is closed here if unused.
    ``scheduler``, a Dask scheduler's address, sends the extraction to that cluster
    (``timeline.buildsys.cluster``) instead of local processes; results are cached as they come.
    """
    cache = ExtractionCache.open_or_warn(cache_dir) if cache_dir is not None else None
    try:
        if keys is None:
            keys = {a.id: extraction_key(a, config) for a in articles} if cache is not None else {}
        stored = cache.stored_keys() if cache is not None else frozenset()
        new = [a for a in articles if keys.get(a.id) not in stored]
        # A few new articles beside many cached ones (the everyday rebuild): extract them
        # in a worker process while this one decodes the cache. The first extraction
        # imports the extractor, half a second, that would otherwise come after it.
        early = new if (0 < len(new) < PARALLEL_THRESHOLD and len(stored) >= OVERLAP_THRESHOLD
                        and (jobs or os.cpu_count() or 1) > 1 and not scheduler) else []
        if early and worker is None:
            worker = ExtractionWorker.start()
            if worker is None:  # no fork here: extracted with the rest
                early = []
        if not early and worker is not None:
            worker.close()  # not needed: it would only hold memory
        with _early(early, config, worker) as early_results:
            found: dict[str, Extraction] = {}
            for article in articles:
                hit = cache.get(keys[article.id]) if cache is not None and keys[article.id] in stored else None
                if hit is not None and hit.article_id == article.id:
                    found[article.id] = hit
            cached = len(found)
            started = {a.id for a in early}
            late = [a for a in articles if a.id not in found and a.id not in started]
            workers = min(jobs or os.cpu_count() or 1, max(1, len(late)))
            label = f"extract ({cached} cached)" if cache is not None else "extract"
            with progress(label, len(early) + len(late) if show_progress else 0) as advance:
                batch: list[tuple[str, Extraction]] = []
                fresh = (extract_on_cluster(late, config, scheduler, _say) if scheduler
                         else _extract_each(late, config, workers))
                for extraction in itertools.chain(early_results, fresh):
                    found[extraction.article_id] = extraction
                    advance()
                    if cache is not None:
                        batch.append((keys[extraction.article_id], extraction))
                        if len(batch) >= CACHE_BATCH:
                            cache.put_many(batch)
                            batch = []
                if cache is not None:
                    cache.put_many(batch)
    finally:
        if cache is not None:
            cache.close()
    return {a.id: found[a.id] for a in articles}


@contextmanager
def _early(articles: Sequence[Article], config: ExtractConfig,
           worker: ExtractionWorker | None) -> Iterator[Iterator[Extraction]]:
    """Start extracting ``articles`` in ``worker`` now; yield their results, in order, as they come."""
    if not articles or worker is None:
        yield iter(())
        return
    try:
        yield worker.extract(articles, config)
    finally:
        worker.close()


def _say(line: str) -> None:
    """A line about the build itself (not about an input) on stderr."""
    print(f"note: {line}", file=sys.stderr, flush=True)


def _start_extraction_process() -> None:
    """A pool process: ends with the build (``die_with_parent``); collects cycles (see _no_cycle_collection)."""
    die_with_parent()
    gc.enable()


def _extract_each(articles: Sequence[Article], config: ExtractConfig, workers: int) -> Iterator[Extraction]:
    """``extract`` each article in order, across ``workers`` processes when there are many."""
    if not articles:
        return
    from timeline.extract import extract  # the temporal rules: imported only by a build that extracts here

    if workers > 1 and len(articles) >= PARALLEL_THRESHOLD:
        chunk = max(1, min(16, len(articles) // (workers * 8)))
        import timeline.extract.summarize  # noqa: F401  (extract imports it lazily: load it once, before the fork)

        with ProcessPoolExecutor(max_workers=workers, initializer=_start_extraction_process) as pool:
            yield from pool.map(extract, articles, [config] * len(articles), chunksize=chunk)
    else:
        paused = not gc.isenabled()
        gc.enable()  # extraction makes short-lived garbage with cycles: see _no_cycle_collection
        try:
            for article in articles:
                yield extract(article, config)
        finally:
            if paused:
                gc.disable()


def make_timeline(read: ReadResult, extractions: Mapping[str, Extraction], config: Config,
                  groupings: Groupings | None = None) -> Timeline:
    """Assemble the timeline from extracted articles: strays set apart, key dates chosen, entries weighed.

    Articles that are not about the story, and sentences of the others far
    from it (``timeline.assemble.topicality``), take no part in the key dates or the entries. The key dates come first because
    an entry on a key date weighs more (``timeline.assemble.importance``).
    ``groupings`` (``timeline.assemble.Groupings``) lets a rebuild reuse the
    last build's near-duplicate groupings of the dates that did not change.
    """
    # Imported here, where it runs (with NumPy: a tenth of a second).
    from timeline.assemble.keydates import select_key_dates

    story = focus([a.id for a in read.articles], extractions)
    on_story = story.restrict(extractions, story_span(read.articles))
    topical = [a for a in read.articles if a.id not in story.off_topic]
    kd = config.key_dates
    key_dates = select_key_dates(topical, on_story, dates=kd.dates or None, sentences=kd.sentences or None)
    return assemble(read.articles, on_story, title=config.site.title, description=config.site.description,
                    key_dates=key_dates, groupings=groupings, off_topic=story.off_topic)


def template_dirs(config: Config) -> list[Path]:
    """User templates (if configured) first, then the packaged ones."""
    return ([Path(config.site.templates)] if config.site.templates else []) + [PACKAGED_TEMPLATES]


def build(config: Config, sources: Iterable[str] | None = None, *, run_mkdocs: bool = True) -> BuildResult:
    """Build the docs folder (and the site, with ``run_mkdocs``) from the sources.

    A rebuild does only the work whose inputs changed (``timeline.buildsys.record``):
    none at all when nothing did, else extraction of new or changed articles and
    rendering of the pages that show them.
    """
    with _rebuild_worker(config) as worker:
        return _build(config, sources, run_mkdocs, worker)


def _build(config: Config, sources: Iterable[str] | None, run_mkdocs: bool,
           worker: ExtractionWorker | None) -> BuildResult:
    read = read_sources(list(sources) if sources else config.sources)
    docs_dir, site_dir = Path(config.docs_dir), Path(config.site_dir)
    keys = {a.id: extraction_key(a, config.extract) for a in read.articles}
    stamps = {a.id: article_stamp(keys[a.id], (a.id, a.origin, a.slug, a.title, a.published, a.url, a.source,
                                               a.tags, a.language)) for a in read.articles}
    built = source_date()
    rendering = render_fingerprint(config, template_dirs(config), built)
    inputs = input_fingerprint(config, rendering, stamps)
    publishing = run_mkdocs and bool(read.articles)
    # Locked, and built aside then swapped in whole (timeline.buildsys.atomic_output): a concurrent
    # build waits, and a killed one leaves the previous docs and site as they were.
    with exclusive(docs_dir), _no_cycle_collection():
        previous = load_state(state_path(config))
        if previous is not None and _up_to_date(previous, inputs, docs_dir, site_dir, config, publishing):
            summary = summarize(len(read.articles), read.problems, previous.events)
            return BuildResult(None, read.problems, summary, 0, 0, previous.nav_years)
        extractions = extract_all(read.articles, config.extract, config.jobs, cache_dir=config.cache_dir,
                                  show_progress=True, keys=keys, worker=worker, scheduler=config.scheduler)
        groupings = Groupings(known=previous.groupings if previous is not None else {})
        timeline = make_timeline(read, extractions, config, groupings)
        plans = plan_pages(timeline, template_dirs=template_dirs(config), latest=config.site.latest_events,
                           preview=config.key_dates.preview, built=built)
        nav_years = tuple(story_years([y.year for y in timeline.years],
                                      [a.published.year for a in timeline.articles if a.published]))
        with staged(docs_dir) as docs:
            pages, written, removed, records = _write_docs(docs, plans, previous, rendering, stamps,
                                                           _parallel(config))
            # Unless published now, the site is stale: the docs changed.
            site = _publish(timeline, docs, config, inputs, nav_years, built) if publishing else ""
        BuildState(inputs, rendering, stamps, records, site, len(timeline.entries), nav_years,
                   groupings.made).save(state_path(config))
    summary = summarize(len(read.articles), read.problems, len(timeline.entries))
    return BuildResult(timeline, read.problems, summary, written, removed, nav_years, pages, len(records) - pages)


def _publish(timeline: Timeline, docs: Path, config: Config, inputs: str, nav_years: tuple[int, ...],
             built: dt.date | None) -> str:
    """Build the site from ``docs`` with MkDocs, add the exports; return the site's fingerprint.

    MkDocs runs in one process for most of a minute on a large story; the
    exports (seconds of work) are rendered meanwhile in a forked child.
    """
    # Imported on use, like key dates (key_dates_meanwhile): a rebuild with nothing
    # to do, or one without MkDocs, must not pay for imports it never uses.
    from timeline.export import ExportOptions, data_stamp, render_exports, save_exports
    from timeline.publish import prepare

    site_dir = Path(config.site_dir)
    with exclusive(site_dir), staged(site_dir, copy_current=False) as staged_site:
        site = prepare(config.publish.engine, Path(config.mkdocs_config), docs, staged_site, nav_years)
        options = ExportOptions(stamp=data_stamp(timeline, built), base_url=site.address)
        with started_in_child(lambda: render_exports(timeline, options), _parallel(config)) as exports:
            site.run()
            # After the engine, which empties the site folder; files it never sees are never rendered.
            save_exports(staged_site, exports())
    return site_fingerprint(inputs, Path(config.mkdocs_config), nav_years, config.publish.engine)


def _write_docs(docs: Path, plans: Mapping[str, PagePlan], previous: BuildState | None, rendering: str,
                stamps: Mapping[str, str], parallel: bool) -> tuple[int, int, int, dict[str, PageRecord]]:
    """Render the pages whose inputs changed into ``docs`` and keep the others.

    With ``parallel``, a forked child renders about half of them meanwhile
    (``_halves``).
    Returns (pages rendered, written, removed) and the record of every page.
    """
    kept = _unchanged_pages(plans, previous, rendering, stamps, docs)
    paths = [path for path in plans if path not in kept]
    ours, theirs = _halves(paths, plans, previous)
    with started_in_child(lambda: {path: plans[path].render() for path in theirs},
                          parallel and len(paths) >= PARALLEL_RENDER) as rendered_there:
        pages = {path: plans[path].render() for path in ours}
        pages.update(rendered_there())
    written, removed = write_if_changed(docs, pages, keep=kept)
    # A kept page is the file the last build recorded (checked just now): its record stands.
    records = {path: previous.pages[path] if previous is not None and path in kept else _record(plan, docs / path)
               for path, plan in plans.items()}
    return len(pages), written, removed, records


def _halves(paths: Sequence[str], plans: Mapping[str, PagePlan],
            previous: BuildState | None) -> tuple[list[str], list[str]]:
    """Split the pages to render into this process's share and the child's, of about equal cost.

    A page costs about its size: the size the last build recorded (a busy
    month is a megabyte, an article page a few kilobytes), else an estimate
    from the articles it shows. Each page, largest first, goes to the share
    with less so far.
    """
    def cost(path: str) -> int:
        record = previous.pages.get(path) if previous is not None else None
        if record is not None:
            return record.size
        return 1 + BYTES_PER_ARTICLE_SHOWN * len(plans[path].articles or ())

    shares: tuple[list[str], list[str]] = ([], [])
    loads = [0, 0]
    for path in sorted(paths, key=lambda p: (-cost(p), p)):
        lighter = 0 if loads[0] <= loads[1] else 1
        shares[lighter].append(path)
        loads[lighter] += cost(path)
    return shares


@contextmanager
def _rebuild_worker(config: Config) -> Iterator[ExtractionWorker | None]:
    """An ``ExtractionWorker`` started now when this looks like a rebuild (the docs folder
    has a build record), so it has imported the extractor by the time the build knows
    which articles are new; stopped when the build ends, if still running."""
    local = _parallel(config) and not config.scheduler  # a cluster extracts the new articles too
    worker = ExtractionWorker.start() if local and state_path(config).is_file() else None
    try:
        yield worker
    finally:
        if worker is not None:
            worker.close()


def _parallel(config: Config) -> bool:
    """Whether the build may use a second process (``--jobs 1`` keeps it in one)."""
    return config.jobs != 1 and (os.cpu_count() or 1) > 1


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


def _up_to_date(previous: BuildState, inputs: str, docs: Path, site: Path, config: Config, publishing: bool) -> bool:
    """True when the last build made these docs (and site) from these very inputs, untouched since."""
    if previous.inputs != inputs or not previous.docs_intact(docs, MANAGED_FOLDERS):
        return False
    if not publishing:
        return True
    expected = site_fingerprint(inputs, Path(config.mkdocs_config), previous.nav_years, config.publish.engine)
    return previous.site == expected and (site / "index.html").is_file()


def _unchanged_pages(plans: Mapping[str, PagePlan], previous: BuildState | None, rendering: str,
                     stamps: Mapping[str, str], docs: Path) -> frozenset[str]:
    """Pages the last build wrote that would come out the same: nothing they show changed."""
    if previous is None or previous.render != rendering:
        return frozenset()
    changed = {a for a, stamp in stamps.items() if previous.articles.get(a) != stamp}
    kept = set()
    for path, plan in plans.items():
        record = previous.pages.get(path)
        if (plan.articles is None or record is None or record.articles is None or record.layout != plan.layout
                or frozenset(record.articles) != plan.articles or not plan.articles.isdisjoint(changed)):
            continue
        if record.matches(docs / path):
            kept.add(path)
    return frozenset(kept)


def _record(plan: PagePlan, path: Path) -> PageRecord:
    stat = path.stat()
    return PageRecord(None if plan.articles is None else tuple(sorted(plan.articles)), plan.layout,
                      stat.st_size, stat.st_mtime_ns)
