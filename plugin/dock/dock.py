"""The planner dock: setup (graded layer, model), tools, scenarios (and marking one as installed), live numbers, the
audit of the scenario's routes, the comparison and unit costs.

It only shows the planner's state and forwards what the user does to it; problems reach the message bar. Each part
is its own widget in this package, built from the planner and following its signals (:class:`DockContext`); this
class lays them out. A new box is a :class:`PlannerBox` subclass with a ``refresh()``, added in
:meth:`PlannerDock._planner_page`.
"""
import os

from qgis.core import Qgis
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QFrame, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from ...qgis_io.i18n import translator
from .common import DockContext
from .comparison_box import ComparisonBox
from .costs_box import CostsBox
from .numbers_box import NumbersBox
from .routes_box import RoutesBox
from .save_row import SaveRow
from .scenarios_box import ScenariosBox
from .setup_page import SetupPage
from .suggest_row import SuggestRow
from .tools_row import ToolsRow
from .transitions_box import TransitionsBox
from .walk_box import WalkBox

TR_CONTEXT = "AnshimPlannerDock"
tr = translator(TR_CONTEXT)


class PlannerDock(QgsDockWidget):
    """Two pages: :class:`SetupPage` until the planner opens, then the planner's boxes in a scroll area."""

    def __init__(self, planner, iface, parent=None):
        super().__init__(tr("Anshim scenario planner"), parent)
        self.setObjectName("AnshimPlannerDock")
        self.planner = planner
        self.iface = iface
        self.context = DockContext(planner, iface)
        self.setup = SetupPage(self.context)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.setup)
        scroll = QScrollArea()  # the dock scrolls rather than push the main window taller than the screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(self._planner_page())
        self.pages.addWidget(scroll)
        self.setWidget(self.pages)
        self.context.follow(planner.opened, self._on_opened)
        self.context.follow(planner.closed, self._on_closed)
        self.context.follow(planner.message, self.show_message)
        if planner.is_open:
            self._on_opened()

    def _planner_page(self):
        context = self.context
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.walk_box = WalkBox(context)
        self.tools_row = ToolsRow(context, self.walk_box)
        self.addActions(self.tools_row.shortcut_actions())
        self.suggest_row = SuggestRow(context)
        self.scenarios_box = ScenariosBox(context)
        self.numbers_box = NumbersBox(context)
        self.routes_box = RoutesBox(context)
        self.transitions_box = TransitionsBox(context)
        self.comparison_box = ComparisonBox(context)
        self.costs_box = CostsBox(context)
        self.save_row = SaveRow(context)
        for widget in (self.title, self.tools_row, self.suggest_row, self.walk_box, self.scenarios_box,
                       self.numbers_box, self.routes_box, self.transitions_box):
            layout.addWidget(widget)
        layout.addWidget(self.comparison_box, 1)
        layout.addWidget(self.costs_box)
        layout.addWidget(self.save_row)
        return page

    # the parts' widgets and actions, as scripts and tests reach them -------------------------------------------

    layer_combo = property(lambda self: self.setup.layer_combo)
    model_widget = property(lambda self: self.setup.model_widget)
    progress = property(lambda self: self.setup.progress)
    open_chosen = property(lambda self: self.setup.open_chosen)
    tools = property(lambda self: self.tools_row.tools)
    cameras = property(lambda self: self.tools_row.cameras)
    activate_tool = property(lambda self: self.tools_row.activate_tool)
    suggest_button = property(lambda self: self.suggest_row.suggest_button)
    suggest_progress = property(lambda self: self.suggest_row.suggest_progress)
    start_suggestion = property(lambda self: self.suggest_row.start_suggestion)
    _cancel_suggestion = property(lambda self: self.suggest_row.cancel_suggestion)
    walk = property(lambda self: self.walk_box.walk)
    walk_text = property(lambda self: self.walk_box.walk_text)
    propose_walk_button = property(lambda self: self.walk_box.propose_walk_button)
    show_walk = property(lambda self: self.walk_box.show_walk)
    scenario_list = property(lambda self: self.scenarios_box.scenario_list)
    numbers = property(lambda self: self.numbers_box.numbers)
    route_audit_text = property(lambda self: self.routes_box.route_audit_text)
    comparison_table = property(lambda self: self.comparison_box.comparison_table)
    installed_row = property(lambda self: self.scenarios_box.installed_row)
    mark_installed_button = property(lambda self: self.scenarios_box.installed_row.mark_button)

    # following the planner -------------------------------------------------------------------------------------

    def _on_opened(self):
        network = self.planner.network
        self.title.setText(tr("<b>{layer}</b> — {count:,} segments; model {model}").format(
            layer=self.planner.layer.name(), count=len(network.seg_ids), model=os.path.basename(network.model_path)))
        self.pages.setCurrentIndex(1)

    def _on_closed(self, reason):
        self.pages.setCurrentIndex(0)
        if reason:
            self.show_message(reason)

    def show_message(self, text, level=Qgis.Warning):
        self.context.show_message(text, level)

    def closeEvent(self, event):  # noqa: N802 (Qt's name)
        self.tools_row.deactivate_tools()
        super().closeEvent(event)

    def cleanup(self):
        """Drop the map tools and disconnect every part from the planner and the project (the plugin's unload)."""
        self.tools_row.remove_tools()
        self.context.unfollow_all()
