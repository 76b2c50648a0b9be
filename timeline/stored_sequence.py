"""``StoredSequence``: what the build's stores give out instead of tuples.

The articles read (``timeline.read.article_store``), the timeline's entries and article pages
(``timeline.assemble.entry_store``) are read from a store each time they are walked, so that no
stage holds them all. Their views share this: indexing (a slice reads the view into a tuple),
equality with any sequence of the same items (a tuple, another view), as the tuples they
replace had, and so no hash. And how a store looks rows up by a list of keys (``KEYS_IN``).
"""
from __future__ import annotations

import itertools
from abc import abstractmethod
from collections.abc import Iterable, Sequence
from typing import TypeVar, overload

import orjson

T = TypeVar("T")

KEYS_IN = "(SELECT value FROM json_each(?))"
"""Rows of a store looked up by a list of keys, given as one JSON array (``keys_param``): one statement
whatever the list's length. With a parameter for each key, each length was a statement of its own, and
SQLite's statement cache (128 of them, each as long as its list) held 5.1 MB at a warm build's peak at
100,000 synthetic articles, 2.1 MB at 20,000 (memray)."""


def keys_param(keys: Iterable[int | str]) -> str:
    """``keys`` as the JSON array ``KEYS_IN`` reads (text: a blob would be read as SQLite's binary JSON)."""
    return orjson.dumps(list(keys)).decode()


class StoredSequence(Sequence[T]):
    """A read-only sequence read from a store: each subclass says how long it is, how it is walked
    (``__iter__``) and how one item is read (``_one``)."""

    __slots__ = ()

    @abstractmethod
    def _one(self, index: int) -> T:
        """The item at ``index``, 0 <= index < len(self)."""

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[T, ...]: ...

    def __getitem__(self, index: int | slice) -> T | tuple[T, ...]:
        if isinstance(index, slice):
            return tuple(self)[index]
        size = len(self)
        if not -size <= index < size:
            raise IndexError(index)
        return self._one(index % size)

    def part(self, start: int, stop: int) -> Sequence[T]:
        """The items from ``start`` to ``stop`` (a page's share of a long list), read now: a subclass
        that can read them when walked, without the ones before, gives a view instead."""
        return tuple(itertools.islice(self, start, stop))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, (str, bytes)):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]  # equal to tuples, so not hashable as they are
