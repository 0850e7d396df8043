"""The briefing's page "Did last year's facilities work?": words and a table from an evaluation's TABLE rows.

The rows are those ``anshim:evaluateinterventions`` writes (one per group: ``group``, ``scenario``, ``kind``,
``facilities``, ``rate_ratio``, ``rr_low``, ``rr_high``, ``predicted_change_pct``, ``realised_change_pct``,
``detectable_fall_pct``, ...); nothing is recomputed but the verdict, which follows from the interval
(:func:`.evaluation_stats.verdict`) so it reads in the briefing's language whatever language the evaluation ran in.
A table written before ``detectable_fall_pct`` existed still reads: the smallest detectable fall then follows from
the interval's width, ``sd = ln(high / low) / (2 × 1.96)``.
"""
import math
from dataclasses import dataclass

from ..i18n import tr_noop, untranslated
from .evaluation_stats import FELL, NOT_ENOUGH, ROSE, UNCLEAR, Z95, Interval, detectable_fall_pct, verdict

TR_CONTEXT = "BriefingEvaluation"

REQUIRED_FIELDS = ("group", "scenario", "kind", "facilities", "rate_ratio", "rr_low", "rr_high",
                   "predicted_change_pct", "realised_change_pct")
MAX_GROUPS = 8  # rows that fit the page's table

KIND_WORDS = {"cctv": tr_noop("CCTV"), "light": tr_noop("security lights"), "bell": tr_noop("emergency bells"),
              "guardhouse": tr_noop("women's safety guard houses"), "route": tr_noop("safe-return routes")}
VERDICT_SHORT = {
    NOT_ENOUGH: tr_noop("Too few crimes to tell"),
    FELL: tr_noop("Crime fell"),
    ROSE: tr_noop("Crime rose"),
    UNCLEAR: tr_noop("No clear change"),
}


@dataclass
class EvaluatedGroup:
    scenario: str
    kind: str
    facilities: int
    rate_ratio: Interval = None  # None: too few crimes to give a figure
    predicted_change_pct: float = None
    detectable_fall_pct: float = None  # the smallest fall the evaluation could detect (%)

    @property
    def verdict(self):
        return verdict(self.rate_ratio)

    @property
    def realised_change_pct(self):
        return None if self.rate_ratio is None else 100.0 * (self.rate_ratio.value - 1.0)


def _number(value):
    if value is None or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def missing_fields(names):
    """The evaluation TABLE fields missing from ``names`` (a layer's field names)."""
    return [name for name in REQUIRED_FIELDS if name not in names]


def evaluated_groups(rows):
    """:class:`EvaluatedGroup` per TABLE row (a dict of field name → value), in the table's order."""
    groups = []
    for row in rows:
        values = [_number(row.get(name)) for name in ("rate_ratio", "rr_low", "rr_high")]
        interval = Interval(*values) if None not in values else None
        facilities = _number(row.get("facilities"))
        detectable = _number(row.get("detectable_fall_pct"))
        if detectable is None and "detectable_fall_pct" not in row:
            detectable = _detectable_from_interval(interval)
        groups.append(EvaluatedGroup(str(row.get("scenario") or ""), str(row.get("kind") or ""),
                                     int(facilities) if facilities is not None else 0, interval,
                                     _number(row.get("predicted_change_pct")), detectable))
    return groups


def _detectable_from_interval(interval):
    """The smallest detectable fall of a table written without it, from its 95 % interval's width."""
    if interval is None or not 0 < interval.low < interval.high:
        return None
    return detectable_fall_pct(math.log(interval.high / interval.low) / (2.0 * Z95))


def format_percent(value, tr=untranslated):
    """A change in per cent with its sign and no space, e.g. ``−29%``; "—" when there is none."""
    if value is None:
        return "—"
    rounded = round(value)
    sign = "+" if rounded > 0 else ("−" if rounded < 0 else "")
    return tr("{sign}{value}%").format(sign=sign, value=abs(rounded))


def group_name(group, tr=untranslated):
    kind = tr(KIND_WORDS[group.kind]) if group.kind in KIND_WORDS else group.kind
    return tr("{scenario}: {kind}").format(kind=kind, scenario=group.scenario)


def table_rows(groups, tr=untranslated):
    """``(headers, rows, column width fractions)`` of the page's table."""
    headers = [tr("Facilities"), tr("Number"), tr("Rate ratio (95% interval)"), tr("Realised change"),
               tr("Predicted change"), tr("Verdict")]
    rows = []
    for group in groups[:MAX_GROUPS]:
        ratio = group.rate_ratio
        figure = ("—" if ratio is None else tr("{value:.2f} ({low:.2f}–{high:.2f})").format(
            value=ratio.value, low=ratio.low, high=ratio.high))
        rows.append([group_name(group, tr), str(group.facilities), figure,
                     format_percent(group.realised_change_pct, tr), format_percent(group.predicted_change_pct, tr),
                     tr(VERDICT_SHORT[group.verdict])])
    return headers, rows, [0.27, 0.08, 0.19, 0.13, 0.13, 0.20]


def group_sentence(group, tr=untranslated):
    """One group's result in plain words."""
    name = group_name(group, tr)
    ratio = group.rate_ratio
    if ratio is None:
        text = tr("{name} ({count}): too few crimes on their streets to tell whether they worked.")
        return text.format(name=name, count=group.facilities)
    fewer_low, fewer_high = 100.0 * (1.0 - ratio.high), 100.0 * (1.0 - ratio.low)
    if group.verdict == FELL:
        text = tr("{name} ({count}): crime fell by about {change}% against comparable streets "
                  "(95% interval: {low}% to {high}% fewer).")
        words = text.format(name=name, count=group.facilities, change=round(-group.realised_change_pct),
                            low=round(fewer_low), high=round(fewer_high))
    elif group.verdict == ROSE:
        text = tr("{name} ({count}): crime rose by about {change}% against comparable streets "
                  "(95% interval: {low}% to {high}% more).")
        words = text.format(name=name, count=group.facilities, change=round(group.realised_change_pct),
                            low=round(-fewer_high), high=round(-fewer_low))
    else:
        text = tr("{name} ({count}): no clear change — the estimate is {change} against comparable streets, "
                  "but anything from {low} to {high} is consistent with the crimes seen, including no change.")
        words = text.format(name=name, count=group.facilities, change=format_percent(group.realised_change_pct, tr),
                            low=format_percent(100.0 * (ratio.low - 1.0), tr),
                            high=format_percent(100.0 * (ratio.high - 1.0), tr))
        if group.detectable_fall_pct is not None:
            words += " " + tr("It could only have told a fall of {fall}% or more.").format(
                fall=round(group.detectable_fall_pct))
    if group.predicted_change_pct is not None:
        words += " " + tr("The plan had predicted {change}.").format(
            change=format_percent(group.predicted_change_pct, tr))
    return words


def page_text(groups, tr=untranslated):
    """The page's words: what was compared, then one sentence per group."""
    intro = tr("Each group of installed facilities is compared with streets of the same kind and the same risk that "
               "got nothing: crimes in the months after installation against the months before, on both. A rate "
               "ratio of 0.70 means 30% fewer crimes than the comparable streets suggest; when its 95% interval "
               "includes 1, the change could be chance.")
    lines = [group_sentence(group, tr) for group in groups[:MAX_GROUPS]]
    if len(groups) > MAX_GROUPS:
        lines.append(tr("{count} more groups are in the evaluation table.").format(count=len(groups) - MAX_GROUPS))
    return intro + "\n\n" + "\n".join("• " + line for line in lines)


def page_note(tr=untranslated):
    return tr("Realised: the rate ratio's change on the treated streets against matched streets "
              "('Evaluate installed facilities'). Predicted: the change in modelled risk the plan expected. "
              "A realised fall larger than predicted need not mean the forecast was wrong: a year of crimes on a "
              "few streets scatters widely.")


def page_title(tr=untranslated):
    return tr("Did last year's facilities work?")
