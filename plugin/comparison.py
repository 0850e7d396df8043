"""The scenario comparison: indicators as rows, scenarios as columns, the change against Base and the best value
per row, from the planner's summaries (never recomputed) — shown by the dock and exported as CSV."""
import csv
from dataclasses import dataclass

from qgis.PyQt.QtCore import QCoreApplication

from .planner import BASE

TR_CONTEXT = "AnshimComparison"


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


def _reduction_pct(summary):
    before = summary["expected_incidents_before"]
    return 100.0 * (before - summary["expected_incidents_after"]) / before if before else 0.0


def _million(value):
    return value / 1e6


# key, how to read it from a summary, whether higher is better, decimals
INDICATORS = (
    ("km_grade_4_5", lambda s: s["km_grade_4_5_after"], False, 2),
    ("segments_improved", lambda s: s["segments_improved"], True, 0),
    ("expected_incidents", lambda s: s["expected_incidents_after"], False, 1),
    ("incidents_reduced_pct", _reduction_pct, True, 2),
    ("total_cost_million_krw", lambda s: _million(s["total_cost_krw"]), False, 1),
    ("reduction_per_million_krw", lambda s: s["risk_reduction_per_million_krw"], True, 3),
)


def indicator_label(key):
    return {"km_grade_4_5": tr("Km in grades 4–5"), "segments_improved": tr("Segments improved"),
            "expected_incidents": tr("Expected incidents (proxy)"),
            "incidents_reduced_pct": tr("Expected incidents reduced (%)"),
            "total_cost_million_krw": tr("Total cost (million KRW)"),
            "reduction_per_million_krw": tr("Incidents reduced per million KRW")}[key]


@dataclass
class ComparisonRow:
    key: str
    values: list  # one per scenario, None where it does not apply (the cost-effectiveness of Base)
    changes: list  # value minus Base's, None for Base itself
    best: int  # column of the best alternative, -1 when fewer than two alternatives can be compared
    decimals: int

    @property
    def label(self):
        return indicator_label(self.key)

    def text(self, column):
        value = self.values[column]
        if value is None:
            return "—"
        shown = f"{value:,.{self.decimals}f}"
        change = self.changes[column]
        if change is None or not change:
            return shown
        return f"{shown} ({change:+,.{self.decimals}f})"


def comparison(planner):
    """``(scenario names, [ComparisonRow])`` for every scenario of ``planner``."""
    names = planner.scenario_names()
    summaries = [planner.summary(name) for name in names]
    base = names.index(BASE)
    rows = []
    for key, read, higher_is_better, decimals in INDICATORS:
        values = [read(summary) for summary in summaries]
        changes = [None if column == base or value is None or values[base] is None else value - values[base]
                   for column, value in enumerate(values)]
        candidates = [column for column, value in enumerate(values) if column != base and value is not None]
        best = -1
        if len(candidates) >= 2:
            pick = max if higher_is_better else min
            best = pick(candidates, key=lambda column: values[column])
        rows.append(ComparisonRow(key, values, changes, best, decimals))
    return names, rows


def display_names(names):
    """Scenario names as shown: the base scenario's data key "Base" in the user's language (기준안)."""
    return [tr("Base") if name == BASE else name for name in names]


def write_comparison_csv(path, planner):
    """The comparison as CSV: one row per indicator, each scenario's value and its change against Base."""
    names, rows = comparison(planner)
    with open(path, "w", encoding="utf-8-sig", newline="") as file:  # with the BOM Korean Excel reads it
        writer = csv.writer(file)
        writer.writerow([tr("indicator")] + display_names(names) + [tr("{name} vs Base").format(name=name)
                                                    for name in names if name != BASE] + [tr("best")])
        for row in rows:
            changes = [change for name, change in zip(names, row.changes) if name != BASE]
            writer.writerow([row.label] + ["" if value is None else value for value in row.values]
                            + ["" if change is None else change for change in changes]
                            + [names[row.best] if row.best >= 0 else ""])
    return path
