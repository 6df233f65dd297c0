#!/usr/bin/env python3
"""Writes seeds/germany-states.csv: the outlines of the 16 German states, simplified.

Input: a TopoJSON file of Natural Earth's 1:10m admin-1 states filtered to Germany
(ADM0_A3 = 'DEU', 16 features with a `name` property). Each shared border (TopoJSON arc)
is simplified once with Douglas-Peucker, its end points kept, so neighbouring states
still meet without gaps; rings of less than `--min-area` square degrees are dropped.

Usage: scripts/generate-state-outlines.py GERMANY.topojson [--tolerance 0.012] [--min-area 0.004]
"""
import argparse
import json
import pathlib

STATES = {
    "Baden-Württemberg": "BW", "Bayern": "BY", "Berlin": "BE", "Brandenburg": "BB",
    "Bremen": "HB", "Hamburg": "HH", "Hessen": "HE", "Mecklenburg-Vorpommern": "MV",
    "Niedersachsen": "NI", "Nordrhein-Westfalen": "NW", "Rheinland-Pfalz": "RP",
    "Saarland": "SL", "Sachsen": "SN", "Sachsen-Anhalt": "ST", "Schleswig-Holstein": "SH",
    "Thüringen": "TH",
}


def decode_arcs(topology):
    scale, translate = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    return arcs


def simplify(points, tolerance):
    """Douglas-Peucker, first and last point kept."""
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    dx, dy = x2 - x1, y2 - y1
    length = (dx * dx + dy * dy) ** 0.5
    best, index = -1.0, 0
    for i in range(1, len(points) - 1):
        px, py = points[i]
        if length == 0:
            distance = ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
        else:
            distance = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / length
        if distance > best:
            best, index = distance, i
    if best <= tolerance:
        return [points[0], points[-1]]
    return simplify(points[: index + 1], tolerance)[:-1] + simplify(points[index:], tolerance)


def ring(arc_indices, arcs):
    points = []
    for index in arc_indices:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def area(points):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]))) / 2


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("topojson")
    parser.add_argument("--tolerance", type=float, default=0.012)
    parser.add_argument("--min-area", type=float, default=0.004)
    parser.add_argument("--out", default=str(pathlib.Path(__file__).resolve().parent.parent / "seeds" / "germany-states.csv"))
    args = parser.parse_args()
    topology = json.loads(pathlib.Path(args.topojson).read_text(encoding="utf-8"))
    arcs = [simplify(arc, args.tolerance) for arc in decode_arcs(topology)]
    rows = []
    for geometry in next(iter(topology["objects"].values()))["geometries"]:
        name = geometry.get("properties", {}).get("name")
        if name not in STATES:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            for arc_indices in polygon:
                points = ring(arc_indices, arcs)
                if len(points) >= 4 and area(points) >= args.min_area:
                    rows.append((STATES[name], ";".join(f"{x:.4f} {y:.4f}" for x, y in points[:-1])))
    missing = set(STATES.values()) - {state for state, _ in rows}
    if missing:
        raise SystemExit(f"states missing: {sorted(missing)}")
    rows.sort(key=lambda row: row[0])
    text = "state,ring\n" + "".join(f"{state},{points}\n" for state, points in rows)
    pathlib.Path(args.out).write_text(text, encoding="utf-8")
    counts = {}
    for state, points in rows:
        counts[state] = counts.get(state, 0) + points.count(";") + 1
    print(f"{len(rows)} rings, {sum(counts.values())} points, {len(text)} bytes; per state: {counts}")


if __name__ == "__main__":
    main()
