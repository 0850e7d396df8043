"""The demo's streets: a warped lattice of 대로, 로 and alleys drawn like road-address centre-lines."""
from dataclasses import dataclass, replace

import numpy as np

from ..dependencies import require
from ..network.geometry import LineArrays, point_segment_distance, points_along
from ..network.spatial import SegmentIndex
from .calibration import (ALLEY_BREAK_P, ALLEY_WIDTHS_M, ALLEY_WIDTH_SHARES, COLUMN_SPACING_M, DAERO, DEAD_ENDS_PER_KM2,
                          DIAGONAL_ALLEYS_PER_KM2, DIAGONAL_LENGTH_M, DROP_VERTEX_P, GIL, KINK_M, KINK_P,
                          MAX_DROP_SHIFT_M, NODE_JITTER_M, REMOVE_ACROSS_P, REMOVE_ALONG_P, RO, ROW_SPACING_M,
                          SPLIT_AREA_M2, SPLIT_P, STUB_CLEARANCE_M, STUB_LENGTH_M, WARPS_M)
from .placement import (along_path, first_per_group, line_edges, line_midpoints, nearest_on, nearest_point_on_lines,
                        ray_hit_m, stations)


@dataclass
class Streets:
    lines: LineArrays
    names: np.ndarray
    road_class: np.ndarray  # ROA_CLS_SE: 2 대로, 3 로, 4 길
    width_m: np.ndarray


@dataclass
class Lattice:
    """The street graph the alley fabric was drawn from, kept for routing safe-return routes along streets."""

    nodes: np.ndarray  # (n_nodes, 2)
    edges: np.ndarray  # (n_edges, 2) node ids, kept edges only
    edge_arterial: np.ndarray
    edge_paths: list  # vertices of each edge from its first node to its second
    main_crossing: int  # node where the two 대로 cross
    shape: tuple  # (columns, rows); node id = column * rows + row


def build_streets(size_m, rng, origin=(0.0, 0.0)):
    """Centre-lines of the district (south-west corner at ``origin``) and the lattice they came from."""
    origin = np.asarray(origin, dtype=np.float64)
    lattice, lines = _lattice_streets(size_m, rng)
    snapped = _snap_line_ends([vertices for vertices, _, _ in lines], MAX_DROP_SHIFT_M + 0.5)
    lines = [(vertices, road_class, name) for vertices, (_, road_class, name) in zip(snapped, lines)]
    lines.append(_diagonal_road(lines, size_m))
    _add_cell_splits(lines, lattice, rng)
    _add_dead_end_stubs(lines, size_m, rng)
    _add_diagonal_alleys(lines, size_m, rng)
    line_arrays = LineArrays.from_list([line[0] + origin for line in lines])
    road_class = np.array([line[1] for line in lines], dtype=np.int8)
    streets = Streets(line_arrays, _street_names(line_arrays, road_class, [line[2] for line in lines]), road_class,
                      _street_widths(road_class, rng))
    return streets, replace(lattice, nodes=lattice.nodes + origin,
                            edge_paths=[path + origin for path in lattice.edge_paths])


def _lattice_streets(size_m, rng):
    """A warped, jittered lattice with some edges removed, cut into street lines.

    Returns the lattice and a list of ``(vertices, road_class, name or None)``: the ring road and two crossing
    대로 are named; alleys get names later.
    """
    xs = _axis_positions(size_m, COLUMN_SPACING_M, rng)
    ys = _axis_positions(size_m, ROW_SPACING_M, rng)
    nx, ny = len(xs), len(ys)
    main_column = 1 + int(np.argmin(np.abs(xs[1:-1] - 0.5 * size_m)))
    main_row = 1 + int(np.argmin(np.abs(ys[1:-1] - 0.45 * size_m)))
    nodes = _lattice_nodes(xs, ys, main_column, main_row, size_m, rng)
    node_id = np.arange(nx * ny).reshape(nx, ny)
    edges, arterial = _lattice_edges(node_id, main_column, main_row, rng)
    edge_paths = [_edge_path(nodes[a], nodes[b], is_arterial, rng) for (a, b), is_arterial in zip(edges, arterial)]
    lattice = Lattice(nodes, edges, arterial, edge_paths, int(node_id[main_column, main_row]), (nx, ny))
    degree = np.bincount(edges.ravel(), minlength=nx * ny)
    edge_of = {(a, b): e for e, (a, b) in enumerate(edges)}
    arterial_columns = {0: ("라온로", RO), main_column: ("누리대로", DAERO), nx - 1: ("다솜로", RO)}
    arterial_rows = {0: ("한빛로", RO), main_row: ("가온대로", DAERO), ny - 1: ("미리내로", RO)}
    lines = []
    for i in range(nx):
        lines += _lattice_line(node_id[i, :], arterial_columns.get(i), [j in arterial_rows for j in range(ny)],
                               lattice, edge_of, degree, rng)
    for j in range(ny):
        lines += _lattice_line(node_id[:, j], arterial_rows.get(j), [i in arterial_columns for i in range(nx)],
                               lattice, edge_of, degree, rng)
    return lattice, lines


def _axis_positions(size_m, spacing_m, rng):
    """Lattice line positions from 0 to ``size_m`` with uneven gaps drawn from ``spacing_m`` (low, high)."""
    gaps = rng.uniform(*spacing_m, max(2, int(round(size_m / np.mean(spacing_m)))))
    return np.concatenate([[0.0], np.cumsum(gaps)]) * size_m / gaps.sum()


def _lattice_nodes(xs, ys, main_column, main_row, size_m, rng):
    """Node positions: a smooth warp (zero on the boundary) bends every street; random jitter moves nodes, those
    on an arterial only along it, so arterials stay smooth."""
    grid = np.stack(np.meshgrid(xs, ys, indexing="ij"), axis=-1)
    taper = np.sin(np.pi * grid[..., 0] / size_m) * np.sin(np.pi * grid[..., 1] / size_m)
    warp = sum(amplitude_m * np.stack([smooth_field(grid, rng, wavelength_m), smooth_field(grid, rng, wavelength_m)],
                                      axis=-1) for amplitude_m, wavelength_m in WARPS_M)
    jitter = np.clip(rng.normal(0.0, NODE_JITTER_M / 2, grid.shape), -NODE_JITTER_M, NODE_JITTER_M)
    on_column = np.isin(np.arange(len(xs)), [0, main_column, len(xs) - 1])
    on_row = np.isin(np.arange(len(ys)), [0, main_row, len(ys) - 1])
    jitter[on_column, :, 0] = 0.0
    jitter[:, on_row, 1] = 0.0
    return (grid + taper[..., None] * warp + jitter).reshape(-1, 2)


def smooth_field(xy, rng, wavelength_m, n_waves=4):
    """A smooth random field of about unit amplitude: a sum of plane waves in random directions."""
    angle = rng.uniform(0.0, 2 * np.pi, n_waves)
    wavelength = wavelength_m * rng.uniform(0.7, 1.3, n_waves)
    wave_vector = 2 * np.pi / wavelength[:, None] * np.stack([np.cos(angle), np.sin(angle)], axis=1)
    phase = rng.uniform(0.0, 2 * np.pi, n_waves)
    return np.sin(xy @ wave_vector.T + phase).sum(axis=-1) / np.sqrt(n_waves / 2)


def _lattice_edges(node_id, main_column, main_row, rng):
    """Edges between lattice neighbours, some alley edges removed, only the largest connected part kept."""
    nx, ny = node_id.shape
    arterial_columns = np.isin(np.arange(nx), [0, main_column, nx - 1])
    arterial_rows = np.isin(np.arange(ny), [0, main_row, ny - 1])
    along_x = np.stack([node_id[:-1, :].ravel(), node_id[1:, :].ravel()], axis=1)
    along_y = np.stack([node_id[:, :-1].ravel(), node_id[:, 1:].ravel()], axis=1)
    arterial = np.concatenate([np.broadcast_to(arterial_rows, (nx - 1, ny)).ravel(),
                               np.broadcast_to(arterial_columns[:, None], (nx, ny - 1)).ravel()])
    # Rows are the long sides of most blocks; dropping more cross streets makes longer, brick-like blocks.
    remove_p = np.concatenate([np.full(len(along_x), REMOVE_ALONG_P), np.full(len(along_y), REMOVE_ACROSS_P)])
    keep = arterial | (rng.random(len(remove_p)) >= remove_p)
    edges, arterial = np.concatenate([along_x, along_y])[keep], arterial[keep]
    in_largest = _largest_component(edges, nx * ny)
    return edges[in_largest], arterial[in_largest]


def _largest_component(edges, n_nodes):
    sparse, csgraph = require("scipy.sparse"), require("scipy.sparse.csgraph")
    graph = sparse.coo_matrix((np.ones(len(edges)), (edges[:, 0], edges[:, 1])), shape=(n_nodes, n_nodes))
    _, label = csgraph.connected_components(graph, directed=False)
    sizes = np.bincount(label[edges[:, 0]], minlength=label.max() + 1)
    return label[edges[:, 0]] == np.argmax(sizes)


def _edge_path(start, end, is_arterial, rng):
    """An edge's vertices; some alley edges get a kink so alleys bend."""
    if is_arterial or rng.random() >= KINK_P:
        return np.array([start, end])
    direction = end - start
    normal = np.array([-direction[1], direction[0]]) / np.hypot(*direction)
    kink = start + rng.uniform(0.35, 0.65) * direction + np.clip(rng.normal(0, KINK_M / 2), -KINK_M, KINK_M) * normal
    return np.array([start, kink, end])


def _lattice_line(node_sequence, arterial, crosses_arterial, lattice, edge_of, degree, rng):
    """Cut one lattice row or column into street lines: ``[(vertices, road_class, name)]``. ``arterial`` is
    ``(name, road_class)`` for an arterial row or column, else None.

    An arterial line ends only where it crosses another arterial. An alley line ends at arterials, at missing
    edges, and at half its junctions, as road-address lines run between road-name ends.
    """
    runs, current = [], []
    for k in range(len(node_sequence) - 1):
        edge = edge_of.get((node_sequence[k], node_sequence[k + 1]), -1)
        node = node_sequence[k]
        ends_here = crosses_arterial[k] if arterial else (
            crosses_arterial[k] or (degree[node] >= 3 and rng.random() < ALLEY_BREAK_P))
        if current and (edge < 0 or ends_here):
            runs.append(current)
            current = []
        if edge >= 0:
            current.append(edge)
    if current:
        runs.append(current)
    name, road_class = arterial or (None, GIL)
    return [(_run_vertices(run, lattice, arterial is not None, rng), road_class, name) for run in runs]


def _run_vertices(run, lattice, is_arterial, rng):
    """The vertices of a run of lattice edges, with some junction vertices left out (at most one in a row, and only
    where leaving it out shifts the line less than MAX_DROP_SHIFT_M)."""
    paths = [lattice.edge_paths[edge] for edge in run]
    vertices = np.concatenate([paths[0]] + [path[1:] for path in paths[1:]])
    is_joint = np.zeros(len(vertices), dtype=bool)
    is_joint[np.cumsum([len(path) - 1 for path in paths])[:-1]] = True
    keep = np.ones(len(vertices), dtype=bool)
    last_kept, dropped_previous = vertices[0], False
    for k in range(1, len(vertices) - 1):
        if is_joint[k] and not dropped_previous and rng.random() < DROP_VERTEX_P[is_arterial]:
            if point_segment_distance(vertices[k], last_kept, vertices[k + 1]) < MAX_DROP_SHIFT_M:
                keep[k], dropped_previous = False, True
                continue
        last_kept, dropped_previous = vertices[k], False
    return vertices[keep]


def _snap_line_ends(vertex_lists, max_shift_m):
    """Move each line end that stops near another line (whose junction vertex was left out) onto that line: the
    lines then meet in a T with no shared vertex, as road-address centre-lines do."""
    lines = LineArrays.from_list(vertex_lists)
    starts, ends = lines.endpoints()
    ends_xy = np.concatenate([starts, ends])
    own_line = np.tile(np.arange(len(lines)), 2)
    point, line, distance = SegmentIndex(lines).pairs_within(ends_xy, max_shift_m)
    off_line = (line != own_line[point]) & (distance > 1e-7)
    point, line, distance = point[off_line], line[off_line], distance[off_line]
    nearest = first_per_group(point, distance)
    point, line = point[nearest], line[nearest]
    coords = lines.coords.copy()
    end_vertex = np.concatenate([lines.offsets[:-1], lines.offsets[1:] - 1])
    coords[end_vertex[point]] = nearest_point_on_lines(ends_xy[point], lines, line)
    return LineArrays(coords, lines.offsets).to_list()


def _diagonal_road(lines, size_m):
    """A straight 로 from the southern ring road north-east to the east-west 대로, crossing alleys on its way."""
    ring = [vertices for vertices, _, name in lines if name == "한빛로"]
    origin = nearest_on(np.array([0.08 * size_m, 0.0]), line_edges(ring))
    main_road = line_edges([vertices for vertices, _, name in lines if name == "가온대로"])
    direction = np.array([np.cos(np.radians(55.0)), np.sin(np.radians(55.0))])
    return np.array([origin, origin + ray_hit_m(origin, direction, *main_road) * direction]), RO, "비단로"


def _add_cell_splits(lines, lattice, rng):
    """Cut large blocks with an alley from one side to the first street opposite (a dead end if there is none)."""
    nx, ny = lattice.shape
    corner = lattice.nodes.reshape(nx, ny, 2)
    x_extent = corner[1:, :-1, 0] - corner[:-1, :-1, 0]
    y_extent = corner[:-1, 1:, 1] - corner[:-1, :-1, 1]
    candidates = np.argwhere((x_extent * y_extent > SPLIT_AREA_M2) & (rng.random(x_extent.shape) < SPLIT_P))
    kept = {tuple(edge) for edge in lattice.edges}
    path_of = {tuple(edge): path for edge, path in zip(lattice.edges, lattice.edge_paths)}
    starts, ends = line_edges([vertices for vertices, _, _ in lines])
    for i, j in candidates:
        node = i * ny + j
        # Cut across the longer side: from the south side northward, or from the west side eastward.
        side, extent = ((node, node + ny), y_extent[i, j]) if x_extent[i, j] >= y_extent[i, j] else \
            ((node, node + 1), x_extent[i, j])
        if side not in kept:
            continue
        origin = nearest_on(along_path(path_of[side], rng.uniform(0.35, 0.65)), (starts, ends))
        along = lattice.nodes[side[1]] - lattice.nodes[side[0]]
        inward = np.array([-along[1], along[0]]) if side[1] == node + ny else np.array([along[1], -along[0]])
        inward /= np.hypot(*inward)
        hit_m = ray_hit_m(origin, inward, starts, ends)
        length_m = hit_m if hit_m <= 1.6 * extent else 0.45 * extent
        vertices = np.array([origin, origin + length_m * inward])
        lines.append((vertices, GIL, None))
        starts, ends = np.concatenate([starts, vertices[:1]]), np.concatenate([ends, vertices[1:]])


def _add_dead_end_stubs(lines, size_m, rng):
    """Short dead-end alleys (막다른 골목) off alleys until the district has DEAD_ENDS_PER_KM2."""
    vertex_lists = [vertices for vertices, _, _ in lines]
    needed = int(round(DEAD_ENDS_PER_KM2 * (size_m / 1000.0) ** 2)) - _dead_end_count(vertex_lists)
    starts, ends = line_edges(vertex_lists)
    for origin, tangent in zip(*_alley_stations(lines, rng)):
        if needed <= 0:
            break
        normal = np.array([-tangent[1], tangent[0]]) * rng.choice([-1.0, 1.0])
        tip = origin + rng.uniform(*STUB_LENGTH_M) * normal
        if ray_hit_m(origin, normal, starts, ends) < np.hypot(*(tip - origin)) + STUB_CLEARANCE_M or \
                point_segment_distance(tip, starts, ends).min() < STUB_CLEARANCE_M:
            continue
        lines.append((np.array([origin, tip]), GIL, None))
        starts, ends = np.concatenate([starts, origin[None]]), np.concatenate([ends, tip[None]])
        needed -= 1


def _add_diagonal_alleys(lines, size_m, rng):
    """A few alleys leaving an alley at 35–55° and running to the first street they meet."""
    needed = int(round(DIAGONAL_ALLEYS_PER_KM2 * (size_m / 1000.0) ** 2))
    starts, ends = line_edges([vertices for vertices, _, _ in lines])
    for origin, tangent in zip(*_alley_stations(lines, rng)):
        if needed <= 0:
            break
        angle = np.radians(rng.uniform(35.0, 55.0)) * rng.choice([-1.0, 1.0]) + rng.choice([0.0, np.pi])
        direction = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]]) @ tangent
        hit_m = ray_hit_m(origin, direction, starts, ends)
        if not DIAGONAL_LENGTH_M[0] <= hit_m <= DIAGONAL_LENGTH_M[1]:
            continue
        vertices = np.array([origin, origin + hit_m * direction])
        lines.append((vertices, GIL, None))
        starts, ends = np.concatenate([starts, vertices[:1]]), np.concatenate([ends, vertices[1:]])
        needed -= 1


def _alley_stations(lines, rng, step_m=10.0, end_clearance_m=15.0):
    """Points every ``step_m`` along alley lines, away from their ends, in random order: ``(xy, unit tangents)``."""
    alleys = LineArrays.from_list([vertices for vertices, road_class, _ in lines if road_class == GIL])
    line, along = stations(alleys, np.ones(len(alleys), dtype=bool), step_m)
    away_from_ends = (along > end_clearance_m) & (along < alleys.lengths()[line] - end_clearance_m)
    order = rng.permutation(np.flatnonzero(away_from_ends))
    return points_along(alleys, line[order], along[order])


def _dead_end_count(vertex_lists, tolerance_m=0.5):
    """Line ends touching no other line."""
    lines = LineArrays.from_list(vertex_lists)
    ends_xy = np.concatenate(lines.endpoints())
    point, line, _ = SegmentIndex(lines).pairs_within(ends_xy, tolerance_m)
    touches_other = np.zeros(len(ends_xy), dtype=bool)
    touches_other[point[line != np.tile(np.arange(len(lines)), 2)[point]]] = True
    return int(np.count_nonzero(~touches_other))


def _street_names(lines, road_class, names):
    """Arterial names as given; alleys are numbered after the nearest arterial, like 가온대로12길."""
    line, along = stations(lines, road_class != GIL, 10.0)
    nearest = require("scipy.spatial").cKDTree(points_along(lines, line, along)[0]).query(
        line_midpoints(lines))[1]
    counters, result = {}, []
    for k, name in enumerate(names):
        if road_class[k] == GIL:
            base = names[line[nearest[k]]]
            counters[base] = counters.get(base, 0) + 1
            name = f"{base}{counters[base]}길"
        result.append(name)
    return np.array(result, dtype=object)


def _street_widths(road_class, rng):
    """Widths in m: 대로 40–50, 로 15–30, alleys drawn from 역삼1동's alley widths."""
    return np.select(
        [road_class == DAERO, road_class == RO],
        [rng.choice([40.0, 50.0], len(road_class)), rng.choice([15.0, 20.0, 25.0, 30.0], len(road_class))],
        rng.choice(ALLEY_WIDTHS_M, len(road_class), p=ALLEY_WIDTH_SHARES))
