"""Crime periods: years, quarters or months, as count fields and as the names users type.

``Compute safety factors`` counts crimes per period (``CRIME_PERIOD``: year by default, or quarter or month) in one
field per period, named so a field's name says its period and names sort in time order:

========  ==================  =============  =====================
period    field               period name    also typed as
========  ==================  =============  =====================
year      ``crime_n_2016``    ``2016``
quarter   ``crime_n_2016q3``  ``2016Q3``     ``2016q3``
month     ``crime_n_201607``  ``2016-07``    ``201607``, ``2016-7``
========  ==================  =============  =====================

Training uses the finest kind of period the segments carry (months before quarters before years), so a layer that
went through the factor step twice, once per year and once per month, trains on months. A name typed for training
or testing covers every period of that kind inside it: ``2016`` is the twelve months of 2016 on a monthly table,
``2016Q3`` its three months; ``A~B`` is every period from A to B, and ``2016-2018`` stays a range of years.
Periods keep the year behaviour: with yearly fields the periods are the years as numbers (``2016``).
"""
import re

import numpy as np

from ..i18n import TranslatableError, tr_noop
from .fields import CRIME_YEAR_PREFIX

TR_CONTEXT = "Periods"

YEAR, QUARTER, MONTH = "year", "quarter", "month"
PERIOD_KINDS = (YEAR, QUARTER, MONTH)  # coarsest first
_FIELD = re.compile(rf"{CRIME_YEAR_PREFIX}(\d{{4}})(?:q([1-4])|(0[1-9]|1[0-2]))?")


def period_codes(years, months, kind):
    """Each crime's period as a number that orders periods in time (NaN: unknown). ``months`` 1–12 (NaN: unknown)
    may be None for year periods."""
    years = np.asarray(years, dtype=np.float64)
    known = np.isfinite(years) & (years > 0)
    if kind == YEAR:
        return np.where(known, years, np.nan)
    months = np.full(len(years), np.nan) if months is None else np.asarray(months, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        known &= np.isfinite(months) & (months >= 1) & (months <= 12)
    month_index = np.where(known, years * 12 + months - 1, np.nan)
    return month_index if kind == MONTH else np.floor(month_index / 3)


def period_field(code, kind):
    """The count field of period ``code`` (from :func:`period_codes`)."""
    code = int(code)
    if kind == YEAR:
        return f"{CRIME_YEAR_PREFIX}{code}"
    if kind == QUARTER:
        return f"{CRIME_YEAR_PREFIX}{code // 4}q{code % 4 + 1}"
    return f"{CRIME_YEAR_PREFIX}{code // 12}{code % 12 + 1:02d}"


def parse_period_field(name):
    """``(kind, period name)`` of a ``crime_n_<period>`` field, or None for any other field. A year's name is the
    year as a number, as before periods."""
    match = _FIELD.fullmatch(name)
    if match is None:
        return None
    year, quarter, month = match.groups()
    if quarter:
        return QUARTER, f"{year}Q{quarter}"
    if month:
        return MONTH, f"{year}-{month}"
    return YEAR, int(year)


def is_period_field(name):
    return parse_period_field(name) is not None


def period_label(field_name):
    """The period name of a count field, as text (``crime_n_201607`` → ``2016-07``)."""
    return str(parse_period_field(field_name)[1])


def counts_by_period(table):
    """``{period: counts}`` from the table's count fields of the finest kind present, in time order."""
    found = {}
    for name in table:
        parsed = parse_period_field(name)
        if parsed is not None:
            found.setdefault(parsed[0], []).append((parsed[1], name))
    if not found:
        return {}
    kind = max(found, key=PERIOD_KINDS.index)
    return {period: np.asarray(table[name], dtype=np.float64) for period, name in sorted(found[kind])}


def month_span(period):
    """``(first, last)`` month number (year × 12 + month − 1) that a period name covers."""
    text = str(period).strip()
    match = re.fullmatch(r"(\d{4})(?:[Qq]([1-4])|-?(0?[1-9]|1[0-2]))?", text)
    if match is None or (match.group(3) and "-" not in text and len(match.group(3)) != 2):
        return None
    year, quarter, month = match.groups()
    first = int(year) * 12
    if quarter:
        return first + 3 * (int(quarter) - 1), first + 3 * int(quarter) - 1
    if month:
        return first + int(month) - 1, first + int(month) - 1
    return first, first + 11


def parse_periods(text, parameter_id="TRAIN_YEARS"):
    """Period names typed by a user ('2016, 2017', '2016-2018', '2016Q3', '2016-07~2016-09') as month spans;
    None when empty. Raises ValueError naming the part that is no period."""
    text = (text or "").strip()
    if not text:
        return None
    spans = []
    for part in re.split(r"[,;\s]+", re.sub(r"\s*~\s*", "~", text)):
        years = re.fullmatch(r"(\d{4})-(\d{4})", part)
        ends = [f"{years.group(1)}", f"{years.group(2)}"] if years else part.split("~")
        span = [month_span(end) for end in ends]
        if len(span) > 2 or None in span or span[0][0] > span[-1][1]:
            raise TranslatableError(TR_CONTEXT, tr_noop(
                "{parameter_id} '{part}' is not a period: name years (2016, or 2016-2018), quarters (2016Q3) or "
                "months (2016-07), and ranges as 2016-07~2016-09."), parameter_id=parameter_id, part=part)
        spans.append((span[0][0], span[-1][1], part))
    return spans


def select_periods(spans, periods, parameter_id):
    """The periods (from :func:`counts_by_period`) inside the typed ``spans``; None when ``spans`` is None.
    Raises a clear error for a name that covers none of them."""
    if spans is None:
        return None
    chosen = set()
    for first, last, part in spans:
        inside = [period for period in periods if first <= month_span(period)[0] and month_span(period)[1] <= last]
        if not inside:
            raise TranslatableError(TR_CONTEXT, tr_noop(
                "{parameter_id} '{part}' covers none of the segments' crime periods ({available}). A month or "
                "quarter can be named only when 'Compute safety factors' counted crimes per month or quarter "
                "(CRIME_PERIOD)."), parameter_id=parameter_id, part=part,
                available=", ".join(str(period) for period in periods) or "-")
        chosen.update(inside)
    return [period for period in periods if period in chosen]
