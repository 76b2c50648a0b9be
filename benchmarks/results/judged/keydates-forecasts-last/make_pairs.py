"""Pairs of key-date versions for blind judging: python make_pairs.py BEFORE_SITES AFTER_SITES BEFORE_TASKS AFTER_TASKS.

BEFORE_SITES/AFTER_SITES: roots of ``timeline build --no-mkdocs`` outputs, TOPIC/docs/key-dates.md in each;
BEFORE_TASKS/AFTER_TASKS: ``tls_run.py --save`` folders (TASK.json: day -> sentences). Days whose sentences differ
as sets (not only in order) become pairs, shown as X and Y in an order drawn with seed 2045; writes pairs.md and
key.json (which of X and Y is "after")."""
import glob
import json
import os
import random
import re
import sys

before_sites, after_sites, before_tasks, after_tasks = sys.argv[1:5]
TOPICS = ["EgyptianProtest", "Finan", "H1N1", "bpoil", "haiti"]


def site_days(root: str, topic: str) -> dict[str, list[str]]:
    text = open(f"{root}/{topic}/docs/key-dates.md", encoding="utf-8").read()
    days = {}
    for block in re.split(r"\n### ", text)[1:]:
        day = re.search(r"\{ #([\d-]+) \}", block)[1]
        lines = [line[2:] for line in block.splitlines() if line.startswith("- ")]
        days[day] = [re.sub(r"\s*<span data-search-exclude>.*", "", s).replace("*Expected:* ", "Expected: ")
                     .replace("&#58;", ":").replace("\\(", "(").replace("\\)", ")")
                     for s in lines]
    return days


pairs = []
for topic in TOPICS:
    a, b = site_days(before_sites, topic), site_days(after_sites, topic)
    for day in sorted(set(a) | set(b)):
        if set(a.get(day, [])) != set(b.get(day, [])):
            pairs.append((topic, day, "site", a.get(day, []), b.get(day, [])))
for path in sorted(glob.glob(f"{before_tasks}/*.json")):
    task = os.path.basename(path)[:-5].replace("_", "/")
    a, b = json.load(open(path)), json.load(open(path.replace(before_tasks, after_tasks)))
    for day in sorted(set(a) | set(b)):
        if set(a.get(day, [])) != set(b.get(day, [])):
            pairs.append((task.split("/")[0], day, f"task {task}", a.get(day, []), b.get(day, [])))
rng = random.Random(2045)
key, out = {}, []
for n, (topic, day, where, before, after) in enumerate(pairs, 1):
    after_is_x = rng.random() < 0.5
    x, y = (after, before) if after_is_x else (before, after)
    key[n] = {"topic": topic, "day": day, "where": where, "after": "X" if after_is_x else "Y"}
    out.append(f"## Pair {n}. {topic}, {day}\n\nVersion X:\n" + "".join(f"- {s}\n" for s in x)
               + "\nVersion Y:\n" + "".join(f"- {s}\n" for s in y))
open("pairs.md", "w", encoding="utf-8").write("\n".join(out))
json.dump(key, open("key.json", "w"), indent=1)
print(len(pairs), "pairs")
