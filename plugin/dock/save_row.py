"""The dock's bottom row: save the proposals (to the layer's GeoPackage or another), save the current scenario as
a layer, open the council briefing filled in, close the planner."""
from qgis.core import Qgis, QgsProcessingException
from qgis.PyQt.QtWidgets import QFileDialog, QPushButton

from ...qgis_io.i18n import translator
from ..open_task import PlannerError
from .common import DockRow

TR_CONTEXT = "AnshimPlannerDock"
tr = translator(TR_CONTEXT)


class SaveRow(DockRow):
    def __init__(self, context):
        super().__init__(context)
        for text, slot in ((tr("Save proposals"), lambda: self.save()), (tr("Save to…"), self.save_to),
                           (tr("Save as layer"), self.save_as_layer), (tr("Briefing…"), self.open_briefing),
                           (tr("Close planner"), lambda: self.planner.close())):
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.row.addWidget(button)

    def save(self, path=None):
        if not path and not self.planner.gpkg_path:
            return self.save_to()
        path = self.context.call(self.planner.save, path)
        if path:
            self.context.show_message(tr("Proposals of {count} scenarios saved to {path}.").format(
                count=len(self.planner.scenario_names()) - 1, path=path), Qgis.Success)

    def save_to(self):
        """Save the proposals to a GeoPackage the user picks (its other tables are kept)."""
        path, _ = QFileDialog.getSaveFileName(self, tr("Save proposals to a GeoPackage"), self.planner.gpkg_path or "",
                                              tr("GeoPackage (*.gpkg)"), options=QFileDialog.DontConfirmOverwrite)
        if path:
            self.save(path if path.lower().endswith(".gpkg") else path + ".gpkg")

    def save_as_layer(self):
        try:
            self.planner.save_as_layer()
        except (PlannerError, QgsProcessingException) as error:
            self.context.show_message(str(error))
            return
        self.context.show_message(tr("Scenario '{name}' saved as a layer.").format(name=self.planner.current),
                                  Qgis.Success)

    def open_briefing(self):
        """The briefing algorithm's dialog, filled in with this planner's scenarios (title, language, page and
        logo stay the planner's choice)."""
        from qgis import processing
        parameters = self.context.call(self.planner.briefing_parameters)
        if parameters:
            processing.execAlgorithmDialog("anshim:exportbriefing", parameters)
