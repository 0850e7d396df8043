"""The dock's walk box: the shortest and the safest walk the walk tool found, and proposing the safest one as a
safe-return route."""
from qgis.core import Qgis
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ...engine.network.routes import DEFAULT_MAX_DETOUR
from ...qgis_io.i18n import translator
from .common import text_label

TR_CONTEXT = "AnshimPlannerDock"
tr = translator(TR_CONTEXT)


class WalkBox(QgsCollapsibleGroupBox):
    def __init__(self, context):
        super().__init__(tr("Walk: shortest and safest"))
        self.context = context
        self.planner = context.planner
        self.walk = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Safest at most")))
        self.walk_detour = QDoubleSpinBox()
        self.walk_detour.setRange(1.0, 3.0)
        self.walk_detour.setSingleStep(0.05)
        self.walk_detour.setValue(DEFAULT_MAX_DETOUR)
        self.walk_detour.setSuffix(tr(" × the shortest"))
        row.addWidget(self.walk_detour, 1)
        layout.addLayout(row)
        self.walk_text = text_label()
        layout.addWidget(self.walk_text)
        self.propose_walk_button = QPushButton(tr("Propose as safe-return route"))
        self.propose_walk_button.clicked.connect(self.propose_walk)
        layout.addWidget(self.propose_walk_button)
        self.show_walk(None)
        context.follow(self.planner.closed, lambda _reason: self.show_walk(None))

    def show_walk(self, walk):
        """The numbers of ``walk`` (or how to get one, when None) and the button to propose it."""
        self.walk = walk
        self.propose_walk_button.setEnabled(walk is not None)
        if walk is None:
            self.walk_text.setText(tr("Choose <b>Safest walk</b>, click an origin, then a destination."))
            return
        shortest, safest = walk.shortest, walk.safest
        self.walk_text.setText(tr(
            "On scenario <b>{scenario}</b>:<br>Shortest: {short_m:,.0f} m, exposure {short_risk:.2f}, {short_km:.2f} km "
            "in grades 4–5<br><b>Safest</b>: {safe_m:,.0f} m (×{detour:.2f}), exposure <b>{safe_risk:.2f}</b> "
            "(−{reduced:.0f} %), <b>{safe_km:.2f} km</b> in grades 4–5").format(
            scenario=walk.scenario, short_m=shortest.length_m, short_risk=shortest.exposure,
            short_km=shortest.km_grade_4_5, safe_m=safest.length_m, detour=walk.result.detour,
            safe_risk=safest.exposure, reduced=100.0 * walk.result.exposure_reduction, safe_km=safest.km_grade_4_5))

    def propose_walk(self):
        """The shown walk's safest path as a safe-return route of the current scenario."""
        if self.walk is None:
            return
        self.context.leave_base()
        pid = self.context.call(self.planner.walks.propose, self.walk)
        if pid is not None:
            route = next(p for p in self.planner.proposals() if p.pid == pid)
            self.context.show_message(tr("The safest walk ({length:,.0f} m) is proposed as '{name}' in scenario "
                                         "'{scenario}'.").format(length=self.walk.safest.length_m, name=route.name,
                                                                 scenario=self.planner.current), Qgis.Success)
