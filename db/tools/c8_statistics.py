#!/usr/bin/env python3
"""Curator 8: chapter-2 statistics of the SPRi report -> db/seed/statistic/c8.tsv,
db/seed/statistic_topic/c8.tsv and the chapter-2 rows of db/seed/data_note/c8.tsv.

Run from the repository root: python3 db/tools/c8_statistics.py
The two ranking figures ([그림 2-2], [그림 2-3]) are parsed from the report text (their lines are
checked against the expected country list); the prose numbers are transcribed by hand below, one
row per printed number. The report text is only read here, never by the build.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REPORT = os.path.join(ROOT, '..', 'shared', 'seed', 'ai-industry-trends-2024.txt')
if not os.path.exists(REPORT):
    REPORT = '/work/shared/seed/ai-industry-trends-2024.txt'

LINES = open(REPORT, encoding='utf-8').read().split('\n')


def line(n):
    return LINES[n - 1]


S1 = '제2장 제1절 AI 산업 현황'
S2 = '제2장 제2절 전 세계 AI 시장 전망'
FIG22 = S1 + ' · [그림 2-2]'
FIG23 = S1 + ' · [그림 2-3]'
TAB22 = S1 + ' · 〈표 2-2〉'

# --------------------------------------------------------------------------------------------
# Topics
# --------------------------------------------------------------------------------------------
TOPIC_COLS = ['topic', 'name_ko', 'name_en', 'unit', 'map_layer', 'lower_is_better',
              'description_ko', 'description_en']
TOPICS = []


def topic(code, ko, en, unit, map_layer, lower, dko, den):
    TOPICS.append([code, ko, en, unit, str(map_layer), str(lower), dko, den])


TORTOISE_NOTE_KO = '토터스 인텔리전스 글로벌 AI 지수(2024.9) 중 보고서 [그림 2-2]에 실린 15개국의 순위. 동순위는 인쇄된 그대로 둠.'
TORTOISE_NOTE_EN = 'Rank among 83 countries in the Tortoise Global AI Index (Sept 2024) for the 15 countries shown in [Figure 2-2]; ties kept as printed.'

topic('tortoise_rank_2024', '토터스 글로벌 AI 지수 종합 순위 (2024)', 'Tortoise Global AI Index overall rank (2024)',
      'rank', 1, 1,
      '[그림 2-2]의 첫 열(순위)을 종합 순위로 저장. ' + TORTOISE_NOTE_KO,
      'Stored from the first column (순위) of [Figure 2-2], the overall rank. ' + TORTOISE_NOTE_EN)
topic('tortoise_talent_2024', '토터스 글로벌 AI 지수 인재 부문 순위 (2024)', 'Tortoise Global AI Index talent pillar rank (2024)',
      'rank', 1, 1,
      '인쇄된 열 제목은 "전체"이나 종합 순위가 아니며 빠져 있는 인재(Talent) 부문으로 판단함(ANOMALIES B13). ' + TORTOISE_NOTE_KO,
      'The column is headed "전체" (overall) in print, but it is not the overall rank; it is most likely the missing Talent pillar (ANOMALIES B13). ' + TORTOISE_NOTE_EN)
PILLARS = [
    # header as printed, topic, ko name, en name
    ('인프라', 'tortoise_infrastructure_2024', '인프라 부문', 'infrastructure pillar'),
    ('운영환경', 'tortoise_operating_environment_2024', '운영환경 부문', 'operating environment pillar'),
    ('연구', 'tortoise_research_2024', '연구 부문', 'research pillar'),
    ('개발', 'tortoise_development_2024', '개발 부문', 'development pillar'),
    ('정부전략', 'tortoise_government_strategy_2024', '정부전략 부문', 'government strategy pillar'),
    ('산업화', 'tortoise_commercial_2024', '산업화(상용화) 부문', 'commercial pillar'),
    ('규모', 'tortoise_scale_2024', '규모 순위', 'scale ranking'),
    ('강도', 'tortoise_intensity_2024', '강도 순위', 'intensity ranking'),
]
for head, code, ko, en in PILLARS:
    topic(code, '토터스 글로벌 AI 지수 %s (2024)' % ko, 'Tortoise Global AI Index %s (2024)' % en, 'rank', 1, 1,
          '인쇄된 열 제목: "%s". ' % head + TORTOISE_NOTE_KO,
          'Printed column header: "%s". ' % head + TORTOISE_NOTE_EN)
topic('tortoise_index_scope', '토터스 글로벌 AI 지수 평가 범위', 'Tortoise Global AI Index coverage',
      'count', 0, 0,
      '2024년 지수가 평가한 국가 수와 지표 수.',
      'Number of countries and indicators assessed by the 2024 index.')
topic('tortoise_rank_2023', '토터스 글로벌 AI 지수 종합 순위 (2023)', 'Tortoise Global AI Index overall rank (2023)',
      'rank', 1, 1,
      'UN 최종보고서 표([그림 2-3])에 실린 2023년 토터스 순위. 26위는 목록에 없음.',
      'Tortoise rank for 2023 as printed in the UN final-report table ([Figure 2-3]); rank 26 is absent from the list.')
topic('un_ai_governance_initiatives', 'AI 거버넌스 이니셔티브 참여 수', 'AI governance initiatives a country is party to',
      'count', 1, 0,
      'UN "인류를 위한 AI 거버넌스"(2024.9)가 표본으로 든 7개 국제 이니셔티브(OECD·G20 원칙, 유럽평의회 협약 초안 그룹, GPAI 선언, 블레츨리 선언, G7 히로시마 성명, 서울 성명) 중 참여한 수.',
      'How many of the seven sample initiatives of the UN report Governing AI for Humanity (Sept 2024) a country is party to: OECD and G20 principles, CoE drafters, GPAI declaration, Bletchley, G7 Hiroshima statement, Seoul statement.')
topic('un_ai_governance_country_counts', 'AI 거버넌스 이니셔티브 참여 국가 수', 'Countries by participation in AI governance initiatives',
      'count', 0, 0,
      '7개 이니셔티브 모두에 참여한 국가 수와 어느 것에도 참여하지 않은 국가 수.',
      'Number of countries party to all seven sample initiatives and number party to none.')
topic('national_ai_strategies', '국가 AI 전략 수', 'National AI strategies',
      'count', 0, 0,
      'Stanford HAI AI Index 2024가 집계한 국가 AI 전략 공표 건수.',
      'Count of published national AI strategies as tallied by the Stanford HAI AI Index 2024.')
topic('notable_ml_models', '주목할 만한 머신러닝 모델 수', 'Notable machine-learning models',
      'count', 0, 0,
      'HAI AI Index 2024 기준 2023년 개발 기관 소재지별 주목할 만한 모델 수.',
      'Notable models produced in 2023 by location of the developing institution (HAI AI Index 2024).')
topic('notable_ml_models_by_sector', '부문별 주목할 만한 머신러닝 모델 수', 'Notable machine-learning models by sector',
      'count', 0, 0,
      '2023년 산업계·학계·산학 협력이 내놓은 주목할 만한 모델 수.',
      'Notable models released in 2023 by industry, academia and industry-academia collaborations.')
topic('frontier_model_training_cost', '최첨단 모델 훈련 비용', 'Training cost of frontier models',
      'USD', 0, 0,
      'HAI가 추정한 대표 모델의 학습용 컴퓨팅 비용.',
      'Estimated compute cost of training selected frontier models (HAI estimate).')
topic('ai_investment_generative', '생성 AI 민간 투자', 'Private investment in generative AI',
      'USD', 0, 0,
      '2023년 생성 AI 분야 민간 투자액과 증가 배수.',
      'Private investment in generative AI in 2023 and its growth multiple.')
topic('us_ai_regulations', '미국 AI 관련 규제 건수', 'AI-related regulations in the United States',
      'count', 0, 0,
      '미국에서 한 해 동안 나온 AI 관련 규제 수(HAI 집계).',
      'Number of AI-related regulations issued in the US in a year (HAI count).')
topic('ai_public_opinion', 'AI에 대한 대중 인식', 'Public opinion on AI',
      'percent', 0, 0,
      'Ipsos·Pew 조사로 본 AI의 영향 인식과 우려 비율(HAI 인용).',
      'Shares of respondents expecting AI impact or feeling concern, from Ipsos and Pew surveys cited by HAI.')
topic('ai_investment_global', '전 세계 기업 AI 투자', 'Global corporate AI investment',
      'USD', 0, 0,
      '인수합병·소수 지분·민간 투자·공모를 합한 전 세계 기업의 AI 투자(HAI).',
      'Worldwide corporate AI investment including M&A, minority stakes, private investment and public offerings (HAI).')
topic('ai_private_investment_by_area', '분야별 AI 민간 투자', 'Private AI investment by focus area',
      'USD', 0, 0,
      '2023년 민간 투자를 가장 많이 받은 AI 분야별 금액(HAI).',
      'Private AI investment in 2023 for the top focus areas (HAI).')
topic('ai_vc_investment_quarterly', '분기별 글로벌 AI 벤처 투자', 'Quarterly global AI venture funding',
      'USD', 0, 0,
      'CB Insights가 집계한 분기별 전 세계 AI 투자액과 증감률.',
      'Global AI funding per quarter and its change, from CB Insights.')
topic('ai_average_deal_size', 'AI 기업 평균 투자 규모', 'Average AI deal size',
      'USD', 0, 0,
      'CB Insights 기준 AI 기업 투자 건당 평균 금액.',
      'Average funding per AI deal according to CB Insights.')
topic('ai_unicorns_new', '신규 AI 유니콘 수', 'New AI unicorns',
      'count', 0, 0,
      '분기 중 새로 탄생한 AI 유니콘(기업가치 10억 달러 이상 비상장사) 수.',
      'AI start-ups newly valued at USD 1 billion or more in a quarter.')
topic('us_ai_startup_funding', '미국 AI 스타트업 투자', 'Funding of US AI start-ups',
      'USD', 0, 0,
      '미국 AI 스타트업의 분기 투자 유치액·거래 수와 전 세계 대비 비중.',
      'Quarterly funding and deal count of US-based AI start-ups and their share of the global totals.')
topic('forrester_predictions_2025', '포레스터 2025 예측 지표', 'Forrester Predictions 2025 figures',
      'percent', 0, 0,
      '포레스터 "Predictions 2025" 보고서와 설문의 AI 투자·거버넌스 관련 수치.',
      'AI investment and governance figures from Forrester\'s Predictions 2025 reports and survey.')
topic('ai_agent_market', 'AI 에이전트 시장 규모', 'AI agent market size',
      'USD', 0, 0,
      'Markets&Markets의 전 세계 AI 에이전트 시장 규모 전망.',
      'Global AI agent market size forecast by Markets&Markets.')
topic('ai_agent_ecosystem', 'AI 에이전트 생태계 지표', 'AI agent ecosystem figures',
      'count', 0, 0,
      'AI 에이전트 스타트업 수와 기업용 코파일럿 활용률 등.',
      'Counts of AI agent start-ups and enterprise copilot adoption.')
topic('ai_software_market', 'AI 소프트웨어 시장 규모', 'AI software market size',
      'USD', 0, 0,
      '가트너의 전 세계 AI 소프트웨어 시장 전망과 생성 AI 도입 비율.',
      'Gartner forecast of the worldwide AI software market and of generative-AI adoption by software vendors.')
topic('ai_spending_forecast', '전 세계 AI 지출 전망', 'Worldwide AI spending forecast',
      'USD', 0, 0,
      'IDC의 AI 애플리케이션·인프라·IT 및 비즈니스 서비스 지출 전망.',
      'IDC forecast of spending on AI applications, infrastructure and related IT and business services.')
topic('cisco_ai_readiness', '시스코 AI 준비 지수', 'Cisco AI Readiness Index',
      'percent', 0, 0,
      '시스코 2024 AI 준비 지수 설문(30개국 대기업)의 응답 비율. 국가별 값은 해당 국가 기업 기준.',
      'Response shares of the Cisco 2024 AI Readiness Index survey of large companies in 30 countries; country rows refer to that country\'s companies.')
topic('cisco_ai_readiness_survey', '시스코 AI 준비 지수 조사 규모', 'Cisco AI Readiness Index survey scope',
      'count', 0, 0,
      '2024 조사 대상 국가 수, 응답자 수와 대상 기업 규모 기준.',
      'Countries, respondents and company-size threshold of the 2024 survey.')

# --------------------------------------------------------------------------------------------
# Statistics
# --------------------------------------------------------------------------------------------
STAT_COLS = ['id', 'topic', 'jurisdiction_id', 'subject', 'subject_en', 'period', 'value', 'unit',
             'is_forecast', 'value_as_printed', 'publisher', 'src_locator', 'src_lines']
STATS = []
NOTES = []
NOTE_COLS = ['id', 'entity_type', 'entity_key', 'column_name', 'printed_value', 'stored_value', 'anomaly_id',
             'note_ko', 'note_en', 'src_locator', 'src_lines']
_next = [8000]
_next_note = [8000]


def stat(topic_, jur, subj, subj_en, period, value, unit, forecast, printed, publisher, loc, lines):
    sid = _next[0]
    _next[0] += 1
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    STATS.append([str(sid), topic_, jur or '', subj, subj_en, period or '', str(value), unit,
                  '1' if forecast else '0', printed, publisher, loc, str(lines)])
    return sid


def note(entity_type, key, column, printed, stored, anomaly, ko, en, loc, lines):
    nid = _next_note[0]
    _next_note[0] += 1
    NOTES.append([str(nid), entity_type, str(key), column or '', printed or '', stored or '', anomaly or '',
                  ko, en, loc, str(lines)])
    return nid


# data_note ids: 8000-8199 chapter 2 (this file), 8200-8299 references, 8300-8399 footnotes
# ---- [그림 2-2] Tortoise Global AI Index 2024 ----------------------------------------------
TORTOISE_COUNTRIES = {
    'United States': ('USA', '미국'), 'China': ('CHN', '중국'), 'Singapore': ('SGP', '싱가포르'),
    'United Kingdom': ('GBR', '영국'), 'France': ('FRA', '프랑스'), 'South Korea': ('KOR', '한국'),
    'Germany': ('DEU', '독일'), 'Canada': ('CAN', '캐나다'), 'Israel': ('ISR', '이스라엘'),
    'India': ('IND', '인도'), 'Japan': ('JPN', '일본'), 'Switzerland': ('CHE', '스위스'),
    'The Netherlands': ('NLD', '네덜란드'), 'Saudi Arabia': ('SAU', '사우디아라비아'), 'Finland': ('FIN', '핀란드'),
}
header = line(484).split('\t')
assert header == ['순위', '국가', '전체', '인프라', '운영환경', '연구', '개발', '정부전략', '산업화', '규모', '강도'], header
tort_rows = []
for n in range(485, 500):
    cells = line(n).split('\t')
    assert len(cells) == 11 and cells[1] in TORTOISE_COUNTRIES, (n, cells)
    tort_rows.append((n, cells))
assert len(tort_rows) == 15
PUB_T = 'Tortoise Intelligence'
col_topics = [('tortoise_talent_2024', '인재 부문 순위(인쇄된 열 제목 "전체")', 'talent pillar rank (column printed as "전체")'),
              ('tortoise_infrastructure_2024', '인프라 부문 순위', 'infrastructure pillar rank'),
              ('tortoise_operating_environment_2024', '운영환경 부문 순위', 'operating environment pillar rank'),
              ('tortoise_research_2024', '연구 부문 순위', 'research pillar rank'),
              ('tortoise_development_2024', '개발 부문 순위', 'development pillar rank'),
              ('tortoise_government_strategy_2024', '정부전략 부문 순위', 'government strategy pillar rank'),
              ('tortoise_commercial_2024', '산업화 부문 순위', 'commercial pillar rank'),
              ('tortoise_scale_2024', '규모 순위', 'scale ranking'),
              ('tortoise_intensity_2024', '강도 순위', 'intensity ranking')]
talent_ids = {}
overall_ids = {}
for n, cells in tort_rows:
    iso, name_ko = TORTOISE_COUNTRIES[cells[1]]
    sid = stat('tortoise_rank_2024', iso, '%s의 토터스 글로벌 AI 지수 종합 순위' % name_ko,
               '%s: overall rank in the Tortoise Global AI Index' % cells[1].replace('The ', 'the '),
               '2024', int(cells[0]), 'rank', 0, cells[0], PUB_T, FIG22, n)
    overall_ids[iso] = sid
    for (code, ko, en), v in zip(col_topics, cells[2:]):
        sid = stat(code, iso, '%s의 토터스 글로벌 AI 지수 %s' % (name_ko, ko),
                   '%s: Tortoise Global AI Index %s' % (cells[1].replace('The ', 'the '), en),
                   '2024', int(v), 'rank', 0, v, PUB_T, FIG22, n)
        if code == 'tortoise_talent_2024':
            talent_ids[iso] = (sid, v)
assert overall_ids and len(talent_ids) == 15

# prose L478: scope of the index (Korea's 6th place is the KOR row above)
stat('tortoise_index_scope', None, '2024년 지수에서 순위를 매긴 국가 수', 'Countries ranked in the 2024 index',
     '2024', 83, 'count', 0, '83개국', PUB_T, S1, 478)
stat('tortoise_index_scope', None, '종합 순위 산정에 쓰인 평가 지표 수', 'Indicators used to compute the overall ranking',
     '2024', 122, 'count', 0, '122개 지표', PUB_T, S1, 478)

# ---- [그림 2-3] UN Governing AI for Humanity -------------------------------------------------
UN_COUNTRIES = {
    'United States of America': ('USA', '미국'), 'China': ('CHN', '중국'), 'Singapore': ('SGP', '싱가포르'),
    'United Kingdom of Great Britain and Northern Ireland': ('GBR', '영국'), 'Canada': ('CAN', '캐나다'),
    'Republic of Korea': ('KOR', '한국'), 'Israel': ('ISR', '이스라엘'), 'Germany': ('DEU', '독일'),
    'Switzerland': ('CHE', '스위스'), 'Finland': ('FIN', '핀란드'), 'Netherlands': ('NLD', '네덜란드'),
    'Japan': ('JPN', '일본'), 'France': ('FRA', '프랑스'), 'India': ('IND', '인도'), 'Australia': ('AUS', '호주'),
    'Denmark': ('DNK', '덴마크'), 'Sweden': ('SWE', '스웨덴'), 'Luxembourg': ('LUX', '룩셈부르크'),
    'Ireland': ('IRL', '아일랜드'), 'Austria': ('AUT', '오스트리아'), 'Spain': ('ESP', '스페인'),
    'Belgium': ('BEL', '벨기에'), 'Italy': ('ITA', '이탈리아'), 'Norway': ('NOR', '노르웨이'),
    'Estonia': ('EST', '에스토니아'), 'United Arab Emirates': ('ARE', '아랍에미리트'), 'Portugal': ('PRT', '포르투갈'),
    'Russian Federation': ('RUS', '러시아'), 'Saudi Arabia': ('SAU', '사우디아라비아'),
}
assert line(518).startswith('Country / party')
PUB_UN = 'United Nations AI Advisory Body'
un_rows = []
for n in range(520, 549):
    cells = line(n).split('\t')
    assert cells[0] in UN_COUNTRIES, (n, cells)
    assert all(c == '' for c in cells[3:]), (n, cells)  # check marks lost
    un_rows.append((n, cells))
assert len(un_rows) == 29
ranks = [int(c[1]) for _, c in un_rows]
assert ranks == [r for r in range(1, 31) if r != 26], ranks
un_ids = {}
rank23_ids = {}
for n, cells in un_rows:
    iso, name_ko = UN_COUNTRIES[cells[0]]
    en = {'USA': 'United States', 'GBR': 'United Kingdom'}.get(iso, cells[0])
    rank23_ids[iso] = stat('tortoise_rank_2023', iso, '%s의 토터스 글로벌 AI 지수 순위(2023, UN 보고서 인용)' % name_ko,
                           '%s: Tortoise Global AI Index rank for 2023 as cited by the UN report' % en,
                           '2023', int(cells[1]), 'rank', 0, cells[1], 'Tortoise Intelligence (via UN AI Advisory Body)', FIG23, n)
    un_ids[iso] = stat('un_ai_governance_initiatives', iso, '%s: 참여 중인 표본 AI 거버넌스 이니셔티브 수(7개 중)' % name_ko,
                       '%s: number of the seven sample AI governance initiatives it is party to' % en,
                       '2024', int(cells[2]), 'count', 0, cells[2], PUB_UN, FIG23, n)
party_all = [iso for n, c in un_rows for iso in [UN_COUNTRIES[c[0]][0]] if c[2] == '7']
assert sorted(party_all) == sorted(['USA', 'GBR', 'CAN', 'DEU', 'JPN', 'FRA', 'ITA']), party_all
all7_id = stat('un_ai_governance_country_counts', None, '7개 이니셔티브 모두에 참여한 국가 수',
               'Countries party to all seven sample initiatives', '2024', 7, 'count', 0, '7개국', PUB_UN, S1, 514)
stat('un_ai_governance_country_counts', None, '어느 이니셔티브에도 참여하지 않은 국가 수',
     'Countries party to none of the sample initiatives', '2024', 118, 'count', 0, '118개국', PUB_UN, S1, 514)

# ---- HAI AI Index 2024 (prose L441, L450, 〈표 2-2〉) ----------------------------------------
HAI = 'Stanford HAI'
stat('national_ai_strategies', None, '공개된 국가 AI 전략 누적 수(2024년 4월 기준; 첫 전략은 2017년 3월 캐나다)',
     'Cumulative national AI strategies published as of April 2024 (the first was Canada\'s in March 2017)',
     '2024-04', 75, 'count', 0, '75개', HAI, S1, 441)
stat('national_ai_strategies', None, '2019년 한 해에 발표된 국가 AI 전략 수(연도별 최다)',
     'National AI strategies released in 2019, the most of any year', '2019', 24, 'count', 0, '24개', HAI, S1, 441)
stat('national_ai_strategies', None, '2023년에 새로 추가된 국가 AI 전략 수(중동·아프리카·카리브해)',
     'New national AI strategies added in 2023 (Middle East, Africa, Caribbean)', '2023', 8, 'count', 0, '8개', HAI, S1, 441)

stat('notable_ml_models', 'USA', '미국 기반 기관이 개발한 주목할 만한 AI 모델 수', 'Notable AI models from US-based institutions',
     '2023', 61, 'count', 0, '61개', HAI, TAB22, 468)
stat('notable_ml_models', 'EU', 'EU 기반 기관이 개발한 주목할 만한 AI 모델 수', 'Notable AI models from EU-based institutions',
     '2023', 21, 'count', 0, '21개', HAI, TAB22, 468)
stat('notable_ml_models', 'CHN', '중국 기반 기관이 개발한 주목할 만한 AI 모델 수', 'Notable AI models from China-based institutions',
     '2023', 15, 'count', 0, '15개', HAI, TAB22, 468)
stat('notable_ml_models_by_sector', None, '산업계가 생산한 주목할 만한 머신러닝 모델 수', 'Notable ML models produced by industry',
     '2023', 51, 'count', 0, '51개', HAI, TAB22, 464)
stat('notable_ml_models_by_sector', None, '학계가 생산한 주목할 만한 머신러닝 모델 수', 'Notable ML models produced by academia',
     '2023', 15, 'count', 0, '15개', HAI, TAB22, 464)
stat('notable_ml_models_by_sector', None, '산학 협력으로 개발된 주목할 만한 모델 수(역대 최고)',
     'Notable models from industry-academia collaborations (a record high)', '2023', 21, 'count', 0, '21개', HAI, TAB22, 464)
stat('frontier_model_training_cost', 'USA', 'OpenAI GPT-4 학습 컴퓨팅 비용(추정)', 'Estimated compute cost of training OpenAI GPT-4',
     None, 78000000, 'USD', 0, '약 7,800만 달러', HAI, TAB22, 465)
stat('frontier_model_training_cost', 'USA', '구글 Gemini Ultra 학습 컴퓨팅 비용(추정)', 'Estimated compute cost of training Google Gemini Ultra',
     None, 191000000, 'USD', 0, '1억 9,100만 달러', HAI, TAB22, 465)
stat('ai_investment_generative', None, '생성 AI 민간 투자액', 'Private investment in generative AI',
     '2023', 25200000000, 'USD', 0, '252억 달러', HAI, TAB22, 470)
stat('ai_investment_generative', None, '생성 AI 민간 투자의 2022년 대비 증가 배수', 'Growth multiple of generative-AI private investment over 2022',
     '2023', 8, 'times', 0, '약 8배', HAI, TAB22, 470)
stat('us_ai_regulations', 'USA', '미국의 AI 관련 규제 건수', 'AI-related regulations in the US', '2023', 25, 'count', 0, '25건', HAI, TAB22, 473)
stat('us_ai_regulations', 'USA', '미국의 AI 관련 규제 건수', 'AI-related regulations in the US', '2016', 1, 'count', 0, '1건', HAI, TAB22, 473)
stat('us_ai_regulations', 'USA', '미국 AI 관련 규제 건수의 전년 대비 증가율', 'Year-on-year growth of AI-related regulations in the US',
     '2023', 56.3, 'percent', 0, '56.3%', HAI, TAB22, 473)
stat('ai_public_opinion', None, 'Ipsos: 3~5년 안에 AI가 삶에 큰 영향을 줄 것이라는 응답 비율(이전 조사)',
     'Ipsos: share expecting AI to have a big impact on their lives within 3-5 years (earlier survey)', None, 60, 'percent', 0, '60%',
     'Ipsos (via Stanford HAI)', TAB22, 474)
stat('ai_public_opinion', None, 'Ipsos: 3~5년 안에 AI가 삶에 큰 영향을 줄 것이라는 응답 비율(최근 조사)',
     'Ipsos: share expecting AI to have a big impact on their lives within 3-5 years (latest survey)', None, 66, 'percent', 0, '66%',
     'Ipsos (via Stanford HAI)', TAB22, 474)
stat('ai_public_opinion', None, 'Ipsos: AI 제품·서비스에 불안을 느끼는 응답 비율', 'Ipsos: share nervous about AI products and services',
     '2023', 52, 'percent', 0, '52%', 'Ipsos (via Stanford HAI)', TAB22, 474)
stat('ai_public_opinion', None, 'Ipsos: AI 제품·서비스 불안 응답 비율의 2022년 대비 상승폭', 'Ipsos: rise of that nervous share since 2022',
     '2023', 13, 'percentage_points', 0, '13%p', 'Ipsos (via Stanford HAI)', TAB22, 474)
stat('ai_public_opinion', None, 'Pew: AI에 대해 우려하는 응답 비율(이전 조사)', 'Pew: share concerned about AI (earlier survey)',
     None, 37, 'percent', 0, '37%', 'Pew Research Center (via Stanford HAI)', TAB22, 474)
stat('ai_public_opinion', None, 'Pew: AI에 대해 우려하는 응답 비율(최근 조사)', 'Pew: share concerned about AI (latest survey)',
     None, 52, 'percent', 0, '52%', 'Pew Research Center (via Stanford HAI)', TAB22, 474)

# ---- Cisco AI Readiness Index (L554-558) -----------------------------------------------------
CIS = 'Cisco'
stat('cisco_ai_readiness_survey', None, '조사 대상 국가 수', 'Countries surveyed', '2024', 30, 'count', 0, '30개국', CIS, S1, 554)
stat('cisco_ai_readiness_survey', None, '설문에 응답한 기업 AI 담당 임원 수', 'Business leaders responsible for AI who answered the survey',
     '2024', 7985, 'count', 0, '7,985명', CIS, S1, 554)
stat('cisco_ai_readiness_survey', None, '조사 대상 기업의 최소 직원 수 기준', 'Minimum number of employees of surveyed companies',
     '2024', 500, 'count', 0, '500명 이상', CIS, S1, 554)
g = [
    ('AI 배포·활용에 완전히 준비된 기업 비율', 'Companies fully ready to deploy and use AI', 13, '13%'),
    ('18개월 안에 AI 도입 효과를 내야 한다는 기업 비율', 'Companies that must show AI impact within 18 months', 85, '85%'),
    ('12개월 안에 AI 도입 효과를 내야 한다는 기업 비율', 'Companies that must show AI impact within 12 months', 59, '59%'),
    ('향후 5년 IT 예산 중 AI에 배정될 것으로 본 비중', 'Expected share of IT budgets going to AI over the next five years', 30, '약 30%'),
    ('5년 뒤 AI 투자에서 기대 수익을 낼 것으로 보는 기업 비율', 'Companies expecting the hoped-for return on AI investment within five years', 59, '59%'),
    ('현재·미래 AI 수요에 맞는 GPU를 갖춘 기업 비율(인프라)', 'Companies with enough GPUs for current and future AI needs (infrastructure)', 21, '21%'),
    ('데이터 측면에서 완전히 준비된 기업 비율', 'Companies fully ready on the data pillar', 32, '32%'),
    ('사내 인력이 AI를 완전히 활용할 준비가 된 기업 비율(인재)', 'Companies whose workforce is fully ready to use AI (talent)', 31, '31%'),
]
for ko, en, v, p in g:
    stat('cisco_ai_readiness', None, '전 세계: ' + ko, 'Worldwide: ' + en, '2024', v, 'percent', 0, p, CIS, S1, 556)
k = [
    ('AI 배포·활용에 완전히 준비된 기업 비율', 'Companies fully ready to deploy and use AI', '2024', 3, '3%'),
    ('AI 배포·활용에 완전히 준비된 기업 비율', 'Companies fully ready to deploy and use AI', '2023', 5, '5%'),
    ('전략 측면에서 완전 또는 보통 수준으로 준비된 기업 비율', 'Companies fully or moderately ready on strategy', '2024', 59, '59%'),
    ('전략 측면에서 완전히 준비된 기업 비율', 'Companies fully ready on strategy', '2024', 15, '15%'),
    ('전략 측면에서 보통 수준으로 준비된 기업 비율', 'Companies moderately ready on strategy', '2024', 44, '44%'),
    ('인프라 측면에서 보통 이상으로 준비된 기업 비율', 'Companies at least moderately ready on infrastructure', '2024', 23, '23%'),
    ('인프라 확장성·유연성이 필요하다는 기업 비율', 'Companies that need more scalable and flexible infrastructure for AI demand', '2024', 35, '35%'),
    ('데이터 측면에서 보통 이상으로 준비된 기업 비율', 'Companies at least moderately ready on data', '2024', 21, '21%'),
    ('AI용 데이터 전처리·정제에 문제가 있다는 기업 비율', 'Companies reporting problems pre-processing or cleaning data for AI', '2024', 90, '90%'),
    ('거버넌스 측면에서 보통 이상으로 준비된 기업 비율', 'Companies at least moderately ready on governance', '2024', 23, '23%'),
    ('인재 측면에서 보통 이상으로 준비된 기업 비율', 'Companies at least moderately ready on talent', '2024', 24, '24%'),
]
for ko, en, per, v, p in k:
    stat('cisco_ai_readiness', 'KOR', '한국 기업: ' + ko, 'Korean companies: ' + en, per, v, 'percent', 0, p, CIS, S1, 558)
stat('cisco_ai_readiness', None, 'APJC(아시아태평양·일본·중국) 평균: AI 배포·활용에 완전히 준비된 기업 비율',
     'APJC (Asia-Pacific, Japan, China) average: companies fully ready to deploy and use AI', '2024', 15, 'percent', 0, '15%',
     CIS, S1, 558)

# ---- Investment (L567-620) -------------------------------------------------------------------
stat('ai_investment_global', None, '전 세계 기업의 AI 투자 총액', 'Total corporate AI investment worldwide',
     '2023', 189200000000, 'USD', 0, '약 1,892억 달러', HAI, S1, 567)
stat('ai_investment_global', None, '전 세계 기업 AI 투자의 2022년 대비 증감률', 'Change of worldwide corporate AI investment from 2022',
     '2023', -20, 'percent', 0, '약 20% 감소', HAI, S1, 567)
stat('ai_investment_global', None, '지난 10년간 AI 관련 투자 증가 배수', 'Growth multiple of AI investment over the past ten years',
     '2013..2023', 3, 'times', 0, '3배', HAI, S1, 567)
for ko, en, v, p in [('AI 인프라/연구/거버넌스', 'AI infrastructure/research/governance', 18300000000, '183억 달러'),
                     ('NLP 및 고객 지원', 'NLP and customer support', 8100000000, '81억 달러'),
                     ('데이터 관리 및 처리', 'Data management and processing', 5500000000, '55억 달러')]:
    stat('ai_private_investment_by_area', None, '민간 AI 투자: ' + ko, 'Private AI investment: ' + en, '2023', v, 'USD', 0, p, HAI, S1, 576)
CBI = 'CB Insights'
Q2 = '2024-04..2024-06'
stat('ai_vc_investment_quarterly', None, '2024년 2분기 전 세계 AI 투자 규모', 'Global AI funding in Q2 2024',
     Q2, 23200000000, 'USD', 0, '232억 달러', CBI, S1, 585)
stat('ai_vc_investment_quarterly', None, '2024년 2분기 전 세계 AI 투자의 전 분기 대비 증가율', 'Quarter-on-quarter growth of global AI funding in Q2 2024',
     Q2, 59, 'percent', 0, '59% 증가', CBI, S1, 585)
stat('ai_average_deal_size', None, '2024년 2분기 AI 투자 건당 평균 규모', 'Average AI deal size in Q2 2024',
     Q2, 28900000, 'USD', 0, '2,890만 달러', CBI, S1, 596)
stat('ai_average_deal_size', None, '평균 AI 투자 규모의 전 분기 대비 증가율', 'Quarter-on-quarter growth of the average AI deal size',
     Q2, 55, 'percent', 0, '55% 증가', CBI, S1, 596)
stat('ai_unicorns_new', None, '2024년 2분기 새로 탄생한 AI 유니콘 수', 'New AI unicorns in Q2 2024', Q2, 6, 'count', 0, '6개', CBI, S1, 596)
stat('us_ai_startup_funding', 'USA', '미국 AI 스타트업 투자 유치액(2024년 2분기)', 'Funding raised by US-based AI start-ups in Q2 2024',
     Q2, 15200000000, 'USD', 0, '152억 달러', CBI, S1, 604)
stat('us_ai_startup_funding', 'USA', '미국 AI 스타트업 투자 거래 건수(2024년 2분기)', 'Deals of US-based AI start-ups in Q2 2024',
     Q2, 476, 'count', 0, '476건', CBI, S1, 604)
stat('us_ai_startup_funding', 'USA', '전 세계 AI 투자액 중 미국 스타트업 비중', 'US start-ups\' share of global AI funding',
     Q2, 66, 'percent', 0, '66%', CBI, S1, 604)
stat('us_ai_startup_funding', 'USA', '전 세계 AI 거래 건수 중 미국 스타트업 비중', 'US start-ups\' share of global AI deals',
     Q2, 50, 'percent', 0, '50%', CBI, S1, 604)
FOR = 'Forrester'
stat('forrester_predictions_2025', 'USA', '1~3년 안에 AI 투자수익을 기대하는 미국 생성 AI 의사결정권자 비율(2024년 2분기 조사)',
     'US generative-AI decision makers expecting AI ROI within 1-3 years (Q2 2024 survey)', Q2, 49, 'percent', 0, '49%', FOR, S1, '606-614')
stat('forrester_predictions_2025', 'USA', '3~5년 안에 AI 투자수익을 기대하는 미국 생성 AI 의사결정권자 비율(2024년 2분기 조사)',
     'US generative-AI decision makers expecting AI ROI within 3-5 years (Q2 2024 survey)', Q2, 44, 'percent', 0, '44%', FOR, S1, 614)
stat('forrester_predictions_2025', None, '2024년 AI로 매출이 늘었다고 밝힌 기업 비율', 'Companies reporting higher revenue from AI in 2024',
     '2024', 20, 'percent', 0, '20%', FOR, S1, 616)
stat('forrester_predictions_2025', None, '주요 기술 공급업체의 2025년 AI 인프라 투자 축소 폭(최대)', 'Cut in AI infrastructure investment by major tech vendors in 2025 (up to)',
     '2025', 25, 'percent', 1, '25%까지 축소', FOR, S1, 616)
stat('forrester_predictions_2025', None, 'AI와 데이터 거버넌스를 결합할 고규제 기업 비율', 'Highly regulated enterprises expected to combine AI and data governance',
     '2025', 40, 'percent', 1, '40%', FOR, S1, 618)
stat('forrester_predictions_2025', None, '에이전트 아키텍처를 자체 구축하다 실패할 기업 비율(4곳 중 3곳)',
     'Enterprises building their own agent architectures that are expected to fail (three in four)', '2025', 75, 'percent', 1, '4곳 중 3곳', FOR, S1, 620)

# ---- AI agents (L633-655) --------------------------------------------------------------------
MM = 'MarketsandMarkets'
stat('ai_agent_market', None, '전 세계 AI 에이전트 시장 규모', 'Worldwide AI agent market size', '2024', 5100000000, 'USD', 0, '51억 달러', MM, S1, 633)
stat('ai_agent_market', None, '전 세계 AI 에이전트 시장 규모(전망)', 'Worldwide AI agent market size (forecast)', '2030', 47100000000, 'USD', 1, '471억 달러', MM, S1, 633)
stat('ai_agent_market', None, 'AI 에이전트 시장 연평균 성장률(CAGR)', 'Compound annual growth rate of the AI agent market',
     '2024..2030', 44.8, 'percent', 1, '44.8%', MM, S1, 633)
stat('ai_agent_ecosystem', None, '생성 AI 발전으로 새로 등장한 AI 에이전트 스타트업 수', 'AI agent start-ups that emerged with generative AI',
     '2024-09', 300, 'count', 0, '300개 이상', CBI, S1, 641)
stat('ai_agent_ecosystem', None, 'Microsoft 365 Copilot을 쓰는 Fortune 500 기업 비율', 'Fortune 500 companies using Microsoft 365 Copilot',
     '2024', 60, 'percent', 0, '60%', 'Microsoft', S1, 655)

# ---- Market outlook (제2절, L680-689) ---------------------------------------------------------
GA = 'Gartner'
stat('ai_software_market', None, '전 세계 AI 소프트웨어 시장 규모', 'Worldwide AI software market', '2022', 124000000000, 'USD', 0, '1,240억 달러', GA, S2, 680)
stat('ai_software_market', None, '전 세계 AI 소프트웨어 시장 규모(전망)', 'Worldwide AI software market (forecast)', '2027', 297900000000, 'USD', 1, '2,979억 달러', GA, S2, 680)
stat('ai_software_market', None, 'AI 소프트웨어 시장 연평균 성장률(CAGR)', 'Compound annual growth rate of the AI software market',
     '2022..2027', 19.1, 'percent', 1, '19.1%', GA, S2, 680)
stat('ai_software_market', None, '생성 AI를 앱에 통합한 독립 소프트웨어 벤더(ISV) 비율(미만)', 'Independent software vendors with generative AI in their applications (below)',
     '2023', 1, 'percent', 0, '1% 미만', GA, S2, 680)
stat('ai_software_market', None, '생성 AI를 앱에 통합할 ISV 비율(이상, 전망)', 'Independent software vendors expected to embed generative AI (over, forecast)',
     '2026', 70, 'percent', 1, '70% 이상', GA, S2, 680)
IDC = 'IDC'
stat('ai_spending_forecast', None, '전 세계 AI 지출(전망)', 'Worldwide AI spending (forecast)', '2028', 632000000000, 'USD', 1, '6,320억 달러', IDC, S2, 689)
stat('ai_spending_forecast', None, '전 세계 AI 지출 연평균 성장률(CAGR)', 'Compound annual growth rate of worldwide AI spending',
     '2024..2028', 29.0, 'percent', 1, '29.0%', IDC, S2, 689)
stat('ai_spending_forecast', None, '금융 서비스 산업의 AI 지출 비중(이상)', 'Financial services\' share of AI spending (over)',
     '2024..2028', 20, 'percent', 1, '20% 이상', IDC, S2, 689)
stat('ai_spending_forecast', None, '상위 3개 산업(금융, 소프트웨어·정보 서비스, 도소매)의 AI 지출 비중',
     'Share of AI spending of the top three industries (finance, software and information services, retail and wholesale)',
     '2024..2028', 45, 'percent', 1, '약 45%', IDC, S2, 689)
stat('ai_spending_forecast', None, '비즈니스·개인 서비스 산업 AI 지출 연평균 성장률(최고)', 'CAGR of AI spending in business and personal services (fastest)',
     '2024..2028', 32.8, 'percent', 1, '32.8%', IDC, S2, 689)
stat('ai_spending_forecast', None, '운송·레저 산업 AI 지출 연평균 성장률', 'CAGR of AI spending in transportation and leisure',
     '2024..2028', 31.7, 'percent', 1, '31.7%', IDC, S2, 689)
stat('ai_spending_forecast', None, 'AI 지출 연평균 성장률 30% 이상이 예상되는 산업 수', 'Industries expected to grow AI spending by 30% a year or more',
     '2024..2028', 17, 'count', 1, '17개', IDC, S2, 689)
stat('ai_spending_forecast', None, '분석 대상 산업 수', 'Industries analysed', '2024', 27, 'count', 0, '27개 산업', IDC, S2, 689)

# --------------------------------------------------------------------------------------------
# Data notes for chapter 2
# --------------------------------------------------------------------------------------------
for iso, (sid, v) in talent_ids.items():
    note('statistic', sid, 'topic', '전체', 'tortoise_talent_2024', 'B13',
         '그림의 "전체" 열은 종합 순위와 다르고(본문: 한국 종합 6위), 본문이 든 인재 부문이 열 제목에 없어 인재 부문 순위로 저장함.',
         'The column printed "전체" (overall) disagrees with the overall ranks (the text gives Korea 6th) and the Talent pillar named in the text has no column, so the value is stored as the talent rank.',
         S1, 478)
note('statistic', all7_id, None, None, None, None,
     '[그림 2-3]의 7개 이니셔티브별 체크 표시는 원문에서 사라져 국가별 참여 여부를 저장할 수 없음. 참여 수 7인 국가가 본문의 7개국과 일치함.',
     'The per-initiative check marks of [Figure 2-3] are lost in the text, so membership in each initiative cannot be stored; the seven countries with a count of 7 match the text.',
     FIG23, '516-550')
note('statistic', rank23_ids['ARE'], 'value', '27', '27', None,
     '[그림 2-3]의 2023년 토터스 순위 목록에 26위 국가가 없음(25위 에스토니아 다음이 27위 아랍에미리트). 인쇄된 순위를 그대로 저장함.',
     'Rank 26 is missing from the 2023 Tortoise ranks of [Figure 2-3] (Estonia 25 is followed by the UAE at 27); ranks are stored as printed.',
     FIG23, '544-545')


def write(path, cols, rows, comment):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# ' + comment + '\n')
        f.write('\t'.join(cols) + '\n')
        for r in rows:
            assert len(r) == len(cols), r
            for c in r:
                assert '\t' not in c and '\n' not in c, r
            f.write('\t'.join(r) + '\n')


if __name__ == '__main__':
    seed = os.path.join(ROOT, 'db', 'seed')
    os.makedirs(os.path.join(seed, 'statistic'), exist_ok=True)
    os.makedirs(os.path.join(seed, 'statistic_topic'), exist_ok=True)
    write(os.path.join(seed, 'statistic_topic', 'c8.tsv'), TOPIC_COLS, TOPICS,
          'Curator 8: statistic topics of chapter 2 (generated by db/tools/c8_statistics.py).')
    write(os.path.join(seed, 'statistic', 'c8.tsv'), STAT_COLS, STATS,
          'Curator 8: chapter-2 statistics, one row per printed number (generated by db/tools/c8_statistics.py).')
    # chapter-2 notes; reference/footnote notes are appended by c8_references.py
    print(len(TOPICS), 'topics;', len(STATS), 'statistics;', len(NOTES), 'notes')
