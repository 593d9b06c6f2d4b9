#!/usr/bin/env python3
"""Curator 8 self-check of the c8 seed files (until the real builder is available):
columns against db/schema.sql, unique keys, foreign keys into the seed, ISO date prefixes,
required cells, and the copyright rule (no 40-character run of a written cell equal to the report).
Run from anywhere: python3 db/tools/c8_check.py"""
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEED = os.path.join(ROOT, 'db', 'seed')
REPORT = '/work/shared/seed/ai-industry-trends-2024.txt'

schema = open(os.path.join(ROOT, 'db', 'schema.sql'), encoding='utf-8').read()


def table_columns(name):
    m = re.search(r'CREATE TABLE %s \((.*?)\n\);' % name, schema, re.S)
    cols = []
    for ln in m.group(1).split('\n'):
        ln = ln.strip()
        mm = re.match(r'([a-z_0-9]+)\s+(INTEGER|TEXT|REAL)', ln)
        if mm:
            cols.append(mm.group(1))
    return cols


def read(path):
    rows = []
    header = None
    for i, ln in enumerate(open(path, encoding='utf-8').read().split('\n'), 1):
        if not ln.strip() or ln.startswith('#'):
            continue
        cells = ln.split('\t')
        if header is None:
            header = cells
            continue
        if len(cells) != len(header):
            err(path, i, 'ragged row: %d cells vs %d' % (len(cells), len(header)))
        rows.append((i, dict(zip(header, cells))))
    return header, rows


ERRORS = []


def err(path, line, msg):
    ERRORS.append('%s:%s: %s' % (os.path.relpath(path, ROOT), line, msg))


def load_all(table):
    out = []
    for p in sorted(glob.glob(os.path.join(SEED, table, '*.tsv'))):
        h, rows = read(p)
        out += [(p, i, r) for i, r in rows]
    return out


DATE_RE = re.compile(r'^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$')
PERIOD_RE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?(\.\.\d{4}(-\d{2}(-\d{2})?)?)?$')

jur = {r['id'] for _, _, r in load_all('jurisdiction')}
topics = {r['topic'] for _, _, r in load_all('statistic_topic')}
refs = {r['num'] for _, _, r in load_all('reference')}

MINE = {
    'statistic_topic': 'statistic_topic/c8.tsv', 'statistic': 'statistic/c8.tsv', 'data_note': 'data_note/c8.tsv',
    'reference': 'reference/c8.tsv', 'footnote': 'footnote/c8.tsv',
}
VIRTUAL = {'src_locator', 'src_lines', 'src_page'}
report = open(REPORT, encoding='utf-8').read()
report_norm = re.sub(r'\s+', ' ', report)
WRITTEN = {'subject', 'subject_en', 'description_ko', 'description_en', 'note_ko', 'note_en', 'name_ko', 'name_en'}


def overlap(text):
    t = re.sub(r'\s+', ' ', text)
    for k in range(0, max(0, len(t) - 39)):
        if t[k:k + 40] in report_norm:
            return t[k:k + 40]
    return None


for table, rel in MINE.items():
    path = os.path.join(SEED, rel)
    if not os.path.exists(path):
        print('missing', rel)
        continue
    header, rows = read(path)
    cols = table_columns(table)
    src_cols = {'src_locator', 'src_lines', 'src_page'} if 'source_id' in cols else set()
    for h in header:
        if h not in cols and h not in src_cols:
            err(path, 0, 'unknown column %s' % h)
    for c in cols:
        if c == 'source_id':
            continue
        if c not in header:
            print('note: %s lacks column %s' % (rel, c))
    key = {'statistic_topic': 'topic', 'reference': 'num', 'footnote': 'num'}.get(table, 'id')
    seen = set()
    for i, r in rows:
        k = r.get(key)
        if k in seen:
            err(path, i, 'duplicate key %s' % k)
        seen.add(k)
        if 'source_id' in cols:
            if not r.get('src_locator') or not r.get('src_lines'):
                err(path, i, 'missing source')
            if r.get('src_lines') and not re.match(r'^\d+(-\d+)?$', r['src_lines']):
                err(path, i, 'bad src_lines %s' % r['src_lines'])
            if r.get('src_page'):
                err(path, i, 'src_page should be empty')
        for c in ('date',):
            if r.get(c) and not DATE_RE.match(r[c]):
                err(path, i, 'bad date %s' % r[c])
        if table == 'statistic':
            if r['topic'] not in topics:
                err(path, i, 'unknown topic %s' % r['topic'])
            if r['jurisdiction_id'] and r['jurisdiction_id'] not in jur:
                err(path, i, 'unknown jurisdiction %s' % r['jurisdiction_id'])
            if r['period'] and not PERIOD_RE.match(r['period']):
                err(path, i, 'bad period %s' % r['period'])
            try:
                float(r['value'])
            except ValueError:
                err(path, i, 'bad value %s' % r['value'])
            if not (8000 <= int(r['id']) <= 8999 or 18000 <= int(r['id']) <= 18999):
                err(path, i, 'id out of range')
        if table == 'data_note':
            if not 8000 <= int(r['id']) <= 8999:
                err(path, i, 'id out of range')
            for c in ('note_ko', 'note_en', 'entity_type', 'entity_key'):
                if not r.get(c):
                    err(path, i, 'empty %s' % c)
        if table in ('reference', 'footnote'):
            if not r.get('citation'):
                err(path, i, 'empty citation')
            if table == 'footnote' and r.get('reference_num') and r['reference_num'] not in refs:
                err(path, i, 'unknown reference %s' % r['reference_num'])
        for c, v in r.items():
            if not v:
                continue
            if c in WRITTEN or (table == 'footnote' and c == 'citation' and '(설명 각주)' in v):
                o = overlap(v)
                if o:
                    err(path, i, 'copied 40-char run in %s: %s' % (c, o))

# data_note keys must exist
stat_ids = {r['id'] for _, _, r in load_all('statistic')}
fn_nums = {r['num'] for _, _, r in load_all('footnote')}
for p, i, r in load_all('data_note'):
    if not p.endswith('c8.tsv'):
        continue
    et, k = r['entity_type'], r['entity_key']
    ok = {'statistic': stat_ids, 'reference': refs, 'footnote': fn_nums}.get(et)
    if ok is not None and k not in ok:
        err(p, i, 'data_note key %s %s not found' % (et, k))

for e in ERRORS:
    print(e)
print('%d problems' % len(ERRORS))
sys.exit(1 if ERRORS else 0)
