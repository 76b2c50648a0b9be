"""The ``timeline`` command: a thin click layer over the library.

Every command parses its options, calls one library function and turns the
result into output and an exit status. Exit status: 0 on success (warnings
allowed), 1 when ``--strict`` finds any problem, 2 when nothing could be
built or the config is invalid.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import NoReturn, TextIO

import click

from timeline import __version__
from timeline.buildsys.cluster import ClusterError
from timeline.config import Config, ConfigError, load_config
from timeline.buildsys.lock import OutputBusy
from timeline.buildsys.output_folders import UnsafeOutput
from timeline.report import Problem, Summary

EXIT_STRICT = 1
EXIT_UNUSABLE = 2
EXPORT_FORMATS = ("json", "timelinejs", "csv", "ics", "atom", "gfm", "embed")
"""The keys of ``timeline.export.FORMATS``, spelled out so the CLI starts without importing it."""


def _load(config_path: str | None) -> Config:
    try:
        return load_config(config_path)
    except ConfigError as exc:
        click.echo(f"error: config {exc.path}:", err=True)
        for problem in exc.problems:
            click.echo(f"  {problem}", err=True)
        raise SystemExit(EXIT_UNUSABLE) from exc


def _refuse(unsafe: UnsafeOutput) -> NoReturn:
    """Print every clash of an output folder with the inputs (``buildsys.output_folders``) and exit 2."""
    for problem in unsafe.problems:
        click.echo(f"error: {problem}", err=True)
    raise SystemExit(EXIT_UNUSABLE) from unsafe


UNTITLED_SHOWN = 5
"""How many "no title" warnings of one file a build prints before one line for the rest (all are counted)."""


def _report(problems: Sequence[Problem], summary: Summary, strict: bool, every: bool = False) -> None:
    """Print the problems, then the summary; exit as the rules above say. A feed of untitled records gives a "no
    title" warning a record (1,460 lines for one dev feed, on every build), among which a skipped line was lost: a
    build prints ``UNTITLED_SHOWN`` of them a file and counts the rest in one line; ``every`` (``check``) prints all."""
    from timeline.read.furniture_titles import NO_TITLE, is_untitled

    untitled: dict[str, int] = {}
    for problem in sorted(problems, key=Problem.reading_order):
        if not every and is_untitled(problem):
            path = problem.reading_order()[0]
            untitled[path] = untitled.get(path, 0) + 1
            if untitled[path] > UNTITLED_SHOWN:
                continue
        click.echo(str(problem), err=True)
    for path, count in untitled.items():
        if count > UNTITLED_SHOWN:
            click.echo(f"warning: {path}: {count - UNTITLED_SHOWN:,} more with {NO_TITLE}, each titled from its text"
                       " (timeline check lists every one)", err=True)
    click.echo(str(summary), err=True)
    if summary.articles == 0:
        click.echo("error: no article could be used", err=True)
        raise SystemExit(EXIT_UNUSABLE)
    if strict and problems:
        click.echo(f"error: --strict and {len(problems)} problem(s)", err=True)
        raise SystemExit(EXIT_STRICT)


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a YYYY-MM-DD date") from exc


config_option = click.option("--config", "config_path", type=click.Path(dir_okay=False),
                             help="Config file (default: timeline.toml if present).")


@click.group()
@click.version_option(__version__, prog_name="timeline")
def cli() -> None:
    """Turn a folder of news articles into a timeline website."""


@cli.command(short_help="Build the site from SOURCES (files, folders, .jsonl feeds).")
@click.argument("sources", nargs=-1, type=click.Path())
@click.option("--docs", "docs_dir", type=click.Path(file_okay=False),
              help="Markdown output folder (default: the config's docs_dir, docs).")
@click.option("--site", "site_dir", type=click.Path(file_okay=False),
              help="HTML site folder (default: the config's site_dir, site).")
@click.option("--no-mkdocs", is_flag=True,
              help="Write the Markdown only: no MkDocs, and no exports (they go into the site).")
@click.option("--strict", is_flag=True, help="Fail (exit 1) on any warning or skipped input.")
@click.option("--jobs", type=click.IntRange(min=0), help="Extraction processes (default: one per core).")
@click.option("--scheduler", metavar="ADDRESS",
              help="Extract on the Dask cluster of this scheduler (tcp://HOST:PORT) instead of local processes.")
@click.option("--timings", is_flag=True, help="Print the wall time of each stage.")
@config_option
def build(sources: tuple[str, ...], docs_dir: str | None, site_dir: str | None, no_mkdocs: bool, strict: bool,
          jobs: int | None, scheduler: str | None, timings: bool, config_path: str | None) -> None:
    """Build the site from SOURCES: files, folders, .jsonl feeds (default: the config's sources, seeds/)."""
    from jinja2 import TemplateError, TemplateSyntaxError  # the build imports it anyway

    from timeline.build import build as run_build

    config = _load(config_path)
    config = replace(config, docs_dir=docs_dir or config.docs_dir, site_dir=site_dir or config.site_dir,
                     jobs=config.jobs if jobs is None else jobs,
                     scheduler=config.scheduler if scheduler is None else scheduler)
    from timeline.publish import EngineError

    try:
        result = run_build(config, sources or None, run_mkdocs=not no_mkdocs)
    except UnsafeOutput as exc:
        _refuse(exc)
    except (OutputBusy, ClusterError, EngineError) as exc:
        click.echo(f"error: {exc}", err=True)
        raise SystemExit(EXIT_UNUSABLE) from exc
    except TemplateError as exc:  # a user's template (``site.templates``) that does not render
        where = f" {exc.filename}, line {exc.lineno}" if isinstance(exc, TemplateSyntaxError) else ""
        click.echo(f"error: template{where}: {exc.message}; the docs and the site are as they were", err=True)
        raise SystemExit(EXIT_UNUSABLE) from exc
    if result.summary.articles == 0:
        click.echo(f"nothing written: {config.docs_dir}" + ("" if no_mkdocs else f" and {config.site_dir}")
                   + " are left as they were", err=True)
    elif result.timeline is None:
        click.echo(f"nothing changed since the last build: {config.docs_dir}"
                   + ("" if no_mkdocs else f" and {config.site_dir}") + " are up to date", err=True)
    else:
        kept = f" (kept {result.pages_kept}: nothing they show changed)" if result.pages_kept else ""
        click.echo(f"rendered {result.pages_rendered} page(s){kept}, "
                   f"wrote {result.pages_written}, removed {result.pages_removed} in {config.docs_dir}"
                   + ("" if no_mkdocs else f"; site in {config.site_dir}"), err=True)
        if result.site_pages is not None:
            pages = result.site_pages
            click.echo(f"site: {pages.converted + pages.reused_html} page(s), Markdown converted for "
                       f"{pages.converted} (reused for {pages.reused_html}), themed {pages.themed} "
                       f"(reused {pages.reused_pages})", err=True)
    if timings:
        click.echo("stages: " + ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in result.stage_seconds),
                   err=True)
    _report(result.problems, result.summary, strict)


@cli.command()
@click.argument("sources", nargs=-1, type=click.Path())
@click.option("--strict", is_flag=True, help="Fail (exit 1) on any warning or skipped input.")
@config_option
def check(sources: tuple[str, ...], strict: bool, config_path: str | None) -> None:
    """Validate SOURCES and report every problem, without building."""
    from timeline.read import read_sources
    from timeline.read.furniture_titles import heeding_untitled
    from timeline.report import summarize

    config = _load(config_path)
    # Each text let go as soon as it is read, as the build does: no text is held but the one being read.
    read = read_sources(sources or config.sources, lambda article, _digest: (replace(article, text=""), ""))
    problems = heeding_untitled(read.problems, config.untitled)
    _report(problems, summarize(len(read.articles), problems), strict, every=True)


@cli.command(short_help="Build, serve the site live, rebuild when SOURCES change.")
@click.argument("sources", nargs=-1, type=click.Path())
@click.option("--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on.")
@config_option
def serve(sources: tuple[str, ...], dev_addr: str, config_path: str | None) -> None:
    """Build the docs from SOURCES, serve the site live, and rebuild when they change.

    SOURCES default to the config's ``sources`` (timeline.toml; without one, seeds/)."""
    from mkdocs.commands.serve import serve as mkdocs_serve

    from timeline.build import build as run_build
    from timeline.publish import EngineError, site_config, site_name
    from timeline.publish.navigation import navigation
    from timeline.publish.preview import exports_folder, name_site, serve_exports, with_hook
    from timeline.buildsys.watch import SourceWatcher

    config = _load(config_path)
    try:
        config_file = site_config(config.mkdocs_config, "mkdocs")  # serve previews with MkDocs whatever the engine
    except EngineError as exc:
        click.echo(f"error: {exc}", err=True)
        raise SystemExit(EXIT_UNUSABLE) from exc
    watched = list(sources) or config.sources
    exports = exports_folder(config.cache_dir)  # the exports, beside the pages (timeline.publish.preview)
    watcher = SourceWatcher(watched, lambda: rebuild())  # before the build: see what changes during it
    try:
        result = run_build(config, watched, run_mkdocs=False, exports_to=exports)
    except UnsafeOutput as exc:
        _refuse(exc)
    _report(result.problems, result.summary, strict=False)
    # MkDocs re-reads its config, this list included, on every rebuild: updating it in
    # place is the one way to show a year that a new article brought in.
    nav = navigation(result.nav_years, Path(config.docs_dir))

    def rebuild() -> None:
        """Sources changed: rebuild the docs (only new or changed articles are extracted);
        MkDocs sees the rewritten pages and reloads the browser."""
        again = run_build(config, watched, run_mkdocs=False, exports_to=exports)
        for problem in sorted(again.problems, key=Problem.reading_order):
            click.echo(str(problem), err=True)
        if again.summary.articles == 0:
            click.echo(f"not rebuilt: {again.summary}; no article could be used, the pages are left as they were",
                       err=True)
            return
        click.echo(f"rebuilt: {again.summary}; wrote {again.pages_written} page(s), removed {again.pages_removed}",
                   err=True)
        nav[:] = navigation(again.nav_years, Path(config.docs_dir))
        name_site(again.title)

    serve_exports(exports)
    name_site(result.title)
    watcher.start()
    try:
        # MkDocs asks for a site_name before any hook runs: the first build's title, where mkdocs.yml gives none;
        # the hook names each rebuild's site (``preview.on_config``)
        mkdocs_serve(str(config_file), dev_addr=dev_addr, docs_dir=str(Path(config.docs_dir).resolve()), nav=nav,
                     hooks=with_hook(config_file), **site_name(config_file, result.title))
    finally:
        watcher.stop()


@cli.command(short_help="Print the temporal expressions of a text, as JSON lines.")
@click.argument("file", type=click.File("r", encoding="utf-8"), default="-")
@click.option("--dct", callback=_date, help="Document creation (publication) date, YYYY-MM-DD.")
def timex(file: TextIO, dct: dt.date | None) -> None:
    """Tag the temporal expressions of FILE (or stdin); one JSON object a line."""
    from timeline.temporal import cli_lines

    for line in cli_lines(file.read(), dct):
        click.echo(line)


@cli.command("key-dates")
@click.argument("sources", nargs=-1, type=click.Path())
@click.option("--dates", "date_count", type=click.IntRange(min=1), help="At most this many dates (default: scales).")
@click.option("--sentences", "sentence_count", type=click.IntRange(min=1), help="At most this many sentences a date.")
@click.option("--since", callback=_date, help="Only dates on or after YYYY-MM-DD.")
@click.option("--until", callback=_date, help="Only dates on or before YYYY-MM-DD.")
@click.option("--format", "output_format", type=click.Choice(["json", "markdown"]), default="json", show_default=True)
@click.option("--jobs", type=click.IntRange(min=0), help="Extraction processes (default: one per core).")
@click.option("--tuning", "tuning_settings", multiple=True, hidden=True, metavar="NAME=VALUE",
              help="Change a knob of timeline.assemble.keydates.Tuning (for benchmarks).")
@config_option
def key_dates(sources: tuple[str, ...], date_count: int | None, sentence_count: int | None, since: dt.date | None,
              until: dt.date | None, output_format: str, jobs: int | None, tuning_settings: tuple[str, ...],
              config_path: str | None) -> None:
    """Print the story's key dates, each with its best sentences (SOURCES default to the config's sources)."""
    from timeline.assemble.gather import ExtractionSource
    from timeline.assemble.keydates import parse_tuning, select_key_dates, to_json, to_markdown
    from timeline.assemble.named_titles import retitled_problems
    from timeline.build import read_story, with_extractions
    from timeline.read import ReadResult
    from timeline.records import KeyDate
    from timeline.report import summarize

    try:
        tuning = parse_tuning(tuning_settings)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--tuning") from exc
    config = _load(config_path)
    # Key dates read sentences and dates only: skip the (costly) article summaries.
    config = replace(config, extract=replace(config.extract, summarizer="lead"),
                     jobs=config.jobs if jobs is None else jobs)

    def choose(read: ReadResult, extractions: ExtractionSource) -> tuple[KeyDate, ...]:
        if not read.articles:
            _report(read.problems, summarize(0, read.problems), strict=False)  # prints them all, exits 2
        # As the site's key dates are chosen (``timeline.build.make_timeline``): off-topic articles left
        # out, stray sentences and the events that faint sentences date outside the story's span dropped,
        # the articles titled as the pages title them.
        story, articles, retitled, topical = read_story(read, extractions)
        for problem in retitled_problems(read.problems, articles, retitled):
            click.echo(str(problem), err=True)
        return select_key_dates(topical, story.extractions, dates=date_count or config.key_dates.dates or None,
                                sentences=sentence_count or config.key_dates.sentences or None,
                                since=since, until=until, tuning=tuning, parts=story.extractions.key_date_part)

    chosen = with_extractions(config, sources, choose)
    if output_format == "json":
        click.echo(json.dumps(to_json(chosen), ensure_ascii=False, indent=1))
    else:
        click.echo(to_markdown(chosen), nl=False)


@cli.command("export", short_help="Write the timeline in one export format.")
@click.argument("sources", nargs=-1, type=click.Path())
@click.option("--format", "export_format", type=click.Choice(list(EXPORT_FORMATS)), default="json",
              show_default=True, help="Output format (see the README for each).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="File to write (default: stdout).")
@click.option("--base-url", default="", help="Absolute URL of the published site, for links (default: relative).")
@click.option("--latest", type=click.IntRange(min=1), default=20, show_default=True,
              help="Events in the Atom feed.")
@click.option("--jobs", type=click.IntRange(min=0), help="Extraction processes (default: one per core).")
@config_option
def export_command(sources: tuple[str, ...], export_format: str, output: str, base_url: str, latest: int,
                   jobs: int | None, config_path: str | None) -> None:
    """Write the timeline of SOURCES (default: the config's sources) as json, timelinejs, csv, ics, atom, gfm or
    embed."""
    from timeline.assemble.named_titles import retitled_problems
    from timeline.assemble.timeline import Timeline
    from timeline.build import source_date, with_timeline
    from timeline.export import FORMATS, ExportOptions, data_stamp
    from timeline.read import ReadResult
    from timeline.report import summarize

    config = _load(config_path)
    config = replace(config, jobs=config.jobs if jobs is None else jobs)
    if base_url and not base_url.endswith("/"):
        base_url += "/"

    def write(timeline: Timeline, read: ReadResult) -> None:
        problems = retitled_problems(read.problems, read.articles, timeline.retitled)  # as the pages title them
        _report(problems, summarize(len(read.articles), problems, len(timeline.entries)), strict=False)
        options = ExportOptions(stamp=data_stamp(timeline, source_date()), base_url=base_url, latest=latest,
                                embed_theme=config.site.embed_theme)
        with click.open_file(output, "wb") as out:  # bytes: keep the CRLF that CSV and iCalendar require
            for piece in FORMATS[export_format].write(timeline, options):
                out.write(piece.encode("utf-8"))

    with_timeline(config, sources or None, write)


def main() -> None:
    cli(prog_name="timeline")


if __name__ == "__main__":
    main()
