"""A SQLite file laid out page by page with numpy holds exactly the values it was given, as SQLite reads them:
numbers, and a blob column of a fixed head and a variable tail."""
import re
import sqlite3

import numpy as np
import pytest

from anshim.engine.storage.sqlite_image import Blob, table_image


def written(tmp_path, columns, page_size=65536):
    path = tmp_path / "values.sqlite"
    image, too_large = table_image("new_values", columns, page_size)
    image.tofile(path)
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True), too_large


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
    database, _ = written(tmp_path, columns, page_size)
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
    database, _ = written(tmp_path, columns, 512)
    assert database.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert database.execute("SELECT count(*), min(rowid), max(rowid), sum(c2) FROM new_values").fetchone() == (
        30_000, 1, 30_000, float(np.sum(columns["c2"])))
    assert database.execute("SELECT c0 FROM new_values WHERE rowid BETWEEN 12000 AND 12002").fetchall() == [
        (11_999.0,), (12_000.0,), (12_001.0,)]


def test_a_row_wider_than_127_columns_gets_a_two_byte_header_size(tmp_path):
    columns = {f"c{number}": np.full(3, number, dtype=np.int64) for number in range(200)}
    database, _ = written(tmp_path, columns)
    assert database.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert database.execute("SELECT c0, c127, c199 FROM new_values WHERE rowid = 2").fetchone() == (0, 127, 199)


def random_blob(rng, n_rows, head_size, max_tail):
    head = rng.integers(0, 256, (n_rows, head_size), dtype=np.uint8)
    tail_offsets = np.concatenate([[0], np.cumsum(rng.integers(0, max_tail + 1, n_rows))])
    tail = rng.integers(0, 256, int(tail_offsets[-1]), dtype=np.uint8)
    return Blob(head, tail, tail_offsets)


def blob_bytes(blob, row):
    return blob.head[row].tobytes() + blob.tail[blob.tail_offsets[row]:blob.tail_offsets[row + 1]].tobytes()


@pytest.mark.parametrize("n_rows, page_size, head_size, max_tail", [
    (0, 65536, 49, 64), (1, 65536, 49, 0), (300, 512, 0, 200), (20_000, 4096, 49, 80), (3_000, 65536, 40, 9_000)])
def test_a_blob_column_reads_back_byte_for_byte_after_the_numbers(tmp_path, n_rows, page_size, head_size, max_tail):
    rng = np.random.default_rng(n_rows + head_size)
    blob = random_blob(rng, n_rows, head_size, max_tail)
    columns = {"seg_id": np.arange(1, n_rows + 1), "length_m": rng.uniform(0, 10, n_rows), "geom": blob}
    database, too_large = written(tmp_path, columns, page_size)
    assert database.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert len(too_large) == 0
    rows = database.execute("SELECT rowid, seg_id, length_m, geom FROM new_values ORDER BY rowid").fetchall()
    assert rows == [(row + 1, row + 1, columns["length_m"][row], blob_bytes(blob, row)) for row in range(n_rows)]


def test_blobs_too_large_for_a_page_are_null_and_reported_the_others_intact(tmp_path):
    rng = np.random.default_rng(5)
    blob = random_blob(rng, 400, 8, 700)  # on 512-byte pages, tails above ~440 bytes would overflow
    database, too_large = written(tmp_path, {"n": np.arange(400), "geom": blob}, 512)
    assert database.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    sizes = 8 + np.diff(blob.tail_offsets)
    assert 0 < len(too_large) < 400 and sizes[too_large].min() > sizes[np.setdiff1d(np.arange(400), too_large)].max()
    rows = database.execute("SELECT n, geom FROM new_values ORDER BY rowid").fetchall()
    assert [n for n, geom in rows if geom is None] == too_large.tolist()
    assert all(geom == blob_bytes(blob, n) for n, geom in rows if geom is not None)


def test_a_blob_anywhere_but_last_is_refused():
    blob = Blob(np.zeros((2, 1), dtype=np.uint8), np.zeros(0, dtype=np.uint8), np.zeros(3, dtype=np.int64))
    with pytest.raises(ValueError, match="last column"):
        table_image("t", {"geom": blob, "n": np.arange(2)})


@pytest.mark.parametrize("lock_page", [2, 5, 40, 41])
def test_the_lock_byte_page_is_left_empty_and_out_of_the_tree(tmp_path, lock_page):
    """SQLite never uses the page holding byte 2**30 (images over 1 GiB were malformed: issue 21, S21). Built with
    the lock byte moved to a small offset, the image keeps that page empty, SQLite still reads every row through
    the B-tree, and integrity_check's only complaint is that exact page being unused (which SQLite expects of
    its real lock-byte page)."""
    page_size = 512
    n_rows = 3_000  # leaves and two interior levels, so the lock page falls among leaves or interior pages
    columns = {"a": np.arange(n_rows, dtype=np.int64) * 5, "b": np.linspace(0.0, 1.0, n_rows)}
    image, _ = table_image("new_values", columns, page_size, lock_byte_offset=(lock_page - 1) * page_size + 17)
    path = tmp_path / "lock.sqlite"
    image.tofile(path)
    pages = image.reshape(-1, page_size)
    assert not pages[lock_page - 1].any()
    assert int.from_bytes(image[28:32].tobytes(), "big") == len(pages)
    database = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert database.execute("SELECT rowid, a, b FROM new_values ORDER BY rowid").fetchall() == expected_rows(columns)
    assert database.execute("SELECT count(*), sum(a) FROM new_values WHERE rowid > 2000").fetchone() == (
        1000, int(columns["a"][2000:].sum()))
    # SQLite 3.40 says "Page N is never used", 3.46 (Debian 13) "Page N: never used"
    (report,), = database.execute("PRAGMA integrity_check").fetchall()
    assert re.fullmatch(rf"\*\*\* in database main \*\*\*\nPage {lock_page}(:| is) never used", report), report


def test_the_real_lock_byte_page_falls_where_sqlite_puts_it():
    from anshim.engine.storage.sqlite_image import LOCK_BYTE_OFFSET, PAGE_SIZE, _PageNumbers
    lock_page = LOCK_BYTE_OFFSET // PAGE_SIZE + 1
    assert lock_page == 16385  # byte 1,073,741,824 is the first of page 16,385 of 64 KiB pages
    numbers = _PageNumbers(lock_page)
    assert numbers(16384) == 16384 and numbers(16385) == 16386
    assert lock_page not in numbers(np.arange(1, 40_000)).tolist()
