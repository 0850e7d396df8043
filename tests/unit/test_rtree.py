"""The bulk-packed R*Tree is one SQLite itself accepts (rtreecheck) and answers window queries exactly."""
import sqlite3

import numpy as np
import pytest

from anshim.engine.storage.rtree import float32_boxes, pack_rtree


def _load(connection, ids, boxes):
    connection.execute("CREATE VIRTUAL TABLE idx USING rtree(id, minx, maxx, miny, maxy)")
    node_size = connection.execute("SELECT length(data) FROM idx_node WHERE nodeno = 1").fetchone()[0]
    nodes, (rowids, leaves), (children, parents) = pack_rtree(ids, boxes, node_size)
    connection.execute("DELETE FROM idx_node")
    connection.executemany("INSERT INTO idx_node VALUES (?, ?)", nodes)
    connection.executemany("INSERT INTO idx_rowid VALUES (?, ?)", zip(rowids.tolist(), leaves.tolist()))
    connection.executemany("INSERT INTO idx_parent VALUES (?, ?)", zip(children.tolist(), parents.tolist()))
    return len(nodes)


def _random_boxes(rng, n):
    low = rng.uniform(180_000, 200_000, (n, 2))
    size = rng.exponential(6.0, (n, 2))
    return np.column_stack([low[:, 0], low[:, 0] + size[:, 0], low[:, 1], low[:, 1] + size[:, 1]])


@pytest.mark.parametrize("n", [0, 1, 150, 20_000])
def test_packed_tree_passes_sqlite_check_and_answers_windows_exactly(n):
    rng = np.random.default_rng(n)
    boxes = _random_boxes(rng, n)
    ids = rng.permutation(n) + 1
    connection = sqlite3.connect(":memory:")
    n_nodes = _load(connection, ids, boxes)
    assert connection.execute("SELECT rtreecheck('idx')").fetchone()[0] == "ok"
    assert connection.execute("SELECT count(*) FROM idx").fetchone()[0] == n
    if n > 20_000 // 2:
        assert n_nodes > 100  # a real multi-level tree, not one root
    stored = float32_boxes(boxes)
    for window in _random_boxes(rng, 30) + np.array([0, 300, 0, 300]):
        found = {row[0] for row in connection.execute(
            "SELECT id FROM idx WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?",
            (float(window[0]), float(window[1]), float(window[2]), float(window[3])))}
        expected = set(ids[(stored[:, 1] >= window[0]) & (stored[:, 0] <= window[1]) &
                           (stored[:, 3] >= window[2]) & (stored[:, 2] <= window[3])].tolist())
        assert found == expected


def test_sqlite_keeps_the_packed_tree_consistent_when_rows_change_afterwards():
    rng = np.random.default_rng(1)
    connection = sqlite3.connect(":memory:")
    _load(connection, np.arange(1, 5001), _random_boxes(rng, 5000))
    connection.execute("DELETE FROM idx WHERE id % 3 = 0")
    connection.executemany("INSERT INTO idx VALUES (?, ?, ?, ?, ?)",
                           [(10_000 + i, *box) for i, box in enumerate(_random_boxes(rng, 500).tolist())])
    assert connection.execute("SELECT rtreecheck('idx')").fetchone()[0] == "ok"
    assert connection.execute("SELECT count(*) FROM idx").fetchone()[0] == 5000 - 1666 + 500


def test_float32_bounds_contain_the_exact_box():
    boxes = np.array([[190_000.123456789, 190_000.123456790, -0.1, 0.1], [1e-9, 2e-9, 3.3, 3.3]])
    stored = float32_boxes(boxes).astype(np.float64)
    assert np.all(stored[:, [0, 2]] <= boxes[:, [0, 2]]) and np.all(stored[:, [1, 3]] >= boxes[:, [1, 3]])
