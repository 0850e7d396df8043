"""The dock's "This scenario" box: the current scenario's numbers (the engine's summary) in a few lines."""
from ...engine.i18n import money_values
from ...qgis_io.i18n import translator
from .common import PlannerBox, cost_label, text_box

TR_CONTEXT = "AnshimPlannerDock"
tr = translator(TR_CONTEXT)


class NumbersBox(PlannerBox):
    def __init__(self, context):
        super().__init__(tr("This scenario"), context)
        self.numbers = text_box(self)
        self.refresh_if_open()

    def refresh(self):
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
