"""Undo and redo button texts in the user's word order.

``QUndoStack.createUndoAction(parent, prefix)`` writes prefix + " " + command ("Undo Add security light"); Korean
puts the object first ("보안등 추가 실행 취소"). :func:`word_ordered` keeps such an action's text from a translatable
template instead, after Qt's own update (connected later, so it runs last)."""
from qgis.PyQt.QtCore import QCoreApplication

TR_CONTEXT = "AnshimUndo"


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


def undo_label(command):
    return tr("Undo {action}").format(action=command) if command else tr("Undo")


def redo_label(command):
    return tr("Redo {action}").format(action=command) if command else tr("Redo")


def word_ordered(action, stack, redo=False):
    """Keep ``action`` (made by ``stack.createUndoAction``/``createRedoAction``) labelled by the templates."""
    label = redo_label if redo else undo_label
    signal = stack.redoTextChanged if redo else stack.undoTextChanged

    def relabel(command):
        action.setText(label(command))
    signal.connect(relabel)
    relabel(stack.redoText() if redo else stack.undoText())
    return action
