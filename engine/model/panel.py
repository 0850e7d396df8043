"""Training rows from a panel of periods: every segment × every target period that has earlier periods.

With crime counts per period (``crime_n_<period>``) the model learns to predict a period's crime from the static
factors and the crime history of the periods before it (:mod:`engine.factors.history`): one row per segment and
target period, the target being whether the segment had a crime in that period. The first period has no history
and is never a target. A street's rows of every period stay in one cross-validation fold.
"""
from dataclasses import dataclass

import numpy as np

from ..factors.history import KERNEL_BANDWIDTHS_M, CrimeHistory, HISTORY_FIELDS
from .metrics import pai_hit_rate

DEFAULT_NETWORK_BANDWIDTH_M = 100.0


@dataclass
class PanelRows:
    """Rows for some target periods, stacked period after period; ``prior_counts`` is last period's count."""

    X: np.ndarray
    counts: np.ndarray
    length_m: np.ndarray
    midpoints_xy: np.ndarray
    groups: np.ndarray
    prior_counts: np.ndarray
    periods: list


class PeriodPanel:
    """The static factor matrix ``X`` of ``factor_names`` with its history columns filled per target period.

    ``counts_by_period``: ``{period: per-segment counts}`` in period order. ``network``: ``(start_node, end_node)``
    of the segment graph.
    """

    def __init__(self, X, factor_names, counts_by_period, length_m, midpoints_xy, groups, network):
        self.X = np.asarray(X, dtype=np.float64)
        self.factor_names = list(factor_names)
        self.periods = list(counts_by_period)
        self.counts = np.column_stack([counts_by_period[period] for period in self.periods])
        self.length_m, self.midpoints_xy, self.groups = length_m, midpoints_xy, groups
        self.history_names = [name for name in self.factor_names if name in HISTORY_FIELDS]
        self.history = CrimeHistory(self.counts, network[0], network[1], length_m)

    def X_for(self, target):
        """Factor rows predicting period number ``target`` (1 … P) from the periods before it."""
        X = self.X.copy()
        values = self.history.factors(target)
        for name in self.history_names:
            X[:, self.factor_names.index(name)] = values[name]
        return X

    def rows(self, targets):
        """:class:`PanelRows` for the target period numbers ``targets`` (each 1 … P - 1)."""
        blocks = [self.X_for(target) for target in targets]
        return PanelRows(
            X=np.concatenate(blocks), counts=np.concatenate([self.counts[:, target] for target in targets]),
            length_m=np.tile(self.length_m, len(targets)), midpoints_xy=np.tile(self.midpoints_xy, (len(targets), 1)),
            groups=np.tile(self.groups, len(targets)),
            prior_counts=np.concatenate([self.history.last_period_counts(target) for target in targets]),
            periods=[self.periods[target] for target in targets])

    def network_bandwidth_m(self, train_periods, share=0.05):
        """The network kernel bandwidth that best predicted the last training period from the earlier ones (PAI at
        ``share`` of length), among the history kernels' bandwidths; the default with fewer than two."""
        numbers = [self.periods.index(period) for period in train_periods]
        if len(numbers) < 2:
            return DEFAULT_NETWORK_BANDWIDTH_M
        earlier = self.counts[:, numbers[:-1]].sum(axis=1)
        scores = {bandwidth: pai_hit_rate(self.history.kernel.density_per_km(earlier, bandwidth),
                                          self.counts[:, numbers[-1]], self.length_m, (share,))[share]["pai"]
                  for bandwidth in KERNEL_BANDWIDTHS_M}
        return max(scores, key=lambda bandwidth: (np.nan_to_num(scores[bandwidth], nan=-1.0), -bandwidth))
