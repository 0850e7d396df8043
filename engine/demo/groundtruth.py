"""Anshim's one documented ground-truth risk function, from which the demo district's synthetic crimes are drawn.

No real crime points exist for any Korean area, so the demo cannot be checked against reality; it can be checked
against this function instead: a model that recovers it from the synthetic crimes is doing its job.

Expected crimes on a street segment per year::

    expected = length_m × baseline_per_m_year × exp(linear_predictor(factors))

The linear predictor is a sum of one term per factor (names as in :mod:`engine.factors.fields`). Each term is a log rate
ratio: ``exp(term)`` is the factor's multiplier on crime. Where the literature gives a size, the coefficient uses it;
the others are stated assumptions sized to be plausible, not estimates. Every protective term moves in the direction
of the factor's ``SAFETY_DIRECTION``: more lights, cameras or a safe-return route never raise risk, and being farther
from a light, camera, bell, guard house or police box never lowers it.

Street crime concentrates at micro-places: about half of it on 2–6 % of street segments, with strong differences
between neighbouring streets (Weisburd 2015, Criminology 53:133; Groff, Weisburd & Yang 2010, JQC 26:7). Only crime
generators make such a heavy tail: protective effects of the sizes the literature reports change risk by tens of
per cent, not tenfold. So entertainment venues keep a strong effect, and the demo district puts them along a few
streets at several hubs rather than filling a block; street-level factors (darkness, lights and cameras, dead ends,
narrow alleys, the night-time population on the segment) then decide which of the other streets are riskier.
Rate ratios: a street lined with venues (about 19 within 50 m) ×27 against one with none, a single venue ×2.1;
a night-time population of 40,000 per km² against 10,000 ×2.5; a stretch 50 m or more from any light ×1.56
against one within reach; four lights within reach against one ×0.62; a dead end ×1.49; a 3 m alley against one
6 m or wider ×1.28; no camera site within 100 m against one within 30 m ×1.19.

Each facility acts through two factors with separate roles, so that a model can tell them apart: the distance
(``light_d``, ``cctv_d``) says whether a segment lies within a light's or a camera's reach at all, the count
(``light_n``, ``cctv_n``) how many more than one cover it.
"""
import numpy as np

# Crimes per metre of street per year at a segment whose terms are all zero (no more than one light or camera, within
# reach of both, no risk sites, no people out at night, close to every facility, not a dead end, wide). The demo
# calibrates its own baseline to the real crime rate; this default is what the default demo district calibrates to
# (about 1.3 crimes per km-year).
BASELINE_PER_M_YEAR = 0.0013

# Lighting beyond the first light: improved street lighting cut crime by 21 % (13 studies, Welsh & Farrington 2008,
# Campbell review 2008:13). Applied per doubling of the lights within reach beyond the first (0 for none or one,
# −21 % for two, −38 % for four); what the first light does is the darkness term below.
LIGHT_LOG_RR_PER_DOUBLING = np.log(0.79)
# Darkness beyond a light's reach: a randomised trial in New York public housing found at least −36 % night-time
# outdoor serious crime with added lighting (Chalfin et al. 2022, JQC 38:127). A light serves up to about 25 m
# (DOMAIN: 15–25 m); beyond that risk rises, fully ×1.56 once 50 m from any light. In 역삼1동 17 % of alley
# centre-line lies more than 25 m and 3.7 % more than 50 m from any security or street light (measured from
# shared/data/seoul, 2019 layers); the demo is calibrated to that.
DARK_LOG_RR = -np.log(0.64)
LIGHT_REACH_M = (25.0, 50.0)
# CCTV beyond the first camera: −16 % overall (Welsh & Farrington 2009); per doubling of cameras within reach
# beyond the first.
CCTV_LOG_RR_PER_DOUBLING = np.log(0.84)
# Being watched at all: CCTV deters within roughly 50 m; a segment within 30 m of a camera site gets the 16 %,
# one 100 m or more from any site none of it.
CCTV_UNWATCHED_LOG_RR = -np.log(0.84)
CCTV_REACH_M = (30.0, 100.0)
# Assumptions (no robust effect sizes published): emergency bells, guard houses and police boxes act mainly on
# fear and reporting, so distance to them raises risk only slightly.
BELL_FAR_LOG_RR, BELL_REACH_M = 0.05, (50.0, 300.0)
GUARD_FAR_LOG_RR, GUARD_REACH_M = 0.10, (100.0, 600.0)
POLICE_FAR_LOG_RR, POLICE_REACH_M = 0.15, (200.0, 1000.0)
# Safe-return routes: evaluations in Seoul report better perceived safety; the effect on crime is assumed small.
ROUTE_LOG_RR = np.log(0.90)
# Risk sites (bars, karaoke, clubs, 24-hour venues): risk-terrain studies find them among the strongest crime
# generators (Caplan, Kennedy & Miller 2011, Justice Quarterly 28:360), and violent crime on Philadelphia street
# segments rises with the bars near them (Groff & Lockwood 2014, JRCD 51:277). Assumed ×2.1 for one venue within
# 50 m, ×5.9 for four and ×27 for nineteen (a street lined with them); the effect is concave, so a street lined
# with venues is not nineteen times as risky as a street with one.
RISK_SITE_LOG_RR_PER_LOG = 1.1
# Exposure: more women out at night means more potential victims. Assumed proportional at high densities
# (elasticity 1 on 1 + density / 10,000 per km²): crime follows targets (routine activity theory).
EXPOSURE_LOG_RR_PER_LOG = 1.0
EXPOSURE_SCALE_PER_KM2 = 10_000.0
# Korean CPTED guidance treats dead-end alleys (막다른 골목) as risky for crimes against women: no through traffic
# to watch and no way out; burglary studies find cul-de-sacs safer (Johnson & Bowers 2010, JQC 26:89). Assumed
# +49 % (street crime, not burglary, is modelled here).
DEAD_END_LOG_RR = 0.4
# Mid-block stretches are farther from the natural surveillance of junctions; narrow alleys offer less of it
# (assumed: +28 % for a 3 m alley against one 6 m or wider).
MID_BLOCK_LOG_RR, JUNCTION_REACH_M = 0.10, (10.0, 50.0)
NARROW_LOG_RR, NARROW_WIDTH_M = 0.25, (6.0, 3.0)


def _ramp(values, start, full):
    """0 at ``start``, 1 at ``full`` (either order), linear between and flat outside."""
    return np.clip((np.asarray(values, dtype=np.float64) - start) / (full - start), 0.0, 1.0)


def _log2_beyond_first(values):
    """Doublings of a count beyond the first: 0 for none or one, 1 for two, 2 for four."""
    return np.log2(np.maximum(np.asarray(values, dtype=np.float64), 1.0))


# factor name -> its term (log rate ratio) as a function of the factor's values
TERMS = {
    "light_n": lambda n: LIGHT_LOG_RR_PER_DOUBLING * _log2_beyond_first(n),
    "light_d": lambda d: DARK_LOG_RR * _ramp(d, *LIGHT_REACH_M),
    "cctv_n": lambda n: CCTV_LOG_RR_PER_DOUBLING * _log2_beyond_first(n),
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
    """Each factor's term minus its mean over the network: how much it raises (+) or lowers (−) log risk compared
    with the average segment.

    The linear predictor is additive, so these are exactly its SHAP values (Lundberg & Lee 2017) against the
    network as background, and they answer the question Anshim's explanations answer (:mod:`engine.model.explain`: each
    factor's push away from the average segment's score). The median would not: for a skewed count such as
    cameras, most segments sit at the median, so "no camera" would never raise risk above it although it does
    above the average."""
    return {name: term - np.mean(term) for name, term in risk_terms(factors).items()}


def dominant_risk_factor(factors):
    """Per segment, the name of the factor with the largest positive contribution, or ``""`` where none is positive."""
    contributions = factor_contributions(factors)
    names = np.array(list(contributions), dtype=object)
    stacked = np.vstack(list(contributions.values()))
    largest = np.argmax(stacked, axis=0)
    positive = stacked[largest, np.arange(stacked.shape[1])] > 1e-12
    return np.where(positive, names[largest], "")
