"""Temporal tagger: find dates, times, durations and sets in English news text.

Public API: ``tag(text, dct)`` -> list of ``Timex``; ``timex_interval(value)``
turns a DATE value into the first and last day it covers;
``parse_date_string(s)`` parses one isolated date (metadata); ``cli_lines``
renders tags as JSON lines for the ``timeline timex`` command.
"""
from __future__ import annotations

from .dateparse import parse_date_string
from .model import Granularity, Timex, TimexType, timex_interval
from .output import cli_lines
from .tagger import tag

__all__ = ["Granularity", "Timex", "TimexType", "cli_lines", "parse_date_string", "tag",
           "timex_interval"]
