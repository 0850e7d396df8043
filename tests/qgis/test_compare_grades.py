"""anshim:comparegrades: last period's grades against this period's on the same street, re-segmented."""
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer
from support import memory_layer

CRS = "EPSG:5186"


def graded(grades, piece_m=10.0, start_x=0.0, name="graded"):
    wkts = [f"LINESTRING({start_x + piece_m * k} 0, {start_x + piece_m * (k + 1)} 0)" for k in range(len(grades))]
    return memory_layer("LineString", CRS, wkts, [("risk", "double"), ("grade", "integer")],
                        [(0.1 * grade, grade) for grade in grades], name)


def test_moves_are_found_and_km_by_grade_tabled(run_algorithm, tmp_path):
    previous = graded([2, 3, 5, 4], name="last year")
    current = graded([1, 3, 5, 5, 2], name="this year")  # one segment more at the end of the street
    result, messages = run_algorithm("anshim:comparegrades", {
        "INPUT": current, "PREVIOUS": previous, "OUTPUT": str(tmp_path / "moves.gpkg"),
        "TABLE": str(tmp_path / "km.gpkg")})
    moves = QgsVectorLayer(result["OUTPUT"], "moves", "ogr")
    rows = sorted(([f.geometry().centroid().asPoint().x(), f["previous_grade"], f["grade_change"], f["change"]]
                   for f in moves.getFeatures()), key=lambda row: row[0])
    assert [row[1:] for row in rows] == [[2, -1, "safer"], [3, 0, "same"], [5, 0, "same"], [4, 1, "less_safe"],
                                         [0, 0, "new"]]
    table = QgsVectorLayer(result["TABLE"], "km", "ogr")
    km = {f["grade"]: (f["km_before"], f["km_after"]) for f in table.getFeatures()}
    assert km[5] == pytest.approx((0.01, 0.02)) and km[2] == pytest.approx((0.01, 0.01))
    assert any("1 segments moved to a safer grade, 1 to a less safe one; 1 are new" in m for m in messages)


def test_gradings_of_different_streets_are_refused(run_algorithm, tmp_path):
    with pytest.raises(QgsProcessingException, match="lies on a segment of the previous period"):
        run_algorithm("anshim:comparegrades", {
            "INPUT": graded([1, 2]), "PREVIOUS": graded([1, 2], start_x=5000.0),
            "OUTPUT": str(tmp_path / "moves.gpkg")})
    assert not (tmp_path / "moves.gpkg").exists()
