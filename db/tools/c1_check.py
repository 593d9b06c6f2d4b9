#!/usr/bin/env python3
"""Self-check of curator c1's seed files until atlas-dbbuild is available: columns vs schema.sql, keys,
foreign keys, dates, sources, and 40-character runs shared with the report (the copyright hook's rule)."""
import csv, datetime, glob, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DB = os.path.join(HERE, '..')
SEED = os.path.join(DB, 'seed')
REPORT = os.path.join(DB, '..', '..', 'shared', 'seed', 'ai-industry-trends-2024.txt')
MINE = ['policy/USA.tsv', 'policy/CAN.tsv', 'policy_item/USA.tsv', 'policy_item/CAN.tsv',
        'policy_source/USA.tsv', 'policy_source/CAN.tsv', 'appendix1_entry/USA.tsv', 'appendix1_entry/CAN.tsv',
        'organization/c1.tsv', 'statistic/c1.tsv', 'statistic_topic/c1.tsv', 'data_note/c1.tsv', 'alias/c1.tsv']
errors, warnings = [], []


def schema():
    text = open(os.path.join(DB, 'schema.sql'), encoding='utf-8').read()
    tables = {}
    for m in re.finditer(r'CREATE TABLE (\w+) \((.*?)\n\);', text, re.S):
        cols = {}
        for line in m.group(2).splitlines():
            line = line.split('--')[0].strip()
            mm = re.match(r'(\w+)\s+(INTEGER|TEXT|REAL)\b(.*)', line)
            if mm:
                cols[mm.group(1)] = 'NOT NULL' in mm.group(3) and 'DEFAULT' not in mm.group(3)
        tables[m.group(1)] = cols
    return tables


def load(path):
    rows, header = [], None
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            cells = line.split('\t')
            if header is None:
                header = cells
                continue
            if len(cells) != len(header):
                errors.append(f'{path}:{n}: {len(cells)} cells, header has {len(header)}')
            rows.append((n, dict(zip(header, [c if c != '' else None for c in cells]))))
    return header or [], rows


def table_rows(table):
    out = []
    for p in sorted(glob.glob(os.path.join(SEED, table, '*.tsv'))):
        out += [(p, n, r) for n, r in load(p)[1]]
    return out


S = schema()
report_lines = open(REPORT, encoding='utf-8').read().split('\n')
norm = lambda s: re.sub(r'\s+', ' ', s)
report = norm('\n'.join(report_lines))
W = 40
windows = {report[i:i + W] for i in range(len(report) - W + 1)}
keys = {t: set() for t in ('jurisdiction', 'organization', 'policy', 'policy_kind', 'policy_status', 'field',
                            'organization_kind', 'statistic_topic')}
for t in keys:
    pk = 'code' if t in ('policy_kind', 'policy_status', 'field', 'organization_kind') else \
         'topic' if t == 'statistic_topic' else 'id'
    for p, n, r in table_rows(t):
        keys[t].add(r.get(pk))
FIXED_OTHERS = {'5900', '5901', '2900', '10900', '11000', '11001', '11002'}
DATE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
SECTIONS = {'제3장 제1절 미국': (701, 1178), '제3장 제6절 캐나다': (2136, 2292), '첨부 1': (5914, 5932),
            '제3장 제5절 영국': (1968, 2135), '제5장 제1절 국외 기업': (3350, 4500), '제2장 제1절 AI 산업 현황': (435, 677), '제1장 서론': (402, 431)}
RANGES = {'policy': [(1000, 1999), (6000, 6999)], 'organization': [(1000, 1999)], 'statistic': [(1000, 1999)],
          'data_note': [(1000, 1999)]}
FREE = ('summary_ko', 'summary_en', 'text_ko', 'text_en', 'note_ko', 'note_en', 'description_ko', 'description_en')


def valid_date(d):
    parts = [int(x) for x in d.split('-')]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        return True
    except ValueError:
        return False


counts = {}
for rel in MINE:
    path = os.path.join(SEED, rel)
    if not os.path.exists(path):
        errors.append(f'{rel}: missing'); continue
    table = rel.split('/')[0]
    cols = S[table]
    header, rows = load(path)
    counts[rel] = len(rows)
    allowed = set(cols) | {'src_locator', 'src_lines', 'src_page'}
    for c in header:
        if c not in allowed or c == 'source_id':
            errors.append(f'{rel}: column {c} not in table {table}')
    for c, notnull in cols.items():
        if notnull and c not in header and c != 'source_id' and c not in ('id',):
            errors.append(f'{rel}: required column {c} missing')
    for n, r in rows:
        at = f'{rel}:{n}'
        for c, notnull in cols.items():
            if notnull and c in header and r.get(c) is None:
                errors.append(f'{at}: {c} empty')
        for c in ('name_ko', 'name_en', 'title_ko', 'title_en'):
            if c in header and not r.get(c):
                errors.append(f'{at}: {c} empty')
        if 'src_locator' in header:
            loc, lines = r.get('src_locator'), r.get('src_lines')
            if not loc or not lines or not re.match(r'^\d+(-\d+)?$', lines):
                errors.append(f'{at}: bad source {loc!r} {lines!r}')
            else:
                a, b = (int(x) for x in (lines.split('-') + [lines])[:2])
                if a > b or b > len(report_lines):
                    errors.append(f'{at}: bad line span {lines}')
                base = loc.split(' · ')[0]
                if base in SECTIONS and not (SECTIONS[base][0] <= a and b <= SECTIONS[base][1]):
                    errors.append(f'{at}: lines {lines} outside {base}')
                if base not in SECTIONS:
                    warnings.append(f'{at}: locator {loc} not checked')
        for c in ('date', 'date_end'):
            v = r.get(c)
            if v and (not DATE.match(v) or not valid_date(v)):
                errors.append(f'{at}: bad {c} {v}')
        if r.get('date') and r.get('date_end') and r['date_end'][:len(r['date'])] < r['date'][:len(r['date_end'])]:
            errors.append(f'{at}: date_end before date')
        if table in RANGES and 'id' in r:
            i = int(r['id'])
            if not any(a <= i <= b for a, b in RANGES[table]):
                errors.append(f'{at}: id {i} outside my ranges')
        for c, ref in (('jurisdiction_id', 'jurisdiction'), ('issuer_org_id', 'organization'), ('parent_id', 'organization'),
                       ('kind', 'policy_kind' if table == 'policy' else 'organization_kind' if table == 'organization' else None),
                       ('status', 'policy_status'), ('field', 'field'), ('topic', 'statistic_topic')):
            v = r.get(c)
            if ref and v and c in header and v not in keys[ref]:
                errors.append(f'{at}: {c}={v} not in {ref}')
        if table in ('policy_item', 'policy_source', 'appendix1_entry') and r['policy_id'] not in keys['policy']:
            (warnings if r['policy_id'] in FIXED_OTHERS else errors).append(f'{at}: policy {r["policy_id"]} not (yet) defined')
        if table == 'alias':
            ref = {'policy': 'policy', 'organization': 'organization', 'jurisdiction': 'jurisdiction'}.get(r['entity_type'])
            if ref and r['entity_id'] not in keys[ref]:
                errors.append(f'{at}: alias target {r["entity_type"]} {r["entity_id"]} unknown')
        for c, v in r.items():
            if not v or len(v) < W:
                continue
            t = norm(v)
            hit = next((t[i:i + W] for i in range(len(t) - W + 1) if t[i:i + W] in windows), None)
            if hit:
                (errors if c in FREE else warnings).append(f'{at}: {c} repeats the report: "{hit}"')

# keys unique across all files of the table
for table, key in (('policy', ('id',)), ('organization', ('id',)), ('statistic', ('id',)), ('data_note', ('id',)),
                   ('policy_item', ('policy_id', 'seq')), ('policy_source', ('policy_id', 'src_locator', 'src_lines')),
                   ('appendix1_entry', ('jurisdiction_id', 'field', 'seq')), ('alias', ('entity_type', 'entity_id', 'alias')),
                   ('statistic_topic', ('topic',))):
    seen = {}
    for p, n, r in table_rows(table):
        k = tuple(r.get(c) for c in key)
        if k in seen:
            errors.append(f'{p}:{n}: duplicate key {k} (first {seen[k]})')
        seen[k] = f'{p}:{n}'

for rel, c in counts.items():
    print(f'{c:4d}  {rel}')
for w in warnings:
    print('warning:', w)
for e in errors:
    print('ERROR:', e)
print(f'{len(errors)} errors, {len(warnings)} warnings')
sys.exit(1 if errors else 0)
