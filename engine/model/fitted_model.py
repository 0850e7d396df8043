"""A fitted safety model: trees, calibration, grade thresholds and the tie-break; predicts with numpy alone."""
import numpy as np

from ..factors.fields import factor_for
from .forest import Forest
from .grades import grade_from_risk
from ..i18n import TranslatableError, tr_noop

TR_CONTEXT = "Model"

# Grade thresholds cannot split segments of equal risk, and whole grades vanished when thousands of segments shared
# one risk (issue 22). Segments whose trees give the same raw score are therefore ordered by a secondary key: crime
# on the segment in earlier periods (hist_recent), then along the streets within about 50 m (hist_k50), then 250 m
# (hist_k250), each a thousand times finer than the one before. The key adds at most TIE_BREAK_RAW to the raw
# score (log-odds), far below any difference the trees make, so it only orders what the trees leave tied; it
# depends on history alone, which no scenario changes, so a scenario re-grades with the same order.
TIE_BREAK_FACTORS = ("hist_recent", "hist_k50", "hist_k250")
TIE_BREAK_RAW = 1e-6


class SafetyModel:
    """A fitted safety model: gradient-boosted trees, their calibration to crime probability, and grade thresholds.

    ``factor_names``: the factor fields the model reads, in column order. ``constraints``: per factor ``-1`` (more
    never raises risk), ``+1`` (more never lowers risk) or ``0`` (free). ``forest``: the boosted trees
    (:class:`~.forest.Forest`), giving a raw score in log-odds. ``calibration_raw`` / ``calibration_risk``:
    increasing knots mapping the raw score to the probability that a segment sees crime, linearly between knots and
    flat beyond them. ``reference``: each factor's training median, against which explanations call a value high or
    low. ``thresholds``: four ascending risk values cutting grades 1..5 (see :mod:`.grades`), or None until set.
    ``training``: a JSON-ready summary of how the model was fitted. ``tie_break``: ``{"factors": [...],
    "scales": [...]}``, the factors ordering tied raw scores and the value each is divided by (see
    :data:`TIE_BREAK_FACTORS`), or None.
    """

    def __init__(self, factor_names, constraints, forest, calibration_raw, calibration_risk, reference,
                 thresholds=None, training=None, tie_break=None):
        self.factor_names = tuple(str(name) for name in factor_names)
        self.constraints = np.asarray(constraints, dtype=np.int8)
        self.forest = forest
        self.calibration_raw = np.asarray(calibration_raw, dtype=np.float64)
        self.calibration_risk = np.asarray(calibration_risk, dtype=np.float64)
        self.reference = np.asarray(reference, dtype=np.float64)
        self.thresholds = thresholds
        self.training = dict(training or {})
        self.tie_break = tie_break
        self._check()

    @property
    def thresholds(self):
        return self._thresholds

    @thresholds.setter
    def thresholds(self, thresholds):
        if thresholds is not None:
            thresholds = np.asarray(thresholds, dtype=np.float64)
            if thresholds.shape != (4,) or not np.isfinite(thresholds).all() or np.any(np.diff(thresholds) < 0):
                raise TranslatableError(TR_CONTEXT, tr_noop(
                    "Grade thresholds must be four finite, ascending risk values."))
        self._thresholds = thresholds

    def check_inputs(self, available_field_names):
        """Raise ValueError naming every factor the model needs that ``available_field_names`` lacks."""
        available = set(available_field_names)
        missing = [name for name in self.factor_names if name not in available]
        if missing:
            raise TranslatableError(TR_CONTEXT, tr_noop(
                "The model needs factor field(s) {names}, which the input does not have. "
                "Compute the factors with the settings the model was trained with."), names=', '.join(missing))

    def factors_used(self):
        """Names of the factors some tree splits on. The others change no prediction: the fit found no effect of
        them it could tell from noise (a factor present on a few hundred segments, say)."""
        split_on = np.unique(self.forest.feature[~self.forest.is_leaf])
        return {self.factor_names[index] for index in split_on.tolist()}

    def predict_raw(self, X, progress=None):
        """Raw scores (log-odds of the boosted trees, plus the tie-break) for rows of factor values in
        ``factor_names`` order."""
        return self.forest.predict_raw(X, progress) + self.tie_break_raw(X)

    def contributions(self, X, progress=None):
        """Raw scores and per-factor contributions ``(n, n_factors)``; see :func:`.explain.explain` for the method."""
        raw, contributions = self.forest.evaluate(X, progress)
        return raw + self.tie_break_raw(X), contributions

    def tie_break_raw(self, X):
        """What the tie-break adds to each row's raw score: 0 … :data:`TIE_BREAK_RAW`."""
        if not self.tie_break:
            return 0.0
        X = np.asarray(X, dtype=np.float64)
        key = np.zeros(len(X))
        for rank, (name, scale) in enumerate(zip(self.tie_break["factors"], self.tie_break["scales"])):
            column = np.nan_to_num(X[:, self.factor_names.index(name)], nan=0.0)
            key += np.clip(column / scale, 0.0, 1.0) * 1000.0 ** -rank
        return key * (TIE_BREAK_RAW / 1.002)

    def set_tie_break(self, X):
        """Order tied raw scores by :data:`TIE_BREAK_FACTORS` that the model has, scaled by their largest values in
        ``X``; no tie-break when it has none of them."""
        present = [name for name in TIE_BREAK_FACTORS if name in self.factor_names]
        scales = [float(np.nanmax(X[:, self.factor_names.index(name)], initial=0.0)) for name in present]
        kept = [(name, scale) for name, scale in zip(present, scales) if scale > 0]
        self.tie_break = ({"factors": [name for name, _ in kept], "scales": [scale for _, scale in kept]}
                          if kept else None)

    def risk_from_raw(self, raw):
        """Calibrated probability (0..1) that a segment sees crime, from raw scores."""
        return np.interp(raw, self.calibration_raw, self.calibration_risk)

    def predict_risk(self, X, progress=None):
        """Calibrated probability (0..1) that each row's segment sees crime."""
        return self.risk_from_raw(self.predict_raw(X, progress))

    def grade(self, risk):
        """Grade 1 (safest) to 5 (least safe) for each risk, with the model's thresholds."""
        if self.thresholds is None:
            raise TranslatableError(TR_CONTEXT, tr_noop(
                "The model has no grade thresholds yet; set them with "
                "grades.grade_thresholds."))
        return grade_from_risk(risk, self.thresholds)

    def _check(self):
        n_factors = len(self.factor_names)
        if n_factors == 0 or len(set(self.factor_names)) != n_factors:
            raise TranslatableError(TR_CONTEXT, tr_noop("Factor names must be present and distinct."))
        if self.constraints.shape != (n_factors,) or not np.isin(self.constraints, (-1, 0, 1)).all():
            raise TranslatableError(TR_CONTEXT, tr_noop("There must be one constraint of -1, 0 or 1 per factor."))
        if self.reference.shape != (n_factors,) or not np.isfinite(self.reference).all():
            raise TranslatableError(TR_CONTEXT, tr_noop("There must be one finite reference value per factor."))
        if not isinstance(self.forest, Forest) or self.forest.n_features != n_factors:
            raise TranslatableError(TR_CONTEXT, tr_noop("The trees must read exactly the model's factors."))
        if self.tie_break is not None:
            tie_factors, scales = self.tie_break.get("factors"), self.tie_break.get("scales")
            if (not isinstance(tie_factors, list) or not isinstance(scales, list) or len(tie_factors) != len(scales)
                    or not set(tie_factors) <= set(self.factor_names)
                    or not all(isinstance(scale, (int, float)) and scale > 0 for scale in scales)):
                raise TranslatableError(TR_CONTEXT, tr_noop(
                    "The tie-break must name factors of the model, each with a positive scale."))
        knots_x, knots_y = self.calibration_raw, self.calibration_risk
        if (knots_x.ndim != 1 or len(knots_x) == 0 or knots_x.shape != knots_y.shape
                or not (np.isfinite(knots_x).all() and np.isfinite(knots_y).all())
                or np.any(np.diff(knots_x) <= 0) or np.any(np.diff(knots_y) < 0)
                or knots_y[0] < 0 or knots_y[-1] > 1):
            raise TranslatableError(TR_CONTEXT, tr_noop(
                "Calibration knots must be finite, with raw scores rising and risks "
                "rising within 0..1."))


def safety_constraints(factor_names):
    """Monotonic constraint per factor from :mod:`engine.factors.fields`: ``-1`` more never raises risk, ``+1`` never lowers it."""
    return np.array([factor_for(name).safety_direction for name in factor_names], dtype=np.int8)


def safety_constraints(factor_names):
    """Monotonic constraint per factor from :mod:`engine.factors.fields`: ``-1`` more never raises risk, ``+1`` never lowers it."""
    return np.array([factor_for(name).safety_direction for name in factor_names], dtype=np.int8)
