"""What every part of the planner dock shares: the planner, the message bar, calls whose refusal becomes a
message, and the base class of the dock's boxes, which follow the planner's signals themselves."""
from qgis.core import Qgis
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
                                 QWidget)

from ...qgis_io.i18n import translator
from ..open_task import PlannerError
from ..planner import BASE

TR_CONTEXT = "AnshimPlannerDock"
tr = translator(TR_CONTEXT)
BEST_BACKGROUND = QColor("#d9f0d3")
ROW_HEIGHT_PX, HEADER_HEIGHT_PX = 20, 24


def cost_label(kind):
    return {"cctv": tr("CCTV site"), "lights": tr("Security light"), "bells": tr("Emergency bell"),
            "guardhouses": tr("Guard house"), "safe_routes": tr("Safe-return route, per km")}[kind]


class DockContext:
    """The planner and the QGIS interface of one dock, and the connections its parts made (undone by
    :meth:`unfollow_all` when the plugin unloads)."""

    def __init__(self, planner, iface):
        self.planner = planner
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self._connections = []
        self._resyncs = []  # what redraws the scenario list and the numbers

    def follow(self, signal, slot):
        signal.connect(slot)
        self._connections.append((signal, slot))

    def unfollow_all(self):
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections = []

    def follow_scenarios(self, slot):
        """``slot`` redraws from the planner's scenarios: on every scenario change and after a refused call."""
        self.follow(self.planner.scenarios_changed, slot)
        self._resyncs.append(slot)

    def show_message(self, text, level=Qgis.Warning):
        self.iface.messageBar().pushMessage(tr("Anshim planner"), text, level, 8)

    def call(self, action, *args, **kwargs):
        """``action(*args, **kwargs)``; a refusal (PlannerError) goes to the message bar and returns None."""
        try:
            return action(*args, **kwargs)
        except PlannerError as error:
            self.show_message(str(error))
            for resync in self._resyncs:
                resync()
            return None

    def free_name(self, pattern):
        number = 1
        while pattern.format(number=number) in self.planner.scenario_names():
            number += 1
        return pattern.format(number=number)

    def leave_base(self):
        """Proposals cannot go to the locked Base: a new scenario takes them, and the user is told."""
        if self.planner.current == BASE:
            name = self.free_name(tr("Scenario {number}"))
            self.planner.new_scenario(name)
            self.show_message(tr("Base is locked: your proposals go to the new scenario '{name}'.").format(name=name),
                              Qgis.Info)


class DockRow(QWidget):
    """A row of the dock's controls laid out by ``layout_class`` without margins, with the planner at hand."""

    def __init__(self, context, layout_class=QHBoxLayout):
        super().__init__()
        self.context = context
        self.planner = context.planner
        self.row = layout_class(self)
        self.row.setContentsMargins(0, 0, 0, 0)


class PlannerBox(QgsCollapsibleGroupBox):
    """A collapsible box of the dock showing part of the open planner's state, redrawn by :meth:`refresh` when
    the planner opens, its scenarios change and, unless ``follows_changes`` is False, its proposals or grades."""

    def __init__(self, title, context, follows_changes=True):
        super().__init__(title)
        self.context = context
        self.planner = context.planner
        context.follow(self.planner.opened, self.refresh_if_open)
        context.follow_scenarios(self.refresh_if_open)
        if follows_changes:
            context.follow(self.planner.changed, self.refresh_if_open)

    def refresh_if_open(self, *_):
        if self.planner.is_open:
            self.refresh()

    def refresh(self):
        raise NotImplementedError


def text_label():
    """A wrapped rich-text label."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.RichText)
    return label


def text_box(box):
    """``box`` holding one wrapped rich-text label, which is returned."""
    label = text_label()
    QVBoxLayout(box).addWidget(label)
    return label


def number_item(text):
    """A table cell holding a number, right-aligned."""
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    return item


def read_only_table(rows=0, columns=0):
    table = QTableWidget(rows, columns)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT_PX)
    return table
