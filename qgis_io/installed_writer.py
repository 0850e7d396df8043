"""Recording facilities as installed: proposals appended, with their date, to the installed-facility tables of a
GeoPackage (:data:`engine.planning.installed.SITES_TABLE` and ``ROUTES_TABLE``, in the format
:mod:`qgis_io.installed` reads), and what those tables already hold for a scenario.

The rows go in with one SQLite transaction through GDAL: a table that does not exist yet is created inside it, and
any failure rolls everything back, so the GeoPackage is left as it was (its other tables, the graded layer among
them, are never touched). Marking a scenario again can replace its earlier rows in the same transaction.
"""
import os
from dataclasses import dataclass

from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..engine.planning import installed as fmt

TR_CONTEXT = "InstalledWriter"

# (name, OGR type name) of each table's fields, in order
SITE_FIELDS = (("scenario", "OFTString"), ("kind", "OFTString"), ("cameras", "OFTInteger"), ("note", "OFTString"),
               (fmt.INSTALLED_ON, "OFTDate"))
ROUTE_FIELDS = (("scenario", "OFTString"), ("name", "OFTString"), (fmt.INSTALLED_ON, "OFTDate"))
# what an existing table (a user's own layer) must have to take rows: the reader's fields and the scenario; the
# other fields are filled where the table has them
REQUIRED_FIELDS = ("scenario", "kind", fmt.INSTALLED_ON)


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


@dataclass(frozen=True)
class Marking:
    """What the installed tables hold for one scenario: its dates (ISO texts, earliest first) and row counts."""
    dates: tuple = ()
    sites: int = 0
    routes: int = 0

    def __bool__(self):
        return bool(self.sites or self.routes)


def _quoted_text(text):
    return "'" + str(text).replace("'", "''") + "'"


def _table_layers(dataset):
    return {dataset.GetLayer(i).GetName(): dataset.GetLayer(i) for i in range(dataset.GetLayerCount())}


def _open(path, update):
    from osgeo import ogr
    try:
        dataset = ogr.Open(path, update=1 if update else 0)
    except RuntimeError:  # GDAL with exceptions on (another plugin's choice): a locked, read-only or broken file
        dataset = None
    if dataset is None or dataset.GetDriver().GetName() != "GPKG":
        if update:
            raise QgsProcessingException(tr(
                "Could not open the GeoPackage {path} for writing: check that it is a GeoPackage, not read-only and "
                "not open in another program.").format(path=path))
        raise QgsProcessingException(tr("Could not read the GeoPackage {path}: check that it is a GeoPackage.")
                                     .format(path=path))
    return dataset


def scenario_marking(path, scenario):
    """What the installed tables of GeoPackage ``path`` already hold for ``scenario`` (an empty :class:`Marking`
    when the file or the tables are absent)."""
    if not path or not os.path.exists(path):
        return Marking()
    dataset = _open(path, update=False)
    tables = _table_layers(dataset)
    dates, counts = set(), []
    for table in (fmt.SITES_TABLE, fmt.ROUTES_TABLE):
        layer = tables.get(table)
        definition = layer.GetLayerDefn() if layer is not None else None
        if definition is None or definition.GetFieldIndex("scenario") < 0:
            counts.append(0)
            continue
        layer.SetAttributeFilter(f"scenario = {_quoted_text(scenario)}")
        count = 0
        has_date = definition.GetFieldIndex(fmt.INSTALLED_ON) >= 0
        for feature in layer:
            count += 1
            if has_date and feature.IsFieldSetAndNotNull(fmt.INSTALLED_ON):
                dates.add(feature.GetFieldAsString(fmt.INSTALLED_ON)[:10].replace("/", "-"))
        layer.SetAttributeFilter(None)
        counts.append(count)
    dataset = None
    return Marking(tuple(sorted(dates)), *counts)


def append_installed(path, crs, sites, routes, installed_on, replace_scenario=None):
    """Append ``sites`` and ``routes`` (proposal-format records, coordinates in ``crs``) to the installed tables of
    GeoPackage ``path`` (created when it does not exist), each with ``installed_on`` (ISO ``YYYY-MM-DD``); first
    delete the rows of scenario ``replace_scenario`` when given. One transaction: on any failure nothing is
    written. Returns ``(sites written, routes written)``."""
    from osgeo import ogr
    if not os.path.exists(path):
        driver = ogr.GetDriverByName("GPKG")
        dataset = driver.CreateDataSource(path) if driver is not None else None
        if dataset is None:
            raise QgsProcessingException(tr("Could not create the GeoPackage {path}: check the folder can be "
                                            "written.").format(path=path))
        dataset = None
    dataset = _open(path, update=True)
    if dataset.StartTransaction() != 0:
        raise QgsProcessingException(tr(
            "Could not write to {path}: it is locked by another program or edit session. Save or stop editing its "
            "layers and try again.").format(path=path))
    try:
        jobs = ((fmt.SITES_TABLE, SITE_FIELDS, ogr.wkbPoint, sites, _site_row),
                (fmt.ROUTES_TABLE, ROUTE_FIELDS, ogr.wkbLineString, routes, _route_row))
        written = []
        for table, fields, geometry_type, records, row in jobs:
            layer = _table_layers(dataset).get(table)
            if layer is None and not records:
                written.append(0)
                continue
            layer = layer or _create_table(dataset, table, fields, geometry_type, crs, path)
            _check_table(layer, table, fields, geometry_type, path)
            if replace_scenario is not None:
                _delete_scenario(layer, replace_scenario, table, path)
            transform = _transform_to(layer, crs)
            for record in records:
                _insert(layer, *row(record, installed_on), transform, table, path)
            written.append(len(records))
        if dataset.CommitTransaction() != 0:
            raise QgsProcessingException(tr("Could not finish writing to {path}: nothing was written. Check the "
                                            "disk has space and the file is not locked.").format(path=path))
    except RuntimeError as error:  # GDAL with exceptions on
        dataset.RollbackTransaction()
        raise QgsProcessingException(tr("Could not write to {path}: {error}. Nothing was written.").format(
            path=path, error=error)) from None
    except BaseException:
        dataset.RollbackTransaction()
        raise
    finally:
        dataset = None
    return tuple(written)


def _site_row(site, installed_on):
    geometry = _geometry("POINT", [(site.x, site.y)])
    return geometry, {"scenario": site.scenario, "kind": site.kind, "cameras": int(site.cameras),
                      "note": site.note or "", fmt.INSTALLED_ON: installed_on}


def _route_row(route, installed_on):
    return _geometry("LINESTRING", route.vertices), {"scenario": route.scenario, "name": route.name or "",
                                                    fmt.INSTALLED_ON: installed_on}


def _geometry(kind, vertices):
    from osgeo import ogr
    geometry = ogr.Geometry(ogr.wkbPoint if kind == "POINT" else ogr.wkbLineString)
    for x, y in vertices:
        geometry.AddPoint_2D(float(x), float(y))
    return geometry


def _spatial_reference(crs):
    from osgeo import osr
    srs = osr.SpatialReference()
    srs.ImportFromWkt(crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _create_table(dataset, table, fields, geometry_type, crs, path):
    from osgeo import ogr
    from osgeo import gdal
    layer = dataset.CreateLayer(table, _spatial_reference(crs), geometry_type, ["GEOMETRY_NAME=geom", "FID=fid"])
    if layer is None or any(layer.CreateField(ogr.FieldDefn(name, getattr(ogr, kind))) != 0 for name, kind in fields):
        raise QgsProcessingException(tr(
            "Could not create the table {table} in {path} ({reason}). If the GeoPackage has a table of that name that "
            "is not a layer, rename it or choose another GeoPackage.").format(
                table=table, path=path, reason=gdal.GetLastErrorMsg() or tr("GDAL gave no reason")))
    return layer


def _check_table(layer, table, fields, geometry_type, path):
    """An existing table (the user's own, perhaps) must be a table of installed facilities."""
    from osgeo import ogr
    definition = layer.GetLayerDefn()
    required = [name for name, _ in fields if name in REQUIRED_FIELDS]
    missing = [name for name in required if definition.GetFieldIndex(name) < 0]
    wrong_geometry = ogr.GT_Flatten(layer.GetGeomType()) not in (ogr.GT_Flatten(geometry_type), ogr.wkbUnknown)
    if missing or wrong_geometry:
        needed = ", ".join(required)
        kind = tr("points") if geometry_type == ogr.wkbPoint else tr("lines")
        raise QgsProcessingException(tr(
            "The table {table} of {path} is not a table of installed facilities ({problem}); it needs {kind} "
            "with {needed}. Rename that table or choose another GeoPackage: it was left as it is.").format(
                table=table, path=path, kind=kind, needed=needed, problem=(
                    tr("no field {fields}").format(fields=", ".join(missing)) if missing
                    else tr("wrong geometry type"))))


def _delete_scenario(layer, scenario, table, path):
    layer.SetAttributeFilter(f"scenario = {_quoted_text(scenario)}")
    fids = [feature.GetFID() for feature in layer]
    layer.SetAttributeFilter(None)
    for fid in fids:
        if layer.DeleteFeature(fid) != 0:
            raise QgsProcessingException(tr("Could not replace the earlier rows of {table} in {path}: nothing was "
                                            "written.").format(table=table, path=path))


def _transform_to(layer, crs):
    """A transformation from ``crs`` to the table's CRS, or None when they are the same."""
    from osgeo import osr
    target = layer.GetSpatialRef()
    source = _spatial_reference(crs)
    if target is None or target.IsSame(source):
        return None
    target = target.Clone()
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(source, target)


def _insert(layer, geometry, values, transform, table, path):
    from osgeo import ogr
    if transform is not None:
        geometry.Transform(transform)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(geometry)
    definition = layer.GetLayerDefn()
    for name, value in values.items():
        if definition.GetFieldIndex(name) >= 0:
            feature.SetField(name, value)
    if layer.CreateFeature(feature) != 0:
        raise QgsProcessingException(tr("Could not write {table} to {path}: nothing was written.").format(
            table=table, path=path))


def installed_layer_uris(path):
    """``{table: uri}`` of the installed tables GeoPackage ``path`` holds."""
    uris = {}
    for table in (fmt.SITES_TABLE, fmt.ROUTES_TABLE):
        uri = f"{path}|layername={table}"
        if QgsVectorLayer(uri, table, "ogr").isValid():
            uris[table] = uri
    return uris
