"""Pairs of a month page's day lists, before and after a change to what the month pages show, to be judged blind.

Usage: python benchmarks/day_list_pairs.py BEFORE_DOCS AFTER_DOCS OUT_DIR [--seed N] [--key KEY.json]

BEFORE_DOCS and AFTER_DOCS each hold one docs folder per dev story (``timeline build FEED --no-mkdocs --docs
DOCS/STORY``), built before and after the change. Every day whose list of shown events (by their anchors) differs
is written to OUT_DIR/pairs.md as two versions, X and Y, in a random order (``--seed``), and which is which to
``--key`` (by default OUT_DIR.key.json, beside the folder a judge is given, not in it). The events leaving and
joining the lists are counted by the verdicts of the judged rounds (``benchmarks/results/judged/**/*.judged.jsonl``,
read in path order, the last verdict of an event winning): W worth a reader's time, n not, ? never judged. A day
listed in one build only is counted, not paired.
"""
from __future__ import annotations

import argparse
import html
import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
JUDGED = ROOT / "benchmarks" / "results" / "judged"
STORIES = ("haiti", "H1N1", "EgyptianProtest", "Finan", "bpoil")
_EVENT = re.compile(r"\n\n([^\n]+?)(?:<br>)?\n<small[^\n]*\n\{: #(e-[^ ]+) \.timeline-event")

Shown = list[tuple[str, str]]  # (anchor, sentence) of each event a day shows, in order


def day_lists(month_page: Path) -> dict[str, Shown]:
    """Each day heading's shown events on a month page, by the day's anchor (YYYY-MM-DD)."""
    if not month_page.exists():
        return {}
    lists: dict[str, Shown] = {}
    for part in re.split(r"^## ", month_page.read_text(encoding="utf-8"), flags=re.M)[1:]:
        heading = re.search(r"\{ #(\d{4}-\d\d-\d\d) \}", part.split("\n", 1)[0])
        if heading:
            lists[heading[1]] = [(m[2], html.unescape(re.sub(r"\\(.)", r"\1", m[1]))) for m in _EVENT.finditer(part)]
    return lists


def verdicts() -> dict[str, bool]:
    """Whether each judged event (by anchor) was worth a reader's time."""
    worth: dict[str, bool] = {}
    for path in sorted(JUDGED.glob("**/*.judged.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if "worth" in row:  # an event's verdict (the titles' verdicts are kept as *.judged.jsonl too)
                worth[row["id"]] = bool(row["worth"])
    return worth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=38)
    parser.add_argument("--key", type=Path, help="where to write which version is which (default: OUT_DIR.key.json)")
    args = parser.parse_args()
    worth = verdicts()
    counts: Counter[str] = Counter()
    pairs: list[tuple[str, str, Shown, Shown]] = []
    for story in STORIES:
        for page in sorted((args.before / story / "months").glob("*.md")):
            after = day_lists(args.after / story / "months" / page.name)
            before = day_lists(page)
            counts[f"{story} days listed in one build only"] += len(before.keys() ^ after.keys())
            for day, old in before.items():
                new = after.get(day)
                if new is None or [a for a, _ in new] == [a for a, _ in old]:
                    continue
                gone, came = {a for a, _ in old} - {a for a, _ in new}, {a for a, _ in new} - {a for a, _ in old}
                counts[f"{story} {'changed' if gone or came else 'reordered'}"] += 1
                for sign, anchors in (("leaving", gone), ("joining", came)):
                    for anchor in anchors:
                        counts[f"{sign} {'?' if anchor not in worth else 'W' if worth[anchor] else 'n'}"] += 1
                pairs.append((story, day, old, new))
    for name, count in sorted(counts.items()):
        print(f"{name}: {count}")
    print(f"{len(pairs)} day lists changed")
    random.Random(args.seed).shuffle(pairs)
    flips = random.Random(args.seed + 1)
    args.out.mkdir(parents=True, exist_ok=True)
    key: dict[int, dict[str, str]] = {}
    lines = ["# Day lists of the month pages, two versions each (X and Y in a random order)", "",
             "Each item is one day of one story as its month page shows it: the day's most important events, in the "
             "order shown. Judge which version serves a first-time reader better: which tells more of what happened "
             "that day (the day's main news first), with less repetition, and with sentences a reader wants to read.",
             ""]
    for n, (story, day, old, new) in enumerate(pairs, 1):
        flip = flips.random() < 0.5
        x, y = (new, old) if flip else (old, new)
        key[n] = {"topic": story, "day": day, "X": "new" if flip else "old"}
        lines += [f"## {n}. {story}, {day}", "", "X:", *(f"{i}. {s}" for i, (_, s) in enumerate(x, 1)), "",
                  "Y:", *(f"{i}. {s}" for i, (_, s) in enumerate(y, 1)), ""]
    (args.out / "pairs.md").write_text("\n".join(lines), encoding="utf-8")
    key_path = args.key or args.out.with_name(args.out.name + ".key.json")
    key_path.write_text(json.dumps(key, indent=1), encoding="utf-8")
    print(f"pairs in {args.out / 'pairs.md'}, the key in {key_path}")


if __name__ == "__main__":
    main()
