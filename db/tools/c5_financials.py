#!/usr/bin/env python3
"""Parse the chapter-5 financial tables of the report, cross-check the copies, write the seed TSV.

The five P&L tables (〈표 5-1〉 Alphabet, 〈표 5-2〉 Microsoft, 〈표 5-3〉 Meta, 〈표 5-5〉 Apple,
〈표 5-6〉 Nvidia) and OpenAI's ARR table (〈표 5-4〉) appear up to three times in the text edition:

  (a) an embedded <table border="1"> ... </table> HTML string,
  (b) the same cells flattened onto the same physical line after </table>,
  (c) separate TAB rows on the following lines (leading TABs inconsistent).

Apple has only (c). Each copy is parsed independently into {fiscal year label, FY-end day, metric
values}; the copies must agree cell by cell. The TAB rows (c) carry the line numbers cited in
src_lines. The script also checks the arithmetic (gross profit = revenue - cost, margin, growth).

Usage:  python3 db/tools/c5_financials.py [--report PATH] [--write]
        --write  (re)writes db/seed/company_financial/c5.tsv
Exit status 1 if any copy disagrees.
"""
import argparse
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_REPORT = os.path.join(os.path.dirname(ROOT), 'shared', 'seed', 'ai-industry-trends-2024.txt')
OUT = os.path.join(ROOT, 'db', 'seed', 'company_financial', 'c5.tsv')

METRICS = [  # printed row label -> (metric code, unit)
    ('총매출', 'revenue', 'USD_million'),
    ('총매출 성장률', 'revenue_growth_pct', 'percent'),
    ('매출 원가', 'cost_of_revenue', 'USD_million'),
    ('총이익', 'gross_profit', 'USD_million'),
    ('총이익 성장률', 'gross_profit_growth_pct', 'percent'),
    ('총이익 %', 'gross_margin_pct', 'percent'),
]
LABELS = {m[0]: m for m in METRICS}

# company id, table, heading line of the caption, last line of the block, locator
TABLES = [
    (1, '〈표 5-1〉', 3356, 3373, '제5장 제1절 국외 기업 · 〈표 5-1〉'),
    (2, '〈표 5-2〉', 3658, 3671, '제5장 제1절 국외 기업 · 〈표 5-2〉'),
    (3, '〈표 5-3〉', 3736, 3750, '제5장 제1절 국외 기업 · 〈표 5-3〉'),
    (5, '〈표 5-5〉', 4098, 4114, '제5장 제1절 국외 기업 · 〈표 5-5〉'),
    (6, '〈표 5-6〉', 4187, 4201, '제5장 제1절 국외 기업 · 〈표 5-6〉'),
]
OPENAI = (4, '〈표 5-4〉', 3859, 3870, '제5장 제1절 국외 기업 · 〈표 5-4〉')

YEAR_RE = re.compile(r'^(\d{4})(?: (\d\d/\d\d))?$')
END_RE = re.compile(r'(?:^|: )(\d\d/\d\d)$')


def clean(cell):
    return html.unescape(re.sub(r'<[^>]+>', '', cell)).replace('\\$', '$').strip()


def parse_tokens(tokens):
    """tokens: cell strings in reading order (empties dropped). Returns (years, ends, metrics)."""
    years, ends, metrics = [], [], {}
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t in LABELS:
            metrics[t] = tokens[i + 1:i + 6]
            i += 6
            continue
        m = YEAR_RE.match(t)
        if m and len(years) < 5:
            years.append(m.group(1))
            if m.group(2):
                ends.append(m.group(2))
        else:
            e = END_RE.search(t)
            if e and len(ends) < 5:
                ends.append(e.group(1))
        i += 1
    return years, ends, metrics


def html_copy(line):
    m = re.search(r'<table.*?</table>', line)
    if not m:
        return None
    cells = [clean(c) for c in re.findall(r'<t[hd][^>]*>(.*?)</t[hd]>', m.group(0))]
    return [c for c in cells if c]


def flat_copy(line):
    if '</table>' not in line:
        return None
    rest = line.split('</table>', 1)[1]
    return [clean(c) for c in rest.split('\t') if clean(c)]


def tab_rows(lines, start, end, skip_html=True):
    """TAB rows of lines start..end (1-based); returns tokens and {label: line number}."""
    tokens, where = [], {}
    for n in range(start, end + 1):
        line = lines[n - 1]
        if skip_html and '<table' in line:
            continue
        cells = [clean(c) for c in line.split('\t')]
        cells = [c for c in cells if c]
        # the Apple block starts on the '재무 실적 (최근 5년)' line: drop that label cell
        cells = [c for c in cells if not c.startswith('재무 실적')]
        for c in cells:
            if c in LABELS:
                where[c] = n
            if YEAR_RE.match(c) or END_RE.search(c):
                where.setdefault('#header', n)
        tokens.extend(cells)
    return tokens, where


def num(printed):
    s = printed.replace(',', '').replace('%', '').replace('$', '').replace('M', '').strip()
    return float(s)


def fmt(v):
    return ('%.4f' % v).rstrip('0').rstrip('.')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--report', default=DEFAULT_REPORT)
    ap.add_argument('--write', action='store_true')
    args = ap.parse_args()
    with open(args.report, encoding='utf-8') as f:
        lines = f.read().split('\n')

    problems, rows = [], []
    for cid, table, first, last, locator in TABLES:
        block = range(first, last + 1)
        fin_line = next(n for n in block if lines[n - 1].startswith('재무 실적'))
        copies = {}
        h = html_copy(lines[fin_line - 1])
        if h is not None:
            copies['html'] = parse_tokens(h)
            copies['flat'] = parse_tokens(flat_copy(lines[fin_line - 1]))
        toks, where = tab_rows(lines, fin_line, last)
        copies['rows'] = parse_tokens(toks)
        ref = copies['rows']
        years, ends, metrics = ref
        if len(years) != 5 or len(ends) != 5 or len(metrics) != 6:
            problems.append('%s: rows copy incomplete: %r %r %r' % (table, years, ends, sorted(metrics)))
        for name, copy in copies.items():
            if copy != ref:
                problems.append('%s: copy %s disagrees with TAB rows: %r vs %r' % (table, name, copy, ref))
        print('%s company %d: copies %s; FY %s; ends %s' % (table, cid, '+'.join(copies), ' '.join(years), ' '.join(ends)))
        # arithmetic checks
        v = {LABELS[l][1]: [num(x) for x in vals] for l, vals in metrics.items()}
        for k in range(5):
            gp = v['revenue'][k] - v['cost_of_revenue'][k]
            if abs(gp - v['gross_profit'][k]) > 1:
                problems.append('%s FY%s: revenue - cost = %s, printed gross profit %s' % (table, years[k], gp, v['gross_profit'][k]))
            mg = 100 * v['gross_profit'][k] / v['revenue'][k]
            if abs(mg - v['gross_margin_pct'][k]) > 0.02:
                problems.append('%s FY%s: margin computes to %.2f%%, printed %s%%' % (table, years[k], mg, v['gross_margin_pct'][k]))
            if k > 0:
                for base, g in (('revenue', 'revenue_growth_pct'), ('gross_profit', 'gross_profit_growth_pct')):
                    gr = 100 * (v[base][k] / v[base][k - 1] - 1)
                    if abs(gr - v[g][k]) > 0.02:
                        problems.append('%s FY%s: %s computes to %.2f%%, printed %s%%' % (table, years[k], g, gr, v[g][k]))
        for label, metric, unit in METRICS:
            for k in range(5):
                dd, mm = ends[k].split('/')
                rows.append([str(cid), metric, years[k], '%s-%s-%s' % (years[k], mm, dd),
                             fmt(num(metrics[label][k])), unit, metrics[label][k], locator,
                             str(where.get(label, fin_line))])

    # OpenAI ARR
    cid, table, first, last, locator = OPENAI
    fin_line = next(n for n in range(first, last + 1) if lines[n - 1].startswith('재무 실적'))
    h = html_copy(lines[fin_line - 1])
    fl = flat_copy(lines[fin_line - 1])
    toks, _ = tab_rows(lines, fin_line + 1, last)
    for name, c in (('flat', fl), ('rows', toks)):
        if c != h:
            problems.append('%s: copy %s disagrees with HTML: %r vs %r' % (table, name, c, h))
    print('%s company %d: copies html+flat+rows' % (table, cid))
    assert h[:3] == ['연도', 'ARR ($M)', 'Growth (%)'], h[:3]
    data = [h[i:i + 3] for i in range(3, len(h), 3)]
    row_line = {}
    for n in range(fin_line + 1, last + 1):
        first_cell = clean(lines[n - 1].split('\t')[0])
        row_line[first_cell] = n
    prev = None
    for label, arr, growth in data:
        if label.startswith('Sep '):
            fy, end = label[4:], label[4:] + '-09'
        else:
            fy, end = label, label
        a = num(arr)
        rows.append([str(cid), 'arr', fy, end, fmt(a), 'USD_million', arr, locator, str(row_line[label])])
        if growth != '-':
            rows.append([str(cid), 'arr_growth_pct', fy, end, fmt(num(growth)), 'percent', growth, locator, str(row_line[label])])
            gr = 100 * (a / prev - 1)
            if abs(gr - num(growth)) > 1:
                problems.append('%s %s: ARR growth computes to %.0f%%, printed %s (known anomaly B06 if Sep 2024)' % (table, label, gr, growth))
        prev = a

    print('%d values' % len(rows))
    for p in problems:
        print('CHECK:', p)
    if args.write:
        with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
            f.write('# Chapter 5 financial tables, generated by db/tools/c5_financials.py (do not edit by hand).\n')
            f.write('# Five 5-year P&L tables (M$ as printed, growth/margin in percent) and OpenAI ARR (〈표 5-4〉).\n')
            f.write('# fiscal_year = column header; period_end = the day/month printed in the header row.\n')
            f.write('\t'.join(['company_id', 'metric', 'fiscal_year', 'period_end', 'value', 'unit',
                               'value_as_printed', 'src_locator', 'src_lines']) + '\n')
            for r in rows:
                f.write('\t'.join(r) + '\n')
        print('wrote', OUT)
    copy_problems = [p for p in problems if 'disagrees' in p or 'incomplete' in p]
    return 1 if copy_problems else 0


if __name__ == '__main__':
    sys.exit(main())
