"""The dock's scenario box: the list (Base locked) with the current scenario selected; new, copy, rename, delete;
and under them "Mark as installed…" (:class:`InstalledRow`)."""
from qgis.PyQt.QtWidgets import QHBoxLayout, QInputDialog, QListWidget, QPushButton, QVBoxLayout

from ...qgis_io.i18n import translator
from ..planner import BASE
from .common import PlannerBox
from .installed_row import InstalledRow

TR_CONTEXT = "AnshimPlannerDock"
tr = translator(TR_CONTEXT)


class ScenariosBox(PlannerBox):
    def __init__(self, context):
        super().__init__(tr("Scenarios"), context, follows_changes=False)
        outer = QVBoxLayout(self)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        self.scenario_list = QListWidget()
        self.scenario_list.setMaximumHeight(90)
        self.scenario_list.currentTextChanged.connect(self._on_scenario_chosen)
        layout.addWidget(self.scenario_list, 1)
        buttons = QVBoxLayout()
        for text, slot in ((tr("New"), self.new_scenario), (tr("Copy"), self.copy_scenario),
                           (tr("Rename"), self.rename_scenario), (tr("Delete"), self.delete_scenario)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.installed_row = InstalledRow(context)
        outer.addWidget(self.installed_row)
        self.refresh_if_open()

    def refresh(self):
        self.scenario_list.blockSignals(True)
        self.scenario_list.clear()
        for name in self.planner.scenario_names():
            self.scenario_list.addItem(tr("{name} (locked)").format(name=name) if name == BASE else name)
            if name == self.planner.current:
                self.scenario_list.setCurrentRow(self.scenario_list.count() - 1)
        self.scenario_list.blockSignals(False)

    def _selected_scenario(self):
        row = self.scenario_list.currentRow()
        names = self.planner.scenario_names()
        return names[row] if 0 <= row < len(names) else self.planner.current

    def _on_scenario_chosen(self, _text):
        self.context.call(self.planner.set_scenario, self._selected_scenario())

    def new_scenario(self):
        name, ok = QInputDialog.getText(self, tr("New scenario"), tr("Name:"), text=self.context.free_name(
            tr("Scenario {number}")))
        if ok:
            self.context.call(self.planner.new_scenario, name)

    def copy_scenario(self):
        source = self._selected_scenario()
        name, ok = QInputDialog.getText(self, tr("Copy scenario"), tr("Name of the copy of '{name}':").format(
            name=source), text=tr("{name} copy").format(name=source))
        if ok:
            self.context.call(self.planner.new_scenario, name, copy_of=source)

    def rename_scenario(self):
        old = self._selected_scenario()
        name, ok = QInputDialog.getText(self, tr("Rename scenario"), tr("New name:"), text=old)
        if ok and name != old:
            self.context.call(self.planner.rename, old, name)

    def delete_scenario(self):
        self.context.call(self.planner.delete, self._selected_scenario())
