"""anshim:generatedemo — Anshim's built-in demo district, written as a GeoPackage and a population GeoTIFF."""
import os

import numpy as np
from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsFields, QgsGeometry,
                       QgsPointXY, QgsProcessingException, QgsProcessingOutputString, QgsProcessingOutputVectorLayer,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterDestination, QgsVectorFileWriter, QgsWkbTypes)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from ..engine.demo.district import TR_CONTEXT as DEMO_CONTEXT, generate_district
from ..engine.dependencies import require
from ..engine.network.wkb import linestrings_to_wkb
from ..qgis_io import compat
from ..qgis_io.i18n import translator
from .base import AnshimAlgorithm
from .demo_area_layers import AREA_LAYERS, area_count_layers  # crime counts per area (issue 26)

# one context per module, the algorithm's class name: self.tr and tr look texts up in it
TR_CONTEXT = "GenerateDemoAlgorithm"


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


CRIME_SOURCE = "synthetic: drawn from Anshim's ground-truth risk function, not real crime records"


def _fields(spec):
    fields = QgsFields()
    for name, kind in spec:
        fields.append(compat.field(name, kind))
    return fields


def _point_features(fields, xy, rows):
    for (x, y), row in zip(xy.tolist(), rows):
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes(list(row))
        yield feature


def _line_features(fields, lines, rows):
    buffer, offsets = linestrings_to_wkb(lines)
    for index, row in enumerate(rows):
        geometry = QgsGeometry()
        geometry.fromWkb(buffer[offsets[index]:offsets[index + 1]])
        feature = QgsFeature(fields)
        feature.setGeometry(geometry)
        feature.setAttributes(list(row))
        yield feature


class GenerateDemoAlgorithm(AnshimAlgorithm):
    REQUIRED_PACKAGES = ("scipy", "rasterio")
    SEED = "SEED"
    SIZE = "SIZE"
    OUTPUT = "OUTPUT"
    POPULATION = "POPULATION"
    LAYERS = ("streets", "lights", "cctv", "bells", "guardhouses", "police", "risk_sites", "safe_routes",
              "synthetic_crimes") + AREA_LAYERS

    def name(self):
        return "generatedemo"

    def displayName(self):
        return self.tr("Generate demo district")

    def group(self):
        return self.tr("Demo")

    def groupId(self):
        return "demo"

    def shortHelpString(self):
        return self.tr(
            "Generates Anshim's demo district: a Seoul-like district of SIZE × SIZE metres in EPSG:5186 with "
            "arterials, an irregular alley fabric with dead ends, a commercial core with entertainment venues, "
            "security and street lights, CCTV sites with camera counts, emergency bells, women's safety guard "
            "houses, police boxes and safe-return routes at densities measured in Gangnam 역삼1동, a female "
            "night-time population raster (50 m cells, people per cell), and three years of crimes.\n\n"
            "The crimes are SYNTHETIC: drawn from Anshim's documented ground-truth risk function of the factors, so "
            "the model's recovery of it can be measured. The layer is named synthetic_crimes and every crime says "
            "so in its 'source' field. The same SEED always gives the same district.\n\n"
            "OUTPUT is a GeoPackage with the layers streets, lights, cctv, bells, guardhouses, police, risk_sites, "
            "safe_routes and synthetic_crimes, and crime_counts_grid and crime_counts_districts: the same crimes "
            "counted per 100 m cell and per ~20 districts and year, to try training from crime counts per area; "
            "POPULATION is a GeoTIFF.")

    def initAlgorithm(self, config=None):
        self.add_parameter(QgsProcessingParameterNumber(
            self.SEED, self.tr("Random seed"), QgsProcessingParameterNumber.Integer, defaultValue=20261121, minValue=0,
            maxValue=2 ** 31 - 1),
            "The same seed gives the same district.")
        self.add_parameter(QgsProcessingParameterNumber(
            self.SIZE, self.tr("District size (m)"), QgsProcessingParameterNumber.Double, defaultValue=2000.0,
            minValue=500.0, maxValue=20000.0), "Side of the square district in metres.")
        self.add_parameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Demo GeoPackage"), self.tr("GeoPackage (*.gpkg)")),
            "GeoPackage that receives every vector layer of the district.")
        self.add_parameter(QgsProcessingParameterRasterDestination(
            self.POPULATION, self.tr("Night-time population raster")),
            "GeoTIFF of female night-time population, people per 50 m cell.")
        for layer in self.LAYERS:
            self.addOutput(QgsProcessingOutputVectorLayer(layer.upper(), layer))
        self.addOutput(QgsProcessingOutputString("NOTICE", self.tr("Notice about the crimes")))

    def process(self, parameters, context, feedback):
        district = generate_district(self.parameterAsInt(parameters, self.SEED, context),
                                     self.parameterAsDouble(parameters, self.SIZE, context),
                                     progress=self.engine_progress(feedback, 0, 70))
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        crs = QgsCoordinateReferenceSystem(district.crs)
        outputs = {self.OUTPUT: path, "NOTICE": translator(DEMO_CONTEXT)(district.notice)}
        for number, (layer, geometry_type, spec, features) in enumerate(self._layers(district)):
            self._write_layer(path, layer, geometry_type, crs, spec, features, number == 0, context)
            outputs[layer.upper()] = f"{path}|layername={layer}"
            feedback.setProgress(70 + 25 * (number + 1) / len(self.LAYERS))
        raster_path = self.parameterAsOutputLayer(parameters, self.POPULATION, context)
        self._write_population(raster_path, district)
        outputs[self.POPULATION] = raster_path
        feedback.pushInfo(self.tr("Demo district: {streets:,} streets, {km:.1f} km; {crimes:,} crimes over {years} "
                                  "years.").format(streets=len(district.streets.lines),
                                                   km=district.streets.lines.lengths().sum() / 1000,
                                                   crimes=len(district.crimes.xy),
                                                   years=len(set(district.crimes.years.tolist()))))
        feedback.pushWarning(outputs["NOTICE"])
        return outputs

    @staticmethod
    def _layers(district):
        """(layer name, geometry type, field spec, features factory) for every vector layer of the district."""
        text, integer = QVariant.String, QVariant.Int
        streets = district.streets
        lights_xy = district.security_lights.tolist() + district.street_lights.tolist()
        light_kinds = ["security light"] * len(district.security_lights) + ["street light"] * len(district.street_lights)
        crimes = district.crimes
        yield ("streets", QgsWkbTypes.LineString, [("name", text), ("road_class", integer), ("width_m", QVariant.Double)],
               lambda fields: _line_features(fields, streets.lines, zip(streets.names.tolist(),
                                             streets.road_class.tolist(), streets.width_m.tolist())))
        yield ("lights", QgsWkbTypes.Point, [("kind", text)],
               lambda fields: _point_features(fields, np.asarray(lights_xy, dtype=np.float64).reshape(-1, 2), ([kind] for kind in light_kinds)))
        yield ("cctv", QgsWkbTypes.Point, [("cameras", integer), ("purpose", text)],
               lambda fields: _point_features(fields, district.cctv, zip(district.cctv_cameras.tolist(),
                                                                         district.cctv_purpose.tolist())))
        yield ("bells", QgsWkbTypes.Point, [],
               lambda fields: _point_features(fields, district.bells, ([] for _ in district.bells)))
        yield ("guardhouses", QgsWkbTypes.Point, [("name", text)],
               lambda fields: _point_features(fields, district.guardhouses,
                                              ([name] for name in district.guardhouse_names.tolist())))
        yield ("police", QgsWkbTypes.Point, [("name", text)],
               lambda fields: _point_features(fields, district.police,
                                              ([name] for name in district.police_names.tolist())))
        yield ("risk_sites", QgsWkbTypes.Point, [("kind", text)],
               lambda fields: _point_features(fields, district.risk_sites,
                                              ([kind] for kind in district.risk_site_kinds.tolist())))
        yield ("safe_routes", QgsWkbTypes.LineString, [("name", text)],
               lambda fields: _line_features(fields, district.safe_routes,
                                             ([name] for name in district.safe_route_names.tolist())))
        yield ("synthetic_crimes", QgsWkbTypes.Point,
               [("date", text), ("year", integer), ("type", text), ("victim_sex", text), ("source", text)],
               lambda fields: _point_features(fields, crimes.xy, zip(
                   crimes.dates.tolist(), crimes.years.tolist(), crimes.types.tolist(), crimes.victim_sex.tolist(),
                   [CRIME_SOURCE] * len(crimes.xy))))
        yield from area_count_layers(district)  # the crimes counted per 100 m cell and per district (issue 26)

    @staticmethod
    def _write_layer(path, layer, geometry_type, crs, spec, features, overwrite_file, context):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = layer
        options.actionOnExistingFile = (QgsVectorFileWriter.CreateOrOverwriteFile if overwrite_file
                                        else QgsVectorFileWriter.CreateOrOverwriteLayer)
        fields = _fields(spec)
        writer = QgsVectorFileWriter.create(path, fields, geometry_type, crs, context.transformContext(), options)
        if writer.hasError():
            raise QgsProcessingException(tr("Could not write layer {layer} to {path}: {error}").format(
                layer=layer, path=path, error=writer.errorMessage()))
        writer.addFeatures(list(features(fields)))
        del writer

    @staticmethod
    def _write_population(path, district):
        rasterio = require("rasterio")
        values, geotransform, nodata = district.population
        transform = rasterio.Affine.from_gdal(*geotransform)
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        with rasterio.open(path, "w", driver="GTiff", height=values.shape[0], width=values.shape[1], count=1,
                           dtype="float32", crs=district.crs, transform=transform, nodata=nodata,
                           compress="deflate") as raster:
            raster.write(values.astype("float32"), 1)
            raster.update_tags(1, units="people per cell", content="female night-time population (synthetic demo)")
