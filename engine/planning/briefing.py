"""The council briefing's words and tables, built from scenario summaries and the model's manifest.

Every number here is read from :meth:`.scenario.ScenarioPlanner.summary` or from the manifest saved with the model
(:mod:`engine.model.training`); nothing is recomputed. The QGIS side puts these texts and rows into the print layout. Texts go
through ``tr`` (see the translation convention in the README); numbers are formatted by the helpers below, which the
tests use too, so a figure in the PDF can be matched exactly against the summary it came from.
"""
from ..factors.fields import FLAG_FACTORS, factor_for
from ..i18n import korean_won, tr_noop, untranslated
from ..model.validation import KERNEL_DENSITY, LAST_PERIOD, MODEL

TR_CONTEXT = "Briefing"

PAI_SHARE = "0.05"  # the validation share of network length the briefing reports
MAX_FACTORS = 5  # factors listed on the method page


# numbers ---------------------------------------------------------------------------------------------------------

def format_km(km):
    """Kilometres as the briefing prints them: two decimals, e.g. ``15.51 km``."""
    return f"{km:,.2f} km"


def format_krw(amount):
    """Won in Western grouping, e.g. ``75,000,000 KRW``."""
    return f"{round(amount):,} KRW"


def format_won_korean(amount):
    """Won as :func:`i18n.korean_won` writes them, rounded to the nearest 만 from 1만 up, as a council reads a
    plan's figures: ``7,500만 원``, ``1억 2,000만 원``, ``9,000원``."""
    won = int(round(amount))
    return korean_won(won if abs(won) < 10_000 else int(round(won, -4)))


# the money format of each briefing language (the LANGUAGE parameter, not the user's locale)
MONEY_FORMATS = {"en": format_krw, "ko": format_won_korean}


def format_change_percent(before, after, tr=untranslated):
    """``-3.2 %`` (Korean ``-3.2%``; ASCII minus: the Korean fonts have no U+2212); ``n/a`` without a base."""
    if not before:
        return tr("n/a")
    return tr("{change:+.1f} %").format(change=100.0 * (after - before) / before)


def format_proxy(value):
    return f"{value:,.1f}"


def format_per_million(value, tr=untranslated):
    return tr("n/a") if value is None else f"{value:,.3f}"


def format_date(date, tr=untranslated):
    """A date (``datetime.date`` or ISO text) as the briefing's language writes it: 2026-12-07, 2026. 12. 7."""
    if isinstance(date, str):
        try:
            year, month, day = (int(part) for part in date[:10].split("-"))
        except ValueError:
            return date
    else:
        year, month, day = date.year, date.month, date.day
    return tr("{year}-{month:02d}-{day:02d}").format(year=year, month=month, day=day)


# scenarios ---------------------------------------------------------------------------------------------------------

# a number of facilities of each kind, with the counter Korean plans use (개소, 곳, 개)
COUNTED = {"cctv": (tr_noop("{count} CCTV site"), tr_noop("{count} CCTV sites")),
           "lights": (tr_noop("{count} security light"), tr_noop("{count} security lights")),
           "bells": (tr_noop("{count} emergency bell"), tr_noop("{count} emergency bells")),
           "guardhouses": (tr_noop("{count} women's safety guard house"),
                           tr_noop("{count} women's safety guard houses")),
           "safe_routes": (tr_noop("{count} safe-return route"), tr_noop("{count} safe-return routes"))}


def kind_words(tr=untranslated, count=2):
    """Facility kinds (the planner's) in words, for ``count`` of them."""
    if count == 1:
        return {"cctv": tr("CCTV site"), "lights": tr("security light"), "bells": tr("emergency bell"),
                "guardhouses": tr("women's safety guard house"), "safe_routes": tr("safe-return route")}
    return {"cctv": tr("CCTV sites"), "lights": tr("security lights"), "bells": tr("emergency bells"),
            "guardhouses": tr("women's safety guard houses"), "safe_routes": tr("safe-return routes")}


def facilities_text(summary, tr=untranslated, separator=", "):
    """What a scenario proposes, by kind: ``5 CCTV sites, 2 safe-return routes (0.84 km)``."""
    parts = []
    for kind, count in summary["facilities"].items():
        if not count:
            continue
        text = tr(COUNTED[kind][0 if count == 1 else 1]).format(count=f"{count:,}")
        if kind == "safe_routes":
            text = tr("{facilities} ({km})").format(facilities=text, km=format_km(summary["safe_route_km"]))
        parts.append(text)
    return separator.join(parts) if parts else tr("no facility")


def scenario_box_text(summary, money=format_krw, tr=untranslated):
    """The page-1 box of one scenario (its name goes above it): facilities, cost, km in grades 4–5 and the
    expected-incident proxy before → after, and the proxy's reduction per million KRW."""
    before, after = summary["expected_incidents_before"], summary["expected_incidents_after"]
    lines = [
        tr("Facilities: {facilities}").format(facilities=facilities_text(summary, tr)),
        tr("Total cost: {cost}").format(cost=money(summary["total_cost_krw"])),
        tr("Km in grades 4-5: {before} → {after}").format(before=format_km(summary["km_grade_4_5_before"]),
                                                           after=format_km(summary["km_grade_4_5_after"])),
        tr("Expected-incident proxy: {before} → {after} ({change})").format(
            before=format_proxy(before), after=format_proxy(after), change=format_change_percent(before, after, tr)),
        tr("Reduction per million KRW: {value}").format(
            value=format_per_million(summary["risk_reduction_per_million_krw"], tr)),
    ]
    return "\n".join(lines)


def best_scenario(names, summaries):
    """The scenario that lowers the expected-incident proxy most (the cheaper one on a tie)."""
    def key(name):
        summary = summaries[name]
        return (summary["expected_incidents_before"] - summary["expected_incidents_after"],
                -summary["total_cost_krw"])
    return max(names, key=key)


def box_title(name, best, count, tr=untranslated):
    """A scenario box's title: its name, marked when it is the best of several."""
    return tr("{name} (largest reduction)").format(name=name) if name == best and count > 1 else name


def comparison_rows(names, summaries, money=format_krw, tr=untranslated):
    """The page-2 comparison: one row per indicator, one column per scenario, the first column names the row."""
    def row(label, value_of):
        return [label] + [value_of(summaries[name]) for name in names]
    return [
        row(tr("Facilities"), lambda s: facilities_text(s, tr, "\n")),
        row(tr("Total cost"), lambda s: money(s["total_cost_krw"])),
        row(tr("Km in grades 4-5 before"), lambda s: format_km(s["km_grade_4_5_before"])),
        row(tr("Km in grades 4-5 after"), lambda s: format_km(s["km_grade_4_5_after"])),
        row(tr("Segments with a better grade"), lambda s: f"{s['segments_improved']:,}"),
        row(tr("Expected-incident proxy before"), lambda s: format_proxy(s["expected_incidents_before"])),
        row(tr("Expected-incident proxy after"), lambda s: tr("{value} ({change})").format(
            value=format_proxy(s["expected_incidents_after"]),
            change=format_change_percent(s["expected_incidents_before"], s["expected_incidents_after"], tr))),
        row(tr("Proxy reduction per million KRW"),
            lambda s: format_per_million(s["risk_reduction_per_million_krw"], tr)),
    ]


def facility_rows(names, summaries, money=format_krw, tr=untranslated):
    """The page-2 facility list: scenario, facility, number, unit cost, cost; one row per kind proposed."""
    words = kind_words(tr)
    rows = []
    for name in names:
        summary = summaries[name]
        for kind, count in summary["facilities"].items():
            if not count:
                continue
            unit = money(summary["unit_costs_krw"][kind])
            number = f"{count:,}"
            if kind == "safe_routes":
                unit = tr("{cost} per km").format(cost=unit)
                number = tr("{count} ({km})").format(count=number, km=format_km(summary["safe_route_km"]))
            rows.append([name, words[kind], number, unit, money(summary["cost_krw"][kind])])
    return rows


# method and limits -------------------------------------------------------------------------------------------------

def ranking_words(tr=untranslated):
    return {MODEL: tr("Anshim model"), KERNEL_DENSITY: tr("Kernel density of past crimes"),
            LAST_PERIOD: tr("Last period's crime count")}


def _pai(validation, ranking, tr=untranslated):
    scores = ((validation or {}).get("scores") or {}).get(ranking) or {}
    value = (scores.get("at_length_share") or {}).get(PAI_SHARE, {}).get("pai")
    return tr("n/a") if value is None else f"{value:.2f}"


def validation_rows(manifest, tr=untranslated):
    """PAI at 5 % of network length of the model and its two baselines, by street and on the later period."""
    validation = manifest.get("validation") or {}
    return [[label, _pai(validation.get("grouped_cv"), ranking, tr),
             _pai(validation.get("temporal_holdout"), ranking, tr)]
            for ranking, label in ranking_words(tr).items()]


def factor_rows(manifest, tr=untranslated, limit=MAX_FACTORS, fields_tr=untranslated):
    """The factors the model leans on most (drop in cross-validated ROC-AUC when shuffled), largest first;
    ``fields_tr`` translates the factor descriptions (:mod:`engine.factors.fields`' context)."""
    importance = ((manifest.get("validation") or {}).get("grouped_cv") or {}).get("importance") or {}
    ranked = sorted(importance.items(), key=lambda item: -(item[1].get("roc_auc_drop") or 0.0))
    directions = {-1: tr("more of it never raises risk"), +1: tr("farther away never lowers risk"),
                  0: tr("learned from the data")}
    settings = manifest.get("factor_settings") or {}
    radii = {"CCTV_RADIUS": settings.get("cctv_radius_m"), "LIGHT_RADIUS": settings.get("light_radius_m")}

    def description(name):
        text = factor_for(name).describe(fields_tr)
        for parameter, radius_m in radii.items():  # the reach the model was trained with, not a parameter id
            text = text.replace(parameter, f"{radius_m:g} m" if radius_m else tr("the counting radius"))
        return text
    return [[description(name), tr("having it never raises risk") if name in FLAG_FACTORS
             and factor_for(name).safety_direction < 0 else directions[factor_for(name).safety_direction],
             f"{values.get('roc_auc_drop') or 0.0:.3f}"]
            for name, values in ranked[:limit] if (values.get("roc_auc_drop") or 0.0) > 0]


def evidence_rows(tr=untranslated):
    """What studies found for the facilities proposed, as ranges with their sources."""
    return [
        [tr("Street lighting"), tr("-21 % crime (13 studies)"),
         tr("Welsh & Farrington 2008, Campbell Systematic Reviews 2008:13")],
        [tr("Street lighting, randomised trial"), tr("at least -36 % night-time outdoor serious crime"),
         tr("Chalfin et al. 2022, J. Quant. Criminology 38:127")],
        [tr("CCTV"), tr("-16 % overall, -51 % in car parks; not significant in town centres"),
         tr("Welsh & Farrington 2009")],
        [tr("CCTV"), tr("modest decrease; larger in residential areas and with active monitoring"),
         tr("Piza et al. 2019, Criminology & Public Policy 18:135")],
    ]


def _years(years):
    return ", ".join(str(year) for year in years or [])


def _crimes(data):
    """The training crimes as shown: a model trained from counts per area records a total below 3 as None."""
    crimes = data.get("training_crimes", 0)
    return "<3" if crimes is None else f"{crimes:,}"


def method_text(manifest, tr=untranslated):
    """The model in plain words, with the crimes it learned from."""
    data = manifest.get("data") or {}
    if data.get("train_years"):
        learned = tr("It learned from {crimes} crimes of {years}.").format(
            crimes=_crimes(data), years=_years(data["train_years"]))
    else:
        learned = tr("It learned from {crimes} crimes without dates.").format(
            crimes=_crimes(data))
    return " ".join([
        tr("The streets are cut into pieces of about 10 m. For every piece a machine-learning model weighs its "
           "surroundings (cameras and lights nearby, distance to emergency bells, guard houses and police boxes, "
           "safe-return routes, night-time population, street layout) to estimate how likely a crime is there."),
        learned,
        tr("Pieces are graded by street length: the riskiest 5 % of length is grade 5 (least safe), the safest "
           "35 % grade 1. A proposed facility changes only the streets it reaches, and the model is built so that "
           "a facility never makes a street riskier. The expected-incident proxy adds up the risk of every piece, "
           "counting pieces with more people out at night more; it compares scenarios, it is not a forecast."),
        tr("Validation: PAI = share of crimes on the flagged streets / share of street length flagged, for the "
           "riskiest 5 % of length; 1 is no better than chance. Whole streets were held out together, and the model "
           "was also tested on a later year than it learned from, against two simple baselines."),
    ])


def limits_text(tr=untranslated):
    return "\n".join([
        tr("- Displacement and diffusion of crime are not modelled: a new light may push crime to the next street, "
           "or protect it too."),
        tr("- Observational data: cameras and lights stand where crime already was, so their effect here is an "
           "assumption built into the model (never harmful), not a measured causal effect."),
        tr("- The studies above measured crime, not fear of crime; effects vary from place to place."),
        tr("- Grades compare streets within this district and period; unit costs are planning figures, not quotes."),
        tr("- CCTV sites are sensitive: camera points are drawn only where the briefing's author allowed it."),
    ])


def proposals_text(layers, sites, routes, tr=untranslated):
    """Where the proposals came from: ``layers`` their layer names, ``sites`` and ``routes`` how many were read."""
    return tr("{sites} proposed sites and {routes} proposed routes from {layers}").format(
        sites=f"{sites:,}", routes=f"{routes:,}", layers=", ".join(layers) or tr("no layer"))


def data_text(manifest, sources, tr=untranslated):
    """Data sources with their dates and the CRS. ``sources``: segments, model, proposals (names), crs, made."""
    data = manifest.get("data") or {}
    trained_at = str((manifest.get("training") or {}).get("trained_at", ""))[:10]
    trained_at = format_date(trained_at, tr) if trained_at else tr("unknown date")
    if not data.get("train_years"):
        period = tr("crimes without dates")
    elif data.get("test_years"):
        period = tr("crimes of {train} (learning), {test} (test)").format(
            train=_years(data.get("train_years")), test=_years(data.get("test_years")))
    else:
        period = tr("crimes of {train} (learning)").format(train=_years(data.get("train_years")))
    return "\n".join([
        tr("Streets: {segments} ({count} segments, {km}); coordinates in {crs}.").format(
            segments=sources["segments"], count=f"{data.get('segments', 0):,}",
            km=format_km(data.get("network_km") or 0.0), crs=sources["crs"]),
        tr("Model: {model}, trained on {date} from {period}.").format(model=sources["model"], date=trained_at,
                                                                      period=period),
        tr("Proposals: {proposals}.").format(proposals=sources["proposals"]),
        tr("Briefing made on {date} with Anshim.").format(date=format_date(sources["made"], tr)),
    ])


def synthetic_notice(tr=untranslated):
    return tr("The crimes this model learned from are SYNTHETIC (generated for a demonstration, not police "
              "records). Its grades and figures show how the method works; they say nothing about real safety.")


# the whole layout ------------------------------------------------------------------------------------------------

def district_text(layer_name, segments, km, tr=untranslated):
    """Page 1's lead: the network in numbers (the layer's name is for the data sources on page 3, not the council)."""
    return tr("The district's streets: {km} in {count} segments").format(km=format_km(km), count=f"{segments:,}")


def layout_labels(heading, names, best, manifest, sources, cctv_hidden=False, tr=untranslated):
    """Every label of the layout by template item id. ``heading``: title, organisation, date, district;
    ``cctv_hidden``: proposed CCTV sites are counted but not drawn."""
    count = len(names)
    synthetic = bool(manifest.get("synthetic_crimes"))
    return {
        "title": heading["title"],
        "organisation": heading["organisation"],
        "date": tr("Date: {date}").format(date=format_date(heading["date"], tr)),
        "district": heading["district"],
        "decision_text": " ".join([
            tr("Decision sought: which scenario of safety facilities to fund.") if count == 1 else
            tr("Decision sought: which of these {count} scenarios of safety facilities to fund.").format(count=count),
            tr("Grades run from 1 (safest) to 5 (least safe). The expected-incident proxy adds up the crime risk of "
               "every street, counting streets with more people out at night more: lower is better.")]),
        "map_before_title": tr("Before: safety grades today"),
        "map_after_title": tr("After: {name}").format(name=best),
        "page1_note": " ".join(
            ([tr("SYNTHETIC crimes: this model learned from generated crimes, not police records; the figures show "
                 "the method, not real safety.")] if synthetic else
             [tr("Displacement and diffusion of crime are not modelled.")])
            + ([tr("Proposed CCTV sites are counted and costed but not drawn (CCTV locations are sensitive).")]
               if cctv_hidden else [])
            + [tr("Method, evidence and limits: page 3.")]),
        "comparison_title": tr("Comparing the scenarios"),
        "change_map_title": tr("Where {name} makes streets safer (green: better grade; grey: unchanged). It "
                               "lowers the expected-incident proxy most.").format(name=best) if count > 1 else
        tr("Where {name} makes streets safer (green: better grade; grey: unchanged)").format(name=best),
        "facility_title": tr("Proposed facilities and their cost"),
        "method_title": tr("Method and limits"),
        "synthetic_notice": synthetic_notice(tr) if synthetic else "",
        "method_text": method_text(manifest, tr),
        "validation_title": tr("How well the model finds crime: PAI at 5 % of street length"),
        "factors_title": tr("Factors that matter most"),
        "evidence_title": tr("What studies found"),
        "limits_title": tr("What the figures do not show"),
        "limits_text": limits_text(tr),
        "data_title": tr("Data sources"),
        "data_text": data_text(manifest, sources, tr),
    }


def layout_tables(names, summaries, manifest, money=format_krw, tr=untranslated, fields_tr=untranslated):
    """Every table of the layout by template item id: ``(headers, rows, column width fractions)``."""
    first = 0.34 if len(names) <= 2 else 0.26  # the indicator column gives way to more scenarios
    others = (1.0 - first) / max(len(names), 1)
    factors = factor_rows(manifest, tr, fields_tr=fields_tr) or [[tr("not available"), "", ""]]
    facilities = facility_rows(names, summaries, money, tr) or [[tr("no facility"), "", "", "", ""]]
    return {
        "comparison_table": ([tr("Indicator")] + list(names), comparison_rows(names, summaries, money, tr),
                             [first] + [others] * len(names)),
        "facility_table": ([tr("Scenario"), tr("Facility"), tr("Number"), tr("Unit cost"), tr("Cost")],
                           facilities, [0.22, 0.25, 0.15, 0.19, 0.19]),
        "validation_table": ([tr("Ranking"), tr("Whole streets held out"), tr("Later year")],
                             validation_rows(manifest, tr), [0.5, 0.25, 0.25]),
        "factors_table": ([tr("Factor"), tr("In the model"), tr("Weight")], factors, [0.55, 0.32, 0.13]),
        "evidence_table": ([tr("Measure"), tr("Effect found"), tr("Source")], evidence_rows(tr),
                           [0.24, 0.4, 0.36]),
    }
