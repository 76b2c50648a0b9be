"""Screen an event rule against every judged verdict: which judged events does the code now move?

    python benchmarks/screen_events.py [--show 20]

Every event judged so far (``benchmarks/results/judged/``, all rounds and draws) is a sentence of
an article with the date the site gave it and a verdict on that date. This extracts each judged
article with the code as it is and looks up each judged sentence: an event still dated as judged
is unchanged; one dated otherwise (or gone) has moved. A rule is worth keeping when the events it
moves were mostly judged misdated, and not when they were mostly judged right (the rounds' rules
were kept so: README, "Read one by one"). Events judged under an earlier build whose sentence
the code no longer makes the same way count as moved too, so run it before and after a change and
compare the two counts.

Needs ``../shared/data/t17-dev`` (the judged articles); prints counts, then up to ``--show``
moved events with their verdict.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from timeline.config import ExtractConfig
from timeline.extract import extract
from timeline.read import read_sources

JUDGED = Path(__file__).resolve().parent / "results" / "judged"
DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "t17-dev"


def judged_events() -> dict[tuple[str, str], tuple[str, bool]]:
    """(article id, sentence) -> (the date the site gave it, whether that date was judged right)."""
    article_of: dict[tuple[str, str], str] = {}
    for path in JUDGED.rglob("*.sample.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if "article" in row:
                article_of[row["id"], row["sentence"]] = row["article"]
    events: dict[tuple[str, str], tuple[str, bool]] = {}
    for path in sorted(JUDGED.rglob("*.judged.jsonl")):
        if ".before." in path.name:
            continue  # the site before the issue: its events are another design's
        for line in path.read_text(encoding="utf-8").splitlines():
            verdict = json.loads(line)
            if "sentence" not in verdict or "date_right" not in verdict:
                continue  # another kind of verdict (``titles/``: a story's title)
            article = article_of.get((verdict.get("id", ""), verdict["sentence"]))
            if article is not None:
                events[article, verdict["sentence"]] = (verdict["date"], bool(verdict["date_right"]))
    return events


def current_dates(article_ids: set[str]) -> dict[tuple[str, str], str]:
    """(article id, sentence) -> the date the code gives the sentence's event now."""
    dates: dict[tuple[str, str], str] = {}
    for path in sorted(DATA.glob("*/articles.jsonl")):
        # read as the build reads them: an untitled article's title is its headline, which an event leaves out
        for article in read_sources([path]).articles:
            if article.id not in article_ids:
                continue
            extraction = extract(article, ExtractConfig(summarizer="lead"))
            told = dict(zip(extraction.sentences.indices, extraction.sentences.texts))
            for event in extraction.events:
                dates[article.id, event.sentence] = event.when.value
                # and under the whole sentence, which a verdict from before an entry left its opening date
                # off ("22 April: The oil rig sinks ...": ``timeline.extract._without_opening_date``) names
                whole = extraction.told(event.sentence_index, told.get(event.sentence_index, ""))
                dates.setdefault((article.id, whole), event.when.value)
    return dates


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", type=int, default=20, help="moved events to print")
    args = ap.parse_args()
    if not DATA.is_dir():
        raise SystemExit(f"{DATA} is absent: the judged articles are needed")
    judged = judged_events()
    now = current_dates({article for article, _ in judged})
    counts: Counter[str] = Counter()
    moved = []
    for (article, sentence), (date, right) in sorted(judged.items()):
        date_now = now.get((article, sentence))
        if date_now == date:
            counts["unchanged"] += 1
            continue
        key = f"judged {'right' if right else 'misdated'}, now {'gone' if date_now is None else 'moved'}"
        counts[key] += 1
        moved.append((right, date, date_now, sentence))
    print(f"{len(judged)} judged events: " + ", ".join(f"{key} {n}" for key, n in sorted(counts.items())))
    for right, date, date_now, sentence in moved[:args.show]:
        print(f"{'right' if right else 'misdated'}\t{date} -> {date_now}\t{sentence[:140]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
