"""`make demo`'s evaluation step: a simulated installation history on the demo district, evaluated with
anshim:evaluateinterventions (called from run_demo.py once QGIS runs and the district is graded).

Writes evaluation_history.gpkg (the installed sites, anshim_installed_sites, and the five years of simulated dated
crimes, evaluation_crimes), the evaluated segments to anshim_demo.gpkg, evaluation_table.gpkg, and
evaluation_report.html and evaluation_report_ko.html; prints each group's predicted, realised and true change.
"""
import os

import numpy as np
from qgis.core import (QgsCoordinateTransformContext, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorFileWriter,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QCoreApplication

from console import padded

SEED = 1
# the console follows QGIS's language, like the rest of make demo
TR_CONTEXT = "DemoEvaluation"


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


def tr_noop(text):
    """Marks ``text`` for extraction; translated where it is printed."""
    return text


# the simulated history's site kinds, as the console names them (its scenarios are named by run_demo.py)
KIND_WORDS = {"light": tr_noop("security lights"), "cctv": tr_noop("CCTV")}


def _layer(uri, name, points, rows):
    layer = QgsVectorLayer(uri, name, "memory")
    features = []
    for (x, y), row in zip(points, rows):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        feature.setAttributes(list(row))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _save(layer, path, table):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.layerName = table
    options.actionOnExistingFile = (QgsVectorFileWriter.CreateOrOverwriteLayer if os.path.exists(path)
                                    else QgsVectorFileWriter.CreateOrOverwriteFile)
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, QgsCoordinateTransformContext(), options)[0]
    if error != QgsVectorFileWriter.NoError:
        raise RuntimeError(f"could not write {table} to {path}")
    return f"{path}|layername={table}"


def simulated_layers(path, crs, names=None):
    """The installation history of :func:`engine.demo.installations.simulate_installations` as layers in
    ``path``: ``(sites uri, crimes uri, district, history)``."""
    from anshim.engine.demo.district import generate_district
    from anshim.engine.demo.installations import simulate_installations
    from anshim.engine.network.spatial import SegmentIndex
    district = generate_district()
    index = SegmentIndex(district.segments.lines)
    history = simulate_installations(district, SEED, district.true_risk, index=index)
    sites = _layer(f"Point?crs={crs}&field=scenario:string&field=kind:string&field=cameras:integer"
                   "&field=note:string&field=installed_on:string", "installed",
                   [(f.proposal.x, f.proposal.y) for f in history.facilities],
                   [((names or {}).get(f.scenario, f.scenario), f.kind, f.proposal.cameras, f.proposal.note,
                     str(f.installed_on))
                    for f in history.facilities])
    jitter = np.random.default_rng(SEED).uniform(-2.0, 2.0, (len(history.crime_segment), 2))
    crimes = _layer(f"Point?crs={crs}&field=date:string", "crimes",
                    index.midpoints[history.crime_segment] + jitter, [(str(d),) for d in history.crime_dates])
    return _save(sites, path, "anshim_installed_sites"), _save(crimes, path, "evaluation_crimes"), district, history


def true_changes(district, history):
    """Per group name, the ground truth's change (%) on the treated streets of the district's own segments."""
    from anshim.engine.demo.installations import true_rate_ratio
    from anshim.engine.planning.evaluation import evaluate
    evaluation = evaluate(district.segments.lines, history.facilities, history.crime_segment, history.crime_dates,
                          risk=district.true_risk)
    return {(group.scenario, group.kind): 100.0 * (true_rate_ratio(history, group.treated, group.treated_month, 12)
                                                   - 1.0) for group in evaluation.groups}


def evaluate_demo(out, graded_layer, model, run, names=None):
    """Run the evaluation (report in QGIS's language, then in Korean) and print predicted, realised and true."""
    from qgis import processing

    from anshim.qgis_io.i18n import install_translator
    path = str(out / "anshim_demo.gpkg")
    sites, crimes, district, history = simulated_layers(str(out / "evaluation_history.gpkg"),
                                                        graded_layer.crs().authid(), names)
    simulated_name = {shown: name for name, shown in (names or {}).items()}
    parameters = {"INPUT": graded_layer.source(), "INSTALLED_SITES": sites, "CRIMES": crimes,
                  "CRIME_DATE_FIELD": "date", "WINDOW_MONTHS": 12, "MODEL": model}
    result = run("anshim:evaluateinterventions", {
        **parameters, "OUTPUT": f"ogr:dbname='{path}' table=\"evaluation_segments\" (geom)",
        "TABLE": str(out / "evaluation_table.gpkg"), "REPORT": str(out / "evaluation_report.html")})
    install_translator("ko")  # the Korean report too, whatever QGIS's language: not printed as a step
    processing.run("anshim:evaluateinterventions", {**parameters, "OUTPUT": "TEMPORARY_OUTPUT",
                                                    "TABLE": "TEMPORARY_OUTPUT",
                                                    "REPORT": str(out / "evaluation_report_ko.html")})
    install_translator()
    table = QgsVectorLayer(result["TABLE"], "evaluation", "ogr")
    truth = true_changes(district, history)
    print("\n" + tr("Did it work? Simulated installations evaluated against matched streets:"))
    print("  " + "  ".join((padded(tr("group"), 30), padded(tr("rate ratio (95% interval)"), 20),
                            tr("predicted"), tr("realised"), tr("true"), tr("verdict"))))
    for feature in table.getFeatures():
        value = {name: _plain(feature[name]) for name in ("rate_ratio", "rr_low", "rr_high", "predicted_change_pct",
                                                          "realised_change_pct")}
        group = "{scenario} · {kind}".format(scenario=feature["scenario"],
                                             kind=tr(KIND_WORDS.get(feature["kind"], feature["kind"])))
        ratio = ("–" if value["rate_ratio"] is None
                 else f"{value['rate_ratio']:.2f} ({value['rr_low']:.2f}~{value['rr_high']:.2f})")
        true = truth.get((simulated_name.get(feature["scenario"], feature["scenario"]), feature["kind"]))
        print("  " + "  ".join((padded(group, 30), padded(ratio, 20), _percent(value["predicted_change_pct"]),
                                _percent(value["realised_change_pct"]), _percent(true), feature["verdict"])))


def _plain(value):
    """A table value, None for NULL (QGIS 3.22 gives a NULL QVariant, later versions None) or empty."""
    if value is None or value == "" or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def _percent(value):
    return "–" if value is None or value == "" else f"{value:+.0f}%"
