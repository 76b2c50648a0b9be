"""Blind pairs of two search workers' top five results, for a helper session to judge side by side.

    python benchmarks/search_pairs.py QUERIES.json SITES OUT [--seed 37]

QUERIES.json maps each topic to {"seen": [...], "fresh": [...]}: the queries tried while the worker was written
and those never run before the pairs were made. SITES holds each topic's built site (``SITES/TOPIC/site``, as
``bench_site.py`` leaves them). For each query, Material's lunr worker and the site's own
(``timeline/publish/theme/assets/javascripts/search_worker.js``) answer in Node (``benchmarks/search_top.js``);
their top fives go to OUT/pairs.jsonl as X and Y in a random order, and which is which to OUT/key.jsonl. Needs
Node. The judgments and their count: ``benchmarks/results/judged/search-ab/README.md``.
"""
from __future__ import annotations

import argparse
import glob
import json
import random
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OURS = ROOT / "timeline" / "publish" / "theme" / "assets" / "javascripts" / "search_worker.js"


def top_five(worker: str, index: Path, queries: list[str]) -> dict[str, list[list[str]]]:
    with tempfile.NamedTemporaryFile("w", suffix=".json") as listed:
        json.dump(queries, listed)
        listed.flush()
        done = subprocess.run(["node", str(ROOT / "benchmarks" / "search_top.js"), worker, str(index), listed.name],
                              capture_output=True, text=True, check=True)
    answers: dict[str, list[list[str]]] = json.loads(done.stdout)
    return answers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("queries", type=Path)
    parser.add_argument("sites", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=37)
    args = parser.parse_args()
    material = glob.glob(str(ROOT / ".venv/lib/python3*/site-packages/material/templates/assets/javascripts/"
                             "workers/search.*.min.js"))[0]
    rng = random.Random(args.seed)
    pairs, key = [], []
    for topic, asked in json.loads(args.queries.read_text()).items():
        queries = asked["seen"] + asked["fresh"]
        index = args.sites / topic / "site" / "search" / "search_index.json"
        lunr, ours = top_five(material, index, queries), top_five(str(OURS), index, queries)
        for query in queries:
            flip = rng.random() < 0.5
            x, y = (ours[query], lunr[query]) if flip else (lunr[query], ours[query])
            listed = {side: [{"page": r[0], "title": r[1], "shown": r[2]} for r in results]
                      for side, results in (("X", x), ("Y", y))}
            pairs.append({"n": len(pairs) + 1, "topic": topic, "query": query, **listed})
            key.append({"n": len(key) + 1, "topic": topic, "query": query, "X": "ours" if flip else "material",
                        "seen_in_development": query in asked["seen"]})
    args.out.mkdir(parents=True, exist_ok=True)
    for name, rows in (("pairs.jsonl", pairs), ("key.jsonl", key)):
        (args.out / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    print(f"{len(pairs)} pairs in {args.out}")


if __name__ == "__main__":
    main()
