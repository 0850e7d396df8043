"""Anshim's QGIS-free core: segmentation, safety factors, model, grades, scenarios and the demo district.

Only numpy is imported at module level; scipy and scikit-learn are imported inside the functions that need them
(see :mod:`engine.dependencies`), so the plugin loads where they are missing.
"""
