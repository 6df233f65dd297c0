#!/usr/bin/env python3
"""Writes Tests/TreffpunktTests/Fixtures/holidays.csv from the PyPI package `holidays`.

The fixture is an independent cross-check of Treffpunkt's public holiday calendar: the
statewide public holidays (category "public", no Catholic-only days) of all sixteen
German states for a spread of years. It is generated once and committed; the tests
read the CSV and never run Python.

Run from the repository root:

    python3 scripts/generate-holiday-fixture.py

The package is installed with `pip install --target` into a temporary folder, so
nothing on the machine changes. Pass --holidays-version to pin another release.
"""

import argparse
import csv
import subprocess
import sys
import tempfile
from pathlib import Path

STATES = ["BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"]

# `holidays` starts German holidays in 1991. The years cover the end of the all-state
# Buß- und Bettag (1994/1995), the 2017 Reformationstag and the 2018–2023 changes year by
# year, an early (2008) and the latest possible (2038) Easter, and the far end (2100).
YEARS = [1991, 1994, 1995, 2000, 2005, 2008, 2010, 2011, *range(2015, 2031), 2038, 2050, 2100]

OUTPUT = Path(__file__).resolve().parent.parent / "Tests" / "TreffpunktTests" / "Fixtures" / "holidays.csv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--holidays-version", default="0.109")
    arguments = parser.parse_args()

    with tempfile.TemporaryDirectory() as target:
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "--target", target,
             f"holidays=={arguments.holidays_version}"],
            check=True,
        )
        sys.path.insert(0, target)
        import holidays

        rows = []
        for state in STATES:
            calendar = holidays.country_holidays("DE", subdiv=state, years=YEARS, language="de")
            for day, names in sorted(calendar.items()):
                for name in names.split("; "):
                    rows.append((state, day.isoformat(), name))

        OUTPUT.parent.mkdir(parents=True, exist_ok=True)
        with OUTPUT.open("w", newline="", encoding="utf-8") as file:
            writer = csv.writer(file, lineterminator="\n")
            writer.writerow(["state", "date", "name"])
            writer.writerows(rows)
        print(f"{len(rows)} holidays of {len(STATES)} states in {len(YEARS)} years "
              f"from holidays {holidays.__version__} -> {OUTPUT}")


if __name__ == "__main__":
    main()
