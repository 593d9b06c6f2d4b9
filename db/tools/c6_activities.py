"""company_activity rows of 첨부 3 (curator c6): ids 10000+ domestic, 11000+ overseas, in table order.

text_ko is the item's label as printed; labels of 38+ characters are abridged in SHORT (our wording),
text_en is ours (EN). Keys: 'd<seq>.<n>' / 'o<seq>.<n>' = n-th item of the row (see c6_items.py).
"""
import os, re
import c6_items as I

TAG_KIND = {'서비스': 'service', '플랫폼': 'platform', '기반모델': 'model', '기술': 'research', '제휴': 'partnership',
            '협업': 'partnership', '인수': 'acquisition', '합병': 'merger', '제품': 'product', '인프라': 'infrastructure',
            '하드웨어': 'hardware', '매각': 'divestment', '기업 매각': 'divestment', '인력': 'talent'}

# per-item corrections: kind, date, date_end, amount (value, currency), text_ko
OVR = {
    'd1.2': dict(date='2023-08'),                       # printed '3.8 (ANOMALIES C34)
    'd18.2': dict(amount=(10e9, 'KRW')),               # '100억' without unit: won (domestic round)
    'd19.2': dict(amount=(70e9, 'KRW')),               # '700억 규모'
    'd21.2': dict(amount=(22e6, 'USD')),
    'o20.1': dict(kind='service'),
    'o23.5': dict(date='2024-06'),                      # A15: Artifacts came with Claude 3.5 Sonnet (L4356-4362)
    'o25.4': dict(date='2024-04'),                      # A14: Llama 3 on 2024-04-18 (L3798)
    'o25.12': dict(date='2024-08'),                     # A13: Self-Taught Evaluator 2024-08 (L3828, L3832)
    'o37.12': dict(amount=(640e6, 'USD')),              # B07: printed 6,400만 달러; ch.5 6억 유로 / $640M
    'o49.4': dict(date='2024-03'),                      # undated here; ch.5 L4228 dates the deal March 2024
    'o59.1': dict(kind='acquisition', amount=(2e9, 'USD')),
    'o59.2': dict(kind='investment', date='2023', date_as_printed="'23년",
                  text_ko='첨단 패키징 설비에 47억 달러 이상 투자'),
    'o64.1': dict(kind='hardware'), 'o64.2': dict(kind='hardware'),
    'o66.1': dict(kind='hardware'), 'o66.2': dict(kind='product'), 'o66.3': dict(kind='hardware'),
    'o68.2': dict(text_ko='생성 AI용 컴퓨팅 인프라 제공 위해 Dell과 협력'),  # printed '생성 시용' (OCR, C32)
}
for _n in range(1, 11):
    OVR[f'o21.{_n}'] = dict(kind='service')

SHORT = {
    'd1.3': "AI 플랫폼 '뤼튼 2.0' 출시(콘텐츠 생성·플러그인)",
    'd2.1': "'AI 스튜디오 페르소'·'페르소 라이브' 출시",
    'd2.2': "스파이럴IA와 'AI 휴먼 공동 사업' MOU",
    'd6.2': "자회사 씽크프리, 기업용 AI 검색 '리파인더 AI' 베타 출시",
    'd7.2': "인도 펀다멘토와 콜센터 AI 전환 전략적 파트너십",
    'd10.2': "MS와 AI·클라우드·IT 분야 전략적 파트너십",
    'd11.5': "Humane/Perplexcity AI와 상호투자·공동마케팅 등 협력",
    'd16.2': "온프레미스 LLM 'MAAL', 라마 3.1 기반으로 업그레이드",
    'd18.3': "LG유플러스·샌즈랩과 보안 LLM 공동 개발 MOU",
    'd19.1': "'Pegasus-1'·'Marengo 2.6' 모델 업데이트",
    'd21.1': "'MoMo-70B', 허깅페이스 LLM 평가 세계 1위",
    'd24.1': "LLM 'Llama-VARCO LLM' 공개",
    'd25.1': "리벨리온 아톰 기반 NPU 인프라 구축·AI 전용 데이터센터 개관",
    'd25.2': "GPU 기반 AI 학습 인프라 서비스 'AI 트레인' 출시",
    'd27.1': "솔트룩스와 AI-클라우드 제휴·156억 원 지분 투자",
    'd27.3': "베슬에이아이 코리아와 AI 인프라·MLOps 협력 MOU",
    'd28.2': "리벨리온과 4나노 AI반도체 '리벨' 공동 개발",
    'd28.3': "네이버클라우드와 하이퍼클로바X용 AI반도체 개발",
    'd32.1': "AI 반도체 워보이(WARBOY) 삼성 파운드리 양산",
    'o4.7': "이미지→3D 동영상 변환 'Stable Video 3D' 발표",
    'o8.2': "기업용 시각 자료 서비스 'Leonardo for Teams' 출시",
    'o17.1': "Workspace용 생성 AI 도구 'Duet AI' 출시",
    'o17.2': "Workspace용 동영상 제작 도구 'Google Vids' 공개",
    'o20.1': "영업팀용 잠재고객 발굴 'Sales Auto-Pilot' 출시",
    'o22.17': "언론사 콘텐츠 계약(Conde Nast·Time·News Corp.·FT·Axel Springer)",
    'o23.4': "Claude 3.5 Sonnet 업데이트·Claude 3.5 Haiku 출시",
    'o23.5': "Claude 생성물 실시간 편집 'Artifacts' 기능 출시",
    'o23.9': "Palantir·AWS와 제휴, 미 국방/정보 부처에 모델 제공",
    'o25.11': "합성 데이터 학습 3D 생성 모델 'Vfusion3D' 공개",
    'o30.1': "Hugging Face·ServiceNow와 'Starcoder 2' 공개",
    'o33.2': "'Einstein Service Agent'(자율형 AI 에이전트) 공개",
    'o33.4': "생성 AI CRM 플랫폼 'Einstein 1 Studio' 공개",
    'o34.1': "빅사이언스 공동개발 1,760억 파라미터 오픈소스 LLM 공개",
    'o36.2': "완전 관리형 LLM 앱 서비스 'Snowflake Cortex' 운영",
    'o37.10': "'Le Chat'에 웹 검색·캔버스·에이전트·이미지 생성 추가",
    'o38.3': "Microsoft, 15억 달러 투자로 지분 확보·이사회 참여",
    'o39.3': "Google·Nvidia·Intel 등에서 2억 8천만 달러 유치",
    'o40.3': "Tencent·Alibaba에서 3억 4,200만 달러 투자 유치",
    'o41.1': "'Qwen-7B'와 'Qwen-7B-Chat' 오픈소스 공개",
    'o41.8': "산업별 AI 도구 제공(고객 서비스·프로그래밍·의료·법률·금융 등)",
    'o44.5': "아바타 동영상 AI 'Vimi' 공개·Code Raccoon 업데이트",
    'o47.4': "코딩 LLM 'Yi-Coder-9B'·'Yi-Coder-1.5B' 공개",
    'o49.4': "Microsoft, 인원 대부분 영입하며 6억 5천만 달러 지불",
    'o50.1': "'Reflection 70B'(Llama 3.1 70B 기반) 오픈소스 공개",
    'o51.2': "Amazon, 창업자 3명 영입·모델 비독점 라이선스 확보",
    'o54.1': "Azure OpenAI API 제공, Hugging Face·LLaMA2의 Azure 활용",
    'o55.1': "자체 TPU 기반 클라우드 AI 컴퓨팅 인프라 구축",
    'o55.3': "Nvidia와 제휴, Blackwell 도입·DGX Cloud 적용",
    'o56.1': "Intel과 제휴, IBM 클라우드에 'Gaudi 3' 제공 계획",
    'o59.1': "헤너바랩스 인수(20억 달러)로 AI 반도체 시장 진출",
    'o59.5': "AI PC Acceleration Program 내 개발자 프로그램 신설",
    'o61.3': "Definitive Intelligence 인수",
    'o63.1': "추론용 PCIe 카드 'Grayskull' e75·e50 발표",
    'o65.2': "자체 칩용 TSMC 'A16' 공정('26년 가동) 예약",
    'o66.1': "AI 가속기 'Maia 100'·CPU 'Cobal 100' 공개",
    'o67.2': "TPU v6 공개 및 'v5p' 정식 출시",
}

EN = dict(l.split('\t', 1) for l in r"""
d1.1	Launched the conversational chatbot 'Chat Wrtn'
d1.2	Added AI search to its 'My AI' chatbot (update 2)
d1.3	Launched the AI platform 'Wrtn 2.0' with content generation and plug-ins
d1.4	Raised KRW 25 billion in a pre-Series B round
d2.1	Launched the subscription AI-human video studio 'AI Studio Perso' and the conversational AI human 'Perso Live'
d2.2	Signed an MOU with Japanese LLM application firm Spiral IA on a joint AI-human business
d2.3	Built a university AI education platform with NAVER Cloud
d3.1	Unveiled the sLLM 'Pingpong-1' for entertainment, content and commerce
d3.2	Launched the AI story platform 'Zeta'
d4.1	Launched 'Friendli Serverless Endpoints', a GPU-optimised AI serving service
d4.2	Launched 'Friendli Fine-tuning' for custom enterprise models
d5.1	Launched a generative AI search service
d5.2	Released a beta of an academic-mode AI search service
d5.3	Benchmark research with KAIST on measuring the reliability of AI agents
d5.4	Raised KRW 27 billion in a Series B2 round
d6.1	Launched 'Hancom Docs AI' for summarising, drafting and translating documents
d6.2	Subsidiary ThinkFree released a beta of the global enterprise AI search service 'Refinder AI'
d7.1	Launched an enterprise AI solution for building, running and analysing chatbots
d7.2	Strategic partnership with Indian AI firm Fundamento on AI for call centres
d7.3	Raised KRW 4.5 billion in seed funding
d8.1	Unveiled the hyperscale language model 'HyperCLOVA X'
d8.2	Unveiled 'DASH', a new HyperCLOVA X model
d8.3	Added image understanding to HyperCLOVA X
d8.4	Planned an AI shopping app for the first half of 2024
d8.5	Announced the NAVER AI Safety Framework (ASF)
d9.1	Developing the Kanana Flag, Kanana Essence and Kanana Nano models
d9.2	Unveiled the AI assistant 'Kanana'
d10.1	Announced its hyperscale AI 'Mi:dm'
d10.2	Strategic partnership with Microsoft on AI, cloud and IT
d10.3	Cooperation with Databricks on generative AI and data services
d11.1	Launched the generative AI platform 'Enterprise AI Market'
d11.2	Offered a multi-LLM agent service combining global LLMs in 'A.'
d11.3	Launched the AI personal assistant 'A.' (A-dot)
d11.4	Unveiled the global AI agent 'Aster'
d11.5	Cooperation with Humane and Perplexity AI: cross-investment, joint marketing and better AI agents
d11.6	Invested USD 100 million in Anthropic
d11.7	Invested USD 10 million in AI search company Perplexity AI
d12.1	Launched 'ixi-O', an AI call assistant that detects voice phishing in real time
d13.1	Unveiled EXAONE
d13.2	Unveiled EXAONE 2.0
d13.3	Open-sourced EXAONE 3.0
d13.4	Open-sourced EXAONE 3.5
d14.1	Unveiled its in-house generative AI 'Samsung Gauss'
d14.2	Unveiled the multimodal model 'Gauss2'
d14.3	Founded a joint AI research centre with Seoul National University
d14.4	Acquired UK AI start-up Oxford Semantic Technologies
d15.1	Launched 'LUXIA On', hardware for generative AI development
d15.2	Unveiled its in-house LLM 'LUXIA 2'
d15.3	Launched the enterprise search solution 'Goover Enterprise'
d15.4	Released a preview of the AI search service 'Goover'
d16.1	Unveiled the enterprise LLM 'MAAL1'
d16.2	Rebuilt its on-premise LLM product 'MAAL' on Llama 3.1
d16.3	Acquired 맨드언맨드, a multimodal foundation-model specialist
d17.1	Released a preview of 'Solar Pro'
d17.2	Unveiled the OCR model 'Document Parse'
d17.3	Unveiled the LLM evaluation platform 'Evalverse'
d17.4	Released a beta translation service based on its LLM 'Solar'
d17.5	Raised KRW 100 billion in a Series B round
d18.1	Unveiled the industry-specific LLM 'LLM42' at AI Expo 2024
d18.2	Raised KRW 10 billion from LG Uplus
d18.3	MOU with LG Uplus and Sandslab to co-develop LLM technology for cybersecurity
d18.4	Cooperation with Oracle on cloud infrastructure and LLM business
d19.1	Updated the video-language AI 'Pegasus-1' and the multimodal video model 'Marengo 2.6'
d19.2	Raised KRW 70 billion in a Series A round from investors including Nvidia
d20.1	Launched its in-house 'Konan LLM'
d20.2	Unveiled a speech-synthesis model that renders a user's voice in many languages
d20.3	Cooperation with AI chip start-up Rebellions on a generative AI kiosk
d21.1	Its LLM 'MoMo-70B' ranked first on Hugging Face's LLM leaderboard
d21.2	Strategic partnership with AMD and USD 22 million in funding
d22.1	Developed the math AI model 'MathGPT' with Upstage
d22.2	Content licensing contract with NE Neungyule
d22.3	Launched 'Prep.Pie', a college-education service for the US
d23.1	Launched the finance AI model 'Alli Finance LLM'
d24.1	Released 'Llama-VARCO LLM', an LLM built on an open-source base
d25.1	Built NPU infrastructure on Rebellions' ATOM chips and opened an AI-dedicated data centre (AIDC)
d25.2	Launched 'AI Train', an AI training infrastructure service on Nvidia GPUs
d26.1	Offered HyperCLOVA X models to enterprise customers through a global studio
d26.2	Founded a joint AI research centre with Intel
d27.1	AI-cloud alliance with Saltlux and a KRW 15.6 billion equity investment in it
d27.2	Began operating the national AI data centre in Gwangju
d27.3	MOU with ML company VESSL AI Korea on AI infrastructure and MLOps
d28.1	Unveiled the Galaxy S24 series with built-in AI
d28.2	Co-developing the AI chip 'REBEL' with Rebellions on a 4 nm foundry process
d28.3	Developing AI chip solutions with NAVER Cloud to run HyperCLOVA X
d28.4	Invested in US AI chip start-up Enfabrica
d29.1	Began mass production of the AI memory 'HBM3E'
d29.2	Developed 'ZUFS 4.0', mobile NAND storage for on-device AI
d30.1	Launched the data-centre AI chip X330
d30.2	Signed the merger agreement with Rebellions; the merged company is to launch as Rebellions within the year
d31.1	Launched the AI chip ATOM
d31.2	Cooperation with Samsung Electronics on 'REBEL', an AI chip for LLMs
d31.3	Developing an AI CPU chipset platform with Arm and Samsung Electronics
d31.4	Raised KRW 165 billion in a Series B round
d32.1	Completed the AI chip WARBOY and began mass production at Samsung's foundry
d32.2	Unveiled its second-generation AI chip RNGD (Renegade)
d32.3	Cooperation with NAVER Cloud on AI chip solutions
d32.4	Data-centre build-out for AI education platform Elice Group
d32.5	Built a GPU-NPU farm with NAVER Cloud
d33.1	Unveiled an NPU for on-device AI
d33.2	Began mass production of DX-M1, its first on-device AI product
d33.3	Raised KRW 110 billion, mainly from private-equity investors
o1.1	Open-sourced the photo-editing model 'Magic Fixup'
o1.2	Unveiled the 'Firefly Video Model'
o1.3	Launched an AI assistant in its PDF editor
o1.4	Previewed a generative AI music-editing tool
o1.5	Launched 'GenStudio', ad-generation AI for enterprises
o1.6	Unveiled the image-generation AI 'Firefly Image 3'
o2.1	Unveiled the video-generation AI 'Dream Machine'
o2.2	Unveiled 'Dream Machine 1.6'
o3.1	Launched the music-generation app 'Udio'
o4.1	Stable Diffusion 2.0
o4.2	Stable Diffusion XL
o4.3	Stable Cascade
o4.4	Stable Diffusion 3.0
o4.5	Stable Diffusion 3.5
o4.6	Launched a text-to-animation tool
o4.7	Announced 'Stable Video 3D', which turns images into 3D video
o5.1	V6 model
o5.2	'Character Reference' feature for consistent images
o5.3	Launched a unified web image editor
o5.4	Launched image-editing features
o6.1	Launched the video-generation AI Gen-3 Alpha
o6.2	Launched Gen-3 Alpha Turbo
o6.3	Launched 'Act-One', which turns people in video into animated characters
o7.1	JST-1, a video-3D foundation model with built-in physics knowledge
o7.2	Unveiled video-generation AI that makes characters move
o7.3	Raised USD 19 million in a Series A round
o8.1	Unveiled the image model 'Phoenix'
o8.2	Launched 'Leonardo for Teams' for enterprise visual content
o8.3	Acquired by design platform Canva
o9.1	Text-to-speech model Turbo v2.5 for 32 languages
o9.2	Launched 'Sound Effects' generation
o9.3	Launched 'AI Voice Isolator', which removes background noise
o9.4	Launched the text-to-audio mobile app 'Reader'
o9.5	Launched the voice-generation service 'Voice Design'
o10.1	Launched the video-generation model 'Pika 1.0'
o10.2	Launched 'Pika 1.5'
o10.3	Added voice and automatic sound effects to Pika 1.0
o10.4	Raised USD 80 million in a Series B round
o11.1	Unveiled the music-generation AI 'v3'
o11.2	'v3.5'
o12.1	Launched 'Pages', a long-form document generator
o12.2	Launched 'Pro Search' for multi-step deep search
o12.3	Added shopping features for paying users
o12.4	Raised USD 73.6 million from investors including Nvidia and Jeff Bezos
o12.5	Announced a revenue-sharing programme with publishers
o13.1	Combined GPT-4 with the Bing search engine
o13.2	Released a beta of Bing Generative Search
o14.1	Raised USD 22 million in a Series A round
o15.1	Launched group chats with several AI characters
o15.2	Launched voice calls with AI characters
o15.3	De facto acquisition by Google through a technology licence and hiring of key staff
o16.1	Launched the AI chat platform 'Poe'
o16.2	Launched a revenue-sharing programme for AI chatbots
o16.3	Launched the app-building feature 'Previews'
o16.4	Raised USD 75 million
o17.1	Launched the generative AI tool 'Duet AI' for Google Workspace
o17.2	Unveiled the video tool 'Google Vids' for Google Workspace
o18.1	Launched 'AI Studio' for building enterprise AI apps
o19.1	Launched the AI writing tool 'DeepL Write Pro'
o19.2	Expanded the enterprise translation service 'DeepL Pro' to 165 more countries
o19.3	Launched the speech translation solution 'DeepL Voice'
o19.4	Raised USD 300 million
o20.1	Launched 'Sales Auto-Pilot', which finds prospects for sales teams
o21.1	Image Generator (image generation with DALL-E 3)
o21.2	Consensus (help with academic research)
o21.3	Logo Creator (logo generation with DALL-E)
o21.4	Write For Me (writing help)
o21.5	Canva (design help)
o21.6	Cartoonize Yourself (turns photos into cartoons)
o21.7	Grimoire (coding help)
o21.8	PDF Ai PDF (chat with PDF files)
o21.9	Scholar GPT (help with academic research)
o21.10	Humanizer Pro (makes AI-generated text read as human)
o22.1	GPT-4
o22.2	GPT-4 Turbo
o22.3	GPT-4o
o22.4	GPT-4o mini
o22.5	o1
o22.6	ChatGPT Pro
o22.7	ChatGPT Enterprise
o22.8	DALL-E 3
o22.9	Added 'Memory' to ChatGPT
o22.10	Released 'GPTs', custom chatbots
o22.11	Officially launched ChatGPT search
o22.12	Acquired data-analytics company Rockset
o22.13	Unveiled 'Voice Engine', which clones voices
o22.14	Research on 'CriticGPT', which spots errors in code written by GPT-4
o22.15	'Swarm', a framework for orchestrating AI agents
o22.16	Model-evaluation agreement with the US AI Safety Institute
o22.17	Content deals with media groups including Condé Nast, Time, News Corp, the FT and Axel Springer
o22.18	Raised USD 6.6 billion
o23.1	Claude 2
o23.2	Claude 3
o23.3	Claude 3.5 Sonnet
o23.4	Updated Claude 3.5 Sonnet and launched Claude 3.5 Haiku
o23.5	Launched 'Artifacts' for editing Claude's output live
o23.6	Launched an enterprise Claude subscription plan
o23.7	Launched a prompt tool for developers
o23.8	Model-evaluation agreement with the US AI Safety Institute
o23.9	With Palantir and AWS, supplies its models to US defence and intelligence agencies
o24.1	PaLM
o24.2	Bard
o24.3	PaLM 2
o24.4	Music-generation AI Lyria
o24.5	Gemini 1.0 and Imagen 2
o24.6	Gemma and Gemini 1.5 Pro
o24.7	Gemini 1.5 Flash and Gemma 2
o24.8	Gemma 2 2B
o24.9	Imagen 3
o24.10	Launched the AI voice assistant 'Gemini Live'
o24.11	Integrated Imagen 3 into Gemini
o24.12	Video-generation AI 'Lumiere'
o24.13	'ASPIRE', a system that makes AI answers more reliable
o24.14	Robot gesture-generation AI 'GenEM' (printed 'GemEM')
o24.15	AlphaChip for chip design (printed 'AphaChip')
o24.16	AI agent framework 'Talker-Reasoner'
o25.1	Llama 1
o25.2	Llama 2
o25.3	Code Llama 70B
o25.4	Llama 3
o25.5	Llama 3.1
o25.6	Multimodal model Llama 3.2
o25.7	Video-generation model 'Meta Movie Gen'
o25.8	Built Meta AI into its own apps
o25.9	'AI Studio' for creating AI characters
o25.10	Developed V-JEPA, which learns by predicting missing parts of video
o25.11	Released 'VFusion3D', a 3D content model trained on synthetic data
o25.12	Developed 'Self-Taught Evaluator' for evaluating AI models
o26.1	Phi-1
o26.2	Phi-2
o26.3	Orca 2
o26.4	Orca-Math
o26.5	Phi-3
o26.6	Phi-3.5
o26.7	Brought Copilot to Windows 11
o26.8	Microsoft 365 Copilot for enterprises
o26.9	Copilot Pro for individuals
o26.10	Copilot for Security
o26.11	Added voice conversation and vision to Copilot
o26.12	Unveiled new agents
o26.13	General availability of 'Copilot Studio' for building AI agents
o26.14	Invested USD 1.5 billion in UAE AI company G42
o27.1	Launched 'Titan Image Generator V2'
o27.2	Launched the enterprise AI chatbot 'Q'
o27.3	Launched the shopping-assistant chatbot 'Rufus' (printed 'Lupus')
o27.4	Previewed 'App Studio', a generative AI tool for enterprise apps
o27.5	Unveiled 'Amelia', an AI assistant for sellers
o27.6	Launched AI shopping guides
o28.1	Image-text multimodal model 'MM1'
o28.2	Launched 'Apple Intelligence'
o28.3	Developed a multimodal model that understands mobile screen UIs
o28.4	Demonstrated '4M', a framework for training multimodal models
o28.5	Announced a partnership with OpenAI
o29.1	Unveiled 'Grok'
o29.2	Open-sourced Grok and unveiled Grok-1.5
o29.3	Previewed 'Grok-1.5 Vision'
o29.4	Unveiled 'Grok-2' with image generation
o29.5	Raised USD 6 billion in a Series B round
o29.6	Raised USD 5 billion
o30.1	Released the code model 'StarCoder2' with Hugging Face and ServiceNow
o30.2	Announced the text-to-3D model LATTE3D (printed 'Latte3')
o30.3	Released 'Nemotron-4 340B'
o30.4	Released 'Llama-3.1-Nemotron-70B-Instruct'
o30.5	Developed the text-to-audio model 'Fugatto'
o30.6	Released 'Chat with RTX' for AI PCs
o30.7	Unveiled 'Project GR00T', a general foundation model for humanoid robots
o31.1	Launched a multilingual LLM
o31.2	Launched the enterprise LLM 'Command R+'
o31.3	Launched the multilingual LLM 'Aya Expanse'
o31.4	Launched the enterprise chatbot 'Coral'
o31.5	Raised USD 500 million in a Series D round
o32.1	Open-sourced the enterprise LLM 'Granite'
o32.2	Released 'Granite 3.0'
o32.3	Launched 'watsonx' for building foundation-model and generative AI applications
o32.4	Launched the AI governance platform 'watsonx.governance'
o33.1	Released the enterprise models 'xGen-Sales' and 'xLAM'
o33.2	Unveiled the fully autonomous AI agent 'Einstein Service Agent'
o33.3	Unveiled 'Agentforce', low-code autonomous AI agents
o33.4	Unveiled 'Einstein 1 Studio', a low-code generative AI CRM platform
o33.5	Acquired AI start-up Zoomin
o34.1	Released a 176-billion-parameter open-source LLM built by the 1,000-researcher BigScience project
o34.2	Released 'SmolLM2' for on-device AI
o34.3	Released a large open dataset of 15 trillion tokens
o34.4	Announced HUGS, a service for deploying AI
o34.5	Released 'OpenAI-Gradio' for building AI web apps
o35.1	Open-sourced 'DBRX' with 132 billion parameters
o35.2	Acquired MosaicML, which helps firms build their own AI models
o35.3	Alliance with AWS to offer generative AI features
o36.1	Released 'Arctic', an open-source LLM for enterprises
o36.2	Runs 'Snowflake Cortex', a fully managed service for building LLM apps
o37.1	Released 'Mistral Large'
o37.2	'Mixtral 8x22B'
o37.3	Code-generation model 'Codestral'
o37.4	'Mistral NeMo' and 'Mistral Large 2'
o37.5	'Pixtral 12B'
o37.6	On-device models 'Les Ministraux' (printed 'Les Ministros')
o37.7	'Pixtral Large'
o37.8	Launched the chatbot service Le Chat
o37.9	Released a 'Moderation API' for detecting harmful content
o37.10	Added web search, canvas, agents and image generation to 'Le Chat'
o37.11	Raised EUR 15 million from Microsoft
o37.12	Raised new funding (printed as USD 64 million; chapter 5 gives EUR 600 million, about USD 640 million)
o37.13	Cloud partnership with Google
o38.1	Subsidiary Inception released JAIS
o38.2	Released JAIS 70B
o38.3	Microsoft invested USD 1.5 billion for a minority stake and a board seat
o39.1	Released 'Jamba 1.0'
o39.2	Released 'Jamba 1.5 Mini' and 'Jamba 1.5 Large'
o39.3	Raised USD 280 million from Google, Nvidia, Intel and others
o40.1	ChatGLM2-6B
o40.2	AI chatbot
o40.3	Raised USD 342 million from Tencent and Alibaba
o41.1	Open-sourced the LLM 'Qwen-7B' and its chat-tuned version 'Qwen-7B-Chat'
o41.2	Unveiled the video-generation model 'EMO'
o41.3	Launched 'Tongyi Qianwen 2.5'
o41.4	Open-sourced the math model 'Qwen2-Math'
o41.5	Released 'Qwen-VL', which can analyse videos over 20 minutes long
o41.6	Released Qwen2.5-Coder
o41.7	Released the reasoning model 'Marco-o1'
o41.8	Offers AI tools by industry: characters, customer service, coding, medicine, law, finance, digital avatars
o41.9	Launched the AI translation tool 'Marco MT'
o41.10	Launched 'ModelScope', an open-source AI model platform
o42.1	Released the enterprise LLM 'Hunyuan'
o42.2	Released 'Hunyuan-Turbo'
o42.3	Released Hunyuan-Large
o42.4	Launched the AI chatbot 'Yuanbao'
o43.1	Released 'ERNIE 3.5'
o43.2	Released 'ERNIE 4.0'
o43.3	Released 'ERNIE 4.0 Turbo'
o43.4	Launched the AI chatbot 'ERNIE Bot'
o43.5	ERNIE Bot passed 300 million users
o43.6	Runs the open-source deep-learning framework 'PaddlePaddle'
o44.1	Released 'SenseNova 4.0'
o44.2	Released 'SenseNova 5.0'
o44.3	Released the real-time multimodal model 'SenseNova 5.5'
o44.4	Released the AI chatbot 'SenseChat'
o44.5	Released the avatar-video generator 'Vimi' and updated Code Raccoon
o45.1	Released the text-to-video model 'MagicVideo-V2'
o45.2	Announced 'GR-2', a large model for robots
o45.3	Launched the AI chatbot 'Doubao' (printed 'Dubao')
o45.4	Launched the video-generation app 'Jimeng AI' in app stores
o45.5	Added music generation to Doubao
o45.6	Added video generation to Doubao
o45.7	Began operating 'Coze', a platform for building AI chatbots
o46.1	Launched the LLM 'abab 6.5'
o46.2	Launched the video-generation model 'abab-video-01'
o46.3	Launched 'Hailuo AI', a consumer AI platform
o46.4	Added image-to-video to Hailuo AI
o47.1	'Yi'
o47.2	Multimodal 'Yi-VL'
o47.3	'Yi-1.5'
o47.4	Released the coding LLMs 'Yi-Coder-9B' and 'Yi-Coder-1.5B'
o47.5	'Yi-Lightning'
o47.6	Launched 'Wanzhi', a one-stop AI assistant for office work
o48.1	Released the open-source LLM 'OLMo'
o48.2	Released OLMo 1.7-7B
o48.3	Released four Molmo models
o49.1	Launched the LLM 'Inflection-2.5'
o49.2	Inflection for Enterprise
o49.3	Released the AI chatbot 'Pi 2.5'
o49.4	Microsoft hired most of its staff and paid USD 650 million
o50.1	Open-sourced 'Reflection 70B', built on Meta Llama 3.1 70B
o51.1	Developed 'RFM-1', an AI model for robots
o51.2	Amazon hired the three founders and took a non-exclusive licence to the models
o52.1	Released the Japanese models 'EvoLLM-JP' and 'EvoVLM-JP'
o52.2	Raised USD 100 million in a Series A round
o52.3	Research on building new models by merging existing ones
o52.4	Developed 'The AI Scientist', which automates scientific research
o54.1	Azure OpenAI API service, Hugging Face on Azure and Meta's Llama 2 on Azure
o55.1	Builds AI computing infrastructure on a cloud platform based on its own TPU chips
o55.2	Cooperation with Hugging Face on generative AI development
o55.3	Adopted Nvidia's Blackwell platform and brought Nvidia DGX Cloud to Google Cloud
o55.4	Announced a multicloud partnership with Oracle
o55.5	Launched an AI agent partner programme
o56.1	Plans to offer Intel's 'Gaudi 3' AI accelerator on IBM Cloud
o57.1	Generative AI courses for customers, developers and partners
o57.2	Cut prices of core cloud products by up to 55%
o57.3	Invested USD 800 million in Chinese AI start-up Moonshot AI
o58.1	Unveiled the new AI chip 'Blackwell'
o58.2	Acquired Israel's Run:ai, a software platform for managing AI and cloud infrastructure
o58.3	Supporting SoftBank in building Japan's largest AI supercomputer
o59.1	Entered the AI chip market by buying Israeli chip maker Habana Labs for USD 2 billion
o59.2	Invested over USD 4.7 billion in advanced packaging facilities
o59.3	Unveiled the AI chip 'Gaudi 3'
o59.4	Unveiled the next-generation AI chip 'Lunar Lake'
o59.5	Created an AI PC Developer Program within its AI PC Acceleration Program
o60.1	Acquired AI software company Nod.ai
o60.2	Acquired Finnish AI start-up Silo AI
o60.3	Acquired AI server company ZT Systems
o60.4	Unveiled the GPU 'MI300X' for large-scale AI (printed 'M1300X')
o60.5	Launched the 'Instinct MI300' series
o60.6	Unveiled third-generation Ryzen AI processors and other products
o60.7	Unveiled the new AI chip 'MI325X'
o61.1	Unveiled the LPU inference chip
o61.2	Partnership with Samsung Electronics to make next-generation AI chips
o61.3	Acquired business-AI company Definitive Intelligence
o61.4	Raised USD 640 million in a Series D round led by Samsung Electronics
o62.1	Sold the company to SoftBank
o63.1	Announced the 'Grayskull' e75 and e50 PCIe inference cards
o63.2	Partnership with Samsung Electronics to make next-generation AI chips
o64.1	Unveiled its in-house AI accelerator 'MTIA v1'
o64.2	Unveiled 'MTIA v2'
o65.1	Talks with Broadcom and other chip designers
o65.2	Reserved TSMC's 'A16' process, due in 2026, for its own AI chip
o65.3	Developing its own AI chip with Broadcom and TSMC
o66.1	Unveiled the in-house AI accelerator 'Maia 100' and the CPU 'Cobalt 100' (printed 'Cobal 100')
o66.2	Unveiled the AI PC 'Copilot+ PC'
o66.3	Launched two AI chips for data centres
o67.1	Unveiled 'Axion', a custom Arm-based CPU
o67.2	Unveiled TPU v6 and made the TPU 'v5p' generally available
o68.1	Unveiled 'WSE-3', billed as the fastest AI chip
o68.2	Cooperation with Dell on computing infrastructure for generative AI
o69.1	Launched the processor 'SN40L'
""".strip().split('\n'))

UNIT = {'조': 1e12, '억': 1e8, '만': 1e4}
AMOUNT_RE = re.compile(r"((?:[\d,.]+천?[조억만]\s*)+)(원|달러|유로)")


def amount(label):
    m = AMOUNT_RE.search(label)
    if not m:
        return None
    total = 0.0
    for num, thousand, unit in re.findall(r"([\d,.]+)(천?)([조억만])", m.group(1)):
        total += float(num.replace(',', '')) * (1000 if thousand else 1) * UNIT[unit]
    return round(total), {'원': 'KRW', '달러': 'USD', '유로': 'EUR'}[m.group(2)], m.group(0).strip()


def iso(printed):
    m = re.match(r"^'(\d{2})(?:\.(\d{1,2}))?\.?~?$", printed)
    if m:
        return '20' + m.group(1) + (f'-{int(m.group(2)):02d}' if m.group(2) else '')
    m = re.match(r"^'(\d{2})년", printed)
    return '20' + m.group(1) if m else None


def build(trows):
    rows, nid = [], {'d': 10000, 'o': 11000}
    for key, r, tag, label, d in I.all_items(trows):
        o = OVR.get(key, {})
        kind = o.get('kind') or TAG_KIND.get(tag)
        if tag == '투자':
            kind = 'funding' if ('유치' in label or r['company_id'] == 225) else 'investment'
        am = amount(label)
        if 'amount' in o:
            v, cur = o['amount']
            am = (round(v), cur, am[2] if am else re.search(r"[\d,]+억", label).group(0))
        date_p = o.get('date_as_printed', d)
        rows.append(dict(
            id=nid[key[0]], company_id=r['company_id'], date=o.get('date') or (iso(d) if d else None),
            date_as_printed=date_p, kind=kind, tag_ko=tag,
            text_ko=o.get('text_ko') or SHORT.get(key) or label, text_en=EN[key],
            amount_value=am[0] if am else None, amount_currency=am[1] if am else None,
            amount_as_printed=am[2] if am else None,
            appendix3_scope=r['scope'], appendix3_seq=r['seq'],
            src_locator=None, src_lines=r['line'], _key=key))
        nid[key[0]] += 1
    missing = set(EN) - {x['_key'] for x in rows}
    assert not missing, missing
    return rows


def write_activities(trows, write, seed, locator):
    rows = build(trows)
    out, last = [], None
    for x in rows:
        x['src_locator'] = locator[x['appendix3_scope']]
        head = (x['appendix3_scope'], x['appendix3_seq'])
        if head != last:
            out.append(f"# {x['appendix3_scope']} {x['appendix3_seq']}: {next(t['company'] for t in trows if (t['scope'], t['seq']) == head)}")
            last = head
        out.append(x)
    write(os.path.join(seed, 'company_activity', 'c6.tsv'),
          ['id', 'company_id', 'date', 'date_end', 'date_as_printed', 'kind', 'tag_ko', 'text_en', 'text_ko',
           'amount_value', 'amount_currency', 'amount_as_printed', 'appendix3_scope', 'appendix3_seq',
           'src_locator', 'src_lines', 'src_page'], out,
          '첨부 3 activity items (curator c6; generated by db/tools/c6_appendix3.py): text_ko = label as printed '
          '(long labels abridged), text_en = ours')
