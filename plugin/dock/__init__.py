"""The planner dock: it shows the planner's state and forwards what the user does to it.

``dock.py`` lays out one widget per part, each in its own module and following the planner's signals through
``common.DockContext``: ``setup_page``, ``tools_row``, ``suggest_row``, ``walk_box``, ``scenarios_box``,
``numbers_box``, ``routes_box``, ``transitions_box``, ``comparison_box``, ``costs_box`` and ``save_row``.
"""
from .dock import PlannerDock

__all__ = ["PlannerDock"]
