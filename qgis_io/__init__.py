"""QGIS-side I/O shared by the Processing algorithms and the dock: layers ↔ engine arrays, model files, styles,
proposal layers, translations and logging. Imports ``engine/`` only, never ``processing_algorithms/`` or ``plugin/``."""
