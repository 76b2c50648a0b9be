"""Time the text-handling stages on adversarial inputs and flag super-linear growth.

Each stage (the temporal tagger, the sentence splitter, the Markdown escaper,
the text and HTML readers) runs on inputs built to trip regular expressions
and parsers: long digit runs, repeated month names, nested parentheses, one
1 MB line, deeply nested HTML. Every input is timed at 256 KB and 1 MB; a
linear stage takes about 4 times as long on the larger one, so a ratio above
8 is flagged. A stage that needs more than BUDGET_SECONDS at 256 KB is not
run at 1 MB (reported as over budget). Run by hand:

    python benchmarks/bench_adversarial.py [--quick]

Results go to benchmarks/results/adversarial.md and adversarial.json.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from timeline.render.escape import escape_markdown
from timeline.read.decode import decode
from timeline.read.html import HtmlError, parse_html
from timeline.read.jsonl import parse_feed
from timeline.read.text import parse_text_article
from timeline.sentences import split_sentences
from timeline.temporal import tag

KB = 1024
SIZES = (256 * KB, 1024 * KB)
SUPER_LINEAR_RATIO = 8.0
BUDGET_SECONDS = 120.0
RESULTS = Path(__file__).resolve().parent / "results"
DCT = dt.date(2024, 5, 17)


def repeat_to(unit: str, size: int) -> str:
    """``unit`` repeated (and cut) to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


INPUTS: dict[str, Callable[[int], str]] = {
    "digit run": lambda n: repeat_to("1234567890", n),
    "spaced digits": lambda n: repeat_to("19 20 2024 12 31 ", n),
    "month names": lambda n: repeat_to("May June July January ", n),
    "dates in a row": lambda n: repeat_to("17 May 2024, ", n),
    "nested parentheses": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "one long line of prose": lambda n: repeat_to("The council met on Monday and voted ", n),
    "no spaces": lambda n: repeat_to("abcdefghij", n),
    "dots and capitals": lambda n: repeat_to("A. B. C. Dr. St. ", n),
    # sentences run into others with no stop, cut and not cut ("... marshes In a ...", "of The Hague", "type A")
    "run-ins": lambda n: repeat_to("marshes In a speech of The Hague type A flu 2010 The ", n),
}


def deep_html(n: int) -> str:
    depth = n // 11
    return "<html><body>" + "<div>" * depth + "<p>On 17 May 2024 it spoke.</p>" + "</div>" * depth + "</body></html>"


def read_text(text: str) -> object:
    decoded = decode(("---\ndate: 2024-05-17\n---\n" + text).encode("utf-8"))
    return parse_text_article(decoded.text)


def read_html(markup: str) -> object:
    try:
        return parse_html(markup)
    except HtmlError:
        return None


STAGES: dict[str, Callable[[str], object]] = {
    "tagger (temporal.tag)": lambda text: tag(text, DCT),
    "splitter (split_sentences)": split_sentences,
    "escaper (escape_markdown)": escape_markdown,
    "text reader (decode + front matter)": read_text,
    "feed reader (one JSONL line)": lambda text: list(parse_feed(json.dumps({"date": "2024-05-17", "text": text}))),
}


@dataclass(frozen=True, slots=True)
class Timing:
    stage: str
    input: str
    seconds_256k: float
    seconds_1m: float | None
    """None when the 256 KB run was over budget."""

    @property
    def ratio(self) -> float | None:
        if self.seconds_1m is None:
            return None
        return self.seconds_1m / max(self.seconds_256k, 1e-6)

    @property
    def verdict(self) -> str:
        if self.seconds_1m is None:
            return f"OVER BUDGET (>{BUDGET_SECONDS:g} s at 256 KB)"
        if self.seconds_256k < 0.01:
            return "ok (too fast to judge)"
        return "SUPER-LINEAR" if (self.ratio or 0) > SUPER_LINEAR_RATIO else "ok"


def timed(function: Callable[[str], object], text: str) -> float:
    """Best of up to three runs (one if a run is slow): the machine is shared and noisy."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        function(text)
        best = min(best, time.perf_counter() - start)
        if best > 5:
            break
    return best


def measure(stage: str, function: Callable[[str], object], name: str, make: Callable[[int], str],
            sizes: tuple[int, int]) -> Timing:
    function(make(1024))  # warm up: imports, compiled patterns, caches
    small = timed(function, make(sizes[0]))
    large = timed(function, make(sizes[1])) if small <= BUDGET_SECONDS else None
    timing = Timing(stage, name, small, large)
    print(f"{stage:38} {name:24} {small:8.3f} s {'' if large is None else f'{large:8.3f} s'}  {timing.verdict}",
          flush=True)
    return timing


def run(sizes: tuple[int, int]) -> list[Timing]:
    timings = [measure(stage, function, name, make, sizes)
               for stage, function in STAGES.items() for name, make in INPUTS.items()]
    timings.append(measure("html reader (trafilatura)", read_html, "deep HTML", deep_html, sizes))
    timings.append(measure("html reader (trafilatura)", read_html, "one long paragraph",
                           lambda n: f"<html><body><p>{INPUTS['one long line of prose'](n)}</p></body></html>", sizes))
    return timings


def markdown_report(timings: list[Timing], sizes: tuple[int, int]) -> str:
    small, large = (f"{s // KB} KB" for s in sizes)
    lines = [
        "# Adversarial inputs: time by stage",
        "",
        f"Machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}. "
        f"Written by `benchmarks/bench_adversarial.py`; a linear stage has a ratio near "
        f"{sizes[1] // sizes[0]}, above {SUPER_LINEAR_RATIO:g} is flagged. Each time is the best of up to three "
        f"runs on a shared 2-core machine, so ratios between {sizes[1] // sizes[0]} and {SUPER_LINEAR_RATIO:g} "
        "are within its noise.",
        "",
        f"| stage | input | {small} (s) | {large} (s) | ratio | verdict |",
        "|---|---|---:|---:|---:|---|",
    ]
    for t in timings:
        large_s = "—" if t.seconds_1m is None else f"{t.seconds_1m:.3f}"
        ratio = "—" if t.ratio is None else f"{t.ratio:.1f}"
        lines.append(f"| {t.stage} | {t.input} | {t.seconds_256k:.3f} | {large_s} | {ratio} | {t.verdict} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="16 KB and 64 KB instead (a smoke run; not written)")
    args = parser.parse_args()
    sizes = (16 * KB, 64 * KB) if args.quick else SIZES
    timings = run(sizes)
    if args.quick:
        return
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "adversarial.md").write_text(markdown_report(timings, sizes), encoding="utf-8")
    (RESULTS / "adversarial.json").write_text(
        json.dumps([{**asdict(t), "ratio": t.ratio, "verdict": t.verdict} for t in timings], indent=1) + "\n",
        encoding="utf-8")


if __name__ == "__main__":
    main()
