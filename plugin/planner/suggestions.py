"""Suggest sites: the siting optimiser run for the planner (:class:`..suggest_sites.SuggestSitesTask`), its picks
coming back as a new scenario on top of the one it started from."""
from dataclasses import replace

from qgis.core import Qgis, QgsApplication

from ...engine.i18n import korean_won, money_values
from ...qgis_io.i18n import translator
from ..open_task import PlannerError
from ..suggest_sites import SuggestSitesTask
from .scenarios import Proposal, Scenario

TR_CONTEXT = "AnshimPlanner"
tr = translator(TR_CONTEXT)


class Suggestions:
    """The running suggestion of ``planner`` (``task``), at most one at a time."""

    def __init__(self, planner):
        self.planner = planner
        self.task = None  # the running SuggestSitesTask

    def cancel(self):
        if self.task is not None:
            self.task.cancel()
        self.task = None

    def suggest_sites(self, request, background=False):
        planner = self.planner
        planner.require_open()
        if self.task is not None:
            raise PlannerError(tr("Sites are already being suggested: wait for that run or cancel it."))
        try:
            request = request.checked(planner.engine)
        except ValueError as error:
            raise PlannerError(str(error)) from None
        scenario = planner.book.get()
        self.task = SuggestSitesTask(planner.engine.fork(), planner.network.existing_distances, request,
                                     planner.unit_costs_krw, (scenario.name, list(scenario.proposals)), self._done)
        task = self.task
        if background:
            QgsApplication.taskManager().addTask(task)
        else:
            task.run_now()
        return task

    def _done(self, task):
        planner = self.planner
        if task is not self.task:
            return  # the planner closed (and may have opened again) while the task ran
        self.task = None
        if task.error or not task.result.picks:
            planner.message.emit(task.error or tr(
                "No site fits a budget of {budget:,.0f} KRW: no scenario was added. Raise the budget or lower the unit "
                "costs.").format(**money_values("budget", task.request.budget_krw, million=False)), Qgis.Warning)
            planner.suggested.emit("")
            return
        name = self._add_suggested_scenario(task)
        result, summary = task.result, planner.summary(name)
        planner.message.emit(tr(
            "Scenario '{name}': {count} sites for {cost:,.1f} of {budget:,.1f} million KRW, chosen from {candidates:,} "
            "candidates; expected incidents {before:.1f} → {after:.1f}.").format(
            name=name, count=len(result.picks), **money_values("cost", result.total_cost_krw),
            **money_values("budget", task.request.budget_krw), candidates=task.n_candidates,
            before=summary["expected_incidents_before"], after=summary["expected_incidents_after"]), Qgis.Success)
        planner.suggested.emit(name)

    def _add_suggested_scenario(self, task):
        """The scenario the task started from plus its picks, as a new scenario made current."""
        planner, book = self.planner, self.planner.book
        start_name, start_proposals = task.scenario
        budget = task.request.budget_krw
        name = book.free_name(tr("Suggested {budget}").format(
            budget=tr("{amount:,.0f}M KRW").format(amount=budget / 1e6, amount_ko=korean_won(budget, with_won=False))))
        picks = task.result.picks
        proposals = [replace(proposal, pid=book.take_pid()) for proposal in start_proposals]
        proposals += [Proposal(book.take_pid(), pick.kind, ((pick.x, pick.y),), pick.cameras, tr(
            "suggested: rank {rank} of {count}, on top of '{scenario}'").format(
            rank=pick.rank, count=len(picks), scenario=start_name)) for pick in picks]
        book.scenarios[name] = Scenario(name, proposals)
        planner.set_scenario(name)
        planner.scenarios_edited()
        return name
