"""The dock's first page: the graded layer (only line layers carrying the model's factors are offered), the model
file, and opening the planner as a task with its progress bar and Cancel."""
import os

from qgis.core import QgsMapLayerProxyModel, QgsProcessingException, QgsProject, QgsWkbTypes
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ...qgis_io.i18n import translator
from ...qgis_io.models import load_model_file, recorded_model_path
from ..open_task import PlannerError

TR_CONTEXT = "AnshimPlannerDock"
tr = translator(TR_CONTEXT)


class SetupPage(QWidget):
    def __init__(self, context):
        super().__init__()
        self.context = context
        self.planner = context.planner
        self._models = {}  # model path -> factor names, for the layer filter
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setFilters(QgsMapLayerProxyModel.LineLayer)
        self.layer_combo.setAllowEmptyLayer(True)
        self.layer_combo.layerChanged.connect(self._on_layer_chosen)
        form.addRow(tr("Graded segments"), self.layer_combo)
        self.model_widget = QgsFileWidget()
        self.model_widget.setFilter(tr("Anshim model (*.anshim)"))
        self.model_widget.fileChanged.connect(self.refresh_layer_filter)
        form.addRow(tr("Model file"), self.model_widget)
        layout.addLayout(form)
        hint = QLabel(tr("Only line layers with the model's factor fields are offered. The model is found from "
                         "the layer when 'Grade streets' made it."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.open_button = QPushButton(tr("Open planner"))
        self.open_button.clicked.connect(self.open_chosen)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel_open)
        row.addWidget(self.open_button)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.progress = QProgressBar()
        layout.addWidget(self.progress)
        self._show_opening(False)
        layout.addStretch(1)
        project = QgsProject.instance()
        context.follow(project.layersAdded, self.refresh_layer_filter)
        context.follow(project.layersRemoved, self.refresh_layer_filter)
        context.follow(self.planner.opened, self._on_opened)
        context.follow(self.planner.closed, lambda _reason: self._show_opening(False))
        self.refresh_layer_filter()
        if self.planner.is_open:
            self._on_opened()

    def _show_opening(self, opening):
        self.progress.setVisible(opening)
        self.cancel_button.setVisible(opening)
        self.open_button.setEnabled(not opening)

    def _factor_names(self, path):
        if path not in self._models:
            try:
                model, _ = load_model_file(path)
                self._models[path] = list(model.factor_names)
            except QgsProcessingException:
                self._models[path] = None
        return self._models[path]

    def refresh_layer_filter(self, *_):
        """Offer only line layers carrying every factor of the chosen model (or of the model that graded them)."""
        chosen = self.model_widget.filePath()
        excluded = []
        for layer in QgsProject.instance().mapLayers().values():
            if not hasattr(layer, "wkbType") or QgsWkbTypes.geometryType(layer.wkbType()) != QgsWkbTypes.LineGeometry:
                continue
            path = chosen if chosen and os.path.isfile(chosen) else recorded_model_path(layer)
            names = self._factor_names(path) if path else None
            if not names or not set(names) <= set(layer.fields().names()):
                excluded.append(layer)
        self.layer_combo.setExceptedLayerList(excluded)

    def _on_layer_chosen(self, layer):
        if layer is not None and not self.model_widget.filePath():
            path = recorded_model_path(layer)
            if path:
                self.model_widget.setFilePath(path)

    def open_chosen(self):
        layer = self.layer_combo.currentLayer()
        self._on_layer_chosen(layer)
        try:
            task = self.planner.open_in_background(layer, self.model_widget.filePath() or None)
        except PlannerError as error:
            self.context.show_message(str(error))
            return
        self._show_opening(True)
        self.progress.setValue(0)
        task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        task.taskCompleted.connect(lambda: self._show_opening(False))
        task.taskTerminated.connect(lambda: self._show_opening(False))

    def _cancel_open(self):
        if self.planner.task is not None:
            self.planner.task.cancel()

    def _on_opened(self):
        self.model_widget.setFilePath(self.planner.network.model_path)
        self._show_opening(False)
