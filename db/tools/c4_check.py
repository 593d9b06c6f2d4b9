#!/usr/bin/env python3
"""Self-check of the c4 seed files (before atlas-dbbuild exists): columns against schema.sql, ids and
ranges, foreign keys, vocab codes, ISO dates, src_lines, and the 40-character copy rule."""
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEED = os.path.join(ROOT, 'db', 'seed')
REPORT = os.path.join(os.path.dirname(ROOT), 'shared', 'seed', 'ai-industry-trends-2024.txt')
MINE = ['policy/KOR.tsv', 'policy/INT.tsv', 'policy_item/KOR.tsv', 'policy_item/INT.tsv', 'policy_source/KOR.tsv',
        'policy_source/INT.tsv', 'appendix1_entry/KOR.tsv', 'organization/c4.tsv', 'statistic/c4.tsv',
        'statistic_topic/c4.tsv', 'data_note/c4.tsv', 'alias/c4.tsv']
errors = []


def err(f, ln, msg):
    errors.append('%s:%d: %s' % (f, ln, msg))


def read(path):
    rows, hdr = [], None
    for i, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        cells = line.split('\t')
        if hdr is None:
            hdr = cells
            continue
        if len(cells) != len(hdr):
            err(path, i, 'cell count %d != %d' % (len(cells), len(hdr)))
        rows.append((i, dict(zip(hdr, [c if c != '' else None for c in cells]))))
    return hdr, rows


schema = open(os.path.join(ROOT, 'db', 'schema.sql'), encoding='utf-8').read()
tables = {}
for m in re.finditer(r'CREATE TABLE (\w+) \((.*?)\n\);', schema, re.S):
    cols = []
    for l in m.group(2).split('\n'):
        l = l.strip()
        mm = re.match(r'(\w+)\s+(INTEGER|TEXT|REAL)', l)
        if mm:
            cols.append(mm.group(1))
    tables[m.group(1)] = cols


def allrows(table):
    out = []
    for p in sorted(glob.glob(os.path.join(SEED, table, '*.tsv'))):
        out += [r for _, r in read(p)[1]]
    return out


codes = {t: {r['code'] for r in allrows(t)} for t in ('field', 'policy_kind', 'policy_status', 'organization_kind')}
jur = {r['id'] for r in allrows('jurisdiction')}
topics = {r['topic'] for r in allrows('statistic_topic')}
orgs = {r['id'] for r in allrows('organization')}
pols = {r['id'] for r in allrows('policy')}
stats = {r['id'] for r in allrows('statistic')}

rep = open(REPORT, encoding='utf-8').read()
grams = set(rep[i:i + 40] for i in range(len(rep) - 39))
nlines = rep.count('\n') + 1
DATE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
PERIOD = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?(\.\.\d{4}(-\d{2})?)?$')
copy_exempt = {'title_ko', 'title_original', 'title_as_printed', 'alias', 'printed_value', 'label_ko', 'name_en',
               'title_en', 'issuer_as_printed', 'src_locator', 'subject', 'subject_en'}
RANGES = {'policy/KOR.tsv': (10000, 10999), 'policy/INT.tsv': (11000, 11999)}

for f in MINE:
    path = os.path.join(SEED, f)
    table = f.split('/')[0]
    hdr, rows = read(path)
    schema_cols = set(tables[table]) - {'source_id'}
    for c in hdr:
        if c not in schema_cols | {'src_locator', 'src_lines', 'src_page'}:
            err(f, 1, 'unknown column ' + c)
    seen = set()
    for ln, r in rows:
        key = {'policy_item': ('policy_id', 'seq'), 'policy_source': ('policy_id', 'src_locator', 'src_lines'),
               'appendix1_entry': ('jurisdiction_id', 'field', 'seq'), 'statistic_topic': ('topic',),
               'alias': ('entity_type', 'entity_id', 'alias')}.get(table, ('id',))
        k = tuple(r.get(c) for c in key)
        if k in seen:
            err(f, ln, 'duplicate key %s' % (k,))
        seen.add(k)
        if 'src_locator' in hdr and not r.get('src_locator'):
            err(f, ln, 'missing src_locator')
        sl = r.get('src_lines')
        if 'src_lines' in hdr:
            m = re.match(r'^(\d+)(?:-(\d+))?$', sl or '')
            if not m or int(m.group(1)) > nlines or (m.group(2) and int(m.group(2)) < int(m.group(1))):
                err(f, ln, 'bad src_lines %r' % sl)
        if f in RANGES and not RANGES[f][0] <= int(r['id']) <= RANGES[f][1]:
            err(f, ln, 'id out of range')
        if table in ('organization', 'statistic', 'data_note') and not 4000 <= int(r['id']) <= 4999:
            err(f, ln, 'id out of range')
        for c in ('date', 'date_end'):
            if r.get(c) and not DATE.match(r[c]):
                err(f, ln, 'bad %s %r' % (c, r[c]))
        if r.get('period') and not PERIOD.match(r['period']):
            err(f, ln, 'bad period %r' % r['period'])
        if table == 'policy':
            for c in ('title_ko', 'title_en'):
                if not r.get(c):
                    err(f, ln, 'empty ' + c)
            if r['kind'] not in codes['policy_kind']:
                err(f, ln, 'bad kind')
            if r.get('status') and r['status'] not in codes['policy_status']:
                err(f, ln, 'bad status')
            if r.get('issuer_org_id') and r['issuer_org_id'] not in orgs:
                err(f, ln, 'unknown org')
            if r['jurisdiction_id'] not in jur:
                err(f, ln, 'unknown jurisdiction')
            if r.get('date_end') and r.get('date') and r['date_end'] < r['date']:
                err(f, ln, 'date_end before date')
        if table in ('policy_item', 'policy_source', 'appendix1_entry') and r['policy_id'] not in pols:
            err(f, ln, 'unknown policy %s' % r['policy_id'])
        if table == 'appendix1_entry' and r['field'] not in codes['field']:
            err(f, ln, 'bad field')
        if table == 'organization':
            if r['kind'] not in codes['organization_kind']:
                err(f, ln, 'bad org kind')
            if r.get('parent_id') and r['parent_id'] not in orgs:
                err(f, ln, 'unknown parent')
            if not r.get('name_ko') or not r.get('name_en'):
                err(f, ln, 'empty name')
        if table == 'statistic':
            if r['topic'] not in topics:
                err(f, ln, 'unknown topic')
            float(r['value'])
        if table == 'data_note':
            ek, et = r['entity_key'], r['entity_type']
            if et == 'policy' and ek not in pols or et == 'statistic' and ek not in stats or et == 'organization' and ek not in orgs:
                err(f, ln, 'unknown entity %s %s' % (et, ek))
        if table == 'alias':
            s = {'policy': pols, 'organization': orgs}[r['entity_type']]
            if r['entity_id'] not in s:
                err(f, ln, 'unknown alias target')
        for c, v in r.items():
            if not v or len(v) < 40:
                continue
            for i in range(len(v) - 39):
                if v[i:i + 40] in grams:
                    (err if c not in copy_exempt else (lambda *a: print('note (exempt column):', *a)))(
                        f, ln, '40-char copy in %s: %r' % (c, v[i:i + 40]))
                    break

print('\n'.join(errors) if errors else 'c4_check: OK')
sys.exit(1 if errors else 0)
