"""A/B of the first search on two built sites: which index a reader's first query waits for less.

    python benchmarks/search_ab.py SITE_A SITE_B [--trials 10]

Each site (a built MkDocs ``site/`` folder) is served locally; each trial launches a fresh Chromium on the home
page and times the first query as ``bench_site.search_seconds`` does (from its first key to the first result
painted, the page's clock, typed as soon as the page has loaded, so that its time includes Material's search
worker building its index). The sites alternate, the order swapped every trial. Prints each site's median and its
trials; not a test: run by hand, with nothing else running.
"""
from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_site import search_seconds, served  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site_a", type=Path)
    parser.add_argument("site_b", type=Path)
    parser.add_argument("--trials", type=int, default=10)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    seconds: dict[str, list[float]] = {"A": [], "B": []}
    with served(args.site_a) as url_a, served(args.site_b) as url_b, sync_playwright() as playwright:
        for trial in range(args.trials):
            order = [("A", url_a), ("B", url_b)]
            for label, url in order if trial % 2 == 0 else order[::-1]:
                seconds[label] += search_seconds(playwright, url, launches=1)["first_seconds"]
    for label, site in (("A", args.site_a), ("B", args.site_b)):
        print(f"{label} {site}: median {statistics.median(seconds[label]):.2f} s, trials {seconds[label]}")


if __name__ == "__main__":
    main()
