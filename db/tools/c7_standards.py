#!/usr/bin/env python3
"""Curator 7: parse the three standard lists of chapter 6 into db/seed/standard/c7.tsv.

  〈표 6-1〉 IEEE SA AIS standards (L4815-4825)        -> ids 7201-7210
  〈표 6-2〉 ISO/IEC JTC 1/SC 42 published standards (L4950-4983) -> ids 7001-7031
  〈표 6-5〉 TTA standards (TTAS) and reports (TTAR) (L5203-5237) -> ids 7101-7132

Titles are copied as printed (facts); the translation into the other language is ours and lives
in the dictionaries below. Run from the repository root:  python3 db/tools/c7_standards.py
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REPORT = os.path.join(ROOT, '..', 'shared', 'seed', 'ai-industry-trends-2024.txt')
OUT = os.path.join(ROOT, 'db', 'seed', 'standard', 'c7.tsv')

# --- our Korean translations of the English ISO/IEC titles, keyed by table number -------------
ISO_KO = {
    1: '정보기술 — 인공지능 — 경영 시스템',
    2: '정보기술 — IT 거버넌스 — 조직의 인공지능 사용에 따른 거버넌스 영향',
    3: '소프트웨어 공학 — 시스템 및 소프트웨어 품질 요구사항 및 평가(SQuaRE) — AI 시스템 품질 모델',
    4: '시스템 및 소프트웨어 공학 — 시스템 및 소프트웨어 품질 요구사항 및 평가(SQuaRE) — 인공지능(AI) 시스템 품질 평가 지침',
    5: '정보기술 — 인공지능 — 빅데이터 분석을 위한 프로세스 관리 프레임워크',
    6: '정보기술 — 인공지능(AI) — AI 시스템의 계산 방식 개요',
    7: '정보기술 — 인공지능 — 윤리적·사회적 우려 사항 개요',
    8: '정보기술 — 인공지능(AI) — 활용 사례',
    9: '인공지능(AI) — 신경망의 견고성 평가 — 제2부: 정형 기법 활용 방법론',
    10: '인공지능(AI) — 신경망의 견고성 평가 — 제1부: 개요',
    11: '정보기술 — 인공지능 — 인공지능 신뢰성 개요',
    12: '정보기술 — 인공지능(AI) — AI 시스템 및 AI 보조 의사결정의 편향',
    13: '정보기술 — 인공지능 — 위험관리 지침',
    14: '머신러닝(ML)을 사용하는 인공지능(AI) 시스템 프레임워크',
    15: '정보기술 — 인공지능 — 인공지능 개념 및 용어',
    16: '정보기술 — 빅데이터 참조 구조 — 제5부: 표준 로드맵',
    17: '정보기술 — 빅데이터 참조 구조 — 제3부: 참조 구조',
    18: '정보기술 — 빅데이터 참조 구조 — 제2부: 활용 사례 및 도출 요구사항',
    19: '정보기술 — 빅데이터 참조 구조 — 제1부: 프레임워크 및 적용 절차',
    20: '정보기술 — 빅데이터 — 개요 및 용어',
    21: '정보기술 — 인공지능 — 머신러닝 컴퓨팅 장치 개요',
    22: '정보기술 — 인공지능 — 자동화된 인공지능 시스템의 제어 가능성',
    23: '정보기술 — 인공지능 — 데이터 생애주기 프레임워크',
    24: '인공지능 — 기능 안전과 AI 시스템',
    25: '정보기술 — 인공지능 — 지식공학 참조 구조',
    26: '정보기술 — 인공지능 — AI 애플리케이션 지침',
    27: '정보기술 — 인공지능 — AI 시스템 생애주기 프로세스',
    28: '인공지능 — 분석 및 머신러닝(ML)을 위한 데이터 품질 — 제4부: 데이터 품질 프로세스 프레임워크',
    29: '인공지능 — 분석 및 머신러닝(ML)을 위한 데이터 품질 — 제3부: 데이터 품질 관리 요구사항 및 지침',
    30: '인공지능 — 분석 및 머신러닝(ML)을 위한 데이터 품질 — 제1부: 개요, 용어 및 예시',
    31: '정보기술 — 인공지능 — 머신러닝 분류 성능 평가',
}

# --- our English translations of the Korean TTA titles, keyed by table number ---------------
TTA_EN = {
    1: 'Zero-touch network and service management (ZSM): enablers for AI-based network and service automation',
    2: 'Requirements for improving the trustworthiness of artificial intelligence systems',
    3: 'Guidelines for deriving safety requirements of AI-based maritime software',
    4: 'No-reference AI video quality analysis technology for public safety (technical report)',
    5: 'IALA G1178: guideline on the introduction of artificial intelligence (AI) from the IALA perspective (technical report)',
    6: 'Use of distributed artificial intelligence for multi-objective resource management in wireless networks (technical report)',
    7: 'Use of artificial intelligence for grant-free non-orthogonal multiple access (technical report)',
    8: 'Use of artificial intelligence for mobile edge computing resource allocation in cell-free cellular systems (technical report)',
    9: 'Technologies supporting machine learning and AI services on 5G devices (technical report)',
    10: 'Trends in guidelines and principles for AI system trustworthiness (technical report)',
    11: 'AI technology for extracting the content of OCR-based chart image data as text (technical report)',
    12: 'Interface between a greenhouse operation system and an AI server',
    13: 'Balance-based trustworthiness evaluation method for AI software using validation datasets - Part 4: design of wave-type balanced data',
    14: 'Balance-based trustworthiness evaluation method for AI software using validation datasets - Part 5: design of video-type balanced data',
    15: 'Building training data for developing diagnosis-assisting AI models: pathology tissue images',
    16: 'Requirements for creating AI game agents in simulated environments',
    17: 'Balance-based trustworthiness evaluation method for AI software using validation datasets - Part 2: design of image-type balanced data',
    18: 'Balance-based trustworthiness evaluation method for AI software using validation datasets - Part 3: design of time-series-type balanced data',
    19: 'Overview of AI-based image and video analysis technology and service use cases (technical report)',
    20: 'Use case of a writing assessment system using AI-generated summaries (technical report)',
    21: 'Use-case framework of an AI fitness coaching system for smart healthcare (technical report)',
    22: 'Building a mammography medical knowledge base for developing breast-cancer reading AI models',
    23: 'Balance-based trustworthiness evaluation method for AI software using validation datasets - Part 1: methodology and structure',
    24: 'Safety plan for strengthening the security of AI processors (technical report)',
    25: 'Functional-safety interface of AI processors (technical report)',
    26: 'AI processor architecture supporting multi-chip configurations (technical report)',
    27: 'Software interface of multi-chip-based AI processors (technical report)',
    28: 'Trends in the establishment of AI ethics guidelines (technical report)',
    29: 'Artificial intelligence - analysis of standardization trends (technical report)',
    30: 'Trends in Turing-test-based evaluation technology for AI services (technical report)',
    31: 'Requirements of a neural-network structure representation model for AI services in embedded systems (technical report)',
    32: 'Intelligent information technology trends - Part 1: artificial intelligence technology (technical report)',
}

# --- IEEE: our Korean translations; the two GET-programme standards use the Korean titles the
# --- report itself prints at L4808-4809.
IEEE_KO = {
    'IEEE 2089.1': '온라인 연령 확인을 위한 IEEE 표준',
    'IEEE 2807.1': '지식 그래프의 기술 요구사항 및 평가를 위한 IEEE 승인 초안 표준',
    'IEEE 2807.2': '금융 서비스 분야 지식 그래프 적용을 위한 IEEE 승인 초안 지침',
    'IEEE 2894': '설명 가능한 인공지능의 아키텍처 프레임워크를 위한 IEEE 승인 초안 지침',
    'IEEE 2933': 'TIPPSS(신뢰·신원·프라이버시·보호·안전·보안)를 갖춘 임상 사물인터넷(IoT) 데이터 및 기기 상호운용성을 위한 IEEE 승인 초안 표준',
    'IEEE 3154': '인재 서비스 분야 지식 그래프 적용을 위한 IEEE 권장 관행',
    'IEEE 3168': '머신러닝을 사용하는 자연어처리 서비스의 견고성 평가 시험 방법을 위한 IEEE 표준',
    'IEEE 3803': '가전제품 고객 데이터의 자산화 및 상업화 요구사항을 위한 IEEE 승인 초안 표준',
}
IEEE_KO_PRINTED_LINE = {'7009': 4808, '7014': 4809}


def fail(msg):
    sys.exit('c7_standards: ' + msg)


def main():
    with open(REPORT, encoding='utf-8') as f:
        lines = f.read().split('\n')

    def line(n):
        return lines[n - 1]

    rows = []
    hdr = ['id', 'body', 'code', 'title', 'title_ko', 'title_en', 'year', 'date', 'kind', 'status',
           'src_locator', 'src_lines']

    # ---- ISO/IEC JTC 1/SC 42, 〈표 6-2〉 --------------------------------------------------------
    iso_re = re.compile(r'^ISO/IEC (?:(TR|TS) )?(\d+)(?:-(\d+))?:(\d{4})$')
    iso = []
    for n in range(4950, 4984):
        cells = line(n).split('\t')
        if len(cells) != 3 or not cells[0].isdigit():
            continue
        num, code, title = int(cells[0]), cells[1].strip(), cells[2].strip()
        m = iso_re.match(code)
        if not m:
            fail('bad ISO code at L%d: %r' % (n, code))
        typ, year = m.group(1), m.group(4)
        kind = {'TR': 'technical_report', 'TS': 'specification', None: 'standard'}[typ]
        iso.append([7000 + num, 'ISO/IEC JTC 1/SC 42', code, title, ISO_KO[num], title, year, year, kind,
                    'published', '제6장 제1절 · 〈표 6-2〉', str(n)])
    if [r[0] for r in iso] != list(range(7001, 7032)):
        fail('ISO list is not 1..31')
    rows.append('# 〈표 6-2〉 ISO/IEC JTC 1/SC 42 published standards (31), L4948-4985. kind: IS -> standard,'
                ' TR -> technical_report, TS -> specification; year/date = the year in the code.')
    rows += iso

    # ---- TTA, 〈표 6-5〉 -------------------------------------------------------------------------
    tta = []
    for n in range(5203, 5238):
        cells = line(n).split('\t')
        if len(cells) != 5 or not cells[0].isdigit():
            continue
        num = int(cells[0])
        typ, code, title, date = (c.strip() for c in cells[1:])
        if not re.match(r'^\d{4}-\d{2}-\d{2}$', date):
            fail('bad TTA date at L%d' % n)
        if '(TTAS)' in typ:
            kind = 'standard'
        elif '(TTAR)' in typ:
            kind = 'technical_report'
        else:
            fail('bad TTA type at L%d' % n)
        tta.append([7100 + num, 'TTA', code, title, title, TTA_EN[num], date[:4], date, kind,
                    'published', '제6장 제2절 · 〈표 6-5〉', str(n)])
    if [r[0] for r in tta] != list(range(7101, 7133)):
        fail('TTA list is not 1..32')
    n_ttas = sum(1 for r in tta if r[8] == 'standard')
    if n_ttas != 12:
        fail('expected 12 TTAS, got %d' % n_ttas)
    rows.append('# 〈표 6-5〉 TTA standards (TTAS, 12 -> standard) and ICT technical reports (TTAR, 20 ->'
                ' technical_report), L5201-5239; date = 제개정일 as printed. Codes kept as printed.')
    rows += tta

    # ---- IEEE SA, 〈표 6-1〉 ----------------------------------------------------------------------
    ieee = []
    k = 0
    for n in range(4816, 4826):
        cells = line(n).split('\t')
        code = cells[0].strip()
        title = cells[1].strip()
        if title.startswith('• '):
            title = title[2:].strip()
        k += 1
        if title.startswith('IEEE Approved Draft '):
            status = 'approved_draft'
        else:
            status = 'published'
        if code == 'IEEE 700924':          # C18: OCR/typo for 7009-2024 (prose L4808)
            code = 'IEEE 7009-2024'
        base = re.match(r'IEEE (\d+)', code).group(1)
        if base in IEEE_KO_PRINTED_LINE:
            kl = line(IEEE_KO_PRINTED_LINE[base])
            m = re.match(r'^- \(\d{4}-2024\) (.+?)\(IEEE Standard', kl)
            if not m:
                fail('cannot read Korean title at L%d' % IEEE_KO_PRINTED_LINE[base])
            title_ko = m.group(1).strip()
            en_in_prose = kl[kl.index('(IEEE Standard') + 1:].rstrip(')').strip()
            if en_in_prose != title:
                fail('IEEE %s: prose and table titles differ' % base)
            lines_span = str(n)
        else:
            title_ko = IEEE_KO[code]
            lines_span = str(n)
        ieee.append([7200 + k, 'IEEE', code, title, title_ko, title, '2024', '2024', 'standard', status,
                     '제6장 제1절 · 〈표 6-1〉', lines_span])
    if len(ieee) != 10:
        fail('expected 10 IEEE rows')
    rows.append('# 〈표 6-1〉 IEEE SA autonomous and intelligent systems (AIS) standards of 2024 (10), L4813-4827.'
                ' 7009-2024 and 7014 are also the two GET-programme standards of L4808-4809 (one row each).'
                ' Guides and recommended practices are IEEE standard types -> kind standard;'
                ' "Approved Draft" -> status approved_draft.')
    rows += ieee

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# Curator 7 (chapter 6): the 73 standards listed in 〈표 6-1〉, 〈표 6-2〉 and 〈表 6-5〉.\n'.replace('表', '표'))
        f.write('# Generated by db/tools/c7_standards.py from the report; translations are ours.\n')
        f.write('\t'.join(hdr) + '\n')
        for r in rows:
            if isinstance(r, str):
                f.write(r + '\n')
            else:
                for c in r:
                    if '\t' in str(c) or '\n' in str(c):
                        fail('tab/newline in cell %r' % c)
                f.write('\t'.join(str(c) for c in r) + '\n')
    print('wrote %s: ISO %d, TTA %d, IEEE %d' % (OUT, len(iso), len(tta), len(ieee)))


if __name__ == '__main__':
    main()
