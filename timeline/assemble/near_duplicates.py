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
from itertools import chain


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """|a & b| / |a | b|; two empty sets are identical, an empty and a full one are not."""
    if not a or not b:
        return 1.0 if a == b else 0.0
    return len(a & b) / len(a | b)


def group_similar(word_sets: Sequence[frozenset[str]], threshold: float) -> list[int]:
    """For each set in order, the index of the first set of its group.

    ``word_sets`` is walked twice, in order, and not indexed: it may make each set as it is walked
    (``timeline.assemble.Groupings``), and only the groups' first sets are kept.

    A set joins the earliest-started group whose first set has Jaccard
    similarity >= ``threshold`` (0 < threshold <= 1) with it, else starts one.

    Two cheap checks skip exact comparisons that cannot succeed, without
    changing the answer: |a & b| / |a | b| <= min(|a|, |b|) / max(|a|, |b|),
    and float division is monotonic, so a head whose size ratio is already
    below ``threshold`` is passed over; and |a | b| is computed as
    |a| + |b| - |a & b| (the same integer) rather than built as a set.
    """
    frequency = Counter(chain.from_iterable(word_sets))  # the first of two walks: each set is needed once a walk
    order = sorted(frequency)
    order.sort(key=frequency.__getitem__)  # stable: by count, ties left in spelling order
    rank = dict(zip(order, range(len(order))))
    """Rarest first (ties by spelling): the global order the prefixes are taken in."""
    del frequency, order  # the date's vocabulary once, not three times, while its sets are grouped
    heads: list[int] = []
    """The first set of each group, in the order the groups started."""
    head_sets: list[frozenset[str]] = []
    """Their sets: the only ones kept past their turn (``word_sets`` may make each set as it is walked)."""
    groups_with_word: dict[str, list[int]] = defaultdict(list)
    empty_group: int | None = None
    joined: list[int] = []
    for index, words in enumerate(word_sets):
        if not words:
            if empty_group is None:
                empty_group = len(heads)
                heads.append(index)
                head_sets.append(words)
            joined.append(heads[empty_group])
            continue
        # The groups indexed under each prefix word; a new group is added to these same lists.
        postings = [groups_with_word[word] for word in _prefix(words, rank, threshold)]
        size = len(words)
        match = None
        for group in sorted(set().union(*postings)):
            head = head_sets[group]
            head_size = len(head)  # never 0: an empty set shares no prefix word
            if (size / head_size if size < head_size else head_size / size) < threshold:
                continue
            common = len(words & head)
            if common / (size + head_size - common) >= threshold:
                match = group
                break
        if match is None:
            match = len(heads)
            heads.append(index)
            head_sets.append(words)
            for groups in postings:
                groups.append(match)
        joined.append(heads[match])
    return joined


def _prefix(words: frozenset[str], rank: dict[str, int], threshold: float) -> list[str]:
    """The rarest words of ``words``, as many as a similar set must share one of."""
    length = len(words) - int(threshold * len(words)) + 1
    return sorted(words, key=rank.__getitem__)[:length]
