"""The evaluation as an HTML page (in the language of ``tr``) with a map of treated, ring and control streets, and
the scenario engine's predicted change beside the realised one."""
import html

import numpy as np

from ..i18n import tr_noop, untranslated
from .evaluation import CONTROL, NONE, RING, TREATED
from .evaluation_stats import MIN_CRIMES, UNCLEAR, VERDICT_WORDS
from .proposals import PLANNER_KINDS

TR_CONTEXT = "EvaluationReport"

KIND_WORDS = {"cctv": tr_noop("CCTV"), "light": tr_noop("lights"), "bell": tr_noop("emergency bells"),
              "guardhouse": tr_noop("guard houses"), "route": tr_noop("safe-return routes")}
ROLE_STYLE = ((NONE, "#d9d9d9", 0.6), (CONTROL, "#4575b4", 1.6), (RING, "#fdae61", 1.6), (TREATED, "#d73027", 2.4))
ROLE_WORDS = {TREATED: tr_noop("treated (reached by a facility)"), RING: tr_noop("displacement ring"),
              CONTROL: tr_noop("matched control")}


def predicted_changes(planner, facilities, groups):
    """Per group, the change in summed risk over its treated segments (%) that the scenario engine predicts with
    ``planner``'s model when the group's facilities are added; None where the model reads none of the factors
    the kind changes (a kind the model does not know)."""
    changes = []
    for group in groups:
        kind = "safe_routes" if group.kind == "route" else PLANNER_KINDS[group.kind]
        if planner.why_no_effect(kind):
            changes.append(None)
            continue
        scenario = planner.fork()
        for number in group.facilities:
            proposal = facilities[number].proposal
            if kind == "safe_routes":
                scenario.add_route(proposal.as_lines())
            else:
                scenario.add_point(kind, (proposal.x, proposal.y), proposal.weight)
        before = planner.risk_before[group.treated].sum()
        changes.append(100.0 * (scenario.risk[group.treated].sum() / before - 1.0) if before > 0 else None)
    return changes


def _number(value, digits=2):
    return "–" if value is None else f"{value:,.{digits}f}"


def _interval(interval, digits=2):
    if interval is None:
        return "–"
    return f"{interval.value:,.{digits}f} ({interval.low:,.{digits}f} – {interval.high:,.{digits}f})"


def _percent(value, tr):
    # the sign kept with its number; Korean writes no space before %
    return "–" if value is None else tr("{change} %").format(change=f"{value:+.0f}").replace(" ", "\u00a0")


def _fall(value, tr):
    return "–" if value is None else tr("{fall} %").format(fall=f"{value:.0f}")


def detectable_notes(rows, tr=untranslated):
    """One sentence per "no clear change" group: the smallest fall its evaluation could have told."""
    notes = []
    for row in rows:
        if row.verdict != UNCLEAR or row.detectable_fall_pct is None:
            continue
        notes.append(tr("{group}: this evaluation could only have told a fall of {fall} or more; smaller effects "
                        "read as no clear change. Longer windows (WINDOW_MONTHS) or more facilities make it "
                        "sharper.").format(group=_group_name(row, tr), fall=_fall(row.detectable_fall_pct, tr)))
    return notes


def _group_name(row, tr):
    kind = tr(KIND_WORDS.get(row.kind, row.kind))
    return f"{row.scenario} · {kind}" if row.scenario else kind


def svg_map(segments, role, width_px=640):
    """Streets coloured by role as an inline SVG (one path per role)."""
    if not len(segments):
        return ""
    x_min, y_min = segments.coords.min(axis=0)
    x_max, y_max = segments.coords.max(axis=0)
    scale = width_px / max(x_max - x_min, y_max - y_min, 1.0)
    height_px = (y_max - y_min) * scale
    xy = np.column_stack([(segments.coords[:, 0] - x_min) * scale, (y_max - segments.coords[:, 1]) * scale])
    starts = np.zeros(len(xy), dtype=bool)
    starts[segments.offsets[:-1]] = True
    vertex_role = np.repeat(role, segments.vertex_counts())
    paths = []
    for value, colour, stroke in ROLE_STYLE:
        chosen = vertex_role == value
        if not chosen.any():
            continue
        commands = np.where(starts[chosen], "M", "L")
        text = " ".join(f"{c}{x:.1f} {y:.1f}" for c, (x, y) in zip(commands, xy[chosen]))
        paths.append(f'<path d="{text}" fill="none" stroke="{colour}" stroke-width="{stroke}"/>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width_px:.0f}" height="{height_px:.0f}" '
            f'viewBox="0 0 {width_px:.0f} {height_px:.0f}">' + "".join(paths) + "</svg>")


def report_html(rows, segments, role, window_months, tr=untranslated, notice="", verdict_tr=None):
    """The evaluation page: one table row per group, the map, and the method in plain words; ``verdict_tr``
    translates the verdicts (context of :mod:`.evaluation_stats`), ``tr`` the rest."""
    verdict_tr = verdict_tr or tr
    e = html.escape
    head = [tr("Group"), tr("Facilities"), tr("Treated crimes before → after"), tr("Matched controls before → after"),
            tr("Ring before → after"), tr("Rate ratio (95 % interval)"), tr("WDD (95 % interval)"),
            tr("Predicted change"), tr("Realised change"), tr("Smallest fall it could detect"), tr("Verdict")]
    body = []
    for row in rows:
        body.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in (
            e(_group_name(row, tr)), row.facilities, f"{row.treated_before:.0f} → {row.treated_after:.0f}",
            f"{row.control_before:.1f} → {row.control_after:.1f}", f"{row.ring_before:.0f} → {row.ring_after:.0f}",
            _interval(row.rate_ratio), _interval(row.wdd, 1), _percent(row.predicted_change_pct, tr),
            _percent(row.realised_change_pct, tr), e(_fall(row.detectable_fall_pct, tr)),
            e(verdict_tr(VERDICT_WORDS[row.verdict])))) + "</tr>")
    notes = "".join(f"<p>{e(note)}</p>" for note in detectable_notes(rows, tr))
    legend = "".join(f'<span style="color:{colour}">━</span> {e(tr(ROLE_WORDS[value]))} &nbsp; '
                     for value, colour, _ in ROLE_STYLE if value in ROLE_WORDS)
    method = tr(
        "Treated streets are those each facility reaches (the factors' reaches); the displacement ring is the "
        "untreated streets near them along the network; controls are streets outside every ring in the same cell "
        "of street class, model risk and neighbourhood risk as each treated street. Crimes are "
        "counted {window} months before and after each facility's own installation month (that month left out). "
        "The rate ratio compares the change on treated streets with the change on their controls: 0.70 means 30 % "
        "fewer crimes than the controls suggest. The weighted displacement difference (Wheeler & Ratcliffe 2018) "
        "counts crimes prevented net of displacement into the ring (negative: fewer). With fewer than {minimum} "
        "crimes on a group's treated streets no figure is given.").format(window=window_months, minimum=MIN_CRIMES)
    method += " " + tr(
        "The smallest fall it could detect is the fall a two-sided 5 % test would find 80 % of the time with the "
        "crimes counted (from the rate ratio's standard error); a smaller true effect usually reads as no clear "
        "change.")
    notice_html = f"<p><b>{e(notice)}</b></p>" if notice else ""
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(tr("Did it work?"))}</title>'
            "<style>body{font-family:sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse}"
            "td,th{border:1px solid #bbb;padding:4px 6px;text-align:left;font-size:0.9em}th{background:#eee}"
            "</style></head><body>"
            f"<h1>{e(tr('Did it work? Installed facilities against matched streets'))}</h1>{notice_html}"
            "<table><tr>" + "".join(f"<th>{e(text)}</th>" for text in head) + "</tr>" + "".join(body) + "</table>"
            + notes +
            f"<h2>{e(tr('Map'))}</h2><p>{legend}</p>{svg_map(segments, role)}"
            f"<h2>{e(tr('Method'))}</h2><p>{e(method)}</p></body></html>")
