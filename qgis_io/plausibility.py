"""Values that are numbers but cannot be true, refused or set aside with a message that counts them: camera counts
at existing CCTV sites, crime years, population rasters."""
import datetime
import re

import numpy as np
from qgis.core import QgsProcessingException, QgsRectangle
from qgis.PyQt.QtCore import QCoreApplication

from ..engine.planning.proposals import MAX_CAMERAS_PER_SITE

TR_CONTEXT = "Plausibility"
EARLIEST_CRIME_YEAR = 1900


def tr(text):
    return QCoreApplication.translate(TR_CONTEXT, text)


def camera_counts(counts, layer_name, field):
    """Camera counts of existing CCTV sites (NaN: unknown, counted as one). Negative, fractional, infinite or
    implausibly large counts are refused with examples: -5 and 1e9 went straight into cctv_n."""
    counts = np.asarray(counts, dtype=np.float64)
    known = ~np.isnan(counts)
    with np.errstate(invalid="ignore"):
        bad = known & ~((counts >= 0) & (counts <= MAX_CAMERAS_PER_SITE) & (counts == np.round(counts)))
    if bad.any():
        examples = ", ".join(f"{value:g}" for value in np.unique(counts[bad])[:3])
        raise QgsProcessingException(tr(
            "{layer}: {count:,} site(s) have a camera count in '{field}' that is not a whole number from 0 to "
            "{most} (for example {examples}). Correct them, or leave the cameras field empty to count one camera "
            "per site.").format(layer=layer_name, count=int(bad.sum()), field=field, most=MAX_CAMERAS_PER_SITE,
                                examples=examples))
    return counts


def crime_years(years, feedback, layer_name, today=None):
    """Crime years with those after this year or before 1900 set to unknown (NaN), counted in a warning: a crime
    dated 2099 made the temporal hold-out 'test on 2099'."""
    years = np.asarray(years, dtype=np.float64)
    this_year = (today or datetime.date.today()).year
    with np.errstate(invalid="ignore"):
        future = years > this_year
        ancient = years < EARLIEST_CRIME_YEAR
    if future.any() or ancient.any():
        feedback.pushWarning(tr(
            "{layer}: {future:,} crime(s) dated after {this_year} and {ancient:,} before {earliest} cannot be right; "
            "they count in crime_n but in no year's count. Check the date field.").format(
                layer=layer_name, future=int(future.sum()), this_year=this_year, ancient=int(ancient.sum()),
                earliest=EARLIEST_CRIME_YEAR))
        years = np.where(future | ancient, np.nan, years)
    return years


def population_band(values, geotransform, nodata, cover, feedback, layer_name):
    """Check a population raster band before it is used: refuse one that does not overlap ``cover`` (a
    QgsRectangle of the segments, in the raster's CRS) or holds negative counts; count its nodata cells in the
    log (the segments on them get 0 people)."""
    rows, columns = values.shape
    x0, width, _, y0, _, height = geotransform
    extent = QgsRectangle(x0, y0 + rows * height, x0 + columns * width, y0)
    if cover is not None and not cover.isNull() and not extent.intersects(cover):
        raise QgsProcessingException(tr(
            "{layer} does not overlap the street segments: every segment would get 0 people. Check that it covers "
            "the district and its CRS is right.").format(layer=layer_name))
    data = np.asarray(values, dtype=np.float64)
    missing = ~np.isfinite(data) if nodata is None else (data == nodata) | ~np.isfinite(data)
    with np.errstate(invalid="ignore"):
        negative = ~missing & (data < 0)
    if negative.any():
        raise QgsProcessingException(tr(
            "{layer} has {count:,} cells with a negative number of people (as low as {lowest:g}). Set that value "
            "as the raster's nodata value, or correct the cells.").format(
                layer=layer_name, count=int(negative.sum()), lowest=float(data[negative].min())))
    if missing.any():
        feedback.pushWarning(tr(
            "{layer}: {count:,} of {cells:,} cells have no value (nodata or NaN); segments on them, and outside the "
            "raster, count 0 people per km².").format(layer=layer_name, count=int(missing.sum()),
                                                       cells=int(missing.size)))


SHAPEFILE_NAME_LENGTH = 10  # dBase field names; GDAL cuts longer ones and numbers the clashes (crime_n__1)


def cut_field_names(field_names, known_names, year_prefix):
    """Fields whose names look cut by a Shapefile round trip: ``crime_n_20``, ``crime_n__1`` for the per-year
    crime counts, or a 10-character start of a known factor (``hist_recen``)."""
    year_field = re.compile(re.escape(year_prefix) + r"\d{4}")
    cut = []
    for name in field_names:
        if name.startswith(year_prefix) and not year_field.fullmatch(name):
            cut.append(name)
        elif len(name) == SHAPEFILE_NAME_LENGTH and any(known.startswith(name) and known != name
                                                        for known in known_names):
            cut.append(name)
    return cut


def cut_fields_warning(field_names, known_names, year_prefix, layer):
    """T19: after a Shapefile round trip the crime-year fields were not found and the temporal hold-out and crime
    history were dropped without a word. A sentence naming the fields, or None."""
    cut = cut_field_names(field_names, known_names, year_prefix)
    if not cut:
        return None
    return tr("Segments layer '{layer}': fields {fields} look like Anshim fields whose names were cut to 10 "
              "characters (a Shapefile does that), so they are not used: without the crime counts per year "
              "({prefix}<year>) there is no temporal hold-out and no crime history. Use the GeoPackage output of "
              "'Compute safety factors', or rename the fields.").format(
        layer=layer, fields=", ".join(cut), prefix=year_prefix)
