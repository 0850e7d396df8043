"""The dock's comparison box: every scenario against Base, the best alternative per indicator shaded, and its
export as CSV."""
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QFont
from qgis.PyQt.QtWidgets import QFileDialog, QHeaderView, QPushButton, QVBoxLayout

from ...qgis_io.i18n import translator
from ..comparison import comparison, display_names, write_comparison_csv
from .common import BEST_BACKGROUND, HEADER_HEIGHT_PX, ROW_HEIGHT_PX, PlannerBox, number_item, read_only_table

TR_CONTEXT = "AnshimPlannerDock"
tr = translator(TR_CONTEXT)


class ComparisonBox(PlannerBox):
    """Scenarios as columns, indicators as rows, the best alternative per row shaded; export as CSV."""

    def __init__(self, context):
        super().__init__(tr("Comparison (change against Base; best alternative shaded)"), context)
        layout = QVBoxLayout(self)
        self.comparison_table = read_only_table()
        self.comparison_table.setMinimumHeight(HEADER_HEIGHT_PX + 6 * ROW_HEIGHT_PX + 4)
        layout.addWidget(self.comparison_table)
        export = QPushButton(tr("Export comparison as CSV…"))
        export.clicked.connect(self.export_csv)
        layout.addWidget(export)
        self.refresh_if_open()

    def refresh(self):
        names, rows = comparison(self.planner)
        table = self.comparison_table
        table.clear()
        table.setColumnCount(len(names))
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels(display_names(names))
        table.setVerticalHeaderLabels([row.label for row in rows])
        bold = QFont()
        bold.setBold(True)
        for row_index, row in enumerate(rows):
            for column in range(len(names)):
                item = number_item(row.text(column))
                item.setData(Qt.UserRole, row.values[column])
                if column == row.best:
                    item.setBackground(QBrush(BEST_BACKGROUND))
                    item.setFont(bold)
                    item.setToolTip(tr("Best of the alternatives"))
                table.setItem(row_index, column, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)

    def export_csv(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("Export comparison"), "", tr("CSV files (*.csv)"))
        if path:
            write_comparison_csv(path if path.lower().endswith(".csv") else path + ".csv", self.planner)
