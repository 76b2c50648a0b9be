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

Two more, on the chosen days and their candidates (the same rows the key dates rank):

* *best candidates*: on each chosen day that is a gold day, the ``K`` candidates that together score
  the best ROUGE-2 against the journalists' summary of that day, taken greedily (the other days
  keep the key dates' sentences): how far a perfect ranking of the same candidates could go;
* *learned ranking*: a ridge regression over each candidate's features (its cosines to the day and
  the story, whether it names the day, its place in its article, length, digits, names, attribution,
  modal verbs, how many of the day's candidates share its words), fitted on the gold days of four
  topics to predict the candidate's own ROUGE-2 (and half its ROUGE-1) against the day's summary,
  and scored on the fifth (leave one topic out); a day's candidates are then taken by it, the first
  ``K`` that share at most half their words with a sentence taken before (the key dates' own choice,
  ranked the same simple way by its cosines, is given beside it).

    python benchmarks/keydates_ceiling.py [--data ../shared/data/t17-dev]

Writes benchmarks/results/keydates-ceiling.md. Not a test: run by hand.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import math
import re
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
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
from timeline.assemble.keydates import DEFAULT_TUNING  # noqa: E402
from timeline.assemble.keydates.day_sentences import DayRows, day_words  # noqa: E402
from timeline.assemble.keydates.rows import Story  # noqa: E402

import numpy as np  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"


@dataclass
class DayCandidates:
    """One chosen day's candidates as the key dates saw them, and the rows they chose."""

    day: dt.date
    texts: list[str]
    features: np.ndarray
    chosen: list[int] = field(default_factory=list)


_ATTRIBUTION = re.compile(r"\b(?:said|says|told|according)\b")
_MODAL = re.compile(r"\b(?:will|would|could|may|might|expected to|plans? to|set to)\b", re.I)
_WORD = re.compile(r"[a-z][a-z0-9\-]{2,}")
FEATURES = ("day cosine", "story cosine", "both", "rank", "names the day", "log place", "first sentence",
            "length", "length squared", "terms", "digit", "names", "attribution", "modal", "log support",
            "support share", "log candidates")


def word_sets(texts: Sequence[str]) -> list[frozenset[str]]:
    return [frozenset(_WORD.findall(text.lower())) for text in texts]


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def day_features(rows: DayRows, texts: list[str]) -> np.ndarray:
    """One row of ``FEATURES`` per candidate of the day."""
    n = len(texts)
    day_cos = rows.matrix.dot(list(range(n)), day_words(rows, DEFAULT_TUNING))  # as the key dates rank them
    story_cos = rows.matrix.dot(list(range(n)), rows.story_centroid)
    terms = np.diff(rows.matrix.indptr)[:n]
    both = day_cos + story_cos
    rank = np.empty(n)
    rank[np.argsort(-both, kind="stable")] = np.arange(n) / max(1, n - 1)
    sets = word_sets(texts)
    mentioning = set(rows.mentioning)
    out = []
    for i, text in enumerate(texts):
        tokens = text.split()
        support = sum(1 for j in range(n) if j != i and _jaccard(sets[i], sets[j]) > 0.25)
        place = rows.places[i][1]
        out.append([day_cos[i], story_cos[i], both[i], 1 - rank[i], float(i in mentioning), math.log1p(place),
                    float(place == 0), len(tokens) / 30, (len(tokens) / 30) ** 2, terms[i] / 20,
                    float(any(c.isdigit() for c in text)),
                    sum(1 for t in tokens[1:] if t[:1].isupper()) / max(1, len(tokens)),
                    float(bool(_ATTRIBUTION.search(text))), float(bool(_MODAL.search(text))), math.log1p(support),
                    math.log1p(support) / math.log1p(n), math.log(n)])
    return np.array(out, dtype=float)


@contextlib.contextmanager
def candidates_seen(into: list[DayCandidates]) -> Iterator[None]:
    """Each chosen day's candidates, their features and the rows chosen, appended to ``into``."""
    day_of, summarize = Story.day, keydates.summarize_day

    def day(story: Story, when: dt.date, chosen: Any, reach: int = 0) -> DayRows:
        rows = day_of(story, when, chosen, reach)
        texts = [story.key_sentence(*place).text for place in rows.places]
        into.append(DayCandidates(when, texts, day_features(rows, texts) if texts else np.zeros((0, len(FEATURES)))))
        return rows

    def summarize_seen(rows: DayRows, limit: int, tuning: Any) -> list[int]:
        picked = summarize(rows, limit, tuning)
        into[-1].chosen = list(picked)
        return picked

    Story.day, keydates.summarize_day = day, summarize_seen  # type: ignore[method-assign]
    try:
        yield
    finally:
        Story.day, keydates.summarize_day = day_of, summarize  # type: ignore[method-assign]


def take(days: Sequence[DayCandidates], scores: Sequence[np.ndarray], k: int) -> dict[dt.date, list[str]]:
    """Each day's first ``k`` candidates by score, none sharing over half its words with one taken before."""
    taken: list[frozenset[str]] = []
    out: dict[dt.date, list[str]] = {}
    for day, score in zip(days, scores):
        sets = word_sets(day.texts)
        picked: list[int] = []
        for i in np.argsort(-score, kind="stable"):
            if len(picked) == k:
                break
            if not any(_jaccard(sets[i], other) > 0.5 for other in taken):
                picked.append(int(i))
                taken.append(sets[i])
        if picked:
            out[day.day] = [day.texts[i] for i in picked]
    return out


@contextlib.contextmanager
def days_given(days: Sequence[dt.date]) -> Iterator[None]:
    """The key dates' day choice replaced by ``days`` (those with candidates), for this analysis only."""
    chosen = keydates.choose_days
    keydates.choose_days = lambda scores, span, limit, tuning: [d for d in days if d in scores]
    try:
        yield
    finally:
        keydates.choose_days = chosen


def rank_analysis(seen_by_task: Sequence[tuple[dict[str, Any], list[DayCandidates]]], counter: Any,
                  metrics: Any) -> dict[str, Any]:
    """AR2 by task of the best candidates, the choice by cosines and the learned ranking (module docstring)."""

    def rouge(texts: list[str], gold: list[str]) -> tuple[float, float]:
        counts = counter.counts(texts, [gold])
        return tuple(2 * counts[n][0] / (counts[n][1] + counts[n][2]) if counts[n][1] + counts[n][2] else 0.0
                     for n in (1, 2))  # type: ignore[return-value]

    def best(day: DayCandidates, gold: list[str], k: int) -> list[str]:
        picked: list[int] = []
        for _ in range(k):
            options = [(rouge([day.texts[j] for j in picked] + [text], gold)[1], -i) for i, text in enumerate(day.texts)
                       if i not in picked]
            if not options:
                break
            picked.append(-max(options)[1])
        return [day.texts[i] for i in picked]

    out: dict[str, Any] = {name: {} for name in ("best", "cosines", "learned", "best counts", "cosines counts",
                                                 "learned counts", "weights")}

    def score(name: str, task: dict[str, Any], predicted: dict[dt.date, list[str]]) -> None:
        counts = metrics.align_m1_rouge(predicted, [task["ref"]], counter)["rouge_2"]
        out[name + " counts"][task["name"]] = counts
        out[name][task["name"]] = round(counts["f_score"], 4)

    targets: dict[str, list[tuple[np.ndarray, np.ndarray]]] = {}
    for task, seen in seen_by_task:
        days = [d for d in seen if d.texts]
        k = task["sentences"]
        ours = {d.day: [d.texts[i] for i in d.chosen] for d in days if d.chosen}
        score("best", task, {**ours, **{d.day: best(d, task["ref"][d.day], k) for d in days if d.day in task["ref"]}})
        score("cosines", task, take(days, [d.features[:, FEATURES.index("both")] for d in days], k))
        for d in days:
            if d.day in task["ref"]:
                gains = np.array([(lambda r: r[1] + 0.5 * r[0])(rouge([text], task["ref"][d.day])) for text in d.texts])
                targets.setdefault(task["name"].split("/")[0], []).append((d.features, gains))
    for held in sorted(targets):
        features = np.vstack([x for topic, pairs in targets.items() if topic != held for x, _ in pairs])
        gains = np.concatenate([y for topic, pairs in targets.items() if topic != held for _, y in pairs])
        mean, spread = features.mean(axis=0), features.std(axis=0) + 1e-9
        z = (features - mean) / spread
        weights = np.linalg.solve(z.T @ z + 10.0 * np.eye(z.shape[1]), z.T @ (gains - gains.mean()))
        out["weights"][held] = [round(float(w), 3) for w in weights]
        for task, seen in seen_by_task:
            if task["name"].split("/")[0] == held:
                days = [d for d in seen if d.texts]
                score("learned", task, take(days, [((d.features - mean) / spread) @ weights for d in days],
                                            task["sentences"]))
    return out


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
    seen_by_task: list[tuple[dict[str, Any], list[DayCandidates]]] = []
    for task in tls_run.load_tasks(str(args.data)):
        seen: list[DayCandidates] = []
        seen_by_task.append((task, seen))

        def both(read: ReadResult, extractions: ExtractionSource, task: dict[str, Any] = task) -> list[Any]:
            """The task's key dates chosen as ``timeline key-dates`` chooses them, then with the gold days."""
            story = gather(article_ids(read.articles), extractions, story_span(read.articles))
            topical = topical_articles(read.articles, story.off_topic)
            row: list[Any] = [task["name"]]
            for name, given in (("chosen", candidates_seen(seen)), ("gold", days_given(sorted(task["ref"])))):
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
    ranked = rank_analysis(seen_by_task, counter, metrics)
    for row, (task, _) in zip(rows, seen_by_task):
        row += [ranked[name][task["name"]] for name in ("best", "cosines", "learned")]
    pooled_ranked = {name: round(metrics.macro_average(list(ranked[name + " counts"].values()))["f_score"], 4)
                     for name in ("best", "cosines", "learned")}
    lines = [
        "# Key dates: days or sentences?",
        "",
        f"Timeline17 dev tasks ({len(rows)}), the metrics of `../shared/eval/tls_run.py`; produced by "
        "`python benchmarks/keydates_ceiling.py`. *Chosen*: the key dates as `timeline key-dates` picks them. "
        "*Gold days*: the journalists' dates given in place of the chosen days (those with candidates), "
        "the sentences still picked by the key dates. An analysis (the gold dates are the answers), not a method.",
        "",
        "*Best candidates*, *by cosines*, *learned ranking*: AR2 on the chosen days with their own candidates "
        "(see the script's docstring): the best a ranking of them could do against the journalists, the simple "
        "choice by the key dates' cosines, and a ridge regression fitted on the other four topics.",
        "",
        "| task | chosen AR2 | chosen Date-F1 | gold days AR2 | gold days Date-F1 | best candidates AR2 | "
        "by cosines AR2 | learned ranking AR2 |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        *(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} | {r[6]} | {r[7]} |" for r in rows),
        f"| **all (macro)** | **{pooled['chosen'][0]}** | **{pooled['chosen'][1]}** | **{pooled['gold'][0]}** "
        f"| **{pooled['gold'][1]}** | **{pooled_ranked['best']}** | **{pooled_ranked['cosines']}** "
        f"| **{pooled_ranked['learned']}** |",
        "",
        "The learned ranking's weights by held-out topic (standardized features, in the order "
        + ", ".join(FEATURES) + "):",
        "",
        *(f"- {topic}: " + ", ".join(f"{w:+.3f}" for w in weights) for topic, weights in ranked["weights"].items()),
        "",
    ]
    (RESULTS / "keydates-ceiling.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
