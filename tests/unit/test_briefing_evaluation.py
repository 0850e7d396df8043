"""The words and table of the briefing's page "Did last year's facilities work?" (engine side)."""
from anshim.engine.planning.briefing_evaluation import (evaluated_groups, format_percent, group_sentence, missing_fields,
                                                        page_text, table_rows)

ROWS = [
    {"group": "2024 plan · cctv", "scenario": "2024 plan", "kind": "cctv", "facilities": 80, "rate_ratio": 0.70,
     "rr_low": 0.55, "rr_high": 0.89, "predicted_change_pct": -13.4, "realised_change_pct": -30.0},
    {"group": "2024 plan · light", "scenario": "2024 plan", "kind": "light", "facilities": 40, "rate_ratio": 1.09,
     "rr_low": 0.53, "rr_high": 2.21, "predicted_change_pct": None, "realised_change_pct": 9.0},
    {"group": "old · bell", "scenario": "old", "kind": "bell", "facilities": 3, "rate_ratio": None, "rr_low": None,
     "rr_high": None, "predicted_change_pct": -5.0, "realised_change_pct": None},
    {"group": "x · guardhouse", "scenario": "x", "kind": "guardhouse", "facilities": 2, "rate_ratio": 1.5,
     "rr_low": 1.1, "rr_high": 2.0, "predicted_change_pct": -2.0, "realised_change_pct": 50.0},
]


def test_verdicts_follow_the_interval_and_too_few_crimes_give_no_figure():
    groups = evaluated_groups(ROWS)
    assert [group.verdict for group in groups] == ["fell", "unclear", "not_enough", "rose"]
    headers, rows, fractions = table_rows(groups)
    assert len(headers) == len(fractions) == 6 and abs(sum(fractions) - 1.0) < 1e-9
    assert rows[0] == ["2024 plan: CCTV", "80", "0.70 (0.55–0.89)", "−30%", "−13%", "Crime fell"]
    assert rows[1][2:] == ["1.09 (0.53–2.21)", "+9%", "—", "No clear change"]
    assert rows[2][2:] == ["—", "—", "−5%", "Too few crimes to tell"]
    assert rows[3][-1] == "Crime rose"


def test_each_group_reads_as_a_sentence_with_its_interval_in_plain_words():
    fell, unclear, too_few, rose = (group_sentence(group) for group in evaluated_groups(ROWS))
    assert fell == ("2024 plan: CCTV (80): crime fell by about 30% against comparable streets (95% interval: 11% to "
                    "45% fewer). The plan had predicted −13%.")
    assert "no clear change" in unclear and "from −47% to +121%" in unclear and "predicted" not in unclear
    assert "too few crimes" in too_few
    assert "crime rose by about 50%" in rose and "10% to 100% more" in rose
    assert page_text(evaluated_groups(ROWS)).count("•") == 4


def test_a_table_without_the_evaluation_fields_is_named():
    assert missing_fields(["group", "scenario", "kind", "facilities"]) == [
        "rate_ratio", "rr_low", "rr_high", "predicted_change_pct", "realised_change_pct"]
    assert format_percent(None) == "—" and format_percent(0.2) == "0%"


def test_a_no_clear_change_says_the_smallest_fall_it_could_have_told():
    with_field = [dict(row, detectable_fall_pct=value) for row, value in zip(ROWS, (30.2, 45.4, None, 50.0))]
    fell, unclear, too_few, rose = (group_sentence(group) for group in evaluated_groups(with_field))
    assert unclear.endswith("including no change. It could only have told a fall of 45% or more.")
    assert "could only" not in fell + too_few + rose


def test_an_older_table_without_the_field_still_reads_the_fall_from_its_interval():
    # ln(2.21 / 0.53) / (2 × 1.96) = 0.364 on the log scale: 1 − exp(−2.80 × 0.364) = 64 %
    unclear = evaluated_groups(ROWS)[1]
    assert round(unclear.detectable_fall_pct) == 64
    assert "could only have told a fall of 64% or more" in group_sentence(unclear)
    assert evaluated_groups(ROWS)[2].detectable_fall_pct is None
    cleared = evaluated_groups([dict(ROWS[1], detectable_fall_pct=None)])[0]  # the field, empty: nothing claimed
    assert cleared.detectable_fall_pct is None and "could only" not in group_sentence(cleared)
