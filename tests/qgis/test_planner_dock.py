"""The planner dock on the demo district: opening through a QgsTask, the layer filter, the comparison table and
its CSV, messages in the message bar, and returning to setup when the layer goes."""
import csv
import shutil
import time

import pytest
from qgis.core import Qgis, QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from support import memory_layer
from test_planner import click, look_at, riskiest_midpoints


@pytest.fixture()
def graded(demo_run, tmp_path):
    folder, _ = demo_run
    for name in ("anshim_demo.gpkg", "anshim_demo.anshim"):
        shutil.copy(folder / name, tmp_path / name)
    layer = QgsVectorLayer(f"{tmp_path / 'anshim_demo.gpkg'}|layername=graded_segments", "graded", "ogr")
    QgsProject.instance().addMapLayer(layer)
    yield layer
    QgsProject.instance().removeAllMapLayers()


@pytest.fixture()
def dock(anshim_plugin, graded, qgis_iface):
    from anshim.plugin.planner import Planner
    from anshim.plugin.dock import PlannerDock
    planner = Planner()
    dock = PlannerDock(planner, qgis_iface)
    dock.show()
    qgis_iface.messageBar().messages = {level: [] for level in qgis_iface.messageBar().messages}
    yield dock
    dock.cleanup()
    planner.unload()


def wait_for(condition, seconds=60):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        QgsApplication.processEvents()
        time.sleep(0.01)


def open_through_the_dock(dock, layer):
    dock.layer_combo.setLayer(layer)
    dock.open_chosen()
    wait_for(lambda: dock.planner.is_open)
    wait_for(lambda: dock.pages.currentIndex() == 1)


def test_the_dock_opens_in_a_task_and_offers_only_layers_with_the_factors(dock, graded):
    unrelated = memory_layer("LineString", "EPSG:5186", ["LineString (0 0, 10 0)"], name="plain_streets")
    QgsProject.instance().addMapLayer(unrelated)
    assert unrelated in dock.layer_combo.exceptedLayerList() and graded not in dock.layer_combo.exceptedLayerList()
    open_through_the_dock(dock, graded)
    assert dock.model_widget.filePath().endswith("anshim_demo.anshim")  # found from the layer
    assert dock.planner.layer is graded
    tree = [node.layer() for node in QgsProject.instance().layerTreeRoot().findLayers()]
    assert tree.index(dock.planner.changed_layer()) < tree.index(graded)  # the overlay is drawn above the grades
    overlay = dock.planner.changed_layer()
    assert not overlay.labelsEnabled() and overlay.renderer().classAttribute() == "grade_after"
    for category in overlay.renderer().categories():  # a dark casing under the grade colour, wider than the base
        assert category.symbol().symbolLayerCount() == 2 and category.symbol().width() > 1.0


def test_the_comparison_table_shows_the_summaries(dock, graded, tmp_path):
    open_through_the_dock(dock, graded)
    planner = dock.planner
    first, second, third = riskiest_midpoints(graded, 3)
    planner.new_scenario("Cameras")
    planner.add_site("cctv", first, cameras=3)
    planner.add_site("cctv", second, cameras=3)
    planner.new_scenario("Lights")
    for point in (first, second, third):
        planner.add_site("light", point)
    table = dock.comparison_table
    names = [table.horizontalHeaderItem(column).text() for column in range(table.columnCount())]
    assert names == ["Base", "Cameras", "Lights"]
    rows = {table.verticalHeaderItem(row).text(): row for row in range(table.rowCount())}
    for column, name in enumerate(names):
        summary = planner.summary(name)
        value = lambda label: table.item(rows[label], column).data(Qt.UserRole)  # noqa: E731
        assert value("Km in grades 4–5") == summary["km_grade_4_5_after"]
        assert value("Segments improved") == summary["segments_improved"]
        assert value("Expected incidents (proxy)") == summary["expected_incidents_after"]
        assert value("Total cost (million KRW)") == summary["total_cost_krw"] / 1e6
        assert value("Incidents reduced per million KRW") == summary["risk_reduction_per_million_krw"]
    cost_row = rows["Total cost (million KRW)"]
    assert table.item(cost_row, 2).font().bold() and not table.item(cost_row, 1).font().bold()  # lights cost less
    assert table.item(cost_row, 1).text() == "30.0 (+30.0)"

    from anshim.plugin.comparison import write_comparison_csv
    with open(write_comparison_csv(str(tmp_path / "comparison.csv"), planner), encoding="utf-8-sig") as file:
        exported = list(csv.reader(file))
    assert exported[0] == ["indicator", "Base", "Cameras", "Lights", "Cameras vs Base", "Lights vs Base", "best"]
    cost = next(row for row in exported if row[0] == "Total cost (million KRW)")
    assert [float(value) for value in cost[1:6]] == [0.0, 30.0, 3.6, 30.0, 3.6] and cost[6] == "Lights"
    assert dock.numbers.text().count("Lights") >= 1 and "3 proposals" in dock.numbers.text()


def test_a_far_click_and_a_locked_base_reach_the_message_bar(dock, graded, qgis_canvas, qgis_iface):
    open_through_the_dock(dock, graded)
    bar = qgis_iface.messageBar()
    dock.activate_tool("cctv")  # on Base: a new scenario takes the proposals
    assert dock.planner.current == "Scenario 1"
    assert any("Base is locked" in text for text in bar.get_messages(Qgis.Info))
    qgis_canvas.setDestinationCrs(graded.crs())
    qgis_canvas.resize(800, 600)
    qgis_canvas.show()
    extent = graded.extent()
    from qgis.core import QgsPointXY
    far = QgsPointXY(extent.xMaximum() + 500, extent.yMaximum() + 500)
    look_at(qgis_canvas, [far, QgsPointXY(extent.xMaximum(), extent.yMaximum())])
    click(dock.tools["cctv"], qgis_canvas, far)
    assert dock.planner.proposals() == []
    assert any("No street within 50 m" in text for text in bar.get_messages(Qgis.Warning))
    near = riskiest_midpoints(graded, 1)[0]
    look_at(qgis_canvas, [near])
    dock.cameras.setValue(4)
    click(dock.tools["cctv"], qgis_canvas, near)
    assert [(p.kind, p.cameras) for p in dock.planner.proposals()] == [("cctv", 4)]


def test_removing_the_layer_returns_the_dock_to_setup_and_keeps_the_proposals(dock, graded, qgis_iface):
    open_through_the_dock(dock, graded)
    gpkg = dock.planner.gpkg_path
    dock.planner.new_scenario("Kept")
    dock.planner.add_site("bell", riskiest_midpoints(graded, 1)[0])
    QgsProject.instance().removeMapLayer(graded.id())
    assert dock.pages.currentIndex() == 0 and not dock.planner.is_open
    messages = qgis_iface.messageBar().get_messages(Qgis.Warning)
    assert any("'graded' was removed" in text and "saved to" in text for text in messages)
    saved = QgsVectorLayer(f"{gpkg}|layername=anshim_proposed_sites", "saved", "ogr")
    assert [(f["scenario"], f["kind"]) for f in saved.getFeatures()] == [("Kept", "bell")]


def test_a_model_that_does_not_match_the_layer_is_refused_in_the_message_bar(dock, graded, demo_run, qgis_iface,
                                                                            run_algorithm, tmp_path):
    # a layer that lacks one factor the model needs
    from qgis import processing
    thinner = processing.run("native:deletecolumn", {"INPUT": graded, "COLUMN": ["light_n"],
                                                      "OUTPUT": "memory:"})["OUTPUT"]
    thinner.setName("without_lights")
    QgsProject.instance().addMapLayer(thinner)
    assert thinner in dock.layer_combo.exceptedLayerList()
    folder, _ = demo_run
    dock.model_widget.setFilePath(str(folder / "anshim_demo.anshim"))
    dock.layer_combo.setExceptedLayerList([])  # as if the user found it anyway
    dock.layer_combo.setLayer(thinner)
    dock.open_chosen()
    wait_for(lambda: dock.planner.task is None and not dock.progress.isVisible())
    assert dock.pages.currentIndex() == 0
    messages = qgis_iface.messageBar().get_messages(Qgis.Warning)
    assert any("without_lights" in text and "light_n" in text for text in messages)


def test_the_plugin_adds_the_planner_and_unload_takes_everything_away(anshim_plugin, graded, qgis_iface,
                                                                      qgis_canvas, monkeypatch):
    import anshim
    removed = []
    monkeypatch.setattr(qgis_iface, "removeDockWidget", lambda dock: removed.append(dock.objectName()),
                        raising=False)
    monkeypatch.setattr(qgis_iface, "removePluginMenu", lambda menu, action: removed.append((menu, action.text())),
                        raising=False)
    plugin = anshim.classFactory(qgis_iface)
    plugin.initGui()
    assert plugin.toolbar.objectName() == "AnshimToolbar" and plugin.action in plugin.toolbar.actions()
    plugin.action.trigger()  # the toolbar button (and the menu entry) shows the dock
    assert plugin.dock.objectName() == "AnshimPlannerDock" and not plugin.dock.isHidden()
    planner = plugin.planner
    planner.open(graded)
    assert plugin.dock.pages.currentIndex() == 1
    added = [planner.changed_layer().id()] + [layer.id() for layer in planner.proposal_layers()]
    plugin.dock.activate_tool("light")
    tool = qgis_canvas.mapTool()
    assert tool is plugin.dock.tools["light"]
    plugin.unload()
    assert removed == ["AnshimPlannerDock", ("&Anshim", "Scenario planner")]
    assert qgis_canvas.mapTool() is not tool and not tool.bands
    assert all(QgsProject.instance().mapLayer(layer_id) is None for layer_id in added)
    assert QgsProject.instance().mapLayer(graded.id()) is graded  # the user's layer stays
    assert plugin.planner is None and plugin.dock is None and plugin.toolbar is None


def street_points(layer, street_id):
    """The vertices of one street, from its segments in order: a route drawn along it."""
    pieces = sorted((feature for feature in layer.getFeatures() if feature["street_id"] == street_id),
                    key=lambda feature: feature["seq"])
    return [piece.geometry().asPolyline()[0] for piece in pieces] + [pieces[-1].geometry().asPolyline()[-1]]


def test_a_tool_whose_factor_the_model_never_uses_says_so_and_changes_nothing(dock, graded, qgis_iface):
    """The demo's three safe-return routes (about 150 segments) are too few for the fit to see their 10 % effect:
    the route tool says so before the planner draws, and a route drawn along a street indeed changes nothing."""
    open_through_the_dock(dock, graded)
    assert "route" not in dock.planner.engine.model.factors_used()
    assert "light_n" in dock.planner.engine.model.factors_used()
    bar = qgis_iface.messageBar()
    dock.activate_tool("light")
    assert not any("no effect" in text for text in bar.get_messages(Qgis.Info))
    dock.activate_tool("route")
    told = [text for text in bar.get_messages(Qgis.Info) if "no effect" in text]
    assert len(told) == 1 and told[0].endswith(
        "Safe-return route proposals change no grade or number with this model: it found no effect of this factor "
        "in its training data (too few such segments or crimes near them to tell it from chance). A model trained "
        "on a larger network or more years of crimes may find one.")
    riskiest = max(graded.getFeatures(), key=lambda feature: feature["risk"])
    pid = dock.planner.add_route(street_points(graded, riskiest["street_id"]))
    reached = dock.planner.engine.proposals[dock.planner._engine_ids[pid]].segments
    summary = dock.planner.summary()
    assert len(reached) >= 5
    assert summary["segments_improved"] == 0 and summary["safe_route_km"] > 0.05
    assert summary["km_grade_4_5_after"] == summary["km_grade_4_5_before"]


def test_the_routes_box_audits_each_proposed_route_as_the_audit_algorithm_does(dock, graded, run_algorithm,
                                                                                tmp_path):
    """The demo's three safe-return routes proposed by hand read in the dock as 'Audit safe-return routes' (without
    light, CCTV or bell layers) reports them: most in need first, with its words for what to do."""
    import html
    open_through_the_dock(dock, graded)
    assert dock.route_audit_text.text().startswith("No route in this scenario")
    assert dock.routes_box.title() == "Routes of this scenario (0)"
    dock.activate_tool("route")  # leaves the locked Base
    routes = QgsVectorLayer(graded.source().replace("graded_segments", "safe_routes"), "routes", "ogr")
    for route in routes.getFeatures():
        dock.planner.add_route(route.geometry().asPolyline(), name=route["name"])
    results, _ = run_algorithm("anshim:auditroutes", {"INPUT": graded, "ROUTES": routes,
                                                      "OUTPUT": str(tmp_path / "audit.gpkg")})
    audited = sorted(QgsVectorLayer(results["OUTPUT"], "audit", "ogr").getFeatures(), key=lambda row: row["rank"])
    expected = [f"<b>{row['name']}</b> ({row['length_m']:,.0f} m): {row['share_grade_4_5']:.1f} % in grades 4–5, "
                f"riskiest 50 m at {row['worst_from_m']:.0f}–{row['worst_to_m']:.0f} m from its start (grade "
                f"{row['worst_grade']:.0f}).<br>{html.escape(row['suggestion'])}" for row in audited]
    shown = dock.route_audit_text.text()
    assert shown.startswith("<br>".join(expected))
    assert len(audited) == 3 and "Riskiest stretch at" in shown and "treat it first" in shown
    assert "run 'Audit safe-return routes'" in shown
    assert dock.routes_box.title() == "Routes of this scenario (3)"
