"""Safety grades 1 (safest) to 5 (least safe) from predicted risk, by shares of network length.

Crime concentrates on a few street segments (about half of it on 2–6 % of them, Weisburd 2015), so equal fifths
would call most of the network "unsafe". Grades are therefore cut by network length ranked by risk: by default
grade 5 covers the riskiest 5 % of street length, grade 4 the next 10 %, grade 3 the next 20 %, grade 2 the next
30 % and grade 1 the remaining 35 %.
"""
import numpy as np

# Shares of network length for grades 1..5.
DEFAULT_SHARES = (0.35, 0.30, 0.20, 0.10, 0.05)


def grade_thresholds(risk, length_m, shares=DEFAULT_SHARES):
    """Four ascending risk thresholds that split the network into grades 1..5 by the length ``shares``.

    Ranking segments by risk, each threshold is the risk of the segment in which the cumulative length crosses the
    boundary between two grades, so with :func:`grade_from_risk` every grade's length share is met to within the
    length of one segment (unless several segments share the threshold's risk exactly; they all take the lower grade).
    """
    risk = np.asarray(risk, dtype=np.float64)
    length_m = np.asarray(length_m, dtype=np.float64)
    shares = _checked_shares(shares)
    if risk.ndim != 1 or risk.shape != length_m.shape or len(risk) == 0:
        raise ValueError("Risk and length need one value per segment, for at least one segment.")
    if not (np.isfinite(risk).all() and np.isfinite(length_m).all()) or np.any(length_m < 0) or length_m.sum() <= 0:
        raise ValueError("Risk and length must be finite, lengths non-negative, and the network longer than 0 m.")
    order = np.argsort(risk, kind="stable")
    share_at_or_below = np.cumsum(length_m[order]) / length_m.sum()
    # Summing shares rounds (0.2 + 0.2 + 0.2 > 0.6): allow for it so an exact boundary does not take one more segment.
    boundaries = np.cumsum(shares)[:-1] - 1e-12
    crossing = np.minimum(np.searchsorted(share_at_or_below, boundaries), len(risk) - 1)
    return risk[order][crossing]


def grade_from_risk(risk, thresholds):
    """Grade 1..5 (int8) for each risk: one more than the number of thresholds the risk exceeds.

    A risk exactly equal to a threshold takes the lower (safer) grade, which keeps each grade within its share.
    """
    thresholds = np.asarray(thresholds, dtype=np.float64)
    if thresholds.shape != (4,) or np.any(np.diff(thresholds) < 0):
        raise ValueError("Grade thresholds must be four ascending risk values.")
    return (1 + np.searchsorted(thresholds, np.asarray(risk, dtype=np.float64), side="left")).astype(np.int8)


def _checked_shares(shares):
    shares = np.asarray(shares, dtype=np.float64)
    if shares.shape != (5,) or np.any(shares < 0) or not np.isclose(shares.sum(), 1.0, rtol=0, atol=1e-9):
        raise ValueError(f"Grade shares must be five non-negative fractions of network length summing to 1, "
                         f"got {shares.tolist()}.")
    return shares
