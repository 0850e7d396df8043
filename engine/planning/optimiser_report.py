"""The siting optimiser's result as a page: the cost–benefit curve (an inline SVG), the ranked sites, the method's
figures and its limits."""
import html

from ..i18n import money_values, untranslated

TR_CONTEXT = "OptimiserReport"
_WIDTH, _HEIGHT, _MARGIN = 640, 320, (70, 20, 30, 50)  # left, right, top, bottom


def kind_words(tr=untranslated):
    return {"cctv": tr("CCTV site"), "light": tr("security light"), "bell": tr("emergency bell"),
            "guardhouse": tr("women's safety guard house")}


def strategy_words(tr=untranslated):
    return {"cost-benefit greedy": tr("cost-benefit greedy"), "unit-cost greedy": tr("unit-cost greedy"),
            "best single site": tr("best single site")}


def objective_words(objective, tr=untranslated):
    return (tr("reduction of the expected-incident proxy") if objective == 0
            else tr("reduction of street km in grades 4–5"))


def cost_benefit_svg(result, tr=untranslated):
    """The cumulative gain against the cumulative cost of the ranked picks, as a step curve in an SVG."""
    left, right, top, bottom = _MARGIN
    width, height = _WIDTH - left - right, _HEIGHT - top - bottom
    costs = [0.0] + [pick.cumulative_cost_krw / 1e6 for pick in result.picks]
    gains = [0.0] + [pick.cumulative_gain for pick in result.picks]
    x_max = max(result.budget_krw / 1e6, costs[-1], 1e-9)
    y_max = max(gains[-1], 1e-12) * 1.05

    def x(value):
        return left + width * value / x_max

    def y(value):
        return top + height * (1.0 - value / y_max)

    points = " ".join(f"{x(c):.1f},{y(g):.1f}" for c, g in zip(costs, gains))
    ticks = []
    for i in range(5):
        cost, gain = x_max * i / 4, y_max * i / 4
        ticks.append(f'<line x1="{x(cost):.1f}" y1="{top + height}" x2="{x(cost):.1f}" y2="{top + height + 5}" '
                     f'stroke="#555"/><text x="{x(cost):.1f}" y="{top + height + 18}" text-anchor="middle">'
                     f'{cost:,.0f}</text>')
        ticks.append(f'<line x1="{left - 5}" y1="{y(gain):.1f}" x2="{left}" y2="{y(gain):.1f}" stroke="#555"/>'
                     f'<text x="{left - 8}" y="{y(gain) + 4:.1f}" text-anchor="end">{gain:.3g}</text>')
    markers = "".join(f'<circle cx="{x(c):.1f}" cy="{y(g):.1f}" r="2.5" fill="#1b7837"/>'
                      for c, g in zip(costs[1:], gains[1:]))
    budget = (f'<line x1="{x(result.budget_krw / 1e6):.1f}" y1="{top}" x2="{x(result.budget_krw / 1e6):.1f}" '
              f'y2="{top + height}" stroke="#b2182b" stroke-dasharray="4 3"/>'
              f'<text x="{x(result.budget_krw / 1e6) - 4:.1f}" y="{top + 12}" text-anchor="end" fill="#b2182b">'
              f'{html.escape(tr("budget"))}</text>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{_WIDTH}" height="{_HEIGHT}" '
            f'viewBox="0 0 {_WIDTH} {_HEIGHT}" font-family="sans-serif" font-size="11" role="img">'
            f'<rect x="{left}" y="{top}" width="{width}" height="{height}" fill="#fafafa" stroke="#999"/>'
            f'{"".join(ticks)}{budget}<polyline points="{points}" fill="none" stroke="#1b7837" stroke-width="2"/>'
            f'{markers}<text x="{left + width / 2}" y="{_HEIGHT - 8}" text-anchor="middle">'
            f'{html.escape(tr("cumulative cost (million KRW)"))}</text>'
            f'<text transform="translate(14 {top + height / 2}) rotate(-90)" text-anchor="middle">'
            f'{html.escape(objective_words(result.objective, tr))}</text></svg>')


def optimiser_html(result, tr=untranslated, title=None):
    """A self-contained page for a briefing: the curve, the ranked sites and how they were found."""
    escape = html.escape
    title = title or tr("Anshim: best sites for the budget")
    summary = result.summary
    kinds, strategies_named = kind_words(tr), strategy_words(tr)
    rows = "".join(
        f"<tr><td>{pick.rank}</td><td>{escape(kinds[pick.kind])}</td><td>{pick.cameras}</td>"
        f"<td>{pick.x:,.1f}</td><td>{pick.y:,.1f}</td><td>{pick.cost_krw:,.0f}</td><td>{pick.gain:.4f}</td>"
        f"<td>{pick.cumulative_cost_krw:,.0f}</td><td>{pick.cumulative_gain:.4f}</td></tr>"
        for pick in result.picks)
    strategies = "".join(
        f"<li>{escape(strategies_named[name])}: {gain:.4f}</li>" for name, gain in result.strategy_gains.items())
    reduction = summary["expected_incidents_before"] - summary["expected_incidents_after"]
    per_million = reduction / (result.total_cost_krw / 1e6) if result.total_cost_krw > 0 else 0.0
    fewer = result.plain_greedy_calls / result.oracle_calls if result.oracle_calls else 0.0
    figures = tr(
        "{picks} sites chosen from {candidates:,} candidates for {cost:,.0f} KRW of a {budget:,.0f} KRW budget. "
        "Expected-incident proxy {before:.2f} before, {after:.2f} after ({per_million:.4f} less per million "
        "KRW of new sites); street km in grades 4–5 {km_before:.2f} before, {km_after:.2f} after.").format(
        picks=len(result.picks), candidates=result.n_candidates, **money_values("cost", result.total_cost_krw, False),
        **money_values("budget", result.budget_krw, False), before=summary["expected_incidents_before"],
        after=summary["expected_incidents_after"], per_million=per_million,
        km_before=summary["km_grade_4_5_before"], km_after=summary["km_grade_4_5_after"])
    method = tr(
        "Chosen by: {strategy}, then {swaps} swaps. The scenario engine measured {calls:,} marginal gains, where "
        "greedy without laziness would have measured {plain:,} ({fewer:.1f}× more). Diminishing returns failed "
        "on {violations:,} of {reevaluations:,} re-measured gains ({rate:.1f} %).").format(
        strategy=strategies_named[result.strategy], swaps=result.swaps, calls=result.oracle_calls,
        plain=result.plain_greedy_calls, fewer=fewer, violations=result.violations,
        reevaluations=result.reevaluations, rate=100.0 * result.violation_rate)
    headers = "".join(f"<th>{escape(text)}</th>" for text in (
        tr("Rank"), tr("Facility"), tr("Cameras"), "x", "y", tr("Cost (KRW)"), tr("Gain"), tr("Cumulative cost (KRW)"),
        tr("Cumulative gain")))
    return f"""<!DOCTYPE html>
<html lang="{escape(tr('en'))}"><head><meta charset="utf-8"><title>{escape(title)}</title>
<style>body{{font-family:sans-serif;max-width:64em;margin:2em auto;color:#222}}
table{{border-collapse:collapse;margin:1em 0}}td,th{{border:1px solid #bbb;padding:.25em .5em;text-align:right}}
</style></head><body>
<h1>{escape(title)}</h1>
<p>{escape(figures)}</p>
<h2>{escape(tr("Cost–benefit curve"))}</h2>
{cost_benefit_svg(result, tr)}
<p>{escape(tr("Each dot is one more site, in rank order; the curve flattens where further sites add little."))}</p>
<h2>{escape(tr("Ranked sites"))}</h2>
<table><tr>{headers}</tr>{rows}</table>
<p>{escape(tr("Gain: the site's {objective} after the sites ranked above it.").format(
        objective=objective_words(result.objective, tr)))}</p>
<h2>{escape(tr("Method"))}</h2>
<p>{escape(method)}</p>
<p>{escape(tr("Objective before the swap pass, by strategy:"))}</p><ul>{strategies}</ul>
<h2>{escape(tr("Limits"))}</h2>
<ul><li>{escape(tr("Greedy search is guaranteed close to the best only when sites have diminishing returns; "
                   "here they need not (counts within a radius and grade thresholds interact), as the failure "
                   "count above shows."))}</li>
<li>{escape(tr("Only the candidate sites were considered; a site off the candidates may do better."))}</li>
<li>{escape(tr("Displacement and diffusion of crime are not modelled: crime prevented on one street may move to, "
               "or also fall on, its neighbours."))}</li>
<li>{escape(tr("Unit costs are editable planning figures, not quotes."))}</li></ul>
</body></html>
"""
