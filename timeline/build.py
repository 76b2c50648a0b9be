"""``build()``: run the stages in order, read -> extract -> assemble -> render -> publish.

Each stage is a function of the previous stage's output; this module only
wires them and collects the problems they report, so the whole build reads
top to bottom in one short function.
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from timeline.assemble import assemble
from timeline.cache import ExtractionCache, extraction_key
from timeline.config import Config, ExtractConfig
from timeline.export import ExportOptions, data_stamp, write_exports
from timeline.extract import extract
from timeline.keydates import select_key_dates
from timeline.lock import exclusive
from timeline.model import Article, Extraction
from timeline.output import staged
from timeline.progress import progress
from timeline.publish import publish
from timeline.read import ReadResult, read_sources
from timeline.render import PACKAGED_TEMPLATES, render_pages, write_if_changed
from timeline.report import Problem, Summary, summarize
from timeline.timeline_model import Timeline

PARALLEL_THRESHOLD = 64
"""Below this many articles a process pool costs more than it saves."""
CACHE_BATCH = 64
"""Extractions stored per cache write: an interrupted build keeps most of its work."""


@dataclass(frozen=True, slots=True)
class BuildResult:
    timeline: Timeline
    problems: tuple[Problem, ...]
    summary: Summary
    pages_written: int
    pages_removed: int


def source_date() -> dt.date | None:
    """The build date from ``SOURCE_DATE_EPOCH``, if set; the clock is never read."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch.isdigit():
        return None
    return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).date()


def extract_all(articles: Sequence[Article], config: ExtractConfig, jobs: int = 0, *,
                cache_dir: str | Path | None = None, show_progress: bool = False) -> dict[str, Extraction]:
    """Extract every article, reusing cached results and spreading the rest over processes.

    With ``cache_dir`` only articles whose content, the config or the version
    changed since a recent build are extracted; the others come from the cache.
    ``show_progress`` draws a bar on a terminal stderr, log lines otherwise.
    """
    cache = ExtractionCache.open_or_warn(cache_dir) if cache_dir is not None else None
    try:
        keys = {a.id: extraction_key(a, config) for a in articles} if cache is not None else {}
        found: dict[str, Extraction] = {}
        for article in articles:
            hit = cache.get(keys[article.id]) if cache is not None else None
            if hit is not None and hit.article_id == article.id:
                found[article.id] = hit
        missing = [a for a in articles if a.id not in found]
        workers = min(jobs or os.cpu_count() or 1, max(1, len(missing)))
        label = f"extract ({len(found)} cached)" if cache is not None else "extract"
        with progress(label, len(missing) if show_progress else 0) as advance:
            batch: list[tuple[str, Extraction]] = []
            for extraction in _extract_each(missing, config, workers):
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


def _extract_each(articles: Sequence[Article], config: ExtractConfig, workers: int) -> Iterator[Extraction]:
    """``extract`` each article in order, across ``workers`` processes when there are many."""
    if workers > 1 and len(articles) >= PARALLEL_THRESHOLD:
        chunk = max(1, min(16, len(articles) // (workers * 8)))
        import timeline.summarize  # noqa: F401  (extract imports it lazily: load it once, before the fork)

        with ProcessPoolExecutor(max_workers=workers) as pool:
            yield from pool.map(extract, articles, [config] * len(articles), chunksize=chunk)
    else:
        for article in articles:
            yield extract(article, config)


def make_timeline(read: ReadResult, extractions: Mapping[str, Extraction], config: Config) -> Timeline:
    """Assemble the timeline, key dates included, from extracted articles."""
    kd = config.key_dates
    key_dates = select_key_dates(read.articles, extractions, dates=kd.dates or None, sentences=kd.sentences or None)
    return assemble(read.articles, extractions, title=config.site.title, description=config.site.description,
                    key_dates=key_dates)


def template_dirs(config: Config) -> list[Path]:
    """User templates (if configured) first, then the packaged ones."""
    return ([Path(config.site.templates)] if config.site.templates else []) + [PACKAGED_TEMPLATES]


def build(config: Config, sources: Iterable[str] | None = None, *, run_mkdocs: bool = True) -> BuildResult:
    """Build the docs folder (and the site, with ``run_mkdocs``) from the sources."""
    read = read_sources(list(sources) if sources else config.sources)
    extractions = extract_all(read.articles, config.extract, config.jobs, cache_dir=config.cache_dir,
                              show_progress=True)
    timeline = make_timeline(read, extractions, config)
    pages = render_pages(timeline, template_dirs=template_dirs(config), latest=config.site.latest_events,
                         preview=config.key_dates.preview, built=source_date())
    docs_dir, site_dir = Path(config.docs_dir), Path(config.site_dir)
    # Locked, and built aside then swapped in whole (timeline.output): a concurrent
    # build waits, and a killed one leaves the previous docs and site as they were.
    with exclusive(docs_dir), staged(docs_dir) as docs:
        written, removed = write_if_changed(docs, pages)
        if run_mkdocs and read.articles:
            with exclusive(site_dir), staged(site_dir, copy_current=False) as site:
                publish(Path(config.mkdocs_config), docs, site, [y.year for y in timeline.years])
                # After MkDocs, which empties the site folder; files MkDocs never sees are never rendered as pages.
                write_exports(timeline, site, ExportOptions(stamp=data_stamp(timeline, source_date())))
    summary = summarize(len(read.articles), read.problems, len(timeline.entries))
    return BuildResult(timeline, read.problems, summary, written, removed)
