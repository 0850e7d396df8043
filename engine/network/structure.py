"""Street-network structure of every segment: does it lie on a dead-end piece, and how far is the nearest junction.

Nodes are segment ends clustered within a snapping tolerance: segments from Anshim's segmentation share exact
end points, but the end of a street meeting another in a T may stop up to the tolerance short of the split point.
A node's degree is the number of segment ends at it: three or more is a junction, one is a dead end. A *piece* is a
maximal chain of segments joined through degree-2 nodes, i.e. a street between two junctions or dead ends.
"""
import numpy as np

from ..dependencies import require


def network_structure(segments, snap_tolerance_m=0.5, cap_m=1000.0):
    """``(dead_end, junction_d)`` for every segment of ``segments`` (a :class:`LineArrays` in metres).

    ``dead_end`` (int8) is 1 when the segment's piece has a dead end. ``junction_d`` is the distance in m along
    the streets from the segment's midpoint to the nearest junction node, capped at ``cap_m`` (also when the
    segment's part of the network has no junction).
    """
    n_segments = len(segments)
    if not n_segments:
        return np.zeros(0, dtype=np.int8), np.zeros(0)
    if np.any(segments.vertex_counts() == 0):
        raise ValueError("every segment needs at least one vertex; drop empty geometries first")
    start_node, end_node = segment_end_nodes(segments, snap_tolerance_m)
    degree = np.bincount(np.concatenate([start_node, end_node]))
    length_m = segments.lengths()
    dead_end = _dead_end_pieces(start_node, end_node, degree)
    junction_d = _junction_distance(start_node, end_node, degree, length_m, cap_m)
    return dead_end, junction_d


def segment_end_nodes(segments, snap_tolerance_m):
    """Node id of each segment's start and end: ends within ``snap_tolerance_m`` of each other (transitively)."""
    spatial, csgraph, sparse = require("scipy.spatial"), require("scipy.sparse.csgraph"), require("scipy.sparse")
    starts, ends = segments.endpoints()
    ends_xy = np.concatenate([starts, ends])
    close = spatial.cKDTree(ends_xy, balanced_tree=False).query_pairs(snap_tolerance_m, output_type="ndarray")
    n_ends = len(ends_xy)
    links = sparse.coo_matrix((np.ones(len(close), dtype=np.int8), (close[:, 0], close[:, 1])),
                              shape=(n_ends, n_ends))
    _, node = csgraph.connected_components(links, directed=False)
    return node[:len(segments)], node[len(segments):]


def _dead_end_pieces(start_node, end_node, degree):
    """1 for segments whose piece (chain through degree-2 nodes) reaches a degree-1 node."""
    csgraph, sparse = require("scipy.sparse.csgraph"), require("scipy.sparse")
    n_segments = len(start_node)
    end_node_of = np.concatenate([start_node, end_node])
    # The two segment ends at each degree-2 node are consecutive once ends are sorted by node.
    order = np.argsort(end_node_of, kind="stable")
    through = degree[end_node_of[order]] == 2
    first_of_pair = order[through][0::2] % n_segments
    second_of_pair = order[through][1::2] % n_segments
    joins = sparse.coo_matrix((np.ones(len(first_of_pair), dtype=np.int8), (first_of_pair, second_of_pair)),
                              shape=(n_segments, n_segments))
    _, piece = csgraph.connected_components(joins, directed=False)
    touches_dead_end = (degree[start_node] == 1) | (degree[end_node] == 1)
    piece_dead = np.bincount(piece, weights=touches_dead_end) > 0
    return piece_dead[piece].astype(np.int8)


def _junction_distance(start_node, end_node, degree, length_m, cap_m):
    """Street distance from each segment's midpoint to the nearest junction, via multi-source Dijkstra on nodes."""
    junctions = np.flatnonzero(degree >= 3)
    if not len(junctions):
        return np.full(len(start_node), float(cap_m))
    csgraph, sparse = require("scipy.sparse.csgraph"), require("scipy.sparse")
    n_nodes = len(degree)
    # Parallel segments between two nodes add up in the sparse matrix. That never changes a result: a node joined
    # to its neighbour only by parallel segments has degree 2, so the neighbour is a junction (distance 0) or the
    # pair forms a loop with no junction at all.
    graph = sparse.csr_matrix((length_m, (start_node, end_node)), shape=(n_nodes, n_nodes))
    node_distance = csgraph.dijkstra(graph, directed=False, indices=junctions, min_only=True, limit=cap_m)
    to_junction = np.minimum(node_distance[start_node], node_distance[end_node]) + length_m / 2.0
    return np.minimum(to_junction, cap_m)
