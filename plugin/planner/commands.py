"""Undo and redo of the planner's proposals (Ctrl+Z / Ctrl+Shift+Z): each command names its scenario, and undoing
one makes that scenario current again, so what comes back is on the map."""
from qgis.PyQt.QtWidgets import QUndoCommand


class AddProposal(QUndoCommand):
    def __init__(self, editor, scenario, proposal, text):
        super().__init__(text)
        self.editor, self.scenario, self.proposal = editor, scenario, proposal

    def redo(self):
        self.editor.apply_insert(self.scenario, self.proposal)

    def undo(self):
        self.editor.apply_remove(self.scenario, self.proposal.pid)


class RemoveProposal(QUndoCommand):
    def __init__(self, editor, scenario, proposal, index, text):
        super().__init__(text)
        self.editor, self.scenario, self.proposal, self.index = editor, scenario, proposal, index

    def redo(self):
        self.editor.apply_remove(self.scenario, self.proposal.pid)

    def undo(self):
        self.editor.apply_insert(self.scenario, self.proposal, self.index)


class MoveProposal(QUndoCommand):
    def __init__(self, editor, scenario, old, new, text):
        super().__init__(text)
        self.editor, self.scenario, self.old, self.new = editor, scenario, old, new

    def redo(self):
        self.editor.apply_replace(self.scenario, self.old, self.new)

    def undo(self):
        self.editor.apply_replace(self.scenario, self.new, self.old)
