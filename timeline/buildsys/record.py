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

The record is one SQLite database per docs folder in the cache folder, a row
per page and one per date's near-duplicate grouping (``timeline.assemble.groupings``), written as the pages are (``RecordWriter``: aside, then renamed over
the last) and read a page at a time (``PageRecords``): held, the records of
60,000 pages took 26 MB once read from a JSON file, and making them as the
pages were written took more (a warm build of 60,000 synthetic articles into
fresh docs peaked at 242 MB with them held, 210 MB with this record). Like
the extraction cache it is untrusted input: anything that is not exactly the
shape written here is ignored, and the build does all its work again. Each
page is recorded by one digest of what it shows, not by the list of the
articles it shows: those lists named 3.2 million articles at 100,000 synthetic
articles (75 MB of record, 281 MB held once read, 1.2 GB while being read).
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sqlite3
from collections.abc import ItemsView, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

import orjson

from timeline.assemble.groupings import GroupingTable
from timeline.buildsys.code_version import code_version
from timeline.config import Config

STATE_FORMAT = 4
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
    """The near-duplicate groupings of the timeline's dates (``timeline.assemble.Groupings``), read from
    the record at each look-up (``GroupingTable``)."""
    retitled: Mapping[str, str] = field(default_factory=dict)
    """The titles the assembly gave articles by id (``timeline.assemble.named_titles``): a build that finds
    the docs up to date assembles nothing, and its "no title" warnings must name the titles the pages show."""
    title: str = ""
    """The story's title (``Timeline.title``), for ``serve``, which names the site so."""

    def docs_intact(self, docs: Path, managed_folders: Iterable[str]) -> bool:
        """True when the docs folder holds exactly the pages this build wrote, untouched."""
        if not all(record.matches(docs / path) for path, record in self.pages.items()):
            return False
        for folder in managed_folders:
            try:
                with os.scandir(docs / folder) as entries:
                    if any(entry.name.endswith(".md") and f"{folder}/{entry.name}" not in self.pages
                           for entry in entries):
                        return False
            except OSError:
                continue
        return True


class PageRecords(Mapping[str, PageRecord]):
    """The pages of a build record, by path, read from its database at each look-up.

    Rows were checked when the record was loaded (``load_state``); one that is not
    well formed now (the file changed meanwhile) reads as a page not recorded.
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __getitem__(self, path: str) -> PageRecord:
        try:
            row = self._db.execute("SELECT inputs, size, mtime_ns FROM pages WHERE path = ?", (path,)).fetchone()
        except sqlite3.Error:
            row = None
        record = _page_record(path, row) if row is not None else None
        if record is None:
            raise KeyError(path)
        return record

    def __contains__(self, path: object) -> bool:
        return isinstance(path, str) and self.get(path) is not None

    def __iter__(self) -> Iterator[str]:
        return (path for path, _ in self.rows())

    def __len__(self) -> int:
        count: int = self._db.execute("SELECT COUNT(*) FROM pages").fetchone()[0]
        return count

    def items(self) -> ItemsView[str, PageRecord]:
        return _RecordItems(self)

    def rows(self) -> Iterator[tuple[str, PageRecord]]:
        """Every page and its record, in path order, read in one pass as they go."""
        return ((path, record) for path, record in _checked_rows(self._db) if record is not None)


class _RecordItems(ItemsView[str, PageRecord]):
    """``PageRecords.items()``: iterated in one query, not one look-up a page."""

    _mapping: PageRecords

    def __iter__(self) -> Iterator[tuple[str, PageRecord]]:
        return self._mapping.rows()


class RecordWriter:
    """The record of the build under way, written as its pages are, then put in place by ``finish``.

    Written aside (``.NAME.tmp``, one per docs folder: the build holds the docs folder's lock)
    and renamed over the last record only when the build is done: a build that fails or is
    killed leaves the last record, or none. ``in``: whether a page is recorded this build.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._tmp = path.with_name(f".{path.name}.tmp")
        path.parent.mkdir(parents=True, exist_ok=True)
        self._tmp.unlink(missing_ok=True)  # a killed build's
        self._db = sqlite3.connect(self._tmp)
        self._db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
                               "CREATE TABLE meta (data BLOB NOT NULL);"
                               "CREATE TABLE pages (path TEXT PRIMARY KEY, inputs TEXT, size INTEGER,"
                               " mtime_ns INTEGER) WITHOUT ROWID;")
        GroupingTable.create(self._db)
        self.groupings = GroupingTable(self._db)
        """The near-duplicate groupings this build makes (``timeline.assemble.Groupings.made``)."""
        self.pages = 0
        """Pages recorded so far."""

    def add(self, path: str, record: PageRecord) -> None:
        self._db.execute("INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?)",
                         (path, record.inputs, record.size, record.mtime_ns))
        self.pages += 1

    def __contains__(self, path: object) -> bool:
        return self._db.execute("SELECT 1 FROM pages WHERE path = ?", (path,)).fetchone() is not None

    def finish(self, inputs: str, render: str, site: str, events: int, nav_years: Sequence[int],
               retitled: Mapping[str, str] | None = None, title: str = "") -> None:
        """Complete the record with the build's fingerprints and put it in place of the last."""
        data = {
            "magic": MAGIC, "format": STATE_FORMAT, "version": code_version(),
            "inputs": inputs, "render": render, "site": site, "events": events, "nav_years": list(nav_years),
            "retitled": dict(retitled or {}), "title": title,
        }
        self._db.execute("INSERT INTO meta VALUES (?)", (orjson.dumps(data),))
        self._db.commit()
        self._db.close()
        os.replace(self._tmp, self._path)

    def __enter__(self) -> RecordWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._db.close()
        self._tmp.unlink(missing_ok=True)  # not finished: the last record stays


def load_state(path: Path) -> BuildState | None:
    """The record at ``path``, or None when it is missing, unreadable, foreign or malformed."""
    if not path.is_file():
        return None
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (sqlite3.Error, OSError, ValueError):
        return None
    try:
        rows = db.execute("SELECT data FROM meta").fetchall()
        if len(rows) != 1 or not isinstance(rows[0][0], bytes):
            return None
        state = _decode(orjson.loads(rows[0][0]), PageRecords(db), GroupingTable(db))
        if state is None or not _pages_well_formed(db):
            return None
        return state
    except (sqlite3.Error, ValueError, TypeError, RecursionError):  # orjson.JSONDecodeError is a ValueError
        return None


def _pages_well_formed(db: sqlite3.Connection) -> bool:
    """Every page row is exactly as ``RecordWriter`` writes it (read in one pass, not held)."""
    return all(record is not None for _, record in _checked_rows(db))


def _checked_rows(db: sqlite3.Connection) -> Iterator[tuple[str, PageRecord | None]]:
    """Each page row in path order: its path and its record, None where the row is not well formed."""
    for path, *row in db.execute("SELECT path, inputs, size, mtime_ns FROM pages ORDER BY path"):
        yield path, _page_record(path, row)


def _page_record(path: object, row: Sequence[object]) -> PageRecord | None:
    shown, size, mtime_ns = row
    if not (isinstance(path, str) and (shown is None or isinstance(shown, str)) and type(size) is int
            and type(mtime_ns) is int and _is_page_path(path)):
        return None
    return PageRecord(shown, size, mtime_ns)


def _decode(data: Any, pages: PageRecords, groupings: GroupingTable) -> BuildState | None:
    if (not isinstance(data, dict) or data.get("magic") != MAGIC or data.get("format") != STATE_FORMAT
            or data.get("version") != code_version()):
        return None
    inputs, render, site, events = data.get("inputs"), data.get("render"), data.get("site"), data.get("events")
    nav_years, retitled, title = data.get("nav_years"), data.get("retitled", {}), data.get("title", "")
    if not (isinstance(inputs, str) and isinstance(render, str) and isinstance(site, str)
            and type(events) is int and isinstance(nav_years, list) and all(type(y) is int for y in nav_years)
            and isinstance(retitled, dict) and all(isinstance(v, str) for v in retitled.values())
            and isinstance(title, str)):
        return None
    return BuildState(inputs, render, pages, site, events, tuple(nav_years), groupings, retitled, title)


def _is_page_path(path: str) -> bool:
    """A relative Markdown path inside the docs folder: a planted record must not make
    the build trust (or stat) a file outside it."""
    parts = path.split("/")
    return path.endswith(".md") and all(part not in ("", ".", "..") for part in parts) and "\\" not in path


def state_path(config: Config) -> Path:
    """Where the record of builds into ``config.docs_dir`` lives (one per docs folder)."""
    docs = str(Path(config.docs_dir).resolve())
    return Path(config.cache_dir) / f"build-state-{hashlib.sha256(docs.encode()).hexdigest()[:16]}.sqlite"


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


def input_fingerprint(config: Config, render: str, stamps: Iterable[tuple[str, str]]) -> str:
    """Everything the docs folder is made from; equal fingerprints, equal docs. ``stamps``: each
    article's (id, ``article_stamp``) in order of id, hashed as they come (not held)."""
    # Only the settings the pages depend on: where the site goes, how many processes
    # extract, where the cache is or which folders were read change nothing in them.
    settings = [config.docs_dir, dataclasses.asdict(config.extract), dataclasses.asdict(config.key_dates),
                dataclasses.asdict(config.site)]
    digest = hashlib.sha256(json.dumps(["inputs", render, settings], sort_keys=True, ensure_ascii=True,
                                       default=str).encode())
    for article_id, stamp in stamps:
        digest.update(json.dumps([article_id, stamp], ensure_ascii=True).encode())
    return digest.hexdigest()


def site_fingerprint(inputs: str, mkdocs_config: Path, nav_years: Sequence[int], engine: str) -> str:
    """The published site's inputs: the docs, ``mkdocs.yml``, the navigation, the engine and the theme laid over
    Material's (``timeline.publish.search_worker.THEME``: a changed worker had left an up-to-date site with the
    old one; it is not the extraction's code, whose cache a change to it must not empty)."""
    from timeline.publish.search_worker import THEME

    try:
        mkdocs_bytes = mkdocs_config.read_bytes().hex()
    except OSError:
        mkdocs_bytes = ""
    return _digest(["site", inputs, mkdocs_bytes, list(nav_years), engine, _templates([THEME])])


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
