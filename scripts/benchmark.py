#!/usr/bin/env python3
"""Measures `treffpunkt plan` on the benchmark set of issue 9 and compares with HiGHS.

    scripts/benchmark.py                 # the scale set: benchmarks/scale/*.yaml, ~10 minutes
    scripts/benchmark.py --only c80      # instances whose name contains c80
    scripts/benchmark.py --realistic     # the older set: seeds 1-5 of the realistic year x 3 variants

Builds the release binary, writes the set's scenarios into benchmarks/scale/ with the two
generators (scripts/generate-benchmark-scenario.py, scripts/generate-gap-scenario.py; fixed
seeds, so the files are the same on every run), plans each with --no-store --progress
--time-limit 30 under /usr/bin/time, checks every plan with `treffpunkt check`, exports the
same model with --export-model and solves it with HiGHS (highspy, from .venv-bench: see
docs/benchmarks.md) with the same time limit. Prints one Markdown row per instance: wall
seconds, peak MiB, status, gap, nodes, seconds building the model and solving it (from the
--progress phase lines), GLPK's solve seconds / HiGHS's, and whether HiGHS finds the same
optimum. For single-year instances it also runs the independent reference formulation
(scripts/reference-model.py, meeting-indexed, in HiGHS) with the same time limit: its seconds,
GLPK's solve seconds / the reference's, and whether it proves the same optimum ("–" for
--years instances, which it does not model; --reference-precedence cumulative for its
tighter variant). --binary PATH uses that treffpunkt binary and
skips the build. Tooling only; the product needs no Python.
"""
import argparse
import json
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
BINARY = ROOT / ".build" / "release" / "treffpunkt"
SET = ROOT / "benchmarks" / "scale"
REALISTIC = ROOT / "scripts" / "generate-benchmark-scenario.py"
GAP = ROOT / "scripts" / "generate-gap-scenario.py"
REFERENCE = ROOT / "scripts" / "reference-model.py"
# highspy's Python: the project's .venv-bench, else the one running this script (e.g. from a worktree).
PYTHON = ROOT / ".venv-bench" / "bin" / "python"
PYTHON = PYTHON if PYTHON.exists() else pathlib.Path(sys.executable)
TIME_LIMIT = 30
REFERENCE_PRECEDENCE = "sum"  # --reference-precedence

# name, generator and its arguments, extra `plan` arguments. Gap rules min 21 / max 75 unless named.
INSTANCES = [
    ("c28-6x4-mon-staff", REALISTIC, ["--seed", "1", "--max-gap", "75"], []),
    ("c28-6x4-any-staff", REALISTIC, ["--seed", "1", "--max-gap", "75", "--any-weekday"], []),
    ("c20-4x8-any", GAP, ["--cities", "20", "--topics", "4"], []),
    ("c40-6x8-mon", GAP, ["--cities", "40", "--topics", "6"], []),
    ("c40-6x8-any", GAP, ["--cities", "40", "--topics", "6", "--any-weekday"], []),
    ("c40-6x8-any-staff", GAP, ["--cities", "40", "--topics", "6", "--any-weekday", "--staff", "--seed", "3"], []),
    ("c80-12x8-any", GAP, ["--cities", "80", "--topics", "12", "--any-weekday", "--per-week", "3"], []),
    ("c80-15x8-any", GAP, ["--cities", "80", "--topics", "15", "--any-weekday", "--per-week", "4"], []),
    ("c80-15x8-mon-nomax", GAP, ["--cities", "80", "--topics", "15", "--no-max-gap", "--per-week", "0"], []),
    ("c150-15x8-mon", GAP, ["--cities", "150", "--topics", "15", "--per-week", "0"], []),
    ("c40-4x2-any-3months", GAP, ["--cities", "40", "--topics", "4", "--meetings", "2", "--months", "3",
                                   "--any-weekday"], []),
    ("c40-6x8-mon-24months", GAP, ["--cities", "40", "--topics", "6", "--months", "24"], []),
    ("c28-6x4-mon-staff-years3", REALISTIC, ["--seed", "1", "--max-gap", "75"], ["--years", "3"]),
    ("c40-4x4-any-years5", GAP, ["--cities", "40", "--topics", "4", "--meetings", "4", "--any-weekday"],
     ["--years", "5"]),
    ("c80-20x8-mon-nomax", GAP, ["--cities", "80", "--topics", "20", "--no-max-gap", "--per-week", "0"], []),
    ("c150-6x4-any", GAP, ["--cities", "150", "--topics", "6", "--meetings", "4", "--any-weekday"], []),
    ("c40-6x4-any-years3", GAP, ["--cities", "40", "--topics", "6", "--meetings", "4", "--any-weekday"],
     ["--years", "3"]),
    ("c40-6x4-any-years5", GAP, ["--cities", "40", "--topics", "6", "--meetings", "4", "--any-weekday"],
     ["--years", "5"]),
    ("c80-15x8-any-years3", GAP, ["--cities", "80", "--topics", "15", "--any-weekday", "--per-week", "4"],
     ["--years", "3"]),
    ("c80-15x8-any-years5", GAP, ["--cities", "80", "--topics", "15", "--any-weekday", "--per-week", "4"],
     ["--years", "5"]),
    ("c14-3x4-any-parttime-years3", GAP, ["--cities", "14", "--topics", "3", "--meetings", "4", "--staff", "--part-time",
                                           "--any-weekday"], ["--years", "3"]),
    ("c20-1x2-any-120months-gap1000", GAP, ["--cities", "20", "--one-venue", "--topics", "1", "--meetings", "2",
                                             "--min-gap", "1000", "--no-max-gap", "--months", "120",
                                             "--per-week", "0", "--any-weekday"], []),
]


def write_set():
    SET.mkdir(parents=True, exist_ok=True)
    for name, generator, arguments, _ in INSTANCES:
        text = subprocess.run([sys.executable, str(generator)] + arguments, capture_output=True, text=True,
                              check=True).stdout
        (SET / f"{name}.yaml").write_text(text)


def phases(stderr):
    """Seconds at which each --progress phase began."""
    return {name: float(at) for at, name in re.findall(r"^\[([\d.-]+) s\] (model: building|solving: hosts first|solving: relaxation|"
                                                        r"solving: branch and bound|writing)$", stderr, re.M)}


def highs(model_path):
    """HiGHS on the exported model: (status, objective, seconds)."""
    code = ("import highspy, sys, time\n"
            "h = highspy.Highs(); h.setOptionValue('output_flag', False)\n"
            f"h.setOptionValue('time_limit', {float(TIME_LIMIT)})\n"
            "h.readModel(sys.argv[1]); t = time.time(); h.run(); t = time.time() - t\n"
            "print(h.modelStatusToString(h.getModelStatus()), h.getInfo().objective_function_value, t)\n")
    run = subprocess.run([str(PYTHON), "-c", code, str(model_path)], capture_output=True, text=True)
    lines = run.stdout.strip().splitlines()
    if run.returncode != 0 or not lines:
        return ("error", None, None)
    status, objective, seconds = lines[-1].rsplit(" ", 2)
    return (status, float(objective), float(seconds))


def reference(scenario):
    """The reference formulation (scripts/reference-model.py): (status, objective, seconds)."""
    run = subprocess.run([str(PYTHON), str(REFERENCE), str(scenario), "--time-limit", str(TIME_LIMIT),
                          "--binary", str(BINARY), "--precedence", REFERENCE_PRECEDENCE],
                         capture_output=True, text=True)
    lines = run.stdout.strip().splitlines()
    if not lines:
        return ("error", None, None)
    result = json.loads(lines[-1])
    return (result["status"], result["objective"], result["seconds"])


def measure(name, plan_arguments, folder):
    scenario = SET / f"{name}.yaml"
    out = folder / name
    command = ["/usr/bin/time", "-f", "TIME %e %M", str(BINARY), "plan", str(scenario), "--no-store", "--progress",
               "--json", "--out", str(out), "--time-limit", str(TIME_LIMIT)] + plan_arguments
    run = subprocess.run(command, capture_output=True, text=True)
    wall, rss = re.search(r"TIME ([\d.]+) (\d+)", run.stderr).groups()
    wall, mib = float(wall), int(rss) // 1024
    at = phases(run.stderr)
    size = re.search(r"model: (\d+) variables, (\d+) constraints", run.stderr)
    solve_start = at.get("solving: hosts first", at.get("solving: relaxation", wall))
    building = solve_start - at.get("model: building", 0)
    solving = at.get("writing", wall) - solve_start
    status, gap, nodes, objective, verdict = f"exit {run.returncode}", "", "", None, ""
    if run.returncode == 0:
        result = json.loads(run.stdout)
        if "years" in result:
            summary, first = result["objective"], result["years"][0]
            status, gap, objective = summary["status"], summary["gap"], summary["total"]
            nodes = first["solver"]["nodes"]
            plans = [out / str(plan["period"]["start"][:4]) / "plan.json" for plan in result["years"]]
        else:
            status, gap, objective = result["status"], result["objective"]["gap"], result["objective"]["total"]
            nodes = result["solver"]["nodes"]
            plans = [out / "plan.json"]
        checks = []
        for number, plan in enumerate(plans):
            # A later year of a joint run is checked against the scenario moved by its years.
            check = subprocess.run([str(BINARY), "check", str(scenario), str(plan)], capture_output=True, text=True)
            checks.append(check.returncode == 0)
        verdict = "ok" if all(checks) else "VIOLATION"
        gap = f"{gap * 100:.2f}%"
    elif "no plan found" in run.stderr:
        status = "no plan (exit 4)"
    elif run.returncode == 3:
        status = "infeasible (exit 3)"

    model = folder / f"{name}.mps"
    subprocess.run([str(BINARY), "plan", str(scenario), "--no-store", "--export-model", str(model)] + plan_arguments,
                   capture_output=True, check=True)
    highs_status, highs_objective, highs_seconds = highs(model)
    ratio = f"{solving / highs_seconds:.2g}" if highs_seconds else ""
    if highs_status != "Optimal":
        agrees = f"HiGHS: {highs_status}"
    elif objective is None:
        agrees = f"HiGHS optimal {highs_objective:.2f}"
    else:
        agrees = "yes" if abs(highs_objective - objective) <= 1e-6 * max(1, abs(objective)) else \
            f"no: {highs_objective:.2f} vs {objective:.2f}"
    if "--years" in plan_arguments:
        reference_seconds, reference_ratio, reference_agrees = "–", "–", "–"
    else:
        reference_status, reference_objective, seconds = reference(scenario)
        reference_seconds = f"{seconds:.2f}" if seconds is not None else ""
        reference_ratio = f"{solving / seconds:.2g}" if seconds else ""
        if reference_status != "Optimal":
            reference_agrees = reference_status
        elif objective is None:
            reference_agrees = f"ref optimal {reference_objective:.2f}"
        else:
            reference_agrees = "yes" if abs(reference_objective - objective) <= 1e-6 * max(1, abs(objective)) else \
                f"no: {reference_objective:.2f} vs {objective:.2f}"
    variables, constraints = (size.group(1), size.group(2)) if size else ("", "")
    return (f"| {name} | {variables} | {constraints} | {status} | {gap} | {nodes} | {building:.2f} | {solving:.2f} "
            f"| {wall:.2f} | {mib} | {verdict} | {highs_seconds or 0:.2f} | {ratio} | {agrees} "
            f"| {reference_seconds} | {reference_ratio} | {reference_agrees} |")


def realistic():
    print("| scenario | status | nodes | solver s | wall s | peak MiB | check |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as temporary:
        folder = pathlib.Path(temporary)
        for seed in range(1, 6):
            for variant, flags in (("mon", []), ("any-weekday", ["--any-weekday"]), ("tight-gap", ["--max-gap", "56"])):
                path = folder / f"realistic-year-seed{seed}-{variant}.yaml"
                path.write_text(subprocess.run([sys.executable, str(REALISTIC), "--seed", str(seed)] + flags,
                                               capture_output=True, text=True, check=True).stdout)
                out = folder / path.stem
                run = subprocess.run(["/usr/bin/time", "-f", "TIME %e %M", str(BINARY), "plan", str(path), "--no-store",
                                      "--json", "--out", str(out)], capture_output=True, text=True)
                wall, rss = re.search(r"TIME ([\d.]+) (\d+)", run.stderr).groups()
                if run.returncode != 0:
                    print(f"| {path.name} | exit {run.returncode} | | | {wall} | {int(rss) // 1024} | |", flush=True)
                    continue
                plan = json.loads(run.stdout)
                check = subprocess.run([str(BINARY), "check", str(path), str(out / "plan.json")], capture_output=True)
                print(f"| {path.name} | {plan['status']} | {plan['solver']['nodes']} | {plan['solver']['seconds']:.2f} "
                      f"| {wall} | {int(rss) // 1024} | {'ok' if check.returncode == 0 else 'VIOLATION'} |", flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", help="run the instances whose name contains this")
    parser.add_argument("--realistic", action="store_true", help="the older realistic-year set instead")
    parser.add_argument("--binary", help="use this treffpunkt binary instead of building the release one")
    parser.add_argument("--reference-precedence", choices=["sum", "cumulative"], default="sum",
                        help="the reference formulation's order and gap rows (scripts/reference-model.py --precedence)")
    args = parser.parse_args()
    global BINARY, REFERENCE_PRECEDENCE
    REFERENCE_PRECEDENCE = args.reference_precedence
    if args.binary:
        BINARY = pathlib.Path(args.binary).resolve()
    else:
        subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    if args.realistic:
        return realistic()
    write_set()
    print("| instance | variables | constraints | status | gap | nodes | build s | solve s | wall s | peak MiB | check "
          "| HiGHS s | GLPK/HiGHS | HiGHS agrees | ref s | GLPK/ref | ref agrees |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as temporary:
        for name, _, _, plan_arguments in INSTANCES:
            if args.only and args.only not in name:
                continue
            print(measure(name, plan_arguments, pathlib.Path(temporary)), flush=True)


if __name__ == "__main__":
    main()
