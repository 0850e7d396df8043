"""Anshim's one documented ground-truth risk function, from which the demo district's synthetic crimes are drawn.

No real crime points exist for any Korean area, so the demo cannot be checked against reality; it can be checked
against this function instead: a model that recovers it from the synthetic crimes is doing its job.

Expected crimes on a street segment per year::

    expected = length_m × baseline_per_m_year × exp(linear_predictor(factors))

The linear predictor is a sum of one term per factor (names as in :mod:`engine.fields`). Each term is a log rate
ratio: ``exp(term)`` is the factor's multiplier on crime. Where the literature gives a size, the coefficient uses it;
the others are stated assumptions sized to be plausible, not estimates. Every protective term moves in the direction
of the factor's ``SAFETY_DIRECTION``: more lights, cameras or a safe-return route never raise risk, and being farther
from a light, camera, bell, guard house or police box never lowers it.
"""
import numpy as np

# Crimes per metre of street per year at a segment whose terms are all zero (no lights, no cameras, no risk sites,
# no people out at night, close to every facility, not a dead end). The demo calibrates its own baseline to the
# real crime rate; this default is what the default demo district calibrates to (about 2.1 crimes per km-year).
BASELINE_PER_M_YEAR = 0.0021

# Lighting: improved street lighting cut crime by 21 % (13 studies, Welsh & Farrington 2008, Campbell review
# 2008:13). Applied per doubling of (1 + lights within reach), so the first light counts most.
LIGHT_LOG_RR_PER_DOUBLING = np.log(0.79)
# Darkness beyond a light's reach: a randomised trial in New York public housing found at least −36 % night-time
# outdoor serious crime with added lighting (Chalfin et al. 2022, JQC 38:127); full effect once 60 m from any light.
DARK_LOG_RR = -np.log(0.64)
LIGHT_REACH_M = (20.0, 60.0)
# CCTV: −16 % overall (Welsh & Farrington 2009); per doubling of (1 + cameras within reach).
CCTV_LOG_RR_PER_DOUBLING = np.log(0.84)
# CCTV deters within roughly 50 m; beyond 100 m a segment gets none of the 16 %.
CCTV_UNWATCHED_LOG_RR = -np.log(0.84)
CCTV_REACH_M = (30.0, 100.0)
# Assumptions (no robust effect sizes published): emergency bells, guard houses and police boxes act mainly on
# fear and reporting, so distance to them raises risk only slightly.
BELL_FAR_LOG_RR, BELL_REACH_M = 0.05, (50.0, 300.0)
GUARD_FAR_LOG_RR, GUARD_REACH_M = 0.10, (100.0, 600.0)
POLICE_FAR_LOG_RR, POLICE_REACH_M = 0.15, (200.0, 1000.0)
# Safe-return routes: evaluations in Seoul report better perceived safety; the effect on crime is assumed small.
ROUTE_LOG_RR = np.log(0.90)
# Risk sites (bars, karaoke, clubs): risk-terrain studies find them among the strongest crime generators
# (Caplan, Kennedy & Miller 2011, Justice Quarterly 28:360). Assumed ×2.3 for one venue, ×39 for twenty.
RISK_SITE_LOG_RR_PER_LOG = 1.2
# Exposure: more women out at night means more potential victims, with an elasticity below one (assumption).
EXPOSURE_LOG_RR_PER_LOG = 0.8
EXPOSURE_SCALE_PER_KM2 = 10_000.0
# Korean CPTED guidance treats dead-end alleys (막다른 골목) as risky, though burglary studies find cul-de-sacs
# safer (Johnson & Bowers 2010, Criminology & Public Policy 9:89); a modest +28 % is assumed.
DEAD_END_LOG_RR = 0.25
# Mid-block stretches are farther from the natural surveillance of junctions; narrow alleys offer less of it.
MID_BLOCK_LOG_RR, JUNCTION_REACH_M = 0.10, (10.0, 50.0)
NARROW_LOG_RR, NARROW_WIDTH_M = 0.15, (6.0, 3.0)


def _ramp(values, start, full):
    """0 at ``start``, 1 at ``full`` (either order), linear between and flat outside."""
    return np.clip((np.asarray(values, dtype=np.float64) - start) / (full - start), 0.0, 1.0)


def _log2_count(values):
    return np.log2(1.0 + np.maximum(np.asarray(values, dtype=np.float64), 0.0))


# factor name -> its term (log rate ratio) as a function of the factor's values
TERMS = {
    "light_n": lambda n: LIGHT_LOG_RR_PER_DOUBLING * _log2_count(n),
    "light_d": lambda d: DARK_LOG_RR * _ramp(d, *LIGHT_REACH_M),
    "cctv_n": lambda n: CCTV_LOG_RR_PER_DOUBLING * _log2_count(n),
    "cctv_d": lambda d: CCTV_UNWATCHED_LOG_RR * _ramp(d, *CCTV_REACH_M),
    "bell_d": lambda d: BELL_FAR_LOG_RR * _ramp(d, *BELL_REACH_M),
    "guard_d": lambda d: GUARD_FAR_LOG_RR * _ramp(d, *GUARD_REACH_M),
    "police_d": lambda d: POLICE_FAR_LOG_RR * _ramp(d, *POLICE_REACH_M),
    "route": lambda on_route: ROUTE_LOG_RR * (np.asarray(on_route, dtype=np.float64) > 0),
    "risk_n": lambda n: RISK_SITE_LOG_RR_PER_LOG * np.log1p(np.maximum(np.asarray(n, dtype=np.float64), 0.0)),
    "pop_night": lambda p: EXPOSURE_LOG_RR_PER_LOG * np.log1p(
        np.maximum(np.asarray(p, dtype=np.float64), 0.0) / EXPOSURE_SCALE_PER_KM2),
    "dead_end": lambda flag: DEAD_END_LOG_RR * (np.asarray(flag, dtype=np.float64) > 0),
    "junction_d": lambda d: MID_BLOCK_LOG_RR * _ramp(d, *JUNCTION_REACH_M),
    "width_m": lambda w: NARROW_LOG_RR * _ramp(w, *NARROW_WIDTH_M),
}


def risk_terms(factors):
    """Each factor's term (log rate ratio) per segment; ``factors`` must hold every name in :data:`TERMS`."""
    missing = sorted(set(TERMS) - set(factors))
    if missing:
        raise KeyError(f"the ground-truth risk function needs the factors {missing}")
    return {name: term(np.nan_to_num(np.asarray(factors[name], dtype=np.float64))) for name, term in TERMS.items()}


def linear_predictor(factors):
    """Sum of the factor terms per segment: log of the crime rate relative to the baseline."""
    return np.sum(list(risk_terms(factors).values()), axis=0)


def expected_crimes_per_year(factors, length_m, baseline_per_m_year=BASELINE_PER_M_YEAR):
    """Expected crimes per segment per year: ``length_m × baseline × exp(linear predictor)``."""
    return np.asarray(length_m, dtype=np.float64) * baseline_per_m_year * np.exp(linear_predictor(factors))


def factor_contributions(factors):
    """Each factor's term minus its median over the network: how much it raises (+) or lowers (−) log risk
    compared with a typical segment."""
    return {name: term - np.median(term) for name, term in risk_terms(factors).items()}


def dominant_risk_factor(factors):
    """Per segment, the name of the factor with the largest positive contribution, or ``""`` where none is positive."""
    contributions = factor_contributions(factors)
    names = np.array(list(contributions), dtype=object)
    stacked = np.vstack(list(contributions.values()))
    largest = np.argmax(stacked, axis=0)
    positive = stacked[largest, np.arange(stacked.shape[1])] > 1e-12
    return np.where(positive, names[largest], "")
