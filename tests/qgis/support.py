"""Helpers shared by the QGIS tests: memory layers from WKT, the real Seoul layers, tables of the demo copy and file
digests."""
import hashlib
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

SHARED_DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "seoul"


def shared_layer(file_name):
    path = SHARED_DATA / file_name
    if not path.exists():
        pytest.skip(f"real Seoul data not found at {path} (../shared is absent on this machine)")
    layer = QgsVectorLayer(str(path), file_name, "ogr")
    assert layer.isValid(), f"{path} did not open"
    return layer


def memory_layer(geometry_type, crs, wkts, fields=(), rows=None, name="layer"):
    """A memory layer from WKT strings; ``fields`` are ``(name, type)`` pairs as in a memory-layer URI."""
    from qgis.core import QgsFeature, QgsGeometry
    uri = f"{geometry_type}?crs={crs}" + "".join(f"&field={field}:{kind}" for field, kind in fields)
    layer = QgsVectorLayer(uri, name, "memory")
    features = []
    for index, wkt in enumerate(wkts):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt) if wkt else QgsGeometry())
        if rows is not None:
            feature.setAttributes(list(rows[index]))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def digest(path):
    """SHA-256 of a file: inputs are compared byte for byte before and after a run."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def demo_table(folder, name):
    """Table ``name`` of the demo GeoPackage copied into ``folder`` by the ``demo`` fixture."""
    return f"{folder / 'demo.gpkg'}|layername={name}"
