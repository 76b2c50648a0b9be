"""The pages on disk: each written only when its bytes change, aside and moved in; stale managed pages removed."""
from __future__ import annotations

import os
from collections.abc import Container, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


MANAGED_FOLDERS = ("years", "months", "events", "articles", "tags", "sources", "other-articles")
"""Folders of the docs dir that the build owns: stale pages there are removed."""
MANAGED_FILES = ("index.md", "key-dates.md")
OPTIONAL_FILES = ("background.md", "outlook.md", "other-articles.md")
"""Pages beside the home page that a story may lack: removed when the build no longer writes them."""


def _write_changed(path: Path, pieces: Iterable[str]) -> bool:
    """Write the text made of ``pieces`` to ``path`` unless the file holds those very bytes (then left
    as it is: its mtime kept). Written aside and moved in, so a reader never sees half a page."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp_file = open(tmp, "wb")
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp_file = open(tmp, "wb")
    try:
        with tmp_file, _opened(path) as old:
            same = old is not None
            for piece in pieces:  # a template's error comes from here, half-way through the page
                data = piece.encode("utf-8")
                tmp_file.write(data)
                same = same and old is not None and old.read(len(data)) == data
            same = same and old is not None and not old.read(1)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if same:
        tmp.unlink()
        return False
    os.replace(tmp, path)
    return True


@contextmanager
def _opened(path: Path) -> Iterator[BinaryIO | None]:
    """``path`` open for reading, or None when it cannot be read (then the page is written)."""
    try:
        file = open(path, "rb")
    except OSError:
        yield None
        return
    with file:
        yield file


def write_if_changed(root: Path, pages: Mapping[str, str] | Iterable[tuple[str, str | Iterable[str]]],
                     known: Container[str] | None = None) -> tuple[int, int]:
    """Write each page whose bytes differ; delete stale managed pages.

    Untouched files keep their mtime, so MkDocs' dev server and ``--dirty``
    rebuild only what changed. ``pages`` may be (path, text) pairs made as they
    are written: the build renders each page only when it is written, and never
    holds them all (the Markdown of 20,000 articles' pages is 36 MB, 85 MB as
    Python holds it); a page's text may come in pieces (``PagePlan.generate``), each
    written and compared as it comes, so that no page is held whole either. ``known``: every
    page of the site this time, written or not
    (the build's record, ``timeline.buildsys.record.RecordWriter``, which it fills as it
    goes, and keeps pages nothing changed in: these are not among ``pages``); asked
    once every page is written. Without it, the site is the pages given.
    Returns (written, removed).
    """
    written = removed = 0
    names: set[str] = set()
    root.mkdir(parents=True, exist_ok=True)
    for relative, text in sorted(pages.items()) if isinstance(pages, Mapping) else pages:
        if known is None:
            names.add(relative)
        if _write_changed(root / relative, (text,) if isinstance(text, str) else text):
            written += 1
    site = names if known is None else known
    for folder in MANAGED_FOLDERS:
        try:
            with os.scandir(root / folder) as entries:  # one entry at a time: a folder may hold 100,000 pages
                stale = [entry.path for entry in entries
                         if entry.name.endswith(".md") and f"{folder}/{entry.name}" not in site]
        except OSError:
            continue
        for stale_path in stale:
            os.unlink(stale_path)
            removed += 1
    for relative in OPTIONAL_FILES:
        if relative not in site and (root / relative).is_file():
            (root / relative).unlink()
            removed += 1
    return written, removed

