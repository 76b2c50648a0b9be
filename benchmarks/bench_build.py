"""How long a build takes, cold and incremental, on thousands of real articles.

Corpus: the 2,716 articles of ``../shared/data/t17-dev/*/articles.jsonl``,
written as one JSONL feed per topic (ids kept, ``published`` from ``time``,
each titled by its first line) into a temporary folder and built as one site;
and the same articles as they come, untitled, in one feed (``t17-feed``: each
build titles them from their text, as ``timeline.read.untitled.title_from_text``
does, unless the build cache has the titles an earlier build made). For the scaling curve the
benchmark makes synthetic corpora of 1k, 5k and 20k articles from them: each
is a real article with its sentences shuffled and its date shifted.

Every scenario runs the real CLI (``timeline build --no-mkdocs``; with the
site for the two published scenarios of the t17 corpus: a full build on the
warm cache, and one article added with the site published again, whose site
size is recorded) in a subprocess, so the figures include start-up. Times are medians of ``--runs``
runs that nothing samples; the peak memory comes from one more run of the
scenario, sampled every 50 ms from /proc: the summed proportional set size
of the whole process tree (the extraction workers and forked children too,
pages they share counted once). Reading a large process's memory map takes
the sampler milliseconds of CPU each time, which on two cores competes with
the build it watches, so a timed run is never sampled.

    python benchmarks/bench_build.py [--runs 3] [--sizes 1000,5000,20000] [--profile]

Writes benchmarks/results/build.json and build.md. Not a test: run by hand.
"""
from __future__ import annotations

import argparse
import collections
import cProfile
import datetime as dt
import io
import json
import os
import pstats
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "t17-dev"
RESULTS = ROOT / "benchmarks" / "results"
PAGE_SIZE = 4096
FEED_SIZE = 500
"""Records per feed file: the reader refuses files over 20 MB, and 20k articles of one topic would be one."""


@dataclass(frozen=True, slots=True)
class Run:
    seconds: float
    cpu_seconds: float
    """User + system time of the process and its reaped children (the workers): a figure
    that, unlike wall time, a busy shared machine does not inflate much."""
    peak_mb: float
    """0 unless the run was sampled (``timed(..., sample=True)``)."""


@dataclass(frozen=True, slots=True)
class Figure:
    """The median of several runs of one scenario."""

    corpus: str
    articles: int
    scenario: str
    runs: int
    median_seconds: float
    median_cpu_seconds: float
    median_peak_mb: float
    seconds: tuple[float, ...]


def load_t17(titled: bool = True) -> list[dict[str, str]]:
    """Every Timeline17 dev article as a feed record, topic by topic (titled by its first line,
    or untitled as the data comes)."""
    records = []
    for topic in sorted(p for p in DATA.iterdir() if p.is_dir()):
        with open(topic / "articles.jsonl", encoding="utf-8") as lines:
            for line in lines:
                raw = json.loads(line)
                record = {"id": raw["id"], "published": raw["time"], "source": raw.get("source", topic.name),
                          "text": raw["text"], "topic": topic.name}
                if titled:
                    record["title"] = raw["text"].split("\n", 1)[0][:90]
                records.append(record)
    return records


_TAG_WORDS = """alpha bravo charlie delta echo foxtrot golf hotel india juliet kiwi lima mike nectar oscar papa
quebec romeo sierra tango uniform victor whiskey xray yankee zulu amber basil cedar dahlia elm fern
ginger hazel iris jasmine kale laurel maple nettle olive pine quince rowan sage thyme umber violet
willow yarrow zinnia acorn birch clover daisy elder fig grove heath ivy juniper kelp lotus moss""".split()
"""64 plain words (no month, unit, verb or number among them) for ``distinct`` copies' tags."""
_LAST_WORD = re.compile(r"([A-Za-z]+)([^A-Za-z]*)$")


def _copy_tag(i: int) -> str:
    """Three of ``_TAG_WORDS`` that name copy ``i`` (64 ** 3 = 262,144 copies apart)."""
    return " ".join(_TAG_WORDS[(i >> shift) & 63] for shift in (0, 6, 12))


def synthetic(records: Sequence[dict[str, str]], size: int, seed: int = 17,
              distinct: bool = False, years: int = 1) -> list[dict[str, str]]:
    """``size`` articles, each a real one with shuffled sentences and a date shifted by up to ``years``.

    Shuffled copies repeat the real articles' sentences word for word, and the same sentence is
    one event however many articles tell it, so such an archive's events stop growing at those
    of the 2,716 real articles (6,060 at 20,000 copies, 6,810 at 100,000): it measures nothing
    of what a story's events cost. With ``distinct``, each copy's sentences end with a tag of
    three common words that names the copy (`"... the well kiwi alpha alpha."`), so its
    sentences are its own, as a real archive's are, while the vocabulary grows by 64 words
    only; the same happening told on the same date by many copies is still one event (the
    words of its sentences are near-duplicates). 30,159 events at 20,000 copies.

    The copies fall on the real articles' days give or take ``years``: more copies over the same
    years print more articles a day. An archive that grows by covering more time prints about as
    many a day: ``years`` in proportion to ``size`` keeps the articles a day (five years for
    100,000 as one year for 20,000).
    """
    rng = random.Random(seed)
    made = []
    for i in range(size):
        base = records[rng.randrange(len(records))]
        sentences = [s for s in base["text"].split("\n") if s.strip()]
        rng.shuffle(sentences)
        if distinct:
            tag = _copy_tag(i)
            sentences = [_LAST_WORD.sub(lambda m: f"{m.group(1)} {tag}{m.group(2)}", s) for s in sentences]
        day = dt.date.fromisoformat(base["published"]) + dt.timedelta(days=rng.randint(-365 * years, 365 * years))
        made.append({"id": f"synthetic-{i:05d}", "published": day.isoformat(), "source": base["source"],
                     "title": sentences[0][:90], "text": "\n".join(sentences) + "\n", "topic": base["topic"]})
    return made


def write_feeds(records: Sequence[dict[str, str]], folder: Path, one_feed: bool = False) -> None:
    """One JSONL feed per topic under ``folder`` (or all in one, ``one_feed``)."""
    folder.mkdir(parents=True, exist_ok=True)
    by_topic: dict[str, list[str]] = {}
    for r in records:
        line = json.dumps({k: v for k, v in r.items() if k != "topic"}, ensure_ascii=False)
        by_topic.setdefault("t17" if one_feed else r["topic"], []).append(line)
    if one_feed:
        (folder / "t17.jsonl").write_text("\n".join(by_topic.get("t17", [])) + "\n", encoding="utf-8")
        return
    for topic, lines in by_topic.items():
        for part, start in enumerate(range(0, len(lines), FEED_SIZE)):
            name = f"{topic}.jsonl" if len(lines) <= FEED_SIZE else f"{topic}-{part:03d}.jsonl"
            (folder / name).write_text("\n".join(lines[start:start + FEED_SIZE]) + "\n", encoding="utf-8")


def tree_rss_bytes(pid: int) -> int:
    """Memory of ``pid`` and all its descendants, from /proc: the sum of their
    proportional set sizes (PSS), so that pages a forked child shares with its
    parent are counted once, not once per process as summed RSS would."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        total += _pss_bytes(current)
        todo.extend(children.get(current, ()))
    return total


def _pss_bytes(pid: int) -> int:
    """Proportional set size of one process (its RSS where smaps_rollup is missing)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * PAGE_SIZE
    except OSError:
        return 0


def timed(command: Sequence[str], cwd: Path, expected: int | None = None, *, sample: bool = False) -> Run:
    """Run ``command``; its wall time and, with ``sample``, the peak summed PSS of its process tree."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000"})
    peak = 0
    done = threading.Event()

    def sample_memory() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss_bytes(process.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample_memory, daemon=True)
    if sample:
        sampler.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    done.set()
    if sample:
        sampler.join()
    if process.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} failed:\n{stderr.decode(errors='replace')[-2000:]}")
    used = re.search(rb"(\d+) articles? used", stderr)
    if expected is not None and (used is None or int(used[1]) != expected):
        raise RuntimeError(f"expected {expected} articles used:\n{stderr.decode(errors='replace')[-2000:]}")
    return Run(seconds, cpu, peak / 1048576)


def build_command(sources: Path, docs: Path) -> list[str]:
    return [sys.executable, "-m", "timeline", "build", str(sources), "--no-mkdocs", "--docs", str(docs)]


def figure(corpus: str, articles: int, scenario: str, runs: Sequence[Run], sampled: Run) -> Figure:
    """The medians of the timed ``runs``; the peak memory of the ``sampled`` run."""
    seconds = tuple(round(r.seconds, 3) for r in runs)
    cpu = statistics.median(r.cpu_seconds for r in runs)
    print(f"  {corpus:>8} {articles:>6} {scenario:<22} median {statistics.median(seconds):8.2f} s  cpu {cpu:8.2f} s  "
          f"peak {sampled.peak_mb:7.0f} MB  runs {seconds}", file=sys.stderr)
    return Figure(corpus, articles, scenario, len(runs), round(statistics.median(seconds), 3), round(cpu, 2),
                  round(sampled.peak_mb, 1), seconds)


def measure_corpus(name: str, records: Sequence[dict[str, str]], work: Path, runs: int, *,
                   incremental: bool, mkdocs: bool, one_feed: bool = False) -> list[Figure]:
    """Cold builds; then (optionally) unchanged and one-added rebuilds and the MkDocs build."""
    sources, docs = work / "sources", work / "docs"
    write_feeds(records, sources, one_feed)

    def cold(sample: bool = False) -> Run:
        shutil.rmtree(work / ".timeline-cache", ignore_errors=True)
        shutil.rmtree(docs, ignore_errors=True)
        return timed(build_command(sources, docs), work, len(records), sample=sample)

    figures = [figure(name, len(records), "cold build (Markdown)", [cold() for _ in range(runs)], cold(True))]
    if incremental:
        unchanged = [timed(build_command(sources, docs), work, len(records)) for _ in range(max(runs, 5))]
        figures.append(figure(name, len(records), "rebuild, nothing changed", unchanged,
                              timed(build_command(sources, docs), work, len(records), sample=True)))

        def add_one(i: int, sample: bool = False) -> Run:
            new = dict(records[i], id=f"added-{i}", published="2010-06-01", topic=f"added-{i}")
            new["text"] = f"On 1 June 2010 a new report (number {i}) appeared.\n" + new["text"]
            write_feeds([new], sources)
            return timed(build_command(sources, docs), work, len(records) + i + 1, sample=sample)

        added = [add_one(i) for i in range(max(runs, 5))]
        figures.append(figure(name, len(records), "rebuild, one added", added, add_one(len(added), True)))
    if mkdocs:
        published = [int(r["published"][:4]) for r in records if r.get("published")]
        command = publish_command(docs, work / "site", published)
        figures.append(figure(name, len(records), "mkdocs build (Material)",
                              [timed(command, work) for _ in range(runs)], timed(command, work, sample=True)))
        figures += measure_published(name, records, work, runs)
    return figures


def measure_published(name: str, records: Sequence[dict[str, str]], work: Path, runs: int) -> list[Figure]:
    """What a maintainer waits for: ``timeline build`` with the site, the extraction cache warm.

    A full build (a fresh docs and site folder: every page rendered, the whole site
    published, the exports written), first with no stored pages to reuse
    (``timeline.publish.reuse``), then with those of the last build; then one article
    added and the site published again, checked for the new article's page, month
    page, search entry and exports. Also records the size of the site the last build wrote.
    """
    sources, docs, site = work / "sources", work / "site-docs", work / "site"
    shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
    command = [sys.executable, "-m", "timeline", "build", str(sources), "--docs", str(docs), "--site", str(site)]
    count = sum(len(feed.read_text(encoding="utf-8").splitlines()) for feed in sources.glob("*.jsonl"))

    def full(sample: bool = False, stored_pages: bool = False) -> Run:
        shutil.rmtree(docs, ignore_errors=True)
        shutil.rmtree(site, ignore_errors=True)
        if not stored_pages:
            (work / ".timeline-cache" / "pages.sqlite3").unlink(missing_ok=True)
        return timed(command, work, count, sample=sample)

    figures = [figure(name, len(records), "full build with the site", [full() for _ in range(runs)], full(True))]
    figures.append(figure(name, len(records), "full build, pages stored",
                          [full(stored_pages=True) for _ in range(runs)], full(True, stored_pages=True)))

    def add_one(i: int, sample: bool = False) -> Run:
        # A copy (same date) of one of the articles with the most events in the last build (many have
        # none: off the story the combined feed tells, or telling no dated happening), so that its
        # events can be checked.
        told = collections.Counter(s["id"] for e in json.loads((site / "timeline.json").read_text(encoding="utf-8"))
                                   ["events"] for s in e["sources"])
        base = next(r for r in records if r["id"] == told.most_common(i + 1)[i][0])
        new = dict(base, id=f"published-{i}", topic=f"published-{i}")
        new["text"] = f"On 2 June 2010 another report (number {i}) appeared.\n" + new["text"]
        write_feeds([new], sources)
        run = timed(command, work, count + i + 1, sample=sample)
        check_published(site, new)
        return run

    added = [add_one(i) for i in range(runs)]
    figures.append(figure(name, len(records), "one added, site published", added, add_one(len(added), True)))
    files = [p for p in site.rglob("*") if p.is_file()]
    SITE_SIZES[name] = {"files": len(files), "bytes": sum(p.stat().st_size for p in files)}
    print(f"  {name}: site of {len(files)} files, {SITE_SIZES[name]['bytes'] / 1e6:.1f} MB", file=sys.stderr)
    return figures


def check_published(site: Path, article: dict[str, str]) -> None:
    """The added article is in the published site: its page, the pages of its events (a month's or a
    day's page, where ``timeline.json`` says they are), its search entry, the exports."""
    timeline = json.loads((site / "timeline.json").read_text(encoding="utf-8"))
    events = [e for e in timeline["events"] if any(s["id"] == article["id"] for s in e["sources"])]
    pages = {e["id"]: site / e["page"].split("#")[0] / "index.html" for e in events}
    problems = [what for what, ok in [
        ("article page", (site / "articles" / article["id"] / "index.html").is_file()),
        ("events in timeline.json", bool(events)),
        *((f"event {e} on {page.relative_to(site)}", page.is_file() and e in page.read_text(encoding="utf-8"))
          for e, page in pages.items()),
        ("search entry", article["id"] in (site / "search" / "search_index.json").read_text(encoding="utf-8")),
        ("timeline.json's articles", any(a["id"] == article["id"] for a in timeline["articles"])),
    ] if not ok]
    if problems:
        raise RuntimeError(f"{article['id']} missing from the published site: {', '.join(problems)}")
    print(f"  {article['id']}: page, {len(events)} event(s) on {len(set(pages.values()))} page(s), search entry "
          "and exports published", file=sys.stderr)


SITE_SIZES: dict[str, dict[str, int]] = {}
"""The site each corpus's last published build wrote: files and bytes (file sizes, not disk blocks)."""


def publish_command(docs: Path, site: Path, published: Sequence[int]) -> list[str]:
    """MkDocs alone, on the docs the last build wrote, with the navigation the build gives it."""
    code = (
        "import sys; from pathlib import Path; from timeline.publish.navigation import story_years; from timeline.publish import publish\n"
        "docs = Path(sys.argv[1]); years = sorted(int(p.stem) for p in (docs / 'years').glob('*.md') if p.stem.isdigit())\n"
        "nav = story_years(years, [int(y) for y in sys.argv[3].split(',') if y])\n"
        f"publish(Path({str(ROOT / 'mkdocs.yml')!r}), docs, Path(sys.argv[2]), nav)\n"
    )
    return [sys.executable, "-c", code, str(docs), str(site), ",".join(str(y) for y in sorted(set(published)))]


def profile_stages(records: Sequence[dict[str, str]], work: Path, sample: int) -> dict[str, list[str]]:
    """Top functions (cumulative time) of each stage, in one process; extraction on a sample."""
    from timeline.build import make_timeline, template_dirs
    from timeline.config import Config
    from timeline.extract import extract
    from timeline.read import read_sources
    from timeline.render import render_pages, write_if_changed

    import timeline.extract  # noqa: F401  (start-up is not a per-article cost: load it unprofiled)

    sources = work / "sources"
    write_feeds(records, sources)
    config = Config(docs_dir=str(work / "docs"), cache_dir=str(work / ".timeline-cache"))
    report: dict[str, list[str]] = {}

    def stage(name: str, call: Callable[[], object]) -> object:
        profiler = cProfile.Profile()
        start = time.perf_counter()
        result = profiler.runcall(call)
        seconds = time.perf_counter() - start
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(16)
        report[f"{name} ({seconds:.1f} s under the profiler)"] = _top_lines(out.getvalue())
        print(f"  profiled {name}: {seconds:.1f} s", file=sys.stderr)
        return result

    read = stage("read", lambda: read_sources([sources]))
    articles = read.articles  # type: ignore[attr-defined]
    step = max(1, len(articles) // sample)
    chosen = articles[::step][:sample]
    stage(f"extract ({len(chosen)} of {len(articles)} articles, one process)",
          lambda: [extract(a, config.extract) for a in chosen])
    from timeline.buildsys.extraction import extract_all
    extractions = extract_all(articles, config.extract, 0, cache_dir=config.cache_dir)
    story = stage("assemble + key dates", lambda: make_timeline(read, extractions, config))  # type: ignore[arg-type]
    pages = stage("render", lambda: render_pages(story, template_dirs=template_dirs(config)))  # type: ignore[arg-type]
    stage("write", lambda: write_if_changed(Path(config.docs_dir), pages))  # type: ignore[arg-type]
    from timeline.build import build

    build(config, [str(sources)], run_mkdocs=False)  # the build record the rebuild below starts from
    added = dict(records[0], id="added-profile", published="2010-06-01", topic="added-profile")
    added["text"] = "On 1 June 2010 a new report appeared.\n" + added["text"]
    write_feeds([added], sources)
    stage("rebuild after one article was added (whole build, one process)",
          lambda: build(config, [str(sources)], run_mkdocs=False))
    return report


def _top_lines(text: str) -> list[str]:
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip().startswith("ncalls")), 0)
    keep = []
    for line in lines[start + 1:]:
        parts = line.split(None, 5)
        if len(parts) == 6:
            where = parts[5].replace(str(ROOT) + "/", "").replace(sys.prefix, "…")
            if "{built-in method builtins.exec}" in where or where.startswith("<"):
                continue
            keep.append(f"{float(parts[3]):7.2f} s  {where}")
    return keep[:12]


def write_results(figures: Sequence[Figure], profile: dict[str, list[str]], cores: int,
                  load: tuple[float, float]) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "build.json").write_text(
        json.dumps({"cores": cores, "load_average_1min": load, "figures": [asdict(f) for f in figures],
                    "site": SITE_SIZES, "profile": profile}, indent=1) + "\n",
        encoding="utf-8")
    lines = [
        "# Build speed (benchmarks/bench_build.py)", "",
        f"Machine: {cores} cores, shared: 1-minute load average {load[0]:.1f} at the start, {load[1]:.1f} at "
        "the end (other work ran meanwhile; CPU seconds are the steadier figure). `timeline build --no-mkdocs` in a subprocess (start-up included); "
        "times are medians of unsampled runs, every run listed; peak memory comes from one more run of each scenario, "
        "sampled every 50 ms (sampling takes CPU the build could use): the summed proportional set size (PSS) of the process "
        "tree (workers and forked children included, shared pages counted once).", "",
        "| corpus | articles | scenario | median s | CPU s | s / 1k articles | peak MB | runs (s) |",
        "|---|---:|---|---:|---:|---:|---:|---|",
    ]
    for f in sorted(figures, key=lambda f: (f.corpus != "t17", f.articles)):  # stable: scenarios keep their order
        per_k = f"{f.median_seconds / f.articles * 1000:.2f}" if f.scenario.startswith("cold") else ""
        lines.append(f"| {f.corpus} | {f.articles} | {f.scenario} | {f.median_seconds:.2f} | "
                     f"{f.median_cpu_seconds:.1f} | {per_k} | "
                     f"{f.median_peak_mb:.0f} | {', '.join(f'{s:.2f}' for s in f.seconds)} |")
    for corpus, size in SITE_SIZES.items():
        lines += ["", f"The {corpus} site the last published build wrote: {size['files']:,} files, "
                      f"{size['bytes'] / 1e6:.1f} MB (file sizes; disk blocks of its folders not counted). "
                      "\"full build with the site\" and \"one added, site published\" run `timeline build` without "
                      "`--no-mkdocs` (MkDocs and the exports included) on the warm extraction cache."]
    if profile:
        lines += ["", "## Where the time goes (cProfile, cumulative, t17 corpus)", ""]
        for stage, top in profile.items():
            lines += [f"### {stage}", "", "```", *top, "```", ""]
    (RESULTS / "build.md").write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="1000,5000,20000")
    parser.add_argument("--profile", action="store_true", help="Also profile each stage in-process.")
    parser.add_argument("--profile-sample", type=int, default=300)
    parser.add_argument("--only", choices=("t17", "t17-feed", "synthetic"),
                        help="Measure one corpus; keep the other's figures from the last results file.")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found", file=sys.stderr)
        return
    records = load_t17()
    load_at_start = os.getloadavg()[0]
    figures: list[Figure] = []
    profile: dict[str, list[str]] = {}
    if args.only and (RESULTS / "build.json").exists():
        earlier = json.loads((RESULTS / "build.json").read_text(encoding="utf-8"))
        figures += [Figure(**{**f, "seconds": tuple(f["seconds"])}) for f in earlier["figures"]
                    if f["corpus"] != args.only]
        profile = earlier.get("profile", {}) if not args.profile else {}
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        if args.only in (None, "t17"):
            figures += measure_corpus("t17", records, Path(tmp) / "t17", args.runs, incremental=True, mkdocs=True)
        if args.only in (None, "t17-feed"):
            figures += measure_corpus("t17-feed", load_t17(titled=False), Path(tmp) / "t17-feed", args.runs,
                                      incremental=True, mkdocs=False, one_feed=True)
        for size in (int(s) for s in args.sizes.split(",") if s and args.only in (None, "synthetic")):
            runs = args.runs if size <= 5000 else 1
            figures += measure_corpus("synthetic", synthetic(records, size), Path(tmp) / f"s{size}", runs,
                                      incremental=False, mkdocs=False)
        if args.profile:
            profile = profile_stages(records, Path(tmp) / "profile", args.profile_sample)
    write_results(figures, profile, os.cpu_count() or 1, (load_at_start, os.getloadavg()[0]))


if __name__ == "__main__":
    main()
