"""Crime history as factors: for a target period, the crimes of the periods before it, here and along the streets.

Crime at micro places is persistent (Weisburd 2015): the streets that had crime last year mostly have it this year.
A model that never sees where crime has been ranks streets worse than last year's crime map (issue 22), so for
each target period every segment gets, from the crimes of the earlier periods only:

* ``hist_recent``: crimes on the segment in the earlier periods, weighted by how recent they were: the period just
  before counts fully, and the weight halves every :data:`HALF_LIFE_PERIODS` periods further back;
* ``hist_k50``, ``hist_k100``, ``hist_k250``: the network kernel density of the earlier periods' crimes (per km
  of street, weighted the same way) with bandwidths of 50, 100 and 250 m along the streets
  (:mod:`.network_kernel`), i.e. crime on nearby streets.

Why a weighted sum, and not last period's count or the mean per period: with three Julys of Leeds crimes
(``scripts/real_crime.py``) the model can learn only from one target period with one earlier period, and grades
with two. A feature whose meaning shifts between the two (last period's count: one year, then the latest of two;
the mean: 0 or 1 in training, then 0.5 for a street with crime one year of two, which the trees' learned
threshold of 0.5 puts with the streets that never had crime) cost a quarter of the model's PAI at 5 % of length
(14.7 against 16.8). A weighted sum only grows as history lengthens, which keeps every street's order, and with a
half-life of two periods it settles at about 3.4 times the rate per period once there is a long history. Last
period's count stays a baseline the model is compared with.

Periods are those of the ``crime_n_<period>`` fields: years, quarters or months (:mod:`.periods`), in time order.
The half-life is in periods, whatever their length: two years on yearly counts, two months on monthly ones. The
fields ``Compute safety factors`` writes are the history of the period after the last one (what the deployed model
predicts); training builds the same factors for every earlier target period (:class:`CrimeHistory`). A planner
cannot change history: scenarios keep these fields fixed.
"""
import numpy as np

from .fields import HISTORY_FACTORS
from .network_kernel import NetworkKernel

HIST_RECENT = "hist_recent"
KERNEL_BANDWIDTHS_M = (50.0, 100.0, 250.0)
KERNEL_FIELDS = tuple(f"hist_k{bandwidth:g}" for bandwidth in KERNEL_BANDWIDTHS_M)
HISTORY_FIELDS = tuple(factor.name for factor in HISTORY_FACTORS)
HALF_LIFE_PERIODS = 2.0


def is_history_field(name):
    return name in HISTORY_FIELDS


class CrimeHistory:
    """History factors of one network for any target period, from per-period crime counts ``(n segments, P)``.

    The kernel densities of each period are computed once per bandwidth; a target period's factors are then means
    over the columns before it. ``start_node``/``end_node``/``length_m`` describe the segment graph
    (:func:`engine.network.structure.segment_end_nodes`).
    """

    def __init__(self, counts_by_period, start_node, end_node, length_m, fields=HISTORY_FIELDS):
        self.counts = np.asarray(counts_by_period, dtype=np.float64)
        if self.counts.ndim != 2 or self.counts.shape[0] != len(length_m):
            raise ValueError(f"crime counts of shape {self.counts.shape} for {len(length_m)} segments")
        self.fields = tuple(fields)
        kernel = NetworkKernel(start_node, end_node, length_m)
        self._kernels = {name: kernel.density_per_km(self.counts, bandwidth)
                         for name, bandwidth in zip(KERNEL_FIELDS, KERNEL_BANDWIDTHS_M) if name in self.fields}
        self.kernel = kernel

    @property
    def n_periods(self):
        return self.counts.shape[1]

    def factors(self, target):
        """``{field: per-segment values}`` for the target period numbered ``target`` (1 … P; P is the period after
        the last), from the periods ``0 … target - 1``."""
        weights = self.recency_weights(target)
        values = {HIST_RECENT: self.counts[:, :target] @ weights}
        values.update({name: density[:, :target] @ weights for name, density in self._kernels.items()})
        return {name: values[name] for name in self.fields}

    def last_period_counts(self, target):
        """Crimes on each segment in the period just before ``target``: the baseline the model must beat."""
        self.recency_weights(target)
        return self.counts[:, target - 1]

    def recency_weights(self, target):
        """The weight of each period before ``target``, oldest first: 1 for the latest, halving every
        :data:`HALF_LIFE_PERIODS` periods back."""
        if not 1 <= target <= self.n_periods:
            raise ValueError(f"target period {target} has no earlier period among {self.n_periods}")
        return 0.5 ** ((target - 1 - np.arange(target)) / HALF_LIFE_PERIODS)


def history_fields(counts_by_period, start_node, end_node, length_m):
    """The history factors of the period after the last of ``counts_by_period`` (see the module docstring);
    empty with fewer than two periods, when no model could learn from history (it needs a period with an
    earlier one to train on)."""
    counts = np.asarray(counts_by_period, dtype=np.float64)
    if counts.ndim != 2 or counts.shape[1] < 2:
        return {}
    history = CrimeHistory(counts, start_node, end_node, length_m)
    return history.factors(history.n_periods)
