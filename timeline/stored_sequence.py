"""``StoredSequence``: what the build's stores give out instead of tuples.

The articles read (``timeline.read.article_store``), the timeline's entries and article pages
(``timeline.assemble.entry_store``) are read from a store each time they are walked, so that no
stage holds them all. Their views share this: indexing (a slice reads the view into a tuple),
equality with any sequence of the same items (a tuple, another view), as the tuples they
replace had, and so no hash.
"""
from __future__ import annotations

import itertools
from abc import abstractmethod
from collections.abc import Sequence
from typing import TypeVar, overload

T = TypeVar("T")


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
