"""A deterministic, Seoul-like demo district with synthetic crimes, so Anshim can be tried and tested without data.

:func:`generate_district` builds a square district of ``size_m`` metres in EPSG:5186 near Yeongdeungpo: a ring of
로, two crossing 대로, a diagonal 로 and an irregular alley fabric (길) whose lines run between road-name ends and
meet or cross without shared vertices in places, like road-address centre-lines; a commercial core and other
night-life hubs (stations, markets) whose entertainment venues line a few streets; protective facilities at real
densities; a female night-time population raster; and three years of crimes drawn from the ground-truth risk
function of :mod:`engine.demo.groundtruth`. One seed, one district.

Calibration figures and their sources: :mod:`engine.demo.calibration`.

With the five major crimes at 193 per km² a year, the default district has about 770 crimes a year on about 1,700
street segments between junctions: each year about half the crimes fall on 4–5 % of those segments (Weisburd 2015:
2–6 %), and about three quarters of the segments have none; over the three years about half have none. The
riskiest 5 % of network length lies in five or more places at the hubs, none holding much more than half of it,
and ranking segments by their true risk finds about 1.4 times (other seeds 1.2–1.4) as much expected crime there
as a 100 m kernel density of the expected crimes themselves: risk changes from one street to the next.
"""
from dataclasses import dataclass

import numpy as np

from ..factors.compute import FactorInputs, FactorParams, compute_factors
from ..i18n import tr_noop
from ..network.geometry import LineArrays
from ..network.segmentation import SegmentedStreets, segment_streets
from ..progress import report, stage
from .calibration import CORE_SIGMA_FRACTION, CRIMES_PER_KM2_YEAR, CRS, DEFAULT_SEED, ORIGIN_XY
from .crimes import Crimes, sample_crimes
from .facilities import place_facilities
from .groundtruth import dominant_risk_factor, expected_crimes_per_year
from .population import PopulationRaster, population_raster
from .streets import Streets, build_streets


TR_CONTEXT = "Demo"
SYNTHETIC_NOTICE = tr_noop("Crimes are synthetic, drawn from Anshim's documented ground-truth risk function; "
                           "they are not real crime records.")


@dataclass
class DemoDistrict:
    """Everything :func:`generate_district` makes. Coordinates in EPSG:5186 metres.

    ``true_risk`` is the ground truth's expected crimes per metre of street per year on each segment;
    ``expected_crimes`` the same per segment (``true_risk × length_m``).
    """

    seed: int
    crs: str
    bounds: tuple  # (x_min, y_min, x_max, y_max)
    core_xy: np.ndarray
    streets: Streets
    security_lights: np.ndarray
    street_lights: np.ndarray
    cctv: np.ndarray
    cctv_cameras: np.ndarray
    cctv_purpose: np.ndarray  # "crime_prevention" or "traffic"
    bells: np.ndarray
    guardhouses: np.ndarray
    guardhouse_names: np.ndarray
    police: np.ndarray
    police_names: np.ndarray
    risk_sites: np.ndarray
    risk_site_kinds: np.ndarray
    safe_routes: LineArrays
    safe_route_names: np.ndarray
    population: PopulationRaster
    segments: SegmentedStreets
    factors: dict
    expected_crimes: np.ndarray
    true_risk: np.ndarray
    dominant_factor: np.ndarray
    crimes: Crimes
    notice: str = SYNTHETIC_NOTICE

    @property
    def area_km2(self):
        x_min, y_min, x_max, y_max = self.bounds
        return (x_max - x_min) * (y_max - y_min) / 1e6


def generate_district(seed=DEFAULT_SEED, size_m=2000.0, progress=None):
    """Build the demo district for ``seed``; see the module docstring. Takes well under a second for 2 km × 2 km."""
    street_rng, facility_rng, raster_rng, crime_rng = (
        np.random.default_rng(child) for child in np.random.SeedSequence(seed).spawn(4))
    origin = np.array(ORIGIN_XY)
    streets, lattice = build_streets(size_m, street_rng, origin)
    report(progress, 0.15)
    core_xy = lattice.nodes[lattice.main_crossing] + np.array([-0.03, 0.02]) * size_m
    area_km2 = (size_m / 1000.0) ** 2
    facilities = place_facilities(streets, lattice, core_xy, CORE_SIGMA_FRACTION * size_m, area_km2, facility_rng)
    population = population_raster(size_m, origin, core_xy, streets, raster_rng)
    report(progress, 0.25)
    segments = segment_streets(streets.lines, np.arange(len(streets.lines)), progress=stage(progress, 0.25, 0.5))
    inputs = FactorInputs(
        cctv=facilities["cctv"], cctv_cameras=facilities["cctv_cameras"],
        lights=np.concatenate([facilities["security_lights"], facilities["street_lights"]]),
        bells=facilities["bells"], guardhouses=facilities["guardhouses"], police=facilities["police"],
        risk_sites=facilities["risk_sites"], safe_routes=facilities["safe_routes"],
        population_raster=tuple(population), width_m=streets.width_m[segments.feature_index])
    factors = compute_factors(segments.lines, inputs, FactorParams(), progress=stage(progress, 0.5, 0.9)).fields
    baseline = calibrated_baseline(factors, segments.length_m, CRIMES_PER_KM2_YEAR * area_km2)
    expected = expected_crimes_per_year(factors, segments.length_m, baseline)
    crimes = sample_crimes(segments.lines, expected, factors["width_m"], crime_rng)
    report(progress, 1.0)
    return DemoDistrict(
        seed=seed, crs=CRS, bounds=(origin[0], origin[1], origin[0] + size_m, origin[1] + size_m), core_xy=core_xy,
        streets=streets, population=population, segments=segments, factors=factors, expected_crimes=expected,
        true_risk=expected / segments.length_m, dominant_factor=dominant_risk_factor(factors), crimes=crimes,
        **facilities)


def calibrated_baseline(factors, length_m, crimes_per_year):
    """The ground truth's baseline (crimes per metre-year) giving the network ``crimes_per_year`` expected crimes."""
    return crimes_per_year / expected_crimes_per_year(factors, length_m, 1.0).sum()
