"""The one place where Anshim's output field names, their meaning and their safety direction are defined.

``SAFETY_DIRECTION`` is the monotonic constraint the model enforces: ``-1`` means "more of this never raises
risk" (more cameras, more lights, being on a safe-return route), ``+1`` means "more of this never lowers risk"
(farther from a camera, light, bell, guard house or police box), ``0`` leaves the model free (exposure and street
structure). ``LABELS`` gives the words a planner reads for a factor whose value is high or low compared with the
training network's median. The descriptions and words are English; they are marked with ``tr_noop`` and
translated where they are shown (``explain``, the model card) with a ``tr`` of this module's ``TR_CONTEXT``.
"""
from dataclasses import dataclass

from ..i18n import tr_noop, untranslated

TR_CONTEXT = "Fields"

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


# factors that are 0/1 flags: "more of it" means nothing for them, "having it" does
FLAG_FACTORS = ("route", "dead_end")

# the parameter ids in factor descriptions and the model's factor_settings that hold their values
RADIUS_SETTINGS = {"CCTV_RADIUS": "cctv_radius_m", "LIGHT_RADIUS": "light_radius_m"}


@dataclass(frozen=True)
class Factor:
    name: str
    description: str
    safety_direction: int
    label_high: str
    label_low: str
    layer: str = ""  # an extra point layer's name, filled into the "{layer}" of its words

    def words(self, high, tr=untranslated):
        """The "high" (or low) words in the language of ``tr``."""
        return tr(self.label_high if high else self.label_low).format(layer=self.layer, name=self.name)

    def describe(self, tr=untranslated, settings=None):
        """The description in the language of ``tr``; with a model's ``factor_settings`` the counting radii are
        written as the distances the model used ("25 m"), not as parameter ids."""
        text = tr(self.description).format(layer=self.layer, name=self.name)
        for parameter, key in RADIUS_SETTINGS.items():
            if (settings or {}).get(key):
                text = text.replace(parameter, f"{settings[key]:g} m")
        return text


FACTORS = (
    Factor("cctv_n", tr_noop("CCTV cameras within CCTV_RADIUS of the segment (site camera counts summed)"), -1,
           tr_noop("many CCTV cameras"), tr_noop("few CCTV cameras")),
    Factor("cctv_d", tr_noop("distance in m to the nearest CCTV site (capped)"), +1,
           tr_noop("far from CCTV"), tr_noop("close to CCTV")),
    Factor("light_n", tr_noop("security and street lights within LIGHT_RADIUS of the segment"), -1,
           tr_noop("many security lights"), tr_noop("few security lights")),
    Factor("light_d", tr_noop("distance in m to the nearest light (capped)"), +1,
           tr_noop("far from security lights"), tr_noop("near a security light")),
    Factor("bell_d", tr_noop("distance in m to the nearest emergency bell (capped)"), +1,
           tr_noop("far from an emergency bell"), tr_noop("near an emergency bell")),
    Factor("guard_d", tr_noop("distance in m to the nearest women's safety guard house (capped)"), +1,
           tr_noop("far from a guard house"), tr_noop("near a guard house")),
    Factor("police_d", tr_noop("distance in m to the nearest police box (capped)"), +1,
           tr_noop("far from a police box"), tr_noop("near a police box")),
    Factor("route", tr_noop("1 if the segment runs along a safe-return route, else 0"), -1,
           tr_noop("on a safe-return route"), tr_noop("off safe-return routes")),
    Factor("risk_n", tr_noop("risk sites (e.g. entertainment venues) within 50 m of the segment"), 0,
           tr_noop("near entertainment venues"), tr_noop("no risk sites nearby")),
    Factor("pop_night", tr_noop("female night-time population density, people per km²"), 0,
           tr_noop("many people out at night"), tr_noop("few people out at night")),
    Factor("dead_end", tr_noop("1 if the segment lies on a piece of street that ends in a dead end"), 0,
           tr_noop("dead-end alley"), tr_noop("through street")),
    Factor("junction_d", tr_noop("distance in m along the street to the nearest junction (capped)"), 0,
           tr_noop("far from a junction"), tr_noop("near a junction")),
    Factor("width_m", tr_noop("street width in m, from the input's width field"), 0,
           tr_noop("wide street"), tr_noop("narrow street")),
)

# Crime history (engine.factors.history): crimes of the periods before the one predicted. No planner can change
# them, so scenarios leave them fixed; more past crime never lowers risk.
HISTORY_FACTORS = (
    Factor("hist_recent", tr_noop("crimes on the segment in earlier periods, weighted by how recent they were (the "
                                  "last period counts fully, one two periods earlier half)"), +1,
           tr_noop("crime here in recent periods"), tr_noop("no crime here in recent periods")),
    Factor("hist_k50", tr_noop("crimes per km of street within about 50 m along the streets, in earlier periods "
                               "(network kernel density, weighted by recency)"), +1,
           tr_noop("crime on nearby streets"), tr_noop("little crime on nearby streets")),
    Factor("hist_k100", tr_noop("crimes per km of street within about 100 m along the streets, in earlier periods "
                                "(network kernel density, weighted by recency)"), +1,
           tr_noop("crime on nearby streets"), tr_noop("little crime on nearby streets")),
    Factor("hist_k250", tr_noop("crimes per km of street within about 250 m along the streets, in earlier periods "
                                "(network kernel density, weighted by recency)"), +1,
           tr_noop("crime in the wider neighbourhood"), tr_noop("little crime in the wider neighbourhood")),
)

FACTORS_BY_NAME = {factor.name: factor for factor in FACTORS + HISTORY_FACTORS}


def factor_for(name):
    """The :class:`Factor` for ``name``; extra point layers (``<layer>_n`` / ``<layer>_d``) get generic words."""
    if name in FACTORS_BY_NAME:
        return FACTORS_BY_NAME[name]
    base, _, kind = name.rpartition("_")
    if kind == "n":
        return Factor(name, tr_noop("{layer} points within the count radius"), 0, tr_noop("many {layer} nearby"),
                      tr_noop("no {layer} nearby"), base)
    if kind == "d":
        return Factor(name, tr_noop("distance in m to the nearest {layer} point (capped)"), 0,
                      tr_noop("far from {layer}"), tr_noop("near {layer}"), base)
    return Factor(name, "{name}", 0, tr_noop("high {name}"), tr_noop("low {name}"))
