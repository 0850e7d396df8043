"""The one place where Anshim's output field names, their meaning and their safety direction are defined.

``SAFETY_DIRECTION`` is the monotonic constraint the model enforces: ``-1`` means "more of this never raises
risk" (more cameras, more lights, being on a safe-return route), ``+1`` means "more of this never lowers risk"
(farther from a camera, light, bell, guard house or police box), ``0`` leaves the model free (exposure and street
structure). ``LABELS`` gives the words a planner reads for a factor whose value is high or low compared with the
training network's median.
"""
from dataclasses import dataclass

SEG_ID = "seg_id"
STREET_ID = "street_id"
SEQ = "seq"
LENGTH_M = "length_m"

CRIME_N = "crime_n"
CRIME_YEAR_PREFIX = "crime_n_"

RISK = "risk"
GRADE = "grade"
RISK_FACTOR = "risk_factor"
PROTECTIVE_FACTOR = "protective_factor"


@dataclass(frozen=True)
class Factor:
    name: str
    description: str
    safety_direction: int
    label_high: str
    label_low: str


FACTORS = (
    Factor("cctv_n", "CCTV cameras within CCTV_RADIUS of the segment (site camera counts summed)", -1,
           "many CCTV cameras", "few CCTV cameras"),
    Factor("cctv_d", "distance in m to the nearest CCTV site (capped)", +1,
           "far from CCTV", "close to CCTV"),
    Factor("light_n", "security and street lights within LIGHT_RADIUS of the segment", -1,
           "many security lights", "few security lights"),
    Factor("light_d", "distance in m to the nearest light (capped)", +1,
           "far from security lights", "near a security light"),
    Factor("bell_d", "distance in m to the nearest emergency bell (capped)", +1,
           "far from an emergency bell", "near an emergency bell"),
    Factor("guard_d", "distance in m to the nearest women's safety guard house (capped)", +1,
           "far from a guard house", "near a guard house"),
    Factor("police_d", "distance in m to the nearest police box (capped)", +1,
           "far from a police box", "near a police box"),
    Factor("route", "1 if the segment runs along a safe-return route, else 0", -1,
           "on a safe-return route", "off safe-return routes"),
    Factor("risk_n", "risk sites (e.g. entertainment venues) within 50 m of the segment", 0,
           "near entertainment venues", "no risk sites nearby"),
    Factor("pop_night", "female night-time population density, people per km²", 0,
           "many people out at night", "few people out at night"),
    Factor("dead_end", "1 if the segment lies on a piece of street that ends in a dead end", 0,
           "dead-end alley", "through street"),
    Factor("junction_d", "distance in m along the street to the nearest junction (capped)", 0,
           "far from a junction", "near a junction"),
    Factor("width_m", "street width in m, from the input's width field", 0,
           "wide street", "narrow street"),
)

FACTORS_BY_NAME = {factor.name: factor for factor in FACTORS}


def factor_for(name):
    """The :class:`Factor` for ``name``; extra point layers (``<layer>_n`` / ``<layer>_d``) get generic words."""
    if name in FACTORS_BY_NAME:
        return FACTORS_BY_NAME[name]
    base, _, kind = name.rpartition("_")
    if kind == "n":
        return Factor(name, f"{base} points within the count radius", 0, f"many {base} nearby", f"no {base} nearby")
    if kind == "d":
        return Factor(name, f"distance in m to the nearest {base} point (capped)", 0,
                      f"far from {base}", f"near {base}")
    return Factor(name, name, 0, f"high {name}", f"low {name}")
