"""Files written with numpy alone: SQLite database images (GeoPackage tables) and their packed R-trees.

May import the engine's root modules only.
"""
