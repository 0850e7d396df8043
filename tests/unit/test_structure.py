"""Dead ends and street distance to the nearest junction on small networks drawn by hand."""
import numpy as np
import pytest

from anshim.engine.network.geometry import LineArrays
from anshim.engine.network.structure import network_structure


def split_every_10_m(*polylines):
    """Segments of 10 m (the last one shorter) along each straight-edged polyline, as Anshim's segmentation cuts."""
    segments = []
    for polyline in polylines:
        for start, end in zip(np.asarray(polyline[:-1], float), np.asarray(polyline[1:], float)):
            n = int(np.ceil(np.hypot(*(end - start)) / 10.0))
            cuts = start + np.linspace(0, 1, n + 1)[:, None] * (end - start)
            segments += [cuts[i:i + 2] for i in range(n)]
    return LineArrays.from_list(segments)


def test_loop_with_a_dead_end_stem_whose_end_stops_short_of_the_junction():
    loop = [(0, 0), (40, 0), (40, 40), (0, 40), (0, 0)]
    stem = [(20, -0.3), (20, -30.3)]  # ends 0.3 m short of the loop, within the snapping tolerance
    segments = split_every_10_m(loop, stem)
    dead_end, junction_d = network_structure(segments)
    assert dead_end.tolist() == [0] * 16 + [1] * 3
    # Along the loop from the junction at (20, 0): 5, 15, ... up to 75 m for the two segments opposite it.
    assert junction_d[:16].tolist() == [15, 5, 5, 15, 25, 35, 45, 55, 65, 75, 75, 65, 55, 45, 35, 25]
    assert junction_d[16:].tolist() == [5.0, 15.0, 25.0]


def test_cross_has_one_junction_and_four_dead_end_arms():
    segments = split_every_10_m([(0, 0), (20, 0)], [(0, 0), (-20, 0)], [(0, 0), (0, 20)], [(0, 0), (0, -20)])
    dead_end, junction_d = network_structure(segments)
    assert dead_end.tolist() == [1] * 8
    assert junction_d.tolist() == [5.0, 15.0] * 4


def test_closed_loop_without_junctions_is_no_dead_end_and_capped():
    segments = split_every_10_m([(0, 0), (30, 0), (30, 30), (0, 30), (0, 0)])
    dead_end, junction_d = network_structure(segments, cap_m=1000.0)
    assert dead_end.tolist() == [0] * 12
    assert junction_d.tolist() == [1000.0] * 12


def test_chain_in_10_m_segments_is_one_dead_end_piece():
    segments = split_every_10_m([(0, 0), (100, 0)])
    dead_end, junction_d = network_structure(segments, cap_m=1000.0)
    assert dead_end.tolist() == [1] * 10
    assert junction_d.tolist() == [1000.0] * 10


def test_street_between_two_junctions_is_a_through_street():
    # An H: two short cross streets joined by a 50 m street; only the four arms end in dead ends.
    segments = split_every_10_m([(0, 0), (50, 0)], [(0, -10), (0, 10)], [(50, -10), (50, 10)])
    dead_end, junction_d = network_structure(segments)
    assert dead_end.tolist() == [0] * 5 + [1] * 4
    assert junction_d.tolist() == pytest.approx([5, 15, 25, 15, 5, 5, 5, 5, 5])


def test_junction_distance_is_capped():
    segments = split_every_10_m([(0, 0), (300, 0)], [(0, 0), (0, 10)], [(0, 0), (0, -10)])
    _, junction_d = network_structure(segments, cap_m=100.0)
    assert junction_d[:30].tolist() == [5, 15, 25, 35, 45, 55, 65, 75, 85, 95] + [100] * 20


def test_ends_farther_apart_than_the_tolerance_stay_separate():
    segments = LineArrays.from_list([[(0, 0), (10, 0)], [(10.8, 0), (20, 0)], [(10.8, 0), (10.8, 10)]])
    _, junction_d = network_structure(segments, snap_tolerance_m=0.5)
    assert junction_d.tolist() == [1000.0] * 3
    _, junction_d = network_structure(segments, snap_tolerance_m=1.0)
    assert junction_d.tolist() == pytest.approx([5.0, 4.6, 5.0])


def test_empty_network():
    dead_end, junction_d = network_structure(LineArrays.from_list([]))
    assert dead_end.tolist() == [] and junction_d.tolist() == []


def test_segment_without_vertices_is_refused():
    with pytest.raises(ValueError, match="at least one vertex"):
        network_structure(LineArrays.from_list([[(0, 0), (10, 0)], np.empty((0, 2))]))
