"""The demo district's calibration: every density and share the generator draws from, with its source.

Calibration, measured from the public layers in ``shared/data/seoul`` (its README names publishers and licences),
projected to EPSG:5186. The generator never reads those files.

- Streets (도로명주소 전자지도 TL_SPRD_MANAGE 2019, clipped to 역삼1동, 2.36 km²): 60.7 km of centre-line = 25.7 km
  per km², 89 % of it alleys (ROA_CLS_SE 4); alleys 4 m (52 %) or 6 m (28 %) wide; alley lines median 104 m;
  39 dead-end line ends = 16.5 per km²; median block 4,550 m² (10–90 %: 1,700–11,700 m²).
- Security lights (보안등, 강남구 2019): 1,231 in 역삼1동 = 20.3 per km of centre-line; median 11 m off it, 90 % within
  19 m. Unevenly spread: with the street lights, 17 % of alley centre-line (10 m segments) lies more than 25 m from
  any light, 9 % more than 35 m and 3.7 % more than 50 m.
- Street lights (가로등, Seoul OA-22205): 1,999 on Gangnam's 110 km of 대로 and 로 = 18.1 per km; median 16 m off.
- CCTV (강남구 2019): 187 sites in 역삼1동 = 3.1 per km of centre-line (the README's 195 give 3.2); 83 % crime
  prevention (생활방범) with 3.0 cameras per site (1: 35 %, 3: 14 %, 4: 31 %, 5: 20 %), 17 % traffic enforcement
  with 1.2; 2.7 cameras per site overall; median 3.3 m off the centre-line.
- Women's safety guard houses: 8 (OA-21697) to 10 (README) in 역삼1동 = 3.4–4.2 per km²; Yeongdeungpo 28 in
  21.6 km² = 1.3 per km² (2021). Target here 2.5 per km², most in the commercial core and on main streets.
- Police boxes (seoul_police_boxes_243): Gangnam 14 in 38.4 km² = 0.36, Yeongdeungpo 10 in 21.6 km² = 0.46 per km².
- Safe-return routes (OA-21695/21696): Gangnam 24 = 0.62, Yeongdeungpo 15 = 0.69 per km²; official lengths
  180–830 m (median 370–400 m); along them 37–40 security lights, 11–18 CCTV and 7–8 emergency bells per km.
- Five major crimes 2024 (seoul_crime5_by_gu_2024): Yeongdeungpo 4,167 in 21.6 km² (KOSTAT 행정동 polygons) =
  193 per km² per year (Gangnam 6,107 in 38.4 km² = 159). Yeongdeungpo shares: murder 0.3 %, robbery 0.1 %, rape
  and indecent assault 6.8 %, theft 43.0 %, violence 49.8 %.
- Female night-time population (ydp_dong_population_2026: weekday 22–03 h 생활인구 × female share of residents,
  per 행정동 area): Yeongdeungpo median 13,400 per km² (4,400 in 여의동 to 17,600 in 신길6동).

Entertainment venues (bars, karaoke rooms, entertainment bars, PC rooms open all night) have no public layer here.
For scale, Seoul police counted 1,901 regulated entertainment businesses (풍속영업소: karaoke rooms, entertainment
bars, lodging, barbers, game rooms) in Yeongdeungpo-gu in September 2013, about 90 per km² of the 21.6 km² above
(National Assembly audit data, Money Today, 17 October 2013); ordinary pubs come on top. The demo has about 100–130
per km², placed as Seoul's night life is: several hubs (the commercial core, 0.75 stations and 0.5 markets per km²,
at least 500 m apart), each with a few venue streets (먹자골목) 100–220 m long with a shop front every 8 m on
both sides, a small cluster around the hub centre, and a few venues scattered along main streets. Street crime
concentrates on particular streets, with strong differences between neighbours (Weisburd 2015; Groff, Weisburd &
Yang 2010), which is what venue streets rather than venue blocks reproduce.

Assumptions without a public figure: emergency bells (8 per km of safe-return route plus one on 30 % of
crime-prevention CCTV poles, as Seoul fits bells to them), the number and placement of entertainment venues above,
the spread of female night-time population from block to block (log-normal, σ 0.5 per 50 m cell: blocks of
studio flats next to offices empty at night), the share of female victims per crime type and a mild summer peak in
crime dates.
"""
import numpy as np

CRS = "EPSG:5186"
DEFAULT_SEED = 20261121
ORIGIN_XY = (191000.0, 545000.0)  # south-west corner, in Yeongdeungpo

# Calibration targets (sources in the module docstring).
STREET_KM_PER_KM2 = 25.7
ALLEY_LENGTH_SHARE = 0.89
DEAD_ENDS_PER_KM2 = 16.5
SECURITY_LIGHTS_PER_KM = 20.3
STREET_LIGHTS_PER_ARTERIAL_KM = 18.1
CCTV_SITES_PER_KM = 3.1
CCTV_CRIME_PREVENTION_SHARE = 0.83
CCTV_CAMERAS_PER_SITE = 2.7
GUARD_HOUSES_PER_KM2 = 2.5
POLICE_BOXES_PER_KM2 = 0.46
SAFE_ROUTES_PER_KM2 = 0.69
SAFE_ROUTE_LENGTH_M = (300.0, 600.0)
ROUTE_LIGHTS_PER_KM = 38.0
ROUTE_CCTV_PER_KM = 14.0
ROUTE_BELLS_PER_KM = 8.0
CCTV_POLE_BELL_SHARE = 0.3
CRIMES_PER_KM2_YEAR = 193.0
FEMALE_NIGHT_POP_PER_KM2 = 13_400.0
YEARS = (2023, 2024, 2025)
CRIME_TYPE_SHARES = {"murder": 0.003, "robbery": 0.001, "rape_indecent": 0.068, "theft": 0.430, "violence": 0.498}
FEMALE_VICTIM_SHARE = {"murder": 0.45, "robbery": 0.40, "rape_indecent": 0.95, "theft": 0.50, "violence": 0.35}

# Road classes as in ROA_CLS_SE.
DAERO, RO, GIL = 2, 3, 4
ALLEY_WIDTHS_M = np.array([3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 12.0])
ALLEY_WIDTH_SHARES = np.array([4, 167, 3, 89, 28, 9, 19]) / 319.0  # 역삼1동 alley lines by width

# Street fabric. Lattice gaps are uneven so blocks differ in size; a smooth warp bends the streets.
COLUMN_SPACING_M = (52.0, 125.0)
ROW_SPACING_M = (47.0, 110.0)
WARPS_M = ((50.0, 1200.0), (15.0, 450.0))  # (amplitude, wavelength)
NODE_JITTER_M = 10.0
REMOVE_ALONG_P, REMOVE_ACROSS_P = 0.12, 0.25  # lattice edges dropped, merging blocks
ALLEY_BREAK_P = 0.5  # an alley line ends at a junction this often (lines run between road-name ends)
KINK_P, KINK_M = 0.3, 5.0
DROP_VERTEX_P = {True: 0.8, False: 0.4}  # arterial, alley: junction vertex left out, so lines cross without one
MAX_DROP_SHIFT_M = 2.5
SPLIT_AREA_M2, SPLIT_P = 6000.0, 0.7
STUB_LENGTH_M = (18.0, 40.0)
STUB_CLEARANCE_M = 12.0
DIAGONAL_ALLEYS_PER_KM2 = 3.0
DIAGONAL_LENGTH_M = (25.0, 140.0)

CORE_SIGMA_FRACTION = 0.09  # commercial core: a Gaussian of this × size_m around the main crossing
# Night life: hubs (the commercial core, stations on main streets, markets in residential alleys), each with a few
# venue streets (먹자골목) lined with venues on both sides and a small cluster around the hub centre; a few venues
# scattered along main streets. About 100–130 venues per km² (see the module docstring).
STATIONS_PER_KM2, MARKETS_PER_KM2 = 0.75, 0.5
HUB_SPACING_M, HUB_EDGE_CLEARANCE_M, HUB_SIGMA_M = 500.0, 200.0, 50.0
VENUE_STREETS_PER_HUB = {"core": 4, "station": 2, "market": 2}
VENUE_STREET_REACH_M, VENUE_STREET_MIN_M, VENUE_STREET_LENGTH_M = 150.0, 60.0, (100.0, 220.0)
VENUE_STREET_SPACING_M = 8.0  # shop fronts along each side
VENUES_PER_HUB = {"core": 20, "station": 8, "market": 6}
SCATTERED_VENUES_PER_KM2 = 5.0
VENUE_KINDS = ("주점", "노래연습장", "유흥주점", "단란주점", "PC방")
VENUE_KIND_SHARES = (0.40, 0.27, 0.12, 0.09, 0.12)
LIGHT_LEVEL_SHAPE = 1.0  # spread of security lights between alleys (gamma shape, mean 1); see _security_lights
DARK_ALLEY_SHARE = 0.17  # of alley length more than 25 m from any light, 역삼1동 (module docstring)
CELL_M = 50.0
POPULATION_CELL_SD = 0.5  # block-to-block spread of night-time population (log-normal sigma per 50 m cell)
CRIME_MAX_OFFSET_M = 25.0
SUMMER_PEAK_DAY = 196  # mid-July: the mild summer peak of crime dates
SEASONAL_AMPLITUDE = 0.15
