"""The dialog of the dock's "Suggest sites…": budget, kinds, objective, cameras and the lowest grade considered."""
from qgis.gui import QgsDoubleSpinBox
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                                 QSpinBox, QVBoxLayout)

from ..engine.planning import optimiser
from ..engine.planning.proposals import SITE_KINDS
from .overlay import site_kind_label
from .suggest_sites import SiteRequest

TR_CONTEXT = "AnshimSuggestDialog"
DEFAULT_BUDGET_MILLION_KRW = 150.0


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


class SuggestSitesDialog(QDialog):
    def __init__(self, scenario, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Suggest sites"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Anshim searches the streets for the sites that cut the most risk for the budget, on top "
                          "of scenario '{name}', and shows them as a new scenario.").format(name=scenario))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.budget = QgsDoubleSpinBox()
        self.budget.setRange(1, 1e6)
        self.budget.setDecimals(0)
        self.budget.setSingleStep(10)
        self.budget.setSuffix(tr(" million KRW"))
        self.budget.setValue(DEFAULT_BUDGET_MILLION_KRW)
        self.budget.setClearValue(DEFAULT_BUDGET_MILLION_KRW)
        form.addRow(tr("Budget for new sites"), self.budget)
        kinds = QHBoxLayout()
        self.kind_boxes = {}
        for kind in SITE_KINDS:
            box = QCheckBox(site_kind_label(kind))
            box.setChecked(kind in optimiser.DEFAULT_KINDS)
            kinds.addWidget(box)
            self.kind_boxes[kind] = box
        form.addRow(tr("Kinds"), kinds)
        self.objective = QComboBox()
        self.objective.addItem(tr("Expected incidents (proxy)"), optimiser.EXPECTED_INCIDENTS)
        self.objective.addItem(tr("Km in grades 4–5"), optimiser.KM_GRADE_4_5)
        form.addRow(tr("Reduce"), self.objective)
        self.cameras = QSpinBox()
        self.cameras.setRange(1, 12)
        self.cameras.setValue(optimiser.DEFAULT_CCTV_CAMERAS)
        form.addRow(tr("Cameras per CCTV site"), self.cameras)
        self.min_grade = QSpinBox()
        self.min_grade.setRange(1, 5)
        self.min_grade.setValue(optimiser.DEFAULT_MIN_GRADE)
        self.min_grade.setToolTip(tr("Candidate sites lie every {spacing:g} m along streets of this grade or worse, "
                                     "at least {separation:g} m from a facility of the same kind.").format(
            spacing=optimiser.DEFAULT_CANDIDATE_SPACING_M, separation=optimiser.DEFAULT_MIN_SEPARATION_M))
        form.addRow(tr("Streets of grade at least"), self.min_grade)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(tr("Suggest"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def request(self):
        return SiteRequest(self.budget.value() * 1e6,
                           tuple(kind for kind, box in self.kind_boxes.items() if box.isChecked()),
                           self.objective.currentData(), self.cameras.value(), self.min_grade.value())
