"""The planner's numbers: unit costs, each scenario's summary (cached per scenario version), the audit of the
current scenario's routes and why a kind of proposal can change no grade with the open model."""
import math

import numpy as np

from ...engine.factors.fields import TR_CONTEXT as FIELDS_CONTEXT
from ...engine.model.explain import explain
from ...engine.network.geometry import LineArrays
from ...engine.planning import proposals as fmt
from ...engine.planning.route_audit import TR_CONTEXT as AUDIT_CONTEXT, AuditParams, audit_routes
from ...engine.planning.scenario import DEFAULT_UNIT_COSTS_KRW
from ...qgis_io.i18n import translator
from ..open_task import PlannerError
from ..overlay import site_kind_label
from .scenarios import ROUTE

TR_CONTEXT = "AnshimPlanner"
tr = translator(TR_CONTEXT)


class Numbers:
    """Unit costs and summaries of ``planner``'s scenarios on its one engine."""

    def __init__(self, planner):
        self.planner = planner
        self.unit_costs_krw = dict(DEFAULT_UNIT_COSTS_KRW)
        self._summaries = {}  # scenario name -> ((version, unit costs), summary)

    def forget(self, name=None):
        """Drop the cached summary of scenario ``name``, or every one when None."""
        if name is None:
            self._summaries = {}
        else:
            self._summaries.pop(name, None)

    def set_unit_costs(self, costs_krw):
        unknown = set(costs_krw) - set(DEFAULT_UNIT_COSTS_KRW)
        if unknown:
            raise PlannerError(tr("Unknown cost kind: {kinds}.").format(kinds=", ".join(sorted(unknown))))
        self.unit_costs_krw.update({kind: _unit_cost(kind, value) for kind, value in costs_krw.items()})
        self._summaries = {}

    def summary(self, name=None):
        self.planner.require_open()
        book, session = self.planner.book, self.planner.session
        scenario = book.get(name)
        key = (scenario.version, tuple(sorted(self.unit_costs_krw.items())))
        cached = self._summaries.get(scenario.name)
        if cached is not None and cached[0] == key:
            return cached[1]
        if scenario.name == book.current:
            result = session.engine.summary(self.unit_costs_krw)
        else:  # evaluated on the one engine, then the current scenario is put back
            session.load_engine(scenario.proposals)
            result = session.engine.summary(self.unit_costs_krw)
            session.load_engine(book.get().proposals)
        self._summaries[scenario.name] = (key, result)
        return result

    def route_audit(self):
        engine = self.planner.engine
        routes = [proposal for proposal in self.planner.book.get().proposals if proposal.is_route]
        if not routes:
            return routes, None
        lines = LineArrays.from_list([np.asarray(route.vertices, dtype=np.float64) for route in routes])
        params = AuditParams(route_tolerance_m=engine.settings["route_tolerance_m"])
        return routes, audit_routes(engine.segments, engine.risk, engine.grade, lines,
                                    np.arange(len(routes)), len(routes), self._risk_factor_words, params=params,
                                    index=engine.index, tr=translator(AUDIT_CONTEXT))

    def _risk_factor_words(self, segments):
        """The factor raising the risk of each of ``segments`` most, in the scenario (as 'Grade streets' words
        it), in QGIS's language."""
        engine = self.planner.engine
        return explain(engine.model, engine.X[segments], tr=translator(FIELDS_CONTEXT))[0]

    def no_effect_message(self, kind):
        reason = self.planner.engine.why_no_effect("safe_routes" if kind == ROUTE else fmt.PLANNER_KINDS[kind])
        label = tr("Safe-return route") if kind == ROUTE else site_kind_label(kind)
        if reason == "unused":
            return tr("{kind} proposals change no grade or number with this model: it found no effect of this factor "
                      "in its training data (too few such segments or crimes near them to tell it from chance). A "
                      "model trained on a larger network or more years of crimes may find one.").format(kind=label)
        if reason == "missing":
            return tr("{kind} proposals change no grade or number with this model: it was trained without this "
                      "factor (its layer was not given to 'Compute safety factors').").format(kind=label)
        return ""


def _unit_cost(kind, value):
    """``value`` as a unit cost in KRW: a finite number of at least 0, as the algorithms' cost parameters."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = math.nan
    if not 0.0 <= number < math.inf:
        raise PlannerError(tr("The unit cost of {kind} must be a number of won of at least 0, not {value}.").format(
            kind=kind, value=value))
    return number
