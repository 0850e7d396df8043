"""Whether crime history earns its place in the model: kept only when it finds more held-out crime than the other
factors alone, beyond the luck of the draw.

On real crime at micro places history is most of the signal (Leeds, ``scripts/real_crime.py``: PAI at 5 % of
length 16.8 with it, 2.1 without). Where the other factors already say all that history knows (crimes drawn from
the factors alone, as in the generated districts) history is a noisy copy of them: the model that leans on it finds
no more crime and ranks the streets' true risk worse (Spearman 0.90 → 0.86 on the demo district, seed 7). So both
models predict the same held-out period, and the one with history is kept only when its PAI at 5 % of length is
higher than the other's in at least 97.5 % of bootstrap draws of that period's crimes (paired: both rankings are
scored on the same draw); otherwise the simpler model is deployed and the card says why.
"""
import numpy as np

from .metrics import flagged_up_to, rank_descending, share_key
from .training_notes import HISTORY_LEFT_OUT_NOTE

CHOICE_SHARE = 0.05
CHOICE_REPEATS = 2000


def flagged_share(score, length_m, share, seed=0):
    """Which segments the ranking ``score`` flags in its top ``share`` of length, and the share of length they
    cover (ties broken at random with ``seed``, as the PAI of :mod:`.metrics`)."""
    order = rank_descending(score, seed)
    (last,), (length_share,) = flagged_up_to(order, length_m, (share,))
    flagged = np.zeros(len(order), dtype=bool)
    flagged[order[:last + 1]] = True
    return flagged, length_share


def paired_pai_difference(with_history, without, crime_counts, length_m, share=CHOICE_SHARE, seed=0,
                          repeats=CHOICE_REPEATS):
    """PAI at ``share`` of length of both rankings on ``crime_counts``, and the 95 % range of their difference
    (with − without) over paired bootstrap draws of the crimes.

    A draw only changes how many crimes fall on segments flagged by both, by one, by the other or by neither, so
    the draws are multinomial counts of those four kinds: no pass over the crimes per draw.
    """
    counts = np.rint(np.asarray(crime_counts, dtype=np.float64)).clip(0)
    n_crimes = int(counts.sum())
    flagged_a, length_a = flagged_share(with_history, length_m, share, seed)
    flagged_b, length_b = flagged_share(without, length_m, share, seed)
    kinds = np.array([counts[flagged_a & flagged_b].sum(), counts[flagged_a & ~flagged_b].sum(),
                      counts[~flagged_a & flagged_b].sum(), counts[~flagged_a & ~flagged_b].sum()])
    pai_a = (kinds[0] + kinds[1]) / n_crimes / length_a
    pai_b = (kinds[0] + kinds[2]) / n_crimes / length_b
    draws = np.random.default_rng(seed).multinomial(n_crimes, kinds / n_crimes, size=repeats)
    difference = ((draws[:, 0] + draws[:, 1]) / length_a - (draws[:, 0] + draws[:, 2]) / length_b) / n_crimes
    low, high = np.percentile(difference, [2.5, 97.5])
    return {"share": share_key(share), "pai_with_history": float(pai_a), "pai_without": float(pai_b),
            "difference_range": [float(low), float(high)], "repeats": repeats}


def choose_history(with_history, without, crime_counts, length_m, period, seed=0):
    """``(keep history?, record for the manifest, notes)``: history is kept when the lower end of the paired 95 %
    range of its PAI gain is above zero. ``period``: the held-out period's name, for the note."""
    if np.rint(np.asarray(crime_counts, dtype=np.float64)).clip(0).sum() <= 0:
        return True, None, []
    record = {**paired_pai_difference(with_history, without, crime_counts, length_m, seed=seed),
              "period": str(period)}
    record["kept"] = bool(record["difference_range"][0] > 0)
    if record["kept"]:
        return True, record, []
    low, high = record["difference_range"]
    return False, record, [HISTORY_LEFT_OUT_NOTE.format(
        period=period, with_history=f"{record['pai_with_history']:.2f}", without=f"{record['pai_without']:.2f}",
        low=f"{low:+.2f}", high=f"{high:+.2f}")]
