"""The planner controller: scenarios of proposed facilities on one graded layer, the numbers, undo and saving.

It owns one engine ``ScenarioPlanner`` for the open layer; a scenario is a list of proposals, and switching
scenario withdraws the old scenario's proposals from the engine and adds the new one's (each touches only the
segments it reaches). The dock only shows this object's state, the map tools only call it, and the Python console
drives it the same way::

    planner = qgis.utils.plugins["anshim"].planner
    planner.open(layer)
    pid = planner.add_site("cctv", QgsPointXY(x, y), cameras=2)
"""
import math
import os
from dataclasses import dataclass, field, replace

import numpy as np
from qgis.core import Qgis, QgsApplication, QgsGeometry, QgsPointXY, QgsProcessingException, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QUndoStack

from ..engine.planning import proposals as fmt
from ..engine.model.explain import explain
from ..engine.factors.fields import TR_CONTEXT as FIELDS_CONTEXT
from ..engine.network.geometry import LineArrays
from ..engine.i18n import korean_won
from ..engine.planning.route_audit import TR_CONTEXT as AUDIT_CONTEXT, AuditParams, audit_routes
from ..engine.planning.scenario import DEFAULT_UNIT_COSTS_KRW
from ..qgis_io.i18n import translator
from ..qgis_io.models import geopackage_table_of
from ..qgis_io.proposals import proposal_layers, write_proposals
from .open_task import OpenPlannerTask, PlannerError, check_layer, resolve_model_path
from .overlay import ChangeOverlay, ProposalLayers, site_kind_label
from .planner_commands import AddProposal, MoveProposal, RemoveProposal
from .planner_project import SavedPlanner, read_planner_entries, read_proposal_tables, write_planner_entries
from .suggest_sites import SuggestSitesTask
from .walks import Walks

TR_CONTEXT = "AnshimPlanner"
BASE = "Base"
ROUTE = "route"


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


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


@dataclass
class Scenario:
    name: str
    proposals: list = field(default_factory=list)
    version: int = 0  # bumped on every change: summaries are cached per version


class Planner(QObject):
    """Scenarios on one graded layer; see the module docstring."""

    opened = pyqtSignal()
    closed = pyqtSignal(str)  # why, for the message bar ("" when closed on purpose)
    changed = pyqtSignal()  # proposals, grades or the current scenario changed
    scenarios_changed = pyqtSignal()
    message = pyqtSignal(str, int)  # text, Qgis.MessageLevel
    suggested = pyqtSignal(str)  # a site suggestion ended: the new scenario's name, "" when none was added

    def __init__(self, parent=None):
        super().__init__(parent)
        self.network = None
        self.engine = None
        self.layer = None
        self.overlay = None
        self.proposal_display = None
        self.scenarios = {}
        self.current = BASE
        self.unit_costs_krw = dict(DEFAULT_UNIT_COSTS_KRW)
        self.gpkg_path = None
        self.undo_stack = QUndoStack(self)
        self.task = None  # the running OpenPlannerTask, kept referenced
        self.suggest_task = None  # the running SuggestSitesTask
        self.walks = Walks(self)  # shortest and safest walks on the open network
        self.restore_in_background = True
        self._engine_ids = {}  # pid -> the engine's proposal id, for the current scenario's proposals
        self._next_pid = 1
        self._summaries = {}
        self._pending_scenarios = None  # scenarios to restore once the open task is done
        self._pending_current = BASE
        self._pending_gpkg = None
        self._removing_ourselves = False
        project = QgsProject.instance()
        project.layersWillBeRemoved.connect(self._on_layers_removed)
        project.writeProject.connect(self._on_project_write)
        project.readProject.connect(self._on_project_read)
        project.removeAll.connect(self._on_project_cleared)

    # opening and closing ---------------------------------------------------------------------------------------

    @property
    def is_open(self):
        return self.network is not None

    def open(self, layer, model_path=None):
        """Open the planner on graded ``layer`` and return when ready; the model is found from the layer when
        ``model_path`` is None. Raises :class:`PlannerError` with a message when it cannot."""
        task = self._open_task(layer, model_path)
        task.run_now()
        if task.error:
            raise PlannerError(task.error)

    def open_in_background(self, layer, model_path=None):
        """Open in QGIS's task manager (progress, Cancel); ``opened`` or ``message`` follows. Returns the task."""
        from qgis.core import QgsApplication
        self.task = self._open_task(layer, model_path)
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def _open_task(self, layer, model_path):
        check_layer(layer)
        model_path = resolve_model_path(layer, model_path)
        self.close()
        return OpenPlannerTask(layer, model_path, self._opened)

    def _opened(self, task):
        self.task = None
        if task.error:
            self.message.emit(task.error, 1)
            return
        layer = QgsProject.instance().mapLayer(task.network.layer_id)
        if layer is None:
            self.message.emit(tr("The graded layer was removed while the planner was opening."), 1)
            return
        self.network, self.layer = task.network, layer
        self.engine = task.network.engine
        crs = layer.crs()
        self.overlay = ChangeOverlay(self.engine, task.network.seg_ids, crs, tr("Grade changes (planner)"))
        self.proposal_display = ProposalLayers(crs)
        self.gpkg_path = self._pending_gpkg or (
            geopackage_table_of(layer.source())[0] if layer.providerType() == "ogr" else None)
        self._pending_gpkg = None
        self.scenarios = {BASE: Scenario(BASE)}
        self.current = BASE
        if self._pending_scenarios is not None:
            self._restore_scenarios(*self._pending_scenarios)
            self._pending_scenarios = None
        self._write_project_entries()
        self.opened.emit()
        self.scenarios_changed.emit()
        self.changed.emit()

    def close(self, reason=""):
        """Leave the planner: remove its layers and forget the engine (save first to keep the proposals)."""
        for task in (self.task, self.suggest_task):
            if task is not None:
                task.cancel()
        self.task = self.suggest_task = None
        if not self.is_open:
            return
        self._removing_ourselves = True
        try:
            for holder in (self.overlay, self.proposal_display):
                if holder is not None:
                    holder.remove()
        finally:
            self._removing_ourselves = False
        self.network = self.engine = self.layer = self.overlay = self.proposal_display = None
        self._engine_ids, self._summaries = {}, {}
        self.undo_stack.clear()
        self.closed.emit(reason)

    def unload(self):
        self.close()
        project = QgsProject.instance()
        for signal, slot in ((project.layersWillBeRemoved, self._on_layers_removed),
                             (project.writeProject, self._on_project_write),
                             (project.readProject, self._on_project_read),
                             (project.removeAll, self._on_project_cleared)):
            signal.disconnect(slot)

    def require_open(self):
        if not self.is_open:
            raise PlannerError(tr("The planner is not open: choose a graded layer and open it first."))

    # proposals -------------------------------------------------------------------------------------------------

    def add_site(self, kind, point, cameras=1, note=""):
        """Propose a ``cctv``, ``light``, ``bell`` or ``guardhouse`` at ``point`` (layer CRS); returns its id."""
        self._require_editable()
        checked = self._checked_site(kind, point, cameras, note)
        proposal = Proposal(self._take_pid(), checked.kind, ((checked.x, checked.y),), checked.cameras, checked.note)
        self.undo_stack.push(AddProposal(self, self.scenarios[self.current], proposal,
                                         tr("Add {kind}").format(kind=site_kind_label(checked.kind))))
        return proposal.pid

    def add_route(self, points, name=""):
        """Propose a safe-return route through ``points`` (layer CRS, at least two); returns its id."""
        self._require_editable()
        vertices = self._checked_route(points, name)
        proposal = Proposal(self._take_pid(), ROUTE, vertices, name=name or tr("Route {number}").format(
            number=1 + sum(p.is_route for p in self.scenarios[self.current].proposals)))
        self.undo_stack.push(AddProposal(self, self.scenarios[self.current], proposal, tr("Add route")))
        return proposal.pid

    def remove(self, pid):
        """Withdraw proposal ``pid`` of the current scenario."""
        self._require_editable()
        scenario = self.scenarios[self.current]
        proposal = self._proposal(scenario, pid)
        self.undo_stack.push(RemoveProposal(self, scenario, proposal, scenario.proposals.index(proposal),
                                            tr("Remove proposal")))

    def move(self, pid, geometry):
        """Move proposal ``pid``: a site to a QgsPointXY, a route to a new list of QgsPointXY."""
        self._require_editable()
        scenario = self.scenarios[self.current]
        old = self._proposal(scenario, pid)
        if old.is_route:
            new = replace(old, vertices=self._checked_route(geometry, old.name))
        else:
            checked = self._checked_site(old.kind, geometry, old.cameras, old.note)
            new = replace(old, vertices=((checked.x, checked.y),))
        self.undo_stack.push(MoveProposal(self, scenario, old, new, tr("Move proposal")))

    def undo(self):
        self.undo_stack.undo()

    def redo(self):
        self.undo_stack.redo()

    def proposals(self, name=None):
        """The proposals of scenario ``name`` (the current one when None), in the order they were made."""
        return list(self._scenario(name).proposals)

    def route_audit(self):
        """The current scenario's proposed routes audited on its grades and risk factors
        (:func:`engine.planning.route_audit.audit_routes`, without light, CCTV or bell layers, so without gap measures):
        ``(route proposals, RouteAudit or None)``."""
        routes = [proposal for proposal in self.scenarios[self.current].proposals if proposal.is_route]
        if not routes:
            return routes, None
        lines = LineArrays.from_list([np.asarray(route.vertices, dtype=np.float64) for route in routes])
        params = AuditParams(route_tolerance_m=self.engine.settings["route_tolerance_m"])
        return routes, audit_routes(self.engine.segments, self.engine.risk, self.engine.grade, lines,
                                    np.arange(len(routes)), len(routes), self._risk_factor_words, params=params,
                                    index=self.engine.index, tr=translator(AUDIT_CONTEXT))

    def _risk_factor_words(self, segments):
        """The factor raising the risk of each of ``segments`` most, in the scenario (as 'Grade streets' words
        it), in QGIS's language."""
        return explain(self.engine.model, self.engine.X[segments], tr=translator(FIELDS_CONTEXT))[0]

    def proposal_at(self, point, tolerance_m):
        """The id of the current scenario's proposal nearest to ``point`` within ``tolerance_m``, or None."""
        if not self.is_open:
            return None
        target = QgsGeometry.fromPointXY(QgsPointXY(point))
        best, best_distance = None, tolerance_m
        for proposal in self.scenarios[self.current].proposals:
            distance = _geometry_of(proposal).distance(target)
            if distance <= best_distance:
                best, best_distance = proposal.pid, distance
        return best

    def no_effect_message(self, kind):
        """Why proposals of ``kind`` (``cctv``, ``light``, ``bell``, ``guardhouse`` or ``route``) change no grade
        with this model, in words for the planner, or "" when they can change grades."""
        reason = self.engine.why_no_effect("safe_routes" if kind == ROUTE else fmt.PLANNER_KINDS[kind])
        label = tr("Safe-return route") if kind == ROUTE else site_kind_label(kind)
        if reason == "unused":
            return tr("{kind} proposals change no grade or number with this model: it found no effect of this factor "
                      "in its training data (too few such segments or crimes near them to tell it from chance). A "
                      "model trained on a larger network or more years of crimes may find one.").format(kind=label)
        if reason == "missing":
            return tr("{kind} proposals change no grade or number with this model: it was trained without this "
                      "factor (its layer was not given to 'Compute safety factors').").format(kind=label)
        return ""

    def reach_m(self, kind):
        """How far a proposal of ``kind`` can change factors (the model's settings), for the hover preview."""
        settings = self.network.settings if self.is_open else {}
        return {"cctv": settings.get("cctv_radius_m", 50.0), "light": settings.get("light_radius_m", 25.0),
                ROUTE: settings.get("route_tolerance_m", 15.0)}.get(kind, settings.get("distance_cap_m", 1000.0))

    def snap_distance_m(self):
        """A click farther than this from every street proposes nothing: the CCTV reach, at least 30 m."""
        return max(30.0, self.reach_m("cctv"))

    def _checked_site(self, kind, point, cameras, note):
        try:
            site = fmt.site(self.current, kind, point.x(), point.y(), cameras, note)
        except fmt.ProposalError as error:
            raise PlannerError(str(error)) from None
        self._require_near_a_street([(site.x, site.y)])
        return site

    def _checked_route(self, points, name):
        try:
            route = fmt.route(self.current, name, [(point.x(), point.y()) for point in points])
        except fmt.ProposalError as error:
            raise PlannerError(str(error)) from None
        self._require_near_a_street(route.vertices)
        return route.vertices

    def _require_near_a_street(self, vertices):
        limit = self.snap_distance_m()
        segment, _ = self.engine.index.snap(np.asarray(vertices, dtype=np.float64), limit)
        if np.all(segment < 0):
            raise PlannerError(tr("No street within {distance:.0f} m of that point on layer '{name}': nothing was "
                                  "added. Click on or next to a street.").format(
                distance=limit, name=self.layer.name()))

    def _require_editable(self):
        self.require_open()
        if self.current == BASE:
            raise PlannerError(tr("The Base scenario is locked: make a new scenario to propose facilities."))

    def _take_pid(self):
        pid = self._next_pid
        self._next_pid += 1
        return pid

    @staticmethod
    def _proposal(scenario, pid):
        for proposal in scenario.proposals:
            if proposal.pid == pid:
                return proposal
        raise PlannerError(tr("Scenario '{name}' has no proposal {pid}.").format(name=scenario.name, pid=pid))

    # what the undo commands call -------------------------------------------------------------------------------

    def apply_insert(self, scenario, proposal, index=None):
        self._make_current(scenario)
        scenario.proposals.insert(len(scenario.proposals) if index is None else index, proposal)
        self._after_edit(scenario, self._engine_add(proposal))

    def apply_remove(self, scenario, pid):
        self._make_current(scenario)
        proposal = self._proposal(scenario, pid)
        scenario.proposals.remove(proposal)
        self._after_edit(scenario, self._engine_remove(pid))

    def apply_replace(self, scenario, old, new):
        self._make_current(scenario)
        scenario.proposals[scenario.proposals.index(old)] = new
        touched = self._engine_remove(old.pid)
        self._after_edit(scenario, np.concatenate([touched, self._engine_add(new)]))

    def _make_current(self, scenario):
        if self.current != scenario.name:
            self.set_scenario(scenario.name)

    def _after_edit(self, scenario, touched):
        scenario.version += 1
        self.overlay.update(touched)
        self.proposal_display.show(scenario.proposals)
        self.changed.emit()

    # the engine ------------------------------------------------------------------------------------------------

    def _engine_add(self, proposal):
        if proposal.is_route:
            engine_id = self.engine.add_route(LineArrays.from_list([np.asarray(proposal.vertices)]))
        else:
            weight = float(proposal.cameras) if proposal.kind == "cctv" else 1.0
            engine_id = self.engine.add_point(fmt.PLANNER_KINDS[proposal.kind], proposal.vertices[0], weight)
        self._engine_ids[proposal.pid] = engine_id
        return self.engine.proposals[engine_id].segments

    def _engine_remove(self, pid):
        return self.engine.remove(self._engine_ids.pop(pid))

    def _load_engine(self, proposals):
        """Withdraw every proposal from the engine and add ``proposals``; returns the segments touched."""
        touched = [self._engine_remove(pid) for pid in list(self._engine_ids)]
        touched += [self._engine_add(proposal) for proposal in proposals]
        return np.concatenate(touched) if touched else np.empty(0, dtype=np.int64)

    # scenarios -------------------------------------------------------------------------------------------------

    def scenario_names(self):
        return list(self.scenarios)

    def new_scenario(self, name, copy_of=None):
        """Add scenario ``name``, empty or a copy of scenario ``copy_of``, and make it current."""
        self.require_open()
        name = self._checked_new_name(name)
        proposals = [replace(p, pid=self._take_pid()) for p in self._scenario(copy_of).proposals] if copy_of else []
        self.scenarios[name] = Scenario(name, proposals)
        self.set_scenario(name)
        self._scenarios_edited()
        return name

    def set_scenario(self, name):
        """Show scenario ``name``: the engine, the overlay and the proposal layers switch to it."""
        self.require_open()
        scenario = self._scenario(name)
        if name == self.current:
            return
        touched = self._load_engine(scenario.proposals)
        self.current = name
        self.overlay.update(touched)
        self.proposal_display.show(scenario.proposals)
        self._write_project_entries()
        self.changed.emit()
        self.scenarios_changed.emit()

    def rename(self, old, new):
        if old == BASE:
            raise PlannerError(tr("The Base scenario is locked and keeps its name."))
        scenario = self._scenario(old)
        new = self._checked_new_name(new)
        self.scenarios = {(new if key == old else key): value for key, value in self.scenarios.items()}
        scenario.name = new
        if self.current == old:
            self.current = new
        self._summaries.pop(old, None)
        self._scenarios_edited()

    def delete(self, name):
        if name == BASE:
            raise PlannerError(tr("The Base scenario is locked and cannot be deleted."))
        self._scenario(name)
        if self.current == name:
            self.set_scenario(BASE)
        del self.scenarios[name]
        self._summaries.pop(name, None)
        self.undo_stack.clear()  # its commands would bring back a scenario that is gone
        self._scenarios_edited()

    def _scenarios_edited(self):
        self._write_project_entries()
        self.scenarios_changed.emit()

    def _scenario(self, name):
        name = self.current if name is None else name
        if name not in self.scenarios:
            raise PlannerError(tr("There is no scenario '{name}'; the scenarios are {names}.").format(
                name=name, names=", ".join(self.scenarios)))
        return self.scenarios[name]

    def _checked_new_name(self, name):
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

    # suggestions -----------------------------------------------------------------------------------------------

    def suggest_sites(self, request, background=False):
        """Ask the siting optimiser which sites cut the most for ``request`` (a :class:`SiteRequest`) on top of the
        current scenario; the suggestions come back as a new scenario, then ``suggested`` is emitted. Runs in
        QGIS's task manager when ``background`` (progress, Cancel), else before returning. Returns the task."""
        self.require_open()
        if self.suggest_task is not None:
            raise PlannerError(tr("Sites are already being suggested: wait for that run or cancel it."))
        try:
            request = request.checked(self.engine)
        except ValueError as error:
            raise PlannerError(str(error)) from None
        scenario = self.scenarios[self.current]
        self.suggest_task = SuggestSitesTask(self.engine.fork(), self.network.existing_distances, request,
                                             self.unit_costs_krw, (scenario.name, list(scenario.proposals)),
                                             self._suggestion_done)
        task = self.suggest_task
        if background:
            QgsApplication.taskManager().addTask(task)
        else:
            task.run_now()
        return task

    def _suggestion_done(self, task):
        if task is not self.suggest_task:
            return  # the planner closed (and may have opened again) while the task ran
        self.suggest_task = None
        if task.error or not task.result.picks:
            self.message.emit(task.error or tr(
                "No site fits a budget of {budget:,.0f} KRW: no scenario was added. Raise the budget or lower the unit "
                "costs.").format(budget=task.request.budget_krw), Qgis.Warning)
            self.suggested.emit("")
            return
        name = self._add_suggested_scenario(task)
        result, summary = task.result, self.summary(name)
        self.message.emit(tr(
            "Scenario '{name}': {count} sites for {cost:,.1f} of {budget:,.1f} million KRW, chosen from {candidates:,} "
            "candidates; expected incidents {before:.1f} → {after:.1f}.").format(
            name=name, count=len(result.picks), cost=result.total_cost_krw / 1e6, budget=task.request.budget_krw / 1e6,
            candidates=task.n_candidates, before=summary["expected_incidents_before"],
            after=summary["expected_incidents_after"]), Qgis.Success)
        self.suggested.emit(name)

    def _add_suggested_scenario(self, task):
        """The scenario the task started from plus its picks, as a new scenario made current."""
        start_name, start_proposals = task.scenario
        budget = task.request.budget_krw
        name = self.free_name(tr("Suggested {budget}").format(
            budget=tr("{amount:,.0f}M KRW").format(amount=budget / 1e6, amount_ko=korean_won(budget, with_won=False))))
        picks = task.result.picks
        proposals = [replace(proposal, pid=self._take_pid()) for proposal in start_proposals]
        proposals += [Proposal(self._take_pid(), pick.kind, ((pick.x, pick.y),), pick.cameras, tr(
            "suggested: rank {rank} of {count}, on top of '{scenario}'").format(
            rank=pick.rank, count=len(picks), scenario=start_name)) for pick in picks]
        self.scenarios[name] = Scenario(name, proposals)
        self.set_scenario(name)
        self._scenarios_edited()
        return name

    # numbers ---------------------------------------------------------------------------------------------------

    def set_unit_costs(self, costs_krw):
        """Replace unit costs (the engine's kinds: cctv, lights, bells, guardhouses, safe_routes per km)."""
        unknown = set(costs_krw) - set(DEFAULT_UNIT_COSTS_KRW)
        if unknown:
            raise PlannerError(tr("Unknown cost kind: {kinds}.").format(kinds=", ".join(sorted(unknown))))
        self.unit_costs_krw.update({kind: _unit_cost(kind, value) for kind, value in costs_krw.items()})
        self._summaries = {}
        self._write_project_entries()
        self.changed.emit()

    def summary(self, name=None):
        """The engine's summary of scenario ``name`` (the current one when None) with the planner's unit costs."""
        self.require_open()
        scenario = self._scenario(name)
        key = (scenario.version, tuple(sorted(self.unit_costs_krw.items())))
        cached = self._summaries.get(scenario.name)
        if cached is not None and cached[0] == key:
            return cached[1]
        if scenario.name == self.current:
            result = self.engine.summary(self.unit_costs_krw)
        else:  # evaluated on the one engine, then the current scenario is put back
            self._load_engine(scenario.proposals)
            result = self.engine.summary(self.unit_costs_krw)
            self._load_engine(self.scenarios[self.current].proposals)
        self._summaries[scenario.name] = (key, result)
        return result

    def changed_layer(self):
        """The overlay layer: the segments whose grade differs from the base (seg_id, grade_before, grade_after)."""
        self.require_open()
        return self.overlay.layer

    def proposal_layers(self):
        """The map layers of the current scenario's proposals: ``[sites, routes]``."""
        self.require_open()
        return self.proposal_display.layers()

    # saving and loading ----------------------------------------------------------------------------------------

    def save(self, gpkg_path=None):
        """Write every scenario's proposals to the tables anshim_proposed_sites and anshim_proposed_routes of
        ``gpkg_path`` (by default the graded layer's own GeoPackage); returns the path written."""
        self.require_open()
        path = gpkg_path or self.gpkg_path
        if not path:
            raise PlannerError(tr("Layer '{name}' is not in a GeoPackage: choose a GeoPackage to save the proposals "
                                  "in.").format(name=self.layer.name()))
        sites, routes = self._format_proposals()
        try:
            write_proposals(path, self.layer.crs(), sites, routes)
        except QgsProcessingException as error:
            raise PlannerError(str(error)) from None
        self.gpkg_path = os.path.abspath(path)
        self._write_project_entries()
        return self.gpkg_path

    def saved_tables(self):
        """``(sites, routes)`` layers of the GeoPackage the proposals were saved to, for briefings and batch runs."""
        if not self.gpkg_path:
            return None, None
        return proposal_layers(self.gpkg_path)

    def load(self, gpkg_path):
        """Replace the alternative scenarios with those saved in ``gpkg_path``."""
        self.require_open()
        if not gpkg_path or not os.path.isfile(gpkg_path):
            raise PlannerError(tr("There is no GeoPackage '{path}' to load proposals from.").format(path=gpkg_path))
        try:
            sites, routes = read_proposal_tables(gpkg_path, self.layer.crs())
        except QgsProcessingException as error:
            raise PlannerError(str(error)) from None
        names = [name for name in self.scenarios if name != BASE]
        self._restore_scenarios(names + fmt.scenario_names(sites, routes), sites, routes)
        self.gpkg_path = os.path.abspath(gpkg_path)
        self._write_project_entries()

    def save_as_layer(self, output="TEMPORARY_OUTPUT", load=True):
        """Run anshim:simulatescenario on the saved proposal tables for the current scenario; returns its result."""
        from qgis import processing
        if self.current == BASE:
            raise PlannerError(tr("The Base scenario has no proposals: choose a scenario to save as a layer."))
        path = self.save()
        sites, routes = (f"{path}|layername={table}" for table in (fmt.SITES_TABLE, fmt.ROUTES_TABLE))
        from ..processing_algorithms.simulate_scenario import unit_cost_parameters
        parameters = {"INPUT": self.layer, "MODEL": self.network.model_path, "PROPOSED_SITES": sites,
                      "PROPOSED_ROUTES": routes, "SCENARIO": self.current, "OUTPUT": output,
                      **unit_cost_parameters(self.unit_costs_krw)}
        run = processing.runAndLoadResults if load else processing.run
        return run("anshim:simulatescenario", parameters)

    def briefing_parameters(self, output_pdf=""):
        """Parameters of anshim:exportbriefing for the alternative scenarios, on the saved proposal tables, with
        the planner's unit costs."""
        from ..processing_algorithms.export_briefing import briefing_parameters
        from ..processing_algorithms.simulate_scenario import unit_cost_parameters
        names = [name for name in self.scenario_names() if name != BASE]
        if not names:
            raise PlannerError(tr("There is no scenario to brief yet: make a scenario with proposals first."))
        path = self.save()
        sites, routes = (f"{path}|layername={table}" for table in (fmt.SITES_TABLE, fmt.ROUTES_TABLE))
        return briefing_parameters(self.layer, self.network.model_path, sites, routes, names, output_pdf,
                                   **unit_cost_parameters(self.unit_costs_krw))

    def _format_proposals(self):
        sites, routes = [], []
        for scenario in self.scenarios.values():
            for proposal in scenario.proposals:
                if proposal.is_route:
                    routes.append(fmt.route(scenario.name, proposal.name, proposal.vertices))
                else:
                    x, y = proposal.vertices[0]
                    sites.append(fmt.site(scenario.name, proposal.kind, x, y, proposal.cameras, proposal.note))
        return sites, routes

    def _restore_scenarios(self, names, sites, routes):
        """Scenarios ``names`` (Base first, always) with the saved ``sites`` and ``routes`` of each."""
        self.set_scenario(BASE)
        self.scenarios = {BASE: self.scenarios[BASE]}
        for name in dict.fromkeys(names):
            if name == BASE:
                continue
            proposals = [Proposal(self._take_pid(), site.kind, ((site.x, site.y),), site.cameras, site.note)
                         for site in fmt.of_scenario(sites, name)]
            proposals += [Proposal(self._take_pid(), ROUTE, route.vertices, name=route.name)
                          for route in fmt.of_scenario(routes, name)]
            self.scenarios[name] = Scenario(name, proposals)
        self._summaries = {}
        self.undo_stack.clear()
        self.scenarios_changed.emit()

    # the project -----------------------------------------------------------------------------------------------

    def _write_project_entries(self):
        if self.is_open:
            write_planner_entries(QgsProject.instance(), SavedPlanner(
                self.layer.id(), self.network.model_path, self.gpkg_path, list(self.scenarios), self.current,
                self.unit_costs_krw))

    def _on_project_write(self, _document):
        """Saving the project saves the proposals next to it, so scenarios come back with the project."""
        if self.is_open and self.gpkg_path and len(self.scenarios) > 1:
            try:
                self.save()
            except Exception as error:  # noqa: B902 (the project must still save; the user is told)
                self.message.emit(tr("The proposals could not be saved to {path}: {error}").format(
                    path=self.gpkg_path, error=error), 2)

    def _on_project_read(self, _document):
        """A project saved with the planner open opens it again, with its scenarios and unit costs."""
        saved = read_planner_entries(QgsProject.instance())
        if saved is None:
            return
        layer = QgsProject.instance().mapLayer(saved.layer_id)
        if layer is None:
            self.message.emit(tr("The project's planner layer is missing: open the planner on a graded layer."), 1)
            return
        self.unit_costs_krw.update(saved.unit_costs_krw)
        try:
            sites, routes = read_proposal_tables(saved.gpkg_path, layer.crs())
        except QgsProcessingException as error:
            self.message.emit(tr("The saved proposals could not be read: {error}").format(error=error), 1)
            sites, routes = [], []
        self._pending_scenarios = (saved.scenarios, sites, routes)
        self._pending_current = saved.current if saved.current in saved.scenarios else BASE
        self._pending_gpkg = saved.gpkg_path or None
        model_path = saved.model_path if os.path.isfile(saved.model_path) else None
        try:
            if self.restore_in_background:
                self.open_in_background(layer, model_path)
                self.opened.connect(self._restore_current)
            else:
                self.open(layer, model_path)
                self._restore_current()
        except PlannerError as error:
            self._pending_scenarios = self._pending_gpkg = None
            self.message.emit(str(error), 1)

    def _restore_current(self):
        try:
            self.opened.disconnect(self._restore_current)
        except TypeError:
            pass
        if self._pending_current in self.scenarios:
            self.set_scenario(self._pending_current)

    def _on_project_cleared(self):
        self._pending_scenarios = None
        self.close()

    def _on_layers_removed(self, layer_ids):
        if self._removing_ourselves or not self.is_open:
            return
        if self.layer.id() in layer_ids:
            kept = ""
            if self.gpkg_path and len(self.scenarios) > 1:
                try:
                    kept = tr(" The proposals were saved to {path}.").format(path=self.save())
                except Exception:  # noqa: B902 (closing must go on; the message says nothing was saved)
                    kept = ""
            self.close(tr("The graded layer '{name}' was removed: the planner closed.").format(
                name=self.layer.name()) + kept)
        elif self.overlay.layer.id() in layer_ids or any(
                layer.id() in layer_ids for layer in self.proposal_display.layers()):
            self.close(tr("A planner layer was removed: the planner closed. Open it again to continue."))


def _geometry_of(proposal):
    if proposal.is_route:
        return QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in proposal.vertices])
    return QgsGeometry.fromPointXY(QgsPointXY(*proposal.vertices[0]))


def _unit_cost(kind, value):
    """``value`` as a unit cost in KRW: a finite number of at least 0, as the algorithms' cost parameters."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = math.nan
    if not 0.0 <= number < math.inf:
        raise PlannerError(tr("The unit cost of {kind} must be a number of won of at least 0, not {value}.").format(
            kind=kind, value=value))
    return number
