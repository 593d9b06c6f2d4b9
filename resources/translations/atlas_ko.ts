<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
    <name>atlas::DetailPanel</name>
    <message>
        <source>Policy %1 is not in this database.</source>
        <translation>정책 %1이(가) 이 데이터베이스에 없습니다.</translation>
    </message>
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
</context>
<context>
    <name>atlas::MainWindow</name>
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
        <source>Show all</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <source>Clear the selection and show every jurisdiction and field (Esc)</source>
        <translation>선택을 해제하고 모든 국가와 분야 보기(Esc)</translation>
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
        <source>Showing all jurisdictions and fields</source>
        <translation>모든 국가와 분야 표시 중</translation>
    </message>
    <message>
        <source>Selection: %1</source>
        <translation>선택: %1</translation>
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
</context>
</TS>
