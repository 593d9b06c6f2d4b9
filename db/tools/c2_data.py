# -*- coding: utf-8 -*-
"""Curator 2 (c2) data: EU, United Kingdom, France, Germany (report ch.3 §2, §5, §7, §8 and 첨부 1).

Facts (names, titles, dates, numbers) come from the report; every summary/text/note is our own
wording.  Serialised by c2_build.py.  Line numbers refer to ai-industry-trends-2024.txt.
"""

EU = '제3장 제2절 EU'
GB = '제3장 제5절 영국'
FR = '제3장 제7절 프랑스'
DE = '제3장 제8절 독일'
AP = '첨부 1'
REF = '참고 문헌'


def T(sec, what):
    return sec + ' · ' + what


def P(id, jur, iss, title, kind, status, date, dap, summ, loc, lines, date_end=None, orig=None, org=None):
    return dict(id=id, jurisdiction_id=jur, issuer_ko=iss[0], issuer_en=iss[1], title_ko=title[0],
                title_en=title[1], kind=kind, status=status, date=date, date_end=date_end, date_as_printed=dap,
                summary_ko=summ[0], summary_en=summ[1], title_original=orig, issuer_org_id=org,
                src_locator=loc, src_lines=lines)


def I(pid, seq, label, text, loc, lines):
    return dict(policy_id=pid, seq=seq, label_ko=label[0] if label else None, label_en=label[1] if label else None,
                text_ko=text[0], text_en=text[1], src_locator=loc, src_lines=lines)


def S(pid, loc, lines):
    return dict(policy_id=pid, src_locator=loc, src_lines=lines)


# ---------------------------------------------------------------------------------------------
# Organizations (ids 2000–2999)
# ---------------------------------------------------------------------------------------------
EC, AIO, EP, CEU, EUCO, COREPER, AIBOARD, SCIPANEL, ADVFORUM, EDPS, EDPB, OMBUD, COE, CAI = range(2001, 2015)
UKGOV, DSIT, UKAISI, CMA, CABOFF, DFE, IAI, CDEI = range(2020, 2028)
FRGOV, FRAIC, AUTORITE, DGCCRF, CNIL = range(2030, 2035)
DEGOV, BMBF, BMWI, BMWK, BMVI, BMAS, BIFOLD, DIN, DKE = range(2040, 2049)


def O(id, ko, en, kind, jur, abbr, parent, summ, loc, lines):
    return dict(id=id, name_ko=ko, name_en=en, kind=kind, jurisdiction_id=jur, abbreviation=abbr, parent_id=parent,
                summary_ko=summ[0], summary_en=summ[1], src_locator=loc, src_lines=lines)


ORGANIZATIONS = [
    'EU institutions and bodies (제3장 제2절)',
    O(EC, 'EU 집행위원회', 'European Commission', 'government', 'EU', 'EC', None,
      ('EU의 행정부로 AI 법안을 제안하고 AI 정책 패키지를 내놓는 기관.',
       'The EU executive; it proposed the AI Act and runs the EU AI policy packages.'), EU, '1185'),
    O(AIO, 'AI 사무국', 'European AI Office', 'agency', 'EU', None, EC,
      ('집행위 산하에서 AI 법 시행, 특히 범용 AI 감독을 맡는 기구(2024년 5월 조직 공개).',
       'Commission body that implements the AI Act, above all for general-purpose AI (set-up published May 2024).'),
      EU, '1309'),
    O(EP, '유럽의회', 'European Parliament', 'legislature', 'EU', 'EP', None,
      ('EU 입법기관으로 2024년 3월 AI 법을 채택.', 'EU co-legislator; adopted the AI Act in March 2024.'), EU, '1204'),
    O(CEU, 'EU 이사회', 'Council of the European Union', 'legislature', 'EU', None, None,
      ('회원국 각료로 구성된 EU 공동 입법기관으로 2024년 5월 AI 법을 최종 승인.',
       'Co-legislator made up of member-state ministers; gave the AI Act final approval in May 2024.'), EU, '1204'),
    O(EUCO, '유럽이사회', 'European Council', 'government', 'EU', None, None,
      ('EU 정상들의 회의체. 보고서는 AI 법 승인 주체를 이 이름으로도 적음.',
       'The summit of EU leaders; the report also uses this name for the body that approved the AI Act.'),
      EU, '1204'),
    O(COREPER, 'EU 상임 대표위원회', 'Committee of Permanent Representatives', 'other', 'EU', 'COREPER', CEU,
      ('회원국 대사들의 협의체로 2024년 2월 AI 법을 만장일치 승인.',
       "Member states' ambassadors; endorsed the AI Act unanimously in February 2024."), EU, '1238'),
    O(AIBOARD, '유럽AI위원회', 'European Artificial Intelligence Board', 'advisory_body', 'EU', None, None,
      ('회원국 간 AI 법의 일관된 적용을 돕는 자문기구.', 'Advisory body that keeps AI Act application consistent across states.'),
      EU, '1271'),
    O(SCIPANEL, '과학 패널', 'Scientific panel of independent experts', 'advisory_body', 'EU', None, AIO,
      ('독립 전문가로 구성돼 AI 사무국에 기술 자문을 제공.', 'Independent experts giving technical advice to the AI Office.'),
      EU, '1271'),
    O(ADVFORUM, '자문 포럼', 'Advisory forum', 'advisory_body', 'EU', None, AIO,
      ('다양한 이해관계자가 참여하는 AI 법 자문기구.', 'Multi-stakeholder advisory body under the AI Act.'), EU, '1271'),
    O(EDPS, '유럽개인정보보호감독기구', 'European Data Protection Supervisor', 'regulator', 'EU', 'EDPS', None,
      ('EU 기관의 개인정보 처리를 감독하는 기구.', 'Supervises how EU institutions process personal data.'), EU, '1362'),
    O(EDPB, '유럽개인정보보호이사회', 'European Data Protection Board', 'regulator', 'EU', 'EDPB', None,
      ('회원국 개인정보 보호 당국의 협의체.', 'Board of the national data protection authorities.'), EU, '1374'),
    O(OMBUD, '유럽 옴부즈만', 'European Ombudsman', 'agency', 'EU', None, None,
      ('EU 행정을 감찰하는 기구.', 'Investigates maladministration in the EU institutions.'), EU, '1403'),
    O(COE, '유럽평의회', 'Council of Europe', 'international_body', 'INT', 'CoE', None,
      ('민주주의·인권·법치를 지키는 46개 회원국 기구.', 'A 46-member organisation for democracy, human rights and the rule of law.'),
      EU, '1386'),
    O(CAI, '유럽평의회 AI 위원회', 'Committee on Artificial Intelligence (Council of Europe)', 'advisory_body', 'INT', 'CAI', COE,
      ('AI 협약을 성안한 유럽평의회 산하 위원회.', 'Council of Europe committee that drafted the AI convention.'), EU, '1386'),
    'United Kingdom (제3장 제5절)',
    O(UKGOV, '영국 정부', 'UK Government', 'government', 'GBR', 'HMG', None,
      ('영국 중앙정부.', 'The UK central government.'), GB, '1972'),
    O(DSIT, '과학혁신기술부', 'Department for Science, Innovation and Technology', 'ministry', 'GBR', 'DSIT', UKGOV,
      ('AI 정책과 AI안전연구소를 관장하는 부처.', 'Ministry in charge of AI policy and of the AI Safety Institute.'), GB, '2029'),
    O(UKAISI, '영국 AI안전연구소', 'UK AI Safety Institute', 'research_institute', 'GBR', 'AISI', DSIT,
      ('첨단 AI 위험을 평가하는 정부 연구소로 2023년 11월 설립.', 'Government institute evaluating frontier-AI risks, founded November 2023.'),
      GB, '2057-2061'),
    O(CMA, '경쟁시장청', 'Competition and Markets Authority', 'regulator', 'GBR', 'CMA', None,
      ('영국 경쟁 당국으로 AI 기반모델 시장을 검토.', 'UK competition authority that reviewed the foundation-model market.'), GB, '2116'),
    O(CABOFF, '내각부', 'Cabinet Office', 'ministry', 'GBR', None, UKGOV,
      ('총리와 내각을 지원하는 부처.', 'Department supporting the Prime Minister and Cabinet.'), GB, '2005'),
    O(DFE, '교육부', 'Department for Education', 'ministry', 'GBR', 'DfE', UKGOV,
      ('영국 교육 담당 부처.', 'The UK education ministry.'), GB, '2033'),
    O(IAI, 'AI 인큐베이터', 'Incubator for Artificial Intelligence', 'agency', 'GBR', 'i.AI', None,
      ('공공 부문 AI 도입을 돕는 정부 조직.', 'Government team that helps the public sector adopt AI.'), GB, '2076'),
    O(CDEI, '데이터윤리혁신센터', 'Centre for Data Ethics and Innovation', 'advisory_body', 'GBR', 'CDEI', DSIT,
      ('데이터·AI 윤리 자문 기구.', 'Advisory body on data and AI ethics.'), T(GB, '〈표 3-38〉'), '1977'),
    'France (제3장 제7절)',
    O(FRGOV, '프랑스 정부', 'Government of France', 'government', 'FRA', None, None,
      ('프랑스 중앙정부.', 'The French central government.'), FR, '2299'),
    O(FRAIC, '프랑스 AI 위원회', 'French Artificial Intelligence Commission', 'advisory_body', 'FRA', None, FRGOV,
      ('2023년 9월 설립된 13인 전문가 위원회로 정부 자문과 전략 조정을 맡음.',
       'Thirteen-expert commission set up in September 2023 to advise the government and coordinate strategy.'),
      T(FR, '각주 95'), '2336'),
    O(AUTORITE, '프랑스 경쟁당국', 'Autorité de la concurrence', 'regulator', 'FRA', None, None,
      ('프랑스 경쟁 규제기관. 첨부 1에는 ‘경쟁관리국’으로 표기.', "France's competition authority; 첨부 1 calls it 경쟁관리국."),
      FR, '2387'),
    O(DGCCRF, '경쟁·소비·부정행위방지총국', 'Directorate General for Competition Policy, Consumer Affairs and Fraud Control',
      'regulator', 'FRA', 'DGCCRF', None,
      ('소비자 보호와 공정거래를 맡는 프랑스 정부 기관.', 'French government body for consumer protection and fair trading.'),
      T(FR, '〈표 3-48〉'), '2417'),
    O(CNIL, '개인정보보호당국', 'Commission nationale de l’informatique et des libertés', 'regulator', 'FRA', 'CNIL', None,
      ('프랑스 개인정보 보호 기관.', "France's data protection authority."), FR, '2344'),
    'Germany (제3장 제8절)',
    O(DEGOV, '독일 연방정부', 'Federal Government of Germany', 'government', 'DEU', None, None,
      ('독일 연방정부.', 'The German federal government.'), DE, '2476'),
    O(BMBF, '연방교육연구부', 'Federal Ministry of Education and Research', 'ministry', 'DEU', 'BMBF', DEGOV,
      ('AI 연구 투자를 주도하는 연방 부처.', 'Federal ministry leading AI research funding.'), DE, '2476'),
    O(BMWI, '연방경제에너지부', 'Federal Ministry for Economic Affairs and Energy', 'ministry', 'DEU', 'BMWi', DEGOV,
      ('AI 전략에 참여한 경제 부처(2021년까지의 명칭).', 'Economy ministry involved in the AI strategy (name used until 2021).'),
      DE, '2476'),
    O(BMWK, '연방경제기후보호부', 'Federal Ministry for Economic Affairs and Climate Action', 'ministry', 'DEU', 'BMWK', DEGOV,
      ('연방경제에너지부의 후신. 보고서는 독일 정책 자료의 출처로 인용.', 'Successor of BMWi; cited by the report as a source.'),
      T(DE, '〈표 3-51〉'), '2504'),
    O(BMVI, '연방교통디지털인프라부', 'Federal Ministry of Transport and Digital Infrastructure', 'ministry', 'DEU', 'BMVI', DEGOV,
      ('AI 전략 이행에 참여한 교통·디지털 부처.', 'Transport and digital ministry involved in the AI strategy.'), DE, '2476'),
    O(BMAS, '연방노동사회부', 'Federal Ministry of Labour and Social Affairs', 'ministry', 'DEU', 'BMAS', DEGOV,
      ('AI 전략 이행에 참여한 노동 부처.', 'Labour ministry involved in the AI strategy.'), DE, '2476'),
    O(BIFOLD, '베를린 학습-데이터 재단', 'Berlin Institute for the Foundations of Learning and Data', 'research_institute', 'DEU',
      'BIFOLD', None,
      ('빅데이터·머신러닝 연구 기관. 보고서에는 ‘BIFORD’로 표기.', "Big-data and machine-learning institute; printed as 'BIFORD'."),
      T(DE, '〈표 3-50〉'), '2484'),
    O(DIN, '독일표준화기구', 'German Institute for Standardization', 'standards_body', 'DEU', 'DIN', None,
      ('독일 국가 표준화 기구.', "Germany's national standards body."), T(DE, '〈표 3-49〉'), '2468'),
    O(DKE, '독일전기전자정보기술위원회', 'German Commission for Electrical, Electronic & Information Technologies', 'standards_body',
      'DEU', 'DKE', None,
      ('전기·전자 분야 독일 표준화 기구.', 'German standards body for electrotechnology.'), T(DE, '〈표 3-49〉'), '2468'),
]

# ---------------------------------------------------------------------------------------------
# Policies
# ---------------------------------------------------------------------------------------------
iEC = ('EU 집행위원회', 'European Commission')
iEU = ('EU (유럽의회·EU 이사회)', 'European Union (European Parliament and Council)')

POLICY_EU = [
    'Background — 〈표 3-15〉 EU의 AI 관련 주요 정책 and prose L1183–1220',
    P(2001, 'EU', iEC, ('EU를 위한 AI', 'Artificial Intelligence for Europe'), 'strategy', 'announced', '2018-04',
      '2018년 4월',
      ('EU 차원 AI 정책의 출발점. 산업·기술 역량 강화, 사회경제적 변화 대비, 윤리·법적 틀 확보를 3대 목표로 둠.',
       'Starting point of EU-level AI policy, with three goals: technological and industrial capacity, '
       'readiness for socio-economic change, and an ethical and legal framework.'),
      EU, '1183', orig='Artificial Intelligence for Europe', org=EC),
    P(2002, 'EU', iEC, ('유럽 AI 연맹 출범', 'Launch of the European AI Alliance'), 'initiative', 'launched', '2018-06',
      '2018년 6월', ('AI 정책을 두고 열린 논의를 하기 위한 이해관계자 포럼을 출범.',
                     'Launched a stakeholder forum for an open debate on AI policy.'),
      T(EU, '〈표 3-15〉'), '1216', orig='EU AI Alliance', org=EC),
    P(2003, 'EU', iEC, ('AI 고위급 전문가 그룹 구성', 'High-Level Expert Group on AI set up'), 'institution', 'launched',
      '2018-06', '2018년 6월',
      ('공개 정책 대화를 뒷받침할 전문가 그룹을 집행위가 꾸림.',
       'The Commission formed an expert group to feed an open policy dialogue on AI.'),
      T(EU, '〈표 3-15〉'), '1216', org=EC),
    P(2004, 'EU', iEC, ('AI 조정계획', 'Coordinated Plan on Artificial Intelligence'), 'plan', 'announced', '2018-12',
      '2018년 12월',
      ('회원국 AI 전략이 한 방향으로 가도록 공동 투자 영역과 협력 틀을 정함.',
       "Set shared investment areas and a cooperation framework so member states' AI strategies pull the same way."),
      EU, '1183', orig='Coordinated Plan on AI', org=EC),
    P(2005, 'EU', iEC, ('AI 백서', 'White Paper on Artificial Intelligence'), 'report', None, '2020-02', '2020년 2월',
      ('EU의 AI 정책 방향을 정리한 백서를 냄.', "Published a white paper on the EU's approach to AI."),
      T(EU, '〈표 3-15〉'), '1218', orig='White Paper on AI', org=EC),
    P(2006, 'EU', iEC, ('AI 조정계획 개정', 'Coordinated Plan on Artificial Intelligence 2021 Review'), 'plan', 'revised',
      '2021-04-21', '2021년 4월 (각주 36: 2021.4.21)',
      ('2027년까지의 중장기 계획으로 4개 분야 40개 핵심 과제를 정하고, 반도체·클라우드·에지컴퓨팅 등 인프라 계획을 새로 담음.',
       'Medium-term plan to 2027 with 40 key actions in four areas, newly covering infrastructure such as chips, '
       'cloud and edge computing.'),
      EU, '1183-1185', date_end='2027', orig='Coordinated Plan on Artificial Intelligence 2021 Review', org=EC),
    P(2007, 'EU', iEC, ('AI 책임 지침 제안', 'Proposal for an AI Liability Directive'), 'bill', 'proposed', '2022-09',
      '2022년 9월',
      ('계약 외 민사책임 규칙을 AI 피해에 맞춰 적용하는 지침안을 제안.',
       'Proposed a directive adapting non-contractual civil liability rules to harm caused by AI.'),
      T(EU, '〈표 3-15〉'), '1220', org=EC),
    P(2008, 'EU', iEC, ('디지털 유럽 프로그램', 'Digital Europe Programme'), 'program', None, '2021', '2021-2027년도',
      ('EU 디지털 역량 강화를 위한 신규 사업. 2021~2024년 AI 개발·배포에 10억 유로 이상을 배정.',
       'New programme for EU digital capacity; earmarked over EUR 1 billion for AI development and deployment in '
       '2021–2024.'),
      EU, '1350', date_end='2027', orig='Digital Europe', org=EC),
    'AI Act — legislative stages (〈표 3-15〉, prose L1204, L1236–1238), in order',
    P(2021, 'EU', iEC, ('AI 법안 제안', 'Commission proposal for the AI Act'), 'bill', 'proposed', '2021-04', '2021년 4월',
      ('신뢰, 기본권, 이용자 안전을 목표로 위험 수준별 규제를 담은 첫 법안을 집행위가 제출.',
       'The Commission tabled the first draft, regulating AI by risk level to secure trust, rights and user safety.'),
      EU, '1236', org=EC),
    P(2022, 'EU', ('EU 이사회', 'Council of the European Union'), ('EU 이사회 AI 법안 입장 마련', 'Council position on the AI Act proposal'),
      'bill', 'adopted', '2022-12', '2022년 12월',
      ('이사회가 법안을 검토하고 신뢰할 수 있는 AI 허브, 위험과 편익의 균형을 입법 목표로 제시.',
       'The Council reviewed the draft and named a trustworthy AI hub and a risk–benefit balance as its aims.'),
      EU, '1236', org=CEU),
    P(2023, 'EU', ('유럽의회', 'European Parliament'), ('유럽의회 AI 법안 협상안 가결', 'European Parliament adopts its negotiating position on the AI Act'),
      'bill', 'adopted', '2023-06', '2023년 6월',
      ('본회의가 생성 AI 조항을 보탠 수정안을 의결.', 'The plenary approved an amended text that added rules on generative AI.'),
      T(EU, '〈표 3-15〉'), '1221', org=EP),
    P(2024, 'EU', ('EU 집행위·유럽의회·EU 이사회', 'Commission, Parliament and Council'),
      ('AI 법 3자 협상 최종 합의', 'Trilogue agreement on the AI Act'), 'bill', None, '2023-12', '2023년 12월',
      ('약 6개월 협의 끝에 세 기관이 법안 내용에 최종 합의.', 'After roughly six months of talks the three institutions settled the text.'),
      EU, '1236'),
    P(2025, 'EU', ('EU 상임 대표위원회', 'Committee of Permanent Representatives'),
      ('상임 대표위원회 AI 법 만장일치 승인', 'COREPER unanimously endorses the AI Act'), 'bill', 'adopted', '2024-02',
      '2024년 2월',
      ('프랑스·독일·이탈리아·오스트리아가 유보를 거둔 뒤 회원국 대사들이 만장일치로 승인.',
       'Member-state ambassadors endorsed the text unanimously once France, Germany, Italy and Austria dropped their objections.'),
      EU, '1238', org=COREPER),
    P(2026, 'EU', ('유럽의회', 'European Parliament'), ('유럽의회 AI 법 최종 채택', 'European Parliament adopts the AI Act'), 'law',
      'passed', '2024-03', '2024년 3월',
      ('찬성 523표, 반대 46표, 기권 49표로 가결.', 'Passed with 523 votes for, 46 against and 49 abstentions.'),
      EU, '1238', org=EP),
    P(2020, 'EU', iEU, ('AI 법', 'Artificial Intelligence Act'), 'law', 'enacted', '2024-05', '2024년 5월',
      ('위험 수준에 따라 의무를 달리 정한 EU의 포괄적 AI 규제법. 2024년 5월 이사회 최종 승인으로 제정이 마무리됨.',
       "The EU's comprehensive, risk-tiered AI regulation; the Council's final approval in May 2024 completed its adoption."),
      EU, '1232-1238', orig='Artificial Intelligence Act'),
    P(2027, 'EU', iEU, ('AI 법 발효', 'AI Act enters into force'), 'law', 'in_force', '2024-08-01', '8월 1일 (〈표 3-16〉: 2024년 8월)',
      ('법이 공식 발효됨. 이후 조항별 적용 시점은 이 날을 기준으로 셈.',
       'The Act formally entered into force; later application dates count from this day.'),
      EU, '1238'),
    'AI Act — application stages (〈표 3-16〉 and prose), relative dates resolved from entry into force 2024-08',
    P(2028, 'EU', iEC, ('AI 협약', 'AI Pact'), 'initiative', 'announced', '2024-07',
      '2024년 7월 (〈표 3-15〉 초안 발표); 2024년부터 법 시행 기간 ~ 2026년 8월 (〈표 3-16〉)',
      ('본격 적용 전 과도기에 기업의 자발적 조기 준수를 끌어내는 협약. 2024년 7월 기준 550개사가 참여 뜻을 밝힘.',
       'Voluntary scheme for early compliance during the transition; 550 companies had signalled interest by July 2024.'),
      EU, '1273', date_end='2026-08', orig='AI Pact', org=EC),
    P(2030, 'EU', ('AI 사무국', 'European AI Office'),
      ('AI 시스템 정의·금지사항 가이드라인', 'Guidelines on the AI system definition and prohibited practices'), 'guideline',
      'planned', '2025-01', 'AI 법 발효일로부터 6개월 내(2025년 1월)',
      ('AI 시스템의 정의와 금지 행위를 풀이한 지침을 AI 사무국이 낼 예정.',
       'The AI Office planned guidance explaining what counts as an AI system and which practices are banned.'),
      EU, '1334', org=AIO),
    P(2029, 'EU', iEU, ('금지 AI 시스템 조항 적용', 'Prohibitions on unacceptable-risk AI apply'), 'law', 'planned', '2025-02',
      '법령 발효 이후 6개월 (본문: 2025년 2월부터)',
      ('사회적 점수 평가, 직장·학교의 감정인식 등 허용 불가 AI의 사용 금지가 시작됨.',
       'Bans on unacceptable-risk uses such as social scoring or emotion recognition at work and school start to apply.'),
      T(EU, '〈표 3-16〉'), '1253'),
    P(2031, 'EU', iEU, ('범용 AI 의무 적용', 'General-purpose AI obligations apply'), 'law', 'planned', '2025-08',
      '법령 발효 이후 12개월 (본문: 2025년 8월부터)',
      ('기반모델을 포함한 범용 AI 모델 제공자의 의무가 적용되기 시작.',
       'Duties for providers of general-purpose AI models, foundation models included, start to apply.'),
      T(EU, '〈표 3-16〉'), '1254'),
    P(2032, 'EU', ('EU 회원국', 'EU member states'),
      ('회원국 AI 법 감독 당국 지정 기한', 'Deadline for naming national AI Act authorities'), 'other', 'planned',
      '2025-08-02', '2025년 8월 2일',
      ('회원국은 법 집행 감독과 시장 감시를 맡을 국가 기관을 이날까지 지정해야 함.',
       'By this date every member state must name the bodies that oversee enforcement and market surveillance.'),
      EU, '1271'),
    P(2033, 'EU', iEU, ('고위험 AI 의무 적용', 'Obligations for stand-alone high-risk AI apply'), 'law', 'planned', '2026-08',
      '법령 발효 이후 24개월 (과도기: 2026년 8월까지)',
      ('독립형 고위험 AI 시스템 의무가 적용되며 대부분 규칙의 과도기가 끝남.',
       'Duties for stand-alone high-risk AI systems apply, closing the transition for most rules.'),
      T(EU, '〈표 3-16〉'), '1255'),
    P(2034, 'EU', iEU, ('AI 법 전체 의무 적용', 'All AI Act obligations apply'), 'law', 'planned', '2027-08',
      '법령 발효 이후 36개월',
      ('남은 모든 의무가 적용되어 단계적 시행이 끝남.', 'The remaining obligations apply and the phased roll-out is complete.'),
      T(EU, '〈표 3-16〉'), '1256'),
    'AI Act — general-purpose AI code of practice',
    P(2035, 'EU', iEC, ('범용 AI 실천 강령 1차 초안', 'First draft of the General-Purpose AI Code of Practice'), 'guideline',
      'draft', '2024-11-14', '2024년 11월 (각주 37: 2024.11.14.)',
      ('독립 전문가가 쓴 범용 AI 실천 강령 초안. 투명성, 저작권 준수, 위험 평가와 완화를 다룸.',
       'Draft code for general-purpose AI written by independent experts, covering transparency, copyright and '
       'risk assessment and mitigation.'),
      EU, '1282', orig='General-Purpose AI Code of Practice', org=EC),
    P(2036, 'EU', iEC, ('범용 AI 최종 실천 강령', 'Final General-Purpose AI Code of Practice'), 'guideline', 'planned',
      '2025-05-01', '2025년 5월 1일',
      ('네 차례 의견수렴과 수정을 거쳐 최종본을 낼 계획.', 'Final version planned after four rounds of consultation and redrafting.'),
      EU, '1282', orig='General-Purpose AI Code of Practice', org=EC),
    '2024 Commission policies (L1284–1356)',
    P(2040, 'EU', iEC, ('AI 혁신 패키지', 'AI innovation package to support AI start-ups and SMEs'), 'initiative', 'announced',
      '2024-01', '2024년 1월',
      ('AI 스타트업·중소기업 지원책 묶음. AI 팩토리, AI 사무국, 스타트업·혁신 커뮤니케이션으로 이뤄지며 2027년까지 40억 유로 투자 유발을 노림.',
       'Bundle of measures for AI start-ups and SMEs — AI Factories, the AI Office and a start-up and innovation '
       'communication — meant to mobilise EUR 4 billion by 2027.'),
      EU, '1288-1299', org=EC),
    P(2041, 'EU', iEC, ('AI 팩토리', 'AI Factories'), 'initiative', 'announced', '2024-01', '2024년 1월 (AI 혁신 패키지)',
      ('EuroHPC 규정을 고쳐 AI 전용 슈퍼컴퓨터를 스타트업·연구계에 여는 거점.',
       'Hubs created by amending the EuroHPC rules to open AI-dedicated supercomputers to start-ups and researchers.'),
      EU, '1290', org=EC),
    P(2042, 'EU', iEC, ('GenAI4EU 이니셔티브', 'GenAI4EU initiative'), 'initiative', 'announced', '2024-01',
      '2024.01. ([그림 3-2] 출처)',
      ('유럽 주요 산업과 공공 부문의 새 생성 AI 응용을 지원. 로봇, 의료, 바이오, 제조, 차량, 기후, 가상세계가 대상.',
       'Backs new generative-AI applications in key industries and the public sector: robotics, health, biotech, '
       'manufacturing, vehicles, climate and virtual worlds.'),
      EU, '1299', orig='GenAI4EU', org=EC),
    P(2043, 'EU', iEC, ('AI 사무국 설립', 'European AI Office established'), 'institution', 'launched', '2024-05', '2024년 5월',
      ('AI 법 시행을 돕는 집행위 산하 기구. 5개 부서와 자문위원 2명을 두고 140명 이상을 뽑을 계획.',
       'Commission body supporting AI Act enforcement, with five units, two advisers and over 140 planned staff.'),
      EU, '1309', orig='AI Office', org=EC),
    P(2044, 'EU', iEC, ('연구에서 생성 AI의 책임 있는 사용에 관한 지침', 'Guidelines on the responsible use of generative AI in research'),
      'guideline', None, '2024-03-20', '2024년 3월 (각주 38: 2024.03.20.)',
      ('유럽연구영역 포럼과 함께 만든 지침. 연구자·연구기관·연구비 지원기관에 투명하고 책임 있는 생성 AI 사용법을 제시.',
       'Drawn up with the European Research Area Forum; tells researchers, research organisations and funders how '
       'to use generative AI transparently and accountably.'),
      EU, '1336-1346', org=EC),
    P(2009, 'EU', iEC, ('호라이즌 유럽 AI·양자 기술 프로젝트 지원', 'Horizon Europe funding for AI and quantum projects'),
      'investment', None, '2024-04', '2024년 4월',
      ('호라이즌 유럽이 AI·양자 신규 과제에 1억 1,200만 유로 이상을 지원하고 거대 모델과 신뢰성 과제에 일부를 배정.',
       'Horizon Europe put over EUR 112 million into new AI and quantum projects, part of it for large models and trustworthiness.'),
      EU, '1356', org=EC),
    'Other EU bodies (L1358–1409)',
    P(2050, 'EU', ('유럽개인정보보호감독기구(EDPS)', 'European Data Protection Supervisor'),
      ('생성 AI 지침', 'EDPS Guidelines on generative AI'), 'guideline', None, '2024-06-03',
      '2024년 6월 (각주 41: 2024.6.03.)',
      ('EU 기관이 생성 AI를 쓸 때 개인정보 규정을 지키도록 돕는 지침. 데이터 최소화·정확성, 사전 영향평가, 투명성, 인간 개입을 요구.',
       'Helps EU institutions keep to data-protection law when using generative AI: minimisation, accuracy, prior '
       'impact assessment, transparency and human involvement.'),
      EU, '1362-1370', orig='EDPS Guidelines on generative AI: embracing opportunities, protecting people', org=EDPS),
    P(2051, 'EU', ('유럽개인정보보호이사회(EDPB)', 'European Data Protection Board'),
      ('AI 법상 개인정보 보호 당국의 역할에 관한 성명', "Statement 3/2024 on data protection authorities' role in the AI Act framework"),
      'declaration', 'adopted', '2024-07-17', '2024년 7월 (각주 42: 2024.07.17.)',
      ('회원국에 고위험 AI의 시장감시당국으로 개인정보 보호 당국을 지정하고 인력과 예산을 늘리라고 권고.',
       'Urges member states to make data protection authorities the market surveillance bodies for high-risk AI and '
       'to give them more staff and money.'),
      EU, '1374-1382', orig="Statement 3/2024 on data protection authorities' role in the Artificial Intelligence Act framework",
      org=EDPB),
    P(2900, 'INT', ('유럽평의회', 'Council of Europe'),
      ('AI와 인권·민주주의·법치에 관한 협약', 'Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law'),
      'agreement', 'adopted', '2024-05', '2024년 5월',
      ('AI 수명주기 전반을 다루는 첫 법적 구속력 있는 국제 조약. 국가안보는 빠지고 민간 부문 적용은 당사국이 정함.',
       'The first legally binding international treaty on AI, covering the whole lifecycle; national security is '
       'excluded and each party decides on private-sector coverage.'),
      EU, '1386-1399',
      orig='Framework Convention on artificial intelligence and human rights, democracy, and the rule of law (CETS No. 225)',
      org=COE),
    P(2052, 'INT', ('미국·영국·EU 등 10개 서명국', 'Ten signatories including the US, the UK and the EU'),
      ('유럽평의회 AI 협약 첫 서명', 'First signatures of the Council of Europe AI Convention'), 'agreement', 'signed',
      '2024-09', '2024년 9월',
      ('미국·영국·EU를 포함한 10개 당사자가 첫 서명국이 되었고, 이행을 위한 입법·행정 조치를 취해야 함.',
       'Ten parties including the US, the UK and the EU signed first and must take legislative or administrative steps to apply it.'),
      EU, '1395-1399', org=COE),
    P(2053, 'EU', ('유럽 옴부즈만', 'European Ombudsman'),
      ('EU 집행위의 AI 도입·활용에 관한 전략적 계획', 'Strategic initiative on how the European Commission decides on and uses AI'),
      'enforcement', None, '2024-03-15', '2024.03.15. (각주 44)',
      ('집행위에 AI 도구 정보를 요청하고 의견수렴 분석, 경쟁법 위반 적발, 민원 처리에서 투명성과 인간 감독을 강조.',
       'Asked the Commission about its AI tools and stressed transparency and human oversight in consultation '
       'analysis, competition enforcement and complaint handling.'),
      EU, '1403-1407', orig='How the European Commission decides on and uses artificial intelligence', org=OMBUD),
]

iUK = ('영국 정부', 'UK Government')
iDSIT = ('과학혁신기술부', 'Department for Science, Innovation and Technology')
iAISI = ('영국 AI안전연구소', 'UK AI Safety Institute')
iCMA = ('경쟁시장청', 'Competition and Markets Authority')

POLICY_GBR = [
    'Background (L1970–2002)',
    P(5001, 'GBR', iUK, ('국가 AI 전략', 'National AI Strategy'), 'strategy', 'announced', '2021-10', '2021년 10월',
      ('10년 안에 AI 초강대국이 되겠다는 영국 첫 국가 AI 전략. 전략적 투자·포괄적 혜택·거버넌스 3개 영역에 단기·중기·장기 과제를 배치.',
       "The UK's first national AI strategy, aiming at AI-superpower status within ten years, with short-, medium- "
       'and long-term actions under investment, benefits and governance.'),
      GB, '1972', orig='National AI Strategy', org=UKGOV),
    P(5002, 'GBR', iUK, ('국가 AI 전략 - 실행계획', 'National AI Strategy - AI Action Plan'), 'plan', 'announced', '2022-07',
      '2022년 7월', ('국가 AI 전략의 이행 조치를 정리한 실행계획.', 'Action plan reporting how the national strategy is being delivered.'),
      GB, '1989', orig='National AI Strategy - AI Action Plan', org=UKGOV),
    P(5003, 'GBR', iUK, ('AI 규제안', 'AI Rulebook'), 'framework', 'announced', '2022-09', '2022년 9월',
      ('혁신 촉진, 대중 신뢰, 데이터 보호를 축으로 기업의 준수 부담을 덜어 주는 규제 방향.',
       'Regulatory direction built on innovation, public trust and data protection that also lightens compliance burdens.'),
      GB, '1989', orig='AI Rulebook', org=UKGOV),
    P(5004, 'GBR', iUK, ('친혁신적 AI 규제 접근 백서', 'A pro-innovation approach to AI regulation (white paper)'), 'framework',
      'announced', '2023-03', '2023년 3월',
      ('어느 정도 위험을 감수하며 혁신을 돕는 유연하고 비례적인 규제 틀. 기존 규제기관이 5개 공통 원칙을 적용.',
       'A flexible, proportionate framework that accepts some risk to foster innovation; existing regulators apply five shared principles.'),
      GB, '1989-1999', org=UKGOV),
    P(5005, 'GBR', iUK, ('프런티어 AI 태스크포스 출범', 'Frontier AI Taskforce launched'), 'institution', 'launched', '2023-04',
      '2023년 4월', ('첨단 모델의 안전성을 평가하려고 만든 조직으로 AI안전연구소의 전신.',
                     'Unit set up to test the safety of frontier models; forerunner of the AI Safety Institute.'),
      GB, '2059', org=UKGOV),
    P(5900, 'GBR', iUK, ('AI 안전성 정상회의 · 블레츨리 선언', 'AI Safety Summit and Bletchley Declaration'), 'event', 'completed',
      '2023-11', '2023년 11월',
      ('블레츨리 파크에서 열린 첫 AI 안전 정상회의. 한국·미국·중국 등 28개국과 EU가 AI 위험 대응 협력을 다짐한 선언을 채택.',
       'The first AI safety summit, at Bletchley Park; 28 countries including Korea, the US and China, plus the EU, '
       'adopted a declaration pledging to cooperate on AI risks.'),
      GB, '2001', orig='AI Safety Summit; Bletchley Declaration', org=UKGOV),
    P(5006, 'GBR', iDSIT, ('영국 AI안전연구소 설립', 'UK AI Safety Institute established'), 'institution', 'launched', '2023-11',
      '2023년 11월',
      ('정상회의 때 과학혁신기술부 산하로 설립. 2024년 말까지 연구진을 50~60명으로 늘릴 계획.',
       'Set up under DSIT at the summit, planning to grow to 50–60 researchers by the end of 2024.'),
      GB, '2059-2061', org=DSIT),
    '2024 (L2003–2134)',
    P(5007, 'GBR', ('내각부', 'Cabinet Office'), ('생성 AI 프레임워크', 'Generative AI Framework for HMG'), 'guideline', 'announced',
      '2024-01-18', '2024년 1월 (각주 72: 2024.01.18.)',
      ('정부 기관이 생성 AI를 안전하고 책임 있게 쓰도록 돕는 지침. 활용 사례, 한계, 조달 시 고려사항과 10개 원칙을 담음.',
       'Guidance for safe, responsible use of generative AI in government, with use cases, limits, procurement advice and ten principles.'),
      GB, '2007-2027', orig='Generative AI Framework for HMG', org=CABOFF),
    P(5008, 'GBR', ('과학혁신기술부·교육부', 'DSIT and Department for Education'), ('콘텐츠 스토어 프로젝트', 'Content Store project'),
      'program', 'announced', '2024-08-28', '2024년 8월 28일',
      ('교육과정·수업계획·익명 평가 자료를 모아 교육용 AI 도구 학습에 쓰는 사업. 400만 파운드 중 300만은 구축, 100만은 경진대회 상금.',
       'Pools curricula, lesson plans and anonymised assessments to train classroom AI tools; of GBP 4 million, '
       '3 million builds the store and 1 million funds competition prizes.'),
      GB, '2031-2045', org=DSIT),
    P(5009, 'GBR', ('교육부', 'Department for Education'),
      ('교육 분야 AI 사용에 관한 학부모·학생 인식 연구', 'Research on parent and pupil attitudes towards the use of AI in education'),
      'report', None, '2024-08-28', '2024년 8월 (각주 74: 2024.08.28.)',
      ('학부모와 학생이 교사 지원용 AI와 학생 데이터 활용의 이점을 이해한다는 조사 결과.',
       'Survey showing that parents and pupils see the value of AI that helps teachers and of using pupil data to tune tools.'),
      GB, '2035', orig='Research on parent and pupil attitudes towards the use of AI in education', org=DFE),
    P(5010, 'GBR', iDSIT, ('AI 보증 플랫폼 구축', 'AI assurance platform (Assuring a Responsible Future for AI)'), 'plan', 'announced',
      '2024-11-06', '2024년 11월 6일',
      ('AI 보증 시장 보고서와 함께, 중소기업·스타트업의 AI 위험 평가·관리를 돕는 원스톱 보증 플랫폼 개발 계획을 발표.',
       'Alongside a report on the AI assurance market, DSIT announced a one-stop platform to help SMEs and start-ups '
       'assess and manage AI risk.'),
      GB, '2047-2053', orig='Assuring a Responsible Future for AI', org=DSIT),
    P(5011, 'GBR', iAISI, ('AI 안전성 테스트 플랫폼 ‘인스펙트’', 'Inspect AI safety evaluation platform'), 'program', 'launched',
      '2024-05-10', '2024년 5월 10일',
      ('모델의 핵심 지식, 추론, 자율성 등을 평가해 점수화하는 오픈소스 소프트웨어 라이브러리.',
       'Open-source software library that scores models on core knowledge, reasoning, autonomy and more.'),
      GB, '2074-2078', orig='Inspect', org=UKAISI),
    P(5901, 'GBR', iAISI,
      ('첨단 AI의 안전에 관한 국제과학보고서 (중간 보고서)', 'International Scientific Report on the Safety of Advanced AI (interim report)'),
      'report', None, '2024-05-17', '2024년 5월 17일',
      ('30개국 전문가가 요슈아 벤지오 주도로 쓴 범용 AI 위험 중간 보고서. 위험을 악의적 사용, 오작동, 시스템적 위험으로 나눔.',
       'Interim report on general-purpose AI risk by experts from 30 countries led by Yoshua Bengio; sorts risks '
       'into malicious use, malfunction and systemic risk.'),
      GB, '2104-2114', orig='International Scientific Report on the Safety of Advanced AI', org=UKAISI),
    P(5012, 'GBR', iAISI, ('제4차 경과 보고서 (AI 모델 테스트 결과)', 'Fourth progress report (model evaluation results)'), 'report',
      None, '2024-05-20', '2024년 5월 20일',
      ('공개 모델 5종을 사이버 공격, 화학·생물 오용, 자율성, 안전장치 측면에서 평가했고 모든 모델이 탈옥에 약했음.',
       'Tested five public models on cyber attack, chem-bio misuse, autonomy and safeguards; every model was open to jailbreaks.'),
      GB, '2088-2092', org=UKAISI),
    P(5013, 'GBR', iCMA, ('AI 기반모델 1차 검토보고서', 'AI Foundation Models: initial report'), 'report', None, '2023-09',
      '2023년 9월', ('기반모델의 혜택을 온전히 누리는 방안을 처음 제시한 검토보고서.',
                     'First review of foundation models, setting out how to realise their benefits.'),
      GB, '2118', org=CMA),
    P(5014, 'GBR', iCMA, ('AI 기반모델에 대한 검토보고서 (업데이트)', 'AI Foundation Models: update paper'), 'report', None,
      '2024-04-11', '2024년 4월 11일',
      ('1차 보고서를 갱신해 6개 원칙을 제시하고, 빅테크의 핵심 자원 통제와 제휴가 경쟁을 해칠 수 있다고 경고.',
       'Updates the first review with six principles and warns that big-tech control of key inputs and partnerships can hurt competition.'),
      GB, '2116-2134', orig='AI Foundation Models: update paper', org=CMA),
]

iFR = ('프랑스 정부', 'Government of France')
iAUT = ('프랑스 경쟁당국', 'Autorité de la concurrence')

POLICY_FRA = [
    P(7001, 'FRA', iFR, ('인공지능 개발 국가전략', 'National Strategy for Artificial Intelligence'), 'strategy', 'announced', '2018',
      '2018년',
      ('AI 선도국을 목표로 1단계는 연구 역량, 2단계는 인재와 기술 확산을 추진하는 국가전략.',
       'National strategy for AI leadership: phase one builds research capacity, phase two talent and diffusion.'),
      FR, '2299', orig="La stratégie nationale pour l'intelligence artificielle", org=FRGOV),
    P(7002, 'FRA', iFR, ('국가 AI 전략 2단계 (AI 인재 양성 및 유치)', 'National AI strategy, phase 2 (AI talent development and attraction)'),
      'strategy', None, '2021', '2021년부터 2025년까지 (’21~’25, ’22.11.8 개시)',
      ('AI 인재를 키우고 연구 성과를 사업화하는 5년 단계. 임베디드·신뢰·생태전환·초거대 언어모델과 생성 AI를 우선 지원.',
       'Five-year phase to grow AI talent and turn research into business, prioritising embedded, trustworthy, green and LLM/generative AI.'),
      FR, '2301', date_end='2025', org=FRGOV),
    P(7003, 'FRA', iFR, ('프랑스 AI 위원회 설립', 'French AI Commission established'), 'institution', 'launched', '2023-09',
      '2023년 9월 (각주 95)',
      ('정부 자문과 국가 AI 전략 조정을 맡을 AI·신기술 전문가 13인 위원회를 꾸림.',
       'Formed a thirteen-member expert commission to advise the government and coordinate the national AI strategy.'),
      T(FR, '각주 95'), '2336', orig="Commission de l'IA", org=FRGOV),
    P(7004, 'FRA', ('프랑스 AI 위원회', 'French Artificial Intelligence Commission'),
      ('AI 투자 권고 보고서 (25개 권고)', '25 recommendations for AI in France'), 'report', None, '2024-03-13', '2024년 3월 13일',
      ('프랑스가 AI를 주도하도록 향후 5년간 매년 50억 유로 투자와 7대 우선 과제 등 25개 권고를 정부에 제시.',
       'Twenty-five recommendations, seven of them priorities, urging the state to invest EUR 5 billion a year for five years.'),
      FR, '2320-2328', orig="25 recommandations pour l'IA en France", org=FRAIC),
    P(7007, 'FRA', iAUT, ('생성 AI 분야 경쟁 조사 착수', 'Inquiry into the generative AI sector opened'), 'enforcement', 'launched',
      '2024-02', '2024년 2월 (각주 102)',
      ('생성 AI 시장의 경쟁 상황을 직권 조사하고 공개 협의를 거침.',
       'Opened an own-initiative inquiry into competition in generative AI, followed by a public consultation.'),
      T(FR, '각주 102'), '2403', org=AUTORITE),
    P(7008, 'FRA', iAUT,
      ('생성 AI 분야의 경쟁 활성화를 위한 권고사항 (의견서)', 'Opinion on the competitive functioning of the generative AI sector'),
      'report', None, '2024-06-28', '2024년 6월 28일',
      ('AI 칩, 클라우드, 자금, 데이터를 진입장벽으로 보고 게이트키퍼 지정, 컴퓨팅 접근 확대, 소수지분 투자 투명성 등 10개 권고를 냄.',
       'Sees chips, cloud, funding and data as entry barriers and makes ten recommendations, from gatekeeper '
       'designation to compute access and minority-stake transparency.'),
      FR, '2387-2411', org=AUTORITE),
]

iDE = ('독일 연방정부', 'Federal Government of Germany')

POLICY_DEU = [
    'Timeline 〈표 3-50〉 독일의 AI 정책 변화 (printed newest first: 2023.11, 2020.12, 2019.11, 2018.11) plus prose L2447–2478',
    P(8001, 'DEU', iDE, ('AI 전략 (AI made in Germany)', 'Artificial Intelligence Strategy of the German Federal Government'),
      'strategy', 'announced', '2018-11', '2018년 11월 (〈표 3-50〉); 본문 2018년',
      ("'AI made in Germany'를 내건 독일 첫 AI 전략. 연구, 기업 역량, 인재, 표준, 법제 등 12개 분야를 제시.",
       "Germany's first AI strategy, branded 'AI made in Germany', spanning twelve fields from research and "
       'business to talent, standards and law.'),
      DE, '2447-2449', orig='Strategie Künstliche Intelligenz der Bundesregierung', org=DEGOV),
    P(8002, 'DEU', iDE, ('AI 전략 1주년 중간보고서 (국가 AI 전략 업데이트1)', 'Interim report: one year of the AI strategy'),
      'report', None, '2019-11-15', '2019년 11월 (각주 108: 2019.11.15)',
      ('전략 1주년을 맞아 BMBF·BMWi·BMVI·BMAS 등 부처의 AI 정책과 사업을 점검.',
       'One-year review of the AI policies and programmes of BMBF, BMWi, BMVI, BMAS and other ministries.'),
      DE, '2476', orig='Zwischenbericht Ein Jahr KI-Strategie', org=DEGOV),
    P(8003, 'DEU', iDE, ('코로나19 경기부양책', 'COVID-19 economic stimulus package'), 'budget', 'announced', '2020-06', '2020년 6월',
      ('경기부양책으로 2025년까지의 AI 투자 계획을 30억 유로에서 50억 유로로 늘림.',
       'The stimulus raised planned AI investment to 2025 from EUR 3 billion to EUR 5 billion.'),
      DE, '2478', org=DEGOV),
    P(8004, 'DEU', iDE, ('인공지능 전략 2020 개정안 (국가 AI 전략 업데이트2)', 'AI Strategy update 2020'), 'strategy', 'revised',
      '2020-12-02', '2020년 12월 (각주 109: 2020.12.02)',
      ('12개 분야를 인력, 연구, 이전·응용, 법·규정, 사회 5개 분야로 묶고 2022년까지의 조치를 제시.',
       'Regrouped the twelve fields into five — skills, research, transfer and application, regulation, society — '
       'with measures up to 2022.'),
      T(DE, '〈표 3-50〉'), '2484', orig='Strategie Künstliche Intelligenz der Bundesregierung Fortschreibung 2020', org=DEGOV),
    P(8005, 'DEU', ('연방교육연구부(BMBF)', 'Federal Ministry of Education and Research'), ('AI 실행계획', 'AI Action Plan'), 'plan',
      'announced', '2023-11', '2023년 11월',
      ('AI 가치사슬과 교육·과학·연구 협력을 키우는 12개 행동 영역 계획. BMBF가 임기 중 16억 유로를 투입하고 20개 과제와 50여 개 이니셔티브를 지원.',
       'Plan with twelve fields of action for the AI value chain and for ties between education, science and '
       'research; BMBF puts EUR 1.6 billion in this term, with 20 new projects and some 50 initiatives.'),
      T(DE, '〈표 3-50〉'), '2483', org=BMBF),
    '2024 — the only German item (L2506–2552)',
    P(8006, 'DEU', ('OECD', 'OECD'), ('OECD의 독일 AI 검토', 'OECD Artificial Intelligence Review of Germany'), 'report', None,
      '2024-06-11', '2024.06.11. (각주 110)',
      ('독일의 연구 역량과 컴퓨팅 자원을 강점으로 꼽고 정부 조율, 산업 전환, 데이터 접근, 스타트업, 컴퓨팅 인프라 등 6개 권고를 제시.',
       "Names Germany's research and compute as strengths and makes six recommendations on coordination, industrial "
       'change, worker involvement, data access, start-ups and compute.'),
      DE, '2508-2540', orig='OECD Artificial Intelligence Review of Germany'),
]

POLICY_FILES = {'EU': POLICY_EU, 'GBR': POLICY_GBR, 'FRA': POLICY_FRA, 'DEU': POLICY_DEU}

# ---------------------------------------------------------------------------------------------
# Appendix 1 (첨부 1) entries — split as hand-checked in INVENTORY §11.1
# ---------------------------------------------------------------------------------------------


def A(jur, field, seq, pid, issuer, title, date, line, note=None):
    return dict(jurisdiction_id=jur, field=field, seq=seq, policy_id=pid, note_ko=note[0] if note else None,
                note_en=note[1] if note else None, issuer_as_printed=issuer, title_as_printed=title,
                date_as_printed=date, src_locator=AP, src_lines=line)


APPENDIX_FILES = {
    'EU': [
        A('EU', 'policy_law', 1, 2020, 'EU', 'AI 법 제정', '2024.5', '5920'),
        A('EU', 'policy_law', 2, 2035, 'EC', 'AI 법에 따른 AI 적용 실천 강령 1차 초안 공개', '2023.11', '5920'),
        A('EU', 'policy_law', 3, 2043, 'EC', 'AI 사무국 설립', '2024.5', '5920'),
        A('EU', 'industry', 1, 2040, 'EC', 'AI 스타트업과 중소기업을 지원하기 위한 AI 혁신 패키지', '2024.1', '5920',
          ('AI 팩토리 출범; AI 사무국 설립; EU AI 스타트업 및 혁신 커뮤니티',
           'Launch of AI Factories; establishment of the AI Office; EU AI start-up and innovation community')),
        A('EU', 'tech_research', 1, 2044, 'EC', '연구에서 생성 AI의 책임 있는 사용에 관한 지침', '2024.3', '5920'),
        A('EU', 'talent_education', 1, 2050, '유럽데이터보호감독기구(EDPS)', '생성 AI 지침', '2024.6', '5920'),
        A('EU', 'talent_education', 2, 2900, '유럽평의회', 'AI와 인권·민주주의·법치에 관한 협약', '2024.5', '5920'),
    ],
    'GBR': [
        A('GBR', 'policy_law', 1, 5007, '내각부', '생성 AI 프레임워크', '2024.1', '5926'),
        A('GBR', 'policy_law', 2, 5014, '경쟁시장청', 'AI 기반모델에 대한 검토보고서', '2024.4', '5926'),
        A('GBR', 'industry', 1, 5011, '영국 AI 안전연구소', 'AI 안전성 테스트 플랫폼 ‘인스펙트’ 개발', '2024.5', '5926'),
        A('GBR', 'tech_research', 1, 5010, '과학혁신기술부', 'AI 보증 플랫폼 구축', '2025.11', '5926'),
        A('GBR', 'tech_research', 2, 1900, '영국 AI 안전연구소', '미국 AI안전연구소와 MOU', '2024.4', '5926'),
        A('GBR', 'talent_education', 1, 5008, '과학혁신기술부/교육부', '콘텐츠 스토어 프로젝트', '2024.8', '5926'),
        A('GBR', 'talent_education', 2, 5901, '영국 AI 안전연구소', '첨단 AI의 안전에 관한 국제과학보고서', '2024.5', '5926'),
    ],
    'FRA': [
        A('FRA', 'policy_law', 1, 7004, '프랑스 AI 위원회', '정부에 5년간 연 50억 유로의 AI 투자 권고', '2024.3', '5928'),
        A('FRA', 'policy_law', 2, 7008, '프랑스 경쟁관리국', '생성 AI 분야의 경쟁 활성화를 위한 권고사항', '2024.3', '5928'),
    ],
}

# ---------------------------------------------------------------------------------------------
# Data notes (ids 2000–2999): where the report contradicts itself about a value we store.
# src_* = where the conflicting (not stored) value is printed.
# ---------------------------------------------------------------------------------------------


def N(id, etype, key, col, printed, stored, anomaly, note, loc, lines):
    return dict(id=id, entity_type=etype, entity_key=key, column_name=col, printed_value=printed, stored_value=stored,
                anomaly_id=anomaly, note_ko=note[0], note_en=note[1], src_locator=loc, src_lines=lines)


DATA_NOTES = [
    'Appendix-1 dates that disagree with the body',
    N(2001, 'policy', '5010', 'date', '2025.11', '2024-11-06', 'A01',
      ('첨부 1은 2025.11로 적었으나 본문(L2049), 각주 75, 참고문헌 54가 모두 2024년 11월 6일이라 연도 오기로 보고 2024를 저장.',
       'Appendix 1 prints 2025.11, but the body (L2049), footnote 75 and reference 54 all give 6 Nov 2024; treated as a year typo.'),
      AP, '5926'),
    N(2002, 'policy', '2035', 'date', '2023.11', '2024-11-14', 'A02',
      ('첨부 1은 1차 초안 공개를 2023.11로 적었지만 본문(L1282)과 각주 37, 참고문헌 24는 2024년 11월(14일)임.',
       'Appendix 1 dates the first draft 2023.11; the body (L1282), footnote 37 and reference 24 say November 2024 (the 14th).'),
      AP, '5920'),
    N(2003, 'policy', '7008', 'date', '2024.3', '2024-06-28', 'A03',
      ('첨부 1은 경쟁당국 권고를 2024.3으로 적었으나 본문(L2387)과 각주 97·106은 2024년 6월 28일 의견서 발표로 기록.',
       "Appendix 1 puts the competition authority's recommendations in 2024.3; the body (L2387) and footnotes 97 and 106 date the opinion 28 June 2024."),
      AP, '5928'),
    'Other dates',
    N(2004, 'policy', '2036', 'date', '발효 후 9개월 뒤(2025년 4월)', '2025-05-01', 'A20',
      ('AI 사무국 단락은 최종 실천 강령을 2025년 4월까지로 적었으나, 실천 강령 단락(L1282)은 2025년 5월 1일 발표 계획이라 명시해 후자를 저장.',
       'The AI Office paragraph says the code is due by April 2025; the code-of-practice paragraph (L1282) names 1 May 2025, which we store.'),
      EU, '1334'),
    N(2005, 'policy', '5001', 'date', '2022.12.18', '2021-10', 'A32',
      ('각주 71과 참고문헌 55의 2022.12.18은 웹페이지 갱신일로 보이며, 본문과 〈표 3-38〉 출처(2021.10)를 따름. 공식 발표는 2021년 9월일 가능성도 있음.',
       'The 2022.12.18 in footnote 71 and reference 55 looks like a page-update date; we follow the body and the '
       '〈표 3-38〉 source (2021.10). The official release may have been September 2021.'),
      T(GB, '각주 71'), '1983'),
    N(2006, 'policy', '2020', 'date', '2023년 (EU는 2023년 AI법을 통해 …)', '2024-05', 'A33',
      ('결론 장은 EU AI 법을 2023년으로 적었으나 제3장은 2023년 12월 정치적 합의, 2024년 3월 의회 채택, 5월 최종 승인, 8월 발효로 기록.',
       'The conclusion dates the EU AI Act 2023, whereas chapter 3 records the political deal in Dec 2023, '
       'Parliament adoption in March 2024, final approval in May and entry into force in August.'),
      '제8장 결론', '5630'),
    N(2007, 'policy', '1900', 'date', '2024.04.02. (각주 76)', '2024-04-01', None,
      ('본문은 MOU 체결을 2024년 4월 1일로, 각주 76은 2024.04.02로 적음(발표일 차이로 보임). 정책 행은 미국 담당 파일에 있음.',
       'The body dates the MOU 1 April 2024 and footnote 76 gives 2024.04.02 (probably the publication date). '
       'The policy row belongs to the US file.'),
      T(GB, '각주 76'), '2069'),
    N(2008, 'policy', '7002', 'date_as_printed', '’22.11.8 개시', '2021', None,
      ('〈표 3-46〉은 2단계 개시를 ’22.11.8로 적었으나 같은 표와 본문은 2단계 기간을 2021~2025년으로 둠. 외부 기록상 2단계 발표는 2021년 11월 8일로 보여 연도 오기 가능성이 있음(표시만 함).',
       '〈표 3-46〉 says phase 2 started on 8 Nov 2022, yet the same table and the body put phase 2 in 2021–2025; '
       'public records suggest it was launched on 8 Nov 2021, so the year may be a typo (flag only).'),
      T(FR, '〈표 3-46〉'), '2313'),
    'Names and labels',
    N(2009, 'policy', '2042', 'title_ko', 'GenAIEU', 'GenAI4EU', 'C25',
      ('본문(L1299)과 〈표 3-19〉는 ‘GenAIEU’로 적었으나 [그림 3-2] 제목과 공식 명칭은 GenAI4EU.',
       "The body (L1299) and 〈표 3-19〉 print 'GenAIEU'; the caption of [그림 3-2] and the official name are GenAI4EU."),
      EU, '1299'),
    N(2010, 'policy', '2020', 'issuer_ko', '유럽이사회 (European Council)', 'EU 이사회 (Council of the European Union)', None,
      ('〈표 3-15〉와 L1238은 AI 법 최종 승인 주체를 ‘유럽이사회’로 적었으나 L1204는 27개 회원국 대표로 구성된 EU 이사회라고 설명함. 승인 기관은 EU 이사회로 저장.',
       "〈표 3-15〉 and L1238 say the 'European Council' gave final approval, while L1204 describes a meeting of "
       'the 27 member-state representatives, i.e. the Council of the EU, which we store.'),
      T(EU, '〈표 3-15〉'), '1224'),
    N(2011, 'appendix1_entry', 'EU|industry|1', 'note_ko', 'EU AI 스타트업 및 혁신 커뮤니티', 'EU AI 스타트업 및 혁신 커뮤니티', None,
      ('첨부 1의 하위 항목은 ‘커뮤니티’지만 본문(L1288, L1297)은 ‘커뮤니케이션’(집행위 정책 문서)으로 적음. 항목은 인쇄된 대로 둠. 원문의 쉼표 목록은 ‘; ’로 나눔.',
       "Appendix 1 says 'community' where the body (L1288, L1297) says 'communication' (a Commission policy paper); "
       "kept as printed. The printed comma list is split with '; '."),
      T(EU, '2) EU 집행위원회의 주요 정책'), '1288'),
    N(2012, 'appendix1_entry', 'EU|talent_education|1', 'issuer_as_printed', '유럽데이터보호감독기구(EDPS) 생성 AI 지침',
      '유럽데이터보호감독기구(EDPS) / 생성 AI 지침', 'C31',
      ('첨부 1에서 이 항목만 발행주체와 제목 사이에 쉼표가 없어 본문(L1362)에 맞춰 둘을 나눔.',
       'Only this Appendix-1 item lacks the comma between issuer and title; split following the body (L1362).'),
      AP, '5920'),
    N(2013, 'jurisdiction', 'DEU', 'in_appendix1', '(첨부 1에 독일 행 없음)', '0', 'C31',
      ('제3장 제8절이 독일을 다루지만 첨부 1과 세계 지도에는 독일 행이 없음. 독일의 2024년 항목은 OECD 검토 보고서(정책 8006) 하나뿐.',
       "Chapter 3 §8 covers Germany, but Appendix 1 and the world maps have no German row; Germany's only 2024 "
       'item is the OECD review (policy 8006).'),
      AP, '5914-5932'),
    N(2014, 'organization', str(BIFOLD), 'abbreviation', 'BIFORD', 'BIFOLD', None,
      ('〈표 3-50〉의 ‘BIFORD’는 베를린 학습-데이터 재단의 약칭 BIFOLD의 오기로 보임.',
       "'BIFORD' in 〈표 3-50〉 appears to be a misspelling of BIFOLD, the Berlin institute's acronym."),
      T(DE, '〈표 3-50〉'), '2484'),
    N(2015, 'organization', str(IAI), 'abbreviation', 'i.AD', 'i.AI', None,
      ('본문은 공공 부문 AI 인큐베이터를 ‘i.AD’로 적었으나 이 조직의 약칭은 i.AI임(표시).',
       "The body calls the public-sector AI incubator 'i.AD'; the unit's acronym is i.AI (flag)."),
      GB, '2076'),
]

# ---- placeholders (filled below in later sections) ----
ITEM_FILES = {}
SOURCE_FILES = {}
STATISTICS = []
STATISTIC_TOPICS = []
ALIASES = []
