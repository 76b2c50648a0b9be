"""Benchmark the temporal tagger: accuracy and speed against dateparser, adversarial timing.

    python benchmarks/bench_temporal.py [--reps 3] [--adv-runs 5]

Runs the shared TimeML scorer (../shared/eval/timex_score.py) on the TBAQ dev
set for our tagger with a same-run dateparser.search_dates timing, scores
dateparser's own output, times 1 MB of adversarial text, and writes
benchmarks/results/temporal.json and benchmarks/results/temporal.md.
Skips cleanly (exit 0) when ../shared/data is absent.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "data" / "tbaq"
SCORER = SHARED / "eval" / "timex_score.py"
SEED = SHARED / "seeds" / "000_6c96f36706eda69f.txt"
RESULTS = ROOT / "benchmarks" / "results"


def run_scorer(*args: str) -> dict[str, object]:
    """Run the scorer in a subprocess from the project root; return its JSON line."""
    cmd = [sys.executable, str(SCORER), str(GOLD), *args]
    out = subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return json.loads(out.splitlines()[0])  # type: ignore[no-any-return]


def adversarial_text(size: int = 1_000_000) -> str:
    """Four quarters: repeated month names, long digit runs, nested parentheses,
    and news prose without line breaks (one very long line)."""
    q = size // 4
    prose = SEED.read_text(encoding="utf-8").replace("\n", " ") if SEED.exists() else (
        "Mr. Putin said on Friday that trade rose in 2023 from 2022, and in March. ")
    parts = [
        ("May " * q)[:q],
        (("1" * 50_000 + " 2024 ") * (q // 50_000 + 1))[:q],
        "(" * (q // 2) + ")" * (q - q // 2),
        (prose * (q // len(prose) + 1))[:q],
    ]
    return "".join(parts)


def time_adversarial(runs: int) -> dict[str, float]:
    from timeline.temporal import tag

    text = adversarial_text()
    dct = dt.date(2024, 5, 17)
    tag(text[:10_000], dct)  # warm-up
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(runs):
        w0, c0 = time.perf_counter(), time.process_time()
        tag(text, dct)
        wall.append(time.perf_counter() - w0)
        cpu.append(time.process_time() - c0)
    return {"chars": len(text), "runs": runs, "wall_s_median": round(statistics.median(wall), 3),
            "cpu_s_median": round(statistics.median(cpu), 3), "wall_s_max": round(max(wall), 3)}


def f1s(res: dict[str, object]) -> dict[str, float]:
    return {k: res[k]["f1"] for k in ("strict", "relaxed", "type", "value")}  # type: ignore[index]


def markdown(ours: dict[str, object], dp: dict[str, object], adv: dict[str, float]) -> str:
    o, d = f1s(ours), f1s(dp)
    lines = [
        "# Temporal tagger benchmark (TBAQ dev set, 256 docs, 1,822 TIMEX3)",
        "",
        f"Generated {dt.datetime.now(dt.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')} "
        f"on Python {platform.python_version()}; timings are medians of "
        f"{ours.get('reps', '?')} reps in the same run.",
        "",
        "| tagger | strict F1 | relaxed F1 | type F1 | value F1 | seconds | speedup |",
        "|---|---|---|---|---|---|---|",
        f"| timeline.temporal | {o['strict']:.4f} | {o['relaxed']:.4f} | {o['type']:.4f} | "
        f"{o['value']:.4f} | {ours['seconds']} | {ours.get('speedup_vs_dateparser')}x |",
        f"| dateparser.search_dates | {d['strict']:.4f} | {d['relaxed']:.4f} | {d['type']:.4f} | "
        f"{d['value']:.4f} | {ours.get('dateparser_seconds')} | 1.0x |",
        "",
        f"Adversarial input ({adv['chars']:,} chars: repeated month names, digit runs, nested "
        f"parentheses, one long line of prose): median wall {adv['wall_s_median']} s, "
        f"median CPU {adv['cpu_s_median']} s over {adv['runs']} runs (limit 2 s).",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--adv-runs", type=int, default=5)
    a = ap.parse_args()
    if not GOLD.is_dir() or not SCORER.exists():
        print(f"skip: {GOLD} or {SCORER} absent")
        return 0
    sys.path.insert(0, str(ROOT))
    ours = run_scorer("--api", "timeline.temporal:tag", "--vs-dateparser", "--reps", str(a.reps))
    ours["reps"] = a.reps
    dp = run_scorer("--dateparser", "--reps", "1")
    adv = time_adversarial(a.adv_runs)
    RESULTS.mkdir(parents=True, exist_ok=True)
    payload = {"ours": ours, "dateparser": dp, "adversarial": adv}
    (RESULTS / "temporal.json").write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    md = markdown(ours, dp, adv)
    (RESULTS / "temporal.md").write_text(md, encoding="utf-8")
    print(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
