"""The planner controller: scenarios of proposed facilities on one graded layer, the numbers, undo and saving.

It owns one engine ``ScenarioPlanner`` for the open layer; a scenario is a list of proposals, and switching
scenario withdraws the old scenario's proposals from the engine and adds the new one's (each touches only the
segments it reaches). The dock only shows this object's state, the map tools only call it, and the Python console
drives it the same way::

    planner = qgis.utils.plugins["anshim"].planner
    planner.open(layer)
    pid = planner.add_site("cctv", QgsPointXY(x, y), cameras=2)

:class:`Planner` is a facade: its signals and the scripting API, each call handed to the part that does that job
(the session, the scenario book, the proposal editor, the numbers, persistence, the project link, suggestions).
"""
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..walks import Walks
from .editing import ProposalEditor
from .installation import Installation
from .numbers import Numbers
from .persistence import Persistence
from .project import ProjectLink
from .scenarios import BASE, ROUTE, Proposal, Scenario, ScenarioBook
from .session import Session
from .suggestions import Suggestions

__all__ = ["BASE", "ROUTE", "Planner", "Proposal", "Scenario"]


class Planner(QObject):
    """Scenarios on one graded layer; see the module docstring."""

    opened = pyqtSignal()
    closed = pyqtSignal(str)  # why, for the message bar ("" when closed on purpose)
    changed = pyqtSignal()  # proposals, grades or the current scenario changed
    scenarios_changed = pyqtSignal()
    message = pyqtSignal(str, int)  # text, Qgis.MessageLevel
    suggested = pyqtSignal(str)  # a site suggestion ended: the new scenario's name, "" when none was added
    installed = pyqtSignal(str)  # a scenario was marked as installed: its name

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session = Session(self)  # the layer, the engine and the planner's map layers
        self.book = ScenarioBook()  # the scenarios and the current one
        self.editor = ProposalEditor(self)  # proposals and the undo stack
        self.numbers = Numbers(self)  # unit costs and summaries
        self.persistence = Persistence(self)  # the GeoPackage tables
        self.installation = Installation(self)  # the installed-facility tables
        self.suggestions = Suggestions(self)  # the siting optimiser's runs
        self.project = ProjectLink(self)  # entries in the QGIS project and its signals
        self.walks = Walks(self)  # shortest and safest walks on the open network
        self.ask_to_save = None  # (text, can_save) -> bool: asks before unsaved proposals are lost (unsaved.py)

    # state the dock, the map tools and scripts read ------------------------------------------------------------

    network = property(lambda self: self.session.network)
    engine = property(lambda self: self.session.engine)
    layer = property(lambda self: self.session.layer)
    overlay = property(lambda self: self.session.overlay)
    proposal_display = property(lambda self: self.session.proposal_display)
    task = property(lambda self: self.session.task, doc="the running open task")
    _engine_ids = property(lambda self: self.session.engine_ids)
    scenarios = property(lambda self: self.book.scenarios)
    current = property(lambda self: self.book.current)
    undo_stack = property(lambda self: self.editor.undo_stack)
    unit_costs_krw = property(lambda self: self.numbers.unit_costs_krw)
    gpkg_path = property(lambda self: self.persistence.gpkg_path)
    suggest_task = property(lambda self: self.suggestions.task, doc="the running suggestion task")

    @property
    def restore_in_background(self):
        """Whether reading a project opens its planner in the task manager (True) or before returning."""
        return self.project.restore_in_background

    @restore_in_background.setter
    def restore_in_background(self, value):
        self.project.restore_in_background = value

    # opening and closing ---------------------------------------------------------------------------------------

    @property
    def is_open(self):
        return self.session.is_open

    def open(self, layer, model_path=None):
        """Open the planner on graded ``layer`` and return when ready; the model is found from the layer when
        ``model_path`` is None. Raises :class:`PlannerError` with a message when it cannot."""
        self.session.open(layer, model_path)

    def open_in_background(self, layer, model_path=None):
        """Open in QGIS's task manager (progress, Cancel); ``opened`` or ``message`` follows. Returns the task."""
        return self.session.open_in_background(layer, model_path)

    def close(self, reason=""):
        """Leave the planner: remove its layers and forget the engine (save first to keep the proposals)."""
        self.session.cancel()
        self.suggestions.cancel()
        if self.session.close():
            self.numbers.forget()
            self.undo_stack.clear()
            self.closed.emit(reason)

    def unload(self):
        self.close()
        self.project.unload()

    def require_open(self):
        self.session.require_open()

    # proposals -------------------------------------------------------------------------------------------------

    def add_site(self, kind, point, cameras=1, note=""):
        """Propose a ``cctv``, ``light``, ``bell`` or ``guardhouse`` at ``point`` (layer CRS); returns its id."""
        return self.editor.add_site(kind, point, cameras, note)

    def add_route(self, points, name=""):
        """Propose a safe-return route through ``points`` (layer CRS, at least two); returns its id."""
        return self.editor.add_route(points, name)

    def remove(self, pid):
        """Withdraw proposal ``pid`` of the current scenario."""
        self.editor.remove(pid)

    def move(self, pid, geometry):
        """Move proposal ``pid``: a site to a QgsPointXY, a route to a new list of QgsPointXY."""
        self.editor.move(pid, geometry)

    def undo(self):
        self.undo_stack.undo()

    def redo(self):
        self.undo_stack.redo()

    def proposals(self, name=None):
        """The proposals of scenario ``name`` (the current one when None), in the order they were made."""
        return list(self.book.get(name).proposals)

    def proposal_at(self, point, tolerance_m):
        """The id of the current scenario's proposal nearest to ``point`` within ``tolerance_m``, or None."""
        return self.editor.proposal_at(point, tolerance_m)

    def reach_m(self, kind):
        """How far a proposal of ``kind`` can change factors (the model's settings), for the hover preview."""
        return self.editor.reach_m(kind)

    def snap_distance_m(self):
        """A click farther than this from every street proposes nothing: the CCTV reach, at least 30 m."""
        return self.editor.snap_distance_m()

    # scenarios -------------------------------------------------------------------------------------------------

    def scenario_names(self):
        return self.book.names()

    def new_scenario(self, name, copy_of=None):
        """Add scenario ``name``, empty or a copy of scenario ``copy_of``, and make it current."""
        self.require_open()
        name = self.book.add(name, copy_of)
        self.set_scenario(name)
        self.scenarios_edited()
        return name

    def set_scenario(self, name):
        """Show scenario ``name``: the engine, the overlay and the proposal layers switch to it."""
        self.require_open()
        scenario = self.book.get(name)
        if name == self.current:
            return
        touched = self.session.load_engine(scenario.proposals)
        self.book.current = name
        self.session.show(scenario, touched)
        self.project.write_entries()
        self.changed.emit()
        self.scenarios_changed.emit()

    def rename(self, old, new):
        self.book.rename(old, new)
        self.numbers.forget(old)
        self.scenarios_edited()

    def delete(self, name):
        self.book.check_deletable(name)
        if self.current == name:
            self.set_scenario(BASE)
        del self.book.scenarios[name]
        self.numbers.forget(name)
        self.undo_stack.clear()  # its commands would bring back a scenario that is gone
        self.scenarios_edited()

    def free_name(self, name):
        """``name``, or ``name (2)``, ``name (3)``… when a scenario already has it."""
        return self.book.free_name(name)

    def scenarios_edited(self):
        """Scenarios were added, renamed or deleted: the project and the dock hear of it."""
        self.project.write_entries()
        self.scenarios_changed.emit()

    # suggestions -----------------------------------------------------------------------------------------------

    def suggest_sites(self, request, background=False):
        """Ask the siting optimiser which sites cut the most for ``request`` (a :class:`SiteRequest`) on top of the
        current scenario; the suggestions come back as a new scenario, then ``suggested`` is emitted. Runs in
        QGIS's task manager when ``background`` (progress, Cancel), else before returning. Returns the task."""
        return self.suggestions.suggest_sites(request, background)

    # numbers ---------------------------------------------------------------------------------------------------

    def set_unit_costs(self, costs_krw):
        """Replace unit costs (the engine's kinds: cctv, lights, bells, guardhouses, safe_routes per km)."""
        self.numbers.set_unit_costs(costs_krw)
        self.project.write_entries()
        self.changed.emit()

    def summary(self, name=None):
        """The engine's summary of scenario ``name`` (the current one when None) with the planner's unit costs."""
        return self.numbers.summary(name)

    def route_audit(self):
        """The current scenario's proposed routes audited on its grades and risk factors
        (:func:`engine.planning.route_audit.audit_routes`, without light, CCTV or bell layers, so without gap
        measures): ``(route proposals, RouteAudit or None)``."""
        return self.numbers.route_audit()

    def no_effect_message(self, kind):
        """Why proposals of ``kind`` (``cctv``, ``light``, ``bell``, ``guardhouse`` or ``route``) change no grade
        with this model, in words for the planner, or "" when they can change grades."""
        return self.numbers.no_effect_message(kind)

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
        return self.persistence.save(gpkg_path)

    def saved_tables(self):
        """``(sites, routes)`` layers of the GeoPackage the proposals were saved to, for briefings and batch runs."""
        return self.persistence.saved_tables()

    def load(self, gpkg_path):
        """Replace the alternative scenarios with those saved in ``gpkg_path``."""
        self.persistence.load(gpkg_path)

    def save_as_layer(self, output="TEMPORARY_OUTPUT", load=True):
        """Run anshim:simulatescenario on the saved proposal tables for the current scenario; returns its result."""
        return self.persistence.save_as_layer(output, load)

    def briefing_parameters(self, output_pdf=""):
        """Parameters of anshim:exportbriefing for the alternative scenarios, on the saved proposal tables, with
        the planner's unit costs."""
        return self.persistence.briefing_parameters(output_pdf)

    # installed facilities --------------------------------------------------------------------------------------

    def mark_installed(self, installed_on, name=None, gpkg_path=None, replace=False):
        """Record scenario ``name``'s proposals (the current one when None) as installed on ``installed_on`` (a
        QDate, ``datetime.date`` or ``YYYY-MM-DD``): appended to the tables anshim_installed_sites and
        anshim_installed_routes of ``gpkg_path`` (by default :meth:`installed_gpkg_path`), which are added to the
        project, ready for anshim:evaluateinterventions. A scenario already there raises :class:`AlreadyInstalled`
        unless ``replace`` (its earlier rows are then replaced). Returns a :class:`MarkedInstalled`."""
        return self.installation.mark(installed_on, name, gpkg_path, replace)

    def installed_gpkg_path(self):
        """The GeoPackage :meth:`mark_installed` writes to by default: the planner's, else the one last chosen for a
        graded layer that is in no GeoPackage; None when there is neither."""
        return self.installation.gpkg_path

    def installed_marking(self, name=None, gpkg_path=None):
        """What the installed tables of ``gpkg_path`` (by default :meth:`installed_gpkg_path`) hold for scenario
        ``name`` (the current one when None): a :class:`qgis_io.installed_writer.Marking` (dates, counts)."""
        return self.installation.marking(name, gpkg_path)
