"""Key dates against the Timeline17 gold timelines, through the real CLI.

Runs the shared evaluation (``../shared/eval/tls_run.py``, the news-tls
protocol: align+m:1 ROUGE-1/2 and Date-F1) twice on the same tasks:

* ours: ``timeline key-dates {input} --dates L --sentences K --since .. --until ..
  --format json``, one process per task, so the seconds include start-up,
  reading, sentence splitting and tagging of each task's input;
* the floor: ``--baseline pubcount`` (the busiest publication days, each with
  the lead sentences of its articles), measured in the same run.

Then, at site level, ``timeline key-dates TOPIC/articles.jsonl --format json``
on each topic's whole feed with the default date count, and how far the key
dates reach: the tail gap (last publication day less the last key date within
the publication span widened by 31 days, over the span's length in days) and
the share of key dates more than 31 days outside the span.

With ``--loto``, leave one topic out: for every knob the key dates gained or
changed (``LOTO_GRID``), its value is chosen on four topics (the others at
their defaults; the objective is AR2 and Date-F1, each over its target, mean
over those topics' tasks) and the held-out topic is scored with the chosen
values, once for each of the five topics.

    python benchmarks/bench_keydates.py [--data ../shared/data/t17-dev] [--topics haiti,H1N1] [--loto]

Writes benchmarks/results/keydates.json and keydates.md. Not a test: run by
hand (tests/test_keydates.py pins one small topic).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
SHARED = next((folder / "shared" for folder in ROOT.parents if (folder / "shared" / "eval").is_dir()),
              ROOT.parent / "shared")
"""``../shared`` of the checkout, or of the folder that holds it (a git worktree lives one level deeper)."""
DEFAULT_DATA = SHARED / "data" / "t17-dev"
TLS_RUN = SHARED / "eval" / "tls_run.py"
COMMAND = ("timeline key-dates {input} --dates {dates} --sentences {sentences} "
           "--since {since} --until {until} --format json")
TARGETS = {"ar1": 0.145, "ar2": 0.045, "date_f1": 0.70}
"""What the issues ask of the 11 dev tasks (AR2 .042 on tokenized text, .045 with the phases on natural text)."""
SPEED_TARGET_SECONDS = 180.0
SITE_COMMAND = ("timeline", "key-dates", "{input}", "--format", "json")
MARGIN_DAYS = 31
"""A key date further than this outside the publication span is outside the story."""
SITE_TARGETS = {"tail_gap": 0.15, "outside_share": 0.10}
"""What the issue asks of every topic at site level (at most)."""
BEFORE: dict[str, Any] = {
    "pooled": {"ar1": 0.155, "ar2": 0.038, "date_f1": 0.724},
    "site": {"bpoil": (0.616, 0.0), "EgyptianProtest": (0.158, 0.111), "Finan": (0.542, 0.04),
             "H1N1": (0.158, 0.0), "haiti": (0.474, 0.0)},
}
"""Measured on this natural text before the phases (commit 8932e5a, key dates by salience alone):
pooled AR1/AR2/Date-F1, and per topic (tail gap, outside share)."""
BEFORE_COVERAGE = {"ar1": 0.1572, "ar2": 0.0377, "date_f1": 0.7427}
"""Measured before a day's votes were set against the coverage around it (commit b378026)."""
TOKENIZED = {"ar1": 0.161, "ar2": 0.043, "date_f1": 0.724}
"""The figures before the phases on the earlier, Penn-Treebank tokenized release of the same data."""
LOTO_GRID: dict[str, tuple[float, ...]] = {
    "phase_share": (0.0, 0.25, 0.5),
    "latest_share": (0.05, 0.1, 0.2),
    "outside_share": (0.0, 0.1),
    "max_tokens": (40, 50, 60),
    "story_weight": (0.5, 1.0),
    "coverage_exponent": (0.0, 0.25, 0.5, 0.75),
    "coverage_days": (3, 7, 15),
    "max_similarity": (0.3, 0.4, 0.5),
    "joint_choice": (0, 1),
    "length_penalty": (0.0, 0.5, 1.0),
    "told_ahead": (0, 1),
    "around_weight": (0.0, 1.0),
    "forecasts_last": (0, 1),
    "ahead_days": (31, 3650),
}
"""The knobs added or changed with the phases, the coverage, the joint choice of a day's sentences, the
length penalty, the sentences written before their day and the days around a day, with the values tried (the
default among them; phase_share 0 is no place kept for phases: key dates by salience alone; joint_choice 0 ranks
each sentence alone; length_penalty 0 lets long sentences be; told_ahead 1 lets a forecast tell its day;
around_weight 0 tells a day by its centroid alone; forecasts_last 0 lets a day's forecast of itself compete with
what happened; ahead_days 3650 counts an article's vote for every day it names ahead)."""
PUBLISHED = {
    "DATEWISE (Ghalandari & Ifrim 2020, T17 all 19 tasks)": (0.120, 0.035, 0.544),
    "PubCount (same paper, T17 all 19 tasks)": (0.105, 0.027, 0.481),
    "72B LLM pipeline (T17 all 19 tasks)": (0.136, 0.044, 0.576),
}


def _default(knob: str) -> float:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))  # this checkout's code, as in the subprocesses
    from timeline.assemble.keydates import DEFAULT_TUNING

    return float(getattr(DEFAULT_TUNING, knob))


def _command(settings: dict[str, float]) -> str:
    """The benchmark command with the given knobs changed (the CLI's hidden ``--tuning``)."""
    changed = [f"--tuning {knob}={value:g}" for knob, value in sorted(settings.items()) if value != _default(knob)]
    return " ".join([COMMAND, *changed])


def evaluate(data: Path, topics: str | None, *extra: str) -> dict[str, Any]:
    """Run tls_run.py and return its JSON summary, with the wall-clock seconds of the whole run."""
    argv = [sys.executable, str(TLS_RUN), str(data), *extra]
    if topics:
        argv += ["--topics", topics]
    started = time.perf_counter()
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, check=True, env=_environment())
    wall = time.perf_counter() - started
    summary: dict[str, Any] = json.loads(done.stdout.splitlines()[0])
    summary["wall_seconds"] = round(wall, 1)
    return summary


def _environment() -> dict[str, str]:
    """This checkout's code first on the subprocesses' path, and this interpreter's ``timeline`` on PATH.

    The command runs through a shell as ``timeline ...``: without this, another
    installed copy of the project (the main checkout's, for a worktree) would be measured.
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT), env.get("PYTHONPATH"))))
    env["PATH"] = os.pathsep.join(filter(None, (str(Path(sys.executable).parent), env.get("PATH"))))
    return env


def topics_of(data: Path, topics: str | None) -> list[str]:
    wanted = set(topics.split(",")) if topics else None
    return [t.name for t in sorted(data.iterdir())
            if (t / "timelines.jsonl").is_file() and (wanted is None or t.name in wanted)]


def site_figures(data: Path, topics: list[str]) -> dict[str, dict[str, Any]]:
    """Each topic's default key dates on its whole feed: how far they reach into the story's span."""
    figures: dict[str, dict[str, Any]] = {}
    margin = dt.timedelta(days=MARGIN_DAYS)
    for topic in topics:
        feed = data / topic / "articles.jsonl"
        with feed.open(encoding="utf-8") as lines:
            published = sorted(dt.date.fromisoformat(json.loads(line)["time"][:10]) for line in lines if line.strip())
        first, last = published[0], published[-1]
        argv = [part.format(input=feed) for part in SITE_COMMAND]
        done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, check=True, env=_environment())
        dates = [dt.date.fromisoformat(d["date"]) for d in json.loads(done.stdout)["dates"]]
        inside = [d for d in dates if first - margin <= d <= last + margin]
        figures[topic] = {
            "articles": len(published), "first_published": first.isoformat(), "last_published": last.isoformat(),
            "key_dates": len(dates), "first_key_date": min(dates).isoformat(), "last_key_date": max(dates).isoformat(),
            "tail_gap": round((last - max(inside)).days / max(1, (last - first).days), 3) if inside else 1.0,
            "outside_share": round(1 - len(inside) / len(dates), 3) if dates else 0.0,
        }
    return figures


def _objective(rows: list[dict[str, Any]]) -> float:
    """What the leave-one-topic-out choice maximizes: AR2 and Date-F1, each over its target."""
    if not rows:
        return 0.0
    return float(sum(r["ar2"] / TARGETS["ar2"] + r["date_f1"] / TARGETS["date_f1"] for r in rows)) / len(rows)


def leave_one_topic_out(data: Path, topics: list[str]) -> dict[str, Any]:
    """Choose every knob of LOTO_GRID on all topics but one, score the one; for each topic."""
    defaults = {knob: _default(knob) for knob in LOTO_GRID}
    runs: dict[str, list[dict[str, Any]]] = {}
    for knob, values in LOTO_GRID.items():
        for value in values:
            settings = {**defaults, knob: float(value)}
            command = _command(settings)
            if command not in runs:
                runs[command] = evaluate(data, ",".join(topics), "--cmd", command)["per_task"]
    held_out: dict[str, Any] = {}
    for topic in topics:
        chosen: dict[str, float] = {}
        for knob, values in LOTO_GRID.items():
            def fit(value: float, knob: str = knob) -> float:
                rows = runs[_command({**defaults, knob: float(value)})]
                return _objective([r for r in rows if r["task"].split("/")[0] != topic])
            # The best value on the other topics; a tie keeps the default.
            chosen[knob] = float(max(values, key=lambda v: (fit(v), v == defaults[knob])))
        scored = evaluate(data, topic, "--cmd", _command(chosen))
        default = evaluate(data, topic, "--cmd", COMMAND)
        held_out[topic] = {"chosen": chosen, "tasks": scored["tasks"],
                           **{k: scored[k] for k in ("ar1", "ar2", "date_f1")},
                           "default": {k: default[k] for k in ("ar1", "ar2", "date_f1")}}
    return {"grid": {k: list(v) for k, v in LOTO_GRID.items()}, "defaults": defaults, "held_out": held_out,
            "runs": {command: rows for command, rows in runs.items()}}


def markdown(ours: dict[str, Any], floor: dict[str, Any], data: Path, site: dict[str, dict[str, Any]],
             loto: dict[str, Any] | None) -> str:
    """The results table: ours beside the floor measured in the same run and the published anchors."""
    met = all(ours[k] >= v for k, v in TARGETS.items()) and ours["seconds"] <= SPEED_TARGET_SECONDS
    lines = [
        "# Key dates on Timeline17 (dev)",
        "",
        f"Data: `{data.name}`, {ours['tasks']} tasks; protocol `../shared/eval/tls_run.py` "
        "(align+m:1 ROUGE-1/2 F, Date-F1; macro over tasks). "
        f"Machine: {platform.machine()}, Python {platform.python_version()}. "
        f"Produced by `python benchmarks/bench_keydates.py{' --loto' if loto else ''}`.",
        "",
        "| system | AR1 | AR2 | Date-F1 | seconds |",
        "| --- | ---: | ---: | ---: | ---: |",
        f"| **ours** (`timeline key-dates`) | **{ours['ar1']:.3f}** | **{ours['ar2']:.4f}** | "
        f"**{ours['date_f1']:.3f}** | {ours['seconds']:.1f} |",
        f"| before the coverage (commit b378026, same text) | {BEFORE_COVERAGE['ar1']:.3f} | "
        f"{BEFORE_COVERAGE['ar2']:.3f} | {BEFORE_COVERAGE['date_f1']:.3f} | |",
        f"| before the phases (commit 8932e5a, same text) | {BEFORE['pooled']['ar1']:.3f} | "
        f"{BEFORE['pooled']['ar2']:.3f} | {BEFORE['pooled']['date_f1']:.3f} | |",
        f"| before the phases, on the earlier tokenized text | {TOKENIZED['ar1']:.3f} | {TOKENIZED['ar2']:.3f} | "
        f"{TOKENIZED['date_f1']:.3f} | |",
        f"| busiest publication days (pubcount, same run) | {floor['ar1']:.3f} | {floor['ar2']:.4f} | "
        f"{floor['date_f1']:.3f} | |",
        f"| target (the issue) | {TARGETS['ar1']:.3f} | {TARGETS['ar2']:.3f} | {TARGETS['date_f1']:.3f} | "
        f"{SPEED_TARGET_SECONDS:.0f} |",
    ]
    for name, (ar1, ar2, f1) in PUBLISHED.items():
        lines.append(f"| {name} | {ar1:.3f} | {ar2:.3f} | {f1:.3f} | |")
    lines += [
        "",
        f"Targets met: **{'yes' if met else 'no'}**. Seconds are the sum over tasks of each "
        "`timeline key-dates` process (start-up, reading, splitting, tagging, ranking); "
        f"that run took {ours['wall_seconds']:.0f} s of wall time. The published figures are on "
        "all 19 T17 tasks, ours on the 11 dev tasks: quoted for orientation, not a like-for-like comparison.",
        "",
        "## Per task",
        "",
        "| task | docs | L | K | AR1 | AR2 | Date-F1 | pubcount AR1 | AR2 | Date-F1 | seconds |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    floor_rows = {row["task"]: row for row in floor["per_task"]}
    for row in ours["per_task"]:
        base = floor_rows[row["task"]]
        lines.append(
            f"| {row['task']} | {row['docs']} | {row['l']} | {row['k']} | {row['ar1']:.3f} | {row['ar2']:.4f} | "
            f"{row['date_f1']:.3f} | {base['ar1']:.3f} | {base['ar2']:.4f} | {base['date_f1']:.3f} | "
            f"{row['seconds']:.1f} |"
        )
    lines += site_markdown(site)
    if loto is not None:
        lines += loto_markdown(loto)
    return "\n".join(lines) + "\n"


def site_markdown(site: dict[str, dict[str, Any]]) -> list[str]:
    met = all(f[k] <= v for f in site.values() for k, v in SITE_TARGETS.items())
    lines = [
        "",
        "## How far the key dates reach (site level)",
        "",
        "Each topic's whole feed, `timeline key-dates data/TOPIC/articles.jsonl --format json` (the default "
        "date count). Tail gap: (last publication day - last key date within the publication span widened by "
        f"{MARGIN_DAYS} days) / (span in days); outside: share of key dates more than {MARGIN_DAYS} days "
        f"outside the span. Targets: tail gap at most {SITE_TARGETS['tail_gap']:.2f} and outside at most "
        f"{SITE_TARGETS['outside_share']:.0%} on every topic; met: **{'yes' if met else 'no'}**. "
        "Before: key dates by salience alone (commit 8932e5a).",
        "",
        "| topic | articles | published | key dates | first..last key date | tail gap | before | outside | before |",
        "| --- | ---: | --- | ---: | --- | ---: | ---: | ---: | ---: |",
    ]
    for topic, f in site.items():
        gap_before, outside_before = BEFORE["site"].get(topic, (float("nan"), float("nan")))
        lines.append(
            f"| {topic} | {f['articles']} | {f['first_published']}..{f['last_published']} | {f['key_dates']} | "
            f"{f['first_key_date']}..{f['last_key_date']} | **{f['tail_gap']:.3f}** | {gap_before:.3f} | "
            f"**{f['outside_share']:.1%}** | {outside_before:.1%} |"
        )
    return lines


def loto_markdown(loto: dict[str, Any]) -> list[str]:
    knobs = list(loto["grid"])
    lines = [
        "",
        "## Leave one topic out",
        "",
        "For each topic, every knob below is chosen on the other four topics (one knob at a time, the others at "
        "their defaults; objective: AR2/.045 + Date-F1/.70, mean over the tasks), and the held-out topic is "
        "scored with the chosen values. Values tried: "
        + "; ".join(f"`{k}` {', '.join(f'{v:g}' for v in vs)} (default {loto['defaults'][k]:g})"
                    for k, vs in loto["grid"].items()) + ".",
        "",
        "| held out | tasks | " + " | ".join(f"`{k}`" for k in knobs)
        + " | AR1 | AR2 | Date-F1 | defaults: AR1 | AR2 | Date-F1 |",
        "| --- | ---: | " + " | ".join("---:" for _ in knobs) + " | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for topic, h in loto["held_out"].items():
        d = h["default"]
        lines.append(
            f"| {topic} | {h['tasks']} | " + " | ".join(f"{h['chosen'][k]:g}" for k in knobs)
            + f" | {h['ar1']:.3f} | {h['ar2']:.4f} | {h['date_f1']:.3f} | {d['ar1']:.3f} | {d['ar2']:.4f} | "
            f"{d['date_f1']:.3f} |"
        )
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="Timeline17-style folder")
    parser.add_argument("--topics", help="comma-separated topic folders (default: all)")
    parser.add_argument("--loto", action="store_true",
                        help="also choose the knobs of LOTO_GRID leaving one topic out (about 20 more runs)")
    args = parser.parse_args(argv)
    if not args.data.is_dir() or not TLS_RUN.is_file():
        sys.exit(f"need {args.data} and {TLS_RUN}")
    ours = evaluate(args.data, args.topics, "--cmd", COMMAND)
    floor = evaluate(args.data, args.topics, "--baseline", "pubcount")
    topics = topics_of(args.data, args.topics)
    site = site_figures(args.data, topics)
    loto = leave_one_topic_out(args.data, topics) if args.loto else None
    RESULTS.mkdir(parents=True, exist_ok=True)
    record = {"command": COMMAND, "data": args.data.name, "targets": TARGETS, "ours": ours, "pubcount": floor,
              "site_targets": SITE_TARGETS, "site": site, "loto": loto, "before": BEFORE, "tokenized": TOKENIZED,
              "published": {k: dict(zip(("ar1", "ar2", "date_f1"), v)) for k, v in PUBLISHED.items()}}
    (RESULTS / "keydates.json").write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    (RESULTS / "keydates.md").write_text(markdown(ours, floor, args.data, site, loto), encoding="utf-8")
    print(f"ours AR1={ours['ar1']} AR2={ours['ar2']} Date-F1={ours['date_f1']} seconds={ours['seconds']}; "
          f"pubcount AR1={floor['ar1']} AR2={floor['ar2']} Date-F1={floor['date_f1']}")
    for topic, f in site.items():
        print(f"site {topic}: tail gap {f['tail_gap']:.3f}, outside {f['outside_share']:.1%}")
    for topic, h in (loto or {}).get("held_out", {}).items():
        print(f"held out {topic}: {h['chosen']} AR1={h['ar1']} AR2={h['ar2']} Date-F1={h['date_f1']}")


if __name__ == "__main__":
    main()
