"""Translations: Anshim's texts in QGIS's language, or in a language an algorithm was asked for.

Every user-visible text is written in English in the code and looked up by ``(context, text)`` in the compiled Qt
translation ``i18n/anshim_<language>.qm`` (built from ``i18n/anshim_<language>.ts`` by ``make``; see
``scripts/i18n.py``). The plugin installs the translator of QGIS's language with :func:`install_translator` before
its provider registers, so ``QCoreApplication.translate`` (``self.tr`` in algorithms, ``tr`` in modules) answers in
that language. Engine functions that produce text (explanations, reports) take a ``tr`` callable made here by
:func:`translator`, so they stay free of Qt.
"""
from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

I18N_FOLDER = Path(__file__).resolve().parents[1] / "i18n"
LANGUAGES = ("ko", "en")

_loaded = {}  # language -> QTranslator or None (no .qm for it); kept referenced: Qt does not own them
_installed = []  # the QTranslator installed into the application, at most one


def qm_path(language):
    return str(I18N_FOLDER / f"anshim_{language}.qm")


def qgis_language():
    """QGIS's user-interface language as two lower-case letters ("ko", "en", …).

    ``QgsApplication.locale()`` reads the settings ``locale/overrideFlag`` and ``locale/userLocale`` (Settings →
    Options → General) each time it is called and falls back to the system locale, so it also works under
    qgis_process and follows a change of the settings."""
    return (QgsApplication.locale() or "en")[:2].lower()


def language_translator(language):
    """The loaded :class:`QTranslator` of ``language``, or None when English or no translation is shipped."""
    if language == "en":
        return None
    if language not in _loaded:
        candidate = QTranslator()
        _loaded[language] = candidate if candidate.load(qm_path(language)) else None
    return _loaded[language]


def install_translator(language=None):
    """Install the translator of ``language`` (default: QGIS's language) into the application, replacing the one
    installed before; returns the language now in use ("en" when none is shipped for it)."""
    remove_translator()
    language = language or qgis_language()
    qt_translator = language_translator(language)
    if qt_translator is None:
        return "en"
    QCoreApplication.installTranslator(qt_translator)
    _installed.append(qt_translator)
    return language


def remove_translator():
    """Remove the translator :func:`install_translator` installed, if any (the plugin's unload)."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())


def translator(context, language=None):
    """A callable ``text -> text`` for ``context``: QGIS's language when ``language`` is None, else ``language``
    (``"ko"`` or ``"en"``). A text with no translation comes back as it is."""
    if language is None:
        return lambda text: QCoreApplication.translate(context, text)
    qt_translator = language_translator(language)
    if qt_translator is None:
        return lambda text: text

    def translate(text):
        # as UTF-8 bytes: PyQt passes a str source text to Qt as ASCII and fails on "→" or "–"
        return qt_translator.translate(context, text.encode("utf-8")) or text
    return translate
