"""Group word sets whose Jaccard similarity reaches a threshold, without all pairs.

The assemble stage folds the events of one date that tell the same thing:
each event joins the first earlier group whose first member is similar
enough, else starts a group. Compared naively that is quadratic in the events
of the date, and a busy date (the year a story happened, mentioned by every
article) has thousands. A *prefix filter* (Chaudhuri et al. 2006; Bayardo et
al. 2007) gives the same answer: order the words rarest first; two sets with
Jaccard >= t must share a word among the first ``n - floor(t*n) + 1`` words of
each, so only groups sharing such a word are compared.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """|a & b| / |a | b|; two empty sets are identical, an empty and a full one are not."""
    if not a or not b:
        return 1.0 if a == b else 0.0
    return len(a & b) / len(a | b)


def group_similar(word_sets: Sequence[frozenset[str]], threshold: float) -> list[int]:
    """For each set in order, the index of the first set of its group.

    A set joins the earliest-started group whose first set has Jaccard
    similarity >= ``threshold`` (0 < threshold <= 1) with it, else starts one.
    """
    frequency = Counter(word for words in word_sets for word in words)
    rank = {word: i for i, word in enumerate(sorted(frequency, key=lambda w: (frequency[w], w)))}
    """Rarest first (ties by spelling): the global order the prefixes are taken in."""
    heads: list[int] = []
    """The first set of each group, in the order the groups started."""
    groups_with_word: dict[str, list[int]] = defaultdict(list)
    empty_group: int | None = None
    joined: list[int] = []
    for index, words in enumerate(word_sets):
        if not words:
            if empty_group is None:
                empty_group = len(heads)
                heads.append(index)
            joined.append(heads[empty_group])
            continue
        prefix = _prefix(words, rank, threshold)
        candidates = sorted({group for word in prefix for group in groups_with_word.get(word, ())})
        match = next((g for g in candidates if jaccard(words, word_sets[heads[g]]) >= threshold), None)
        if match is None:
            match = len(heads)
            heads.append(index)
            for word in prefix:
                groups_with_word[word].append(match)
        joined.append(heads[match])
    return joined


def _prefix(words: frozenset[str], rank: dict[str, int], threshold: float) -> list[str]:
    """The rarest words of ``words``, as many as a similar set must share one of."""
    length = len(words) - int(threshold * len(words)) + 1
    return sorted(words, key=rank.__getitem__)[:length]
