"""Grouped cross-validation folds that are the same with every numpy and scikit-learn version.

scikit-learn's ``GroupKFold`` puts the largest street first into the fold with the fewest segments so far, but it
orders streets by size with numpy's default (unstable) sort, so streets of equal size land in different folds with
numpy 1.24 (Debian 12, QGIS 3.22) and numpy 2.2 (Debian 13, QGIS 3.40), and the cross-validation figures moved.
Here equal sizes keep the order of each street's first segment.
"""
import numpy as np


def grouped_folds(groups, n_folds):
    """``n_folds`` (train rows, held-out rows) pairs; every street (``groups`` value) is held out whole, once.

    Streets go largest first, equal sizes in the order of their first row, each into the fold holding the fewest
    rows so far (the lowest-numbered on a tie)."""
    groups = np.asarray(groups)
    _, first_row, street_of_row, sizes = np.unique(groups, return_index=True, return_inverse=True,
                                                   return_counts=True)
    if not 1 < n_folds <= len(sizes):
        raise ValueError(f"Cannot make {n_folds} folds of {len(sizes)} streets.")
    fold_of_street = np.empty(len(sizes), dtype=np.int64)
    rows_in_fold = np.zeros(n_folds, dtype=np.int64)
    for street in np.lexsort((first_row, -sizes)):  # one step per street, not per segment
        lightest = int(np.argmin(rows_in_fold))
        fold_of_street[street] = lightest
        rows_in_fold[lightest] += sizes[street]
    fold_of_row = fold_of_street[np.ravel(street_of_row)]
    return [(np.flatnonzero(fold_of_row != fold), np.flatnonzero(fold_of_row == fold)) for fold in range(n_folds)]
