"""Extractive article summaries: the lead (the default) or one of sumy's methods.

The lead needs nothing but the sentences; sumy's methods live in
``timeline.extract.sumy_methods``, imported on first use: a build with the
default summarizer never loads sumy, NLTK or NumPy for it (half a second of
start-up on every build that extracts an article).
"""
from __future__ import annotations

from collections.abc import Sequence

MAX_INPUT_SENTENCES = 30
"""Summarize from the first sentences only: news puts what matters first, and the
graph summarizers are quadratic in the sentence count (a 500-sentence article
took seconds)."""


def summarize(sentences: Sequence[str], count: int, method: str = "lexrank", language: str = "english") -> tuple[int, ...]:
    """Indices of the ``count`` best sentences, in article order.

    ``method`` is a sumy summarizer name or ``lead`` (the first sentences,
    the classic news baseline). Short articles are returned whole; only the
    first ``MAX_INPUT_SENTENCES`` sentences are candidates.
    """
    sentences = sentences[:MAX_INPUT_SENTENCES]
    if count <= 0 or not sentences:
        return ()
    if len(sentences) <= count or method == "lead":
        return tuple(range(min(count, len(sentences))))
    # Imported here: sumy's start-up is paid only by a sumy method.
    from timeline.extract.sumy_methods import choose

    return choose(sentences, count, method, language)
