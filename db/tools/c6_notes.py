#!/usr/bin/env python3
"""Write curator c6's data notes (ids 6000-6999) and aliases for 첨부 3.

Activities are referred to by their item key ('o25.4' = 4th item of overseas row 25); the key is
turned into the activity id with c6_activities.build, so notes follow the generated ids.
Run after c6_appendix3.py: python3 db/tools/c6_notes.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import c6_appendix3 as A
import c6_activities

DOM, OVS = A.LOCATOR['domestic'], A.LOCATOR['overseas']
CH5 = '제5장 제1절 국외 기업'

# (entity_type, key, column, printed, stored, anomaly, note_ko, note_en, src_locator, src_lines)
NOTES = [
    # --- dates that the report gives differently elsewhere
    ('company_activity', 'o25.4', 'date', "'24.2", '2024-04', 'A14',
     '제5장은 라마 3 공개일을 2024년 4월 18일로 적어 그 달로 저장함.',
     'Chapter 5 dates the Llama 3 release 18 April 2024, so April is stored.', f'{CH5} · 3. 메타 플랫폼스', '3798'),
    ('company_activity', 'o23.5', 'date', "'24.8", '2024-06', 'A15',
     '제5장에 따르면 아티팩트는 2024년 6월 21일 클로드 3.5 소네트와 함께 공개됨; 8월은 전체 사용자 확대 시점일 수 있음.',
     'Chapter 5 says Artifacts came out with Claude 3.5 Sonnet on 21 June 2024; August may be the wider roll-out.',
     f'{CH5} · 6. AI 스타트업', '4356-4362'),
    ('company_activity', 'o25.12', 'date', "'24.10", '2024-08', 'A13',
     '제5장 본문(2024년 8월 8일)과 각주(2024.08.19)가 모두 8월이라 8월로 저장함.',
     'Both the chapter-5 text (8 August 2024) and its footnote (19 August 2024) point to August.',
     f'{CH5} · 3. 메타 플랫폼스', '3828-3832'),
    ('company_activity', 'd1.2', 'date', "'3.8", '2023-08', 'C34',
     "연도가 깨진 날짜 '3.8은 같은 칸의 다른 항목('23.3, '23.4) 흐름상 2023년 8월로 읽음.",
     "The garbled date '3.8 is read as August 2023, in line with the other items of the cell ('23.3, '23.4).",
     DOM, '5970'),
    ('company_activity', 'o49.4', 'date', None, '2024-03', None,
     '첨부 3에는 날짜가 없으나 제5장은 MS와 인플렉션의 계약을 2024년 3월로 적음.',
     'Appendix 3 gives no date; chapter 5 places the Microsoft-Inflection deal in March 2024.',
     f'{CH5} · 5. 기타 주요 기업', '4228'),
    ('company_activity', 'o58.2', 'date', "'23.4", '2023-04', 'A36',
     '인쇄된 날짜를 그대로 두었으나, 엔비디아의 런AI 인수는 2024년 4월에 발표된 것으로 알려져 있음(외부 사실과 불일치).',
     'Kept as printed, but Nvidia announced the Run:ai acquisition in April 2024 (disagrees with public record).',
     OVS, '6075'),
    ('company_activity', 'o35.2', 'date', "'24.3", '2024-03', None,
     '인쇄된 날짜를 그대로 두었으나, 데이터브릭스의 모자이크ML 인수는 2023년 6~7월에 이뤄진 것으로 알려져 있음.',
     'Kept as printed, but Databricks bought MosaicML in June-July 2023 (disagrees with public record).',
     OVS, '6049'),
    # --- amounts
    ('company_activity', 'o37.12', 'amount_value', '6,400만 달러', '640000000 USD', 'B07',
     '제5장은 같은 2024년 6월 투자를 6억 유로, 각주는 6.4억 달러로 적어 10배 차이가 나므로 6.4억 달러로 저장함.',
     'Chapter 5 gives EUR 600 million and its footnote USD 640 million for the June 2024 round, ten times the printed figure.',
     f'{CH5} · 6. AI 스타트업', '4433-4441'),
    ('company_activity', 'o61.4', 'text_ko', '삼성전자 주도', '삼성전자 주도', None,
     '그록의 2024년 8월 시리즈 D는 블랙록 펀드가 주도하고 삼성 카탈리스트 펀드는 참여한 것으로 알려져 있음; 인쇄대로 둠.',
     "Groq's August 2024 Series D is publicly reported as led by BlackRock funds with Samsung Catalyst Fund taking part; kept as printed.",
     OVS, '6080'),
    # --- the table's layout
    ('appendix3_entry', 'overseas|11', 'company_as_printed', 'SUNO (가치사슬 열)', 'SUNO', 'C33',
     '이 행은 기업명이 가치사슬 열에, 활동이 기업명 열에 밀려 있어 바로잡고 애플리케이션·서비스 범주로 둠.',
     'This row has the company in the value-chain column and the activities one column left; repaired and kept in applications & services.',
     OVS, '6021'),
    ('appendix3_entry', 'overseas|53', 'category_ko', '클라우드 (기업명 열)', '클라우드', 'C33',
     "범주 '클라우드'가 기업명 열에, AWS가 활동 열에 적혀 있고 AWS 활동은 비어 있음; 클라우드 범주의 첫 행으로 복원함.",
     "The category 'cloud' sits in the company column and AWS in the activity column, with no activities; restored as the first cloud row.",
     OVS, '6070'),
    ('appendix3_entry', 'overseas|54', 'company_as_printed', 'MS Azure (가치사슬 열)', 'MS Azure', 'C33',
     '기업명이 가치사슬 열에 있고 기업명 열은 비어 있음(MS Azure~Alibaba Cloud 4개 행 공통); 클라우드 범주로 복원함.',
     'The company sits in the value-chain column with an empty company column (all four rows MS Azure to Alibaba Cloud); restored under cloud.',
     OVS, '6071-6074'),
    ('appendix3_entry', 'overseas|55', 'company_as_printed', 'Google Cloud (가치사슬 열)', 'Google Cloud', 'C33',
     '기업명이 가치사슬 열로 밀린 행으로, 클라우드 범주로 복원함.',
     'Company printed in the value-chain column; restored under cloud.', OVS, '6072'),
    ('appendix3_entry', 'overseas|56', 'company_as_printed', 'IBM (가치사슬 열)', 'IBM', 'C33',
     '기업명이 가치사슬 열로 밀린 행으로, 클라우드 범주로 복원함.',
     'Company printed in the value-chain column; restored under cloud.', OVS, '6073'),
    ('appendix3_entry', 'overseas|57', 'company_as_printed', 'Alibaba Cloud (가치사슬 열)', 'Alibaba Cloud', 'C33',
     '기업명이 가치사슬 열로 밀린 행으로, 클라우드 범주로 복원하고 알리바바 기업에 연결함.',
     'Company printed in the value-chain column; restored under cloud and linked to Alibaba.', OVS, '6074'),
    ('company', '217', 'name_en', 'Top 10 GPTs', 'Top 10 GPTs', None,
     '이 행은 기업이 아니라 인기 맞춤형 GPT 10개의 목록이어서, 표의 행을 보존하려고 기업 행으로 두고 각 GPT를 날짜 없는 활동으로 저장함.',
     'This row lists ten popular custom GPTs rather than a company; it is kept as a company row to preserve the table, each GPT an undated activity.',
     OVS, '6033'),
    # --- misspelt company names (C36 and others)
    ('company', '203', 'name_en', 'MjJourney', 'Midjourney', 'C36',
     '기업명 오타를 바로잡아 저장하고 인쇄형은 별칭으로 둠.', 'Misspelt company name corrected; the printed form is kept as an alias.', OVS, '6015'),
    ('company', '226', 'name_en', 'A21 Labs', 'AI21 Labs', 'C36',
     '기업명 오타를 바로잡아 저장하고 인쇄형은 별칭으로 둠.', 'Misspelt company name corrected; the printed form is kept as an alias.', OVS, '6053'),
    ('company', '241', 'name_en', 'GraphiCore', 'Graphcore', 'C36',
     '기업명 오타를 바로잡아 저장하고 인쇄형은 별칭으로 둠.', 'Misspelt company name corrected; the printed form is kept as an alias.', OVS, '6081'),
    ('company', '122', 'name_ko', '사파온', '사피온', 'C36',
     '기업명 오타를 바로잡아 저장하고 인쇄형은 별칭으로 둠.', 'Misspelt company name corrected; the printed form is kept as an alias.', DOM, '6001'),
    ('company', '103', 'name_ko', '프렌들리시', '프렌들리AI', 'C36',
     '기업명 오타(AI→시 OCR)를 바로잡아 저장하고 인쇄형은 별칭으로 둠.',
     'Misspelt name (an OCR slip of AI) corrected; the printed form is kept as an alias.', DOM, '5973'),
    ('company', '109', 'name_ko', '마음씨', '마음AI', 'C36',
     '기업명 오타(AI→씨)를 바로잡아 저장하고 인쇄형은 별칭으로 둠.',
     'Misspelt name corrected; the printed form is kept as an alias.', DOM, '5985'),
    ('company', '116', 'name_ko', '올거나이츠', '올거나이즈', None,
     '기업명 오타로 보고 회사의 한국어 표기로 저장하며 인쇄형은 별칭으로 둠.',
     "Read as a misspelling and stored under the company's Korean name; the printed form is kept as an alias.", DOM, '5994'),
    ('company', '106', 'name_ko', 'LGT', 'LG유플러스', None,
     "국내 표는 옛 약칭 'LGT'를 쓰지만 같은 표의 포티투마루 행은 'LG유플러스'로 적어 현재 사명으로 저장함.",
     "The domestic table uses the old short name 'LGT' while its 42Maru row says LG유플러스; stored under the current name.",
     DOM, '5989'),
    # --- misspellings inside activity labels
    ('company_activity', 'd11.5', 'text_ko', 'Perplexcity AI', 'Perplexity AI', 'C36',
     '같은 칸의 다음 항목은 Perplexity AI로 바르게 적음; 인쇄형은 퍼플렉시티의 별칭으로 둠.',
     'The next item of the cell spells Perplexity AI correctly; the printed form is an alias of Perplexity.', DOM, '5980'),
    ('company_activity', 'o14.1', 'text_ko', '시리즈 AI', '시리즈 A', 'C36',
     "'시리즈 AI'는 시리즈 A 투자 라운드의 오타로 봄.", "'시리즈 AI' is read as a typo for a Series A round.", OVS, '6024'),
    ('company_activity', 'o22.17', 'text_ko', 'FT (두 번)', 'FT', 'C36',
     '언론사 목록에 FT가 두 번 나와 한 번만 남김.', 'The FT is listed twice among the publishers; kept once.', OVS, '6034'),
    ('company_activity', 'o24.15', 'text_en', 'AphaChip', 'AlphaChip', 'C36',
     '칩 설계 AI 이름의 오타.', 'Typo in the name of the chip-design AI.', OVS, '6036'),
    ('company_activity', 'o37.6', 'text_en', 'Les Ministros', 'Les Ministraux', 'C36',
     '온디바이스 모델군 이름의 오타.', 'Typo in the name of the on-device model family.', OVS, '6051'),
    ('company_activity', 'o51.2', 'text_ko', 'Coveriant', 'Covariant', 'C36',
     '같은 행의 기업명과 철자가 다름; 기업명 Covariant로 읽음.', "Spelt differently from the row's company name; read as Covariant.", OVS, '6068'),
    ('company_activity', 'o59.1', 'text_en', '헤너바랩스', 'Habana Labs', 'C36',
     '인텔이 인수한 이스라엘 AI 반도체 기업 하바나랩스의 오기.', 'Misspelling of Habana Labs, the Israeli AI chip maker Intel bought.', OVS, '6076'),
    ('company_activity', 'o60.4', 'text_en', 'M1300X', 'MI300X', 'C36',
     'AMD GPU 이름의 오타(I→1).', 'Typo in the AMD GPU name (1 for I).', OVS, '6079'),
    ('company_activity', 'o66.1', 'text_en', 'Cobal 100', 'Cobalt 100', 'C36',
     'MS CPU 이름의 오타.', "Typo in the name of Microsoft's CPU.", OVS, '6085'),
    ('company_activity', 'o68.2', 'text_ko', '생성 시용', '생성 AI용', 'C32',
     "'AI'가 '시'로 잘못 인식된 OCR 오류를 바로잡음.", "OCR error that turns 'AI' into '시', corrected.", OVS, '6087'),
    ('company_activity', 'o24.14', 'text_en', 'GemEM', 'GenEM', None,
     '구글 딥마인드의 로봇 제스처 생성 연구 GenEM의 오기로 봄.', "Read as GenEM, Google DeepMind's robot-gesture research.", OVS, '6036'),
    ('company_activity', 'o27.3', 'text_en', 'Lupus', 'Rufus', None,
     '아마존의 쇼핑 도우미 챗봇 이름은 루퍼스(Rufus)임.', "Amazon's shopping-assistant chatbot is called Rufus.", OVS, '6039'),
    ('company_activity', 'o30.2', 'text_en', 'Latte3', 'LATTE3D', None,
     '엔비디아의 텍스트-3D 모델 LATTE3D의 오기.', "Misspelling of Nvidia's text-to-3D model LATTE3D.", OVS, '6044'),
    ('company_activity', 'o45.3', 'text_en', 'Dubao', 'Doubao', None,
     '바이트댄스 챗봇 더우바오(Doubao)의 오기; 같은 칸의 두 항목도 같음.',
     "Misspelling of ByteDance's chatbot Doubao; the two later items of the cell repeat it.", OVS, '6062'),
    ('company_activity', 'd32.2', 'text_en', 'RINGD', 'RNGD', None,
     '퓨리오사 2세대 칩 이름은 RNGD(레니게이드)임.', "FuriosaAI's second-generation chip is named RNGD (Renegade).", DOM, '6003'),
    ('company_activity', 'o48.3', 'text_en', 'Molmo 4중', 'Molmo 4종', None,
     "'4중'은 네 종류를 뜻하는 '4종'의 오타로 봄.", "'4중' is read as '4종', i.e. four models.", OVS, '6065'),
]

# (company id, alias, lang, src_locator, src_lines)
ALIASES = [
    (203, 'MjJourney', 'en', OVS, '6015'), (226, 'A21 Labs', 'en', OVS, '6053'),
    (241, 'GraphiCore', 'en', OVS, '6081'), (237, 'Coveriant', 'en', OVS, '6068'),
    (210, 'Perplexcity AI', 'en', DOM, '5980'), (210, 'Perplexity', 'en', OVS, '6022'),
    (122, '사파온', 'ko', DOM, '6001'), (103, '프렌들리시', 'ko', DOM, '5973'), (109, '마음씨', 'ko', DOM, '5985'),
    (116, '올거나이츠', 'ko', DOM, '5994'), (106, 'LGT', None, DOM, '5981'),
    (212, 'Character.ai', 'en', OVS, '6025'), (221, 'SalesForce', 'en', OVS, '6047'),
    (230, 'Sensetime', 'en', OVS, '6061'), (232, 'MInimax', 'en', OVS, '6063'), (227, 'Zhipu.AI', 'en', OVS, '6054'),
    (234, 'Allen AI Institute', 'en', OVS, '6065'), (234, 'AI2', 'en', '제6장 제1절 국제 학술단체, 표준기관, 비영리 연구기관', '5034'),
    (235, 'Inflection', 'en', OVS, '6066'), (236, 'Hyperwrite', 'en', OVS, '6067'),
    (206, 'Leonardo', 'en', OVS, '6018'), (209, 'SUNO', 'en', OVS, '6021'),
    (218, 'AWS', 'en', OVS, '6070'), (228, 'Alibaba', 'en', OVS, '6055'), (228, 'Alibaba Cloud', 'en', OVS, '6074'),
    (243, 'Cerebras', 'en', OVS, '6087'), (244, 'SambaNova', 'en', OVS, '6088'),
    (1, 'Google (Deepmind)', 'en', OVS, '6036'), (1, 'Google Cloud', 'en', OVS, '6072'),
    (2, 'MS Azure', 'en', OVS, '6071'),
]


def main():
    ids = {x['_key']: x['id'] for x in c6_activities.build(A.table_rows())}
    rows = []
    for n, (t, k, col, pv, sv, an, ko, en, loc, lines) in enumerate(NOTES):
        rows.append(dict(id=6000 + n, entity_type=t, entity_key=ids[k] if t == 'company_activity' else k,
                         column_name=col, printed_value=pv, stored_value=sv, anomaly_id=an, note_ko=ko, note_en=en,
                         src_locator=loc, src_lines=lines))
    A.write(os.path.join(A.SEED, 'data_note', 'c6.tsv'),
            ['id', 'entity_type', 'entity_key', 'column_name', 'printed_value', 'stored_value', 'anomaly_id',
             'note_ko', 'note_en', 'src_locator', 'src_lines', 'src_page'], rows,
            '첨부 3 notes (curator c6; generated by db/tools/c6_notes.py); src_* = where the conflicting evidence is')
    A.write(os.path.join(A.SEED, 'alias', 'c6.tsv'),
            ['entity_type', 'entity_id', 'alias', 'lang', 'src_locator', 'src_lines', 'src_page'],
            [dict(entity_type='company', entity_id=c, alias=a, lang=l, src_locator=loc, src_lines=s)
             for c, a, l, loc, s in ALIASES],
            '첨부 3 spellings of company names (curator c6; generated by db/tools/c6_notes.py)')


if __name__ == '__main__':
    main()
