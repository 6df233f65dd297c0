#!/usr/bin/env python3
"""An independent reference formulation of Treffpunkt's planning problem, solved with HiGHS.

    scripts/reference-model.py SCENARIO.yaml [--time-limit S] [--binary PATH] [--precedence sum|cumulative]

Prints one JSON line: {"status", "objective", "seconds" (HiGHS run seconds), "columns", "rows",
"bound" (HiGHS's dual bound)}; "objective" is null when HiGHS has no feasible solution.
Benchmark tooling only (issue 9: "the ratio ... to the reference formulation"); the product
needs no Python. Needs highspy and PyYAML (.venv-bench).

What is shared with Treffpunkt: only the list of options (topic, venue, first day). They are
read from the names of the `host[TOPIC,VENUE,YYYY-MM-DD]` columns of the model that
`treffpunkt plan SCENARIO --no-store --export-model FILE.mps` writes (the MPS writer spells
them `host_TOPIC,VENUE,YYYY_MM_DD_`, with `-` in ids as `_`; the ids are mapped back through
the scenario). Those columns are exactly the options left after the rules about a single
meeting: H2 (weekdays, period), H3 (closed days), H4 (hosts, capacity, venue availability),
H6 staff availability, and `no_repeat_host_years` against the history. The holiday calendar
in particular is therefore not re-implemented here.

Everything else is built independently, from the scenario YAML and seeds/cities.csv, with a
different, meeting-indexed formulation (Treffpunkt has one binary per option and "at most one
in a window" rows):

- y[t,k,o] binary for topic t, meeting k = 1..meetings, option o of t; Σ_o y[t,k,o] = 1.
- S[t,k] = Σ_o day(o)·y[t,k,o] (days since period.start); H7 and the order of the meetings:
  S[t,k+1] − S[t,k] ≥ min_gap_days and ≤ max_gap_days when given. With min_gap_days 0 the
  spec allows two meetings of a topic on one day (at different venues), so the order is then
  S[t,k+1] ≥ S[t,k] and each option is taken by at most one meeting (Σ_k y[t,k,o] ≤ 1);
  with min_gap_days ≥ 1 the gap rows imply both.
  --precedence cumulative replaces these rows by time-indexed ones (continuous
  F[t,k,d] = Σ_{o: day(o) ≤ d} y[t,k,o]; F[t,k+1,d] ≤ F[t,k,d − gap], F[t,k,d] ≤
  F[t,k+1,d + max_gap]): the same feasible set, a tighter relaxation.
- fixed[]: Σ_k y[t,k,o_fixed] = 1.
- H5: per venue and day, Σ of the meetings occupying it ≤ 1.
- H6: per staff member and day, Σ of their meetings whose span first day … last day +
  staff_rest_days covers the day ≤ 1; per staff member and (year, month) of the first day,
  ≤ max_meetings_per_month.
- H8: distinct_hosts_per_topic (per topic and city ≤ 1), max_meetings_per_city,
  min_days_between_city_meetings m (per city and every window of m consecutive first days
  ≤ 1), max_meetings_per_week (ISO week of the first day).
- Objective, the spec's weighted sum: travel (haversine, R = 6371.0088 km, members'
  delegates and staff offices to the host city), venue_cost (cost_per_day × days), rotation
  (1 / max(1, Y − latest history year of the topic in the host city)), balance (continuous
  surplus[c] ≥ hostings(c) − 1, ≥ 0), offers (−1 per meeting whose host city offers the topic).

Not supported: --years (multi-year joint planning; the option says so and exits 2) and the plan store (history is only the
scenario's `history[]`, as with --no-store).
"""
import argparse
import csv
import datetime
import json
import math
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import time

import highspy
import numpy as np
import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds" / "cities.csv"
WEIGHTS = {"travel": 1.0, "venue_cost": 0.1, "rotation": 500.0, "balance": 200.0, "offers": 300.0}
R_EARTH = 6371.0088
COLUMN = re.compile(r"^host[\[_]([a-z0-9_-]+),([a-z0-9_-]+),(\d{4})[-_](\d\d)[-_](\d\d)[\]_]$")


def fail(message, code=2):
    print(json.dumps({"status": message, "objective": None, "seconds": None, "columns": None, "rows": None}))
    sys.exit(code)


def date(text):
    return datetime.date.fromisoformat(str(text))


def haversine(a, b):
    (la1, lo1), (la2, lo2) = [(math.radians(x), math.radians(y)) for x, y in (a, b)]
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * R_EARTH * math.asin(min(1.0, math.sqrt(h)))


def load(path):
    # BaseLoader: every scalar is text (ids such as `no` or `2016` stay ids); typed here.
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=yaml.BaseLoader)


def options_from_export(binary, scenario_path, topics, venues):
    """The (topic, venue, first day) options: the host columns of Treffpunkt's exported model."""
    with tempfile.TemporaryDirectory() as folder:
        model = pathlib.Path(folder) / "model.mps"
        run = subprocess.run([binary, "plan", str(scenario_path), "--no-store", "--export-model", str(model)],
                             capture_output=True, text=True)
        if run.returncode != 0:
            fail(f"export failed (exit {run.returncode}): {run.stderr.strip()[-300:]}")
        names, in_columns = set(), False
        with open(model) as handle:
            for line in handle:
                if not line.startswith(" "):
                    in_columns = line.startswith("COLUMNS")
                    continue
                if in_columns:
                    name = line.split(None, 1)[0]
                    if name.startswith("host"):
                        names.add(name)
    # MPS spells `-` as `_`: map the spelled ids back through the scenario's ids.
    topic_of = {t.replace("-", "_"): t for t in topics}
    venue_of = {v.replace("-", "_"): v for v in venues}
    if len(topic_of) != len(topics) or len(venue_of) != len(venues):
        fail("not supported: two ids differ only in '-' versus '_'")
    options = []
    for name in sorted(names):
        match = COLUMN.match(name)
        if not match:
            fail(f"unexpected host column name {name!r}")
        topic, venue = match.group(1).replace("-", "_"), match.group(2).replace("-", "_")
        if topic not in topic_of or venue not in venue_of:
            fail(f"host column {name!r} names an unknown topic or venue")
        day = datetime.date(int(match.group(3)), int(match.group(4)), int(match.group(5)))
        options.append((topic_of[topic], venue_of[venue], day))
    if not options:
        fail("no host columns in the exported model")
    return options


class Model:
    def __init__(self):
        self.cost, self.lower, self.upper, self.integer = [], [], [], []
        self.row_lower, self.row_upper, self.starts, self.indices, self.values = [], [], [], [], []

    def column(self, cost, lower, upper, integer):
        self.cost.append(cost)
        self.lower.append(lower)
        self.upper.append(upper)
        self.integer.append(integer)
        return len(self.cost) - 1

    def row(self, terms, lower, upper):
        merged = {}
        for index, value in terms:
            merged[index] = merged.get(index, 0.0) + value
        self.row_lower.append(lower)
        self.row_upper.append(upper)
        self.starts.append(len(self.indices))
        self.indices.extend(merged.keys())
        self.values.extend(merged.values())

    def highs(self, time_limit):
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        h.setOptionValue("time_limit", float(time_limit))
        h.setOptionValue("mip_rel_gap", 0.0)
        n = len(self.cost)
        h.addVars(n, np.array(self.lower, dtype=np.float64), np.array(self.upper, dtype=np.float64))
        h.changeColsCost(n, np.arange(n, dtype=np.int32), np.array(self.cost, dtype=np.float64))
        h.changeColsIntegrality(n, np.arange(n, dtype=np.int32),
                                np.array([highspy.HighsVarType.kInteger if i else highspy.HighsVarType.kContinuous
                                          for i in self.integer]))
        h.addRows(len(self.row_lower), np.array(self.row_lower, dtype=np.float64),
                  np.array(self.row_upper, dtype=np.float64), len(self.indices),
                  np.array(self.starts, dtype=np.int32), np.array(self.indices, dtype=np.int32),
                  np.array(self.values, dtype=np.float64))
        return h


def cumulative_precedence(model, t, starts):
    """H7 and the order by first day with cumulative start variables (--precedence cumulative):
    F[k,d] = Σ_{o: day(o) ≤ d} y[t,k,o]; F[k+1,d] ≤ F[k,d − gap] and F[k,d] ≤ F[k+1,d + max_gap]."""
    import bisect
    days = sorted({int(offset) for start in starts for _, offset in start})
    inf = highspy.kHighsInf
    F = []
    for start in starts:
        on = {}
        for j, offset in start:
            on.setdefault(int(offset), []).append(j)
        column = []
        for i, d in enumerate(days):
            f = model.column(0.0, 0.0, 1.0, False)
            terms = [(f, 1.0)] + ([(column[-1], -1.0)] if column else []) + [(j, -1.0) for j in on.get(d, [])]
            model.row(terms, 0.0, 0.0)
            column.append(f)
        F.append(column)

    def upto(x):  # index of the last day ≤ x, or −1
        return bisect.bisect_right(days, x) - 1

    gap = t["min_gap"]
    for k in range(len(starts) - 1):
        for i, d in enumerate(days):
            before = upto(d - gap)
            model.row([(F[k + 1][i], 1.0)] + ([(F[k][before], -1.0)] if before >= 0 else []), -inf, 0.0)
            if t["max_gap"] is not None:
                model.row([(F[k][i], 1.0), (F[k + 1][upto(d + t["max_gap"])], -1.0)], -inf, 0.0)


def build(scenario, options, precedence="sum"):
    inf = highspy.kHighsInf
    period_start = date(scenario["period"]["start"])
    year = period_start.year
    rules = scenario.get("rules", {}) or {}
    weights = dict(WEIGHTS)
    weights.update({key: float(value) for key, value in (rules.get("weights", {}) or {}).items()})

    seeds = {row["id"]: row for row in csv.DictReader(open(SEEDS, encoding="utf-8"))}
    cities = {}
    for city in scenario["cities"]:
        seed = seeds.get(city["id"], {})
        location = city.get("location")
        location = (float(location[0]), float(location[1])) if location else \
            (float(seed["latitude"]), float(seed["longitude"]))
        cities[city["id"]] = {"location": location, "delegates": int(city.get("delegates", 2)),
                              "offers": set(city.get("offers", []))}
    venues = {v["id"]: {"city": v["city"], "cost": float(v.get("cost_per_day", 0))} for v in scenario["venues"]}
    staff = {s["id"]: {"office": s["office"],
                       "per_month": int(s["max_meetings_per_month"]) if "max_meetings_per_month" in s else None}
             for s in scenario.get("staff", []) or []}
    formats = {f["id"]: int(f["days"]) for f in scenario["formats"]}
    topics = {}
    for t in scenario["topics"]:
        topics[t["id"]] = {"days": formats[t["format"]], "meetings": int(t["meetings"]), "members": t["members"],
                           "staff": t.get("staff", []) or [], "min_gap": int(t.get("min_gap_days", 0)),
                           "max_gap": int(t["max_gap_days"]) if "max_gap_days" in t else None}
    latest = {}
    for entry in scenario.get("history", []) or []:
        key = (entry["topic"], entry["city"])
        latest[key] = max(latest.get(key, 0), date(entry["start"]).year)

    distinct = str(rules.get("distinct_hosts_per_topic", "true")) == "true"
    per_city = int(rules["max_meetings_per_city"]) if "max_meetings_per_city" in rules else None
    city_spacing = int(rules.get("min_days_between_city_meetings", 0))
    per_week = int(rules["max_meetings_per_week"]) if "max_meetings_per_week" in rules else None
    rest = int(rules.get("staff_rest_days", 0))

    by_topic = {t: [] for t in topics}
    for topic, venue, day in options:
        by_topic[topic].append((venue, day))

    def option_cost(topic, venue):
        t, city = topics[topic], venues[venue]["city"]
        where = cities[city]["location"]
        travel = sum(cities[m]["delegates"] * haversine(cities[m]["location"], where) for m in t["members"])
        travel += sum(haversine(cities[staff[s]["office"]]["location"], where) for s in t["staff"])
        cost = weights["travel"] * travel + weights["venue_cost"] * venues[venue]["cost"] * t["days"]
        if (topic, city) in latest:
            cost += weights["rotation"] / max(1, year - latest[(topic, city)])
        if topic in cities[city]["offers"]:
            cost -= weights["offers"]
        return cost

    model = Model()
    # groups of (column) for the shared capacity rows
    venue_day, staff_day, staff_month, city_topic, city_all, city_start, week = {}, {}, {}, {}, {}, {}, {}
    for topic, t in topics.items():
        choices = by_topic[topic]
        if not choices:
            fail(f"infeasible: topic {topic} has no option")
        costs = {venue: option_cost(topic, venue) for venue in {v for v, _ in choices}}
        starts = []
        columns_of_option = {}
        for k in range(t["meetings"]):
            row, start = [], []
            for venue, day in choices:
                j = model.column(costs[venue], 0.0, 1.0, True)
                columns_of_option.setdefault((venue, day), []).append(j)
                row.append((j, 1.0))
                offset = (day - period_start).days
                start.append((j, float(offset)))
                city = venues[venue]["city"]
                for d in range(t["days"]):
                    venue_day.setdefault((venue, day + datetime.timedelta(days=d)), []).append(j)
                for s in t["staff"]:
                    for d in range(t["days"] + rest):
                        staff_day.setdefault((s, day + datetime.timedelta(days=d)), []).append(j)
                    staff_month.setdefault((s, day.year, day.month), []).append(j)
                city_topic.setdefault((city, topic), []).append(j)
                city_all.setdefault(city, []).append(j)
                city_start.setdefault((city, offset), []).append(j)
                week.setdefault(day.isocalendar()[:2], []).append(j)
            model.row(row, 1.0, 1.0)  # the meeting takes exactly one option
            starts.append(start)
        if precedence == "sum":
            for k in range(t["meetings"] - 1):  # H7 and the order by first day
                terms = starts[k + 1] + [(j, -value) for j, value in starts[k]]
                model.row(terms, float(t["min_gap"]),
                          float(t["max_gap"]) if t["max_gap"] is not None else inf)
        else:
            cumulative_precedence(model, t, starts)
        if t["min_gap"] == 0 and t["meetings"] > 1:  # one day, two meetings: not the same option
            for group in columns_of_option.values():
                model.row([(j, 1.0) for j in group], -inf, 1.0)
        for entry in scenario.get("fixed", []) or []:
            if entry["topic"] != topic:
                continue
            key = (entry["venue"], date(entry["start"]))
            if key not in columns_of_option:
                fail(f"fixed meeting {topic} {entry['start']} {entry['venue']} is not among the exported options")
            model.row([(j, 1.0) for j in columns_of_option[key]], 1.0, 1.0)

    for group in venue_day.values():  # H5
        if len(group) > 1:
            model.row([(j, 1.0) for j in group], -inf, 1.0)
    for group in staff_day.values():  # H6 overlap and rest
        if len(group) > 1:
            model.row([(j, 1.0) for j in group], -inf, 1.0)
    for (s, _, _), group in staff_month.items():  # H6 per month
        if staff[s]["per_month"] is not None and len(group) > staff[s]["per_month"]:
            model.row([(j, 1.0) for j in group], -inf, float(staff[s]["per_month"]))
    if distinct:
        for group in city_topic.values():
            if len(group) > 1:
                model.row([(j, 1.0) for j in group], -inf, 1.0)
    if per_city is not None:
        for group in city_all.values():
            if len(group) > per_city:
                model.row([(j, 1.0) for j in group], -inf, float(per_city))
    if city_spacing >= 1:
        offsets_of = {}
        for city, offset in city_start:
            offsets_of.setdefault(city, set()).add(offset)
        for city, offsets in offsets_of.items():
            for first in sorted(offsets):
                group = [j for d in range(first, first + city_spacing) for j in city_start.get((city, d), [])]
                if len(group) > 1:
                    model.row([(j, 1.0) for j in group], -inf, 1.0)
    if per_week is not None:
        for group in week.values():
            if len(group) > per_week:
                model.row([(j, 1.0) for j in group], -inf, float(per_week))
    for city, group in city_all.items():  # balance: surplus ≥ hostings − 1
        surplus = model.column(weights["balance"], 0.0, inf, False)
        model.row([(surplus, 1.0)] + [(j, -1.0) for j in group], -1.0, inf)
    return model


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenario")
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--precedence", choices=["sum", "cumulative"], default="sum",
                        help="H7 rows: sum (default) the day-weighted sums of consecutive meetings; "
                             "cumulative: per day, 'meeting k+1 begun by d' ≤ 'meeting k begun by d − gap'")
    parser.add_argument("--binary", default=str(ROOT / ".build" / "release" / "treffpunkt"))
    parser.add_argument("--years", type=int, default=1, help="not supported: multi-year joint planning")
    args = parser.parse_args()
    if args.years != 1:
        fail("not supported: --years (multi-year joint planning)")
    scenario = load(args.scenario)
    options = options_from_export(args.binary, args.scenario, [t["id"] for t in scenario["topics"]],
                                  [v["id"] for v in scenario["venues"]])
    model = build(scenario, options, args.precedence)
    # HiGHS prints its banner on stdout whatever output_flag says: keep stdout for the JSON line.
    sys.stdout.flush()
    saved = os.dup(1)
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    try:
        h = model.highs(args.time_limit)
        began = time.time()
        h.run()
        seconds = time.time() - began
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
    status = h.modelStatusToString(h.getModelStatus())
    info = h.getInfo()
    objective = info.objective_function_value if info.primal_solution_status == 2 else None
    bound = info.mip_dual_bound if math.isfinite(info.mip_dual_bound) else None
    print(json.dumps({"status": status, "objective": objective, "seconds": round(seconds, 3),
                      "columns": h.getNumCol(), "rows": h.getNumRow(), "bound": bound}))


if __name__ == "__main__":
    main()
