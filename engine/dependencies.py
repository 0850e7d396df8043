"""Optional third-party packages, imported only when a step needs them.

Loading the plugin must never fail because scipy or scikit-learn is missing; the step that needs one raises
:class:`MissingDependency`, whose message names the package and how to install it on each platform.
"""
import importlib

from .i18n import tr_noop, untranslated

TR_CONTEXT = "Dependencies"
INSTALL_MESSAGE = tr_noop(
    "The Python package '{package}' is required for this step but is not installed. Install it: on Debian/Ubuntu "
    "'sudo apt install {debian}'; on Windows, in the OSGeo4W Shell, 'python -m pip install {package}'; on macOS, "
    "with QGIS's own Python, '/Applications/QGIS.app/Contents/MacOS/bin/pip3 install {package}'. Then restart QGIS.")

# import name -> (Debian package, pip package)
_PACKAGES = {
    "scipy": ("python3-scipy", "scipy"),
    "sklearn": ("python3-sklearn", "scikit-learn"),
    "rasterio": ("python3-rasterio", "rasterio"),
}


class MissingDependency(ImportError):
    """A package a step needs is not installed; ``str()`` (or :meth:`message` in another language) says how to
    install it."""

    def __init__(self, module_name):
        self.debian, self.pip_name = _PACKAGES.get(module_name, (f"python3-{module_name}", module_name))
        self.module_name = module_name
        super().__init__(self.message())

    def message(self, tr=untranslated):
        return tr(INSTALL_MESSAGE).format(package=self.pip_name, debian=self.debian)


def require(module_name):
    """Import and return ``module_name`` (e.g. ``"scipy.spatial"``), or raise :class:`MissingDependency`."""
    try:
        return importlib.import_module(module_name)
    except ImportError as error:
        raise MissingDependency(module_name.split(".")[0]) from error
