"""What an earlier build read of a file, given back while the file is as it was.

A rebuild reads every input again to learn what changed, and on a large
archive that reading is most of a rebuild that changed little: parsing each
feed record, cleaning its text and hashing it. A file whose size, times and
inode are those an earlier build saw (``signature``) holds what it held then,
as make, git and rsync assume, so its articles (without their text, with its
digest: ``text_digest``) and its problems can be read back instead
(``ReadMemo``; the build keeps them in its cache). A file changed within
``RACY_SECONDS`` of being looked at is never read back: a change in the same
tick of the file system's clock would leave its times as they were.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import orjson

from timeline.records import Article
from timeline.report import Problem, Severity

Item = tuple[Article, str] | Problem
"""What a file gave: an article (its text left out) with its text's digest, or a problem."""

RACY_SECONDS = 2
"""A file modified this recently when looked at is read again next time, whatever its signature."""


class ReadMemo(Protocol):
    """Where ``read_sources`` finds what an earlier build read of a file, and leaves what it read."""

    def recall(self, path: Path, root: Path | None) -> Sequence[Item] | None:
        """The items of ``path`` (found under ``root``) as an earlier build read them, when the
        file has not changed since; None when it must be read."""

    def remember(self, path: Path, root: Path | None, items: Sequence[Item]) -> None:
        """Keep the items just read of ``path``, under the signature ``recall`` saw before reading it."""


def text_digest(text: str) -> str:
    """The SHA-256 of an article's text, which stands for the text in its extraction key."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def signature(path: Path) -> str | None:
    """What identifies this version of the file: size, times, inode and device; None when the
    file cannot be looked at or changed too recently to be told apart from a change to come."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    if time.time_ns() - st.st_mtime_ns < RACY_SECONDS * 1_000_000_000:
        return None
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}:{st.st_dev}"


def encode_items(items: Sequence[Item]) -> bytes:
    """The stored form of a file's items (``decode_items`` reads it back)."""
    return orjson.dumps([
        ["p", item.origin, item.reason, item.severity.value] if isinstance(item, Problem) else
        ["a", item[1], item[0].id, item[0].origin, item[0].title, item[0].published.isoformat()
         if item[0].published else None, item[0].url, item[0].source, list(item[0].tags), item[0].language,
         list(item[0].other_titles)]
        for item in items])


def decode_items(blob: object) -> list[Item] | None:
    """The items stored in ``blob``; None when it is not what ``encode_items`` wrote (the store is untrusted)."""
    if not isinstance(blob, bytes):
        return None
    try:
        rows = orjson.loads(blob)
        return [_item(row) for row in rows] if isinstance(rows, list) else None
    except (ValueError, TypeError):  # orjson.JSONDecodeError is a ValueError
        return None


def _item(row: Any) -> Item:
    if not isinstance(row, list) or not row or not all(isinstance(v, str) for v in row[1:4]):
        raise ValueError("malformed item")
    if row[0] == "p" and len(row) == 4:
        return Problem(row[1], row[2], Severity(row[3]))  # an unknown severity: ValueError
    if (row[0] != "a" or len(row) != 11 or not isinstance(row[9], str) or not isinstance(row[8], list)
            or not isinstance(row[10], list)):
        raise ValueError("malformed item")
    digest, article_id, origin, title, published, url, source, tags, language, others = row[1:]
    if not (isinstance(title, str) and isinstance(url, str) and isinstance(source, str)
            and all(isinstance(t, str) for t in (*tags, *others))
            and (published is None or isinstance(published, str))):
        raise ValueError("malformed item")
    # A day is that of many articles: one date object for it.
    return Article(id=article_id, origin=origin, title=title, text="",
                   published=_day(published) if published is not None else None,
                   url=url, source=source, tags=tuple(tags), language=language, other_titles=tuple(others)), digest


@functools.lru_cache(maxsize=4096)
def _day(iso: str) -> dt.date:
    """The day of an ISO date; one object a day, however many articles it dates (``ValueError`` if none)."""
    return dt.date.fromisoformat(iso)
