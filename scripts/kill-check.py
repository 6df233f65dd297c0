#!/usr/bin/env python3
"""Kills `treffpunkt plan` with SIGKILL at random moments, many times, against one plan store,
then verifies the store: `PRAGMA integrity_check` is ok, every plan a run reported as stored
("stored as plan N") is there with all its meetings, every stored plan is whole, every
plan.json that exists is complete, and a last, unkilled run still works.

Usage: scripts/kill-check.py [--runs 100] [--parallel 2] [--binary .build/release/treffpunkt]
                             [--scenario scenarios/grossstadtnetzwerk-2016.yaml] [--seed 1]
       scripts/kill-check.py --quick    (the test command's short form: 40 runs of the debug
                                         build on the 2014 salons, a few seconds)
"""
import argparse
import json
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STORED = re.compile(r"stored as plan (\d+)\b")


def meetings_per_plan(binary, scenario):
    """The scenario's total meeting count, from `treffpunkt validate`."""
    out = subprocess.run([binary, "validate", scenario], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"(\d+) meetings \(", out).group(1))


def start(binary, scenario, store, out):
    return subprocess.Popen([binary, "plan", scenario, "--db", str(store), "--out", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--parallel", type=int, default=2, help="runs started at once against the store")
    parser.add_argument("--binary", default=".build/release/treffpunkt")
    parser.add_argument("--scenario", default="scenarios/grossstadtnetzwerk-2016.yaml")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quick", action="store_true", help="40 runs of .build/debug/treffpunkt on the 2014 salons")
    args = parser.parse_args()
    if args.quick:
        args.runs, args.binary, args.scenario = 40, ".build/debug/treffpunkt", "scenarios/kommunalsalons-2014.yaml"
    random.seed(args.seed)
    binary = str(Path(args.binary).resolve())
    scenario = str(Path(args.scenario).resolve())
    expected_meetings = meetings_per_plan(binary, scenario)
    work = Path(tempfile.mkdtemp(prefix="treffpunkt-kill-"))
    store = work / "store.sqlite"

    # Unkilled runs, as many at once as later, give the time scale; kill moments spread over
    # the whole run, half of them in its last third, where the plan is stored and files written.
    began = time.monotonic()
    firsts = [start(binary, scenario, store, work / f"out-first-{i}") for i in range(args.parallel)]
    reported = set()
    for first in firsts:
        _, stderr = first.communicate()
        if first.returncode != 0:
            sys.exit(f"an unkilled first run failed ({first.returncode}):\n{stderr}")
        reported |= {int(m) for m in STORED.findall(stderr)}
    duration = time.monotonic() - began

    killed = finished = 0
    run = 0
    while run < args.runs:
        batch = []
        for _ in range(min(args.parallel, args.runs - run)):
            run += 1
            delay = random.uniform(0, duration * 1.1) if random.random() < 0.5 else random.uniform(duration * 0.66, duration * 1.1)
            batch.append((start(binary, scenario, store, work / f"out-{run}"), time.monotonic() + delay))
        for process, kill_at in sorted(batch, key=lambda item: item[1]):
            time.sleep(max(0, kill_at - time.monotonic()))
            if process.poll() is None:
                process.kill()
                killed += 1
            else:
                finished += 1
        for process, _ in batch:
            _, stderr = process.communicate()
            reported |= {int(m) for m in STORED.findall(stderr)}

    problems = []
    with sqlite3.connect(store) as db:
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            problems.append(f"integrity_check: {integrity}")
        foreign = db.execute("PRAGMA foreign_key_check").fetchall()
        if foreign:
            problems.append(f"foreign_key_check: {foreign}")
        stored = dict(db.execute("SELECT id, meeting_count FROM plan").fetchall())
        counts = dict(db.execute("SELECT plan_id, count(*) FROM meeting GROUP BY plan_id").fetchall())
    for plan_id in sorted(reported):
        if plan_id not in stored:
            problems.append(f"plan {plan_id} was reported stored but is missing")
    for plan_id, count in stored.items():
        if count != expected_meetings or counts.get(plan_id, 0) != count:
            problems.append(f"plan {plan_id} is not whole: {counts.get(plan_id, 0)} of {count} meetings, scenario has {expected_meetings}")
    for plan_id in sorted(reported):
        shown = subprocess.run([binary, "show", str(plan_id), "--json", "--db", str(store)], capture_output=True, text=True)
        if shown.returncode != 0 or len(json.loads(shown.stdout)["meetings"]) != expected_meetings:
            problems.append(f"show {plan_id} failed: {shown.returncode} {shown.stderr.strip()}")
    plan_files = list(work.glob("out-*/plan.json"))
    for path in plan_files:
        try:
            json.loads(path.read_text())
        except ValueError as error:
            problems.append(f"{path} is incomplete: {error}")
    last = subprocess.run([binary, "plan", scenario, "--db", str(store), "--out", str(work / "out-last")],
                          capture_output=True, text=True)
    if last.returncode != 0 or not STORED.search(last.stderr):
        problems.append(f"the run after the kills failed: {last.returncode} {last.stderr.strip()}")

    print(f"{args.runs} runs ({args.parallel} at once) against {store}: {killed} killed, {finished} finished first; "
          f"{len(reported)} plans reported stored, {len(stored)} in the store, {len(plan_files)} complete plan.json files")
    print(f"integrity_check: {integrity}; every reported plan present and whole: {not problems}")
    for problem in problems:
        print("PROBLEM:", problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
