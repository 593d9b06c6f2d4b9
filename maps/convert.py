#!/usr/bin/env python3
"""Converts the npm packages world-atlas@2.0.2 and i18n-iso-countries@7.14.0 into the committed map assets.

Usage: convert.py WORLD_ATLAS_DIR I18N_DIR OUT_DIR

Writes OUT_DIR/countries-50m.topo.json (Natural Earth admin-0 at 1:50m, ids rewritten from ISO numeric to
ISO alpha-3, only a `name` property, the unused `land` object dropped) and OUT_DIR/countries.tsv (alpha3,
numeric, alpha2, name_en, name_ko). Output is deterministic: the same inputs give the same bytes.
"""
import json
import sys

# Areas that Natural Earth draws without an ISO 3166-1 numeric id. They get keys from the user-assigned
# X.. range, which ISO never allocates, so they can never collide with a real country code. Kosovo is
# not here: i18n-iso-countries lists it as XK/XKK/983 and we take that.
EXTRA_KEYS = {
    # Natural Earth name: (key, English name, Korean name — our translation)
    "N. Cyprus": ("XNC", "Northern Cyprus", "북키프로스"),
    "Somaliland": ("XSO", "Somaliland", "소말릴란드"),
    "Indian Ocean Ter.": ("XIO", "Australian Indian Ocean Territories", "호주령 인도양 지역"),
    "Siachen Glacier": ("XSG", "Siachen Glacier", "시아첸 빙하"),
}
# world-atlas gives Ashmore and Cartier Is. the id of Australia (036); ISO counts the islands as part of
# Australia, so they are merged into AUS rather than given a second feature under the same key.
MERGE_INTO = {"Ashmore and Cartier Is.": "AUS"}


def first(name):
    return name[0] if isinstance(name, list) else name


def main():
    world_dir, i18n_dir, out_dir = sys.argv[1:4]
    with open(f"{world_dir}/countries-50m.json", encoding="utf-8") as f:
        topo = json.load(f)
    with open(f"{i18n_dir}/codes.json", encoding="utf-8") as f:
        codes = json.load(f)
    with open(f"{i18n_dir}/langs/ko.json", encoding="utf-8") as f:
        ko = json.load(f)["countries"]
    with open(f"{i18n_dir}/langs/en.json", encoding="utf-8") as f:
        en = json.load(f)["countries"]

    alpha3_by_numeric = {numeric: alpha3 for _alpha2, alpha3, numeric, _sub in codes}
    kosovo = next(c for c in codes if c[0] == "XK")
    alpha3_by_numeric.setdefault(kosovo[2], kosovo[1])

    geometries = []
    merged = {}
    for g in topo["objects"]["countries"]["geometries"]:
        name = g["properties"]["name"]
        if name in MERGE_INTO:
            merged[MERGE_INTO[name]] = g
            continue
        if name == "Kosovo":
            key = kosovo[1]
        elif name in EXTRA_KEYS:
            key = EXTRA_KEYS[name][0]
        else:
            key = alpha3_by_numeric.get(g.get("id"))
        if not key:
            sys.exit(f"no key for {name!r} (id {g.get('id')!r})")
        geometries.append({"type": g["type"], "arcs": g["arcs"], "id": key, "properties": {"name": name}})

    for g in geometries:
        extra = merged.pop(g["id"], None)
        if extra is None:
            continue
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        polys += extra["arcs"] if extra["type"] == "MultiPolygon" else [extra["arcs"]]
        g["type"], g["arcs"] = "MultiPolygon", polys
    if merged:
        sys.exit(f"merge targets missing: {sorted(merged)}")
    keys = [g["id"] for g in geometries]
    if len(keys) != len(set(keys)):
        sys.exit("duplicate keys")

    out = {
        "type": "Topology",
        "bbox": topo["bbox"],
        "transform": topo["transform"],
        "objects": {"countries": {"type": "GeometryCollection", "geometries": geometries}},
        "arcs": topo["arcs"],
    }
    with open(f"{out_dir}/countries-50m.topo.json", "w", encoding="utf-8", newline="\n") as f:
        json.dump(out, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")

    rows = [(alpha3, numeric, alpha2, first(en[alpha2]), first(ko.get(alpha2, "")))
            for alpha2, alpha3, numeric, _sub in codes]
    rows += [(key, "", "", name_en, name_ko) for key, name_en, name_ko in EXTRA_KEYS.values()]
    rows.sort()
    with open(f"{out_dir}/countries.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("alpha3\tnumeric\talpha2\tname_en\tname_ko\n")
        for row in rows:
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
