#!/usr/bin/env python3
"""Writes the seed corpora in fuzz/corpus/<target>/ from the repository's real files.

Each seed is a small slice of a real input (a few KB at most): the first rows of db/seed/ tables, a
handful of countries cut out of maps/countries-50m.topo.json with their arcs, saved views and view links
as the app writes them, search queries and export command lines from the README. Run it again after the
data formats change; it only writes below fuzz/corpus/.
"""
import json
import pathlib
import shutil

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "fuzz" / "corpus"
SEED = ROOT / "db" / "seed"
MAX_BYTES = 3000


def write(target, name, data):
    d = OUT / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def head(path, max_bytes=MAX_BYTES):
    """Leading comment lines, the header and as many whole rows as fit in max_bytes."""
    out = b""
    for line in path.read_bytes().splitlines(keepends=True):
        if out and len(out) + len(line) > max_bytes:
            break
        out += line
    return out


def tsv_and_seed():
    # One slice per table: the parser sees every header shape; the validator every table of the schema.
    for folder in sorted(p for p in SEED.iterdir() if p.is_dir()):
        first = sorted(folder.glob("*.tsv"))[0]
        data = head(first, 1500)
        write("tsv", folder.name + ".tsv", data)
        write("seed", folder.name, folder.name.encode() + b"\n" + data)
    # Vocabularies and their users together, so rows can pass the foreign-key check and be inserted.
    sections = [b"page_anchor\n" + head(SEED / "page_anchor" / "anchors.tsv", 6000)]
    for table in ("field", "policy_kind", "policy_status", "organization_kind", "activity_kind"):
        for f in sorted((SEED / table).glob("*.tsv")):
            sections.append(table.encode() + b"\n" + f.read_bytes())
    write("seed", "vocabularies", b"\x1e".join(sections))


def topojson():
    """A few countries with their arcs, thinned to every 8th point (arc ends kept, so shared borders
    still meet): Korea and North Korea (shared arcs), Fiji and Russia's Chukotka side (the antimeridian),
    Antarctica (around the pole), and a MultiPolygon with holes-free islands (Japan)."""
    topo = json.loads((ROOT / "maps" / "countries-50m.topo.json").read_text(encoding="utf-8"))
    keep_ids = ["KOR", "PRK", "FJI", "ATA", "JPN"]
    geoms = [g for g in topo["objects"]["countries"]["geometries"] if g.get("id") in keep_ids]
    used = sorted({i if i >= 0 else ~i for g in geoms for i in flatten(g["arcs"])})
    remap = {old: new for new, old in enumerate(used)}

    def renumber(a):
        if isinstance(a, list):
            return [renumber(x) for x in a]
        return remap[a] if a >= 0 else ~remap[~a]

    def thin(arc, step):
        absolute, x, y = [], 0, 0
        for dx, dy in arc:
            x += dx
            y += dy
            absolute.append((x, y))
        kept = absolute[::step]
        if kept[-1] != absolute[-1]:
            kept.append(absolute[-1])
        out, px, py = [], 0, 0
        for x, y in kept:
            out.append([x - px, y - py])
            px, py = x, y
        return out

    def topology(ids, step):
        gs = [dict(g, arcs=renumber(g["arcs"])) for g in geoms if g["id"] in ids]
        return {"type": "Topology", "transform": topo["transform"],
                "objects": {"countries": {"type": "GeometryCollection", "geometries": gs}},
                "arcs": [thin(topo["arcs"][i], step) for i in used]}

    # One file per group; every file keeps all arcs of the cut, so indices stay valid.
    for name, ids, step in (("korea", {"KOR", "PRK"}, 8), ("fiji", {"FJI"}, 4), ("antarctica", {"ATA"}, 60),
                            ("japan", {"JPN"}, 30)):
        t = topology(ids, step)
        # Drop arcs nobody in this file uses to keep it small, renumbering again.
        local = sorted({i if i >= 0 else ~i for g in t["objects"]["countries"]["geometries"] for i in flatten(g["arcs"])})
        lm = {old: new for new, old in enumerate(local)}

        def relabel(a):
            if isinstance(a, list):
                return [relabel(x) for x in a]
            return lm[a] if a >= 0 else ~lm[~a]

        for g in t["objects"]["countries"]["geometries"]:
            g["arcs"] = relabel(g["arcs"])
        t["arcs"] = [t["arcs"][i] for i in local]
        write("topojson", name + ".topo.json", json.dumps(t, separators=(",", ":"), ensure_ascii=False))
    # The same shape without a transform (absolute positions) and a degenerate one.
    write("topojson", "absolute.topo.json",
          '{"type":"Topology","objects":{"countries":{"type":"GeometryCollection","geometries":['
          '{"type":"Polygon","arcs":[[0]],"id":"AAA","properties":{"name":"Square"}},'
          '{"type":"MultiPolygon","arcs":[[[~0]],[[1]]],"id":"BBB","properties":{"name":"Two"}}]}},'
          '"arcs":[[[170.5,-10],[-170.25,-10],[-170,10],[170,10],[170.5,-10]],[[0,0],[1e1,0],[10,1.5e1],[0,0]]]}'
          .replace("~0", "-1"))


def flatten(a):
    for x in a:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x


def viewstate():
    write("viewstate", "view.json", """{
    "chart": "countries:tortoise_rank_2024",
    "companies": [4, 9],
    "field": "policy_law",
    "format": "ai-trends-atlas-view",
    "from": "2024-01",
    "jurisdictions": ["KOR", "USA"],
    "language": "en",
    "mapLayer": "appendix1/policy_law",
    "policies": [10052],
    "to": "2024-12",
    "version": 1
}
""")
    write("viewstate", "minimal.json", '\ufeff{"format":"ai-trends-atlas-view","version":1}')
    write("viewstate", "link.txt", "aitrends://view?c=KOR,USA&field=policy_law&t=2024-01..2024-12")
    write("viewstate", "link-full.txt",
          "aitrends://view?c=EU,KOR&field=industry&t=2024..2025-03-31&layer=countries:tortoise_rank_2024"
          "&chart=financial:revenue&p=10052,10053&co=4&lang=ko")
    write("viewstate", "link-encoded.txt", "aitrends://view?c=KOR%2CJPN&layer=appendix1%2Ftotal&lang=en")


def search():
    # First byte: type filter and limit (see fuzz_search.cpp); 0x00 = every type, smallest limit.
    for name, selector, query in (("law", 0, "기본법"), ("policy", 1 + 9 * 7, "기본법"), ("ai", 0, "AI"),
                                  ("phrase", 9 * 5, '"AI Act" EU'), ("mixed", 3, "OpenAI 매출 2024"),
                                  ("short", 0, "법안 AI"), ("glob", 9 * 3, "a*[b]? %_"),
                                  ("quotes", 0, '"unterminated quote')):
        write("search", name, bytes([selector]) + query.encode("utf-8"))
    # A pasted paragraph, longer than SearchEngine::kMaxQueryLength, so the fuzzer starts with long inputs.
    paragraph = ("2024년 국내외 인공지능 산업 동향 연구: 정책/법제, 기업/산업, 기술/연구, 인력/교육 — "
                 "EU AI Act, 인공지능 기본법, Executive Order 14110, OpenAI ARR, 生成式人工智能服务管理暂行办法 "
                 "\"frontier model\" safety institute 2024-05 ") * 2
    write("search", "paragraph", bytes([9 * 10]) + paragraph.encode("utf-8"))


def cli():
    for name, line in (
            ("list", "--list"),
            ("map", "map --layer policy_law --format svg --lang en --out map.svg"),
            ("chart", "chart financial:revenue --format png --width 1600 --height 900 --out c.png"),
            ("timeline", "timeline --jurisdiction KOR,EU --from 2024-01 --to 2024-12 --format pdf --out t.pdf"),
            ("table", "table policies --jurisdiction KOR --format csv --out p.csv"),
            ("brief", "brief --jurisdiction KOR --out kor.pdf"),
            ("profile", "profile --jurisdiction USA --scale 2.5 --dpi 300 --text editable --out u.svg")):
        write("cli", name, "\n".join(line.split(" ")))


if __name__ == "__main__":
    if OUT.exists():
        shutil.rmtree(OUT)
    tsv_and_seed()
    topojson()
    viewstate()
    search()
    cli()
    for d in sorted(OUT.iterdir()):
        files = list(d.iterdir())
        print(f"{d.name}: {len(files)} files, {sum(f.stat().st_size for f in files)} bytes, "
              f"largest {max(f.stat().st_size for f in files)}")
