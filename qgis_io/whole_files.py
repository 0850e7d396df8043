"""Every file written whole or not at all: written under a temporary name beside its destination, checked, then
renamed over it in one step. A failed, killed or cancelled run leaves the previous good file in place (and at worst
a hidden ``.…anshim-part…`` file), never an empty or truncated one; two runs writing one destination each rename a
whole file, so the last one wins and nothing is mixed."""
import os
import uuid
from contextlib import contextmanager

from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

TR_CONTEXT = "WholeFiles"
_SQLITE_LEFTOVERS = ("-journal", "-wal", "-shm")


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


def part_path(path):
    """A hidden sibling of ``path`` with the same extension (GDAL and QGIS choose the format by it), unique to
    this run."""
    folder, name = os.path.split(os.path.abspath(path))
    stem, extension = os.path.splitext(name)
    return os.path.join(folder, f".{stem}.anshim-part-{os.getpid()}-{uuid.uuid4().hex[:8]}{extension}")


@contextmanager
def written_whole(path, check=None):
    """Yield a temporary sibling of ``path`` to write; when the block succeeds, ``check(temporary path)`` (raise
    to refuse the file) and rename it over ``path``. On any failure the temporary file goes and ``path`` is left
    as it was. Disk errors (full, read-only) become a QgsProcessingException naming ``path``."""
    temporary = part_path(path)
    try:
        yield temporary
        if not os.path.exists(temporary):
            raise QgsProcessingException(tr("{path} was not written.").format(path=path))
        if check is not None:
            check(temporary)
        replace(temporary, path)
    except OSError as error:
        raise QgsProcessingException(tr(
            "Could not write {path}: {reason}. Any earlier file there is unchanged.").format(
                path=path, reason=error.strerror or error)) from None
    finally:
        remove_with_leftovers(temporary)


def replace(temporary, path):
    """Rename ``temporary`` over ``path``; SQLite journals of an earlier ``path`` go first (a stale hot journal
    would be played back into the new file)."""
    for suffix in _SQLITE_LEFTOVERS:
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    os.replace(temporary, path)


def remove_with_leftovers(path):
    for leftover in (path,) + tuple(path + suffix for suffix in _SQLITE_LEFTOVERS):
        if os.path.exists(leftover):
            os.remove(leftover)


def pdf_is_whole(path):
    """Refuse a PDF that is empty or lacks its end-of-file marker (a full disk truncates it silently)."""
    size = os.path.getsize(path)
    with open(path, "rb") as pdf:
        pdf.seek(max(0, size - 2048))
        tail = pdf.read()
    if size < 1024 or b"%%EOF" not in tail:
        raise QgsProcessingException(tr(
            "The briefing PDF came out incomplete ({size:,} bytes, no end marker): the disk may be full. Free some "
            "space and run again.").format(size=size))


def text_file(path, text, encoding="utf-8"):
    """Write ``text`` to ``path`` whole or not at all (``encoding="utf-8-sig"`` for CSVs Korean Excel opens)."""
    with written_whole(path) as temporary:
        with open(temporary, "w", encoding=encoding, newline="") as page:
            page.write(text)
