"""The dock's unit costs (KRW, planning figures): one field per kind, the algorithm's default a click away."""
from qgis.gui import QgsDoubleSpinBox
from qgis.PyQt.QtWidgets import QFormLayout

from ...engine.planning.scenario import DEFAULT_UNIT_COSTS_KRW
from ...qgis_io.i18n import translator
from .common import PlannerBox, cost_label

TR_CONTEXT = "AnshimPlannerDock"
tr = translator(TR_CONTEXT)


class CostsBox(PlannerBox):
    """Collapsed at first; shows the planner's unit costs when it opens, and an edit changes them."""

    def __init__(self, context):
        super().__init__(tr("Unit costs (KRW, planning figures)"), context, follows_changes=False)
        form = QFormLayout(self)
        self.cost_boxes = {}
        for kind in DEFAULT_UNIT_COSTS_KRW:
            spin = QgsDoubleSpinBox()
            spin.setRange(0, 1e11)
            spin.setDecimals(0)
            spin.setSingleStep(100_000)
            spin.setShowClearButton(True)
            spin.setClearValue(DEFAULT_UNIT_COSTS_KRW[kind])
            spin.valueChanged.connect(lambda value, kind=kind: self.context.call(self.planner.set_unit_costs,
                                                                                 {kind: value}))
            form.addRow(cost_label(kind), spin)
            self.cost_boxes[kind] = spin
        self.setCollapsed(True)
        self.refresh_if_open()

    def refresh(self):
        for kind, spin in self.cost_boxes.items():
            spin.blockSignals(True)
            spin.setValue(self.planner.unit_costs_krw[kind])
            spin.blockSignals(False)
