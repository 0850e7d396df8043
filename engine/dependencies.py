"""Optional third-party packages, imported only when a step needs them.

Loading the plugin must never fail because scipy or scikit-learn is missing; the step that needs one raises
:class:`MissingDependency`, whose message names the package and how to install it on each platform.
"""
import importlib

# import name -> (Debian package, pip package)
_PACKAGES = {
    "scipy": ("python3-scipy", "scipy"),
    "sklearn": ("python3-sklearn", "scikit-learn"),
    "rasterio": ("python3-rasterio", "rasterio"),
}


class MissingDependency(ImportError):
    """A package a step needs is not installed; ``str()`` says how to install it."""

    def __init__(self, module_name):
        debian, pip_name = _PACKAGES.get(module_name, (f"python3-{module_name}", module_name))
        self.module_name = module_name
        super().__init__(
            f"The Python package '{pip_name}' is required for this step but is not installed. "
            f"Install it: on Debian/Ubuntu 'sudo apt install {debian}'; on Windows, in the OSGeo4W Shell, "
            f"'python -m pip install {pip_name}'; on macOS, with QGIS's own Python, "
            f"'/Applications/QGIS.app/Contents/MacOS/bin/pip3 install {pip_name}'. Then restart QGIS.")


def require(module_name):
    """Import and return ``module_name`` (e.g. ``"scipy.spatial"``), or raise :class:`MissingDependency`."""
    try:
        return importlib.import_module(module_name)
    except ImportError as error:
        raise MissingDependency(module_name.split(".")[0]) from error
