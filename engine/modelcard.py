"""The model card: one self-contained HTML page a council officer can read before trusting the grades.

It is built only from the manifest that is saved with the model (see :mod:`engine.training`), so a card can be
re-made from any saved model. Every piece of text from the manifest is escaped: factor names come from layer
names the user typed.
"""
from html import escape

from .fields import factor_for
from .validation import KERNEL_DENSITY, LAST_PERIOD, MODEL

RANKING_LABELS = {
    MODEL: "Anshim model",
    KERNEL_DENSITY: "Kernel density of past crimes (baseline)",
    LAST_PERIOD: "Last period's crime count (baseline)",
}
GRADE_WORDS = {"1": "safest", "2": "safer", "3": "middle", "4": "less safe", "5": "least safe"}
CONSTRAINT_WORDS = {
    -1: "constrained: more of it never raises risk",
    +1: "constrained: farther away never lowers risk",
    0: "learned freely from the data",
}

STYLE = """
body { font-family: sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.4; }
table { border-collapse: collapse; margin: 0.5em 0 1em; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.6em; text-align: right; }
th:first-child, td:first-child { text-align: left; }
th { background: #eee; }
.synthetic { background: #fde2e1; border: 2px solid #c0392b; padding: 0.6em 1em; font-weight: bold; }
.note { color: #555; font-size: 0.92em; }
"""


def _number(value, digits=2):
    return "n/a" if value is None else f"{value:.{digits}f}"


def _percent(value, digits=1):
    return "n/a" if value is None else f"{100 * value:.{digits}f} %"


def _years(years):
    return ", ".join(str(year) for year in years)


def _paragraph(text, css_class=None):
    class_attribute = f' class="{css_class}"' if css_class else ""
    return f"<p{class_attribute}>{escape(text)}</p>"


def _table(header, rows):
    head = "".join(f"<th>{escape(str(cell))}</th>" for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(cell))}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _purpose_section():
    return ("<h2>What this model is for</h2>" + _paragraph(
        "It grades every ~10 m street segment from 1 to 5 by how likely a crime is there, judged from the street's "
        "surroundings: cameras, lights, emergency bells, guard houses, police boxes, safe-return routes, night-time "
        "population and street structure. The grades help choose where to put safety facilities and safe-return "
        "routes first. They rank streets relative to each other in this network; they are not a crime forecast "
        "for any one person or night."))


def _data_section(manifest):
    data = manifest.get("data", {})
    parts = ["<h2>Data</h2>"]
    if manifest.get("synthetic_crimes"):
        parts.append(_paragraph("SYNTHETIC crimes: the crime points behind this model were generated for "
                                "demonstration, not recorded by the police. Its grades and metrics show how the "
                                "method works and say nothing about real safety.", "synthetic"))
    train_years, test_years = data.get("train_years"), data.get("test_years")
    period = (f"trained on crimes of {_years(train_years)}"
              + (f", tested on {_years(test_years)}" if test_years else "")
              if train_years else "crime counts without dates (no temporal test possible)")
    parts.append(_table(["", "Value"], [
        ["Street segments", data.get("segments", "n/a")],
        ["Streets", data.get("streets", "n/a")],
        ["Network length", f"{_number(data.get('network_km'), 1)} km"],
        ["Period", period],
        ["Crimes, all years", data.get("crimes_total", "n/a")],
        ["Crimes in the training period", data.get("training_crimes", "n/a")],
        ["Segments with a crime in the training period", _percent(data.get("share_of_segments_with_crime"))],
    ]))
    if data.get("crimes_per_year"):
        parts.append(_table(["Year", "Crimes"], sorted(data["crimes_per_year"].items())))
    return "".join(parts)


def _method_section(manifest):
    cv = manifest.get("validation", {}).get("grouped_cv") or {}
    training = manifest.get("training") or {}
    return ("<h2>Method</h2>" + _paragraph(
        "A gradient-boosting classifier learns, for each segment, the chance that a crime happened on it in the "
        "training period. Monotonic constraints force protective facilities to act in the safe direction: an "
        "added light, camera, bell, guard house or safe-return route never raises a segment's predicted risk. "
        "The chances are calibrated with a logistic curve fitted to out-of-fold scores (Platt scaling). Grades "
        "cut the ranked network by length shares weighted to the top, because crime concentrates on few segments.")
        + _size_paragraph(training) + _sample_paragraph(training)
        + _paragraph(f"Validation: neighbouring 10 m pieces of one street are near-duplicates, so the model was "
                     f"cross-validated with each whole street held out together ({cv.get('folds', 'n/a')} folds "
                     f"over {cv.get('streets', 'n/a')} streets); where crime dates exist it was also trained on "
                     f"earlier years and tested on a later one. It is always compared with two simple baselines: "
                     f"kernel density of known past crimes and last period's crime count on each segment."))


def _size_paragraph(training):
    grown = training.get("trees_grown_per_fold")
    if not isinstance(grown, list) or not grown:
        return ""
    booster = training.get("booster") or {}
    return _paragraph(
        f"Size, chosen by the same cross-validation with early stopping: each fold's booster grew trees until "
        f"{training.get('early_stopping_patience', 'n/a')} in a row lowered its held-out loss no further "
        f"({min(grown)}–{max(grown)} trees per fold); the final model keeps the {training.get('trees', 'n/a')} trees "
        f"(depth ≤ {booster.get('max_depth', 'n/a')}, learning rate {booster.get('learning_rate', 'n/a')}) with "
        f"the lowest held-out loss over all folds, and its calibration curve is fitted to all folds' held-out "
        f"scores. The scores of each held-out fold below come from that fold's booster with the number of trees "
        f"and the calibration chosen on the other folds, so no fold's own crimes chose how it is scored.")


def _sample_paragraph(training):
    rows = training.get("rows_learned_from") or {}
    if not rows:
        return ""
    if rows["crime_free"] >= rows["crime_free_available"]:
        return _paragraph(f"The trees learned from every segment: {rows['with_crime']:,} with a crime in the "
                          f"training period and {rows['crime_free']:,} without.")
    return _paragraph(
        f"Case-control sampling: the trees learned from all {rows['with_crime']:,} segments with a crime and a "
        f"random {rows['crime_free']:,} of the {rows['crime_free_available']:,} crime-free segments "
        f"({rows['controls_per_case']} per crime segment), which makes training several times faster on a city. The "
        f"two classes are weighted to balance either way, so the sample does not change what the trees aim at, and "
        f"the calibration curve is fitted to every held-out segment, so it does not change the scale of risk.")


def _metrics_table(validation, shares):
    header = ["Ranking", "ROC-AUC", "PR-AUC"] + [
        f"{measure} @ {_percent(float(share), 0)}" for share in shares for measure in ("PAI", "hit rate")]
    rows = []
    for name, label in RANKING_LABELS.items():
        scores = validation["scores"].get(name)
        if scores is None:
            rows.append([label] + ["not available"] * (len(header) - 1))
            continue
        at_share = scores["at_length_share"]
        rows.append([label, _number(scores["roc_auc"], 3), _number(scores["pr_auc"], 3)] + [
            text for share in shares
            for text in (_number(at_share[share]["pai"], 1), _percent(at_share[share]["hit_rate"]))])
    return _table(header, rows)


def _validation_section(manifest):
    validation = manifest.get("validation", {})
    parts = ["<h2>How well it finds crime</h2>", _paragraph(
        "PAI (Predictive Accuracy Index) = share of crimes on the flagged segments ÷ share of network length "
        "flagged; the hit rate is the share of crimes captured. Both are given for the riskiest 1 %, 5 % and 10 % "
        "of street length; a PAI of 1 is no better than picking streets at random. ROC-AUC is 0.5 for a random "
        "ranking; PR-AUC for a random ranking equals the share of segments with a crime.")]
    titles = {"grouped_cv": "Cross-validation, whole streets held out",
              "temporal_holdout": "Later period held out"}
    for key, title in titles.items():
        result = validation.get(key)
        parts.append(f"<h3>{escape(title)}</h3>")
        if not result:
            parts.append(_paragraph("Not run: the crimes have no years, or only one.", "note"))
            continue
        if key == "temporal_holdout":
            parts.append(_paragraph(f"Trained on {_years(result['train_years'])}, tested on "
                                    f"{_years(result['test_years'])}: {result['target_crimes']} crimes in the "
                                    f"test period.", "note"))
        shares = sorted(result["scores"][MODEL]["at_length_share"], key=float)
        parts.append(_metrics_table(result, shares))
        parts.extend(_paragraph(note, "note") for note in result.get("notes", []))
    return "".join(parts)


def _importance_section(manifest):
    cv = manifest.get("validation", {}).get("grouped_cv") or {}
    importance = cv.get("importance") or {}
    if not importance:
        return ""
    ranked = sorted(importance.items(), key=lambda item: -(item[1]["roc_auc_drop"] or 0.0))
    rows = [[name, factor_for(name).description, CONSTRAINT_WORDS.get(factor_for(name).safety_direction, ""),
             f"{_number(values['roc_auc_drop'], 3)} ± {_number(values['roc_auc_drop_sd'], 3)}"]
            for name, values in ranked]
    sampled = cv.get("importance_segments", cv.get("segments"))
    sample_text = (f" Measured on a random {sampled:,} of the {cv['segments']:,} segments, which is enough to rank "
                   f"the factors and keeps the shuffles from costing more than the training."
                   if sampled is not None and cv.get("segments") and sampled < cv["segments"] else "")
    return ("<h2>Which factors matter</h2>"
            + _paragraph("Drop in cross-validated ROC-AUC when the factor's values are shuffled among held-out "
                         "segments (mean ± spread over repeats). A larger drop means the model leans on it more; "
                         "near zero means it adds little beyond the other factors." + sample_text)
            + _table(["Factor", "What it measures", "Direction", "ROC-AUC drop"], rows))


def _grades_section(manifest):
    grades = manifest.get("grades")
    if not grades:
        return ""
    risk_bounds = [0.0] + list(grades["thresholds"]) + [1.0]
    rows = [[f"{grade} = {GRADE_WORDS[grade]}", f"{_number(risk_bounds[i], 3)} – {_number(risk_bounds[i + 1], 3)}",
             _percent(grades["target_length_share"].get(grade)), _percent(grades["length_share"].get(grade))]
            for i, grade in enumerate(GRADE_WORDS)]
    return ("<h2>Grades</h2>"
            + _paragraph("Grade 1 = safest, grade 5 = least safe (the direction of the national regional safety "
                         "index). Grades are cut by share of network length, most length in the safest grades, "
                         "because crime concentrates on a few segments.")
            + _table(["Grade", "Predicted risk", "Target share of length", "Share of length"], rows))


def _settings_section(manifest):
    settings = manifest.get("factor_settings") or {}
    rows = [[name, value] for name, value in sorted(settings.items())] + [["seed", manifest.get("seed", "n/a")]]
    return "<h2>Settings</h2>" + _table(["Setting", "Value"], rows)


def _warnings_section(manifest):
    warnings = manifest.get("warnings") or []
    if not warnings:
        return ""
    return "<h2>Warnings</h2><ul>" + "".join(f"<li>{escape(text)}</li>" for text in warnings) + "</ul>"


def _limits_section(manifest):
    limits = [
        "Observational data: cameras and lights are put where crime already is, so in the raw data they go with "
        "more crime. The model therefore does not learn their effect freely: it is constrained so that more "
        "protection never raises risk, and how much it lowers risk is not a measured causal effect.",
        "Displacement and diffusion of crime are not modelled: a new light may push crime to the next street, or "
        "protect it too; the grades do not show either.",
        "Grades compare segments within this network and period; they do not carry over to another district.",
        "CCTV sites are sensitive: public outputs show camera counts aggregated to segments, never camera points.",
    ]
    if manifest.get("synthetic_crimes"):
        limits.insert(0, "The crimes are SYNTHETIC: nothing here describes real safety.")
    return "<h2>Limits</h2><ul>" + "".join(f"<li>{escape(text)}</li>" for text in limits) + "</ul>"


def model_card_html(manifest):
    """The model card for ``manifest`` as a complete HTML page with inline style and no external assets."""
    sections = [_purpose_section(), _data_section(manifest), _method_section(manifest),
                _validation_section(manifest), _importance_section(manifest), _grades_section(manifest),
                _settings_section(manifest), _warnings_section(manifest), _limits_section(manifest)]
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<title>Anshim street safety model card</title>"
            f"<style>{STYLE}</style></head><body><h1>Anshim street safety model card</h1>"
            + "".join(sections) + "</body></html>")
