"""Undo and redo of the planner's proposals (Ctrl+Z / Ctrl+Shift+Z): each command names its scenario, and undoing
one makes that scenario current again, so what comes back is on the map."""
from qgis.PyQt.QtWidgets import QUndoCommand


class AddProposal(QUndoCommand):
    def __init__(self, planner, scenario, proposal, text):
        super().__init__(text)
        self.planner, self.scenario, self.proposal = planner, scenario, proposal

    def redo(self):
        self.planner.apply_insert(self.scenario, self.proposal)

    def undo(self):
        self.planner.apply_remove(self.scenario, self.proposal.pid)


class RemoveProposal(QUndoCommand):
    def __init__(self, planner, scenario, proposal, index, text):
        super().__init__(text)
        self.planner, self.scenario, self.proposal, self.index = planner, scenario, proposal, index

    def redo(self):
        self.planner.apply_remove(self.scenario, self.proposal.pid)

    def undo(self):
        self.planner.apply_insert(self.scenario, self.proposal, self.index)


class MoveProposal(QUndoCommand):
    def __init__(self, planner, scenario, old, new, text):
        super().__init__(text)
        self.planner, self.scenario, self.old, self.new = planner, scenario, old, new

    def redo(self):
        self.planner.apply_replace(self.scenario, self.old, self.new)

    def undo(self):
        self.planner.apply_replace(self.scenario, self.new, self.old)
