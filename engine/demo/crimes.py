"""Crimes drawn from the ground truth's expected crimes per segment, with dates, types and victims."""
from dataclasses import dataclass

import numpy as np

from ..network.geometry import points_along
from .calibration import (CRIME_MAX_OFFSET_M, CRIME_TYPE_SHARES, FEMALE_VICTIM_SHARE, SEASONAL_AMPLITUDE,
                          SUMMER_PEAK_DAY, YEARS)
from .placement import off_street


@dataclass
class Crimes:
    xy: np.ndarray
    dates: np.ndarray  # ISO "YYYY-MM-DD"
    years: np.ndarray
    types: np.ndarray  # keys of CRIME_TYPE_SHARES
    victim_sex: np.ndarray  # "F" or "M"
    segment_index: np.ndarray  # the segment whose risk drew the crime


def sample_crimes(segment_lines, expected_per_year, width_m, rng, years=YEARS):
    """Poisson crime counts per segment and year, each crime at a random point along its segment and a few metres
    off the centre-line (within the street's half-width, never beyond CRIME_MAX_OFFSET_M)."""
    counts = rng.poisson(np.broadcast_to(expected_per_year, (len(years), len(expected_per_year))))
    segment = np.concatenate([np.repeat(np.arange(counts.shape[1]), row) for row in counts])
    year = np.repeat(np.array(years), counts.sum(axis=1))
    xy, tangent = points_along(segment_lines, segment, rng.random(len(segment)) * segment_lines.lengths()[segment])
    offset = np.minimum(rng.random(len(segment)) * width_m[segment] / 2.0 + np.abs(rng.normal(0.0, 1.5, len(segment))),
                        CRIME_MAX_OFFSET_M)
    types = rng.choice(np.array(list(CRIME_TYPE_SHARES), dtype=object), len(segment),
                       p=np.array(list(CRIME_TYPE_SHARES.values())) / sum(CRIME_TYPE_SHARES.values()))
    female = rng.random(len(segment)) < np.array([FEMALE_VICTIM_SHARE[kind] for kind in types])
    return Crimes(off_street(xy, tangent, offset, rng), _crime_dates(year, rng), year, types,
                  np.where(female, "F", "M").astype(object), segment)


def _crime_dates(years, rng):
    """ISO dates within each crime's year, slightly more often in summer (assumed ±15 %, peak mid-July)."""
    dates = np.empty(len(years), dtype="datetime64[D]")
    for year in np.unique(years):
        first_day = np.datetime64(f"{year}-01-01")
        n_days = int((np.datetime64(f"{year + 1}-01-01") - first_day).astype(np.int64))
        weight = 1.0 + SEASONAL_AMPLITUDE * np.cos(2 * np.pi * (np.arange(n_days) - SUMMER_PEAK_DAY) / n_days)
        in_year = years == year
        dates[in_year] = first_day + rng.choice(n_days, np.count_nonzero(in_year), p=weight / weight.sum())
    return dates.astype(str).astype(object)


def crime_concentration(crime_unit, crime_years, n_units):
    """Per year, ``(share of units holding half the year's crimes, share of units with no crime)``: the two
    figures of Weisburd's law of crime concentration (about 2–6 % and about half for street segments).

    ``crime_unit`` is each crime's unit, e.g. ``segments.piece_index[crimes.segment_index]`` for street segments
    between junctions (Weisburd's unit) or ``crimes.segment_index`` for 10 m segments."""
    result = {}
    for year in np.unique(crime_years):
        counts = np.sort(np.bincount(crime_unit[crime_years == year], minlength=n_units))[::-1]
        units_for_half = np.searchsorted(np.cumsum(counts), 0.5 * counts.sum()) + 1
        result[int(year)] = (units_for_half / n_units, float(np.mean(counts == 0)))
    return result
