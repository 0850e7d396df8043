"""Anshim QGIS plugin entry point."""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    """Load the plugin class; the import is lazy so QGIS starts fast and tests can import the engine alone."""
    from .plugin.anshim_plugin import AnshimPlugin
    return AnshimPlugin(iface)
