"""The model card: one self-contained HTML page a council officer can read before trusting the grades.

It is built only from the manifest that is saved with the model (see :mod:`engine.model.training`), so a card can be
re-made from any saved model. Every piece of text from the manifest is escaped: factor names come from layer
names the user typed. The texts are English unless ``translators`` (context -> ``tr``, e.g.
``qgis_io.i18n.translator``) is given: the card's own texts are in this module's ``TR_CONTEXT``, the factor
descriptions in :mod:`engine.factors.fields`' and the recorded notes and warnings in :mod:`.validation`'s.
"""
from html import escape

from ..factors.fields import FLAG_FACTORS, TR_CONTEXT as FIELDS_CONTEXT, factor_for
from ..i18n import tr_noop, translate_recorded, untranslated
from .bootstrap import BOOTSTRAP_REPEATS
from .validation import (KERNEL_DENSITY, LAST_PERIOD, MODEL, NETWORK_KERNEL, RECORDED_TEXTS,
                         TR_CONTEXT as VALIDATION_CONTEXT)

TR_CONTEXT = "ModelCard"

RANKING_LABELS = {
    MODEL: tr_noop("Anshim model"),
    KERNEL_DENSITY: tr_noop("Kernel density of past crimes (baseline)"),
    LAST_PERIOD: tr_noop("Last period's crime count (baseline)"),
    NETWORK_KERNEL: tr_noop("Network kernel density of past crimes, along the streets (baseline)"),
}
GRADE_WORDS = {"1": tr_noop("safest"), "2": tr_noop("safer"), "3": tr_noop("middle"), "4": tr_noop("less safe"),
               "5": tr_noop("least safe")}
CONSTRAINT_WORDS = {
    -1: tr_noop("constrained: more of it never raises risk"),
    +1: tr_noop("constrained: farther away never lowers risk"),
    0: tr_noop("learned freely from the data"),
}
FLAG_CONSTRAINT = tr_noop("constrained: having it never raises risk")  # a 0/1 factor such as route

STYLE = """
body { font-family: sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.4; }
table { border-collapse: collapse; margin: 0.5em 0 1em; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.6em; text-align: right; }
th:first-child, td:first-child { text-align: left; }
th { background: #eee; }
.synthetic { background: #fde2e1; border: 2px solid #c0392b; padding: 0.6em 1em; font-weight: bold; }
.note { color: #555; font-size: 0.92em; }
"""

def _number(value, digits=2, tr=untranslated):
    return tr("n/a") if value is None else f"{value:.{digits}f}"


def _percent(value, digits=1, tr=untranslated):
    return tr("n/a") if value is None else tr("{percent} %").format(percent=f"{100 * value:.{digits}f}")


def _count(value, missing):
    return f"{value:,}" if isinstance(value, int) else (missing if value is None else value)


def _years(years):
    return ", ".join(str(year) for year in years)


def _paragraph(text, css_class=None):
    class_attribute = f' class="{css_class}"' if css_class else ""
    return f"<p{class_attribute}>{escape(text)}</p>"


def _table(header, rows):
    head = "".join(f"<th>{escape(str(cell))}</th>" for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(cell))}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _purpose_section(tr):
    return ("<h2>" + escape(tr("What this model is for")) + "</h2>" + _paragraph(tr(
        "It grades every ~10 m street segment from 1 to 5 by how likely a crime is there, judged from the street's "
        "surroundings: cameras, lights, emergency bells, guard houses, police boxes, safe-return routes, night-time "
        "population and street structure. The grades help choose where to put safety facilities and safe-return "
        "routes first. They rank streets relative to each other in this network; they are not a crime forecast "
        "for any one person or night.")))


def _data_section(manifest, tr):
    data = manifest.get("data", {})
    parts = ["<h2>" + escape(tr("Data")) + "</h2>"]
    if manifest.get("synthetic_crimes"):
        parts.append(_paragraph(tr("SYNTHETIC crimes: the crime points behind this model were generated for "
                                   "demonstration, not recorded by the police. Its grades and metrics show how the "
                                   "method works and say nothing about real safety."), "synthetic"))
    train_years, test_years = data.get("train_years"), data.get("test_years")
    periods = data.get("periods") or {}
    if periods.get("history_from"):  # crime history: the saved model learned every period (see Periods)
        period = tr("learned from crimes of {years}; predicts the period after the last").format(
            years=_years(periods["history_from"]))
    elif not train_years:
        period = tr("crime counts without dates (no temporal test possible)")
    elif test_years:
        period = tr("trained on crimes of {train_years}, tested on {test_years}").format(
            train_years=_years(train_years), test_years=_years(test_years))
    else:
        period = tr("trained on crimes of {train_years}").format(train_years=_years(train_years))
    missing = tr("n/a")
    parts.append(_table(["", tr("Value")], [
        [tr("Street segments"), _count(data.get("segments"), missing)],
        [tr("Streets"), _count(data.get("streets"), missing)],
        [tr("Network length"), tr("{km} km").format(km=_number(data.get("network_km"), 1, tr))],
        [tr("Period"), period],
        [tr("Crimes, all years"), _count(data.get("crimes_total"), missing)],
        [tr("Crimes in the training period"), _count(data.get("training_crimes"), missing)],
        [tr("Segments with a crime in the training period"),
         _percent(data.get("share_of_segments_with_crime"), tr=tr)],
    ]))
    if data.get("crimes_per_year"):  # per year, or per quarter or month (2016Q3, 2016-07)
        yearly = all(str(period).isdigit() for period in data["crimes_per_year"])
        parts.append(_table([tr("Year") if yearly else tr("Period"), tr("Crimes")],
                            [[year, _count(count, missing)] for year, count in sorted(data["crimes_per_year"].items())]))
    return "".join(parts)


def _method_section(manifest, tr):
    cv = manifest.get("validation", {}).get("grouped_cv") or {}
    training = manifest.get("training") or {}
    return ("<h2>" + escape(tr("Method")) + "</h2>" + _paragraph(tr(
        "A gradient-boosting classifier learns, for each segment, the chance that a crime happened on it in the "
        "training period. Monotonic constraints force protective facilities to act in the safe direction: an "
        "added light, camera, bell, guard house or safe-return route never raises a segment's predicted risk. "
        "The chances are calibrated with a logistic curve fitted to out-of-fold scores (Platt scaling). Grades cut "
        "the ranked network by length shares weighted to the top, because crime concentrates on few segments."))
        + _size_paragraph(training, tr) + _sample_paragraph(training, tr)
        + _paragraph(tr("Validation: neighbouring 10 m pieces of one street are near-duplicates, so the model was "
                        "cross-validated with each whole street held out together ({folds} folds over {streets} "
                        "streets); where crime dates exist it was also trained on earlier years and tested on a "
                        "later one. It is always compared with two simple baselines: kernel density of known past "
                        "crimes and last period's crime count on each segment.").format(
                            folds=cv.get("folds", tr("n/a")), streets=_count(cv.get("streets"), tr("n/a")))))


def _size_paragraph(training, tr):
    grown = training.get("trees_grown_per_fold")
    if not isinstance(grown, list) or not grown:
        return ""
    booster = training.get("booster") or {}
    return _paragraph(tr(
        "Size, chosen by the same cross-validation with early stopping: each fold's booster grew trees until "
        "{patience} in a row lowered its held-out loss no further ({fewest}–{most} trees per fold); the final "
        "model keeps the {trees} trees (depth ≤ {depth}, learning rate {rate}) with the lowest held-out loss over "
        "all folds, and its calibration curve is fitted to all folds' held-out scores. The scores of each held-out "
        "fold below come from that fold's booster with the number of trees and the calibration chosen on the other "
        "folds, so no fold's own crimes chose how it is scored.").format(
            patience=training.get("early_stopping_patience", tr("n/a")), fewest=min(grown), most=max(grown),
            trees=training.get("trees", tr("n/a")), depth=booster.get("max_depth", tr("n/a")),
            rate=booster.get("learning_rate", tr("n/a")))) + _refit_paragraph(training, tr)


def _refit_paragraph(training, tr):
    """With crime history over three periods or more: the saved model took its size from the validated one."""
    validated = training.get("size_and_calibration_from")
    if not validated:
        return ""
    return _paragraph(tr(
        "That cross-validation was of the model learned on the training periods ({validated:,} rows). The model "
        "saved in this file was then fitted on every period ({rows:,} rows) with the same number of trees and the "
        "same calibration curve, and not cross-validated again.").format(validated=validated["segments"],
                                                                         rows=training.get("segments", 0)))


def _sample_paragraph(training, tr):
    rows = training.get("rows_learned_from") or {}
    if not rows:
        return ""
    if rows["crime_free"] >= rows["crime_free_available"]:
        return _paragraph(tr("The trees learned from every segment: {with_crime:,} with a crime in the training "
                             "period and {crime_free:,} without.").format(with_crime=rows["with_crime"],
                                                                          crime_free=rows["crime_free"]))
    return _paragraph(tr(
        "Case-control sampling: the trees learned from all {with_crime:,} segments with a crime and a random "
        "{crime_free:,} of the {available:,} crime-free segments ({per_case} per crime segment), which makes "
        "training several times faster on a city. The two classes are weighted to balance either way, so the "
        "sample does not change what the trees aim at, and the calibration curve is fitted to every held-out "
        "segment, so it does not change the scale of risk.").format(
            with_crime=rows["with_crime"], crime_free=rows["crime_free"], available=rows["crime_free_available"],
            per_case=rows["controls_per_case"]))


def _metrics_table(validation, shares, tr):
    header = [tr("Ranking"), "ROC-AUC", "PR-AUC"] + [
        f"{measure} @ {_percent(float(share), 0, tr)}" for share in shares for measure in ("PAI", tr("hit rate"))]
    rows = []
    for name, label in RANKING_LABELS.items():
        scores = validation["scores"].get(name)
        if scores is None:
            rows.append([tr(label)] + [tr("not available")] * (len(header) - 1))
            continue
        at_share, ranges = scores["at_length_share"], scores.get("ranges") or {}
        pai_ranges = ranges.get("pai") or {}
        rows.append([tr(label), _with_range(scores["roc_auc"], ranges.get("roc_auc"), 3, tr),
                     _number(scores["pr_auc"], 3, tr)] + [
            text for share in shares
            for text in (_with_range(at_share[share]["pai"], pai_ranges.get(share), 1, tr),
                         _percent(at_share[share]["hit_rate"], tr=tr))])
    return _table(header, rows)


def _with_range(value, bounds, digits, tr):
    """``16.8 (16.4–17.3)``: a value and its bootstrap 95 % range, when there is one."""
    if value is None or not bounds or None in bounds:
        return _number(value, digits, tr)
    return f"{value:.{digits}f} ({bounds[0]:.{digits}f}–{bounds[1]:.{digits}f})"


def _periods_section(manifest, tr, recorded_tr):
    """Which periods trained the deployed model, gave its history, and were held out (issue 22)."""
    periods = (manifest.get("data") or {}).get("periods")
    notes = manifest.get("notes") or []
    if not periods and not notes:
        return ""
    rows = []
    if periods:
        labels = (("deployed_model_trained_on", tr("The model saved in this file learned from")),
                  ("history_from", tr("Crime history (hist_* factors) at grading comes from")),
                  ("holdout_trained_on", tr("The temporal hold-out's model learned from")),
                  ("holdout_tested_on", tr("…and was tested on")))
        rows = [[label, _years(periods[key]) if periods.get(key) else tr("none")] for key, label in labels]
        if periods.get("cross_validation_trained_on"):  # the hold-out's model was cross-validated, not the saved one
            rows.insert(2, [tr("The cross-validated model (whole streets held out) learned from"),
                            _years(periods["cross_validation_trained_on"])])
    rows += _history_choice_rows(manifest, tr)
    text = (tr("The model that grades the streets is fitted on every period; validation holds periods out but the "
               "saved model does not. With crime history it learns each period from the periods before it, and "
               "grades with the history up to the latest period: it predicts the period after the last.")
            if periods_with_history(manifest) else
            tr("Without crime history the saved model learned from the training periods; the last period was held "
               "out to test it."))
    return ("<h2>" + escape(tr("Periods")) + "</h2>" + _paragraph(text)
            + (_table([tr("Use"), tr("Periods")], rows) if rows else "")
            + "".join(_paragraph(recorded_tr(note), "note") for note in notes))


def _history_choice_rows(manifest, tr):
    """The comparison that kept or left out crime history (:mod:`.history_choice`), as a table row."""
    choice = manifest.get("history_choice")
    if not choice:
        return []
    low, high = choice["difference_range"]
    verdict = tr("kept") if choice["kept"] else tr("left out")
    return [[tr("Crime history, tested against the other factors alone on {period}").format(period=choice["period"]),
             tr("{verdict}: PAI at 5 % of length {with_history} with history, {without} without (difference, "
                "95 % range: {low} to {high})").format(
                 verdict=verdict, with_history=_number(choice["pai_with_history"], tr=tr),
                 without=_number(choice["pai_without"], tr=tr), low=f"{low:+.2f}", high=f"{high:+.2f}")]]


def periods_with_history(manifest):
    """How many periods the crime history of the model comes from (0 without history)."""
    return len(((manifest.get("data") or {}).get("periods") or {}).get("history_from") or [])


def _validation_section(manifest, tr, recorded_tr):
    validation = manifest.get("validation", {})
    parts = ["<h2>" + escape(tr("How well it finds crime")) + "</h2>", _paragraph(tr(
        "PAI (Predictive Accuracy Index) = share of crimes on the flagged segments ÷ share of network length "
        "flagged; the hit rate is the share of crimes captured. Both are given for the riskiest 1 %, 5 % and 10 % "
        "of street length; a PAI of 1 is no better than picking streets at random. ROC-AUC is 0.5 for a random "
        "ranking; PR-AUC for a random ranking equals the share of segments with a crime."))]
    titles = {"grouped_cv": tr("Cross-validation, whole streets held out"),
              "temporal_holdout": tr("Later period held out")}
    for key, title in titles.items():
        result = validation.get(key)
        parts.append(f"<h3>{escape(title)}</h3>")
        if not result:
            parts.append(_paragraph(tr("Not run: with crime history a later period can be held out only from three "
                                       "periods on.") if periods_with_history(manifest) == 2 else
                                    tr("Not run: the crimes have no years, or only one."), "note"))
            continue
        if key == "temporal_holdout":
            parts.append(_paragraph(tr("Trained on {train_years}, tested on {test_years}: {crimes} crimes in the "
                                       "test period.").format(train_years=_years(result["train_years"]),
                                                              test_years=_years(result["test_years"]),
                                                              crimes=_count(result["target_crimes"], tr("n/a"))), "note"))
        shares = sorted(result["scores"][MODEL]["at_length_share"], key=float)
        parts.append(_metrics_table(result, shares, tr))
        if result.get("network_kde_bandwidth_m"):
            parts.append(_paragraph(tr(
                "In brackets: 95 % range over {repeats} bootstrap draws of the test crimes. The network kernel density "
                "spreads past crimes along the streets with a bandwidth of {bandwidth} m, the one that best predicted "
                "the last training period from the ones before.").format(
                    repeats=BOOTSTRAP_REPEATS, bandwidth=f"{result['network_kde_bandwidth_m']:g}"), "note"))
        parts.extend(_paragraph(recorded_tr(note), "note") for note in result.get("notes", []))
    return "".join(parts)


def _importance_section(manifest, tr, fields_tr):
    cv = manifest.get("validation", {}).get("grouped_cv") or {}
    importance = cv.get("importance") or {}
    if not importance:
        return ""
    ranked = sorted(importance.items(), key=lambda item: -(item[1]["roc_auc_drop"] or 0.0))
    settings = manifest.get("factor_settings")
    rows = [[name, factor_for(name).describe(fields_tr, settings),
             tr(FLAG_CONSTRAINT if name in FLAG_FACTORS and factor_for(name).safety_direction < 0
                else CONSTRAINT_WORDS[factor_for(name).safety_direction]),
             f"{_number(values['roc_auc_drop'], 3, tr)} ± {_number(values['roc_auc_drop_sd'], 3, tr)}"]
            for name, values in ranked]
    sampled = cv.get("importance_segments", cv.get("segments"))
    sample_text = (" " + tr("Measured on a random {sampled:,} of the {segments:,} segments, which is enough to "
                            "rank the factors and keeps the shuffles from costing more than the training.").format(
        sampled=sampled, segments=cv["segments"])
        if sampled is not None and cv.get("segments") and sampled < cv["segments"] else "")
    return ("<h2>" + escape(tr("Which factors matter")) + "</h2>"
            + _paragraph(tr("Drop in cross-validated ROC-AUC when the factor's values are shuffled among held-out "
                            "segments (mean ± spread over repeats). A larger drop means the model leans on it more; "
                            "near zero means it adds little beyond the other factors.") + sample_text)
            + _table([tr("Factor"), tr("What it measures"), tr("Direction"), tr("ROC-AUC drop")], rows))


def _grades_section(manifest, tr):
    grades = manifest.get("grades")
    if not grades:
        return ""
    risk_bounds = [0.0] + list(grades["thresholds"]) + [1.0]
    rows = [[tr("{grade} = {words}").format(grade=grade, words=tr(GRADE_WORDS[grade])),
             tr("{low} – {high}").format(low=_number(risk_bounds[i], 3, tr),
                                         high=_number(risk_bounds[i + 1], 3, tr)),
             _percent(grades["target_length_share"].get(grade), tr=tr),
             _percent(grades["length_share"].get(grade), tr=tr)]
            for i, grade in enumerate(GRADE_WORDS)]
    return ("<h2>" + escape(tr("Grades")) + "</h2>"
            + _paragraph(tr("Grade 1 = safest, grade 5 = least safe (the direction of the national regional safety "
                            "index). Grades are cut by share of network length, most length in the safest grades, "
                            "because crime concentrates on a few segments."))
            + _table([tr("Grade"), tr("Predicted risk"), tr("Target share of length"), tr("Share of length")], rows))


def _settings_section(manifest, tr):
    settings = manifest.get("factor_settings") or {}
    rows = [[name, value] for name, value in sorted(settings.items())] + [["seed", manifest.get("seed", tr("n/a"))]]
    return "<h2>" + escape(tr("Settings")) + "</h2>" + _table([tr("Setting"), tr("Value")], rows)


def _warnings_section(manifest, tr, recorded_tr):
    warnings = manifest.get("warnings") or []
    if not warnings:
        return ""
    return ("<h2>" + escape(tr("Warnings")) + "</h2><ul>"
            + "".join(f"<li>{escape(recorded_tr(text))}</li>" for text in warnings) + "</ul>")


def _limits_section(manifest, tr):
    limits = [
        tr("Observational data: cameras and lights are put where crime already is, so in the raw data they go with "
           "more crime. The model therefore does not learn their effect freely: it is constrained so that more "
           "protection never raises risk, and how much it lowers risk is not a measured causal effect."),
        tr("Displacement and diffusion of crime are not modelled: a new light may push crime to the next street, or "
           "protect it too; the grades do not show either."),
        tr("Grades compare segments within this network and period; they do not carry over to another district."),
        tr("CCTV sites are sensitive: public outputs show camera counts aggregated to segments, never camera points."),
    ]
    if any(name.startswith("hist_") for name in manifest.get("factor_names", [])):
        limits.append(tr(
            "Crime history factors follow where crime was recorded, which is not always where it happened: police.uk, "
            "for one, moves every crime to the nearest of a fixed set of map points. They also make the grades "
            "persistent: a street stays in a high grade for a period after crime there stops."))
    if manifest.get("synthetic_crimes"):
        limits.insert(0, tr("The crimes are SYNTHETIC: nothing here describes real safety."))
    return ("<h2>" + escape(tr("Limits")) + "</h2><ul>" + "".join(f"<li>{escape(text)}</li>" for text in limits)
            + "</ul>")


def model_card_html(manifest, translators=None):
    """The model card for ``manifest`` as a complete HTML page with inline style and no external assets, in the
    language of ``translators`` (context -> ``tr``; None: English)."""
    def tr_of(context):
        return translators(context) if translators else untranslated
    tr, fields_tr, validation_tr = tr_of(TR_CONTEXT), tr_of(FIELDS_CONTEXT), tr_of(VALIDATION_CONTEXT)

    def recorded_tr(text):
        return translate_recorded(text, RECORDED_TEXTS, validation_tr)
    if manifest.get("crime_areas"):  # trained from crime counts per area (issue 26)
        from .area_card import TR_CONTEXT as AREA_CARD_CONTEXT, area_sections
        about_data = area_sections(manifest, tr_of(AREA_CARD_CONTEXT))
    else:
        about_data = [_data_section(manifest, tr), _periods_section(manifest, tr, recorded_tr),
                      _method_section(manifest, tr), _validation_section(manifest, tr, recorded_tr)]
    sections = [_purpose_section(tr), *about_data, _importance_section(manifest, tr, fields_tr),
                _grades_section(manifest, tr), _settings_section(manifest, tr),
                _warnings_section(manifest, tr, recorded_tr), _limits_section(manifest, tr)]
    title = escape(tr("Anshim street safety model card"))
    # the page's language code is itself a translated text, so the page says what it is written in
    return (f"<!DOCTYPE html><html lang=\"{escape(tr('en'))}\"><head><meta charset=\"utf-8\">"
            f"<title>{title}</title>"
            f"<style>{STYLE}</style></head><body><h1>{title}</h1>"
            + "".join(sections) + "</body></html>")
