"""SparseRows gives the numbers a dense computation gives, in the cases key dates use."""
from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.sparse_rows import SparseRows


def from_dense(dense: np.ndarray) -> SparseRows:
    indptr, indices, data = [0], [], []
    for row in dense:
        columns = np.flatnonzero(row)
        indices.extend(columns.tolist())
        data.extend(row[columns].tolist())
        indptr.append(len(indices))
    return SparseRows(np.array(data, dtype=np.float64), np.array(indices, dtype=np.int64),
                      np.array(indptr, dtype=np.int64), dense.shape[1])


def to_dense(matrix: SparseRows) -> np.ndarray:
    dense = np.zeros((matrix.rows, matrix.columns))
    for r in range(matrix.rows):
        span = slice(matrix.indptr[r], matrix.indptr[r + 1])
        dense[r, matrix.indices[span]] = matrix.data[span]
    return dense


matrices = st.integers(1, 6).flatmap(lambda rows: st.integers(1, 6).flatmap(lambda cols: st.lists(
    st.lists(st.sampled_from([0.0, 0.0, 1.0, 2.0, 3.5]), min_size=cols, max_size=cols),
    min_size=rows, max_size=rows))).map(lambda values: np.array(values, dtype=np.float64))


@settings(max_examples=200, deadline=None)
@given(dense=matrices, picks=st.lists(st.integers(0, 5), min_size=1, max_size=4))
def test_every_operation_matches_the_dense_computation(dense: np.ndarray, picks: list[int]) -> None:
    matrix = from_dense(dense)
    rows = [p % matrix.rows for p in picks]
    weights = np.arange(1, dense.shape[1] + 1, dtype=np.float64)
    assert np.allclose(to_dense(matrix.scale_columns(weights)), dense * weights)
    scaled_in_place = from_dense(dense)
    assert scaled_in_place.scale_columns(weights, in_place=True) is scaled_in_place
    assert scaled_in_place.data.tolist() == matrix.scale_columns(weights).data.tolist()
    norms = np.linalg.norm(dense, axis=1)
    expected = dense / np.where(norms == 0, 1.0, norms)[:, None]
    copy = matrix.normalize_rows()
    assert np.allclose(to_dense(copy), expected)
    in_place = from_dense(dense)
    assert in_place.normalize_rows(in_place=True) is in_place
    assert in_place.data.tolist() == copy.data.tolist()  # the same numbers, bit for bit
    assert np.allclose(matrix.column_means(rows), dense[rows].mean(axis=0))
    vector = np.linspace(-1, 1, dense.shape[1])
    assert np.allclose(matrix.dot(rows, vector), dense[rows] @ vector)
    assert np.isclose(matrix.row_dot(rows[0], rows[-1]), dense[rows[0]] @ dense[rows[-1]])


def test_an_empty_row_stays_empty_when_normalized() -> None:
    matrix = from_dense(np.array([[0.0, 0.0], [3.0, 4.0]]))
    normalized = to_dense(matrix.normalize_rows())
    assert normalized[0].tolist() == [0.0, 0.0] and np.allclose(normalized[1], [0.6, 0.8])
    assert matrix.dot([0], np.ones(2)).tolist() == [0.0]
