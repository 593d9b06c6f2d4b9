#!/usr/bin/env python3
"""Self-check of curator c6's seed files (until the builder is available):
columns exist in schema.sql, ids unique and in range, foreign keys resolve, dates valid,
Korean/English names present, and no 40-character run of any line equals the report text."""
import glob, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import c6_parse as P

SEED = os.path.join(P.ROOT, 'db', 'seed')
FIXED_COMPANIES = set(range(1, 15)) | set(range(21, 29))
errors = []


def load(path):
    rows, header = [], None
    for n, line in enumerate(open(path, encoding='utf-8').read().split('\n'), 1):
        if not line.strip() or line.startswith('#'):
            continue
        cells = line.split('\t')
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            errors.append(f'{path}:{n}: too many cells')
        rows.append((n, dict(zip(header, cells + [''] * (len(header) - len(cells))))))
    return header, rows


def schema_columns():
    text = open(os.path.join(P.ROOT, 'db', 'schema.sql'), encoding='utf-8').read()
    cols = {}
    for m in re.finditer(r'CREATE TABLE (\w+) \((.*?)\n\);', text, re.S):
        names = re.findall(r'^\s{4}(\w+)\s', m.group(2), re.M)
        cols[m.group(1)] = {c for c in names if c not in ('PRIMARY', 'UNIQUE', 'FOREIGN')}
    return cols


DATE_RE = re.compile(r'^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$')


def main():
    cols = schema_columns()
    juris = {r['id'] for f in glob.glob(os.path.join(SEED, 'jurisdiction', '*.tsv')) for _, r in load(f)[1]}
    kinds = {r['code'] for _, r in load(os.path.join(SEED, 'activity_kind', 'activity_kinds.tsv'))[1]}
    files = {t: os.path.join(SEED, t, 'c6.tsv') for t in ('company', 'appendix3_entry', 'company_activity', 'data_note', 'alias')}
    data = {}
    for t, f in files.items():
        if not os.path.exists(f):
            continue
        header, rows = load(f)
        allowed = (cols[t] - {'source_id'}) | {'src_locator', 'src_lines', 'src_page'}
        for h in header:
            if h not in allowed:
                errors.append(f'{f}: unknown column {h}')
        for n, r in rows:
            if 'src_locator' in header and (not r['src_locator'] or not re.match(r'^\d+(-\d+)?$', r['src_lines'])):
                errors.append(f'{f}:{n}: missing/bad source')
            for c in ('date', 'date_end'):
                if r.get(c) and not DATE_RE.match(r[c]):
                    errors.append(f'{f}:{n}: bad {c} {r[c]}')
        data[t] = rows
    companies = {int(r['id']) for _, r in data.get('company', [])}
    ids = [int(r['id']) for _, r in data.get('company', [])]
    if len(ids) != len(set(ids)) or any(not 100 <= i <= 999 for i in ids):
        errors.append('company ids not unique / out of range')
    allc = companies | FIXED_COMPANIES
    for n, r in data.get('company', []):
        if not r['name_ko'] or not r['name_en']:
            errors.append(f'company:{n}: empty name')
        if r['hq_jurisdiction_id'] and r['hq_jurisdiction_id'] not in juris:
            errors.append(f'company:{n}: unknown jurisdiction')
        if r['parent_company_id'] and int(r['parent_company_id']) not in allc:
            errors.append(f'company:{n}: unknown parent')
    keys = set()
    for n, r in data.get('appendix3_entry', []):
        k = (r['scope'], int(r['seq']))
        if k in keys:
            errors.append(f'appendix3_entry:{n}: duplicate {k}')
        keys.add(k)
        if int(r['company_id']) not in allc:
            errors.append(f'appendix3_entry:{n}: unknown company')
    aids = set()
    for n, r in data.get('company_activity', []):
        i = int(r['id'])
        if i in aids or not 10000 <= i <= 19999:
            errors.append(f'company_activity:{n}: bad id {i}')
        aids.add(i)
        if int(r['company_id']) not in allc:
            errors.append(f'company_activity:{n}: unknown company')
        if r['kind'] and r['kind'] not in kinds:
            errors.append(f'company_activity:{n}: unknown kind {r["kind"]}')
        if (r['appendix3_scope'], int(r['appendix3_seq'])) not in keys:
            errors.append(f'company_activity:{n}: unknown appendix3 entry')
        if not r['text_ko'] or not r['text_en']:
            errors.append(f'company_activity:{n}: empty text')
        if r['amount_value'] and not r['amount_currency']:
            errors.append(f'company_activity:{n}: amount without currency')
    dn = set()
    for n, r in data.get('data_note', []):
        i = int(r['id'])
        if i in dn or not 6000 <= i <= 6999:
            errors.append(f'data_note:{n}: bad id')
        dn.add(i)
        if not r['note_ko'] or not r['note_en']:
            errors.append(f'data_note:{n}: empty note')
        t, k = r['entity_type'], r['entity_key']
        ok = {'company': lambda: int(k) in allc, 'company_activity': lambda: int(k) in aids,
              'appendix3_entry': lambda: (k.split('|')[0], int(k.split('|')[1])) in keys}.get(t)
        if ok is None or not ok():
            errors.append(f'data_note:{n}: unresolved {t} {k}')
    for n, r in data.get('alias', []):
        if r['entity_type'] != 'company' or int(r['entity_id']) not in allc:
            errors.append(f'alias:{n}: unresolved {r["entity_type"]} {r["entity_id"]}')
    # copied report text: every 40-character window of every line (whitespace normalised)
    norm = lambda s: re.sub(r'\s+', ' ', s)
    report = norm(open(P.REPORT, encoding='utf-8').read())
    W = 40
    windows = {report[i:i + W] for i in range(len(report) - W)}
    for f in list(files.values()) + glob.glob(os.path.join(P.ROOT, 'db', 'tools', 'c6_*.py')):
        if not os.path.exists(f):
            continue
        for n, line in enumerate(open(f, encoding='utf-8'), 1):
            t = norm(line)
            for i in range(len(t) - W + 1):
                if t[i:i + W] in windows:
                    errors.append(f'{f}:{n}: copies report text: {t[i:i+W]!r}')
                    break
    print('\n'.join(errors) or 'c6 check: OK')
    for t, rows in data.items():
        print(f'  {t}: {len(rows)} rows')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
