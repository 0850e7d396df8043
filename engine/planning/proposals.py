"""Scenarios are data: the one format of proposed facilities that the dock, ``anshim:simulatescenario``, the
briefing and the siting optimiser read and write.

- proposed sites (points): ``scenario`` (text), ``kind`` (``cctv``, ``light``, ``bell`` or ``guardhouse``),
  ``cameras`` (integer, CCTV only, default 1), ``note`` (text);
- proposed routes (lines): ``scenario`` (text), ``name`` (text).

In a GeoPackage they live in the tables :data:`SITES_TABLE` and :data:`ROUTES_TABLE`.
"""
from dataclasses import dataclass

import numpy as np

from ..network.geometry import LineArrays
from ..i18n import TranslatableError, tr_noop

TR_CONTEXT = "ProposalFormat"

SITES_TABLE = "anshim_proposed_sites"
ROUTES_TABLE = "anshim_proposed_routes"
SITE_FIELDS = ("scenario", "kind", "cameras", "note")
ROUTE_FIELDS = ("scenario", "name")
# the proposal format's kind -> the scenario planner's kind
PLANNER_KINDS = {"cctv": "cctv", "light": "lights", "bell": "bells", "guardhouse": "guardhouses"}
SITE_KINDS = tuple(PLANNER_KINDS)
ROUTE_KIND = "safe_routes"
# more cameras than this on one pole or building is a typing error (a Korean CCTV site holds 1 to 4, rarely 10)
MAX_CAMERAS_PER_SITE = 64


class ProposalError(TranslatableError):
    """A proposal that does not follow the format; the message says which and why."""


@dataclass(frozen=True)
class ProposedSite:
    scenario: str
    kind: str  # one of SITE_KINDS
    x: float
    y: float
    cameras: int = 1
    note: str = ""

    @property
    def planner_kind(self):
        return PLANNER_KINDS[self.kind]

    @property
    def weight(self):
        """What the planner counts: cameras at a CCTV site, one otherwise."""
        return float(self.cameras) if self.kind == "cctv" else 1.0


@dataclass(frozen=True)
class ProposedRoute:
    scenario: str
    name: str
    vertices: tuple  # ((x, y), ...) in the segments' CRS, at least two

    def as_lines(self):
        return LineArrays.from_list([np.asarray(self.vertices, dtype=np.float64)])


def site(scenario, kind, x, y, cameras=None, note=""):
    """A checked :class:`ProposedSite`: ``kind`` is normalised (case, spaces) and ``cameras`` defaults to one."""
    normalised = str(kind or "").strip().lower().replace(" ", "")
    if normalised not in PLANNER_KINDS:
        raise ProposalError(TR_CONTEXT, tr_noop(
            "kind '{kind}' is not one of {names}"), kind=kind, names=', '.join(SITE_KINDS))
    if cameras is None or (isinstance(cameras, float) and np.isnan(cameras)):
        cameras = 1
    if normalised == "cctv" and not _whole_number_in(cameras, 1, MAX_CAMERAS_PER_SITE):
        raise ProposalError(TR_CONTEXT, tr_noop(
            "a CCTV site needs a whole number of cameras from 1 to {most}, not {cameras}"), cameras=cameras,
            most=MAX_CAMERAS_PER_SITE)
    if not (_finite(x) and _finite(y)):
        raise ProposalError(TR_CONTEXT, tr_noop(
            "the site's coordinates must be finite numbers, not ({x}, {y})"), x=x, y=y)
    return ProposedSite(str(scenario or ""), normalised, float(x), float(y),
                        int(cameras) if normalised == "cctv" else 1, str(note or ""))


def route(scenario, name, vertices):
    """A checked :class:`ProposedRoute` of at least two distinct vertices."""
    vertices = tuple((float(x), float(y)) for x, y in vertices)
    if not all(_finite(x) and _finite(y) for x, y in vertices):
        raise ProposalError(TR_CONTEXT, tr_noop(
            "route '{name}' has a vertex whose coordinates are not finite numbers"), name=name)
    if len(set(vertices)) < 2:
        raise ProposalError(TR_CONTEXT, tr_noop("route '{name}' needs at least two distinct vertices"), name=name)
    return ProposedRoute(str(scenario or ""), str(name or ""), vertices)


def _finite(value):
    """Whether ``value`` is a number that is neither NaN nor infinite, and not beyond 1e12 (no map is that big)."""
    try:
        return abs(float(value)) < 1e12
    except (TypeError, ValueError):
        return False


def _whole_number_in(value, low, high):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return False
    return low <= number <= high and number == int(number)


def scenario_names(sites, routes):
    """Scenario names in the order they first appear."""
    return list(dict.fromkeys([proposal.scenario for proposal in list(sites) + list(routes)]))


def of_scenario(proposals, scenario):
    return [proposal for proposal in proposals if proposal.scenario == scenario]


def add_to_planner(planner, sites, routes):
    """Propose every site and route on ``planner``; returns the planner's proposal ids in the same order."""
    ids = [planner.add_point(proposal.planner_kind, (proposal.x, proposal.y), proposal.weight) for proposal in sites]
    return ids + [planner.add_route(proposal.as_lines()) for proposal in routes]
