"""A SQLite file laid out page by page with numpy holds exactly the values it was given, as SQLite reads them."""
import sqlite3

import numpy as np
import pytest

from anshim.engine.sqlite_image import numeric_table_image


def written(tmp_path, columns, page_size=65536):
    path = tmp_path / "values.sqlite"
    numeric_table_image("new_values", columns, page_size).tofile(path)
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def expected_rows(columns):
    def plain(value):
        return None if isinstance(value, float) and np.isnan(value) else value
    return [(rowid, *map(plain, values)) for rowid, values in
            enumerate(zip(*(column.tolist() for column in columns.values())), start=1)]


@pytest.mark.parametrize("n_rows, page_size", [(0, 65536), (1, 65536), (127, 512), (128, 512), (20_000, 512),
                                               (20_000, 65536)])
def test_every_value_reads_back_as_given_with_rowids_from_one(tmp_path, n_rows, page_size):
    rng = np.random.default_rng(n_rows)
    columns = {"source_fid": np.arange(n_rows, dtype=np.int64) * 3 + 7,
               "count": rng.integers(-2 ** 62, 2 ** 62, n_rows), "flag": rng.integers(0, 2, n_rows).astype(np.int8),
               "distance": rng.normal(0.0, 1e3, n_rows), "maybe": np.where(rng.random(n_rows) < 0.3, np.nan, 0.1)}
    database = written(tmp_path, columns, page_size)
    assert database.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    rows = database.execute("SELECT rowid, source_fid, count, flag, distance, maybe FROM new_values "
                            "ORDER BY rowid").fetchall()
    assert rows == expected_rows(columns)  # NaN reads as NULL, as binding NaN stores it
    if n_rows:
        assert database.execute("SELECT typeof(count), typeof(distance) FROM new_values").fetchone() == (
            "integer", "real")
        assert database.execute("SELECT distance FROM new_values WHERE rowid = ?", (n_rows // 2 + 1,)).fetchone() == (
            columns["distance"][n_rows // 2],)


def test_small_pages_build_interior_levels_that_sqlite_walks(tmp_path):
    columns = {f"c{number}": np.arange(30_000, dtype=np.float64) + number for number in range(3)}
    database = written(tmp_path, columns, 512)
    assert database.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert database.execute("SELECT count(*), min(rowid), max(rowid), sum(c2) FROM new_values").fetchone() == (
        30_000, 1, 30_000, float(np.sum(columns["c2"])))
    assert database.execute("SELECT c0 FROM new_values WHERE rowid BETWEEN 12000 AND 12002").fetchall() == [
        (11_999.0,), (12_000.0,), (12_001.0,)]


def test_a_row_wider_than_127_columns_gets_a_two_byte_header_size(tmp_path):
    columns = {f"c{number}": np.full(3, number, dtype=np.int64) for number in range(200)}
    database = written(tmp_path, columns)
    assert database.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert database.execute("SELECT c0, c127, c199 FROM new_values WHERE rowid = 2").fetchone() == (0, 127, 199)
