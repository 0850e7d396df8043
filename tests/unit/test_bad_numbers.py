"""Bad numbers in the engine are refused with a sentence, never a hang or a crash further on (issue 21: P11, P15,
P16, P20, R06, P37, SC-c9)."""
import math
import time

import numpy as np
import pytest

from anshim.engine.network.geometry import LineArrays
from anshim.engine.network.routes import SegmentGraph, safest_path
from anshim.engine.planning import proposals
from anshim.engine.planning.proposals import ProposalError

BAD = [math.nan, math.inf, -math.inf, 1e300, "abc", None]


@pytest.mark.parametrize("bad", BAD)
def test_a_site_with_a_coordinate_that_is_not_a_finite_number_is_refused(bad):
    with pytest.raises(ProposalError, match="coordinates must be finite numbers"):
        proposals.site("A", "light", bad, 545000.0)
    with pytest.raises(ProposalError, match="coordinates must be finite numbers"):
        proposals.site("A", "cctv", 192000.0, bad)


@pytest.mark.parametrize("bad", [math.nan, math.inf, 1e300])
def test_a_route_with_a_vertex_that_is_not_finite_is_refused(bad):
    with pytest.raises(ProposalError, match="not finite numbers"):
        proposals.route("A", "r", [(192350.9, 545958.9), (bad, 545958.9)])


@pytest.mark.parametrize("cameras", [10 ** 9, 65, 0, -5, 2.5, math.inf, "two"])
def test_implausible_camera_counts_are_refused_with_the_range(cameras):
    with pytest.raises(ProposalError, match="from 1 to 64"):
        proposals.site("A", "cctv", 192000.0, 545000.0, cameras)


def test_plausible_camera_counts_and_the_default_are_kept():
    assert proposals.site("A", "cctv", 1.0, 2.0, 64).cameras == 64
    assert proposals.site("A", "cctv", 1.0, 2.0, None).cameras == 1
    assert proposals.site("A", "cctv", 1.0, 2.0, "3").cameras == 3


@pytest.mark.parametrize("max_detour", [math.nan, math.inf, 0.5, -1.0])
def test_a_detour_that_is_not_a_finite_number_of_at_least_one_is_refused_at_once(max_detour):
    lines = LineArrays.from_list([np.array([[0.0, 0.0], [10.0, 0.0]]), np.array([[10.0, 0.0], [20.0, 0.0]])])
    graph = SegmentGraph.from_segments(lines)
    started = time.perf_counter()
    with pytest.raises(ValueError, match="finite number of at least 1"):
        safest_path(graph, np.ones(2), (1.0, 0.0), (19.0, 0.0), max_detour)
    assert time.perf_counter() - started < 5.0
