"""The demo district: a generated street network with facilities and crimes drawn from a documented ground truth.

May import every other part of the engine; nothing in the engine imports it.
"""
