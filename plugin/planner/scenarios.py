"""The scenario book: the planner's scenarios by name (a locked Base first), which one is current, and the ids of
their proposals. Plain data: switching the engine to a scenario is the planner's job (:meth:`Planner.set_scenario`).
"""
from dataclasses import dataclass, field, replace

from qgis.core import QgsGeometry, QgsPointXY

from ...engine.planning import proposals as fmt
from ...qgis_io.i18n import translator
from ..open_task import PlannerError

TR_CONTEXT = "AnshimPlanner"
BASE = "Base"
ROUTE = "route"
tr = translator(TR_CONTEXT)


@dataclass(frozen=True)
class Proposal:
    """One proposal of a scenario: a site (``kind`` of the proposal format, one vertex) or a route."""
    pid: int
    kind: str  # cctv, light, bell, guardhouse or "route"
    vertices: tuple  # ((x, y), ...) in the layer's CRS
    cameras: int = 1
    note: str = ""
    name: str = ""

    @property
    def is_route(self):
        return self.kind == ROUTE

    def geometry(self):
        if self.is_route:
            return QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in self.vertices])
        return QgsGeometry.fromPointXY(QgsPointXY(*self.vertices[0]))


@dataclass
class Scenario:
    name: str
    proposals: list = field(default_factory=list)
    version: int = 0  # bumped on every change: summaries are cached per version


class ScenarioBook:
    """Every scenario of the open layer, in the order they were made, and the current one's name."""

    def __init__(self):
        self.scenarios = {BASE: Scenario(BASE)}
        self.current = BASE
        self._next_pid = 1  # never restarts: an undo command never meets a proposal of another opening

    def reset(self):
        """Only an empty Base, current."""
        self.scenarios = {BASE: Scenario(BASE)}
        self.current = BASE

    def names(self):
        return list(self.scenarios)

    def get(self, name=None):
        """Scenario ``name`` (the current one when None); a name that is not there raises PlannerError."""
        name = self.current if name is None else name
        if name not in self.scenarios:
            raise PlannerError(tr("There is no scenario '{name}'; the scenarios are {names}.").format(
                name=name, names=", ".join(self.scenarios)))
        return self.scenarios[name]

    def take_pid(self):
        pid = self._next_pid
        self._next_pid += 1
        return pid

    @staticmethod
    def proposal(scenario, pid):
        for proposal in scenario.proposals:
            if proposal.pid == pid:
                return proposal
        raise PlannerError(tr("Scenario '{name}' has no proposal {pid}.").format(name=scenario.name, pid=pid))

    def add(self, name, copy_of=None):
        """A new scenario ``name``, empty or with copies (new ids) of scenario ``copy_of``'s proposals."""
        name = self.checked_new_name(name)
        proposals = [replace(p, pid=self.take_pid()) for p in self.get(copy_of).proposals] if copy_of else []
        self.scenarios[name] = Scenario(name, proposals)
        return name

    def rename(self, old, new):
        if old == BASE:
            raise PlannerError(tr("The Base scenario is locked and keeps its name."))
        scenario = self.get(old)
        new = self.checked_new_name(new)
        self.scenarios = {(new if key == old else key): value for key, value in self.scenarios.items()}
        scenario.name = new
        if self.current == old:
            self.current = new
        return new

    def check_deletable(self, name):
        if name == BASE:
            raise PlannerError(tr("The Base scenario is locked and cannot be deleted."))
        self.get(name)

    def restore(self, names, sites, routes):
        """Base as it is, then scenarios ``names`` with the saved ``sites`` and ``routes`` of each (format
        records, :mod:`engine.planning.proposals`)."""
        self.scenarios = {BASE: self.scenarios[BASE]}
        for name in dict.fromkeys(names):
            if name == BASE:
                continue
            proposals = [Proposal(self.take_pid(), site.kind, ((site.x, site.y),), site.cameras, site.note)
                         for site in fmt.of_scenario(sites, name)]
            proposals += [Proposal(self.take_pid(), ROUTE, route.vertices, name=route.name)
                          for route in fmt.of_scenario(routes, name)]
            self.scenarios[name] = Scenario(name, proposals)

    def formatted(self):
        """Every scenario's proposals in the proposal format: ``(sites, routes)``."""
        sites, routes = [], []
        for scenario in self.scenarios.values():
            for proposal in scenario.proposals:
                if proposal.is_route:
                    routes.append(fmt.route(scenario.name, proposal.name, proposal.vertices))
                else:
                    x, y = proposal.vertices[0]
                    sites.append(fmt.site(scenario.name, proposal.kind, x, y, proposal.cameras, proposal.note))
        return sites, routes

    def checked_new_name(self, name):
        name = str(name or "").strip()
        if not name:
            raise PlannerError(tr("A scenario needs a name."))
        if name in self.scenarios:
            raise PlannerError(tr("There is already a scenario '{name}': choose another name.").format(name=name))
        return name

    def free_name(self, name):
        """``name``, or ``name (2)``, ``name (3)``… when a scenario already has it."""
        number, free = 1, name
        while free in self.scenarios:
            number += 1
            free = f"{name} ({number})"
        return free
