#!/usr/bin/env python3
"""Curator 7: self-check of db/seed/*/c7.tsv until atlas-dbbuild is available.

Checks column names against db/schema.sql, required columns, id uniqueness and ranges, foreign keys
(vocabularies, jurisdictions, organizations, topics, data-note targets), ISO date prefixes, source
columns, and that no 40-character run of a written-by-us column equals the report text.
Run from the repository root:  python3 db/tools/c7_check.py
"""
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEED = os.path.join(ROOT, 'db', 'seed')
REPORT = os.path.join(ROOT, '..', 'shared', 'seed', 'ai-industry-trends-2024.txt')
MINE = ['standard', 'publication', 'organization', 'statistic', 'statistic_topic', 'data_note', 'alias']
OWN_TEXT = re.compile(r'^(summary_|text_|note_|description_)')
DATE_RE = re.compile(r'^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$')
errors = []


def err(path, ln, col, msg):
    errors.append('%s:%d:%s: %s' % (os.path.relpath(path, ROOT), ln, col, msg))


def schema():
    text = open(os.path.join(ROOT, 'db', 'schema.sql'), encoding='utf-8').read()
    tables = {}
    for m in re.finditer(r'CREATE TABLE (\w+) \((.*?)\n\);', text, re.S):
        cols = {}
        for raw in m.group(2).split('\n'):
            line = raw.split('--')[0].strip()
            cm = re.match(r'^(\w+)\s+(INTEGER|TEXT|REAL)\b(.*)$', line)
            if cm and cm.group(1).upper() not in ('PRIMARY', 'UNIQUE', 'FOREIGN'):
                cols[cm.group(1)] = ('NOT NULL' in cm.group(3), cm.group(2))
        tables[m.group(1)] = cols
    return tables


def read_tsv(path):
    rows, header = [], None
    with open(path, encoding='utf-8') as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if line.endswith('\r'):
                err(path, ln, '-', 'CR line end')
            if not line.strip() or line.startswith('#'):
                continue
            cells = line.split('\t')
            if header is None:
                header = cells
                continue
            if len(cells) != len(header):
                err(path, ln, '-', 'has %d cells, header %d' % (len(cells), len(header)))
            rows.append((ln, dict(zip(header, [c if c != '' else None for c in cells]))))
    return header or [], rows


def all_rows(table):
    out = []
    for p in sorted(glob.glob(os.path.join(SEED, table, '*.tsv'))):
        out += [r for _, r in read_tsv(p)[1]]
    return out


def main():
    tables = schema()
    report = open(REPORT, encoding='utf-8').read()
    norm = re.sub(r'\s+', ' ', report)
    grams = set(norm[i:i + 40] for i in range(len(norm) - 39))

    codes = {t: {r['code'] for r in all_rows(t)} for t in
             ('organization_kind', 'policy_kind', 'policy_status', 'field', 'activity_kind')}
    juris = {r['id'] for r in all_rows('jurisdiction')}
    orgs = {r['id'] for r in all_rows('organization')}
    topics = {r['topic'] for r in all_rows('statistic_topic')}
    ids = {t: {r['id'] for r in all_rows(t)} for t in ('standard', 'publication', 'statistic', 'organization')}
    counts = {}

    for table in MINE:
        path = os.path.join(SEED, table, 'c7.tsv')
        if not os.path.exists(path):
            continue
        cols = tables[table]
        header, rows = read_tsv(path)
        counts[table] = len(rows)
        has_source = 'source_id' in cols
        allowed = set(cols) - {'source_id'} | ({'src_locator', 'src_lines', 'src_page'} if has_source else set())
        for c in header:
            if c not in allowed:
                err(path, 1, c, 'unknown column')
        for c, (nn, _) in cols.items():
            if nn and c != 'source_id' and c not in header and not (table == 'statistic_topic' and c in ('map_layer', 'lower_is_better')) \
                    and not (table == 'statistic' and c == 'is_forecast'):
                err(path, 1, c, 'required column missing')
        seen = set()
        for ln, r in rows:
            for c, (nn, typ) in cols.items():
                v = r.get(c)
                if c in header and nn and v is None and c not in ('map_layer', 'lower_is_better', 'is_forecast'):
                    err(path, ln, c, 'empty required cell')
                if v is not None and typ == 'INTEGER' and not re.match(r'^-?\d+$', v):
                    err(path, ln, c, 'not an integer: %r' % v)
                if v is not None and typ == 'REAL':
                    try:
                        float(v)
                    except ValueError:
                        err(path, ln, c, 'not a number: %r' % v)
            for c in ('name_ko', 'name_en', 'title_ko', 'title_en'):
                if c in header and not r.get(c):
                    err(path, ln, c, 'empty name/title')
            if has_source:
                if not r.get('src_locator'):
                    err(path, ln, 'src_locator', 'missing')
                sl = r.get('src_lines') or ''
                m = re.match(r'^(\d+)(?:-(\d+))?$', sl)
                if not m or (m.group(2) and int(m.group(2)) < int(m.group(1))):
                    err(path, ln, 'src_lines', 'bad span %r' % sl)
                if r.get('src_page'):
                    err(path, ln, 'src_page', 'should be empty (builder derives it)')
            key = r.get('id') if 'id' in cols else r.get('topic') if table == 'statistic_topic' else \
                (r.get('entity_type'), r.get('entity_id'), r.get('alias'))
            if key in seen:
                err(path, ln, 'id', 'duplicate key %r' % (key,))
            seen.add(key)
            if 'id' in cols and table != 'statistic_topic':
                if not r.get('id') or not (7000 <= int(r['id']) <= 7999):
                    err(path, ln, 'id', 'outside 7000-7999')
            for c in ('date', 'period'):
                v = r.get(c)
                if v is not None:
                    parts = v.split('..')
                    if len(parts) > 2 or not all(DATE_RE.match(p) for p in parts):
                        err(path, ln, c, 'bad date %r' % v)
            if r.get('jurisdiction_id') and r['jurisdiction_id'] not in juris:
                err(path, ln, 'jurisdiction_id', 'unknown %r' % r['jurisdiction_id'])
            if table == 'organization':
                if r.get('kind') not in codes['organization_kind']:
                    err(path, ln, 'kind', 'unknown %r' % r.get('kind'))
                if r.get('parent_id') and r['parent_id'] not in orgs:
                    err(path, ln, 'parent_id', 'unknown %r' % r['parent_id'])
            if table == 'publication' and r.get('organization_id') and r['organization_id'] not in orgs:
                err(path, ln, 'organization_id', 'unknown %r' % r['organization_id'])
            if table == 'standard' and r.get('kind') not in (None, 'standard', 'technical_report', 'report', 'specification'):
                err(path, ln, 'kind', 'bad %r' % r.get('kind'))
            if table == 'publication' and r.get('kind') not in ('report', 'paper', 'topic_cluster', 'dataset', 'other'):
                err(path, ln, 'kind', 'bad %r' % r.get('kind'))
            if table == 'statistic':
                if r.get('topic') not in topics:
                    err(path, ln, 'topic', 'unknown %r' % r.get('topic'))
                if r.get('is_forecast') not in (None, '0', '1'):
                    err(path, ln, 'is_forecast', 'bad')
            if table == 'statistic_topic':
                for c in ('map_layer', 'lower_is_better'):
                    if r.get(c) not in (None, '0', '1'):
                        err(path, ln, c, 'must be 0/1')
            if table == 'data_note':
                et, ek = r.get('entity_type'), r.get('entity_key')
                if et in ids and ek not in ids[et]:
                    err(path, ln, 'entity_key', 'no %s with id %r' % (et, ek))
            if table == 'alias':
                if r.get('entity_type') == 'organization' and r.get('entity_id') not in orgs:
                    err(path, ln, 'entity_id', 'unknown organization %r' % r.get('entity_id'))
                if r.get('lang') not in (None, 'ko', 'en', 'zh', 'ja', 'fr', 'de'):
                    err(path, ln, 'lang', 'bad')
            for c, v in r.items():
                if v and OWN_TEXT.match(c):
                    t = re.sub(r'\s+', ' ', v)
                    for i in range(len(t) - 39):
                        if t[i:i + 40] in grams:
                            err(path, ln, c, '40-char run equals report text: %r' % t[i:i + 40])
                            break
    for e in errors:
        print(e)
    print('rows:', ', '.join('%s %d' % kv for kv in counts.items()))
    print('%d problem(s)' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
