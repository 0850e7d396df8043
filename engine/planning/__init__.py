"""What a planner does with a model: proposals, scenarios, the siting optimiser, route audits, reports and briefing words.

May import ``model``, ``factors``, ``network``, ``storage`` and the engine's root modules; never ``demo``.
"""
