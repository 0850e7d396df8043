"""Issue 21, second part: inputs that gave a silent wrong result or an unclear message now get a clear sentence."""
from support import memory_layer


def test_duplicate_streets_are_warned_with_the_layer_and_how_many(run_algorithm):
    """S09: every street given twice doubled the network without a word."""
    lines = ["LINESTRING(0 0, 30 0, 30 25)", "LINESTRING(0 0, 0 40)"]
    streets = memory_layer("LineString", "EPSG:5186", lines + ["LINESTRING(30 25, 30 0, 0 0)", lines[1]],
                           name="twice")
    _, messages = run_algorithm("anshim:segmentstreets", {"INPUT": streets, "OUTPUT": "memory:"})
    warning = [message for message in messages if "exactly the vertices of another line" in message]
    assert len(warning) == 1 and "'twice'" in warning[0] and ": 2 line(s)" in warning[0]
    _, messages = run_algorithm("anshim:segmentstreets", {
        "INPUT": memory_layer("LineString", "EPSG:5186", lines, name="once"), "OUTPUT": "memory:"})
    assert not any("exactly the vertices" in message for message in messages)
