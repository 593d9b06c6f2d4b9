#!/usr/bin/env python3
"""Self-check of the seed TSVs (used by curator 3 until atlas-dbbuild is available).

Checks header columns against db/schema.sql, NOT NULL columns, primary-key uniqueness, foreign keys
against all seed files, ISO-prefix dates, src_lines ranges and the 40-character copy rule for our own
wording columns. Usage: python3 db/tools/c3_check.py [files...]  (default: all c3 files)
"""
import os, re, sys, glob, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
SEED = os.path.join(ROOT, 'db', 'seed')
REPORT = os.path.normpath(os.path.join(ROOT, '..', 'shared', 'seed', 'ai-industry-trends-2024.txt'))

def schema():
    s = open(os.path.join(ROOT, 'db', 'schema.sql'), encoding='utf-8').read()
    s = re.sub(r'--[^\n]*', '', s)
    tables = {}
    for m in re.finditer(r'CREATE TABLE (\w+) \((.*?)\);', s, re.S):
        cols = {}
        for part in re.split(r',\s*\n', m.group(2)):
            part = part.strip()
            w = part.split()
            if not w or w[0] in ('PRIMARY', 'UNIQUE', 'FOREIGN', 'CHECK'):
                continue
            cols[w[0]] = part
        tables[m.group(1)] = cols
    return tables

def read(path):
    rows, hdr = [], None
    for i, line in enumerate(open(path, encoding='utf-8').read().split('\n'), 1):
        if not line.strip() or line.startswith('#'):
            continue
        cells = line.split('\t')
        if hdr is None:
            hdr = cells; continue
        if len(cells) != len(hdr):
            print('%s:%d: wrong number of cells (%d vs %d)' % (path, i, len(cells), len(hdr)))
        rows.append((i, dict(zip(hdr, cells))))
    return hdr or [], rows

def load_all(table):
    out = []
    for p in sorted(glob.glob(os.path.join(SEED, table, '*.tsv'))):
        out += [r for _, r in read(p)[1]]
    return out

DATE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
def bad_date(v):
    if not DATE.match(v): return True
    try:
        p = [int(x) for x in v.split('-')]
        datetime.date(p[0], p[1] if len(p) > 1 else 1, p[2] if len(p) > 2 else 1)
    except ValueError:
        return True
    return False

OWN = ('summary_ko', 'summary_en', 'text_ko', 'text_en', 'note_ko', 'note_en', 'description_ko', 'description_en')

def main(files):
    tables = schema()
    report = open(REPORT, encoding='utf-8').read()
    nlines = report.count('\n') + 1
    rep_norm = re.sub(r'\s+', ' ', report)
    ids = {
        'jurisdiction': {r['id'] for r in load_all('jurisdiction')},
        'organization': {r['id'] for r in load_all('organization')},
        'policy': {r['id'] for r in load_all('policy')},
        'statistic_topic': {r['topic'] for r in load_all('statistic_topic')},
        'policy_kind': {r['code'] for r in load_all('policy_kind')},
        'policy_status': {r['code'] for r in load_all('policy_status')},
        'organization_kind': {r['code'] for r in load_all('organization_kind')},
        'field': {r['code'] for r in load_all('field')},
    }
    fk = {'jurisdiction_id': 'jurisdiction', 'issuer_org_id': 'organization', 'parent_id': 'organization',
          'policy_id': 'policy', 'topic': 'statistic_topic', 'field': 'field'}
    ranges = {('policy', 'CHN'): (3000, 3999), ('policy', 'JPN'): (4000, 4999), ('policy', 'SGP'): (9000, 9999),
              ('organization', 'c3'): (3000, 3999), ('statistic', 'c3'): (3000, 3999), ('data_note', 'c3'): (3000, 3999)}
    pks = {'policy_item': ('policy_id', 'seq'), 'policy_source': ('policy_id', 'src_locator', 'src_lines'),
           'appendix1_entry': ('jurisdiction_id', 'field', 'seq'), 'alias': ('entity_type', 'entity_id', 'alias'),
           'statistic_topic': ('topic',)}
    nerr = 0
    def err(path, line, msg):
        nonlocal nerr; nerr += 1; print('%s:%d: %s' % (os.path.relpath(path, ROOT), line, msg))
    for path in files:
        table = os.path.basename(os.path.dirname(path)); stem = os.path.basename(path)[:-4]
        cols = tables[table]
        hdr, rows = read(path)
        for c in hdr:
            if c not in cols and c not in ('src_locator', 'src_lines', 'src_page'):
                err(path, 1, 'unknown column ' + c)
        for c, d in cols.items():
            if 'NOT NULL' in d and c not in hdr and c != 'source_id' and 'DEFAULT' not in d:
                err(path, 1, 'missing NOT NULL column ' + c)
        seen = set()
        key = pks.get(table, ('id',))
        for ln, r in rows:
            k = tuple(r.get(c) for c in key)
            if k in seen: err(path, ln, 'duplicate key %s' % (k,))
            seen.add(k)
            for c, d in cols.items():
                if 'NOT NULL' in d and c in r and r[c] == '': err(path, ln, 'empty NOT NULL ' + c)
            for c in ('name_ko', 'name_en', 'title_ko', 'title_en'):
                if c in r and r[c] == '': err(path, ln, 'empty ' + c)
            if 'src_locator' in cols or 'source_id' in cols:
                if not r.get('src_locator'): err(path, ln, 'missing src_locator')
                m = re.match(r'^(\d+)(?:-(\d+))?$', r.get('src_lines', ''))
                if not m: err(path, ln, 'bad src_lines %r' % r.get('src_lines'))
                elif int(m.group(1)) < 1 or int(m.group(m.lastindex)) > nlines or (m.group(2) and int(m.group(2)) < int(m.group(1))):
                    err(path, ln, 'src_lines out of range')
            for c, t in fk.items():
                if c in r and r[c] and c in cols and r[c] not in ids[t]:
                    err(path, ln, 'unknown %s %s' % (c, r[c]))
            if table == 'alias' and r['entity_type'] in ids and r['entity_id'] not in ids[r['entity_type']]:
                err(path, ln, 'unknown alias target %s %s' % (r['entity_type'], r['entity_id']))
            if table == 'policy':
                if r['kind'] and r['kind'] not in ids['policy_kind']: err(path, ln, 'bad kind ' + r['kind'])
                if r['status'] and r['status'] not in ids['policy_status']: err(path, ln, 'bad status ' + r['status'])
            if table == 'organization' and r['kind'] not in ids['organization_kind']: err(path, ln, 'bad org kind ' + r['kind'])
            for c in ('date', 'date_end'):
                if c in r and r[c] and bad_date(r[c]): err(path, ln, 'bad date %s=%s' % (c, r[c]))
            if table == 'statistic':
                try: float(r['value'])
                except ValueError: err(path, ln, 'bad value ' + r['value'])
                p = r.get('period', '')
                if p and not all(not bad_date(x) for x in p.split('..')): err(path, ln, 'bad period ' + p)
            if 'id' in r and (table, stem) in ranges:
                lo, hi = ranges[(table, stem)]
                if not lo <= int(r['id']) <= hi: err(path, ln, 'id out of range ' + r['id'])
            for c in OWN:
                v = re.sub(r'\s+', ' ', r.get(c, ''))
                for i in range(0, max(0, len(v) - 39)):
                    if v[i:i + 40] in rep_norm:
                        err(path, ln, '40-char run copied from the report in %s: %r' % (c, v[i:i + 40])); break
            for c in ('title_ko', 'title_en', 'label_ko', 'subject'):
                v = r.get(c, '')
                if len(v) >= 40 and v[:40] in rep_norm:
                    print('%s:%d: note: title-like %s of >=40 chars equals report text (a fact, allowed?)' % (os.path.relpath(path, ROOT), ln, c))
    print('%d problems' % nerr)
    return nerr

if __name__ == '__main__':
    fs = sys.argv[1:] or sorted(glob.glob(os.path.join(SEED, '*', '*.tsv')))
    fs = [f for f in fs if os.path.basename(f)[:-4] in ('CHN', 'JPN', 'SGP', 'c3')] if not sys.argv[1:] else fs
    sys.exit(1 if main([os.path.abspath(f) for f in fs]) else 0)
