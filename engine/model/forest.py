"""A gradient-boosted tree ensemble held as plain numpy arrays, evaluated and explained with numpy alone.

Why our own evaluator: planners grade their network on machines without scikit-learn, and a per-segment
explanation needs each tree's decision path, which scikit-learn does not expose.

Layout: every tree is flattened into one set of node arrays. Tree ``t`` owns nodes
``tree_starts[t]:tree_starts[t + 1]`` and its root is the first of them. ``left`` and ``right`` hold global node
indices, always greater than the parent's, and ``-1`` on leaves. A row goes left at a split when its value is
``<= threshold``, or, when the value is NaN, when ``missing_go_to_left`` is set (scikit-learn's rule).
``value`` on a leaf is the tree's output there; on an internal node it is the mean of the leaves below it,
weighted by how many training rows reached each leaf, so that path contributions telescope (see ``evaluate``).

Evaluation follows QuickScorer (Lucchese et al., SIGIR 2015) instead of walking nodes row by row. Leaves of a tree
are numbered left to right and a row's leaf is the leftmost one that none of the row's "go right" decisions rules
out. For one factor the splits a row sends right are exactly those whose threshold lies below the row's value, so
per factor a table indexed by the row's rank among that factor's thresholds gives, for every tree at once, the
bitmask of leaves still possible. ANDing the factors' masks and taking the lowest set bit yields every tree's leaf
with a few whole-array operations. Trees are then taken in pairs, and a precomputed table per pair maps the two
leaves to their summed output and summed per-factor contributions.
"""
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from ..i18n import TranslatableError, tr_noop
from ..progress import report

TR_CONTEXT = "Forest"

# Leaf bitmasks are at most 32 bits wide; the model trains trees of at most 16 leaves.
MAX_LEAVES_PER_TREE = 32
# Rows per work unit: large enough to amortise Python overhead, small enough that the (rows x trees) masks stay
# in cache.
_ROWS_PER_CHUNK = 8192


@dataclass(eq=False)
class Forest:
    """Boosted trees as flat node arrays (see the module docstring); the constructor validates the structure."""

    baseline: float
    tree_starts: np.ndarray
    feature: np.ndarray
    threshold: np.ndarray
    missing_go_to_left: np.ndarray
    left: np.ndarray
    right: np.ndarray
    is_leaf: np.ndarray
    value: np.ndarray
    n_features: int

    def __post_init__(self):
        self.baseline = float(self.baseline)
        self.n_features = int(self.n_features)
        self.tree_starts = np.asarray(self.tree_starts, dtype=np.int64)
        self.feature = np.asarray(self.feature, dtype=np.int32)
        self.threshold = np.asarray(self.threshold, dtype=np.float64)
        self.missing_go_to_left = np.asarray(self.missing_go_to_left, dtype=bool)
        self.left = np.asarray(self.left, dtype=np.int32)
        self.right = np.asarray(self.right, dtype=np.int32)
        self.is_leaf = np.asarray(self.is_leaf, dtype=bool)
        self.value = np.asarray(self.value, dtype=np.float64)
        _check_structure(self)

    @property
    def n_trees(self):
        return len(self.tree_starts) - 1

    @property
    def expected_value(self):
        """Mean raw score over the training rows: the baseline plus every tree's root value."""
        return self.baseline + float(self.value[self.tree_starts[:-1]].sum())

    def evaluate(self, X, progress=None):
        """Raw scores (log-odds) and per-factor path contributions for the rows of ``X``.

        Contributions follow Saabas: at every split a row passes, the change from the node's value to the chosen
        child's value is credited to the split's factor. Along a path these changes telescope from the root value to
        the leaf value, so ``expected_value + contributions.sum(axis=1) == raw`` up to rounding.
        Returns ``raw`` of shape ``(n,)`` and ``contributions`` of shape ``(n, n_features)``.
        """
        totals = self._by_chunk(X, self.n_features + 1, self._tables.evaluate, progress)
        return self.baseline + totals[:, -1], totals[:, :-1]

    def predict_raw(self, X, progress=None):
        """Raw scores (log-odds); equal to scikit-learn's ``decision_function`` for the exported booster. The same
        sums as :meth:`evaluate`'s, without the contributions, which take most of its time."""
        return self.baseline + self._by_chunk(X, 1, self._tables.evaluate_raw, progress)[:, 0]

    def _by_chunk(self, X, columns, evaluate_rows, progress):
        """``evaluate_rows`` over chunks of the rows of ``X``, into one ``(rows, columns)`` array."""
        X = self._checked_rows(X)
        totals = np.empty((len(X), columns))
        starts = range(0, len(X), _ROWS_PER_CHUNK)

        def evaluate_chunk(start):
            stop = start + _ROWS_PER_CHUNK
            totals[start:stop] = evaluate_rows(X[start:stop])

        if len(starts) <= 1:  # one chunk: a thread pool would only add its start-up time
            evaluate_chunk(0)
            report(progress, 1.0)
            return totals
        # numpy releases the GIL inside these array operations, so threads use every core.
        pool = ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1))
        try:
            for done, _ in enumerate(pool.map(evaluate_chunk, starts), start=1):
                report(progress, done / len(starts))
        finally:
            pool.shutdown(cancel_futures=True)
        return totals

    def arrays(self):
        """The node arrays by name, ready to save; ``Forest(**arrays, n_features=...)`` rebuilds the forest."""
        return {"baseline": np.array(self.baseline), "tree_starts": self.tree_starts, "feature": self.feature,
                "threshold": self.threshold, "missing_go_to_left": self.missing_go_to_left, "left": self.left,
                "right": self.right, "is_leaf": self.is_leaf, "value": self.value}

    def _checked_rows(self, X):
        X = np.ascontiguousarray(X, dtype=np.float64)
        if X.ndim != 2 or X.shape[1] != self.n_features:
            raise TranslatableError(TR_CONTEXT, tr_noop(
                "Expected rows of {n_features} factor values, got an array of shape "
                "{shape}."), n_features=self.n_features, shape=X.shape)
        return X

    @cached_property
    def _tables(self):
        return _EvaluationTables(self)


def forest_from_booster(booster, n_trees=None):
    """Export a fitted binary scikit-learn ``HistGradientBoostingClassifier`` (1.2 node layout) to a :class:`Forest`.

    ``n_trees``: export only the first trees, as ``staged_decision_function`` would score after that many.

    scikit-learn leaves internal-node values unshrunk and unconstrained, so they are recomputed here as the mean of
    the leaves below, weighted by training rows per leaf.
    """
    if booster.n_trees_per_iteration_ != 1:
        raise TranslatableError(TR_CONTEXT, tr_noop("Only a binary classifier can be exported."))
    if booster.is_categorical_ is not None and booster.is_categorical_.any():
        raise TranslatableError(TR_CONTEXT, tr_noop("Categorical splits are not supported."))
    trees = [predictors[0].nodes for predictors in booster._predictors[:n_trees]]
    sizes = np.array([len(tree) for tree in trees])
    tree_starts = np.concatenate([[0], np.cumsum(sizes)])
    nodes = np.concatenate(trees)
    offsets = np.repeat(tree_starts[:-1], sizes)
    is_leaf = nodes["is_leaf"].astype(bool)
    left = np.where(is_leaf, -1, nodes["left"].astype(np.int64) + offsets)
    right = np.where(is_leaf, -1, nodes["right"].astype(np.int64) + offsets)
    value = _subtree_means(tree_starts, is_leaf, left, right, nodes["value"], nodes["count"])
    return Forest(baseline=float(booster._baseline_prediction.ravel()[0]), tree_starts=tree_starts,
                  feature=np.where(is_leaf, -1, nodes["feature_idx"]), threshold=np.where(is_leaf, 0.0,
                  nodes["num_threshold"]), missing_go_to_left=nodes["missing_go_to_left"].astype(bool) & ~is_leaf,
                  left=left, right=right, is_leaf=is_leaf, value=value, n_features=booster.n_features_in_)


def _levels(tree_starts, is_leaf, left, right):
    """Node indices level by level from the roots down; needs a validated (acyclic) structure."""
    levels = []
    frontier = tree_starts[:-1]
    while frontier.size:
        levels.append(frontier)
        internal = frontier[~is_leaf[frontier]]
        frontier = np.concatenate([left[internal], right[internal]])
    return levels


def _subtree_means(tree_starts, is_leaf, left, right, leaf_value, leaf_count):
    value = np.where(is_leaf, leaf_value, 0.0)
    weight = np.where(is_leaf, leaf_count, 0).astype(np.float64)
    for level in reversed(_levels(tree_starts, is_leaf, left, right)):
        internal = level[~is_leaf[level]]
        left_child, right_child = left[internal], right[internal]
        weight[internal] = weight[left_child] + weight[right_child]
        value[internal] = (weight[left_child] * value[left_child]
                           + weight[right_child] * value[right_child]) / weight[internal]
    return value


def _check_structure(forest):
    """Raise ValueError unless the arrays describe well-formed trees: ranges, links, acyclicity, finite numbers."""
    n_nodes = len(forest.value)
    starts = forest.tree_starts
    node_arrays = ("feature", "threshold", "missing_go_to_left", "left", "right", "is_leaf", "value")
    for name in node_arrays:
        if getattr(forest, name).shape != (n_nodes,):
            raise TranslatableError(TR_CONTEXT, tr_noop(
                "Node array '{name}' must be one-dimensional with one entry per node "
                "({n_nodes})."), name=name, n_nodes=n_nodes)
    if starts.ndim != 1 or len(starts) < 2 or starts[0] != 0 or starts[-1] != n_nodes or np.any(np.diff(starts) < 1):
        raise TranslatableError(TR_CONTEXT, tr_noop("Tree starts must rise strictly from 0 to the number of nodes."))
    if forest.n_features < 1:
        raise TranslatableError(TR_CONTEXT, tr_noop("A forest needs at least one factor."))
    if not (np.isfinite(forest.baseline) and np.isfinite(forest.value).all()):
        raise TranslatableError(TR_CONTEXT, tr_noop("Tree values must be finite."))
    leaf, internal = forest.is_leaf, np.flatnonzero(~forest.is_leaf)
    if np.any(forest.left[leaf] != -1) or np.any(forest.right[leaf] != -1):
        raise TranslatableError(TR_CONTEXT, tr_noop("Leaves must not have children."))
    features = forest.feature[internal]
    if np.any((features < 0) | (features >= forest.n_features)) or np.isnan(forest.threshold[internal]).any():
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "A split refers to a factor that does not exist or has no threshold."))
    tree_of_node = np.repeat(np.arange(forest.n_trees), np.diff(starts))
    tree_end = starts[1:][tree_of_node[internal]]
    for children in (forest.left[internal], forest.right[internal]):
        # Children after their parent and inside its tree: links cannot loop or cross trees.
        if np.any(children <= internal) or np.any(children >= tree_end):
            raise TranslatableError(TR_CONTEXT, tr_noop(
                "A child link points outside its tree or back to an earlier node."))
    references = np.bincount(np.concatenate([forest.left[internal], forest.right[internal]]), minlength=n_nodes)
    expected = np.ones(n_nodes, dtype=np.int64)
    expected[starts[:-1]] = 0
    if np.any(references != expected):
        raise TranslatableError(TR_CONTEXT, tr_noop("Every node except a root must have exactly one parent."))
    if np.bincount(tree_of_node[leaf], minlength=forest.n_trees).max() > MAX_LEAVES_PER_TREE:
        raise TranslatableError(TR_CONTEXT, tr_noop(
            "A tree has more than {MAX_LEAVES_PER_TREE} leaves."), MAX_LEAVES_PER_TREE=MAX_LEAVES_PER_TREE)


class _EvaluationTables:
    """The per-factor leaf-mask tables and per-pair output tables QuickScorer evaluation needs (module docstring)."""

    def __init__(self, forest):
        levels = _levels(forest.tree_starts, forest.is_leaf, forest.left, forest.right)
        leaves_below, first_leaf, contribution = _path_summaries(forest, levels)
        n_trees = forest.n_trees + forest.n_trees % 2  # an odd tree is paired with an empty one
        self.leaf_slots = 16 if leaves_below[forest.tree_starts[:-1]].max() <= 16 else MAX_LEAVES_PER_TREE
        self.mask_dtype = np.uint16 if self.leaf_slots == 16 else np.uint32
        self.n_trees = n_trees
        tree_of_node = np.repeat(np.arange(forest.n_trees), np.diff(forest.tree_starts))

        internal = np.flatnonzero(~forest.is_leaf)
        below_left = leaves_below[forest.left[internal]].astype(np.uint64)
        left_bits = ((np.uint64(1) << below_left) - np.uint64(1)) << first_leaf[internal].astype(np.uint64)
        # Going right rules out every leaf of the left subtree.
        rules_out = (~left_bits).astype(self.mask_dtype)
        self.factor_tables = [
            self._factor_table(forest, internal[forest.feature[internal] == factor],
                               rules_out[forest.feature[internal] == factor], tree_of_node, factor)
            for factor in np.unique(forest.feature[internal])]

        leaves = np.flatnonzero(forest.is_leaf)
        outputs = np.zeros((n_trees, self.leaf_slots, forest.n_features + 1))
        outputs[tree_of_node[leaves], first_leaf[leaves], :-1] = contribution[leaves]
        outputs[tree_of_node[leaves], first_leaf[leaves], -1] = forest.value[leaves]
        self.pair_tables = (outputs[0::2, :, None, :] + outputs[1::2, None, :, :]).reshape(
            n_trees // 2, self.leaf_slots ** 2, forest.n_features + 1)
        self.raw_pair_tables = np.ascontiguousarray(self.pair_tables[:, :, -1:])

    def _factor_table(self, forest, nodes, rules_out, tree_of_node, factor):
        """(factor, sorted thresholds, masks): row ``b`` of ``masks`` holds every tree's possible leaves for a value
        above exactly ``b`` thresholds; the last row is for NaN."""
        thresholds = np.unique(forest.threshold[nodes])
        rank = np.searchsorted(thresholds, forest.threshold[nodes])
        all_leaves = np.iinfo(self.mask_dtype).max
        crossings = np.full((len(thresholds) + 1, self.n_trees), all_leaves, dtype=self.mask_dtype)
        np.bitwise_and.at(crossings, (rank + 1, tree_of_node[nodes]), rules_out)
        masks = np.empty((len(thresholds) + 2, self.n_trees), dtype=self.mask_dtype)
        masks[:-1] = np.bitwise_and.accumulate(crossings, axis=0)
        masks[-1] = all_leaves
        goes_right = ~forest.missing_go_to_left[nodes]
        np.bitwise_and.at(masks[-1], tree_of_node[nodes][goes_right], rules_out[goes_right])
        return factor, thresholds, masks

    def evaluate(self, X):
        """Per row: summed contributions of every factor, then the summed tree outputs in the last column."""
        return self._summed(self.pair_tables, X)

    def evaluate_raw(self, X):
        """Per row, in one column: the summed tree outputs, as :meth:`evaluate`'s last column."""
        return self._summed(self.raw_pair_tables, X)

    def _summed(self, pair_tables, X):
        possible = np.full((len(X), self.n_trees), np.iinfo(self.mask_dtype).max, dtype=self.mask_dtype)
        for factor, thresholds, masks in self.factor_tables:
            values = X[:, factor]
            rank = np.searchsorted(thresholds, values)  # thresholds strictly below the value
            rank[np.isnan(values)] = len(thresholds) + 1
            possible &= masks[rank]
        leaf = _lowest_set_bit(possible)
        # One contiguous row of leaf-pair indices per tree pair, so each gather below reads memory in order.
        pair_leaf = np.ascontiguousarray((leaf[:, 0::2] * self.leaf_slots + leaf[:, 1::2]).T, dtype=np.intp)
        totals = np.zeros((len(X), pair_tables.shape[2]))
        gathered = np.empty_like(totals)
        for table, index in zip(pair_tables, pair_leaf):
            np.take(table, index, axis=0, out=gathered)
            totals += gathered
        return totals


def _path_summaries(forest, levels):
    """Per node: leaves below it, in-order rank of its first leaf within its tree, and Saabas contributions so far."""
    is_leaf, left, right, value = forest.is_leaf, forest.left, forest.right, forest.value
    leaves_below = is_leaf.astype(np.int64)
    for level in reversed(levels):
        internal = level[~is_leaf[level]]
        leaves_below[internal] = leaves_below[left[internal]] + leaves_below[right[internal]]
    first_leaf = np.zeros(len(value), dtype=np.int64)
    contribution = np.zeros((len(value), forest.n_features))
    for level in levels:
        internal = level[~is_leaf[level]]
        for child, leaf_offset in ((left[internal], 0), (right[internal], leaves_below[left[internal]])):
            first_leaf[child] = first_leaf[internal] + leaf_offset
            contribution[child] = contribution[internal]
            contribution[child, forest.feature[internal]] += value[child] - value[internal]
    return leaves_below, first_leaf, contribution


def _lowest_set_bit(masks):
    """Index of each mask's lowest set bit (masks are never zero: a tree's rightmost leaf is always possible)."""
    lowest = masks & (~masks + masks.dtype.type(1))  # two's complement isolates the lowest set bit
    # A power of two converts to float32 exactly; its biased exponent is the bit index.
    return (lowest.astype(np.float32).view(np.int32) >> 23) - 127
