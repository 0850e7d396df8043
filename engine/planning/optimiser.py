"""The siting optimiser: which new cameras, lights, bells and guard houses, where, cut the most risk for a budget.

Budgeted maximisation with the :class:`~.scenario.ScenarioPlanner` as the exact oracle. A candidate's marginal
gain is measured by proposing it, reading the objective on the segments it reaches (the only ones the planner
refreshes) and withdrawing it, which restores the planner's state exactly.

Method (Leskovec et al. 2007, "Cost-effective outbreak detection in networks", CELF and CEF):

1. Every candidate's gain on the starting scenario (the existing proposals) is measured once.
2. Cost-benefit lazy greedy: repeatedly take the affordable candidate with the largest gain per KRW. Gains are
   kept in a priority queue with the round they were measured in; a stale gain is re-measured only when it comes
   to the top, i.e. only when it could still be the best. With diminishing returns (submodularity) a stale gain is
   an upper bound and the first fresh gain at the top is the true best. Diminishing returns are not guaranteed
   here (a camera count or a grade threshold can make two sites together worth more than apart), so every
   re-measured gain larger than its stale bound is counted as a violation and reported.
3. The same lazy greedy by gain alone (unit cost), and the best single affordable site; the best of the three is
   kept (CEF takes the better of the two greedies; the single site guards against one expensive, excellent site).
4. A swap pass: each chosen site, weakest first, is withdrawn and the best affordable unchosen site (lazily, with
   gains on the starting scenario as bounds) put in its place when that improves the objective; then the budget
   left over is filled greedily. Passes repeat while a swap improves the objective.

Objectives: ``0`` the expected-incident proxy of :meth:`ScenarioPlanner.summary` (risk weighted by night-time
population relative to the network mean), ``1`` km of street in grades 4–5. Both only ever fall when a facility
is added (the model is monotonic), so every gain is at least zero.
"""
from dataclasses import dataclass

import numpy as np

from .optimiser_search import EXPECTED_INCIDENTS, KM_GRADE_4_5, BudgetedSearch
from .proposals import PLANNER_KINDS, SITE_KINDS
from .scenario import DEFAULT_UNIT_COSTS_KRW, POINT_EFFECTS

TR_CONTEXT = "Optimiser"
OBJECTIVES = (EXPECTED_INCIDENTS, KM_GRADE_4_5)
DEFAULT_KINDS = ("cctv", "light")
DEFAULT_CANDIDATE_SPACING_M = 20.0
DEFAULT_MIN_GRADE = 3
DEFAULT_MIN_SEPARATION_M = 30.0
DEFAULT_CCTV_CAMERAS = 2
# The distance factor of each site kind: where the model does not use it, its field on the graded layer still says
# where the existing facilities are (candidates keep away from them).
EXISTING_DISTANCE_FIELDS = {kind: POINT_EFFECTS[PLANNER_KINDS[kind]].distance_field for kind in SITE_KINDS}


@dataclass
class Candidates:
    """Sites the optimiser may choose from: ``kinds`` in the proposal format (cctv, light, bell, guardhouse) and
    ``xy`` (n, 2) in the segments' CRS. One location may appear once per kind."""

    kinds: np.ndarray
    xy: np.ndarray

    def __post_init__(self):
        self.kinds = np.asarray(self.kinds, dtype=object).reshape(-1)
        self.xy = np.asarray(self.xy, dtype=np.float64).reshape(-1, 2)
        if len(self.kinds) != len(self.xy):
            raise ValueError(f"{len(self.kinds)} kinds for {len(self.xy)} candidate sites")
        unknown = sorted(set(self.kinds.tolist()) - set(SITE_KINDS))
        if unknown:
            raise ValueError(f"candidate kind(s) {', '.join(unknown)} not one of {', '.join(SITE_KINDS)}")

    def __len__(self):
        return len(self.kinds)

    def of_kinds(self, kinds):
        keep = np.isin(self.kinds, list(kinds))
        return Candidates(self.kinds[keep], self.xy[keep])

    @classmethod
    def at_points(cls, xy, kinds):
        """Every point of ``xy`` once for each of ``kinds`` (a pole can carry a camera or a light)."""
        xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
        return cls(np.repeat(np.asarray(list(kinds), dtype=object), len(xy)), np.tile(xy, (len(kinds), 1)))


def street_candidates(planner, kinds=DEFAULT_KINDS, spacing_m=DEFAULT_CANDIDATE_SPACING_M,
                      min_grade=DEFAULT_MIN_GRADE, min_separation_m=DEFAULT_MIN_SEPARATION_M, existing_distances=None,
                      existing_points=None):
    """Candidate sites along the streets: a segment midpoint every ``spacing_m`` of street length (at most one per
    segment) on segments of current grade >= ``min_grade``, for each of ``kinds``, where the nearest existing
    facility of that kind is at least ``min_separation_m`` away.

    "Existing" is what the planner knows: its distance factor of that kind (``cctv_d``, ``light_d``, ``bell_d``,
    ``guard_d``; proposals included), else ``existing_distances[kind]`` (one value per segment, e.g. a factor field
    the model does not use), plus the distance to the planner's proposals and to ``existing_points[kind]``
    ((n, 2) arrays).
    """
    length_m = planner.length_m
    eligible = np.flatnonzero(planner.grade >= min_grade)
    end_m = np.cumsum(length_m[eligible])
    start_m = end_m - length_m[eligible]
    stations = eligible[np.floor(end_m / spacing_m) > np.floor(start_m / spacing_m)]
    kinds_out, xy_out = [], []
    for kind in kinds:
        keep = np.ones(len(stations), dtype=bool)
        distances = _segment_distances(planner, kind, existing_distances)
        if distances is not None:
            keep &= distances[stations] >= min_separation_m
        xy = planner.index.midpoints[stations]
        points = [p.geometry.reshape(1, 2) for p in planner.proposals.values() if p.kind == PLANNER_KINDS[kind]]
        if existing_points and existing_points.get(kind) is not None:
            points.append(np.asarray(existing_points[kind], dtype=np.float64).reshape(-1, 2))
        if points:
            keep &= _nearest_point_distance(xy, np.vstack(points)) >= min_separation_m
        kinds_out.append(np.full(np.count_nonzero(keep), kind, dtype=object))
        xy_out.append(xy[keep])
    return Candidates(np.concatenate(kinds_out) if kinds_out else np.empty(0, dtype=object),
                      np.vstack(xy_out) if xy_out else np.empty((0, 2)))


def _segment_distances(planner, kind, existing_distances):
    distance_field = EXISTING_DISTANCE_FIELDS[kind]
    if distance_field in planner.current:
        return planner.current[distance_field]
    if existing_distances and existing_distances.get(kind) is not None:
        return np.asarray(existing_distances[kind], dtype=np.float64)
    return None


def _nearest_point_distance(xy, points):
    from scipy.spatial import cKDTree
    return cKDTree(points).query(xy)[0] if len(xy) else np.empty(0)


def optimise_sites(planner, candidates, budget_krw, unit_costs_krw=None, kinds=None, objective=EXPECTED_INCIDENTS,
                   cctv_cameras=DEFAULT_CCTV_CAMERAS, progress=None, swap=True, initial_gains=None):
    """The best sites of ``candidates`` (kinds restricted to ``kinds`` when given) for ``budget_krw`` of new
    facilities on top of ``planner``'s current proposals; see the module docstring.

    ``unit_costs_krw`` is keyed by planner kind as :data:`.scenario.DEFAULT_UNIT_COSTS_KRW`; a CCTV site costs one
    site's price and carries ``cctv_cameras`` cameras. Returns an :class:`OptimiserResult` whose picks are ranked
    in the order they were chosen (swapped-in sites take the place of the site they replaced); the planner is left
    as it was found, also when ``progress`` raises :class:`.progress.Canceled`. ``initial_gains`` (the
    ``initial_gains`` of an earlier result on the same planner state, candidates, objective and cameras) skips
    step 1, e.g. to compare budgets; those measurements are then not counted again in ``oracle_calls``.
    """
    if objective not in OBJECTIVES:
        raise ValueError(f"objective must be one of {OBJECTIVES}, not {objective}")
    if kinds is not None:
        candidates = candidates.of_kinds(kinds)
    costs = {**DEFAULT_UNIT_COSTS_KRW, **(unit_costs_krw or {})}
    free = sorted({kind for kind in candidates.kinds.tolist() if costs[PLANNER_KINDS[kind]] <= 0})
    if free:
        raise ValueError(f"the unit cost of {', '.join(free)} is zero: every such site would fit any budget; give "
                         f"it a cost above zero")
    search = BudgetedSearch(planner, candidates, float(budget_krw), costs, objective, cctv_cameras, progress)
    try:
        return search.run(swap, initial_gains)
    finally:
        search.withdraw_all()


def riskiest_first(planner, kinds, separation_m=50.0):
    """Today's practice, for comparison: sites at the midpoints of the riskiest segments, riskiest first, each at
    least ``separation_m`` from the sites taken before; ``kinds`` (proposal-format kinds, in order) are given to
    the sites in that order. Returns :class:`Candidates` (fewer when the network runs out of room)."""
    kinds = list(kinds)
    order = np.argsort(-planner.risk, kind="stable")
    midpoints = planner.index.midpoints
    taken = np.empty((0, 2))
    for segment in order:
        if len(taken) == len(kinds):
            break
        xy = midpoints[segment]
        if not len(taken) or np.min(np.hypot(*(taken - xy).T)) >= separation_m:
            taken = np.vstack([taken, xy])
    return Candidates(np.asarray(kinds[:len(taken)], dtype=object), taken)
