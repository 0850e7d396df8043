"""The per-tree hooks a booster is fitted with: progress and Cancel, and the held-out loss for early stopping."""
import numpy as np

from ..progress import report

MAX_ITERATIONS = 200  # as engine.model.safety_model: a fold's booster grows at most this many trees


class TreeTicker:
    """The booster's per-tree hook for progress: counts trees as scikit-learn grows them.

    scikit-learn calls an early-stopping ``scoring`` callable after every tree (and once before the first); with
    a patience longer than the trees a booster may grow it never stops the fit, and serves as the per-tree
    callback that reports progress and lets Cancel (``progress`` raising) stop a fit within one tree.
    """

    def __init__(self, progress, total_calls):
        self.progress, self.total, self.calls = progress, max(1, total_calls), 0

    def __call__(self, estimator, X, y, sample_weight=None):
        self.calls += 1
        report(self.progress, min(1.0, self.calls / self.total))
        return 0.0


class HeldOutLoss:
    """One fold booster's per-tree hook: its (class-weighted) log loss on the held-out fold after every tree.

    scikit-learn calls the early-stopping ``scoring`` callable after every tree, and stops when the score has not
    risen for ``n_iter_no_change`` trees. The score returned is minus the lowest loss so far, so the booster stops
    once ``EARLY_STOPPING_PATIENCE`` trees in a row brought no lower held-out loss. Each call adds only the
    newest tree's predictions to the held-out raw scores (scikit-learn 1.2's ``_predict_iterations`` on the rows
    binned once, as scikit-learn scores its own validation rows; the layout :func:`.forest.forest_from_booster`
    reads too), reports progress and so lets Cancel stop the fit.
    """

    def __init__(self, X_test, y_test, weights, threads, progress):
        self.X, self.y, self.weights, self.threads, self.progress = X_test, y_test, weights, threads, progress
        self.raw, self.losses = None, []

    def __call__(self, estimator, X, y, sample_weight=None):
        if self.raw is None:  # the call before the first tree: bin the held-out rows as the training rows are
            self.X = estimator._bin_data(self.X, is_training_data=False)
            self.raw = np.zeros((len(self.X), 1)) + estimator._baseline_prediction.ravel()[0]
        new_trees = estimator._predictors[len(self.losses):]
        if new_trees:
            estimator._predict_iterations(self.X, new_trees, self.raw, True, self.threads)
            self.losses.append(_weighted_log_loss(self.raw[:, 0], self.y, self.weights))
        report(self.progress, len(self.losses) / MAX_ITERATIONS)
        return -min(self.losses, default=np.inf)

    def raw_after(self, booster, tree_counts):
        """``{count: held-out raw scores after the first count trees}``, taking the later trees off again."""
        raw, grown, snapshots = self.raw.copy(), len(self.losses), {}
        for count in sorted(tree_counts, reverse=True):
            later = np.zeros_like(raw)
            booster._predict_iterations(self.X, booster._predictors[count:grown], later, True, self.threads)
            raw, grown = raw - later, count
            snapshots[count] = raw[:, 0].copy()
        return snapshots


def _weighted_log_loss(raw, y, weights):
    """Sum of ``weights`` times the log loss of raw scores (log-odds): log(1 + e^raw) - y * raw, stably."""
    return float(np.dot(weights, np.maximum(raw, 0.0) + np.log1p(np.exp(-np.abs(raw))) - y * raw))
