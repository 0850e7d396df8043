"""Bootstrap 95 % ranges of ROC-AUC and PAI over test crimes: how much a score moves with the luck of the draw.

The test crimes are drawn again with replacement ``repeats`` times (each draw as many crimes as there were), every
ranking is scored on each draw, and the 2.5th and 97.5th percentiles are the range. The ranking's order and ranks
are computed once, so a draw costs a pass over the crimes, not over the segments.
"""
import numpy as np

from .metrics import auc_from_positive_ranks, average_ranks, flagged_up_to, json_float, rank_descending, share_key

BOOTSTRAP_REPEATS = 100


def bootstrap_ranges(score, crime_counts, length_m, shares, seed=0, repeats=BOOTSTRAP_REPEATS, order=None):
    """``{"roc_auc": [low, high], "pai": {share key: [low, high]}}`` (None where undefined) for one ranking;
    ``order``: :func:`.metrics.rank_descending` of ``score`` with ``seed``, when the caller has it already."""
    score = np.asarray(score, dtype=np.float64)
    crime_counts = np.asarray(crime_counts, dtype=np.float64)
    length_m = np.asarray(length_m, dtype=np.float64)
    crimes = np.repeat(np.arange(len(score)), np.rint(crime_counts).astype(np.int64).clip(0))
    empty = {"roc_auc": None, "pai": {share_key(share): None for share in shares}}
    if not len(crimes) or len(crimes) == len(score) and np.all(crime_counts > 0):
        return empty
    order = rank_descending(score, seed) if order is None else order
    last_flagged, length_share = flagged_up_to(order, length_m, shares)
    position = np.empty(len(order), dtype=np.int64)
    position[order] = np.arange(len(order))
    flagged = position[crimes][:, None] <= last_flagged[None, :]  # per crime and share: is its segment flagged
    ranks = average_ranks(score, order)
    segments_with_crime, crime_segment = np.unique(crimes, return_inverse=True)
    segment_rank = ranks[segments_with_crime]
    rng = np.random.default_rng(seed)
    pai, auc = np.empty((repeats, len(shares))), np.empty(repeats)
    for draw in range(repeats):  # each draw costs a pass over the crimes, not over the segments
        drawn = rng.integers(0, len(crimes), len(crimes))
        pai[draw] = flagged[drawn].mean(axis=0) / length_share
        drawn_segment = np.zeros(len(segments_with_crime), dtype=bool)
        drawn_segment[crime_segment[drawn]] = True
        auc[draw] = auc_from_positive_ranks(segment_rank[drawn_segment], len(score))
    low_high = np.nanpercentile(np.column_stack([auc, pai]), [2.5, 97.5], axis=0).T
    return {"roc_auc": [json_float(value) for value in low_high[0]],
            "pai": {share_key(share): [json_float(value) for value in low_high[i + 1]]
                    for i, share in enumerate(shares)}}
