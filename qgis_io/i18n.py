"""Translations: Anshim's texts in QGIS's language, or in a language an algorithm was asked for.

Every user-visible text is written in English in the code and looked up by ``(context, text)`` in the compiled Qt
translation ``i18n/anshim_<language>.qm``. Engine functions that produce text (explanations, reports) take a
``tr`` callable made here, so they stay free of Qt.
"""
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QTranslator

I18N_FOLDER = Path(__file__).resolve().parents[1] / "i18n"
LANGUAGES = ("ko", "en")

_loaded = {}  # language -> QTranslator or None (no .qm for it); kept referenced: Qt does not own them


def qm_path(language):
    return str(I18N_FOLDER / f"anshim_{language}.qm")


def language_translator(language):
    """The loaded :class:`QTranslator` of ``language``, or None when English or no translation is shipped."""
    if language == "en":
        return None
    if language not in _loaded:
        candidate = QTranslator()
        _loaded[language] = candidate if candidate.load(qm_path(language)) else None
    return _loaded[language]


def translator(context, language=None):
    """A callable ``text -> text`` for ``context``: QGIS's language when ``language`` is None, else ``language``
    (``"ko"`` or ``"en"``). A text with no translation comes back as it is."""
    if language is None:
        return lambda text: QCoreApplication.translate(context, text)
    qt_translator = language_translator(language)
    if qt_translator is None:
        return lambda text: text

    def translate(text):
        return qt_translator.translate(context, text) or text
    return translate
