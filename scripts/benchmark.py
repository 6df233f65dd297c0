#!/usr/bin/env python3
"""Measures `treffpunkt plan` on synthetic realistic years and on the bundled scenarios.

    scripts/benchmark.py            # seeds 1-5: Monday starts, any-weekday starts, tight gaps
    scripts/benchmark.py --seeds 3

Builds the release binary, writes each synthetic year with
scripts/generate-benchmark-scenario.py into a temporary folder, plans it with
--no-store, checks the plan with `treffpunkt check`, and prints one Markdown row per
run: model size, status, branch-and-bound nodes, the solver's seconds, wall-clock
seconds and peak memory (from /usr/bin/time). Tooling only; the product needs no Python.
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


def measure(scenario, folder):
    out = folder / (scenario.stem + "-out")
    command = ["/usr/bin/time", "-f", "TIME %e %M", str(BINARY), "plan", str(scenario), "--no-store",
               "--progress", "--out", str(out), "--json"]
    run = subprocess.run(command, capture_output=True, text=True)
    if run.returncode != 0:
        return f"| {scenario.name} | exit {run.returncode} | | | | | | |"
    size = re.search(r"model: (\d+) variables, (\d+) constraints", run.stderr)
    wall, rss = re.search(r"TIME ([\d.]+) (\d+)", run.stderr).groups()
    plan = json.loads((out / "plan.json").read_text())
    check = subprocess.run([str(BINARY), "check", str(scenario), str(out / "plan.json")], capture_output=True, text=True)
    verdict = "ok" if check.returncode == 0 else f"check exit {check.returncode}"
    return (f"| {scenario.name} | {size.group(1)} | {size.group(2)} | {plan['status']} | {plan['solver']['nodes']} "
            f"| {plan['solver']['seconds']:.2f} | {float(wall):.2f} | {int(rss) // 1024} | {verdict} |")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=5)
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    print("| scenario | variables | constraints | status | nodes | solver s | wall s | peak MiB | check |")
    print("|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as temporary:
        folder = pathlib.Path(temporary)
        scenarios = sorted((ROOT / "scenarios").glob("*.yaml"))
        for seed in range(1, args.seeds + 1):
            for variant, flags in (("mon", []), ("any-weekday", ["--any-weekday"]), ("tight-gap", ["--max-gap", "56"])):
                path = folder / f"realistic-year-seed{seed}-{variant}.yaml"
                text = subprocess.run([sys.executable, str(ROOT / "scripts" / "generate-benchmark-scenario.py"),
                                       "--seed", str(seed)] + flags, capture_output=True, text=True, check=True).stdout
                path.write_text(text)
                scenarios.append(path)
        for scenario in scenarios:
            print(measure(scenario, folder), flush=True)


if __name__ == "__main__":
    main()
