"""Re-run the cases of the 2026-12 reliability report (../shared/reviews/reliability_2026-12.md) that were not a clear
message or a correct result, through the real ``qgis_process.bin`` as the report did, and count the outcomes.

    /usr/bin/python3 scripts/reliability_rerun.py WORK_FOLDER

Builds the demo and the report's bad inputs in WORK_FOLDER, runs each case with a fresh throwaway QGIS profile
that enables this checkout as the plugin, hashes every input file before and after, and classifies each run:
hang (no end within the time limit), crash (killed by a signal), traceback (a Python traceback on stdout or
stderr), input modified, clear message (exit code 1 with Anshim's sentence), or result (exit code 0) checked
against what the fixed behaviour must be. ST04 mounts a read-only tmpfs when the machine allows it (as root).
Cases that need a tmpfs mount (full disk, read-only output folder), 10 GB of
memory (S21), concurrency (S34), ``kill -9`` (K01), Cancel (C02, C07) or the planner's scripting API (P…) are
covered by the tests named in the printed table instead.
"""
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT_S = 240


def main(work):
    work = Path(work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    demo = work / "demo"
    if not (demo / "anshim_demo.gpkg").exists():
        subprocess.run([sys.executable, str(ROOT / "scripts" / "run_demo.py"), str(demo)], check=True,
                       env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True)
    profile = _profile(work)
    data = work / "data"
    shutil.rmtree(data, ignore_errors=True)
    data.mkdir()
    _make_data(demo, data)
    rows = []
    read_only = _read_only_copy(demo / "anshim_demo.gpkg", work / "read_only")
    try:
        for case in cases(demo, data, work / "out"):
            rows.append(run_case(case, profile, data, demo))
            print(f"{rows[-1]['id']:<7} {rows[-1]['outcome']:<17} {rows[-1]['seconds']:6.1f} s  "
                  f"{rows[-1]['said'][:110]}", flush=True)
    finally:
        if read_only:
            subprocess.run(["umount", str(read_only)], check=False)
    _print_counts(rows)


def _read_only_copy(gpkg, folder):
    """ST04 needs a GeoPackage on a read-only file system (root ignores file modes): a tmpfs mounted read-only
    holding a copy of the demo. None when this machine does not allow the mount; the case is then left out."""
    folder.mkdir(exist_ok=True)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(folder)]).returncode != 0:
        return None
    shutil.copy(gpkg, folder / "graded_ro.gpkg")
    if subprocess.run(["mount", "-o", "remount,ro", str(folder)]).returncode != 0:
        subprocess.run(["umount", str(folder)], check=False)
        return None
    return folder


def _profile(work):
    profile = work / "profile"
    plugins = profile / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    link = plugins / "anshim"
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(ROOT)
    settings = profile / "profiles" / "default" / "QGIS"
    settings.mkdir(parents=True, exist_ok=True)
    (settings / "QGIS3.ini").write_text("[PythonPlugins]\nanshim=true\n")
    return profile


# the report's test data --------------------------------------------------------------------------------------------

def _ogr(*arguments):
    subprocess.run(["ogr2ogr", *map(str, arguments)], check=True, capture_output=True)


def _execute(path, statement):
    """Run SQL in a GeoPackage through GDAL, whose SQLite has the functions the GeoPackage's triggers call."""
    from osgeo import ogr
    dataset = ogr.Open(str(path), update=1)
    dataset.ExecuteSQL(statement)
    dataset = None


def _set_srs_id(path, table, srs_id):
    connection = sqlite3.connect(path)
    for registry in ("gpkg_geometry_columns", "gpkg_contents"):
        connection.execute(f"UPDATE {registry} SET srs_id = ? WHERE table_name = ?", (srs_id, table))
    connection.commit()
    connection.close()


def _make_data(demo, data):
    from osgeo import gdal, ogr, osr
    gpkg = demo / "anshim_demo.gpkg"
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(5186)

    def lines(name, geometry_type, wkts, table="streets"):
        dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(data / name))
        layer = dataset.CreateLayer(table, srs, geometry_type)
        for wkt in wkts:
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
            layer.CreateFeature(feature)
        dataset = None

    lines("curved.gpkg", ogr.wkbCompoundCurve, ["COMPOUNDCURVE(CIRCULARSTRING(192000 545000, 192050 545050, "
                                                "192100 545000), (192100 545000, 192200 545000))"])
    lines("circular.gpkg", ogr.wkbCircularString, ["CIRCULARSTRING(192000 545000, 192050 545050, 192100 545000)"])
    lines("zerolen.gpkg", ogr.wkbLineString, ["LINESTRING(192000 545000, 192000 545000)"] * 3)
    for name, srs_id in (("nocrs.gpkg", 0), ("nocrs_m1.gpkg", -1)):
        _ogr("-f", "GPKG", data / name, gpkg, "streets")
        _set_srs_id(data / name, "streets", srs_id)
    _ogr("-f", "GPKG", data / "localcrs.gpkg", gpkg, "streets", "-a_srs",
         'LOCAL_CS["Local",LOCAL_DATUM["Local",32767],UNIT["metre",1],AXIS["X",EAST],AXIS["Y",NORTH]]')
    _ogr("-f", "GPKG", data / "customcrs.gpkg", gpkg, "streets", "-a_srs",
         "+proj=tmerc +lat_0=38 +lon_0=127 +k=1 +x_0=200000 +y_0=600000 +ellps=bessel +units=m +no_defs "
         "+towgs84=-115.80,474.99,674.11,1.16,-2.31,-1.63,6.43")
    _ogr("-f", "GPKG", data / "streets_4326.gpkg", gpkg, "streets", "-t_srs", "EPSG:4326", "-nln", "streets")
    _ogr("-f", "ESRI Shapefile", data / "streets_cp949.shp", gpkg, "-lco", "ENCODING=CP949", "-sql",
         "SELECT name AS RN, geom FROM streets")
    (data / "streets_cp949.cpg").unlink()
    with open(data / "streets_cp949.dbf", "r+b") as dbf:
        dbf.seek(29)
        dbf.write(b"\x00")
    # points
    _ogr("-f", "GPKG", data / "cctv_bad.gpkg", gpkg, "cctv")
    dataset = ogr.Open(str(data / "cctv_bad.gpkg"), update=1)
    layer = dataset.GetLayerByName("cctv")
    for fid, (x, y) in zip((1, 2, 3, 4), ((float("nan"), 545010.0), (float("inf"), 545010.0), (1e300, 1e300),
                                          (-1e20, 1e20))):
        feature = layer.GetFeature(fid)
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(x, y)
        feature.SetGeometry(point)
        layer.SetFeature(feature)
    dataset = layer = None
    _ogr("-f", "GPKG", data / "cctv_cameras.gpkg", gpkg, "-sql",
         "SELECT geom, CASE WHEN fid % 3 = 0 THEN -5 ELSE 1000000000 END AS cameras FROM cctv", "-nln", "cctv")
    _ogr("-f", "GPKG", data / "cctv_nocrs.gpkg", gpkg, "cctv")
    _set_srs_id(data / "cctv_nocrs.gpkg", "cctv", 0)
    _ogr("-f", "GPKG", data / "crimes_future.gpkg", gpkg, "-sql", "SELECT geom, CASE WHEN fid % 3 = 0 THEN "
         "'2099-12-31' WHEN fid % 3 = 1 THEN '2031-05-01' ELSE date END AS date FROM synthetic_crimes", "-nln",
         "crimes")
    _ogr("-f", "GPKG", data / "crimes_pre1900.gpkg", gpkg, "-sql", "SELECT geom, CASE WHEN fid % 3 = 0 THEN "
         "'1850-01-01' WHEN fid % 3 = 1 THEN '0001-01-01' ELSE date END AS date FROM synthetic_crimes", "-nln",
         "crimes")
    _ogr("-f", "GPKG", data / "prop_cambig.gpkg", gpkg, "-sql", "SELECT geom, scenario, kind, 1000000000 AS "
         "cameras, note FROM anshim_proposed_sites", "-nln", "anshim_proposed_sites")
    _ogr("-f", "GPKG", data / "prop_faraway.gpkg", gpkg, "-sql", "SELECT MakePoint(1e300, 1e300, 5186) AS geom, "
         "scenario, kind, cameras, note FROM anshim_proposed_sites", "-dialect", "sqlite", "-nln",
         "anshim_proposed_sites")
    # rasters
    population = demo / "population_night.tif"
    source = gdal.Open(str(population))
    x0, width, _, y0, _, height = source.GetGeoTransform()
    gdal.Translate(str(data / "pop_elsewhere.tif"), source, outputBounds=[
        x0 + 50_000, y0 + 50_000, x0 + 50_000 + width * source.RasterXSize, y0 + 50_000 + height * source.RasterYSize])
    for name, change in (("pop_negative.tif", "negative"), ("pop_nodata.tif", "nodata"), ("pop_nan.tif", "nan")):
        copy = gdal.GetDriverByName("GTiff").CreateCopy(str(data / name), source)
        band = copy.GetRasterBand(1)
        values = band.ReadAsArray().astype("float64")
        if change == "negative":
            values[:, :20] = -500
        elif change == "nodata":
            values[::6, :] = -9999
            band.SetNoDataValue(-9999)
        band.WriteArray(values)
        copy = band = None
    lines("routes_bad.gpkg", ogr.wkbLineString, ["LINESTRING(192350 545958, 192350 545958)",
                                                  "LINESTRING(192300 545900, 192400 545900)"], "routes")
    _ogr("-f", "GPKG", data / "factors_nullvals.gpkg", gpkg, "segment_factors")
    _execute(data / "factors_nullvals.gpkg", "UPDATE segment_factors SET cctv_d = NULL WHERE fid % 3 = 0")
    _ogr("-f", "GPKG", data / "factors_nopop.gpkg", gpkg, "segment_factors")
    _execute(data / "factors_nopop.gpkg", "ALTER TABLE segment_factors DROP COLUMN pop_night")
    _ogr("-f", "GPKG", data / "cctv_empty.gpkg", gpkg, "cctv", "-where", "fid < 0")
    _ogr("-f", "GPKG", data / "dupes.gpkg", gpkg, "streets")
    _ogr("-f", "GPKG", data / "dupes.gpkg", gpkg, "streets", "-append", "-nln", "streets")
    # R00: origin 'a' and two destinations 'a'
    _ogr("-f", "GPKG", data / "od.gpkg", gpkg, "-dialect", "sqlite", "-nln", "origins", "-sql",
         "SELECT geom, CASE WHEN fid = 1 THEN 'a' ELSE 'b' END AS pair FROM guardhouses WHERE fid <= 2")
    _ogr("-f", "GPKG", data / "od.gpkg", gpkg, "-update", "-dialect", "sqlite", "-nln", "destinations", "-sql",
         "SELECT geom, CASE WHEN fid = 5 THEN 'b' ELSE 'a' END AS pair FROM guardhouses WHERE fid IN (3, 4, 5)")
    # T01: the last year's crimes only where no crime was before, so the model ranks no better than random
    _ogr("-f", "GPKG", data / "factors_random.gpkg", gpkg, "segment_factors")
    last = max(row[1] for row in sqlite3.connect(data / "factors_random.gpkg").execute(
        "PRAGMA table_info(segment_factors)") if row[1].startswith("crime_n_"))
    earlier = " + ".join(f"coalesce({row[1]}, 0)" for row in sqlite3.connect(data / "factors_random.gpkg").execute(
        "PRAGMA table_info(segment_factors)") if row[1].startswith("crime_n_") and row[1] != last) or "0"
    _execute(data / "factors_random.gpkg", f"UPDATE segment_factors SET {last} = CASE WHEN {earlier} = 0 AND "
             f"abs(random()) % 100 < 4 THEN 1 ELSE 0 END")
    copy = gdal.Translate(str(data / "pop_nan.tif"), str(population), outputType=gdal.GDT_Float32)
    band = copy.GetRasterBand(1)
    values = band.ReadAsArray()
    values[:10, :10] = float("nan")
    band.WriteArray(values)
    copy = band = source = None


def _copy(demo, data, name):
    target = data / name
    shutil.copy(demo / "anshim_demo.gpkg", target)
    return target


# the cases ---------------------------------------------------------------------------------------------------------

def cases(demo, data, out):
    """``(id, algorithm, {parameter: value}, expected, check)``: ``expected`` is "refused" (a clear message) or
    "result" (exit code 0); ``check(output folder) -> str`` returns what is wrong with a result, or ""."""
    out.mkdir(parents=True, exist_ok=True)
    gpkg = demo / "anshim_demo.gpkg"
    model = demo / "anshim_demo.anshim"

    def demo_layer(name):
        return f"{gpkg}|layername={name}"

    def output(case_id, name="o.gpkg"):
        folder = out / case_id
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        return str(folder / name)

    def sql(path, query):
        connection = sqlite3.connect(path)
        try:
            return connection.execute(query).fetchone()
        finally:
            connection.close()

    def min_length_at_least(path, metres):
        return lambda: "" if sql(path, "SELECT min(length_m) FROM o")[0] >= metres else "sliver segments"

    def no_column(path, table, column):
        return lambda: "" if column not in [row[1] for row in sqlite3.connect(path).execute(
            f"PRAGMA table_info({table})")] else f"{column} written"

    s30, s31, f02, r05, t16 = (_copy(demo, data, f"{name}.gpkg") for name in ("s30", "s31", "f02", "r05", "t16"))
    e06 = _copy(demo, data, "briefing_layers.gpkg")
    subprocess.run(["ogr2ogr", str(data / "s40.shp"), str(gpkg), "streets"], check=True)
    subprocess.run(["ogr2ogr", "-f", "GPKG", str(data / "sc08.gpkg"), str(gpkg), "graded_segments", "-t_srs",
                    "EPSG:3857"], check=True)
    sc08 = data / "sc08.gpkg"
    od = {"INPUT": demo_layer("graded_segments"), "ORIGINS": demo_layer("guardhouses"),
          "DESTINATIONS": demo_layer("police")}
    scenario = {"INPUT": demo_layer("graded_segments"), "MODEL": model,
                "PROPOSED_SITES": demo_layer("anshim_proposed_sites"), "SCENARIO": "Lights and bells"}
    yield from [
        # inputs destroyed
        ("S30", "segmentstreets", {"INPUT": f"{s30}|layername=streets", "OUTPUT": s30}, "refused", None),
        ("S31", "segmentstreets", {"INPUT": f"{s31}|layername=streets",
                                   "OUTPUT": f"ogr:dbname='{s31}' table=\"streets\" (geom)"}, "refused", None),
        ("S40", "segmentstreets", {"INPUT": data / "s40.shp", "OUTPUT": data / "s40.shp"}, "refused", None),
        ("F02", "computefactors", {"INPUT": f"{f02}|layername=segments|subset=\"seg_id\" > 0",
                                   "CCTV": f"{f02}|layername=cctv", "OUTPUT": f02}, "refused", None),
        ("SC08", "simulatescenario", {**scenario, "INPUT": f"{sc08}|layername=graded_segments", "OUTPUT": sc08},
         "refused", None),
        ("R05", "saferoute", {"INPUT": f"{r05}|layername=graded_segments", "ORIGINS": f"{r05}|layername=guardhouses",
                              "DESTINATIONS": f"{r05}|layername=police", "OUTPUT": r05}, "refused", None),
        ("T16", "trainmodel", {"INPUT": f"{t16}|layername=segment_factors", "MODEL": t16}, "refused", None),
        ("E06", "exportbriefing", {"INPUT": f"{e06}|layername=graded_segments", "MODEL": model,
                                   "PROPOSED_SITES": f"{e06}|layername=anshim_proposed_sites", "LANGUAGE": 1,
                                   "OUTPUT": data / "b.pdf", "PROJECT": data / "briefing.qgz"}, "refused", None),
        # tracebacks
        ("F03", "computefactors", {"INPUT": demo_layer("segments"), "CCTV": f"{data / 'cctv_bad.gpkg'}|layername=cctv",
                                   "OUTPUT": output("F03")}, "result", None),
        ("SC-far", "simulatescenario", {**scenario, "SCENARIO": "",
                                        "PROPOSED_SITES": f"{data / 'prop_faraway.gpkg'}|layername=anshim_proposed_sites",
                                        "OUTPUT": output("SC-far")}, "refused", None),
        ("R04", "saferoute", {**od, "ORIGINS": f"{data / 'cctv_bad.gpkg'}|layername=cctv",
                              "DESTINATIONS": f"{data / 'cctv_bad.gpkg'}|layername=cctv", "OUTPUT": output("R04")},
         "either", None),
        ("S05", "segmentstreets", {"INPUT": f"{data / 'curved.gpkg'}|layername=streets", "OUTPUT": output("S05")},
         "result", None),
        ("S06", "segmentstreets", {"INPUT": f"{data / 'circular.gpkg'}|layername=streets", "OUTPUT": output("S06")},
         "result", None),
        ("S36", "segmentstreets", {"INPUT": f"{data / 'zerolen.gpkg'}|layername=streets", "OUTPUT": output("S36")},
         "refused", None),
        ("S11", "segmentstreets", {"INPUT": f"{data / 'nocrs.gpkg'}|layername=streets", "OUTPUT": output("S11")},
         "refused", None),
        ("S26", "segmentstreets", {"INPUT": demo_layer("streets"), "FIELDS": "nmae", "OUTPUT": output("S26")},
         "refused", None),
        ("T08", "trainmodel", {"INPUT": demo_layer("segment_factors"), "FACTORS": "cctv_nn",
                               "MODEL": output("T08", "m.anshim")}, "refused", None),
        ("T15", "trainmodel", {"INPUT": demo_layer("segment_factors"), "MODEL": "/proc/m.anshim"}, "refused", None),
        ("T17", "trainmodel", {"INPUT": demo_layer("segment_factors"), "MODEL": output("T17", "m.anshim"),
                               "REPORT": "/proc/card.html"}, "refused", None),
        ("SC09", "simulatescenario", {**scenario, "OUTPUT": output("SC09"), "SUMMARY": "/proc/s.html"}, "refused",
         None),
        ("A06", "auditroutes", {"INPUT": demo_layer("graded_segments"), "ROUTES": demo_layer("safe_routes"),
                                "OUTPUT": output("A06"), "REPORT": "/proc/a.html"}, "refused", None),
        ("O10", "optimisesites", {"INPUT": demo_layer("graded_segments"), "MODEL": model, "BUDGET": 20_000_000,
                                  "OUTPUT": output("O10"), "REPORT": "/proc/o.html"}, "refused", None),
        ("S35", "segmentstreets", {"INPUT": demo_layer("streets"), "MAX_LENGTH": "nan", "OUTPUT": output("S35")},
         "refused", None),
        # hangs
        ("R06", "saferoute", {**od, "MAX_DETOUR": "nan", "OUTPUT": output("R06")}, "refused", None),
        # silent wrong results and unclear messages
        ("S13", "segmentstreets", {"INPUT": f"{data / 'customcrs.gpkg'}|layername=streets", "OUTPUT": output("S13")},
         "result", None),
        ("S14", "segmentstreets", {"INPUT": f"{data / 'localcrs.gpkg'}|layername=streets", "OUTPUT": output("S14")},
         "refused", None),
        ("S41", "segmentstreets", {"INPUT": f"{data / 'nocrs_m1.gpkg'}|layername=streets", "OUTPUT": output("S41")},
         "refused", None),
        ("S15", "segmentstreets", {"INPUT": f"{data / 'streets_4326.gpkg'}|layername=streets",
                                   "OUTPUT": output("S15")}, "result", min_length_at_least(out / "S15" / "o.gpkg", 1e-3)),
        ("F09", "computefactors", {"INPUT": demo_layer("segments"), "CCTV": f"{data / 'cctv_nocrs.gpkg'}|layername=cctv",
                                   "OUTPUT": output("F09")}, "refused", None),
        ("F11", "computefactors", {"INPUT": demo_layer("segments"), "CRIMES": demo_layer("synthetic_crimes"),
                                   "CRIME_FILTER": "\"victim_sex\" = = 'F'", "OUTPUT": output("F11")}, "refused", None),
        ("F12", "computefactors", {"INPUT": demo_layer("segments"), "CRIMES": demo_layer("synthetic_crimes"),
                                   "CRIME_FILTER": "\"victim_gender\" = 'F'", "OUTPUT": output("F12")}, "refused",
         None),
        ("F05", "computefactors", {"INPUT": demo_layer("segments"), "CCTV": f"{data / 'cctv_cameras.gpkg'}|layername=cctv",
                                   "CCTV_CAMERAS_FIELD": "cameras", "OUTPUT": output("F05")}, "refused", None),
        ("F06c", "computefactors", {"INPUT": demo_layer("segments"), "CRIMES": f"{data / 'crimes_future.gpkg'}|layername=crimes",
                                    "CRIME_DATE_FIELD": "date", "OUTPUT": output("F06c")}, "result",
         no_column(out / "F06c" / "o.gpkg", "o", "crime_n_2099")),
        ("F06d", "computefactors", {"INPUT": demo_layer("segments"), "CRIMES": f"{data / 'crimes_pre1900.gpkg'}|layername=crimes",
                                    "CRIME_DATE_FIELD": "date", "OUTPUT": output("F06d")}, "result",
         no_column(out / "F06d" / "o.gpkg", "o", "crime_n_1850")),
        ("F07a", "computefactors", {"INPUT": demo_layer("segments"), "POPULATION_RASTER": data / "pop_nodata.tif",
                                    "OUTPUT": output("F07a")}, "warned", "have no value"),
        ("F07b", "computefactors", {"INPUT": demo_layer("segments"), "POPULATION_RASTER": data / "pop_negative.tif",
                                    "OUTPUT": output("F07b")}, "refused", None),
        ("F07c", "computefactors", {"INPUT": demo_layer("segments"), "POPULATION_RASTER": data / "pop_nan.tif",
                                    "OUTPUT": output("F07c")}, "warned", "have no value"),
        ("F07h", "computefactors", {"INPUT": demo_layer("segments"), "POPULATION_RASTER": data / "pop_elsewhere.tif",
                                    "OUTPUT": output("F07h")}, "refused", None),
        ("F18", "computefactors", {"INPUT": data / "streets_cp949.shp", "CCTV": demo_layer("cctv"),
                                   "OUTPUT": output("F18")}, "result", None),
        ("S16", "segmentstreets", {"INPUT": data / "streets_cp949.shp", "FIELDS": "RN", "OUTPUT": output("S16")},
         "result", None),
        ("SC-c9", "simulatescenario", {**scenario, "SCENARIO": "",
                                       "PROPOSED_SITES": f"{data / 'prop_cambig.gpkg'}|layername=anshim_proposed_sites",
                                       "OUTPUT": output("SC-c9")}, "refused", None),
        ("O04c", "optimisesites", {"INPUT": demo_layer("graded_segments"), "MODEL": model, "BUDGET": 50_000_000,
                                   "KINDS": 0, "CCTV_CAMERAS": "1e9", "OUTPUT": output("O04c")}, "refused", None),
        ("O09", "optimisesites", {"INPUT": demo_layer("graded_segments"), "MODEL": model, "BUDGET": "nan",
                                  "OUTPUT": output("O09")}, "refused", None),
        ("G04", "gradestreets", {"INPUT": demo_layer("segment_factors"), "MODEL": model,
                                 "OUTPUT": output("G04", "g.shp")}, "warned", "10 characters"),
        ("S18", "segmentstreets", {"INPUT": demo_layer("streets"), "MAX_LENGTH": 0, "OUTPUT": output("S18")},
         "refused", "at least"),
        ("R01", "saferoute", {**od, "MAX_DETOUR": 0.5, "OUTPUT": output("R01")}, "refused", "at least 1"),
        ("A02", "auditroutes", {"INPUT": demo_layer("graded_segments"),
                                "ROUTES": f"{data / 'routes_bad.gpkg'}|layername=routes", "OUTPUT": output("A02")},
         "warned", "have no length"),
        ("G02", "gradestreets", {"INPUT": f"{data / 'factors_nullvals.gpkg'}|layername=segment_factors",
                                 "MODEL": model, "OUTPUT": output("G02")}, "warned", "no usable value"),
        ("G01", "gradestreets", {"INPUT": f"{data / 'factors_nopop.gpkg'}|layername=segment_factors",
                                 "MODEL": model, "OUTPUT": output("G01")}, "refused", "pop_night"),
        ("O05", "optimisesites", {"INPUT": demo_layer("graded_segments"), "MODEL": model, "BUDGET": 50_000_000,
                                  "CANDIDATES": f"{data / 'cctv_empty.gpkg'}|layername=cctv",
                                  "OUTPUT": output("O05")}, "refused", "has no points"),
        ("S09", "segmentstreets", {"INPUT": f"{data / 'dupes.gpkg'}|layername=streets", "OUTPUT": output("S09")},
         "warned", "exactly the vertices of another line"),
        ("T07", "trainmodel", {"INPUT": demo_layer("segment_factors"), "FACTORS": "name",
                               "MODEL": output("T07", "m.anshim")}, "refused", "holds text"),
        ("R00", "saferoute", {"INPUT": demo_layer("graded_segments"), "ORIGINS": f"{data / 'od.gpkg'}|layername=origins",
                              "DESTINATIONS": f"{data / 'od.gpkg'}|layername=destinations", "PAIR_FIELD": "pair",
                              "OUTPUT": output("R00")}, "warned", "shared by two or more destinations"),
        ("T19", "trainmodel", {"INPUT": out / "G04" / "g.shp", "MODEL": output("T19", "m.anshim")}, "warned",
         "cut to 10 characters"),
        ("T01", "trainmodel", {"INPUT": f"{data / 'factors_random.gpkg'}|layername=segment_factors",
                               "MODEL": output("T01", "m.anshim")}, "warned", "no better than random"),
    ]
    read_only = data.parent / "read_only"
    if read_only.is_mount() and (read_only / "graded_ro.gpkg").exists():  # mounted read-only by main()
        yield ("ST04", "stylegrades", {"INPUT": f"{read_only / 'graded_ro.gpkg'}|layername=graded_segments",
                                       "SAVE_AS_DEFAULT": "true"}, "refused", "is read-only")


def run_case(case, profile, data, demo):
    case_id, algorithm, parameters, expected, check = case
    watched = [path for folder in (data, demo) for path in sorted(Path(folder).iterdir())
               if path.is_file() and not path.name.endswith(".aux.xml")]
    before = {path: _digest(path) for path in watched}
    command = ["qgis_process.bin", "run", f"anshim:{algorithm}", "--"]
    for name, value in parameters.items():
        for item in (value if isinstance(value, list) else [value]):
            command.append(f"{name}={item}")
    environment = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(profile), QT_QPA_PLATFORM="offscreen",
                       PATH="/usr/bin:/bin")
    started = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S, env=environment)
        code, text = done.returncode, done.stdout + done.stderr
    except subprocess.TimeoutExpired as timeout:
        code, text = None, str(timeout.stdout or "") + str(timeout.stderr or "")
    seconds = time.perf_counter() - started
    modified = [path.name for path, digest in before.items() if not path.exists() or _digest(path) != digest]
    said = _said(text)
    if code is None:
        outcome = "hang"
    elif code < 0:
        outcome = "crash"
    elif "Traceback (most recent call last)" in text:
        outcome = "traceback"
    elif modified:
        outcome = "input modified"
    elif code != 0:
        outcome = "clear message" if expected in ("refused", "either") and (
            not isinstance(check, str) or check in text) else "unexpected refusal"
    elif expected == "refused":
        outcome = "wrong result"
    elif expected == "warned":
        outcome = "handled" if check in text else "wrong result"
    else:
        problem = check() if callable(check) else ""
        outcome = "handled" if not problem else f"wrong result"
        said = problem or said
    return {"id": case_id, "outcome": outcome, "seconds": seconds, "said": said.replace("\n", " ")}


def _said(text):
    for marker in ("Error encountered while running", "QgsProcessingException", "Incorrect parameter"):
        if marker in text:
            return text.split(marker, 1)[1].strip()[:300]
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def _digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _print_counts(rows):
    counts = {}
    for row in rows:
        counts[row["outcome"]] = counts.get(row["outcome"], 0) + 1
    print("\n| outcome | cases |\n|---|---|")
    for outcome, count in sorted(counts.items(), key=lambda item: -item[1]):
        print(f"| {outcome} | {count} |")
    print(f"| total | {len(rows)} |")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/anshim-reliability")
