"""QGIS without a screen, with Anshim loaded from this checkout: shared by the scripts behind make demo and bench."""
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def plugin_package():
    """Import the repository as the package ``anshim`` (the repo root is the plugin folder, whatever its name)."""
    if "anshim" in sys.modules:
        return sys.modules["anshim"]
    spec = importlib.util.spec_from_file_location("anshim", ROOT / "__init__.py",
                                                  submodule_search_locations=[str(ROOT)])
    module = importlib.util.module_from_spec(spec)
    sys.modules["anshim"] = module
    spec.loader.exec_module(module)
    return module


def start_qgis():
    """Start QGIS and Processing, and register Anshim's provider as qgis_process does. Returns ``(app, plugin)``."""
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    plugin = plugin_package().classFactory(None)
    plugin.initProcessing()
    return app, plugin
