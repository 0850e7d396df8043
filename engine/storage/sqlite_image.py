"""A whole SQLite database file holding one table, built from numpy arrays at once.

Python's sqlite3 binds parameters one value at a time, about 0.15 µs each: a city's million segments with twenty
new columns spend 3 s in ``executemany`` alone. Laid out here as SQLite's own pages, the same table is a few numpy
operations; the GeoPackage writer attaches the file and copies or joins its rows inside SQLite.

The file format is the one at https://www.sqlite.org/fileformat.html: a 100-byte header, page 1 holding the schema
table, then the table's B-tree: leaf pages (type 13) with the rows in rowid order and interior pages (type 5) above
them up to one root. Rowids are 1, 2, …, n. Integer columns are stored as serial type 6 (8-byte big-endian
integer), real ones as 7 (8-byte big-endian IEEE double); SQLite reads a NaN double as NULL, which is what binding
NaN gives too. A last column may be a blob (:class:`Blob`). Column names are given without a type, so the values
come back as stored.

SQLite never uses the page holding the byte at offset 2**30 (the "lock-byte page", used for file locks): a file of
more than 1 GiB has that page empty and outside every B-tree, and pages are numbered around it.

Every varint of a cell (payload size, rowid, record header size, the blob's serial type) is written at the width
the table's largest value needs, with leading 0x80 bytes where a value needs fewer. SQLite reads such a varint as
the same number, and the file is only ever read by SQLite through ATTACH while its rows are copied out; one width
for every row makes each cell's fixed part one row of a 2-D array, whatever the blob sizes.
"""
from dataclasses import dataclass

import numpy as np

PAGE_SIZE = 65536  # the largest SQLite allows: fewest pages and interior cells
_HEADER_BYTES = 100
_LEAF, _INTERIOR = 13, 5
_LEAF_HEADER, _INTERIOR_HEADER = 8, 12
_SQLITE_VERSION_NUMBER = 3040001  # written by; readers ignore it
_INTEGER, _REAL = 6, 7  # serial types
LOCK_BYTE_OFFSET = 2 ** 30  # SQLite's PENDING_BYTE: its page holds no data


@dataclass(frozen=True)
class Blob:
    """A blob column: row i holds ``head[i]`` (an ``(n, h)`` uint8 array: a fixed-size part, such as a geometry's
    header) followed by ``tail[tail_offsets[i]:tail_offsets[i + 1]]`` (its variable part, such as the coordinates),
    so the caller never has to join the two."""
    head: np.ndarray
    tail: np.ndarray
    tail_offsets: np.ndarray


def table_image(table, columns, page_size=PAGE_SIZE, lock_byte_offset=LOCK_BYTE_OFFSET):
    """A database file holding ``table`` with ``columns`` (name -> 1-D int or float numpy array, all of one length
    n, the last one possibly a :class:`Blob`) as rows 1 … n. Names must be SQL identifiers that need no quoting.
    ``page_size``: a power of two from 512 to 65536. ``lock_byte_offset``: the page holding this byte is left
    empty (SQLite's lock-byte page; other values only for tests).

    Returns ``(image, too_large)``: the file as a uint8 array (write it with ``tofile``), and the rows whose blob
    would need overflow pages, which hold NULL instead (the caller writes those few values itself)."""
    names = list(columns)
    arrays = [columns[name] if isinstance(columns[name], Blob) else np.asarray(columns[name]) for name in names]
    blob = arrays.pop() if arrays and isinstance(arrays[-1], Blob) else None
    if any(isinstance(array, Blob) for array in arrays):
        raise ValueError("only the last column can be a blob")
    lengths = {len(array) for array in arrays} | ({len(blob.head)} if blob is not None else set())
    if not names or len(lengths) != 1 or page_size not in [2 ** k for k in range(9, 17)]:
        raise ValueError("columns of one length and a page size that is a power of two from 512 to 65536 needed")
    if lock_byte_offset < page_size:
        raise ValueError("the lock-byte page cannot be page 1")
    physical = _PageNumbers(lock_byte_offset // page_size + 1)
    cells = _Cells(arrays, blob, lengths.pop(), page_size)
    bounds = _leaf_bounds(cells.offsets, page_size)
    levels, root = _interior_levels(bounds, page_size, physical)
    page_count = physical(len(bounds) + sum(map(len, levels)))
    image = np.zeros((page_count, page_size), dtype=np.uint8)
    _first_page(image[0], table, f"CREATE TABLE {table}({', '.join(names)})", root, page_count)
    stream = cells.stream()
    for page, (start, end) in enumerate(zip(bounds[:-1].tolist(), bounds[1:].tolist()), start=2):
        cell_offsets = cells.offsets[start:end + 1] - cells.offsets[start]
        row = physical(page) - 1
        content_start = _page_header(image[row], _LEAF, cell_offsets[:-1], cell_offsets[-1])
        image[row, content_start:] = stream[cells.offsets[start]:cells.offsets[end]]
    interior_pages = (page for level in levels for page in level)
    for page, (content, cell_offsets, right_child, _) in enumerate(interior_pages, start=len(bounds) + 1):
        row = physical(page) - 1
        content_start = _page_header(image[row], _INTERIOR, cell_offsets, len(content), right_child)
        image[row, content_start:] = content
    return image.reshape(-1), cells.too_large


class _PageNumbers:
    """Page numbers in the file of pages 1, 2, … in building order: the same, but one more from the lock-byte
    page on, which stays empty."""

    def __init__(self, lock_page):
        self.lock_page = lock_page

    def __call__(self, pages):
        if np.isscalar(pages):
            return int(pages) + (int(pages) >= self.lock_page)
        pages = np.asarray(pages, dtype=np.int64)
        return pages + (pages >= self.lock_page)


def _interior_levels(bounds, page_size, physical):
    """The interior pages above the leaves (pages 2 …, cut at ``bounds``), level by level, numbered after the
    leaves: ``(levels, root page number)``, page numbers as in the file (``physical``)."""
    levels, children, keys = [], physical(np.arange(2, 1 + len(bounds))), bounds[1:]  # rowid i + 1 is cell i
    while len(children) > 1:
        level = _interior_level(children, keys, page_size)
        first_page = 1 + len(bounds) + sum(map(len, levels))
        levels.append(level)
        children = physical(np.arange(first_page, first_page + len(level)))
        keys = np.array([last_rowid for _, _, _, last_rowid in level], dtype=np.int64)
    return levels, int(children[0])


class _Cells:
    """Every row as a table-leaf cell, back to back in rowid order: payload size, rowid, record header, the
    numbers big-endian, then the blob's head and tail."""

    def __init__(self, numbers, blob, n_rows, page_size):
        integer = [array.dtype.kind in "biu" for array in numbers]
        values = np.empty((n_rows, len(numbers)), dtype=">i8")
        for column, (array, kind) in enumerate(zip(numbers, integer)):
            values[:, column] = array.astype(np.int64) if kind else array.astype(np.float64).view(np.int64)
        self.blob, self.too_large = blob, np.empty(0, dtype=np.int64)
        blob_size, serial = np.zeros(n_rows, dtype=np.int64), np.zeros(n_rows, dtype=np.int64)
        if blob is not None:
            blob_size = blob.head.shape[1] + np.diff(blob.tail_offsets)
            # a payload beyond the page size - 35 would spill to overflow pages, which this file does not have
            self.too_large = np.flatnonzero(blob_size + 9 * len(numbers) + 16 > page_size - 35)
            blob_size[self.too_large] = 0
            serial = 12 + 2 * blob_size
            serial[self.too_large] = 0
        serial_width = int(_varint_lengths(serial.max(initial=0))) if blob is not None else 0
        types_size = len(numbers) + serial_width
        header_width = 1 if types_size + 1 < 128 else 2
        payload = header_width + types_size + 8 * len(numbers) + blob_size
        parts = [_varint(payload), _varint(np.arange(1, n_rows + 1)),
                 _varint(np.array([header_width + types_size]), header_width),
                 np.array([[_INTEGER if kind else _REAL for kind in integer]], dtype=np.uint8),
                 _varint(serial, serial_width) if blob is not None else np.empty((n_rows, 0), dtype=np.uint8),
                 values.view(np.uint8)] + ([blob.head] if blob is not None else [])
        widths = np.cumsum([0] + [part.shape[1] for part in parts])
        self.fixed = np.empty((n_rows, int(widths[-1])), dtype=np.uint8)
        for part, start, end in zip(parts, widths[:-1], widths[1:]):
            self.fixed[:, start:end] = part  # one-row parts are the same in every row
        self.fixed_size = np.full(n_rows, self.fixed.shape[1], dtype=np.int64)
        self.tail_size = np.zeros(n_rows, dtype=np.int64) if blob is None else np.diff(blob.tail_offsets)
        if len(self.too_large):  # their head and tail are left out
            self.fixed_size[self.too_large] -= blob.head.shape[1]
            self.tail_size[self.too_large] = 0
        self.offsets = np.concatenate([[0], np.cumsum(self.fixed_size + self.tail_size)])

    def stream(self):
        """The cells back to back as one uint8 array. Rows are copied in groups of one cell layout (fixed part and
        tail sizes: a segment's tail is its vertices, of a few distinct counts), each group through overlapping
        byte windows of its widths, so no index array per byte is ever built."""
        if not self.tail_size.any() and not len(self.too_large):
            return self.fixed.reshape(-1)
        stream = np.empty(self.offsets[-1], dtype=np.uint8)
        tail, tail_start = self.blob.tail, self.blob.tail_offsets[:-1]
        layout = self.fixed_size * (int(self.tail_size.max()) + 1) + self.tail_size
        order = np.argsort(layout, kind="stable")
        groups = np.flatnonzero(np.r_[True, np.diff(layout[order]) != 0])
        for rows in np.split(order, groups[1:]):
            fixed_size, tail_size = int(self.fixed_size[rows[0]]), int(self.tail_size[rows[0]])
            _windows(stream, fixed_size)[self.offsets[rows]] = self.fixed[rows, :fixed_size]
            if tail_size:
                _windows(stream, tail_size)[self.offsets[rows] + fixed_size] = _windows(tail, tail_size)[
                    tail_start[rows]]
        return stream


def _windows(array, width):
    """Every ``width`` consecutive bytes of ``array`` as a row of a 2-D view (rows overlap; the caller reads or
    writes rows that do not)."""
    return np.lib.stride_tricks.as_strided(array, shape=(len(array) - width + 1, width), strides=(1, 1))


def _leaf_bounds(offsets, page_size):
    """First cell of each leaf page, then the cell count: pages are filled in order while the cells, their 2-byte
    pointers and the page header fit (a row of a few thousand columns would need overflow pages, which SQLite's
    limit of 2,000 columns keeps out of reach)."""
    n = len(offsets) - 1
    cost = offsets + 2 * np.arange(n + 1)  # of cells 0 .. i - 1
    bounds = [0]
    while bounds[-1] < n or len(bounds) == 1:  # an empty table has one empty leaf
        bounds.append(int(np.searchsorted(cost, cost[bounds[-1]] + page_size - _LEAF_HEADER, side="right")) - 1)
    return np.array(bounds, dtype=np.int64)


def _interior_level(children, keys, page_size):
    """Interior pages over ``children`` (page numbers in rowid order; ``keys`` the last rowid under each), at least
    two children each: ``[(cell bytes, cell offsets, right-most child, last rowid under the page)]``."""
    per_page = (page_size - _INTERIOR_HEADER) // int(4 + _varint_lengths(keys).max() + 2) + 1
    pages = []
    n_pages = -(-len(children) // per_page)
    for child, key in zip(np.array_split(children, n_pages), np.array_split(keys, n_pages)):
        cells = [np.concatenate([np.frombuffer(page.to_bytes(4, "big"), dtype=np.uint8), _varint(np.array([k]))[0]])
                 for page, k in zip(child[:-1].tolist(), key[:-1].tolist())]
        cell_offsets = np.concatenate([[0], np.cumsum([len(cell) for cell in cells])[:-1]])
        pages.append((np.concatenate(cells), cell_offsets, int(child[-1]), int(key[-1])))
    return pages


def _page_header(page, page_type, cell_offsets, content_size, right_child=None, header_at=0):
    """Write a B-tree page's header at ``header_at`` and its cell pointers after it, for ``content_size`` bytes of
    cells (at ``cell_offsets`` among them) at the end of the page. Returns where the cells start."""
    content_start = len(page) - int(content_size)
    header = bytes([page_type, 0, 0]) + len(cell_offsets).to_bytes(2, "big") \
        + (content_start % 65536).to_bytes(2, "big") + b"\0"  # 0 stands for 65536
    if right_child is not None:
        header += right_child.to_bytes(4, "big")
    page[header_at:header_at + len(header)] = np.frombuffer(header, dtype=np.uint8)
    pointers = (content_start + np.asarray(cell_offsets, dtype=np.int64)).astype(">u2").view(np.uint8)
    page[header_at + len(header):header_at + len(header) + len(pointers)] = pointers
    return content_start


def _first_page(page, table, sql, root, page_count):
    """Fill ``page`` as page 1: the database header, then the schema table's one row describing ``table``."""
    texts = [text.encode("utf-8") for text in ("table", table, table, sql)]
    serial_types = [13 + 2 * len(texts[0]), 13 + 2 * len(texts[1]), 13 + 2 * len(texts[2]), 4, 13 + 2 * len(texts[3])]
    types = b"".join(bytes(_varint(np.array([kind]))[0]) for kind in serial_types)
    record_header = bytes(_varint(np.array([1 + len(types)]))[0]) + types
    if len(record_header) != 1 + len(types):
        raise ValueError("the table's SQL is too long for this schema record")
    payload = record_header + b"".join(texts[:3]) + root.to_bytes(4, "big") + texts[3]
    cell = bytes(_varint(np.array([len(payload)]))[0]) + b"\x01" + payload
    content_start = _page_header(page, _LEAF, [0], len(cell), header_at=_HEADER_BYTES)
    page[content_start:] = np.frombuffer(cell, dtype=np.uint8)
    page[:_HEADER_BYTES] = np.frombuffer(_database_header(len(page), page_count), dtype=np.uint8)


def _database_header(page_size, page_count):
    header = bytearray(_HEADER_BYTES)
    header[0:16] = b"SQLite format 3\0"
    header[16:18] = (page_size % 65536 or 1).to_bytes(2, "big")  # 1 stands for 65536
    header[18:24] = bytes([1, 1, 0, 64, 32, 32])  # legacy journal, no reserved bytes, fixed payload fractions
    header[24:28] = (1).to_bytes(4, "big")  # file change counter
    header[28:32] = page_count.to_bytes(4, "big")
    header[40:44] = (1).to_bytes(4, "big")  # schema cookie
    header[44:48] = (4).to_bytes(4, "big")  # schema format
    header[56:60] = (1).to_bytes(4, "big")  # UTF-8
    header[92:96] = (1).to_bytes(4, "big")  # the page count is valid for this change counter
    header[96:100] = _SQLITE_VERSION_NUMBER.to_bytes(4, "big")
    return bytes(header)


def _varint_lengths(values):
    """Bytes of SQLite's varint of each non-negative value below 2**56."""
    values = np.asarray(values, dtype=np.int64)
    return 1 + sum((values >= (1 << (7 * k))).astype(np.int64) for k in range(1, 8))


def _varint(values, length=None):
    """SQLite varints (big-endian groups of 7 bits, the high bit set on all but the last byte) of ``length``
    bytes each (default: the longest needed), as an ``(n, length)`` uint8 array."""
    values = np.asarray(values, dtype=np.int64)
    length = length or int(_varint_lengths(values).max(initial=0))
    shifts = 7 * np.arange(length - 1, -1, -1)
    groups = (values[:, None] >> shifts) & 0x7F
    groups[:, :-1] |= 0x80
    return groups.astype(np.uint8)
