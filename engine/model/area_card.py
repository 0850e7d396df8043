"""The model card's data, method and validation sections for a model trained from crime counts per area.

Counts are shown only as totals of at least the manifest's ``suppress_below`` (default 3); a smaller total is
shown as "<3", and no area's own count is ever shown.
"""
from html import escape

from ..i18n import tr_noop

TR_CONTEXT = "AreaModelCard"
NOT_AVAILABLE = tr_noop("n/a")


def _table(header, rows):
    head = "".join(f"<th>{escape(str(cell))}</th>" for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(cell))}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _paragraph(text, css_class=None):
    class_attribute = f' class="{css_class}"' if css_class else ""
    return f"<p{class_attribute}>{escape(text)}</p>"


def _number(value, tr, digits=2):
    return tr(NOT_AVAILABLE) if value is None else f"{value:.{digits}f}"


def _count(value, threshold, tr):
    """A total as it may be shown: ``None`` (below the threshold when recorded) becomes ``<threshold``."""
    return f"<{threshold}" if value is None else f"{value:,}"


def area_sections(manifest, tr):
    """The data, method and validation sections (HTML) of an area-trained model, in the language of ``tr``."""
    return [_data_section(manifest, tr), _method_section(manifest, tr), _validation_section(manifest, tr)]


def _data_section(manifest, tr):
    data = manifest.get("data", {})
    threshold = manifest.get("suppress_below", 3)
    parts = ["<h2>" + escape(tr("Data")) + "</h2>"]
    if manifest.get("synthetic_crimes"):
        parts.append(_paragraph(tr("SYNTHETIC crimes: the counts behind this model were generated for "
                                   "demonstration, not recorded by the police. Its grades and metrics show how the "
                                   "method works and say nothing about real safety."), "synthetic"))
    years = data.get("train_years")
    period = (tr("counts of {years}").format(years=", ".join(map(str, years))) if years
              else tr("counts without periods (no temporal test possible)"))
    parts.append(_table(["", tr("Value")], [
        [tr("Street segments"), data.get("segments", tr(NOT_AVAILABLE))],
        [tr("Segments inside a crime area"), data.get("segments_in_areas", tr(NOT_AVAILABLE))],
        [tr("Network length"), tr("{km} km").format(km=_number(data.get("network_km"), tr, 1))],
        [tr("Crime areas with streets"), data.get("areas", tr(NOT_AVAILABLE))],
        [tr("Period"), period],
        [tr("Crimes in the training period"), _count(data.get("training_crimes"), threshold, tr)],
    ]))
    per_year = data.get("crimes_per_year") or {}
    if per_year:
        parts.append(_table([tr("Year"), tr("Crimes")], [[year, _count(value, threshold, tr)]
                                                         for year, value in sorted(per_year.items())]))
    parts.append(_paragraph(tr(
        "Privacy: the model file holds no crime count of any area and no crime location. Totals below {threshold} "
        "are shown as \"<{threshold}\", and no area's own count appears in this card or in any report.").format(
            threshold=threshold), "note"))
    return "".join(parts)


def _method_section(manifest, tr):
    training = manifest.get("training") or {}
    return ("<h2>" + escape(tr("Method")) + "</h2>" + _paragraph(tr(
        "Trained from crime counts per area, not from crime points. Each street segment has a crime rate per metre "
        "from gradient-boosted trees with the same monotonic constraints as the point-trained model: an added "
        "light, camera, bell, guard house or safe-return route never raises a segment's predicted risk. The rates "
        "summed over each area's streets (a segment cut by an area boundary counts by its length share) must "
        "explain that area's count, taken as a Poisson total. The fit is expectation–maximisation (EM): each "
        "area's count is spread over its segments in proportion to their current predicted crimes, the trees are "
        "refitted to the spread counts with a Poisson loss, and this repeats ({rounds} rounds of {per_round} "
        "trees; the number of rounds was chosen by cross-validation by area). Risk is the chance that a segment "
        "of median length ({metres} m) sees a crime in the training period. Grades cut the ranked network by "
        "length shares weighted to the top.").format(
            rounds=training.get("em_rounds", tr(NOT_AVAILABLE)),
            per_round=training.get("trees_per_round", tr(NOT_AVAILABLE)),
            metres=_number(training.get("risk_reference_length_m"), tr, 1)))
        + _paragraph(tr("Counts per area say less than crime points: within an area the model can only tell "
                        "streets apart through their factors, so its grades are smoother than a point-trained "
                        "model's, the more so the larger the areas (see the README for measured figures).")))


def _validation_section(manifest, tr):
    validation = manifest.get("validation", {})
    by_area = validation.get("grouped_by_area") or {}
    parts = ["<h2>" + escape(tr("How well it finds crime")) + "</h2>"]
    if by_area:
        parts.append(_paragraph(tr(
            "Cross-validation by area: the areas were split into {folds} folds; each fold's model learned from the "
            "other areas only and predicted the held-out areas' counts. Compared with a prediction from street "
            "length alone (every metre of street equally risky).").format(folds=by_area.get("folds"))))
        parts.append(_table([tr("Prediction of held-out areas' counts"), tr("Spearman correlation"),
                             tr("Poisson deviance")], [
            [tr("Anshim model"), _number(by_area["spearman"]["model"], tr, 3),
             _number(by_area["poisson_deviance"]["model"], tr, 1)],
            [tr("Street length alone (baseline)"), _number(by_area["spearman"]["street_length"], tr, 3),
             _number(by_area["poisson_deviance"]["street_length"], tr, 1)]]))
        parts.append(_paragraph(tr("Deviance explained beyond street length: {share}. {below} area(s) hold fewer "
                                   "than {threshold} crimes.").format(
            share=_number(by_area.get("deviance_explained"), tr, 3), below=by_area.get("areas_below_threshold", 0),
            threshold=manifest.get("suppress_below", 3)), "note"))
    later = validation.get("temporal_holdout")
    parts.append("<h3>" + escape(tr("Later period held out")) + "</h3>")
    if later:
        parts.append(_paragraph(tr("Trained on {train}, tested on {test}: Spearman correlation of the areas' counts "
                                   "with the model's prediction {model}, with last period's counts {last}.").format(
            train=", ".join(map(str, later["train_years"])), test=", ".join(map(str, later["test_years"])),
            model=_number(later["spearman"]["model"], tr, 3),
            last=_number(later["spearman"]["last_period_count"], tr, 3))))
    else:
        parts.append(_paragraph(tr("Not run: the counts have no periods, or only one."), "note"))
    return "".join(parts)
