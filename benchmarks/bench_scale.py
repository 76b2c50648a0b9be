"""How the build scales: 100,000 synthetic articles, extracted by local processes and on a Dask cluster.

Corpus: ``--size`` synthetic articles made from the 2,716 Timeline17 dev
articles as ``bench_build.py`` makes them (a real article, its sentences
shuffled, its date shifted by up to a year), in JSONL feeds of 500. By
default each copy's sentences are its own (``synthetic(distinct=True)``: a
tag of three common words ends each), so the story's events grow with the
archive as a real one's do; ``--corpus shuffled`` repeats the real sentences
word for word, as the runs before 2026-12-01 did, and its events stop
growing at those of the real articles (6,810 at 100,000).

Four runs of the real CLI (``timeline build --no-mkdocs``), each in a
subprocess with its own cache and docs folder (and, first, runs 1, 3 and 4
on each ``--smaller`` archive, 20,000 articles by default, to see how memory grows):

1. cold, local processes (``--jobs 2``);
2. cold, on a ``distributed.LocalCluster`` of 2 worker processes (1 thread
   each) that this benchmark starts (``--scheduler``);
3. warm: the first run's cache, a fresh docs folder: everything but
   extraction (reading, hashing, decoding the cache, assembling, rendering);
4. one article added after the warm run, into its docs folder: the rebuild
   a maintainer runs, which reads the last build's record;
5. ``timeline export --format json`` and ``timeline key-dates`` after it, from
   its cache: the commands that read the story without building its pages.

Each run's wall and CPU time, and the peak memory of the build's process tree
(summed PSS, sampled every second) and, for the cluster, of its workers. The
docs of runs 1 and 2 are compared file by file.

With ``--spread proportional`` the copies' dates spread over one year for each 20,000 (five for
100,000), so a larger archive covers more time at the same articles a day, as a newsroom's grows; by
default every size spreads over the same years, and a larger one prints more articles a day.

    python benchmarks/bench_scale.py [--size 100000] [--smaller 20000 ...] [--corpus distinct|shuffled]
                                     [--spread same|proportional]

Writes benchmarks/results/scale.json and scale.md (scale-shuffled.json and .md
with ``--corpus shuffled``, and ``-proportional`` added with ``--spread proportional``). Not a test:
run by hand.
"""
from __future__ import annotations

import argparse
import filecmp
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import DATA, RESULTS, load_t17, synthetic, tree_rss_bytes, write_feeds

SAMPLE_SECONDS = 1.0
"""How often memory is sampled: reading a large process's memory map costs CPU the build could use."""


@dataclass(frozen=True, slots=True)
class ScaleRun:
    scenario: str
    articles: int
    seconds: float
    cpu_seconds: float
    """Of the build and its reaped children (the local pool); a cluster's workers are not its children."""
    peak_mb: float
    """The build's process tree."""
    workers_peak_mb: float
    """The cluster's worker processes (0 without a cluster)."""
    stages: str
    """The build's ``--timings`` line: wall seconds of read, extract, assemble, render."""
    summary: str
    """The build's last line."""


def run_build(scenario: str, articles: int, sources: Path, work: Path, docs: str, extra: list[str],
              worker_pids: list[int]) -> ScaleRun:
    """One build in ``work`` (its cache folder is there), writing ``work / docs``."""
    return run_timeline(scenario, articles, work, ["build", str(sources), "--no-mkdocs", "--timings",
                                                   "--docs", str(work / docs), *extra], worker_pids)


def run_command(scenario: str, articles: int, sources: Path, work: Path, command: list[str]) -> ScaleRun:
    """``timeline COMMAND SOURCES`` in ``work`` after its builds: their cache, nothing extracted."""
    return run_timeline(scenario, articles, work, [*command, str(sources)], [])


def run_timeline(scenario: str, articles: int, work: Path, arguments: list[str], worker_pids: list[int]) -> ScaleRun:
    """``timeline ARGUMENTS`` in ``work``, its time and the peak memory of its process tree (and of ``worker_pids``)."""
    work.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "timeline", *arguments]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peaks = [0, 0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(SAMPLE_SECONDS):
            peaks[0] = max(peaks[0], tree_rss_bytes(process.pid))
            peaks[1] = max(peaks[1], sum(tree_rss_bytes(pid) for pid in worker_pids))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    lines = stderr.decode(errors="replace").strip().splitlines()
    if process.returncode != 0:
        raise RuntimeError(f"{scenario} failed:\n" + "\n".join(lines[-20:]))
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    stages = next((line.removeprefix("stages: ") for line in lines if line.startswith("stages: ")), "")
    result = ScaleRun(scenario, articles, round(seconds, 1), round(cpu, 1), round(peaks[0] / 1048576),
                      round(peaks[1] / 1048576), stages, lines[-1] if lines else "")
    print(f"  {articles} {scenario:<40} {seconds:8.1f} s  cpu {cpu:8.1f} s  peak {result.peak_mb} MB "
          f"(workers {result.workers_peak_mb} MB)  {stages}  {result.summary}", file=sys.stderr, flush=True)
    return result


def add_one(records: list[dict[str, str]], size: int, root: Path) -> ScaleRun:
    """One new article (a real one, dated into its story's span) added after the warm run."""
    added = dict(records[0], id="added-by-bench-scale", published="2010-06-01")
    added["text"] = "On 1 June 2010 a new report appeared.\n" + added["text"]
    feed = root / "sources" / "zz-added.jsonl"
    feed.write_text(json.dumps({k: v for k, v in added.items() if k != "topic"}) + "\n", encoding="utf-8")
    run = run_build("one added after the warm run", size + 1, root / "sources", root / "local", "docs-warm", [], [])
    feed.unlink()
    return run


def commands(size: int, root: Path) -> list[ScaleRun]:
    """The commands that read the story without building its pages, after the builds (their cache):
    the JSON export (the largest) and the key dates."""
    out = root / "local" / "timeline.json"
    runs = [run_command("timeline export --format json (warm cache)", size, root / "sources", root / "local",
                        ["export", "--format", "json", "--output", str(out)]),
            run_command("timeline key-dates (warm cache)", size, root / "sources", root / "local", ["key-dates"])]
    out.unlink()
    return runs


def different_files(left: Path, right: Path) -> list[str]:
    names = {p.relative_to(left).as_posix() for p in left.rglob("*") if p.is_file()}
    others = {p.relative_to(right).as_posix() for p in right.rglob("*") if p.is_file()}
    _, mismatch, errors = filecmp.cmpfiles(left, right, sorted(names & others), shallow=False)
    return sorted((names ^ others) | set(mismatch) | set(errors))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--smaller", type=int, nargs="*", default=[20_000],
                        help="Smaller archives built first (cold and warm, local processes), to see how memory grows.")
    parser.add_argument("--corpus", choices=("distinct", "shuffled"), default="distinct",
                        help="Copies whose sentences are their own (default), or the real sentences repeated.")
    parser.add_argument("--spread", choices=("same", "proportional"), default="same",
                        help="Every size over the same years (default), or over a year for each 20,000 articles.")
    args = parser.parse_args()
    distinct = args.corpus == "distinct"

    def years(size: int) -> int:
        return max(1, round(size / 20_000)) if args.spread == "proportional" else 1

    if not DATA.is_dir():
        print(f"skipped: {DATA} not found", file=sys.stderr)
        return
    from distributed import LocalCluster

    load = [os.getloadavg()[0]]
    records = load_t17()
    runs: list[ScaleRun] = []
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        for size in sorted(n for n in args.smaller if n < args.size):
            root = Path(tmp) / str(size)
            write_feeds(synthetic(records, size, distinct=distinct, years=years(size)), root / "sources")
            runs.append(run_build("cold, local processes (--jobs 2)", size, root / "sources", root / "local", "docs",
                                  ["--jobs", "2"], []))
            runs.append(run_build("warm cache, fresh docs (no extraction)", size, root / "sources", root / "local",
                                  "docs-warm", [], []))
            runs.append(add_one(records, size, root))
            runs += commands(size, root)
            shutil.rmtree(root)
        root = Path(tmp) / str(args.size)
        started = time.perf_counter()
        write_feeds(synthetic(records, args.size, distinct=distinct, years=years(args.size)), root / "sources")
        print(f"  {args.size} synthetic articles written in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        runs.append(run_build("cold, local processes (--jobs 2)", args.size, root / "sources", root / "local", "docs",
                              ["--jobs", "2"], []))
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None) as cluster:
            pids = [w.process.pid for w in cluster.workers.values() if w.process is not None and w.process.pid]
            runs.append(run_build("cold, LocalCluster (2 workers)", args.size, root / "sources", root / "cluster",
                                  "docs", ["--scheduler", cluster.scheduler_address], pids))
        different = different_files(root / "local" / "docs", root / "cluster" / "docs")
        runs.append(run_build("warm cache, fresh docs (no extraction)", args.size, root / "sources", root / "local",
                              "docs-warm", [], []))
        runs.append(add_one(records, args.size, root))
        runs += commands(args.size, root)
        pages = sum(1 for _ in (root / "local" / "docs").rglob("*.md"))
    load.append(os.getloadavg()[0])
    write_results(args.size, runs, different, pages, load, args.corpus, args.spread)


def write_results(size: int, runs: list[ScaleRun], different: list[str], pages: int, load: list[float],
                  corpus: str, spread: str = "same") -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    name = "-".join(["scale"] + ([] if corpus == "distinct" else [corpus]) + ([] if spread == "same" else [spread]))
    (RESULTS / f"{name}.json").write_text(json.dumps(
        {"articles": size, "corpus": corpus, "spread": spread, "cores": os.cpu_count(), "load_average_1min": load, "pages": pages,
         "docs_differ": different, "runs": [asdict(r) for r in runs]}, indent=1) + "\n", encoding="utf-8")
    made = ("each copy's sentences its own (a tag of three common words ends each)" if corpus == "distinct"
            else "the real sentences repeated word for word")
    if spread == "proportional":
        made += "; dates spread over a year for each 20,000 articles, so as many articles a day at every size"
    lines = [
        "# Scale (benchmarks/bench_scale.py)", "",
        f"{size:,} synthetic articles (real Timeline17 articles, sentences shuffled, dates shifted; {made}), "
        f"`timeline build --no-mkdocs`; {os.cpu_count()} cores, 1-minute load average {load[0]:.1f} at the start "
        f"and {load[1]:.1f} at the end. One run each; memory is the summed PSS of the build's process tree "
        "(and of the cluster's workers), sampled every second.", "",
        "| articles | scenario | s | CPU s (build + its children) | ms / article | peak MB | workers' peak MB "
        "| stages (wall) |",
        "|---:|---|---:|---:|---:|---:|---:|---|",
    ]
    for r in runs:
        lines.append(f"| {r.articles:,} | {r.scenario} | {r.seconds:.1f} | {r.cpu_seconds:.1f} | "
                     f"{r.seconds / r.articles * 1000:.2f} | {r.peak_mb} | {r.workers_peak_mb} | {r.stages} |")
    lines += [""] + [f"Every build of {n:,}: {next(r.summary for r in runs if r.articles == n)}."
                     for n in dict.fromkeys(r.articles for r in runs)]
    lines += ["", f"{pages:,} Markdown pages at {size:,}. Docs of the local and the cluster build: "
              + ("byte-identical." if not different else f"{len(different)} files differ: {different[:10]}")]
    (RESULTS / f"{name}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
