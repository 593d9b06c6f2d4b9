#!/usr/bin/env python3
"""Curator 7: the numeric facts of chapters 6-7 -> db/seed/statistic/c7.tsv and statistic_topic/c7.tsv.

The figures of chapters 6-7 are images that were lost; every value below is a number printed in the
running text (line given per row). Values in base units; the printed form is kept in value_as_printed.
Run from the repository root:  python3 db/tools/c7_statistics.py
"""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HAI = 'Stanford HAI'

# topic, name_ko, name_en, unit, map_layer, lower_is_better, description_ko, description_en
TOPICS = [
    ('ai_publications', 'AI 분야 출판물 수', 'AI publications', 'count', 0, 0,
     'AI Index 2024가 집계한 전 세계 AI 출판물 수(전체·유형별·분야별).',
     'Worldwide AI publications counted by the AI Index 2024: total, by type and by field.'),
    ('ai_publications_growth', 'AI 출판물 증가 배수', 'Growth multiple of AI publications', 'ratio', 0, 0,
     '2015년 대비 2022년 출판물 수의 배수.', 'How many times the 2015 count the 2022 count is.'),
    ('ai_publications_by_sector', '부문별 AI 출판물 비중', 'AI publications by sector', 'percent', 0, 0,
     '2022년 AI 출판물을 낸 기관의 부문별 비중.', 'Share of 2022 AI publications by the sector of the publishing institution.'),
    ('ai_patents', 'AI 특허 건수', 'AI patents', 'count', 0, 0,
     '2022년 AI 특허 출원 중 승인·미승인 건수.', 'AI patents of 2022, granted and not (yet) granted.'),
    ('ai_patents_growth', 'AI 특허 승인 건수 증가율', 'Growth of granted AI patents', 'percent', 0, 0,
     '기간 중 승인된 AI 특허 건수의 총 증가율.', 'Total growth of granted AI patents over the period.'),
    ('ai_patents_granted_share', '국가별 AI 특허 승인 비중', 'Share of granted AI patents by country', 'percent', 1, 0,
     '전 세계에서 승인된 AI 특허 중 해당 국가의 비중.', 'A country\'s share of all AI patents granted worldwide.'),
    ('ai_patents_granted_share_by_region', '지역별 AI 특허 승인 비중', 'Share of granted AI patents by region', 'percent', 0, 0,
     '전 세계에서 승인된 AI 특허 중 해당 지역의 비중.', 'A world region\'s share of all AI patents granted worldwide.'),
    ('ai_patents_per_100k', '인구 10만 명당 AI 특허 승인 건수', 'Granted AI patents per 100,000 inhabitants', 'per_100k', 1, 0,
     '인구 대비 AI 특허 승인 건수가 많은 국가들.', 'Countries with the most granted AI patents relative to population.'),
    ('foundation_models', '기반 모델 출시 수', 'Foundation models released', 'count', 0, 0,
     '출시된 기반 모델 수(접근 유형별·개발 기관별).', 'Foundation models released, by access type and by developer.'),
    ('foundation_models_share', '기반 모델 유형·부문별 비중', 'Foundation models by access type and sector (share)', 'percent', 0, 0,
     '2023년 출시된 기반 모델 중 접근 유형별·개발 부문별 비중.', 'Share of the foundation models of 2023 by access type and by developing sector.'),
    ('foundation_models_growth', '기반 모델 수 증가 배수', 'Growth multiple of foundation models', 'ratio', 0, 0,
     '기간 중 기반 모델 수가 늘어난 배수.', 'How many times the number of foundation models grew over the period.'),
    ('ai_conference_stats', 'AI 학술대회 규모', 'AI conference figures', 'count', 0, 0,
     '주요 AI 학술대회의 참가자·제출·채택 논문 수 등.', 'Attendance, submissions, accepted papers and similar figures of major AI conferences.'),
    ('ai_conference_growth', 'AI 학술대회 성장률', 'Growth of AI conferences', 'percent', 0, 0,
     'AI 학술대회 참석자·제출 논문의 전년 대비 증가율.', 'Year-on-year growth of AI conference attendance and submissions.'),
    ('ai_standards_adopted', '표준기관별 AI 관련 표준 수', 'AI-related standards by standards body', 'count', 0, 0,
     'UN AI 자문기구 보고서가 집계한 2024년 상반기 표준기관별 AI 관련 표준 수.', 'AI-related standards per standards body in January-June 2024, as counted by the UN AI Advisory Body.'),
    ('sc42_work_programme', 'ISO/IEC JTC 1/SC 42 활동 규모', 'ISO/IEC JTC 1/SC 42 work programme', 'count', 0, 0,
     'SC 42의 발행 표준, 개발 중 프로젝트, 작업반 수.', 'Published standards, projects under development and working groups of SC 42.'),
    ('kistep_ai_papers', 'AI 분야 논문 수 (KISTEP)', 'AI papers (KISTEP survey)', 'count', 0, 0,
     'KISTEP 조사의 최근 6년간 AI 분야 논문 수(전 세계·한국).', 'AI papers of the last six years in the KISTEP survey, worldwide and from Korea.'),
    ('kor_ai_research_rank', '한국의 AI 연구 세계 순위 (KISTEP)', 'Korea\'s world rank in AI research (KISTEP)', 'rank', 0, 1,
     'KISTEP 조사에서 한국의 AI 논문 수 및 상위 연구자 수 세계 순위.', 'Korea\'s world rank by AI papers and by top researchers in the KISTEP survey.'),
    ('ai_top500_researchers_share', 'AI 상위 500명 연구자 국가별 분포', 'Top-500 AI researchers by country (share)', 'percent', 1, 0,
     '최근 6년간 AI 논문을 가장 많이 낸 연구자 500명의 국가별 비중.', 'Country shares of the 500 researchers with the most AI papers over the last six years.'),
    ('ai_top500_researchers', 'AI 상위 500명 연구자 수', 'Top-500 AI researchers (count)', 'count', 0, 0,
     '최근 6년간 AI 논문 상위 500명 연구자 중 해당 국가 출신 수.', 'Number of researchers from a country among the 500 most prolific AI authors of the last six years.'),
    ('kor_ai_topic_cluster_papers', '국내 AI 주요 연구주제별 논문 수', 'Korean AI papers by topic cluster', 'count', 0, 0,
     '〈표 6-3〉의 2018~2023년 국내 AI 토픽 클러스터별 논문 수.', 'Korean AI papers 2018-2023 per topic cluster of 〈표 6-3〉.'),
    ('ksa_ai_plus_certified', 'AI+ 인증 제품 수', 'Products with the AI+ certification', 'count', 0, 0,
     '한국표준협회 AI+ 인증을 받은 제품 수.', 'Products certified under the Korean Standards Association\'s AI+ scheme.'),
    ('na_cs_graduates_change', '북미 전산학 졸업생 증감률', 'Change in North American CS graduates', 'percent', 0, 0,
     '북미 신규 전산학 졸업생 수와 유학생 비중의 전년 대비 증감.', 'Year-on-year change in new computer-science graduates in North America and in the international share.'),
    ('ai_phd_destination_share', '북미 AI 신규 박사 진출 분야 비중', 'Where new North American AI PhDs go (share)', 'percent', 0, 0,
     '북미 AI 전공 신규 박사의 산업계·학계·정부 진출 비중.', 'Share of new North American AI PhDs taking jobs in industry, academia or government.'),
    ('na_cs_faculty', '북미 전산 관련 학과 교수진 수', 'North American computing faculty', 'count', 0, 0,
     '북미 전산학·컴퓨터공학·정보학과 교수진 수(유형별, 신규 채용).', 'Faculty of North American CS, CE and information departments, by type and new hires.'),
    ('na_cs_faculty_rates', '북미 전산 관련 학과 교수진 비율', 'North American computing faculty rates', 'percent', 0, 0,
     '교수진 증가율, 신규 임용자의 출신 비중 등.', 'Faculty growth and the origin of new hires, as percentages.'),
    ('eu_cs_bachelor_graduates', '유럽 전산·정보학 학부 졸업생 수', 'Informatics, CS and CE bachelor graduates in Europe', 'count', 1, 0,
     '2022년 유럽 국가별 전산학·컴퓨터공학·정보학 학부 졸업생 수(상위 국가).', 'Bachelor graduates in informatics, CS and CE in 2022 for the leading European countries.'),
    ('us_k12_cs_states_share', '미국 K-12 전산학 교육 정책 도입 주 비율', 'US states with K-12 CS education policies', 'percent', 0, 0,
     '초중고 전산학 교육 관련 정책을 둔 미국 주의 비율.', 'Share of US states with each K-12 computer-science education policy.'),
    ('us_ap_cs_exams', '미국 AP 전산학 시험 응시 건수', 'US AP computer-science exams taken', 'count', 0, 0,
     '미국 AP 전산학 시험 응시 건수(전체·주별).', 'AP computer-science exams taken in the US, in total and by state.'),
    ('us_ap_cs_exams_per_100k', '미국 주별 인구 10만 명당 AP 전산학 시험 응시 건수', 'US AP CS exams per 100,000 inhabitants by state', 'per_100k', 0, 0,
     '인구 대비 AP 전산학 시험 응시가 많은 주.', 'States with the most AP computer-science exams relative to population.'),
    ('us_teachers_chatgpt', '미국 교사의 ChatGPT 활용', 'US teachers\' use of ChatGPT', 'percent', 0, 0,
     'Impact Research 조사에서 미국 초중고 교사의 ChatGPT 사용 및 인식 비율.', 'Impact Research survey shares on how US K-12 teachers use and view ChatGPT.'),
    ('chatbot_language_coverage', '챗봇의 언어 학습 범위', 'Languages covered by chatbots', 'count', 0, 0,
     '유네스코가 지적한 세계 언어 수와 주요 챗봇이 학습한 언어 수.', 'UNESCO\'s figures on the world\'s languages and those major chatbots are trained on.'),
    ('online_higher_ed_western_share', '서구권에 집중된 온라인 고등교육 자료 비중', 'Share of online higher-education content from Western countries', 'percent', 0, 0,
     '유네스코가 지적한 온라인 고등교육 자료의 서구권 집중도.', 'UNESCO\'s estimate of how much online higher-education material comes from Western countries.'),
    ('ai_job_postings_share', 'AI 채용 공고 비율', 'AI job postings (share of all postings)', 'percent', 1, 0,
     '전체 채용 공고 중 AI 스킬을 요구하는 공고의 비율(국가별).', 'Share of all job postings that ask for AI skills, by country.'),
    ('us_ai_job_postings_by_skill', '미국 기술별 AI 채용 공고 비율', 'US AI job postings by skill cluster', 'percent', 0, 0,
     '미국 전체 채용 공고 중 해당 AI 기술을 요구하는 공고의 비율.', 'Share of all US job postings that ask for the given AI skill cluster.'),
    ('us_ai_job_postings_by_industry', '미국 산업별 AI 채용 공고 비율', 'US AI job postings by industry', 'percent', 0, 0,
     '미국 산업별 채용 공고 중 AI 공고의 비율.', 'Share of AI job postings among all postings of each US industry.'),
    ('ai_hiring_rate_growth', 'AI 인재 채용률 증가율', 'Growth of the AI hiring rate', 'percent', 1, 0,
     '전체 채용 대비 AI 인재 채용률의 전년 대비 증가율(국가·지역별).', 'Year-on-year growth of the AI hiring rate relative to all hiring, by country or region.'),
    ('ai_talent_concentration', 'AI 인재 집중도', 'AI talent concentration', 'percent', 1, 0,
     'LinkedIn 회원 중 AI 스킬을 보유하거나 AI 분야에서 일하는 사람의 비중.', 'Share of LinkedIn members who list AI skills or work in AI.'),
    ('ai_talent_concentration_change', 'AI 인재 집중도 변화율', 'Change in AI talent concentration', 'percent', 1, 0,
     '2016년 이후 AI 인재 집중도의 변화율.', 'Change in AI talent concentration since 2016.'),
    ('oecd_ai_workplace_survey', 'OECD 직장 내 AI 사용 조사', 'OECD survey on AI in the workplace', 'percent', 0, 0,
     'AI를 쓰는 근로자의 성과·만족·우려 응답 비율.', 'Shares of AI-using workers reporting better performance, more enjoyment or fear of job loss.'),
    ('oecd_ai_skill_demand', 'AI 고노출 직업의 기술 요구 공석 비율', 'Vacancies in AI-exposed jobs requiring extra skills', 'percent', 0, 0,
     'AI 노출이 큰 직업에서 감정·인지·디지털 기술을 하나 이상 요구하는 공석의 평균 비율.', 'Average share of vacancies in highly AI-exposed jobs that require at least one emotional, cognitive or digital skill.'),
    ('imf_ai_job_exposure', 'AI 노출 일자리 비중 (IMF)', 'Jobs exposed to AI (IMF)', 'percent', 0, 0,
     'IMF가 추정한 경제권별 AI 영향 일자리 비중.', 'IMF estimate of the share of jobs affected by AI, by group of economies.'),
    ('kef_ai_adoption_survey', '국내 주요 기업 AI 도입 실태 (경총)', 'AI adoption at major Korean firms (KEF survey)', 'percent', 0, 0,
     '경총의 2024년 3월 조사에서 생성 AI 도입 여부·효과·일자리 전망에 대한 응답 비율.', 'Answer shares of the KEF March 2024 survey on generative-AI adoption, its effects and job outlook.'),
]

S = []   # id, topic, jurisdiction_id, subject, subject_en, period, value, unit, is_forecast, value_as_printed, publisher, src_locator, src_lines


def sec(s):
    S.append(s)


def st(i, topic, jur, subj, subj_en, period, value, unit, printed, publisher, loc, lines):
    S.append([i, topic, jur, subj, subj_en, period, value, unit, 0, printed, publisher, loc, str(lines)])


P = '제6장 제1절 1. 학술단체'
sec('# 제6장 제1절 1. 학술연구 현황 (AI Index 2024): publications, patents, models, conferences')
st(7001, 'ai_publications', '', '전 세계 AI 분야 출판물 수', 'AI publications worldwide', '2022', 240000, 'count', '약 24만 건', HAI, P + ' · [그림 6-1]', 4728)
st(7002, 'ai_publications', '', '전 세계 AI 분야 출판물 수', 'AI publications worldwide', '2010', 88000, 'count', '약 8만 8천 건', HAI, P + ' · [그림 6-1]', 4728)
st(7003, 'ai_publications', '', 'AI 분야 저널 논문 수', 'AI journal articles', '2022', 230000, 'count', '23만 건', HAI, P, 4728)
st(7004, 'ai_publications', '', 'AI 분야 컨퍼런스 논문 수', 'AI conference papers', '2022', 42000, 'count', '4만 2천 건', HAI, P, 4728)
st(7005, 'ai_publications', '', '머신러닝 분야 출판물 수', 'Machine-learning publications', '2022', 72230, 'count', '72,230건', HAI, P + ' · [그림 6-1]', 4728)
st(7006, 'ai_publications', '', '컴퓨터 비전 분야 출판물 수', 'Computer-vision publications', '2022', 21309, 'count', '21,309건', HAI, P + ' · [그림 6-1]', 4728)
st(7007, 'ai_publications', '', '패턴인식 분야 출판물 수', 'Pattern-recognition publications', '2022', 19841, 'count', '19,841건', HAI, P + ' · [그림 6-1]', 4728)
st(7008, 'ai_publications', '', '프로세스 관리 분야 출판물 수', 'Process-management publications', '2022', 12052, 'count', '12,052건', HAI, P + ' · [그림 6-1]', 4728)
st(7009, 'ai_publications_growth', '', '저널 논문 수 증가 배수(2015년 대비)', 'Journal articles, multiple of the 2015 count', '2015..2022', 2.4, 'ratio', '2.4배', HAI, P, 4728)
st(7010, 'ai_publications_growth', '', '컨퍼런스 논문 수 증가 배수(2015년 대비)', 'Conference papers, multiple of the 2015 count', '2015..2022', 2.6, 'ratio', '2.6배', HAI, P, 4728)
st(7011, 'ai_publications_growth', '', '머신러닝 분야 출판 건수 증가 배수(2015년 대비)', 'Machine-learning publications, multiple of the 2015 count', '2015..2022', 7, 'ratio', '7배 가까이', HAI, P, 4728)
for i, (ko, en, v) in enumerate([('학계', 'Academia', 81.07), ('산업계', 'Industry', 7.89), ('정부', 'Government', 6.97),
                                  ('비영리', 'Non-profit', 2.62), ('기타', 'Other', 1.46)]):
    st(7012 + i, 'ai_publications_by_sector', '', 'AI 출판물 부문별 비중: ' + ko, 'Share of AI publications: ' + en.lower(), '2022', v, 'percent',
       ('%s%%' % v if ko != '기타' else '1.46'), HAI, P, 4728)
st(7017, 'ai_patents_growth', '', '승인된 AI 특허 건수 총 증가율', 'Total growth of granted AI patents', '2010..2014', 56.1, 'percent', '56.1%', HAI, P + ' · [그림 6-2]', 4737)
st(7018, 'ai_patents_growth', '', '승인된 AI 특허 건수 증가율', 'Growth of granted AI patents', '2021..2022', 62.7, 'percent', '62.7%', HAI, P + ' · [그림 6-2]', 4737)
st(7019, 'ai_patents', '', '미승인 AI 특허 건수', 'AI patents not granted', '2022', 128952, 'count', '128,952건', HAI, P + ' · [그림 6-2]', 4740)
st(7020, 'ai_patents', '', '승인된 AI 특허 건수', 'AI patents granted', '2022', 62264, 'count', '62,264건', HAI, P + ' · [그림 6-2]', 4740)
st(7021, 'ai_patents_granted_share_by_region', '', '동아시아 및 태평양의 AI 특허 승인 비중', 'East Asia and Pacific: share of granted AI patents', '2022', 75.2, 'percent', '75.2%', HAI, P, 4741)
st(7022, 'ai_patents_granted_share_by_region', '', '북미의 AI 특허 승인 비중', 'North America: share of granted AI patents', '2022', 21.2, 'percent', '21.2%', HAI, P, 4741)
st(7023, 'ai_patents_granted_share', 'CHN', '중국의 AI 특허 승인 비중', 'China: share of granted AI patents', '2022', 61.1, 'percent', '61.1%', HAI, P, 4742)
st(7024, 'ai_patents_granted_share', 'USA', '미국의 AI 특허 승인 비중', 'United States: share of granted AI patents', '2022', 20.9, 'percent', '20.9%', HAI, P, 4742)
st(7025, 'ai_patents_granted_share', 'USA', '미국의 AI 특허 승인 비중', 'United States: share of granted AI patents', '2010', 54.1, 'percent', '54.1%', HAI, P, 4742)
st(7026, 'ai_patents_per_100k', 'KOR', '한국의 인구 10만 명당 AI 특허 승인 건수', 'Korea: granted AI patents per 100,000 people', '2022', 10.3, 'per_100k', '10.3건', HAI, P + ' · [그림 6-3]', 4743)
st(7027, 'ai_patents_per_100k', 'LUX', '룩셈부르크의 인구 10만 명당 AI 특허 승인 건수', 'Luxembourg: granted AI patents per 100,000 people', '2022', 8.8, 'per_100k', '8.8건', HAI, P + ' · [그림 6-3]', 4743)
st(7028, 'ai_patents_per_100k', 'USA', '미국의 인구 10만 명당 AI 특허 승인 건수', 'United States: granted AI patents per 100,000 people', '2022', 4.2, 'per_100k', '4.2건', HAI, P + ' · [그림 6-3]', 4743)
sec('# Notable models: US 61, China 15 and the sector split (51/15/21) are stored by curator 8 from 〈표 2-2〉; chapter 6 adds France.')
st(7029, 'notable_ml_models', 'FRA', '프랑스 기반 기관이 개발한 주목할 만한 머신러닝 모델 수', 'Notable machine-learning models from France', '2023', 8, 'count', '8개', HAI, P + ' · [그림 6-4]', 4759)
st(7030, 'foundation_models', '', '출시된 기반 모델 수', 'Foundation models released', '2023', 149, 'count', '149개', HAI, P + ' · [그림 6-6]', 4775)
st(7031, 'foundation_models', '', '개방형 기반 모델 수', 'Open foundation models', '2023', 98, 'count', '98개', HAI, P + ' · [그림 6-6]', 4775)
st(7032, 'foundation_models', '', '제한적 접근 기반 모델 수', 'Limited-access foundation models', '2023', 23, 'count', '23개', HAI, P + ' · [그림 6-6]', 4775)
st(7033, 'foundation_models', '', '접근 불가 기반 모델 수', 'No-access foundation models', '2023', 28, 'count', '28개', HAI, P + ' · [그림 6-6]', 4775)
st(7034, 'foundation_models_share', '', '개방형 모델 비중', 'Share of open models', '2023', 65.8, 'percent', '65.8%', HAI, P + ' · [그림 6-6]', 4775)
st(7035, 'foundation_models_share', '', '제한적 접근 모델 비중', 'Share of limited-access models', '2023', 15.4, 'percent', '15.4%', HAI, P + ' · [그림 6-6]', 4775)
st(7036, 'foundation_models_share', '', '접근 불가 모델 비중', 'Share of no-access models', '2023', 18.8, 'percent', '18.8%', HAI, P + ' · [그림 6-6]', 4775)
st(7037, 'foundation_models_share', '', '산업계가 개발한 기반 모델 비중', 'Share of foundation models from industry', '2023', 72.5, 'percent', '72.5%', HAI, P, 4775)
st(7038, 'foundation_models_share', '', '학계가 개발한 기반 모델 비중', 'Share of foundation models from academia', '2023', 18.8, 'percent', '18.8%', HAI, P, 4775)
st(7039, 'foundation_models_growth', '', '기반 모델 수 증가 배수(2019년 대비 2023년)', 'Foundation models, multiple of the 2019 count in 2023', '2019..2023', 38, 'ratio', '약 38배', HAI, P, 4775)
for i, (ko, en, v, per, pr) in enumerate([
        ('Google', 'Google', 18, '2023', '18개'), ('Meta', 'Meta', 11, '2023', '11개'), ('Microsoft', 'Microsoft', 9, '2023', '9개'),
        ('UC 버클리', 'UC Berkeley', 3, '2023', '3개'), ('Google', 'Google', 40, '2019..2023', '40개'),
        ('OpenAI', 'OpenAI', 20, '2019..2023', '20개'), ('칭화대학교', 'Tsinghua University', 7, '2019..2023', '7개')]):
    if per == '2023':
        sk, se = '%s가 출시한 기반 모델 수' % ko, 'Foundation models released by %s' % en
    else:
        sk, se = '%s가 2019년 이후 공개한 기반 모델 수' % ko, 'Foundation models released by %s since 2019' % en
    st(7040 + i, 'foundation_models', 'CHN' if en.startswith('Tsinghua') else '', sk, se, per, v, 'count', pr, HAI,
       P + (' · [그림 6-7]' if per == '2023' else ''), 4775)
st(7047, 'ai_conference_growth', '', 'AI 컨퍼런스 참석자 수 증가율', 'Growth in AI conference attendance', '2022..2023', 6.7, 'percent', '6.7%', HAI, P + ' · [그림 6-8]', 4790)
st(7048, 'ai_conference_stats', '', 'NeurIPS 참가자 수', 'NeurIPS attendees', '2023', 16380, 'count', '약 1만 6,380명', HAI, P + ' · [그림 6-8]', 4790)
st(7049, 'ai_conference_stats', '', 'CVPR 2024 제출 논문 수', 'CVPR 2024 paper submissions', '2024-06', 11532, 'count', '11,532건', 'CVPR', P, 4874)
st(7050, 'ai_conference_growth', '', 'CVPR 제출 논문 수 증가율(2023년 대비)', 'Growth in CVPR submissions over 2023', '2023..2024', 26, 'percent', '26%', 'CVPR', P, 4874)
st(7051, 'ai_conference_stats', '', 'CVPR 2024 참가 국가·지역 수', 'Countries and regions at CVPR 2024', '2024-06', 76, 'count', '76개국 및 지역', 'CVPR', P, 4874)
st(7052, 'ai_conference_stats', '', 'CVPR 2024 참석자 수', 'CVPR 2024 attendees', '2024-06', 12000, 'count', '12,000명', 'CVPR', P, 4874)
st(7053, 'ai_conference_stats', '', 'CVPR 2024 채택 논문 수', 'Papers accepted at CVPR 2024', '2024-06', 2719, 'count', '2,719편', 'CVPR', P, 4876)
st(7054, 'ai_conference_stats', '', 'ICML 2024 최우수 논문 수', 'ICML 2024 best papers', '2024-07', 20, 'count', '20개', 'ICML', P, 4882)

Q = '제6장 제1절 2. 표준기관'
sec('# 제6장 제1절 2. 표준기관: AI standards per body (UN AI Advisory Body) and SC 42 work programme')
for i, (ko, en, v, jur) in enumerate([('ITU', 'ITU', 79, ''), ('ISO/IEC', 'ISO/IEC', 29, ''), ('IEEE', 'IEEE', 9, ''),
                                      ('3개 표준기관 합계', 'Total of the three bodies', 117, '')]):
    st(7055 + i, 'ai_standards_adopted', jur, ('%s의 AI 관련 표준 수' % ko) if i < 3 else 'AI 관련 표준 수: ' + ko,
       ('AI-related standards of %s' % en) if i < 3 else 'AI-related standards: ' + en.lower(), '2024-01..2024-06', v, 'count',
       '%d건' % v if i < 3 else '총 117건', 'United Nations AI Advisory Body', Q + ' · [그림 6-9]', 4918)
st(7059, 'sc42_work_programme', '', 'SC 42 발행 표준 수', 'SC 42 published standards', '2024', 31, 'count', '31개', 'ISO', Q, 4934)
st(7060, 'sc42_work_programme', '', 'SC 42 개발 중 프로젝트 수', 'SC 42 projects under development', '2024', 36, 'count', '36개', 'ISO', Q, 4934)
st(7061, 'sc42_work_programme', '', 'SC 42 작업 그룹 수', 'SC 42 working groups', '2024', 12, 'count', '12개', 'ISO', Q, 4934)

K = '제6장 제2절 1. 학술단체'
sec('# 제6장 제2절: KISTEP survey of AI papers (2024.5), 〈표 6-3〉 topic clusters, KSA AI+ certification')
st(7062, 'kistep_ai_papers', '', '전 세계 AI 분야 논문 수(최근 6년)', 'AI papers worldwide over the last six years', '2018..2023', 730000, 'count', '약 73만 건', 'KISTEP', K + ' · [그림 6-12]', 5072)
st(7063, 'kistep_ai_papers', 'KOR', '한국의 AI 분야 논문 수(최근 6년)', 'Korea: AI papers over the last six years', '2018..2023', 14000, 'count', '1만 4천여 건', 'KISTEP', K + ' · [그림 6-12]', 5072)
st(7064, 'kor_ai_research_rank', 'KOR', '한국의 AI 논문 수 세계 순위', 'Korea: world rank by AI papers', '2018..2023', 12, 'rank', '12위', 'KISTEP', K, 5072)
st(7065, 'ai_top500_researchers_share', 'USA', 'AI 논문 상위 500명 연구자 중 미국 비중', 'United States: share of the top-500 AI researchers', '2018..2023', 31.8, 'percent', '31.8%', 'KISTEP', K, 5074)
st(7066, 'ai_top500_researchers_share', 'CHN', 'AI 논문 상위 500명 연구자 중 중국 비중', 'China: share of the top-500 AI researchers', '2018..2023', 24.2, 'percent', '24.2%', 'KISTEP', K, 5074)
st(7067, 'ai_top500_researchers', 'KOR', 'AI 논문 상위 500명 연구자 중 한국 출신 수', 'Korea: researchers among the top-500 AI authors', '2018..2023', 5, 'count', '5명', 'KISTEP', K, 5074)
st(7068, 'kor_ai_research_rank', 'KOR', '한국의 AI 상위 500명 연구자 수 세계 순위', 'Korea: world rank by top-500 AI researchers', '2018..2023', 16, 'rank', '16위', 'KISTEP', K, 5074)
clusters = [('이미지 분할; 심층 신경망; 객체 감지', 'Image Segmentation; Deep Neural Network; Object Detection', 2003),
            ('감정 분석; 자연어처리; 기계학습', 'Sentiment Analysis; Natural Language Processing; Machine Learning', 365),
            ('로봇; 인공지능; 표현 인식', 'Robot; Artificial Intelligence; Expression Recognition', 145),
            ('로봇; 행동 인지; 보행 분석', 'Robot; Action Recognition; Gait Analysis', 320),
            ('뇌-컴퓨터 인터페이스; 뇌파; 생물 의학 신호', 'Brain-Computer Interface; Electroencephalography; Biomedical Signal Processing', 217),
            ('강화 학습; 로봇; 인공지능', 'Reinforcement Learning; Robot; Artificial Intelligence', 277),
            ('이미지 처리; 로봇; 객체 인지', 'Image Processing; Robot; Object Recognition', 183),
            ('로봇; 기계 설계; 제어 시스템', 'Robot; Machine Design; Control System', 249),
            ('로봇; 동작 계획; 장애물 회피', 'Robot; Motion Planning; Obstacle Avoidance', 145),
            ('로봇; 인공지능; 이미지 처리', 'Robot; Artificial Intelligence; Image Processing', 213)]
for i, (ko, en, v) in enumerate(clusters):
    st(7069 + i, 'kor_ai_topic_cluster_papers', 'KOR', '순위 %d: %s' % (i + 1, ko), 'Rank %d: %s' % (i + 1, en), '2018..2023', v,
       'count', format(v, ','), 'KISTEP', K + ' · 〈표 6-3〉', 5100 + i)
st(7079, 'ksa_ai_plus_certified', 'KOR', 'AI+ 인증 취득 제품 수', 'Products holding the AI+ certification', '2023-11-07', 46, 'count', '46개', '한국표준협회', '제6장 제2절 2. 표준기관', 5163)

E = '제7장 제1절 1. AI 교육 현황 및 추이'
sec('# 제7장 제1절 1. AI 교육 현황 및 추이 (AI Index 2024)')
for i, (ko, en, v) in enumerate([('학사', 'bachelor', 7.9), ('석사', 'master', -2.5), ('박사', 'PhD', 11.2)]):
    st(7080 + i, 'na_cs_graduates_change', '', '북미 신규 전산학 %s 졸업생 수 전년 대비 증감률' % ko,
       'New North American CS %s graduates, change over the previous year' % en, '2022', v, 'percent',
       '%s%% %s' % (abs(v), '증가' if v > 0 else '감소'), HAI, E, 5331)
for i, (ko, en, v) in enumerate([('석사', 'master', -14.8), ('박사', 'PhD', -2.7), ('학사', 'bachelor', -1.1)]):
    st(7083 + i, 'na_cs_graduates_change', '', '북미 전산학 %s 취득자 중 유학생 비중 전년 대비 증감' % ko,
       'North American CS %s graduates: change in the international share over the previous year' % en, '2022', v, 'percent',
       '%s%%' % v, HAI, E, 5331)
for i, (ko, en, v, per) in enumerate([('산업계', 'industry', 40.9, '2011'), ('학계', 'academia', 41.6, '2011'),
                                      ('산업계', 'industry', 70.7, '2022'), ('학계', 'academia', 20.0, '2022')]):
    st(7086 + i, 'ai_phd_destination_share', '', '북미 AI 전공 신규 박사의 %s 진출 비중' % ko,
       'New North American AI PhDs going to %s' % en, per, v, 'percent', '%s%%' % v, HAI, E + ' · [그림 7-1]', 5333)
st(7090, 'ai_phd_destination_share', '', '북미 AI 전공 신규 박사의 정부기관 진출 비중(최근 5년 수준)', 'New North American AI PhDs going to government (level of the last five years)',
   '2018..2022', 0.7, 'percent', '약 0.7%대', HAI, E + ' · [그림 7-1]', 5333)
st(7091, 'na_cs_faculty_rates', '', '북미 전산·컴퓨터공학·정보학과 교수진 증가율', 'Growth of North American CS, CE and information faculty', '2022', 7.2, 'percent', '7.2%', HAI, E, 5344)
for i, (ko, en, v) in enumerate([('영년직', 'tenure-track', 5733), ('강의전담교수', 'teaching', 1252), ('기타 강사', 'other instructors', 919), ('박사후과정', 'postdoctoral', 531)]):
    st(7092 + i, 'na_cs_faculty', '', '북미 전산 관련 학과 교수진: ' + ko, 'North American computing faculty: ' + en, '2022', v, 'count', '%s명' % format(v, ','), HAI, E, 5344)
st(7096, 'na_cs_faculty', '', '북미 전산 관련 학과 신입 교수 채용 수', 'New faculty hires in North American computing departments', '2021', 710, 'count', '710명', HAI, E, 5344)
st(7097, 'na_cs_faculty', '', '북미 전산 관련 학과 신입 교수 채용 수', 'New faculty hires in North American computing departments', '2022', 915, 'count', '915명', HAI, E, 5344)
st(7098, 'na_cs_faculty_rates', '', '신입 교수 채용 증가율', 'Growth of new faculty hires', '2021..2022', 28.9, 'percent', '약 28.9%', HAI, E, 5344)
st(7099, 'na_cs_faculty_rates', '', '신입 교수 중 다른 학계 직책 출신 비중', 'New faculty coming from other academic posts', '2022', 43, 'percent', '43%', HAI, E, 5344)
st(7100, 'na_cs_faculty_rates', '', '신입 교수 중 산업계 출신 비중', 'New faculty coming from industry', '2021', 11, 'percent', '11%', HAI, E, 5344)
st(7101, 'na_cs_faculty_rates', '', '신입 교수 중 산업계 출신 비중', 'New faculty coming from industry', '2022', 7, 'percent', '7%', HAI, E, 5344)
st(7102, 'na_cs_faculty_rates', '', '정교수 외국인 채용 비중', 'Share of foreign hires among new full-time faculty', '2022', 19.3, 'percent', '19.3%', HAI, E, 5344)
for i, (jur, ko, en, v, pr) in enumerate([('GBR', '영국', 'United Kingdom', 25040, '25,040명'), ('DEU', '독일', 'Germany', 19920, '19,920'),
                                          ('TUR', '튀르키예', 'Türkiye', 13826, '13,826'), ('POL', '폴란드', 'Poland', 9241, '9,241')]):
    st(7103 + i, 'eu_cs_bachelor_graduates', jur, '%s의 전산학·컴퓨터공학·정보학 학부 졸업생 수' % ko,
       '%s: bachelor graduates in informatics, CS and CE' % en, '2022', v, 'count', pr, HAI, E + ' · [그림 7-2]', 5346)
st(7107, 'us_k12_cs_states_share', 'USA', '고등학교 전산학 교육을 요구하는 주의 비율', 'States requiring high schools to teach computer science', '2023', 66.7, 'percent', '약 3분의 2', HAI, E + ' · [그림 7-3]', 5355)
for i, (ko, en, v) in enumerate([('전산학 교육 예산을 배정한 주', 'States funding K-12 CS education', 36), ('교육 계획을 수립한 주', 'States with a K-12 CS education plan', 30),
                                  ('전산학 과정을 의무화한 주', 'States requiring CS courses', 29)]):
    st(7108 + i, 'us_k12_cs_states_share', 'USA', ko + '의 비율', en, '2023', v, 'percent', '%d%%' % v, HAI, E + ' · [그림 7-3]', 5355)
st(7111, 'us_ap_cs_exams', 'USA', 'AP 전산학 시험 시행 건수', 'AP computer-science exams taken', '2007', 19390, 'count', '19.39회', HAI, E + ' · [그림 7-4]', 5364)
st(7112, 'us_ap_cs_exams', 'USA', 'AP 전산학 시험 시행 건수', 'AP computer-science exams taken', '2022', 201610, 'count', '201.61', HAI, E + ' · [그림 7-4]', 5364)
for i, (jur, ko, en, v) in enumerate([('US-CA', '캘리포니아주', 'California', 33262), ('US-TX', '텍사스주', 'Texas', 20901), ('US-FL', '플로리다주', 'Florida', 16248)]):
    st(7113 + i, 'us_ap_cs_exams', jur, '%s AP 전산학 시험 응시 건수' % ko, '%s: AP computer-science exams taken' % en, '2022', v, 'count',
       '%s건' % format(v, ','), HAI, E + ' · [그림 7-4]', 5364)
for i, (jur, ko, en, v) in enumerate([('US-MD', '메릴랜드주', 'Maryland', 126.5), ('US-NJ', '뉴저지주', 'New Jersey', 112.7), ('US-MA', '매사추세츠주', 'Massachusetts', 92.7)]):
    st(7116 + i, 'us_ap_cs_exams_per_100k', jur, '%s 인구 10만 명당 AP 전산학 시험 응시 건수' % ko, '%s: AP CS exams per 100,000 people' % en, '2022', v,
       'per_100k', '%s건' % v, HAI, E + ' · [그림 7-4]', 5364)
IR = 'Impact Research (via Stanford HAI)'
st(7119, 'us_teachers_chatgpt', 'USA', 'ChatGPT를 한 번 이상 사용한 교사 비율', 'Teachers who had used ChatGPT at least once', '2023-03', 51, 'percent', '51%', IR, E, 5372)
st(7120, 'us_teachers_chatgpt', 'USA', 'ChatGPT를 한 번 이상 사용한 교사 비율', 'Teachers who had used ChatGPT at least once', '2023-07', 63, 'percent', '63%', IR, E, 5372)
for i, (ko, en, v) in enumerate([('수업 계획', 'lesson planning', 30), ('창의적 수업 아이디어', 'creative lesson ideas', 30), ('배경지식 향상', 'building background knowledge', 27)]):
    st(7121 + i, 'us_teachers_chatgpt', 'USA', '교사의 ChatGPT 활용 목적: ' + ko, 'Teachers\' purpose for ChatGPT: ' + en, '2023', v, 'percent', '%d%%' % v, IR, E, 5372)
st(7124, 'us_teachers_chatgpt', 'USA', 'ChatGPT의 교육과정 통합이 중요하다는 교사 비율', 'Teachers who see integrating ChatGPT into the curriculum as important', '2023', 75, 'percent', '75%', IR, E, 5372)
st(7125, 'us_teachers_chatgpt', 'USA', 'ChatGPT의 교육과정 통합이 중요하다는 학생 비율', 'Students who see integrating ChatGPT into the curriculum as important', '2023', 65, 'percent', '65%', IR, E, 5372)
U = '제7장 제1절 2. AI의 교육에 대한 영향'
st(7126, 'chatbot_language_coverage', '', '전 세계 언어 수', 'Languages in the world', '2024-07', 7000, 'count', '7,000여 개', 'UNESCO', U, 5418)
st(7127, 'chatbot_language_coverage', '', '주요 챗봇이 학습한 언어 수', 'Languages major chatbots are trained on', '2024-07', 100, 'count', '약 100개', 'UNESCO', U, 5418)
st(7128, 'online_higher_ed_western_share', '', '서구권 국가에 집중된 온라인 고등교육 자료 비중', 'Online higher-education material concentrated in Western countries', '2024-07', 90, 'percent', '90%', 'UNESCO', U, 5418)

J = '제7장 제2절 1. 인력 및 고용 현황 및 추이'
sec('# 제7장 제2절 1. 인력 및 고용 현황 (AI Index 2024)')
for i, (jur, ko, en, v) in enumerate([('USA', '미국', 'United States', 1.62), ('ESP', '스페인', 'Spain', 1.35), ('SWE', '스웨덴', 'Sweden', 1.31), ('BEL', '벨기에', 'Belgium', 1.20)]):
    st(7129 + i, 'ai_job_postings_share', jur, '%s의 AI 채용 공고 비율' % ko, '%s: AI job postings as a share of all postings' % en, '2023', v, 'percent',
       '%.2f%%' % v, HAI, J + ' · [그림 7-6]', 5452)
for i, (ko, en, v) in enumerate([('머신러닝', 'machine learning', 0.68), ('인공지능', 'artificial intelligence', 0.46), ('자연어처리', 'natural language processing', 0.15),
                                  ('자율주행', 'autonomous driving', 0.14), ('신경망', 'neural networks', 0.10), ('시각 이미지 인식', 'visual image recognition', 0.07),
                                  ('로봇틱스', 'robotics', 0.05), ('생성 AI', 'generative AI', 0.05)]):
    st(7133 + i, 'us_ai_job_postings_by_skill', 'USA', '미국 채용 공고 중 %s 기술 요구 비율' % ko, 'US job postings asking for %s skills' % en, '2023', v, 'percent',
       '%.2f%%' % v, HAI, J, 5452)
for i, (ko, en, v) in enumerate([('정보', 'information', 4.63), ('전문·과학·기술 서비스', 'professional, scientific and technical services', 3.33),
                                  ('금융 및 보험', 'finance and insurance', 2.94), ('제조', 'manufacturing', 2.48), ('공공 행정', 'public administration', 1.49),
                                  ('교육 서비스', 'educational services', 1.41)]):
    st(7141 + i, 'us_ai_job_postings_by_industry', 'USA', '미국 %s 산업의 AI 채용 공고 비율' % ko, 'US %s: AI job postings share' % en, '2023', v, 'percent',
       '%.2f%%' % v, HAI, J, 5452)
for i, (jur, ko, en, v) in enumerate([('HKG', '홍콩', 'Hong Kong', 28.8), ('SGP', '싱가포르', 'Singapore', 18.9), ('LUX', '룩셈부르크', 'Luxembourg', 18.9)]):
    st(7147 + i, 'ai_hiring_rate_growth', jur, '%s의 AI 인재 채용률 전년 대비 증가율' % ko, '%s: growth of the AI hiring rate over the previous year' % en, '2023', v,
       'percent', '%s%%' % v, HAI, J + ' · [그림 7-8]', 5476)
for i, (jur, ko, en, v) in enumerate([('ISR', '이스라엘', 'Israel', 1.1), ('SGP', '싱가포르', 'Singapore', 0.9), ('KOR', '한국', 'Korea', 0.8)]):
    st(7150 + i, 'ai_talent_concentration', jur, '%s의 AI 인재 집중도' % ko, '%s: AI talent concentration' % en, '2023', v, 'percent', '%s%%' % v,
       'Stanford HAI (LinkedIn data)', J + ' · [그림 7-9]', 5487)
for i, (jur, ko, en, v) in enumerate([('IND', '인도', 'India', 263), ('CYP', '키프로스', 'Cyprus', 229), ('DNK', '덴마크', 'Denmark', 213)]):
    st(7153 + i, 'ai_talent_concentration_change', jur, '%s의 AI 인재 집중도 변화율(2016년 이후)' % ko, '%s: change in AI talent concentration since 2016' % en,
       '2016..2023', v, 'percent', '%d%%' % v, 'Stanford HAI (LinkedIn data)', J, 5487)

W = '제7장 제2절 2. AI의 인력 및 고용에 대한 영향'
sec('# 제7장 제2절 2. OECD (2024.03.15, 2024.04.10), IMF (2024.01.14) and 경총 (2024.03.21) figures')
st(7156, 'oecd_ai_workplace_survey', '', 'AI로 직장 내 성과가 향상됐다는 AI 사용 근로자 비율', 'AI-using workers who say AI improved their performance', '2024-03', 80, 'percent', '5명 중 4명', 'OECD', W, 5506)
st(7157, 'oecd_ai_workplace_survey', '', 'AI로 업무의 즐거움이 늘었다는 AI 사용 근로자 비율', 'AI-using workers who say AI made work more enjoyable', '2024-03', 60, 'percent', '5명 중 3명', 'OECD', W, 5506)
st(7158, 'oecd_ai_workplace_survey', '', 'AI로 인한 일자리 상실을 우려하는 근로자 비율', 'Workers who fear losing their job to AI', '2024-03', 60, 'percent', '5명 중 3명', 'OECD', W, 5514)
st(7159, 'oecd_ai_skill_demand', '', 'AI 고노출 직업에서 추가 기술을 요구하는 공석 비율(이전)', 'Vacancies in highly AI-exposed jobs requiring extra skills (earlier)', '', 25, 'percent', '평균 25%', 'OECD', W + ' · [그림 7-11]', 5523)
st(7160, 'oecd_ai_skill_demand', '', 'AI 고노출 직업에서 추가 기술을 요구하는 공석 비율(이후)', 'Vacancies in highly AI-exposed jobs requiring extra skills (later)', '', 33, 'percent', '33%', 'OECD', W + ' · [그림 7-11]', 5523)
for i, (ko, en, v, ln) in enumerate([('전 세계', 'worldwide', 40, 5549), ('선진국', 'advanced economies', 60, 5555), ('신흥국', 'emerging markets', 40, 5555), ('저소득 국가', 'low-income countries', 26, 5555)]):
    st(7161 + i, 'imf_ai_job_exposure', '', 'AI가 영향을 미치는 일자리 비중: ' + ko, 'Jobs affected by AI: ' + en, '2024-01', v, 'percent', '%d%%' % v, 'IMF', W + ' · [그림 7-13]', ln)
KEF = '한국경영자총협회'
kef = [('생성 AI를 회사 차원에서 사무직군에 도입한 기업 비율', 'Firms that adopted generative AI company-wide for office work', 38, '38%', 5574),
       ('AI가 업무 소요시간을 줄인다는 도입(예정) 기업 비율', 'Adopting firms saying AI cuts the time tasks take', 85.7, '85.7%', 5574),
       ('전체 일자리에 큰 변화가 없을 것이라는 도입(예정) 기업 비율', 'Adopting firms expecting no big change in total jobs', 75.0, '75.0%', 5574),
       ('생성 AI를 도입하지 않은 기업 비율', 'Firms that have not adopted generative AI', 62, '62%', 5576),
       ('미도입 기업 중 향후 도입 예정 비율', 'Non-adopters planning to adopt AI', 29, '29%', 5576),
       ('회사 차원 도입 없이 직원이 개별 활용한다는 응답 비율', 'No company-wide adoption, but staff use it individually', 50, '50%', 5576),
       ('회사 차원에서 활용을 금지했다는 응답 비율', 'Firms that banned its use', 12, '12%', 5576),
       ('미도입 사유: 정보 유출 우려', 'Reason for not adopting: fear of data leaks', 41.9, '41.9%', 5576),
       ('미도입 사유: 준비 기간 필요', 'Reason for not adopting: more preparation needed', 29.0, '29.0%', 5576),
       ('미도입 사유: 업무 특성상 불필요', 'Reason for not adopting: not needed for the work', 16.1, '16.1%', 5576),
       ('전체 일자리가 축소될 것이라는 응답 비율', 'Firms expecting total jobs to shrink', 17.9, '17.9%', 5576)]
for i, (ko, en, v, pr, ln) in enumerate(kef):
    st(7166 + i, 'kef_ai_adoption_survey', 'KOR', ko, en, '2024-03', v, 'percent', pr, KEF, W + ' · [그림 7-14]', ln)

HS = ['id', 'topic', 'jurisdiction_id', 'subject', 'subject_en', 'period', 'value', 'unit', 'is_forecast', 'value_as_printed',
      'publisher', 'src_locator', 'src_lines']
HT = ['topic', 'name_ko', 'name_en', 'unit', 'map_layer', 'lower_is_better', 'description_ko', 'description_en']


def write(path, header, rows, title):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(title + '\n')
        f.write('\t'.join(header) + '\n')
        for r in rows:
            if isinstance(r, str):
                f.write(r + '\n')
                continue
            assert len(r) == len(header), r
            cells = []
            for c in r:
                c = ('%g' % c) if isinstance(c, float) else str(c)
                assert '\t' not in c and '\n' not in c
                cells.append(c)
            f.write('\t'.join(cells) + '\n')


def main():
    ids = [r[0] for r in S if not isinstance(r, str)]
    assert len(ids) == len(set(ids)), 'duplicate id'
    assert ids == sorted(ids), 'ids out of order'
    topics = {t[0] for t in TOPICS}
    for r in S:
        if not isinstance(r, str):
            assert r[1] in topics or r[1] == 'notable_ml_models', r
    write(os.path.join(ROOT, 'db', 'seed', 'statistic_topic', 'c7.tsv'), HT, TOPICS,
          '# Curator 7: statistic topics of chapters 6-7 (generated by db/tools/c7_statistics.py).')
    write(os.path.join(ROOT, 'db', 'seed', 'statistic', 'c7.tsv'), HS, S,
          '# Curator 7: numbers printed in the text of chapters 6-7 (generated by db/tools/c7_statistics.py).')
    print('topics %d, statistics %d' % (len(TOPICS), len(ids)))


if __name__ == '__main__':
    main()
