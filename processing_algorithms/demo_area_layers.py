"""The demo's synthetic crimes as counts per area, as layers of ``anshim:generatedemo``: per 100 m grid cell and
per ~20 행정동-like districts, one row per area and year (the layout police and statistics offices release)."""
import numpy as np
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from ..engine.demo.area_counts import demo_area_counts

COUNT_SOURCE = "synthetic: the demo's synthetic crimes counted per area and year"
AREA_LAYERS = ("crime_counts_grid", "crime_counts_districts")


def area_count_layers(district):
    """(layer name, geometry type, field spec, features factory) for the two count layers, as ``_layers`` yields."""
    spec = [("area", QVariant.String), ("year", QVariant.Int), ("crimes", QVariant.Int), ("source", QVariant.String)]
    for layer, kind in zip(AREA_LAYERS, ("grid", "districts")):
        counts = demo_area_counts(district, kind, seed=district.seed)
        yield layer, QgsWkbTypes.Polygon, spec, lambda fields, counts=counts: _area_features(fields, counts)


def _area_features(fields, counts):
    polygons = counts.polygons
    rings = [[QgsPointXY(x, y) for x, y in polygons.coords[start:stop].tolist()]
             for start, stop in zip(polygons.offsets[:-1], polygons.offsets[1:])]
    area, names, years, values = counts.rows()
    for index, name, year, value in zip(area.tolist(), names.tolist(), years.tolist(), values.tolist()):
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPolygonXY([rings[index]]))
        feature.setAttributes([name, int(year), int(value), COUNT_SOURCE])
        yield feature
