#!/usr/bin/env python3
"""Write a synthetic seed folder N times the report, for the scale benchmarks.

    bench/gen_synthetic.py --factor 100 --out /tmp/seed-100x
    atlas-dbbuild --schema db/schema.sql --seed /tmp/seed-100x --out synthetic-100x.sqlite

The real sources in db/seed are copied unchanged; next to each file a `zz_synthetic_<file>.tsv` holds
N-1 copies of its rows with fresh ids in ranges the curators never use (1,000,000 and up; companies
1000 and up), Korean and English titles varied, dates moved back over up to twelve years, and every
foreign key pointing at a row that exists. Jurisdictions grow towards the ~250 countries of
maps/countries.tsv (all of them at 100x) and every map-layer topic gets a value for each new country,
so a layer switch really colours ~250 areas. Deterministic: a fixed seed, no clock, sorted inputs.
Python 3 standard library only.
"""

import argparse
import calendar
import os
import random
import re
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = 20250401

# Tables whose rows are copied N times. Vocabularies, page anchors, 첨부 1's fields, aliases, data
# notes and footnotes are the report's own and stay as they are.
COPIED = ["organization", "company", "appendix3_entry", "policy", "policy_item", "policy_source",
          "appendix1_entry", "company_activity", "company_financial", "statistic", "publication",
          "standard", "reference"]

KO_VARIANTS = ["시행령", "추진계획", "가이드라인", "로드맵", "개정안", "실행전략", "세부지침", "중간점검",
               "후속조치", "종합대책", "이행방안", "기본계획"]
EN_VARIANTS = ["implementing decree", "action plan", "guidelines", "roadmap", "amendment",
               "implementation strategy", "detailed rules", "interim review", "follow-up measures",
               "comprehensive plan", "implementation plan", "master plan"]


def read_tsv(path):
    """Header and rows (lists of cells) of a seed file, without comments and blank lines."""
    header, rows = None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
            else:
                cells += [""] * (len(header) - len(cells))
                rows.append(dict(zip(header, cells)))
    return header or [], rows


def write_tsv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Synthetic rows for the scale benchmarks (bench/gen_synthetic.py); not the report's data.\n")
        f.write("\t".join(header) + "\n")
        for row in rows:
            f.write("\t".join(row.get(c, "") for c in header) + "\n")


def shift_date(value, years):
    """An ISO prefix moved back by whole years, precision kept (29 February becomes the 28th)."""
    if not value:
        return value
    m = re.fullmatch(r"(\d{4})(-(\d{2})(-(\d{2}))?)?", value)
    if not m:
        return value
    year = int(m.group(1)) - years
    if m.group(5):
        month, day = int(m.group(3)), int(m.group(5))
        day = min(day, calendar.monthrange(year, month)[1])
        return "%04d-%02d-%02d" % (year, month, day)
    if m.group(3):
        return "%04d-%s" % (year, m.group(3))
    return "%04d" % year


def shift_period(value, years):
    if ".." in value:
        a, b = value.split("..", 1)
        return shift_date(a, years) + ".." + shift_date(b, years)
    return shift_date(value, years)


def as_int(text):
    return int(text) if text else None


class Generator:
    def __init__(self, seed_dir, factor):
        self.seed_dir = seed_dir
        self.factor = factor
        self.rng = random.Random(SEED)
        self.files = {}  # table -> [(file name, header, rows)]
        for table in sorted(os.listdir(seed_dir)):
            folder = os.path.join(seed_dir, table)
            if not os.path.isdir(folder):
                continue
            self.files[table] = [(name,) + read_tsv(os.path.join(folder, name))
                                 for name in sorted(os.listdir(folder)) if name.endswith(".tsv")]
        self.new_countries = self.pick_new_countries()
        # Where copies go: the original jurisdiction for most, a new country for some.
        self.country_cycle = [c["alpha3"] for c in self.new_countries]

    def rows(self, table):
        return [row for _, _, rows in self.files.get(table, []) for row in rows]

    def pick_new_countries(self):
        """Countries of maps/countries.tsv the report lacks: all of them at 100x, proportionally fewer below."""
        if self.factor <= 1:
            return []
        known = {row["id"] for row in self.rows("jurisdiction")}
        numerics = {row["iso_numeric"] for row in self.rows("jurisdiction") if row.get("iso_numeric")}
        _, countries = read_tsv(os.path.join(ROOT, "maps", "countries.tsv"))
        missing = [c for c in countries
                   if c["alpha3"] not in known and c["numeric"] not in numerics and c.get("name_ko")]
        count = min(len(missing), max(1, round(len(missing) * (self.factor - 1) / 99)))
        return missing[:count]

    # -- per-table copy rules: (row, copy number k >= 1) -> new row ------------------------------------

    def jurisdiction_for(self, original, k, salt):
        if not self.country_cycle or not original or (k + salt) % 3:
            return original
        return self.country_cycle[(k * 7 + salt) % len(self.country_cycle)]

    def vary(self, row, k, ko, en):
        i = (k + len(row.get(en, ""))) % len(KO_VARIANTS)
        if row.get(ko):
            row[ko] = "%s %s (%d)" % (row[ko], KO_VARIANTS[i], k)
        if row.get(en):
            row[en] = "%s, %s (%d)" % (row[en], EN_VARIANTS[i], k)

    def copy_row(self, table, row, k):
        r = dict(row)
        years = k % 12 + (1 if k % 12 == 0 else 0)
        if table == "organization":
            r["id"] = str(1_000_000 + k * 10_000 + int(row["id"]))
            if row.get("parent_id"):
                r["parent_id"] = str(1_000_000 + k * 10_000 + int(row["parent_id"]))
            r["jurisdiction_id"] = self.jurisdiction_for(row.get("jurisdiction_id"), k, int(row["id"]))
            self.vary(r, k, "name_ko", "name_en")
        elif table == "company":
            r["id"] = str(k * 1000 + int(row["id"]))
            if row.get("parent_company_id"):
                r["parent_company_id"] = str(k * 1000 + int(row["parent_company_id"]))
            r["hq_jurisdiction_id"] = self.jurisdiction_for(row.get("hq_jurisdiction_id"), k, int(row["id"]))
            self.vary(r, k, "name_ko", "name_en")
        elif table == "appendix3_entry":
            r["seq"] = str(k * 1000 + int(row["seq"]))
            r["company_id"] = str(k * 1000 + int(row["company_id"]))
        elif table == "policy":
            pid = int(row["id"])
            r["id"] = str(1_000_000 + k * 100_000 + pid)
            original = row.get("jurisdiction_id")
            # Sub-national policies stay with their state or province.
            if original and "-" not in original:
                r["jurisdiction_id"] = self.jurisdiction_for(original, k, pid)
            if row.get("issuer_org_id"):
                r["issuer_org_id"] = str(1_000_000 + k * 10_000 + int(row["issuer_org_id"]))
            r["date"] = shift_date(row.get("date"), years)
            r["date_end"] = shift_date(row.get("date_end"), years)
            self.vary(r, k, "title_ko", "title_en")
        elif table in ("policy_item", "policy_source"):
            r["policy_id"] = str(1_000_000 + k * 100_000 + int(row["policy_id"]))
        elif table == "appendix1_entry":
            # 첨부 1 lists a copy only where the copied policy stayed in the cell's jurisdiction.
            pid = int(row["policy_id"])
            if self.jurisdiction_for(row["jurisdiction_id"], k, pid) != row["jurisdiction_id"]:
                return None
            r["policy_id"] = str(1_000_000 + k * 100_000 + int(row["policy_id"]))
            r["seq"] = str(k * 1000 + int(row["seq"]))
        elif table == "company_activity":
            r["id"] = str(1_000_000 + k * 20_000 + int(row["id"]))
            r["company_id"] = str(k * 1000 + int(row["company_id"]))
            if row.get("appendix3_seq"):
                r["appendix3_seq"] = str(k * 1000 + int(row["appendix3_seq"]))
            r["date"] = shift_date(row.get("date"), years)
            r["date_end"] = shift_date(row.get("date_end"), years)
            self.vary(r, k, "text_ko", "text_en")
        elif table == "company_financial":
            r["company_id"] = str(k * 1000 + int(row["company_id"]))
        elif table == "statistic":
            sid = int(row["id"])
            r["id"] = str(1_000_000 + k * 10_000 + sid)
            r["jurisdiction_id"] = self.jurisdiction_for(row.get("jurisdiction_id"), k, sid)
            r["period"] = shift_period(row.get("period", ""), years)
            self.vary(r, k, "subject", "subject_en")
        elif table == "publication":
            r["id"] = str(1_000_000 + k * 10_000 + int(row["id"]))
            r["date"] = shift_date(row.get("date"), years)
            self.vary(r, k, "title_ko", "title_en")
        elif table == "standard":
            r["id"] = str(1_000_000 + k * 10_000 + int(row["id"]))
            r["code"] = "%s-S%d" % (row["code"], k)
            r["date"] = shift_date(row.get("date"), years)
            if row.get("year"):
                r["year"] = str(int(row["year"]) - years)
            self.vary(r, k, "title_ko", "title_en")
        elif table == "reference":
            r["num"] = str(k * 1000 + int(row["num"]))
            r["date"] = shift_date(row.get("date"), years)
            r["citation"] = "%s [%d]" % (row["citation"], k)
        return r

    def map_layer_topics(self):
        return [row["topic"] for row in self.rows("statistic_topic") if row.get("map_layer") == "1"]

    def layer_values(self):
        """One value per map-layer topic for every new country, within the range the report gives."""
        by_topic = {}
        for row in self.rows("statistic"):
            if row.get("jurisdiction_id") and row.get("is_forecast", "0") in ("", "0"):
                by_topic.setdefault(row["topic"], []).append(row)
        out = []
        next_id = 9_000_000
        for topic in self.map_layer_topics():
            known = by_topic.get(topic)
            if not known:
                continue
            template = known[0]
            values = [float(r["value"]) for r in known]
            lo, hi = min(values), max(values)
            rank = int(hi)
            for country in self.new_countries:
                r = dict(template)
                next_id += 1
                r["id"] = str(next_id)
                r["jurisdiction_id"] = country["alpha3"]
                if template.get("unit") == "rank":
                    rank += 1
                    value = float(rank)
                else:
                    value = self.rng.uniform(lo, hi)
                r["value"] = ("%d" % value) if value.is_integer() else ("%.4f" % value)
                r["value_as_printed"] = ""
                out.append(r)
        return out

    def write(self, out_dir):
        if os.path.exists(out_dir):
            shutil.rmtree(out_dir)
        for table, files in self.files.items():
            folder = os.path.join(out_dir, table)
            os.makedirs(folder)
            for name, header, rows in files:
                shutil.copyfile(os.path.join(self.seed_dir, table, name), os.path.join(folder, name))
                if table in COPIED and self.factor > 1:
                    copies = [self.copy_row(table, row, k) for k in range(1, self.factor) for row in rows]
                    copies = [c for c in copies if c is not None]
                    write_tsv(os.path.join(folder, "zz_synthetic_" + name), header, copies)
        if self.new_countries:
            self.write_jurisdictions(out_dir)
            self.write_layer_values(out_dir)

    def write_jurisdictions(self, out_dir):
        header, template = next((h, r) for _, h, rows in self.files["jurisdiction"] for r in rows
                                if r["kind"] == "country" and not r.get("chapter3_seq"))
        new = []
        for c in self.new_countries:
            r = dict(template)
            r.update({"id": c["alpha3"], "name_ko": c["name_ko"], "name_en": c["name_en"], "kind": "country",
                      "parent_id": "", "iso_numeric": c["numeric"], "chapter3_seq": "", "in_appendix1": "0"})
            new.append(r)
        write_tsv(os.path.join(out_dir, "jurisdiction", "zz_synthetic_countries.tsv"), header, new)

    def write_layer_values(self, out_dir):
        _, header, _ = self.files["statistic"][0]
        write_tsv(os.path.join(out_dir, "statistic", "zz_synthetic_map_layers.tsv"), header, self.layer_values())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--factor", type=int, required=True, help="how many times the report (1 = the report)")
    parser.add_argument("--out", required=True, help="seed folder to write (replaced if it exists)")
    parser.add_argument("--seed-dir", default=os.path.join(ROOT, "db", "seed"), help="the real sources")
    args = parser.parse_args()
    if args.factor < 1 or args.factor > 400:
        parser.error("--factor must be 1..400 (ids are laid out for up to 400 copies)")
    gen = Generator(args.seed_dir, args.factor)
    gen.write(args.out)
    print("%s: %dx the report, %d new countries" % (args.out, args.factor, len(gen.new_countries)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
