"""T01: a model whose PAI is at or below 1 (no better than random) was accepted without a word."""
from anshim.engine.i18n import translate_recorded
from anshim.engine.model.validation import RECORDED_TEXTS, no_better_than_random_warnings


def validation(cv_pai, holdout_pai=None):
    def scores(pai):
        return {"scores": {"model": {"at_length_share": {"0.05": {"pai": pai}}}}}
    return {"grouped_cv": scores(cv_pai), "temporal_holdout": scores(holdout_pai) if holdout_pai else None}


def test_a_pai_at_or_below_one_is_a_plain_warning_with_what_to_do():
    [warning] = no_better_than_random_warnings(validation(0.82))  # the report's T01 case: 0.82 accepted silently
    assert warning.startswith("The model is no better than random in the cross-validation by street: PAI 0.82")
    assert "do not base decisions on these grades" in warning
    assert len(no_better_than_random_warnings(validation(1.0, 0.5))) == 2  # exactly random counts too


def test_a_model_better_than_random_or_without_a_pai_gets_no_warning():
    assert no_better_than_random_warnings(validation(3.4, 2.1)) == []
    assert no_better_than_random_warnings({"grouped_cv": {"scores": {"model": None}}}) == []
    assert no_better_than_random_warnings(validation(None)) == []


def test_the_recorded_warning_is_translated_where_it_is_read():
    [warning] = no_better_than_random_warnings(validation(0.82))
    back = translate_recorded(warning, RECORDED_TEXTS, lambda text: "«" + text + "»")
    assert back.startswith("«The model is no better than random") and "0.82" in back
