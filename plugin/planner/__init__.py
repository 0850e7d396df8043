"""The planner controller that the dock, the map tools and the Python console drive (no widgets here)."""
from ..open_task import PlannerError
from .planner import BASE, ROUTE, Planner, Proposal, Scenario

__all__ = ["BASE", "ROUTE", "Planner", "PlannerError", "Proposal", "Scenario"]
