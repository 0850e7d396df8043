"""Editing the current scenario's proposals: add, remove and move, each an undoable command (Ctrl+Z /
Ctrl+Shift+Z), checked first (Base locked, a known kind, near a street)."""
from dataclasses import replace

import numpy as np
from qgis.core import QgsGeometry, QgsPointXY
from qgis.PyQt.QtWidgets import QUndoStack

from ...engine.planning import proposals as fmt
from ...qgis_io.i18n import translator
from ..open_task import PlannerError
from ..overlay import site_kind_label
from .commands import AddProposal, MoveProposal, RemoveProposal
from .scenarios import BASE, ROUTE, Proposal

TR_CONTEXT = "AnshimPlanner"
tr = translator(TR_CONTEXT)


class ProposalEditor:
    """The undo stack and the edits it replays; ``planner`` gives the scenario book, the session and the signals."""

    def __init__(self, planner):
        self.planner = planner
        self.undo_stack = QUndoStack(planner)

    def add_site(self, kind, point, cameras=1, note=""):
        self._require_editable()
        book = self.planner.book
        checked = self._checked_site(kind, point, cameras, note)
        proposal = Proposal(book.take_pid(), checked.kind, ((checked.x, checked.y),), checked.cameras, checked.note)
        self.undo_stack.push(AddProposal(self, book.get(), proposal,
                                         tr("Add {kind}").format(kind=site_kind_label(checked.kind))))
        return proposal.pid

    def add_route(self, points, name=""):
        self._require_editable()
        book = self.planner.book
        vertices = self._checked_route(points, name)
        proposal = Proposal(book.take_pid(), ROUTE, vertices, name=name or tr("Route {number}").format(
            number=1 + sum(p.is_route for p in book.get().proposals)))
        self.undo_stack.push(AddProposal(self, book.get(), proposal, tr("Add route")))
        return proposal.pid

    def remove(self, pid):
        self._require_editable()
        scenario = self.planner.book.get()
        proposal = self.planner.book.proposal(scenario, pid)
        self.undo_stack.push(RemoveProposal(self, scenario, proposal, scenario.proposals.index(proposal),
                                            tr("Remove proposal")))

    def move(self, pid, geometry):
        self._require_editable()
        scenario = self.planner.book.get()
        old = self.planner.book.proposal(scenario, pid)
        if old.is_route:
            new = replace(old, vertices=self._checked_route(geometry, old.name))
        else:
            checked = self._checked_site(old.kind, geometry, old.cameras, old.note)
            new = replace(old, vertices=((checked.x, checked.y),))
        self.undo_stack.push(MoveProposal(self, scenario, old, new, tr("Move proposal")))

    def proposal_at(self, point, tolerance_m):
        """The id of the current scenario's proposal nearest to ``point`` within ``tolerance_m``, or None."""
        if not self.planner.is_open:
            return None
        target = QgsGeometry.fromPointXY(QgsPointXY(point))
        best, best_distance = None, tolerance_m
        for proposal in self.planner.book.get().proposals:
            distance = proposal.geometry().distance(target)
            if distance <= best_distance:
                best, best_distance = proposal.pid, distance
        return best

    def reach_m(self, kind):
        settings = self.planner.network.settings if self.planner.is_open else {}
        return {"cctv": settings.get("cctv_radius_m", 50.0), "light": settings.get("light_radius_m", 25.0),
                ROUTE: settings.get("route_tolerance_m", 15.0)}.get(kind, settings.get("distance_cap_m", 1000.0))

    def snap_distance_m(self):
        return max(30.0, self.reach_m("cctv"))

    # checks ----------------------------------------------------------------------------------------------------

    def _checked_site(self, kind, point, cameras, note):
        try:
            site = fmt.site(self.planner.current, kind, point.x(), point.y(), cameras, note)
        except fmt.ProposalError as error:
            raise PlannerError(str(error)) from None
        self._require_near_a_street([(site.x, site.y)])
        return site

    def _checked_route(self, points, name):
        try:
            route = fmt.route(self.planner.current, name, [(point.x(), point.y()) for point in points])
        except fmt.ProposalError as error:
            raise PlannerError(str(error)) from None
        self._require_near_a_street(route.vertices)
        return route.vertices

    def _require_near_a_street(self, vertices):
        limit = self.snap_distance_m()
        segment, _ = self.planner.engine.index.snap(np.asarray(vertices, dtype=np.float64), limit)
        if np.all(segment < 0):
            raise PlannerError(tr("No street within {distance:.0f} m of that point on layer '{name}': nothing was "
                                  "added. Click on or next to a street.").format(
                distance=limit, name=self.planner.layer.name()))

    def _require_editable(self):
        self.planner.require_open()
        if self.planner.current == BASE:
            raise PlannerError(tr("The Base scenario is locked: make a new scenario to propose facilities."))

    # what the undo commands call -------------------------------------------------------------------------------

    def apply_insert(self, scenario, proposal, index=None):
        self._make_current(scenario)
        scenario.proposals.insert(len(scenario.proposals) if index is None else index, proposal)
        self._after_edit(scenario, self.planner.session.engine_add(proposal))

    def apply_remove(self, scenario, pid):
        self._make_current(scenario)
        proposal = self.planner.book.proposal(scenario, pid)
        scenario.proposals.remove(proposal)
        self._after_edit(scenario, self.planner.session.engine_remove(pid))

    def apply_replace(self, scenario, old, new):
        self._make_current(scenario)
        scenario.proposals[scenario.proposals.index(old)] = new
        session = self.planner.session
        touched = session.engine_remove(old.pid)
        self._after_edit(scenario, np.concatenate([touched, session.engine_add(new)]))

    def _make_current(self, scenario):
        if self.planner.current != scenario.name:
            self.planner.set_scenario(scenario.name)

    def _after_edit(self, scenario, touched):
        scenario.version += 1
        self.planner.session.show(scenario, touched)
        self.planner.changed.emit()
