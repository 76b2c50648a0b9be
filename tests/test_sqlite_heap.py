"""A build bounds SQLite's memory with its soft heap limit, and gives the process its own limit back."""
from __future__ import annotations

import sqlite3

import pytest

from timeline.buildsys.sqlite_heap import BUILD_HEAP_LIMIT, soft_heap_limit


def _limit() -> int:
    db = sqlite3.connect(":memory:")
    try:
        return int(db.execute("PRAGMA soft_heap_limit").fetchone()[0])
    finally:
        db.close()


def _set(limit: int) -> None:
    db = sqlite3.connect(":memory:")
    try:
        db.execute(f"PRAGMA soft_heap_limit = {limit}")
    finally:
        db.close()


@pytest.mark.parametrize("before", [0, 123_456_789])
def test_the_limit_holds_inside_and_is_set_back_after(before: int) -> None:
    _set(before)
    try:
        with soft_heap_limit():
            assert _limit() == BUILD_HEAP_LIMIT
        assert _limit() == before
        with pytest.raises(RuntimeError), soft_heap_limit(5_000_000):
            assert _limit() == 5_000_000
            raise RuntimeError("a failed build")
        assert _limit() == before
    finally:
        _set(0)
