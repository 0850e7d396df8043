"""The optimiser's search (:mod:`engine.planning.optimiser`): cost-benefit and plain lazy greedy, the best single
site and the swap pass, each gain measured exactly on the scenario planner."""
import heapq
import time
from dataclasses import dataclass

import numpy as np

from ..progress import report, stage
from .proposals import PLANNER_KINDS

EXPECTED_INCIDENTS = 0
KM_GRADE_4_5 = 1
# A re-measured gain counts as breaking diminishing returns only beyond rounding.
_VIOLATION_TOLERANCE = 1e-9
# Unchosen sites measured per withdrawn site in the swap pass, at most: bounds are gains on the starting scenario,
# loose late in a run, and an exhaustive pass would cost (picks x candidates) measurements.
SWAP_TRIES_PER_SITE = 10
MAX_SWAP_PASSES = 2


@dataclass
class Pick:
    """One chosen site, in rank order: ``gain`` is its marginal gain after the sites ranked above it."""

    rank: int
    candidate: int  # index into the candidates
    kind: str  # proposal-format kind
    x: float
    y: float
    cameras: int
    cost_krw: float
    gain: float
    cumulative_cost_krw: float
    cumulative_gain: float


@dataclass
class OptimiserResult:
    picks: list
    objective: int
    budget_krw: float
    total_cost_krw: float
    total_gain: float
    summary: dict  # ScenarioPlanner.summary of the starting scenario plus the picks
    strategy: str  # "cost-benefit greedy", "unit-cost greedy" or "best single site"
    strategy_gains: dict  # each strategy's objective gain before the swap pass
    n_candidates: int
    oracle_calls: int  # marginal gains measured (propose, measure, withdraw)
    plain_greedy_calls: int  # what the two greedies would have measured without laziness
    reevaluations: int  # stale gains re-measured by the lazy greedies
    violations: int  # re-measured gains larger than their stale bound: diminishing returns failed
    swaps: int
    seconds: float
    initial_gains: np.ndarray = None  # each candidate's gain on the starting scenario (0 where unaffordable)

    @property
    def violation_rate(self):
        return self.violations / self.reevaluations if self.reevaluations else 0.0


class BudgetedSearch:
    """State of one optimisation: the planner with the sites chosen so far applied, and the measurements."""

    def __init__(self, planner, candidates, budget_krw, costs, objective, cctv_cameras, progress):
        self.planner, self.candidates, self.budget_krw = planner, candidates, budget_krw
        self.objective, self.progress = objective, progress
        self.cameras = int(cctv_cameras)
        self.planner_kinds = [PLANNER_KINDS[kind] for kind in candidates.kinds.tolist()]
        self.weights = np.array([float(self.cameras) if kind == "cctv" else 1.0 for kind in candidates.kinds])
        self.cost = np.array([float(costs[kind]) for kind in self.planner_kinds])
        self.costs = costs
        self.segment_weight = planner.exposure_weight if objective == 0 else planner.length_m / 1000.0
        self.risk_ref, self.grade_ref = planner.risk.copy(), planner.grade.copy()  # the state with ``chosen``
        self.chosen = {}  # candidate -> planner proposal id, in the order chosen
        self.oracle_calls = self.reevaluations = self.violations = self.plain_greedy_calls = 0

    # the oracle --------------------------------------------------------------------------------------------------

    def _delta(self, segments):
        """Objective reduction on ``segments`` from the reference state to the planner's state."""
        if self.objective == EXPECTED_INCIDENTS:
            return float(np.dot(self.segment_weight[segments], self.risk_ref[segments] - self.planner.risk[segments]))
        worse_before = self.grade_ref[segments] >= 4
        worse_after = self.planner.grade[segments] >= 4
        return float(np.dot(self.segment_weight[segments], worse_before.astype(float) - worse_after))

    def _propose(self, candidate):
        return self.planner.add_point(self.planner_kinds[candidate], self.candidates.xy[candidate],
                                      self.weights[candidate])

    def gain(self, candidate):
        """The exact marginal gain of ``candidate`` on the current choice: propose, measure, withdraw."""
        self.oracle_calls += 1
        proposal_id = self._propose(candidate)
        try:
            return self._delta(self.planner.proposals[proposal_id].segments)
        finally:
            self.planner.remove(proposal_id)

    def choose(self, candidate):
        """Apply ``candidate``; returns its exact marginal gain."""
        proposal_id = self._propose(candidate)
        segments = self.planner.proposals[proposal_id].segments
        gain = self._delta(segments)
        self._take_over(segments)
        self.chosen[candidate] = proposal_id
        return gain

    def unchoose(self, candidate):
        """Withdraw ``candidate``; returns the objective lost."""
        segments = self.planner.remove(self.chosen.pop(candidate))
        lost = -self._delta(segments)
        self._take_over(segments)
        return lost

    def _take_over(self, segments):
        self.risk_ref[segments] = self.planner.risk[segments]
        self.grade_ref[segments] = self.planner.grade[segments]

    def withdraw_all(self):
        for candidate in list(self.chosen):
            self.unchoose(candidate)

    def spent(self):
        return float(self.cost[list(self.chosen)].sum()) if self.chosen else 0.0

    # the search ----------------------------------------------------------------------------------------------------

    def run(self, swap, initial_gains=None):
        started = time.perf_counter()
        n = len(self.candidates)
        affordable = np.flatnonzero(self.cost <= self.budget_krw)
        base_gain = np.zeros(n) if initial_gains is None else np.asarray(initial_gains, dtype=np.float64)
        measure = stage(self.progress, 0.0, 0.6)
        for done, candidate in enumerate(affordable if initial_gains is None else ()):
            base_gain[candidate] = self.gain(candidate)
            if done % 16 == 0:
                report(measure, done / len(affordable))
        self.plain_greedy_calls = len(affordable)
        self.base_gain = base_gain
        solutions = {}
        for name, by_ratio, (start, end) in (("cost-benefit greedy", True, (0.6, 0.75)),
                                             ("unit-cost greedy", False, (0.75, 0.85))):
            if not by_ratio and len(np.unique(self.cost[affordable])) <= 1:
                solutions[name] = solutions["cost-benefit greedy"]  # equal costs: the same choices
                continue
            solutions[name] = self._lazy_greedy(affordable, by_ratio, stage(self.progress, start, end))
            self.withdraw_all()
        best = affordable[np.argmax(base_gain[affordable])] if len(affordable) else None
        if best is not None and base_gain[best] > 0:
            solutions["best single site"] = ([int(best)], float(base_gain[best]))
        else:
            solutions["best single site"] = ([], 0.0)
        strategy_gains = {name: gain for name, (_, gain) in solutions.items()}
        strategy = max(solutions, key=lambda name: (solutions[name][1], -len(solutions[name][0])))
        order = solutions[strategy][0]
        gains = [self.choose(candidate) for candidate in order]
        order = list(order)
        swaps = self._swap_pass(order, gains, affordable, stage(self.progress, 0.85, 0.97)) if swap else 0
        self.withdraw_all()
        picks = self._ranked(order)
        summary = self.planner.summary(self.costs)
        report(self.progress, 1.0)
        total_gain = picks[-1].cumulative_gain if picks else 0.0
        return OptimiserResult(
            picks=picks, objective=self.objective, budget_krw=self.budget_krw,
            total_cost_krw=picks[-1].cumulative_cost_krw if picks else 0.0, total_gain=total_gain,
            summary=summary, strategy=strategy, strategy_gains=strategy_gains, n_candidates=n,
            oracle_calls=self.oracle_calls, plain_greedy_calls=self.plain_greedy_calls,
            reevaluations=self.reevaluations, violations=self.violations, swaps=swaps,
            seconds=time.perf_counter() - started, initial_gains=base_gain)

    def _lazy_greedy(self, affordable, by_ratio, progress):
        """CELF from the starting scenario: returns (chosen candidates in order, total gain); leaves them applied."""
        heap = [(-self._key(self.base_gain[c], c, by_ratio), int(c), 0) for c in affordable]
        heapq.heapify(heap)
        total, round_number = 0.0, 0
        remaining = self.budget_krw
        while heap:
            negative_key, candidate, measured_in = heapq.heappop(heap)
            if self.cost[candidate] > remaining:
                continue  # the budget only shrinks: never affordable again
            if measured_in == round_number:
                if negative_key >= 0:
                    break  # the best site left adds nothing: spend no more
                total += self.choose(candidate)
                remaining -= self.cost[candidate]
                round_number += 1
                self.plain_greedy_calls += sum(1 for _, other, _ in heap if self.cost[other] <= remaining)
                report(progress, 1.0 - remaining / self.budget_krw if self.budget_krw > 0 else 1.0)
                continue
            bound = -negative_key
            gain = self.gain(candidate)
            self.reevaluations += 1
            key = self._key(gain, candidate, by_ratio)
            if key > bound * (1.0 + _VIOLATION_TOLERANCE) + _VIOLATION_TOLERANCE * 1e-6:
                self.violations += 1
            heapq.heappush(heap, (-key, candidate, round_number))
        return list(self.chosen), total

    def _key(self, gain, candidate, by_ratio):
        return gain / self.cost[candidate] if by_ratio else gain

    def _swap_pass(self, order, gains, affordable, progress):
        """Trade chosen sites for unchosen ones while that raises the objective within budget; returns the number
        of swaps. The budget a swap frees is filled greedily afterwards. ``order`` (the chosen sites in rank order)
        is updated in place: a swapped-in site takes the rank of the one it replaced, fills come last."""
        gain_of = dict(zip(order, gains))
        swaps = 0
        for pass_number in range(MAX_SWAP_PASSES):
            improved = False
            weakest_first = sorted(self.chosen, key=lambda c: gain_of.get(c, 0.0))
            for done, out in enumerate(weakest_first):
                report(progress, (pass_number + done / max(len(weakest_first), 1)) / MAX_SWAP_PASSES)
                if out not in self.chosen:
                    continue
                lost = self.unchoose(out)
                replacement, gain = self._best_replacement(out, lost, affordable)
                if replacement is not None and gain > lost * (1.0 + 1e-9) + 1e-12:
                    self.choose(replacement)
                    order[order.index(out)] = replacement
                    swaps += 1
                    improved = True
                else:
                    self.choose(out)
            if improved:
                order.extend(self._fill(affordable))
            else:
                break
        return swaps

    def _best_replacement(self, out, lost, affordable):
        """The unchosen affordable site other than ``out`` with the largest exact gain now, if it may beat
        ``lost``: gains on the starting scenario bound the gains now when returns diminish, so only sites whose
        bound beats ``lost`` are measured, best bound first. ``(None, 0)`` when none does."""
        remaining = self.budget_krw - self.spent()
        pool = [c for c in affordable if c not in self.chosen and c != out and self.cost[c] <= remaining
                and self.base_gain[c] > lost]
        pool.sort(key=lambda c: -self.base_gain[c])
        best, best_gain = None, 0.0
        for candidate in pool[:SWAP_TRIES_PER_SITE]:
            if self.base_gain[candidate] <= best_gain:
                break
            gain = self.gain(candidate)
            if gain > best_gain:
                best, best_gain = candidate, gain
        return best, best_gain

    def _fill(self, affordable):
        """Spend what the budget has left on the best gain per KRW, lazily (bounds: gains on the start); returns
        the sites added."""
        added = []
        heap = [(-self.base_gain[c] / self.cost[c], int(c), False) for c in affordable if c not in self.chosen]
        heapq.heapify(heap)
        remaining = self.budget_krw - self.spent()
        while heap:
            negative_key, candidate, fresh = heapq.heappop(heap)
            if self.cost[candidate] > remaining:
                continue
            if fresh and negative_key >= 0:
                break
            if fresh:
                self.choose(candidate)
                added.append(candidate)
                remaining -= self.cost[candidate]
                heap = [(key, c, False) for key, c, _ in heap]
                heapq.heapify(heap)
                continue
            heapq.heappush(heap, (-self.gain(candidate) / self.cost[candidate], candidate, True))
        return added

    def _ranked(self, order):
        """Picks with exact marginal gains in ``order``, measured by adding them one after another."""
        picks, cumulative_cost, cumulative_gain = [], 0.0, 0.0
        for rank, candidate in enumerate(order, start=1):
            gain = self.choose(candidate)
            cumulative_cost += self.cost[candidate]
            cumulative_gain += gain
            kind = self.candidates.kinds[candidate]
            x, y = self.candidates.xy[candidate]
            picks.append(Pick(rank, int(candidate), kind, float(x), float(y), self.cameras if kind == "cctv" else 1,
                              float(self.cost[candidate]), gain, float(cumulative_cost), float(cumulative_gain)))
        return picks
