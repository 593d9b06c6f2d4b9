#!/usr/bin/env python3
"""Curator 7: hand-curated rows of chapters 6-7 -> db/seed/<table>/c7.tsv (titles as printed, translations and summaries ours).
Run from the repository root."""
import os
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
H=['id','kind','organization_id','title_ko','title_en','authors','venue','date','summary_ko','summary_en','src_locator','src_lines']
R=[]
def add(*a): 
    assert len(a)==len(H),a; R.append(list(a))
L66='제6장 제2절 3. 연구기관 · 〈표 6-6〉'; L67='제6장 제2절 3. 연구기관 · 〈표 6-7〉'; L68='제6장 제2절 3. 연구기관 · 〈표 6-8〉'
R.append('# 〈표 6-6〉 KISDI reports published in KISDI AI Outlook (5), L5266-5275')
kisdi=[
(1,'중국의 조용한 침공: AI, 반도체 붉은 공급망',"China's Silent Invasion: The Red Supply Chain of AI and Semiconductors",'2024-03-31',5269,
 '중국이 AI와 반도체 분야에서 공급망을 넓혀 가는 양상을 분석한 이슈 페이퍼.','Issue paper on how China is extending its supply chains in AI and semiconductors.'),
(2,'대량맞춤화를 실현하는 인공지능 기반 인간-로봇 협업','AI-Based Human-Robot Collaboration for Mass Customization','2024-03-31',5270,
 'AI로 사람과 로봇이 함께 일하며 대량맞춤 생산을 구현하는 방식을 다룬 보고서. (발행일 표기 오류는 데이터 노트 참조)','Paper on human-robot collaboration powered by AI as a route to mass customisation. (See the data note on its printed date.)'),
(3,'생성 모델과 변분 오토인코더(Variational Autoencoder)','Generative Models and the Variational Autoencoder','2024-06-28',5271,
 '생성 모델의 원리를 변분 오토인코더(VAE)를 중심으로 설명한 보고서.','Paper explaining generative models, focusing on the variational autoencoder (VAE).'),
(4,'인공지능 공정성 동향 분석','Analysis of Trends in AI Fairness','2024-06-28',5272,
 'AI 공정성에 관한 연구와 정책 흐름을 정리한 보고서.','Paper reviewing research and policy developments on fairness in AI.'),
(5,'인공지능 시스템 이용자 보호 관련 해외 규율 동향과 시사점','Overseas Rules on Protecting Users of AI Systems and Their Implications','2024-09-30',5273,
 '해외의 AI 이용자 보호 규제 흐름을 살피고 국내에 주는 함의를 도출한 보고서.','Paper surveying foreign rules that protect users of AI systems and drawing lessons for Korea.'),
]
for n,ko,en,d,ln,sk,se in kisdi:
    add(7000+n,'report',7031,ko,en,'','KISDI AI Outlook',d,sk,se,L66,str(ln))
R.append('# 〈표 6-7〉 SPRi research reports of 2024 (10), L5285-5299; every row is dated 2024. 4.29.')
spri=[
(1,'산업 수요 중심의 국가 AI R&D 전략성 강화를 통한 AI 확산 방안 연구','A Study on Spreading AI by Making National AI R&D More Strategic around Industry Demand',
 '산업계 수요를 반영해 국가 AI 연구개발을 전략적으로 재설계하고 AI 확산을 꾀하는 방안을 연구했다.','Proposes ways to spread AI by aligning national AI R&D more closely with what industry needs.'),
(2,'공공부문 AI 도입현황 연구','A Study on AI Adoption in the Public Sector',
 '국내 공공기관의 AI 도입 실태를 조사·분석했다.','Surveys how far Korean public bodies have adopted AI.'),
(3,'국외 AI 시장 및 창업지원 정책 동향 조사','Survey of Overseas AI Markets and Start-up Support Policies',
 '해외 AI 시장 규모와 각국의 AI 창업 지원 정책을 조사했다.','Reviews foreign AI markets and how other countries support AI start-ups.'),
(4,'국내 AI 창업기업 비즈니스 현황 분석','Analysis of the Business Situation of Korean AI Start-ups',
 '국내 AI 스타트업의 사업 현황을 분석했다.','Analyses the business situation of Korean AI start-ups.'),
(5,'글로벌 AI 신뢰성 정책 동향 분석','Analysis of Global AI Trustworthiness Policy Trends',
 '주요국의 신뢰할 수 있는 AI 정책 흐름을 비교했다.','Compares major countries\' policies on trustworthy AI.'),
(6,'메타버스산업 분류체계 연구','A Study on a Classification System for the Metaverse Industry',
 '메타버스 산업을 통계·정책용으로 분류하는 체계를 제안했다.','Proposes a classification of the metaverse industry for statistics and policy.'),
(7,'메타버스 성장통 극복 방안 연구','A Study on Overcoming the Growing Pains of the Metaverse',
 '성장이 주춤한 메타버스 산업의 활로를 모색했다.','Looks for ways to revive the slowing metaverse industry.'),
(8,'2023년 메타버스 시장 및 동향 분석','Analysis of the Metaverse Market and Trends in 2023',
 '2023년 메타버스 시장 규모와 주요 흐름을 정리했다.','Summarises the size and main developments of the metaverse market in 2023.'),
(9,'2023년 국내외 인공지능 산업 동향 연구','Artificial Intelligence Industry Trends in Korea and Overseas in 2023',
 '이 보고서의 직전 연도판으로, 2023년 국내외 AI 산업·정책 흐름을 정리했다.','The previous edition of this report, covering AI industry and policy developments of 2023 in Korea and abroad.'),
(10,'생성형 AI에 대응한 SW인재양성 정책 방향 연구','A Study on Software Talent Policy in Response to Generative AI',
 '생성형 AI 확산에 맞춘 SW 인재 양성 정책의 방향을 제시했다.','Sets out directions for software talent policy as generative AI spreads.'),
]
for n,ko,en,sk,se in spri:
    add(7010+n,'report',7032,ko,en,'','',"2024-04-29",sk,se,L67,str(5287+n))
R.append('# 〈표 6-8〉 NIA reports (issue reports) of 2024 (5), L5309-5318')
nia=[
(1,'AI허브-해외플랫폼 현황 비교분석','Comparative Analysis of AI Hub and Overseas Platforms','2024-08-30',
 '국내 AI 데이터 플랫폼 AI허브를 해외 유사 플랫폼과 비교했다.','Compares Korea\'s AI Hub data platform with similar platforms abroad.'),
(2,'버티컬 AI로의 변화와 과제','The Shift to Vertical AI and Its Challenges','2024-09-23',
 '특정 산업에 특화된 버티컬 AI로의 전환 흐름과 과제를 다뤘다. (제목의 OCR 오류는 데이터 노트 참조)','Discusses the move toward industry-specific vertical AI and its challenges. (See the data note on the OCR error in the title.)'),
(3,'대형 멀티모달(LMM) 동향 조사','Survey of Trends in Large Multimodal Models (LMM)','2024-10-02',
 '텍스트·이미지 등을 함께 다루는 대형 멀티모달 모델의 동향을 조사했다.','Surveys large multimodal models that handle text, images and other inputs together.'),
(4,'직장인이 꼭 알아야 할 생성형 AI윤리','Generative AI Ethics Every Office Worker Should Know','2024-10-10',
 '업무에 생성형 AI를 쓰는 직장인을 위한 윤리 안내서.','Ethics guide for office workers who use generative AI at work.'),
(5,'개발자가 꼭 알아야 할 생성형 AI윤리','Generative AI Ethics Every Developer Should Know','2024-10-10',
 '생성형 AI를 만드는 개발자를 위한 윤리 안내서.','Ethics guide for developers who build generative AI.'),
]
for n,ko,en,d,sk,se in nia:
    add(7020+n,'report',7033,ko,en,'','NIA 이슈보고서',d,sk,se,L68,str(5311+n))

R.append('# 〈표 6-4〉 AI papers of the KCC 2024 Top Conference session (14), L5121-5143. authors = presenter (affiliation) as printed;'
         ' organization_id = the presenter\'s affiliation; date = the conference year printed with the venue.')
L64='제6장 제2절 1. 학술단체 · 〈표 6-4〉'
aff={'서울대':7040,'한양대':7041,'GIST':7042,'KAIST':7043,'성균관대':7044,'서울과학기술대':7045,'고려대':7046,'UNIST':7047}
papers=[
(1,5124,'ASPLOS 2023','Optimus-CC: Efficient Large NLP Model Training with 3D Parallelism Aware Communication Compression','송재용 (서울대)',
 'Optimus-CC: 3D 병렬화를 고려한 통신 압축으로 대형 NLP 모델을 효율적으로 학습하는 기법',
 '대형 언어모델 분산 학습에서 통신량을 압축해 학습 속도를 높이는 기법.','Speeds up distributed training of large language models by compressing the communication between parallel workers.'),
(2,5125,'AAAI 2024','Self-Supervised Framework based on Subject-wise Clustering for Human Subject Time Series Data','이하림 (한양대)',
 '사람 대상 시계열 데이터를 위한 피험자별 군집화 기반 자기지도 학습 프레임워크',
 '사람에게서 측정한 시계열 데이터를 피험자 단위로 묶어 자기지도 학습하는 방법.','Self-supervised learning for human time-series data that clusters samples by subject.'),
(3,5126,'AAAI 2024',"VITA: 'Carefully Chosen and Weighted Less' Is Better in Medication Recommendation",'김태리 (한양대)',
 "VITA: 약물 추천에서는 '신중히 고르고 가중치는 적게'가 더 낫다",
 '약물 추천에서 입력 정보를 신중히 고르고 가중치는 덜 주는 편이 낫다는 관점의 추천 모델.','A medication-recommendation model built on the idea that carefully chosen, less heavily weighted inputs work better.'),
(4,5127,'IEEE VR 2024','A Novel Approach for Virtual Locomotion Gesture Classification: Self-Teaching Vision Transformer for a Carpet-Type Tactile Sensor','주호택 (GIST)',
 '가상 이동 제스처 분류의 새로운 접근: 카펫형 촉각 센서를 위한 자기교사 비전 트랜스포머',
 '카펫형 촉각 센서 신호로 가상현실 속 이동 동작을 분류하는 비전 트랜스포머.','A vision transformer that classifies VR locomotion gestures from a carpet-like tactile sensor.'),
(5,5128,'NeurIPS 2023','Topological RANSAC for instance verification and retrieval without fine-tuning','Guoyuan An (KAIST)',
 '미세조정 없이 객체 검증과 검색을 수행하는 위상적 RANSAC',
 '추가 학습 없이 이미지 속 같은 대상을 찾고 검증하는 위상 기반 RANSAC 기법.','A topology-based RANSAC method that verifies and retrieves image instances without any fine-tuning.'),
(6,5129,'EMNLP 2023','GLEN: Generative Retrieval via Lexical Index Learning','이선경 (성균관대)',
 'GLEN: 어휘 색인 학습을 통한 생성형 검색',
 '문서 식별자를 어휘 기반 색인으로 학습해 생성형 검색 성능을 높인 모델.','A generative retrieval model that learns lexical document identifiers.'),
(7,5134,'AAAI 2024','Bilingual outside Knowledge-based Visual Question Answering via Graph Representation Pretraining','김민준 (서울과학기술대)',
 '그래프 표현 사전학습을 통한 이중언어 외부지식 기반 시각 질의응답',
 '그래프 표현을 미리 학습해 두 언어로 외부 지식을 활용하는 시각 질의응답 모델.','Visual question answering in two languages that draws on outside knowledge through graph-representation pretraining.'),
(8,5135,'EMNLP 2023','Large Language Models are Temporal and Causal Reasoners for Video Question Answering','이지수 (고려대)',
 '대형 언어모델은 비디오 질의응답에서 시간적·인과적 추론자이다',
 'LLM의 시간·인과 추론 능력을 비디오 질의응답에 활용한 연구.','Uses the temporal and causal reasoning of LLMs for video question answering.'),
(9,5136,'NeurIPS 2023','NuTrea: Neural Tree Search for Context-guided Multi-hop KGQA','주재원 (고려대)',
 'NuTrea: 문맥 유도 다중 홉 지식그래프 질의응답을 위한 신경 트리 탐색',
 '지식그래프 위에서 여러 단계를 거치는 질의응답을 신경망 기반 트리 탐색으로 푼 모델.','A neural tree-search model for multi-hop question answering over knowledge graphs.'),
(10,5137,'NeurIPS 2023','Navigating Data Heterogeneity in Federated Learning: A Semi-Supervised Federated Object Detection','김태현 (KAIST)',
 '연합학습의 데이터 이질성 극복: 준지도 연합 객체 탐지',
 '참여 기관마다 데이터가 다른 연합학습 환경에서 준지도 객체 탐지를 수행하는 방법.','Semi-supervised object detection for federated learning when clients hold very different data.'),
(11,5138,'NeurIPS 2023','Softmax Output Approximation for Activation Memory-Efficient Training of Attention-based Networks','이창현 (UNIST)',
 '어텐션 기반 신경망의 활성화 메모리 효율적 학습을 위한 소프트맥스 출력 근사',
 '소프트맥스 출력을 근사해 어텐션 모델 학습 시 필요한 메모리를 줄이는 기법.','Approximates softmax outputs to cut activation memory when training attention models.'),
(12,5139,'HPCA 2024','Smart-Infinity: Fast Large Language Model Training using Near-Storage Processing on a Real System','장흥선 (서울대)',
 'Smart-Infinity: 실제 시스템에서 니어 스토리지 처리를 이용한 고속 대형 언어모델 학습',
 '저장장치 가까이에서 연산하는 방식으로 대형 언어모델 학습을 가속한 시스템.','A system that speeds up LLM training by computing next to the storage devices.'),
(13,5140,'NeurIPS 2023','Advancing Bayesian Optimization via Learning Correlated Latent Space','이승훈 (고려대)',
 '상관된 잠재 공간 학습을 통한 베이지안 최적화 고도화',
 '상관관계를 반영한 잠재 공간을 학습해 베이지안 최적화 성능을 높인 방법.','Improves Bayesian optimisation by learning a latent space with correlated structure.'),
(14,5141,'NeurIPS 2023','UP-NeRF: Unconstrained Pose Prior-Free Neural Radiance Field','김인재 (고려대)',
 'UP-NeRF: 제약 없는 환경에서 자세 사전정보 없이 학습하는 신경 방사장',
 '카메라 자세 정보 없이 제약 없는 사진들로 3차원 장면(NeRF)을 학습하는 방법.','Learns a neural radiance field from unconstrained photos without prior camera poses.'),
]
for n,ln,venue,en,auth,ko,sk,se in papers:
    a=auth[auth.index('(')+1:-1]
    add(7030+n,'paper',aff[a],ko,en,auth,venue,venue[-4:],
        'KCC 2024 Top Conference 세션 발표 논문: '+sk,'Presented in the KCC 2024 Top Conference session: '+se,L64,str(ln))

R.append('# 〈표 6-3〉 KISTEP topic clusters of Korean AI papers 2018-2023 (as of 2024.5) (10), L5097-5111.'
         ' Rank and paper count as printed (they disagree: see data note on 7054); counts also in statistic/c7.tsv.')
L63='제6장 제2절 1. 학술단체 · 〈표 6-3〉'
cl=[(1,'이미지 분할; 심층 신경망; 객체 감지','Image Segmentation; Deep Neural Network; Object Detection',2003),
(2,'감정 분석; 자연어처리; 기계학습','Sentiment Analysis; Natural Language Processing; Machine Learning',365),
(3,'로봇; 인공지능; 표현 인식','Robot; Artificial Intelligence; Expression Recognition',145),
(4,'로봇; 행동 인지; 보행 분석','Robot; Action Recognition; Gait Analysis',320),
(5,'뇌-컴퓨터 인터페이스; 뇌파; 생물 의학 신호','Brain-Computer Interface; Electroencephalography; Biomedical Signal Processing',217),
(6,'강화 학습; 로봇; 인공지능','Reinforcement Learning; Robot; Artificial Intelligence',277),
(7,'이미지 처리; 로봇; 객체 인지','Image Processing; Robot; Object Recognition',183),
(8,'로봇; 기계 설계; 제어 시스템','Robot; Machine Design; Control System',249),
(9,'로봇; 동작 계획; 장애물 회피','Robot; Motion Planning; Obstacle Avoidance',145),
(10,'로봇; 인공지능; 이미지 처리','Robot; Artificial Intelligence; Image Processing',213)]
for n,ko,en,c in cl:
    add(7050+n,'topic_cluster',7034,ko,en,'','국가전략기술 R&D 인력 실태조사','2024-05',
        '2018~2023년 국내 AI 논문의 토픽 클러스터로, KISTEP 표의 %d위이며 논문 %s편이다.'%(n,format(c,',')),
        'Topic cluster of Korean AI papers 2018-2023, listed %s in the KISTEP table with %s papers.'%({1:'1st',2:'2nd',3:'3rd'}.get(n,'%dth'%n),format(c,',')),
        L63,str(5099+n))
L=lambda s: s
R.append('# Reports cited as sources of chapters 6-7; OECD (4000), UN AI Advisory Body (4007), UNESCO (4008) and IMF (4014)'
         ' are curator 4\'s organization rows. The UN final report Governing AI for Humanity is curator 4\'s policy 11038.')
other=[
(7101,'report','', 'AI 인덱스 보고서 2024','AI Index Report 2024','Stanford HAI','', '2024-04',
 '스탠퍼드대 HAI가 매년 내는 AI 지표 보고서로, 6·7장의 논문·특허·모델·교육·고용 통계 대부분의 출처다. (7장의 발표 시점 표기 오류는 데이터 노트 참조)',
 'Stanford HAI\'s yearly AI indicators report, the source of most chapter 6-7 figures on papers, patents, models, education and jobs. (See the data note on the release date printed in chapter 7.)',
 '제7장 제2절 1. 인력 및 고용 현황 및 추이','5448'),
(7102,'report',7034,'국가전략기술 R&D(연구·개발) 인력 실태조사','Survey of R&D Personnel in National Strategic Technologies','한국과학기술기획평가원(KISTEP)','','2024-05',
 '국가전략기술 분야 연구 인력을 조사한 보고서로, 국내 AI 논문 수와 세계 순위, 주요 연구 주제를 분석했다. (발표 시점 표기 혼선은 데이터 노트 참조)',
 'KISTEP survey of researchers in national strategic technologies, with Korea\'s AI paper count, world rank and main research topics. (See the data note on its date.)',
 '제6장 제2절 1. 학술단체','5072-5087'),
(7103,'report',7017,'재난관리: 표준 관점','Disaster Management: The Standards Perspective','ITU FG-AI4NDM','','2024',
 'ITU 재난관리 AI 포커스 그룹이 낸 보고서로, 데이터 관리·재난 시나리오 모델링·AI 기반 소통의 모범사례를 담았다.',
 'Report by ITU\'s focus group on AI for disaster management, giving good practice for data management, disaster-scenario modelling and AI-based communication.',
 '제6장 제1절 2. 표준기관','4995-4999'),
(7105,'report',7035,'생성형 AI를 활용한 교수학습 프레임워크 개발 연구','A Study on Developing a Teaching and Learning Framework Using Generative AI','한국교육학술정보원(KERIS)','','2024-01',
 '생성 AI 수업을 기획·설계·실행·환류의 4단계로 구성한 GATe 프레임워크를 개발한 연구. (그림 출처의 날짜 불일치는 데이터 노트 참조)',
 'Study that built the GATe framework, organising generative-AI lessons in four steps: planning, design, delivery and feedback. (See the data note on the figure\'s date.)',
 '제7장 제1절 2. AI의 교육에 대한 영향','5427-5439'),
(7106,'report',7035,'생성형 AI를 활용한 교수학습 운영 가이드','Operating Guide for Teaching and Learning with Generative AI','한국교육학술정보원(KERIS)','','2024-05',
 'GATe 프레임워크를 학교 현장에서 쓰도록 국어·영어·음악·정보 교과별 적용 방법을 안내한 자료.',
 'Guide for applying the GATe framework in schools, with versions for Korean, English, music and informatics classes.',
 '제7장 제1절 2. AI의 교육에 대한 영향','5437-5441'),
(7107,'report',4000,'교육의 형평성과 포용성에 대한 AI의 잠재적 영향','The potential impact of Artificial Intelligence on equity and inclusion in education','OECD','','2024-08',
 '학습자 중심·교사 주도·기관용 AI 도구가 교육 형평성과 포용성에 주는 기회와 위험을 분석하고 정책 시사점 6가지를 제시했다.',
 'OECD analysis of the chances and risks that learner-centred, teacher-led and institutional AI tools bring to equity and inclusion in education, with six policy pointers.',
 '제7장 제1절 2. AI의 교육에 대한 영향','5380-5408'),
(7108,'report',4008,'생성 AI: 교육에서 AI의 기회와 위험 탐색','Generation AI: Navigating the opportunities and risks of artificial intelligence in education','UNESCO','','2024-07',
 '교육에 생성 AI를 들일 때 포용성·형평성·품질·접근성 4원칙을 강조하고, 13세 미만 교실 사용 제한 등을 권고한 유네스코 글.',
 'UNESCO article stressing four principles (inclusion, equity, quality, access) for generative AI in education and recommending, among others, no classroom use under age 13.',
 '제7장 제1절 2. AI의 교육에 대한 영향','5412-5423'),
(7109,'report',4000,'직장 내 AI 사용: 기회, 위험, 정책 대응','Using AI in the workplace: Opportunities, risks and policy responses','OECD','','2024-03-15',
 '근로자와 고용주가 AI의 생산성·근무환경 효과를 대체로 긍정 평가하지만 일자리 상실 우려도 크다는 OECD 보고서.',
 'OECD report finding that workers and employers mostly rate AI\'s effect on productivity and working conditions positively, while many fear job losses.',
 '제7장 제2절 2. AI의 인력 및 고용에 대한 영향','5506-5517'),
(7110,'report',4000,'AI와 노동시장의 기술 수요 변화','Artificial intelligence and the changing demand for skills in the labour market','OECD','','2024-04-10',
 'AI 노출 정도에 따라 직업별 기술 수요가 어떻게 바뀌는지 추정한 OECD 보고서로, 관리·비즈니스 기술 수요가 늘었다고 봤다.',
 'OECD estimates of how skill demand shifts with exposure to AI; management and business skills gained most in highly exposed jobs.',
 '제7장 제2절 2. AI의 인력 및 고용에 대한 영향','5521-5532'),
(7111,'report',4000,'AI와 임금 불평등','Artificial intelligence and wage inequality','OECD','','2024-04-10',
 'OECD 19개국의 2014~2018년 자료로 AI 노출과 임금 불평등의 관계를 분석해, 불평등 확대 징후는 없고 직종 내 격차는 오히려 줄었다고 밝혔다.',
 'OECD study of 19 countries over 2014-2018 finding no sign that AI exposure widened wage gaps; within-occupation inequality even fell.',
 '제7장 제2절 2. AI의 인력 및 고용에 대한 영향','5536-5551'),
(7112,'report',4014,'생성 AI: AI와 노동의 미래','Gen-AI: Artificial Intelligence and the Future of Work','IMF','','2024-01-14',
 'AI가 세계 일자리의 약 40%에 영향을 준다고 추정하고, 국가별 AI 준비 지수를 제시한 IMF 보고서.',
 'IMF paper estimating that AI touches about 40% of jobs worldwide and introducing a country AI Preparedness Index.',
 '제7장 제2절 2. AI의 인력 및 고용에 대한 영향','5549-5570'),
(7113,'report',7036,'주요 기업 AI 도입 실태 및 인식 조사','Survey on AI Adoption and Perceptions at Major Companies','한국경영자총협회','','2024-03-21',
 '매출 상위 기업 등 50개사를 조사해 생성 AI 도입 여부, 효과, 일자리 영향 전망을 정리한 경총 조사.',
 'Korea Enterprises Federation survey of 50 large firms on whether they use generative AI, its effects and its expected impact on jobs.',
 '제7장 제2절 2. AI의 인력 및 고용에 대한 영향','5574-5584'),
]
for r in other: add(*r)
R.append('# Research papers and award-winning papers named in chapter 6, 제1절')
pp=[
(7201,'paper',7019,'"Chirp"와 "Chat"의 분리: 소리와 언어의 자기지도 시각적 접지','Separating the "Chirp" from the "Chat": Self-supervised Visual Grounding of Sound and Language','MIT CSAIL','arXiv','2024-06-09',
 '동영상만 보고 소리와 화면을 짝지어 언어를 익히는 모델 DenseAV를 소개한 논문으로, 유튜브 영상 200만 개를 썼다.',
 'Paper presenting DenseAV, which learns language by pairing sounds with images in 2 million YouTube videos, with no pre-training.','제6장 제1절 3. 연구기관','5006-5020'),
(7202,'paper',7020,'재귀적으로 생성된 데이터로 학습한 AI 모델의 붕괴','AI models collapse when trained on recursively generated data','','Nature','2024-07-24',
 'AI가 만든 데이터만으로 세대를 거듭해 학습하면 모델 출력이 무너지는 현상(모델 붕괴)을 실험으로 보인 논문. (절 제목은 스탠포드대로 표기, 데이터 노트 참조)',
 'Study showing that models trained generation after generation on AI-made data degrade (model collapse). (The section heading credits Stanford; see the data note.)','제6장 제1절 3. 연구기관','5022-5030'),
(7203,'paper',7021,'OLMo: 오픈 언어 모델','OLMo: Open Language Model','Allen Institute for AI','','2024-02-01',
 '가중치와 함께 학습 코드·데이터(Dolma)까지 공개한 7B·1B 규모 오픈소스 LLM 발표.',
 'Release of 7B and 1B open-source LLMs published together with their training code and data (Dolma).','제6장 제1절 3. 연구기관','5032-5043'),
(7204,'paper',3011,'AgentCourt: 적대적으로 진화하는 변호사 에이전트를 통한 법정 시뮬레이션','AgentCourt: Simulating Court with Adversarial Evolvable Lawyer Agents','Guhong Chen 외','arXiv','2024-08-15',
 '실제 민사 사건 1,000건으로 법정을 모의해 변호사 에이전트의 법률 역량을 키운 중국과학원 등의 논문.',
 'Paper by CAS and Chinese universities that simulated trials on 1,000 real civil cases to improve lawyer agents.','제6장 제1절 3. 연구기관','5045-5059'),
(7205,'paper','','생성 이미지 역학','Generative Image Dynamics','Google Research','CVPR 2024','2024',
 'CVPR 2024 최우수 논문으로 선정된 구글리서치 팀의 연구.','Google Research paper chosen as best paper at CVPR 2024.','제6장 제1절 1. 학술단체','4876'),
(7206,'paper','','DeCAF: 일반 시각 인식을 위한 딥 컨볼루션 활성화 기능','DeCAF: A Deep Convolutional Activation Feature for Generic Visual Recognition','Jeffrey Donahue 외','ICML 2024','2024',
 'ICML 2024에서 오랜 영향력을 인정하는 Test of Time 상을 받은 논문.','Paper that received the Test of Time award at ICML 2024.','제6장 제1절 1. 학술단체','4882'),
(7207,'paper','','VideoPoet: 제로 샷 비디오 생성을 위한 대규모 언어모델','VideoPoet: A Large Language Model for Zero-Shot Video Generation','','ICML 2024','2024',
 'ICML 2024 최우수 논문 20편 중 하나로 꼽힌 비디오 생성 연구.','One of the 20 best papers of ICML 2024, on video generation with a language model.','제6장 제1절 1. 학술단체','4882'),
(7208,'paper','','통합 항해 및 탐색을 위한 목표 마스크 확산 정책','Goal Masked Diffusion Policies for Unified Navigation and Exploration','Ajay Sridhar 외','ICRA 2024','2024',
 'ICRA 2024 최우수 논문 2편 중 하나로, 로봇 항해와 탐색을 하나의 확산 정책으로 다뤘다.','One of the two ICRA 2024 best papers, handling robot navigation and exploration with one diffusion policy.','제6장 제1절 1. 학술단체','4898'),
(7209,'paper','','Open X-Embodiment: 로봇 학습 데이터 세트 및 RT-X','Open X-Embodiment: Robotic Learning Datasets and RT-X','Sergey Levine 외','ICRA 2024','2024',
 'ICRA 2024 최우수 논문 2편 중 하나로, 여러 로봇의 학습 데이터를 모은 데이터셋과 RT-X 모델을 소개했다.','One of the two ICRA 2024 best papers, presenting a pooled multi-robot dataset and the RT-X models.','제6장 제1절 1. 학술단체','4899'),
(7210,'paper','','GxVAE: 두 개의 조인트 VAE가 유전자 발현 프로파일에서 히트 분자를 생성','GxVAE: Two Joint VAEs Generate Hit Molecules from Gene Expression Profiles','Chen Li 외','AAAI 2024','2024',
 'AAAI 2024 최우수 논문 3편 중 하나로, 유전자 발현 정보로 후보 분자를 생성했다.','One of the three AAAI 2024 best papers; it generates candidate molecules from gene-expression data.','제6장 제1절 1. 학술단체','4905'),
(7211,'paper','','신뢰할 수 있는 갈등적 다중 뷰 학습','Reliable Conflictive Multi-view Learning','Cai Xu 외','AAAI 2024','2024',
 'AAAI 2024 최우수 논문 3편 중 하나로, 서로 어긋나는 여러 관점의 데이터를 믿을 만하게 학습하는 방법이다.','One of the three AAAI 2024 best papers, on learning reliably from views that disagree.','제6장 제1절 1. 학술단체','4906'),
(7212,'paper','','순차적 의사 결정을 위한 선호도의 비례적 집계','Proportional Aggregation of Preferences for Sequential Decision Making','Nikhil Chandak 외','AAAI 2024','2024',
 'AAAI 2024 최우수 논문 3편 중 하나로, 연속된 결정에서 여러 사람의 선호를 비례적으로 반영하는 방법이다.','One of the three AAAI 2024 best papers, on weighting many people\'s preferences fairly across a sequence of decisions.','제6장 제1절 1. 학술단체','4907'),
]
for r in pp: add(*r)
out=os.path.join(ROOT,'db/seed/publication/c7.tsv')
os.makedirs(os.path.dirname(out),exist_ok=True)
with open(out,'w',encoding='utf-8',newline='\n') as f:
    f.write('# Curator 7 (chapters 6-7): research reports, papers and KISTEP topic clusters. Titles as printed; translations and summaries ours.\n')
    f.write('\t'.join(H)+'\n')
    for r in R:
        if isinstance(r,str): f.write(r+'\n'); continue
        for c in r: assert '\t' not in str(c)
        f.write('\t'.join(str(c) for c in r)+'\n')
print(sum(1 for r in R if not isinstance(r,str)))
