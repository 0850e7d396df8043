"""Well-known binary (WKB) to and from flat arrays, so layers cross the QGIS boundary without per-vertex Python.

QGIS hands geometries over as WKB blobs; decoding a whole layer's blobs here is much faster than walking
``QgsPoint`` objects. Z and M values are dropped: Anshim works in 2D.
"""
import struct

import numpy as np

from .geometry import LineArrays

_POINT, _LINESTRING, _POLYGON, _MULTIPOINT, _MULTILINESTRING, _MULTIPOLYGON = 1, 2, 3, 4, 5, 6


class WkbError(ValueError):
    """A blob is not a geometry of the expected kind."""


def _header(blob, offset):
    """Byte order, flat type and number of coordinates per vertex of the WKB geometry at ``offset``."""
    little_endian = blob[offset] == 1
    (code,) = struct.unpack_from("<I" if little_endian else ">I", blob, offset + 1)
    has_z, has_m = bool(code & 0x80000000), bool(code & 0x40000000)  # EWKB flags
    code &= 0x0FFFFFFF
    iso_dims, flat = divmod(code, 1000)
    has_z = has_z or iso_dims in (1, 3)
    has_m = has_m or iso_dims in (2, 3)
    return little_endian, flat, 2 + has_z + has_m


def _read_count(blob, offset, little_endian):
    return struct.unpack_from("<I" if little_endian else ">I", blob, offset)[0]


def _read_xy(blob, offset, n_vertices, n_dims, little_endian):
    values = np.frombuffer(blob, dtype="<f8" if little_endian else ">f8", count=n_vertices * n_dims, offset=offset)
    return values.reshape(n_vertices, n_dims)[:, :2], offset + 8 * n_vertices * n_dims


def _linestrings(blob):
    """Vertex arrays of every linestring part in one (multi)linestring blob."""
    little_endian, flat, n_dims = _header(blob, 0)
    if flat == _LINESTRING:
        xy, _ = _read_xy(blob, 9, _read_count(blob, 5, little_endian), n_dims, little_endian)
        return [xy]
    if flat != _MULTILINESTRING:
        raise WkbError(f"expected a line geometry, got WKB type {flat}")
    parts, offset = [], 9
    for _ in range(_read_count(blob, 5, little_endian)):
        part_little_endian, _, part_dims = _header(blob, offset)
        count = _read_count(blob, offset + 5, part_little_endian)
        xy, offset = _read_xy(blob, offset + 9, count, part_dims, part_little_endian)
        parts.append(xy)
    return parts


def lines_from_wkb(blobs):
    """Decode (multi)linestring blobs. Returns ``(LineArrays of single parts, feature row of each part)``."""
    parts, part_feature = [], []
    for row, blob in enumerate(blobs):
        for part in _linestrings(blob):
            parts.append(part)
            part_feature.append(row)
    return LineArrays.from_list(parts), np.asarray(part_feature, dtype=np.int64)


def points_from_wkb(blobs):
    """Decode point and multipoint blobs. Returns ``(xy (n, 2), feature row of each point)``."""
    xy, rows = [], []
    for row, blob in enumerate(blobs):
        little_endian, flat, n_dims = _header(blob, 0)
        if flat == _POINT:
            xy.append(_read_xy(blob, 5, 1, n_dims, little_endian)[0])
            rows.append(row)
        elif flat == _MULTIPOINT:
            for index in range(_read_count(blob, 5, little_endian)):
                offset = 9 + index * (5 + 8 * n_dims)
                part_little_endian, _, part_dims = _header(blob, offset)
                xy.append(_read_xy(blob, offset + 5, 1, part_dims, part_little_endian)[0])
                rows.append(row)
        else:
            raise WkbError(f"expected a point geometry, got WKB type {flat}")
    coords = np.concatenate(xy) if xy else np.empty((0, 2))
    return coords.reshape(-1, 2), np.asarray(rows, dtype=np.int64)


def polygons_from_wkb(blobs):
    """Decode (multi)polygon blobs. Returns ``(list of polygons as lists of rings, feature row of each polygon)``."""
    polygons, rows = [], []
    for row, blob in enumerate(blobs):
        little_endian, flat, n_dims = _header(blob, 0)
        if flat == _POLYGON:
            polygons.append(_rings(blob, 9, _read_count(blob, 5, little_endian), n_dims, little_endian)[0])
            rows.append(row)
        elif flat == _MULTIPOLYGON:
            offset = 9
            for _ in range(_read_count(blob, 5, little_endian)):
                part_little_endian, _, part_dims = _header(blob, offset)
                rings, offset = _rings(blob, offset + 9, _read_count(blob, offset + 5, part_little_endian),
                                       part_dims, part_little_endian)
                polygons.append(rings)
                rows.append(row)
        else:
            raise WkbError(f"expected a polygon geometry, got WKB type {flat}")
    return polygons, np.asarray(rows, dtype=np.int64)


def _rings(blob, offset, n_rings, n_dims, little_endian):
    rings = []
    for _ in range(n_rings):
        count = _read_count(blob, offset, little_endian)
        ring, offset = _read_xy(blob, offset + 4, count, n_dims, little_endian)
        rings.append(ring)
    return rings, offset


def linestrings_to_wkb(lines):
    """Little-endian 2D LineString WKB for every line, as one buffer and the ``(n_lines + 1)`` byte offsets."""
    counts = lines.vertex_counts()
    sizes = 9 + 16 * counts
    byte_offsets = np.concatenate([[0], np.cumsum(sizes)])
    buffer = np.zeros(byte_offsets[-1], dtype=np.uint8)
    starts = byte_offsets[:-1]
    buffer[starts] = 1
    header = np.empty((len(counts), 2), dtype="<u4")
    header[:, 0] = _LINESTRING
    header[:, 1] = counts
    header_bytes = header.view(np.uint8).reshape(-1, 8)
    buffer[starts[:, None] + 1 + np.arange(8)] = header_bytes
    coordinate_bytes = lines.coords.astype("<f8").view(np.uint8).reshape(-1, 16)
    vertex_starts = np.repeat(starts + 9, counts) + 16 * (np.arange(len(lines.coords)) - np.repeat(lines.offsets[:-1],
                                                                                                   counts))
    buffer[vertex_starts[:, None] + np.arange(16)] = coordinate_bytes
    return buffer.tobytes(), byte_offsets
