#!/usr/bin/env python3
"""Curator 7: data notes (report contradictions) and name aliases of chapters 6-7
-> db/seed/data_note/c7.tsv and db/seed/alias/c7.tsv. Notes are our own wording.
Run from the repository root:  python3 db/tools/c7_notes.py
"""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HN = ['id', 'entity_type', 'entity_key', 'column_name', 'printed_value', 'stored_value', 'anomaly_id', 'note_ko', 'note_en',
      'src_locator', 'src_lines']
HA = ['entity_type', 'entity_id', 'alias', 'lang', 'src_locator', 'src_lines']

N = [
    # --- dates ---------------------------------------------------------------------------------
    (7001, 'publication', '7101', 'date', '2025년 5월', '2024-04', 'A06',
     '7장 본문은 AI Index 보고서가 2025년 5월에 나왔다고 적었으나, 각주와 그림 출처, 2장은 모두 2024년 4월에 나온 2024년판을 가리킨다.',
     'Chapter 7 says the AI Index came out in May 2025, but its footnote, the figure sources and chapter 2 all point to the 2024 edition of April 2024.',
     '제7장 제1절 1. AI 교육 현황 및 추이 · [그림 7-1]', '5342'),
    (7002, 'publication', '7102', 'date', '2024년 5월 … 7월 발표', '2024-05', 'A25',
     '문장에 5월과 7월이 함께 적혀 발표 시점이 모호하다. 그림 출처와 각주가 모두 2024.5로 적고 있어 5월로 저장했다.',
     'The sentence gives both May and July as the release month; the figure source and the footnote both say 2024.5, so May is stored.',
     '제6장 제2절 1. 학술단체 · [그림 6-12]', '5085-5087'),
    (7003, 'standard', '7101', 'date', '2023.11.6. (검색일)', '2023-12-06', 'A26',
     '표 출처는 2023.11.6 검색 결과라고 하지만 표에는 그 이후(2023-12-06) 날짜의 표준이 있고, 본문은 2024.10.14 기준 목록이라 한다. 행별 제개정일은 인쇄대로 두고 목록 기준일은 2024.10.14로 본다.',
     'The table source claims a search on 2023.11.6, yet rows are dated 2023-12-06 and the text calls it the list as of 2024.10.14. Row dates are kept as printed; the list is taken to be as of 2024.10.14.',
     '제6장 제2절 2. 표준기관 · 〈표 6-5〉', '5199-5206'),
    (7004, 'organization', '7014', 'summary_ko', '2024년 11월 14일 기준', '2024-10-14', 'A27',
     '본문은 SC 42 발행 표준 31종 목록의 기준일을 2024.11.14로, 표 출처 각주는 확인일을 2024.10.14로 적었다. 각주 날짜를 기준일로 본다.',
     'The text dates the list of 31 SC 42 standards 14 Nov 2024, the footnote of the table source 14 Oct 2024; the footnote date is taken as the reference date.',
     '제6장 제1절 2. 표준기관 · 〈표 6-2〉', '4987'),
    (7005, 'publication', '7002', 'date', '2023.3.31.', '2024-03-31', 'A28',
     '2024년 KISDI AI Outlook 주요 보고서 목록인데 이 행만 2023년으로 찍혀 있어, 같은 호의 1번 행과 같은 2024.3.31의 오타로 본다.',
     'In a list of 2024 KISDI AI Outlook papers only this row says 2023; it is read as a typo for 2024.3.31, the date of row 1 of the same issue.',
     '제6장 제2절 3. 연구기관 · 〈표 6-6〉', '5264-5269'),
    (7006, 'publication', '7105', 'date', '2024.5', '2024-01', 'A29',
     '[그림 7-5] 출처는 이 연구를 2024.5로 적었지만 본문과 각주 331, 참고문헌은 2024년 1월 발행이라 한다. 2024.5는 별도의 운영 가이드 날짜로 보인다.',
     'The source of [그림 7-5] dates the study 2024.5, while the text, footnote 331 and the reference list say January 2024; 2024.5 is the date of the separate operating guide.',
     '제7장 제1절 2. AI의 교육에 대한 영향', '5427-5441'),
    (7007, 'standard', '7001', 'date', '2024년 1월', '2023', 'A37',
     '본문은 ISO/IEC 42001이 2024년 1월에 나왔다고 하지만 표준번호의 연도는 2023이며, 각주의 2024.1.17은 이를 전한 기사 날짜다. 표준번호 연도를 저장했다.',
     'The text says ISO/IEC 42001 came out in January 2024, but the year in its number is 2023 and the 2024-01-17 footnote is a news article about it; the year of the number is stored.',
     '제6장 제1절 2. 표준기관 · 〈표 6-2〉', '4942-4951'),
    # --- numbers -------------------------------------------------------------------------------
    (7008, 'statistic', '7003', 'value', '23만 건', '230000', 'B09',
     '2022년 저널 논문 23만 건과 컨퍼런스 논문 4만 2천 건의 합(27만 2천)이 같은 문단의 전체 출판물 약 24만 건보다 많다. 원 그림이 없어 어느 값이 틀렸는지 가릴 수 없으므로 인쇄값을 그대로 둔다.',
     'The 2022 journal (230,000) and conference (42,000) counts add up to 272,000, more than the 240,000 total given in the same paragraph. With the figure lost the wrong value cannot be identified, so the printed values are kept.',
     '제6장 제1절 1. 학술단체', '4728'),
    (7009, 'statistic', '7001', 'value', '약 24만 건', '240000', 'B09',
     '전체 출판물 수가 같은 문단의 저널·컨퍼런스 논문 수 합계(27만 2천)보다 작다. 인쇄값을 그대로 저장했다.',
     'The total is smaller than the sum of journal and conference papers given in the same paragraph (272,000); the printed value is kept.',
     '제6장 제1절 1. 학술단체', '4728'),
    (7010, 'publication', '7054', 'summary_ko', '순위 4 (논문 320편)', '순위 4 (논문 320편)', 'B12',
     '〈표 6-3〉의 순위는 논문 수 순서와 맞지 않는다(3위 145편, 4위 320편 등). 순위 기준이 설명되지 않아 순위와 논문 수를 인쇄대로 둔다.',
     'The ranks in 〈표 6-3〉 do not follow the paper counts (3rd has 145 papers, 4th 320). The ranking criterion is not explained, so ranks and counts are kept as printed.',
     '제6장 제2절 1. 학술단체 · 〈표 6-3〉', '5100-5109'),
    (7011, 'statistic', '7072', 'subject', '순위 4', '순위 4', 'B12',
     '이 토픽 클러스터는 4위로 인쇄되었지만 논문 수(320편)는 3위(145편)보다 많다. 순위는 인쇄대로 둔다.',
     'This cluster is printed 4th although its 320 papers exceed the 145 of the 3rd; the printed rank is kept.',
     '제6장 제2절 1. 학술단체 · 〈표 6-3〉', '5102-5103'),
    (7012, 'statistic', '7111', 'value', '19.39회', '19390', 'B14',
     'AP 전산학 시험 건수가 단위 없이 19.39로 찍혔다. 같은 문단의 주별 응시 건수(캘리포니아만 33,262건)로 보아 천 건 단위이므로 19,390건으로 저장했다.',
     'The AP CS exam count is printed as 19.39 with no unit. The state counts of the same paragraph (California alone 33,262) show it is in thousands, so 19,390 is stored.',
     '제7장 제1절 1. AI 교육 현황 및 추이', '5364'),
    (7013, 'statistic', '7112', 'value', '201.61', '201610', 'B14',
     '2022년 AP 전산학 시험 건수가 단위 없이 201.61로 찍혔다. 주별 응시 건수와 맞추려면 천 건 단위여야 하므로 201,610건으로 저장했다.',
     'The 2022 AP CS exam count is printed as 201.61 with no unit; to agree with the state counts it must be in thousands, so 201,610 is stored.',
     '제7장 제1절 1. AI 교육 현황 및 추이', '5364'),
    # --- labels, names, titles -----------------------------------------------------------------
    (7014, 'publication', '7107', '', 'NITRD', 'OECD', 'C05',
     '〈표 7-1〉(AI 도구 분류)은 제목이 "AI 도구의 교육"으로 어긋나 있고 출처를 NITRD로 적었지만, 내용과 각주 329는 이 OECD 보고서에서 온 것이다.',
     '〈표 7-1〉 (the AI-tool typology) carries the garbled title "AI 도구의 교육" and cites NITRD, but its content and footnote 329 come from this OECD report.',
     '제7장 제1절 2. AI의 교육에 대한 영향 · 〈표 7-1〉', '5384-5395'),
    (7015, 'organization', '7008', 'name_en', 'CVPR(International Conference on Computer Vision)', 'International Conference on Computer Vision (ICCV)', 'C15',
     'ICCV 절의 본문은 학회 이름을 CVPR로 잘못 적었다(2년마다 열린다는 설명도 CVPR로 표기). 절 제목과 영문 명칭에 따라 ICCV로 저장했다. 개최지 "하외"는 하와이의 오타다.',
     'The ICCV subsection calls the conference CVPR (also when saying it is biennial); the heading and the English name identify ICCV, which is stored. "하외" is a typo for Hawaii.',
     '제6장 제1절 1. 학술단체', '4884-4888'),
    (7016, 'organization', '7010', 'abbreviation', 'AAI (IEEE가 후원)', 'AAAI', 'C16',
     '본문은 약칭을 AAI로 쓰고 IEEE가 후원한다고 했으나, 절 제목과 각주 302(aaai.org)는 AAAI를 가리키며 AAAI는 IEEE 산하가 아니다. 상위 기관 없이 AAAI로 저장했다.',
     'The text abbreviates it AAI and calls it IEEE-sponsored, but the heading and footnote 302 (aaai.org) name AAAI, which is independent of IEEE; stored as AAAI with no parent.',
     '제6장 제1절 1. 학술단체', '4901-4912'),
    (7017, 'organization', '7010', 'abbreviation', 'AAAD', 'AAAI', 'C16',
     '학술연구 현황 문단은 세계인공지능학회를 AAAD로 적었다. 같은 장의 AAAI 절에 따라 AAAI로 본다.',
     'The research-overview paragraph writes 세계인공지능학회 as AAAD; the AAAI subsection of the same chapter shows it is AAAI.',
     '제6장 제1절 1. 학술단체', '4790'),
    (7018, 'publication', '7202', 'organization_id', '스탠포드대 등', '7020 (University of Oxford)', 'C17',
     '절 제목은 스탠포드대 등의 연구라 했지만 본문은 영국 옥스퍼드대를 비롯한 연구진이라 한다. 본문에 따라 옥스퍼드대로 연결했다.',
     'The heading credits Stanford and others, while the text says the team was led by the University of Oxford; the paper is linked to Oxford as in the text.',
     '제6장 제1절 3. 연구기관', '5024'),
    (7019, 'standard', '7209', 'code', 'IEEE 700924', 'IEEE 7009-2024', 'C18',
     '〈표 6-1〉의 번호 "700924"는 하이픈이 빠진 것으로, 본문의 GET 프로그램 목록은 같은 표준을 7009-2024로 적었다.',
     'The number "700924" in 〈표 6-1〉 lost its hyphen; the GET-programme list in the text gives the same standard as 7009-2024.',
     '제6장 제1절 1. 학술단체', '4808'),
    (7020, 'organization', '7003', 'name_en', 'ACM(CVPR)', 'Association for Computing Machinery', 'C29',
     '절 제목이 "ACM(CVPR)"로 되어 있으나 본문은 ACM과 그 SIGAI만 다루며, CVPR은 IEEE 절과 별도 절에서 다룬다.',
     'The heading reads "ACM(CVPR)", but the section deals only with ACM and its SIGAI; CVPR is covered under IEEE and in its own subsection.',
     '제6장 제1절 1. 학술단체', '4833-4837'),
    (7021, 'organization', '7025', 'abbreviation', 'KSAD', '', 'C30',
     '절 제목의 약칭 "KSAD"는 본문에 인쇄된 영문 명칭의 머리글자와 맞지 않아 약칭을 비워 두고 별칭으로만 남겼다.',
     'The abbreviation "KSAD" in the heading does not match the initials of the English name printed in the text; the abbreviation is left empty and KSAD is kept as an alias only.',
     '제6장 제2절 1. 학술단체', '5145-5147'),
    (7022, 'organization', '7024', 'summary_ko', '2023년 및 2023년 국내외 우수학술대회', '2023년과 2024년', 'C30',
     'KCC 2024 Top Conference 세션의 대상 연도가 "2023년 및 2023년"으로 찍혔으나, 〈표 6-4〉의 학회는 2023년과 2024년 것이다.',
     'The years of the KCC 2024 Top Conference session are printed "2023 and 2023", but the venues in 〈표 6-4〉 are from 2023 and 2024.',
     '제6장 제2절 1. 학술단체 · 〈표 6-4〉', '5124-5141'),
    (7023, 'publication', '7022', 'title_ko', '버티컬 시로의 변화와 과제', '버티컬 AI로의 변화와 과제', 'C32',
     '텍스트 변환 과정에서 "AI"가 "시"로 바뀐 오류다(보고서 전반의 같은 유형). 제목을 "AI"로 바로잡았다.',
     'A text-conversion error turned "AI" into "시", as elsewhere in the report; the title is stored with "AI".',
     '제6장 제2절 3. 연구기관 · 〈표 6-8〉', '5313'),
    # --- further contradictions found by curator 7 (not in ANOMALIES.md) -----------------------
    (7024, 'publication', '7206', '', "'Test of Award' 상", 'Test of Time Award', '',
     '본문은 ICML 2024 상 이름을 "Test of Award"로 적었는데, 오래된 논문의 영향력을 기리는 ICML의 상은 Test of Time Award다(외부 사실, 표시만 함).',
     'The text names the ICML 2024 award "Test of Award"; the ICML prize for a paper\'s lasting impact is the Test of Time Award (external fact, flagged only).',
     '제6장 제1절 1. 학술단체', '4882'),
    (7025, 'publication', '7109', '', 'Stanford HAI, AI Index Report 2024', 'OECD, Using AI in the workplace (2024.03.15)', '',
     '[그림 7-10]은 OECD 직장 내 AI 보고서를 다루는 절에 있는데 출처를 Stanford HAI AI Index로 적었다. 본문과 각주 336은 OECD 보고서다.',
     '[그림 7-10] sits in the section on the OECD workplace report but cites the Stanford HAI AI Index; the text and footnote 336 refer to the OECD report.',
     '제7장 제2절 2. AI의 인력 및 고용에 대한 영향 · [그림 7-10]', '5508-5517'),
    (7026, 'publication', '7111', '', 'OECD, Artificial intelligence and the changing demand for skills in the labour market, 2024.04.10.', 'OECD, Artificial intelligence and wage inequality, 2024.04.10.', '',
     '임금 불평등을 다룬 [그림 7-12]의 출처가 같은 날 나온 기술 수요 보고서로 적혀 있다. 본문과 각주 338은 임금 불평등 보고서다.',
     'The source of [그림 7-12], on wage inequality, names the skills-demand report of the same day; the text and footnote 338 refer to the wage-inequality report.',
     '제7장 제2절 2. AI의 인력 및 고용에 대한 영향 · [그림 7-12]', '5536-5551'),
    (7027, 'standard', '7101', 'code', 'TTAE.ET-GS ZSM 012 (표준종류: TTAS)', 'TTAE.ET-GS ZSM 012', '',
     '표준종류는 정보통신단체표준(TTAS)인데 번호는 외부 표준을 채택한 TTAE 계열이다. 번호와 종류를 인쇄대로 둔다.',
     'The row is typed as a TTA association standard (TTAS) but its number belongs to the TTAE series of adopted external standards; number and type are kept as printed.',
     '제6장 제2절 2. 표준기관 · 〈표 6-5〉', '5204'),
]

A = [
    ('organization', '7010', 'AAI', 'en', '제6장 제1절 1. 학술단체', '4903'),
    ('organization', '7010', 'AAAD', 'en', '제6장 제1절 1. 학술단체', '4790'),
    ('organization', '7025', 'KSAD', 'en', '제6장 제2절 1. 학술단체', '5145'),
    ('organization', '7001', '전기 전자 기술자 협회', 'ko', '제6장 제1절 2. 표준기관', '4918'),
    ('organization', '7013', '국제 전기 기술 위원회', 'ko', '제6장 제1절 2. 표준기관', '4918'),
    ('organization', '7014', 'ISO/IEC JTC 1 SC 42', 'en', '제6장 제1절 2. 표준기관', '4934'),
    ('organization', '7014', 'JTC 1/SC 42', 'en', '제6장 제2절 2. 표준기관', '5179'),
    ('organization', '7014', '인공지능 분야의 표준화 분과', 'ko', '제6장 제2절 2. 표준기관', '5157'),
    ('organization', '7004', 'ACM SIGAI', 'en', '제6장 제1절 1. 학술단체', '4837'),
    ('organization', '7009', 'IEEE ICRA', 'en', '제6장 제1절 1. 학술단체', '4896'),
    ('organization', '7019', 'MIT CSAIL', 'en', '제6장 제1절 3. 연구기관', '5006'),
    ('organization', '7020', '옥스퍼드대', 'ko', '제6장 제1절 3. 연구기관', '5024'),
    ('organization', '7021', 'AI2', 'en', '제6장 제1절 3. 연구기관', '5034'),
    ('organization', '7032', 'SPRI', 'en', '제6장 제2절 1. 학술단체 · 〈표 6-4〉', '5143'),
    ('organization', '7036', '경총', 'ko', '제7장 제2절 2. AI의 인력 및 고용에 대한 영향', '5574'),
    ('organization', '7040', '서울대', 'ko', '제6장 제2절 1. 학술단체', '5076'),
    ('organization', '7046', '고려대', 'ko', '제6장 제2절 1. 학술단체', '5076'),
    ('organization', '7041', '한양대', 'ko', '제6장 제2절 1. 학술단체 · 〈표 6-4〉', '5125'),
    ('organization', '7044', '성균관대', 'ko', '제6장 제2절 1. 학술단체 · 〈표 6-4〉', '5129'),
    ('organization', '7045', '서울과학기술대', 'ko', '제6장 제2절 1. 학술단체 · 〈표 6-4〉', '5134'),
    ('organization', '7043', '카이스트', 'ko', '첨부 3 · 국내 AI 기업 동향', '5974'),
    ('organization', '7018', 'MIT', 'en', '제6장 제1절 3. 연구기관', '5004'),
]


def write(path, header, rows, title):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(title + '\n')
        f.write('\t'.join(header) + '\n')
        for r in rows:
            assert len(r) == len(header), r
            for c in r:
                assert '\t' not in str(c) and '\n' not in str(c)
            f.write('\t'.join(str(c) for c in r) + '\n')


def main():
    ids = [r[0] for r in N]
    assert len(ids) == len(set(ids))
    write(os.path.join(ROOT, 'db', 'seed', 'data_note', 'c7.tsv'), HN, N,
          '# Curator 7: notes on contradictions in chapters 6-7 (generated by db/tools/c7_notes.py).')
    write(os.path.join(ROOT, 'db', 'seed', 'alias', 'c7.tsv'), HA, A,
          '# Curator 7: other spellings of chapter 6-7 organisations (generated by db/tools/c7_notes.py).')
    print('notes %d, aliases %d' % (len(N), len(A)))


if __name__ == '__main__':
    main()
