"""A scenario summary as a page a planner can put in a council briefing, and the same numbers as CSV."""
import csv
import html
import io

GRADE_WORDS = ("1 safest", "2 safer", "3 middle", "4 less safe", "5 least safe")
KIND_WORDS = {"cctv": "CCTV sites", "lights": "security lights", "bells": "emergency bells",
              "guardhouses": "women's safety guard houses", "safe_routes": "safe-return routes"}


def summary_rows(summary):
    """``(section, item, value)`` rows: every number in the summary, flat, for CSV and for tests."""
    rows = []
    for kind, count in summary["facilities"].items():
        rows.append(("facilities", KIND_WORDS[kind], count))
        rows.append(("cost_krw", KIND_WORDS[kind], round(summary["cost_krw"][kind])))
        rows.append(("unit_cost_krw", KIND_WORDS[kind], summary["unit_costs_krw"][kind]))
    rows += [
        ("network", "safe-return route km proposed", round(summary["safe_route_km"], 3)),
        ("cost_krw", "total", round(summary["total_cost_krw"])),
        ("grades", "km in grades 4-5 before", round(summary["km_grade_4_5_before"], 3)),
        ("grades", "km in grades 4-5 after", round(summary["km_grade_4_5_after"], 3)),
        ("grades", "segments with a better grade", summary["segments_improved"]),
        ("expected_incidents", "before", round(summary["expected_incidents_before"], 4)),
        ("expected_incidents", "after", round(summary["expected_incidents_after"], 4)),
        ("expected_incidents", "reduction per million KRW",
         None if summary["risk_reduction_per_million_krw"] is None
         else round(summary["risk_reduction_per_million_krw"], 6)),
    ]
    for unit, matrix in (("segments", summary["transitions_segments"]), ("km", summary["transitions_km"])):
        for before, row in enumerate(matrix, start=1):
            for after, value in enumerate(row, start=1):
                rows.append((f"transition_{unit}", f"grade {before} to {after}",
                             round(value, 3) if unit == "km" else int(value)))
    return rows


def summary_csv(summary):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(("section", "item", "value"))
    writer.writerows(summary_rows(summary))
    return buffer.getvalue()


def summary_html(summary, title="Anshim scenario"):
    """A self-contained page: facilities and costs, grade changes, the expected-incident proxy and the limits."""
    escape = html.escape
    facilities = "".join(
        f"<tr><td>{escape(KIND_WORDS[kind])}</td><td>{count:,}</td>"
        f"<td>{summary['unit_costs_krw'][kind]:,.0f}{' per km' if kind == 'safe_routes' else ''}</td>"
        f"<td>{summary['cost_krw'][kind]:,.0f}</td></tr>"
        for kind, count in summary["facilities"].items())
    reduction = summary["risk_reduction_per_million_krw"]
    unused = "".join(f"<li>The model does not use the factors of {escape(KIND_WORDS[kind])}: they change no "
                     f"grade here.</li>" for kind in summary["unused_kinds"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}}
table{{border-collapse:collapse;margin:1em 0}}td,th{{border:1px solid #bbb;padding:.3em .6em;text-align:right}}
th:first-child,td:first-child{{text-align:left}}.better{{background:#d9f0d3}}</style></head><body>
<h1>{escape(title)}</h1>
<p>Grades run from <b>1 = safest</b> to <b>5 = least safe</b>, with the thresholds fixed when the model was
trained, so grades before and after are comparable.</p>
<h2>Proposed facilities and cost</h2>
<table><tr><th>Facility</th><th>Number</th><th>Unit cost (KRW)</th><th>Cost (KRW)</th></tr>{facilities}
<tr><th>Total</th><td></td><td></td><th>{summary['total_cost_krw']:,.0f}</th></tr></table>
<p>Safe-return routes proposed: {summary['safe_route_km']:.2f} km. Unit costs are editable planning figures, not
quotes.</p>
<h2>Effect</h2>
<table><tr><th></th><th>Before</th><th>After</th></tr>
<tr><td>Street length in grades 4–5 (km)</td><td>{summary['km_grade_4_5_before']:.2f}</td>
<td>{summary['km_grade_4_5_after']:.2f}</td></tr>
<tr><td>Expected-incident proxy</td><td>{summary['expected_incidents_before']:.2f}</td>
<td>{summary['expected_incidents_after']:.2f}</td></tr></table>
<p>Segments with a better grade: {summary['segments_improved']:,}. Reduction of the expected-incident proxy per
million KRW: {'n/a (no cost)' if reduction is None else f'{reduction:.4f}'}.</p>
<p>The expected-incident proxy sums each segment's risk (the calibrated chance of a crime on it in a period like
the training one) weighted by its night-time population relative to the network average.</p>
<h2>Grade changes (km of street)</h2>
{_transition_table(summary['transitions_km'], '{:.2f}')}
<h2>Grade changes (segments)</h2>
{_transition_table(summary['transitions_segments'], '{:,.0f}')}
<h2>Limits</h2>
<ul><li>Displacement and diffusion of crime are not modelled: crime prevented on one street may move to, or also
fall on, its neighbours.</li>
<li>The model learns from observational data; facilities are constrained never to raise risk, not proven to lower
it by this much.</li>{unused}</ul>
</body></html>
"""


def _transition_table(matrix, number_format):
    header = "".join(f"<th>after: {words}</th>" for words in GRADE_WORDS)
    rows = "".join(
        f"<tr><th>before: {GRADE_WORDS[before]}</th>" + "".join(
            f"<td{' class=better' if after < before and value else ''}>{number_format.format(value)}</td>"
            for after, value in enumerate(row)) + "</tr>"
        for before, row in enumerate(matrix))
    return f"<table><tr><th></th>{header}</tr>{rows}</table>"
