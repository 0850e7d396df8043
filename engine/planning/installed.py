"""Installed facilities: the proposal format (:mod:`.proposals`) plus the date each went in (``installed_on``).

- installed sites (points): ``scenario``, ``kind`` (``cctv``, ``light``, ``bell``, ``guardhouse``), ``cameras``,
  ``note`` and ``installed_on`` (a date);
- installed routes (lines): ``scenario``, ``name`` and ``installed_on``.

Dates are read as ISO ``YYYY-MM-DD`` (a longer text such as a timestamp is cut to its first ten characters);
:func:`month_number` turns them into whole months (``year × 12 + month − 1``) for the evaluation windows.
"""
from dataclasses import dataclass

import numpy as np

from ..i18n import TranslatableError, tr_noop
from .proposals import ProposedRoute, ProposedSite, route, site

TR_CONTEXT = "InstalledFacilities"

SITES_TABLE = "anshim_installed_sites"
ROUTES_TABLE = "anshim_installed_routes"
INSTALLED_ON = "installed_on"
ROUTE_KIND = "route"


class InstalledError(TranslatableError):
    """An installed facility that cannot be evaluated; the message says which and why."""


@dataclass(frozen=True)
class Installed:
    """One installed facility: a :class:`ProposedSite` or :class:`ProposedRoute` and its date."""

    proposal: object
    installed_on: np.datetime64  # datetime64[D]

    @property
    def kind(self):
        return self.proposal.kind if isinstance(self.proposal, ProposedSite) else ROUTE_KIND

    @property
    def scenario(self):
        return self.proposal.scenario

    @property
    def month(self):
        return int(month_number(np.array([self.installed_on]))[0])

    def describe(self):
        """A short English name for messages: kind, scenario and where or what."""
        if isinstance(self.proposal, ProposedRoute):
            return f"route '{self.proposal.name}' ({self.scenario or '-'})"
        note = f" '{self.proposal.note}'" if self.proposal.note else ""
        return (f"{self.kind}{note} at ({self.proposal.x:.0f}, {self.proposal.y:.0f}) "
                f"({self.scenario or '-'})")


def parse_date(value, what=""):
    """``value`` (a date, ``datetime``, ``datetime64`` or ISO text) as ``datetime64[D]``; a clear error if it is
    missing or not a date."""
    text = "" if value is None else str(value).strip()[:10]
    try:
        date = np.datetime64(text, "D") if text else np.datetime64("NaT")
    except ValueError:
        date = np.datetime64("NaT")
    if np.isnat(date):
        raise InstalledError(TR_CONTEXT, tr_noop(
            "{what}: installed_on '{value}' is not a date; write it as YYYY-MM-DD."), what=what, value=value)
    return date


def installed_site(scenario, kind, x, y, installed_on, cameras=None, note=""):
    """A checked installed site (kind as :func:`.proposals.site` checks it)."""
    proposal = site(scenario, kind, x, y, cameras, note)
    return Installed(proposal, parse_date(installed_on, proposal.kind))


def installed_route(scenario, name, vertices, installed_on):
    proposal = route(scenario, name, vertices)
    return Installed(proposal, parse_date(installed_on, f"route '{name}'"))


def dates_of(values):
    """ISO texts (or dates) as ``datetime64[D]``; NaT where a value is missing or not a date."""
    texts = np.array(["" if value is None else str(value).strip()[:10] for value in values], dtype=object)
    texts[texts == ""] = "NaT"
    try:
        return texts.astype("datetime64[D]")
    except ValueError:  # numpy rejects the whole array for one bad value: find them one by one
        pass
    result = np.full(len(texts), np.datetime64("NaT"), dtype="datetime64[D]")
    for i, text in enumerate(texts):
        try:
            result[i] = np.datetime64(text, "D")
        except ValueError:
            pass
    return result


def month_number(dates):
    """Whole months since year 0 of ``datetime64`` dates: ``year × 12 + month − 1`` (−1 for NaT)."""
    dates = np.asarray(dates, dtype="datetime64[D]")
    months = dates.astype("datetime64[M]").astype(np.int64) + 1970 * 12
    return np.where(np.isnat(dates), -1, months)


def month_text(month):
    """``YYYY-MM`` of a :func:`month_number`."""
    return f"{int(month) // 12:04d}-{int(month) % 12 + 1:02d}"
