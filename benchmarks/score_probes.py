"""Score the tagger on the probe sets of made-up news (``benchmarks/probes/``).

    python benchmarks/score_probes.py            # prints the figures, writes benchmarks/results/probes.md

Why: TimeBank and AQUAINT are 1989-1998 newswire; these snippets are written for the kinds of expression the
issue on unseen news lists (weekdays and months by tense, anaphora, parts of the day, sets, rates, modifiers,
names that hold time words), each with the TimeML value a careful annotator would give. A helper session wrote
them (session 47) without opening either corpus. The rules were then mended on what they found, so the sets are
a tuning and regression set, not unseen data: ``tests/test_temporal.py`` pins their figures.

An expected mention is matched by the first tagged mention that overlaps it; a value is right if it is the
expected one or one of its ``alt_values`` (where TimeML allows either; ``alt_types`` and ``alt_mods`` alike).
``news_probes_wire.jsonl`` is a second helper's set (431 snippets of wire copy: datelines, 24-hour clocks, results'
comparisons, ranges, holidays), written apart from the first.

``news_probes_heldout.jsonl`` is held out: a third helper (session 48) wrote its 400 snippets (625 expressions, 40
snippets with none) after that session's rules, across every kind and many styles (wire copy 1998-2011, features,
earnings, live blogs, comments), and it was scored once, at 884cba9 (value on matched mentions .9473; .9456 with
the session's first code, 760d6da). Its misses were not read and no rule was mended on it: it measures how the rules
hold on news they were not written from. A rule mended on it would make it one more tuning set.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBES = ROOT / "benchmarks" / "probes"
SETS = ("news_probes.jsonl", "news_probes_followup.jsonl", "news_probes_wire.jsonl", "news_probes_heldout.jsonl")


def score(path: Path) -> dict[str, float | int]:
    """Recall and precision of mentions (overlap), strict spans, and value, type and mod on the matched ones."""
    sys.path.insert(0, str(ROOT))
    from timeline.temporal import tag

    n_exp = n_sys = n_match = n_strict = n_value = n_type = n_mod = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        probe = json.loads(line)
        text = probe["text"]
        got = tag(text, dt.date.fromisoformat(probe["dct"]))
        n_sys += len(got)
        used: set[int] = set()
        pos = 0
        for e in probe["expected"]:
            n_exp += 1
            s = text.find(e["text"], pos)
            s = s if s >= 0 else text.find(e["text"])
            end = s + len(e["text"])
            pos = end
            k = next((i for i, t in enumerate(got) if i not in used and t.start < end and s < t.end), None)
            if k is None:
                continue
            used.add(k)
            t = got[k]
            values = [e["value"], *e.get("alt_values", [])]
            n_match += 1
            n_strict += (t.start, t.end) == (s, end)
            n_value += t.value in values
            n_type += t.type in (e["type"], *e.get("alt_types", [])) or t.value in e.get("alt_values", [])
            n_mod += (t.mod or "") in [e["mod"] or "", *e.get("alt_mods", [])]
    def share(k: int, n: int) -> float:
        return round(k / n, 4) if n else 0.0

    return {"expected": n_exp, "tagged": n_sys, "matched": n_match, "recall": share(n_match, n_exp),
            "precision": share(n_match, n_sys), "strict": share(n_strict, n_exp), "value": share(n_value, n_match),
            "type": share(n_type, n_match), "mod": share(n_mod, n_match)}


def main() -> int:
    lines = ["# The tagger on made-up news probes", "",
             "`python benchmarks/score_probes.py`. The first three are tuning and regression sets, not unseen "
             "data; `news_probes_heldout.jsonl` is held out, never mended on (see the script's docstring).", "",
             "| set | expected | tagged | recall | precision | strict span | value | type | mod |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name in SETS:
        r = score(PROBES / name)
        print(name, json.dumps(r))
        lines.append(f"| {name} | {r['expected']} | {r['tagged']} | {r['recall']:.4f} | {r['precision']:.4f} | "
                     f"{r['strict']:.4f} | {r['value']:.4f} | {r['type']:.4f} | {r['mod']:.4f} |")
    (ROOT / "benchmarks" / "results" / "probes.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
