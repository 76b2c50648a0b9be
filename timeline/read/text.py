"""Read ``.md`` and ``.txt`` articles: optional YAML front matter, then the body.

Front matter is the block between a first line ``---`` and the next ``---``
line. It is loaded with ``yaml.safe_load`` (no tags, no code) and must be a
mapping of the fields ``read.fields`` knows. The body is kept byte for byte.
"""
from __future__ import annotations

import functools
import re
from typing import Any

from timeline.read.clean import clean_text
from timeline.read.fields import FieldError, Fields, read_fields

MAX_FRONT_MATTER = 64 * 1024
"""Front matter is a few lines; a huge one is a mistake or an attack (alias bombs)."""

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)


@functools.cache
def _front_matter_loader() -> Any:
    """Safe YAML that leaves dates as strings, so ``read.fields`` reports bad ones by key.

    Made on first use: PyYAML is imported only when some article has front matter.
    """
    import yaml

    class FrontMatterLoader(yaml.SafeLoader):
        pass

    FrontMatterLoader.add_constructor(
        "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)  # type: ignore[arg-type]
    )
    return FrontMatterLoader


class FrontMatterError(ValueError):
    """The front matter cannot be used; the message says why."""


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Return (front matter mapping, body). No front matter gives ({}, text)."""
    if not text.startswith("---"):
        return {}, text
    match = _FRONT_MATTER.match(text)
    if match is None:
        raise FrontMatterError("front matter starts with '---' but has no closing '---' line")
    block = match.group(1)
    if len(block) > MAX_FRONT_MATTER:
        raise FrontMatterError(f"front matter is larger than {MAX_FRONT_MATTER // 1024} KiB")
    import yaml

    try:
        # cleaned first as every field is (``clean.clean_text``): YAML refuses a control character, and an
        # article whose title held one was skipped whole
        meta = yaml.load(clean_text(block), Loader=_front_matter_loader())  # noqa: S506 (a SafeLoader)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" (line {where.line + 2})" if where is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise FrontMatterError(f"front matter is not valid YAML{line}: {problem}") from exc
    except RecursionError as exc:  # PyYAML recurses once per level: "[[[[..." in 64 KiB is enough
        raise FrontMatterError("front matter is nested too deeply") from exc
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise FrontMatterError(f"front matter must be a mapping of keys to values, not {type(meta).__name__}")
    return {str(k): v for k, v in meta.items()}, text[match.end():]


def parse_text_article(text: str) -> tuple[Fields, str]:
    """Split and validate a text article; raise FrontMatterError or FieldError."""
    meta, body = split_front_matter(text)
    try:
        fields = read_fields(meta)
    except FieldError as exc:
        raise FrontMatterError(f"front matter {exc}") from exc
    return fields, body
