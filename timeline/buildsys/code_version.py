"""A fingerprint of the package's own code, for cache keys.

The build cache and the build record are keyed by the package version, but
a checkout or an editable install changes its code without changing its
version: a cached extraction made by yesterday's tagger would be reused
today. Hashing the package's source files (a few milliseconds, once per
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
    """A digest of the names and bytes of every ``.py`` file under ``folder``."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*.py")):
        digest.update(b"\0" + path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@functools.cache
def _package_digest() -> str:
    return source_digest(PACKAGE)
