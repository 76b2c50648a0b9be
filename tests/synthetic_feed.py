"""A JSONL feed of many small, dated articles about one story, built inline for tests that
need a build big enough to use the extraction pool or a cluster's batches."""
from __future__ import annotations

import json
from pathlib import Path

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def write_feed(path: Path, count: int, extra: str = "") -> Path:
    """``count`` articles, one a line, each naming a day of 2023 and published the day after;
    ``extra`` is appended to every text (a change that touches every article). Returns ``path``."""
    lines = []
    for n in range(count):
        day = 1 + n % 28
        month = 1 + (n // 28) % 12
        text = (f"The council met on {day} {MONTHS[month - 1]} 2023 to discuss bridge plan {n}. "
                f"Engineers said the river crossing number {n} would cost more. "
                f"Residents of ward {n % 17} protested on Saturday against the closure of the old road. {extra}")
        lines.append(json.dumps({"id": f"a{n:04d}", "published": f"2023-{month:02d}-{min(28, day + 1):02d}",
                                 "title": f"Bridge plan {n}", "text": text}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
