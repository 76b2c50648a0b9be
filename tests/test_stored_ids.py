"""The ids a build collects on disk (``timeline.stored_ids``)."""
from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.stored_ids import StoredIds


@given(st.lists(st.text(max_size=8)), st.lists(st.text(max_size=8)))
def test_stored_ids_behave_as_a_set_walked_in_order(added: list[str], asked: list[str]) -> None:
    ids = StoredIds(added[:3])
    for article_id in added[3:]:
        ids.add(article_id)
    assert len(ids) == len(set(added)) and list(ids) == sorted(set(added))
    assert [i in ids for i in asked + added] == [i in set(added) for i in asked + added]
    assert ids == frozenset(added) and (ids == frozenset(added) | {"\x00new"}) is False
    assert 3 not in ids


def test_their_database_is_closed_when_they_are_freed() -> None:
    ids = StoredIds(["a"])
    db = ids._db
    assert db.execute("SELECT COUNT(*) FROM ids").fetchone() == (1,)
    del ids
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        db.execute("SELECT 1")
