"""A simulated installation history on the demo district, with a known true effect, to check the evaluation.

Five years of crimes (2022–2026, the demo's own volume a year: not scaled up) are drawn month by month from the
ground-truth risk function (:mod:`.groundtruth`) with a district-wide trend (−5 % a year, which the matched controls
must absorb) and the demo's mild summer peak. In mid-2024 a district installs, in three cohorts (May, July,
September), what a district following the grades would install:

- ``"2024 plan" · cctv``: :data:`N_CCTV` crime-prevention CCTV poles with five cameras on streets no camera reached
  (none within 50 m), :data:`CCTV_SPACING_M` or more apart;
- ``"2024 plan" · light``: :data:`N_LIGHTS` security lights on dark streets (more than 35 m from any light),
  :data:`LIGHT_SPACING_M` or more apart;
- ``"placebo" · light``: :data:`N_PLACEBO` sites chosen the same way 200 m or more from any real installation, with
  dates but nothing installed: the true effect is exactly none.

Sites go on the **riskiest streets**: ranked by the risk (``risk``: the model's, or the ground truth's) summed over
the streets within 50 m, times a mean-one gamma factor of sd :data:`CHOICE_NOISE` for the planner's judgement.
How many: a Seoul district (구) installs on the order of 100 or more CCTV poles a year over the whole district;
the demo's 112 km of streets is a neighbourhood-sized part of one, so 100 poles assumes the year's programme went
mostly to its worst area, as risk-led siting sends it (an assumption, stated in the README). After a facility goes
in, the ground truth's factors change as the factor engine computes them (:func:`.factors.compute.add_points`) and
each crime drawn under the old rate is kept with probability new rate / old rate (Poisson thinning). The true
effect of a group is the ratio of expected crimes over its treated segments in their after and before windows, net
of the district trend and season.
"""
from dataclasses import dataclass

import numpy as np

from ..dependencies import require
from ..factors.compute import FactorParams, add_points
from ..network.spatial import SegmentIndex
from ..planning.installed import installed_site, month_text
from .calibration import SEASONAL_AMPLITUDE
from .groundtruth import linear_predictor

FIRST_MONTH = 2022 * 12  # January 2022
N_MONTHS = 60
COHORT_MONTHS = (2024 * 12 + 4, 2024 * 12 + 6, 2024 * 12 + 8)  # May, July, September 2024
TREND_PER_YEAR = 0.95
PLAN, PLACEBO = "2024 plan", "placebo"
PLACEBO_CLEARANCE_M = 200.0  # beyond any real effect on the placebo's streets (the truth reaches 100 m at most)
SUMMER_MONTH = 6  # July (0-based), as the demo's summer peak
# The programme (assumptions, see the module docstring): a year's CCTV poles and lights put where the risk is.
N_CCTV, CCTV_SPACING_M = 100, 100.0
N_LIGHTS, LIGHT_SPACING_M = 40, 100.0
N_PLACEBO = 20
CHOICE_NOISE = 0.2  # spread of the planner's judgement around the model's ranking (sd of a mean-one gamma factor)


@dataclass
class InstallationHistory:
    facilities: list  # Installed, in the order the evaluation reads them
    crime_segment: np.ndarray
    crime_dates: np.ndarray  # datetime64[D]
    expected_per_month: callable  # (segments, month, installed=True) -> expected crimes per segment that month
    truly_effective: dict  # group name -> whether its facilities change the ground truth


def month_weight(months):
    """District-wide trend × season of each month (1 in January 2022)."""
    months = np.asarray(months, dtype=np.float64)
    years = (months - FIRST_MONTH) / 12.0
    season = 1.0 + SEASONAL_AMPLITUDE * np.cos(2 * np.pi * ((months % 12) - SUMMER_MONTH) / 12.0)
    return TREND_PER_YEAR ** years * season


def simulate_installations(district, seed, risk, n_lights=N_LIGHTS, n_cctv=N_CCTV, cameras=5, n_placebo=N_PLACEBO,
                           index=None, volume=1.0, noise=CHOICE_NOISE, cctv_spacing_m=CCTV_SPACING_M,
                           light_spacing_m=LIGHT_SPACING_M):
    """An :class:`InstallationHistory` on ``district`` for ``seed`` (see the module docstring); ``risk`` is the
    model's risk per segment, by which the planner picks sites. ``volume`` multiplies the demo's crime rate (a
    busier district, or a larger one with a proportionally larger programme)."""
    rng = np.random.default_rng(seed)
    index = index or SegmentIndex(district.segments.lines)
    n = len(district.expected_crimes)
    per_month = volume * district.expected_crimes / 12.0
    counts = rng.poisson(np.outer(per_month, month_weight(FIRST_MONTH + np.arange(N_MONTHS))))
    nearby = _sum_within(index.midpoints, np.asarray(risk, dtype=np.float64), 50.0)
    factors = district.factors
    lights = _pick(index.midpoints, nearby, factors["light_d"] > 35.0, n_lights, light_spacing_m, rng, noise=noise)
    cctv = _pick(index.midpoints, nearby, factors["cctv_n"] == 0, n_cctv, cctv_spacing_m, rng,
                 avoid=index.midpoints[lights], avoid_m=60.0, noise=noise)
    real = index.midpoints[np.concatenate([lights, cctv])]
    placebo = _pick(index.midpoints, nearby, factors["light_d"] > 0.0, n_placebo, 100.0, rng, avoid=real, avoid_m=PLACEBO_CLEARANCE_M)
    cohort = {name: rng.integers(0, len(COHORT_MONTHS), len(chosen))
              for name, chosen in (("light", lights), ("cctv", cctv), ("placebo", placebo))}
    ratio_by_state = _rate_ratios(index, factors, index.midpoints[lights], cohort["light"],
                                  index.midpoints[cctv], cohort["cctv"], cameras)
    state = np.searchsorted(np.array(COHORT_MONTHS), FIRST_MONTH + np.arange(N_MONTHS), side="right")
    kept = rng.binomial(counts, ratio_by_state[:, state])
    facilities = (_sites(PLAN, "light", index.midpoints[lights], cohort["light"], 1, rng)
                  + _sites(PLAN, "cctv", index.midpoints[cctv], cohort["cctv"], cameras, rng)
                  + _sites(PLACEBO, "light", index.midpoints[placebo], cohort["placebo"], 1, rng))
    crime_segment, crime_month = np.nonzero(kept)
    crime_segment, crime_month = np.repeat(crime_segment, kept[kept > 0]), np.repeat(crime_month, kept[kept > 0])
    dates = _dates_in_month(FIRST_MONTH + crime_month, rng)

    def expected_per_month(segments, month, installed=True):
        ratio = ratio_by_state[segments, state[month - FIRST_MONTH]] if installed else 1.0
        return per_month[segments] * month_weight(month) * ratio

    return InstallationHistory(facilities, crime_segment, dates, expected_per_month,
                               {f"{PLAN} · light": True, f"{PLAN} · cctv": True, f"{PLACEBO} · light": False})


def true_rate_ratio(history, segments, months, window_months):
    """The true effect on ``segments`` (each with its installation month): expected crimes in the after windows
    over the before windows, divided by the same ratio without facilities (trend and season)."""
    after = before = after_none = before_none = 0.0
    for month in np.unique(months):
        these = segments[months == month]
        for offset in range(1, window_months + 1):
            after += history.expected_per_month(these, month + offset).sum()
            before += history.expected_per_month(these, month - offset).sum()
            after_none += history.expected_per_month(these, month + offset, installed=False).sum()
            before_none += history.expected_per_month(these, month - offset, installed=False).sum()
    return (after / before) / (after_none / before_none) if before > 0 else np.nan


def _sum_within(points, counts, radius_m):
    """Per point, the sum of ``counts`` of itself and the points within ``radius_m`` (segment midpoints)."""
    tree = require("scipy.spatial").cKDTree(points)
    pairs = tree.query_pairs(radius_m, output_type="ndarray")
    total = counts.astype(np.float64).copy()
    np.add.at(total, pairs[:, 0], counts[pairs[:, 1]])
    np.add.at(total, pairs[:, 1], counts[pairs[:, 0]])
    return total


def _pick(points, score, eligible, n, spacing_m, rng, avoid=None, avoid_m=0.0, noise=CHOICE_NOISE):
    """Up to ``n`` eligible segments, best ``score`` first (times a mean-one gamma factor of sd ``noise``), at
    least ``spacing_m`` apart and ``avoid_m`` from ``avoid``."""
    candidates = np.flatnonzero(eligible)
    if avoid is not None and len(avoid):
        far = require("scipy.spatial").cKDTree(avoid).query(points[candidates])[0] >= avoid_m
        candidates = candidates[far]
    jitter = rng.gamma(1.0 / noise ** 2, noise ** 2, len(candidates)) if noise > 0 else 1.0
    order = candidates[np.argsort(-score[candidates] * jitter)]
    chosen = []
    for segment in order:  # greedy over a ranked shortlist; stops at n
        if all(np.hypot(*(points[segment] - points[other])) >= spacing_m for other in chosen):
            chosen.append(segment)
            if len(chosen) == n:
                break
    return np.array(chosen, dtype=np.int64)


def _rate_ratios(index, factors, lights_xy, light_cohort, cctv_xy, cctv_cohort, cameras):
    """Per segment and state (0: before any cohort … 3: after all), the true rate relative to the start."""
    params = FactorParams()
    before = linear_predictor(factors)
    ratios = [np.ones(len(before))]
    current = {name: np.asarray(values, dtype=np.float64) for name, values in factors.items()}
    for cohort in range(len(COHORT_MONTHS)):
        points = lights_xy[light_cohort == cohort]
        _, current["light_n"], current["light_d"] = add_points(
            index, points, None, current["light_n"], current["light_d"], params.light_radius_m, params.distance_cap_m)
        points = cctv_xy[cctv_cohort == cohort]
        _, current["cctv_n"], current["cctv_d"] = add_points(
            index, points, np.full(len(points), float(cameras)), current["cctv_n"], current["cctv_d"],
            params.cctv_radius_m, params.distance_cap_m)
        ratios.append(np.minimum(np.exp(linear_predictor(current) - before), 1.0))
    return np.column_stack(ratios)


def _sites(scenario, kind, xy, cohort, cameras, rng):
    days = rng.integers(1, 29, len(xy))
    dates = [f"{month_text(COHORT_MONTHS[c])}-{day:02d}" for c, day in zip(cohort, days)]
    return [installed_site(scenario, kind, x, y, date, cameras if kind == "cctv" else None,
                           f"{kind} {number + 1}") for number, ((x, y), date) in enumerate(zip(xy, dates))]


def _dates_in_month(months, rng):
    """A random day (1st–28th) in each of ``months`` (month numbers)."""
    first_day = (np.asarray(months, dtype=np.int64) - 1970 * 12).astype("datetime64[M]").astype("datetime64[D]")
    return first_day + rng.integers(0, 28, len(first_day)).astype("timedelta64[D]")


def evaluation_inputs(district, history):
    """``(segments, facilities, crime_segment, crime_dates)`` for :func:`..planning.evaluation.evaluate`."""
    return district.segments.lines, history.facilities, history.crime_segment, history.crime_dates
