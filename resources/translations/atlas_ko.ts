<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>MapRenderer</name>
    <message>
        <source>EU (outline): %1</source>
        <translation>EU(윤곽선): %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>데이터: %1</translation>
    </message>
    <message>
        <source>Map: Natural Earth</source>
        <translation>지도: Natural Earth</translation>
    </message>
</context>
<context>
    <name>MapTooltip</name>
    <message>
        <source>rank %1</source>
        <translation>%1위</translation>
    </message>
    <message>
        <source>%1 per 100,000 people</source>
        <translation>인구 10만 명당 %1</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Rank (lower is better)</source>
        <translation>순위(낮을수록 우수)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>비율(%)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>건수</translation>
    </message>
    <message>
        <source>Per 100,000 people</source>
        <translation>인구 10만 명당</translation>
    </message>
    <message>
        <source>No item in this field</source>
        <translation>이 분야 항목 없음</translation>
    </message>
    <message>
        <source>Not part of 첨부 1 (covered in chapter 3)</source>
        <translation>첨부 1에 없음(제3장에서 다룸)</translation>
    </message>
    <message>
        <source>Covered by the report, no figure here</source>
        <translation>보고서에서 다루지만 이 지표 값 없음</translation>
    </message>
    <message>
        <source>Not covered by the report</source>
        <translation>보고서에서 다루지 않음</translation>
    </message>
    <message>
        <source>Over %1, which has no value of its own here: the EU&apos;s value</source>
        <translation>%1: 자체 값이 없어 EU 값을 표시</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 외 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>as printed: %1</source>
        <translation>보고서 표기: %1</translation>
    </message>
    <message>
        <source>Other periods: %1</source>
        <translation>다른 기간: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
</context>
<context>
    <name>atlas::Appendix1EntryModel</name>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Stored date: %1</source>
        <translation>저장된 날짜: %1</translation>
    </message>
    <message>
        <source>Report lines %1–%2</source>
        <translation>보고서 %1–%2행</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>국가·지역</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>발행 주체</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 내용</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>atlas::Appendix1MatrixModel</name>
    <message>
        <source>%1 has no row in Appendix 1 (see chapter 3, section %2).</source>
        <translation>%1은(는) 첨부 1에 행이 없습니다(제3장 제%2절 참조).</translation>
    </message>
    <message>
        <source>all fields</source>
        <translation>전체 분야</translation>
    </message>
    <message>
        <source>%1 · %2: no item recorded in Appendix 1 (printed “-”).</source>
        <translation>%1 · %2: 첨부 1에 기재된 항목 없음(“-”로 표기).</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %n item(s)</source>
        <translation>
            <numerusform>%1 · %2: %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
</context>
<context>
    <name>atlas::ChartBuilder</name>
    <message>
        <source>Revenue (USD million)</source>
        <translation>총매출(백만 달러)</translation>
    </message>
    <message>
        <source>Revenue growth (%)</source>
        <translation>총매출 성장률(%)</translation>
    </message>
    <message>
        <source>Cost of revenue (USD million)</source>
        <translation>매출 원가(백만 달러)</translation>
    </message>
    <message>
        <source>Gross profit (USD million)</source>
        <translation>총이익(백만 달러)</translation>
    </message>
    <message>
        <source>Gross profit growth (%)</source>
        <translation>총이익 성장률(%)</translation>
    </message>
    <message>
        <source>Gross margin (%)</source>
        <translation>총이익률(%)</translation>
    </message>
    <message>
        <source>Annualised recurring revenue (USD million)</source>
        <translation>연간 반복 매출 ARR(백만 달러)</translation>
    </message>
    <message>
        <source>ARR growth (%)</source>
        <translation>ARR 성장률(%)</translation>
    </message>
    <message>
        <source>Company financials</source>
        <translation>기업 재무</translation>
    </message>
    <message>
        <source>Appendix 1 items per jurisdiction and field</source>
        <translation>첨부 1 국가·분야별 항목 수</translation>
    </message>
    <message>
        <source>Appendices</source>
        <translation>첨부</translation>
    </message>
    <message>
        <source>Appendix 3 companies per value-chain category</source>
        <translation>첨부 3 가치사슬 분류별 기업 수</translation>
    </message>
    <message>
        <source>Country indicators</source>
        <translation>국가별 지표</translation>
    </message>
    <message>
        <source>Investment, market and other series</source>
        <translation>투자·시장 등 시계열</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>외 %1건</translation>
    </message>
    <message>
        <source>Fiscal-year end (points labelled by fiscal year)</source>
        <translation>회계연도 마감일(점 표시는 회계연도 기준)</translation>
    </message>
    <message>
        <source> (FY ends %1)</source>
        <translation> (회계연도 마감 %1)</translation>
    </message>
    <message>
        <source> (forecast)</source>
        <translation> (전망)</translation>
    </message>
    <message>
        <source> (lower is better)</source>
        <translation> (낮을수록 우수)</translation>
    </message>
    <message>
        <source>Appendix 1: items per jurisdiction and field (2024)</source>
        <translation>첨부 1: 국가·분야별 항목 수(2024)</translation>
    </message>
    <message>
        <source>items</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Appendix 3: companies per value-chain category</source>
        <translation>첨부 3: 가치사슬 분류별 기업 수</translation>
    </message>
    <message>
        <source>Domestic</source>
        <translation>국내</translation>
    </message>
    <message>
        <source>Overseas</source>
        <translation>해외</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Policy events of the selection</source>
        <translation>선택한 국가의 정책 이벤트</translation>
    </message>
</context>
<context>
    <name>atlas::CountryProfile</name>
    <message>
        <source>Covered in chapter 3, section %1 of the report.</source>
        <translation>보고서 제3장 제%1절에서 다룸.</translation>
    </message>
    <message>
        <source>Appendix 1: 2024 policies by field</source>
        <translation>첨부 1: 2024년 분야별 정책</translation>
    </message>
    <message>
        <source>Not part of Appendix 1.</source>
        <translation>첨부 1에 포함되지 않음.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>기재 없음</translation>
    </message>
    <message>
        <source>Policy timeline</source>
        <translation>정책 타임라인</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>날짜 미상</translation>
    </message>
    <message>
        <source>Policies per year:</source>
        <translation>연도별 정책 수:</translation>
    </message>
    <message>
        <source>2024 items</source>
        <translation>2024년 항목</translation>
    </message>
    <message>
        <source>Indicators and ranks</source>
        <translation>지표와 순위</translation>
    </message>
    <message>
        <source>Companies headquartered here</source>
        <translation>본사 소재 기업</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>기관</translation>
    </message>
</context>
<context>
    <name>atlas::CountryProfileView</name>
    <message>
        <source>Select a jurisdiction on the map, in the matrix or in a table to see its profile.</source>
        <translation>지도, 매트릭스 또는 표에서 국가를 선택하면 프로필이 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>atlas::DetailPanel</name>
    <message>
        <source>Issuer</source>
        <translation>발행 주체</translation>
    </message>
    <message>
        <source>printed: %1</source>
        <translation>보고서 표기: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>보고되지 않음</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>국가·지역</translation>
    </message>
    <message>
        <source>Appendix 1</source>
        <translation>첨부 1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 내용</translation>
    </message>
    <message>
        <source>Data note</source>
        <translation>데이터 주석</translation>
    </message>
    <message>
        <source>Printed: %1 · Stored: %2 · %3</source>
        <translation>보고서 표기: %1 · 저장값: %2 · %3</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation>%1–%2행</translation>
    </message>
    <message>
        <source>This item is not in the open database.</source>
        <translation>열린 데이터베이스에 이 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>본사</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>설립</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>상장</translation>
    </message>
    <message>
        <source>Fiscal year ends</source>
        <translation>회계연도 마감</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Domestic</source>
        <translation>국내</translation>
    </message>
    <message>
        <source>Overseas</source>
        <translation>해외</translation>
    </message>
    <message>
        <source>Appendix 3</source>
        <translation>첨부 3</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Financials</source>
        <translation>재무</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>날짜 미상</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>약칭</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>전망</translation>
    </message>
    <message>
        <source>As printed</source>
        <translation>보고서 표기</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>발표 기관</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>참고문헌 %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Chapter 3</source>
        <translation>제3장</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>제%1절</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no row</source>
        <translation>행 없음</translation>
    </message>
</context>
<context>
    <name>atlas::ExportFrame</name>
    <message>
        <source>and %1 more</source>
        <translation>외 %1건</translation>
    </message>
    <message>
        <source>Selection: %1</source>
        <translation>선택: %1</translation>
    </message>
</context>
<context>
    <name>atlas::ExportService</name>
    <message>
        <source>policy timeline (--jurisdiction, --from, --to)</source>
        <translation>정책 타임라인(--jurisdiction, --from, --to)</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV 표</translation>
    </message>
    <message>
        <source>country profile (--jurisdiction)</source>
        <translation>국가 프로필(--jurisdiction)</translation>
    </message>
    <message>
        <source>country brief, multi-page PDF (--jurisdiction)</source>
        <translation>국가 브리프, 여러 쪽 PDF(--jurisdiction)</translation>
    </message>
    <message>
        <source>unknown table &apos;%1&apos; (see export --list)</source>
        <translation>알 수 없는 표 &apos;%1&apos;(export --list 참조)</translation>
    </message>
    <message>
        <source>table: %1</source>
        <translation>표: %1</translation>
    </message>
    <message>
        <source>unknown map layer &apos;%1&apos; (see export --list)</source>
        <translation>알 수 없는 지도 레이어 &apos;%1&apos;(export --list 참조)</translation>
    </message>
    <message>
        <source>unknown chart &apos;%1&apos; (see export --list)</source>
        <translation>알 수 없는 차트 &apos;%1&apos;(export --list 참조)</translation>
    </message>
    <message>
        <source>Policy timeline</source>
        <translation>정책 타임라인</translation>
    </message>
    <message>
        <source>unknown jurisdiction &apos;%1&apos;</source>
        <translation>알 수 없는 국가·지역 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Country profile</source>
        <translation>국가 프로필</translation>
    </message>
    <message>
        <source>unknown export &apos;%1&apos;</source>
        <translation>알 수 없는 내보내기 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Country brief: %1</source>
        <translation>국가 브리프: %1</translation>
    </message>
</context>
<context>
    <name>atlas::Exporter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없음: %2</translation>
    </message>
    <message>
        <source>the size must be between 200×150 and 20000×20000 pixels</source>
        <translation>크기는 200×150에서 20000×20000 픽셀 사이여야 합니다</translation>
    </message>
    <message>
        <source>the image would have more than 400 million pixels</source>
        <translation>이미지가 4억 픽셀을 넘습니다</translation>
    </message>
    <message>
        <source>not enough memory for an image of %1×%2 pixels</source>
        <translation>%1×%2 픽셀 이미지를 만들 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>pictures cannot be written as CSV</source>
        <translation>그림은 CSV로 저장할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>atlas::MainWindow</name>
    <message>
        <source>Loading the tables…</source>
        <translation>표를 불러오는 중…</translation>
    </message>
    <message>
        <source>Loading the country profile…</source>
        <translation>국가 프로필을 불러오는 중…</translation>
    </message>
    <message>
        <source>AI Trends Atlas</source>
        <translation>AI Trends Atlas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>데이터베이스 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Bundled Database</source>
        <translation>기본 데이터베이스 열기(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Show All (Clear Selection)</source>
        <translation>전체 보기(선택 해제)(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About AI Trends Atlas</source>
        <translation>AI Trends Atlas 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Appendix 1&lt;/b&gt; · AI policies of 2024 by jurisdiction and field — click a cell to list its items, Ctrl-click to compare jurisdictions</source>
        <translation>&lt;b&gt;첨부 1&lt;/b&gt; · 2024년 주요국 AI 정책(분야별) — 칸을 클릭하면 항목 목록, Ctrl+클릭으로 국가 비교</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>데이터베이스를 열 수 없음</translation>
    </message>
    <message>
        <source>Open Bundled Database</source>
        <translation>기본 데이터베이스 열기</translation>
    </message>
    <message>
        <source>There is no file at “%1”.</source>
        <translation>“%1”에 파일이 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1”은(는) 데이터베이스 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (check its permissions).</source>
        <translation>“%1”을(를) 읽을 수 없습니다(권한을 확인하세요).</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes).</source>
        <translation>“%1”이(가) 비어 있습니다(0바이트).</translation>
    </message>
    <message>
        <source>“%1” is not an SQLite database.</source>
        <translation>“%1”은(는) SQLite 데이터베이스가 아닙니다.</translation>
    </message>
    <message>
        <source>“%1” is damaged or truncated and cannot be read safely.</source>
        <translation>“%1”이(가) 손상되었거나 잘려 있어 안전하게 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not an AI Trends Atlas database.</source>
        <translation>“%1”은(는) SQLite 데이터베이스이지만 AI Trends Atlas 데이터베이스가 아닙니다.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of AI Trends Atlas. Please update the app.</source>
        <translation>“%1”은(는) 최신 버전의 AI Trends Atlas에서 만들어졌습니다. 앱을 업데이트하세요.</translation>
    </message>
    <message>
        <source>“%1” was written by an older version of AI Trends Atlas and uses an outdated schema.</source>
        <translation>“%1”은(는) 이전 버전의 AI Trends Atlas에서 만들어져 스키마가 오래되었습니다.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite 데이터베이스 (*.sqlite *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>No database open — use File ▸ Open Database or File ▸ Open Bundled Database.</source>
        <translation>열린 데이터베이스 없음 — 파일 ▸ 데이터베이스 열기 또는 파일 ▸ 기본 데이터베이스 열기를 사용하세요.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>열린 데이터베이스가 없습니다.</translation>
    </message>
    <message>
        <source>Database: %1 — %2 Appendix 1 placements of %3 distinct items, %4 policies in all</source>
        <translation>데이터베이스: %1 — 첨부 1 항목 %2건(고유 %3건), 전체 정책 %4건</translation>
    </message>
    <message>
        <source>No Appendix 1 items in this database.</source>
        <translation>이 데이터베이스에는 첨부 1 항목이 없습니다.</translation>
    </message>
    <message>
        <source>No Appendix 1 item in this selection: the report prints “-” for this cell, or the jurisdiction has no Appendix 1 row.</source>
        <translation>선택한 범위에 첨부 1 항목이 없습니다. 보고서에 “-”로 표기되었거나 해당 국가가 첨부 1에 없습니다.</translation>
    </message>
    <message>
        <source>Select an item in the list to see its details and sources.</source>
        <translation>목록에서 항목을 선택하면 세부 내용과 출처를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AI Trends Atlas %1&lt;/h3&gt;&lt;p&gt;An explorer of the AI policies, companies and indicators in the report:&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AI Trends Atlas %1&lt;/h3&gt;&lt;p&gt;다음 보고서에 담긴 AI 정책, 기업, 지표를 탐색하는 프로그램입니다:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>저자</translation>
    </message>
    <message>
        <source>&lt;p&gt;The app ships facts taken from the report (names, titles, dates, figures) with their sources; summaries are our own. It is not affiliated with SPRi and may not be used commercially.&lt;/p&gt;&lt;p&gt;Map data: Natural Earth (public domain).&lt;/p&gt;</source>
        <translation>&lt;p&gt;이 프로그램은 보고서의 사실 정보(명칭, 제목, 날짜, 수치)를 출처와 함께 제공하며, 요약문은 자체 작성한 것입니다. 소프트웨어정책연구소와 무관하며 상업적으로 이용할 수 없습니다.&lt;/p&gt;&lt;p&gt;지도 데이터: Natural Earth(퍼블릭 도메인).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About AI Trends Atlas</source>
        <translation>AI Trends Atlas 정보</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>Show all (clear the selection)</source>
        <translation>전체 보기(선택 해제)</translation>
    </message>
    <message>
        <source>Add or remove a jurisdiction</source>
        <translation>국가 추가 또는 제거</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Appendix 1 matrix</source>
        <translation>첨부 1 매트릭스</translation>
    </message>
    <message>
        <source>highlight</source>
        <translation>강조</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Appendix 1 items</source>
        <translation>첨부 1 항목 목록</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>filter (one lane each)</source>
        <translation>필터(국가별 한 줄)</translation>
    </message>
    <message>
        <source>zoom and shade</source>
        <translation>확대·음영</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>highlight, policy markers</source>
        <translation>강조, 정책 표시</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>표</translation>
    </message>
    <message>
        <source>filter (can be turned off)</source>
        <translation>필터(해제 가능)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>shows the first selected</source>
        <translation>첫 번째 선택 국가 표시</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 내용</translation>
    </message>
    <message>
        <source>none: follows the item you open</source>
        <translation>없음: 연 항목을 표시</translation>
    </message>
    <message>
        <source>&amp;Panes</source>
        <translation>창(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>앞으로(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>배치 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>How Views Are &amp;Linked</source>
        <translation>보기 연결 방식(&amp;L)</translation>
    </message>
    <message>
        <source>Country profile</source>
        <translation>국가 프로필</translation>
    </message>
    <message>
        <source>Back to the previous selection</source>
        <translation>이전 선택으로</translation>
    </message>
    <message>
        <source>Forward again</source>
        <translation>다음 선택으로</translation>
    </message>
    <message>
        <source>Wheel, + / −</source>
        <translation>휠, + / −</translation>
    </message>
    <message>
        <source>Zoom the timeline around the pointer</source>
        <translation>포인터 위치를 중심으로 타임라인 확대·축소</translation>
    </message>
    <message>
        <source>Shift+Drag</source>
        <translation>Shift+드래그</translation>
    </message>
    <message>
        <source>Choose a time range on the timeline</source>
        <translation>타임라인에서 기간 선택</translation>
    </message>
    <message>
        <source>View</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Jurisdictions</source>
        <translation>국가·지역</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Hovering only ever highlights; clicking changes the selection.</source>
        <translation>마우스를 올리면 강조만 되고, 클릭하면 선택이 바뀝니다.</translation>
    </message>
    <message>
        <source>How Views Are Linked</source>
        <translation>보기 연결 방식</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy Map Image</source>
        <translation>지도 이미지 복사(&amp;C)</translation>
    </message>
    <message>
        <source>World</source>
        <translation>세계</translation>
    </message>
    <message>
        <source>Show the whole world (Home)</source>
        <translation>세계 전체 보기(Home)</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>선택 영역으로 확대</translation>
    </message>
    <message>
        <source>Appendix 1</source>
        <translation>첨부 1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation>지도: %1</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>차트: %1</translation>
    </message>
    <message>
        <source>Table (CSV): %1</source>
        <translation>표(CSV): %1</translation>
    </message>
    <message>
        <source>Country brief (PDF)</source>
        <translation>국가 브리프(PDF)</translation>
    </message>
    <message>
        <source>Text as outlines (opens the same everywhere)</source>
        <translation>글자를 윤곽선으로(어디서나 같게 표시)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Width (px)</source>
        <translation>너비(px)</translation>
    </message>
    <message>
        <source>Height (px)</source>
        <translation>높이(px)</translation>
    </message>
    <message>
        <source>PNG scale</source>
        <translation>PNG 배율</translation>
    </message>
    <message>
        <source>SVG</source>
        <translation>SVG</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1(으)로 내보냄</translation>
    </message>
    <message>
        <source>Copy failed</source>
        <translation>복사 실패</translation>
    </message>
    <message>
        <source>The map image is on the clipboard.</source>
        <translation>지도 이미지를 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>검색(&amp;S)…</translation>
    </message>
    <message>
        <source>Search policies, companies, countries… (Ctrl+K)</source>
        <translation>정책, 기업, 국가 검색… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>전체 검색</translation>
    </message>
    <message>
        <source>Export the map, a chart, the timeline or a table</source>
        <translation>지도, 차트, 타임라인 또는 표 내보내기</translation>
    </message>
    <message>
        <source>The view link is on the clipboard.</source>
        <translation>보기 링크를 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <source>&amp;Save View…</source>
        <translation>보기 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Open &amp;View…</source>
        <translation>보기 열기(&amp;V)…</translation>
    </message>
    <message>
        <source>Copy View &amp;Link</source>
        <translation>보기 링크 복사(&amp;L)</translation>
    </message>
    <message>
        <source>Open View Lin&amp;k…</source>
        <translation>보기 링크 열기(&amp;K)…</translation>
    </message>
    <message>
        <source>jurisdiction %1</source>
        <translation>국가·지역 %1</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>분야 %1</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>정책 %1</translation>
    </message>
    <message>
        <source>company %1</source>
        <translation>기업 %1</translation>
    </message>
    <message>
        <source>map layer %1</source>
        <translation>지도 레이어 %1</translation>
    </message>
    <message>
        <source>chart %1</source>
        <translation>차트 %1</translation>
    </message>
    <message>
        <source>Not in this database, left out: %1</source>
        <translation>이 데이터베이스에 없어 제외됨: %1</translation>
    </message>
    <message>
        <source>“%1” is not a view this app can open: %2</source>
        <translation>“%1”은(는) 열 수 있는 보기 파일이 아닙니다: %2</translation>
    </message>
    <message>
        <source>Cannot open view</source>
        <translation>보기를 열 수 없음</translation>
    </message>
    <message>
        <source>View opened with changes</source>
        <translation>일부 항목을 제외하고 보기를 열었습니다</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>보기 저장</translation>
    </message>
    <message>
        <source>AI Trends Atlas views (*.json)</source>
        <translation>AI Trends Atlas 보기 (*.json)</translation>
    </message>
    <message>
        <source>Cannot save view</source>
        <translation>보기를 저장할 수 없음</translation>
    </message>
    <message>
        <source>Saved the view to %1</source>
        <translation>%1에 보기를 저장했습니다</translation>
    </message>
    <message>
        <source>Open View</source>
        <translation>보기 열기</translation>
    </message>
    <message>
        <source>AI Trends Atlas views (*.json);;All files (*)</source>
        <translation>AI Trends Atlas 보기 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open View Link</source>
        <translation>보기 링크 열기</translation>
    </message>
    <message>
        <source>Paste an aitrends://view link:</source>
        <translation>aitrends://view 링크를 붙여 넣으세요:</translation>
    </message>
    <message>
        <source>Settings not saved: %1</source>
        <translation>설정을 저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>atlas::MapWidget</name>
    <message>
        <source>World map</source>
        <translation>세계 지도</translation>
    </message>
    <message>
        <source>Click a country to select it, Ctrl-click to add it; wheel or +/- to zoom, drag to pan, Home to reset, arrow keys and Enter to pick a country.</source>
        <translation>국가를 클릭하면 선택, Ctrl+클릭으로 추가; 휠이나 +/-로 확대·축소, 드래그로 이동, Home으로 초기화, 방향키와 Enter로 국가 선택.</translation>
    </message>
    <message>
        <source>Click to select, Ctrl-click to add</source>
        <translation>클릭하여 선택, Ctrl+클릭으로 추가</translation>
    </message>
</context>
<context>
    <name>atlas::RecordTableModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>국가·지역</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Issuer (Korean)</source>
        <translation>발행 주체(한국어)</translation>
    </message>
    <message>
        <source>Issuer (English)</source>
        <translation>발행 주체(영어)</translation>
    </message>
    <message>
        <source>Title (Korean)</source>
        <translation>제목(한국어)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>제목(영어)</translation>
    </message>
    <message>
        <source>Name (Korean)</source>
        <translation>이름(한국어)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>이름(영어)</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>약칭</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>설립</translation>
    </message>
    <message>
        <source>Profile table</source>
        <translation>개요 표</translation>
    </message>
    <message>
        <source>Company id</source>
        <translation>기업 ID</translation>
    </message>
    <message>
        <source>Company (Korean)</source>
        <translation>기업(한국어)</translation>
    </message>
    <message>
        <source>Company (English)</source>
        <translation>기업(영어)</translation>
    </message>
    <message>
        <source>Activity (Korean)</source>
        <translation>활동(한국어)</translation>
    </message>
    <message>
        <source>Activity (English)</source>
        <translation>활동(영어)</translation>
    </message>
    <message>
        <source>Amount (as printed)</source>
        <translation>금액(보고서 표기)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>회계연도</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Subject (Korean)</source>
        <translation>대상(한국어)</translation>
    </message>
    <message>
        <source>Subject (English)</source>
        <translation>대상(영어)</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>전망</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>발표 기관</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>서지 사항</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>보고되지 않음</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>전망</translation>
    </message>
</context>
<context>
    <name>atlas::SaveFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없음: %2</translation>
    </message>
</context>
<context>
    <name>atlas::SearchBox</name>
    <message>
        <source>Policies</source>
        <translation>정책</translation>
    </message>
    <message>
        <source>Jurisdictions</source>
        <translation>국가·지역</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>표준</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>통계</translation>
    </message>
    <message>
        <source>References</source>
        <translation>참고문헌</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>결과 없음</translation>
    </message>
    <message>
        <source>Search is unavailable: the search index of this database is damaged.
The other views are not affected.</source>
        <translation>검색할 수 없습니다: 이 데이터베이스의 검색 색인이 손상되었습니다.
다른 보기는 영향을 받지 않습니다.</translation>
    </message>
</context>
<context>
    <name>atlas::SelectionBar</name>
    <message>
        <source>Show all</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <source>Clear the selection and show every jurisdiction and field (Esc)</source>
        <translation>선택을 해제하고 모든 국가와 분야 보기(Esc)</translation>
    </message>
    <message>
        <source>Showing all jurisdictions and fields</source>
        <translation>모든 국가와 분야 표시 중</translation>
    </message>
    <message>
        <source>Selection:</source>
        <translation>선택:</translation>
    </message>
    <message>
        <source>Remove %1 from the selection</source>
        <translation>선택에서 %1 제거</translation>
    </message>
    <message>
        <source>Show every field</source>
        <translation>모든 분야 보기</translation>
    </message>
    <message>
        <source>Remove the time range</source>
        <translation>기간 해제</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies)</source>
        <translation>
            <numerusform>정책 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the selected policies</source>
        <translation>선택한 정책 해제</translation>
    </message>
</context>
<context>
    <name>atlas::TablesView</name>
    <message>
        <source>Policies</source>
        <translation>정책</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>Financials</source>
        <translation>재무</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>통계</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>표준</translation>
    </message>
    <message>
        <source>References</source>
        <translation>참고문헌</translation>
    </message>
    <message>
        <source>Filter rows (any column)…</source>
        <translation>행 필터(모든 열)…</translation>
    </message>
    <message>
        <source>Only the selection</source>
        <translation>선택 항목만</translation>
    </message>
    <message>
        <source>Show only rows of the selected jurisdictions (and their states or provinces)</source>
        <translation>선택한 국가(와 그 주·성)의 행만 표시</translation>
    </message>
    <message>
        <source>Only the time range</source>
        <translation>선택 기간만</translation>
    </message>
    <message>
        <source>Show only rows dated inside the selected time range</source>
        <translation>선택한 기간 안의 날짜를 가진 행만 표시</translation>
    </message>
</context>
<context>
    <name>atlas::TimelineData</name>
    <message>
        <source>No dated item for this selection.</source>
        <translation>이 선택에는 날짜가 있는 항목이 없습니다.</translation>
    </message>
    <message>
        <source>No dated Appendix 1 item of this field for this selection.</source>
        <translation>이 선택에는 해당 분야의 날짜가 있는 첨부 1 항목이 없습니다.</translation>
    </message>
</context>
</TS>
