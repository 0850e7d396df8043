"""The dock's "Suggest sites…" row: the dialog, then the optimiser's run with its progress bar and Cancel."""
from qgis.PyQt.QtWidgets import QDialog, QProgressBar, QPushButton

from ...qgis_io.i18n import translator
from ..suggest_dialog import SuggestSitesDialog
from .common import DockRow

TR_CONTEXT = "AnshimPlannerDock"
tr = translator(TR_CONTEXT)


class SuggestRow(DockRow):
    def __init__(self, context):
        super().__init__(context)
        self.suggest_button = QPushButton(tr("Suggest sites…"))
        self.suggest_button.setToolTip(tr("Find the sites that cut the most risk for a budget, on top of this "
                                          "scenario; they come as a new scenario"))
        self.suggest_button.clicked.connect(self.suggest_sites)
        self.suggest_progress = QProgressBar()
        self.suggest_cancel = QPushButton(tr("Cancel"))
        self.suggest_cancel.clicked.connect(self.cancel_suggestion)
        for widget in (self.suggest_button, self.suggest_progress, self.suggest_cancel):
            self.row.addWidget(widget)
        self._show_suggesting(False)
        context.follow(self.planner.suggested, self._on_suggested)
        context.follow(self.planner.closed, self._on_suggested)

    def suggest_sites(self):
        dialog = SuggestSitesDialog(self.planner.current, self)
        if dialog.exec_() == QDialog.Accepted:
            self.start_suggestion(dialog.request())

    def start_suggestion(self, request):
        """Run the optimiser for ``request`` in the task manager; the new scenario appears when it is done."""
        task = self.context.call(self.planner.suggest_sites, request, background=True)
        if task is None:
            return
        self._show_suggesting(True)
        self.suggest_progress.setValue(0)
        task.progressChanged.connect(lambda value: self.suggest_progress.setValue(int(value)))

    def cancel_suggestion(self):
        if self.planner.suggest_task is not None:
            self.planner.suggest_task.cancel()

    def _on_suggested(self, _name):
        self._show_suggesting(False)

    def _show_suggesting(self, running):
        self.suggest_progress.setVisible(running)
        self.suggest_cancel.setVisible(running)
        self.suggest_button.setEnabled(not running)
