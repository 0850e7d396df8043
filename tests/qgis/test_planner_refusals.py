"""The planner's scripting API answers bad values with PlannerError, never a raw exception, an abort or a hang
(issue 21: P11, P15, P16, P20, P23, P25, P26, P30–P33, P36, P37)."""
import math
import time

import pytest
from qgis.core import QgsPointXY
from test_planner import graded, planner  # noqa: F401 (fixtures)

STREET = QgsPointXY(192350.9, 545958.9)  # on a demo street (the report's P20 vertex)


@pytest.fixture()
def scenario(planner):  # noqa: F811
    planner.new_scenario("A")
    return planner


def test_p20_a_route_with_a_nan_vertex_is_refused_and_nothing_is_added(scenario):
    from anshim.plugin.planner import PlannerError
    with pytest.raises(PlannerError, match="not finite"):
        scenario.add_route([STREET, QgsPointXY(math.nan, 545958.9)])
    assert scenario.proposals() == [] and scenario.undo_stack.count() == 0


@pytest.mark.parametrize("x, y", [(1e300, 1e300), (math.inf, 545958.9), (math.nan, math.nan)])
def test_p14_p15_p16_a_site_far_beyond_any_map_is_refused(scenario, x, y):
    from anshim.plugin.planner import PlannerError
    with pytest.raises(PlannerError, match="finite numbers"):
        scenario.add_site("light", QgsPointXY(x, y))


def test_p11_a_billion_cameras_is_refused(scenario):
    from anshim.plugin.planner import PlannerError
    with pytest.raises(PlannerError, match="from 1 to 64"):
        scenario.add_site("cctv", STREET, cameras=10 ** 9)


@pytest.mark.parametrize("value", [-900_000, math.nan, math.inf, "abc", None])
def test_p23_p25_p26_unit_costs_that_are_not_won_are_refused_and_kept(scenario, value):
    from anshim.plugin.planner import PlannerError
    before = dict(scenario.unit_costs_krw)
    with pytest.raises(PlannerError, match="unit cost of lights"):
        scenario.set_unit_costs({"lights": value})
    assert scenario.unit_costs_krw == before


def test_p32_loading_a_geopackage_that_does_not_exist_says_so(scenario, tmp_path):
    from anshim.plugin.planner import PlannerError
    with pytest.raises(PlannerError, match="no GeoPackage"):
        scenario.load(str(tmp_path / "missing.gpkg"))


def test_p31_saving_into_a_text_file_is_a_planner_error_and_the_file_is_kept(scenario, tmp_path):
    from anshim.plugin.planner import PlannerError
    text = tmp_path / "notes.gpkg"
    text.write_text("not a GeoPackage")
    scenario.add_site("light", STREET)
    with pytest.raises(PlannerError):
        scenario.save(str(text))
    assert text.read_text() == "not a GeoPackage"


@pytest.mark.parametrize("max_detour", [0.5, math.nan, math.inf])
def test_p36_p37_a_walk_detour_that_is_not_at_least_one_is_refused_at_once(scenario, max_detour):
    from anshim.plugin.planner import PlannerError
    started = time.perf_counter()
    with pytest.raises(PlannerError, match="detour must be a number of at least 1"):
        scenario.walks.between(STREET, QgsPointXY(192600.0, 545700.0), max_detour=max_detour)
    assert time.perf_counter() - started < 30.0
