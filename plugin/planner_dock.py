"""The planner dock: setup (graded layer, model), tools, scenarios, live numbers, the audit of the scenario's routes,
the comparison and unit costs.

It only shows the planner's state and forwards what the user does to it; problems reach the message bar.
"""
import html
import os

import numpy as np
from qgis.core import Qgis, QgsMapLayerProxyModel, QgsProcessingException, QgsProject, QgsWkbTypes
from qgis.gui import QgsCollapsibleGroupBox, QgsDockWidget, QgsDoubleSpinBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QFont, QIcon
from qgis.PyQt.QtWidgets import (QAbstractItemView, QAction, QActionGroup, QDialog, QDoubleSpinBox, QFileDialog,
                                 QFormLayout, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
                                 QListWidget, QProgressBar, QPushButton, QScrollArea, QSizePolicy, QSpinBox,
                                 QStackedWidget, QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout, QWidget)

from ..engine.network.routes import DEFAULT_MAX_DETOUR
from ..engine.i18n import money_values
from .undo_text import word_ordered
from ..engine.planning.scenario import DEFAULT_UNIT_COSTS_KRW
from ..qgis_io.models import load_model_file, recorded_model_path
from .comparison import comparison, display_names, write_comparison_csv
from .map_tools import DrawRouteTool, MoveProposalTool, PlaceSiteTool, RemoveProposalTool, WalkTool
from .open_task import PlannerError
from .planner import BASE
from .suggest_dialog import SuggestSitesDialog

TR_CONTEXT = "AnshimPlannerDock"
BEST_BACKGROUND = QColor("#d9f0d3")
ROW_HEIGHT_PX, HEADER_HEIGHT_PX = 20, 24


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


def cost_label(kind):
    return {"cctv": tr("CCTV site"), "lights": tr("Security light"), "bells": tr("Emergency bell"),
            "guardhouses": tr("Guard house"), "safe_routes": tr("Safe-return route, per km")}[kind]


class PlannerDock(QgsDockWidget):
    def __init__(self, planner, iface, parent=None):
        super().__init__(tr("Anshim scenario planner"), parent)
        self.setObjectName("AnshimPlannerDock")
        self.planner = planner
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self.tools = {}
        self._models = {}  # model path -> factor names, for the layer filter
        self.pages = QStackedWidget()
        self.pages.addWidget(self._setup_page())
        scroll = QScrollArea()  # the dock scrolls rather than push the main window taller than the screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(self._planner_page())
        self.pages.addWidget(scroll)
        self.setWidget(self.pages)
        planner.opened.connect(self._on_opened)
        planner.closed.connect(self._on_closed)
        planner.changed.connect(self.refresh_numbers)
        planner.scenarios_changed.connect(self.refresh_scenarios)
        planner.message.connect(self.show_message)
        planner.suggested.connect(self._on_suggested)
        project = QgsProject.instance()
        project.layersAdded.connect(self._refresh_layer_filter)
        project.layersRemoved.connect(self._refresh_layer_filter)
        self._refresh_layer_filter()
        if planner.is_open:
            self._on_opened()

    # setup -----------------------------------------------------------------------------------------------------

    def _setup_page(self):
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setFilters(QgsMapLayerProxyModel.LineLayer)
        self.layer_combo.setAllowEmptyLayer(True)
        self.layer_combo.layerChanged.connect(self._on_layer_chosen)
        form.addRow(tr("Graded segments"), self.layer_combo)
        self.model_widget = QgsFileWidget()
        self.model_widget.setFilter(tr("Anshim model (*.anshim)"))
        self.model_widget.fileChanged.connect(self._refresh_layer_filter)
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
        return page

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

    def _refresh_layer_filter(self, *_):
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
            self.show_message(str(error))
            return
        self._show_opening(True)
        self.progress.setValue(0)
        task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        task.taskCompleted.connect(lambda: self._show_opening(False))
        task.taskTerminated.connect(lambda: self._show_opening(False))

    def _cancel_open(self):
        if self.planner.task is not None:
            self.planner.task.cancel()

    # the planner page ------------------------------------------------------------------------------------------

    def _planner_page(self):
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        self.title = QLabel()
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addLayout(self._tool_row())
        layout.addLayout(self._suggest_row())
        layout.addWidget(self._walk_box())
        layout.addWidget(self._scenario_box())
        layout.addWidget(self._numbers_box())
        layout.addWidget(self._routes_box())
        layout.addWidget(self._transitions_box())
        layout.addWidget(self._comparison_box(), 1)
        layout.addWidget(self._costs_box())
        row = QHBoxLayout()
        for text, slot in ((tr("Save proposals"), lambda: self.save()), (tr("Save to…"), self.save_to),
                           (tr("Save as layer"), self.save_as_layer), (tr("Briefing…"), self.open_briefing),
                           (tr("Close planner"), lambda: self.planner.close())):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addLayout(row)
        return page

    def _tool_row(self):
        grid = QGridLayout()
        self.tool_actions = QActionGroup(self)
        self.tool_actions.setExclusive(True)
        tools = (("cctv", tr("CCTV")), ("light", tr("Light")), ("bell", tr("Bell")),
                 ("guardhouse", tr("Guard house")), ("route", tr("Route")), ("walk", tr("Safest walk")),
                 ("move", tr("Move")), ("remove", tr("Remove")))
        for column, (key, text) in enumerate(tools):
            action = QAction(text, self)
            action.setCheckable(True)
            action.setData(key)
            action.triggered.connect(lambda checked, key=key: self.activate_tool(key) if checked else None)
            self.tool_actions.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
            grid.addWidget(button, column // 4, column % 4)
        self.cameras = QSpinBox()
        self.cameras.setRange(1, 12)
        self.cameras.setPrefix(tr("cameras: "))
        self.cameras.setToolTip(tr("Cameras at each new CCTV site"))
        grid.addWidget(self.cameras, 2, 0, 1, 2)
        self.undo_action = word_ordered(self.planner.undo_stack.createUndoAction(self, tr("Undo")),
                                        self.planner.undo_stack)
        self.undo_action.setShortcut("Ctrl+Z")
        self.redo_action = word_ordered(self.planner.undo_stack.createRedoAction(self, tr("Redo")),
                                        self.planner.undo_stack, redo=True)
        self.redo_action.setShortcut("Ctrl+Shift+Z")
        for column, action in enumerate((self.undo_action, self.redo_action)):
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            self.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setIcon(QIcon())
            button.setToolButtonStyle(Qt.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
            grid.addWidget(button, 2, 2 + column)
        return grid

    def _suggest_row(self):
        row = QHBoxLayout()
        self.suggest_button = QPushButton(tr("Suggest sites…"))
        self.suggest_button.setToolTip(tr("Find the sites that cut the most risk for a budget, on top of this "
                                          "scenario; they come as a new scenario"))
        self.suggest_button.clicked.connect(self.suggest_sites)
        self.suggest_progress = QProgressBar()
        self.suggest_cancel = QPushButton(tr("Cancel"))
        self.suggest_cancel.clicked.connect(self._cancel_suggestion)
        for widget in (self.suggest_button, self.suggest_progress, self.suggest_cancel):
            row.addWidget(widget)
        self._show_suggesting(False)
        return row

    def _walk_box(self):
        box = QgsCollapsibleGroupBox(tr("Walk: shortest and safest"))
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Safest at most")))
        self.walk_detour = QDoubleSpinBox()
        self.walk_detour.setRange(1.0, 3.0)
        self.walk_detour.setSingleStep(0.05)
        self.walk_detour.setValue(DEFAULT_MAX_DETOUR)
        self.walk_detour.setSuffix(tr(" × the shortest"))
        row.addWidget(self.walk_detour, 1)
        layout.addLayout(row)
        self.walk_text = QLabel()
        self.walk_text.setWordWrap(True)
        self.walk_text.setTextFormat(Qt.RichText)
        layout.addWidget(self.walk_text)
        self.propose_walk_button = QPushButton(tr("Propose as safe-return route"))
        self.propose_walk_button.clicked.connect(self.propose_walk)
        layout.addWidget(self.propose_walk_button)
        self.show_walk(None)
        return box

    def _scenario_box(self):
        box = QgsCollapsibleGroupBox(tr("Scenarios"))
        layout = QHBoxLayout(box)
        self.scenario_list = QListWidget()
        self.scenario_list.setMaximumHeight(90)
        self.scenario_list.currentTextChanged.connect(self._on_scenario_chosen)
        layout.addWidget(self.scenario_list, 1)
        buttons = QVBoxLayout()
        for text, slot in ((tr("New"), self.new_scenario), (tr("Copy"), self.copy_scenario),
                           (tr("Rename"), self.rename_scenario), (tr("Delete"), self.delete_scenario)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        return box

    def _numbers_box(self):
        box, self.numbers = _text_box(tr("This scenario"))
        return box

    def _routes_box(self):
        self.routes_box, self.route_audit_text = _text_box(tr("Routes of this scenario ({count})").format(count=0))
        self.routes_box.setCollapsed(True)  # the comparison keeps its room; the title counts the routes
        return self.routes_box

    def _transitions_box(self):
        box = QgsCollapsibleGroupBox(tr("Grade transitions (segments, before → after)"))
        layout = QVBoxLayout(box)
        self.transitions = QTableWidget(5, 5)
        self.transitions.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.transitions.setHorizontalHeaderLabels([tr("→ {grade}").format(grade=g) for g in range(1, 6)])
        self.transitions.setVerticalHeaderLabels([tr("{grade} →").format(grade=g) for g in range(1, 6)])
        self.transitions.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.transitions.verticalHeader().setDefaultSectionSize(ROW_HEIGHT_PX)
        self.transitions.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.transitions.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.transitions.setFixedHeight(HEADER_HEIGHT_PX + 5 * ROW_HEIGHT_PX + 4)
        self.transitions.setToolTip(tr("Segments by grade before (rows) and after (columns)"))
        layout.addWidget(self.transitions)
        box.setCollapsed(True)
        return box

    def _comparison_box(self):
        box = QgsCollapsibleGroupBox(tr("Comparison (change against Base; best alternative shaded)"))
        layout = QVBoxLayout(box)
        self.comparison_table = QTableWidget()
        self.comparison_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.comparison_table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT_PX)
        self.comparison_table.setMinimumHeight(HEADER_HEIGHT_PX + 6 * ROW_HEIGHT_PX + 4)
        layout.addWidget(self.comparison_table)
        export = QPushButton(tr("Export comparison as CSV…"))
        export.clicked.connect(self.export_csv)
        layout.addWidget(export)
        return box

    def _costs_box(self):
        box = QgsCollapsibleGroupBox(tr("Unit costs (KRW, planning figures)"))
        form = QFormLayout(box)
        self.cost_boxes = {}
        for kind in DEFAULT_UNIT_COSTS_KRW:
            spin = QgsDoubleSpinBox()
            spin.setRange(0, 1e11)
            spin.setDecimals(0)
            spin.setSingleStep(100_000)
            spin.setShowClearButton(True)
            spin.setClearValue(DEFAULT_UNIT_COSTS_KRW[kind])
            spin.valueChanged.connect(lambda value, kind=kind: self._cost_edited(kind, value))
            form.addRow(cost_label(kind), spin)
            self.cost_boxes[kind] = spin
        box.setCollapsed(True)
        return box

    # following the planner -------------------------------------------------------------------------------------

    def _on_opened(self):
        network = self.planner.network
        self.title.setText(tr("<b>{layer}</b> — {count:,} segments; model {model}").format(
            layer=self.planner.layer.name(), count=len(network.seg_ids), model=os.path.basename(network.model_path)))
        for kind, spin in self.cost_boxes.items():
            spin.blockSignals(True)
            spin.setValue(self.planner.unit_costs_krw[kind])
            spin.blockSignals(False)
        self.model_widget.setFilePath(network.model_path)
        self.pages.setCurrentIndex(1)
        self._show_opening(False)
        self.refresh_scenarios()
        self.refresh_numbers()

    def _on_closed(self, reason):
        self.deactivate_tools()
        self.pages.setCurrentIndex(0)
        self._show_opening(False)
        self._show_suggesting(False)
        self.show_walk(None)
        if reason:
            self.show_message(reason)

    def refresh_scenarios(self):
        if not self.planner.is_open:
            return
        self.scenario_list.blockSignals(True)
        self.scenario_list.clear()
        for name in self.planner.scenario_names():
            self.scenario_list.addItem(tr("{name} (locked)").format(name=name) if name == BASE else name)
            if name == self.planner.current:
                self.scenario_list.setCurrentRow(self.scenario_list.count() - 1)
        self.scenario_list.blockSignals(False)
        self.refresh_numbers()

    def refresh_numbers(self):
        if not self.planner.is_open:
            return
        summary = self.planner.summary()
        before, after = summary["expected_incidents_before"], summary["expected_incidents_after"]
        reduced = 100.0 * (before - after) / before if before else 0.0
        per_million = summary["risk_reduction_per_million_krw"]
        costs = ", ".join(tr("{label} {amount:,.1f}").format(label=cost_label(kind), **money_values("amount", value))
                          for kind, value in summary["cost_krw"].items() if value)
        self.numbers.setText(tr(
            "<b>{name}</b>: {count} proposals<br>Km in grades 4–5: {km_before:.2f} → <b>{km_after:.2f}</b><br>"
            "Segments improved: <b>{improved:,}</b><br>Expected incidents: {before:.1f} → <b>{after:.1f}</b> "
            "(−{reduced:.2f} %)<br>Cost: <b>{total:,.1f} million KRW</b> {costs}<br>Reduction per million KRW: "
            "{per_million}").format(
            name=self.planner.current, count=len(self.planner.proposals()), km_before=summary["km_grade_4_5_before"],
            km_after=summary["km_grade_4_5_after"], improved=summary["segments_improved"], before=before, after=after,
            reduced=reduced, **money_values("total", summary["total_cost_krw"]), costs=f"({costs})" if costs else "",
            per_million="—" if per_million is None else f"{per_million:.3f}"))
        for row, counts in enumerate(summary["transitions_segments"]):
            for column, count in enumerate(counts):
                item = QTableWidgetItem(f"{int(count):,}")
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if row != column and count:
                    item.setBackground(QBrush(BEST_BACKGROUND if column < row else QColor("#f4cccc")))
                self.transitions.setItem(row, column, item)
        self.refresh_route_audit()
        self.refresh_comparison()

    def refresh_route_audit(self):
        """Each proposed route of the scenario, most in need first: length, share in grades 4–5 on the scenario's
        grades, and what to do first."""
        routes, audit = self.planner.route_audit()
        self.routes_box.setTitle(tr("Routes of this scenario ({count})").format(count=len(routes)))
        if audit is None:
            self.route_audit_text.setText(tr("No route in this scenario: draw one with Route, or propose a safest "
                                             "walk."))
            return
        measures = audit.routes
        lines = [tr("<b>{name}</b> ({length:,.0f} m): {share:.1f} % in grades 4–5, riskiest {window:g} m at "
                    "{start:.0f}–{end:.0f} m from its start (grade {grade:.0f}).<br>{suggestion}").format(
            name=html.escape(routes[route].name), length=measures["length_m"][route],
            share=measures["share_grade_4_5"][route], window=audit.params.window_m,
            start=measures["worst_from_m"][route], end=measures["worst_to_m"][route],
            grade=measures["worst_grade"][route], suggestion=html.escape(measures["suggestion"][route]))
            for route in np.argsort(measures["rank"], kind="stable")]
        lines.append("<i>" + tr("Dark and unwatched stretches need the light and CCTV layers: run 'Audit safe-return "
                                "routes' on the saved routes.") + "</i>")
        self.route_audit_text.setText("<br>".join(lines))

    def refresh_comparison(self):
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
                item = QTableWidgetItem(row.text(column))
                item.setData(Qt.UserRole, row.values[column])
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if column == row.best:
                    item.setBackground(QBrush(BEST_BACKGROUND))
                    item.setFont(bold)
                    item.setToolTip(tr("Best of the alternatives"))
                table.setItem(row_index, column, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)

    # user actions ----------------------------------------------------------------------------------------------

    def activate_tool(self, key):
        if not self.planner.is_open:
            return
        if key != "walk":  # a walk proposes nothing until asked to
            self._leave_base()
        no_effect = "" if key in ("walk", "move", "remove") else self.planner.no_effect_message(key)
        if no_effect:
            self.show_message(no_effect, Qgis.Info)
        if key not in self.tools:
            report = self.show_message
            self.tools[key] = (DrawRouteTool(self.canvas, self.planner, report) if key == "route"
                               else WalkTool(self.canvas, self.planner, report, self.show_walk,
                                             self.walk_detour.value) if key == "walk"
                               else MoveProposalTool(self.canvas, self.planner, report) if key == "move"
                               else RemoveProposalTool(self.canvas, self.planner, report) if key == "remove"
                               else PlaceSiteTool(self.canvas, self.planner, report, key, self.cameras.value))
            action = next(a for a in self.tool_actions.actions() if a.data() == key)
            self.tools[key].setAction(action)
        self.canvas.setMapTool(self.tools[key])

    def _leave_base(self):
        """Proposals cannot go to the locked Base: a new scenario takes them, and the user is told."""
        if self.planner.current == BASE:
            name = self._free_name(tr("Scenario {number}"))
            self.planner.new_scenario(name)
            self.show_message(tr("Base is locked: your proposals go to the new scenario '{name}'.").format(name=name),
                              Qgis.Info)

    def suggest_sites(self):
        dialog = SuggestSitesDialog(self.planner.current, self)
        if dialog.exec_() == QDialog.Accepted:
            self.start_suggestion(dialog.request())

    def start_suggestion(self, request):
        """Run the optimiser for ``request`` in the task manager; the new scenario appears when it is done."""
        task = self._call(self.planner.suggest_sites, request, background=True)
        if task is None:
            return
        self._show_suggesting(True)
        self.suggest_progress.setValue(0)
        task.progressChanged.connect(lambda value: self.suggest_progress.setValue(int(value)))

    def _cancel_suggestion(self):
        if self.planner.suggest_task is not None:
            self.planner.suggest_task.cancel()

    def _on_suggested(self, _name):
        self._show_suggesting(False)

    def _show_suggesting(self, running):
        self.suggest_progress.setVisible(running)
        self.suggest_cancel.setVisible(running)
        self.suggest_button.setEnabled(not running)

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
        self._leave_base()
        pid = self._call(self.planner.walks.propose, self.walk)
        if pid is not None:
            route = next(p for p in self.planner.proposals() if p.pid == pid)
            self.show_message(tr("The safest walk ({length:,.0f} m) is proposed as '{name}' in scenario "
                                 "'{scenario}'.").format(length=self.walk.safest.length_m, name=route.name,
                                                         scenario=self.planner.current), Qgis.Success)

    def deactivate_tools(self):
        for tool in self.tools.values():
            if self.canvas.mapTool() is tool:
                self.canvas.unsetMapTool(tool)

    def remove_tools(self):
        """Unset and drop the map tools and their rubber bands (the plugin's unload)."""
        self.deactivate_tools()
        for tool in self.tools.values():
            tool.remove_bands()
        self.tools = {}

    def _free_name(self, pattern):
        number = 1
        while pattern.format(number=number) in self.planner.scenario_names():
            number += 1
        return pattern.format(number=number)

    def _selected_scenario(self):
        row = self.scenario_list.currentRow()
        names = self.planner.scenario_names()
        return names[row] if 0 <= row < len(names) else self.planner.current

    def _on_scenario_chosen(self, _text):
        self._call(self.planner.set_scenario, self._selected_scenario())

    def new_scenario(self):
        name, ok = QInputDialog.getText(self, tr("New scenario"), tr("Name:"), text=self._free_name(
            tr("Scenario {number}")))
        if ok:
            self._call(self.planner.new_scenario, name)

    def copy_scenario(self):
        source = self._selected_scenario()
        name, ok = QInputDialog.getText(self, tr("Copy scenario"), tr("Name of the copy of '{name}':").format(
            name=source), text=tr("{name} copy").format(name=source))
        if ok:
            self._call(self.planner.new_scenario, name, copy_of=source)

    def rename_scenario(self):
        old = self._selected_scenario()
        name, ok = QInputDialog.getText(self, tr("Rename scenario"), tr("New name:"), text=old)
        if ok and name != old:
            self._call(self.planner.rename, old, name)

    def delete_scenario(self):
        self._call(self.planner.delete, self._selected_scenario())

    def _cost_edited(self, kind, value):
        self._call(self.planner.set_unit_costs, {kind: value})

    def save(self, path=None):
        if not path and not self.planner.gpkg_path:
            return self.save_to()
        path = self._call(self.planner.save, path)
        if path:
            self.show_message(tr("Proposals of {count} scenarios saved to {path}.").format(
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
            self.show_message(str(error))
            return
        self.show_message(tr("Scenario '{name}' saved as a layer.").format(name=self.planner.current), Qgis.Success)

    def open_briefing(self):
        """The briefing algorithm's dialog, filled in with this planner's scenarios (title, language, page and
        logo stay the planner's choice)."""
        from qgis import processing
        parameters = self._call(self.planner.briefing_parameters)
        if parameters:
            processing.execAlgorithmDialog("anshim:exportbriefing", parameters)

    def export_csv(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("Export comparison"), "", tr("CSV files (*.csv)"))
        if path:
            write_comparison_csv(path if path.lower().endswith(".csv") else path + ".csv", self.planner)

    def _call(self, action, *args, **kwargs):
        try:
            return action(*args, **kwargs)
        except PlannerError as error:
            self.show_message(str(error))
            self.refresh_scenarios()
            return None

    def show_message(self, text, level=Qgis.Warning):
        self.iface.messageBar().pushMessage(tr("Anshim planner"), text, level, 8)

    def closeEvent(self, event):  # noqa: N802 (Qt's name)
        self.deactivate_tools()
        super().closeEvent(event)

    def cleanup(self):
        """Disconnect from the planner and the project (the plugin's unload)."""
        self.remove_tools()
        for signal, slot in ((self.planner.opened, self._on_opened), (self.planner.closed, self._on_closed),
                             (self.planner.changed, self.refresh_numbers),
                             (self.planner.scenarios_changed, self.refresh_scenarios),
                             (self.planner.message, self.show_message),
                             (self.planner.suggested, self._on_suggested),
                             (QgsProject.instance().layersAdded, self._refresh_layer_filter),
                             (QgsProject.instance().layersRemoved, self._refresh_layer_filter)):
            signal.disconnect(slot)


def _text_box(title):
    """A collapsible box holding one wrapped rich-text label: ``(box, label)``."""
    box = QgsCollapsibleGroupBox(title)
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.RichText)
    QVBoxLayout(box).addWidget(label)
    return box, label
