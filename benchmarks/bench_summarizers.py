"""Which sumy summarizer serves news best? Measured on the Timeline17 dev topics.

For every article published on a day that a journalist's gold timeline
covers, each method picks ``--sentences`` sentences of the article (through
``timeline.extract.summarize.summarize``, exactly as the build does); the pick is
scored with ROUGE-1/2 F against that day's gold sentences (the scorer's
ROUGE-1.5.5-like tokens from ``../shared/eval/tls_metrics.py``). A method that
finds what journalists later wrote down about the day summarizes the news
well. Articles are sampled evenly (every n-th, fixed) to bound the run time.

    python benchmarks/bench_summarizers.py [--per-topic 150] [--sentences 3]

Writes benchmarks/results/summarizers.json and .md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "t17-dev"
EVAL = ROOT.parent / "shared" / "eval"
RESULTS = ROOT / "benchmarks" / "results"
METHODS = ("lead", "lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic")


def load_pairs(per_topic: int) -> list[tuple[str, list[str], list[str]]]:
    """(topic, article sentences, gold sentences of its publication day), sampled evenly."""
    pairs: list[tuple[str, list[str], list[str]]] = []
    for topic in sorted(p for p in DATA.iterdir() if p.is_dir()):
        gold: dict[dt.date, list[str]] = defaultdict(list)
        for line in (topic / "timelines.jsonl").read_text(encoding="utf-8").splitlines():
            for day, sentences in json.loads(line):
                gold[dt.date.fromisoformat(day[:10])].extend(sentences)
        candidates = []
        for line in (topic / "articles.jsonl").read_text(encoding="utf-8").splitlines():
            article = json.loads(line)
            day = dt.date.fromisoformat(article["time"][:10])
            sentences = [s.strip() for s in article["text"].split("\n") if s.strip()]
            if day in gold and len(sentences) >= 5:
                candidates.append((topic.name, sentences, gold[day]))
        step = max(1, len(candidates) // per_topic)
        pairs.extend(candidates[::step][:per_topic])
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-topic", type=int, default=150)
    parser.add_argument("--sentences", type=int, default=3, help="the site's summary length by default")
    args = parser.parse_args()
    if not DATA.is_dir():
        sys.exit(f"skipped: {DATA} is absent")
    sys.path.insert(0, str(EVAL))
    import tls_metrics as metrics  # type: ignore[import-not-found]

    from timeline.extract import summary_candidates, whole_sentences
    from timeline.extract.summarize import summarize

    stop = metrics.load_smart_stopwords(str(EVAL / "smart_common_words.txt"))
    exceptions = metrics.load_exceptions(str(EVAL / "wordnet_exc.tsv"))
    counter = metrics.RougeCounter(metrics.make_tokenizer("perl_like", stop, exceptions,
                                                          porter_mode="MARTIN_EXTENSIONS"))
    pairs = load_pairs(args.per_topic)
    rows = []
    for method in METHODS:
        r1, r2 = [], []
        by_topic: dict[str, list[float]] = defaultdict(list)
        started = time.perf_counter()
        for topic, sentences, gold in pairs:
            readable = [text for _, text in whole_sentences(summary_candidates(sentences))]  # as the build summarizes
            picked = [readable[i] for i in summarize(readable, args.sentences, method)]
            counts = counter.counts(picked, [gold])
            for n, bucket in ((1, r1), (2, r2)):
                hits, pred_len, ref_len = counts[n]
                p = hits / pred_len if pred_len else 0.0
                r = hits / ref_len if ref_len else 0.0
                bucket.append(2 * p * r / (p + r) if p + r else 0.0)
            by_topic[topic].append(r2[-1])
        seconds = time.perf_counter() - started
        rows.append({"method": method, "rouge1_f": round(statistics.mean(r1), 4),
                     "rouge2_f": round(statistics.mean(r2), 4), "seconds": round(seconds, 2),
                     "ms_per_article": round(1000 * seconds / len(pairs), 2),
                     "rouge2_f_by_topic": {t: round(statistics.mean(v), 4) for t, v in sorted(by_topic.items())}})
        print(json.dumps(rows[-1]), flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "summarizers.json").write_text(json.dumps({"articles": len(pairs), "sentences": args.sentences,
                                                          "rows": rows}, indent=1) + "\n", encoding="utf-8")
    lines = [f"Summarizers on {len(pairs)} Timeline17 dev articles published on gold dates "
             f"({args.sentences} sentences each; ROUGE F against that day's gold sentences; one run).", "",
             "| method | ROUGE-1 F | ROUGE-2 F | ms / article |", "| --- | ---: | ---: | ---: |"]
    lines += [f"| {r['method']} | {r['rouge1_f']:.4f} | {r['rouge2_f']:.4f} | {r['ms_per_article']} |" for r in rows]
    topics = sorted(rows[0]["rouge2_f_by_topic"])
    lines += ["", "ROUGE-2 F by topic (does one method win on every topic, or only pooled?):", "",
              "| method | " + " | ".join(topics) + " |", "| --- |" + " ---: |" * len(topics)]
    lines += [f"| {r['method']} | " + " | ".join(f"{r['rouge2_f_by_topic'][t]:.4f}" for t in topics) + " |"
              for r in rows]
    (RESULTS / "summarizers.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
