"""The TimelineJS export opened in TimelineJS itself: slides, bytes and load time on bpoil.

Builds the bpoil dev story (1,460 articles, natural text) with ``timeline build``
(or reads an existing site with ``--site``), then opens its ``timelinejs.json``
in Knight Lab's TimelineJS 3.9.11 in Debian's headless Chromium, as a reader's
embed would, three times, and reports the median time from the page's start to
TimelineJS's "loaded" event.  Needs ``npm ci --prefix tests/timelinejs``.

    python benchmarks/bench_timelinejs.py [--site SITE] [--work /tmp/timeline-tljs-bench]

Writes benchmarks/results/timelinejs.json and .md.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from browser_support import open_in_timelinejs, served, timelinejs_installed

RESULTS = ROOT / "benchmarks" / "results"
BPOIL = ROOT.parent / "shared" / "data" / "t17-dev" / "bpoil" / "articles.jsonl"
CHROMIUM = Path("/usr/bin/chromium")
RUNS = 3
TARGET_SLIDES = 300
BEFORE = {"commit": "344d5cc", "slides": 4704, "bytes": 2_487_619, "load_ms_median": 4419}
"""The export before this change (one slide per story, background and outlook entry; the date
as headline), on a bpoil build of that commit, measured with ``--site SITE --no-save`` in the same
session as the figures now (loads 4,188, 4,596 and 4,419 ms)."""


def build(work: Path) -> tuple[Path, float]:
    """Build bpoil in ``work`` as a user would (defaults, extraction cache kept between runs)."""
    work.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "timeline", "build", str(BPOIL)], cwd=work, check=True,
                   capture_output=True)
    return work / "site", time.perf_counter() - started


def measure(site: Path) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    document = json.loads((site / "timelinejs.json").read_text(encoding="utf-8"))
    loads: list[float] = []
    with served(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--headless"])
        for _ in range(RUNS):
            page = browser.new_page(viewport={"width": 1200, "height": 800})
            view = open_in_timelinejs(page, url, timeout_ms=600_000)
            if view.errors:
                raise SystemExit(f"TimelineJS reported: {view.errors}")
            loads.append(view.loaded_ms)
            headlines = view.headlines
            page.close()
        browser.close()
    return {"slides": len(document["events"]), "bytes": (site / "timelinejs.json").stat().st_size,
            "load_ms_median": round(statistics.median(loads)), "loads_ms": [round(x) for x in loads],
            "headlines_sample": list(headlines[1:6])}


def markdown(result: dict[str, Any]) -> str:
    before = result["before"]
    load_before = f"{before['load_ms_median'] / 1000:.1f} s" if before["load_ms_median"] else "not measured"
    return "\n".join([
        "# TimelineJS export on bpoil",
        "",
        (f"bpoil dev story (1,460 articles, natural text) built with `timeline build`; `timelinejs.json` opened in "
        f"TimelineJS 3.9.11 (npm `@knight-lab/timelinejs`) in headless Chromium, {RUNS} runs, median time from page "
        f"start to TimelineJS's `loaded` event. Machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; nothing else ran. Produced by `python benchmarks/bench_timelinejs.py`."),
        "",
        "| export | slides | bytes | load in TimelineJS |",
        "| --- | ---: | ---: | ---: |",
        (f"| before (commit {before['commit']}: every entry, date as headline) | {before['slides']:,} | "
        f"{before['bytes']:,} | {load_before} |"),
        (f"| **now** (the story's {TARGET_SLIDES} most important events, headline = what happened) | "
        f"**{result['slides']:,}** | **{result['bytes']:,}** | **{result['load_ms_median'] / 1000:.1f} s** |"),
        "",
        f"Target: at most {TARGET_SLIDES} slides; met: **{'yes' if result['slides'] <= TARGET_SLIDES else 'no'}**.",
        "",
        "First headlines: " + "; ".join(f"\u201c{h}\u201d" for h in result["headlines_sample"]),
        "",
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="measure this built site instead of building bpoil")
    parser.add_argument("--work", type=Path, default=Path("/tmp/timeline-tljs-bench"))
    parser.add_argument("--no-save", action="store_true", help="print only (e.g. to measure the before site)")
    args = parser.parse_args()
    if not timelinejs_installed():
        raise SystemExit("TimelineJS is not installed: npm ci --prefix tests/timelinejs")
    site, seconds = (args.site, None) if args.site else build(args.work)
    result = measure(site)
    print(json.dumps(result, indent=1))
    if args.no_save:
        return
    result["before"] = BEFORE
    result["build_seconds"] = round(seconds, 1) if seconds else None
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "timelinejs.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    (RESULTS / "timelinejs.md").write_text(markdown(result), encoding="utf-8")
    print(markdown(result))


if __name__ == "__main__":
    main()
