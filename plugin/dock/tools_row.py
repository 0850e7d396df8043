"""The dock's tool buttons: CCTV, light, bell, guard house, route, safest walk, move, remove (each a map tool made
on first use), the camera count of new CCTV sites, and undo / redo of the planner's edits."""
from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QActionGroup, QGridLayout, QSizePolicy, QSpinBox, QToolButton

from ...qgis_io.i18n import translator
from ..map_tools import DrawRouteTool, MoveProposalTool, PlaceSiteTool, RemoveProposalTool, WalkTool
from .undo_text import word_ordered
from .common import DockRow

TR_CONTEXT = "AnshimPlannerDock"
tr = translator(TR_CONTEXT)


class ToolsRow(DockRow):
    """The tool grid; ``walk_box`` shows the walks the walk tool finds and gives its detour."""

    def __init__(self, context, walk_box):
        super().__init__(context, QGridLayout)
        self.walk_box = walk_box
        self.tools = {}
        grid = self.row
        self.tool_actions = QActionGroup(self)
        self.tool_actions.setExclusive(True)
        tools = (("cctv", tr("CCTV")), ("light", tr("Light")), ("bell", tr("Bell")),
                 ("guardhouse", tr("Guard house")), ("route", tr("Route")), ("walk", tr("Safest walk")),
                 ("move", tr("Move")), ("remove", tr("Remove")))
        for column, (key, text) in enumerate(tools):
            action = QAction(text, self)
            action.setCheckable(True)
            action.setData(key)
            action.triggered.connect(lambda checked, key=key: self.activate_tool(key) if checked else None)
            self.tool_actions.addAction(action)
            grid.addWidget(_text_button(action), column // 4, column % 4)
        self.cameras = QSpinBox()
        self.cameras.setRange(1, 12)
        self.cameras.setPrefix(tr("cameras: "))
        self.cameras.setToolTip(tr("Cameras at each new CCTV site"))
        grid.addWidget(self.cameras, 2, 0, 1, 2)
        self.undo_action = word_ordered(self.planner.undo_stack.createUndoAction(self, tr("Undo")),
                                        self.planner.undo_stack)
        self.undo_action.setShortcut("Ctrl+Z")
        self.redo_action = word_ordered(self.planner.undo_stack.createRedoAction(self, tr("Redo")),
                                        self.planner.undo_stack, redo=True)
        self.redo_action.setShortcut("Ctrl+Shift+Z")
        for column, action in enumerate((self.undo_action, self.redo_action)):
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            button = _text_button(action)
            button.setIcon(QIcon())
            grid.addWidget(button, 2, 2 + column)
        context.follow(self.planner.closed, self.deactivate_tools)

    def shortcut_actions(self):
        """Undo and redo, for the dock to take (their shortcuts work anywhere in it)."""
        return [self.undo_action, self.redo_action]

    def activate_tool(self, key):
        if not self.planner.is_open:
            return
        if key != "walk":  # a walk proposes nothing until asked to
            self.context.leave_base()
        no_effect = "" if key in ("walk", "move", "remove") else self.planner.no_effect_message(key)
        if no_effect:
            self.context.show_message(no_effect, Qgis.Info)
        if key not in self.tools:
            self.tools[key] = self._make_tool(key)
            action = next(a for a in self.tool_actions.actions() if a.data() == key)
            self.tools[key].setAction(action)
        self.context.canvas.setMapTool(self.tools[key])

    def _make_tool(self, key):
        canvas, planner, report = self.context.canvas, self.planner, self.context.show_message
        if key == "route":
            return DrawRouteTool(canvas, planner, report)
        if key == "walk":
            return WalkTool(canvas, planner, report, self.walk_box.show_walk, self.walk_box.walk_detour.value)
        if key == "move":
            return MoveProposalTool(canvas, planner, report)
        if key == "remove":
            return RemoveProposalTool(canvas, planner, report)
        return PlaceSiteTool(canvas, planner, report, key, self.cameras.value)

    def deactivate_tools(self, *_):
        canvas = self.context.canvas
        for tool in self.tools.values():
            if canvas.mapTool() is tool:
                canvas.unsetMapTool(tool)

    def remove_tools(self):
        """Unset and drop the map tools and their rubber bands (the plugin's unload)."""
        self.deactivate_tools()
        for tool in self.tools.values():
            tool.remove_bands()
        self.tools.clear()


def _text_button(action):
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonTextOnly)
    button.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
    return button
