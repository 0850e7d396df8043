"""Training with crime history factors (issue 22): validation holds periods out, the deployed model does not, and
history stays only where it earns its place (:mod:`.history_choice`).

From three periods ``p0 … pL`` on, with the last held out:

1. The model with history is cross-validated (whole streets held out) on the panel rows of the training periods
   that have an earlier one (:mod:`.panel`), and predicts the held-out period from the periods before it: the
   temporal hold-out.
2. The model without history is fitted on the training periods alike (as many folds) and predicts the same period;
   it is fitted first, while a second thread builds the panel's history kernels (:func:`_panel_beside`).
3. Both are compared on the held-out period's crimes (:func:`.history_choice.choose_history`).
4. With history kept, the deployed model is step 1's refitted on every period's panel rows with the number of
   trees and the calibration curve its cross-validation chose (:meth:`.safety_model.CrossValidatedModel.refit`),
   and grades with the history of every period: it predicts the period after the last. Its validation is step 1's:
   cross-validating it again on every period would fit as many boosters once more and tell the same. Without
   history, the model without history is fitted as it always was (:mod:`.training`) and deployed.

With two periods no period can be held out with history: the deployed model is fitted on the one target period's
panel rows with its own cross-validation, whose street-held-out risk is compared with the model without history.
"""
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial

import numpy as np

from ..factors.history import HISTORY_FIELDS
from ..i18n import tr_noop
from ..progress import stage
from .history_choice import choose_history
from .panel import PeriodPanel
from .safety_model import NoSignalError
from .training_notes import TOO_FEW_PERIODS_NOTE
from .validation import grouped_cross_validation, temporal_baselines, temporal_holdout

TR_CONTEXT = "Training"
PREDICTS = tr_noop("the period after the last")


@dataclass
class HistoryFit:
    """The deployed model, its street-held-out risk (:attr:`.training.TrainingResult.held_out_risk`), validation
    and periods, the factors it uses (history left out or not), notes, and the comparison that kept or left out
    history (:func:`.history_choice.choose_history`; None when none was made)."""

    model: object
    held_out_risk: np.ndarray
    validation: dict
    periods: dict
    factor_names: list
    notes: list
    choice: dict = None


@dataclass
class _HeldOutPeriod:
    """The model with history learned on the training periods: its cross-validation, the panel rows it learned,
    and its factor rows and risk for the first test period."""

    fitted: object
    rows: object
    test_X: np.ndarray
    risk: np.ndarray


def fit_with_history(X, factor_names, yearly_counts, arrays, network, train_years, test_years, fits, seed, progress,
                     without_history):
    """See the module docstring. ``fits``: ``(deployed fit, hold-out fit)``, the latter also fitting the model
    without history it is compared with. ``without_history``: ``(fit(X, factor_names, progress, fit=)`` returning
    ``(fitted, risk)`` of the model without history, ``risk`` being what it predicts for the held-out period;
    ``validate(X, factor_names, fitted, risk, kernel, bandwidth_m, progress)`` returning its ``(validation,
    periods)``, called only if that model is deployed)."""
    periods = list(yearly_counts)
    train_targets = [number for number in range(1, len(periods)) if periods[number] in train_years]
    holds_out = bool(test_years and train_targets)
    static_names = [name for name in factor_names if name not in HISTORY_FIELDS]
    static = (static_names, X[:, [factor_names.index(name) for name in static_names]])
    fit_static = partial(without_history[0], fit=fits[1]) if holds_out else without_history[0]
    compare = partial(_fit_static, static[1], static[0], fit_static, stage(progress, 0.0, 0.25))
    panel, compared = _beside(partial(PeriodPanel, X, factor_names, yearly_counts, *arrays, network),
                              compare if test_years else lambda: None)
    if holds_out:
        return _fit_with_held_out_period(panel, train_targets, static, compared, yearly_counts, train_years,
                                         test_years, fits[1], seed, stage(progress, 0.25, 1.0), without_history)
    return _fit_with_two_periods(panel, static, compared, yearly_counts, train_years, test_years, fits[0], seed,
                                 stage(progress, 0.25 if compared else 0.0, 1.0), without_history)


def _beside(background, foreground):
    """``(background(), foreground())``, the first on a second thread. Used where one of the two is a booster and
    the other no booster: the panel's history kernels beside the model without history, the temporal hold-out's
    baselines beside the model with history, the deployed refit beside the validation. SuperLU and numpy let go
    of Python's lock, and a booster runs one OpenMP thread on two cores (half the cores,
    :func:`.safety_model.cross_validate`), so no thread team waits on another; on the bench city the three save
    about 12 s. Only ``foreground`` reports progress, so a Cancel comes from it and leaves the other to finish
    unseen."""
    worker = ThreadPoolExecutor(max_workers=1)
    try:
        running = worker.submit(background)
        done = foreground()
        return running.result(), done
    finally:
        worker.shutdown(wait=False, cancel_futures=True)


def _fit_with_held_out_period(panel, train_targets, static, compared, yearly_counts, train_years, test_years, fit,
                              seed, progress, without_history):
    """Steps 1, 3 and 4 of the module docstring; ``compared`` is step 2's ``(fitted, risk)``, or None."""
    baselines, held_out = _beside(partial(_held_out_baselines, panel, yearly_counts, train_years, test_years, seed),
                                  partial(_history_holdout, panel, train_targets, test_years, fit, seed,
                                          stage(progress, 0.0, 0.45)))
    record, notes = None, []
    if compared:  # with nothing learnt without history, history stays as asked
        keep, record, notes = _choose(held_out.risk, compared[1], yearly_counts, test_years, panel.length_m, seed)
        if not keep:
            return _deployed_without_history(panel, static, train_years, without_history, notes, record,
                                             stage(progress, 0.45, 0.97))
    model, validation = _beside(partial(_refit_on_every_period, held_out.fitted, panel, seed),
                                partial(_validate_held_out, held_out, baselines, panel, yearly_counts, train_years,
                                        test_years, seed, stage(progress, 0.45, 0.97)))
    periods = {"deployed_model_trained_on": [str(period) for period in panel.periods[1:]],
               "history_from": [str(period) for period in panel.periods], "predicts": PREDICTS,
               "holdout_trained_on": [str(panel.periods[number]) for number in train_targets],
               "holdout_tested_on": [str(period) for period in test_years]}
    periods["cross_validation_trained_on"] = periods["holdout_trained_on"]
    return HistoryFit(model, held_out.fitted.held_out_risk[-len(panel.length_m):], validation, periods,
                      panel.factor_names, notes, record)


def _fit_with_two_periods(panel, static, compared, yearly_counts, train_years, test_years, fit, seed, progress,
                          without_history):
    """Two periods (or none held out): the deployed panel fit's own cross-validation validates it and, with a
    period held out, its street-held-out risk of that period is compared with ``compared``, the model without
    history (None when there is none)."""
    static_names, static_X = static
    fitted, validation, periods = _deployed_panel_fit(panel, fit, seed, stage(progress, 0.0, 0.9))
    record, notes = None, []
    if compared:
        keep, record, notes = _choose(fitted.held_out_risk[-len(panel.length_m):], compared[1], yearly_counts,
                                      test_years, panel.length_m, seed)
        if not keep:
            validation, periods = without_history[1](static_X, static_names, *compared, panel.history.kernel,
                                                     panel.network_bandwidth_m(train_years), stage(progress, 0.9, 0.97))
            return HistoryFit(compared[0].model, compared[0].held_out_risk, validation, periods, static_names, notes,
                              record)
    if test_years:
        validation["grouped_cv"]["notes"].append(TOO_FEW_PERIODS_NOTE)
    return HistoryFit(fitted.model, fitted.held_out_risk[-len(panel.length_m):], validation, periods,
                      panel.factor_names, notes, record)


def _choose(history_risk, static_risk, yearly_counts, test_years, length_m, seed):
    test_counts = np.sum([yearly_counts[period] for period in test_years], axis=0)
    return choose_history(history_risk, static_risk, test_counts, length_m,
                          "–".join(str(period) for period in test_years), seed)


def _deployed_without_history(panel, static, train_years, without_history, notes, record, progress):
    """The model without history fitted and validated as without history (its comparison used fewer folds)."""
    static_names, static_X = static
    fitted = without_history[0](static_X, static_names, stage(progress, 0.0, 0.7))
    validation, periods = without_history[1](static_X, static_names, *fitted, panel.history.kernel,
                                             panel.network_bandwidth_m(train_years), stage(progress, 0.7, 1.0))
    return HistoryFit(fitted[0].model, fitted[0].held_out_risk, validation, periods, static_names, notes, record)


def _fit_static(X, factor_names, fit_without_history, progress):
    """``(fitted, risk)`` of the model without history, or None when the other factors alone tell crime from no
    crime no better than chance."""
    try:
        return fit_without_history(X, factor_names, progress)
    except NoSignalError:
        return None


def _deployed_panel_fit(panel, fit, seed, progress):
    """The model fitted on every target period's panel rows, with its grouped cross-validation."""
    rows = panel.rows(list(range(1, len(panel.periods))))
    fitted = fit(rows.X, rows.counts > 0, panel.factor_names, rows.groups, seed=seed, progress=stage(progress, 0, 0.85))
    validation = {"grouped_cv": grouped_cross_validation(
        rows.X, rows.counts, rows.length_m, rows.midpoints_xy, rows.groups, panel.factor_names, seed=seed,
        fitted=fitted, prior_counts=rows.prior_counts, progress=stage(progress, 0.85, 1.0)), "temporal_holdout": None}
    periods = {"deployed_model_trained_on": [str(period) for period in rows.periods],
               "history_from": [str(period) for period in panel.periods],
               "predicts": PREDICTS, "holdout_trained_on": None, "holdout_tested_on": None}
    return fitted, validation, periods


def _history_holdout(panel, train_targets, test_years, fit, seed, progress):
    """The model with history cross-validated on the training periods' panel rows, and its risk for the first test
    period (:class:`_HeldOutPeriod`)."""
    rows = panel.rows(train_targets)
    fitted = fit(rows.X, rows.counts > 0, panel.factor_names, rows.groups, seed=seed,
                 progress=stage(progress, 0.0, 0.95))
    model = fitted.model
    if hasattr(model, "set_tie_break"):
        model.set_tie_break(rows.X)
    test_X = panel.X_for(panel.periods.index(test_years[0]))
    risk = model.predict_risk(test_X, stage(progress, 0.95, 1.0))
    return _HeldOutPeriod(fitted, rows, test_X, risk)


def _refit_on_every_period(fitted, panel, seed):
    """Step 4 of the module docstring: ``fitted`` refitted on the panel rows of every period with an earlier one."""
    rows = panel.rows(list(range(1, len(panel.periods))))
    return fitted.refit(rows.X, rows.counts > 0, rows.groups, seed=seed)


def _held_out_baselines(panel, yearly_counts, train_years, test_years, seed):
    """``(network kernel bandwidth, scores)`` of the temporal hold-out's baselines, which need no model."""
    bandwidth_m = panel.network_bandwidth_m(train_years)
    return bandwidth_m, temporal_baselines(yearly_counts, train_years, test_years, panel.length_m, panel.midpoints_xy,
                                           seed, network_kernel=panel.history.kernel, network_bandwidth_m=bandwidth_m)


def _validate_held_out(held_out, baselines, panel, yearly_counts, train_years, test_years, seed, progress):
    """The grouped cross-validation and the temporal hold-out of :func:`_history_holdout`'s model;
    ``baselines`` from :func:`_held_out_baselines`."""
    rows = held_out.rows
    grouped = grouped_cross_validation(
        rows.X, rows.counts, rows.length_m, rows.midpoints_xy, rows.groups, panel.factor_names, seed=seed,
        fitted=held_out.fitted, prior_counts=rows.prior_counts, progress=stage(progress, 0.0, 0.7))
    temporal = temporal_holdout(
        held_out.test_X, yearly_counts, train_years, test_years, panel.length_m, panel.midpoints_xy, panel.groups,
        panel.factor_names, seed=seed, risk=held_out.risk, progress=stage(progress, 0.7, 1.0),
        network_kernel=panel.history.kernel, network_bandwidth_m=baselines[0], baselines=baselines[1])
    return {"grouped_cv": grouped, "temporal_holdout": temporal}
