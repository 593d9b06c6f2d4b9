"""첨부 1 cells for USA (L5919) and CAN (L5927), split as hand-checked in INVENTORY §11.1."""
from c1_common import A1

COLS = ['jurisdiction_id', 'field', 'seq', 'policy_id', 'note_ko', 'note_en', 'issuer_as_printed',
        'title_as_printed', 'date_as_printed', 'src_locator', 'src_lines']

EO = ('백악관', 'AI 행정명령', '2023.10(~2024.1)', 1008)
NSM = ('백악관', '국가안보 각서', '2024.10', 1013)
GUIDE = ('캐나다 정부', '생성 AI 사용에 관한 가이드', '2024.10', 6009)


def E(jur, field, seq, item, note_ko=None, note_en=None):
    issuer, title, date, pid = item
    line = '5919' if jur == 'USA' else '5927'
    return [jur, field, seq, pid, note_ko, note_en, issuer, title, date, A1, line]


ROWS = [
    '미국 (L5919): 정책/법제 3 · 기업/산업 3 · 기술/연구 4 · 인력/교육 2',
    E('USA', 'policy_law', 1, EO, 'AI 리더십, AI 안전 등', 'AI leadership, AI safety, etc.'),
    E('USA', 'policy_law', 2, ('예산관리국', '연방정부의 AI 사용에 관한 정책 발표', '2024.3', 1012)),
    E('USA', 'policy_law', 3, NSM, '국가안보에 AI 활용; AI 중심 국제적 협의회 거버넌스 발전',
      'Using AI for national security; advancing AI-centred international council governance'),
    E('USA', 'industry', 1, EO, 'AI 혁신 투자 등', 'Investment in AI innovation, etc.'),
    E('USA', 'industry', 2, NSM, '첨단 AI 칩 확보; AI 안전연구소', 'Securing advanced AI chips; AI Safety Institute'),
    E('USA', 'industry', 3, ('재무부', '對중국 투자 제한 행정규칙 발표', '2024.11', 1015)),
    E('USA', 'tech_research', 1, EO, 'AI 신기술 개발', 'Developing new AI technologies'),
    E('USA', 'tech_research', 2, ('NSF', '국가 AI 연구 리소스 파일럿 착수', '2024.1', 1010)),
    E('USA', 'tech_research', 3, NSM, '국가AI연구자원 (NAIRR) 프로젝트 강화 등',
      'Strengthening the National AI Research Resource (NAIRR) project, etc.'),
    E('USA', 'tech_research', 4, ('미국 AI 안전연구소', '영국 AI안전연구소와 MOU', '2024.4', 1900)),
    E('USA', 'talent_education', 1, EO, 'AI 전문인력 유치 및 교육 등', 'Attracting and training AI professionals, etc.'),
    E('USA', 'talent_education', 2, NSM, '국가안보에 AI 활용', 'Using AI for national security'),
    '캐나다 (L5927): 정책/법제 3 · 기업/산업 1 · 기술/연구 1 · 인력/교육 1',
    E('CAN', 'policy_law', 1, ('캐나다 정부', '자동화된 의사결정에 관한 지침', '2024.4', 6011)),
    E('CAN', 'policy_law', 2, ('캐나다 정부', '생성 AI 사용에 관한 가이드 (개정본)', '2024.10', 6009)),
    E('CAN', 'policy_law', 3, GUIDE),
    E('CAN', 'industry', 1, ('캐나다 정부', '2024 예산안', '2024.4', 6010),
      '컴퓨팅 기술 인프라 구축(2억 캐나다 달러 등)', 'Building computing and technical infrastructure (CAD 200 million, etc.)'),
    E('CAN', 'tech_research', 1, ('캐나다 정부', 'AI 안전연구소', '2024.11', 6013)),
    E('CAN', 'talent_education', 1, GUIDE, '생성 AI 사용 방법 학습, 투명성 등',
      'Learning how to use generative AI, transparency, etc.'),
]
