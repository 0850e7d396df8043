"""The dock's "Mark as installed…" row: the current scenario's proposals recorded, on a date the planner picks, in the
installed-facility tables of the planner's GeoPackage (what 'Evaluate installed facilities' reads), and whether
the scenario is marked already."""
import os

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QDate, QLocale
from qgis.PyQt.QtWidgets import (QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel,
                                 QPushButton, QVBoxLayout)

from ...engine.i18n import date_values
from ...qgis_io.i18n import translator
from ..open_task import PlannerError
from ..planner import BASE
from .common import DockRow, text_label

TR_CONTEXT = "AnshimPlannerDock"
tr = translator(TR_CONTEXT)


def qgis_locale():
    """QGIS's locale (Settings → Options → General), which dates are shown in."""
    return QLocale(QgsApplication.locale() or "en")


def date_display_format(locale):
    """The locale's short date format with a four-digit year: "yyyy. M. d." in Korean, "M/d/yyyy" in English."""
    pattern = locale.dateFormat(QLocale.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


class InstalledDialog(QDialog):
    """Asks the installation date of scenario ``name``'s ``sites`` and ``routes``; when the GeoPackage already
    holds the scenario (``earlier``, a :class:`qgis_io.installed_writer.Marking`), marking again needs the box
    "Replace the earlier marking" ticked."""

    def __init__(self, parent, name, sites, routes, gpkg_path, earlier):
        super().__init__(parent)
        self.setWindowTitle(tr("Mark scenario as installed"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        self.summary_label = what = text_label()
        what.setText(tr(
            "The {sites} site(s) and {routes} route(s) of scenario <b>{name}</b> will be added to the installed "
            "facilities (tables anshim_installed_sites and anshim_installed_routes of <i>{file}</i>), which "
            "'Evaluate installed facilities' compares with the crimes before and after.").format(
                sites=sites, routes=routes, name=name, file=os.path.basename(gpkg_path)))
        layout.addWidget(what)
        form = QFormLayout()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        locale = qgis_locale()
        self.date_edit.setLocale(locale)
        self.date_edit.calendarWidget().setLocale(locale)
        self.date_edit.setDisplayFormat(date_display_format(locale))
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.setDate(QDate.currentDate())
        form.addRow(tr("Installed on:"), self.date_edit)
        layout.addLayout(form)
        self.replace_box = QCheckBox(tr("Replace the earlier marking"))
        self.earlier_label = text_label()
        if earlier:
            self.earlier_label.setText(tr(
                "<b>Already marked as installed</b> on {dates} ({sites} site(s), {routes} route(s)). Marking again "
                "replaces those rows; it never adds the same facilities twice.").format(
                    sites=earlier.sites, routes=earlier.routes, **date_values("dates", earlier.dates)))
            layout.addWidget(self.earlier_label)
            layout.addWidget(self.replace_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(tr("Mark as installed"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.replace_box.toggled.connect(self._update_ok)
        self.earlier = earlier
        self._update_ok()

    def _update_ok(self):
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(not self.earlier or self.replace_box.isChecked())

    @property
    def replace(self):
        return bool(self.earlier) and self.replace_box.isChecked()


class InstalledRow(DockRow):
    """The button and what the GeoPackage holds for the current scenario."""

    def __init__(self, context):
        super().__init__(context, QVBoxLayout)
        self.mark_button = QPushButton(tr("Mark as installed…"))
        self.mark_button.setToolTip(tr("Record this scenario's sites and routes as installed on a date, for "
                                       "'Evaluate installed facilities'"))
        self.mark_button.clicked.connect(self.ask_date)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.row.addWidget(self.mark_button)
        self.row.addWidget(self.state)
        self.dialog = None
        context.follow(self.planner.opened, self.refresh)
        context.follow_scenarios(self.refresh)
        context.follow(self.planner.installed, self.refresh)

    def refresh(self, *_):
        planner = self.planner
        on_base = not planner.is_open or planner.current == BASE
        self.mark_button.setEnabled(not on_base)
        self.state.setText("")
        if on_base or not planner.installed_gpkg_path():
            return
        try:
            marking = planner.installed_marking()
        except PlannerError:  # an unreadable GeoPackage: said when the planner marks or saves
            return
        if marking:
            self.state.setText(tr("Marked as installed on {dates} ({sites} site(s), {routes} route(s)).").format(
                sites=marking.sites, routes=marking.routes, **date_values("dates", marking.dates)))

    def ask_date(self):
        """The date dialog for the current scenario (window-modal: the answer arrives in :meth:`_on_answer`)."""
        planner = self.planner
        proposals = self.context.call(planner.proposals)
        if proposals is None:
            return
        if not proposals:  # the planner's refusal, said before any dialog
            self.context.call(planner.mark_installed, QDate.currentDate())
            return
        path = planner.installed_gpkg_path() or self._chosen_geopackage()
        if not path:
            return
        routes = sum(proposal.is_route for proposal in proposals)
        earlier = self.context.call(planner.installed_marking, None, path)
        if earlier is None:
            return
        if self.dialog is not None:  # the last answered dialog (kept for scripts to read) goes
            self.dialog.deleteLater()
        self.dialog = InstalledDialog(self, planner.current, len(proposals) - routes, routes, path, earlier)
        self.dialog.accepted.connect(lambda: self._on_answer(path))
        self.dialog.open()

    def _chosen_geopackage(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("Record installed facilities in a GeoPackage"), "",
                                              tr("GeoPackage (*.gpkg)"), options=QFileDialog.DontConfirmOverwrite)
        return (path if path.lower().endswith(".gpkg") else path + ".gpkg") if path else None

    def _on_answer(self, path):
        self.mark(self.dialog.date_edit.date(), path, self.dialog.replace)

    def mark(self, date, path=None, replace=False):
        """Mark the current scenario installed on ``date``; the outcome goes to the message bar."""
        result = self.context.call(self.planner.mark_installed, date, gpkg_path=path, replace=replace)
        if result is not None:
            self.context.show_message(tr(
                "Scenario '{name}': {sites} site(s) and {routes} route(s) recorded as installed on {date} in {path}. "
                "Run 'Evaluate installed facilities' on them once a year of crimes after that date is in.").format(
                    name=result.scenario, sites=result.sites, routes=result.routes, path=result.gpkg_path,
                    **date_values("date", result.installed_on)), Qgis.Success)
        return result
