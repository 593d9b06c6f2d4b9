#!/usr/bin/env python3
"""Curator 8: parses [참고 문헌] (report L5712-5912) into db/seed/reference/c8.tsv.

Each entry "N. Publisher, Title, YYYY.MM.DD." is stored with the number removed; the citation is
kept as printed (bibliographic data, not prose) except for conversion artefacts (`\\$` -> `$`, the
wrapped entries #23 and #94 joined). The date is the entry's own date as an ISO prefix with the
printed precision. Corrections of contradictory entries carry a data_note (ids 8200-8299).
Run from the repository root: python3 db/tools/c8_references.py
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import c8_statistics as st  # noqa: E402  (shared paths, writer)

LINES = st.LINES
FIRST, LAST = 5714, 5912
LOC = '참고 문헌'

COLS = ['num', 'citation', 'date', 'url', 'src_locator', 'src_lines']

DATE_TAIL = re.compile(r'[,.]?\s*(\d{4})\s*\.\s*(\d{1,2})(?:\s*\.\s*(\d{1,2}))?\s*\.?\s*(?:\.\s*)?$')


def iso_date(y, m, d):
    y, m = int(y), int(m)
    if not 1 <= m <= 12:
        return None
    if d is None:
        return '%04d-%02d' % (y, m)
    return '%04d-%02d-%02d' % (y, m, int(d))


def parse_entries():
    entries = []  # (num, text, first_line, last_line)
    cur = None
    for n in range(FIRST, LAST + 1):
        raw = LINES[n - 1]
        s = raw.strip()
        if not s:
            continue
        m = re.match(r'^(\d{1,3})\.\s+(.*)$', s)
        if m and int(m.group(1)) == (entries[-1][0] + 1 if entries else 1):
            entries.append([int(m.group(1)), m.group(2), n, n])
        else:
            # wrapped continuation (#23 date line, #94 "- system, ...")
            assert entries, (n, raw)
            e = entries[-1]
            cont = re.sub(r'^-\s+', '', s)
            e[1] = e[1].rstrip() + ' ' + cont
            e[3] = n
    return entries


NOTES = []
_nid = [8200]


def note(key, column, printed, stored, anomaly, ko, en, loc, lines):
    NOTES.append([str(_nid[0]), 'reference', str(key), column or '', printed or '', stored or '', anomaly or '',
                  ko, en, loc, str(lines)])
    _nid[0] += 1


ROWS = []
CITATION = {}
DATE = {}

for num, text, a, b in parse_entries():
    text = text.replace('\\$', '$').strip()
    m = DATE_TAIL.search(text)
    date = None
    printed_date = None
    if m:
        printed_date = m.group(0).strip(' ,')
        date = iso_date(m.group(1), m.group(2), m.group(3))
    citation = text
    lines = str(a) if a == b else '%d-%d' % (a, b)
    # ---- corrections (each with a data note) ----
    if num == 173:  # ANOMALIES A23: "2024.0.09."
        assert date is None and '2024.0.09' in text
        date = '2024-09-09'
        note(173, 'date', '2024.0.09.', date, 'A23',
             '발행일이 "2024.0.09."로 찍혀 월이 0임. 같은 문서를 인용한 각주 49의 2024.09.09를 따름.',
             'The entry prints the impossible date "2024.0.09."; the date 2024.09.09 of footnote 49, which cites the same framework, is stored.',
             '제3장 제3절 중국 · 각주 49', 1550)
    if num == 177:  # ANOMALIES A22: duplicate of #178 with the year 2023
        assert date == '2023-06-04'
        date = '2024-06-04'
        note(177, 'date', '2023.6.4.', date, 'A22',
             '「統合イノベーション戦略 2024」를 2023.6.4로 적었으나 2024년 전략이므로 같은 문서인 178번(2024.6.4)과 중복된 항목으로 보고 2024-06-04로 저장.',
             'The 2024 Integrated Innovation Strategy is dated 2023.6.4; it duplicates entry 178 (2024.6.4) and is stored as 2024-06-04.',
             LOC, 5901)
    if num == 90:  # truncated entry
        assert text.endswith('Era of Com') and date is None
        citation = 'Nvidia, NVIDIA Blackwell Platform Arrives to Power a New Era of Computing, 2024.03.18.'
        date = '2024-03-18'
        note(90, 'citation', text, citation, None,
             '항목이 제목 중간("Era of Com")에서 끊겨 날짜가 없음. 같은 자료를 인용한 각주 255의 전체 제목과 날짜(2024.03.18)로 보완.',
             'The entry breaks off mid-title ("Era of Com") with no date; title and date (2024.03.18) are completed from footnote 255, which cites the same release.',
             '제5장 제1절 국외 기업 · 각주 255', 4216)
    if num == 179:  # missing closing parenthesis
        note(179, 'citation', None, None, None,
             '제목의 괄호 "(征求意见稿"가 닫히지 않음. 인용문은 인쇄된 대로 두었고 각주 48에는 닫는 괄호가 있음.',
             'The title\'s parenthesis "(征求意见稿" is never closed; the citation is kept as printed, footnote 48 has the closing bracket.',
             '제3장 제3절 중국 · 각주 48', 1523)
    if num == 71:
        note(71, 'citation', None, None, None,
             '문헌이 아니라 약어 MTIA의 풀이(각주 209)가 참고 문헌 목록에 들어간 항목임.',
             'Not a document: the expansion of the abbreviation MTIA (footnote 209) was copied into the reference list.',
             '제5장 제1절 국외 기업 · 각주 209', 3768)
    if num == 65:  # ANOMALIES A31
        note(65, 'date', '2023.5.28.', date, 'A31',
             '자발적 행동강령의 날짜 2023.5.28은 본문이 밝힌 강령 발표 시점(2023년 9월)보다 앞섬. 인쇄된 날짜를 그대로 둠.',
             'The date 2023.5.28 precedes the code of conduct itself, which the text dates to September 2023; the printed date is kept.',
             '제3장 제6절 캐나다', 2191)
    if num == 55:  # ANOMALIES A32
        note(55, 'date', '2022.12.18.', date, 'A32',
             '2022.12.18은 웹페이지 갱신일로 보이며, 영국 국가 AI 전략 자체는 본문에서 2021년에 발표된 것으로 나옴. 인쇄된 날짜를 그대로 둠.',
             '2022.12.18 looks like the web page\'s update date; the text places the UK National AI Strategy itself in 2021. The printed date is kept.',
             '제3장 제5절 영국', 1972)
    if num == 150:  # ANOMALIES A21
        note(150, 'date', '2024.3.11.', date, 'A21',
             '2024.3.11은 결의안 초안의 날짜이고, 본문은 UN 총회 채택일을 2024년 3월 21일로 적음. 인쇄된 날짜를 그대로 둠.',
             '2024.3.11 is the date of the draft resolution; the text gives 21 March 2024 for its adoption by the General Assembly. The printed date is kept.',
             '제4장 제2절 UN', 3215)
    if num == 142:
        note(142, 'citation', 'Tortois Intelligence', 'Tortois Intelligence', None,
             '발행처 이름이 "Tortois"로 잘못 찍힘(본문 478행은 Tortoise Intelligence). 인용문은 인쇄된 대로 둠.',
             'The publisher is misspelt "Tortois" (the text at line 478 has Tortoise Intelligence); the citation is kept as printed.',
             '제2장 제1절 AI 산업 현황', 478)
    CITATION[num] = citation
    DATE[num] = date
    ROWS.append([str(num), citation, date or '', '', LOC, lines])

assert [int(r[0]) for r in ROWS] == list(range(1, 190)), 'numbers 1-189 without gaps'

if __name__ == '__main__':
    path = os.path.join(st.ROOT, 'db', 'seed', 'reference', 'c8.tsv')
    os.makedirs(os.path.dirname(path), exist_ok=True)
    st.write(path, COLS, ROWS, 'Curator 8: the 189 entries of [참고 문헌] (generated by db/tools/c8_references.py; no entry prints a URL).')
    nodate = [r[0] for r in ROWS if not r[2]]
    print(len(ROWS), 'references;', len(NOTES), 'notes; without date:', nodate)
