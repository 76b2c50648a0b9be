"""What the last build made from what, so a rebuild can skip work whose inputs did not change.

A rebuild of a story of thousands of articles must take seconds. Two things
make that possible, both decided from this record:

* **Nothing changed**: the fingerprint of every input (each article's bytes
  and metadata, the config, the templates, ``SOURCE_DATE_EPOCH``, the package
  code) equals the last build's, and every page it wrote is still on disk
  as it left it (size and mtime). Then the build stops after reading.
* **Some articles changed**: a page is rendered again only when an article
  it shows changed, its set of articles or its layout changed (its
  ``page_inputs`` differ), or its file is not as the last build left it.
  Pages that show the whole story (home, key dates, indexes) are always
  rendered. ``timeline.render.PagePlan`` says what each page shows.

The record is one JSON file per docs folder in the cache folder. Like the
extraction cache it is untrusted input: anything that is not exactly the
shape written here is ignored, and the build does all its work again.
Each page is recorded by one digest of what it shows, not by the list of
the articles it shows: those lists named 3.2 million articles at 100,000
synthetic articles (75 MB of record, 281 MB held once read, 1.2 GB while
being read).
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from timeline.buildsys.code_version import code_version
from timeline.config import Config

STATE_FORMAT = 2
"""Bump when the record's layout or meaning changes; older records are then ignored."""
MAGIC = "timeline-build-state"


@dataclass(frozen=True, slots=True)
class PageRecord:
    """One page the last build left in the docs folder."""

    inputs: str | None
    """What it shows (``page_inputs``), None for a page that shows the whole story."""
    size: int
    mtime_ns: int

    def matches(self, path: Path) -> bool:
        """True when the file at ``path`` still has the size and mtime this build left."""
        try:
            stat = path.stat()
        except OSError:
            return False
        return stat.st_size == self.size and stat.st_mtime_ns == self.mtime_ns


@dataclass(frozen=True, slots=True)
class BuildState:
    """The last build of one docs folder."""

    inputs: str
    """Fingerprint of everything the docs folder is made from (``input_fingerprint``)."""
    render: str
    """Fingerprint of what every page depends on besides its articles (``render_fingerprint``)."""
    pages: Mapping[str, PageRecord]
    """Path relative to the docs folder -> what was written there."""
    site: str
    """Fingerprint of the published site (``site_fingerprint``), "" when none was published."""
    events: int
    """How many entries the timeline had, for the build report."""
    nav_years: tuple[int, ...]
    """The years the navigation listed, for ``serve``."""
    groupings: Mapping[str, tuple[int, ...]]
    """The near-duplicate groupings of the timeline's dates (``timeline.assemble.Groupings``)."""

    def docs_intact(self, docs: Path, managed_folders: Iterable[str]) -> bool:
        """True when the docs folder holds exactly the pages this build wrote, untouched."""
        if not all(record.matches(docs / path) for path, record in self.pages.items()):
            return False
        for folder in managed_folders:
            try:
                names = [entry.name for entry in os.scandir(docs / folder) if entry.name.endswith(".md")]
            except OSError:
                names = []
            if any(f"{folder}/{name}" not in self.pages for name in names):
                return False
        return True

    def save(self, path: Path) -> None:
        """Write the record (aside, then renamed: a killed build leaves the old one or none)."""
        data = {
            "magic": MAGIC, "format": STATE_FORMAT, "version": code_version(),
            "inputs": self.inputs, "render": self.render, "site": self.site, "events": self.events,
            "nav_years": list(self.nav_years),
            "groupings": {k: list(v) for k, v in sorted(self.groupings.items())},
            "pages": {p: [r.inputs, r.size, r.mtime_ns] for p, r in sorted(self.pages.items())},
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
        tmp.write_bytes(orjson.dumps(data))  # orjson: the record is read by every rebuild, in full
        os.replace(tmp, path)


def load_state(path: Path) -> BuildState | None:
    """The record at ``path``, or None when it is missing, unreadable, foreign or malformed."""
    try:
        data = orjson.loads(path.read_bytes())
        return _decode(data)
    except (OSError, ValueError, TypeError, RecursionError):  # orjson.JSONDecodeError is a ValueError
        return None


def _decode(data: Any) -> BuildState | None:
    if (not isinstance(data, dict) or data.get("magic") != MAGIC or data.get("format") != STATE_FORMAT
            or data.get("version") != code_version()):
        return None
    inputs, render, site, events = data.get("inputs"), data.get("render"), data.get("site"), data.get("events")
    nav_years, pages = data.get("nav_years"), data.get("pages")
    groupings = data.get("groupings")
    if not (isinstance(inputs, str) and isinstance(render, str) and isinstance(site, str)
            and type(events) is int and isinstance(nav_years, list) and all(type(y) is int for y in nav_years)
            and isinstance(pages, dict) and isinstance(groupings, dict)
            and all(isinstance(g, list) and all(type(h) is int for h in g) for g in groupings.values())):
        return None
    records = {}
    for page, record in pages.items():
        if not (isinstance(record, list) and len(record) == 3):
            return None
        shown, size, mtime_ns = record
        if not ((shown is None or isinstance(shown, str)) and type(size) is int and type(mtime_ns) is int
                and _is_page_path(page)):
            return None
        records[page] = PageRecord(shown, size, mtime_ns)
    return BuildState(inputs, render, records, site, events, tuple(nav_years),
                      {key: tuple(heads) for key, heads in groupings.items()})


def _is_page_path(path: str) -> bool:
    """A relative Markdown path inside the docs folder: a planted record must not make
    the build trust (or stat) a file outside it."""
    parts = path.split("/")
    return path.endswith(".md") and all(part not in ("", ".", "..") for part in parts) and "\\" not in path


def state_path(config: Config) -> Path:
    """Where the record of builds into ``config.docs_dir`` lives (one per docs folder)."""
    docs = str(Path(config.docs_dir).resolve())
    return Path(config.cache_dir) / f"build-state-{hashlib.sha256(docs.encode()).hexdigest()[:16]}.json"


def page_inputs(layout: str, articles: Iterable[str], stamps: Mapping[str, str]) -> str:
    """What a page shows: its layout and each of its articles with its stamp (``article_stamp``).
    Equal when neither its layout, nor its set of articles, nor any of them changed."""
    shown = "\n".join(f"{a}\0{stamps.get(a, '')}" for a in sorted(articles))
    return hashlib.sha256(f"{layout}\0\0{shown}".encode("utf-8", "surrogatepass")).hexdigest()[:32]


def article_stamp(extraction_key: str, fields: Sequence[object]) -> str:
    """One article's fingerprint: its extraction key and every field the pages print."""
    return _digest(["article", extraction_key, [str(f) for f in fields]])


def render_fingerprint(config: Config, template_dirs: Sequence[Path], built: object) -> str:
    """What every page depends on besides its articles: templates, site options, build date, version."""
    return _digest(["render", STATE_FORMAT, code_version(), _templates(template_dirs),
                    dataclasses.asdict(config.site), str(built)])


def input_fingerprint(config: Config, render: str, stamps: Mapping[str, str]) -> str:
    """Everything the docs folder is made from; equal fingerprints, equal docs."""
    # Only the settings the pages depend on: where the site goes, how many processes
    # extract, where the cache is or which folders were read change nothing in them.
    settings = [config.docs_dir, dataclasses.asdict(config.extract), dataclasses.asdict(config.key_dates),
                dataclasses.asdict(config.site)]
    return _digest(["inputs", render, settings, sorted(stamps.items())])


def site_fingerprint(inputs: str, mkdocs_config: Path, nav_years: Sequence[int], engine: str) -> str:
    """The published site's inputs: the docs, ``mkdocs.yml``, the navigation and the engine."""
    try:
        mkdocs_bytes = mkdocs_config.read_bytes().hex()
    except OSError:
        mkdocs_bytes = ""
    return _digest(["site", inputs, mkdocs_bytes, list(nav_years), engine])


def _templates(template_dirs: Sequence[Path]) -> list[tuple[str, str]]:
    """(name, sha256) of every template file, in search order."""
    found = []
    for folder in template_dirs:
        for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
            if path.is_file():
                found.append((f"{folder}:{path.relative_to(folder).as_posix()}",
                              hashlib.sha256(path.read_bytes()).hexdigest()))
    return found


def _digest(value: object) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, ensure_ascii=True, default=str).encode()).hexdigest()
