#!/usr/bin/env python3
"""Curator 3 (CHN, JPN, SGP): writes the c3 seed TSVs from the rows below.

The rows are hand-curated from the report (제3장 제3절 중국, 제4절 일본, 제9절 싱가포르, 첨부 1);
summaries/texts/notes are our own wording. Run: python3 db/tools/c3_make_tsv.py (from the repo root).
"""
import os, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'seed')

def write(table, name, cols, rows, comment):
    d = os.path.join(ROOT, table)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# ' + comment + '\n')
        f.write('\t'.join(cols) + '\n')
        for r in rows:
            if isinstance(r, str):          # a comment line
                f.write('# ' + r + '\n'); continue
            vals = []
            for c in cols:
                v = r.get(c, '')
                v = '' if v is None else str(v)
                assert '\t' not in v and '\n' not in v, (table, c, v)
                vals.append(v)
            f.write('\t'.join(vals) + '\n')

CN = '제3장 제3절 중국'
JP = '제3장 제4절 일본'
SG = '제3장 제9절 싱가포르'
AP = '첨부 1'

# ------------------------------------------------------------------------------------------------
# organization (ids 3000-3999)
# ------------------------------------------------------------------------------------------------
ORG_COLS = ['id', 'name_ko', 'name_en', 'kind', 'jurisdiction_id', 'abbreviation', 'parent_id',
            'summary_ko', 'summary_en', 'src_locator', 'src_lines']
def O(id, ko, en, kind, jur, abbr, parent, sko, sen, loc, lines):
    return dict(id=id, name_ko=ko, name_en=en, kind=kind, jurisdiction_id=jur, abbreviation=abbr,
                parent_id=parent, summary_ko=sko, summary_en=sen, src_locator=loc, src_lines=lines)

ORGS = [
 '중국 (CHN) — central bodies',
 O(3000, '국무원', 'State Council of the People\'s Republic of China', 'government', 'CHN', '', '',
   '중국의 최고 행정기관. 2017년 차세대 AI 발전규획을 내놓았고 2024년 업무보고에서 AI 플러스 행동을 제시했다.',
   'China\'s cabinet; issued the 2017 New Generation AI Development Plan and announced the AI+ action in the 2024 work report.',
   CN, '1415'),
 O(3001, '공업정보화부', 'Ministry of Industry and Information Technology', 'ministry', 'CHN', 'MIIT', '',
   'AI 산업 육성과 표준화를 맡는 중국의 산업·정보통신 부처.',
   'Chinese ministry for industry and ICT, in charge of fostering and standardising the AI industry.',
   CN, '1426-1428'),
 O(3002, '국가인터넷정보판공실', 'Cyberspace Administration of China', 'regulator', 'CHN', 'CAC', '',
   '중국의 인터넷 규제기관으로 알고리즘·심층합성·생성 AI 규정과 AI 생성물 표시 규정 초안을 냈다. 본문에서는 "관공실"로도 표기된다.',
   'China\'s internet regulator, author of the algorithm, deep-synthesis and generative-AI rules and of the 2024 AI-content labelling draft.',
   CN, '1434'),
 O(3003, '국가발전개혁위원회', 'National Development and Reform Commission', 'ministry', 'CHN', 'NDRC', '',
   '중국의 거시경제 계획 기관으로 2024년 AI 산업 표준화 지침의 공동 발표 기관이다.',
   'China\'s macro-economic planning agency; a co-issuer of the 2024 AI industry standardisation guideline.',
   CN, '1466'),
 O(3004, '국가표준화위원회', 'Standardization Administration of China', 'agency', 'CHN', 'SAC', '',
   '중국의 국가 표준 관리 기관으로 2024년 AI 산업 표준화 지침을 공동 발표했다.',
   'China\'s national standards administration; co-issued the 2024 AI industry standardisation guideline.',
   CN, '1466'),
 O(3005, '중국사이버보안표준화기술위원회', 'National Cybersecurity Standardization Technical Committee', 'standards_body', 'CHN', 'TC260', '',
   '사이버보안 국가표준을 담당하는 기술위원회로 2024년 AI 보안 거버넌스 프레임워크와 생성 AI 보안 요구사항 초안을 공개했다.',
   'China\'s technical committee for cybersecurity standards; released the AI Safety Governance Framework and a generative-AI security draft standard in 2024.',
   CN, '1530'),
 O(3006, 'AI표준화기술위원회', 'MIIT Artificial Intelligence Standardization Technical Committee', 'standards_body', 'CHN', '', 3001,
   '공업정보화부가 2024년 7월 설립 계획을 밝힌 AI 표준 전담 기술위원회로, 사무 기구는 CAICT에 둘 예정이다.',
   'AI standards committee that MIIT planned in July 2024, with its secretariat to sit at CAICT.',
   CN, '1493'),
 O(3007, '중국정보통신연구원', 'China Academy of Information and Communications Technology', 'research_institute', 'CHN', 'CAICT', 3001,
   '공업정보화부 산하 연구기관으로 AI표준화기술위원회의 산하기관이 마련될 곳이다.',
   'MIIT research institute chosen to host the AI Standardization Technical Committee.',
   CN, '1493'),
 O(3008, '과학기술부', 'Ministry of Science and Technology', 'ministry', 'CHN', 'MOST', '',
   '중국의 과학기술 부처로 2022년 AI 활용사례 혁신에 관한 지도의견을 6개 부서와 함께 발표했다.',
   'China\'s science ministry; issued the 2022 guiding opinions on AI application scenarios with six other departments.',
   CN, '1430'),
 O(3009, '교육부', 'Ministry of Education of the People\'s Republic of China', 'ministry', 'CHN', 'MOE', '',
   '중국 교육 부처로 2018년 고등교육기관 AI 혁신 행동계획을 발표했다.',
   'Chinese education ministry; published the 2018 AI innovation action plan for universities.',
   CN, '1428'),
 O(3010, '전국인민대표대회', 'National People\'s Congress', 'legislature', 'CHN', 'NPC', '',
   '중국의 입법기관. 2024년 3월 회의에서 정부 업무보고를 통해 AI 플러스 행동이 처음 제시되었다.',
   'China\'s legislature; the 2024 government work report presented to it in March 2024 first introduced the AI+ action.',
   CN, '1448'),
 O(3011, '중국과학원', 'Chinese Academy of Sciences', 'research_institute', 'CHN', 'CAS', '',
   '중국의 국가 과학 연구기관. 2014년 원사대회에서 시진핑 주석이 AI 등 차세대 IT의 중요성을 언급했다.',
   'China\'s national academy of sciences; venue (with CAE) of Xi Jinping\'s 2014 speech on next-generation IT.',
   CN, '1415'),
 O(3012, '중국공정원', 'Chinese Academy of Engineering', 'research_institute', 'CHN', 'CAE', '',
   '중국의 공학 분야 국가 학술기관으로 2014년 원사대회를 중국과학원과 함께 열었다.',
   'China\'s national engineering academy; co-host of the 2014 academicians\' conference.',
   CN, '1415'),
 '중국 (CHN) — provinces and cities',
 O(3020, '산시성 발전개혁위원회', 'Shaanxi Provincial Development and Reform Commission', 'agency', 'CN-SN', '', '',
   '산시성의 발전계획 기관으로 2024년 4월 AI 산업 혁신 클러스터 육성 행동계획을 발표했다.',
   'Shaanxi\'s provincial planning commission; issued the April 2024 AI industry cluster action plan.',
   CN + ' · 〈표 3-26〉', '1583'),
 O(3021, '광둥성 정부', 'People\'s Government of Guangdong Province', 'government', 'CN-GD', '', '',
   '광둥성 인민정부. 2024년 5월 AI와 천 개 산업 융합 조치를 발표했다.',
   'Guangdong provincial government; issued the May 2024 measures on AI empowering a thousand industries.',
   CN + ' · 〈표 3-26〉', '1611'),
 O(3022, '청두시 정부', 'Chengdu Municipal People\'s Government', 'government', 'CN-SC-CTU', '', '',
   '쓰촨성 청두시 정부로 2024년 6월 AI 산업 고품질 발전 3개년 계획을 발표했다.',
   'City government of Chengdu (Sichuan); issued the June 2024 three-year plan for its AI industry.',
   CN + ' · 〈표 3-26〉', '1627'),
 O(3023, '베이징시 발전개혁위원회', 'Beijing Municipal Commission of Development and Reform', 'agency', 'CN-BJ', '', '',
   '베이징시의 발전계획 기관으로 2024년 7월 베이징시 AI 플러스 행동계획을 발표했다.',
   'Beijing\'s municipal planning commission; issued the July 2024 Beijing AI+ action plan.',
   CN + ' · 〈표 3-26〉', '1646'),
 O(3024, '후난성 공업정보화청', 'Department of Industry and Information Technology of Hunan Province', 'agency', 'CN-HN', '', '',
   '후난성의 산업·정보화 담당 기관으로 2024년 9월 AI 산업 발전 3개년 행동계획을 발표했다.',
   'Hunan\'s provincial industry and IT department; issued the September 2024 three-year AI action plan.',
   CN + ' · 〈표 3-26〉', '1670'),
 '일본 (JPN)',
 O(3100, '일본 정부', 'Government of Japan', 'government', 'JPN', '', '',
   '일본 중앙정부. 첨부 1에서 AI 안전연구소 설립 주체로 표기된다.',
   'Japan\'s central government; named in 첨부 1 as the founder of the AI Safety Institute.',
   JP, '1759'),
 O(3101, '내각부', 'Cabinet Office', 'ministry', 'JPN', 'CAO', '',
   '일본 내각의 정책 조정 부처로 통합혁신전략과 AI 전략회의 자료를 발간한다.',
   'Japan\'s Cabinet Office; publishes the Integrated Innovation Strategy and supports the AI Strategy Council.',
   JP, '1695'),
 O(3102, 'AI 전략회의', 'AI Strategy Council', 'advisory_body', 'JPN', '', '',
   '2023년 5월 신설된 AI 정책 총괄 자문기구로, 생성 AI를 포함한 국가 AI 전략 방향을 제시한다.',
   'Advisory body set up in May 2023 to steer Japan\'s AI policy, including generative AI.',
   JP, '1701'),
 O(3103, '통합혁신전략추진회의', 'Integrated Innovation Strategy Promotion Council', 'government', 'JPN', '', '',
   '2018년 9월 설치된 각료급 회의체로 AI 전략 2019·2021·2022를 수립했다.',
   'Cabinet-level council created in September 2018; author of Japan\'s AI Strategies 2019, 2021 and 2022.',
   JP, '1697'),
 O(3104, '총무성', 'Ministry of Internal Affairs and Communications', 'ministry', 'JPN', 'MIC', '',
   '일본의 행정·통신 부처로 경제산업성과 함께 AI 사업자 가이드라인을 수립했다.',
   'Japan\'s ministry for administration and communications; co-author of the AI Guidelines for Business.',
   JP, '1730'),
 O(3105, '경제산업성', 'Ministry of Economy, Trade and Industry', 'ministry', 'JPN', 'METI', '',
   '일본의 경제·산업 부처로 AI 사업자 가이드라인을 공동 수립했고 IPA를 산하에 둔다.',
   'Japan\'s economy and industry ministry; co-author of the AI Guidelines for Business and parent of IPA.',
   JP, '1730'),
 O(3106, '방위성', 'Ministry of Defense', 'ministry', 'JPN', 'MOD', '',
   '일본 국방 부처로 2024년 7월 처음으로 AI 활용 추진 기본방침을 내놓았다.',
   'Japan\'s defence ministry; adopted its first basic policy on AI use in July 2024.',
   JP, '1905'),
 O(3107, '정보처리추진기구', 'Information-technology Promotion Agency, Japan', 'agency', 'JPN', 'IPA', 3105,
   '경제산업성 산하 IT 정책 실시기관으로 일본 AI 안전연구소가 이곳에 설치되었다.',
   'METI\'s IT policy implementation agency, which hosts the Japan AI Safety Institute.',
   JP, '1735'),
 O(3108, 'AI 안전연구소', 'Japan AI Safety Institute', 'research_institute', 'JPN', 'AISI', 3107,
   '2024년 2월 IPA 안에 설립된 AI 안전성 평가 기관. 본문에는 AISD로 잘못 표기된 곳이 있다.',
   'AI safety evaluation body founded inside IPA in February 2024; the report sometimes misprints it as AISD.',
   JP, '1735'),
 O(3109, 'AI 제도연구회', 'AI Institutional Study Group', 'advisory_body', 'JPN', '', 3102,
   'AI 전략회의 산하 전문가 회의로 일본 AI 법규제의 기본 방향을 논의한다.',
   'Expert group under the AI Strategy Council discussing the basic direction of AI legislation in Japan.',
   JP, '1950'),
 O(3110, 'AI기술전략회의', 'Strategic Council for AI Technology', 'advisory_body', 'JPN', '', '',
   '2017년 AI 산업화 로드맵을 수립한 일본 정부의 AI 기술 전략 회의체.',
   'Japanese government council that drew up the 2017 AI industrialisation roadmap.',
   JP + ' · 〈표 3-32〉', '1741'),
 O(3111, '수상관저 AI 전략실행회의', 'AI Strategy Implementation Council (Prime Minister\'s Office)', 'advisory_body', 'JPN', '', '',
   '2020년 AI 전략 2019의 후속조치를 정리한 총리관저 회의체.',
   'Council at the Prime Minister\'s Office that compiled the 2020 follow-up to AI Strategy 2019.',
   JP + ' · 〈표 3-32〉', '1744'),
 O(3112, '개인정보보호위원회', 'Personal Information Protection Commission', 'regulator', 'JPN', 'PPC', '',
   '일본의 개인정보 감독기관으로 2023년 6월 OpenAI와 생성 AI 이용자에게 주의를 환기했다.',
   'Japan\'s data-protection authority; issued cautions to OpenAI and to generative-AI users in June 2023.',
   JP + ' · [그림 3-5]', '1726'),
 O(3113, '문화청', 'Agency for Cultural Affairs', 'agency', 'JPN', '', '',
   '일본의 문화·저작권 담당 기관으로 2024년 3월 AI와 저작권에 관한 견해를 정리했다.',
   'Japan\'s cultural affairs and copyright agency; published its view on AI and copyright in March 2024.',
   JP + ' · [그림 3-5]', '1726'),
 O(3114, '지식재산전략추진사무국', 'Intellectual Property Strategy Promotion Secretariat', 'agency', 'JPN', '', 3101,
   '내각부의 지식재산 정책 사무국으로 AI 시대 지식재산 검토회 중간정리를 냈다.',
   'Cabinet Office IP secretariat; produced the interim report of the study group on IP in the AI era.',
   JP + ' · [그림 3-5]', '1726'),
 O(3115, '후생노동성', 'Ministry of Health, Labour and Welfare', 'ministry', 'JPN', 'MHLW', '',
   '일본의 보건·노동 부처로 신기술이 고용에 미치는 영향을 검토했다.',
   'Japan\'s health and labour ministry; studied the effect of new technologies on employment.',
   JP + ' · [그림 3-5]', '1726'),
 O(3116, '문부과학성', 'Ministry of Education, Culture, Sports, Science and Technology', 'ministry', 'JPN', 'MEXT', '',
   '일본의 교육·과학 부처로 초·중등 생성 AI 이용 잠정 가이드라인 개정을 검토했다.',
   'Japan\'s education and science ministry; reviewed its provisional guideline on generative AI in schools.',
   JP + ' · [그림 3-5]', '1726'),
 O(3117, '디지털사회추진회의 간사회', 'Digital Society Promotion Council, Executive Board', 'advisory_body', 'JPN', '', '',
   '정부 부처의 ChatGPT 등 생성 AI 업무 이용 원칙을 합의한 범정부 회의체.',
   'Inter-ministerial board that agreed the rules for government use of ChatGPT-type generative AI.',
   JP + ' · [그림 3-5]', '1726'),
 O(3118, '이화학연구소', 'RIKEN', 'research_institute', 'JPN', 'RIKEN', '',
   '일본의 국립 종합연구소로 과학연구용 AI 기반 모델 개발에 착수했다.',
   'Japan\'s national research institute; started building AI foundation models for science.',
   JP + ' · [그림 3-5]', '1726'),
 O(3119, '정보통신연구기구', 'National Institute of Information and Communications Technology', 'research_institute', 'JPN', 'NICT', '',
   '일본어 데이터 정비를 맡고 AI 안전연구소에 협력하는 국립 연구기관.',
   'National ICT research institute; prepares Japanese-language data and cooperates with the AI Safety Institute.',
   JP, '1778'),
 O(3120, '국립정보학연구소', 'National Institute of Informatics', 'research_institute', 'JPN', 'NII', '',
   'AI 안전연구소에 협력하는 일본의 정보학 국립 연구기관.',
   'Japan\'s national informatics institute, a partner of the AI Safety Institute.',
   JP, '1778'),
 O(3121, '산업기술종합연구소', 'National Institute of Advanced Industrial Science and Technology', 'research_institute', 'JPN', 'AIST', '',
   'AI 안전연구소에 협력하는 경제산업성 계열 국립 연구기관.',
   'National industrial research institute, a partner of the AI Safety Institute.',
   JP, '1778'),
 '싱가포르 (SGP)',
 O(3200, '정보통신부', 'Ministry of Communications and Information', 'ministry', 'SGP', 'MCI', '',
   '싱가포르의 정보통신 부처로 2024년 3월 5가지 AI 이니셔티브를 발표했다. 본문에는 정보통신미디어선부로도 나온다.',
   'Singapore\'s communications ministry; announced five AI initiatives in March 2024.',
   SG, '2585'),
 O(3201, '정보통신미디어개발청', 'Infocomm Media Development Authority', 'agency', 'SGP', 'IMDA', 3200,
   'MCI 산하기관으로 AI Verify를 개발하고 AI Verify Foundation을 세웠다.',
   'MCI agency that built AI Verify and set up the AI Verify Foundation.',
   SG, '2585'),
 O(3202, '개인정보보호당국', 'Personal Data Protection Commission', 'regulator', 'SGP', 'PDPC', '',
   '싱가포르의 개인정보 감독기관으로 모델 AI 거버넌스 프레임워크를 만들었다.',
   'Singapore\'s data-protection authority; author of the Model AI Governance Framework.',
   SG, '2597'),
 O(3203, 'AI Verify 재단', 'AI Verify Foundation', 'association', 'SGP', '', 3201,
   'AI 테스트 도구와 오픈소스 커뮤니티를 키우기 위해 IMDA가 세운 재단으로, 프리미엄 회원 7곳과 일반 회원 60곳 이상이 참여했다.',
   'Foundation set up by IMDA to grow AI testing tools and an open-source community; 7 premier and 60+ general members.',
   SG, '2585'),
]

# ------------------------------------------------------------------------------------------------
# policy (CHN 3000-3999, JPN 4000-4999, SGP 9000-9999)
# ------------------------------------------------------------------------------------------------
POL_COLS = ['id', 'jurisdiction_id', 'issuer_ko', 'issuer_en', 'title_ko', 'title_en', 'kind', 'status',
            'date', 'date_end', 'date_as_printed', 'summary_ko', 'summary_en', 'title_original',
            'issuer_org_id', 'src_locator', 'src_lines']
def P(id, jur, iko, ien, tko, ten, kind, status, date, dend, dap, sko, sen, orig, org, loc, lines):
    return dict(id=id, jurisdiction_id=jur, issuer_ko=iko, issuer_en=ien, title_ko=tko, title_en=ten,
                kind=kind, status=status, date=date, date_end=dend, date_as_printed=dap, summary_ko=sko,
                summary_en=sen, title_original=orig, issuer_org_id=org, src_locator=loc, src_lines=lines)

CHN = [
 '배경 (1. 그간의 인공지능 정책 추진 경과)',
 P(3001, 'CHN', '시진핑 국가주석', 'President Xi Jinping',
   '중국과학원·공정원 원사대회 연설 (차세대 IT 중요성 언급)',
   'Speech at the CAS/CAE academicians\' conference on next-generation IT',
   'event', '', '2014-06-09', '', '2014년 6월 9일',
   '시진핑 주석이 AI를 포함한 차세대 정보기술의 중요성을 강조한 연설로, 보고서는 이를 AI가 국가전략으로 격상된 출발점으로 본다.',
   'Xi Jinping stressed next-generation IT such as AI; the report sees this as the point where AI became a national strategic priority.',
   '', '', CN, '1415'),
 P(3002, 'CHN', '국무원', 'State Council',
   '차세대 AI 발전규획', 'New Generation Artificial Intelligence Development Plan',
   'strategy', '', '2017', '', '2017년',
   '2030년 AI 세계 1위를 목표로 한 중국 최초의 체계적 AI 정책 문건으로, 3단계 목표와 6대 핵심 과제를 담았다. \'1+N\' 정책구조의 \'1\'에 해당한다.',
   'China\'s first systematic AI policy paper, targeting world leadership in AI by 2030 through three stages and six key tasks; the "1" of the "1+N" policy structure.',
   '', 3000, CN, '1415'),
 P(3003, 'CHN', '공업정보화부', 'Ministry of Industry and Information Technology',
   '차세대 AI 산업발전 3개년 실행계획(2018~2020)',
   'Three-Year Action Plan for Promoting the Development of the New Generation AI Industry (2018–2020)',
   'plan', '', '2017-12', '', '2017년 12월',
   '발전규획 이행을 위한 부처 계획으로, 국제 경쟁우위 확보, AI와 실물경제의 결합, 산업 환경 개선을 중점 과제로 삼았다.',
   'Ministerial plan implementing the 2017 development plan: international competitiveness, integrating AI with the real economy and a better industrial environment.',
   '', 3001, CN, '1426-1428'),
 P(3004, 'CHN', '교육부', 'Ministry of Education',
   '고등교육기관 AI 혁신 행동계획', 'AI Innovation Action Plan for Institutions of Higher Education',
   'plan', '', '2018', '', '2018년',
   '대학마다 \'AI+X\' 복합전공을 키우게 하고, 2020년까지 복합전공 학과 100개와 AI 학교·연구소·교차연구센터 50곳을 열도록 했다.',
   'Asked universities to build "AI+X" joint majors, aiming at 100 such programmes and 50 AI schools, institutes or centres by 2020.',
   '', 3009, CN, '1428'),
 P(3005, 'CHN', '과학기술부 등 7개 부서', 'Ministry of Science and Technology and six other departments',
   'AI 활용 고도화를 통해 경제의 질적 발전을 촉진하기 위한 활용사례 혁신 가속화에 관한 지도의견',
   'Guiding Opinions on Accelerating Scenario Innovation to Promote High-Quality Economic Development through High-Level Application of AI',
   'guideline', '', '2022-07', '', '2022년 7월',
   'AI 응용 확산으로 경제의 고품질 발전을 이끌기 위한 지침으로, 4개 분야에 걸쳐 15개 중점 임무를 정했다.',
   'Guidance that steers AI applications towards high-quality growth, setting 15 key tasks across four areas.',
   '', 3008, CN, '1430'),
 P(3006, 'CHN', '중국 정부', 'Government of China',
   '제14차 5개년(2021~2025) 계획 및 2035년 장기목표',
   '14th Five-Year Plan (2021–2025) and Long-Range Objectives Through 2035',
   'plan', '', '2021-03', '', '2021년 3월',
   'AI를 2035년까지 완성할 7대 첨단기술의 하나로 명시하고, 디지털 경제의 중점 산업으로 위치시켰다.',
   'Lists AI among seven frontier technologies to master by 2035 and treats it as a core industry of the digital economy.',
   '', '', CN, '1432'),
 P(3007, 'CHN', '국가인터넷정보판공실', 'Cyberspace Administration of China',
   '인터넷정보서비스 알고리즘 추천 관리규정',
   'Provisions on the Administration of Algorithmic Recommendations for Internet Information Services',
   'regulation', 'in_force', '2022-03', '', '2022년 3월부터 시행',
   '이용 기록·개인정보로 콘텐츠를 배치·추천하는 플랫폼에 건전한 정보 확산과 유해정보 차단 의무를 부과한다. 보고서는 세계 최초의 알고리즘 규제로 소개한다.',
   'Obliges platforms that rank or recommend content from user data to promote positive content and stop harmful information; the report calls it the first algorithm regulation worldwide.',
   '', 3002, CN, '1434'),
 P(3008, 'CHN', '국가인터넷정보판공실', 'Cyberspace Administration of China',
   '인터넷 정보서비스 심층합성 관리규정',
   'Provisions on the Administration of Deep Synthesis of Internet Information Services',
   'regulation', 'in_force', '2023-01', '', '2023년 1월부터 시행',
   '딥페이크 등 심층합성 서비스 제공자에게 이용자 실명 확인, 콘텐츠 관리, 보안관리 책임을 지운다.',
   'Makes deep-synthesis providers verify user identities, manage content and carry security responsibilities.',
   '', 3002, CN, '1434'),
 P(3009, 'CHN', '국가인터넷정보판공실', 'Cyberspace Administration of China',
   '생성 AI 서비스 관리 임시 시행 방법',
   'Interim Measures for the Administration of Generative AI Services',
   'regulation', 'in_force', '2023-07', '', '2023년 4월 초안, 7월 확정, 8월 15일 시행',
   '2023년 4월 초안을 거쳐 7월 확정되고 8월 15일 시행된 규정으로, 생성 AI 제공자의 데이터 처리와 이용자 관련 책임을 정한다.',
   'Drafted in April, finalised in July and in force from 15 August 2023; sets data-handling and user-related duties for generative-AI providers.',
   '', 3002, CN, '1436-1438'),
 P(3010, 'CHN', '중국 정부 (시진핑 주석)', 'Government of China (President Xi Jinping)',
   '글로벌 AI 거버넌스 이니셔티브', 'Global AI Governance Initiative',
   'initiative', 'announced', '2023-10', '', '2023년 10월',
   '타국 주권 존중, 주권 위협에 AI를 쓰지 않을 것, 기술 독점과 공급망 차단에 대한 반대를 내세운 중국의 국제 AI 거버넌스 제안이다.',
   'China\'s proposal for global AI governance, stressing respect for national sovereignty and opposing technology monopolies and supply-chain blockades.',
   '', '', CN, '1440'),
 P(3011, 'CHN', '중국 정부', 'Government of China',
   '인터넷 플러스 전략', 'Internet Plus strategy',
   'strategy', '', '', '', '2010년대 중반',
   '인터넷을 제조·농업 등 전통산업과 결합해 산업구조 전환을 꾀한 전략으로, 보고서는 AI 플러스의 선례로 든다.',
   'Strategy of combining the internet with traditional industries such as manufacturing and farming; cited by the report as the precedent for AI Plus.',
   '', '', CN, '1450'),
 '2024년 중앙정부',
 P(3020, 'CHN', '국무원 (리창 총리)', 'State Council (Premier Li Qiang)',
   'AI 플러스 행동', 'AI Plus (AI+) Action',
   'initiative', 'announced', '2024-03', '', '2024년 3월',
   '리창 총리가 전인대 정부 업무보고에서 처음 내놓은 구상으로, AI 연구·응용을 심화해 AI와 실물경제·전통산업의 융합을 꾀한다. 구체 내용은 지방정부 계획에서 구체화되었다.',
   'Concept first set out by Premier Li Qiang in the 2024 government work report to the NPC: deepen AI research and use and merge AI with the real economy; local plans later made it concrete.',
   '', 3000, CN, '1448'),
 P(3021, 'CHN', '공업정보화부', 'Ministry of Industry and Information Technology',
   'AI 산업 육성 기본 정책', 'Basic policy for fostering the AI industry',
   'announcement', 'announced', '2024-09', '', '2024년 9월',
   '대형·산업 특화 모델 개발 지원, 고품질 데이터 공급, \'생성 AI+제조\' 시범사업, 국제협력과 오픈소스 생태계 육성을 축으로 AI 산업을 키우겠다는 방침이다.',
   'MIIT\'s stated approach: support large and vertical models, supply quality data, run "generative AI + manufacturing" pilots and widen international and open-source cooperation.',
   '', 3001, CN, '1460-1462'),
 P(3022, 'CHN', '공업정보화부·중앙인터넷정보판공실·국가발전개혁위원회·국가표준화위원회',
   'MIIT, Cyberspace Administration of China, NDRC and Standardization Administration of China',
   '국가 AI 산업 종합 표준화 체계 구축 지침',
   'Guidelines for the Construction of a Comprehensive Standardization System for the National AI Industry (2024 edition)',
   'guideline', '', '2024-07', '', '2024년 7월',
   '7개 영역의 AI 표준 체계를 제시하고, 2026년까지 국가·산업 표준 50개 이상 제정, 1,000개 이상 기업의 표준 적용, 국제표준 20개 이상 참여를 목표로 했다.',
   'Lays out a seven-part AI standards system and aims, by 2026, at 50+ national and industry standards, 1,000+ adopting companies and a role in 20+ international standards.',
   '国家人工智能产业综合标准化体系建设指南(2024版)', 3001, CN, '1466'),
 P(3023, 'CHN', '공업정보화부', 'Ministry of Industry and Information Technology',
   'AI표준화기술위원회 설립 계획', 'Plan to establish the AI Standardization Technical Committee',
   'institution', 'planned', '2024-07', '', '2024년 7월',
   '기업·연구기관·대학·협회 전문가로 AI 표준 전담 위원회를 꾸리고 CAICT에 산하기관을 두는 계획으로, 5개 업무 범위와 3대 중점 방향을 정했다.',
   'Plan for a dedicated AI standards committee of experts from firms, institutes, universities and associations, hosted by CAICT, with five work scopes and three priorities.',
   '', 3001, CN, '1493'),
 P(3024, 'CHN', '국가인터넷정보판공실', 'Cyberspace Administration of China',
   'AI로 생성된 합성 콘텐츠 표시 방법(초안)',
   'Measures for Labeling AI-Generated Synthetic Content (draft for comment)',
   'regulation', 'draft', '2024-09-14', '', '2024년 9월 14일',
   'AI 생성 텍스트·이미지·음성·영상에 보이는 표식과 메타데이터 속 숨은 표식을 함께 붙이도록 하고, 표식 삭제·위조를 금지하는 의견수렴용 초안이다.',
   'Draft for comment requiring both visible labels and hidden metadata marks on AI-generated text, images, audio and video, and banning the removal or forging of labels.',
   '人工智能生成合成内容标识办法(征求意见稿)', 3002, CN, '1513-1515'),
 P(3025, 'CHN', '중국사이버보안표준화기술위원회', 'National Cybersecurity Standardization Technical Committee (TC260)',
   'AI 보안 거버넌스 프레임워크 1.0', 'AI Safety Governance Framework, version 1.0',
   'framework', '', '2024-09-09', '', '2024.09.09.',
   '글로벌 AI 거버넌스 이니셔티브 이행을 위해 AI 수명주기의 내재적·응용 보안 위험을 분류하고, 기술적·종합적 대응조치와 주체별 책임을 제시했다.',
   'Implements the Global AI Governance Initiative by classifying inherent and application-level AI risks over the life cycle and setting technical and governance measures and actor duties.',
   '《人工智能安全治理框架》1.0版', 3005, CN, '1528-1530'),
 P(3026, 'CHN', '중국사이버보안표준화기술위원회', 'National Cybersecurity Standardization Technical Committee (TC260)',
   '정보보안기술: 생성 AI 서비스 보안을 위한 기본 요구사항 (표준 초안)',
   'Cybersecurity technology — Basic security requirements for generative AI services (draft standard)',
   'standard', 'draft', '2024-05-23', '2024-07-22', '2024년 5월 23일 (의견수렴 2024년 7월 22일까지)',
   '학습 데이터 보안, 모델 보안, 중요 서비스·미성년자 보호에 관한 생성 AI 서비스의 기본 보안 요구와 안전 평가 기준을 담은 표준 초안이다.',
   'Draft standard on training-data security, model security and safeguards for critical services and minors, giving a baseline for security assessments of generative-AI services.',
   '网络安全技术 生成式人工智能服务安全基本要求', 3005, CN, '1556-1558'),
 '2024년 지방정부 (〈표 3-26〉)',
 P(3030, 'CN-SN', '산시성 발전개혁위원회', 'Shaanxi Provincial Development and Reform Commission',
   '1,000억 위안 규모의 AI 산업 혁신 클러스터 육성 행동계획',
   'Action Plan for Fostering a 100-Billion-Yuan AI Industry Innovation Cluster',
   'plan', '', '2024-04', '', '2024년 4월',
   '2035년까지 AI 산업 1,000억 위안 규모의 혁신 클러스터를 3단계로 키우고, 연구·플랫폼·제품·시범사업·생태계의 5대 공정을 추진한다.',
   'Grows a 100-billion-yuan AI cluster in three stages to 2035 through five programmes: research, platforms, products, pilots and ecosystem.',
   '', 3020, CN, '1583'),
 P(3031, 'CN-GD', '광둥성 정부', 'People\'s Government of Guangdong Province',
   '광둥성 AI와 천 개 산업 융합 발전을 위한 조치',
   'Guangdong Measures on AI Empowering a Thousand Industries',
   'plan', '', '2024-05', '', '2024년 5월',
   '중앙의 AI 플러스에 호응한 조치로, 2025·2027년 연산능력과 AI 핵심산업 규모 목표를 정하고 산업기반 강화, 스마트 단말 개발, 융합 응용 확대를 3대 임무로 삼았다.',
   'Guangdong\'s answer to AI Plus: computing-power and core-industry targets for 2025 and 2027, with three tasks—industrial base, smart devices and wider AI applications.',
   '关于人工智能赋能千行百业若干措施的通知', 3021, CN, '1611'),
 P(3032, 'CN-SC-CTU', '청두시', 'Chengdu Municipality',
   'AI 산업 고품질 발전 3개년 계획',
   'Chengdu Three-Year Action Plan for High-Quality Development of the AI Industry (2024–2026)',
   'plan', '', '2024-06-20', '', '2024.06.20.',
   '2026년까지 산업별 대형모델 50개 이상, 혁신 플랫폼 40개, 시범 제품 500개 이상 등을 목표로, 6대 분야 19개 중점 과제를 제시했다.',
   'Targets for 2026 include 50+ sector models, 40 innovation platforms and 500+ pilot products, pursued through 19 tasks in six areas.',
   '成都市人工智能产业高质量发展三年行动计划（2024—2026年）', 3022, CN, '1627'),
 P(3033, 'CN-BJ', '베이징시 발전개혁위원회', 'Beijing Municipal Commission of Development and Reform',
   '베이징시 AI 플러스 행동계획(2024~2025)', 'Beijing AI+ Action Plan (2024–2025)',
   'plan', '', '2024-07', '', '2024년 7월',
   '국가 AI 플러스 구상을 구체화한 계획으로, 2025년 말까지 5대 벤치마크 응용과 10대 시범 응용 프로젝트, 자주 통제 가능한 기초 대형 제품 3~5개를 목표로 한다.',
   'Puts the national AI+ idea into practice: by end-2025, five benchmark and ten pilot application projects plus 3–5 self-controlled foundation products.',
   '', 3023, CN, '1646'),
 P(3034, 'CN-HN', '후난성 공업정보화청', 'Hunan Provincial Department of Industry and Information Technology',
   '후난성 AI 산업 발전 3개년 행동계획(2024-2026년)',
   'Hunan Province Three-Year Action Plan for AI Industry Development (2024–2026)',
   'plan', '', '2024-09-04', '', '2024.09.04.',
   '2026년까지 AI 산업 1천억 위안 이상, 연산능력 3,600PFlops, 성급 AI 산업단지 5곳, 특화 초거대 모델 50개 등을 목표로 4대 중점 임무를 정했다.',
   'By 2026: an AI industry above 100 billion yuan, 3,600 PFlops of computing, five provincial AI parks and 50 specialised large models, via four key tasks.',
   '《湖南省人工智能产业发展三年行动计划(2024-2026年)》', 3024, CN, '1670'),
]

JPN = [
 '배경 (1. 그간의 인공지능 정책 추진 경과, 〈표 3-32〉)',
 P(4001, 'JPN', '내각부', 'Cabinet Office',
   '일본재흥전략 2016', 'Japan Revitalization Strategy 2016',
   'strategy', '', '2016-04', '', '2016.4',
   '4차 산업혁명을 이끌 핵심 도구로 IoT·빅데이터·로봇과 함께 AI를 꼽은 성장전략이다.',
   'Growth strategy that named AI, together with IoT, big data and robots, as a key tool of the fourth industrial revolution.',
   '', 3101, JP + ' · 〈표 3-32〉', '1740'),
 P(4002, 'JPN', 'AI기술전략회의', 'Strategic Council for AI Technology',
   'AI 산업화 로드맵', 'AI Industrialization Roadmap',
   'plan', '', '2017-03', '', '2017.3',
   '2030년까지 3단계 발전 경로를 그리고 생산성, 건강·의료·간호, 공간 이동, 정보 보안을 AI 응용 우선 분야로 골랐다.',
   'Three-stage roadmap to 2030 that picked productivity, health and care, mobility and information security as priority AI fields.',
   '', 3110, JP + ' · 〈표 3-32〉', '1741'),
 P(4003, 'JPN', '경제산업성', 'Ministry of Economy, Trade and Industry',
   '신산업구조비전', 'New Industrial Structure Vision',
   'strategy', '', '2017-05', '', '2017.5',
   'AI가 바꿀 미래상과 4차 산업혁명 대응 7대 전략을 담고, 건강·모빌리티·스마트 생산·스마트 생활 등을 전략 분야로 정했다.',
   'Sets out the future shaped by AI and seven strategies for the fourth industrial revolution, with health, mobility, smart production and smart living as focus areas.',
   '', 3105, JP + ' · 〈표 3-32〉', '1742'),
 P(4004, 'JPN', '일본 정부 (아베 내각)', 'Government of Japan (Abe cabinet)',
   '통합혁신전략추진회의 설치', 'Establishment of the Integrated Innovation Strategy Promotion Council',
   'institution', 'launched', '2018-09', '', '2018년 9월',
   'AI를 성장전략의 중심에 둔 정부가 만든 각료급 회의체로, AI 종합전략 마련을 위해 \'AI 전략 패키지\' 검토를 시작했다.',
   'Cabinet-level council created with AI at the heart of growth policy; it began work on an "AI strategy package".',
   '', 3100, JP, '1697'),
 P(4005, 'JPN', '', '',
   '인간 중심의 AI 사회 원칙', 'Social Principles of Human-Centric AI',
   'declaration', '', '2019-03', '', '2019.3',
   '인간 존엄, 다양성·포용, 지속가능성을 축으로 한 일본 정부의 AI 기본 이념으로, AI 사업자 가이드라인의 기본이념도 이를 따른다.',
   'Japan\'s basic AI philosophy built on dignity, diversity and inclusion, and sustainability; the 2024 business guidelines adopt it.',
   '', '', JP, '1817'),
 P(4006, 'JPN', '통합혁신전략추진회의', 'Integrated Innovation Strategy Promotion Council',
   'AI 전략 2019', 'AI Strategy 2019',
   'strategy', '', '2019-06', '', '2019년 6월',
   '포용적이고 지속가능한 사회로의 전환을 목표로 4대 전략목표와 7개 분야 전략을 제시한 일본 최초의 국가 AI 종합전략이다.',
   'Japan\'s first comprehensive national AI strategy, aiming at an inclusive and sustainable society with four goals and strategies for seven fields.',
   '', 3103, JP, '1697'),
 P(4007, 'JPN', '수상관저 AI 전략실행회의', 'AI Strategy Implementation Council (Prime Minister\'s Office)',
   'AI 전략 2019 후속조치', 'Follow-up to AI Strategy 2019',
   'report', '', '2020-06', '', '2020.6',
   'AI 전략 2019 수립 뒤 부처별 이행 상황과 향후 대응 방향을 정리한 후속 문서다.',
   'Follow-up review of ministries\' progress on AI Strategy 2019 and of the next steps.',
   '', 3111, JP + ' · 〈표 3-32〉', '1744'),
 P(4008, 'JPN', '통합혁신전략추진회의', 'Integrated Innovation Strategy Promotion Council',
   'AI 전략 2021', 'AI Strategy 2021',
   'strategy', 'revised', '2021-06', '', '2021년 6월',
   'AI 전략 2019의 진척과 후속조치를 점검해 개정한 전략으로, 분야별 대응을 이어가도록 했다.',
   'Revision of AI Strategy 2019 based on a progress check, keeping the sector measures going.',
   '', 3103, JP, '1697'),
 P(4009, 'JPN', '통합혁신전략추진회의', 'Integrated Innovation Strategy Promotion Council',
   'AI 전략 2022', 'AI Strategy 2022',
   'strategy', 'revised', '2022-04', '', '2022.4',
   'AI의 사회 구현에 초점을 두고 팬데믹·대규모 재해 같은 임박한 위기 대응을 반영해 기존 전략을 전면 개정했다.',
   'Full revision focused on putting AI to work in society and on preparing for imminent crises such as pandemics and disasters.',
   '', 3103, JP + ' · 〈표 3-32〉', '1746'),
 P(4010, 'JPN', '일본 정부', 'Government of Japan',
   '제6기 과학기술·혁신기본계획(2021~25)', '6th Science, Technology and Innovation Basic Plan (2021–2025)',
   'plan', '', '2021', '2025', '2021~25',
   '일본의 5개년 과학기술 기본계획으로, 해마다 통합혁신전략이 그 연차 실행 전략 역할을 한다.',
   'Japan\'s five-year science and innovation plan; each year\'s Integrated Innovation Strategy implements it.',
   '', '', JP, '1701'),
 P(4011, 'JPN', '총무성', 'Ministry of Internal Affairs and Communications',
   'AI 개발 가이드라인', 'AI Development Guidelines',
   'guideline', '', '2017', '', '2017년',
   '2024년 AI 사업자 가이드라인으로 통합된 기존 지침 가운데 하나다.',
   'One of the earlier guidelines merged into the 2024 AI Guidelines for Business.',
   '', 3104, JP, '1813'),
 P(4012, 'JPN', '총무성', 'Ministry of Internal Affairs and Communications',
   'AI 활용 가이드라인', 'AI Utilization Guidelines',
   'guideline', '', '2019', '', '2019년',
   'AI 이용 측면을 다룬 기존 지침으로, 2024년 AI 사업자 가이드라인에 흡수되었다.',
   'Earlier guideline on AI use, absorbed into the 2024 AI Guidelines for Business.',
   '', 3104, JP, '1813'),
 P(4013, 'JPN', '경제산업성', 'Ministry of Economy, Trade and Industry',
   'AI 원칙 실천을 위한 거버넌스 가이드라인 Ver1.1', 'Governance Guidelines for Implementation of AI Principles Ver. 1.1',
   'guideline', '', '2022', '', '2022년',
   '기업의 AI 원칙 실행을 돕는 거버넌스 지침으로, 2024년 AI 사업자 가이드라인 통합 대상이었다.',
   'Governance guidance for putting AI principles into practice in companies; merged into the 2024 business guidelines.',
   '', 3105, JP, '1813'),
 P(4014, 'JPN', '일본 정부', 'Government of Japan',
   'AI 전략회의 신설', 'Establishment of the AI Strategy Council',
   'institution', 'launched', '2023-05', '', '2023년 5월',
   '생성 AI 확산에 맞춰 국가 AI 전략과 정책 방향을 총괄하는 새 자문기구를 만들었다.',
   'New advisory body to steer national AI strategy as generative AI spread.',
   '', 3100, JP, '1701'),
 P(4015, 'JPN', 'AI 전략회의', 'AI Strategy Council',
   'AI에 관한 잠정적 논점 정리', 'Tentative Summary of AI Issues',
   'report', '', '2023-05-26', '', '2023.5.26',
   '생성 AI를 중심으로 쟁점을 정리하고 리스크 대응, 이용 촉진, 개발력 강화를 중점 방향으로 제시했으며, 이후 통합혁신전략에 반영되었다.',
   'Summary of generative-AI issues setting three directions—risk response, wider use and stronger development capacity—later built into the integrated innovation strategies.',
   'AI に関する暫定的な論点整理', 3102, JP, '1701'),
 P(4016, 'JPN', '내각부', 'Cabinet Office',
   '통합혁신전략 2023', 'Integrated Innovation Strategy 2023',
   'strategy', '', '2023-06-09', '', '2023.6.9',
   '제6기 기본계획의 2023년 연차 전략으로, AI 전략회의의 논점 정리를 AI 추진 방안에 담았다.',
   'The 2023 annual strategy under the 6th basic plan, reflecting the AI Strategy Council\'s issues summary.',
   '統合イノベーション戦略 2023', 3101, JP, '1701'),
 '2024년 (2. 2024년 인공지능 정책 동향)',
 P(4020, 'JPN', '일본 정부 (내각부 등)', 'Government of Japan (Cabinet Office and others)',
   'AI 안전연구소(AISI) 설립', 'Establishment of the Japan AI Safety Institute (AISI)',
   'institution', 'launched', '2024-02-14', '', '2024.2.14',
   '미국·영국처럼 AI 안전성 평가 기준과 방법을 검토하는 기관을 경제산업성 산하 IPA 안에 두고, 관계 부처·기관 및 해외 AISI와 협력하게 했다.',
   'Institute for AI safety evaluation methods, hosted by METI\'s IPA and working with ministries, research bodies and foreign AI safety institutes.',
   'AIセーフティ・インスティテュート', 3100, JP, '1755-1759'),
 P(4021, 'JPN', '총무성·경제산업성', 'Ministry of Internal Affairs and Communications; Ministry of Economy, Trade and Industry',
   'AI 사업자 가이드라인(제1.0판)', 'AI Guidelines for Business Ver1.0',
   'guideline', '', '2024-04-19', '', '2024.4.19',
   '기존 AI 지침 세 가지를 통합·갱신해 AI 개발자·제공자·이용자별 기본이념, 10대 원칙, 실천 방법을 정한 통일 지침이다.',
   'Single guideline merging three earlier ones, giving developers, providers and business users common ideals, ten principles and practical steps.',
   'AI事業者ガイドライン(第1.0版)', 3105, JP, '1789-1798'),
 P(4022, 'JPN', '내각부', 'Cabinet Office',
   '통합혁신전략 2024', 'Integrated Innovation Strategy 2024',
   'strategy', '', '2024-06-04', '', '2024.6.4',
   '각료회의에서 정한 2024년 연차 전략으로, AI 경쟁력 강화와 안전·안심 확보를 중심에 두고 AI 제도연구회 신설을 예고했다.',
   'The 2024 annual strategy adopted by the cabinet, centred on AI competitiveness and safety and announcing an AI institutional study group.',
   '統合イノベーション戦略 2024', 3101, JP, '1867-1871'),
 P(4023, 'JPN', '방위성', 'Ministry of Defense',
   '방위성 AI 활용 추진 기본방침', 'Basic Policy on the Promotion of AI Utilization in the Ministry of Defense',
   'strategy', '', '2024-07', '', '2024.7',
   '방위성 최초의 AI 활용 기본방침으로, 전투 양상 변화와 인력 감소에 대응해 7개 중점 분야와 데이터·인재·연구개발 등 대응 방안을 정했다.',
   'The ministry\'s first AI policy, answering changes in warfare and a shrinking workforce with seven priority areas and measures on data, people and R&D.',
   '防衛省AI活用推進基本方針', 3106, JP, '1901-1905'),
 P(4024, 'JPN', 'AI 전략회의', 'AI Strategy Council',
   'AI 제도연구회 설치', 'Establishment of the AI Institutional Study Group',
   'institution', 'launched', '2024-08', '', '2024년 8월',
   'AI 법규제의 기본 방향을 논의하는 전문가 회의로, 2024년 8월 2일 총리관저에서 첫 회의를 열고 총리가 제시한 4대 원칙에 따라 검토한다.',
   'Expert group on the basics of AI regulation; it first met at the Prime Minister\'s Office on 2 August 2024 and works under four principles set by the prime minister.',
   'AI制度研究会', 3102, JP, '1946-1950'),
 P(4025, 'JPN', 'AI 안전연구소', 'Japan AI Safety Institute',
   'AI 안전에 관한 평가 관점 가이드', 'Guide to Evaluation Perspectives on AI Safety',
   'guideline', '', '2024-09-18', '', '2024.9.18',
   'LLM 시스템의 개발·제공 사업자를 위해 10개 평가 관점과 평가 범위·시기·방법을 제시하고, 수명주기 전반의 반복 평가를 권했다.',
   'Guide for developers and providers of LLM systems with ten evaluation perspectives and advice on scope, timing and methods, urging repeated checks over the life cycle.',
   'AIセーフティに関する評価観点ガイド', 3108, JP, '1769-1771'),
 '[그림 3-5] AI 전략회의의 주요 활동 (관계 부처 대응)',
 P(4030, 'JPN', '개인정보보호위원회', 'Personal Information Protection Commission',
   'OpenAI에 대한 주의 환기', 'Caution issued to OpenAI',
   'enforcement', '', '2023-06-01', '', '2023.6.1',
   '개인정보 보호 측면에서 OpenAI에 주의를 촉구한 조치다.',
   'Data-protection caution addressed to OpenAI.',
   '', 3112, JP + ' · [그림 3-5]', '1726'),
 P(4031, 'JPN', '개인정보보호위원회', 'Personal Information Protection Commission',
   '생성 AI 서비스 이용에 관한 주의 환기', 'Caution on the use of generative AI services',
   'announcement', '', '2023-06-02', '', '2023.6.2',
   '생성 AI 서비스를 쓰는 사업자와 이용자에게 개인정보 관련 유의점을 알린 조치다.',
   'Notice to businesses and users on personal-data risks when using generative AI services.',
   '', 3112, JP + ' · [그림 3-5]', '1726'),
 P(4032, 'JPN', '디지털사회추진회의 간사회', 'Digital Society Promotion Council, Executive Board',
   'ChatGPT 등의 생성 AI의 업무 이용에 관한 합의 (제1판)', 'Agreement on the use of generative AI such as ChatGPT in government work (1st edition)',
   'guideline', '', '2023-05-08', '', '2023.5.8',
   '정부 업무에서 기밀성 1등급 정보에 한해 생성 AI를 시험적으로 쓰도록 한 첫 합의다.',
   'First inter-ministerial agreement letting officials trial generative AI on level-1 (least sensitive) information.',
   '', 3117, JP + ' · [그림 3-5]', '1726'),
 P(4033, 'JPN', '디지털사회추진회의 간사회', 'Digital Society Promotion Council, Executive Board',
   'ChatGPT 등의 생성 AI의 업무 이용에 관한 합의 (제2판)', 'Agreement on the use of generative AI such as ChatGPT in government work (2nd edition)',
   'guideline', 'revised', '2023-09-15', '', '2023.9.15',
   '시험 이용 범위를 기밀성 2등급 정보까지 넓힌 개정판으로, 통합혁신전략 2024는 이를 더 발전시키기로 했다.',
   'Revised edition extending trial use to level-2 information; the 2024 integrated strategy plans to build on it.',
   '', 3117, JP + ' · [그림 3-5]', '1726'),
 P(4034, 'JPN', '내각부', 'Cabinet Office',
   '가이드라인 등 이행력 확보·AI 이용 촉진에 관한 조사', 'Survey on making guidelines effective and promoting AI use',
   'other', '', '2023-11', '', '2023.11~',
   '업종별 AI 리스크와 대응을 정리하기 위해 2023년 11월부터 진행한 조사다.',
   'Survey begun in November 2023 to map sector-specific AI risks and responses.',
   '', 3101, JP + ' · [그림 3-5]', '1726'),
 P(4035, 'JPN', '내각부', 'Cabinet Office',
   '정부 데이터의 AI 학습에 대한 제공 실행계획 ver.1.0', 'Action plan ver.1.0 for providing government data for AI training',
   'plan', '', '2023-11-07', '', '2023.11.7',
   '정부 보유 데이터를 AI 학습용으로 내놓기 위해 수요 조사와 데이터 형식 변환 방법 등을 다룬 계획이다.',
   'Plan to open government data for AI training, covering demand surveys and data-format conversion.',
   '', 3101, JP + ' · [그림 3-5]', '1726'),
 P(4036, 'JPN', '후생노동성', 'Ministry of Health, Labour and Welfare',
   '고용정책연구회 중간정리 「신기술이 고용에 미치는 영향에 대하여」', 'Employment Policy Study Group interim report "On the impact of new technologies on employment"',
   'report', '', '2023-12-21', '', '2023.12.21',
   '생산성 향상과 함께 업무 변화, 노사 소통, 경력 형성 지원이 중요하다고 본 중간 보고다.',
   'Interim report stressing, beside productivity gains, changing jobs, labour-management dialogue and career support.',
   '', 3115, JP + ' · [그림 3-5]', '1726'),
 P(4037, 'JPN', '', '',
   '부정경쟁방지법 「비밀정보 보호 핸드북」', 'Handbook for the Protection of Confidential Information (Unfair Competition Prevention Act)',
   'guideline', 'revised', '2024-02', '', '2024.2',
   '영업비밀 보호 안내서로, 2024년 판에 생성 AI 관련 내용이 들어갔다.',
   'Trade-secret protection handbook whose 2024 edition covers generative AI.',
   '', '', JP + ' · [그림 3-5]', '1726'),
 P(4038, 'JPN', '문화청', 'Agency for Cultural Affairs',
   '「AI와 저작권에 관한 개념에 대하여」 (문화심의회 저작권분과회 법제도소위원회)', 'General Understanding on AI and Copyright (Legal Subcommittee, Copyright Subdivision, Council for Cultural Affairs)',
   'report', '', '2024-03-15', '', '2024.3.15',
   'AI와 저작권의 관계에 대한 해석을 정리해 권리자·개발자 등 관계자의 이해를 돕는 문서다.',
   'Paper setting out how copyright applies to AI, to build shared understanding among rights holders and developers.',
   '', 3113, JP + ' · [그림 3-5]', '1726'),
 P(4039, 'JPN', '지식재산전략추진사무국', 'Intellectual Property Strategy Promotion Secretariat',
   'AI 시대의 지식재산 검토회 중간정리', 'Interim report of the Study Group on Intellectual Property in the AI Era',
   'report', '', '2024-05-28', '', '2024.5.28',
   '법·기술·계약을 조합해 AI 시대의 지식재산 문제에 대응하자는 중간 정리다.',
   'Interim report proposing a mix of law, technology and contracts for IP questions raised by AI.',
   '', 3114, JP + ' · [그림 3-5]', '1726'),
 P(4040, 'JPN', '총무성', 'Ministry of Internal Affairs and Communications',
   '디지털 공간에서의 정보 유통 건전성 확보의 기본 방향에 관한 검토회 정리(안)', 'Draft report of the study group on ensuring healthy information flows in digital space',
   'report', 'draft', '2024-07-20', '', '2024.7.20~',
   '허위·오정보 대응을 위한 검토회 정리안으로, 공표 후 의견을 받았다.',
   'Draft report on countering false and misleading information, published for public comment.',
   '', 3104, JP + ' · [그림 3-5]', '1726'),
 P(4041, 'JPN', '문부과학성', 'Ministry of Education, Culture, Sports, Science and Technology',
   '초·중등 교육단계에서의 생성 AI 이용에 관한 잠정적 가이드라인 개정 검토', 'Review of the provisional guidelines on generative AI use in primary and secondary education',
   'guideline', '', '2024-07-25', '', '2024.7.25',
   '학교 현장의 생성 AI 이용에 관한 잠정 지침을 고치기 위한 검토다.',
   'Review to update the provisional guidance on generative AI in schools.',
   '', 3116, JP + ' · [그림 3-5]', '1726'),
 P(4042, 'JPN', '이화학연구소', 'RIKEN',
   'AI for Science 미일 제휴', 'Japan–US partnership on AI for Science',
   'agreement', 'signed', '2024-04', '', '2024년 4월',
   '과학연구용 AI 기반 모델 개발과 함께 미국 측과 AI for Science 협력을 맺었다.',
   'Partnership with US counterparts on AI for Science, alongside RIKEN\'s work on foundation models for research.',
   '', 3118, JP + ' · [그림 3-5]', '1726'),
]

SGP = [
 '배경 (1. 그간의 인공지능 정책 추진 경과, 〈표 3-54〉)',
 P(9001, 'SGP', '싱가포르 정부', 'Government of Singapore',
   'Smart Nation(스마트 국가) 이니셔티브', 'Smart Nation initiative',
   'initiative', 'launched', '2014-11', '', '2014년 11월',
   'ICT와 혁신으로 나라 전체를 스마트화하려는 장기 전략으로, 이후 세부 계획이 주기적으로 덧붙여졌다.',
   'Long-term plan to turn Singapore into a technology-driven smart nation, later extended by more detailed plans.',
   '', '', SG, '2560'),
 P(9002, 'SGP', '싱가포르 정부', 'Government of Singapore',
   '국가 AI 전략', 'National AI Strategy (NAIS)',
   'strategy', '', '2019', '', '2019년',
   '경제 혁신을 위해 AI 활용을 넓히려는 첫 국가 전략으로, 글로벌 기업 유치·인재 육성·도입 확산·신뢰 구축을 내세웠다. 초기 투자로 연구개발팀 약 150개가 생겼다.',
   'First national AI plan to deepen AI use in the economy—attracting firms, training talent, spreading adoption and building trust; early funding created about 150 R&D teams.',
   'National AI Strategy', '', SG, '2562'),
 P(9003, 'SGP', '싱가포르 정부 (로렌스 웡 부총리)', 'Government of Singapore (Deputy Prime Minister Lawrence Wong)',
   '국가 AI 전략 2.0(NAIS 2.0)', 'National AI Strategy 2.0 (NAIS 2.0)',
   'strategy', 'revised', '2023-12', '', '2023년 12월',
   '공공선을 위한 AI를 내걸고 3대 시스템과 10개 인에이블러, 15개 행동으로 AI 리더십을 노리는 개정 전략이다.',
   'Revised strategy built on "AI for the public good", organised around three systems, ten enablers and fifteen actions.',
   'Singapore National AI Strategy 2.0 (NAIS 2.0)', '', SG, '2564'),
 P(9004, 'SGP', '정보통신미디어개발청', 'Infocomm Media Development Authority',
   'AI Verify Foundation 설립', 'Launch of the AI Verify Foundation',
   'institution', 'launched', '2023-06-07', '', '2023.06.07',
   '책임 있는 AI를 위한 테스트 도구와 오픈소스 커뮤니티를 키우려 세운 재단으로, 프리미엄 회원 7곳과 일반 회원 60곳 이상으로 출발했다.',
   'Foundation to grow testing tools and an open-source community for responsible AI, starting with 7 premier and 60+ general members.',
   '', 3201, SG, '2585'),
 P(9005, 'SGP', '정보통신미디어개발청', 'Infocomm Media Development Authority',
   'AI Verify (AI 거버넌스 테스트 프레임워크·소프트웨어 툴킷)', 'AI Verify (AI governance testing framework and software toolkit)',
   'framework', '', '2023', '', '2023년',
   'IMDA가 기업들과 만든 AI 거버넌스 시험 도구로, 국제 시범용 최소 기능 제품으로 나온 뒤 오픈소스로 공개되어 원칙별 테스트 보고서를 만든다.',
   'IMDA\'s testing framework and toolkit, released as a minimum viable product for an international pilot and then open-sourced; it produces test reports against governance principles.',
   '', 3201, SG, '2587-2595'),
 P(9006, 'SGP', '개인정보보호당국', 'Personal Data Protection Commission',
   '모델 AI 거버넌스 프레임워크', 'Model AI Governance Framework',
   'framework', '', '2019-01', '', '2019년 1월',
   'AI 도입 시 생기는 윤리·거버넌스 문제에 대해 민간에 실무 지침을 주는 자율 지침서다.',
   'Voluntary guide giving companies practical advice on the ethical and governance issues of deploying AI.',
   'Model AI Governance Framework', 3202, SG, '2597'),
 P(9007, 'SGP', '싱가포르 정부 (개인정보보호당국)', 'Government of Singapore (Personal Data Protection Commission)',
   '모델 AI 거버넌스 프레임워크 제2판', 'Model AI Governance Framework, Second Edition',
   'framework', 'revised', '2020-01', '', '2020년 1월',
   '자율 채택 취지는 그대로 두고 설명 가능·투명·공정과 인간 중심이라는 두 지도 원칙과 위험에 비례한 인간 관여 수준을 더했다.',
   'Keeps the voluntary approach but adds two guiding principles (explainable, transparent and fair; human-centric) and risk-based levels of human involvement.',
   'Model AI Governance Framework', 3202, SG, '2599-2601'),
 '2024년 (2. 2024년 싱가포르 인공지능 정책)',
 P(9010, 'SGP', '정보통신부', 'Ministry of Communications and Information',
   '5가지 AI 이니셔티브', 'Five AI initiatives to uplift Singapore\'s economic potential',
   'initiative', 'announced', '2024-03-01', '', '2024.03.01',
   '예산위원회에서 발표한 경제 활성화용 AI 조치 묶음으로, AI 연구인재 육성, 장학금·인턴십 확대, 최대 5억 달러 컴퓨팅 투자, Generative AI x Digital Leaders, 개인정보 자문 지침을 담았다. NAIS 2.0과 궤를 같이한다.',
   'Package announced at the Committee of Supply: AI research talent, more scholarships and internships, up to $500 million for compute, Generative AI x Digital Leaders and advisory guidelines on personal data; aligned with NAIS 2.0.',
   'Artificial Intelligence (AI) initiatives launched to uplift Singapore\'s economic potential', 3200, SG, '2619-2632'),
]

# ------------------------------------------------------------------------------------------------
# policy_item
# ------------------------------------------------------------------------------------------------
ITEM_COLS = ['policy_id', 'seq', 'label_ko', 'label_en', 'text_ko', 'text_en', 'src_locator', 'src_lines']
def items(pid, loc, rows):
    out = []
    for i, r in enumerate(rows, 1):
        lko, len_, tko, ten, lines = r
        out.append(dict(policy_id=pid, seq=i, label_ko=lko, label_en=len_, text_ko=tko, text_en=ten,
                        src_locator=loc, src_lines=lines))
    return out

T22 = CN + ' · 〈표 3-22〉'
ITEMS_CHN = []
ITEMS_CHN += items(3002, T22, [
  ('1단계 (~2020년)', 'Stage 1 (to 2020)',
   '기술·응용의 세계 선도를 목표로 표준·서비스 체계와 정책규범을 갖추고 선도기업을 키워 핵심산업 1,500억 위안, 관련산업 1조 위안 규모에 이른다.',
   'Keep pace with world leaders in technology and use: standards, services and policy rules, leading firms, a 150-billion-yuan core industry and 1 trillion yuan in related industries.', '1420'),
  ('2단계 (~2025년)', 'Stage 2 (to 2025)',
   'AI 이론의 진전을 목표로 새 연구 성과를 내고 제조·의료·도시·농업·국방 등에 AI를 확산하며, 핵심산업 4,000억 위안·관련산업 5조 위안과 법률·규범 체계를 마련한다.',
   'Advance AI theory, spread AI to manufacturing, health, cities, farming and defence, reach 400 billion yuan core and 5 trillion yuan related industry, and build the legal framework.', '1421'),
  ('3단계 (~2030년)', 'Stage 3 (to 2030)',
   '이론·기술·응용 전반의 세계 선도를 목표로 뇌 알고리즘·스마트 제어 등에서 성과를 내고 핵심산업 1조 위안·관련산업 10조 위안과 완비된 법·정책 체계를 갖춘다.',
   'Lead the world in theory, technology and use, with results in brain-inspired algorithms and smart control, 1 trillion yuan core and 10 trillion yuan related industry and complete laws and policies.', '1422'),
])
for i, (lko, len_, tko, ten) in enumerate([
  ('개방적이고 협력적인 AI 기술 혁신 시스템 구축', 'Open, collaborative AI innovation system',
   '개방·협력형 AI 기술혁신 체계를 만든다.', 'Build an open and cooperative system for AI technology innovation.'),
  ('최첨단 고효율의 스마트 경제 육성', 'High-end, efficient smart economy',
   '고부가가치·고효율의 스마트 경제를 키운다.', 'Grow an advanced, efficient smart economy.'),
  ('안전하고 편리한 스마트 사회 건설', 'Safe and convenient smart society',
   '안전하고 편리한 스마트 사회를 조성한다.', 'Create a safe and convenient smart society.'),
  ('AI 분야에서 군민(軍民) 통합 강화', 'Military–civil fusion in AI',
   'AI 분야의 군·민 융합을 강화한다.', 'Strengthen military–civil integration in AI.'),
  ('유비쿼터스 안전·고효율의 스마트 인프라 시스템 구축', 'Ubiquitous, secure and efficient smart infrastructure',
   '어디서나 쓰이는 안전·고효율 스마트 인프라를 구축한다.', 'Build pervasive, secure and efficient smart infrastructure.'),
  ('차세대 AI 중대 과학기술 사업의 전면 배치', 'Major next-generation AI science and technology projects',
   '차세대 AI 대형 과학기술 사업을 전면 배치한다.', 'Launch major science and technology projects for next-generation AI.'),
], 4):
    ITEMS_CHN.append(dict(policy_id=3002, seq=i, label_ko=lko, label_en=len_, text_ko=tko, text_en=ten,
                          src_locator=CN, src_lines='1415'))

ITEMS_CHN += items(3005, CN, [
  ('AI 중대 활용사례의 구축', 'Building major AI application scenarios',
   '파급력이 큰 대표 AI 활용사례를 만든다.', 'Create major flagship AI application scenarios.', '1430'),
  ('AI 활용사례 혁신 능력 제고', 'Raising scenario innovation capacity',
   'AI 활용사례를 혁신하는 역량을 키운다.', 'Improve the ability to innovate AI use cases.', '1430'),
  ('AI 활용사례 개방 가속화', 'Opening up AI scenarios faster',
   'AI 활용사례를 더 빨리 외부에 개방한다.', 'Open AI application scenarios more quickly.', '1430'),
  ('AI 활용사례의 혁신요소 공급 강화', 'Supplying innovation inputs for scenarios',
   '활용사례 혁신에 필요한 요소의 공급을 늘린다.', 'Strengthen the supply of inputs needed for scenario innovation.', '1430'),
])

ITEMS_CHN += items(3021, CN, [
  ('대형 모델·산업 수직 모델 연구개발 지원', 'Large and vertical models', '대형 모델과 산업별 특화 모델 개발을 돕고 고품질 데이터를 공급해 기업 혁신을 촉진한다.', 'Support large and industry-specific models, supply quality data and spur company innovation.', '1462'),
  ('AI와 제조업 융합', 'AI in manufacturing', '산업계의 생성 AI 도입을 장려하고 \'생성 AI+제조\' 시범 프로젝트로 스마트화를 촉진한다.', 'Encourage generative AI in industry and run "generative AI + manufacturing" pilots.', '1462'),
  ('국제협력과 오픈소스 생태계', 'International cooperation and open source', '기술·데이터·인재·안전 분야에서 각국과 협력하고 오픈소스 생태계를 키워 공급망 안정을 지킨다.', 'Cooperate abroad on technology, data, talent and safety, grow open source and keep supply chains stable.', '1462'),
])

T23 = CN + ' · 〈표 3-23〉'
ITEMS_CHN += items(3022, T23, [
  ('기본·공통 표준', 'Basic and common standards', 'AI 기본·프레임워크·종합 표준.', 'Foundational, framework and general AI standards.', '1477'),
  ('기초 기반 표준', 'Foundational support standards', '데이터·연산·알고리즘 등 기술 기반 요구사항 표준.', 'Technical requirements for data, computing power and algorithms.', '1478'),
  ('핵심 기술 표준', 'Key technology standards', '기계학습, 자연어처리, 음성, 비전, 생체인식, 에이전트, 군집지능 등 핵심 기술 표준.', 'Machine learning, NLP, speech, vision, biometrics, agents, swarm intelligence and similar.', '1479'),
  ('스마트 제품과 서비스 표준', 'Smart product and service standards', 'AI 기반 스마트 제품·서비스 모델 관련 표준.', 'Standards for AI-based smart products and service models.', '1480'),
  ('산업화 신유형 지원 표준', 'Standards enabling new industrialisation', '제조 지능화, 지능형 고객 서비스, 공급망 관리 등 산업 적용 표준.', 'Standards for AI in smart manufacturing, customer service, supply chains and the like.', '1481'),
  ('산업 응용 표준', 'Industry application standards', '스마트 도시·농업·에너지·금융·관광 등 분야별 응용 표준.', 'Sector standards for smart cities, farming, energy, finance, tourism and more.', '1482'),
  ('안전·관리 표준', 'Safety and governance standards', '데이터 보안, 알고리즘 투명성 등 보안·윤리 문제 대응 표준.', 'Standards on data security, algorithm transparency and other security and ethics issues.', '1483'),
])

T24 = CN + ' · 〈표 3-24〉'
ITEMS_CHN += items(3023, T24, [
  ('기본·공통', 'Basic and common', '용어, 평가·시험, 참조 구조, 운영·유지관리 표준.', 'Terminology, testing and evaluation, reference architecture, operation and maintenance.', '1498'),
  ('기초 기반', 'Foundational support', 'AI 데이터세트와 기본 하드웨어·소프트웨어 플랫폼 표준.', 'AI datasets and basic hardware and software platforms.', '1499'),
  ('알고리즘 모델', 'Algorithms and models', '대규모 AI 모델과 산업용 대규모 모델 표준.', 'Large AI models and industry-specific large models.', '1500'),
  ('운영 및 유지관리', 'Operation and maintenance', '대규모 모델 적용 지침, 응용 성숙도, 개발관리 표준.', 'Guidance for applying large models, application maturity and development management.', '1501'),
  ('안전 관리', 'Safety management', '위험 식별·예방, 보안 관리, 과학기술 윤리, 데이터·정보 보안 표준.', 'Risk identification and prevention, security management, S&T ethics, data and information security.', '1502'),
])
ITEMS_CHN += [dict(policy_id=3023, seq=5 + i, label_ko=l, label_en=le, text_ko=t, text_en=te, src_locator=CN, src_lines='1506')
  for i, (l, le, t, te) in enumerate([
    ('대규모 모델 핵심 표준 개발 가속', 'Faster core standards for large models', '업계 공통 수요를 바탕으로 대규모 모델 관련 핵심 표준을 서둘러 만든다.', 'Speed up key large-model standards based on common industry needs.'),
    ('표준 적용 촉진', 'Promoting adoption of standards', '업계 단체·기업·지방정부와 함께 표준을 알리고 기업의 전 과정 준수를 이끈다.', 'Work with associations, firms and local governments to promote standards and guide compliance.'),
    ('국제표준 제정과 국제협력 촉진', 'International standardisation and cooperation', '국제표준기구와 협력해 국제표준 제정에 참여하고 국내외 표준을 조율한다.', 'Join international standard-setting and align domestic with international standards.'),
  ], 1)]

ITEMS_CHN += items(3024, CN, [
  ('명시적·암묵적 표식', 'Explicit and implicit labels', '플랫폼과 서비스 제공자는 모든 AI 생성물에 눈에 보이는 표식과 메타데이터 속 표식을 모두 달아야 한다.', 'Platforms and providers must add both visible labels and metadata marks to all AI-generated content.', '1517'),
  ('형식별 표시 방법', 'Labelling by content type', '텍스트·오디오는 앞·뒤·중간에 문구나 음성 안내를, 이미지·영상은 잘 보이는 곳에 표식을 둔다.', 'Text and audio carry notices at the start, end or middle; images and video show a visible mark.', '1519'),
  ('AI 생성 의심 경고', 'Warning on suspected AI content', '메타데이터가 없어도 분석에서 AI 생성 흔적이 보이면 이용자에게 의심 경고를 띄워야 한다.', 'If analysis finds traces of AI generation even without metadata, users must be warned.', '1521'),
  ('표식 훼손 금지', 'No tampering with labels', '누구도 합성 콘텐츠 표식을 악의적으로 지우거나 위조·변조·은폐할 수 없다.', 'No one may maliciously delete, forge, alter or hide synthetic-content labels.', '1521'),
])

T25 = CN + ' · 〈표 3-25〉'
ITEMS_CHN += items(3025, T25, [
  ('모델·알고리즘 보안 위험', 'Model and algorithm risks', '[내재적 보안 위험] 이해 가능성·복원력을 높이고 편향을 없앤다.', '[Inherent risk] Improve interpretability and resilience and remove bias.', '1535'),
  ('데이터 보안 위험', 'Data risks', '[내재적 보안 위험] 데이터 보안과 개인정보 보호를 강화하고 오용을 막는다.', '[Inherent risk] Strengthen data security and privacy and prevent misuse.', '1536'),
  ('AI 시스템 보안 위험', 'AI system risks', '[내재적 보안 위험] 투명성과 위험 식별을 높이고 기반 시설을 보호한다.', '[Inherent risk] Raise transparency and risk detection and secure the infrastructure.', '1537'),
  ('사이버공간 보안 위험', 'Cyberspace risks', '[응용 보안 위험] 보안 방어 체계와 데이터 보안 조치를 갖춘다.', '[Application risk] Set up defensive security systems and data-security measures.', '1538'),
  ('현실 세계 보안 위험', 'Real-world risks', '[응용 보안 위험] 제공 범위를 정하고 최종 사용 목적 추적을 강화한다.', '[Application risk] Limit where systems are supplied and trace their end use.', '1539'),
  ('인지적 보안 위험', 'Cognitive risks', '[응용 보안 위험] 예기치 않은 출력과 오용을 막는다.', '[Application risk] Prevent unexpected outputs and misuse.', '1540'),
  ('윤리적 보안 위험', 'Ethical risks', '[응용 보안 위험] 차별을 막고 감독 조치를 보완한다.', '[Application risk] Prevent discrimination and reinforce oversight.', '1541'),
])
ITEMS_CHN += [dict(policy_id=3025, seq=7 + i, label_ko=l, label_en=le, text_ko=t, text_en=te, src_locator=CN, src_lines=ln)
  for i, (l, le, t, te, ln) in enumerate([
    ('관리자', 'Regulators', '정부 부처·협회가 법과 정책으로 규제하고 서비스 등급 관리, 추적 관리, 데이터 보호 규범으로 협력적 거버넌스를 만든다.', 'Ministries and associations regulate through law and policy, grading and tracing services and setting data rules.', '1547'),
    ('개발자', 'Developers', '설계·학습 데이터 선정 등 각 단계에서 데이터 보안과 개인정보를 우선하고 편향을 미리 평가한다.', 'Put data security and privacy first at each stage and assess bias in advance.', '1548'),
    ('서비스 제공자', 'Service providers', '성능 한계를 점검하고 이용자 투명성을 보장하며 사고 시 신속히 대응·보고한다.', 'Check capability limits, be transparent to users and respond to and report incidents quickly.', '1552'),
    ('핵심 영역 사용자', 'Users in critical sectors', '공공안전·민생 분야에서 쓸 때 높은 안전의식과 엄격한 보안 감독 체계를 갖춘다.', 'In public-safety and livelihood sectors, apply strong safety awareness and strict security oversight.', '1553'),
    ('일반 사용자', 'General public', '제품의 기능과 한계를 알려 안전하고 합리적인 사용을 돕는다.', 'Are told the functions and limits of products so they can use AI safely and sensibly.', '1554'),
  ], 1)]

ITEMS_CHN += items(3026, CN, [
  ('학습 데이터 보안', 'Training-data security', '수집 전 출처 보안 평가, 불법·유해 정보가 5% 이상인 출처 배제, 필터링, 라이선스·지식재산권 관리를 요구한다.', 'Pre-collection checks, excluding sources with 5% or more illegal or harmful content, filtering, licences and IP management.', '1560'),
  ('모델 보안', 'Model security', '학습·출력·모니터링 단계별 보안 감사, 정확성 향상, 유해 질문 거부, 악의적 공격 감시를 요구한다.', 'Security audits across training, output and monitoring, better accuracy, refusal of harmful prompts and watch for attacks.', '1562-1564'),
  ('중요 서비스·미성년자 보호', 'Critical services and minors', '의료·금융·심리상담 등에 위험 수준별 조치를, 미성년자에게는 중독 방지와 유료 서비스 제한을 요구한다.', 'Risk-based measures for health, finance, counselling and similar; anti-addiction controls and paid-service limits for minors.', '1566'),
])

T27 = CN + ' · 〈표 3-27〉'
T28 = CN + ' · 〈표 3-28〉'
ITEMS_CHN += items(3030, T27, [
  ('1단계(~2025년)', 'Stage 1 (to 2025)', 'AI 산업 300억 위안 규모와 특정 분야 경쟁력을 갖춘 산업기지를 만든다.', 'A 30-billion-yuan AI industry and an AI base competitive in chosen fields.', '1588'),
  ('2단계(~2030년)', 'Stage 2 (to 2030)', 'AI 산업 600억 위안 규모와 전국적 영향력의 혁신 클러스터를 갖춘다.', 'A 60-billion-yuan AI industry and a cluster with national influence.', '1589'),
  ('3단계(~2035년)', 'Stage 3 (to 2035)', 'AI 산업 1,000억 위안, \'AI+\' 하류 산업(에너지·제조·자동차 등) 5,000억 위안 규모를 이룬다.', 'A 100-billion-yuan AI industry and 500 billion yuan in downstream "AI+" sectors such as energy, manufacturing and vehicles.', '1590'),
])
ITEMS_CHN += [dict(policy_id=3030, seq=3 + i, label_ko=l, label_en=le, text_ko=t, text_en=te, src_locator=T28, src_lines=ln)
  for i, (l, le, t, te, ln) in enumerate([
    ('기초이론과 핵심기술 연구', 'Basic theory and key technologies', '뇌신경망 모델 등 기초이론과 자연어처리·커넥티드카·무인시스템 등 핵심기술을 연구한다.', 'Research basic theory such as brain-inspired models and key technologies such as NLP, connected vehicles and unmanned systems.', '1601'),
    ('혁신 플랫폼 구축', 'Innovation platforms', '시안교통대학 등 중점실험실·국가공학연구센터와 산업혁신센터를 키운다.', 'Build up key labs, national engineering centres and industry innovation centres, e.g. at Xi\'an Jiaotong University.', '1602'),
    ('제품 서비스 혁신', 'Product and service innovation', '대형 모델, AI 하드웨어·소프트웨어, 지능형 로봇·드론·커넥티드카 산업을 육성한다.', 'Develop large models, AI hardware and software, and the robot, drone and connected-car industries.', '1603'),
    ('시범사업 구축', 'Demonstration projects', '에너지·화학·제조·농업·교통·금융·의료·교육 등과의 융합으로 AI 응용을 넓힌다.', 'Widen AI use by merging it with energy, chemicals, manufacturing, farming, transport, finance, health and education.', '1604'),
    ('산업 생태계 최적화', 'Industrial ecosystem', '컴퓨팅센터·공공데이터 플랫폼 등 인프라를 확충하고 고급·융합형 AI 인재를 양성·유치한다.', 'Expand computing centres and public-data platforms and attract and train advanced and cross-disciplinary AI talent.', '1605'),
  ], 1)]

ITEMS_CHN += items(3031, CN, [
  ('AI 산업 기반 강화', 'Strengthening the AI industrial base', '고성능·저전력 칩 개발, 2027년 자체개발 AI 소프트웨어 보급률 50%, 고품질 산업 데이터셋 50개 이상, 알고리즘 제품 100개를 추진한다.', 'Efficient chips, 50% share of home-grown AI software by 2027, 50+ quality industry datasets and 100 algorithm products.', '1619'),
  ('스마트 단말 제품 개발', 'Smart device development', '지능형 로봇 연매출 900억 위안, AI 스마트폰 1억 대·AI PC 3천만 대 이상 생산을 2027년 목표로 한다.', 'By 2027: 90 billion yuan of robot sales a year, 100 million AI phones and 30 million AI PCs.', '1621'),
  ('AI 융합 응용 확대', 'Wider AI applications', '농업·기상·교통·교육·요양·행정·환경 감시 등에서 AI 응용과 시범 프로젝트를 늘린다.', 'More AI use and pilots in farming, weather, transport, schools, elderly care, e-government and environmental monitoring.', '1623'),
])

T29 = CN + ' · 〈표 3-29〉'
ITEMS_CHN += items(3032, T29, [
  ('핵심 기술 연구', 'Key technology research', '기초·첨단 연구와 분야별 산업 대형모델 지원, 의료·감지·로봇 핵심기술 개발.', 'Basic and frontier research, support for sector large models, and core work in health, sensing and robots.', '1635'),
  ('컴퓨팅 파워 지원 강화', 'More computing power', '컴퓨팅 산업 클러스터 조성과 400G급 광전송망 상용화, 데이터 선도기업 유치.', 'A computing-industry cluster, commercial 400G optical networks and attracting leading data firms.', '1636'),
  ('데이터 공급 품질 향상', 'Better data supply', '제조·도시·의료 분야 고품질 데이터 서비스와 공공데이터 개방, 공통 데이터 자원 라이브러리 구축.', 'Quality data services for manufacturing, cities and health, open public data and a shared data library.', '1637'),
  ('클러스터 개발 촉진', 'Cluster development', '2026년까지 선도기업 20개, 전정특신 기업 100개, AI 중소기업 1,000개 이상을 키우거나 유치한다.', 'By 2026, grow or attract 20 leading firms, 100 specialised "little giants" and 1,000+ AI SMEs.', '1638'),
  ('시나리오 활용 추진', 'Application scenarios', '\'AI+생산\'과 \'AI+생활\' 혁신 시나리오를 각각 50개 이상 개발한다.', 'Develop 50+ "AI + production" and 50+ "AI + daily life" scenarios.', '1639'),
  ('첨단 산업 자원 유치', 'Attracting resources', '고급 인재 유치, 펀드 투자 확대, 자금조달 경로 확대와 대형 AI 행사 개최.', 'Attract top talent, expand fund investment and financing, and host flagship AI events.', '1640'),
])

T30 = CN + ' · 〈표 3-30〉'
ITEMS_CHN += [dict(policy_id=3033, seq=i, label_ko=l, label_en=le, text_ko=t, text_en=te, src_locator=CN, src_lines='1648')
  for i, (l, le, t, te) in enumerate([
    ('로봇', 'Robots', '[5대 벤치마크] 체화 지능을 갖춘 현장형 로봇 개발.', '[Benchmark] Robots with embodied intelligence for real-world use.'),
    ('교육', 'Education', '[5대 벤치마크] 베이징의 교육 자료로 교육용 대형모델 플랫폼 구축.', '[Benchmark] An education large-model platform built on Beijing\'s teaching resources.'),
    ('의료', 'Healthcare', '[5대 벤치마크] 의료 감독 혁신과 병원정보시스템 고도화를 결합한 의료모델 플랫폼.', '[Benchmark] A medical model platform tied to supervision reform and smarter hospital IT.'),
    ('문화', 'Culture', '[5대 벤치마크] 역사·문화·관광 자원과 AI의 결합.', '[Benchmark] Linking AI with history, culture and tourism resources.'),
    ('교통', 'Transport', '[5대 벤치마크] 대형모델로 혼잡을 예측하고 신호 제어를 최적화.', '[Benchmark] Large models to forecast congestion and optimise traffic lights.'),
  ], 1)]
ITEMS_CHN += [dict(policy_id=3033, seq=5 + i, label_ko=l, label_en=le, text_ko=t, text_en=te, src_locator=T30, src_lines=ln)
  for i, (l, le, t, te, ln) in enumerate([
    ('과학 연구와 탐사', 'Scientific research and exploration', '[10대 시범] 신약·유전체·신소재·기상 분석용 지능형 제품.', '[Pilot] AI tools for drugs, genomics, materials and weather.', '1655'),
    ('정부 서비스', 'Government services', '[10대 시범] 민원 처리에 대형모델을 시범 적용.', '[Pilot] Large models to handle citizen complaints.', '1656'),
    ('산업 인텔리전스', 'Industrial intelligence', '[10대 시범] 대형모델로 산업 R&D와 생산 공정을 개선.', '[Pilot] Large models for industrial R&D and production processes.', '1657'),
    ('금융 관리', 'Financial management', '[10대 시범] 신용 조사·심사 보고서 작성을 돕는 금융 대형모델.', '[Pilot] Finance models drafting credit investigation and review reports.', '1658'),
    ('공간 컴퓨팅', 'Spatial computing', '[10대 시범] 지도·IoT·위치 데이터를 묶은 도시 공간 대형모델.', '[Pilot] A city-space model combining maps, IoT and location data.', '1659'),
    ('디지털 마케팅', 'Digital marketing', '[10대 시범] 디지털 휴먼 방송·상담용 지식 인프라와 도구.', '[Pilot] Knowledge infrastructure and tools for digital-human streaming and service.', '1660'),
    ('사법 서비스', 'Judicial services', '[10대 시범] 사법 대형모델과 지능형 법률 상담.', '[Pilot] A judicial large model and smart legal advice.', '1661'),
    ('방송 서비스', 'Broadcasting services', '[10대 시범] 텍스트·영상 생성과 특수효과로 콘텐츠 제작 최적화. 본문 목록에는 "방송 미디어"로 나온다.', '[Pilot] Text and video generation and effects for content creation; the prose calls it "broadcast media".', '1662'),
    ('전력 보호', 'Power-grid protection', '[10대 시범] 전력 점검·스케줄링·고장 진단용 대형모델.', '[Pilot] Models for grid inspection, scheduling and fault diagnosis.', '1663'),
    ('콘텐츠 보안', 'Content security', '[10대 시범] 멀티모달 콘텐츠 인식 정확도를 높이는 보안용 대형모델.', '[Pilot] Security models that better recognise multimodal content.', '1664'),
  ], 1)]

T31 = CN + ' · 〈표 3-31〉'
ITEMS_CHN += items(3034, T31, [
  ('기본 지원 강화', 'Stronger foundations', '지능형 컴퓨팅·소프트웨어·칩·센서 개발과 고품질 데이터셋 구축.', 'Intelligent computing, software, chips and sensors, and quality datasets.', '1675'),
  ('핵심 기술의 획기적 발전', 'Breakthroughs in key technologies', '대형 모델과 응용 기술 개발을 서두른다.', 'Faster work on large models and applied technologies.', '1676'),
  ('스마트 제품 개발', 'Smart products', '스마트 로봇·배송 차량·모바일 단말·디지털 휴먼 개발.', 'Smart robots, delivery vehicles, mobile devices and digital humans.', '1677'),
  ('기업의 지적 역량 강화 캠페인 추진', 'Campaign to make enterprises smarter', '제조 공정 지능화와 핵심 산업의 AI 플러스 심화, 안전 수준 향상.', 'Smarter manufacturing, deeper AI+ in key industries and higher safety.', '1678'),
])

ITEMS_JPN = []
ITEMS_JPN += items(4002, JP + ' · 〈표 3-32〉', [
  ('생산성', 'Productivity', 'AI 응용 우선 분야: 생산성.', 'Priority AI field: productivity.', '1741'),
  ('건강·의료·간호', 'Health, medicine and care', 'AI 응용 우선 분야: 건강·의료·돌봄.', 'Priority AI field: health, medicine and nursing care.', '1741'),
  ('공간 이동', 'Mobility', 'AI 응용 우선 분야: 이동·모빌리티.', 'Priority AI field: mobility.', '1741'),
  ('정보 보안', 'Information security', 'AI 응용 우선 분야: 정보 보안.', 'Priority AI field: information security.', '1741'),
])
ITEMS_JPN += items(4009, JP, [
  ('사회 구현 내실화를 위한 새로운 목표 설정·추진', 'New goals for deploying AI in society', 'AI의 사회 적용을 실질화할 새 목표를 세워 추진한다.', 'Set and pursue new targets so that AI is really put to work in society.', '1699'),
  ('팬데믹, 대규모 재해 등의 임박한 위기 대응책 구체화', 'Concrete responses to imminent crises', '감염병·대규모 재해 같은 위기에 대한 AI 대응을 구체화한다.', 'Spell out AI responses to crises such as pandemics and large disasters.', '1699'),
])
ITEMS_JPN += items(4015, JP, [
  ('리스크 대응', 'Responding to risks', 'AI의 리스크에 대응한다.', 'Address the risks of AI.', '1701'),
  ('AI 이용 촉진', 'Promoting AI use', 'AI 활용을 넓힌다.', 'Encourage wider use of AI.', '1701'),
  ('AI 개발력 강화', 'Strengthening AI development', 'AI 개발 역량을 키운다.', 'Build up AI development capacity.', '1701'),
])
ITEMS_JPN += items(4020, JP, [
  ('안전성 평가 조사·기준 검토', 'Research and criteria for safety evaluation', '안전성 평가에 관한 조사와 기준을 검토한다.', 'Study and draft criteria for AI safety evaluation.', '1765'),
  ('안전성 평가 실시 방법 검토', 'Methods for carrying out evaluations', '평가를 실제로 수행하는 방법을 검토한다.', 'Work out how evaluations should be carried out.', '1766'),
  ('국제 제휴', 'International cooperation', '미·영 AI 안전연구소 등 해외 기관과 협력한다.', 'Cooperate with foreign bodies such as the US and UK AI safety institutes.', '1767'),
])
ITEMS_JPN += items(4025, JP, [
  ('유해 정보의 출력 제어', 'Controlling harmful output', '유해 정보를 내놓지 않도록 통제하는지 본다.', 'Whether harmful information is kept out of outputs.', '1783'),
  ('허위·오정보의 출력·유도 방지', 'Preventing false or misleading output', '허위·오정보를 생성하거나 유도하지 않는지 본다.', 'Whether false or misleading information is produced or induced.', '1783'),
  ('공평성과 포용성', 'Fairness and inclusion', '결과가 공평하고 포용적인지 본다.', 'Whether results are fair and inclusive.', '1783'),
  ('고위험 이용·목적 외 이용에 대한 대처', 'High-risk and off-purpose use', '고위험 사용과 목적 밖 사용에 대응하는지 본다.', 'How high-risk and unintended uses are handled.', '1783'),
  ('개인정보보호', 'Privacy', '개인정보가 보호되는지 본다.', 'Whether personal data is protected.', '1783'),
  ('보안 확보', 'Security', '시스템 보안이 확보되는지 본다.', 'Whether the system is secure.', '1783'),
  ('설명 가능성', 'Explainability', '동작과 결과를 설명할 수 있는지 본다.', 'Whether behaviour and outputs can be explained.', '1783'),
  ('견고성', 'Robustness', '예상 밖 입력에도 안정적으로 동작하는지 본다.', 'Whether the system stays stable under unexpected inputs.', '1783'),
  ('데이터 품질', 'Data quality', '학습·입력 데이터의 품질을 본다.', 'The quality of training and input data.', '1783'),
  ('검증 가능성', 'Verifiability', '외부에서 검증할 수 있는지 본다.', 'Whether the system can be verified.', '1783'),
])
T33 = JP + ' · 〈표 3-33〉'
T34 = JP + ' · 〈표 3-34〉'
ITEMS_JPN += items(4021, T33, [
  ('AI 개발자 (AI Developer)', 'AI Developer', '[주체] AI 모델·알고리즘 개발, 데이터 수집·전처리, 학습·검증으로 AI 시스템을 만드는 사업자.', '[Actor] Firms that build AI systems: models, algorithms, data collection and preparation, training and testing.', '1807'),
  ('AI 제공자 (AI Provider)', 'AI Provider', '[주체] AI 시스템을 제품·서비스·업무에 통합해 이용자에게 제공하고 운영을 지원하는 사업자.', '[Actor] Firms that embed AI systems in products, services or processes, supply them to users and support operation.', '1808'),
  ('AI 이용자 (AI Business User)', 'AI Business User', '[주체] 사업 활동에서 AI를 쓰는 사업자로, 의도된 범위에서 적정 이용하고 제3자 불이익을 막는다.', '[Actor] Businesses that use AI in their work, as intended by the provider, avoiding harm to others.', '1809'),
])
ITEMS_JPN += [dict(policy_id=4021, seq=3 + i, label_ko=l, label_en=le, text_ko=t, text_en=te, src_locator=JP, src_lines='1817')
  for i, (l, le, t, te) in enumerate([
    ('인간의 존엄성이 존중받는 사회(Dignity)', 'Dignity', '[기본이념] 사람의 존엄이 지켜지는 사회.', '[Basic ideal] A society that respects human dignity.'),
    ('다양한 배경의 사람들이 다양한 행복을 추구할 수 있는 사회(Diversity & Inclusion)', 'Diversity & Inclusion', '[기본이념] 배경이 다른 사람들이 각자의 행복을 좇을 수 있는 사회.', '[Basic ideal] A society where people of all backgrounds can pursue their own well-being.'),
    ('지속가능한 사회(Sustainability)', 'Sustainability', '[기본이념] 지속가능한 사회.', '[Basic ideal] A sustainable society.'),
  ], 1)]
ITEMS_JPN += [dict(policy_id=4021, seq=6 + i, label_ko=l, label_en=le, text_ko=t, text_en=te, src_locator=T34, src_lines=ln)
  for i, (l, le, t, te, ln) in enumerate([
    ('①인간 중심', 'Human-centric', '[각 주체] 인권을 지키고 과의존·허위정보 위험에 대비하며 약자의 AI 이용을 배려한다.', '[All actors] Respect human rights, guard against over-reliance and disinformation, and help vulnerable users.', '1826'),
    ('②안전성', 'Safety', '[각 주체] 신뢰성·견고성·인간의 통제 가능성을 확보하고 데이터·모델을 적절히 관리한다.', '[All actors] Ensure reliability, robustness and human control, and manage data and models properly.', '1827'),
    ('③공평성', 'Fairness', '[각 주체] 부당한 편견·차별을 없애고 필요하면 사람의 판단을 개입시킨다.', '[All actors] Remove unfair bias and discrimination, bringing in human judgement where needed.', '1828'),
    ('④개인정보보호', 'Privacy protection', '[각 주체] 개인정보보호법 등을 지키고 보호 방침을 세워 공표한다.', '[All actors] Comply with data-protection law and publish privacy policies.', '1829'),
    ('⑤보안 확보', 'Ensuring security', '[각 주체] 기밀성·무결성·가용성을 지키고 새로운 공격 위험에 대비한다.', '[All actors] Protect confidentiality, integrity and availability and prepare for new attacks.', '1832'),
    ('⑥투명성', 'Transparency', '[각 주체] 검증 가능성을 확보하고 이해관계자에게 정보를 주며 학습·추론 기록을 남긴다.', '[All actors] Keep systems verifiable, inform stakeholders and log training and inference.', '1833'),
    ('⑦설명 책임', 'Accountability', '[각 주체] 추적 가능성을 확보하고 책임자를 정하며 거버넌스 방침과 문서를 유지한다.', '[All actors] Ensure traceability, name responsible persons and keep governance policies and records.', '1834'),
    ('⑧교육·리터러시', 'Education and literacy', '[사회와 연계] 관계자의 AI 리터러시를 높이고 새로운 업무 방식에 맞춘 재교육을 검토한다.', '[With society] Raise AI literacy and consider retraining for new ways of working.', '1835'),
    ('⑨공정 경쟁 확보', 'Fair competition', '[사회와 연계] AI를 둘러싼 공정한 경쟁 환경을 지킨다.', '[With society] Keep competition around AI fair.', '1836'),
    ('⑩혁신 촉진', 'Promoting innovation', '[사회와 연계] 산학협력·개방형 혁신과 상호운용성을 추진한다.', '[With society] Pursue industry–academia links, open innovation and interoperability.', '1837'),
  ], 1)]
ITEMS_JPN += [dict(policy_id=4021, seq=16 + i, label_ko=l, label_en=le, text_ko=t, text_en=te, src_locator=JP, src_lines=ln)
  for i, (l, le, t, te, ln) in enumerate([
    ('AI 개발자', 'AI developers', '[주체별 사항] 적정 이용을 고려한 개발, 데이터·알고리즘 편향 배려, 개발 후 리스크 대응, 제공자에 대한 설명 등.', '[Actor duties] Develop for proper use, mind bias in data and algorithms, handle risks after release and inform providers.', '1843-1849'),
    ('AI 제공자', 'AI providers', '[주체별 사항] 적정 이용을 위한 제공, 편향 배려, 취약성 대응, 이용자 설명, 약관 문서화 등.', '[Actor duties] Supply for proper use, mind bias, fix vulnerabilities, inform users and document terms of service.', '1851-1857'),
    ('AI 이용자', 'AI business users', '[주체별 사항] 안전한 적정 이용, 입력·프롬프트 편향 배려, 보안대책, 이해관계자 설명, 개인정보 유의 등.', '[Actor duties] Use safely and as intended, mind bias in inputs and prompts, apply security, inform stakeholders and respect privacy.', '1859-1865'),
  ], 1)]
T35 = JP + ' · 〈표 3-35〉'
ITEMS_JPN += items(4022, JP, [
  ('핵심기술에 대한 통합적 전략', 'Integrated strategy for key technologies', '[3대 강화 방안] 핵심기술 전반을 아우르는 전략.', '[Three pillars] A joined-up strategy for critical technologies.', '1871'),
  ('글로벌 관점의 협력 강화', 'Stronger global cooperation', '[3대 강화 방안] 세계적 시야의 협력 강화.', '[Three pillars] Stronger cooperation with a global outlook.', '1871'),
  ('AI 분야 경쟁력 강화 및 안전·안심 확보', 'AI competitiveness and safety', '[3대 강화 방안] AI 경쟁력을 높이면서 안전과 신뢰를 확보.', '[Three pillars] Make Japan\'s AI more competitive while keeping it safe and trusted.', '1871'),
])
ITEMS_JPN += [dict(policy_id=4022, seq=3 + i, label_ko=l, label_en=le, text_ko=t, text_en=te, src_locator=T35, src_lines=ln)
  for i, (l, le, t, te, ln) in enumerate([
    ('연구개발 역량 강화(데이터 정비 포함)', 'Research capacity (incl. data)', '[AI 혁신 가속] 일본어 데이터·계산 자원 정비, 산학 연구, AI for Science, AI 로봇 개발.', '[Innovation] Japanese-language data, computing resources, joint research, AI for Science and AI robots.', '1889'),
    ('AI 활용 추진', 'Promoting AI use', '[AI 혁신 가속] 정부의 AI 조달·활용, 의료·로봇 분야 도입, 개인정보·저작권 제도 운용 명확화.', '[Innovation] Government procurement and use, adoption in health and robotics, clearer privacy and copyright rules.', '1892'),
    ('관련 인프라 고도화', 'Upgrading infrastructure', '[AI 혁신 가속] 데이터센터·6G 연구, AI 반도체 산학 체제, 탈탄소 전력 확보 검토.', '[Innovation] Data-centre and 6G research, AI-chip partnerships and low-carbon power supply.', '1892'),
    ('인재 육성·확보', 'Talent', '[AI 혁신 가속] AI 교육 콘텐츠 보급, 초·중등 시범 활용, 젊은 연구자 지원.', '[Innovation] AI learning content, school pilots and support for young researchers.', '1892'),
    ('거버넌스와 제도 개선 검토', 'Governance and institutions', '[안전·안심] 사업자 가이드라인 보급, AI 제도연구회 신설, 중요 분야 제도 재검토.', '[Safety] Spread the business guidelines, launch the AI study group and revisit rules in key sectors.', '1893'),
    ('AI 안전성 검토', 'AI safety', '[안전·안심] IPA 내 AISI를 중심 기관으로 키우고 환각 방지 등 안전 연구를 민관이 추진.', '[Safety] Make AISI at IPA the hub and pursue safety research such as hallucination prevention.', '1893'),
    ('허위·오정보에 대한 대책 수립', 'Countering disinformation', '[안전·안심] 허위정보·위장 광고 대응 기술, 팩트체크, AI 생성물 판별 기술과 리터러시.', '[Safety] Tools against false information and fake ads, fact-checking, AI-content detection and literacy.', '1893'),
    ('지식재산권 검토', 'Intellectual property', '[안전·안심] 지식재산 검토회와 저작권 견해를 토대로 초상·목소리 보호까지 검토를 이어간다.', '[Safety] Continue work on IP, including likeness and voice, based on the recent IP and copyright papers.', '1893'),
    ('국제 협력 추진', 'International cooperation', '[국제 협력] 히로시마 AI 프로세스와 프렌즈 그룹 활용, GPAI 도쿄 센터, AISI 국제 네트워크, 글로벌 사우스 협력.', '[International] Hiroshima AI Process and its Friends Group, the GPAI Tokyo centre, an AISI network and Global South cooperation.', '1894-1897'),
  ], 1)]
T36 = JP + ' · 〈표 3-36〉'
T37 = JP + ' · 〈표 3-37〉'
ITEMS_JPN += items(4023, T36, [
  ('목표 탐지·식별', 'Target detection and identification', '[활용 분야] 레이더·위성 영상 등 급증하는 센서 정보에서 목표를 더 빨리 찾아낸다.', '[Use area] Faster detection of targets in fast-growing radar and imagery data.', '1914'),
  ('정보 수집·분석', 'Intelligence collection and analysis', '[활용 분야] 인터넷·SNS·전파·영상 정보를 자동 수집·분석한다.', '[Use area] Automated collection and analysis of online, signals and image data.', '1920'),
  ('지휘통제', 'Command and control', '[활용 분야] 정보 분석을 바탕으로 행동방침 도출과 빠른 의사결정을 돕는다.', '[Use area] Support faster decisions by deriving courses of action from analysed data.', '1921'),
  ('후방 지원 업무', 'Logistics support', '[활용 분야] 수요·정비 예측과 수송 계획으로 보급·정비를 효율화한다.', '[Use area] Demand and maintenance forecasts and transport planning for supply and upkeep.', '1922'),
  ('무인 자산', 'Unmanned assets', '[활용 분야] 무인 자산의 자율 운용과 유인 장비와의 연계를 높인다.', '[Use area] More autonomy for unmanned systems and teaming with crewed ones.', '1923'),
  ('사이버보안', 'Cybersecurity', '[활용 분야] 행동 분석으로 방어력을 높이고 AI 자체를 노린 공격에도 대비한다.', '[Use area] Behaviour analysis for defence, and protection against attacks on AI itself.', '1924'),
  ('사무처리 작업 효율화', 'Office work efficiency', '[활용 분야] 방위성 행정 업무에 AI를 들여 효율을 높인다.', '[Use area] AI for the ministry\'s administrative work.', '1925'),
])
ITEMS_JPN += [dict(policy_id=4023, seq=7 + i, label_ko=l, label_en=le, text_ko=t, text_en=te, src_locator=T37, src_lines=ln)
  for i, (l, le, t, te, ln) in enumerate([
    ('데이터 기반 구축', 'Data foundation', '[대응 방안] 데이터를 전략 자산으로 보는 인식을 키우고 공유 데이터 형식을 표준화한다.', '[Measure] Treat data as a strategic asset and standardise formats for shared data.', '1936'),
    ('AI·데이터 인재', 'AI and data talent', '[대응 방안] 민간 인력을 적극 활용하고 내부 인력의 AI 교육을 늘린다.', '[Measure] Use civilian experts and train staff through AI courses.', '1937'),
    ('연구개발', 'Research and development', '[대응 방안] 민간 지식을 활용해 AI 장비 연구개발을 효율화한다.', '[Measure] Use civilian know-how to make AI equipment R&D efficient.', '1938'),
    ('교육·연구기관과 협력', 'Cooperation with academia', '[대응 방안] 교육·연구기관과의 네트워크와 협력을 넓힌다.', '[Measure] Widen networks and cooperation with universities and institutes.', '1939'),
    ('각국과의 협력', 'International cooperation', '[대응 방안] 외국 국방당국과 정보와 식견을 나눈다.', '[Measure] Exchange information and insight with other defence authorities.', '1940'),
    ('AI 준비통제·윤리', 'Responsible use and ethics', '[대응 방안] 책임 있는 이용 방안을 마련하고 국제 규범 논의에 기여한다.', '[Measure] Ensure responsible use and contribute to international norm-setting.', '1941'),
    ('다른 첨단기술과 생성 AI', 'Other emerging technologies and generative AI', '[대응 방안] 관련 첨단기술 도입을 검토하고 생성 AI는 위험을 줄이며 도입한다.', '[Measure] Consider enabling technologies and adopt generative AI with risk reduction.', '1942'),
  ], 1)]
ITEMS_JPN += items(4024, JP, [
  ('AI의 안전성 확보와 경쟁력 강화의 양립', 'Safety and competitiveness together', '[4대 원칙] 안전 확보와 경쟁력 강화를 함께 이룬다.', '[Four principles] Pursue safety and competitiveness at the same time.', '1954'),
  ('기술 변화에 대응할 수 있는 유연한 제도', 'Flexible rules', '[4대 원칙] 기술 변화에 맞춰 바뀔 수 있는 제도를 만든다.', '[Four principles] Rules that can adapt to technological change.', '1954'),
  ('국제적인 지침에 의거', 'Based on international guidance', '[4대 원칙] 국제 지침에 맞춘다.', '[Four principles] Follow international guidelines.', '1954'),
  ('AI에 대한 정부의 적정한 조달·이용', 'Proper government procurement and use', '[4대 원칙] 정부가 AI를 적절히 조달·이용한다.', '[Four principles] Government buys and uses AI appropriately.', '1954'),
  ('대응해야 할 리스크, 규제 대상이 되는 행위', 'Risks and regulated conduct', '[검토 사항] 어떤 위험과 행위를 규제할지.', '[Review topic] Which risks and activities to regulate.', '1956'),
  ('규제 방법(사전 규제/사후 규제)', 'Regulatory method (ex ante / ex post)', '[검토 사항] 사전 규제와 사후 규제 중 어떤 방식을 쓸지.', '[Review topic] Whether to regulate before or after the fact.', '1956'),
  ('규제 강도', 'Strength of regulation', '[검토 사항] 규제를 얼마나 강하게 할지.', '[Review topic] How strict the rules should be.', '1956'),
  ('지켜야 할 사항, 기준 등', 'Obligations and standards', '[검토 사항] 지켜야 할 의무와 기준.', '[Review topic] Which duties and standards apply.', '1956'),
])

ITEMS_SGP = []
T53 = SG + ' · 〈표 3-53〉'
ITEMS_SGP += items(9003, T53, [
  ('기회에서 필요성으로', 'From opportunity to necessity', '[전환] AI를 선택이 아닌 국가 번영의 필수 요소로 보고 숙달해야 한다.', '[Shift] Treat AI as essential to national prosperity, not an optional extra.', '2569'),
  ('로컬에서 글로벌로', 'From local to global', '[전환] 처음부터 세계적 시야로 글로벌 네트워크와 협력하고 자원을 나눈다.', '[Shift] Work globally from the outset, partnering and sharing resources across networks.', '2578'),
  ('프로젝트에서 시스템으로', 'From projects to systems', '[전환] 역량·인프라·자원을 키워 경제·사회 전반으로 AI 영향을 넓히고 관리한다.', '[Shift] Build capabilities, infrastructure and resources to scale and manage AI across the economy and society.', '2579'),
])
ITEMS_SGP += [dict(policy_id=9003, seq=3 + i, label_ko=l, label_en=le, text_ko=t, text_en=te, src_locator=SG, src_lines='2564')
  for i, (l, le, t, te) in enumerate([
    ('환경', 'Environment', '[3대 시스템] AI를 뒷받침하는 인프라와 제도 환경.', '[System] The infrastructure and environment that support AI.'),
    ('사람', 'People', '[3대 시스템] AI를 만들고 쓰는 인재와 공동체.', '[System] The people and communities who build and use AI.'),
    ('활동가', 'Activity drivers', '[3대 시스템] 산업·정부·연구 등 AI 활동을 이끄는 주체.', '[System] Industry, government and research actors that drive AI activity.'),
  ], 1)]
ITEMS_SGP += items(9007, SG, [
  ('설명 가능성·투명성·공정성', 'Explainable, transparent and fair', '[지도 원칙] AI의 결정은 설명할 수 있고 투명하며 공정해야 한다.', '[Guiding principle] AI decisions should be explainable, transparent and fair.', '2599'),
  ('인간 중심', 'Human-centric', '[지도 원칙] AI 시스템은 사람을 중심에 두어야 하며, 위험이 클수록 사람의 관여를 늘린다.', '[Guiding principle] AI should be human-centric, with more human involvement as risk grows.', '2599-2601'),
])
ITEMS_SGP += items(9010, SG, [
  ('① AI 연구인재 육성', 'AI research talent', '[이니셔티브] AI 연구 인재를 키우는 새 사업.', '[Initiative] New scheme to develop AI research talent.', '2625'),
  ('② SG 디지털 장학금·해외 인턴십 확충', 'SG Digital scholarships and overseas internships', '[이니셔티브] 3년간 2,000만 달러 이상으로 장학금과 AI 직무 해외 인턴십을 늘린다.', '[Initiative] Over $20 million in three years for more scholarships and overseas AI internships.', '2626'),
  ('③ 고성능 컴퓨팅 리소스 확보', 'High-performance compute', '[이니셔티브] AI 혁신·역량을 위해 GPU 등 컴퓨팅 자원에 최대 5억 달러를 투자한다.', '[Initiative] Up to $500 million for GPUs and other compute for AI innovation.', '2630'),
  ('④ Generative AI x Digital Leaders 이니셔티브', 'Generative AI x Digital Leaders', '[이니셔티브] 디지털 성숙 기업이 생성 AI 전문성과 자원을 얻어 맞춤형 앱을 만들도록 IMDA가 돕는다.', '[Initiative] IMDA helps digitally mature firms access GenAI expertise and build tailored applications.', '2631'),
  ('⑤ 개인정보 사용 자문 지침', 'Advisory guidelines on personal data', '[이니셔티브] AI 추천·의사결정 시스템에서 개인정보를 쓰는 방법에 대한 PDPC 지침.', '[Initiative] PDPC guidance on using personal data in AI recommendation and decision systems.', '2632'),
  ('Enabler 1: 인재육성(Talent)', 'Enabler 1: Talent', '[인에이블러] AI 방문 교수직 신설, AI 석사과정에 700만 싱가포르 달러, 5년 내 실무 인력 15,000명.', '[Enabler] AI visiting professorships, S$7 million for AI master\'s courses and 15,000 practitioners within five years.', '2638-2644'),
  ('Enabler 2: 산업', 'Enabler 2: Industry', '[인에이블러] 디지털 기업 청사진(DEB) 수립과 Generative AI x Digital Leaders로 기업의 AI 실험·혁신을 돕는다.', '[Enabler] A Digital Enterprise Blueprint and Generative AI x Digital Leaders to help firms experiment with AI.', '2646-2652'),
  ('Enabler 3: 컴퓨팅', 'Enabler 3: Compute', '[인에이블러] 고부가가치 AI 활동을 위한 컴퓨팅 인프라에 최대 5억 달러.', '[Enabler] Up to $500 million for compute infrastructure for high-value AI work.', '2654-2658'),
  ('Enabler 4: 신뢰할 수 있는 환경', 'Enabler 4: Trusted environment', '[인에이블러] 오용 방지 안전장치와, AI 개발 시 개인 데이터 보호에 관한 PDPC 지침.', '[Enabler] Safeguards against misuse and PDPC guidance on protecting personal data in AI development.', '2660-2664'),
])

# ------------------------------------------------------------------------------------------------
# policy_source: further places that mention a policy
# ------------------------------------------------------------------------------------------------
SRC_COLS = ['policy_id', 'src_locator', 'src_lines']
def S(pid, loc, lines): return dict(policy_id=pid, src_locator=loc, src_lines=lines)
T26 = CN + ' · 〈표 3-26〉'
T32 = JP + ' · 〈표 3-32〉'
T54 = SG + ' · 〈표 3-54〉'
F35 = JP + ' · [그림 3-5]'
SRC_CHN = [
 S(3002, T22, '1417-1424'), S(3002, CN, '1426'),
 S(3009, CN, '1436'),
 S(3010, CN, '1530'),
 S(3020, CN, '1450-1454'), S(3020, CN, '1646'), S(3020, CN, '1611'), S(3020, AP, '5921'),
 S(3021, CN, '1468'),
 S(3022, CN, '1470'), S(3022, CN, '1472'), S(3022, AP, '5921'),
 S(3023, CN, '1506-1508'),
 S(3024, CN, '1438'), S(3024, CN, '1523-1524'), S(3024, AP, '5921'),
 S(3025, CN, '1545-1554'), S(3025, CN, '1550'), S(3025, AP, '5921'),
 S(3030, T26, '1573'), S(3030, CN, '1594'), S(3030, AP, '5921'),
 S(3031, T26, '1574'), S(3031, CN, '1613-1615'), S(3031, CN, '1619-1623'), S(3031, AP, '5921'),
 S(3032, T26, '1575'), S(3032, CN, '1629-1630'), S(3032, AP, '5921'),
 S(3033, T26, '1576'), S(3033, CN, '1648-1650'), S(3033, AP, '5921'),
 S(3034, T26, '1577'), S(3034, CN, '1683'), S(3034, AP, '5921'),
]
SRC_JPN = [
 S(4006, T32, '1743'), S(4008, T32, '1745'), S(4009, JP, '1699'),
 S(4005, JP, '1705'),
 S(4014, JP, '1705'),
 S(4015, JP, '1707-1709'), S(4015, F35, '1725'), S(4015, T32, '1747'), S(4015, JP, '1793'), S(4015, JP, '1730'),
 S(4016, JP, '1711-1713'),
 S(4022, JP, '1701'), S(4022, JP, '1873-1874'), S(4022, JP, '1876-1884'), S(4022, T35, '1886-1899'),
 S(4020, JP, '1735'), S(4020, F35, '1726'), S(4020, JP, '1773-1778'), S(4020, T35, '1893'), S(4020, AP, '5925'),
 S(4021, JP, '1730'), S(4021, JP, '1732-1733'), S(4021, F35, '1726'), S(4021, T32, '1748'), S(4021, JP, '1795-1796'),
 S(4021, T33, '1804-1811'), S(4021, T34, '1823-1839'), S(4021, JP, '1783'), S(4021, AP, '5925'),
 S(4023, JP, '1730'), S(4023, T32, '1749'), S(4023, JP, '1916-1917'), S(4023, T36, '1911-1927'),
 S(4023, T37, '1933-1944'), S(4023, AP, '5925'),
 S(4024, JP, '1730'), S(4024, JP, '1871'), S(4024, T35, '1893'), S(4024, JP, '1962-1966'), S(4024, AP, '5925'),
 S(4025, JP, '1780-1787'), S(4025, AP, '5925'),
 S(4011, JP, '1793'), S(4012, JP, '1793'), S(4013, JP, '1793'),
 S(4033, T35, '1892'),
 S(4038, T35, '1893'), S(4039, T35, '1893'),
 S(4010, JP, '1871'),
 # shared rows owned by other curators
 S(11000, JP, '1880-1884'), S(11000, T35, '1894'),
 S(11008, T35, '1894'),  # 11000/11003 at L1703 are cited by the INT curator
]
SRC_SGP = [
 S(9002, T54, '2609'), S(9002, SG, '2571-2572'), S(9002, SG, '2585'),
 S(9003, SG, '2566-2581'), S(9003, SG, '2574-2575'), S(9003, T54, '2613'), S(9003, SG, '2634'),
 S(9004, T54, '2610'), S(9004, SG, '2587'), S(9004, SG, '2591-2593'),
 S(9005, T54, '2610'),
 S(9006, T54, '2611'), S(9006, SG, '2603-2604'),
 S(9007, T54, '2612'),
 S(9010, SG, '2628'), S(9010, SG, '2636-2664'), S(9010, AP, '5929'),
]

# ------------------------------------------------------------------------------------------------
# appendix1_entry (첨부 1, L5921 / L5925 / L5929)
# ------------------------------------------------------------------------------------------------
A1_COLS = ['jurisdiction_id', 'field', 'seq', 'policy_id', 'note_ko', 'note_en', 'issuer_as_printed',
           'title_as_printed', 'date_as_printed', 'src_locator', 'src_lines']
def A(jur, field, seq, pid, iss, title, d, line, nko='', nen=''):
    return dict(jurisdiction_id=jur, field=field, seq=seq, policy_id=pid, note_ko=nko, note_en=nen,
                issuer_as_printed=iss, title_as_printed=title, date_as_printed=d, src_locator=AP, src_lines=line)
A1_CHN = [
 A('CHN', 'policy_law', 1, 3020, '국무원', "'AI 플러스 행동' 개념 제시", '2024.3', '5921'),
 A('CHN', 'policy_law', 2, 3032, '청두시', 'AI 산업 고품질 발전 3개년 계획', '2024.6', '5921'),
 A('CHN', 'policy_law', 3, 3033, '베이징시', '베이징시 AI 플러스 행동계획 (2024~2025)', '2024.7', '5921'),
 A('CHN', 'policy_law', 4, 3034, '후난성', '후난성 AI 산업 발전 3개년 행동계획(2024~2026년)', '2024.9', '5921'),
 A('CHN', 'industry', 1, 3030, '산시성 발전개혁위원회', 'AI 산업 혁신 클러스터 육성 행동계획', '2024.4', '5921'),
 A('CHN', 'industry', 2, 3031, '광둥성 정부', 'AI와 천 개 산업 융합 발전을 위한 조치', '2024.5', '5921'),
 A('CHN', 'tech_research', 1, 3022, '공업정보화부', '국가 AI 산업 종합 표준화 체계 구축 지침', '2024.7', '5921'),
 A('CHN', 'tech_research', 2, 3024, '국가인터넷정보판공실', '시로 생성된 합성 콘텐츠 표시 방법(초안)', '2024.9', '5921'),
 A('CHN', 'tech_research', 3, 3025, '중국사이버보안표준화 기술위원회', 'AI 보안 거버넌스 프레임워크', '2024.9', '5921'),
]
A1_JPN = [
 A('JPN', 'policy_law', 1, 4023, '방위성', '방위성 AI 활용 추진 기본방침', '2024.7', '5925'),
 A('JPN', 'policy_law', 2, 4024, 'AI 전략회의', 'AI 제도연구회 설치', '2024.8', '5925'),
 A('JPN', 'industry', 1, 4021, '총무성·경제산업성', 'AI 사업자 가이드라인(제1.0판)', '2024.4', '5925'),
 A('JPN', 'tech_research', 1, 4020, '일본정부', 'AI 안전연구소(AISI)', '2024.2', '5925'),
 A('JPN', 'tech_research', 2, 4025, 'AI 안전연구소', 'AI 안전에 관한 평가 관점 가이드', '2024.9', '5925'),
 A('JPN', 'talent_education', 1, 4021, '총무성·경제산업성', 'AI 사업자 가이드라인(제1.0판)', '2024.4', '5925'),
]
A1_SGP = [
 A('SGP', 'policy_law', 1, 9010, '정보통신부', '5가지 AI 이니셔티브', '2024.3', '5929'),
 A('SGP', 'industry', 1, 9010, '정보통신부', '5가지 AI 이니셔티브', '2024.3', '5929',
   'AI 혁신/역량 구축', 'Building AI innovation and capabilities'),
 A('SGP', 'tech_research', 1, 9010, '정보통신부', '5가지 AI 이니셔티브', '2024.3', '5929',
   'Generative AI x Digital Leaders 이니셔티브', 'Generative AI x Digital Leaders initiative'),
 A('SGP', 'talent_education', 1, 9010, '정보통신부', '5가지 AI 이니셔티브', '2024.3', '5929',
   'AI 연구 인재 육성', 'Developing AI research talent'),
]

# ------------------------------------------------------------------------------------------------
# statistic_topic and statistic (ids 3000-3999)
# ------------------------------------------------------------------------------------------------
TOPIC_COLS = ['topic', 'name_ko', 'name_en', 'unit', 'map_layer', 'lower_is_better', 'description_ko', 'description_en']
TOPICS = [
 dict(topic='ai_industry_target', name_ko='AI 산업 규모 목표', name_en='AI industry size target', unit='currency', map_layer=0, lower_is_better=0,
      description_ko='정부 계획이 정한 AI (핵심·관련) 산업 규모 또는 매출 목표. 통화는 행마다 ISO 4217로 표기.',
      description_en='AI (core or related) industry size or revenue targets set by government plans; currency per row (ISO 4217).'),
 dict(topic='ai_industry_size', name_ko='AI 산업 규모', name_en='AI industry size', unit='currency', map_layer=0, lower_is_better=0,
      description_ko='정부 기관이 밝힌 AI 산업의 실제 규모.', description_en='Actual AI industry size as stated by a government body.'),
 dict(topic='ai_company_count', name_ko='AI 기업 수', name_en='Number of AI companies', unit='count', map_layer=0, lower_is_better=0,
      description_ko='정부 기관이 밝힌 AI 관련 기업 수.', description_en='Number of AI companies reported by a government body.'),
 dict(topic='ai_compute_target', name_ko='AI 연산 능력 목표', name_en='AI computing power target', unit='FLOPS', map_layer=0, lower_is_better=0,
      description_ko='정부 계획이 정한 지역의 총 연산 능력 목표(초당 부동소수점 연산 수).', description_en='Regional computing-power targets in floating-point operations per second.'),
 dict(topic='ai_policy_target_count', name_ko='AI 정책 수량 목표', name_en='AI policy quantity target', unit='count', map_layer=0, lower_is_better=0,
      description_ko='정책이 내건 개수 목표(표준, 기업, 모델, 플랫폼, 제품, 인력 등).', description_en='Numeric targets of a policy: standards, firms, models, platforms, products, people and the like.'),
 dict(topic='ai_policy_target_pct', name_ko='AI 정책 비율 목표', name_en='AI policy percentage target', unit='percent', map_layer=0, lower_is_better=0,
      description_ko='정책이 내건 비율 목표.', description_en='Percentage targets set by a policy.'),
 dict(topic='ai_ecosystem_count', name_ko='AI 생태계 규모(개수)', name_en='AI ecosystem counts', unit='count', map_layer=0, lower_is_better=0,
      description_ko='연구팀, 스타트업, 회원사 등 AI 생태계 구성원의 수.', description_en='Counts of ecosystem members such as research teams, start-ups or member firms.'),
]
STAT_COLS = ['id', 'topic', 'jurisdiction_id', 'subject', 'subject_en', 'period', 'value', 'unit', 'is_forecast',
             'value_as_printed', 'publisher', 'src_locator', 'src_lines']
def ST(id, topic, jur, sko, sen, period, value, unit, vap, pub, loc, lines):
    return dict(id=id, topic=topic, jurisdiction_id=jur, subject=sko, subject_en=sen, period=period, value=value,
                unit=unit, is_forecast=0, value_as_printed=vap, publisher=pub, src_locator=loc, src_lines=lines)
E8 = 100000000   # 억
STATS = [
 '차세대 AI 발전규획 (〈표 3-22〉)',
 ST(3000, 'ai_industry_target', 'CHN', 'AI 핵심산업 규모 목표 (차세대 AI 발전규획 1단계)', 'Core AI industry target (New Generation AI Plan, stage 1)', '2020', 1500 * E8, 'CNY', '1,500억 위안', '국무원', T22, '1420'),
 ST(3001, 'ai_industry_target', 'CHN', 'AI 관련 산업 규모 목표 (차세대 AI 발전규획 1단계)', 'AI-related industry target (stage 1)', '2020', 10000 * E8, 'CNY', '1조 위안', '국무원', T22, '1420'),
 ST(3002, 'ai_industry_target', 'CHN', 'AI 핵심산업 규모 목표 (차세대 AI 발전규획 2단계)', 'Core AI industry target (stage 2)', '2025', 4000 * E8, 'CNY', '4,000억 위안', '국무원', T22, '1421'),
 ST(3003, 'ai_industry_target', 'CHN', 'AI 관련 산업 규모 목표 (차세대 AI 발전규획 2단계)', 'AI-related industry target (stage 2)', '2025', 50000 * E8, 'CNY', '5조 위안', '국무원', T22, '1421'),
 ST(3004, 'ai_industry_target', 'CHN', 'AI 핵심산업 규모 목표 (차세대 AI 발전규획 3단계)', 'Core AI industry target (stage 3)', '2030', 10000 * E8, 'CNY', '1조 위안', '국무원', T22, '1422'),
 ST(3005, 'ai_industry_target', 'CHN', 'AI 관련 산업 규모 목표 (차세대 AI 발전규획 3단계)', 'AI-related industry target (stage 3)', '2030', 100000 * E8, 'CNY', '10조 위안', '국무원', T22, '1422'),
 '교육부 고등교육기관 AI 혁신 행동계획',
 ST(3006, 'ai_policy_target_count', 'CHN', 'AI 복합전공 학과 개설 목표', 'AI joint-major programmes to open', '2020', 100, 'count', '100개', '교육부', CN, '1428'),
 ST(3007, 'ai_policy_target_count', 'CHN', 'AI 학교·연구소·교차연구센터 개설 목표', 'AI schools, institutes and cross-disciplinary centres to open', '2020', 50, 'count', '50개', '교육부', CN, '1428'),
 '공업정보화부 (2024)',
 ST(3008, 'ai_company_count', 'CHN', '중국 AI 관련 기업 수', 'AI-related companies in China', '2024-09', 4500, 'count', '4,500여 개', '공업정보화부', CN, '1460'),
 ST(3009, 'ai_industry_size', 'CHN', '중국 AI 핵심 산업 규모', 'Size of China\'s core AI industry', '2024-09', 6000 * E8, 'CNY', '약 6,000억 위안(한화 약 112조 7,800억 원)', '공업정보화부', CN, '1460'),
 ST(3010, 'ai_policy_target_count', 'CHN', '국가·산업 AI 표준 제정 목표', 'National and industry AI standards to issue', '2026', 50, 'count', '50개 이상', '공업정보화부', CN, '1466'),
 ST(3011, 'ai_policy_target_count', 'CHN', 'AI 표준 이행 기업 목표', 'Companies to apply the AI standards', '2026', 1000, 'count', '1,000개 이상', '공업정보화부', CN, '1466'),
 ST(3012, 'ai_policy_target_count', 'CHN', '제정 참여 국제표준 목표', 'International standards to take part in', '2026', 20, 'count', '20개 이상', '공업정보화부', CN, '1466'),
 '산시성 (〈표 3-27〉)',
 ST(3020, 'ai_industry_target', 'CN-SN', 'AI 산업 규모 목표 (1단계)', 'AI industry target (stage 1)', '2025', 300 * E8, 'CNY', '300억 위안(한화 약 5조 7천억 원)', '산시성 발전개혁위원회', T27, '1588'),
 ST(3021, 'ai_industry_target', 'CN-SN', 'AI 산업 규모 목표 (2단계)', 'AI industry target (stage 2)', '2030', 600 * E8, 'CNY', '600억 위안(한화 약 11조 4천억 원)', '산시성 발전개혁위원회', T27, '1589'),
 ST(3022, 'ai_industry_target', 'CN-SN', 'AI 산업 규모 목표 (3단계)', 'AI industry target (stage 3)', '2035', 1000 * E8, 'CNY', '1,000억 위안(한화 약 19조 730억 원)', '산시성 발전개혁위원회', T27, '1590'),
 ST(3023, 'ai_industry_target', 'CN-SN', "'AI+' 다운스트림 산업 규모 목표", 'Downstream "AI+" industry target', '2035', 5000 * E8, 'CNY', '5,000억 위안', '산시성 발전개혁위원회', T27, '1590'),
 '광둥성',
 ST(3030, 'ai_compute_target', 'CN-GD', '컴퓨팅 연산 능력 목표', 'Computing power target', '2025', 40e18, 'FLOPS', '40EFLOPS', '광둥성 정부', CN, '1611'),
 ST(3031, 'ai_industry_target', 'CN-GD', 'AI 핵심산업 규모 목표', 'Core AI industry target', '2025', 3000 * E8, 'CNY', '3,000억 위안(한화 약 577조 1,980억 원) 이상', '광둥성 정부', CN, '1611'),
 ST(3032, 'ai_compute_target', 'CN-GD', '컴퓨팅 연산 능력 목표', 'Computing power target', '2027', 60e18, 'FLOPS', '60EFLOPS 초과', '광둥성 정부', CN, '1611'),
 ST(3033, 'ai_policy_target_count', 'CN-GD', '8대 분야 스마트 단말 개발 종류', 'Smart-device types to develop in eight fields', '2027', 100, 'count', '100종 이상', '광둥성 정부', CN, '1611'),
 ST(3034, 'ai_industry_target', 'CN-GD', 'AI 핵심산업 규모 목표', 'Core AI industry target', '2027', 4400 * E8, 'CNY', '4,400억 위안(한화 약 83조 9,000억 원) 이상', '광둥성 정부', CN, '1611'),
 ST(3035, 'ai_policy_target_pct', 'CN-GD', '자체개발 AI 소프트웨어 보급률 목표', 'Share of home-grown AI software', '2027', 50, 'percent', '50%', '광둥성 정부', CN, '1619'),
 ST(3036, 'ai_policy_target_count', 'CN-GD', '고품질 산업 데이터셋 구축 목표', 'High-quality industry datasets to build', '2027', 50, 'count', '50개 이상', '광둥성 정부', CN, '1619'),
 ST(3037, 'ai_policy_target_count', 'CN-GD', '알고리즘 제품·AI 오픈소스 서비스 구축 목표', 'Algorithm products and open-source AI services to build', '2027', 100, 'count', '100개', '광둥성 정부', CN, '1619'),
 ST(3038, 'ai_industry_target', 'CN-GD', '지능형 로봇 산업 연간 매출액 목표', 'Annual revenue target of the intelligent-robot industry', '2027', 900 * E8, 'CNY', '900억 위안', '광둥성 정부', CN, '1621'),
 ST(3039, 'ai_policy_target_count', 'CN-GD', 'AI 스마트폰 생산량 목표', 'AI smartphone output target', '2027', 100000000, 'count', '1억 대 이상', '광둥성 정부', CN, '1621'),
 ST(3040, 'ai_policy_target_count', 'CN-GD', 'AI PC 생산량 목표', 'AI PC output target', '2027', 30000000, 'count', '3천만 대 이상', '광둥성 정부', CN, '1621'),
 '청두시',
 ST(3050, 'ai_policy_target_count', 'CN-SC-CTU', '산업별 대규모 모델 개발 목표', 'Sector large models to develop', '2026', 50, 'count', '50개 이상', '청두시', CN, '1627'),
 ST(3051, 'ai_policy_target_count', 'CN-SC-CTU', 'AI 혁신 플랫폼 구축 목표', 'AI innovation platforms to build', '2026', 40, 'count', '40개', '청두시', CN, '1627'),
 ST(3052, 'ai_policy_target_count', 'CN-SC-CTU', 'AI+ 응용 시나리오 구축 목표', 'AI+ application scenarios to build', '2026', 10, 'count', '10개', '청두시', CN, '1627'),
 ST(3053, 'ai_policy_target_count', 'CN-SC-CTU', '시범 제품 출시 목표', 'Pilot products to launch', '2026', 500, 'count', '500개 이상', '청두시', CN, '1627'),
 ST(3054, 'ai_policy_target_count', 'CN-SC-CTU', 'AI 산업 선도기업 육성·유치 목표', 'Leading AI firms to grow or attract', '2026', 20, 'count', '20개', '청두시', T29, '1638'),
 ST(3055, 'ai_policy_target_count', 'CN-SC-CTU', '전정특신 기업 육성·유치 목표', 'Specialised "little giant" firms to grow or attract', '2026', 100, 'count', '100개', '청두시', T29, '1638'),
 ST(3056, 'ai_policy_target_count', 'CN-SC-CTU', 'AI 중소기업 육성·유치 목표', 'AI SMEs to grow or attract', '2026', 1000, 'count', '1,000개 이상', '청두시', T29, '1638'),
 ST(3057, 'ai_policy_target_count', 'CN-SC-CTU', "'AI+생산' 혁신 활용 시나리오 개발 목표", '"AI + production" scenarios to develop', '', 50, 'count', '50개 이상', '청두시', T29, '1639'),
 ST(3058, 'ai_policy_target_count', 'CN-SC-CTU', "'AI+생활' 혁신 시나리오 개발 목표", '"AI + daily life" scenarios to develop', '2026', 50, 'count', '50개 이상', '청두시', T29, '1639'),
 '베이징시',
 ST(3060, 'ai_policy_target_count', 'CN-BJ', '세계 최고 수준 벤치마크 응용 프로젝트', 'World-class benchmark application projects', '2025', 5, 'count', '5대', '베이징시 발전개혁위원회', CN, '1646'),
 ST(3061, 'ai_policy_target_count', 'CN-BJ', '국내 선도 수준 시범 응용 프로젝트', 'Nationally leading pilot application projects', '2025', 10, 'count', '10개', '베이징시 발전개혁위원회', CN, '1646'),
 '후난성',
 ST(3070, 'ai_industry_target', 'CN-HN', 'AI 산업 규모 목표', 'AI industry target', '2026', 1000 * E8, 'CNY', '1천억 위안(한화 약 18조 원) 이상', '후난성 공업정보화청', CN, '1670'),
 ST(3071, 'ai_compute_target', 'CN-HN', 'AI 연산 능력 목표', 'AI computing power target', '2026', 3600e15, 'FLOPS', '3,600PFlops', '후난성 공업정보화청', CN, '1670'),
 ST(3072, 'ai_policy_target_count', 'CN-HN', '성급 AI 산업단지 조성 목표', 'Provincial AI industrial parks to set up', '2026', 5, 'count', '5개', '후난성 공업정보화청', CN, '1670'),
 ST(3073, 'ai_policy_target_count', 'CN-HN', '특화 초거대 AI 모델 개발 목표', 'Specialised large AI models to develop', '2026', 50, 'count', '50개', '후난성 공업정보화청', CN, '1670'),
 ST(3074, 'ai_policy_target_count', 'CN-HN', '혁신 제품 개발 목표', 'Innovative products to develop', '2026', 100, 'count', '100개', '후난성 공업정보화청', CN, '1670'),
 ST(3075, 'ai_policy_target_count', 'CN-HN', '대표 응용 사례 개발 목표', 'Flagship application cases to develop', '2026', 200, 'count', '200개', '후난성 공업정보화청', CN, '1670'),
 '싱가포르',
 ST(3100, 'ai_program_funding', 'SGP', 'SG 디지털 장학금·AI 해외 인턴십 확충 투자 (3년간)', 'SG Digital scholarships and overseas AI internships (over three years)', '2024..2026', 20000000, 'SGD', '2,000만 달러 이상', '정보통신부', SG, '2626'),
 ST(3101, 'ai_program_funding', 'SGP', '고성능 컴퓨팅 리소스 확보 투자 (최대)', 'High-performance computing resources (up to)', '2024', 500000000, 'SGD', '최대 5억 달러', '정보통신부', SG, '2630'),
 ST(3102, 'ai_program_funding', 'SGP', 'AI 석사 프로그램 투자', 'New AI master\'s programmes', '2024', 7000000, 'SGD', '700만 싱가포르 달러', '정보통신부', SG, '2643'),
 ST(3103, 'ai_policy_target_count', 'SGP', 'AI 실무자 풀 확대 목표 (5년 내)', 'AI practitioners to reach within five years', '', 15000, 'count', '15,000명', '정보통신부', SG, '2644'),
 ST(3104, 'ai_ecosystem_count', 'SGP', '국가 AI 전략 초기 투자로 설립된 연구개발팀', 'R&D teams set up with early NAIS funding', '', 150, 'count', '약 150개', '', SG, '2562'),
 ST(3105, 'ai_ecosystem_count', 'SGP', 'AI로 새 아이디어를 탐구하는 스타트업', 'Start-ups exploring new ideas with AI', '', 900, 'count', '900개', '', SG, '2562'),
 ST(3106, 'ai_ecosystem_count', 'SGP', 'AI Verify Foundation 프리미엄 회원사', 'AI Verify Foundation premier members', '2023-06', 7, 'count', '7개', '정보통신미디어개발청', SG, '2585'),
 ST(3107, 'ai_ecosystem_count', 'SGP', 'AI Verify Foundation 일반 회원', 'AI Verify Foundation general members', '2023-06', 60, 'count', '60개 이상', '정보통신미디어개발청', SG, '2585'),
 ST(3108, 'ai_ecosystem_count', 'SGP', 'AI Verify에 관심을 보인 현지·다국적 기업', 'Local and multinational firms interested in AI Verify', '2023', 50, 'count', '50개 이상', '정보통신미디어개발청', SG, '2595'),
]

# ------------------------------------------------------------------------------------------------
# data_note (ids 3000-3999)
# ------------------------------------------------------------------------------------------------
NOTE_COLS = ['id', 'entity_type', 'entity_key', 'column_name', 'printed_value', 'stored_value', 'anomaly_id',
             'note_ko', 'note_en', 'src_locator', 'src_lines']
def N(id, et, key, col, printed, stored, aid, nko, nen, loc, lines):
    return dict(id=id, entity_type=et, entity_key=key, column_name=col, printed_value=printed, stored_value=stored,
                anomaly_id=aid, note_ko=nko, note_en=nen, src_locator=loc, src_lines=lines)
REF = '참고 문헌'
NOTES = [
 N(3000, 'policy', '3031', 'date', '2024.06.06. (각주 51, 참고 문헌 181)', '2024-05', 'A16',
   '본문, 〈표 3-26〉, 첨부 1은 모두 2024년 5월로 적었고 각주의 6월 6일은 공지 게시일로 보여 5월을 유지했다.',
   'Text, table 3-26 and 첨부 1 all give May 2024; the footnote\'s 6 June looks like the notice\'s posting date, so May is kept.',
   CN, '1613'),
 N(3001, 'policy', '3022', 'date', '2024.06.05. (각주 46, 참고 문헌 180)', '2024-07', 'A17',
   '본문과 첨부 1은 2024년 7월 발표로 적었다. 각주의 6월 5일은 문서 작성일로 보고 공개 시점인 7월을 저장했다.',
   'The text and 첨부 1 date the release to July 2024; the footnote\'s 5 June is taken as the document date, so the July release is stored.',
   CN, '1470'),
 N(3002, 'policy', '4022', 'date', '2023.6.4 (각주 58, 참고 문헌 177)', '2024-06-04', 'A22',
   '같은 문서를 가리키는 각주 67과 참고 문헌 178은 2024.6.4로 적었고 본문도 2024년 6월이라, 2023년 표기는 오타로 보았다.',
   'Footnote 67, reference 178 and the text all point to June 2024 for the same document; the 2023 form is treated as a typo.',
   JP, '1715'),
 N(3003, 'policy', '3025', 'date', '2024.0.09. (참고 문헌 173)', '2024-09-09', 'A23',
   '참고 문헌의 월이 0으로 찍혔다. 각주 49는 2024.09.09, 본문은 2024년 9월이다.',
   'The reference list prints month 0; footnote 49 reads 2024.09.09 and the text says September 2024.',
   REF, '5896'),
 N(3004, 'policy', '9004', 'date', '2019 (〈표 3-54〉)', '2023-06-07', 'A24',
   '표는 재단 설립을 2019년 줄에 넣었지만, 각주 114의 IMDA 보도자료는 2023년 6월 7일 출범을 알린다.',
   'The table lists the foundation under 2019, but IMDA\'s press release in footnote 114 announces its launch on 7 June 2023.',
   SG + ' · 〈표 3-54〉', '2610'),
 N(3005, 'policy', '9005', 'date', '2019 (〈표 3-54〉)', '2023', 'A24',
   '표는 AI Verify 개발을 2019년으로 묶었으나 본문은 2023년 국제 시범용 최소 기능 제품 출시를 적었다. 본문 연도를 따랐다.',
   'The table files AI Verify under 2019, while the text says its minimum viable product came out for an international pilot in 2023; the text is followed.',
   SG + ' · 〈표 3-54〉', '2610'),
 N(3006, 'statistic', '3031', 'value_as_printed', '3,000억 위안(한화 약 577조 1,980억 원)', '300000000000 CNY (약 57조 원)', 'B02',
   '원화 환산이 10배 크다. 같은 줄의 4,400억 위안은 약 83.9조 원, 1,000억 위안은 약 19조 원이므로 3,000억 위안은 약 57조 원이다. 위안 값만 저장했다.',
   'The won conversion is ten times too large: on the same rates 300 billion yuan is about 57 trillion won. Only the yuan value is stored.',
   CN, '1611'),
 N(3007, 'policy', '3034', 'src_locator', '〈표 3-31〉 청두시 AI 산업 고품질 발전 3개년 계획의 중점 임무', '〈표 3-31〉 후난성 계획의 중점 임무', 'C01',
   '〈표 3-31〉 제목이 〈표 3-29〉를 그대로 베꼈지만 후난성 절에 있고 내용도 후난성 계획이라 후난성 정책의 항목으로 넣었다.',
   'Table 3-31 repeats the caption of table 3-29, but it sits in the Hunan section and lists Hunan\'s tasks, so its rows are attached to the Hunan plan.',
   CN + ' · 〈표 3-31〉', '1672'),
 N(3008, 'policy', '3025', 'src_locator', 'AI 보안 위협 대응조치 (표 목차)', 'AI 보안 위험 대응조치', 'C03',
   '본문 표 제목은 "위험", 표 목차는 "위협"이다. 표 안의 분류가 모두 "위험"이라 본문 제목을 썼다.',
   'The body caption says "risk" and the list of tables "threat"; every row of the table speaks of risks, so the body caption is used.',
   '표 목차', '100'),
 N(3009, 'policy', '4003', 'issuer_ko', '국가발전개혁위원회, 과학기술부 등', '경제산업성', 'C06',
   '일본 표의 담당 기관 칸에 중국 기관명이 들어가 있다. 신산업구조비전은 일본 경제산업성 문서이므로 경제산업성을 저장했다.',
   'The Japanese table names Chinese agencies as the issuer; the New Industrial Structure Vision is a METI document, so METI is stored.',
   JP + ' · 〈표 3-32〉', '1742'),
 N(3010, 'organization', '3108', 'abbreviation', 'AISD', 'AISI', 'C26',
   '절 제목과 본문 첫 문장은 AISD로 적었으나 같은 장의 다른 곳과 첨부 1은 AISI로 적었다.',
   'The heading and first sentence print AISD; the rest of the section and 첨부 1 use AISI.',
   JP, '1755-1759'),
 N(3011, 'appendix1_entry', 'CHN|tech_research|2', 'title_as_printed', '시로 생성된 합성 콘텐츠 표시 방법(초안)', 'AI로 생성된 합성 콘텐츠 표시 방법(초안)', 'C32',
   '첨부 1의 "시로"는 "AI로"의 OCR 오류다. 항목은 인쇄된 대로 두고 정책 제목은 본문 표기를 따랐다.',
   'The 첨부 1 form is an OCR slip for "AI로"; the entry keeps the printed text and the policy uses the title from the body.',
   CN, '1513'),
 N(3012, 'policy', '3023', 'policy_item.label_ko', '기초 지원, 운영 관리 (본문 나열)', '기초 기반, 운영 및 유지관리 (〈표 3-24〉)', 'C27',
   '본문이 나열한 업무 범위 이름과 표의 이름이 두 곳에서 다르다. 항목 이름은 표를 따랐다.',
   'Two scope names differ between the prose list and table 3-24; the item labels follow the table.',
   CN, '1493'),
 N(3013, 'policy', '3033', 'policy_item.label_ko', '방송 미디어 (본문 나열)', '방송 서비스 (〈표 3-30〉)', 'C28',
   '10대 시범 프로젝트 중 하나의 이름이 본문과 표에서 다르다. 표 이름을 쓰고 항목 설명에 본문 표기를 적었다.',
   'One of the ten pilot projects is named differently in the prose and in table 3-30; the table\'s name is used and the prose name is mentioned in the item text.',
   CN, '1650'),
 N(3014, 'statistic', '3100', 'unit', '달러', 'SGD', '',
   '보고서는 "달러"라고만 적었다. 싱가포르 정부 발표이고 같은 절의 다른 금액이 싱가포르 달러라서 SGD로 보았다.',
   'The report only says "dollars"; as these are Singapore government figures and the section\'s other amount is in Singapore dollars, SGD is assumed.',
   SG, '2626'),
 N(3017, 'statistic', '3101', 'unit', '달러', 'SGD', '',
   '금액 단위가 "달러"로만 적혀 있어, 싱가포르 정부 발표라는 점에 비추어 싱가포르 달러로 보았다.',
   'Printed only as "dollars"; read as Singapore dollars because the figure comes from a Singapore government announcement.',
   SG, '2630'),
 N(3016, 'policy', '9003', 'issuer_ko', '로렌스 워그 부총리', '로렌스 웡 부총리 (Lawrence Wong)', '',
   '부총리 이름이 "워그"로 잘못 찍혔다. 싱가포르 부총리 Lawrence Wong의 한글 표기 "웡"으로 적었다.',
   'The deputy prime minister\'s name is misprinted; the usual Korean spelling of Lawrence Wong is used.',
   SG, '2634'),
 N(3015, 'organization', '3002', 'name_ko', '국가인터넷정보관공실 / 중앙인터넷정보관공실', '국가인터넷정보판공실', '',
   '본문 여러 곳에 "판공실"이 "관공실"로 잘못 찍혔다. 첨부 1과 본문 배경 설명의 "판공실"을 따랐다.',
   'Several body lines misprint 판공실 as 관공실; the spelling of the background text and 첨부 1 is kept.',
   CN, '1438'),
]

# ------------------------------------------------------------------------------------------------
# alias
# ------------------------------------------------------------------------------------------------
ALIAS_COLS = ['entity_type', 'entity_id', 'alias', 'lang', 'src_locator', 'src_lines']
def L(et, eid, alias, lang, loc, lines):
    return dict(entity_type=et, entity_id=eid, alias=alias, lang=lang, src_locator=loc, src_lines=lines)
ALIASES = [
 L('jurisdiction', 'CN-GD', '광동성', 'ko', CN, '1609'),
 L('jurisdiction', 'CN-GD', '广东省', 'zh', CN, '1613'),
 L('jurisdiction', 'CN-SN', '陕西', 'zh', CN, '1594'),
 L('jurisdiction', 'CN-SC-CTU', '成都市', 'zh', CN, '1629'),
 L('jurisdiction', 'CN-HN', '湖南省', 'zh', CN, '1683'),
 L('organization', '3002', '국가인터넷정보관공실', 'ko', CN, '1438'),
 L('organization', '3002', '중앙인터넷정보관공실', 'ko', CN, '1466'),
 L('organization', '3002', '国家互联网信息办公室', 'zh', CN, '1523'),
 L('organization', '3001', '工业和信息化部', 'zh', CN, '1470'),
 L('organization', '3001', '工信部', 'zh', CN, '1508'),
 L('organization', '3005', '全国网络安全标准化技术委员会', 'zh', CN, '1550'),
 L('organization', '3005', '중국사이버보안표준화 기술위원회', 'ko', AP, '5921'),
 L('organization', '3006', '중국AI표준화기술위원회', 'ko', CN + ' · 〈표 3-24〉', '1495'),
 L('organization', '3006', '人工智能标准化技术委员会', 'zh', CN, '1508'),
 L('organization', '3021', '광동성 정부', 'ko', CN, '1611'),
 L('organization', '3021', '广东省人民政府', 'zh', CN, '1613'),
 L('organization', '3024', '湖南省工业和信息化厅', 'zh', CN, '1683'),
 L('organization', '3101', '内閣府', 'ja', JP, '1695'),
 L('organization', '3104', '総務省', 'ja', JP, '1811'),
 L('organization', '3105', '経済産業省', 'ja', JP, '1732'),
 L('organization', '3106', '防衛省', 'ja', JP, '1916'),
 L('organization', '3108', 'AISD', 'en', JP, '1755'),
 L('organization', '3108', 'AI セーフティ・インスティテュート', 'ja', JP, '1773'),
 L('organization', '3108', '일본 AI 안전연구소', 'ko', JP, '1763'),
 L('organization', '3109', 'AI制度研究会', 'ja', JP, '1962'),
 L('organization', '3102', 'AI戦略会議', 'ja', JP, '1965'),
 L('organization', '3200', '정보통신미디어선부', 'ko', SG, '2585'),
 L('organization', '3200', 'MCI', 'en', SG, '2623'),
 L('organization', '3201', 'IMDA', 'en', SG, '2585'),
 L('organization', '3202', 'PDPC', 'en', SG, '2597'),
 L('organization', '3203', 'AI Verify Foundation', 'en', SG, '2585'),
 L('policy', '3002', '차세대 AI 발전 규획', 'ko', CN, '1426'),
 L('policy', '3020', 'AI 플러스', 'ko', CN, '1450'),
 L('policy', '3024', '시로 생성된 합성 콘텐츠 표시 방법(초안)', 'ko', AP, '5921'),
 L('policy', '3024', '人工智能生成合成内容标识办法', 'zh', CN, '1523'),
 L('policy', '3025', '人工智能安全治理框架', 'zh', CN, '1530'),
 L('policy', '3025', 'AI 보안 거버넌스 프레임워크', 'ko', AP, '5921'),
 L('policy', '3030', 'AI 산업 혁신 클러스터 육성 행동계획', 'ko', AP, '5921'),
 L('policy', '3031', 'AI와 천 개 산업 융합 발전을 위한 조치', 'ko', CN, '1611'),
 L('policy', '3032', '成都市人工智能产业高质量发展三年行动计划', 'zh', CN, '1629'),
 L('policy', '3033', '베이징시 AI 플러스 행동계획', 'ko', CN, '1646'),
 L('policy', '4021', 'AI 사업자 가이드라인', 'ko', JP, '1789'),
 L('policy', '4021', 'AI사업자 가이드라인 ver.1.0', 'ko', F35, '1726'),
 L('policy', '4023', '防衛省 A I 活用推進基本方針', 'ja', JP + ' · 〈표 3-36〉', '1927'),
 L('policy', '4020', 'AI 안전연구소(AISD)', 'ko', JP, '1755'),
 L('policy', '9002', 'NAIS', 'en', SG, '2585'),
 L('policy', '9003', 'NAIS 2.0', 'en', SG, '2564'),
 L('policy', '9006', 'Model AI Governance Framework', 'en', SG, '2597'),
]

# ------------------------------------------------------------------------------------------------
def fmt_num(rows, col):
    for r in rows:
        if isinstance(r, dict) and isinstance(r.get(col), float):
            v = r[col]
            r[col] = str(int(v)) if v.is_integer() else repr(v)

def main():
    fmt_num(STATS, 'value')
    write('organization', 'c3.tsv', ORG_COLS, ORGS, 'Curator 3 (CHN incl. provinces/cities, JPN, SGP): issuing bodies. Generated by db/tools/c3_make_tsv.py.')
    for jur, pol, it, src, a1 in (('CHN', CHN, ITEMS_CHN, SRC_CHN, A1_CHN), ('JPN', JPN, ITEMS_JPN, SRC_JPN, A1_JPN),
                                  ('SGP', SGP, ITEMS_SGP, SRC_SGP, A1_SGP)):
        hdr = 'Curator 3, %s (제3장 and 첨부 1). Generated by db/tools/c3_make_tsv.py; summaries are our own wording.' % jur
        write('policy', jur + '.tsv', POL_COLS, pol, hdr)
        write('policy_item', jur + '.tsv', ITEM_COLS, it, hdr)
        write('policy_source', jur + '.tsv', SRC_COLS, src, hdr)
        write('appendix1_entry', jur + '.tsv', A1_COLS, a1, 'Curator 3, %s: 첨부 1 cells (INVENTORY §11.1). Generated by db/tools/c3_make_tsv.py.' % jur)
    write('statistic_topic', 'c3.tsv', TOPIC_COLS, TOPICS, 'Curator 3: statistic topics for China/Japan/Singapore policy targets and counts (Singapore funding uses c1\'s ai_program_funding).')
    write('statistic', 'c3.tsv', STAT_COLS, STATS, 'Curator 3: targets, budgets and counts from 제3장 제3·4·9절. Money in base units with ISO 4217.')
    write('data_note', 'c3.tsv', NOTE_COLS, NOTES, 'Curator 3: contradictions of the report about values stored in c3 rows (ANOMALIES.md ids where listed).')
    write('alias', 'c3.tsv', ALIAS_COLS, ALIASES, 'Curator 3: other spellings of names (Korean variants, OCR forms, original-language names).')

if __name__ == '__main__':
    main()
