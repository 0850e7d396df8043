"""The estimates of an evaluation, each with a 95 % interval, and the verdict in words.

- **Rate ratio** (difference in differences on the log scale): ``(T1 / T0) / (C1 / C0)``, treated crimes after and
  before against their matched controls'. Its interval is Wald on the log scale with Poisson variances:
  ``var = 1/T1 + 1/T0 + var(C1)/C1² + var(C0)/C0² − 2 cov(C0, C1)/(C0 C1)``, where each control crime enters with
  its matching weight ``a`` (``var(C) = Σ a²`` over crimes; a crime inside the windows of several installation
  months counts with its summed weight, which is where the covariance comes from). A zero count is replaced by 0.5 (Haldane) so the interval stays finite and wide.
  0.7 reads "30 % fewer crimes than the matched streets would suggest".
- **Weighted displacement difference** (Wheeler & Ratcliffe 2018, Crime Science 7:11):
  ``WDD = ΔT − ΔC + ΔD − ΔO`` with Δ = after − before, T treated, C their controls, D the displacement ring, O its
  controls; under Poisson counts ``var(WDD)`` is the sum of the variances of the treated and ring counts plus that
  of the two controls' changes taken together (they share crimes), and ``z = WDD / sd``.
  Negative: crimes prevented net of any displacement, in crimes over the window.
- **Ring rate ratio** (the ring against its own matched controls): below 1 diffusion of benefits, above 1
  displacement; and the weighted displacement quotient (Bowers & Johnson 2003)
  ``WDQ = (D1/O1 − D0/O0) / (T1/C1 − T0/C0)``: positive, diffusion; negative, displacement (given a fall in the
  treated area).
- **Smallest fall it could detect** (minimum detectable effect): the fall in the rate ratio a two-sided 5 % test
  would find with 80 % power given the interval's standard error ``sd`` on the log scale,
  ``100 (1 − exp(−(z₀.₉₇₅ + z₀.₈) sd))``. A "no clear change" with a detectable fall of 45 % says only that the
  facilities did not cut crime by 45 % or more; a smaller true effect usually reads as no clear change.
- **Too few crimes.** With fewer than :data:`MIN_CRIMES` crimes in the treated segments over both windows, no
  number is given: the verdict says "not enough crimes to tell".

The intervals' coverage is checked by simulation (``scripts/evaluation_coverage.py``, table in the README).
"""
from dataclasses import dataclass

import numpy as np

from ..i18n import tr_noop

TR_CONTEXT = "EvaluationStats"

Z95 = 1.959963984540054
Z80 = 0.8416212335729143  # the standard normal's 80th percentile: 80 % power
MIN_CRIMES = 10

NOT_ENOUGH, FELL, ROSE, UNCLEAR = "not_enough", "fell", "rose", "unclear"
VERDICT_WORDS = {
    NOT_ENOUGH: tr_noop("not enough crimes to tell"),
    FELL: tr_noop("crime fell against matched streets"),
    ROSE: tr_noop("crime rose against matched streets"),
    UNCLEAR: tr_noop("no clear change: the interval includes no change"),
}


@dataclass
class Interval:
    value: float
    low: float
    high: float
    sd: float = None  # standard error on the scale the interval was built (log for ratios), where known


def detectable_fall_pct(sd):
    """The smallest fall (%) a two-sided 5 % test finds with 80 % power when the log rate ratio's standard error is
    ``sd``; None without one."""
    if sd is None:
        return None
    return float(100.0 * (1.0 - np.exp(-(Z95 + Z80) * sd)))


@dataclass
class GroupEstimate:
    """One row of the evaluation table (``None`` where a figure cannot be given)."""

    group: str
    scenario: str
    kind: str
    facilities: int
    treated_segments: int
    ring_segments: int
    treated_before: float
    treated_after: float
    control_before: float
    control_after: float
    ring_before: float
    ring_after: float
    wdd: Interval = None
    wdd_z: float = None
    rate_ratio: Interval = None
    ring_ratio: Interval = None
    wdq: float = None
    predicted_change_pct: float = None
    verdict: str = NOT_ENOUGH

    @property
    def realised_change_pct(self):
        return None if self.rate_ratio is None else 100.0 * (self.rate_ratio.value - 1.0)

    @property
    def detectable_fall_pct(self):
        """The smallest fall the evaluation could detect (%), or None without a rate ratio."""
        return None if self.rate_ratio is None else detectable_fall_pct(self.rate_ratio.sd)


def rate_ratio(counts):
    """:class:`Interval` of the rate ratio of a :class:`.evaluation.Counts`, or None with too few crimes."""
    if counts.before + counts.after < MIN_CRIMES or counts.control_before + counts.control_after <= 0:
        return None
    t0, t1 = _haldane(counts.before, counts.after)
    c0, c1 = _haldane(counts.control_before, counts.control_after)
    var_c0 = counts.control_var_before if counts.control_before > 0 else 0.25
    var_c1 = counts.control_var_after if counts.control_after > 0 else 0.25
    log_ratio = np.log(t1 / t0) - np.log(c1 / c0)
    sd = np.sqrt(1.0 / t1 + 1.0 / t0 + var_c1 / c1 ** 2 + var_c0 / c0 ** 2 - 2.0 * counts.control_cov / (c0 * c1))
    return Interval(float(np.exp(log_ratio)), float(np.exp(log_ratio - Z95 * sd)), float(np.exp(log_ratio + Z95 * sd)),
                    float(sd))


def _haldane(before, after):
    if before > 0 and after > 0:
        return float(before), float(after)
    return before + 0.5, after + 0.5


def weighted_displacement_difference(treated, ring):
    """``(Interval, z)`` of the WDD of treated and ring :class:`Counts`, or ``(None, None)`` with too few crimes."""
    if treated.before + treated.after < MIN_CRIMES:
        return None, None
    value = ((treated.after - treated.before) - (treated.control_after - treated.control_before)
             + (ring.after - ring.before) - (ring.control_after - ring.control_before))
    variance = treated.before + treated.after + ring.before + ring.after + _control_change_variance(treated, ring)
    sd = np.sqrt(variance)
    z = value / sd if sd > 0 else 0.0
    return Interval(float(value), float(value - Z95 * sd), float(value + Z95 * sd), float(sd)), float(z)


def _control_change_variance(treated, ring):
    """Var(ΔC + ΔO): both control sums count some of the same crimes, so their changes co-vary."""
    if treated.control_terms is not None and ring.control_terms is not None:
        change = (treated.control_terms[1] - treated.control_terms[0]) + (ring.control_terms[1] - ring.control_terms[0])
        return float(np.dot(change, change))
    return sum(counts.control_var_before + counts.control_var_after - 2.0 * counts.control_cov
               for counts in (treated, ring))


def displacement_quotient(treated, ring):
    """The WDQ, or None where the treated area did not change against its controls or a count is zero."""
    if min(treated.control_before, treated.control_after, ring.control_before, ring.control_after) <= 0:
        return None
    success = treated.after / treated.control_after - treated.before / treated.control_before
    if abs(success) < 1e-9 or treated.before + treated.after < MIN_CRIMES:
        return None
    return float((ring.after / ring.control_after - ring.before / ring.control_before) / success)


def verdict(ratio):
    if ratio is None:
        return NOT_ENOUGH
    if ratio.high < 1.0:
        return FELL
    if ratio.low > 1.0:
        return ROSE
    return UNCLEAR


def estimate(group, treated, ring, predicted_change_pct=None):
    """The :class:`GroupEstimate` of an :class:`.evaluation.Group` from its treated and ring counts."""
    ratio = rate_ratio(treated)
    wdd, z = weighted_displacement_difference(treated, ring)
    return GroupEstimate(
        group=group.name, scenario=group.scenario, kind=group.kind, facilities=len(group.facilities),
        treated_segments=treated.segments, ring_segments=ring.segments,
        treated_before=treated.before, treated_after=treated.after, control_before=treated.control_before,
        control_after=treated.control_after, ring_before=ring.before, ring_after=ring.after,
        wdd=wdd, wdd_z=z, rate_ratio=ratio, ring_ratio=rate_ratio(ring), wdq=displacement_quotient(treated, ring),
        predicted_change_pct=predicted_change_pct,
        verdict=verdict(ratio))


def estimates(evaluation, predicted_change_pct=None):
    """One :class:`GroupEstimate` per group of an :class:`.evaluation.Evaluation`; ``predicted_change_pct`` a list
    per group (or None)."""
    predicted = predicted_change_pct or [None] * len(evaluation.groups)
    return [estimate(group, treated, ring, change) for group, treated, ring, change
            in zip(evaluation.groups, evaluation.treated, evaluation.ring, predicted)]
