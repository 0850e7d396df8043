"""How long engine steps report progress and learn they were cancelled, without knowing about QGIS.

An engine function takes ``progress=None`` or a callable ``progress(fraction)`` with ``0 <= fraction <= 1``.
The Processing wrapper's callable forwards the fraction to ``feedback.setProgress`` and raises
:class:`Canceled` when the user pressed Cancel, which unwinds the engine before any output is written.
"""


class Canceled(Exception):
    """The user cancelled the run."""


def report(progress, fraction):
    """Report ``fraction`` done to ``progress`` if one was given."""
    if progress is not None:
        progress(min(max(float(fraction), 0.0), 1.0))


def stage(progress, start, end):
    """A progress callable for a sub-step that maps its own 0–1 onto ``start``–``end`` of ``progress``."""
    if progress is None:
        return None
    return lambda fraction: progress(start + (end - start) * min(max(float(fraction), 0.0), 1.0))
