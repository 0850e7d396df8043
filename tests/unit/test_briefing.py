"""The briefing's words and tables: figures read from scenario summaries and the manifest, formatted one way."""
import numpy as np
import pytest

from anshim.engine.planning import briefing
from anshim.engine.network.geometry import LineArrays
from anshim.engine.planning.scenario import ScenarioPlanner


@pytest.mark.parametrize("amount, text", [
    (75_000_000, "7,500만 원"), (120_000_000, "1억 2,000만 원"), (100_000_000, "1억 원"), (9_000, "9,000원"),
    (1_234_567_890, "12억 3,457만 원"), (99_999_999, "1억 원"), (15_000, "2만 원"), (0, "0원"),
    (-30_000_000, "-3,000만 원")])
def test_won_in_korean_units(amount, text):
    assert briefing.format_won_korean(amount) == text


def test_western_figures():
    assert briefing.format_krw(90_000_000.4) == "90,000,000 KRW"
    assert briefing.format_km(15.514) == "15.51 km"
    assert briefing.format_change_percent(200.0, 194.0) == "-3.0 %"
    assert briefing.format_change_percent(0.0, 1.0) == "n/a"
    assert briefing.format_per_million(None) == "n/a"


class _OneFactorModel:
    """Risk falls with the number of lights within reach; grade 5 when risk > 0.5."""
    factor_names = ["light_n"]

    def predict_risk(self, X):
        return 1.0 / (1.0 + np.asarray(X)[:, 0])

    def grade(self, risk):
        return np.where(risk > 0.5, 5, 1)

    def factors_used(self):
        return set(self.factor_names)


@pytest.fixture
def summaries():
    # three 10 m segments along y = 0, none lit
    segments = LineArrays.from_list([np.array([[x, 0.0], [x + 10.0, 0.0]]) for x in (0.0, 10.0, 20.0)])
    result = {}
    for name, light_x in (("One light", [5.0]), ("Two lights", [5.0, 25.0]), ("Nothing", [])):
        planner = ScenarioPlanner(segments, {"light_n": np.zeros(3), "light_d": np.full(3, 1000.0)},
                                  _OneFactorModel())
        for x in light_x:
            planner.add_point("lights", (x, 0.0))
        result[name] = planner.summary()
    return result


def test_the_box_and_the_comparison_read_the_summary(summaries):
    box = briefing.scenario_box_text(summaries["Two lights"])
    assert "Facilities: 2 security lights" in box and "Total cost: 2,400,000 KRW" in box
    assert "Km in grades 4-5: 0.03 km → " in box
    rows = briefing.comparison_rows(["One light", "Two lights"], summaries)
    assert [len(row) for row in rows] == [3] * len(rows)
    by_label = {row[0]: row[1:] for row in rows}
    assert by_label["Total cost"] == ["1,200,000 KRW", "2,400,000 KRW"]
    assert by_label["Segments with a better grade"] == [str(summaries[n]["segments_improved"])
                                                         for n in ("One light", "Two lights")]
    assert briefing.facilities_text(summaries["Nothing"]) == "no facility"


def test_the_best_scenario_lowers_the_proxy_most(summaries):
    assert briefing.best_scenario(["One light", "Two lights", "Nothing"], summaries) == "Two lights"


def test_the_facility_list_has_one_row_per_kind_with_unit_cost(summaries):
    rows = briefing.facility_rows(["Two lights", "Nothing"], summaries, briefing.format_won_korean)
    assert rows == [["Two lights", "security lights", "2", "120만 원", "240만 원"]]


def test_validation_and_factors_come_from_the_manifest():
    manifest = {"validation": {
        "grouped_cv": {"scores": {"model": {"at_length_share": {"0.05": {"pai": 9.087}}},
                                  "kernel_density": {"at_length_share": {"0.05": {"pai": 6.1}}},
                                  "last_period_count": None},
                       "importance": {"risk_n": {"roc_auc_drop": 0.17}, "light_n": {"roc_auc_drop": 0.004},
                                      "route": {"roc_auc_drop": 0.0}}},
        "temporal_holdout": None}}
    assert briefing.validation_rows(manifest) == [["Anshim model", "9.09", "n/a"],
                                                  ["Kernel density of past crimes", "6.10", "n/a"],
                                                  ["Last period's crime count", "n/a", "n/a"]]
    factors = briefing.factor_rows(manifest)
    assert [row[2] for row in factors] == ["0.170", "0.004"]  # a factor that adds nothing is left out
    assert factors[1][1] == "more of it never raises risk"


def test_the_texts_go_through_tr():
    seen = []

    def tr(text):  # a translation that keeps the placeholders and marks the text
        seen.append(text)
        return "»" + text
    assert briefing.synthetic_notice(tr).startswith("»The crimes")
    labels = briefing.layout_labels({"title": "t", "organisation": "o", "date": "2026-12-02", "district": "d"},
                                    ["A", "B"], "B", {"synthetic_crimes": True}, {
                                        "segments": "s", "model": "m", "proposals": "p", "crs": "EPSG:5186",
                                        "made": "2026-12-02"}, cctv_hidden=True, tr=tr)
    assert labels["map_after_title"] == "»After: B"
    assert "»SYNTHETIC" in labels["page1_note"] and "»Proposed CCTV sites are counted" in labels["page1_note"]
    assert "Decision sought: which of these {count} scenarios of safety facilities to fund." in seen
