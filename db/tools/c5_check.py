#!/usr/bin/env python3
"""Self-check of curator c5's seed files (until the real builder is available).

Checks: header columns exist in schema.sql (plus src_locator/src_lines/src_page for source_id),
ids unique and inside c5's ranges, foreign keys (company, jurisdiction, vocabularies), ISO dates,
required columns non-empty, no TAB/odd cell counts, and that no 40-character run of any free-text
cell (summary/text/note/description) equals the report text.
"""
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SEED = os.path.join(ROOT, 'db', 'seed')
REPORT = os.path.join(os.path.dirname(ROOT), 'shared', 'seed', 'ai-industry-trends-2024.txt')

FREE = ('summary_ko', 'summary_en', 'text_ko', 'text_en', 'note_ko', 'note_en', 'description_ko',
        'description_en', 'subject', 'subject_en')
DATE_COLS = ('date', 'date_end', 'founded', 'listed', 'period_end')
DATE_RE = re.compile(r'^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$')


def schema_columns():
    sql = open(os.path.join(ROOT, 'db', 'schema.sql'), encoding='utf-8').read()
    tables = {}
    for m in re.finditer(r'CREATE TABLE (\w+) \((.*?)\n\);', sql, re.S):
        cols = []
        for line in m.group(2).split('\n'):
            line = line.strip()
            cm = re.match(r'^([a-z_0-9]+)\s+(INTEGER|TEXT|REAL)', line)
            if cm:
                cols.append(cm.group(1))
        tables[m.group(1)] = cols
    return tables


def load(path):
    rows, header = [], None
    for n, line in enumerate(open(path, encoding='utf-8').read().split('\n'), 1):
        if not line.strip() or line.startswith('#'):
            continue
        cells = line.split('\t')
        if header is None:
            header = cells
            continue
        if len(cells) != len(header):
            print('%s:%d: %d cells, header has %d' % (path, n, len(cells), len(header)))
        rows.append((n, dict(zip(header, cells))))
    return header, rows


def keys(table, col):
    out = set()
    for p in glob.glob(os.path.join(SEED, table, '*.tsv')):
        _, rows = load(p)
        out |= {r[col] for _, r in rows}
    return out


def main():
    tables = schema_columns()
    report = open(REPORT, encoding='utf-8').read()
    norm_report = re.sub(r'\s+', ' ', report)
    errors = 0
    fk = {
        'company_id': keys('company', 'id'),
        'hq_jurisdiction_id': keys('jurisdiction', 'id'),
        'jurisdiction_id': keys('jurisdiction', 'id'),
        'kind': None,
        'topic': keys('statistic_topic', 'topic'),
    }
    activity_kinds = keys('activity_kind', 'code')
    org_kinds = keys('organization_kind', 'code')
    for path in sorted(glob.glob(os.path.join(SEED, '*', 'c5.tsv'))):
        table = os.path.basename(os.path.dirname(path))
        header, rows = load(path)
        allowed = set(tables[table]) | {'src_locator', 'src_lines', 'src_page'}
        for h in header:
            if h not in allowed:
                print('%s: unknown column %s' % (path, h)); errors += 1
        seen = set()
        for n, r in rows:
            where = '%s:%d' % (os.path.relpath(path, ROOT), n)
            if table == 'company_financial':
                key = (r['company_id'], r['metric'], r['fiscal_year'], r['period_end'])
            elif table == 'alias':
                key = (r['entity_type'], r['entity_id'], r['alias'])
            elif table == 'statistic_topic':
                key = r['topic']
            else:
                key = r.get('id')
            if key in seen:
                print(where, 'duplicate key', key); errors += 1
            seen.add(key)
            if 'source_id' in tables[table] or table in ('company', 'company_activity', 'company_financial', 'organization', 'statistic', 'data_note'):
                if table != 'alias' and (not r.get('src_locator') or not r.get('src_lines')):
                    print(where, 'missing source'); errors += 1
                if r.get('src_lines') and not re.match(r'^\d+(-\d+)?$', r['src_lines']):
                    print(where, 'bad src_lines', r['src_lines']); errors += 1
            for c in DATE_COLS:
                if r.get(c) and not DATE_RE.match(r[c]):
                    print(where, 'bad date', c, r[c]); errors += 1
            for c in ('company_id', 'hq_jurisdiction_id', 'jurisdiction_id', 'topic'):
                if r.get(c) and fk.get(c) is not None and r[c] not in fk[c]:
                    print(where, 'unknown', c, r[c]); errors += 1
            if table == 'company_activity' and r.get('kind') and r['kind'] not in activity_kinds:
                print(where, 'unknown activity kind', r['kind']); errors += 1
            if table == 'organization' and r['kind'] not in org_kinds:
                print(where, 'unknown organization kind', r['kind']); errors += 1
            if table == 'company':
                if not (1 <= int(r['id']) <= 99):
                    print(where, 'id out of range'); errors += 1
                if r['parent_company_id'] and r['parent_company_id'] not in fk['company_id']:
                    print(where, 'unknown parent'); errors += 1
            if table == 'company_activity' and not (1 <= int(r['id']) <= 9999):
                print(where, 'id out of range'); errors += 1
            if table in ('organization', 'statistic', 'data_note') and not (5000 <= int(r['id']) <= 5999):
                print(where, 'id out of range'); errors += 1
            for c in ('name_ko', 'name_en', 'text_ko', 'text_en', 'note_ko', 'note_en', 'summary_ko', 'summary_en'):
                if c in r and not r[c].strip() and table in ('company', 'company_activity', 'data_note'):
                    print(where, 'empty', c); errors += 1
            for c, v in r.items():
                if c in FREE and v:
                    t = re.sub(r'\s+', ' ', v)
                    for i in range(0, max(0, len(t) - 39)):
                        if t[i:i + 40] in norm_report:
                            print(where, 'copied 40-char run in', c, repr(t[i:i + 40])); errors += 1
                            break
        print('%-40s %4d rows' % (os.path.relpath(path, ROOT), len(rows)))
    print('errors:', errors)
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
