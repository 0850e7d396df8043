"""Grouped folds: streets held out whole, and the same folds whatever numpy's sort does with equal sizes."""
import numpy as np
import pytest

from anshim.engine.model.folds import grouped_folds


def test_every_street_is_held_out_whole_exactly_once():
    rng = np.random.default_rng(3)
    groups = rng.integers(0, 40, 500)
    folds = grouped_folds(groups, 5)
    held_out = np.concatenate([test for _, test in folds])
    assert sorted(held_out) == list(range(500))
    for train, test in folds:
        assert not set(groups[train]) & set(groups[test])
        assert len(train) + len(test) == 500


def test_equal_sized_streets_go_in_the_order_of_their_first_segment():
    # six streets of two segments each: a sort that reorders equal sizes would deal them out differently
    groups = np.array([50, 50, 10, 10, 40, 40, 20, 20, 60, 60, 30, 30])
    folds = grouped_folds(groups, 3)
    assert [sorted(set(groups[test])) for _, test in folds] == [[20, 50], [10, 60], [30, 40]]


def test_the_largest_street_goes_first_into_the_emptiest_fold():
    groups = np.array([1] * 5 + [2] * 3 + [3] * 2 + [4] * 2)
    folds = grouped_folds(groups, 2)
    assert [sorted(set(groups[test])) for _, test in folds] == [[1, 4], [2, 3]]


def test_the_folds_do_not_depend_on_the_street_ids_sort_order():
    groups = np.repeat(np.arange(30), 4)
    relabelled = np.repeat(np.arange(30)[::-1] * 7 + 100, 4)  # same streets, ids in the opposite order
    assert all((a[1] == b[1]).all() for a, b in zip(grouped_folds(groups, 5), grouped_folds(relabelled, 5)))


def test_more_folds_than_streets_is_refused():
    with pytest.raises(ValueError, match="Cannot make 5 folds of 3 streets"):
        grouped_folds(np.array([1, 2, 3]), 5)
