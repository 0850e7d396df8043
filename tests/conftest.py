"""Make the checkout importable as the package ``anshim``, whatever the checkout folder is called."""
import importlib.util
import sys
from pathlib import Path

PLUGIN_ROOT = Path(__file__).resolve().parents[1]

if "anshim" not in sys.modules:
    _spec = importlib.util.spec_from_file_location(
        "anshim", PLUGIN_ROOT / "__init__.py", submodule_search_locations=[str(PLUGIN_ROOT)])
    _module = importlib.util.module_from_spec(_spec)
    sys.modules["anshim"] = _module
    _spec.loader.exec_module(_module)
