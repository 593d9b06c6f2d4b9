#!/usr/bin/env python3
"""Curator 8: parses the 346 body footnotes ("N) ..." lines; no. 148 does not exist, 230 and 288 are
typed with superscript digits) into db/seed/footnote/c8.tsv.

A footnote is the line "N) ..." whose N is the next expected number, plus the lines right after it
that continue it (URL lines, and further citations without a number). The citation is kept as
printed minus the URL wrappers; the first URL goes to `url`; the date is the document date (access
dates "확인"/"검색" are not used). Explanatory footnotes (prose, not a citation) get a short description
in our own words marked "(설명 각주)" (EXPLAIN below). reference_num links a footnote to the
참고 문헌 entry that cites the same document (title match, and the date where both print one).
Data notes: ids 8300-8399.
Run from the repository root: python3 db/tools/c8_footnotes.py
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import c8_statistics as st  # noqa: E402
import c8_references as rf  # noqa: E402

LINES = st.LINES
SUP = str.maketrans('⁰¹²³⁴⁵⁶⁷⁸⁹', '0123456789')
COLS = ['num', 'citation', 'date', 'url', 'reference_num', 'src_locator', 'src_lines']

# ---------------------------------------------------------------------------------------------
# Section headings -> src_locator
# ---------------------------------------------------------------------------------------------
CHAPTERS = [  # (first line, locator) — the section a footnote sits in
    (432, '제2장 제1절 AI 산업 현황'), (678, '제2장 제2절 전 세계 AI 시장 전망'),
    (699, '제3장 제1절 미국'), (1179, '제3장 제2절 EU'), (1411, '제3장 제3절 중국'), (1685, '제3장 제4절 일본'),
    (1968, '제3장 제5절 영국'), (2136, '제3장 제6절 캐나다'), (2293, '제3장 제7절 프랑스'), (2441, '제3장 제8절 독일'),
    (2554, '제3장 제9절 싱가포르'), (2666, '제3장 제10절 우리나라'),
    (3086, '제4장 제1절 OECD'), (3193, '제4장 제2절 UN'), (3280, '제4장 제3절 기타 기구(G7, G20 등)'),
    (3348, '제5장 제1절 국외 기업'), (4501, '제5장 제2절 국내 기업'),
    (4719, '제6장 제1절 국제 학술단체, 표준기관, 비영리 연구기관'), (5065, '제6장 제2절 국내 학술단체, 표준기관, 비영리 연구기관'),
    (5322, '제7장 제1절 교육 분야'), (5443, '제7장 제2절 인력 및 고용 분야'), (5586, '제8장 결론'),
]


def section_of(n):
    loc = None
    for first, name in CHAPTERS:
        if n >= first:
            loc = name
    return loc


# ---------------------------------------------------------------------------------------------
# Footnote detection
# ---------------------------------------------------------------------------------------------
def starts():
    exp = 1
    found = {}
    for i, l in enumerate(LINES, 1):
        m = re.match(r'^(\d{1,3})\) ?(.*)$', l)
        m2 = re.match(r'^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)⁾ ?(.*)$', l)
        if m2:
            n, t = int(m2.group(1).translate(SUP)), m2.group(2)
        elif m:
            n, t = int(m.group(1)), m.group(2)
        else:
            continue
        if n == exp or (exp == 148 and n == 149):
            found[n] = (i, t, bool(m2))
            exp = n + 1
    return found


URL_LINE = re.compile(r'^[\[\(<\\]*\s*https?://')
CITE_LINE = re.compile(r'^[A-Za-z가-힣一-龥].{5,250}, \d{4}\s*\.\s*\d{1,2}(\s*\.\s*\d{1,2})?\.?\s*[:;]?$')


def continuation(line_no, nxt_start):
    """Lines after a footnote line that belong to it."""
    out = []
    j = line_no + 1
    while j < len(LINES) and j < nxt_start:
        s = LINES[j - 1].strip()
        if not s:
            j += 1
            continue
        if URL_LINE.match(s) or (CITE_LINE.match(s) and not s.startswith(('출처', '자료'))):
            out.append(j)
            j += 1
            continue
        break
    return out


URL_RE = re.compile(r'https?://[^\s<>()\]]+(?:\([^\s<>()]*\)[^\s<>()\]]*)?')


def clean(text):
    """Citation text minus URL wrappers; returns (citation, urls)."""
    text = text.replace('\\$', '$').replace('\\(', '(').replace('\\)', ')')
    urls = [u.rstrip('.,;:>') for u in URL_RE.findall(text)]
    t = text
    # remove "(<url>)", "<url>", "(url)", "[(url)" wrappers and bare urls
    t = re.sub(r'\[?\(\s*<?\s*https?://[^\s]*?>?\s*\)\]?', ' ', t)
    t = re.sub(r'<\s*https?://[^\s>]*>', ' ', t)
    t = URL_RE.sub(' ', t)
    t = re.sub(r'\s+', ' ', t).strip()
    t = re.sub(r'\s*[:;]\s*$', '', t).strip()
    t = re.sub(r'[\[\(]\s*$', '', t).strip()
    return t, urls


DATE_RE = re.compile(r'(\d{4})\s*[.,]\s*(\d{1,2})(?:\s*\.\s*(\d{1,2}))?(?!\d)')


def doc_date(citation):
    """Document date: the first date of the citation that is not an access date."""
    m = re.search(r',\s*(\d{4})\s*$', citation)
    if m and not DATE_RE.search(citation):
        return m.group(1)
    for m in DATE_RE.finditer(citation):
        after = citation[m.end():m.end() + 6]
        if re.match(r'^\.?\s*\)?\s*\(?(확인|검색)', after):
            continue
        y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
        if not (1990 <= y <= 2030 and 1 <= mo <= 12):
            continue
        return ('%04d-%02d' % (y, mo)) if d is None else ('%04d-%02d-%02d' % (y, mo, int(d)))
    return None


# ---------------------------------------------------------------------------------------------
# Explanatory footnotes: our own short description (Korean / English)
# ---------------------------------------------------------------------------------------------
EXPLAIN = {
    18: ('이후 미국 정책명은 원어 없이 한국어 번역으로만 적는다는 안내', 'notes that US policy titles are given only in Korean translation from here on'),
    27: ('캘리포니아 SB 1047 법안의 영문 정식 명칭 안내', 'gives the full English title of California bill SB 1047'),
    30: ('미국의 AI 관련 연방법(2020년 이니셔티브법·정부 AI법)과 행정명령 제14110호를 배경으로 소개', 'background on US federal AI laws of 2020 and Executive Order 14110'),
    34: ('국가 안보를 위해 대통령에게 민간 생산·공급 통제 권한을 주는 법(국방물자생산법)의 성격 설명', 'explains the presidential emergency powers over private production invoked for national security (Defense Production Act)'),
    39: ('EU 차원에서 회원국 연구개발을 묶어 중복 투자를 줄이려는 정책(유럽연구영역) 설명', 'explains the EU policy of pooling member states\' research to avoid duplicated investment (European Research Area)'),
    52: ('엑사스케일 컴퓨팅(초당 10^18회 부동소수점 연산) 정의', 'defines exascale computing (10^18 floating-point operations per second)'),
    55: ('일본이 생성 AI 대응을 위해 AI 정책 사령탑으로 AI 전략회의를 새로 둔 배경 설명', 'background on Japan setting up the AI Strategy Council as its AI policy control tower after generative AI'),
    62: ('일본 AI 안전연구소 설립에 참여한 관계 부처(내각부·디지털청·경제산업성 등) 목록', 'lists the Japanese ministries and agencies behind the AI Safety Institute'),
    63: ('일본 AI 안전연구소와 협력하는 공공 연구기관(정보통신연구기구·이화학연구소 등) 목록', 'lists the public research institutes cooperating with Japan\'s AI Safety Institute'),
    66: ('AI 사업자 가이드라인이 통합한 기존 일본 지침 3종(2017·2019·2022년) 목록', 'lists the three earlier Japanese guidelines (2017, 2019, 2022) merged into the AI Guidelines for Business'),
    95: ('프랑스 AI 위원회의 설립 시기(2023.9)와 구성(전문가 13명)·역할 설명', 'describes France\'s AI Commission: set up in Sept 2023, 13 experts advising the government'),
    98: ('유럽의회가 내린 AI와 생성 AI의 정의 소개', 'gives the European Parliament\'s definitions of AI and generative AI'),
    99: ('EU 디지털시장법(DMA)의 목적 설명: 게이트키퍼 플랫폼의 지배력 남용 방지', 'explains the purpose of the EU Digital Markets Act: curbing abuse by gatekeeper platforms'),
    100: ('EU 데이터법(Data Act)의 목적 설명: 데이터 접근·이용의 공정성', 'explains the purpose of the EU Data Act: fair access to and use of data'),
    102: ('프랑스 경쟁당국이 2024년 2월 조사 착수 후 공개 협의를 거쳐 의견서를 냈다는 경위 설명', 'explains that the French competition authority opened its inquiry in Feb 2024 and consulted publicly before its opinion'),
    103: ('경쟁당국 권고 10가지는 뒤따르는 표에 정리되어 있다는 안내', 'points to the table listing the authority\'s ten recommendations'),
    104: ('DMA 게이트키퍼 지정 기준(시가총액·EU 매출·월간 이용자 수) 설명', 'gives the DMA gatekeeper thresholds (market value, EU turnover, monthly users)'),
    105: ('DGCCRF가 프랑스의 경쟁·소비자 보호 담당 정부 기관임을 설명', 'explains that the DGCCRF is France\'s competition and consumer-protection agency'),
    155: ('UN의 컨센서스 방식(반대가 없으면 합의로 봄) 설명', 'explains UN adoption by consensus (agreed unless a member objects)'),
    157: ('글로벌 사우스(아시아·아프리카·남미 개발도상국) 개념 설명', 'explains the term Global South (developing countries of Asia, Africa and Latin America)'),
    158: ('지속가능발전목표(SDG): 2015년 UN 총회가 정한 2030년까지의 17개 목표', 'Sustainable Development Goals: 17 goals for 2030 agreed by the UN General Assembly in 2015'),
    164: ('GPAI 소개: 캐나다·프랑스 제안으로 2020년 출범, 29개 회원국, 한국은 창립 회원국', 'about GPAI: launched in 2020 on a Canadian-French proposal, 29 members, Korea a founding member'),
    171: ('LMSYS(UC 버클리 주도 연구조직)의 AI 모델 비교 평가 사이트 설명', 'describes the model-comparison leaderboard run by LMSYS (a UC Berkeley-led group)'),
    172: ('지식 증류(큰 모델의 지식을 작은 모델로 옮기는 기법) 설명', 'explains knowledge distillation (moving a large model\'s knowledge into a smaller one)'),
    173: ('젬마 2 내부 정보를 해석하기 쉽게 풀어 주는 신경망(희소 오토인코더) 설명', 'describes the network that unpacks Gemma 2\'s internal representations for interpretation (sparse autoencoders)'),
    179: ('리간드(수용체 등 생체 분자에 결합하는 물질) 정의', 'defines ligands (substances that bind to receptors and other biomolecules)'),
    182: ('200만 토큰 문맥이 담을 수 있는 분량(영상 2시간, 코드 6만 줄 등) 예시', 'what a 2-million-token context can hold (2 hours of video, 60,000 lines of code, ...)'),
    183: ('컨텍스트 캐싱(입력 토큰을 저장해 재사용하는 비용 절감 방식) 설명', 'explains context caching (storing input tokens for reuse to cut cost and latency)'),
    193: ('프런티어 안전 프레임워크의 중요 역량 수준(CCL)과 대상 4개 분야 설명', 'explains the Critical Capability Levels of the Frontier Safety Framework and its four domains'),
    198: ('적대적 프롬프팅(악의적 프롬프트 주입 공격) 정의', 'defines adversarial prompting (attacks by injecting malicious prompts)'),
    200: ('C2PA: 콘텐츠 출처 표준을 만드는 2021년 설립 연합체 설명', 'describes C2PA, the coalition founded in 2021 that sets content-provenance standards'),
    201: ('콘텐츠 자격증명 표준(메타데이터로 제작 출처를 확인) 설명', 'explains the content-credentials standard that records provenance in metadata'),
    206: ('MMLU 벤치마크(여러 분야의 지식·추론 평가) 설명', 'explains the MMLU benchmark of broad knowledge and reasoning'),
    209: ('약어 MTIA의 풀이(메타의 자체 학습·추론 가속기)', 'expands the abbreviation MTIA (Meta\'s in-house training and inference accelerator)'),
    211: ('머신러닝 모델 구축·배포·학습용 도구 플랫폼 설명', 'describes a platform of tools for building, deploying and training ML models'),
    215: ('MMLU와 난도를 높인 MMLU-Pro 벤치마크 설명', 'explains the MMLU benchmark and its harder successor MMLU-Pro'),
    219: ('합성 데이터(실제 데이터를 흉내 내 만든 데이터) 정의', 'defines synthetic data (data generated to mimic real data)'),
    220: ('RLHF 모델이 사람 선호와 맞는지 보는 보상 모델 벤치마크 설명', 'explains a benchmark of how well RLHF-trained models match human preferences'),
    239: ('HumanEval(164개 프로그래밍 문제로 코드 생성 평가) 설명', 'explains HumanEval, 164 programming tasks that test code generation'),
    241: ('사고의 사슬(문제를 단계로 나눠 푸는 방식) 설명', 'explains chain-of-thought reasoning (solving a problem in steps)'),
    243: ('약어 C2PA의 뜻(콘텐츠 출처·진위 확인 연합)과 어도비 등 2021년 창립 회원사 설명', 'expands the acronym C2PA (a content provenance and authenticity coalition) and names its 2021 founders led by Adobe'),
    263: ('GPQA(전문가가 만든 448문항의 고난도 과학 문제 세트) 설명', 'explains GPQA, 448 hard expert-written science questions'),
    272: ('바이든 행정부가 AI 기업들에게서 받은 자발적 안전 서약(워터마크·보안 투자 등)의 내용 설명', 'summarises the voluntary AI commitments (watermarking, security investment, misuse monitoring)'),
    279: ('피규어 02가 피규어 01보다 연산·추론 성능이 3배인 CPU·GPU를 갖췄다는 설명', 'notes that Figure 02 carries CPU/GPU compute three times that of Figure 01'),
    280: ('자유도(DoF: 로봇 자세를 정하는 변수 수) 정의', 'defines degrees of freedom (variables fixing a robot\'s pose)'),
    282: ('시맨틱 스칼라(앨런AI연구소의 학술 논문 AI 검색엔진) 설명', 'describes Semantic Scholar, the Allen Institute\'s AI search engine for papers'),
    283: ('멀티모달 AI(텍스트·이미지·음성·영상 등을 함께 다루는 모델) 정의', 'defines multimodal AI (models handling text, images, audio and video)'),
    328: ('미국 AP(대학 과목 선이수) 과정 설명', 'explains the US Advanced Placement programme'),
    334: ('HAI의 AI 일자리 비율 산정 방법(2010년 이후 5만여 구인 사이트 공고 분석)', 'how HAI computes the AI share of job postings (postings from 51,000+ job sites since 2010)'),
    335: ('링크드인 기준 AI 인재의 정의', 'how LinkedIn counts a member as AI talent'),
    340: ('경총 조사 방법: 매출 상위 100대 기업과 회원사 대상 설문, 50개사 응답', 'method of the KEF survey: top-100 companies by revenue and members, 50 respondents'),
}

NOTES = []
_nid = [8300]


def note(key, column, printed, stored, anomaly, ko, en, loc, lines):
    NOTES.append([str(_nid[0]), 'footnote', str(key), column or '', printed or '', stored or '', anomaly or '',
                  ko, en, loc, str(lines)])
    _nid[0] += 1


def norm(s):
    s = s.lower().replace('\\$', '$')
    s = re.sub(r'[\s\'’‘"“”·.,:;!?()（）\[\]《》「」『』<>\-–—|/]', '', s)
    return s


def split_ref(cit):
    """(publisher, title) of a reference citation without its date."""
    t = rf.DATE_TAIL.sub('', cit).strip(' ,.')
    return t


REF_KEYS = {num: norm(split_ref(c)) for num, c in rf.CITATION.items()}


def match_reference(citation, date):
    c = norm(citation)
    hits = []
    for num, key in REF_KEYS.items():
        if len(key) < 8:
            continue
        if key in c or (len(c) > 15 and c in key):
            hits.append(num)
    if len(hits) > 1 and date:
        hits2 = [h for h in hits if rf.DATE.get(h) == date]
        if hits2:
            hits = hits2
    return hits


def build():
    found = starts()
    nums = sorted(found)
    assert len(nums) == 345 and 148 not in nums and nums[-1] == 346, len(nums)
    rows = []
    blocks = {}
    for k, n in enumerate(nums):
        line_no, text, sup = found[n]
        nxt = found[nums[k + 1]][0] if k + 1 < len(nums) else len(LINES) + 1
        cont = continuation(line_no, nxt)
        parts = [text] + [LINES[j - 1].strip() for j in cont]
        last = cont[-1] if cont else line_no
        blocks[n] = (line_no, last, parts, sup)
    return blocks


def publisher(c):
    return norm(c.split(',')[0]) if ',' in c else ''


REF_PUB = {num: publisher(c) for num, c in rf.CITATION.items()}

# links the matcher cannot make: fn58 was copied into #177 (same typo), fn67 into #178; fn64 cites
# the AISI guide that #1 lists under a Korean translation of its title; fn209 was copied into #71.
LINK = {58: 177, 67: 178, 209: 71}
ACCESS_ONLY = re.compile(r'^[,\s]*\(?\s*[\d.\s]+\.?\s*(확인|검색)\s*\)?$')


def main_rows():
    rows = []
    for n, (a, b, parts, sup) in build().items():
        cit, urls = clean(' '.join(parts))
        cit = cit.strip(' ,')
        url = urls[0] if urls else ''
        if n == 325:  # C38: "sprri.kr" is a typo of the SPRi domain spri.kr
            assert 'sprri.kr' in url
            url = url.replace('sprri.kr', 'spri.kr')
        date = doc_date(cit) if cit else None
        if n == 58:  # A22
            assert date == '2023-06-04'
            date = '2024-06-04'
        hits = []
        if n in EXPLAIN:
            ko, en = EXPLAIN[n]
            citation = '(설명 각주) %s / (explanatory note) %s' % (ko, en)
            date = None
        else:
            if not cit:
                citation = urls[0]
            elif ACCESS_ONLY.match(cit):
                citation = urls[0] + ' ' + cit
            else:
                citation = cit
            if cit and not ACCESS_ONLY.match(cit):
                hits = match_reference(cit, date)
                if not hits and date:
                    pub = publisher(cit)
                    hits = [k for k, v in REF_PUB.items() if pub and v == pub and rf.DATE.get(k) == date]
                    if len(hits) != 1:
                        hits = []
        ref = str(LINK.get(n, hits[0] if hits else '')) if (n in LINK or hits) else ''
        loc = '%s · 각주 %d' % (section_of(a), n)
        lines = str(a) if a == b else '%d-%d' % (a, b)
        rows.append({'num': n, 'citation': citation, 'date': date or '', 'url': url, 'reference_num': ref,
                     'src_locator': loc, 'src_lines': lines, '_hits': hits, '_sup': sup, '_line': a})
    return rows


ROWS = main_rows()
BY = {r['num']: r for r in ROWS}


def fnote(n, column, printed, stored, anomaly, ko, en, loc=None, lines=None):
    r = BY[n]
    note(n, column, printed, stored, anomaly, ko, en, loc or r['src_locator'], lines or r['src_lines'])


# ---- corrections -----------------------------------------------------------------------------
fnote(58, 'date', '2023.6.4', '2024-06-04', 'A22',
      '「統合イノベーション戦略 2024」의 날짜가 2023.6.4로 찍힘. 같은 문서를 든 각주 67의 2024.6.4를 따름.',
      'The 2024 Integrated Innovation Strategy is dated 2023.6.4; footnote 67, citing the same document, gives 2024.6.4, which is stored.',
      '제3장 제4절 일본 · 각주 67', 1873)
fnote(325, 'url', 'https://sprri.kr/…', BY[325]['url'], 'C38',
      'URL의 도메인이 "sprri.kr"로 잘못 찍혀 소프트웨어정책연구소 도메인 spri.kr로 고쳐 저장함.',
      'The domain is misprinted "sprri.kr"; the SPRi domain spri.kr is stored.')
fnote(22, 'date', '2023,10.30', '2023-10-30', None,
      '날짜가 "2023,10.30"으로 쉼표가 섞여 찍힘. 행정명령 제14110호 서명일인 2023-10-30으로 읽음.',
      'The date is printed "2023,10.30" with a stray comma; read as 2023-10-30, the signing date of Executive Order 14110.',
      '제3장 제1절 미국', 765)
fnote(1, 'citation', 'Tortois Intelligence', 'Tortois Intelligence', None,
      '발행처가 "Tortois"로 잘못 찍힘(본문은 Tortoise Intelligence). 인용문은 인쇄된 대로 둠.',
      'The publisher is misspelt "Tortois" (the text has Tortoise Intelligence); the citation is kept as printed.',
      '제2장 제1절 AI 산업 현황', 478)
# ---- numbering ---------------------------------------------------------------------------------
for n in (230, 288):
    fnote(n, 'num', '%s⁾' % str(n).translate(str.maketrans('0123456789', '⁰¹²³⁴⁵⁶⁷⁸⁹')), str(n), 'C21',
          '각주 번호가 "N)" 대신 위첨자 숫자로 입력됨. 번호 순서상 %d번으로 저장.' % n,
          'The footnote number is typed in superscript digits instead of "N)"; stored as no. %d by its position in the sequence.' % n)
fnote(149, 'num', None, None, 'C12',
      '각주 147 다음이 149로, 148번 각주는 본문 어디에도 없음.',
      'Footnote 147 is followed by 149; no footnote 148 exists anywhere in the text.',
      '제4장 제1절 OECD', '3135-3175')
fnote(221, 'num', '²²⁾', '221', 'C21',
      '〈표 5-4〉의 본문 각주 표시는 "²²⁾"로 찍혔으나 같은 자리의 각주는 221번임.',
      'The marker in 〈표 5-4〉 is printed "²²⁾", but the footnote it points to is no. 221.',
      '제5장 제1절 국외 기업 · 〈표 5-4〉', 3865)
# ---- source dates that disagree with the body text (value kept as printed) ----------------------
DISAGREE = [
    (238, 'A09', '본문은 GPT-4o 미니 출시일을 2024년 7월 28일로 적음', 'the text dates the GPT-4o mini launch 28 July 2024', 4034),
    (232, 'A10', '본문은 보이스 엔진 공개일을 2024년 3월 18일로 적음', 'the text dates the Voice Engine preview 18 March 2024', 3962),
    (192, 'A11', '본문은 프런티어 안전 프레임워크 발표일을 2024년 5월 14일로 적음', 'the text dates the Frontier Safety Framework 14 May 2024', 3589),
    (180, 'A12', '본문은 제미나이 1.5 관련 발표일을 2024년 6월 28일로 적음', 'the text dates the Gemini 1.5 announcement 28 June 2024', 3490),
    (181, 'A12', '본문은 젬마 2 관련 발표일을 2024년 6월 28일로 적음', 'the text dates the Gemma 2 announcement 28 June 2024', 3490),
    (216, 'A13', '본문은 논문 공개일을 2024년 8월 8일로, 첨부 3은 2024년 10월로 적음(각주는 2차 보도 날짜)', 'the text gives 8 Aug 2024 and Appendix 3 Oct 2024 (the footnote is a later news item)', 3828),
    (51, 'A16', '본문과 〈표 3-26〉은 광둥성 조치를 2024년 5월로 적음(각주는 통지 게시일)', 'the text and 〈표 3-26〉 date the Guangdong measures May 2024 (the footnote is the notice date)', 1611),
    (46, 'A17', '본문은 지침 발표를 2024년 7월로 적음(각주는 문서 작성일)', 'the text dates the guideline July 2024 (the footnote is the document date)', 1466),
    (154, 'A21', '본문은 UN 총회 채택일을 2024년 3월 21일로 적음(각주는 초안 날짜)', 'the text gives 21 March 2024 for adoption (the footnote dates the draft)', 3215),
    (85, 'A31', '각주 날짜가 본문이 밝힌 행동강령 발표 시점(2023년 9월)보다 앞섬', 'the footnote date precedes the code itself, which the text places in Sept 2023', 2191),
    (71, 'A32', '각주 날짜는 웹페이지 갱신일로 보이며 본문은 전략을 2021년 발표로 적음', 'the footnote date looks like a page update; the text dates the strategy to 2021', 1972),
    (114, 'A24', '〈표 3-54〉는 AI Verify 재단 설립을 2019년 줄에 둠', '〈표 3-54〉 lists the AI Verify Foundation under 2019', 2610),
    (331, 'A29', '같은 보고서를 인용한 그림 출처는 2024.5로 적음', 'the figure source citing the same report says 2024.5', 5435),
    (333, 'A06', '본문은 이 보고서를 "2025년 5월" 발표로 적음', 'the text says the report was published "May 2025"', 5448),
    (305, 'A37', '본문은 ISO/IEC 42001 발표를 2024년 1월로 적었으나 표준 번호는 2023년판이고 각주는 2024.01.17 보도임', 'the text says ISO/IEC 42001 came out Jan 2024, but the number says :2023 and the footnote is a 17 Jan 2024 news item', 4936),
    (314, 'A25', '본문은 KISTEP 자료를 "2024년 5월 … 7월 발표"로 적음', 'the text says KISTEP published it "in May 2024 … in July"', 5072),
    (306, 'A27', '본문은 SC 42 목록 기준일을 2024년 11월 14일로 적었으나 각주의 확인일은 2024.10.14', 'the text gives 14 Nov 2024 as the list date while the footnote was checked 14 Oct 2024', 4946),
]
def printed_date(citation):
    for m in DATE_RE.finditer(citation):
        if not re.match(r'^\.?\s*\)?\s*\(?(확인|검색)', citation[m.end():m.end() + 6]):
            return m.group(0)
    return None


for n, aid, ko, en, line_ in DISAGREE:
    r = BY[n]
    fnote(n, 'date', printed_date(r['citation']), r['date'] or None, aid,
          '각주 출처 날짜를 그대로 저장함. 다만 %s.' % ko,
          'The footnote\'s source date is stored as printed; however, %s.' % en,
          section_of(line_), line_)
fnote(145, 'date', '2022. 5', '2022-05', 'C11',
      '2019년 OECD AI 권고를 2022.5 날짜로 인용함(개정·게시일로 보임). 인쇄된 날짜를 그대로 둠.',
      'The 2019 OECD AI Recommendation is cited with the date 2022.5 (apparently a later revision or posting); the printed date is kept.')

if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == 'dump':
        for r in ROWS:
            print('%(num)d\t%(date)s\t%(reference_num)s\t%(citation)s\t%(url)s' % r, r['_hits'] if len(r['_hits']) > 1 else '')
        sys.exit(0)
    path = os.path.join(st.ROOT, 'db', 'seed', 'footnote', 'c8.tsv')
    os.makedirs(os.path.dirname(path), exist_ok=True)
    st.write(path, COLS, [[str(r[c]) for c in COLS] for r in ROWS],
             'Curator 8: the body footnotes 1-346 (no. 148 does not exist), generated by db/tools/c8_footnotes.py.')
    print(len(ROWS), 'footnotes;', sum(1 for r in ROWS if r['reference_num']), 'linked to references;',
          len(EXPLAIN), 'explanatory;', len(NOTES), 'notes')
