"""Count the verdicts of the judged event samples into benchmarks/results/judged/summary.md.

    python benchmarks/summarize_judgments.py

Reads ``TOPIC.before.judged.jsonl`` (the site before the issue), every ``roundN/`` folder
(earlier builds, further draws in ``roundN/seedK/``), ``TOPIC.judged.jsonl`` (this build) and
``seedK/`` (further draws of 40 events a topic from this build, ``--seed K``), whichever exist;
see benchmarks/results/judged/README.md for what a verdict means.
"""
from __future__ import annotations

import json
from pathlib import Path

JUDGED = Path(__file__).resolve().parent / "results" / "judged"
TOPICS = ("haiti", "H1N1", "EgyptianProtest", "Finan", "bpoil")
SESSION_ENDS = frozenset({5, 11, 21, 24, 28, 29, 31, 32, 33, 35, 39, 41, 42, 45, 49, 54, 55, 58, 62, 65, 68, 72, 76, 80, 82, 87, 97, 100, 102, 104,
                         106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 119, 120, 121, 122, 124, 126, 127, 129,
                         133, 134, 135, 136, 138, 139, 140, 141})
"""Rounds that were the last build of a session (the summary says so)."""


def _draws(folder: Path) -> list[int]:
    """The further draws (``--seed N``, N > 1) judged in ``folder``: its ``seedN/`` folders."""
    return sorted(int(p.name[len("seed"):]) for p in folder.glob("seed*") if p.name[len("seed"):].isdigit())


def builds() -> list[tuple[str, str]]:
    """(label, file pattern) of every judged build, oldest first: the site before the issue, each
    ``roundN/`` folder (with its further draws in ``roundN/seedK/``, where there are any), this build
    (with ``seedK/``)."""
    rounds = sorted(int(p.name[len("round"):]) for p in JUDGED.glob("round*") if p.name[len("round"):].isdigit())
    found = [("before (commit 8932e5a)", "{topic}.before.judged.jsonl")]
    for n in rounds:
        kind = "the build of the previous session's end" if n in SESSION_ENDS else "an intermediate build"
        found.append((f"round {n} ({kind})", f"round{n}/{{topic}}.judged.jsonl"))
        found += [(f"round {n}, draw `--seed {k}`", f"round{n}/seed{k}/{{topic}}.judged.jsonl")
                  for k in _draws(JUDGED / f"round{n}")]
    found.append(("this build", "{topic}.judged.jsonl"))
    return found + [(f"this build, draw `--sample 40 --seed {k}`", f"seed{k}/{{topic}}.judged.jsonl")
                    for k in _draws(JUDGED)]


TARGETS = {"date_right": 0.85, "worth": 0.60}


def counts(path: Path) -> tuple[int, int, int, int]:
    """(events, date right, worth, both) of one judged file."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    right = sum(bool(r["date_right"]) for r in rows)
    worth = sum(bool(r["worth"]) for r in rows)
    both = sum(bool(r["date_right"]) and bool(r["worth"]) for r in rows)
    return len(rows), right, worth, both


def carried(topic: str) -> int:
    """How many of this build's judged events are the very events an earlier round judged."""
    earlier = {(r["id"], r["date"], r["sentence"]) for path in sorted(JUDGED.glob(f"round*/{topic}.judged.jsonl"))
               for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}
    path = JUDGED / f"{topic}.judged.jsonl"
    return sum((r["id"], r["date"], r["sentence"]) in earlier
               for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())) if path.exists() else 0


def main() -> None:
    lines = ["# Judged samples", "",
             "40 random events a topic (`site_audit.py --sample 40 --seed 1`), read one by one with their "
             "article by a helper session; targets: date right ≥ 85%, worth a reader's time ≥ 60%.", ""]
    for label, pattern in builds():
        rows = [(t, counts(JUDGED / pattern.format(topic=t))) for t in TOPICS if (JUDGED / pattern.format(topic=t)).exists()]
        if not rows:
            continue
        lines += [f"## {label}", "", "| topic | events | date right | worth | both |", "| --- | ---: | ---: | ---: | ---: |"]
        total = [0, 0, 0, 0]
        for topic, (n, right, worth, both) in rows:
            lines.append(f"| {topic} | {n} | {right} ({right / n:.0%}) | {worth} ({worth / n:.0%}) | {both} |")
            total = [a + b for a, b in zip(total, (n, right, worth, both))]
        n, right, worth, both = total
        lines += [f"| **all** | {n} | **{right / n:.0%}** | **{worth / n:.0%}** | {both / n:.0%} |", ""]
    pooled = [JUDGED / pattern.format(topic=t) for label, pattern in builds() if label.startswith("this build")
              for t in TOPICS if (JUDGED / pattern.format(topic=t)).exists()]
    if len(pooled) > len(TOPICS):
        n, right, worth, _ = (sum(c) for c in zip(*map(counts, pooled)))
        lines += [f"This build's {len(pooled) // len(TOPICS)} draws pooled ({n} events; a draw may repeat an event "
                  f"another drew): **{right / n:.1%}** dated right, **{worth / n:.1%}** worth a reader's time.", ""]
    lines += ["Carried (this build's events that are the very events an earlier round judged, verdict kept): "
              + ", ".join(f"{t} {carried(t)}" for t in TOPICS) + ".", ""]
    (JUDGED / "summary.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
