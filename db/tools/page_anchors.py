#!/usr/bin/env python3
"""Rebuilds db/seed/page_anchor/anchors.tsv: report line -> printed page.

The text edition has no page markers. The contents list (L13-68) and the lists of tables (L70-167)
and figures (L169-238) give printed pages for every chapter, section, company subsection, table and
figure; this script finds each of them in the body and writes (line, page, label). Run it from the
project root:  python3 db/tools/page_anchors.py ../shared/seed/ai-industry-trends-2024.txt
"""
import re
import sys
from collections import defaultdict

def main(path, out='db/seed/page_anchor/anchors.tsv'):
    lines = open(path, encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    body_start = 401  # 0-based index of L402, where 제1장 begins
    anchors = {}

    def find(pred, start=body_start):
        for i in range(start, len(lines)):
            if pred(lines[i]):
                return i
        return None

    # 1. Contents list: chapters, sections, numbered company subsections, appendices.
    chapter_line = body_start
    section_line = body_start
    for raw in lines[12:68]:
        if '\t' not in raw:
            continue
        title, page = raw.rsplit('\t', 1)
        if not page.strip().isdigit():
            continue
        page = int(page)
        title = title.strip()
        if re.match(r'^제\d+장 ', title):
            i = find(lambda l, t=title: l.strip() == t)
            if i is not None:
                chapter_line = section_line = i
                anchors[i] = (page, title)
        elif re.match(r'^제\d+절 ', title):
            i = find(lambda l, t=title: l.strip() == t, chapter_line)
            if i is not None:
                section_line = i
                anchors[i] = (page, title)
        elif title.replace(' ', '') == '참고문헌':
            i = find(lambda l: l.strip().replace(' ', '') == '[참고문헌]')
            if i is not None:
                anchors[i] = (page, '[참고 문헌]')
        elif title.startswith('[첨부'):
            key = title.split(']')[0] + ']'
            i = find(lambda l, k=key: l.startswith(k))
            if i is not None:
                anchors[i] = (page, title.split(']')[0] + ']')
        elif re.match(r'^\d+\. ', title):
            name = re.sub(r'^\d+\. ', '', title)
            # company subsections are headed '1. 알파벳(구글)' etc. in the body
            i = find(lambda l, n=name: re.sub(r'^\d+\.\s*', '', l.strip()) == n and re.match(r'^\d+\.', l.strip()),
                     section_line)
            if i is not None:
                anchors[i] = (page, title)

    # 2. Lists of tables and figures; the nth listing of an id matches its nth caption in the body.
    seen = defaultdict(int)
    def caption_key(text):
        m = re.match(r'^[<〈]표\s*(\d+-\d+)?\s*[>〉]', text)
        if m:
            return ('표', m.group(1) or '')
        m = re.match(r'^[\[〔]그림\s*(\d+-\d+)?\s*[\]〕]', text)
        if m:
            return ('그림', m.group(1) or '')
        return None
    body_captions = defaultdict(list)
    for i in range(body_start, len(lines)):
        k = caption_key(lines[i].strip())
        if k and '\t' not in lines[i]:
            body_captions[k].append(i)
    for raw in lines[69:255]:  # the lists of tables (L70-176) and figures (L178-254)
        if '\t' not in raw:
            continue
        title, page = raw.rsplit('\t', 1)
        if not page.strip().isdigit():
            continue
        k = caption_key(title.strip())
        if not k:
            continue
        n = seen[k]
        seen[k] += 1
        found = body_captions.get(k, [])
        if n < len(found):
            label = ('〈표 %s〉' % k[1]) if k[0] == '표' else ('[그림 %s]' % k[1])
            if not k[1]:
                label = '〈표〉' if k[0] == '표' else '[그림]'
            anchors[found[n]] = (int(page), label)

    # 3. Page breaks inside tables: the text edition repeats a table's header row where the printed
    #    table continues on the next page (INVENTORY §1.3), so each repeat starts a new page.
    def norm(l):
        return l.strip().strip('\t').replace('\t', ' ').strip()
    starts = sorted(anchors)
    for idx, c in enumerate(starts):
        page, label = anchors[c]
        if not (label.startswith('〈표') or label.startswith('[그림')):
            continue
        end = starts[idx + 1] if idx + 1 < len(starts) else len(lines)
        header = None
        breaks = 0
        for i in range(c + 1, min(end, c + 600)):
            if '\t' not in lines[i]:
                continue
            if header is None:
                header = norm(lines[i])
                continue
            if norm(lines[i]) == header and i not in anchors:
                breaks += 1
                anchors[i] = (page + breaks, label + ' (계속)')

    # Last line: lets the builder reject line numbers past the end of the report.
    last = len(lines) - 1
    if last not in anchors:
        prev = max(anchors)
        anchors[last] = (anchors[prev][0], 'end of report')

    # Pages must not decrease with the line number; drop anchors that contradict their neighbours.
    items = sorted(anchors.items())
    clean, best = [], 0
    for i, (page, label) in items:
        if page < best:
            print(f'skipping L{i+1} {label} p.{page}: before p.{best}', file=sys.stderr)
            continue
        best = page
        clean.append((i, page, label))
    with open(out, 'w', encoding='utf-8') as f:
        f.write('# Generated by db/tools/page_anchors.py from the report\'s contents list and its lists of\n')
        f.write('# tables and figures: the printed page of each heading, table and figure, by report line.\n')
        f.write('line\tpage\tlabel\n')
        for i, page, label in clean:
            f.write(f'{i+1}\t{page}\t{label}\n')
    print(f'{len(clean)} anchors written to {out}')

if __name__ == '__main__':
    main(*sys.argv[1:])
