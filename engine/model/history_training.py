"""Training with crime history factors (issue 22): validation holds periods out, the deployed model does not, and
history stays only where it earns its place (:mod:`.history_choice`).

Steps, with periods ``p0 … pL`` and the last held out:

1. The model without history is fitted on the training periods and scored on the held-out one, as without history.
2. The model with history predicts the held-out period out of sample: fitted on the panel rows of the training
   periods that have an earlier one (three periods or more); with two periods, the grouped cross-validation of
   the deployed panel fit, which learns ``p1`` from ``p0`` with whole streets held out.
3. Both are compared on the held-out period's crimes (:func:`.history_choice.choose_history`).
4. With history kept, the deployed model is fitted on every period's panel rows (:mod:`.panel`) and grades with the
   history of every period: it predicts the period after the last. Without, the model of step 1 is deployed.
"""
from dataclasses import dataclass

import numpy as np

from ..factors.history import HISTORY_FIELDS
from ..i18n import tr_noop
from ..progress import stage
from .history_choice import choose_history
from .panel import PeriodPanel
from .safety_model import NoSignalError
from .training_notes import TOO_FEW_PERIODS_NOTE
from .validation import grouped_cross_validation, temporal_holdout

TR_CONTEXT = "Training"


@dataclass
class HistoryFit:
    """The deployed fit, its validation and periods, the factors it uses (history left out or not), notes, and the
    comparison that kept or left out history (:func:`.history_choice.choose_history`; None when none was made)."""

    fitted: object
    validation: dict
    periods: dict
    factor_names: list
    notes: list
    choice: dict = None


def fit_with_history(X, factor_names, yearly_counts, arrays, network, train_years, test_years, fits, seed, progress,
                     without_history):
    """See the module docstring. ``fits``: ``(deployed fit, hold-out fit)``. ``without_history``: ``(fit(X,
    factor_names, progress)`` returning ``(fitted, risk)`` of the model without history, ``risk`` being what it
    predicts for the held-out period; ``validate(X, factor_names, fitted, risk, kernel, bandwidth_m, progress)``
    returning its ``(validation, periods)``, called only if that model is deployed)."""
    length_m = arrays[0]
    panel = PeriodPanel(X, factor_names, yearly_counts, length_m, arrays[1], arrays[2], network)
    train_targets = [number for number in range(1, len(panel.periods)) if panel.periods[number] in train_years]
    static_names = [name for name in factor_names if name not in HISTORY_FIELDS]
    static_X = X[:, [factor_names.index(name) for name in static_names]]
    static = _fit_static(static_X, static_names, without_history[0], stage(progress, 0.0, 0.3)) if test_years else None
    holdout, history_risk = (_history_holdout(panel, train_targets, yearly_counts, train_years, test_years, arrays,
                                              fits[1], seed, stage(progress, 0.3, 0.5))
                             if test_years and train_targets else (None, None))
    deployed, record, notes = None, None, []
    if static:  # with nothing held out, or nothing learnt without history, history stays as asked
        if history_risk is None:  # two periods: the deployed fit's street-held-out risk of the one target period
            deployed = _deployed_panel_fit(panel, arrays, fits[0], seed, stage(progress, 0.3, 0.9))
            history_risk = deployed[0].held_out_risk[-len(length_m):]
        test_counts = np.sum([yearly_counts[period] for period in test_years], axis=0)
        keep, record, notes = choose_history(history_risk, static[1], test_counts, length_m,
                                             "–".join(str(period) for period in test_years), seed)
        if not keep:
            validation, periods = without_history[1](static_X, static_names, *static, panel.history.kernel,
                                                     panel.network_bandwidth_m(train_years),
                                                     stage(progress, 0.9 if deployed else 0.5, 0.97))
            return HistoryFit(static[0], validation, periods, static_names, notes, record)
    fitted, validation, periods = deployed or _deployed_panel_fit(panel, arrays, fits[0], seed,
                                                                  stage(progress, 0.5, 0.97))
    if holdout:
        validation["temporal_holdout"] = holdout
        periods.update(holdout_trained_on=[str(panel.periods[number]) for number in train_targets],
                       holdout_tested_on=[str(period) for period in test_years])
    elif test_years:
        validation["grouped_cv"]["notes"].append(TOO_FEW_PERIODS_NOTE)
    return HistoryFit(fitted, validation, periods, factor_names, notes, record)


def _fit_static(X, factor_names, fit_without_history, progress):
    """``(fitted, risk)`` of the model without history, or None when the other factors alone tell crime from no
    crime no better than chance."""
    try:
        return fit_without_history(X, factor_names, progress)
    except NoSignalError:
        return None


def _deployed_panel_fit(panel, arrays, fit, seed, progress):
    """The model fitted on every target period's panel rows, with its grouped cross-validation."""
    rows = panel.rows(list(range(1, len(panel.periods))))
    fitted = fit(rows.X, rows.counts > 0, panel.factor_names, rows.groups, seed=seed, progress=stage(progress, 0, 0.85))
    validation = {"grouped_cv": grouped_cross_validation(
        rows.X, rows.counts, rows.length_m, rows.midpoints_xy, rows.groups, panel.factor_names, seed=seed,
        fitted=fitted, prior_counts=rows.prior_counts, progress=stage(progress, 0.85, 1.0)), "temporal_holdout": None}
    periods = {"deployed_model_trained_on": [str(period) for period in rows.periods],
               "history_from": [str(period) for period in panel.periods],
               "predicts": tr_noop("the period after the last"), "holdout_trained_on": None, "holdout_tested_on": None}
    return fitted, validation, periods


def _history_holdout(panel, train_targets, yearly_counts, train_years, test_years, arrays, fit, seed, progress):
    """The temporal hold-out of the model with history, and its risk: learned on the training periods' panel rows,
    scored on the first test period's history."""
    length_m, midpoints_xy, groups = arrays
    train_rows = panel.rows(train_targets)
    model = fit(train_rows.X, train_rows.counts > 0, panel.factor_names, train_rows.groups, seed=seed,
                progress=stage(progress, 0.0, 0.8)).model
    if hasattr(model, "set_tie_break"):
        model.set_tie_break(train_rows.X)
    first_test = panel.X_for(panel.periods.index(test_years[0]))
    risk = model.predict_risk(first_test)
    return temporal_holdout(
        first_test, yearly_counts, train_years, test_years, length_m, midpoints_xy, groups, panel.factor_names,
        seed=seed, risk=risk, progress=stage(progress, 0.8, 1.0), network_kernel=panel.history.kernel,
        network_bandwidth_m=panel.network_bandwidth_m(train_years)), risk
