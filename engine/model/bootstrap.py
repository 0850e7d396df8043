"""Bootstrap 95 % ranges of ROC-AUC and PAI over test crimes: how much a score moves with the luck of the draw.

The test crimes are drawn again with replacement ``repeats`` times (each draw as many crimes as there were), every
ranking is scored on each draw, and the 2.5th and 97.5th percentiles are the range. The ranking's order and ranks
are computed once, so a draw costs one pass over the segments: on 800,000 segments 100 draws take about a second.
"""
import numpy as np

from .metrics import json_float, rank_descending, share_key

BOOTSTRAP_REPEATS = 100


def bootstrap_ranges(score, crime_counts, length_m, shares, seed=0, repeats=BOOTSTRAP_REPEATS):
    """``{"roc_auc": [low, high], "pai": {share key: [low, high]}}`` (None where undefined) for one ranking."""
    score = np.asarray(score, dtype=np.float64)
    crime_counts = np.asarray(crime_counts, dtype=np.float64)
    length_m = np.asarray(length_m, dtype=np.float64)
    crimes = np.repeat(np.arange(len(score)), np.rint(crime_counts).astype(np.int64).clip(0))
    empty = {"roc_auc": None, "pai": {share_key(share): None for share in shares}}
    if not len(crimes) or len(crimes) == len(score) and np.all(crime_counts > 0):
        return empty
    order = rank_descending(score, seed)
    cumulative_length_m = np.cumsum(length_m[order])
    target_m = np.asarray(shares, dtype=np.float64) * cumulative_length_m[-1] * (1 - 1e-12)
    last_flagged = np.minimum(np.searchsorted(cumulative_length_m, target_m), len(order) - 1)
    length_share = cumulative_length_m[last_flagged] / cumulative_length_m[-1]
    ranks = _average_ranks(np.where(np.isnan(score), -np.inf, score))
    rng = np.random.default_rng(seed)
    pai, auc = np.empty((repeats, len(shares))), np.empty(repeats)
    for draw in range(repeats):
        counts = np.bincount(rng.choice(crimes, len(crimes)), minlength=len(score))
        cumulative_crimes = np.cumsum(counts[order])
        pai[draw] = cumulative_crimes[last_flagged] / len(crimes) / length_share
        auc[draw] = _auc_from_ranks(ranks, counts > 0)
    low_high = np.nanpercentile(np.column_stack([auc, pai]), [2.5, 97.5], axis=0).T
    return {"roc_auc": [json_float(value) for value in low_high[0]],
            "pai": {share_key(share): [json_float(value) for value in low_high[i + 1]]
                    for i, share in enumerate(shares)}}


def _average_ranks(values):
    """1-based ranks, ties sharing their average rank (as the Mann–Whitney statistic needs)."""
    order = np.argsort(values, kind="stable")
    sorted_values = values[order]
    starts = np.flatnonzero(np.r_[True, sorted_values[1:] != sorted_values[:-1]])
    ends = np.r_[starts[1:], len(values)]
    average = (starts + ends + 1) / 2.0  # mean of the 1-based positions start+1 … end
    ranks = np.empty(len(values))
    ranks[order] = np.repeat(average, ends - starts)
    return ranks


def _auc_from_ranks(ranks, positive):
    n_positive = int(np.count_nonzero(positive))
    n_negative = len(ranks) - n_positive
    if not n_positive or not n_negative:
        return np.nan
    return (ranks[positive].sum() - n_positive * (n_positive + 1) / 2.0) / (n_positive * n_negative)
