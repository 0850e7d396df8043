"""The planner's map layers: the segments whose grade changed (over the base grades, never a repaint of the base
layer) and the current scenario's proposals, one symbol per kind. Memory layers without labels."""
import numpy as np
from qgis.core import (QgsCategorizedSymbolRenderer, QgsFeature, QgsGeometry, QgsLineSymbol, QgsMarkerSymbol,
                       QgsPointXY, QgsProject, QgsRendererCategory, QgsSimpleLineSymbolLayer, QgsSingleSymbolRenderer,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor

from ..engine.network.wkb import linestrings_to_wkb
from ..qgis_io.styling import translate_legend
from ..resources import resource_path

TR_CONTEXT = "AnshimPlannerLayers"

# kind -> (marker shape, colour, size mm); the same shapes as the demo project's existing facilities
SITE_SYMBOLS = {"cctv": ("square", "#08519c", 3.2), "light": ("circle", "#fec44f", 3.0),
                "bell": ("triangle", "#e7298a", 3.4), "guardhouse": ("diamond", "#6a51a3", 3.8)}
OVERLAY_LINE_WIDTH_MM = 1.4  # wider than the base grades (0.6 mm), on a dark casing: changed streets stand out
OVERLAY_CASING_MM = 2.4


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


def site_kind_label(kind):
    return {"cctv": tr("CCTV site"), "light": tr("Security light"), "bell": tr("Emergency bell"),
            "guardhouse": tr("Guard house")}[kind]


def site_renderer(outline_colour):
    """One symbol per ``kind`` (:data:`SITE_SYMBOLS`) outlined in ``outline_colour``: white for proposals, black for
    installed facilities."""
    categories = [QgsRendererCategory(kind, QgsMarkerSymbol.createSimple(
        {"name": shape, "color": colour, "size": str(size), "outline_color": outline_colour, "outline_width": "0.4"}),
        site_kind_label(kind)) for kind, (shape, colour, size) in SITE_SYMBOLS.items()]
    return QgsCategorizedSymbolRenderer("kind", categories)


def style_installed(layer, is_route):
    """Installed facilities drawn like proposals but settled: sites outlined in black, routes as solid lines."""
    if is_route:
        layer.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple(
            {"line_color": "#1f78b4", "line_width": "1.2", "line_style": "solid"})))
    else:
        layer.setRenderer(site_renderer("#000000"))


# QGIS (3.22 on) asks before closing a project whose memory layers hold features, unless this property is set:
# these layers are rebuilt from the planner, and its proposals are saved (or asked about) by the planner itself
SKIP_MEMORY_LAYERS_CHECK = "skipMemoryLayersCheck"


def _add_on_top(layer):
    layer.setCustomProperty(SKIP_MEMORY_LAYERS_CHECK, 1)
    QgsProject.instance().addMapLayer(layer, False)
    QgsProject.instance().layerTreeRoot().insertLayer(0, layer)


def _remove(layer):
    if layer is not None and QgsProject.instance().mapLayer(layer.id()) is not None:
        QgsProject.instance().removeMapLayer(layer.id())


class ChangeOverlay:
    """Exactly the segments whose grade differs from the base, with seg_id, grade_before and grade_after.

    ``update(segments)`` looks only at the given segments (those a change reached), so a click costs in
    proportion to the segments it reaches, not the network's size.
    """

    def __init__(self, engine, seg_ids, crs, name):
        self.engine = engine
        self.seg_ids = seg_ids
        self.shown = np.zeros(len(seg_ids), dtype=np.int8)  # grade shown per segment, 0 = not in the overlay
        self.feature_of = {}  # segment index -> overlay feature id
        self.layer = QgsVectorLayer(f"LineString?crs={crs.authid() or crs.toWkt()}&field=seg_id:long"
                                    f"&field=grade_before:integer&field=grade_after:integer", name, "memory")
        self._style()
        _add_on_top(self.layer)

    def _style(self):
        self.layer.loadNamedStyle(resource_path("styles", "grades.qml"))
        translate_legend(self.layer)
        renderer = self.layer.renderer()
        renderer.setClassAttribute("grade_after")
        for index, category in enumerate(renderer.categories()):  # copies: changed symbols go back by index
            symbol = category.symbol().clone()
            symbol.setWidth(OVERLAY_LINE_WIDTH_MM)
            symbol.insertSymbolLayer(0, QgsSimpleLineSymbolLayer(QColor("#252525"), OVERLAY_CASING_MM))
            renderer.updateCategorySymbol(index, symbol)
        self.layer.setLabelsEnabled(False)

    def update(self, segments):
        """Bring the overlay up to date on ``segments`` (indices into the engine's arrays)."""
        segments = np.unique(np.asarray(segments, dtype=np.int64))
        if not len(segments):
            return
        before, after = self.engine.grade_before[segments], self.engine.grade[segments]
        wanted = np.where(after != before, after, 0).astype(np.int8)
        shown = self.shown[segments]
        provider = self.layer.dataProvider()
        gone = segments[(shown > 0) & (wanted == 0)]
        if len(gone):
            provider.deleteFeatures([self.feature_of.pop(int(index)) for index in gone])
        regraded = segments[(shown > 0) & (wanted > 0) & (shown != wanted)]
        if len(regraded):
            field = self.layer.fields().lookupField("grade_after")
            provider.changeAttributeValues({self.feature_of[int(index)]: {field: int(self.engine.grade[index])}
                                            for index in regraded})
        new = segments[(shown == 0) & (wanted > 0)]
        if len(new):
            self._add(new)
        self.shown[segments] = wanted
        self.layer.updateExtents()
        self.layer.triggerRepaint()

    def _add(self, segments):
        buffer, offsets = linestrings_to_wkb(self.engine.segments.subset(segments))
        features = []
        for row, index in enumerate(segments.tolist()):
            feature = QgsFeature(self.layer.fields())
            geometry = QgsGeometry()
            geometry.fromWkb(buffer[offsets[row]:offsets[row + 1]])
            feature.setGeometry(geometry)
            feature.setAttributes([int(self.seg_ids[index]), int(self.engine.grade_before[index]),
                                   int(self.engine.grade[index])])
            features.append(feature)
        ok, added = self.layer.dataProvider().addFeatures(features)
        for index, feature in zip(segments.tolist(), added):
            self.feature_of[index] = feature.id()

    def remove(self):
        _remove(self.layer)
        self.layer = None


class ProposalLayers:
    """The current scenario's proposed sites (a symbol per kind) and routes, rebuilt on every change: a scenario
    holds tens of proposals, not millions."""

    def __init__(self, crs):
        authid = crs.authid() or crs.toWkt()
        self.routes = QgsVectorLayer(f"LineString?crs={authid}&field=pid:integer&field=name:string",
                                     tr("Proposed safe-return routes"), "memory")
        self.routes.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple(
            {"line_color": "#1f78b4", "line_width": "1.2", "line_style": "dash"})))
        self.sites = QgsVectorLayer(f"Point?crs={authid}&field=pid:integer&field=kind:string&field=cameras:integer",
                                    tr("Proposed sites"), "memory")
        self.sites.setRenderer(site_renderer("#ffffff"))
        for layer in (self.routes, self.sites):
            layer.setLabelsEnabled(False)
            _add_on_top(layer)

    def show(self, proposals):
        """Replace what the layers show with ``proposals`` (the controller's Proposal records)."""
        for layer in (self.sites, self.routes):
            provider = layer.dataProvider()
            provider.deleteFeatures(provider.allFeatureIds())
        sites, routes = [], []
        for proposal in proposals:
            if proposal.is_route:
                feature = QgsFeature(self.routes.fields())
                feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in proposal.vertices]))
                feature.setAttributes([proposal.pid, proposal.name])
                routes.append(feature)
            else:
                feature = QgsFeature(self.sites.fields())
                feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*proposal.vertices[0])))
                feature.setAttributes([proposal.pid, proposal.kind, proposal.cameras])
                sites.append(feature)
        self.sites.dataProvider().addFeatures(sites)
        self.routes.dataProvider().addFeatures(routes)
        for layer in (self.sites, self.routes):
            layer.updateExtents()
            layer.triggerRepaint()

    def layers(self):
        return [self.sites, self.routes]

    def remove(self):
        for layer in (self.sites, self.routes):
            _remove(layer)
        self.sites = self.routes = None
