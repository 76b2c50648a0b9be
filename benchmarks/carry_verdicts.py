"""Carry earlier verdicts into this build's judged samples, and list the events that still need a judge.

The samples are ``benchmarks/results/judged/TOPIC.sample.jsonl`` (``bench_site.py``, ``--seed 1``) and
``seedK/TOPIC.sample.jsonl`` (``site_audit.py SITE --sample 40 --seed K``). An event keeps the verdict of an
earlier round (``roundN/``, ``roundN/seedK/``, oldest first, the latest verdict winning) when it is the very same
event: the same id, sentence and date; or, as ``judged/README.md`` says, the same date and a judged sentence that
ends with the new one (an opening the page ran into it taken off). Every other event is written to ``--todo`` for
a helper session to judge with ``JUDGE_PROMPT.md``; its verdicts come back with ``--extra``.

    python benchmarks/carry_verdicts.py [--extra NEW.judged.jsonl ...] [--write] [--todo todo.jsonl]

With ``--write``, a sample whose every event has a verdict gets its ``TOPIC.judged.jsonl`` beside it. Not a test.
"""
from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

JUDGED = Path(__file__).resolve().parent / "results" / "judged"
TOPICS = ("haiti", "H1N1", "EgyptianProtest", "Finan", "bpoil")
DRAWS = (".", "seed2", "seed3", "seed4", "seed5")
MIN_SUFFIX = 20
"""A judged sentence that ends with a new one carries its verdict only when the new one is this long at least."""


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


def _round_files() -> list[Path]:
    """Every earlier round's verdicts, oldest round first."""
    numbered = []
    for path in [*JUDGED.glob("round*/*.judged.jsonl"), *JUDGED.glob("round*/seed*/*.judged.jsonl")]:
        number = path.relative_to(JUDGED).parts[0][len("round"):]
        if number.isdigit():
            numbered.append((int(number), path))
    return [path for _, path in sorted(numbered, key=lambda item: item[0])]


class Verdicts:
    """The verdicts given so far, by event and by date."""

    def __init__(self, files: Iterable[Path]) -> None:
        self.exact: dict[tuple[str, str, str], dict[str, Any]] = {}
        self.by_date: dict[str, list[dict[str, Any]]] = {}
        for path in files:
            for row in _rows(path):
                self.exact[(row["id"], row["sentence"], row["date"])] = row
                self.by_date.setdefault(row["date"], []).append(row)

    def of(self, event: dict[str, Any]) -> dict[str, Any] | None:
        """The verdict ``event`` carries, if any."""
        found = self.exact.get((event["id"], event["sentence"], event["date"]))
        if found is None and len(event["sentence"]) >= MIN_SUFFIX:
            found = next((row for row in reversed(self.by_date.get(event["date"], []))
                          if row["sentence"].endswith(event["sentence"])), None)
        return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--extra", type=Path, nargs="*", default=[], help="a judge's new verdicts")
    parser.add_argument("--write", action="store_true", help="write TOPIC.judged.jsonl of every complete sample")
    parser.add_argument("--todo", type=Path, default=Path("todo.jsonl"), help="where the events to judge go")
    args = parser.parse_args()
    verdicts = Verdicts([*_round_files(), *args.extra])
    todo: dict[tuple[str, str, str], dict[str, Any]] = {}
    for draw in DRAWS:
        for topic in TOPICS:
            sample = JUDGED / draw / f"{topic}.sample.jsonl"
            if not sample.exists():
                continue
            judged, missing = [], 0
            for event in _rows(sample):
                found = verdicts.of(event)
                if found is None:
                    missing += 1
                    todo[(event["id"], event["sentence"], event["date"])] = event
                    continue
                judged.append({**{k: event[k] for k in ("id", "date", "published", "sentence")},
                               **{k: found[k] for k in ("date_right", "worth", "why")}})
            print(f"{draw}/{topic}: {len(judged)} carried, {missing} to judge")
            if args.write and not missing:
                (JUDGED / draw / f"{topic}.judged.jsonl").write_text(
                    "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in judged), encoding="utf-8")
    args.todo.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in todo.values()), encoding="utf-8")
    print(f"{len(todo)} events to judge in {args.todo}")


if __name__ == "__main__":
    main()
