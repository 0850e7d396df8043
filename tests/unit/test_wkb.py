import struct

import numpy as np
import pytest

from anshim.engine.geometry import LineArrays
from anshim.engine.wkb import WkbError, lines_from_wkb, linestrings_to_wkb, points_from_wkb, polygons_from_wkb


def _linestring(coords, code=2, dims=2):
    body = b"".join(struct.pack("<" + "d" * dims, *(tuple(c) + (7.0,) * (dims - 2))) for c in coords)
    return struct.pack("<BII", 1, code, len(coords)) + body


def test_round_trip_of_encoded_segments_keeps_every_vertex():
    lines = LineArrays.from_list([[(0, 0), (3, 4)], [(1, 1), (2, 2), (5, 2)]])
    buffer, offsets = linestrings_to_wkb(lines)
    blobs = [buffer[offsets[i]:offsets[i + 1]] for i in range(len(lines))]
    decoded, rows = lines_from_wkb(blobs)
    assert rows.tolist() == [0, 1]
    assert decoded.offsets.tolist() == [0, 2, 5]
    assert np.array_equal(decoded.coords, lines.coords)


def test_multilinestring_z_becomes_parts_of_one_feature():
    parts = [_linestring([(0, 0), (1, 0)], 1002, 3), _linestring([(5, 5), (6, 6), (7, 9)], 1002, 3)]
    multi = struct.pack("<BII", 1, 1005, 2) + b"".join(parts)
    decoded, rows = lines_from_wkb([_linestring([(9, 9), (10, 10)]), multi])
    assert rows.tolist() == [0, 1, 1]
    assert decoded.line(2).tolist() == [[5, 5], [6, 6], [7, 9]]


def test_big_endian_point_and_multipoint():
    big_endian_point = struct.pack(">BIdd", 0, 1, 3.5, -2.0)
    multi = struct.pack("<BII", 1, 4, 2) + struct.pack("<BIdd", 1, 1, 1, 2) + struct.pack("<BIdd", 1, 1, 3, 4)
    xy, rows = points_from_wkb([big_endian_point, multi])
    assert xy.tolist() == [[3.5, -2.0], [1, 2], [3, 4]]
    assert rows.tolist() == [0, 1, 1]


def test_polygon_with_hole_keeps_rings():
    outer = [(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)]
    hole = [(2, 2), (3, 2), (3, 3), (2, 2)]
    rings = b"".join(struct.pack("<I", len(r)) + b"".join(struct.pack("<dd", *c) for c in r) for r in (outer, hole))
    polygons, rows = polygons_from_wkb([struct.pack("<BII", 1, 3, 2) + rings])
    assert len(polygons[0]) == 2 and polygons[0][1].shape == (4, 2) and rows.tolist() == [0]


def test_wrong_geometry_kind_is_refused():
    with pytest.raises(WkbError, match="expected a line"):
        lines_from_wkb([struct.pack("<BIdd", 1, 1, 0, 0)])
