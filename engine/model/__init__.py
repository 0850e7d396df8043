"""The safety model: training, validation and metrics, the monotone forest, grades, explanations, model file and card.

May import ``factors``, ``network``, ``storage`` and the engine's root modules; never ``planning`` or ``demo``.
"""
