"""The dock's "Safest walk" on the demo district: two clicks on the canvas give the shortest and the safest walk with
their numbers (equal to anshim:saferoute on the same points), under the current scenario's grades, and
"Propose as safe-return route" adds the safest one to the scenario."""
import numpy as np
import pytest
from qgis.core import Qgis, QgsPointXY
from qgis.PyQt.QtCore import Qt
from test_planner import click, look_at
from test_planner_dock import dock, graded, open_through_the_dock, wait_for  # noqa: F401 (fixtures)
from test_route_algorithms import point_layers, segment_midpoints


@pytest.fixture()
def walking(dock, graded, qgis_canvas):
    """The dock open on the demo district with the walk tool active and the canvas showing the district."""
    open_through_the_dock(dock, graded)
    qgis_canvas.setDestinationCrs(graded.crs())
    qgis_canvas.setLayers([graded])
    qgis_canvas.resize(800, 600)
    qgis_canvas.show()
    dock.activate_tool("walk")
    wait_for(lambda: dock.planner.walks.is_ready)
    return dock.tools["walk"]


def a_pair(graded, seed=11):
    origin, destination = segment_midpoints(graded.source(), 1, seed=seed, min_m=600.0, max_m=1200.0)[0]
    return QgsPointXY(*origin), QgsPointXY(*destination)


def walk_by_clicks(tool, canvas, origin, destination):
    look_at(canvas, [origin, destination])
    click(tool, canvas, origin)
    click(tool, canvas, destination)


def clicked(canvas, point):
    """Where a click at ``point`` lands: the centre of its pixel, in map units."""
    from test_planner import pixel
    where = pixel(canvas, point)
    return canvas.getCoordinateTransform().toMapCoordinates(where.x(), where.y())


def test_two_clicks_show_both_walks_as_saferoute_finds_them(walking, dock, graded, qgis_canvas, run_algorithm):
    origin, destination = a_pair(graded)
    walk_by_clicks(walking, qgis_canvas, origin, destination)
    walk = dock.walk
    assert walk is not None and walk.scenario == "Base" and dock.planner.current == "Base"
    shortest, safest = walk.shortest, walk.safest
    assert safest.length_m <= 1.25 * shortest.length_m * (1 + 1e-9)
    assert safest.exposure <= shortest.exposure
    text = dock.walk_text.text()
    assert f"{shortest.length_m:,.0f} m" in text and f"{safest.length_m:,.0f} m" in text
    assert f"−{100 * walk.result.exposure_reduction:.0f} %" in text and dock.propose_walk_button.isEnabled()
    assert walking.safest.asGeometry().length() == pytest.approx(safest.length_m, rel=1e-6)
    assert walking.shortest.asGeometry().length() == pytest.approx(shortest.length_m, rel=1e-6)

    ends = [clicked(qgis_canvas, point) for point in (origin, destination)]
    origins, destinations = point_layers([(np.array([ends[0].x(), ends[0].y()]), np.array([ends[1].x(), ends[1].y()]))])
    rows = {f["route"]: f for f in run_algorithm("anshim:saferoute", {
        "INPUT": graded, "ORIGINS": origins, "DESTINATIONS": destinations, "MAX_DETOUR": 1.25,
        "OUTPUT": "memory:"})[0]["OUTPUT"].getFeatures()}
    for path, route in ((shortest, "shortest"), (safest, "safest")):
        assert rows[route]["length_m"] == pytest.approx(path.length_m, abs=0.01)
        assert rows[route]["exposure"] == pytest.approx(path.exposure, rel=1e-4)
        assert rows[route]["km_grade_4_5"] == pytest.approx(path.km_grade_4_5, abs=1e-4)


def test_the_safest_walk_is_proposed_as_a_route_of_a_new_scenario(walking, dock, graded, qgis_canvas, qgis_iface):
    origin, destination = a_pair(graded, seed=12)
    walk_by_clicks(walking, qgis_canvas, origin, destination)
    safest = dock.walk.safest
    dock.propose_walk_button.click()
    planner = dock.planner
    assert planner.current == "Scenario 1"  # Base is locked
    (route,) = planner.proposals()
    assert route.is_route and route.name == "Route 1"
    summary = planner.summary()
    assert summary["safe_route_km"] == pytest.approx(safest.length_m / 1000, rel=0.01)
    assert summary["cost_krw"]["safe_routes"] == pytest.approx(
        safest.length_m / 1000 * planner.unit_costs_krw["safe_routes"], rel=0.01)
    assert any("is proposed as 'Route 1' in scenario 'Scenario 1'" in text
               for text in qgis_iface.messageBar().get_messages(Qgis.Success))

    # the walk follows the scenario: a light on the riskiest segment of the shortest walk makes it less exposed
    shortest = dock.walk.shortest
    riskiest = max(shortest.segment_indices(), key=lambda segment: planner.engine.risk[segment])
    planner.add_site("light", QgsPointXY(*planner.engine.index.midpoints[riskiest]))
    walk_by_clicks(walking, qgis_canvas, origin, destination)
    assert dock.walk.scenario == "Scenario 1"
    assert dock.walk.shortest.length_m == pytest.approx(shortest.length_m)
    assert dock.walk.shortest.exposure < shortest.exposure


def test_a_click_off_the_streets_and_a_right_click_say_and_clear(walking, dock, graded, qgis_canvas, qgis_iface):
    origin, _ = a_pair(graded)
    far = QgsPointXY(graded.extent().xMaximum() + 400, graded.extent().yMaximum() + 400)
    walk_by_clicks(walking, qgis_canvas, origin, far)
    assert dock.walk is None and not dock.propose_walk_button.isEnabled()
    assert any("No walk on layer 'graded'" in text and "100 m" in text
               for text in qgis_iface.messageBar().get_messages(Qgis.Warning))
    walk_by_clicks(walking, qgis_canvas, *a_pair(graded))
    assert dock.walk is not None
    click(walking, qgis_canvas, origin, button=Qt.RightButton)
    assert dock.walk is None and walking.safest.asGeometry().isEmpty()
