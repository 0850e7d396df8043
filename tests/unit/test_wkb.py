import struct

import numpy as np
import pytest

from anshim.engine.network.geometry import LineArrays
from anshim.engine.network.wkb import (WkbError, lines_from_wkb, linestrings_to_wkb, points_from_wkb, polygons_from_wkb,
                                       geopackage_linestrings, present_geometries)


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


def test_whole_layer_path_equals_blob_by_blob_decoding():
    rng = np.random.default_rng(3)
    lines = LineArrays.from_list([rng.normal(size=(n, 2)) for n in rng.integers(2, 6, 200)])
    buffer, offsets = linestrings_to_wkb(lines)
    blobs = [buffer[offsets[i]:offsets[i + 1]] for i in range(len(lines))]
    fast, fast_rows = lines_from_wkb(blobs)
    # one MultiLineString sends the layer down the general decoder: the common part must agree with it
    general, general_rows = lines_from_wkb(blobs + [struct.pack("<BII", 1, 5, 1) + blobs[0]])
    assert np.array_equal(fast.coords, general.coords[:len(fast.coords)])
    assert np.array_equal(fast.offsets, general.offsets[:-1])
    assert fast_rows.tolist() == general_rows.tolist()[:-1] == list(range(200))


def test_points_decoded_at_once_match_general_decoder():
    blobs = [struct.pack("<BIdd", 1, 1, x, -x) for x in range(50)]
    xy, rows = points_from_wkb(blobs)
    mixed_xy, _ = points_from_wkb(blobs + [struct.pack(">BIdd", 0, 1, 9.0, 9.0)])
    assert xy.tolist() == [[x, -x] for x in range(50)] == mixed_xy[:50].tolist()
    assert rows.tolist() == list(range(50))


def test_null_and_empty_geometries_are_not_present():
    blobs = [None, _linestring([(1, 2), (3, 4)]), struct.pack("<BII", 1, 2, 0), struct.pack("<BIdd", 1, 1, 5, 6),
             struct.pack("<BIdd", 1, 1, float("nan"), float("nan")), struct.pack(">BIdd", 0, 1, 7, 8),
             struct.pack("<BII", 1, 5, 0)]
    assert present_geometries(blobs).tolist() == [1, 3, 5]


def test_geopackage_blobs_hold_header_envelope_and_the_same_wkb():
    lines = LineArrays.from_list([[(0, 0), (3, 4)], [(1, 5), (2, 2), (-5, 2)]])
    head, coordinates, offsets = geopackage_linestrings(lines, 5186)
    wkb, wkb_offsets = linestrings_to_wkb(lines)
    assert head.shape == (2, 49)
    for i in range(len(lines)):
        blob = head[i].tobytes() + coordinates[offsets[i]:offsets[i + 1]].tobytes()
        magic, version, flags, srs_id = struct.unpack_from("<2sBBi", blob)
        assert (magic, version, flags, srs_id) == (b"GP", 0, 0b011, 5186)
        assert struct.unpack_from("<4d", blob, 8) == tuple(lines.bounds()[i])
        assert blob[40:] == wkb[wkb_offsets[i]:wkb_offsets[i + 1]]
    assert lines.bounds()[1].tolist() == [-5, 2, 2, 5]
