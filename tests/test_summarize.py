"""Which summarizer costs what: the lead needs nothing but the sentences."""
from __future__ import annotations

import subprocess
import sys


def test_the_lead_summary_never_loads_sumy() -> None:
    """The default summarizer needs no sumy, NLTK or NumPy start-up (half a second a build that extracts)."""
    code = ("import sys, datetime as dt\n"
            "from timeline.config import ExtractConfig\n"
            "from timeline.extract import extract\n"
            "from timeline.records import Article\n"
            "text = 'The council met on 3 May 2023. It voted on the bridge. Work began the next week. It ended.'\n"
            "e = extract(Article('a', 'a.txt', 'T', text, dt.date(2023, 5, 4)), ExtractConfig())\n"
            "assert e.summary == (0, 1, 2), e.summary\n"
            "print(sorted(m for m in ('sumy', 'nltk', 'numpy') if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
