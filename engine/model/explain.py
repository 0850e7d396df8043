"""Why a segment got its risk: the factor that raised it most and the one that lowered it most, in words.

Method (path attribution, Saabas 2014). The model's raw score is a sum over boosted trees. Each tree node carries a
value: the mean tree output over the training segments that reached it. Following a segment down a tree, every
split it passes moves the value from the node's to the chosen child's; that change is credited to the factor the
split tests. Summed over the path, the changes telescope from the root value (the tree's average output) to the
leaf the segment lands in, so for every segment

    raw score = average raw score over the training segments + sum of its factor contributions

exactly. A positive contribution means the factor's value on this segment pushed its risk above the average
segment's, a negative one pushed it below.

``risk_factor`` names the factor with the largest positive contribution, ``protective_factor`` the one with the
largest negative contribution, each in the factor's "high" or "low" words from :mod:`engine.factors.fields`. For a factor with a
safety direction (lights, cameras, bells, guard houses, police boxes, safe-return routes) the words follow the
direction of its effect, which the monotonic constraint ties to its value: at every split on such a factor the
lower-risk side is the safer value, so a light count that raised risk reads "few security lights" and one that
lowered it "many security lights". Comparing with the median instead would call a segment whose count equals the
median "few security lights" even where those lights lowered its risk. For a free factor (venues, night-time
population, street form) the words compare the segment's value with the factor's median over the training network:
above it reads "high" (e.g. "near entertainment venues"), otherwise "low" (e.g. "through street"). When no factor
raises (or lowers) the risk, the field is empty. Factors the model lists as ``unexplained_factors`` in its training
summary (lighting from a light layer far too sparse to mean anything) are never named. Contributions are in log-odds and describe the model, not causes:
a free factor that merely travels with crime in the training data can appear.
"""
import numpy as np

from ..factors.fields import factor_for
from ..i18n import untranslated

# Contributions smaller than this (in log-odds) are rounding noise, not a factor raising or lowering risk.
NEGLIGIBLE_CONTRIBUTION = 1e-9


def explain(model, X, contributions=None, tr=untranslated):
    """``(risk_factor, protective_factor)``: arrays of words (dtype object) per row of factor values ``X``, in the
    language of ``tr`` (a translator of :data:`engine.factors.fields.TR_CONTEXT`; default English).

    Pass ``contributions`` from ``model.contributions(X)`` when already computed, to avoid evaluating twice.
    """
    X = np.asarray(X, dtype=np.float64)
    if contributions is None:
        contributions = model.contributions(X)[1]
    unexplained_names = getattr(model, "training", {}).get("unexplained_factors", [])
    unexplained = [model.factor_names.index(name) for name in unexplained_names if name in model.factor_names]
    if unexplained:  # a layer too sparse to mean anything (engine.model.training_notes.sparse_layers)
        contributions = np.array(contributions, dtype=np.float64)
        contributions[:, unexplained] = 0.0
    rows = np.arange(len(X))
    raising, lowering = contributions.argmax(axis=1), contributions.argmin(axis=1)
    factors = [factor_for(name) for name in model.factor_names]
    # each factor's words are translated once, then picked per row
    words = (np.array([factor.words(True, tr) for factor in factors], dtype=object),
             np.array([factor.words(False, tr) for factor in factors], dtype=object))
    risk_factor = _words(model, X, rows, raising, contributions[rows, raising] > NEGLIGIBLE_CONTRIBUTION, +1, words)
    protective_factor = _words(model, X, rows, lowering, contributions[rows, lowering] < -NEGLIGIBLE_CONTRIBUTION, -1,
                               words)
    return risk_factor, protective_factor


def _words(model, X, rows, factor_index, has_effect, effect, words):
    """Words for each row's chosen factor, whose contribution has sign ``effect`` (+1 raises risk, -1 lowers it);
    ``words`` holds every factor's (high, low) words."""
    high_words, low_words = words
    direction = model.constraints[factor_index]
    # A constrained factor raising risk has its risky value: high if more is riskier (+1), low if more is safer (-1).
    is_high = np.where(direction == 0, X[rows, factor_index] > model.reference[factor_index], direction == effect)
    chosen = np.where(is_high, high_words[factor_index], low_words[factor_index])
    chosen[~has_effect] = ""
    return chosen
