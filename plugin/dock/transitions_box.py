"""The dock's grade transitions box: the current scenario's segments by grade before and after."""
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QHeaderView, QVBoxLayout

from ...qgis_io.i18n import translator
from .common import BEST_BACKGROUND, HEADER_HEIGHT_PX, ROW_HEIGHT_PX, PlannerBox, number_item, read_only_table

TR_CONTEXT = "AnshimPlannerDock"
tr = translator(TR_CONTEXT)


class TransitionsBox(PlannerBox):
    """Segments by grade before (rows) and after (columns), collapsed at first."""

    def __init__(self, context):
        super().__init__(tr("Grade transitions (segments, before → after)"), context)
        layout = QVBoxLayout(self)
        self.transitions = read_only_table(5, 5)
        self.transitions.setHorizontalHeaderLabels([tr("→ {grade}").format(grade=g) for g in range(1, 6)])
        self.transitions.setVerticalHeaderLabels([tr("{grade} →").format(grade=g) for g in range(1, 6)])
        self.transitions.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.transitions.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.transitions.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.transitions.setFixedHeight(HEADER_HEIGHT_PX + 5 * ROW_HEIGHT_PX + 4)
        self.transitions.setToolTip(tr("Segments by grade before (rows) and after (columns)"))
        layout.addWidget(self.transitions)
        self.setCollapsed(True)
        self.refresh_if_open()

    def refresh(self):
        for row, counts in enumerate(self.planner.summary()["transitions_segments"]):
            for column, count in enumerate(counts):
                item = number_item(f"{int(count):,}")
                if row != column and count:
                    item.setBackground(QBrush(BEST_BACKGROUND if column < row else QColor("#f4cccc")))
                self.transitions.setItem(row, column, item)
