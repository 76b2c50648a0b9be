"""Temporal tagger: find dates, times, durations and sets in English news text.

Public API: ``tag(text, dct)`` -> list of ``Timex``; ``timex_interval(value)``
turns a DATE value into the first and last day it covers;
``parse_date_string(s)`` parses one isolated date (metadata); ``cli_lines``
renders tags as JSON lines for the ``timeline timex`` command.

The tagger's rules (hundreds of compiled patterns, a tenth of a second) are
imported on first use of ``tag`` or ``cli_lines``: the reader needs only
``parse_date_string``, and a rebuild that extracts nothing never tags.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .dateparse import parse_date_string
from .timex import Granularity, Timex, TimexType, timex_interval

if TYPE_CHECKING:
    from .json_lines import cli_lines
    from .tagger import tag

__all__ = ["Granularity", "Timex", "TimexType", "cli_lines", "parse_date_string", "tag",
           "timex_interval"]

_LAZY = {"tag": ".tagger", "cli_lines": ".json_lines"}


def __getattr__(name: str) -> Any:
    """Import the tagger when ``tag`` or ``cli_lines`` is first asked for (PEP 562)."""
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
