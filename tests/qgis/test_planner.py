"""The planner dock's controller and map tools on the demo district, driven by real mouse events on the canvas.

Every grade the overlay shows is checked against anshim:simulatescenario run on the same proposals saved to a
GeoPackage, so the dock and the batch algorithm cannot drift apart.
"""

import pytest
from qgis.core import QgsPointXY, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt
from qgis.PyQt.QtGui import QKeyEvent
from support import memory_layer


@pytest.fixture()
def graded(demo_copy):
    layer = QgsVectorLayer(f"{demo_copy / 'anshim_demo.gpkg'}|layername=graded_segments", "graded", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    yield layer
    QgsProject.instance().removeAllMapLayers()


@pytest.fixture()
def planner(anshim_plugin, graded):
    from anshim.plugin.planner import Planner
    planner = Planner()
    planner.restore_in_background = False
    planner.open(graded)
    yield planner
    planner.unload()


@pytest.fixture()
def canvas(qgis_canvas, planner):
    """The canvas showing the planner's layers over the graded layer, 800 × 600 px."""
    qgis_canvas.setDestinationCrs(planner.layer.crs())
    qgis_canvas.setLayers(planner.proposal_layers() + [planner.changed_layer(), planner.layer])
    qgis_canvas.resize(800, 600)
    qgis_canvas.show()
    return qgis_canvas


def riskiest_midpoints(layer, count, apart_m=300.0):
    """Midpoints of the riskiest segments, at least ``apart_m`` from each other."""
    chosen = []
    for feature in sorted(layer.getFeatures(), key=lambda f: -f["risk"]):
        point = feature.geometry().interpolate(feature.geometry().length() / 2).asPoint()
        if all(point.distance(other) >= apart_m for other in chosen):
            chosen.append(point)
        if len(chosen) == count:
            return chosen
    raise AssertionError("not enough separate risky segments")


def look_at(canvas, points, margin_m=150.0):
    extent = QgsRectangle(points[0], points[0])
    for point in points[1:]:
        extent.combineExtentWith(point)
    extent.grow(margin_m)
    canvas.setExtent(extent)


def pixel(canvas, point):
    xy = canvas.getCoordinateTransform().transform(point)
    return QPoint(round(xy.x()), round(xy.y()))


def click(tool, canvas, point, button=Qt.LeftButton):
    where = pixel(canvas, point)
    for event_type, handler in ((QEvent.MouseButtonPress, tool.canvasPressEvent),
                                (QEvent.MouseMove, tool.canvasMoveEvent),
                                (QEvent.MouseButtonRelease, tool.canvasReleaseEvent)):
        handler(QgsMapMouseEvent(canvas, event_type, where, button if event_type != QEvent.MouseMove else Qt.NoButton,
                                 button, Qt.NoModifier))


def overlay_grades(planner):
    return {f["seg_id"]: (f["grade_before"], f["grade_after"]) for f in planner.changed_layer().getFeatures()}


def simulated_changes(run_algorithm, planner, gpkg, scenario, extra=None):
    """``{seg_id: (grade_before, grade_after)}`` of the segments anshim:simulatescenario changes."""
    parameters = {"INPUT": planner.layer, "MODEL": planner.network.model_path, "SCENARIO": scenario,
                  "PROPOSED_SITES": f"{gpkg}|layername=anshim_proposed_sites",
                  "PROPOSED_ROUTES": f"{gpkg}|layername=anshim_proposed_routes", "OUTPUT": "memory:", **(extra or {})}
    result, _ = run_algorithm("anshim:simulatescenario", parameters)
    return {f["seg_id"]: (f["grade_before"], f["grade_after"]) for f in result["OUTPUT"].getFeatures()
            if f["grade_change"] != 0}


def state(planner):
    summary = planner.summary()
    return overlay_grades(planner), {key: summary[key] for key in (
        "km_grade_4_5_after", "segments_improved", "expected_incidents_after", "total_cost_krw")}


def test_clicked_sites_change_exactly_the_grades_simulatescenario_gives(planner, canvas, run_algorithm, tmp_path):
    from anshim.plugin.map_tools import PlaceSiteTool
    planner.new_scenario("Cameras and lights")
    targets = riskiest_midpoints(planner.layer, 3)
    look_at(canvas, targets)
    messages = []
    cctv = PlaceSiteTool(canvas, planner, messages.append, "cctv", cameras=lambda: 3)
    light = PlaceSiteTool(canvas, planner, messages.append, "light")
    click(cctv, canvas, targets[0])
    click(cctv, canvas, targets[1])
    click(light, canvas, targets[2])
    assert messages == []
    placed = planner.proposals()
    assert [(p.kind, p.cameras) for p in placed] == [("cctv", 3), ("cctv", 3), ("light", 1)]
    for proposal, target in zip(placed, targets):  # the click landed where it was aimed, within a pixel
        assert QgsPointXY(*proposal.vertices[0]).distance(target) <= 1.5 * canvas.mapUnitsPerPixel()

    overlay = overlay_grades(planner)
    assert len(overlay) >= 3 and all(after < before for before, after in overlay.values())
    gpkg = planner.save(str(tmp_path / "proposals.gpkg"))
    assert overlay == simulated_changes(run_algorithm, planner, gpkg, "Cameras and lights")
    assert planner.summary()["segments_improved"] == len(overlay)


def test_undo_and_redo_restore_the_overlay_and_the_numbers_exactly(planner, canvas):
    from anshim.plugin.map_tools import PlaceSiteTool
    planner.new_scenario("A")
    targets = riskiest_midpoints(planner.layer, 2)
    look_at(canvas, targets)
    tool = PlaceSiteTool(canvas, planner, lambda text: None, "cctv", cameras=lambda: 2)
    click(tool, canvas, targets[0])
    one = state(planner)
    click(tool, canvas, targets[1])
    two = state(planner)
    assert two != one and len(two[0]) > len(one[0])
    planner.undo()
    assert state(planner) == one
    planner.undo()
    assert state(planner) == ({}, {"km_grade_4_5_after": planner.summary("Base")["km_grade_4_5_after"],
                                   "segments_improved": 0,
                                   "expected_incidents_after": planner.summary("Base")["expected_incidents_after"],
                                   "total_cost_krw": 0.0})
    planner.redo()
    planner.redo()
    assert state(planner) == two


def test_a_route_drawn_with_four_clicks_equals_the_same_route_given_as_a_layer(planner, canvas, run_algorithm):
    from anshim.plugin.map_tools import DrawRouteTool
    planner.new_scenario("Route")
    street = next(f for f in planner.layer.getFeatures() if f["route"] == 0 and f["grade"] >= 4)
    name = street["name"]
    along = sorted((f for f in planner.layer.getFeatures() if f["name"] == name),
                   key=lambda f: (f.geometry().centroid().asPoint().x(), f.geometry().centroid().asPoint().y()))
    vertices = [along[round(i * (len(along) - 1) / 3)].geometry().interpolate(0).asPoint() for i in range(4)]
    look_at(canvas, vertices)
    messages = []
    tool = DrawRouteTool(canvas, planner, messages.append)
    stray = QgsPointXY(vertices[0].x() + 20, vertices[0].y() + 20)
    for point in vertices[:2] + [stray]:
        click(tool, canvas, point)
    tool.keyPressEvent(QKeyEvent(QEvent.KeyPress, Qt.Key_Backspace, Qt.NoModifier))  # the stray vertex goes
    for point in vertices[2:]:
        click(tool, canvas, point)
    click(tool, canvas, vertices[-1], Qt.RightButton)  # finishes
    assert messages == [] and len(planner.proposals()) == 1
    route = planner.proposals()[0]
    assert len(route.vertices) == 4
    for drawn, aimed in zip(route.vertices, vertices):
        assert QgsPointXY(*drawn).distance(aimed) <= 1.5 * canvas.mapUnitsPerPixel()

    wkt = "LineString (" + ", ".join(f"{x!r} {y!r}" for x, y in route.vertices) + ")"
    as_layer = memory_layer("LineString", planner.layer.crs().authid(), [wkt], name="route")
    result, _ = run_algorithm("anshim:simulatescenario", {
        "INPUT": planner.layer, "MODEL": planner.network.model_path, "NEW_SAFE_ROUTES": as_layer, "OUTPUT": "memory:"})
    from_layer = {f["seg_id"]: (f["grade_before"], f["grade_after"]) for f in result["OUTPUT"].getFeatures()
                  if f["grade_change"] != 0}
    assert overlay_grades(planner) == from_layer

    for point in vertices[:2]:  # Esc abandons a route being drawn
        click(tool, canvas, point)
    tool.keyPressEvent(QKeyEvent(QEvent.KeyPress, Qt.Key_Escape, Qt.NoModifier))
    tool.keyPressEvent(QKeyEvent(QEvent.KeyPress, Qt.Key_Return, Qt.NoModifier))
    assert len(planner.proposals()) == 1


def test_a_click_far_from_every_street_says_so_and_adds_nothing(planner, canvas):
    from anshim.plugin.map_tools import PlaceSiteTool
    planner.new_scenario("A")
    extent = planner.layer.extent()
    far = QgsPointXY(extent.xMinimum() - 400, extent.yMinimum() - 400)
    look_at(canvas, [far, QgsPointXY(extent.xMinimum(), extent.yMinimum())])
    messages = []
    click(PlaceSiteTool(canvas, planner, messages.append, "bell"), canvas, far)
    assert planner.proposals() == [] and planner.changed_layer().featureCount() == 0
    assert len(messages) == 1 and "No street within 50 m" in messages[0] and "nothing was added" in messages[0]


def test_remove_and_move_tools_work_on_the_proposal_under_the_mouse(planner, canvas):
    from anshim.plugin.map_tools import MoveProposalTool, PlaceSiteTool, RemoveProposalTool
    planner.new_scenario("A")
    first, second = riskiest_midpoints(planner.layer, 2)
    look_at(canvas, [first, second])
    click(PlaceSiteTool(canvas, planner, print, "guardhouse"), canvas, first)
    before = state(planner)
    mover = MoveProposalTool(canvas, planner, print)
    press = QgsMapMouseEvent(canvas, QEvent.MouseButtonPress, pixel(canvas, first), Qt.LeftButton, Qt.LeftButton)
    mover.canvasPressEvent(press)
    mover.canvasReleaseEvent(QgsMapMouseEvent(canvas, QEvent.MouseButtonRelease, pixel(canvas, second),
                                              Qt.LeftButton, Qt.LeftButton))
    moved = planner.proposals()[0]
    assert QgsPointXY(*moved.vertices[0]).distance(second) <= 1.5 * canvas.mapUnitsPerPixel()
    assert state(planner) != before
    planner.undo()
    assert state(planner) == before
    click(RemoveProposalTool(canvas, planner, print), canvas, first)
    assert planner.proposals() == [] and planner.changed_layer().featureCount() == 0


def test_two_scenarios_come_back_with_the_project(planner, graded, demo_copy, tmp_path):
    planner.new_scenario("A")
    first, second = riskiest_midpoints(planner.layer, 2)
    planner.add_site("cctv", first, cameras=2)
    planner.new_scenario("B", copy_of="A")
    planner.add_site("light", second)
    planner.add_route([QgsPointXY(first.x(), first.y()), QgsPointXY(first.x() + 30, first.y())], name="to station")
    planner.set_unit_costs({"lights": 900_000})
    summaries = {name: planner.summary(name) for name in ("Base", "A", "B")}
    assert summaries["B"]["total_cost_krw"] > summaries["A"]["total_cost_krw"] > 0
    proposals = {name: [(p.kind, p.vertices, p.cameras, p.name) for p in planner.proposals(name)]
                 for name in ("A", "B")}

    project_path = str(tmp_path / "planning.qgz")
    assert QgsProject.instance().write(project_path)
    saved_sites = QgsVectorLayer(f"{demo_copy / 'anshim_demo.gpkg'}|layername=anshim_proposed_sites", "s", "ogr")
    assert sorted(f["scenario"] for f in saved_sites.getFeatures()) == ["A", "B", "B"]
    QgsProject.instance().clear()
    assert not planner.is_open
    assert QgsProject.instance().read(project_path)
    assert planner.is_open and planner.scenario_names() == ["Base", "A", "B"] and planner.current == "B"
    assert {name: [(p.kind, p.vertices, p.cameras, p.name) for p in planner.proposals(name)]
            for name in ("A", "B")} == proposals
    assert planner.unit_costs_krw["lights"] == 900_000
    for name, summary in summaries.items():
        assert planner.summary(name) == summary


def test_the_planner_refuses_bad_layers_with_a_message(anshim_plugin, graded, demo_copy):
    from anshim.plugin.planner import Planner, PlannerError
    planner = Planner()
    try:
        degrees = memory_layer("LineString", "EPSG:4326", ["LineString (127 37.5, 127.001 37.5)"], name="in_degrees")
        with pytest.raises(PlannerError, match="'in_degrees': EPSG:4326 is in degrees.*metres"):
            planner.open(degrees, str(demo_copy / "anshim_demo.anshim"))
        mercator = memory_layer("LineString", "EPSG:3857", ["LineString (14137000 4510000, 14137100 4510000)"],
                                name="web_mercator")
        with pytest.raises(PlannerError, match="'web_mercator': EPSG:3857's scale at the layer's centre is 1.26"):
            planner.open(mercator, str(demo_copy / "anshim_demo.anshim"))
        empty = memory_layer("LineString", "EPSG:5186", [], name="empty")
        with pytest.raises(PlannerError, match="'empty' is empty"):
            planner.open(empty, str(demo_copy / "anshim_demo.anshim"))
        unrelated = memory_layer("LineString", "EPSG:5186", ["LineString (0 0, 10 0)"], [("width_m", "double")],
                                 [(4.0,)], "no_factors")
        with pytest.raises(PlannerError, match="no_factors.*Compute the factors"):
            planner.open(unrelated, str(demo_copy / "anshim_demo.anshim"))
        with pytest.raises(PlannerError, match="No model is recorded for layer 'no_factors'"):
            planner.open(unrelated)
        assert not planner.is_open

        planner.open(graded)  # the model is found from the layer
        planner.new_scenario("A")
        planner.add_site("cctv", riskiest_midpoints(graded, 1)[0])
        reasons = []
        planner.closed.connect(reasons.append)
        QgsProject.instance().removeMapLayer(graded.id())
        assert not planner.is_open and len(reasons) == 1
        assert "was removed: the planner closed" in reasons[0] and "proposals were saved" in reasons[0]
        saved = QgsVectorLayer(f"{demo_copy / 'anshim_demo.gpkg'}|layername=anshim_proposed_sites", "s", "ogr")
        assert [f["scenario"] for f in saved.getFeatures()] == ["A"]
    finally:
        planner.unload()


def test_gradestreets_records_its_model_for_the_planner(demo_copy, run_algorithm, tmp_path):
    from anshim.qgis_io.models import MODEL_PROPERTY, recorded_model_path
    model = str(demo_copy / "anshim_demo.anshim")
    graded = QgsVectorLayer(f"{demo_copy / 'anshim_demo.gpkg'}|layername=graded_segments", "graded", "ogr")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result, messages = run_algorithm("anshim:gradestreets", {"INPUT": graded, "MODEL": model,
                                                            "OUTPUT": str(elsewhere / "regraded.gpkg")})
    assert any("recorded in the GeoPackage layer's metadata" in message for message in messages)
    assert recorded_model_path(QgsVectorLayer(result["OUTPUT"], "regraded", "ogr")) == model
    in_memory, _ = run_algorithm("anshim:gradestreets", {"INPUT": graded, "MODEL": model, "OUTPUT": "memory:"})
    assert in_memory["OUTPUT"].customProperty(MODEL_PROPERTY) == model
    assert recorded_model_path(in_memory["OUTPUT"]) == model


def test_hover_shows_the_reach_ctrl_z_undoes_and_save_as_layer_writes_the_scenario(planner, canvas, tmp_path):
    from anshim.plugin.map_tools import PlaceSiteTool
    planner.new_scenario("Lights")
    target = riskiest_midpoints(planner.layer, 1)[0]
    look_at(canvas, [target])
    tool = PlaceSiteTool(canvas, planner, print, "light")
    tool.canvasMoveEvent(QgsMapMouseEvent(canvas, QEvent.MouseMove, pixel(canvas, target)))
    reach = tool.reach.asGeometry()  # the light's 25 m radius from the model's settings
    assert reach.area() == pytest.approx(3.14159 * 25.0 ** 2, rel=0.01)
    assert reach.centroid().asPoint().distance(target) <= 1.5 * canvas.mapUnitsPerPixel()
    click(tool, canvas, target)
    assert len(planner.proposals()) == 1
    tool.keyPressEvent(QKeyEvent(QEvent.KeyPress, Qt.Key_Z, Qt.ControlModifier))
    assert planner.proposals() == []
    tool.keyPressEvent(QKeyEvent(QEvent.KeyPress, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier))
    assert len(planner.proposals()) == 1

    planner.add_site("cctv", QgsPointXY(target.x() + 30, target.y()), cameras=2)
    result = planner.save_as_layer(str(tmp_path / "lights.gpkg"), load=False)
    written = QgsVectorLayer(result["OUTPUT"], "scenario", "ogr")
    assert written.featureCount() == planner.layer.featureCount()
    changed = {f["seg_id"]: (f["grade_before"], f["grade_after"]) for f in written.getFeatures()
               if f["grade_change"] != 0}
    assert changed == overlay_grades(planner)


def test_the_briefing_of_the_dock_holds_its_scenarios_with_their_summaries(planner, graded, run_algorithm, tmp_path):
    import subprocess
    from anshim.engine.planning.briefing import format_krw
    points = riskiest_midpoints(graded, 3)
    planner.new_scenario("Two cameras")
    for point in points[:2]:
        planner.add_site("cctv", point, cameras=2)
    planner.new_scenario("Lights", copy_of="Base")
    planner.add_site("light", points[2])
    planner.set_unit_costs({"cctv": 21_000_000, "lights": 900_000})  # local quotes: the briefing shows them
    pdf = tmp_path / "briefing.pdf"
    parameters = planner.briefing_parameters(str(pdf))
    run_algorithm("anshim:exportbriefing", {**parameters, "LANGUAGE": 1})
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for name, cost in (("Two cameras", 42_000_000), ("Lights", 900_000)):
        assert name in text
        assert planner.summary(name)["total_cost_krw"] == cost
        assert f"Total cost: {format_krw(cost)}" in text
