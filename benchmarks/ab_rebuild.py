"""A/B of two code trees on the rebuilds a maintainer runs: nothing changed, and one article added.

Speed machinery is kept only when it saves more than a tenth of a scenario, so
it is measured against the same code without it: ``--a`` and ``--b`` are two
copies of the package (each a folder holding ``timeline/`` and
``site_templates/``, e.g. a ``git worktree`` with the machinery switched off),
run alternately on the same corpora, each with its own cache and docs:

- ``feed``: the 2,716 dev articles as they come, in one untitled JSONL feed
  (``bench_build.py``'s ``t17-feed``);
- ``five``: 5,000 articles, the dev feed and 2,284 synthetic ones
  (``bench_build.synthetic``, untitled) in a second feed: an archive nearly twice as large.

One added is a new feed file of one article (a dev article, its publication day
and first sentence changed), built and then removed again (rebuilt without it, untimed).
Times are wall seconds of ``timeline build --no-mkdocs`` in a subprocess, medians of ``--runs``.

    python benchmarks/ab_rebuild.py --a TREE_A --b TREE_B [--runs 7] [--work DIR]

Prints the medians and runs; not a test: run by hand, with nothing else running.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import load_t17, synthetic  # noqa: E402

LONG_AGO = 1_600_000_000 * 10**9
"""The corpus files' times: written long before any build looks at them."""


def corpora(work: Path) -> dict[str, Path]:
    """The two corpora's source folders under ``work``, written once."""
    real = load_t17(titled=False)
    extra = [{k: v for k, v in r.items() if k != "title"} for r in synthetic(load_t17(), 2284, seed=5)]
    made = {}
    for name, parts in (("feed", {"t17.jsonl": real}), ("five", {"t17.jsonl": real, "more.jsonl": extra})):
        folder = work / name / "sources"
        folder.mkdir(parents=True, exist_ok=True)
        for file, records in parts.items():
            path = folder / file
            if not path.exists():
                path.write_text("".join(json.dumps({k: v for k, v in r.items() if k != "topic"}, ensure_ascii=False)
                                        + "\n" for r in records), encoding="utf-8")
                os.utime(path, ns=(LONG_AGO, LONG_AGO))
        made[name] = folder
    return made


def run(tree: str, folder: Path) -> float:
    """Wall seconds of one build of ``folder/sources`` with the package in ``tree``."""
    code = (f"import sys; sys.path.insert(0, {tree!r}); from timeline.cli import main; "
            "sys.argv = ['timeline', 'build', 'sources', '--no-mkdocs', '--docs', 'docs']; main()")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], cwd=folder, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"build failed in {folder}:\n{done.stderr[-2000:]}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--a", required=True, help="folder holding the A package (timeline/, site_templates/)")
    parser.add_argument("--b", required=True, help="folder holding the B package")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--work", type=Path, default=Path("/tmp/ab-rebuild"))
    args = parser.parse_args()
    trees = {"A": args.a, "B": args.b}
    record = json.loads((Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "t17-dev" / "bpoil"
                         / "articles.jsonl").read_text(encoding="utf-8").splitlines()[5])
    results: dict[tuple[str, str, str], list[float]] = {}
    for corpus, sources in corpora(args.work).items():
        folders = {}
        for label in trees:
            folder = folders[label] = args.work / f"{corpus}-{label}"
            folder.mkdir(parents=True, exist_ok=True)
            if not (folder / "sources").exists():
                (folder / "sources").symlink_to(sources, target_is_directory=True)
            run(trees[label], folder)  # cold, untimed
        for _ in range(args.runs):
            for label, tree in trees.items():
                results.setdefault((corpus, "nothing changed", label), []).append(run(tree, folders[label]))
        for i in range(args.runs):
            for label, tree in trees.items():
                added = sources / f"added-{i}.jsonl"
                text = f"On 1 June 2010 a new report (number {i}) appeared.\n" + record["text"]
                added.write_text(json.dumps({"id": f"added-{i}", "published": "2010-06-01", "text": text}) + "\n",
                                 encoding="utf-8")
                try:
                    results.setdefault((corpus, "one added", label), []).append(run(tree, folders[label]))
                finally:
                    added.unlink()
                run(tree, folders[label])  # back to the corpus as it was
    for (corpus, scenario, label), seconds in results.items():
        print(f"{corpus:5} {scenario:16} {label} median {statistics.median(seconds):.2f} s  runs "
              f"{[round(s, 2) for s in seconds]}")


if __name__ == "__main__":
    main()
