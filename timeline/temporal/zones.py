"""Time zones as news pages write them after a clock: "15:20 GMT", "4:30 a.m. ET", "1815 BST".

Why one list: a page's time stamp, a live post's stamp, a clock time, a four-digit clock and a month
date's year each end at a zone or stop before one, and each pattern had kept its own list. The lists
had drifted apart: the page stamp knew "ET" and "JST", the clock rule neither, so "20:00 ET" was a
clock without its zone and "1815 JST" could be read as a year after a month date.

Upper case only: "ET", "CT", "PT" and "IST" in lower case are words or parts of them. Not "WET", a
word in an upper-case headline ("2010 WET SEASON").
"""
from __future__ import annotations

from .prefix_tree import trie

ZONES = frozenset({
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "IST", "PKT", "HKT", "SGT", "JST", "KST",
    "AEST", "AEDT", "NZST", "NZDT",
    # North America: standard and daylight time, and the zone alone ("11:07 ET")
    "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AST", "ADT", "ET", "CT", "MT", "PT",
})
"""The zones' abbreviations."""

ZONE = r"(?-i:(?:" + trie(set(ZONES)) + r")(?![A-Za-z]))"
"""A zone's abbreviation as a pattern piece, upper case even inside a pattern that ignores case."""
