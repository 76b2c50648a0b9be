"""The read stage: files and folders in, Article records and problems out.

One bad input never stops the build: each file (and each line of a feed) is
read on its own, and whatever cannot be used becomes a Problem naming the
path and the reason. Folders are walked in sorted order so every build reads
the same articles in the same order.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from timeline.records import Article
from timeline.read.clean import clean_text, printable_path
from timeline.read.decode import DecodeError, decode
from timeline.read.fields import FieldError, Fields
from timeline.read.html import HtmlError, parse_html
from timeline.read.jsonl import BadLine, FeedLine, parse_feed, parse_line
from timeline.read.article_store import ArticleStore
from timeline.read.furniture_titles import NO_TITLE, retitle_furniture, source_and_day, untitled_warning
from timeline.read.memo import Item, ReadMemo, text_digest
from timeline.read.text import FrontMatterError, parse_text_article
from timeline.report import Problem, Severity

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Larger article files, and longer feed records, are refused: no news article is 20 MB, a dump
or a mistake is. A feed is read record by record, so a feed itself may be of any size."""
_SNIFF_BYTES = 65536
"""How much of a feed's start is checked for binary content before its lines are read."""
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")
"""UTF-16 and UTF-32 byte-order marks: such a feed cannot be split into lines as bytes."""

_ISO_DAY = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_RESERVED = frozenset({"con", "prn", "aux", "nul", "index", "tags", "sources", "years", "key-dates"}
                      | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)})


Titler = Callable[[str], tuple[str, ...]]
"""What titles an untitled article from its cleaned text: its title and the next ones its text gives
(``timeline.read.untitled.TITLES_GIVEN`` in all), in order."""


def titles_from_text(text: str) -> tuple[str, ...]:
    """An untitled article's title and the next ones its text gives (``timeline.read.untitled.titles_from_text``),
    whose module is imported on first use. Compiling its page-furniture patterns took 82 ms at import, in
    every build, also one with nothing changed, which titles no text: that rebuild took 0.28 s against 0.36 s
    for H1N1's 402 articles, and 0.50 s against 0.58 s for the 2,716 dev articles as one feed (alternating
    runs, five each, the same times every run)."""
    from timeline.read.untitled import titles_from_text as titles_of_text
    return titles_of_text(text)


@dataclass(frozen=True, slots=True)
class ReadResult:
    """The articles that could be used, in reading order, and every problem."""

    articles: Sequence[Article]
    """In a build, the ``ArticleStore`` they were read into (with each one's key), walked
    by every later stage; a tuple where a result is made by hand."""
    problems: tuple[Problem, ...]


def read_sources(sources: Iterable[str | Path], each: Callable[[Article, str], tuple[Article, str]] | None = None,
                 title_of: Titler = titles_from_text, memo: ReadMemo | None = None,
                 store: ArticleStore | None = None) -> ReadResult:
    """Read every supported file under ``sources`` (files or folders) into an ``ArticleStore``.

    ``each``, given, sees every article as soon as it is read (with its unique id and
    slug, and its text's digest, ``memo.text_digest``) and gives the record to store and a
    key to store with it (``ArticleStore.keys``): the build hashes each text there and keeps
    only those it has yet to extract, so a build never holds the whole archive's text, not
    even a whole feed's. ``title_of`` titles an untitled article from its cleaned text (the
    build's looks up the title an earlier build made of the same text). ``memo`` gives back
    what an earlier build read of a file that has not changed since, without its texts
    (``timeline.read.memo``), and keeps what is read of the others; a file whose articles
    would now be renamed (their id taken by an article read before) is read again. ``store``,
    given, is the one to read into (a new one otherwise).
    """
    store = store if store is not None else ArticleStore()
    problems: list[Problem] = []
    for path, root in _files(sources, problems):
        recalled = memo.recall(path, root) if memo is not None else None
        if recalled is not None and not store.takes([item[0].id for item in recalled if isinstance(item, tuple)]):
            recalled = None
        kept: list[Item] | None = [] if memo is not None and recalled is None else None
        for item in recalled if recalled is not None else _digested(_read_items(path, root, title_of)):
            if kept is not None:
                kept.append(item if isinstance(item, Problem) else (replace(item[0], text=""), item[1]))
            if isinstance(item, Problem):
                problems.append(item)
                continue
            article = store.unique(item[0])
            store.add(*(each(article, item[1]) if each is not None else (article, "")))
        if memo is not None and kept is not None and not any(
                isinstance(item, Problem) and item.severity is Severity.ERROR for item in kept):
            memo.remember(path, root, kept)  # a file with errors is read again: they may be passing
    return ReadResult(store, tuple(retitle_furniture(store, problems)) + tuple(store.renames))


def _digested(items: Iterable[Article | Problem]) -> Iterator[Item]:
    """Each article read with its text's digest."""
    for item in items:
        yield item if isinstance(item, Problem) else (item, text_digest(item.text))


def read_file(path: Path, root: Path | None = None) -> tuple[list[Article], list[Problem]]:
    """Read one file into articles with the reader of its suffix; never raises for a bad file."""
    articles: list[Article] = []
    problems: list[Problem] = []
    for item in _read_items(path, root, titles_from_text):
        if isinstance(item, Problem):
            problems.append(item)
        else:
            articles.append(item)
    return articles, problems


def _read_items(path: Path, root: Path | None, title_of: Titler) -> Iterator[Article | Problem]:
    """The articles and problems of one file, in reading order, each as soon as it is read
    (a feed record by record); a file that fails midway keeps the articles read before."""
    origin = printable_path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        yield Problem(origin, f"unsupported file type {path.suffix!r}")
        return
    try:
        if reader.parse is None:
            yield from _read_feed_file(path, title_of)
        else:
            yield from _read_article_file(path, root, reader.parse, title_of)
    except _NotReadable as exc:
        yield Problem(origin, str(exc))
    except OSError as exc:
        yield Problem(origin, f"cannot be read: {exc.strerror or exc}")


def _read_text(path: Path, root: Path | None, text: str) -> tuple[Fields, str]:
    """A Markdown or text article: YAML front matter, then the body."""
    return parse_text_article(text)


def _read_html(path: Path, root: Path | None, text: str) -> tuple[Fields, str]:
    """An HTML page: its main text through trafilatura (no comments); the file or folder
    name's date outranks the page's metadata (as documented)."""
    page = parse_html(text)
    return Fields(title=page.title, published=_date_from_path(path, root) or page.published, url=page.url), page.text


@dataclass(frozen=True, slots=True)
class Reader:
    """How files of one suffix are read: ``parse`` turns a whole decoded file into one
    article's fields and body; a reader without it (a feed) streams its records."""

    parse: Callable[[Path, Path | None, str], tuple[Fields, str]] | None = None


READERS: Mapping[str, Reader] = {
    ".md": Reader(_read_text),
    ".markdown": Reader(_read_text),
    ".txt": Reader(_read_text),
    ".html": Reader(_read_html),
    ".htm": Reader(_read_html),
    ".jsonl": Reader(),
}
"""The reader of each suffix the build reads (as ``timeline.export.FORMATS`` lists the writers)."""
SUFFIXES = frozenset(READERS)


def _read_article_file(path: Path, root: Path | None, parse: Callable[[Path, Path | None, str], tuple[Fields, str]],
                       title_of: Titler) -> Iterator[Article | Problem]:
    """One article from one file: read under the size limit, decoded, then ``parse``d."""
    origin = printable_path(path)
    text, problems = _read_decoded(path)
    yield from problems
    if text is None:
        return
    try:
        fields, body = parse(path, root, text)
    except (FrontMatterError, FieldError, HtmlError) as exc:
        yield Problem(origin, str(exc))
        return
    if not body.strip():
        yield Problem(origin, "has no article text")
        return
    published = fields.published or _date_from_path(path, root)
    default_id = _relative_id(path, root)
    article, made = _article(fields, body, origin, default_id, published, title_of)
    yield article
    yield from _field_warnings(origin, fields, article, made)


def _read_decoded(path: Path) -> tuple[str | None, list[Problem]]:
    """A whole file, read under the size limit and decoded: its text (None when it is empty or
    cannot be decoded) and its problems (a warning when it was not UTF-8)."""
    origin = printable_path(path)
    data = _read_regular_file(path)
    if not data.strip():
        return None, [Problem(origin, "is empty")]
    try:
        decoded = decode(data)
    except DecodeError as exc:
        return None, [Problem(origin, str(exc))]
    return decoded.text, [Problem(origin, decoded.warning, Severity.WARNING)] if decoded.warning else []


class _NotReadable(Exception):
    """The path is not a regular file of a sane size; the message says why."""


def _open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading, refused unless it is a regular file.

    The file is opened non-blocking and checked on the open descriptor, so a
    FIFO or a device (which would block or never end) is refused.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    file = os.fdopen(fd, "rb")
    if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
        file.close()
        raise _NotReadable("is not a regular file (a pipe, socket or device); skipped")
    return file


def _read_regular_file(path: Path) -> bytes:
    """The bytes of ``path``, refusing anything but a regular file of at most MAX_FILE_BYTES.

    At most one byte over the limit is read even if the file grows meanwhile.
    """
    with _open_regular(path) as file:
        size = os.fstat(file.fileno()).st_size
        data = file.read(MAX_FILE_BYTES + 1) if size <= MAX_FILE_BYTES else b""
    if size > MAX_FILE_BYTES or len(data) > MAX_FILE_BYTES:
        raise _NotReadable(f"is {max(size, len(data)) / 1048576:.1f} MB, over the {MAX_FILE_BYTES // 1048576} MB limit")
    return data


def _read_feed_file(path: Path, title_of: Titler) -> Iterator[Article | Problem]:
    """Read a JSONL feed line by line: each record on its own, none held but the one being read.

    A record over MAX_FILE_BYTES is reported with its line number and skipped
    without being held whole; the others are used. A feed that looks binary
    is refused whole, and a UTF-16/32 feed (rare) is read whole, under the
    per-file limit, since its lines cannot be split as bytes.
    """
    origin = printable_path(path)
    with _open_regular(path) as file:
        head = file.read(_SNIFF_BYTES)
        if head.startswith(_WIDE_BOMS):
            file.close()
            text, warnings = _read_decoded(path)
            yield from warnings
            if text is not None:
                yield from _feed_articles(path, parse_feed(text), title_of)
            return
        if b"\x00" in head:
            yield Problem(origin, "is binary, not text")
            return
        file.seek(0)
        yield from _feed_articles(path, _decoded_lines(file, origin), title_of)


def _decoded_lines(file: BinaryIO, origin: str) -> Iterator[FeedLine | BadLine | Problem]:
    """Each line of the feed parsed; an oversized, binary or non-UTF-8 line as a problem of its own.

    Bytes that are not UTF-8 are read as Windows-1252 (``decode``) with one warning for the feed.
    """
    warned = False
    for number, line in enumerate(_raw_lines(file), start=1):
        if isinstance(line, int):
            yield Problem(f"{origin}:{number}", f"is a {line / 1048576:.1f} MB record, over the "
                                                f"{MAX_FILE_BYTES // 1048576} MB limit for one article")
            continue
        if not line.strip():
            continue
        try:
            decoded = decode(line)
        except DecodeError as exc:
            yield Problem(f"{origin}:{number}", str(exc))
            continue
        if decoded.warning and not warned:
            warned = True
            yield Problem(origin, f"not valid UTF-8 (first at line {number}); decoded as Windows-1252",
                          Severity.WARNING)
        item = parse_line(number, decoded.text)
        if item is not None:
            yield item


def _raw_lines(file: BinaryIO) -> Iterator[bytes | int]:
    """The file's lines as bytes; a line over MAX_FILE_BYTES is skipped and given as its length."""
    while line := file.readline(MAX_FILE_BYTES + 1):
        if len(line) <= MAX_FILE_BYTES or line.endswith(b"\n"):
            yield line
            continue
        length = len(line)
        while chunk := file.readline(1 << 20):
            length += len(chunk)
            if chunk.endswith(b"\n"):
                break
        yield length


def _feed_articles(path: Path, items: Iterable[FeedLine | BadLine | Problem],
                   title_of: Titler) -> Iterator[Article | Problem]:
    fallback_date = _date_from_path(path, None)
    seen_any = used_any = reported_any = False
    for item in items:
        seen_any = True
        if isinstance(item, Problem):
            reported_any = True
            yield item
            continue
        origin = f"{printable_path(path)}:{item.line}"
        if isinstance(item, BadLine):
            reported_any = True
            yield Problem(origin, item.reason)
            continue
        article, made = _article(item.fields, item.text, origin, f"{path.stem}-{item.line}",
                                 item.fields.published or fallback_date, title_of)
        used_any = True
        yield article
        for warning in _field_warnings(origin, item.fields, article, made):
            reported_any = True
            yield warning
    if not seen_any:
        yield Problem(printable_path(path), "is empty")
    elif not used_any and not reported_any:
        yield Problem(printable_path(path), "holds no articles")


def _article(fields: Fields, body: str, origin: str, default_id: str, published: dt.date | None,
             title_of: Titler) -> tuple[Article, str]:
    """An Article whose every string is cleaned (see ``read.clean``), and how its title was made where
    none was given ("from its text", "by its source and day", "by its file or line"; "" when given)."""
    body = clean_text(body)
    # a title is one line: one given over several (a feed's "\n", a wrapped front matter string) was printed so in
    # the CSV and the calendar, while the pages showed it on one
    title, made = " ".join(clean_text(fields.title).split()), ""
    others: tuple[str, ...] = ()
    if not title:
        made = "from its text"
        title, *rest = title_of(body) or ("",)
        others = tuple(rest)
    if not title:
        title, made = _source_and_day(fields, published), "by its source and day"
    if not title:
        title, made = clean_text(default_id), "by its file or line"
    return Article(
        id=clean_text(fields.id) or clean_text(default_id),
        origin=origin,
        title=title,
        text=body,
        published=published,
        url=clean_text(fields.url),
        source=clean_text(fields.source),
        tags=tuple(dict.fromkeys(t for t in map(clean_text, fields.tags) if t)),
        language=clean_text(fields.language) or "en",
        other_titles=others,
    ), made


def _source_and_day(fields: Fields, published: dt.date | None) -> str:
    """The title of an untitled article whose text gives none (a page of teasers cut off, a list of
    links): its source and day, "bpoil_foxnews, 7 July 2010", as furniture titles are told
    (``furniture_titles.source_and_day``); a reader meets it in lists where "articles-482", the feed's name
    and line, said nothing. Without a source, the file's name or the feed's line stays the title."""
    source = clean_text(fields.source)
    return source_and_day(source, published) if source and published else source


def _field_warnings(origin: str, fields: Fields, article: Article, made: str) -> list[Problem]:
    warnings = []
    if fields.unknown_keys:
        warnings.append(Problem(origin, f"unknown field(s) ignored: {', '.join(fields.unknown_keys)}", Severity.WARNING))
    if made:
        reason = (untitled_warning(article.title) if made == "from its text" else
                  f"{NO_TITLE}: titled {article.title!r} {made}: its text holds no sentence to title it")
        warnings.append(Problem(origin, reason, Severity.WARNING))
    if article.published is None:
        warnings.append(Problem(origin, "no publication date: its relative dates stay unresolved", Severity.WARNING))
    return warnings


def _relative_id(path: Path, root: Path | None) -> str:
    try:
        relative = path.relative_to(root) if root is not None else Path(path.name)
    except ValueError:
        relative = Path(path.name)
    return relative.with_suffix("").as_posix()


def _date_from_path(path: Path, root: Path | None) -> dt.date | None:
    """A ``YYYY-MM-DD`` in the file name or a parent folder name (nearest first)."""
    parents = [path.parent] if root is None else [p for p in path.parents if p == root or root in p.parents]
    names = [path.name] + [p.name for p in parents]
    for name in names:
        for match in _ISO_DAY.finditer(name):
            try:
                return dt.date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                continue
    return None


def slugify(text: str) -> str:
    """A lowercase ASCII name safe in any file system and URL ("" never)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:80].strip("-")
    if not slug:
        slug = "article"
    if slug in _RESERVED:
        slug += "-article"
    return slug


def _files(sources: Iterable[str | Path], problems: list[Problem]) -> Iterator[tuple[Path, Path | None]]:
    """Yield (file, the source folder it was found under) for every input file."""
    for source in sources:
        path = Path(source)
        if path.is_dir():
            skipped: list[Path] = []
            yield from ((f, path) for f in _walk(path, set(), problems, skipped))
            if skipped:
                problems.append(_skipped_files(path, skipped))
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                yield path, None
            else:
                problems.append(Problem(printable_path(path), f"unsupported file type {path.suffix or '(none)'!r}; "
                                        f"expected one of {', '.join(sorted(SUFFIXES))}"))
        elif path.is_symlink():
            problems.append(Problem(printable_path(path), "is a broken symbolic link"))
        else:
            problems.append(Problem(printable_path(path), "no such file or folder"))


def _skipped_files(folder: Path, skipped: list[Path]) -> Problem:
    """One warning for the files of a source folder that are not articles: a folder of
    saved pages holds images and scripts, and one line each would bury the report."""
    kinds = sorted({p.suffix.lower() or "(none)" for p in skipped})
    names = [p.relative_to(folder).as_posix() for p in skipped]
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    return Problem(printable_path(folder), f"skipped {len(names)} file(s) of a type that is not read as an article "
                   f"({', '.join(kinds)}; articles are {', '.join(sorted(SUFFIXES))}): {shown}", Severity.WARNING)


def _walk(folder: Path, seen: set[str], problems: list[Problem], skipped: list[Path]) -> Iterator[Path]:
    """Sorted recursive walk that follows links once and reports loops; files that are
    not articles go to ``skipped``. Names starting with "." or "_", and READMEs, are
    not inputs at all."""
    real = os.path.realpath(folder)
    if real in seen:
        problems.append(Problem(printable_path(folder), "symbolic link loop; folder skipped", Severity.WARNING))
        return
    seen = seen | {real}
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        problems.append(Problem(printable_path(folder), f"cannot be listed: {exc.strerror or exc}"))
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith((".", "_")) or entry.name.upper().startswith("README"):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, seen, problems, skipped)
        elif path.suffix.lower() in SUFFIXES:
            if entry.is_symlink() and not path.exists():
                problems.append(Problem(printable_path(path), "is a broken symbolic link"))
                continue
            yield path
        else:
            skipped.append(path)
