"""Sparse rows of floats in NumPy: the few operations key dates need of a TF-IDF matrix.

Key dates once used ``scipy.sparse`` for this, and SciPy being installed made
NLTK (which sumy imports) load ``scipy.stats`` too: a second of start-up in
every process that extracts an article. The operations needed are few (scale
columns, normalize rows, column sums and means, products with a dense vector,
dot products of two rows) and each is one NumPy call over the CSR arrays.
Every sum runs in the same order as SciPy's (row by row, and within a row by
column), so the results are the same numbers.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]
Columns = npt.NDArray[np.int32] | npt.NDArray[np.int64]
"""Column indices: 32 bits are enough for a story's vocabulary, and take half the memory."""


@dataclass(frozen=True, slots=True)
class SparseRows:
    """A matrix in compressed sparse row form: row ``r`` holds ``data[indptr[r]:indptr[r+1]]``
    at the columns ``indices[indptr[r]:indptr[r+1]]`` (increasing within a row)."""

    data: Floats
    indices: Columns
    indptr: Ints
    columns: int

    @property
    def rows(self) -> int:
        return len(self.indptr) - 1

    def scale_columns(self, weights: Floats, in_place: bool = False) -> SparseRows:
        """Each column multiplied by its weight; ``in_place`` scales ``data`` itself (``normalize_rows``)."""
        if in_place:
            np.multiply(self.data, weights[self.indices], out=self.data)
            return self
        return SparseRows(self.data * weights[self.indices], self.indices, self.indptr, self.columns)

    def normalize_rows(self, in_place: bool = False) -> SparseRows:
        """Each non-empty row scaled to unit length; ``in_place`` scales ``data`` itself, for a
        matrix too large to hold twice (the key dates' of 100,000 articles: 60 MB a copy)."""
        lengths = np.diff(self.indptr)
        norms = np.zeros(self.rows)
        nonempty = np.flatnonzero(lengths)
        if len(nonempty):
            norms[nonempty] = np.add.reduceat(self.data * self.data, self.indptr[nonempty])
        norms = np.sqrt(norms)
        norms[norms == 0] = 1.0
        scale = np.repeat(1.0 / norms, lengths)  # the same factor per value as indexing by its row
        if in_place:
            np.multiply(self.data, scale, out=self.data)
            return self
        return SparseRows(self.data * scale, self.indices, self.indptr, self.columns)

    def column_means(self, rows: Sequence[int]) -> Floats:
        """The mean of the given rows (in that order), each value scaled before summing."""
        data, indices = self._take(rows)
        return _floats(np.bincount(indices, weights=data * (1.0 / len(rows)), minlength=self.columns))

    def dot(self, rows: Sequence[int], vector: Floats) -> Floats:
        """The dot product of each of the given rows with a dense vector."""
        chosen = np.asarray(rows, dtype=np.int64)
        owner = np.repeat(np.arange(len(rows), dtype=np.int64), self.indptr[chosen + 1] - self.indptr[chosen])
        data, indices = self._take(rows)
        return _floats(np.bincount(owner, weights=data * vector[indices], minlength=len(rows)))

    def row_dot(self, a: int, b: int) -> float:
        """The dot product of two rows, summed in column order."""
        a_start, a_end = int(self.indptr[a]), int(self.indptr[a + 1])
        b_values = dict(zip(self.indices[self.indptr[b]:self.indptr[b + 1]].tolist(),
                            self.data[self.indptr[b]:self.indptr[b + 1]].tolist()))
        total = 0.0
        for column, value in zip(self.indices[a_start:a_end].tolist(), self.data[a_start:a_end].tolist()):
            other = b_values.get(column)
            if other is not None:
                total += value * other
        return total

    def _take(self, rows: Sequence[int]) -> tuple[Floats, Columns]:
        if not rows:
            return np.zeros(0), np.zeros(0, dtype=np.int64)
        positions = np.concatenate([np.arange(self.indptr[r], self.indptr[r + 1]) for r in rows])
        return self.data[positions], self.indices[positions]


def _floats(values: npt.NDArray[np.generic]) -> Floats:
    """A weighted ``bincount`` is float64 already; this only tells the type checker."""
    return np.asarray(values, dtype=np.float64)
