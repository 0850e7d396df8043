"""The planner dock: it shows the planner's state and forwards what the user does to it."""
from .dock import PlannerDock

__all__ = ["PlannerDock"]
