"""The dock's "Routes of this scenario" box: each proposed route audited on the scenario's grades, most in need
first (collapsed at first, so the comparison keeps its room; the title counts the routes)."""
import html

import numpy as np

from ...qgis_io.i18n import translator
from .common import PlannerBox, text_box

TR_CONTEXT = "AnshimPlannerDock"
tr = translator(TR_CONTEXT)


class RoutesBox(PlannerBox):
    def __init__(self, context):
        super().__init__(tr("Routes of this scenario ({count})").format(count=0), context)
        self.route_audit_text = text_box(self)
        self.setCollapsed(True)
        self.refresh_if_open()

    def refresh(self):
        """Each proposed route of the scenario, most in need first: length, share in grades 4–5 on the scenario's
        grades, and what to do first."""
        routes, audit = self.planner.route_audit()
        self.setTitle(tr("Routes of this scenario ({count})").format(count=len(routes)))
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
