"""A scenario summary as a page a planner can put in a council briefing, and the same numbers as CSV.

Texts are English unless a ``tr`` of this module's ``TR_CONTEXT`` is given; the CSV's section ids stay ASCII in
every language (they are for programs), its item names and the page follow ``tr``. Amounts of won are given as
digits and, where the translation asks for it, as Koreans read them (``{amount_ko}``: 7,500만 원).
"""
import csv
import html
import io

from ..i18n import korean_won, tr_noop, untranslated

TR_CONTEXT = "ScenarioReport"

GRADE_WORDS = (tr_noop("1 safest"), tr_noop("2 safer"), tr_noop("3 middle"), tr_noop("4 less safe"),
               tr_noop("5 least safe"))
KIND_WORDS = {"cctv": tr_noop("CCTV sites"), "lights": tr_noop("security lights"),
              "bells": tr_noop("emergency bells"), "guardhouses": tr_noop("women's safety guard houses"),
              "safe_routes": tr_noop("safe-return routes")}


def summary_rows(summary, tr=untranslated):
    """``(section, item, value)`` rows: every number in the summary, flat, for CSV and for tests."""
    rows = []
    for kind, count in summary["facilities"].items():
        rows.append(("facilities", tr(KIND_WORDS[kind]), count))
        rows.append(("cost_krw", tr(KIND_WORDS[kind]), round(summary["cost_krw"][kind])))
        rows.append(("unit_cost_krw", tr(KIND_WORDS[kind]), summary["unit_costs_krw"][kind]))
    rows += [
        ("network", tr("safe-return route km proposed"), round(summary["safe_route_km"], 3)),
        ("cost_krw", tr("total"), round(summary["total_cost_krw"])),
        ("grades", tr("km in grades 4-5 before"), round(summary["km_grade_4_5_before"], 3)),
        ("grades", tr("km in grades 4-5 after"), round(summary["km_grade_4_5_after"], 3)),
        ("grades", tr("segments with a better grade"), summary["segments_improved"]),
        ("expected_incidents", tr("before"), round(summary["expected_incidents_before"], 4)),
        ("expected_incidents", tr("after"), round(summary["expected_incidents_after"], 4)),
        ("expected_incidents", tr("reduction per million KRW"),
         None if summary["risk_reduction_per_million_krw"] is None
         else round(summary["risk_reduction_per_million_krw"], 6)),
    ]
    for unit, matrix in (("segments", summary["transitions_segments"]), ("km", summary["transitions_km"])):
        for before, row in enumerate(matrix, start=1):
            for after, value in enumerate(row, start=1):
                rows.append((f"transition_{unit}", tr("grade {before} to {after}").format(before=before, after=after),
                             round(value, 3) if unit == "km" else int(value)))
    return rows


def summary_csv(summary, tr=untranslated):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(("section", "item", "value"))
    writer.writerows(summary_rows(summary, tr))
    return buffer.getvalue()


def _won(amount, tr):
    """An amount for the page: "75,000,000" in English; the translation may use ``{amount_ko}`` ("7,500만 원")."""
    return tr("{amount}").format(amount=f"{amount:,.0f}", amount_ko=korean_won(amount))


def _unit_cost(kind, amount, tr):
    return tr("{amount} per km").format(amount=_won(amount, tr)) if kind == "safe_routes" else _won(amount, tr)


def summary_html(summary, title=None, tr=untranslated):
    """A self-contained page: facilities and costs, grade changes, the expected-incident proxy and the limits."""
    escape = html.escape
    title = title or tr("Anshim scenario")
    facilities = "".join(
        f"<tr><td>{escape(tr(KIND_WORDS[kind]))}</td><td>{count:,}</td>"
        f"<td>{escape(_unit_cost(kind, summary['unit_costs_krw'][kind], tr))}</td>"
        f"<td>{escape(_won(summary['cost_krw'][kind], tr))}</td></tr>"
        for kind, count in summary["facilities"].items())
    reduction = summary["risk_reduction_per_million_krw"]
    unused = "".join("<li>" + escape(tr("The model does not use the factors of {kind}: they change no grade here.")
                                     .format(kind=tr(KIND_WORDS[kind]))) + "</li>" for kind in summary["unused_kinds"])
    return f"""<!DOCTYPE html>
<html lang="{escape(tr('en'))}"><head><meta charset="utf-8"><title>{escape(title)}</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}}
table{{border-collapse:collapse;margin:1em 0}}td,th{{border:1px solid #bbb;padding:.3em .6em;text-align:right}}
th:first-child,td:first-child{{text-align:left}}.better{{background:#d9f0d3}}</style></head><body>
<h1>{escape(title)}</h1>
<p>{tr("Grades run from <b>1 = safest</b> to <b>5 = least safe</b>, with the thresholds fixed when the model was "
       "trained, so grades before and after are comparable.")}</p>
<h2>{escape(tr("Proposed facilities and cost"))}</h2>
<table><tr><th>{escape(tr("Facility"))}</th><th>{escape(tr("Number"))}</th><th>{escape(tr("Unit cost (KRW)"))}</th>
<th>{escape(tr("Cost (KRW)"))}</th></tr>{facilities}
<tr><th>{escape(tr("Total"))}</th><td></td><td></td><th>{escape(_won(summary['total_cost_krw'], tr))}</th></tr></table>
<p>{escape(tr("Safe-return routes proposed: {km} km. Unit costs are editable planning figures, not quotes.")
           .format(km=f"{summary['safe_route_km']:.2f}"))}</p>
<h2>{escape(tr("Effect"))}</h2>
<table><tr><th></th><th>{escape(tr("Before"))}</th><th>{escape(tr("After"))}</th></tr>
<tr><td>{escape(tr("Street length in grades 4–5 (km)"))}</td><td>{summary['km_grade_4_5_before']:.2f}</td>
<td>{summary['km_grade_4_5_after']:.2f}</td></tr>
<tr><td>{escape(tr("Expected-incident proxy"))}</td><td>{summary['expected_incidents_before']:,.2f}</td>
<td>{summary['expected_incidents_after']:,.2f}</td></tr></table>
<p>{escape(tr("Segments with a better grade: {count}. Reduction of the expected-incident proxy per million KRW: "
              "{reduction}.").format(count=f"{summary['segments_improved']:,}",
                                     reduction=tr("n/a (no cost)") if reduction is None else f"{reduction:.4f}"))}</p>
<p>{escape(tr("The expected-incident proxy sums each segment's risk (the calibrated chance of a crime on it in a "
              "period like the training one) weighted by its night-time population relative to the network "
              "average."))}</p>
<h2>{escape(tr("Grade changes (km of street)"))}</h2>
{_transition_table(summary['transitions_km'], '{:.2f}', tr)}
<h2>{escape(tr("Grade changes (segments)"))}</h2>
{_transition_table(summary['transitions_segments'], '{:,.0f}', tr)}
<h2>{escape(tr("Limits"))}</h2>
<ul><li>{escape(tr("Displacement and diffusion of crime are not modelled: crime prevented on one street may move "
                   "to, or also fall on, its neighbours."))}</li>
<li>{escape(tr("The model learns from observational data; facilities are constrained never to raise risk, not "
               "proven to lower it by this much."))}</li>{unused}</ul>
</body></html>
"""


def _transition_table(matrix, number_format, tr):
    words = [html.escape(tr(text)) for text in GRADE_WORDS]
    after, before = tr("after: {grade}"), tr("before: {grade}")
    header = "".join(f"<th>{after.format(grade=text)}</th>" for text in words)
    rows = "".join(
        f"<tr><th>{before.format(grade=words[row_grade])}</th>" + "".join(
            f"<td{' class=better' if column < row_grade and value else ''}>{number_format.format(value)}</td>"
            for column, value in enumerate(row)) + "</tr>"
        for row_grade, row in enumerate(matrix))
    return f"<table><tr><th></th>{header}</tr>{rows}</table>"
