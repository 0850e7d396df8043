"""GeoPackage outputs written in bulk, for city-sized layers.

QGIS's feature sinks cost 10–25 µs per feature, most of a minute for a city's million segments. A GeoPackage is
an SQLite database (OGC 12-128r18): GDAL creates the output table with its fields, CRS, metadata and spatial-index
definition, then the rows go in with one SQLite transaction: one ``INSERT … SELECT`` from a SQLite file laid out
with numpy (:mod:`engine.storage.sqlite_image`), holding new segments with their GeoPackage blobs (:func:`write_lines`), or
the new columns joined to the input rows when the input is a GeoPackage too (:func:`copy_with_columns`). The R-tree
is packed in bulk (:mod:`engine.storage.rtree`), or copied page for page from the input's when the output holds every input
row under the same fids. Other formats, memory layers and databases go through QGIS's own sinks, which give the
same fields and values.
"""
import os
import sqlite3
import tempfile
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from qgis.core import (QgsCoordinateReferenceSystem, QgsDataSourceUri, QgsProcessingContext, QgsProcessingException,
                       QgsProcessingUtils)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from ..engine.progress import Canceled
from ..engine.storage.rtree import pack_rtree
from .layer_io import destination_of
from .whole_files import written_whole

TR_CONTEXT = "GeoPackage"


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


# QGIS field types written by Anshim -> OGR field types
_OGR_TYPES = {QVariant.Int: "OFTInteger", QVariant.LongLong: "OFTInteger64", QVariant.Double: "OFTReal",
              QVariant.String: "OFTString"}
SIMPLE_TYPES = frozenset(_OGR_TYPES)  # field types written here; others (dates, lists…) go through QGIS
_CHECK_CANCEL_EVERY = 100_000  # SQLite virtual-machine steps between two looks at the Cancel button


def _quoted(name):
    return '"' + name.replace('"', '""') + '"'


def _connect(path):
    # URI filenames, so the input can be attached read-only
    return sqlite3.connect(Path(path).resolve().as_uri(), uri=True, isolation_level=None)


@dataclass(frozen=True)
class GeoPackageTable:
    """The feature table behind an :class:`OgrSource` that is a GeoPackage, for copying its rows in SQL."""
    path: str
    table: str
    geometry_column: str
    fid_column: str

    @classmethod
    def of(cls, source):
        """The table of ``source``, or None when it is not a GeoPackage."""
        dataset, layer = source.open()
        if dataset.GetDriver().GetName() != "GPKG" or not layer.GetFIDColumn() or not layer.GetGeometryColumn():
            return None
        return cls(source.path, layer.GetName(), layer.GetGeometryColumn(), layer.GetFIDColumn())


@dataclass(frozen=True)
class GeoPackageOutput:
    """Where a GeoPackage output goes: a whole new file (a plain path, as QGIS's file writer treats it) or a table
    added to, or replacing a table of, an existing file (``ogr:dbname=… table=…``)."""
    path: str
    table: str
    whole_file: bool

    @property
    def layer_uri(self):
        return self.path if self.whole_file else f"{self.path}|layername={self.table}"


def output_destination(algorithm, parameters, name, context):
    """``(GeoPackageOutput, definition)`` when sink parameter ``name`` goes to a GeoPackage (a temporary output
    becomes a GeoPackage in Processing's temporary folder), or ``(None, None)`` for QGIS's own sinks."""
    destination, definition = destination_of(parameters, name, context)
    if not destination or destination == "TEMPORARY_OUTPUT":
        path = QgsProcessingUtils.generateTempFilename(f"{name}.gpkg")
        return GeoPackageOutput(path, Path(path).stem, True), definition
    if destination.startswith("ogr:"):
        uri = QgsDataSourceUri(destination[len("ogr:"):])
        if uri.database().lower().endswith(".gpkg") and uri.table():
            return GeoPackageOutput(uri.database(), uri.table(), False), definition
        return None, None
    if destination.lower().endswith(".gpkg") and "|" not in destination:
        return GeoPackageOutput(destination, Path(destination).stem, True), definition
    return None, None


def load_on_completion(algorithm, name, context, output, definition):
    """Register the written layer for loading into the project, as Processing does for its own sinks."""
    if definition is None or definition.destinationProject is None:
        return
    layer_name = definition.destinationName or algorithm.parameterDefinition(name).description()
    context.addLayerToLoadOnCompletion(output.layer_uri, QgsProcessingContext.LayerDetails(
        layer_name, definition.destinationProject, name, QgsProcessingUtils.LayerHint.Vector))


def copy_with_columns(table, output, kept_columns, new_columns, fids, boxes, feedback):
    """Write ``output``: the rows of ``table`` whose fid is in ``fids`` (an int64 array, in that order), with their
    geometry and ``kept_columns``, followed by ``new_columns`` (name -> ``(QVariant type, values per fid)``).
    ``boxes`` are those rows' geometry bounds (min x, max x, min y, max y) for the spatial index, which is copied
    from the input instead when the input's covers the same rows under the same fids.

    Fids are renumbered from 1. The file or table is removed again if the run is cancelled or fails.
    """
    _check_not_input(table, output)
    with _staged(output) as staged:
        _copy_with_columns(table, staged, kept_columns, new_columns, fids, boxes, feedback)


def _copy_with_columns(table, output, kept_columns, new_columns, fids, boxes, feedback):
    words = {name: _coded_text(values) for name, (kind, values) in new_columns.items() if kind == QVariant.String}
    with _new_values_file(new_columns, words, fids) as values_uri:  # before the output exists: nothing to undo
        _raise_if_canceled(feedback)
        created = _create_copy_layer(table, output, kept_columns, new_columns)
        same_file = os.path.samefile(output.path, table.path)
        source_schema = "main" if same_file else "source"
        attachments = {} if same_file else {"source": Path(table.path).resolve().as_uri() + "?mode=ro"}

        def insert(connection):
            _insert_joined(connection, source_schema, table, output, kept_columns, list(new_columns), words)

        def index(connection):
            if not _copy_rtree(connection, source_schema, table, output, fids):
                _fill_rtree(connection, f"rtree_{output.table}_geom", boxes)

        _fill(output, boxes, feedback, insert, created, dict(attachments, new_values=values_uri), index)


def _create_copy_layer(table, output, kept_columns, new_columns):
    """The output table with the input's CRS, geometry type and ``kept_columns``, then ``new_columns``."""
    from osgeo import ogr
    dataset = ogr.Open(table.path)
    layer = dataset.GetLayerByName(table.table) if dataset is not None else None
    if layer is None:
        raise QgsProcessingException(tr(
            "GDAL could not open {path} ({table}).").format(path=table.path, table=table.table))
    definition = layer.GetLayerDefn()
    fields = [definition.GetFieldDefn(definition.GetFieldIndex(column)) for column in kept_columns]
    fields += [ogr.FieldDefn(name, getattr(ogr, _OGR_TYPES[kind])) for name, (kind, _) in new_columns.items()]
    return _create_layer(output, layer.GetSpatialRef(), layer.GetGeomType(), fields)


@dataclass(frozen=True)
class Coded:
    """A column given as ``values[codes[i]]`` for row i: a few plain values repeated over many rows (a street's
    name on each of its segments), looked up inside SQLite instead of bound row by row."""
    codes: np.ndarray
    values: list

    def expanded(self):
        return [self.values[code] for code in np.asarray(self.codes).tolist()]


def write_lines(output, crs, fields, lines, columns, feedback):
    """Write ``output`` as a new line layer in ``crs``: line i with value i of each of ``columns``, one per field
    of ``fields`` (QgsFields of the types in ``SIMPLE_TYPES``; fids 1, 2, …). A column is a numpy array of numbers
    (NaN for NULL), a :class:`Coded` column or a list of plain values (None for NULL).

    The rows and their geometry are laid out as a SQLite file with numpy (:mod:`engine.storage.sqlite_image`) and copied
    in with one ``INSERT … SELECT``: binding a city's million segments value by value took 3–4 s.

    A whole file is written under a temporary name and renamed when complete (:mod:`whole_files`)."""
    with _staged(output) as staged:
        _write_lines(staged, crs, fields, lines, columns, feedback)


@contextmanager
def _staged(output):
    """``output`` itself when it is a table of an existing file (written in one transaction, removed on
    failure); for a whole file, the same table in a temporary sibling renamed over the destination once the rows
    are in and counted."""
    if not output.whole_file:
        yield output
        return
    with written_whole(output.path) as temporary:
        staged = GeoPackageOutput(temporary, output.table, True)
        yield staged
        _require_rows(staged)


def _require_rows(output):
    """Refuse a file whose table lacks rows the layer metadata promises (a write that stopped short)."""
    connection = _connect(output.path)
    try:
        promised = connection.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = ?",
                                      (output.table,)).fetchone()
        rows = connection.execute(f"SELECT count(*) FROM {_quoted(output.table)}").fetchone()[0]
    finally:
        connection.close()
    if promised is None or promised[0] != rows:
        raise QgsProcessingException(tr("{path} came out incomplete ({rows:,} rows): nothing was saved.").format(
            path=output.path, rows=rows))


def _write_lines(output, crs, fields, lines, columns, feedback):
    from osgeo import ogr, osr
    srs = osr.SpatialReference()
    srs.ImportFromWkt(crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL))
    created = _create_layer(output, srs, ogr.wkbLineString, [_field_definition(field) for field in fields])
    boxes = lines.bounds()
    rtree = f"rtree_{output.table}_geom"
    with ExitStack() as stack:
        try:
            srs_id, node_size = _layer_facts(output, rtree)
            packed = pack_rtree(np.arange(1, len(lines) + 1), boxes, node_size)
            image_columns, words = _rows_image_columns(lines, boxes, columns, srs_id, packed)
            rows_uri, too_large = stack.enter_context(_image_file("new_rows", image_columns))
        except BaseException:
            _discard(output, created)
            raise

        def insert(connection):
            blob = image_columns["geom"]
            names = ["fid", "geom"] + fields.names()
            joins, word_of = _word_lookups(connection, words, "n")
            selected = ["n.rowid", "n.geom"] + [word_of.get(number, f"n.c{number}") for number in range(len(columns))]
            connection.execute(
                f"INSERT INTO {_quoted(output.table)} ({', '.join(_quoted(name) for name in names)}) "
                f"SELECT {', '.join(selected)} FROM new_rows.new_rows n{joins} ORDER BY n.rowid")
            connection.execute("DROP TABLE anshim_words")
            connection.executemany(f"UPDATE {_quoted(output.table)} SET geom = ? WHERE fid = ?", (
                (blob.head[row].tobytes() + blob.tail[blob.tail_offsets[row]:blob.tail_offsets[row + 1]].tobytes(),
                 row + 1) for row in too_large.tolist()))  # geometries too long for one page of the file

        def index(connection):
            _write_rtree(connection, rtree, packed, "SELECT rowid, leaf FROM new_rows.new_rows")

        _fill(output, boxes, feedback, insert, created, {"new_rows": rows_uri}, index)


def _rows_image_columns(lines, boxes, columns, srs_id, packed_rtree):
    """``(image columns, words)`` for :func:`write_lines`: numbers as they are, other columns as
    codes (``c<number>``) with their values by column number, each row's R-tree leaf (``leaf``: binding a
    million ``(rowid, leaf)`` pairs took 0.9 s) and the GeoPackage geometry last."""
    from ..engine.storage.sqlite_image import Blob
    from ..engine.network.wkb import geopackage_linestrings
    image_columns, words = {}, {}
    for number, column in enumerate(columns):
        if isinstance(column, np.ndarray) and column.dtype.kind in "biuf":
            image_columns[f"c{number}"] = column
            continue
        codes, words[number] = (column.codes, column.values) if isinstance(column, Coded) else _coded_text(column)
        image_columns[f"c{number}"] = np.asarray(codes, dtype=np.int64)
    _, (rowids, leaves), _ = packed_rtree
    image_columns["leaf"] = np.empty(len(lines), dtype=np.int64)
    image_columns["leaf"][rowids - 1] = leaves
    image_columns["geom"] = Blob(*geopackage_linestrings(lines, srs_id, boxes))
    return image_columns, words


def _layer_facts(output, rtree):
    """The output table's srs_id and its R-tree's node size, as GDAL created them."""
    connection = _connect(output.path)
    try:
        return _srs_id(connection, "main", output.table), _node_size(connection, rtree)
    finally:
        connection.close()


def _field_definition(field):
    from osgeo import ogr
    definition = ogr.FieldDefn(field.name(), getattr(ogr, _OGR_TYPES[field.type()]))
    if field.type() == QVariant.String and field.length() > 0:
        definition.SetWidth(field.length())
    return definition


def _check_not_input(table, output):
    same_file = os.path.exists(output.path) and os.path.samefile(output.path, table.path)
    if same_file and (output.whole_file or output.table == table.table):
        raise QgsProcessingException(
            tr(
                "The output would overwrite the input layer {path} ({table}): choose "
                "another file or table name. Input layers are never modified.").format(path=table.path,
                    table=table.table))


def _create_layer(output, srs, geometry_type, fields):
    """Create the output table with GDAL (fields, CRS, metadata, R-tree definition and triggers).
    Returns what was created ("file" or "table") so a failed run can remove it."""
    from osgeo import ogr  # without gdal.UseExceptions(): that switch is global to every plugin in QGIS
    if output.whole_file or not os.path.exists(output.path):
        _remove_file(output.path)
        target = ogr.GetDriverByName("GPKG").CreateDataSource(output.path)
        created = "file"
    else:
        target = ogr.Open(output.path, update=1)
        if target is None:
            raise QgsProcessingException(tr(
                "{path} exists but is not a GeoPackage GDAL can write to.").format(path=output.path))
        if target.GetLayerByName(output.table) is not None:
            target.DeleteLayer(output.table)
        created = "table"
    if target is None:
        raise QgsProcessingException(tr(
            "GDAL could not create {path}: check the folder exists and is writable.").format(path=output.path))
    layer = target.CreateLayer(output.table, srs=srs, geom_type=geometry_type,
                               options=["SPATIAL_INDEX=YES", "GEOMETRY_NAME=geom", "FID=fid"])
    if layer is None:
        target = None
        _discard(output, created)
        raise QgsProcessingException(tr(
            "GDAL could not create the table {table} in {path}.").format(table=output.table, path=output.path))
    for field in fields:
        layer.CreateField(field)
    layer = target = None  # closing writes the GeoPackage metadata
    return created


def _fill(output, boxes, feedback, insert, created, attachments=None, index=None):
    """Add the rows with ``insert(connection)`` in one transaction, then the spatial index with
    ``index(connection)`` (default: packed from ``boxes``). GDAL's triggers call functions only GDAL's own SQLite
    connection has, so they are set aside meanwhile and restored as GDAL wrote them; the R-tree is filled in bulk
    instead. A failure or Cancel removes what was ``created``."""
    connection = _connect(output.path)
    try:
        _watch_cancel(connection, feedback)
        connection.execute("PRAGMA synchronous = OFF")
        for schema, uri in (attachments or {}).items():
            connection.execute(f"ATTACH DATABASE ? AS {schema}", (uri,))
        connection.execute("BEGIN")
        triggers = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                                      (output.table,)).fetchall()
        for trigger, _ in triggers:
            connection.execute(f"DROP TRIGGER {_quoted(trigger)}")
        insert(connection)
        feedback.setProgress(85)
        if index is None:
            _fill_rtree(connection, f"rtree_{output.table}_geom", boxes)
        else:
            index(connection)
        for _, sql in triggers:
            connection.execute(sql)
        _update_contents(connection, output, boxes)
        connection.execute("COMMIT")
    except BaseException as error:
        connection.close()  # rolls the transaction back, so the file can be removed
        _discard(output, created)
        if isinstance(error, sqlite3.OperationalError):
            _raise_if_canceled(feedback)
            raise QgsProcessingException(tr(
                "Could not write {layer_uri}: {error}").format(layer_uri=output.layer_uri, error=error)) from None
        raise
    connection.close()


@contextmanager
def _new_values_file(new_columns, words, fids):
    """The new columns as a temporary SQLite database (one table ``new_values``: ``source_fid`` and ``c0``, ``c1``,
    … in the order of ``new_columns``, row i + 1 for output fid i + 1); text columns hold their codes in ``words``.
    Yields its read-only URI."""
    columns = {"source_fid": np.asarray(fids, dtype=np.int64)}
    for number, (name, (kind, values)) in enumerate(new_columns.items()):
        columns[f"c{number}"] = words[name][0] if name in words else np.asarray(
            values, dtype=np.int64 if kind in (QVariant.Int, QVariant.LongLong) else np.float64)
    with _image_file("new_values", columns) as (uri, _):
        yield uri


@contextmanager
def _image_file(table, columns):
    """``table`` with ``columns`` as a temporary SQLite database built whole with numpy (:mod:`engine.storage.sqlite_image`)
    rather than bound value by value. Yields its read-only URI and the rows whose blob it left NULL; the file is
    removed afterwards."""
    from ..engine.storage.sqlite_image import table_image
    image, too_large = table_image(table, columns)
    handle, path = tempfile.mkstemp(suffix=".sqlite", dir=QgsProcessingUtils.tempFolder())
    os.close(handle)
    try:
        image.tofile(path)
        del image
        yield Path(path).resolve().as_uri() + "?mode=ro&immutable=1", too_large
    finally:
        os.remove(path)


def _coded_text(values):
    """``(codes, words)`` of a text column: ``words[codes[i]]`` is value i (None for NULL). A column has a few
    distinct words (the factor explanations), so the rows carry integer codes and the words go in once."""
    values = np.asarray(values, dtype=object)
    words = list(dict.fromkeys(values.tolist()))
    code_of = {word: code for code, word in enumerate(words)}
    return np.fromiter(map(code_of.__getitem__, values.tolist()), dtype=np.int64, count=len(values)), words


def _insert_joined(connection, source_schema, table, output, kept_columns, names, words):
    """One INSERT … SELECT joins the new values (``new_values.new_values``, see :func:`_new_values_file`) to the
    input rows, geometry included, entirely inside SQLite; text columns look their codes up in ``words``."""
    joins, word_of = _word_lookups(connection, {number: words[name][1] for number, name in enumerate(names)
                                                if name in words}, "n")
    geometry = f"s.{_quoted(table.geometry_column)}"
    output_srs_id = _srs_id(connection, "main", output.table)
    if _srs_id(connection, source_schema, table.table) != output_srs_id:
        connection.create_function("anshim_with_srs_id", 1, _header_srs_id_setter(output_srs_id),
                                   deterministic=True)
        geometry = f"anshim_with_srs_id({geometry})"
    target_columns = ["fid", "geom"] + list(kept_columns) + names
    selected = (["n.rowid", geometry] + [f"s.{_quoted(name)}" for name in kept_columns]
                + [word_of.get(number, f"n.c{number}") for number in range(len(names))])
    connection.execute(
        f"INSERT INTO {_quoted(output.table)} ({', '.join(_quoted(name) for name in target_columns)}) "
        f"SELECT {', '.join(selected)} FROM new_values.new_values n JOIN {source_schema}.{_quoted(table.table)} s "
        f"ON s.{_quoted(table.fid_column)} = n.source_fid{joins} ORDER BY n.rowid")
    connection.execute("DROP TABLE anshim_words")


def _word_lookups(connection, words, alias):
    """Put the values of the columns given as codes (column number -> values; column ``c<number>`` of ``alias``
    holds the codes) in a temporary table ``anshim_words``, which the caller drops after use. Returns the SQL
    joining it to ``alias`` and the expression of each such column's value."""
    connection.execute("CREATE TEMP TABLE anshim_words (column_number INTEGER, code INTEGER, word, "
                       "PRIMARY KEY (column_number, code))")  # no type: numbers and text stay as they are
    connection.executemany("INSERT INTO anshim_words VALUES (?, ?, ?)", [
        (number, code, word) for number, values in words.items() for code, word in enumerate(values)])
    joins = "".join(f" LEFT JOIN anshim_words w{number} ON w{number}.column_number = {number} "
                    f"AND w{number}.code = {alias}.c{number}" for number in words)
    return joins, {number: f"w{number}.word" for number in words}


def _copy_rtree(connection, source_schema, table, output, fids):
    """Copy the input's R-tree pages as they are when output fid i is input fid i for every row (``fids`` is
    1, 2, …, n) and the input's index holds exactly those n rows: the geometries are the same, so the tree is too,
    and copying its pages takes a fraction of a second where packing a city's takes seconds. Returns False, copying
    nothing, when the input has no such index (the caller packs one)."""
    n_rows = len(fids)
    if n_rows == 0 or fids[0] != 1 or fids[-1] != n_rows or np.any(np.diff(fids) != 1):
        return False
    source_rtree = f"rtree_{table.table}_{table.geometry_column}"
    registered = connection.execute(
        f"SELECT count(*) FROM {source_schema}.gpkg_extensions WHERE lower(table_name) = lower(?) "
        f"AND lower(column_name) = lower(?) AND extension_name = 'gpkg_rtree_index'",
        (table.table, table.geometry_column)).fetchone()[0]
    shadow_tables = connection.execute(
        f"SELECT count(*) FROM {source_schema}.sqlite_master WHERE type = 'table' AND name IN (?, ?, ?)",
        tuple(f"{source_rtree}_{part}" for part in ("node", "rowid", "parent"))).fetchone()[0]
    if not registered or shadow_tables != 3:
        return False

    def shadow(schema, rtree, part):
        return f"{schema}.{_quoted(f'{rtree}_{part}')}"

    source_node, source_rowid, source_parent = (shadow(source_schema, source_rtree, part)
                                                for part in ("node", "rowid", "parent"))
    output_node, output_rowid, output_parent = (shadow("main", f"rtree_{output.table}_geom", part)
                                                for part in ("node", "rowid", "parent"))
    entries = connection.execute(f"SELECT count(*), min(rowid), max(rowid) FROM {source_rowid}").fetchone()
    node_sizes = [connection.execute(f"SELECT length(data) FROM {node} WHERE nodeno = 1").fetchone()
                  for node in (source_node, output_node)]
    if tuple(entries) != (n_rows, 1, n_rows) or None in node_sizes or node_sizes[0] != node_sizes[1]:
        return False
    connection.execute(f"DELETE FROM {output_node}")
    connection.execute(f"INSERT INTO {output_node} (nodeno, data) SELECT nodeno, data FROM {source_node}")
    connection.execute(f"INSERT INTO {output_rowid} (rowid, nodeno) SELECT rowid, nodeno FROM {source_rowid}")
    connection.execute(f"INSERT INTO {output_parent} (nodeno, parentnode) SELECT nodeno, parentnode "
                       f"FROM {source_parent}")
    return True


def _fill_rtree(connection, rtree, boxes):
    """Replace the empty R-tree GDAL created with one packed from ``boxes`` (row i is output fid i + 1)."""
    _write_rtree(connection, rtree, pack_rtree(np.arange(1, len(boxes) + 1), boxes, _node_size(connection, rtree)))


def _write_rtree(connection, rtree, packed, rowid_select=None):
    """Put the ``packed`` tree (see :func:`engine.storage.rtree.pack_rtree`) in ``rtree``'s shadow tables; ``rowid_select``:
    SQL giving each ``(rowid, leaf)`` from an attached file instead of binding them."""
    nodes, (rowids, leaves), (children, parents) = packed
    node_table = _quoted(rtree + "_node")
    connection.execute(f"DELETE FROM {node_table}")
    connection.executemany(f"INSERT INTO {node_table} VALUES (?, ?)", nodes)
    insert_rowids = f"INSERT INTO {_quoted(rtree + '_rowid')} (rowid, nodeno)"
    if rowid_select:
        connection.execute(f"{insert_rowids} {rowid_select}")
    else:
        connection.executemany(f"{insert_rowids} VALUES (?, ?)", zip(rowids.tolist(), leaves.tolist()))
    connection.executemany(f"INSERT INTO {_quoted(rtree + '_parent')} VALUES (?, ?)",
                           zip(children.tolist(), parents.tolist()))


def _node_size(connection, rtree):
    return connection.execute(f"SELECT length(data) FROM {_quoted(rtree + '_node')} WHERE nodeno = 1").fetchone()[0]


def _update_contents(connection, output, boxes):
    """The layer extent and feature count GeoPackage readers show without scanning the table."""
    connection.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE table_name = ?",
                       (len(boxes), output.table))
    if len(boxes):
        extent = (boxes[:, 0].min(), boxes[:, 2].min(), boxes[:, 1].max(), boxes[:, 3].max())
        connection.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? "
                           "WHERE table_name = ?", (*(float(value) for value in extent), output.table))


def _srs_id(connection, schema, table):
    return connection.execute(f"SELECT srs_id FROM {schema}.gpkg_geometry_columns WHERE table_name = ?",
                              (table,)).fetchone()[0]


def _header_srs_id_setter(srs_id):
    """An SQL function giving a geometry blob the output's srs_id, when GDAL numbered the same CRS differently
    in the two files (the blob header repeats the table's srs_id; flag bit 0 gives its byte order)."""
    def with_srs_id(blob):
        if blob is None:
            return None
        byte_order = "little" if blob[3] & 1 else "big"
        return blob[:4] + srs_id.to_bytes(4, byte_order, signed=True) + blob[8:]
    return with_srs_id


def _remove_file(path):
    """A GeoPackage and the journal files SQLite may have left beside it."""
    for leftover in (path, f"{path}-wal", f"{path}-shm", f"{path}-journal"):
        if os.path.exists(leftover):
            os.remove(leftover)


def _discard(output, created):
    if created == "file":
        _remove_file(output.path)
    elif os.path.exists(output.path):
        from osgeo import ogr
        target = ogr.Open(output.path, update=1)
        if target is not None and target.GetLayerByName(output.table) is not None:
            target.DeleteLayer(output.table)
        target = None


def _watch_cancel(connection, feedback):
    connection.set_progress_handler(lambda: 1 if feedback.isCanceled() else 0, _CHECK_CANCEL_EVERY)


def _raise_if_canceled(feedback):
    if feedback.isCanceled():
        raise Canceled()
