"""The planner controller that the dock, the map tools and the Python console drive (no widgets here).

:class:`Planner` (planner.py) is the facade: its signals and the scripting API of the README, each call handed to
one part: ``session`` (open and close, the engine, the planner's map layers), ``scenarios`` (the scenario book),
``editing`` with ``commands`` (proposals and the undo stack), ``numbers`` (unit costs, summaries, route audit),
``persistence`` (the GeoPackage proposal tables), ``installation`` (marking a scenario as installed),
``project`` with ``project_entries`` (the QGIS project) and
``suggestions`` (the siting optimiser's runs). Parts reach each other only through the planner.
"""
from ..open_task import PlannerError
from .installation import AlreadyInstalled, MarkedInstalled
from .planner import BASE, ROUTE, Planner, Proposal, Scenario

__all__ = ["BASE", "ROUTE", "AlreadyInstalled", "MarkedInstalled", "Planner", "PlannerError", "Proposal", "Scenario"]
