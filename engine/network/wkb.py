"""Well-known binary (WKB) to and from flat arrays, so layers cross the QGIS boundary without per-vertex Python.

QGIS hands geometries over as WKB blobs; decoding a whole layer's blobs here is much faster than walking
``QgsPoint`` objects. Z and M values are dropped: Anshim works in 2D.
"""
import struct
from operator import itemgetter

import numpy as np

from .geometry import LineArrays

_POINT, _LINESTRING, _POLYGON, _MULTIPOINT, _MULTILINESTRING, _MULTIPOLYGON = 1, 2, 3, 4, 5, 6
# byte order and type (5 bytes), then a vertex count (4) or a point's x and y
_FIRST_9_BYTES, _AFTER_5_BYTES, _AFTER_9_BYTES = itemgetter(slice(0, 9)), itemgetter(slice(5, None)), \
    itemgetter(slice(9, None))


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
    simple = _simple_geometries(blobs, _LINESTRING)
    if simple is not None:
        return simple
    parts, part_feature = [], []
    for row, blob in enumerate(blobs):
        for part in _linestrings(blob):
            parts.append(part)
            part_feature.append(row)
    return LineArrays.from_list(parts), np.asarray(part_feature, dtype=np.int64)


def points_from_wkb(blobs):
    """Decode point and multipoint blobs. Returns ``(xy (n, 2), feature row of each point)``."""
    simple = _simple_geometries(blobs, _POINT)
    if simple is not None:
        return simple
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


def _simple_geometries(blobs, flat_type):
    """The whole layer decoded at once when every blob is a little-endian 2D LineString (or Point), as QGIS and
    GDAL write them: ``(LineArrays or xy, feature rows)``, or None when some blob needs the general decoder.
    Headers and coordinates are cut out of the blobs by ``map`` and joined, each in one buffer."""
    n = len(blobs)
    if n == 0:
        return None
    sizes = np.fromiter(map(len, blobs), dtype=np.int64, count=n)
    if sizes.min() < 9:  # an empty point (5 bytes of header only) or something broken
        return None
    header = np.frombuffer(b"".join(map(_FIRST_9_BYTES, blobs)), dtype=np.uint8).reshape(n, 9)
    codes = header[:, 1:5].copy().view("<u4")[:, 0]
    if not (np.all(header[:, 0] == 1) and np.all(codes == flat_type)):
        return None
    rows = np.arange(n, dtype=np.int64)
    if flat_type == _POINT:
        if not np.all(sizes == 21):
            return None
        return np.frombuffer(b"".join(map(_AFTER_5_BYTES, blobs)), dtype="<f8").reshape(n, 2), rows
    counts = header[:, 5:9].copy().view("<u4")[:, 0].astype(np.int64)
    if not np.array_equal(sizes, 9 + 16 * counts):
        return None
    coords = np.frombuffer(b"".join(map(_AFTER_9_BYTES, blobs)), dtype="<f8").reshape(-1, 2)
    return LineArrays(coords, np.concatenate([[0], np.cumsum(counts)])), rows


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


_WKB_LINESTRING_HEADER = [("byte_order", "u1"), ("type", "<u4"), ("count", "<u4")]


def linestrings_to_wkb(lines):
    """Little-endian 2D LineString WKB for every line, as one buffer and the ``(n_lines + 1)`` byte offsets."""
    header = np.empty(len(lines), dtype=_WKB_LINESTRING_HEADER)
    _fill_wkb_header(header, lines)
    return _records(header, lines)


def _fill_wkb_header(header, lines):
    header["byte_order"] = 1
    header["type"] = _LINESTRING
    header["count"] = lines.vertex_counts()


def _records(headers, lines):
    """Each line's fixed-size header record followed by its vertices as little-endian doubles, all in one buffer;
    returns it with the ``(n_lines + 1)`` byte offsets. A mask built by run lengths places the two kinds of bytes
    without an index array per byte (that cost ~650 MB at a million segments)."""
    n, width = len(headers), headers.dtype.itemsize
    coordinate_sizes = 16 * lines.vertex_counts()
    offsets = np.concatenate([[0], np.cumsum(width + coordinate_sizes)])
    run_lengths = np.column_stack([np.full(n, width), coordinate_sizes]).ravel()
    in_header = np.repeat(np.tile(np.array([True, False]), n), run_lengths)
    buffer = np.empty(offsets[-1], dtype=np.uint8)
    buffer[in_header] = headers.view(np.uint8)
    buffer[~in_header] = np.ascontiguousarray(lines.coords, dtype="<f8").view(np.uint8).ravel()
    return buffer.tobytes(), offsets


def present_geometries(blobs):
    """Index of the blobs that hold a geometry: not None (NULL) and not empty (no vertices, or a NaN point)."""
    index = np.array([i for i, blob in enumerate(blobs) if blob is not None], dtype=np.int64)
    if len(index) == 0:
        return index
    present = [blobs[i] for i in index] if len(index) < len(blobs) else blobs
    sizes = np.fromiter(map(len, present), dtype=np.int64, count=len(index))
    keep = sizes > 9  # a collection, line or ring list with no member is 9 bytes of header
    points = np.flatnonzero(sizes == 21)  # 2D points; an empty one is coded as NaN, NaN
    if len(points):
        header_and_x = np.frombuffer(b"".join(present[i] for i in points), dtype=np.uint8).reshape(-1, 21)[:, :13]
        x_bytes = header_and_x[:, 5:13].copy()
        x = np.where(header_and_x[:, 0] == 1, x_bytes.view("<f8")[:, 0], x_bytes.view(">f8")[:, 0])
        keep[points] = ~np.isnan(x)
    return index[keep]


_GEOPACKAGE_HEADER = [("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs_id", "<i4"), ("envelope", "<f8", 4)]
_LITTLE_ENDIAN_XY_ENVELOPE = 0b011  # GeoPackage flags: little-endian header, envelope [min x, max x, min y, max y]


def geopackage_linestrings(lines, srs_id, bounds=None):
    """GeoPackage geometry blobs (OGC 12-128r18, 2.1.3) for every line in two parts: ``(head, coordinates,
    coordinate_offsets)``. Blob i is ``head[i]`` (an ``(n, 49)`` uint8 array: the 40-byte header with the line's
    envelope, then the WKB LineString header) followed by ``coordinates[coordinate_offsets[i]:coordinate_offsets[i
    + 1]]`` (its vertices as little-endian doubles); :class:`engine.storage.sqlite_image.Blob` takes them as they are.
    ``bounds``: the lines' bounds when the caller has them already."""
    header = np.zeros(len(lines), dtype=_GEOPACKAGE_HEADER + _WKB_LINESTRING_HEADER)
    header["magic"] = b"GP"
    header["flags"] = _LITTLE_ENDIAN_XY_ENVELOPE
    header["srs_id"] = srs_id
    header["envelope"] = lines.bounds() if bounds is None else bounds
    _fill_wkb_header(header, lines)
    coordinates = np.ascontiguousarray(lines.coords, dtype="<f8").view(np.uint8).reshape(-1)
    return header.view(np.uint8).reshape(len(lines), -1), coordinates, 16 * np.asarray(lines.offsets, dtype=np.int64)
