"""How well a ranking of street segments finds where crime happens, and the kernel-density baseline.

Every ranking is one score per segment, higher meaning riskier. The crime-mapping measure is the Predictive
Accuracy Index: the share of crimes on the segments flagged first, divided by the share of network length they
cover (Chainey et al. 2008; length as the denominator after Drawve & Wooditch 2019). ROC-AUC and PR-AUC add the
machine-learning view. Results that go into a model manifest pass through :func:`json_float`, so an undefined
metric is stored as ``None`` rather than a NaN that strict JSON cannot hold.
"""
import numpy as np

from ..dependencies import require
from ..progress import report

DEFAULT_SHARES = (0.01, 0.05, 0.10)


def json_float(value):
    """``value`` as a plain float, or ``None`` when it is NaN or infinite (undefined)."""
    value = float(value)
    return value if np.isfinite(value) else None


def share_key(share):
    """The manifest key for a share of network length: ``0.05 -> "0.05"`` (JSON keys must be strings)."""
    return f"{float(share):g}"


def rank_descending(score, seed=0):
    """Segment indices from the highest score to the lowest; NaN scores come last.

    Ties are put in a random order drawn from ``seed``. This matters: with a count baseline most segments tie at
    zero crimes, and any fixed order (by id, say, which follows the street) would flag whole streets at once and
    bias the baseline up or down.
    """
    score = np.asarray(score, dtype=np.float64)
    tie_break = np.random.default_rng(seed).random(len(score))
    return np.lexsort((tie_break, -np.where(np.isnan(score), -np.inf, score)))


def flagged_up_to(order, length_m, shares):
    """``(last flagged, length share)`` per share: the position in ``order`` of the last segment flagged when
    segments are flagged in that order up to each share of network length (the one that crosses the line is
    flagged whole), and the share of length actually flagged, the PAI's denominator."""
    cumulative_length_m = np.cumsum(np.asarray(length_m, dtype=np.float64)[order])
    # The relative tolerance keeps 0.3 * 100 m (= 30.000000000000004) from flagging one segment too many.
    target_length_m = np.asarray(shares, dtype=np.float64) * cumulative_length_m[-1] * (1 - 1e-12)
    last_flagged = np.minimum(np.searchsorted(cumulative_length_m, target_length_m), len(order) - 1)
    return last_flagged, cumulative_length_m[last_flagged] / cumulative_length_m[-1]


def pai_hit_rate(score, crime_counts, length_m, shares=DEFAULT_SHARES, seed=0, order=None):
    """Hit rate and PAI of flagging the top-scored segments up to each share of network length.

    Segments are flagged from the highest score down (ties in seeded random order, see :func:`rank_descending`)
    until their cumulative length reaches ``share`` of the total; the segment that crosses the line is flagged
    whole, so ``length_share`` is the length actually flagged and is the PAI's denominator.

    Returns ``{share: {"hit_rate", "pai", "length_share"}}``; hit rate and PAI are NaN when there are no crimes.
    ``order``: :func:`rank_descending` of ``score`` with ``seed``, when the caller has it already.
    """
    crime_counts = np.asarray(crime_counts, dtype=np.float64)
    length_m = np.asarray(length_m, dtype=np.float64)
    if not len(length_m) or length_m.sum() <= 0:
        raise ValueError("PAI needs segments with a positive total length.")
    order = rank_descending(score, seed) if order is None else order
    cumulative_crimes = np.cumsum(crime_counts[order])
    last_flagged, length_share = flagged_up_to(order, length_m, shares)
    total_crimes = cumulative_crimes[-1]
    hit_rate = cumulative_crimes[last_flagged] / total_crimes if total_crimes > 0 else np.full(len(shares), np.nan)
    pai = hit_rate / length_share
    return {float(share): {"hit_rate": float(hit_rate[i]), "pai": float(pai[i]), "length_share": float(length_share[i])}
            for i, share in enumerate(shares)}


def one_class(has_crime):
    """True when every segment has a crime or none has, so ranking measures that compare the two are undefined."""
    return bool(has_crime.all() or not has_crime.any())


def roc_auc(has_crime, score):
    """Area under the ROC curve of ``score`` for telling segments with a crime from those without.

    NaN when every segment has a crime or none has: the measure compares the two groups and is undefined then.
    Ties count half, so a constant score gets 0.5.
    """
    has_crime = np.asarray(has_crime, dtype=bool)
    if one_class(has_crime):
        return float("nan")
    return float(require("sklearn.metrics").roc_auc_score(has_crime, score))


def pr_auc(has_crime, score):
    """Area under the precision-recall curve (average precision); a random ranking scores the crime prevalence.

    NaN in the one-class case, like :func:`roc_auc`: with no crimes recall is undefined, with crimes everywhere the
    value is a trivial 1.
    """
    has_crime = np.asarray(has_crime, dtype=bool)
    if one_class(has_crime):
        return float("nan")
    return float(require("sklearn.metrics").average_precision_score(has_crime, score))


def average_ranks(score, order):
    """1-based ranks from the lowest score up, ties sharing their average rank (as the Mann–Whitney statistic
    needs), read off ``order`` (:func:`rank_descending` of ``score``, where tied scores are adjacent) instead of
    sorting again; NaN scores rank lowest."""
    values = np.where(np.isnan(score), -np.inf, np.asarray(score, dtype=np.float64))[order]
    starts, ends = _tie_groups(values)
    ranks = np.empty(len(values))
    ranks[order] = np.repeat(len(values) - (starts + ends - 1) / 2.0, ends - starts)
    return ranks


def auc_from_positive_ranks(positive_ranks, n_segments):
    """ROC-AUC (Mann–Whitney) from the ranks of the segments with a crime among all ``n_segments``."""
    n_positive = len(positive_ranks)
    n_negative = n_segments - n_positive
    if not n_positive or not n_negative:
        return np.nan
    return (positive_ranks.sum() - n_positive * (n_positive + 1) / 2.0) / (n_positive * n_negative)


def _tie_groups(descending_values):
    """``(starts, ends)`` of the runs of equal values in a sorted array."""
    starts = np.flatnonzero(np.r_[True, descending_values[1:] != descending_values[:-1]])
    return starts, np.r_[starts[1:], len(descending_values)]


def _average_precision(has_crime, score, order):
    """Average precision as :func:`pr_auc` defines it (a threshold at every distinct score, precision weighted by
    the recall it adds), read off ``order``."""
    values = np.where(np.isnan(score), -np.inf, np.asarray(score, dtype=np.float64))[order]
    _, ends = _tie_groups(values)
    true_positives = np.cumsum(has_crime[order])[ends - 1]
    added = np.diff(np.r_[0, true_positives])
    return float(np.sum(added * true_positives / ends) / true_positives[-1])


def ranking_summary(score, crime_counts, length_m, shares=DEFAULT_SHARES, seed=0, order=None):
    """All metrics of one ranking against one target, as a JSON-ready dict (undefined values are ``None``);
    ``order`` as for :func:`pai_hit_rate`. ROC-AUC and PR-AUC are those of :func:`roc_auc` and :func:`pr_auc`,
    computed from ``order``: on a city's 1.9 million panel rows each of their sorts cost as much as the order."""
    score = np.asarray(score, dtype=np.float64)
    crime_counts = np.asarray(crime_counts, dtype=np.float64)
    has_crime = crime_counts > 0
    order = rank_descending(score, seed) if order is None else order
    at_share = pai_hit_rate(score, crime_counts, length_m, shares, seed, order)
    undefined = one_class(has_crime)
    return {
        "roc_auc": None if undefined else json_float(auc_from_positive_ranks(average_ranks(score, order)[has_crime],
                                                                             len(score))),
        "pr_auc": None if undefined else json_float(_average_precision(has_crime, score, order)),
        "at_length_share": {share_key(share): {name: json_float(value) for name, value in values.items()}
                            for share, values in at_share.items()},
    }


def kde_scores(source_xy, target_xy, bandwidth_m=100.0, weights=None, cutoff_bandwidths=3.0, chunk_size=50_000,
               progress=None):
    """Gaussian kernel density of past crimes at each target point, in crimes per km².

    ``source_xy`` are crime points, or segment midpoints with their crime counts as ``weights``. Sources farther
    than ``cutoff_bandwidths`` bandwidths contribute about 1 % of a kernel's peak and are skipped, so only
    nearby pairs are ever formed; targets go in chunks to bound memory on city-wide networks.
    """
    spatial = require("scipy.spatial")
    source_xy = np.asarray(source_xy, dtype=np.float64).reshape(-1, 2)
    target_xy = np.asarray(target_xy, dtype=np.float64).reshape(-1, 2)
    weights = np.ones(len(source_xy)) if weights is None else np.asarray(weights, dtype=np.float64)
    has_weight = weights > 0
    source_xy, weights = source_xy[has_weight], weights[has_weight]
    density = np.zeros(len(target_xy))
    if not len(source_xy):
        return density
    source_tree = spatial.cKDTree(source_xy)
    for start in range(0, len(target_xy), chunk_size):
        chunk_xy = target_xy[start:start + chunk_size]
        pairs = source_tree.sparse_distance_matrix(
            spatial.cKDTree(chunk_xy), cutoff_bandwidths * bandwidth_m, output_type="ndarray")
        kernel = np.exp(-0.5 * (pairs["v"] / bandwidth_m) ** 2)
        density[start:start + len(chunk_xy)] = np.bincount(
            pairs["j"], weights=weights[pairs["i"]] * kernel, minlength=len(chunk_xy))
        report(progress, (start + len(chunk_xy)) / len(target_xy))
    square_m_per_square_km = 1e6
    return density * square_m_per_square_km / (2 * np.pi * bandwidth_m ** 2)
