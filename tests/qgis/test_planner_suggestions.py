"""The dock's "Suggest sites…" on the demo district: the optimiser runs as a QgsTask on the current scenario, its
sites come back as a new scenario the planner can edit, equal to the optimiser run directly and to
anshim:simulatescenario on the saved proposals; Cancel and requests that cannot work add nothing."""
import pytest
from qgis.core import Qgis
from test_planner import overlay_grades, riskiest_midpoints, simulated_changes
from test_planner_dock import dock, graded, open_through_the_dock, wait_for  # noqa: F401 (fixtures)

BUDGET_KRW = 60e6


def suggest(dock, request):
    dock.start_suggestion(request)
    assert dock.suggest_progress.isVisible() and not dock.suggest_button.isEnabled()
    wait_for(lambda: dock.planner.suggest_task is None, seconds=240)
    assert not dock.suggest_progress.isVisible() and dock.suggest_button.isEnabled()


def test_suggested_sites_come_as_a_new_scenario_on_top_of_the_current_one(dock, graded, qgis_iface, run_algorithm):
    from anshim.engine.planning import optimiser
    from anshim.plugin.suggest_sites import SiteRequest
    open_through_the_dock(dock, graded)
    planner = dock.planner
    planner.new_scenario("Hand-made")
    light = riskiest_midpoints(graded, 1)[0]
    planner.add_site("light", light)
    start = planner.summary()

    suggest(dock, SiteRequest(BUDGET_KRW, ("cctv", "light")))

    name = "Suggested 60M KRW"
    assert planner.current == name and planner.scenario_names() == ["Base", "Hand-made", name]
    assert dock.scenario_list.currentItem().text() == name
    proposals = planner.proposals()
    assert (proposals[0].kind, proposals[0].vertices[0]) == ("light", (light.x(), light.y()))
    suggested = proposals[1:]
    assert suggested and all(p.note.startswith("suggested: rank") for p in suggested)
    summary = planner.summary()
    assert summary["total_cost_krw"] - start["total_cost_krw"] <= BUDGET_KRW
    assert summary["expected_incidents_after"] < start["expected_incidents_after"]
    assert planner.summary("Hand-made") == start  # the scenario it started from is as it was

    # the same sites as the optimiser run directly on the hand-made scenario
    planner.set_scenario("Hand-made")
    fork = planner.engine.fork()
    planner.set_scenario(name)
    direct = optimiser.optimise_sites(fork, optimiser.street_candidates(
        fork, ("cctv", "light"), existing_distances=planner.network.existing_distances), BUDGET_KRW,
        planner.unit_costs_krw)
    assert [(p.kind, p.vertices[0], p.cameras) for p in suggested] == [
        (pick.kind, (pick.x, pick.y), pick.cameras) for pick in direct.picks]
    messages = qgis_iface.messageBar().get_messages(Qgis.Success)
    assert any(f"Scenario '{name}': {len(suggested)} sites for" in text for text in messages)

    # what the planner shows is what anshim:simulatescenario computes from the saved proposals
    gpkg = planner.save()
    assert simulated_changes(run_algorithm, planner, gpkg, name) == overlay_grades(planner)

    # the suggestions are the planner's to edit, with undo
    planner.remove(suggested[0].pid)
    assert len(planner.proposals()) == len(proposals) - 1
    planner.undo()
    assert planner.summary() == summary


def test_a_cancelled_suggestion_adds_no_scenario(dock, graded, qgis_iface):
    from anshim.plugin.suggest_sites import SiteRequest
    open_through_the_dock(dock, graded)
    dock.start_suggestion(SiteRequest(500e6, ("cctv", "light", "bell")))
    dock._cancel_suggestion()
    wait_for(lambda: dock.planner.suggest_task is None, seconds=240)
    assert dock.planner.scenario_names() == ["Base"] and dock.planner.current == "Base"
    assert any("cancelled: no scenario was added" in text for text in qgis_iface.messageBar().get_messages(
        Qgis.Warning))
    assert not dock.suggest_progress.isVisible()


@pytest.mark.parametrize("request_args, expected", [
    ({"kinds": ()}, "Choose at least one kind"),
    ({"budget_krw": 500_000}, "No site fits a budget of 500,000 KRW"),
    ({"kinds": ("cctv",), "min_separation_m": 1e6}, "No street of grade 3 or worse is left without"),
])
def test_a_suggestion_that_cannot_work_says_why_in_the_message_bar(dock, graded, qgis_iface, request_args,
                                                                    expected):
    from anshim.plugin.suggest_sites import SiteRequest
    open_through_the_dock(dock, graded)
    dock.start_suggestion(SiteRequest(**{"budget_krw": 10e6, **request_args}))
    wait_for(lambda: dock.planner.suggest_task is None, seconds=240)
    assert dock.planner.scenario_names() == ["Base"]
    assert any(expected in text for text in qgis_iface.messageBar().get_messages(Qgis.Warning))
    assert dock.suggest_button.isEnabled()
