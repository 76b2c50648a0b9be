"""SQLite's memory bounded for the length of a build: its soft heap limit.

A build keeps several SQLite databases open at once: the build cache, the build record, the articles'
store, the spill, the entries' store, the key dates' tables. Each connection caches up to 2 MB of
pages (SQLite's default), and a cache fills only as its database grows, so together they made a
build's peak grow with the archive: a database of 20,000 articles left some caches half full, one of
100,000 filled them all. SQLite's soft heap limit (``PRAGMA soft_heap_limit``) is one budget for all
of the process's connections: near it, SQLite reuses cached pages rather than allocating more, and
pages it needs again are read back from the database's file (in the system's file cache).

Measured on warm builds into fresh docs, one run each (``benchmarks/results/flat-memory-ab.md``):
a limit of 8 MB lowered the maximum RSS from 74.7 to 69.5 MB at 20,000 synthetic articles and
from 84.6 to 76.4 MB at 100,000.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

BUILD_HEAP_LIMIT = 8_000_000
"""Bytes. 4 MB saved 3 MB more at both sizes but rendered 100,000 articles in 60.6 s against 52.9 s (47.7 s
without a limit), one run each."""


@contextmanager
def soft_heap_limit(limit: int = BUILD_HEAP_LIMIT) -> Iterator[None]:
    """SQLite's soft heap limit set to ``limit`` bytes, then set back as it was (it is the process's,
    not a connection's: a program that builds and goes on gets its own limit back)."""
    db = sqlite3.connect(":memory:")
    try:
        previous = int(db.execute("PRAGMA soft_heap_limit").fetchone()[0])
        db.execute(f"PRAGMA soft_heap_limit = {int(limit)}")
    finally:
        db.close()
    try:
        yield
    finally:
        db = sqlite3.connect(":memory:")
        try:
            db.execute(f"PRAGMA soft_heap_limit = {previous}")
        finally:
            db.close()
