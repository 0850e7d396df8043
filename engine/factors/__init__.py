"""Safety factors per segment: their field names and words, crime counts, facilities, population and structure.

May import ``network``, ``storage`` and the engine's root modules.
"""
