"""Benchmark the temporal tagger: accuracy and speed against dateparser, adversarial timing.

    python benchmarks/bench_temporal.py [--reps 3] [--rounds 5] [--adv-runs 5] [--adv-only]

Runs the shared TimeML scorer (../shared/eval/timex_score.py) on the TBAQ dev
set for our tagger with a same-run dateparser.search_dates timing, scores
dateparser's own output, times the two in turn (``alternating_speed``), scores the two parts of TBAQ apart -- TimeBank 1.2
(183 documents, the part the rules are tuned on) and AQUAINT (73 documents,
reported as unseen: no rule is written from its errors) -- times adversarial text (each input at 256 KB and
1 MB: the median CPU time of --adv-runs runs and the 1 MB / 256 KB ratio,
which is about 3.9 when time is linear in the input size), and writes
benchmarks/results/temporal.json and benchmarks/results/temporal.md.
--adv-only times the adversarial inputs alone and keeps the stored scores.
Skips cleanly (exit 0) when ../shared/data is absent.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import statistics
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "data" / "tbaq"
SCORER = SHARED / "eval" / "timex_score.py"
SEED = SHARED / "seeds" / "000_6c96f36706eda69f.txt"
RESULTS = ROOT / "benchmarks" / "results"
ADV_SIZES = (256_000, 1_000_000)
ADV_LIMIT_S = 2.0  # the requirement: 1 MB of adversarial text in under 2 s


#: AQUAINT documents: the Xinhua (XIE) wires, and the APW and NYT wires from
#: August 1998 on (the AQUAINT TimeML corpus); TimeBank's APW and NYT
#: documents are all from February-June 1998.  The release keeps both in one
#: folder, so the split is by this name rule (checked: 183 + 73 documents).
_AQUAINT_RE = re.compile(r"^(?:XIE|(?:APW|NYT)(?:19980[89]|19981|1999|20))")
SPLIT_SIZES = {"timebank": 183, "aquaint": 73}


def part_of(name: str) -> str:
    """"aquaint" or "timebank" for a TBAQ document name (file stem)."""
    return "aquaint" if _AQUAINT_RE.match(name) else "timebank"


def split_dirs(tmp: Path) -> dict[str, Path]:
    """Folders of symbolic links to the TimeBank and AQUAINT documents."""
    dirs = {part: tmp / part for part in SPLIT_SIZES}
    for d in dirs.values():
        d.mkdir(parents=True, exist_ok=True)
    for f in sorted(GOLD.glob("*.tml")):
        (dirs[part_of(f.stem)] / f.name).symlink_to(f.resolve())
    for part, n in SPLIT_SIZES.items():
        got = len(list(dirs[part].glob("*.tml")))
        if got != n:
            raise SystemExit(f"TBAQ split: {part} has {got} documents, expected {n}")
    return dirs


def run_scorer(*args: str, gold: Path = GOLD) -> dict[str, object]:
    """Run the scorer in a subprocess from the project root; return its JSON line."""
    cmd = [sys.executable, str(SCORER), str(gold), *args]
    out = subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return json.loads(out.splitlines()[0])  # type: ignore[no-any-return]


def alternating_speed(rounds: int) -> dict[str, object]:
    """Our tagger and dateparser over all of TBAQ, one pass each, in turn, ``rounds`` times.

    Why beside the scorer's figure: the scorer times our three passes (a third of a second) and then dateparser's
    (a quarter of a minute), and on this shared machine the same code tags TBAQ in 0.10 s or in 0.16 to 0.20 s by
    turns, seconds at a time: its ratio says mostly which phase our passes fell in. Passes in turn meet the same
    phases; each round's ratio compares two passes seconds apart, and the figure is the median of the rounds'."""
    sys.path.insert(0, str(SCORER.parent))
    import timex_score  # the shared scorer's own reader and dateparser call, so both figures time the same work

    from timeline.temporal import tag
    corpus = [timex_score.parse_tml(str(f)) for f in sorted(GOLD.glob("*.tml"))]
    taggers = {"ours": tag, "dateparser": timex_score.dateparser_tagger()}
    times: dict[str, list[float]] = {name: [] for name in taggers}
    for _ in range(rounds + 1):  # the first round warms both up (imports, compiled patterns, caches) untimed
        for name, fn in taggers.items():
            t0 = time.perf_counter()
            for dct, text, _gold in corpus:
                timex_score.normalize(fn(text, dct), text)
            times[name].append(time.perf_counter() - t0)
    times = {name: t[1:] for name, t in times.items()}
    ratios = [d / o for o, d in zip(times["ours"], times["dateparser"])]
    return {"rounds": rounds, "ours_s": [round(t, 4) for t in times["ours"]],
            "dateparser_s": [round(t, 3) for t in times["dateparser"]],
            "ratio_median": round(statistics.median(ratios), 1), "ratios": [round(r, 1) for r in ratios]}


def _prose() -> str:
    """The seed article as one very long line (no line breaks)."""
    for seed in (ROOT / "seeds" / SEED.name, SEED):
        if seed.exists():
            return seed.read_text(encoding="utf-8").replace("\n", " ") + " "
    return "Mr. Putin said on Friday that trade rose in 2023 from 2022, and in March. "


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _mixed(size: int) -> str:
    """Four quarters: repeated month names, long digit runs, nested parentheses,
    and news prose without line breaks (the input of earlier runs)."""
    q = size // 4
    parts = [
        _repeat("May ", q),
        _repeat("1" * 50_000 + " 2024 ", q),
        "(" * (q // 2) + ")" * (q - q // 2),
        _repeat(_prose(), q),
    ]
    return "".join(parts)


#: name -> (what it stresses, text of a given size).  Match-dense inputs (every
#: few characters a timex) are the worst case: each match costs a resolution.
ADVERSARIAL: dict[str, tuple[str, Callable[[int], str]]] = {
    "dates": ("dates only, '17 May 2024, ' repeated", lambda n: _repeat("17 May 2024, ", n)),
    "month_names": ("repeated month names, 'May '", lambda n: _repeat("May ", n)),
    "month_day": ("month and day, 'March 12 '", lambda n: _repeat("March 12 ", n)),
    "weekdays": ("weekday names, 'Monday Tuesday '", lambda n: _repeat("Monday Tuesday ", n)),
    "iso_dates": ("ISO dates, '2024-05-17 '", lambda n: _repeat("2024-05-17 ", n)),
    "digit_run": ("one long digit run, '1234567890'", lambda n: _repeat("1234567890", n)),
    "spaced_digits": ("numbers that look like days and years", lambda n: _repeat("19 20 2024 12 31 ", n)),
    "parentheses": ("nested parentheses", lambda n: "(" * (n // 2) + ")" * (n - n // 2)),
    "prose": ("news prose as one single line", lambda n: _repeat(_prose(), n)),
    "bare_units": ("units with no count, 'after years of war '", lambda n: _repeat("after years of war ", n)),
    "vetoed_refs": ("a reference vetoed at each mention, 'in the latest period '",
                    lambda n: _repeat("in the latest period ", n)),
    "mixed": ("quarters of month names, digit runs, parentheses, prose", _mixed),
    # the forty-eighth session's rules at their densest: a range's last day, a list of days, a day alone
    "day_ranges": ("ranges of days, 'Dec. 3-5 and '", lambda n: _repeat("Dec. 3-5 and ", n)),
    "day_lists": ("lists of days, 'March 1, 12, 13 and 14, '", lambda n: _repeat("March 1, 12, 13 and 14, ", n)),
    "ordinal_days": ("days alone after a month, 'They met in May. On the 5th, they left. '",
                     lambda n: _repeat("They met in May. On the 5th, they left. ", n)),
    "day_first_ranges": ("ranges of days written day first, '3-5 December '", lambda n: _repeat("3-5 December ", n)),
    "month_ranges": ("ranges of months, 'January-March '", lambda n: _repeat("January-March ", n)),
}


def time_adversarial(runs: int) -> dict[str, object]:
    """Median CPU (and wall) seconds per input and size, and the size ratio."""
    from timeline.temporal import tag

    dct = dt.date(2024, 5, 17)
    tag(_prose()[:10_000], dct)  # warm-up: imports, caches
    inputs: dict[str, dict[str, object]] = {}
    for name, (about, make) in ADVERSARIAL.items():
        row: dict[str, object] = {"about": about}
        for size in ADV_SIZES:
            text = make(size)
            wall: list[float] = []
            cpu: list[float] = []
            found = 0
            for _ in range(runs):
                w0, c0 = time.perf_counter(), time.process_time()
                found = len(tag(text, dct))
                cpu.append(time.process_time() - c0)
                wall.append(time.perf_counter() - w0)
            key = f"{size // 1000}k"
            row[f"cpu_s_{key}"] = round(statistics.median(cpu), 3)
            row[f"wall_s_{key}"] = round(statistics.median(wall), 3)
            row[f"timexes_{key}"] = found
        small, big = (row[f"cpu_s_{s // 1000}k"] for s in ADV_SIZES)
        row["ratio"] = round(big / small, 2) if small else None  # type: ignore[operator]
        inputs[name] = row
        print(f"adversarial {name}: {row}", file=sys.stderr)
    return {"sizes": list(ADV_SIZES), "runs": runs, "limit_s": ADV_LIMIT_S, "inputs": inputs}


def f1s(res: dict[str, object]) -> dict[str, float]:
    return {k: res[k]["f1"] for k in ("strict", "relaxed", "type", "value")}  # type: ignore[index]


def _dp_rate(ours: dict[str, object]) -> str:
    secs = ours.get("dateparser_seconds")
    return f"{round(int(ours['chars']) / float(secs)):,}" if secs else "?"  # type: ignore[call-overload,arg-type]


def split_table(parts: dict[str, dict[str, object]]) -> list[str]:
    """The TimeBank-tuned / AQUAINT-unseen table."""
    lines = [
        "| part | docs | TIMEX3 | strict F1 | relaxed F1 | relaxed P | relaxed R | type F1 | value F1 |",
        "|---|---:|---:|---|---|---|---|---|---|",
    ]
    label = {"timebank": "TimeBank (tuned on)", "aquaint": "AQUAINT (unseen)", "all": "all TBAQ"}
    for part in ("timebank", "aquaint", "all"):
        r = parts.get(part)
        if r is None:
            continue
        f = f1s(r)
        rel: dict[str, float] = r["relaxed"]  # type: ignore[assignment]
        lines.append(f"| {label[part]} | {r['docs']} | {r['gold']:,} | {f['strict']:.4f} | "
                     f"{f['relaxed']:.4f} | {rel['p']:.4f} | {rel['r']:.4f} | {f['type']:.4f} | "
                     f"{f['value']:.4f} |")
    return lines


def _alternating_lines(alt: dict[str, object] | None) -> list[str]:
    if not alt:
        return []
    return [f"Passes in turn (`alternating_speed`: our tagger, then dateparser, one pass each, {alt['rounds']} "
            f"rounds): the median of the rounds' ratios **{alt['ratio_median']}x** (rounds {alt['ratios']}; "
            f"ours {alt['ours_s']} s, dateparser {alt['dateparser_s']} s).", ""]


def markdown(ours: dict[str, object], dp: dict[str, object], adv: dict[str, object],
             parts: dict[str, dict[str, object]] | None = None, alt: dict[str, object] | None = None) -> str:
    o, d = f1s(ours), f1s(dp)
    lines = [
        "# Temporal tagger benchmark (TBAQ dev set, 256 docs, 1,822 TIMEX3)",
        "",
        "The rules are tuned on TimeBank (183 documents); AQUAINT (73 documents)",
        "is scored only to report, as unseen text.",
        "",
        *split_table({**(parts or {}), "all": ours}),
        "",
        "Speed on all of TBAQ against dateparser in the same run:",
        "",
        f"Generated {dt.datetime.now(dt.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')} "
        f"on Python {platform.python_version()}; timings are medians of "
        f"{ours.get('reps', '?')} reps in the same run.",
        "",
        "| tagger | strict F1 | relaxed F1 | type F1 | value F1 | seconds | chars/s | speedup |",
        "|---|---|---|---|---|---|---:|---|",
        f"| timeline.temporal | {o['strict']:.4f} | {o['relaxed']:.4f} | {o['type']:.4f} | "
        f"{o['value']:.4f} | {ours['seconds']} | {ours.get('chars_per_s', 0):,} | "
        f"{ours.get('speedup_vs_dateparser')}x |",
        f"| dateparser.search_dates | {d['strict']:.4f} | {d['relaxed']:.4f} | {d['type']:.4f} | "
        f"{d['value']:.4f} | {ours.get('dateparser_seconds')} | {_dp_rate(ours)} | 1.0x |",
        "",
        *_alternating_lines(alt),
        "## Adversarial input",
        "",
        f"CPU seconds of `tag(text, dct)`, median of {adv['runs']} runs, at 256 KB and 1 MB; "
        f"the limit is {adv['limit_s']} s for 1 MB.  Time linear in the input size gives a "
        "ratio near 3.9; the machine is a shared 2-core one, so ratios up to about 5 are "
        "within its noise.",
        "",
        "| input | 256 KB CPU s | 1 MB CPU s | ratio | 1 MB wall s | timexes in 1 MB | verdict |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    rows: dict[str, dict[str, object]] = adv["inputs"]  # type: ignore[assignment]
    for name, r in rows.items():
        cpu = float(r["cpu_s_1000k"])  # type: ignore[arg-type]
        verdict = "ok" if cpu < float(adv["limit_s"]) else "OVER LIMIT"  # type: ignore[arg-type]
        lines.append(f"| {name}: {r['about']} | {r['cpu_s_256k']} | {r['cpu_s_1000k']} | "
                     f"{r['ratio']} | {r['wall_s_1000k']} | {r['timexes_1000k']:,} | {verdict} |")
    lines.append("")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--rounds", type=int, default=5, help="rounds of passes in turn (alternating_speed)")
    ap.add_argument("--adv-runs", type=int, default=5)
    ap.add_argument("--adv-only", action="store_true",
                    help="time the adversarial inputs only; keep the stored scores")
    a = ap.parse_args()
    if not GOLD.is_dir() or not SCORER.exists():
        print(f"skip: {GOLD} or {SCORER} absent")
        return 0
    sys.path.insert(0, str(ROOT))
    if a.adv_only:
        stored = json.loads((RESULTS / "temporal.json").read_text(encoding="utf-8"))
        ours, dp, parts = stored["ours"], stored["dateparser"], stored.get("parts", {})
        alt = stored.get("alternating")
    else:
        ours = run_scorer("--api", "timeline.temporal:tag", "--vs-dateparser", "--reps", str(a.reps))
        ours["reps"] = a.reps
        dp = run_scorer("--dateparser", "--reps", "1")
        with tempfile.TemporaryDirectory() as tmp:
            parts = {part: run_scorer("--api", "timeline.temporal:tag", "--reps", "1", gold=d)
                     for part, d in split_dirs(Path(tmp)).items()}
        alt = alternating_speed(a.rounds)
    adv = time_adversarial(a.adv_runs)
    RESULTS.mkdir(parents=True, exist_ok=True)
    payload = {"ours": ours, "dateparser": dp, "parts": parts, "alternating": alt, "adversarial": adv}
    (RESULTS / "temporal.json").write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    md = markdown(ours, dp, adv, parts, alt)
    (RESULTS / "temporal.md").write_text(md, encoding="utf-8")
    print(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
