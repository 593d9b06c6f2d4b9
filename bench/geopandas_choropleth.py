#!/usr/bin/python3
"""The same choropleth as `ai-trends-atlas export map --layer policy_law` (첨부 1 정책/법제 counts on
Natural Earth 50m, Equal Earth projection, 3840x2160 PNG), drawn with geopandas + matplotlib, for the
side-by-side timing of bench/compare_map_export.sh. Run with Debian's /usr/bin/python3 and
python3-geopandas; it reads the committed map and the built database, never the network.
usage: geopandas_choropleth.py MAP.topo.json DATABASE.sqlite OUT.png"""
import sqlite3
import sys

import geopandas as gpd
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

# The Korean title and footnote need a CJK font, as in our exports (fonts-noto-cjk).
plt.rcParams["font.family"] = ["Noto Sans CJK JP", "DejaVu Sans"]


def main(topo, database, out):
    world = gpd.read_file(topo, layer="countries").set_crs("EPSG:4326", allow_override=True)
    world = world.rename(columns={"id": "iso3"}) if "id" in world.columns else world
    counts = dict(sqlite3.connect(f"file:{database}?mode=ro", uri=True).execute(
        "SELECT jurisdiction_id, items FROM appendix1_cell WHERE field = 'policy_law'").fetchall())
    members = [r[0] for r in sqlite3.connect(f"file:{database}?mode=ro", uri=True).execute(
        "SELECT member_id FROM jurisdiction_member WHERE group_id = 'EU'")]
    key = "iso3" if "iso3" in world.columns else world.columns[0]
    world["items"] = world[key].map(counts)
    world = world.to_crs("+proj=eqearth")
    fig, ax = plt.subplots(figsize=(19.2, 10.8), dpi=200)
    world.plot(ax=ax, color="#dddddd", edgecolor="white", linewidth=0.3)
    world[world["items"].notna()].plot(ax=ax, column="items", cmap="Blues", legend=True, edgecolor="white",
                                       linewidth=0.3)
    world[world[key].isin(members)].dissolve().boundary.plot(ax=ax, color="#2166ac", linewidth=1.5)
    ax.set_title("첨부 1 · 정책/법제")
    ax.set_axis_off()
    fig.text(0.01, 0.01, "출처: 소프트웨어정책연구소(SPRi), 2024년 국내외 인공지능 산업 동향 연구 (2025.4)", fontsize=9)
    fig.savefig(out, dpi=200)


if __name__ == "__main__":
    main(*sys.argv[1:])
