"""Where extraction's CPU time goes: the whole of ``extract`` against its page-furniture checks.

Extraction is most of a cold build (issue 14's 6.5 ms an article), and the
furniture checks (``timeline.boilerplate.boilerplate_kind``, run on every
sentence) are its largest single part. This times, in one process, on the
first 200 articles of three dev topics:

* ``extract`` over the articles (best of three, CPU seconds);
* ``boilerplate_kind`` over the very sentences extraction gave it (recorded);
* each check inside it, on the same sentences, and for each cued pattern
  (``_Cued``) the cue test apart from the pattern it guards, with how many
  sentences pass the cue.

    python benchmarks/bench_extract_parts.py [--data ../shared/data/t17-dev]

Writes benchmarks/results/extract-parts.md. Not a test: run by hand, to see
which part a speed change should aim at.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from unittest import mock

import timeline.boilerplate as furniture
import timeline.extract as extraction
from timeline.config import ExtractConfig
from timeline.read import read_file

TOPICS = ("bpoil", "Finan", "EgyptianProtest")
PER_TOPIC = 200
ROOT = Path(__file__).resolve().parent


def best_cpu(work: Callable[[], Any], reps: int = 3) -> float:
    """The least CPU seconds of ``reps`` runs: the run least disturbed by the rest of the machine."""
    best = float("inf")
    for _ in range(reps):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def each(check: Callable[[str], Any], texts: Sequence[str]) -> Callable[[], None]:
    def run() -> None:
        for text in texts:
            check(text)
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent.parent / "shared" / "data" / "t17-dev"))
    args = parser.parse_args()
    articles = []
    for topic in TOPICS:
        read, _ = read_file(Path(args.data) / topic / "articles.jsonl")
        articles += read[:PER_TOPIC]
    config = ExtractConfig()
    sentences: list[str] = []
    original = furniture.boilerplate_kind

    def recorded(sentence: str) -> str | None:
        sentences.append(sentence)
        return original(sentence)

    with mock.patch.object(extraction, "boilerplate_kind", recorded):  # the name extract looks up
        for article in articles:
            extraction.extract(article, config)

    whole = best_cpu(lambda: [extraction.extract(a, config) for a in articles])
    kinds = best_cpu(each(original, sentences))
    norms = [furniture._normal_text(s.strip()) for s in sentences]
    rests = [n[furniture._strip_end(n):] for n in norms]
    parts: list[tuple[str, float]] = [
        ("normalize (`_normal_text`)", best_cpu(each(lambda s: furniture._normal_text(s.strip()), sentences))),
        ("openings (`_strip_end`)", best_cpu(each(furniture._strip_end, norms))),
        ("dateline alone", best_cpu(each(lambda n: len(n) <= furniture._SHORT and furniture._DATELINE_ONLY.fullmatch(n),
                                         norms))),
        ("caption (`_CAPTION`)", best_cpu(each(furniture._CAPTION.search, rests))),
        ("link list", best_cpu(each(furniture._is_link_list, rests))),
        ("weather or ticker line", best_cpu(each(furniture._is_widget_line, rests))),
    ]
    cued = [("comment", furniture._COMMENT_CUED, norms), ("widget", furniture._WIDGET_CUED, rests),
            ("share", furniture._SHARE_CUED, rests), ("caption prose", furniture._CAPTION_PROSE_CUED, rests),
            ("related", furniture._RELATED_CUED, rests)]
    cue_rows = []
    for name, pattern, texts in cued:
        passing = [t for t in texts if pattern.cued(t)]
        cue_rows.append((name, len(passing), best_cpu(each(pattern.cued, texts)),
                         best_cpu(each(pattern.pattern.search, passing))))

    load = os.getloadavg()[0]
    lines = [
        "# Where extraction's time goes (benchmarks/bench_extract_parts.py)",
        "",
        (f"{len(articles)} dev articles (the first {PER_TOPIC} of {', '.join(TOPICS)}), default extraction "
         f"settings, one process; CPU seconds, best of three. Python {platform.python_version()}, "
         f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, 1-minute load average {load:.1f} at the end."),
        "",
        "| part | CPU s | share of extraction |",
        "|---|---:|---:|",
        f"| `extract`, whole | {whole:.2f} | 100% |",
        f"| `boilerplate_kind` on its {len(sentences):,} sentences | {kinds:.2f} | {kinds / whole:.0%} |",
    ]
    lines += [f"| of which: {name} | {seconds:.2f} | {seconds / whole:.0%} |" for name, seconds in parts]
    lines += ["", ("The cued patterns (`_Cued`): the cue test runs on every sentence, the pattern only on those "
                   "that pass it."), "", "| pattern | sentences passing the cue | cue test CPU s | pattern CPU s |",
              "|---|---:|---:|---:|"]
    lines += [f"| {name} | {n:,} of {len(sentences):,} | {cue:.2f} | {pattern:.2f} |"
              for name, n, cue, pattern in cue_rows]
    out = ROOT / "results" / "extract-parts.md"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(out.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
