"""Plain resource files (icons, QML styles, layout templates) reached through :func:`resource_path`."""
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent


def resource_path(*parts):
    """Absolute path of a file under ``resources/`` as a string, e.g. ``resource_path("styles", "grades.qml")``."""
    return str(RESOURCES.joinpath(*parts))
