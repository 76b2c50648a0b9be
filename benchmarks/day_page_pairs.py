"""Pairs of a day's page and the line each retelling retells, to be judged blind.

Usage: python benchmarks/day_page_pairs.py BEFORE_DOCS AFTER_DOCS OUT_DIR [--seed N] [--new N] [--old N]
[--skip PAIRS.md ...]

BEFORE_DOCS and AFTER_DOCS each hold one docs folder per story (``timeline build FEED --no-mkdocs --docs
DOCS/STORY``), built before and after a change to what a day's page lists under "The same, told again". Each
entry under that heading is paired with the first line above it that it retells (``Told.retells``, adding at most
``--adding-before`` or ``--adding-after`` names or figures). ``--new`` of the pairs only the change made and
``--old`` of those made before it (a control) are drawn, shuffled together, and written to OUT_DIR/pairs.md for a
judge, and which is which to OUT_DIR/key.json. Entries whose line is in a ``--skip`` file (an earlier round's
pairs) are not drawn again.
"""
from __future__ import annotations

import argparse
import html
import json
import random
import re
from pathlib import Path

from timeline.assemble.retelling import Told

Pair = tuple[str, str]  # (the day page's path under DOCS, the retelling's line)


def _lines(text: str) -> list[str]:
    return [html.unescape(re.sub(r"\\(.)", r"\1", line[:-4])) for line in text.splitlines() if line.endswith("<br>")]


def pairs(docs: Path, adding: int) -> dict[Pair, str | None]:
    """Each retelling of each day page under ``docs``, with the line above it that it retells."""
    found: dict[Pair, str | None] = {}
    for page in sorted(docs.glob("*/events/*-*-*.md")):
        text = page.read_text(encoding="utf-8")
        if "{ #same }" not in text:
            continue
        above, same = text.split("## The same, told again { #same }")
        listed = _lines(above)
        for line in _lines(same):
            told = Told.of(line)
            found[(page.relative_to(docs).as_posix(), line)] = next(
                (a for a in listed if told.retells(Told.of(a), adding, contained=True)), None)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--new", type=int, default=40)
    parser.add_argument("--old", type=int, default=15)
    parser.add_argument("--adding-before", type=int, default=0)
    parser.add_argument("--adding-after", type=int, default=1)
    parser.add_argument("--skip", type=Path, action="append", default=[])
    args = parser.parse_args()
    before, after = pairs(args.before, args.adding_before), pairs(args.after, args.adding_after)
    skipped = {m[1] for path in args.skip for m in re.finditer(r"B \(listed later\): (.*?)\n", path.read_text())}
    fresh = sorted((k, v) for k, v in after.items() if k not in before and k[1] not in skipped)
    old = sorted((k, v) for k, v in before.items() if k[1] not in skipped)
    print(f"before {len(before)}, after {len(after)}, new {sum(k not in before for k in after)}, "
          f"new and not judged before {len(fresh)}")
    rng = random.Random(args.seed)
    drawn = [("new", k, v) for k, v in rng.sample(fresh, min(args.new, len(fresh)))]
    drawn += [("old", k, v) for k, v in rng.sample(old, min(args.old, len(old)))]
    rng.shuffle(drawn)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "pairs.md").write_text("\n".join(
        f"## Pair {n} ({k[0].split('/')[0]}, {Path(k[0]).stem})\n\nA (listed first on the day's page): {v}\n\n"
        f"B (listed later): {k[1]}\n" for n, (_, k, v) in enumerate(drawn, 1)), encoding="utf-8")
    (args.out / "key.json").write_text(json.dumps(
        [{"n": n, "group": g, "page": k[0]} for n, (g, k, _) in enumerate(drawn, 1)], indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
