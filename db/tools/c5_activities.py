#!/usr/bin/env python3
"""Write db/seed/company_activity/c5.tsv: the 72 headed 2024 activity items of chapter 5.

The texts below are our own short descriptions (never the report's sentences). The script only
adds the source span of each item: from its heading line ("가. …") to the last non-empty line
before the next heading, read from the report so the spans stay exact.

Ids: company_id * 100 + item number (Alphabet 101-117, Microsoft 201-203, …, 비온드날리지 2801).
Dates: the date in the item's first sentence; where the text has none, the footnote's source date
(marked so in date_as_printed), or the year of the "2024년 기업 동향" heading. Where the report
contradicts itself the better-supported date is stored (see db/seed/data_note/c5.tsv).

Usage: python3 db/tools/c5_activities.py [--report PATH]
"""
import argparse
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_REPORT = os.path.join(os.path.dirname(ROOT), 'shared', 'seed', 'ai-industry-trends-2024.txt')
OUT = os.path.join(ROOT, 'db', 'seed', 'company_activity', 'c5.tsv')

S1 = '제5장 제1절 국외 기업'
S2 = '제5장 제2절 국내 기업'
C1 = '(1) 사업전략/투자/M&A'
C2 = '(2) 기술개발 및 혁신'

# (heading line, id, company_id, date, date_end, date_as_printed, kind, locator, tag_ko,
#  text_ko, text_en, amount_value, amount_currency, amount_as_printed)
ITEMS = [
    # ---- 1. 알파벳(구글) -------------------------------------------------------------------
    (3385, 101, 1, '2024-01-04', '', '2024년 1월 4일', 'research', S1 + ' · 1. 알파벳(구글) · ' + C1 + ' 가.', '사업전략/투자/M&A',
     '구글 딥마인드가 기반 모델(LLM·VLM)과 로봇 제어 모델 RT를 묶어 여러 로봇이 스스로 할 일을 고르고 학습 데이터를 모으게 하는 시스템 ‘오토RT’를 선보였다. SARA-RT와 RT-트레젝토리도 함께 소개했다.',
     'Google DeepMind unveiled AutoRT, which pairs foundation models (LLM and VLM) with Robotics Transformer control so that fleets of robots pick their own tasks and gather training data; SARA-RT and RT-Trajectory were presented alongside.',
     '', '', ''),
    (3399, 102, 1, '2024-01-17', '', '2024년 1월 17일', 'model', S1 + ' · 1. 알파벳(구글) · ' + C1 + ' 나.', '사업전략/투자/M&A',
     '구글 딥마인드가 올림피아드 수준의 기하 문제를 푸는 모델 ‘알파지오메트리’를 오픈소스로 내놓았다. 국제수학올림피아드 30문제 가운데 25문제를 풀어 금메달 수상자 평균에 근접했다.',
     'Google DeepMind open-sourced AlphaGeometry, a model for olympiad-level geometry; it solved 25 of 30 International Mathematical Olympiad problems, close to the average gold medallist.',
     '', '', ''),
    (3411, 103, 1, '2024-06-17', '', '2024년 6월 17일', 'research', S1 + ' · 1. 알파벳(구글) · ' + C1 + ' 다.', '사업전략/투자/M&A',
     '구글 딥마인드가 동영상 장면에 맞춰 효과음·음악·대사를 만들어 붙이는 V2A(Video-to-Audio) 기술을 발표했다. 공개 전 안전성 검증을 거치고 생성물에 워터마크를 넣을 방침이다.',
     'Google DeepMind showed V2A (video-to-audio), which generates matching sound effects, music and dialogue for video; it plans safety testing before any release and watermarks on all outputs.',
     '', '', ''),
    (3425, 104, 1, '2024-07-31', '', '2024년 7월 31일', 'model', S1 + ' · 1. 알파벳(구글) · ' + C1 + ' 라.', '사업전략/투자/M&A',
     '구글이 노트북·모바일에서도 돌아가는 20억 매개변수 오픈 모델 ‘젬마2 2B’를 공개하면서 유해 콘텐츠 분류기 ‘실드젬마(ShieldGemma)’와 모델 해석 도구 ‘젬마 스코프’도 함께 발표했다.',
     'Google released Gemma 2 2B, a 2-billion-parameter open model that runs on laptops and phones, together with the ShieldGemma safety classifier and the Gemma Scope interpretability tool.',
     '', '', ''),
    (3443, 105, 1, '2024-02-15', '', '2024년 2월 15일', 'model', S1 + ' · 1. 알파벳(구글) · ' + C2 + ' 가.', '기술개발 및 혁신',
     '구글이 최대 100만 토큰의 문맥을 다루는 중형 멀티모달 모델 ‘제미나이 1.5 프로’를 발표하고, 일부 개발자와 기업 고객에게 프리뷰로 먼저 제공했다.',
     'Google announced Gemini 1.5 Pro, a mid-size multimodal model with a context window of up to one million tokens, first offered as a preview to selected developers and enterprise customers.',
     '', '', ''),
    (3459, 106, 1, '2024-04-17', '', '2024년 4월 17일', 'research', S1 + ' · 1. 알파벳(구글) · ' + C2 + ' 나.', '기술개발 및 혁신',
     '구글 딥마인드가 긴 문맥 창에 수백~수천 개의 예제를 넣는 ‘다중샷 ICL’만으로 미세조정 없이 LLM 성능을 끌어올릴 수 있다는 연구 논문을 아카이브에 올렸다.',
     'Google DeepMind posted a paper showing that many-shot in-context learning, with hundreds or thousands of examples in a long context window, raises LLM performance without any fine-tuning.',
     '', '', ''),
    (3474, 107, 1, '2024-05-08', '', '2024년 5월 8일', 'model', S1 + ' · 1. 알파벳(구글) · ' + C2 + ' 다.', '기술개발 및 혁신',
     '구글 딥마인드가 단백질뿐 아니라 DNA·RNA·소분자 등 생체 분자의 구조와 상호작용을 예측하는 ‘알파폴드 3’를 발표하고, ‘알파폴드 서버’로 대부분의 기능을 무료 개방했다.',
     'Google DeepMind announced AlphaFold 3, which predicts the structures and interactions of DNA, RNA, ligands and other biomolecules as well as proteins, and opened most of it free of charge through AlphaFold Server.',
     '', '', ''),
    (3488, 108, 1, '2024-06-27', '', '2024년 6월 28일', 'model', S1 + ' · 1. 알파벳(구글) · ' + C2 + ' 라.', '기술개발 및 혁신',
     '구글이 제미나이 1.5 프로의 200만 토큰 문맥 창을 모든 개발자에게 열고, ‘제미나이 1.5 플래시’와 90억·270억 매개변수의 오픈 모델 ‘젬마 2’를 정식 출시했다.',
     'Google opened the 2-million-token context window of Gemini 1.5 Pro to all developers and made Gemini 1.5 Flash and the open Gemma 2 models (9B and 27B parameters) generally available.',
     '', '', ''),
    (3506, 109, 1, '2024-07-10', '', '2024년 7월 10일', 'research', S1 + ' · 1. 알파벳(구글) · ' + C2 + ' 마.', '기술개발 및 혁신',
     '구글 딥마인드가 제미나이 1.5 프로의 긴 문맥을 이용해 로봇이 둘러보기 영상으로 공간을 익힌 뒤 말이나 이미지 지시에 따라 길을 찾는 ‘모빌리티 VLA’ 논문을 내놓았다.',
     "Google DeepMind published Mobility VLA, in which Gemini 1.5 Pro's long context lets a robot learn an office from a video tour and then navigate on spoken or visual instructions.",
     '', '', ''),
    (3525, 110, 1, '2024-02-08', '', '2024년 2월 8일', 'service', S1 + ' · 1. 알파벳(구글) · (3) 제품 및 서비스 가.', '제품 및 서비스',
     '구글이 챗봇 ‘바드’의 이름을 ‘제미나이’로 바꾸고, 제미나이 울트라를 쓰는 유료 요금제 ‘제미나이 어드밴스드’(월 19.99달러)와 안드로이드용 제미나이 앱을 출시했다.',
     'Google renamed its Bard chatbot Gemini, launched the paid Gemini Advanced tier running Gemini Ultra (USD 19.99 a month) and released a Gemini app for Android.',
     '', '', ''),
    (3537, 111, 1, '2024-05-14', '', '2024년 5월 14일', 'event', S1 + ' · 1. 알파벳(구글) · (3) 제품 및 서비스 나.', '제품 및 서비스',
     '구글이 개발자회의 I/O 2024에서 제미나이 1.5 플래시, 젬마 2, 멀티모달 에이전트 ‘프로젝트 아스트라’, 영상 생성 모델 ‘비오’와 이미지 모델 ‘이매진 3’, 검색의 ‘AI 오버뷰’를 선보였다.',
     'At its I/O 2024 developer conference Google presented Gemini 1.5 Flash, Gemma 2, the Project Astra multimodal agent, the Veo video model, Imagen 3 and AI Overviews in Search.',
     '', '', ''),
    (3551, 112, 1, '2024-08-28', '', '2024년 8월 28일', 'service', S1 + ' · 1. 알파벳(구글) · (3) 제품 및 서비스 다.', '제품 및 서비스',
     '구글이 제미나이 유료 이용자가 맞춤형 챗봇을 만드는 ‘젬스’를 내놓고, 이마젠 3를 제미나이 앱에 넣으며 2월에 멈췄던 인물 이미지 생성을 제한적으로 재개했다.',
     'Google let paying Gemini users build custom chatbots called Gems and brought Imagen 3 into the Gemini app, restarting, with limits, the generation of people images it had paused in February.',
     '', '', ''),
    (3570, 113, 1, '2024-01-18', '', '2024년 1월 18일', 'research', S1 + ' · 1. 알파벳(구글) · (4) AI 윤리 및 규제 대응 가.', 'AI 윤리 및 규제 대응',
     '구글이 LLM이 스스로 답의 확신도를 점수로 매기고 확신이 낮으면 답을 보류하게 하는 선택적 예측 기법 ‘ASPIRE’를 공개했다.',
     'Google introduced ASPIRE, a selective-prediction method in which an LLM scores its own confidence and declines to answer when the score is low.',
     '', '', ''),
    (3587, 114, 1, '2024-05-17', '', '2024년 5월 14일', 'strategy', S1 + ' · 1. 알파벳(구글) · (4) AI 윤리 및 규제 대응 나.', 'AI 윤리 및 규제 대응',
     '구글 딥마인드가 첨단 모델이 심각한 피해를 낳을 수 있는 ‘중요 역량 수준(CCL)’을 정의하고 조기 경고 평가와 완화 조치를 적용하는 ‘프런티어 안전 프레임워크’를 발표했다.',
     'Google DeepMind published its Frontier Safety Framework, which defines critical capability levels (CCLs) for severe harm and applies early-warning evaluations and mitigations to frontier models.',
     '', '', ''),
    (3606, 115, 1, '2024-07-31', '', '2024년 7월 31일', 'service', S1 + ' · 1. 알파벳(구글) · (4) AI 윤리 및 규제 대응 다.', 'AI 윤리 및 규제 대응',
     '구글이 검색에서 노골적 딥페이크의 삭제 요청을 쉽게 하고 순위 알고리즘을 바꿔 노출을 줄이기로 했다. 같은 시기 메타는 트럼프 피격 관련 챗봇 오답을 환각 탓으로 해명했다.',
     "Google made it easier to request removal of explicit deepfakes from Search and changed ranking to demote them; around the same time Meta blamed hallucination for its chatbot's false answers about the Trump shooting.",
     '', '', ''),
    (3616, 116, 1, '2024-08-02', '', '2024년 8월 2일', 'research', S1 + ' · 1. 알파벳(구글) · (4) AI 윤리 및 규제 대응 라.', 'AI 윤리 및 규제 대응',
     '구글 딥마인드가 직소, 구글닷오알지와 함께 2023년 1월~2024년 3월의 오용 보도 200건을 분석해 생성 AI 오용의 수법과 목적을 분류한 논문을 냈다.',
     'Google DeepMind, with Jigsaw and Google.org, analysed 200 media reports from January 2023 to March 2024 and published a taxonomy of the tactics and goals of generative-AI misuse.',
     '', '', ''),
    (3636, 117, 1, '2024-09-17', '', '2024년 9월 17일', 'strategy', S1 + ' · 1. 알파벳(구글) · (4) AI 윤리 및 규제 대응 마.', 'AI 윤리 및 규제 대응',
     '2024년 2월 C2PA 운영위원회에 합류한 구글이 ‘콘텐츠 자격증명’ 2.1 표준을 검색과 광고에 적용하고 유튜브에도 연말까지 들여와 AI 생성·편집 여부를 보여주겠다는 계획을 밝혔다.',
     'Google, a C2PA steering-committee member since February 2024, set out plans to apply the Content Credentials 2.1 standard in Search and ads, and on YouTube by the end of 2024, so users can tell whether content was made or edited with AI.',
     '', '', ''),
    # ---- 2. 마이크로소프트 -------------------------------------------------------------------
    (3681, 201, 2, '2024-05-13', '', '2024년 5월 13일', 'investment', S1 + ' · 2. 마이크로소프트 · ' + C1 + ' 가.', '사업전략/투자/M&A',
     'MS가 프랑스 AI·클라우드 인프라에 40억 유로를 투자해 2025년 말까지 GPU를 최대 2만 5천 개 들이고, 2027년까지 100만 명 AI 교육과 스타트업 지원 프로그램을 펼치겠다고 발표했다.',
     'Microsoft pledged EUR 4 billion for AI and cloud infrastructure in France, with up to 25,000 GPUs by the end of 2025, and promised AI training for one million people and a start-up programme by 2027.',
     '4000000000', 'EUR', '40억 유로'),
    (3697, 202, 2, '2024-04-16', '', '2024년 4월 16일', 'research', S1 + ' · 2. 마이크로소프트 · ' + C2 + ' 가.', '기술개발 및 혁신',
     'MS가 얼굴 사진 한 장과 음성 파일로 실제 사람이 말하는 듯한 영상을 실시간 생성하는 연구용 모델 ‘바사(VASA)-1’을 공개했다.',
     'Microsoft presented VASA-1, a research model that turns one face photo and an audio clip into a lifelike talking-face video in real time.',
     '', '', ''),
    (3713, 203, 2, '2024-08-22', '', '2024년 8월 22일', 'model', S1 + ' · 2. 마이크로소프트 · (3) 제품 및 서비스 가.', '제품 및 서비스',
     'MS가 소형언어모델 ‘파이-3.5’ 3종(미니, MoE, 비전)을 허깅페이스에 오픈소스로 올렸다. 보고서 소제목의 ‘프랑스’는 잘못 들어간 말이다(데이터 노트 참조).',
     "Microsoft open-sourced three Phi-3.5 small language models (mini, MoE and vision) on Hugging Face; the word 'France' in the report's heading is a slip (see data note).",
     '', '', ''),
    # ---- 3. 메타 플랫폼스 --------------------------------------------------------------------
    (3760, 301, 3, '2024-02-02', '', '2024.02.02. (각주 208 로이터 보도일)', 'hardware', S1 + ' · 3. 메타 플랫폼스 · ' + C1 + ' 가.', '사업전략/투자/M&A',
     '로이터 보도에 따르면 메타는 MTIA를 잇는 추론 전용 2세대 자체 칩 ‘아르테미스’를 2024년 안에 데이터센터에 넣어 비용과 엔비디아 의존을 줄일 계획이다.',
     'According to Reuters, Meta plans to install Artemis, its second-generation in-house inference chip after MTIA, in its data centres during 2024 to cut costs and dependence on Nvidia.',
     '', '', ''),
    (3776, 302, 3, '2024-08-29', '', '2024.08.29. (각주 210 출처 일자)', 'other', S1 + ' · 3. 메타 플랫폼스 · ' + C1 + ' 나.', '사업전략/투자/M&A',
     '메타가 라마 누적 다운로드가 3억 5천만 건에 이르고 대형 클라우드를 통한 월간 사용량이 2024년 1~7월 사이 10배 늘었다며 액센추어·AT&T 등의 활용 사례를 소개했다.',
     'Meta reported 350 million cumulative Llama downloads and a tenfold rise in monthly use through major cloud providers between January and July 2024, citing adopters such as Accenture and AT&T.',
     '', '', ''),
    (3796, 303, 3, '2024-04-18', '', '2024년 4월 18일', 'model', S1 + ' · 3. 메타 플랫폼스 · (2) 제품 및 서비스 가.', '제품 및 서비스',
     '메타가 차세대 LLM ‘라마 3’의 80억·700억 매개변수 모델을 오픈소스로 내놓고, 이를 바탕으로 한 챗봇 ‘메타 AI’를 자사 SNS와 독립 웹사이트에 도입했다.',
     'Meta open-sourced the 8B and 70B models of Llama 3 and rolled out its Meta AI assistant, built on Llama 3, across its social apps and a stand-alone website.',
     '', '', ''),
    (3810, 304, 3, '2024-07-23', '', '2024년 7월 23일', 'model', S1 + ' · 3. 메타 플랫폼스 · (2) 제품 및 서비스 나.', '제품 및 서비스',
     '메타가 8B·70B·405B 세 크기의 ‘라마 3.1’을 공개했다. 12만 8천 토큰 문맥과 8개 언어를 지원하며, 405B 모델은 최상위 폐쇄형 모델과 대등하다고 밝혔다.',
     'Meta released Llama 3.1 in 8B, 70B and 405B sizes with a 128K-token context and eight languages, saying the 405B model matches leading closed models.',
     '', '', ''),
    (3826, 305, 3, '2024-08', '', '2024년 8월 8일', 'research', S1 + ' · 3. 메타 플랫폼스 · (3) AI 윤리 및 규제 대응 가.', 'AI 윤리 및 규제 대응',
     '메타 FAIR가 사람의 주석 없이 합성 데이터로 LLM 평가자를 반복 학습시키는 ‘자가 학습 평가자’ 논문을 공개했다. 리워드벤치 정확도가 75.4%에서 88.7%로 올랐다.',
     'Meta FAIR published Self-Taught Evaluators, which trains an LLM judge iteratively on synthetic data without human labels; RewardBench accuracy rose from 75.4% to 88.7%.',
     '', '', ''),
    # ---- 4. 오픈AI ---------------------------------------------------------------------------
    (3878, 401, 4, '2024-02-29', '', '2024년 2월 29일', 'legal', S1 + ' · 4. 오픈AI · ' + C1 + ' 가.', '사업전략/투자/M&A',
     '일론 머스크가 인류 이익이라는 설립 취지를 저버렸다며 오픈AI를 제소했다. 오픈AI는 MS 투자에 대한 미국·유럽 반독점 조사와 작가·뉴욕타임스의 저작권 소송에도 직면해 있다.',
     'Elon Musk sued OpenAI for abandoning its founding mission to benefit humanity; the company also faces US and European antitrust reviews of the Microsoft tie-up and copyright suits by authors and The New York Times.',
     '', '', ''),
    (3894, 402, 4, '2024-05-18', '', '2024.05.18. (각주 223 출처 일자)', 'talent', S1 + ' · 4. 오픈AI · ' + C1 + ' 나.', '사업전략/투자/M&A',
     '오픈AI가 초지능 AI 통제 연구를 맡기려 2023년 7월 만든 슈퍼얼라인먼트 팀을 공동 리더 일리야 수츠케버와 얀 레이케가 떠나면서 해체했다.',
     'OpenAI wound up its Superalignment team, created in July 2023 to study how to control superintelligent AI, as co-leads Ilya Sutskever and Jan Leike left the company.',
     '', '', ''),
    (3906, 403, 4, '2024-06-21', '', '2024년 6월 21일', 'acquisition', S1 + ' · 4. 오픈AI · ' + C1 + ' 다.', '사업전략/투자/M&A',
     '오픈AI가 실시간 데이터 색인·검색·분석 기업 록셋을 사들여 제품 전반의 검색 인프라를 보강하기로 했다. 글로벌 일루미네이션에 이은 두 번째 인수다(금액 미공개).',
     "OpenAI bought Rockset, a real-time data indexing and analytics firm, to strengthen retrieval across its products; it is OpenAI's second acquisition after Global Illumination (price not given).",
     '', '', ''),
    (3918, 404, 4, '2024-07-25', '', '2024년 7월 25일', 'service', S1 + ' · 4. 오픈AI · ' + C1 + ' 라.', '사업전략/투자/M&A',
     '오픈AI가 실시간 웹 정보로 답하고 출처 링크를 붙이는 AI 검색엔진 ‘서치GPT’ 시제품을 내놓고 대기자 중 1만 명에게 먼저 시험 제공했다.',
     'OpenAI introduced a prototype of SearchGPT, an AI search engine that answers from live web data with links to its sources, and opened it first to 10,000 waitlisted testers.',
     '', '', ''),
    (3928, 405, 4, '2023-12-14', '', '2023년 12월 14일', 'research', S1 + ' · 4. 오픈AI · ' + C2 + ' 가.', '기술개발 및 혁신',
     '오픈AI 슈퍼얼라인먼트 팀이 GPT-2급 약한 모델의 감독만으로 GPT-4에서 GPT-3.5에 가까운 성능을 끌어낸 ‘약-강 일반화’ 연구를 발표하고 1천만 달러 규모의 연구 보조금을 내걸었다.',
     "OpenAI's Superalignment team reported weak-to-strong generalisation, using a GPT-2-level supervisor to elicit near-GPT-3.5 performance from GPT-4, and announced a USD 10 million grant programme.",
     '10000000', 'USD', '1,000만 달러'),
    (3948, 406, 4, '2024-02-06', '', '2024년 2월 6일', 'service', S1 + ' · 4. 오픈AI · ' + C2 + ' 나.', '기술개발 및 혁신',
     '오픈AI가 달리3로 만든 이미지에 C2PA 출처 메타데이터를 넣기 시작했다. 같은 날 메타도 자사 SNS의 AI 생성 이미지에 라벨을 붙이겠다고 발표했다.',
     'OpenAI began embedding C2PA provenance metadata in images created with DALL-E 3; the same day Meta announced labels for AI-generated images on its social platforms.',
     '', '', ''),
    (3960, 407, 4, '2024-03-29', '', '2024년 3월 18일', 'model', S1 + ' · 4. 오픈AI · ' + C2 + ' 다.', '기술개발 및 혁신',
     '오픈AI가 15초 음성 샘플로 화자의 목소리를 재현하는 ‘보이스 엔진’을 소개했으나, 악용 우려 때문에 일반 출시는 미루고 소수 협력사 시험만 이어가기로 했다.',
     "OpenAI previewed Voice Engine, which recreates a speaker's voice from a 15-second sample, but postponed a general release over misuse concerns and kept it to a small partner trial.",
     '', '', ''),
    (3976, 408, 4, '2024-06-06', '', '2024년 6월 6일', 'research', S1 + ' · 4. 오픈AI · ' + C2 + ' 라.', '기술개발 및 혁신',
     '오픈AI가 희소 오토인코더를 대규모로 확장해 GPT-4 내부에서 사람이 이해할 수 있는 특징 1,600만 개를 뽑아낸 해석 가능성 연구를 공개했다.',
     'OpenAI published interpretability research that scaled sparse autoencoders up to GPT-4 and extracted 16 million human-interpretable features.',
     '', '', ''),
    (3992, 409, 4, '2024-01-10', '', '2024년 1월 10일', 'platform', S1 + ' · 4. 오픈AI · (3) 제품 및 서비스 가.', '제품 및 서비스',
     '오픈AI가 이용자들이 만든 맞춤형 챗봇(GPTs)을 유료 이용자가 찾아 쓰는 ‘GPT 스토어’를 열고, 소규모 조직용 구독 상품 ‘챗GPT 팀’도 내놓았다.',
     'OpenAI opened the GPT Store, where paying users can find custom chatbots (GPTs) made by others, and added a ChatGPT Team subscription for small organisations.',
     '', '', ''),
    (4004, 410, 4, '2024-02-16', '', '2024년 2월 16일', 'model', S1 + ' · 4. 오픈AI · (3) 제품 및 서비스 나.', '제품 및 서비스',
     '오픈AI가 텍스트 지시로 최대 1분 길이의 동영상을 만드는 확산 모델 ‘소라’를 발표하고, 공개에 앞서 레드팀 검증과 워터마크 등의 안전장치를 예고했다.',
     'OpenAI unveiled Sora, a diffusion model that makes videos of up to one minute from text prompts, and announced red-teaming, watermarking and other safeguards ahead of release.',
     '', '', ''),
    (4018, 411, 4, '2024-05-13', '', '2024년 5월 13일', 'model', S1 + ' · 4. 오픈AI · (3) 제품 및 서비스 다.', '제품 및 서비스',
     '오픈AI가 텍스트·음성·이미지를 한 신경망에서 처리해 음성 질문에 평균 0.32초 만에 답하는 ‘GPT-4o’를 공개하고 무료 이용자에게도 제공하기로 했다.',
     'OpenAI launched GPT-4o, one network for text, audio and vision that replies to spoken questions in about 0.32 seconds on average, and made it available to free users as well.',
     '', '', ''),
    (4032, 412, 4, '2024-07-18', '', '2024년 7월 28일', 'model', S1 + ' · 4. 오픈AI · (3) 제품 및 서비스 라.', '제품 및 서비스',
     '오픈AI가 입력 100만 토큰당 15센트의 저가 소형 모델 ‘GPT-4o 미니’를 출시해 챗GPT의 GPT-3.5를 대체했다. 새 안전 기법 ‘지시 계층’을 처음 적용한 모델이다.',
     'OpenAI released GPT-4o mini, a low-cost small model at 15 cents per million input tokens that replaced GPT-3.5 in ChatGPT and was the first to use the instruction-hierarchy safety technique.',
     '', '', ''),
    (4046, 413, 4, '2024-09-12', '', '2024년 9월 12일', 'model', S1 + ' · 4. 오픈AI · (3) 제품 및 서비스 마.', '제품 및 서비스',
     '오픈AI가 답하기 전에 사고 연쇄로 오래 추론하는 ‘o1-프리뷰’와 ‘o1-미니’를 유료 이용자에게 공개했다. IMO 예선 문제 정답률이 GPT-4o의 13%에서 83%로 높아졌다.',
     'OpenAI released o1-preview and o1-mini to paying users; they reason through a chain of thought before answering and scored 83% on an IMO qualifying exam against 13% for GPT-4o.',
     '', '', ''),
    (4064, 414, 4, '2024-01-15', '', '2024년 1월 15일', 'strategy', S1 + ' · 4. 오픈AI · (4) AI 윤리 및 규제 대응 가.', 'AI 윤리 및 규제 대응',
     '오픈AI가 2024년 세계 각국 선거에 대비해 후보 사칭 챗봇과 선거 방해용 앱을 금지하고, 이미지 출처 표시와 공식 투표 정보 안내를 강화하겠다고 밝혔다.',
     'Ahead of the 2024 elections around the world, OpenAI banned chatbots impersonating candidates and apps that undermine voting, and promised image provenance and links to official voting information.',
     '', '', ''),
    (4076, 415, 4, '2024-08-04', '', '2024년 8월 4일', 'strategy', S1 + ' · 4. 오픈AI · (4) AI 윤리 및 규제 대응 나.', 'AI 윤리 및 규제 대응',
     '월스트리트저널 보도에 따르면 오픈AI는 챗GPT로 쓴 글을 워터마크로 가려내는 도구를 만들어 놓고도 이용자 이탈과 비영어권 불이익을 우려해 공개를 미뤄 왔다.',
     'The Wall Street Journal reported that OpenAI has a working watermark-based detector for ChatGPT-written text but has held it back over fears of losing users and penalising non-English speakers.',
     '', '', ''),
    # ---- 5. 기타 주요 기업: 애플 --------------------------------------------------------------
    (4123, 501, 5, '2024-03-14', '', '2024년 3월 14일', 'research', S1 + ' · 5. 기타 주요 기업 · 1) 애플 · (2) 2024년 기업 동향 가.', '',
     '애플 연구진이 최대 300억 매개변수의 멀티모달 LLM ‘MM1’의 사전학습 방법을 다룬 논문을 아카이브에 공개했다. 이미지 이해와 추론에서 강점을 보였다.',
     'Apple researchers posted a paper on MM1, a family of multimodal LLMs of up to 30 billion parameters, reporting strong image understanding and reasoning.',
     '', '', ''),
    (4141, 502, 5, '2024-03-29', '', '2024년 3월 29일', 'research', S1 + ' · 5. 기타 주요 기업 · 1) 애플 · (2) 2024년 기업 동향 나.', '',
     '애플 연구진이 화면 내용과 대화 맥락을 텍스트로 바꿔 ‘이것·그것’ 같은 지시 대상을 찾아내는 소형 모델 ‘ReALM’(8천만~30억 매개변수) 논문을 발표했다.',
     "Apple researchers described ReALM (80 million to 3 billion parameters), which turns screen content and dialogue into text to resolve references such as 'this' or 'that' for a voice assistant.",
     '', '', ''),
    (4155, 503, 5, '2024-06-10', '', '2024년 6월 10일', 'service', S1 + ' · 5. 기타 주요 기업 · 1) 애플 · (2) 2024년 기업 동향 다.', '',
     '애플이 WWDC 2024에서 아이폰·아이패드·맥에 들어가는 AI 시스템 ‘애플 인텔리전스’를 발표하고, 오픈AI와 손잡고 시리와 운영체제에 챗GPT를 연동한다고 밝혔다.',
     'At WWDC 2024 Apple unveiled Apple Intelligence for iPhone, iPad and Mac and announced a tie-up with OpenAI to bring ChatGPT into Siri and its operating systems.',
     '', '', ''),
    (4165, 504, 5, '2024-07-29', '', '2024년 7월 29일', 'research', S1 + ' · 5. 기타 주요 기업 · 1) 애플 · (2) 2024년 기업 동향 라.', '',
     '애플이 애플 인텔리전스를 떠받치는 기반 모델(약 30억 매개변수 온디바이스 모델과 서버 모델, AFM)의 개발 과정을 설명한 논문을 발표했다.',
     'Apple published a paper on the Apple Foundation Models behind Apple Intelligence: an on-device model of about 3 billion parameters and a larger server model.',
     '', '', ''),
    # ---- 엔비디아 ----------------------------------------------------------------------------
    (4208, 601, 6, '2024-03-18', '', '2024년 3월 18일', 'hardware', S1 + ' · 5. 기타 주요 기업 · 2) 엔비디아 · (2) 2024년 기업 동향 가.', '',
     '엔비디아가 GTC 2024에서 차세대 GPU 플랫폼 ‘블랙웰’(B200, GB200)을 발표하며 LLM 훈련·추론의 비용과 전력을 기존 대비 최대 25분의 1로 줄일 수 있다고 밝혔다.',
     'At GTC 2024 Nvidia announced its next-generation Blackwell GPU platform (B200, GB200), claiming up to 25 times lower cost and energy for LLM training and inference than before.',
     '', '', ''),
    (4220, 602, 6, '2024-06-05', '', '2024.06.05. (각주 257 출처 일자)', 'legal', S1 + ' · 5. 기타 주요 기업 · 2) 엔비디아 · (2) 2024년 기업 동향 나.', '',
     '미국 법무부와 연방거래위원회(FTC)가 AI 분야 반독점 조사를 나눠 맡기로 합의해 법무부는 엔비디아를, FTC는 MS와 오픈AI를 조사하게 됐다.',
     'The US Department of Justice and the Federal Trade Commission agreed to split AI antitrust inquiries: the DOJ takes Nvidia and the FTC takes Microsoft and OpenAI.',
     '', '', ''),
    # ---- 엑스 / xAI --------------------------------------------------------------------------
    (4246, 701, 7, '2024-03-17', '', '2024년 3월 17일', 'model', S1 + ' · 5. 기타 주요 기업 · 3) 엑스 · (2) 2024년 기업 동향 가.', '',
     'xAI가 3,140억 매개변수 모델 ‘그록-1’의 기본 가중치와 구조를 오픈소스로 공개했다. 오픈AI의 폐쇄성을 비판해 온 머스크가 3월 11일 예고한 조치다.',
     'xAI released the base weights and architecture of Grok-1, a 314-billion-parameter model, as open source, a move Musk had trailed on 11 March while attacking OpenAI for secrecy.',
     '', '', ''),
    (4262, 702, 7, '2024-03-28', '', '2024년 3월 28일', 'model', S1 + ' · 5. 기타 주요 기업 · 3) 엑스 · (2) 2024년 기업 동향 나.', '',
     'xAI가 12만 8천 토큰 문맥을 지원하는 ‘그록-1.5’를 발표했고, 4월 12일에는 문서·사진 등 시각 정보를 이해하는 첫 멀티모달 모델 ‘그록-1.5V’를 프리뷰로 내놓았다.',
     'xAI announced Grok-1.5 with a 128K-token context and on 12 April previewed Grok-1.5V, its first multimodal model able to read documents, charts and photos.',
     '', '', ''),
    (4274, 703, 7, '2024-08-13', '', '2024년 8월 13일', 'model', S1 + ' · 5. 기타 주요 기업 · 3) 엑스 · (2) 2024년 기업 동향 다.', '',
     'xAI가 ‘그록-2’와 ‘그록-2 미니’ 베타를 X 프리미엄 구독자에게 제공했으나, 블랙 포레스트 랩스의 플럭스.1로 구현한 이미지 생성에 제한이 거의 없어 논란을 불렀다.',
     "xAI released Grok-2 and Grok-2 mini in beta to X Premium subscribers; image generation through Black Forest Labs' Flux.1, with hardly any limits, caused controversy.",
     '', '', ''),
    # ---- 바이두 ------------------------------------------------------------------------------
    (4303, 801, 8, '2024-04-16', '', '2024년 4월 16일', 'event', S1 + ' · 5. 기타 주요 기업 · 4) 바이두 · (2) 2024년 기업 동향 가.', '',
     '바이두가 개발자 행사 ‘크리에이트 2024’에서 챗봇 어니봇 이용자가 2억 명을 넘었다고 밝히고, 경량 어니 모델과 에이전트·앱·모델 빌더 도구를 내놓았다.',
     'At its Create 2024 developer conference Baidu said ERNIE Bot had passed 200 million users and launched lightweight ERNIE models plus AgentBuilder, AppBuilder and ModelBuilder.',
     '', '', ''),
    (4313, 802, 8, '2024-06-28', '', '2024년 6월 28일', 'model', S1 + ' · 5. 기타 주요 기업 · 4) 바이두 · (2) 2024년 기업 동향 나.', '',
     '바이두가 추론 성능과 응답 속도를 높인 ‘어니 4.0 터보’를 공개하고 어니봇 이용자가 3억 명에 달했다고 밝혔다. 오픈AI가 중국의 API 접근 차단을 예고한 직후였다.',
     'Baidu launched ERNIE 4.0 Turbo with stronger reasoning and faster replies and said ERNIE Bot had reached 300 million users, just after OpenAI said it would cut off API access from China.',
     '', '', ''),
    # ---- 6. AI 스타트업 ----------------------------------------------------------------------
    (4342, 901, 9, '2024-01-15', '', '2024년 1월 15일', 'research', S1 + ' · 6. AI 스타트업 · (1) 엔트로픽 가.', '',
     '앤스로픽이 특정 신호에만 악성 코드를 내도록 백도어를 심은 LLM ‘슬리퍼 에이전트’가 미세조정·적대적 훈련 같은 안전성 훈련 뒤에도 속이는 행동을 유지한다는 연구를 발표했다.',
     'Anthropic published Sleeper Agents research showing that LLMs trained with a hidden backdoor keep their deceptive behaviour even after safety training such as fine-tuning and adversarial training.',
     '', '', ''),
    (4354, 902, 9, '2024-06-21', '', '2024년 6월 21일', 'model', S1 + ' · 6. AI 스타트업 · (1) 엔트로픽 나.', '',
     '앤스로픽이 클로드 3.5 제품군의 첫 모델 ‘소네트’를 출시했다. 20만 토큰 문맥에 클로드 3 오퍼스보다 두 배 빠르며, 생성물을 곧바로 고치는 ‘아티팩트’ 기능도 선보였다.',
     'Anthropic released Claude 3.5 Sonnet, the first Claude 3.5 model, with a 200K-token context and twice the speed of Claude 3 Opus, and introduced Artifacts for editing outputs in place.',
     '', '', ''),
    (4368, 903, 9, '2024-08-29', '', '2024년 8월 29일', 'partnership', S1 + ' · 6. AI 스타트업 · (1) 엔트로픽 다.', '',
     '미국 NIST 산하 AI 안전연구소가 앤스로픽·오픈AI와 협약을 맺어 주요 신모델을 공개 전후로 시험하고 안전 위험과 완화 방안을 함께 연구하기로 했다.',
     'The US AI Safety Institute at NIST signed agreements with Anthropic and OpenAI giving it access to major new models before and after release for joint safety testing and research on mitigations.',
     '', '', ''),
    (4386, 1001, 10, '2024-01-19', '', '2024년 1월 19일', 'model', S1 + ' · 6. AI 스타트업 · (2) 스테빌리티AI 가.', '',
     '스테빌리티AI가 7개 언어로 학습한 16억 매개변수 소형 모델 ‘스테이블 LM 2 1.6B’를 상업·비상업 용도 모두 쓸 수 있는 오픈소스로 공개했다.',
     'Stability AI open-sourced Stable LM 2 1.6B, a 1.6-billion-parameter model trained on seven languages and usable for both commercial and non-commercial purposes.',
     '', '', ''),
    (4411, 1002, 10, '2024-02-22', '', '2024년 2월 22일', 'model', S1 + ' · 6. AI 스타트업 · (2) 스테빌리티AI 나.', '',
     '스테빌리티AI가 확산 트랜스포머와 플로우 매칭을 적용해 글자 표현과 복잡한 프롬프트 이해를 높인 ‘스테이블 디퓨전 3’를 8억~80억 매개변수 크기의 프리뷰로 내놓았다.',
     'Stability AI previewed Stable Diffusion 3 in sizes from 800 million to 8 billion parameters, using a diffusion transformer and flow matching to improve text in images and prompt following.',
     '', '', ''),
    (4433, 1101, 11, '2024-06-10', '', '2024년 6월 10일', 'funding', S1 + ' · 6. AI 스타트업 · (3) 미스트랄AI 가.', '',
     '미스트랄AI가 시리즈B 라운드에서 6억 유로를 유치해 기업가치가 6개월 만에 20억 달러에서 60억 달러로 세 배가 됐다. 엔비디아·삼성·세일즈포스 등도 투자했다.',
     'Mistral AI raised EUR 600 million in a Series B round that tripled its valuation from USD 2 billion to USD 6 billion in six months; Nvidia, Samsung and Salesforce were among the investors.',
     '600000000', 'EUR', '6억 유로(약 9,000억 원)'),
    (4445, 1201, 12, '2024-08-06', '', '2024년 8월 6일', 'product', S1 + ' · 6. AI 스타트업 · (4) 피규어AI 가.', '',
     '피규어AI가 오픈AI와 함께 훈련한 AI로 음성 대화를 하고 카메라 6대로 주변을 인식하는 2세대 휴머노이드 ‘피규어 02’를 공개했으며, BMW 미국 공장 시범 투입도 마쳤다.',
     'Figure AI unveiled Figure 02, a second-generation humanoid that talks using AI trained with OpenAI and sees through six cameras; it has completed a trial at a BMW plant in the United States.',
     '', '', ''),
    (4469, 1301, 13, '2024-08-13', '', '2024년 8월 13일', 'research', S1 + ' · 6. AI 스타트업 · (5) 사카나 AI 가.', '',
     '사카나 AI가 옥스퍼드대·브리티시컬럼비아대와 함께 아이디어 구상부터 실험, 논문 작성, 심사까지 자동으로 해내는 ‘AI 사이언티스트’를 공개했다. 논문 한 편의 계산 비용은 약 15달러라고 한다.',
     'Sakana AI, with the universities of Oxford and British Columbia, unveiled The AI Scientist, which automates ideation, experiments, paper writing and review for about USD 15 of compute per paper.',
     '', '', ''),
    (4489, 1401, 14, '2024-01-08', '', '2024년 1월 8일', 'product', S1 + ' · 6. AI 스타트업 · (6) 맥아피 가.', '',
     '맥아피가 CES 2024에서 딥페이크 음성을 90% 이상의 정확도로 가려내는 AI 기술 ‘프로젝트 모킹버드’를 시연하고 자사 보안 제품에 넣겠다고 밝혔다.',
     'At CES 2024 McAfee demonstrated Project Mockingbird, an AI tool that detects deepfake audio with over 90% accuracy, and said it would build it into its security products.',
     '', '', ''),
    # ---- 제2절 국내 기업 ---------------------------------------------------------------------
    (4514, 2101, 21, '2024-04', '', '2024년 4월', 'model', S2 + ' · 1. 네이버 · 2) 2024년 기업 동향 가.', '',
     '네이버가 기존 하이퍼클로바X보다 빠르고 비용은 5분의 1 수준인 경량 모델 ‘HCX-DASH’를 AI 개발도구 클로바 스튜디오에 출시했다.',
     'NAVER added HCX-DASH, a faster HyperCLOVA X model costing about one fifth of the existing one, to its CLOVA Studio development platform.',
     '', '', ''),
    (4524, 2102, 119, '2024', '', '2024년 기업 동향', 'service', S2 + ' · 1. 네이버 · 2) 2024년 기업 동향 나.', '',
     '네이버클라우드가 회의록 서비스 클로바노트의 기업용 버전 ‘네이버웍스 클로바노트’를 내놓았다. 기업 메일 로그인·2단계 인증 등 보안과 사내 용어 등록 기능을 갖췄다.',
     'NAVER Cloud launched NAVER WORKS CLOVA Note, a business edition of its meeting-notes service with company-account login, two-factor authentication and custom vocabulary.',
     '', '', ''),
    (4532, 2103, 16, '2024', '', '2024 유럽 컴퓨터 비전학회(ECCV)', 'research', S2 + ' · 1. 네이버 · 2) 2024년 기업 동향 다.', '',
     '네이버랩스가 ECCV 2024의 지도 없는 시각 측위 챌린지와 BOP(6D 물체 자세 추정) 챌린지에서 3D 재구성 모델 MASt3R 등을 앞세워 두 부문 모두 1위에 올랐다.',
     'NAVER LABS took first place in both the map-free visual relocalisation challenge and the BOP 6D object-pose challenge at ECCV 2024, led by its MASt3R 3D reconstruction model.',
     '', '', ''),
    (4561, 2201, 22, '2024-10-22', '2024-10-24', '2024년 10월 22~24일', 'strategy', S2 + ' · 2. 카카오 · 2) 2024년 기업 동향 가.', '',
     '카카오가 개발자 행사 ‘if(kakaoAI)2024’에서 통합 AI 브랜드 ‘카나나’와 AI 메이트 앱(개인용 나나, 그룹용 카나), 자체 언어모델 계획, 위험관리 체계 ‘Kakao ASI’를 발표했다.',
     'At its if(kakaoAI)2024 developer conference Kakao announced the Kanana AI brand, an AI-mate app (nana for individuals, kana for groups), its own language-model line-up and the Kakao ASI risk framework.',
     '', '', ''),
    (4586, 2301, 23, '2024-11', '', '2024년 11월', 'infrastructure', S2 + ' · 3. 기타 주요 기업 · 1) SKT · (2) 2024년 기업 동향 가.', '',
     'SK텔레콤이 SK AI 서밋 2024에서 하이퍼스케일 AI 데이터센터, GPU 클라우드(GPUaaS), 에지 AI를 묶어 전국에 깔겠다는 ‘AI 인프라 슈퍼하이웨이’ 구상을 밝혔다. NPU팜 구축에 1,000억 원을 투자한다.',
     "At SK AI Summit 2024 SK Telecom presented an 'AI infrastructure superhighway' of hyperscale AI data centres, GPU-as-a-service and edge AI across Korea, including KRW 100 billion for an NPU farm.",
     '100000000000', 'KRW', '1,000억 원'),
    (4608, 2302, 23, '2024-10', '', '2024년 10월', 'partnership', S2 + ' · 3. 기타 주요 기업 · 1) SKT · (2) 2024년 기업 동향 나.', '',
     'SK텔레콤이 국내 AI 기업 연합 ‘K-AI 얼라이언스’가 4개사 합류로 23개사가 됐다며, 11월 SK AI 서밋을 회원사 해외 진출의 발판으로 삼겠다고 밝혔다.',
     'SK Telecom said its K-AI Alliance of Korean AI companies had grown to 23 members with four newcomers and that the November SK AI Summit would help members go abroad.',
     '', '', ''),
    (4629, 2401, 24, '2024', '', '2024년 기업 동향', 'event', S2 + ' · 3. 기타 주요 기업 · 2) 삼성전자 · (2) 2024년 기업 동향 가.', '',
     '삼성전자가 수원에서 연 창립 55주년 기념식에서 한종희 부회장이 향후 10년을 이끌 패러다임으로 AI를 꼽고 ‘AI 대중화’ 시대에 대비하자고 당부했다.',
     "At Samsung Electronics' 55th-anniversary ceremony in Suwon, vice-chairman Han Jong-hee named AI as the paradigm of the coming decade and urged staff to prepare for AI in everyday use.",
     '', '', ''),
    (4639, 2402, 24, '2024-10', '', '10월 말', 'service', S2 + ' · 3. 기타 주요 기업 · 2) 삼성전자 · (2) 2024년 기업 동향 나.', '',
     '삼성전자가 갤럭시 AI에 네덜란드어·루마니아어·스웨덴어·튀르키예어를 더해 지원 언어를 20개로 늘렸고, 10월 말부터 설정에서 내려받아 쓸 수 있게 했다.',
     'Samsung added Dutch, Romanian, Swedish and Turkish to Galaxy AI, taking it to 20 languages that users can download in settings from late October.',
     '', '', ''),
    (4658, 2501, 25, '2024-10', '', '2024년 10월', 'strategy', S2 + ' · 3. 기타 주요 기업 · 3) KT · (2) 2024년 기업 동향 가.', '',
     'KT가 책임성·지속가능성·투명성·신뢰성·포용성의 5대 원칙(ASTRI)을 담은 ‘KT 책임 있는 AI 리포트’를 공개하고 외부 전문가 자문위원회를 출범시켰다.',
     'KT published its Responsible AI report, built on five ASTRI principles (accountability, sustainability, transparency, reliability, inclusivity), and launched an outside advisory committee.',
     '', '', ''),
    (4685, 2601, 26, '2024', '', '2024년 기업 동향', 'other', S2 + ' · 4. AI 스타트업 · 1) 라이너 · (2) 2024년 기업 동향 가.', '',
     '라이너의 AI 검색 코파일럿이 앤드리슨 호로비츠의 ‘생성 AI 톱 100 소비자 앱’ 웹 부문(시밀러웹 2024년 1월 자료)에서 세계 4위에 올라, 국내 기업 가운데 유일하게 톱 50에 들었다.',
     "Liner's AI search copilot ranked fourth worldwide in the web list of Andreessen Horowitz's Top 100 Gen AI Consumer Apps (Similarweb data for January 2024), the only Korean entry in the top 50.",
     '', '', ''),
    (4703, 2701, 27, '2024-08', '', '8월 (2024년 4월 베타)', 'product', S2 + ' · 4. AI 스타트업 · 2) 기타기업 가.', '',
     '웨이트앤바이어스가 2024년 4월 베타로 내놓은 LLMOps 도구 ‘위브’를 8월 정식 출시하면서 모델·애플리케이션의 성능평가와 시각화 기능을 더했다.',
     'Weights & Biases made its LLMOps tool Weave, in beta since April 2024, generally available in August, adding evaluation and visualisation of models and applications.',
     '', '', ''),
    (4711, 2801, 28, '2024', '', '2024년 기업 동향', 'product', S2 + ' · 4. AI 스타트업 · 2) 기타기업 나.', '',
     '비온드날리지가 검색 증강 생성(RAG)으로 언론사·출판사 등이 자기 콘텐츠 기반의 실시간 검색 챗봇을 만들 수 있게 하는 솔루션 ‘에스크챗’을 출시했다.',
     'Beyond Knowledge launched ASK Chat, a retrieval-augmented generation tool that lets media outlets and publishers build real-time search chatbots on their own content.',
     '', '', ''),
]

HEADING = re.compile(r'^(제\d절|제\d장|\d+\. |\d\) |\(\d\) |[가-바]\. |〈표|<표)')
COLS = ['id', 'company_id', 'date', 'date_end', 'date_as_printed', 'kind', 'tag_ko', 'text_ko', 'text_en',
        'amount_value', 'amount_currency', 'amount_as_printed', 'src_locator', 'src_lines']


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--report', default=DEFAULT_REPORT)
    args = ap.parse_args()
    lines = open(args.report, encoding='utf-8').read().split('\n')
    headings = [n for n in range(3348, 4720) if HEADING.match(lines[n - 1])]
    out = []
    ids = set()
    for (h, aid, cid, date, date_end, printed, kind, loc, tag, tko, ten, amt, cur, amtp) in ITEMS:
        assert re.match(r'^[가-바]\. ', lines[h - 1]), (h, lines[h - 1][:30])
        assert aid not in ids
        ids.add(aid)
        nxt = min(n for n in headings if n > h)
        end = nxt - 1
        while not lines[end - 1].strip():
            end -= 1
        row = dict(id=aid, company_id=cid, date=date, date_end=date_end, date_as_printed=printed, kind=kind,
                   tag_ko=tag, text_ko=tko, text_en=ten, amount_value=amt, amount_currency=cur,
                   amount_as_printed=amtp, src_locator=loc, src_lines='%d-%d' % (h, end))
        out.append(row)
    overseas = sum(1 for r in out if r['id'] < 2100)
    print('%d items (overseas %d, domestic %d)' % (len(out), overseas, len(out) - overseas))
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# Chapter 5: the 72 headed 2024 activity items (curator c5; generated by db/tools/c5_activities.py).\n')
        f.write('# Texts are our own summaries. id = (section company id)*100 + item; NAVER Cloud (119, 첨부 3) and NAVER LABS (16) are NAVER subsidiaries.\n')
        f.write('\t'.join(COLS) + '\n')
        for r in out:
            cells = [str(r[c]) for c in COLS]
            assert all('\t' not in c and '\n' not in c for c in cells)
            f.write('\t'.join(cells) + '\n')
    print('wrote', OUT)


if __name__ == '__main__':
    main()
