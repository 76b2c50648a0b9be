"""``build()``: run the stages in order, read -> extract -> assemble -> render -> publish.

Each stage is a function of the previous stage's output; this module only
wires them and collects the problems they report, so the whole build reads
top to bottom in one short function.
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from timeline.assemble import assemble
from timeline.config import Config, ExtractConfig
from timeline.extract import extract
from timeline.keydates import select_key_dates
from timeline.model import Article, Extraction
from timeline.publish import publish
from timeline.read import ReadResult, read_sources
from timeline.render import PACKAGED_TEMPLATES, render_pages, write_if_changed
from timeline.report import Problem, Summary, summarize
from timeline.timeline_model import Timeline

PARALLEL_THRESHOLD = 64
"""Below this many articles a process pool costs more than it saves."""


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


def extract_all(articles: Sequence[Article], config: ExtractConfig, jobs: int = 0) -> dict[str, Extraction]:
    """Extract every article, across processes when there are many."""
    workers = jobs or os.cpu_count() or 1
    if workers > 1 and len(articles) >= PARALLEL_THRESHOLD:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(extract, articles, [config] * len(articles), chunksize=16))
    else:
        results = [extract(a, config) for a in articles]
    return {r.article_id: r for r in results}


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
    extractions = extract_all(read.articles, config.extract, config.jobs)
    timeline = make_timeline(read, extractions, config)
    pages = render_pages(timeline, template_dirs=template_dirs(config), latest=config.site.latest_events,
                         preview=config.key_dates.preview, built=source_date())
    written, removed = write_if_changed(Path(config.docs_dir), pages)
    if run_mkdocs and read.articles:
        publish(Path(config.mkdocs_config), Path(config.docs_dir), Path(config.site_dir),
                [y.year for y in timeline.years])
    summary = summarize(len(read.articles), read.problems, len(timeline.entries))
    return BuildResult(timeline, read.problems, summary, written, removed)
