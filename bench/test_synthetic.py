#!/usr/bin/env python3
"""ctest: the synthetic-database generator still writes sources atlas-dbbuild accepts, scaled as promised.

    bench/test_synthetic.py ATLAS_DBBUILD SCHEMA_SQL

Generates the report at 1x and 2x (twice, to check determinism), builds both with atlas-dbbuild and
compares the row counts it reports. Python 3 standard library only.
"""

import filecmp
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOUBLED = ["policy", "policy_item", "policy_source", "organization", "company", "appendix3_entry",
           "company_activity", "company_financial", "publication", "standard", "reference"]


def generate(factor, out):
    subprocess.run([sys.executable, os.path.join(HERE, "gen_synthetic.py"), "--factor", str(factor), "--out", out],
                   check=True, stdout=subprocess.DEVNULL)


def build(dbbuild, schema, seed, out):
    """Row counts per table as atlas-dbbuild reports them."""
    result = subprocess.run([dbbuild, "--schema", schema, "--seed", seed, "--out", out],
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit("atlas-dbbuild rejected %s:\n%s" % (seed, result.stderr[-4000:]))
    counts = {}
    for line in result.stdout.splitlines():
        name, _, value = line.partition("\t")
        if value.isdigit():
            counts[name] = int(value)
    return counts


def same_tree(a, b):
    cmp = filecmp.dircmp(a, b)
    if cmp.left_only or cmp.right_only or cmp.diff_files or cmp.funny_files:
        return False
    return all(same_tree(os.path.join(a, d), os.path.join(b, d)) for d in cmp.common_dirs)


def main():
    dbbuild, schema = sys.argv[1], sys.argv[2]
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        paths = {name: os.path.join(tmp, name) for name in ("seed1", "seed2", "seed2again")}
        generate(1, paths["seed1"])
        generate(2, paths["seed2"])
        generate(2, paths["seed2again"])
        if not same_tree(paths["seed2"], paths["seed2again"]):
            failures.append("two runs with the same factor wrote different files")
        one = build(dbbuild, schema, paths["seed1"], os.path.join(tmp, "one.sqlite"))
        two = build(dbbuild, schema, paths["seed2"], os.path.join(tmp, "two.sqlite"))
    new_countries = two.get("jurisdiction", 0) - one.get("jurisdiction", 0)
    if new_countries < 1:
        failures.append("no new jurisdiction at 2x")
    for table in DOUBLED:
        if two.get(table) != 2 * one.get(table, -1):
            failures.append("%s: %s rows at 2x, expected 2 x %s" % (table, two.get(table), one.get(table)))
    if not one["appendix1_entry"] < two["appendix1_entry"] <= 2 * one["appendix1_entry"]:
        failures.append("appendix1_entry: %d rows at 2x from %d" % (two["appendix1_entry"], one["appendix1_entry"]))
    # Copies of every statistic plus one value per map layer for each new country.
    extra = two["statistic"] - 2 * one["statistic"]
    if extra <= 0 or extra % new_countries:
        failures.append("statistic: %d rows at 2x from %d with %d new countries"
                        % (two["statistic"], one["statistic"], new_countries))
    for table, count in one.items():
        if table not in DOUBLED + ["appendix1_entry", "statistic", "jurisdiction", "source"] and two.get(table) != count:
            failures.append("%s: %s rows at 2x, expected the report's %d" % (table, two.get(table), count))
    for f in failures:
        print("FAIL:", f)
    print("1x:", one)
    print("2x:", two)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
