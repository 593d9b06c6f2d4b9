#!/usr/bin/env python3
"""Parse 첨부 3 (국내/해외 AI 기업 동향, L5967-6088) of the report into rows and activity items.

Used by c6_appendix3.py; run alone to dump the parsed items for a hand check.
The report path defaults to ../shared/seed/ai-industry-trends-2024.txt relative to the repo root.
"""
import os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REPORT = os.path.join(ROOT, '..', 'shared', 'seed', 'ai-industry-trends-2024.txt')

DOMESTIC = (5967, 6004)
OVERSEAS = (6008, 6088)

# Lines whose columns are shifted (ANOMALIES C33): line -> (category or None, company, activities)
SHIFTED = {
    6021: (None, 'SUNO', None),      # company in column 1, activities in column 2
    6070: ('클라우드', 'AWS', ''),    # category in column 2, company in column 3, no activities
    6071: (None, 'MS Azure', None),  # company in column 1, empty column 2
    6072: (None, 'Google Cloud', None),
    6073: (None, 'IBM', None),
    6074: (None, 'Alibaba Cloud', None),
}

DATE_RE = re.compile(r"\*?\(\s*\*?\(?\*?\s*('\d{1,2}(?:\.\d{1,2})?\.?~?|'\d{2}년\s*(?:상반기|초))\s*\)")
TAG_RE = re.compile(r"^\(([^()]{1,8})\)\s*")


def read_lines():
    with open(REPORT, encoding='utf-8') as f:
        return f.read().split('\n')


def rows(scope):
    lo, hi = DOMESTIC if scope == 'domestic' else OVERSEAS
    lines = read_lines()
    out, cat = [], None
    for n in range(lo, hi + 1):
        raw = lines[n - 1]
        if '\t' not in raw and n not in SHIFTED:
            continue
        cols = raw.split('\t')
        if cols[0] == '가치사슬':
            continue  # (repeated) header row
        if n in SHIFTED:
            c, company, acts = SHIFTED[n]
            if c:
                cat = c
            if acts is None:
                acts = next(x for x in cols[1:] if x.strip())
        else:
            if cols[0].strip():
                cat = cols[0].strip()
            company, acts = cols[1].strip(), cols[2].strip() if len(cols) > 2 else ''
        out.append(dict(line=n, category=cat, company=company, acts=acts.strip()))
    for i, r in enumerate(out, 1):
        r['seq'] = i
    return out


def segments(acts):
    """Split '- (태그) a('24.1), b('24.2) - (태그) c' into (tag, text) segments."""
    parts = re.split(r"(?:^|\s)-\s+", ' ' + acts)
    segs = []
    for p in parts:
        p = p.strip()
        if not p:
            continue
        m = TAG_RE.match(p)
        tag = None
        if m:
            tag, p = m.group(1), p[m.end():]
        segs.append((tag, p))
    return segs


def items(seg_text):
    """Split a segment into (label, date_as_printed) items; date None when undated."""
    out, pos = [], 0
    for m in DATE_RE.finditer(seg_text):
        label = seg_text[pos:m.start()].strip().lstrip(',').strip()
        out.append((label, re.sub(r'\s+', ' ', m.group(1)).strip()))
        pos = m.end()
    rest = seg_text[pos:].strip().lstrip(',').strip().rstrip('.').strip()
    if rest:
        out.append((rest, None))
    return out


if __name__ == '__main__':
    for scope in ('domestic', 'overseas'):
        for r in rows(scope):
            print(f"## {scope}|{r['seq']} L{r['line']} [{r['category']}] {r['company']}")
            for tag, s in segments(r['acts']):
                for label, d in items(s):
                    print(f"   ({tag}) {label}  <{d}>")
