"""Marking a scenario as installed from the planner dock, as a planner does a year after the council chose it: the
date dialog, the installed-facility tables in the GeoPackage, their layers in the project, no double marking, the
refusals, and 'Evaluate installed facilities' taking the written layers as they are."""
import sqlite3

import pytest
from qgis.core import Qgis, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QLocale
from qgis.PyQt.QtWidgets import QDialogButtonBox
from test_planner import riskiest_midpoints
from test_planner_dock import dock, graded, open_through_the_dock, street_points  # noqa: F401 (fixtures)

ISO = "yyyy-MM-dd"
INSTALLED_ON = QDate(2024, 6, 15)  # mid-way through the demo's crimes (2023–2025): a year before and after


def table_rows(gpkg, table):
    layer = QgsVectorLayer(f"{gpkg}|layername={table}", table, "ogr")
    if not layer.isValid():
        return None
    names = layer.fields().names()
    return [dict(zip(names, feature.attributes())) for feature in layer.getFeatures()]


def tables_of(gpkg):
    with sqlite3.connect(gpkg) as connection:
        return {row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents")}


def propose_lights_cameras_and_a_route(dock, graded):
    planner = dock.planner
    first, second, third = riskiest_midpoints(graded, 3)
    planner.new_scenario("Lights 2024")
    planner.add_site("light", first, note="north alley")
    planner.add_site("light", second)
    planner.add_site("cctv", third, cameras=3)
    riskiest = max(graded.getFeatures(), key=lambda feature: feature["risk"])
    planner.add_route(street_points(graded, riskiest["street_id"]), name="to the station")


def mark_through_the_dialog(dock, date, replace=None):
    """Click "Mark as installed…", pick ``date`` in the dialog (tick "Replace" when ``replace``) and press OK."""
    dock.mark_installed_button.click()
    dialog = dock.installed_row.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.date_edit.setDate(date)
    if replace is not None:
        dialog.replace_box.setChecked(replace)
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    if ok.isEnabled():
        ok.click()
    return dialog, ok


def test_a_scenario_marked_installed_is_written_for_the_evaluation(dock, graded, qgis_iface, run_algorithm,
                                                                   tmp_path):
    open_through_the_dock(dock, graded)
    gpkg = dock.planner.gpkg_path
    propose_lights_cameras_and_a_route(dock, graded)
    graded_before = graded.featureCount()
    dialog, _ = mark_through_the_dialog(dock, INSTALLED_ON)
    assert dialog.date_edit.maximumDate() == QDate.currentDate()  # nothing is installed in the future
    assert "3 site(s) and 1 route(s) of scenario <b>Lights 2024</b>" in dialog.summary_label.text()

    sites = table_rows(gpkg, "anshim_installed_sites")
    assert sorted((row["scenario"], row["kind"], row["cameras"], row["note"]) for row in sites) == [
        ("Lights 2024", "cctv", 3, ""), ("Lights 2024", "light", 1, ""), ("Lights 2024", "light", 1, "north alley")]
    assert {row["installed_on"] for row in sites} == {INSTALLED_ON}  # a date field, read by QGIS as a date
    routes = table_rows(gpkg, "anshim_installed_routes")
    assert [(row["scenario"], row["name"], row["installed_on"]) for row in routes] == [
        ("Lights 2024", "to the station", INSTALLED_ON)]
    assert graded.featureCount() == graded_before and "graded_segments" in tables_of(gpkg)

    by_name = {layer.name(): layer for layer in QgsProject.instance().mapLayers().values()}
    assert by_name["Installed sites"].featureCount() == 3
    assert by_name["Installed sites"].renderer().classAttribute() == "kind"  # a symbol per kind, as proposed
    assert by_name["Installed safe-return routes"].featureCount() == 1
    messages = qgis_iface.messageBar().get_messages(Qgis.Success)
    assert any("'Lights 2024': 3 site(s) and 1 route(s) recorded as installed on 2024-06-15" in text
               for text in messages)
    assert dock.installed_row.state.text() == "Marked as installed on 2024-06-15 (3 site(s), 1 route(s))."

    result, _ = run_algorithm("anshim:evaluateinterventions", {
        "INPUT": graded, "INSTALLED_SITES": by_name["Installed sites"],
        "INSTALLED_ROUTES": by_name["Installed safe-return routes"],
        "CRIMES": f"{gpkg}|layername=synthetic_crimes", "CRIME_DATE_FIELD": "date",
        "OUTPUT": str(tmp_path / "evaluated.gpkg"), "TABLE": str(tmp_path / "table.gpkg"),
        "REPORT": str(tmp_path / "report.html")})
    table = QgsVectorLayer(result["TABLE"], "table", "ogr")
    rows = {feature["kind"]: feature["facilities"] for feature in table.getFeatures()}
    assert rows == {"light": 2, "cctv": 1, "route": 1}
    assert "Lights 2024" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_marking_the_same_scenario_again_asks_and_never_adds_it_twice(dock, graded, qgis_iface):
    open_through_the_dock(dock, graded)
    gpkg = dock.planner.gpkg_path
    propose_lights_cameras_and_a_route(dock, graded)
    mark_through_the_dialog(dock, INSTALLED_ON)
    dialog, ok = mark_through_the_dialog(dock, QDate(2024, 7, 1))  # again, without ticking "Replace"
    assert not ok.isEnabled() and dialog.isVisible()
    assert "Already marked as installed</b> on 2024-06-15 (3 site(s), 1 route(s))" in dialog.earlier_label.text()
    dialog.reject()
    from anshim.plugin.planner import AlreadyInstalled
    with pytest.raises(AlreadyInstalled, match="already marked as installed on 2024-06-15.*Nothing was written"):
        dock.planner.mark_installed(QDate(2024, 7, 1))  # a script is refused the same way
    assert len(table_rows(gpkg, "anshim_installed_sites")) == 3

    mark_through_the_dialog(dock, QDate(2024, 7, 1), replace=True)
    sites = table_rows(gpkg, "anshim_installed_sites")
    assert len(sites) == 3 and {row["installed_on"] for row in sites} == {QDate(2024, 7, 1)}
    assert len(table_rows(gpkg, "anshim_installed_routes")) == 1
    installed_layers = [layer for layer in QgsProject.instance().mapLayers().values()
                        if layer.name() == "Installed sites"]
    assert len(installed_layers) == 1 and installed_layers[0].featureCount() == 3  # reloaded, not added twice

    dock.planner.new_scenario("Bells 2025")  # another scenario is appended beside the first
    dock.planner.add_site("bell", riskiest_midpoints(graded, 1)[0])
    assert dock.installed_row.state.text() == ""
    mark_through_the_dialog(dock, QDate(2025, 3, 2))
    sites = table_rows(gpkg, "anshim_installed_sites")
    assert sorted({(row["scenario"], row["installed_on"].toString(ISO)) for row in sites}) == [
        ("Bells 2025", "2025-03-02"), ("Lights 2024", "2024-07-01")]


def test_an_empty_scenario_base_and_a_future_date_are_refused_and_nothing_is_written(dock, graded, qgis_iface):
    open_through_the_dock(dock, graded)
    gpkg = dock.planner.gpkg_path
    assert not dock.mark_installed_button.isEnabled()  # Base is locked and holds no proposals
    dock.planner.new_scenario("Empty")
    assert dock.mark_installed_button.isEnabled()
    dock.mark_installed_button.click()
    assert dock.installed_row.dialog is None
    warnings = qgis_iface.messageBar().get_messages(Qgis.Warning)
    assert any("Scenario 'Empty' has no proposals to mark as installed: add the sites and routes that were "
               "installed first." in text for text in warnings)
    dock.planner.add_site("light", riskiest_midpoints(graded, 1)[0])
    dock.installed_row.mark(QDate.currentDate().addDays(3))
    warnings = qgis_iface.messageBar().get_messages(Qgis.Warning)
    assert any("is after today" in text for text in warnings)
    assert not tables_of(gpkg) & {"anshim_installed_sites", "anshim_installed_routes"}
    assert not [layer for layer in QgsProject.instance().mapLayers().values() if layer.name() == "Installed sites"]


def graded_srs(layer):
    from osgeo import osr
    srs = osr.SpatialReference()
    srs.ImportFromWkt(layer.crs().toWkt())
    return srs


def test_a_table_of_that_name_that_is_not_installed_facilities_is_left_alone(dock, graded, qgis_iface):
    open_through_the_dock(dock, graded)
    gpkg = dock.planner.gpkg_path
    from osgeo import ogr
    dataset = ogr.Open(gpkg, update=1)  # a user's layer that happens to have the name
    layer = dataset.CreateLayer("anshim_installed_sites", graded_srs(graded), ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("remark", ogr.OFTString))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("remark", "mine")
    layer.CreateFeature(feature)
    dataset = layer = feature = None
    propose_lights_cameras_and_a_route(dock, graded)
    dock.installed_row.mark(INSTALLED_ON)
    warnings = qgis_iface.messageBar().get_messages(Qgis.Warning)
    assert any("anshim_installed_sites" in text and "is not a table of installed facilities" in text
               for text in warnings)
    with sqlite3.connect(gpkg) as connection:
        assert connection.execute("SELECT remark FROM anshim_installed_sites").fetchall() == [("mine",)]
    assert "anshim_installed_routes" not in tables_of(gpkg)  # the routes were rolled back with the sites


def test_a_failure_half_way_leaves_the_geopackage_as_it_was(dock, graded, qgis_iface, monkeypatch):
    from anshim.qgis_io import installed_writer
    open_through_the_dock(dock, graded)
    gpkg = dock.planner.gpkg_path
    propose_lights_cameras_and_a_route(dock, graded)
    calls = []

    def disk_full_on_the_route(layer, geometry, values, transform, table, path):
        calls.append(table)
        if table == "anshim_installed_routes":
            raise installed_writer.QgsProcessingException(f"Could not write {table} to {path}: disk full")
        return real_insert(layer, geometry, values, transform, table, path)
    real_insert = installed_writer._insert
    monkeypatch.setattr(installed_writer, "_insert", disk_full_on_the_route)
    dock.installed_row.mark(INSTALLED_ON)
    assert calls.count("anshim_installed_sites") == 3  # the sites went in before the routes failed
    assert any("disk full" in text for text in qgis_iface.messageBar().get_messages(Qgis.Warning))
    assert not tables_of(gpkg) & {"anshim_installed_sites", "anshim_installed_routes"}
    assert dock.planner.installed_marking().sites == 0


def test_the_date_shows_as_qgis_locale_writes_it():
    from anshim.plugin.dock.installed_row import date_display_format
    korean, english = QLocale("ko_KR"), QLocale("en_US")
    assert QDate(2026, 12, 7).toString(date_display_format(korean)) == "2026. 12. 7."
    assert QDate(2026, 12, 7).toString(date_display_format(english)) == "12/7/2026"


@pytest.fixture
def korean_qgis():
    """QGIS set to Korean (Settings → Options → General) with the plugin's Korean texts installed; the provider is
    not reloaded (that stays in test_korean.py, run in its own process: see the Makefile)."""
    from qgis.core import QgsSettings

    from anshim.qgis_io import i18n
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "ko_KR")
    assert i18n.install_translator() == "ko"
    yield
    settings.setValue("locale/overrideFlag", False)
    settings.setValue("locale/userLocale", "")
    i18n.install_translator()


def test_in_korean_the_dialog_and_the_message_write_dates_as_korean_documents_do(korean_qgis, dock, graded,
                                                                                 qgis_iface):
    open_through_the_dock(dock, graded)
    propose_lights_cameras_and_a_route(dock, graded)
    assert dock.mark_installed_button.text() == "설치 완료로 기록…"
    dock.mark_installed_button.click()
    dialog = dock.installed_row.dialog
    dialog.date_edit.setDate(INSTALLED_ON)
    assert dialog.date_edit.text() == "2024. 6. 15."
    assert dialog.windowTitle() == "시나리오를 설치 완료로 기록"
    assert "시설 3곳과 경로 1개" in dialog.summary_label.text()
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    messages = qgis_iface.messageBar().get_messages(Qgis.Success)
    assert any("시설 3곳과 경로 1개를 2024. 6. 15. 설치로" in text for text in messages)
    assert dock.installed_row.state.text() == "2024. 6. 15.에 설치 완료로 기록됨(시설 3곳, 경로 1개)."
    assert sorted(layer.name() for layer in QgsProject.instance().mapLayers().values()
                  if layer.name().startswith("설치된")) == ["설치된 시설", "설치된 안심귀갓길"]


def test_a_users_own_installed_layer_in_another_crs_takes_the_rows_where_they_are(planner_on_demo, tmp_path):
    """A table of installed facilities the district kept itself (longitude and latitude, dates as text, no note
    field) gets the scenario's rows at the right place; a GeoPackage that does not exist yet is created."""
    from osgeo import ogr, osr
    planner, graded = planner_on_demo
    own = str(tmp_path / "district_facilities.gpkg")
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(own)
    layer = dataset.CreateLayer("anshim_installed_sites", wgs84, ogr.wkbPoint)
    for name in ("scenario", "kind", "installed_on"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    dataset = layer = None
    point = riskiest_midpoints(graded, 1)[0]
    planner.new_scenario("Bell 2023")
    planner.add_site("bell", point)
    result = planner.mark_installed("2023-11-30", gpkg_path=own)
    assert (result.sites, result.routes) == (1, 0)
    written = QgsVectorLayer(f"{own}|layername=anshim_installed_sites", "own", "ogr")
    feature = next(written.getFeatures())
    assert (feature["scenario"], feature["kind"], feature["installed_on"]) == ("Bell 2023", "bell", "2023-11-30")
    from qgis.core import QgsCoordinateTransform, QgsProject as Project
    back = QgsCoordinateTransform(written.crs(), graded.crs(), Project.instance()).transform(
        feature.geometry().asPoint())
    assert back.distance(point) < 0.01  # metres on the ground: stored in degrees, read back where it was put

    fresh = str(tmp_path / "new_folder_file.gpkg")
    planner.mark_installed("2023-11-30", gpkg_path=fresh)
    assert table_rows(fresh, "anshim_installed_sites")[0]["installed_on"] == QDate(2023, 11, 30)


@pytest.fixture()
def planner_on_demo(anshim_plugin, demo_copy):
    from anshim.plugin.planner import Planner
    graded = QgsVectorLayer(f"{demo_copy / 'anshim_demo.gpkg'}|layername=graded_segments", "graded", "ogr")
    QgsProject.instance().addMapLayer(graded)
    planner = Planner()
    planner.restore_in_background = False
    planner.open(graded)
    yield planner, graded
    planner.unload()
    QgsProject.instance().removeAllMapLayers()


def test_a_graded_layer_in_no_geopackage_asks_where_once(dock, graded, demo_run, tmp_path, monkeypatch):
    """The graded layer held in memory: the first marking asks for a GeoPackage, the next ones go to the same."""
    from qgis.core import QgsFeatureRequest
    from qgis.PyQt.QtWidgets import QFileDialog
    folder, _ = demo_run
    in_memory = graded.materialize(QgsFeatureRequest())
    in_memory.setName("graded in memory")
    QgsProject.instance().addMapLayer(in_memory)
    dock.planner.open(in_memory, str(folder / "anshim_demo.anshim"))  # as the console opens it
    assert dock.planner.gpkg_path is None
    asked = []
    chosen = tmp_path / "installed_here"  # the user types a name without .gpkg

    def save_file_name(*args, **kwargs):
        asked.append(args[1])
        return str(chosen), "GeoPackage (*.gpkg)"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    dock.planner.new_scenario("Lights 2024")
    dock.planner.add_site("light", riskiest_midpoints(graded, 1)[0])
    mark_through_the_dialog(dock, INSTALLED_ON)
    assert asked == ["Record installed facilities in a GeoPackage"]
    assert [row["kind"] for row in table_rows(f"{chosen}.gpkg", "anshim_installed_sites")] == ["light"]
    assert dock.installed_row.state.text() == "Marked as installed on 2024-06-15 (1 site(s), 0 route(s))."
    dock.planner.new_scenario("Bell")
    dock.planner.add_site("bell", riskiest_midpoints(graded, 1)[0])
    mark_through_the_dialog(dock, INSTALLED_ON)
    assert len(asked) == 1 and len(table_rows(f"{chosen}.gpkg", "anshim_installed_sites")) == 2
