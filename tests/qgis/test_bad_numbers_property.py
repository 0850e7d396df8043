"""Property (issue 21, must-show 2): any bad value in any numeric parameter of any Anshim algorithm — NaN,
infinities, huge, negative, zero, empty, text, wrong types — gives a clear message or a result, never an
unexpected error (the base class's "stopped:" sentence, a traceback) or a hang, and leaves every input file
byte-identical."""
import hashlib
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from osgeo import gdal
from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingParameterNumber

SUBSET = {"segments": "fid <= 1500", "segment_factors": "fid <= 1500", "graded_segments": "fid <= 1500",
          "streets": "fid <= 120"}
BAD_VALUES = st.one_of(
    st.sampled_from([float("nan"), float("inf"), float("-inf"), 1e300, -1e300, 1e18, -1.0, -1e9, 0, 0.0, 0.5, "",
                     "abc", "nan", "1e999", "-0", [], [1, 2], {"a": 1}, True]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-2 ** 70, max_value=2 ** 70),
    st.text(max_size=5))


@pytest.fixture(scope="module")
def small_district(demo_run, tmp_path_factory):
    """A part of the demo district (about 1,500 segments), its model and raster: quick to run whole."""
    folder, _ = demo_run
    target = tmp_path_factory.mktemp("small")
    source = str(folder / "anshim_demo.gpkg")
    for number, table in enumerate(["segments", "segment_factors", "graded_segments", "streets", "cctv", "lights",
                                    "synthetic_crimes", "guardhouses", "police", "safe_routes",
                                    "anshim_proposed_sites"]):
        gdal.VectorTranslate(str(target / "small.gpkg"), source, layers=[table], where=SUBSET.get(table),
                             accessMode=None if number == 0 else "update")
    # the demo's simulated installation history, on the whole graded district it was drawn on
    gdal.VectorTranslate(str(target / "small.gpkg"), source, layers=["graded_segments"], layerName="graded_all",
                         accessMode="update")
    for table in ("anshim_installed_sites", "evaluation_crimes"):
        gdal.VectorTranslate(str(target / "small.gpkg"), str(folder / "evaluation_history.gpkg"), layers=[table],
                             accessMode="update")
    shutil.copy(folder / "anshim_demo.anshim", target / "small.anshim")
    return target


def base_parameters(algorithm_id, folder, output):
    def layer(name):
        return f"{folder / 'small.gpkg'}|layername={name}"
    model = str(folder / "small.anshim")
    return {
        "segmentstreets": {"INPUT": layer("streets"), "OUTPUT": str(output / "o.gpkg")},
        "computefactors": {"INPUT": layer("segments"), "CCTV": layer("cctv"), "LIGHTS": layer("lights"),
                           "CRIMES": layer("synthetic_crimes"), "OUTPUT": str(output / "o.gpkg")},
        "trainmodel": {"INPUT": layer("segment_factors"), "MODEL": str(output / "m.anshim")},
        "gradestreets": {"INPUT": layer("segment_factors"), "MODEL": model, "OUTPUT": str(output / "o.gpkg")},
        "simulatescenario": {"INPUT": layer("graded_segments"), "MODEL": model,
                             "PROPOSED_SITES": layer("anshim_proposed_sites"), "SCENARIO": "Lights and bells",
                             "OUTPUT": str(output / "o.gpkg"), "SUMMARY": str(output / "s.html")},
        "auditroutes": {"INPUT": layer("graded_segments"), "ROUTES": layer("safe_routes"),
                        "LIGHTS": layer("lights"), "CCTV": layer("cctv"), "OUTPUT": str(output / "o.gpkg")},
        "saferoute": {"INPUT": layer("graded_segments"), "ORIGINS": layer("guardhouses"),
                      "DESTINATIONS": layer("police"), "OUTPUT": str(output / "o.gpkg")},
        "optimisesites": {"INPUT": layer("graded_segments"), "MODEL": model, "BUDGET": 10_000_000,
                          "OUTPUT": str(output / "o.gpkg")},
        "exportbriefing": {"INPUT": layer("graded_segments"), "MODEL": model,
                           "PROPOSED_SITES": layer("anshim_proposed_sites"), "LANGUAGE": 1,
                           "OUTPUT": str(output / "b.pdf")},
        "generatedemo": {"OUTPUT": str(output / "d.gpkg"), "POPULATION": str(output / "p.tif")},
        "evaluateinterventions": {"INPUT": layer("graded_all"), "INSTALLED_SITES": layer("anshim_installed_sites"),
                                  "CRIMES": layer("evaluation_crimes"), "CRIME_DATE_FIELD": "date",
                                  "OUTPUT": str(output / "o.gpkg"), "TABLE": str(output / "t.gpkg")},
        "comparegrades": {"INPUT": layer("graded_segments"), "PREVIOUS": layer("graded_all"),
                          "OUTPUT": str(output / "o.gpkg"), "TABLE": str(output / "t.gpkg")},
    }.get(algorithm_id)


def numeric_parameters():
    from anshim.processing_algorithms.provider import AnshimProvider  # noqa: F401 (registered by the plugin)
    found = []
    for algorithm in sorted(QgsApplication.processingRegistry().providerById("anshim").algorithms(),
                            key=lambda algorithm: algorithm.id()):
        for definition in algorithm.parameterDefinitions():
            if isinstance(definition, QgsProcessingParameterNumber):
                found.append((algorithm.name(), definition.name()))
    return found


def digests(folder):
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(Path(folder).iterdir())
            if path.is_file() and not path.name.endswith(".aux.xml")}


def test_every_numeric_parameter_is_covered(anshim_plugin, tmp_path):
    pairs = numeric_parameters()
    assert len(pairs) >= 40
    assert all(base_parameters(algorithm, tmp_path, tmp_path) is not None for algorithm, _ in pairs)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(data=st.data())
def test_bad_numbers_give_a_message_or_a_result_and_leave_inputs_alone(anshim_plugin, small_district,
                                                                      run_algorithm, data):
    algorithm, parameter = data.draw(st.sampled_from(numeric_parameters()), label="parameter")
    value = data.draw(BAD_VALUES, label="value")
    before = digests(small_district)
    output = Path(tempfile.mkdtemp(dir=small_district.parent))
    parameters = {**base_parameters(algorithm, small_district, output), parameter: value}
    try:
        results, _ = run_algorithm(f"anshim:{algorithm}", parameters)
    except QgsProcessingException as error:
        message = str(error)
        assert message.strip() and "Traceback" not in message
        assert " stopped: " not in message, f"{algorithm} {parameter}={value!r}: unexpected error: {message}"
    else:
        assert results, f"{algorithm} {parameter}={value!r} gave neither a result nor a message"
    finally:
        shutil.rmtree(output, ignore_errors=True)
    assert digests(small_district) == before
