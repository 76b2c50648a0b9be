"""The prefix-filtered grouping gives exactly the naive first-match answer."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.assemble.near_duplicates import group_similar, jaccard


def naive(word_sets: list[frozenset[str]], threshold: float) -> list[int]:
    """The definition: compare each set with every earlier group's first set, in order."""
    heads: list[int] = []
    joined: list[int] = []
    for index, words in enumerate(word_sets):
        head = next((h for h in heads if jaccard(words, word_sets[h]) >= threshold), None)
        if head is None:
            heads.append(index)
            head = index
        joined.append(head)
    return joined


_sets = st.lists(st.frozensets(st.sampled_from("abcdefghij"), max_size=8), max_size=40)


@given(_sets, st.sampled_from([0.1, 0.3, 0.5, 0.7, 0.75, 0.9, 1.0]))
def test_grouping_matches_the_naive_definition(word_sets: list[frozenset[str]], threshold: float) -> None:
    assert group_similar(word_sets, threshold) == naive(word_sets, threshold)


def test_a_near_copy_joins_the_first_group_and_a_different_sentence_starts_one() -> None:
    spill = frozenset("the well blew out in the gulf on tuesday".split())
    near = frozenset("the well blew out in the gulf on wednesday".split())
    other = frozenset("bp shares fell sharply in london".split())
    assert group_similar([spill, other, near, frozenset(), frozenset()], 0.7) == [0, 1, 0, 3, 3]


def test_boundary_similarity_counts_as_similar() -> None:
    """7 of 10 words is exactly 0.7: the prefix length must not lose it to float rounding."""
    ten = frozenset(str(i) for i in range(10))
    seven = frozenset(str(i) for i in range(7))
    assert jaccard(ten, seven) == 0.7
    assert group_similar([ten, seven], 0.7) == [0, 0]
    assert group_similar([seven, ten], 0.7) == [0, 0]
