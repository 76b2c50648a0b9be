"""Events of TimeBank and AQUAINT news articles, drawn to be judged, and their verdicts against the code.

    python benchmarks/tbaq_events.py draw --size 120 --seed 18
    python benchmarks/tbaq_events.py score [--show 40]

The event rules are screened against the verdicts on the five dev stories (``screen_events.py``), so
those verdicts no longer say how the rules do on news they were not written from. TBAQ's 256 documents
are other news (1989 to 2000): TimeBank's 183 mostly Wall Street Journal business reports and
broadcast transcripts, AQUAINT's 73 wire stories. As for the tagger (``bench_temporal.py``), event
rules may be written from TimeBank's events and AQUAINT's are kept to report, as unseen text.

``draw`` extracts every event of each part's documents, each read as an untitled article published on
its creation date, shuffles them with ``--seed`` and writes the first ``--size`` of each part to
``results/tbaq-events/PART.sample.jsonl`` (the fields a judging helper session reads, as for the
dev stories: ``results/judged/JUDGE_PROMPT.md``). Its verdicts go to ``PART.judged.jsonl`` beside it.

``score`` prints each part's verdicts as drawn (dated right, worth reading), then the same drawn events
as the code dates them now: those still dated as judged, or judged again at their new date (a later
line of ``PART.judged.jsonl`` for the same id), count; those gone are left out; those moved without a
verdict are listed, to be judged. A rule written from TimeBank's verdicts shows there what it mends,
and AQUAINT's moved events show what it does to unseen text.

Needs ``../shared/data/tbaq`` (the TimeML files); nothing of it is copied here but the judged sentences.
"""
from __future__ import annotations

import argparse
import html
import json
import random
import re
import tempfile
from collections import Counter
from pathlib import Path

from bench_temporal import GOLD as TBAQ
from bench_temporal import part_of
from timeline.config import ExtractConfig
from timeline.extract import extract
from timeline.read import read_sources

OUT = Path(__file__).resolve().parent / "results" / "tbaq-events"
PARTS = ("timebank", "aquaint")
_DCT_RE = re.compile(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", re.S)
_TEXT_RE = re.compile(r"<TEXT>(.*)</TEXT>", re.S)
_TAG_RE = re.compile(r"<[^>]+>")


def articles_jsonl(part: str, folder: Path) -> Path:
    """The part's documents as an articles file (id, time, text, source), the form a user feeds."""
    path = folder / f"{part}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for tml in sorted(TBAQ.glob("*.tml")):
            if part_of(tml.stem) != part:  # split by name as the tagger's benchmark splits them
                continue
            source = tml.read_text(encoding="utf-8")
            dct, body = _DCT_RE.search(source), _TEXT_RE.search(source)
            if dct is None or body is None:
                raise SystemExit(f"{tml}: no creation time or no text")
            text = re.sub(r"\n\s*\n+", "\n", html.unescape(_TAG_RE.sub("", body.group(1))).strip())
            out.write(json.dumps({"id": tml.stem, "time": dct.group(1), "text": text + "\n",
                                  "source": tml.stem[:3].lower()}) + "\n")
    return path


def events_of(part: str) -> list[dict[str, str]]:
    """Every event of the part's documents, with its article, in document order."""
    rows: list[dict[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for article in read_sources([articles_jsonl(part, Path(tmp))]).articles:
            for event in extract(article, ExtractConfig(summarizer="lead")).events:
                rows.append({"id": f"{article.id}#{event.sentence_index}", "date": event.when.value,
                             "sentence": event.sentence, "published": article.published.isoformat()
                             if article.published else "", "article": article.id, "title": ""})
    return rows


def draw(size: int, seed: int) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for part in PARTS:
        rows = events_of(part)
        random.Random(seed).shuffle(rows)
        sample = rows[:size]
        path = OUT / f"{part}.sample.jsonl"
        path.write_text("".join(json.dumps(row) + "\n" for row in sample), encoding="utf-8")
        print(f"{part}: {len(rows)} events, {len(sample)} drawn to {path}")


def score(show: int) -> None:
    for part in PARTS:
        sample_path, judged_path = OUT / f"{part}.sample.jsonl", OUT / f"{part}.judged.jsonl"
        if not judged_path.is_file():
            print(f"{part}: no verdicts ({judged_path})")
            continue
        drawn = [json.loads(line) for line in sample_path.read_text(encoding="utf-8").splitlines() if line.strip()]
        verdicts = {}  # (id, date) -> verdict: an event the code dates anew is judged again at its new date
        for line in judged_path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                verdict = json.loads(line)
                verdicts[verdict["id"], verdict["date"]] = verdict
        first = [verdicts[row["id"], row["date"]] for row in drawn]
        now = {row["id"]: row["date"] for row in events_of(part)}
        counts: Counter[str] = Counter()
        open_rows = []
        for row in drawn:
            date_now = now.get(row["id"])
            verdict = verdicts.get((row["id"], date_now)) if date_now else None
            if date_now is None:
                counts["gone"] += 1
            elif verdict is None:
                counts["without a verdict"] += 1
                open_rows.append((row, date_now))
            else:
                counts["judged"] += 1
                counts["right"] += bool(verdict["date_right"])
                counts["worth"] += bool(verdict["worth"])
                counts["moved"] += date_now != row["date"]
        n, right, worth = len(first), sum(bool(v["date_right"]) for v in first), sum(bool(v["worth"]) for v in first)
        judged = counts["judged"] or 1
        print(f"{part}: {n} drawn; as drawn {right} dated right ({right / n:.1%}), {worth} worth ({worth / n:.1%}); "
              f"with the code now {counts['judged']} judged at their date ({counts['moved']} of them moved), "
              f"{counts['right']} dated right ({counts['right'] / judged:.1%}), {counts['worth']} worth "
              f"({counts['worth'] / judged:.1%}); {counts['gone']} gone, {counts['without a verdict']} moved "
              "without a verdict yet")
        for row, date_now in open_rows[:show]:
            print(f"  to judge\t{row['date']} -> {date_now}\t{row['sentence'][:120]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw", help="draw events to judge")
    d.add_argument("--size", type=int, default=120)
    d.add_argument("--seed", type=int, default=18)
    s = sub.add_parser("score", help="the verdicts against the code as it is")
    s.add_argument("--show", type=int, default=40)
    args = ap.parse_args()
    if not TBAQ.is_dir():
        raise SystemExit(f"{TBAQ} is absent: the TimeML files are needed")
    if args.command == "draw":
        draw(args.size, args.seed)
    else:
        score(args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
