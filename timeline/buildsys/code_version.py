"""A fingerprint of the package's own code, for cache keys.

The build cache and the build record are keyed by the package version, but
a checkout or an editable install changes its code without changing its
version: a cached extraction made by yesterday's tagger would be reused
today. Hashing the package's files (a few milliseconds, once per
process) makes any code change a new key, released or not.
"""
from __future__ import annotations

import functools
import hashlib
from pathlib import Path

import timeline

PACKAGE = Path(timeline.__file__).resolve().parent
"""The timeline package, whose sources the version digests."""


def code_version() -> str:
    """The package version and a digest of the package's sources: ``0.1.0+1a2b...``."""
    return f"{timeline.__version__}+{_package_digest()}"


def source_digest(folder: Path) -> str:
    """A digest of the names and bytes of every file under ``folder`` but Python's bytecode: the sources and the
    files the site is made with (the search worker and the template of ``timeline.publish.search_worker``'s
    theme, which MkDocs copies into every site: a changed worker left an up-to-date site with the old one)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                       and p.suffix != ".pyc"):
        digest.update(b"\0" + path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@functools.cache
def _package_digest() -> str:
    return source_digest(PACKAGE)
