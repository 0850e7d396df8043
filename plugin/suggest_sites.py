"""Suggest sites: the siting optimiser on the planner's current scenario, run as a QgsTask.

The task works on a fork of the planner's engine (see :meth:`ScenarioPlanner.fork`), so the planner stays
editable while it runs; the planner turns the result into a new scenario (the scenario it started from plus the
suggestions), which the planner can then edit and compare like any other.
"""
from dataclasses import dataclass, replace

from qgis.core import QgsTask
from qgis.PyQt.QtCore import QCoreApplication

from ..engine.i18n import money_values
from ..engine.planning import optimiser
from ..engine.progress import Canceled
from ..engine.planning.proposals import PLANNER_KINDS, SITE_KINDS

TR_CONTEXT = "AnshimSuggestSites"


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


@dataclass(frozen=True)
class SiteRequest:
    """What the planner asks the optimiser: the budget for new sites, which kinds, what to reduce."""
    budget_krw: float
    kinds: tuple = optimiser.DEFAULT_KINDS
    objective: int = optimiser.EXPECTED_INCIDENTS
    cctv_cameras: int = optimiser.DEFAULT_CCTV_CAMERAS
    min_grade: int = optimiser.DEFAULT_MIN_GRADE
    spacing_m: float = optimiser.DEFAULT_CANDIDATE_SPACING_M
    min_separation_m: float = optimiser.DEFAULT_MIN_SEPARATION_M

    def checked(self, engine):
        """The request with the kinds the model can use; raises ValueError with a message for the planner."""
        if self.budget_krw <= 0:
            raise ValueError(tr("The budget must be more than 0 KRW."))
        unknown = sorted(set(self.kinds) - set(SITE_KINDS))
        if unknown or not self.kinds:
            raise ValueError(tr("Choose at least one kind of facility to suggest."))
        unused = set(engine.unused_kinds())
        usable = tuple(kind for kind in self.kinds if PLANNER_KINDS[kind] not in unused)
        if not usable:
            raise ValueError(tr("The model uses the factors of none of the chosen kinds: such sites cannot change "
                                "any grade. Choose other kinds."))
        return replace(self, kinds=usable)


class SuggestSitesTask(QgsTask):
    """Candidates along the streets, then the optimiser; ``on_done(task)`` runs on the main thread with
    ``result`` (an :class:`engine.planning.optimiser_search.OptimiserResult`) or ``error``."""

    def __init__(self, engine, existing_distances, request, unit_costs_krw, scenario, on_done):
        super().__init__(tr("Anshim: suggesting sites for {budget:,.0f} million KRW").format(
            **money_values("budget", request.budget_krw)), QgsTask.CanCancel)
        self.engine = engine  # a fork: nothing the planner shows
        self.existing_distances = existing_distances
        self.request = request
        self.unit_costs_krw = dict(unit_costs_krw)
        self.scenario = scenario  # the scenario the suggestions build on: (name, proposals)
        self.on_done = on_done
        self.result = None
        self.n_candidates = 0
        self.error = None

    def run(self):
        request = self.request
        try:
            candidates = optimiser.street_candidates(self.engine, request.kinds, request.spacing_m,
                                                     request.min_grade, request.min_separation_m,
                                                     existing_distances=self.existing_distances)
            self.n_candidates = len(candidates)
            if not len(candidates):
                self.error = tr("No street of grade {grade} or worse is left without such a facility nearby: "
                                "nothing to suggest. Lower the lowest grade or choose other kinds.").format(
                    grade=request.min_grade)
                return False
            self.result = optimiser.optimise_sites(
                self.engine, candidates, request.budget_krw, self.unit_costs_krw, objective=request.objective,
                cctv_cameras=request.cctv_cameras, progress=self._progress)
            return True
        except Canceled:
            self.error = tr("Suggesting sites was cancelled: no scenario was added.")
        except ValueError as error:
            self.error = tr("Cannot suggest sites: {error}.").format(error=error)
        except MemoryError:
            self.error = tr("Not enough memory to suggest sites on this network.")
        return False

    def _progress(self, fraction):
        if self.isCanceled():
            raise Canceled()
        self.setProgress(100.0 * fraction)

    def finished(self, result):  # noqa: N802 (QGIS's name)
        if self.isCanceled():
            self.result, self.error = None, tr("Suggesting sites was cancelled: no scenario was added.")
        self.on_done(self)

    def run_now(self):
        """The task's work in the calling thread (scripts, tests), then its completion callback."""
        self.finished(self.run())
