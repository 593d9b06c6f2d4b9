#!/usr/bin/env python3
"""Self-check for the c2 seed files (until atlas-dbbuild is available, and as an extra copy check).

Checks: header columns against db/schema.sql, required columns, unique keys over all seed files,
foreign keys (jurisdictions, vocabularies, policies, organizations, topics), ISO dates, c2 id
ranges, and that no 40-character run of any c2 cell equals the report text.
    python3 db/tools/c2_check.py [--report PATH]
"""
import datetime
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DB = os.path.dirname(HERE)
SEED = os.path.join(DB, 'seed')
REPORT = os.path.join(os.path.dirname(DB), '..', 'shared', 'seed', 'ai-industry-trends-2024.txt')
if '--report' in sys.argv:
    REPORT = sys.argv[sys.argv.index('--report') + 1]

MINE = {
    'policy': ['EU', 'GBR', 'FRA', 'DEU'], 'policy_item': ['EU', 'GBR', 'FRA', 'DEU'],
    'policy_source': ['EU', 'GBR', 'FRA', 'DEU'], 'appendix1_entry': ['EU', 'GBR', 'FRA'],
    'organization': ['c2'], 'statistic': ['c2'], 'statistic_topic': ['c2'], 'data_note': ['c2'], 'alias': ['c2'],
}
RANGES = {'EU': (2000, 2999), 'GBR': (5000, 5999), 'FRA': (7000, 7999), 'DEU': (8000, 8999)}
SHARED_FIXED = {1900, 10900, 11000, 11001, 11002}   # owned by other curators

errors = []


def err(path, line, msg):
    errors.append('%s:%s: %s' % (os.path.relpath(path, DB), line, msg))


def schema():
    text = open(os.path.join(DB, 'schema.sql'), encoding='utf-8').read()
    tables = {}
    for m in re.finditer(r'CREATE TABLE (\w+) \((.*?)\n\);', text, re.S):
        cols, notnull = [], set()
        for ln in m.group(2).split('\n'):
            ln = ln.split('--')[0].strip()
            mm = re.match(r'(\w+)\s+(INTEGER|TEXT|REAL)\b(.*)', ln)
            if mm and mm.group(1) not in ('PRIMARY', 'UNIQUE', 'FOREIGN', 'CHECK'):
                cols.append(mm.group(1))
                if 'NOT NULL' in mm.group(3) and 'DEFAULT' not in mm.group(3):
                    notnull.add(mm.group(1))
        tables[m.group(1)] = (cols, notnull)
    return tables


def read(path):
    rows = []
    header = None
    for i, ln in enumerate(open(path, encoding='utf-8'), 1):
        ln = ln.rstrip('\n')
        if not ln.strip() or ln.startswith('#'):
            continue
        parts = ln.split('\t')
        if header is None:
            header = parts
            continue
        if len(parts) != len(header):
            err(path, i, 'expected %d cells, got %d' % (len(header), len(parts)))
        rows.append((i, dict(zip(header, [p if p != '' else None for p in parts]))))
    return header or [], rows


def load_table(t):
    out = []
    for p in sorted(glob.glob(os.path.join(SEED, t, '*.tsv'))):
        h, rows = read(p)
        out.extend((p, i, r) for i, r in rows)
    return out


DATE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')


def check_date(path, i, col, v):
    if v is None:
        return
    if not DATE.match(v):
        err(path, i, 'bad date %s=%r' % (col, v))
        return
    try:
        if len(v) == 10:
            datetime.date.fromisoformat(v)
        elif len(v) == 7:
            datetime.date.fromisoformat(v + '-01')
    except ValueError:
        err(path, i, 'invalid date %s=%r' % (col, v))


def main():
    tables = schema()
    jur = {r['id'] for _, _, r in load_table('jurisdiction')}
    vocab = {t: {r['code'] for _, _, r in load_table(t)} for t in
             ('field', 'policy_kind', 'policy_status', 'organization_kind', 'activity_kind')}
    policies = load_table('policy')
    pol_ids = {int(r['id']) for _, _, r in policies}
    orgs = load_table('organization')
    org_ids = {int(r['id']) for _, _, r in orgs}
    topics = {r['topic'] for _, _, r in load_table('statistic_topic')}

    # unique keys over all files
    keys = {'policy': ('id',), 'organization': ('id',), 'statistic': ('id',), 'data_note': ('id',),
            'statistic_topic': ('topic',), 'policy_item': ('policy_id', 'seq'),
            'appendix1_entry': ('jurisdiction_id', 'field', 'seq'), 'alias': ('entity_type', 'entity_id', 'alias')}
    for t, k in keys.items():
        seen = {}
        for p, i, r in load_table(t):
            kv = tuple(r.get(c) for c in k)
            if kv in seen:
                err(p, i, 'duplicate key %s (also %s:%s)' % (kv, os.path.relpath(seen[kv][0], DB), seen[kv][1]))
            seen[kv] = (p, i)

    for t, files in MINE.items():
        cols, notnull = tables[t]
        allowed = set(cols) - {'source_id'} | {'src_locator', 'src_lines', 'src_page'}
        for f in files:
            path = os.path.join(SEED, t, f + '.tsv')
            if not os.path.exists(path):
                err(path, 0, 'missing file')
                continue
            header, rows = read(path)
            for c in header:
                if c not in allowed:
                    err(path, 1, 'unknown column %s' % c)
            need = (notnull - {'source_id'}) | ({'src_locator', 'src_lines'} if 'source_id' in notnull else set())
            for i, r in rows:
                for c in need:
                    if not r.get(c):
                        err(path, i, 'empty required %s' % c)
                if r.get('src_lines') and not re.match(r'^\d+(-\d+)?$', r['src_lines']):
                    err(path, i, 'bad src_lines %r' % r['src_lines'])
                if r.get('src_lines') and '-' in r['src_lines']:
                    a, b = map(int, r['src_lines'].split('-'))
                    if a > b:
                        err(path, i, 'reversed src_lines')
                for c in ('date', 'date_end'):
                    check_date(path, i, c, r.get(c))
                if r.get('jurisdiction_id') and r['jurisdiction_id'] not in jur:
                    err(path, i, 'unknown jurisdiction %s' % r['jurisdiction_id'])
                if t == 'policy':
                    pid = int(r['id'])
                    lo, hi = RANGES[f]
                    if not lo <= pid <= hi:
                        err(path, i, 'id %d outside %s range' % (pid, f))
                    for c in ('title_ko', 'title_en'):
                        if not r.get(c):
                            err(path, i, 'empty ' + c)
                    if r.get('kind') and r['kind'] not in vocab['policy_kind']:
                        err(path, i, 'bad kind %s' % r['kind'])
                    if r.get('status') and r['status'] not in vocab['policy_status']:
                        err(path, i, 'bad status %s' % r['status'])
                    if r.get('issuer_org_id') and int(r['issuer_org_id']) not in org_ids:
                        err(path, i, 'unknown org %s' % r['issuer_org_id'])
                    if r.get('date_end') and r.get('date') and r['date_end'] < r['date']:
                        err(path, i, 'date_end before date')
                if t in ('policy_item', 'policy_source', 'appendix1_entry'):
                    pid = int(r['policy_id'])
                    if pid not in pol_ids:
                        msg = 'unknown policy %d' % pid
                        err(path, i, msg + (' (fixed id of another curator, not yet committed)' if pid in SHARED_FIXED else ''))
                if t == 'appendix1_entry' and r['field'] not in vocab['field']:
                    err(path, i, 'bad field %s' % r['field'])
                if t == 'organization':
                    if not 2000 <= int(r['id']) <= 2999:
                        err(path, i, 'org id out of range')
                    if r['kind'] not in vocab['organization_kind']:
                        err(path, i, 'bad org kind %s' % r['kind'])
                    if r.get('parent_id') and int(r['parent_id']) not in org_ids:
                        err(path, i, 'unknown parent org')
                    if not r.get('name_ko'):
                        err(path, i, 'empty name_ko')
                if t == 'statistic':
                    if not 2000 <= int(r['id']) <= 2999:
                        err(path, i, 'statistic id out of range')
                    if r['topic'] not in topics:
                        err(path, i, 'unknown topic %s' % r['topic'])
                    float(r['value'])
                    if r.get('period') and not re.match(r'^\d{4}(-\d{2}(-\d{2})?)?(\.\.\d{4}(-\d{2}(-\d{2})?)?)?$', r['period']):
                        err(path, i, 'bad period %r' % r['period'])
                if t == 'data_note':
                    if not 2000 <= int(r['id']) <= 2999:
                        err(path, i, 'data_note id out of range')
                    et, k = r['entity_type'], r['entity_key']
                    if et == 'policy' and int(k) not in pol_ids:
                        err(path, i, 'data_note: unknown policy %s' % k + (' (other curator)' if int(k) in SHARED_FIXED else ''))
                    if et == 'organization' and int(k) not in org_ids:
                        err(path, i, 'data_note: unknown org %s' % k)
                if t == 'alias':
                    et, k = r['entity_type'], r['entity_id']
                    if et == 'policy' and int(k) not in pol_ids:
                        err(path, i, 'alias: unknown policy %s' % k)
                    if et == 'organization' and int(k) not in org_ids:
                        err(path, i, 'alias: unknown org %s' % k)

    copy_check()
    for e in errors:
        print(e)
    print('%d problem(s)' % len(errors))


def copy_check(n=40):
    text = open(REPORT, encoding='utf-8').read()
    grams = set()
    for ln in text.split('\n'):
        for j in range(0, max(0, len(ln) - n + 1)):
            grams.add(ln[j:j + n])
    free = {'title_ko', 'title_en', 'title_original', 'label_ko', 'issuer_as_printed', 'title_as_printed',
            'src_locator', 'printed_value', 'stored_value', 'name_en', 'name_ko'}
    for t, files in MINE.items():
        for f in files:
            path = os.path.join(SEED, t, f + '.tsv')
            if not os.path.exists(path):
                continue
            _, rows = read(path)
            for i, r in rows:
                for c, v in r.items():
                    if not v or len(v) < n:
                        continue
                    hit = next((v[j:j + n] for j in range(len(v) - n + 1) if v[j:j + n] in grams), None)
                    if hit:
                        tag = 'COPY(title/label, allowed?)' if c in free else 'COPY'
                        err(path, i, '%s %s: %r' % (tag, c, hit))


if __name__ == '__main__':
    main()
