"""What engine code needs to speak the user's language without Qt: the default ``tr``, a marker for texts
translated later, and amounts of won as Koreans read them.

Engine functions that produce user text take ``tr`` (a callable text -> text, default :func:`untranslated`) and
their module defines ``TR_CONTEXT``; the QGIS side passes ``qgis_io.i18n.translator(module.TR_CONTEXT, language)``.
``scripts/i18n.py`` extracts every literal ``tr("…")`` and ``tr_noop("…")`` of a module in its ``TR_CONTEXT``.
"""
import re

# 10^4, 10^8, 10^12: Korean groups digits by four, each group named
_KOREAN_UNITS = ((10 ** 12, "조"), (10 ** 8, "억"), (10 ** 4, "만"))


def untranslated(text):
    """The default ``tr``: English as written."""
    return text


def tr_noop(text):
    """Marks ``text`` for extraction without translating it (tables of words translated where they are shown)."""
    return text


def korean_won(amount, with_won=True):
    """``amount`` of won as written in Korean plans: 75,000,000 → "7,500만 원", 150,000,000 → "1억 5,000만 원",
    5,000 → "5,000원" (rounded to the won); without the closing "원" when not ``with_won`` (for a translation
    that writes it)."""
    value = round(abs(amount))
    parts = []
    for size, unit in _KOREAN_UNITS:
        if value >= size:
            parts.append(f"{value // size:,}{unit}")
            value %= size
    if value or not parts:
        parts.append(f"{value:,}")
    text = " ".join(parts) + (("원" if parts[-1][-1].isdigit() else " 원") if with_won else "")
    return ("-" if amount < 0 and round(abs(amount)) else "") + text


def korean_won_rounded(amount):
    """``amount`` as :func:`korean_won` writes it, rounded to the nearest 만 from 1만 up, as plans and the planner
    show money: 16,213,400 → "1,621만 원", 50,000,000 → "5,000만 원", 5,000 → "5,000원"."""
    return korean_won(amount if abs(amount) < 10_000 else int(round(amount, -4)))


def money_values(name, amount_krw, million=True):
    """Format values for a money placeholder ``{name}``: ``name`` in millions of won (English texts write
    "{total:,.1f} million KRW") or in won when not ``million``, and ``name_ko`` as Koreans read it ("1,620만 원"),
    so a Korean translation can write ``{name_ko}``."""
    return {name: amount_krw / 1e6 if million else amount_krw, f"{name}_ko": korean_won_rounded(amount_krw)}


def date_values(name, date):
    """Format values for a date placeholder ``{name}``: ISO ``YYYY-MM-DD`` for English texts, and ``name_ko`` as
    Korean documents write a date (2026-12-07 → "2026. 12. 7."), so a Korean translation can write ``{name_ko}``.
    ``date``: a ``datetime.date``, ``numpy.datetime64`` or ISO text, or a list of them (written one after another,
    separated by commas)."""
    dates = [date] if isinstance(date, str) or not hasattr(date, "__iter__") else list(date)
    isos = [str(each).strip()[:10] for each in dates]
    koreans = []
    for iso in isos:
        year, month, day = (int(part) for part in iso.split("-"))
        koreans.append(f"{year}. {month}. {day}.")
    return {name: ", ".join(isos), f"{name}_ko": ", ".join(koreans)}


class TranslatableError(ValueError):
    """A ValueError whose message can be shown in the user's language.

    ``str()`` is the English message; :meth:`message` asks ``translators(context)`` (e.g.
    ``qgis_io.i18n.translator``) for the ``tr`` of the module that raised it. Values that are themselves
    translatable errors (a cause named inside the message) are translated too. Raise it as
    ``TranslatableError(TR_CONTEXT, tr_noop("… {name} …"), name=value)`` so ``scripts/i18n.py`` extracts the text.
    """

    def __init__(self, context, template, **values):
        self.context, self.template, self.values = context, template, values
        super().__init__(self.message())

    def message(self, translators=None):
        tr = translators(self.context) if translators else untranslated
        values = {key: message_of(value, translators) if isinstance(value, Exception) else value
                  for key, value in self.values.items()}
        return tr(self.template).format(**values)


def message_of(error, translators=None):
    """``error``'s message in the language of ``translators``; other exceptions as they are (``str``)."""
    return error.message(translators) if isinstance(error, TranslatableError) else str(error)


def translate_recorded(text, templates, tr=untranslated):
    """``text`` kept in English in a record (a model file's warnings and notes) in the language of ``tr``: the
    first of ``templates`` (English, with ``{name}`` placeholders) it was made from is translated and filled again
    with the values read back from ``text``; a text made from no template is looked up as it is."""
    for template in templates:
        pattern = re.escape(template)
        for name in set(re.findall(r"\{([A-Za-z_][A-Za-z0-9_]*)\}", template)):
            pattern = pattern.replace(re.escape("{" + name + "}"), f"(?P<{name}>.+?)", 1)
            pattern = pattern.replace(re.escape("{" + name + "}"), f"(?P={name})")
        match = re.fullmatch(pattern, text)
        if match:
            return tr(template).format(**match.groupdict())
    return tr(text)
