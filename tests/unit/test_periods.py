"""Crime periods: years, quarters and months as count fields, the period names users type, and training on them."""
import numpy as np
import pytest

from anshim.engine.factors.compute import FactorInputs, compute_factors
from anshim.engine.factors.history import HISTORY_FIELDS
from anshim.engine.factors.periods import (counts_by_period, parse_period_field, parse_periods, period_codes,
                                           period_field, select_periods)
from anshim.engine.i18n import TranslatableError
from anshim.engine.model.training import resolve_years, train_safety_model
from anshim.engine.network.geometry import LineArrays
from test_history import grid_district


def test_field_names_say_the_period_and_sort_in_time_order():
    years = np.array([2016, 2016, 2016, 2017, np.nan])
    months = np.array([7, 12, np.nan, 1, 3])
    month_fields = [period_field(code, "month") for code in period_codes(years, months, "month")[:4] if code == code]
    assert month_fields == ["crime_n_201607", "crime_n_201612", "crime_n_201701"]
    quarters = [period_field(code, "quarter") for code in period_codes(years, months, "quarter") if code == code]
    assert quarters == ["crime_n_2016q3", "crime_n_2016q4", "crime_n_2017q1"]
    assert [period_field(code, "year") for code in period_codes(years, None, "year")[:4]] == ["crime_n_2016"] * 3 + [
        "crime_n_2017"]
    assert parse_period_field("crime_n_201607") == ("month", "2016-07")
    assert parse_period_field("crime_n_2016q3") == ("quarter", "2016Q3")
    assert parse_period_field("crime_n_2016") == ("year", 2016)  # a year stays a number, as before periods
    assert parse_period_field("crime_n_201613") is None and parse_period_field("crime_n") is None


def test_compute_factors_counts_per_month_and_gives_history_per_month():
    streets = LineArrays.from_list([[(x, 0.0), (x + 10.0, 0.0)] for x in range(0, 200, 10)])
    crimes = np.array([[15.0, 1.0], [15.0, 1.0], [105.0, 1.0], [105.0, 1.0]])
    inputs = FactorInputs(crimes=crimes, crime_years=np.array([2016, 2016, 2016, 2016]),
                          crime_months=np.array([7, 8, 8, np.nan]), crime_period="month")
    result = compute_factors(streets, inputs)
    assert result.fields["crime_n_201607"][1] == 1 and result.fields["crime_n_201608"][10] == 1
    assert result.fields["crime_n"][10] == 2  # the crime without a month counts in crime_n only
    assert "crime_n_2016" not in result.fields
    # the half-life is in periods: August counts fully and July, a month earlier, weighs 0.5 ** 0.5 as a year did
    assert result.fields["hist_recent"][1] == pytest.approx(1 + 0.5 ** 0.5)
    assert result.fields["hist_recent"][10] == pytest.approx(1.0)
    messages = result.messages()
    assert any("2016-07–2016-08" in message for message in messages)
    assert "1 of 4 crimes have no year and month: they count in crime_n only, in no period's count." in messages


def test_training_takes_the_finest_periods_and_names_them():
    table = {"crime_n_2016": np.ones(3), "crime_n_2016q3": np.ones(3), "crime_n_201607": np.ones(3),
             "crime_n_201608": np.zeros(3), "light_d": np.ones(3)}
    assert list(counts_by_period(table)) == ["2016-07", "2016-08"]
    assert list(counts_by_period({"crime_n_2017": np.ones(2), "crime_n_2016": np.ones(2)})) == [2016, 2017]
    assert resolve_years(["2016-07", "2016-08", "2016-09"]) == (["2016-07", "2016-08"], ["2016-09"])


def test_users_name_years_quarters_months_and_ranges():
    months = ["2016-06", "2016-07", "2016-08", "2016-09", "2016-10", "2017-01"]
    assert select_periods(parse_periods("2016"), months, "TRAIN_YEARS") == months[:5]
    assert select_periods(parse_periods("2016Q3"), months, "TRAIN_YEARS") == ["2016-07", "2016-08", "2016-09"]
    assert select_periods(parse_periods("2016-07 ~ 2016-08, 201610"), months, "TRAIN_YEARS") == [
        "2016-07", "2016-08", "2016-10"]
    assert select_periods(parse_periods("2016-7"), months, "TEST_YEARS") == ["2016-07"]
    assert select_periods(parse_periods(""), months, "TEST_YEARS") is None
    # years behave as before: numbers, and 2016-2017 is a range of years
    assert select_periods(parse_periods("2016-2017"), [2015, 2016, 2017], "TRAIN_YEARS") == [2016, 2017]
    with pytest.raises(TranslatableError, match="TEST_YEARS '2016-07' covers none of the segments' crime periods "
                                                "\\(2016, 2017\\)"):
        select_periods(parse_periods("2016-07"), [2016, 2017], "TEST_YEARS")
    with pytest.raises(TranslatableError, match="TRAIN_YEARS 'July' is not a period"):
        parse_periods("July", "TRAIN_YEARS")


def test_a_monthly_panel_trains_on_every_month_with_earlier_months():
    table, lines, groups, network, midpoints, _ = grid_district(years=("201607", "201608", "201609"))
    names = ["cctv_d", "light_d"] + list(HISTORY_FIELDS)
    result = train_safety_model(table, names, lines.lengths(), midpoints, groups, network=network)
    periods = result.manifest_extra["data"]["periods"]
    assert periods["deployed_model_trained_on"] == ["2016-08", "2016-09"]
    assert periods["holdout_trained_on"] == ["2016-08"] and periods["holdout_tested_on"] == ["2016-09"]
    assert result.manifest_extra["validation"]["temporal_holdout"]["test_years"] == ["2016-09"]
    assert "learned from crimes of 2016-07, 2016-08, 2016-09; predicts the period after the last" in (
        result.report_html)
    assert "<th>Period</th>" in result.report_html and "<th>Year</th>" not in result.report_html
