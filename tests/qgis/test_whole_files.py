"""Every file written whole or not at all (issue 21: C02, C07, K01, S34, T17, T18, E08, F21): a failed or cancelled
run leaves the previous good output and no shell; two runs on one output never corrupt it."""
import threading

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsVectorLayer

from support import digest


def streets(demo):
    return f"{demo / 'demo.gpkg'}|layername=streets"


def leftovers(folder):
    return sorted(path.name for path in folder.iterdir() if "anshim-part" in path.name)


def cancelling_at(run_algorithm, percent):
    class CancelAt(run_algorithm.Feedback):
        def setProgress(self, progress):  # noqa: N802 (QGIS's name)
            if progress >= percent:
                self.cancel()
            super().setProgress(progress)
    return CancelAt()


@pytest.mark.parametrize("cancel_at", [50, 80])
def test_c07_a_cancelled_rerun_keeps_the_earlier_good_output(demo, run_algorithm, cancel_at):
    target = demo / "seg.gpkg"
    run_algorithm("anshim:segmentstreets", {"INPUT": streets(demo), "OUTPUT": str(target)})
    before = digest(target)
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_algorithm("anshim:segmentstreets", {"INPUT": streets(demo), "MAX_LENGTH": 5, "OUTPUT": str(target)},
                      feedback=cancelling_at(run_algorithm, cancel_at))
    assert digest(target) == before
    assert leftovers(demo) == []


def test_k01_a_run_that_dies_while_writing_leaves_no_empty_shell(demo, run_algorithm, monkeypatch):
    from anshim.qgis_io import geopackage

    def dies(*args, **kwargs):
        raise MemoryError("killed while inserting")

    monkeypatch.setattr(geopackage, "_write_rtree", dies)
    target = demo / "seg.gpkg"
    with pytest.raises(QgsProcessingException, match="killed while inserting"):
        run_algorithm("anshim:segmentstreets", {"INPUT": streets(demo), "OUTPUT": str(target)})
    assert not target.exists() and leftovers(demo) == []


def test_c02_a_cancelled_shapefile_output_leaves_no_sidecar(demo, run_algorithm):
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_algorithm("anshim:segmentstreets", {"INPUT": streets(demo), "OUTPUT": str(demo / "seg.shp")},
                      feedback=cancelling_at(run_algorithm, 60))
    assert sorted(path.name for path in demo.iterdir() if path.name.startswith("seg.")) == []


def test_s34_two_runs_writing_one_output_at_once_leave_one_whole_table(demo, run_algorithm):
    target = demo / "seg.gpkg"
    errors = []

    def run(max_length):
        try:
            run_algorithm("anshim:segmentstreets", {"INPUT": streets(demo), "MAX_LENGTH": max_length,
                                                    "OUTPUT": str(target)})
        except Exception as error:  # noqa: BLE001 (recorded for the assertion)
            errors.append(error)

    threads = [threading.Thread(target=run, args=(length,)) for length in (10.0, 9.9)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    written = QgsVectorLayer(str(target), "seg", "ogr")
    count = written.featureCount()
    assert count > 0 and count == len(list(written.getFeatures()))
    assert leftovers(demo) == []


def test_t17_t18_a_model_that_cannot_be_written_leaves_neither_model_nor_card(demo, run_algorithm, monkeypatch):
    from anshim.engine.model import modelfile

    def disk_full(path, *args, **kwargs):
        with open(path, "wb") as partial:
            partial.write(b"PK\x03\x04 truncated")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(modelfile, "save_model", disk_full)
    (demo / "m.anshim").write_bytes(b"earlier model")
    with pytest.raises(QgsProcessingException, match="No space left on device"):
        run_algorithm("anshim:trainmodel", {"INPUT": f"{demo / 'demo.gpkg'}|layername=segment_factors",
                                            "MODEL": str(demo / "m.anshim"), "REPORT": str(demo / "card.html")})
    assert (demo / "m.anshim").read_bytes() == b"earlier model"
    assert not (demo / "card.html").exists() and leftovers(demo) == []


def test_e08_a_truncated_pdf_is_refused_and_the_earlier_pdf_kept(demo, run_algorithm, monkeypatch):
    from qgis.core import QgsLayoutExporter

    def truncated(self, path, settings):
        with open(path, "wb") as pdf:
            pdf.write(b"%PDF-1.4\n" + b"0" * 12_000)  # what a full disk left: no trailer, no %%EOF
        return QgsLayoutExporter.Success

    monkeypatch.setattr(QgsLayoutExporter, "exportToPdf", truncated)
    (demo / "b.pdf").write_bytes(b"earlier briefing")
    with pytest.raises(QgsProcessingException, match="incomplete"):
        run_algorithm("anshim:exportbriefing", {
            "INPUT": f"{demo / 'demo.gpkg'}|layername=graded_segments", "MODEL": str(demo / "demo.anshim"),
            "PROPOSED_SITES": f"{demo / 'demo.gpkg'}|layername=anshim_proposed_sites", "LANGUAGE": 1,
            "OUTPUT": str(demo / "b.pdf")})
    assert (demo / "b.pdf").read_bytes() == b"earlier briefing"
    assert leftovers(demo) == []


def test_written_geopackage_holds_every_row_it_promises(demo, run_algorithm):
    result, _ = run_algorithm("anshim:segmentstreets", {"INPUT": streets(demo), "OUTPUT": str(demo / "s.gpkg")})
    dataset = ogr.Open(result["OUTPUT"])
    table = dataset.GetLayer(0)
    assert table.GetFeatureCount() == sum(1 for _ in table) > 11_000
