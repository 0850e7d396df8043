"""Proposals never written to a GeoPackage, when the project closes: saved or asked about once, in Anshim's words.

The planner's map layers are memory layers that QGIS would warn about ("temporary scratch layers … will be
permanently lost"); they carry ``skipMemoryLayersCheck`` (see ``plugin/overlay.py``) because they are rebuilt from the
planner. What would really be lost is a scenario whose proposals were never saved: :func:`keep_unsaved_proposals`
runs when the project is cleared (QGIS closing, a new or another project) before the planner closes, and saves
them, after asking when the planner has an ``ask_to_save`` callable (the desktop sets a message box) — at most once
per clearing. In scripts and under qgis_process nothing is asked: the proposals are saved to the graded layer's
GeoPackage when it has one, as when the graded layer is removed.
"""
from qgis.core import Qgis, QgsMessageLog
from qgis.PyQt.QtCore import QCoreApplication

from ...engine.i18n import tr_noop

TR_CONTEXT = "AnshimUnsavedProposals"
LOG_TAG = "Anshim"
QUESTION_SAVABLE = tr_noop("The proposals of scenario {names} are not saved. Save them to {path} before the project "
                           "closes? If you do not, they are lost; the planner's map layers are rebuilt from the saved "
                           "proposals and need no saving.")
QUESTION_NO_PLACE = tr_noop("The proposals of scenario {names} are not saved, and the graded layer is not in a "
                            "GeoPackage to save them in: they are lost when the project closes.")


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


def _site_key(site):
    return ("site", site.scenario, site.kind, round(site.x, 3), round(site.y, 3), site.cameras or 0, site.note or "")


def _route_key(route):
    return ("route", route.scenario, route.name or "", tuple((round(x, 3), round(y, 3)) for x, y in route.vertices))


def unsaved_scenarios(planner):
    """Names of the planner's scenarios whose proposals differ from what its GeoPackage holds (all scenarios with
    proposals when nothing was saved yet), in the planner's order."""
    from .project_entries import read_proposal_tables
    if not planner.is_open:
        return []
    sites, routes = planner.book.formatted()
    current = {_site_key(site) for site in sites} | {_route_key(route) for route in routes}
    try:
        saved_sites, saved_routes = read_proposal_tables(planner.gpkg_path, planner.layer.crs())
    except Exception:  # noqa: B902 (an unreadable table counts as not saved)
        saved_sites, saved_routes = [], []
    saved = {_site_key(site) for site in saved_sites} | {_route_key(route) for route in saved_routes}
    differing = {key[1] for key in current ^ saved}
    return [name for name in planner.scenarios if name in differing]


def question(planner, names):
    """The question asked before unsaved proposals are lost."""
    listed = ", ".join(f"'{name}'" for name in names)  # never the base scenario: it holds no proposals
    if planner.gpkg_path:
        return tr(QUESTION_SAVABLE).format(names=listed, path=planner.gpkg_path)
    return tr(QUESTION_NO_PLACE).format(names=listed)


def keep_unsaved_proposals(planner):
    """Save (or ask about) the planner's unsaved proposals; returns what happened: "none", "saved", "declined",
    "no place" or "failed"."""
    names = unsaved_scenarios(planner)
    if not names:
        return "none"
    ask = getattr(planner, "ask_to_save", None)
    if not planner.gpkg_path:
        if ask is not None:
            ask(question(planner, names), can_save=False)
        _log(question(planner, names), Qgis.Warning)
        return "no place"
    if ask is not None and not ask(question(planner, names), can_save=True):
        return "declined"
    try:
        path = planner.save()
    except Exception as error:  # noqa: B902 (closing must go on; the log says nothing was saved)
        _log(tr("The proposals could not be saved to {path}: {error}").format(path=planner.gpkg_path, error=error),
             Qgis.Critical)
        return "failed"
    _log(tr("The unsaved proposals were saved to {path} before the project closed.").format(path=path), Qgis.Info)
    return "saved"


def message_box_asker(parent):
    """An ``ask_to_save`` for the desktop: one message box, Save or Discard (just OK when it cannot save)."""
    from qgis.PyQt.QtWidgets import QMessageBox

    def ask(text, can_save=True):
        if not can_save:
            QMessageBox.warning(parent, tr("Anshim: unsaved proposals"), text)
            return False
        answer = QMessageBox.question(parent, tr("Anshim: unsaved proposals"), text,
                                      QMessageBox.Save | QMessageBox.Discard, QMessageBox.Save)
        return answer == QMessageBox.Save
    return ask


def _log(text, level):
    QgsMessageLog.logMessage(text, LOG_TAG, level)

