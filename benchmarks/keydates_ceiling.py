"""Where the key dates lose ROUGE: their choice of days, or the sentences they give each day?

Scores the key dates on the Timeline17 dev tasks twice, in one process, with the
protocol of ``../shared/eval/tls_run.py`` (its own metrics module):

* as ``timeline key-dates`` chooses them (the same steps and code path: the task's articles read from a
  feed, extracted through the build cache, gathered with the story's span, key dates);
* with the journalists' own dates given in place of the chosen days (each gold date that has
  candidates), and the sentences still chosen by the key dates: the AR2 the sentence choice
  reaches when the days are perfect.

If the second AR2 stays near the first, better days alone cannot lift AR2 much: it is the
sentences. This is an analysis, not a method: the gold dates are the evaluation's answers.

    python benchmarks/keydates_ceiling.py [--data ../shared/data/t17-dev]

Writes benchmarks/results/keydates-ceiling.md. Not a test: run by hand.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench_keydates import DEFAULT_DATA, TLS_RUN  # noqa: E402

from timeline.assemble import article_ids, keydates, story_span, topical_articles  # noqa: E402
from timeline.assemble.gather import ExtractionSource, gather  # noqa: E402
from timeline.build import with_extractions  # noqa: E402
from timeline.config import load_config  # noqa: E402
from timeline.read import ReadResult  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"


@contextlib.contextmanager
def days_given(days: Sequence[dt.date]) -> Iterator[None]:
    """The key dates' day choice replaced by ``days`` (those with candidates), for this analysis only."""
    chosen = keydates.choose_days
    keydates.choose_days = lambda scores, span, limit, tuning: [d for d in days if d in scores]
    try:
        yield
    finally:
        keydates.choose_days = chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    sys.path.insert(0, str(TLS_RUN.parent))
    import tls_metrics as metrics
    import tls_run

    here = TLS_RUN.parent
    counter = metrics.RougeCounter(metrics.make_tokenizer(
        "perl_like", metrics.load_smart_stopwords(str(here / "smart_common_words.txt")),
        metrics.load_exceptions(str(here / "wordnet_exc.tsv")), porter_mode="MARTIN_EXTENSIONS"))
    config = load_config(None)
    config = replace(config, extract=replace(config.extract, summarizer="lead"))  # as ``timeline key-dates``
    scores: dict[str, dict[str, list[Any]]] = {"chosen": {"ar2": [], "f1": []}, "gold": {"ar2": [], "f1": []}}
    rows = []
    for task in tls_run.load_tasks(str(args.data)):

        def both(read: ReadResult, extractions: ExtractionSource, task: dict[str, Any] = task) -> list[Any]:
            """The task's key dates chosen as ``timeline key-dates`` chooses them, then with the gold days."""
            story = gather(article_ids(read.articles), extractions, story_span(read.articles))
            topical = topical_articles(read.articles, story.off_topic)
            row: list[Any] = [task["name"]]
            for name, given in (("chosen", contextlib.nullcontext()), ("gold", days_given(sorted(task["ref"])))):
                with given:
                    chosen = keydates.select_key_dates(
                        topical, story.extractions, dates=task["dates"], sentences=task["sentences"],
                        since=task["since"], until=task["until"], parts=story.extractions.key_date_part)
                predicted = tls_run.parse_output(json.dumps(keydates.to_json(chosen)))
                ar2 = metrics.align_m1_rouge(predicted, [task["ref"]], counter)["rouge_2"]
                f1 = metrics.date_f1(predicted, [task["ref"]])
                scores[name]["ar2"].append(ar2)
                scores[name]["f1"].append(f1)
                row += [round(ar2["f_score"], 4), round(f1["f_score"], 3)]
            return row

        with tempfile.TemporaryDirectory() as folder:
            # the task's articles written as tls_run writes them for the command, and read as the command reads them
            path = Path(folder) / "articles.jsonl"
            path.write_text("".join(json.dumps({"id": a["id"], "published": a["time"], "title": "", "text": a["text"],
                                                "source": a.get("source", "")}) + "\n" for a in task["articles"]),
                            encoding="utf-8")
            row = with_extractions(config, [str(path)], both)
        rows.append(row)
        print(*row, file=sys.stderr)
    pooled = {name: (round(metrics.macro_average(s["ar2"])["f_score"], 4), round(metrics.macro_average(s["f1"])["f_score"], 3))
              for name, s in scores.items()}
    lines = [
        "# Key dates: days or sentences?",
        "",
        f"Timeline17 dev tasks ({len(rows)}), the metrics of `../shared/eval/tls_run.py`; produced by "
        "`python benchmarks/keydates_ceiling.py`. *Chosen*: the key dates as `timeline key-dates` picks them. "
        "*Gold days*: the journalists' dates given in place of the chosen days (those with candidates), "
        "the sentences still picked by the key dates. An analysis (the gold dates are the answers), not a method.",
        "",
        "| task | chosen AR2 | chosen Date-F1 | gold days AR2 | gold days Date-F1 |",
        "| --- | ---: | ---: | ---: | ---: |",
        *(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} |" for r in rows),
        f"| **all (macro)** | **{pooled['chosen'][0]}** | **{pooled['chosen'][1]}** | **{pooled['gold'][0]}** "
        f"| **{pooled['gold'][1]}** |",
        "",
    ]
    (RESULTS / "keydates-ceiling.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
