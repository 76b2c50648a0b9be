"""The one place the build is configured: ``timeline.toml``, validated at start.

The schema is the dataclasses below. Loading checks every key against it and
collects *all* problems (unknown keys, wrong types, values out of range) before
failing, each named by its dotted key, so a user fixes the file in one pass
(as MkDocs does). Every default works with no config file at all.
"""
from __future__ import annotations

import dataclasses
import tomllib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CONFIG_FILE = "timeline.toml"

SUMMARIZERS = ("lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic", "lead")


@dataclass(frozen=True, slots=True)
class ExtractConfig:
    """What the extract stage does to each article (part of the cache key)."""

    summarizer: str = "lead"
    """Which method writes article summaries: the first readable sentences ("lead"), or
    one of sumy's. Measured on the Timeline17 dev articles (benchmarks/results/summarizers.md),
    lead has the best ROUGE-2 (.0240 against TextRank's .0221, best on 3 topics of 5) at the
    lowest cost; TextRank has the best ROUGE-1 (.1120 against .1030): it stays an option."""
    summary_sentences: int = 3
    coarsest_event: str = "year"
    """Coarsest granularity that still makes an event (century, decade, year, ...). A year by
    default: "the 2000s" dates an era, not a happening a reader could place."""
    language: str = "english"
    """Stop words and stemmer for the summarizer (a sumy/NLTK Snowball language)."""


@dataclass(frozen=True, slots=True)
class KeyDatesConfig:
    """How many key dates the site shows; 0 means "scale with the story"."""

    dates: int = 0
    sentences: int = 0
    preview: int = 5
    """How many key dates the home page previews."""


UNNAMED = "Timeline"
"""The story's name when neither its maintainer (``[site] title``, ``site_name`` in ``mkdocs.yml``) nor its articles'
titles give one."""


@dataclass(frozen=True, slots=True)
class SiteConfig:
    """What the rendered pages show."""

    title: str = ""
    """The story's name (the home page, every page's header, the exports, the feed); when unset, the phrase its
    articles' titles share most (``timeline.assemble.story_title``), else "Timeline"."""
    description: str = ""
    latest_events: int = 10
    templates: str = ""
    """A folder of templates that override the packaged ``site_templates``."""
    embed_theme: str = "auto"
    """``embed.html``'s colours: "light", "dark", or "auto" (the reader's system preference). An iframe
    cannot see its host page's theme without a script, and a dark embed in a light wiki page is a dark block."""


@dataclass(frozen=True, slots=True)
class PublishConfig:
    """Which engine turns the docs into the HTML site (see ``timeline.publish``)."""

    engine: str = "mkdocs"
    """mkdocs (in this process), properdocs or zensical (their command on PATH)."""


@dataclass(frozen=True, slots=True)
class Config:
    """The whole configuration; ``timeline.toml`` mirrors its sections."""

    sources: tuple[str, ...] = ("seeds",)
    docs_dir: str = "docs"
    site_dir: str = "site"
    mkdocs_config: str = "mkdocs.yml"
    cache_dir: str = ".timeline-cache"
    untitled: str = "warn"
    """An article read without a title is titled from its text (its first real sentence) with a "no title" warning
    ("warn"), or without one ("accept"): for a feed known to carry no titles, whose every record would otherwise
    fail ``--strict``."""
    jobs: int = 0
    """Extraction processes; 0 means one per core."""
    scheduler: str = ""
    """A Dask scheduler's address (``tcp://host:8786``): extract on that cluster instead of
    local processes (needs the ``timeline[cluster]`` extra). Empty: extract here."""
    extract: ExtractConfig = field(default_factory=ExtractConfig)
    key_dates: KeyDatesConfig = field(default_factory=KeyDatesConfig)
    site: SiteConfig = field(default_factory=SiteConfig)
    publish: PublishConfig = field(default_factory=PublishConfig)


class ConfigError(Exception):
    """The config file is unusable; ``problems`` lists every reason, key first."""

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(f"{path}: " + "; ".join(problems))


_CHOICES: dict[str, tuple[str, ...]] = {
    "untitled": ("warn", "accept"),
    "extract.summarizer": SUMMARIZERS,
    "publish.engine": ("mkdocs", "properdocs", "zensical"),
    "site.embed_theme": ("auto", "light", "dark"),
    "extract.coarsest_event": ("century", "decade", "year", "half", "quarter", "season", "month", "week", "day"),
}
_MINIMUM: dict[str, int] = {
    "jobs": 0,
    "extract.summary_sentences": 1,
    "key_dates.dates": 0,
    "key_dates.sentences": 0,
    "key_dates.preview": 0,
    "site.latest_events": 1,
}
_NONEMPTY = frozenset({"site.title"})
"""Settings that must not be blank (the Atom feed and every page's heading print the title); "" is the default's
meaning, a title found by the build (``SiteConfig.title``)."""


def load_config(path: str | Path | None = None) -> Config:
    """Read ``path`` (default ``timeline.toml`` if it exists) into a validated Config."""
    explicit = path is not None
    file = Path(path if path is not None else CONFIG_FILE)
    if not file.exists():
        if explicit:
            raise ConfigError(str(file), ["file not found"])
        return Config()
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(str(file), [f"cannot be read: {exc}"]) from exc
    return config_from_mapping(data, str(file))


def config_from_mapping(data: dict[str, Any], origin: str = "<config>") -> Config:
    """Validate a parsed mapping against the schema; raise ConfigError with every problem."""
    problems: list[str] = []
    config = _build(Config, data, "", problems)
    assert isinstance(config, Config)
    problems += _usable(config)
    if problems:
        raise ConfigError(origin, problems)
    return config


def _usable(config: Config) -> list[str]:
    """What the schema cannot see: a templates folder that is not there, a language the chosen summarizer
    has no stemmer or stop words for (each was found only half way through a build, as a traceback)."""
    problems = []
    templates = config.site.templates
    if templates and not Path(templates).is_dir():
        problems.append(f"site.templates: {templates!r} is not a folder")
    if config.extract.summarizer != "lead":
        from sumy.nlp.stemmers import Stemmer
        from sumy.utils import get_stop_words
        try:
            Stemmer(config.extract.language)
            get_stop_words(config.extract.language)
        except LookupError:
            problems.append(f"extract.language: {config.extract.language!r} has no stemmer or stop words for the "
                            f"{config.extract.summarizer} summarizer")
    return problems


def _build(cls: type, data: Any, prefix: str, problems: list[str]) -> Any:
    if not isinstance(data, dict):
        problems.append(f"{prefix.rstrip('.') or '<top>'}: expected a table, got {_kind(data)}")
        return cls()
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    for key in sorted(set(data) - set(fields)):
        problems.append(f"{prefix}{key}: unknown key")
    values: dict[str, Any] = {}
    for name in fields:
        if name not in data:
            continue
        key, hint, raw = prefix + name, hints[name], data[name]
        if dataclasses.is_dataclass(hint):
            values[name] = _build(typing.cast(type, hint), raw, key + ".", problems)
            continue
        value = _coerce(hint, raw)
        if value is _INVALID:
            problems.append(f"{key}: expected {_describe(hint)}, got {_kind(raw)} {raw!r}")
            continue
        if key in _CHOICES and value not in _CHOICES[key]:
            problems.append(f"{key}: {value!r} is not one of {', '.join(_CHOICES[key])}")
            continue
        if key in _MINIMUM and value < _MINIMUM[key]:
            problems.append(f"{key}: must be at least {_MINIMUM[key]}, got {value}")
            continue
        if key in _NONEMPTY and value and not value.strip():
            problems.append(f"{key}: must not be blank (\"\" or no setting: named from the articles' titles)")
            continue
        values[name] = value
    return cls(**values)


_INVALID = object()


def _coerce(hint: Any, raw: Any) -> Any:
    if hint is bool:
        return raw if isinstance(raw, bool) else _INVALID
    if hint is int:
        return raw if isinstance(raw, int) and not isinstance(raw, bool) else _INVALID
    if hint is str:
        return raw if isinstance(raw, str) else _INVALID
    origin = typing.get_origin(hint)
    if origin is tuple:
        if isinstance(raw, str):
            raw = [raw]
        if isinstance(raw, list) and all(isinstance(x, str) for x in raw):
            return tuple(raw)
        return _INVALID
    if origin in (types.UnionType, typing.Union):
        for option in typing.get_args(hint):
            value = _coerce(option, raw)
            if value is not _INVALID:
                return value
    return _INVALID


def _describe(hint: Any) -> str:
    if typing.get_origin(hint) is tuple:
        return "a list of strings"
    return {bool: "true or false", int: "an integer", str: "a string"}.get(hint, str(hint))


def _kind(raw: Any) -> str:
    return {dict: "a table", list: "a list", str: "a string", bool: "a boolean", int: "an integer",
            float: "a number"}.get(type(raw), type(raw).__name__)
