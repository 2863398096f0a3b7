<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/adapters/text.cpp" line="+88"/>
        <source>%1 and %2 are even</source>
        <translation>%1·%2 간 채무 없음</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>%1 owes %2 %3</source>
        <translation>%1의 %2에 대한 채무: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>admin</source>
        <translation>시스템관리자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manager</source>
        <translation>관리자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clerk</source>
        <translation>사무원</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auditor</source>
        <translation>감사원</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>allowed</source>
        <translation>허용</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exempt (%1)</source>
        <translation>면제 (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prohibited</source>
        <translation>금지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quota exceeded</source>
        <translation>할당량 초과</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>licence required</source>
        <translation>허가 필요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reversal</source>
        <translation>역분개</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/error_display.cpp" line="+12"/>
        <source>line %1: </source>
        <translation>%1행: </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not accepted</source>
        <translation>수락 불가</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not permitted</source>
        <translation>권한 없음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integrity check failed</source>
        <translation>무결성 검사 실패</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot use the book file</source>
        <translation>장부 파일을 사용할 수 없음</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reconciliation_page.cpp" line="+56"/>
        <source>matched</source>
        <translation>일치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quantity differs</source>
        <translation>수량 불일치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>value differs</source>
        <translation>금액 불일치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date differs</source>
        <translation>일자 불일치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing in ours</source>
        <translation>당사 누락</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing in theirs</source>
        <translation>상대측 누락</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>corrected by %1</source>
        <translation>정정(교환 %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reversed by %1</source>
        <translation>역분개(교환 %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/master_data_page.cpp" line="+25"/>
        <source>open</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window_books.cpp" line="+61"/>
        <source>Demo book users (password in brackets): clerk (demo-clerk-pass), manager (demo-manager-pass), auditor (demo-auditor-pass), admin (demo-admin-pass).</source>
        <translation>데모 장부 사용자(괄호 안은 비밀번호): clerk (demo-clerk-pass), manager (demo-manager-pass), auditor (demo-auditor-pass), admin (demo-admin-pass).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard_page.cpp" line="+77"/>
        <source>no swing limit</source>
        <translation>스윙한도 없음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>past a swing limit of zero</source>
        <translation>스윙한도 0 초과</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inside a swing limit of zero</source>
        <translation>스윙한도 0 이내</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 % of the swing limit of %2</source>
        <translation>스윙한도 %2의 %1 %</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>One-sided for %n day(s), since %1</source>
        <translation>
            <numerusform>한쪽 채무 %n일째 (%1부터)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last delivery by %1: %2</source>
        <translation>%1의 최근 인도: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has delivered nothing yet</source>
        <translation>%1의 인도 실적 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last activity: %1</source>
        <translation>최근 거래: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No deliveries yet</source>
        <translation>인도 실적 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average monthly net flow: %1</source>
        <translation>월평균 순변동액: %1</translation>
    </message>
    <message>
        <location filename="../../ui/workers/book_task.cpp" line="+37"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/damaged_book.cpp" line="+20"/>
        <source>%n page(s) of the book do not match their checksums.</source>
        <translation>
            <numerusform>장부의 %n개 페이지가 체크섬과 일치하지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>index %1</source>
        <translation>인덱스 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>table %1</source>
        <translation>테이블 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Damaged: %1.</source>
        <translation>손상됨: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The journal and its chain are intact: %n exchange(s), head %1.</source>
        <translation>
            <numerusform>분개장과 체인은 온전합니다: 교환 %n건, 헤드 %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The journal and its chain are NOT intact from exchange %1: %2</source>
        <translation>분개장과 체인이 교환 %1부터 온전하지 않습니다: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal and its chain are NOT intact: %1</source>
        <translation>분개장과 체인이 온전하지 않습니다: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was written to the book. Restore it from a backup, or ask whoever changed the file.</source>
        <translation>장부에는 아무것도 기록되지 않았습니다. 백업에서 복원하거나 파일을 변경한 사람에게 문의하십시오.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Verifying the damaged book…</source>
        <translation>손상된 장부를 검증하는 중…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The book verifies: %n exchange(s), head %1. It was damaged when it was opened and is not now; open it again.</source>
        <translation>
            <numerusform>장부가 검증되었습니다: 교환 %n건, 헤드 %1. 열 때는 손상되어 있었지만 지금은 아닙니다. 다시 여십시오.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verification of %1</source>
        <translation>%1 검증</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The book is damaged</source>
        <translation>장부가 손상되었습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Barter Ledger will not work in a damaged book. Verify… reads it without changing anything and tells you what is damaged and whether the journal still holds.</source>
        <translation>Barter Ledger는 손상된 장부로 작업하지 않습니다. 검증…은 아무것도 바꾸지 않고 읽어서 무엇이 손상되었는지, 분개장이 온전한지 알려 줍니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify…</source>
        <translation>검증…</translation>
    </message>
</context>
<context>
    <name>barter::ui::AuditPage</name>
    <message>
        <location filename="../../ui/widgets/audit_page.cpp" line="+36"/>
        <source>any user</source>
        <translation>모든 사용자</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any action</source>
        <translation>모든 동작</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;From:</source>
        <translation>시작(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>끝(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action:</source>
        <translation>동작(&amp;A):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify book</source>
        <translation>장부 검증(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recompute the hash chain and the stored sums, and check the file</source>
        <translation>해시사슬과 저장된 합계를 다시 계산하고 파일을 점검합니다</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Id</source>
        <translation>번호</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At (UTC)</source>
        <translation>시각 (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object</source>
        <translation>대상</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>내용</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The newest %1 events; narrow the filters to see older ones</source>
        <translation>최근 %1건; 이전 기록은 필터를 좁혀 보십시오</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>기록 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Verifying the book…</source>
        <translation>장부 검증 중…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n exchange(s), chain intact, head %1</source>
        <translation>
            <numerusform>거래 %n건, 해시사슬 온전함, 끝값 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification FAILED at exchange %1: %2</source>
        <translation>검증 실패: 거래 %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification FAILED: %1</source>
        <translation>검증 실패: %1</translation>
    </message>
</context>
<context>
    <name>barter::ui::BalanceChart</name>
    <message>
        <location filename="../../ui/charts/balance_chart.cpp" line="+43"/>
        <source> (%1 % of the swing limit)</source>
        <translation> (스윙한도의 %1 %)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clearing balance of %1 (positive: %2 owes %3)</source>
        <translation>%1 청산잔액 (양수: %2의 %3에 대한 채무)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>balance, %1</source>
        <translation>잔액, %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>swing limit (±%1)</source>
        <translation>스윙한도 (±%1)</translation>
    </message>
</context>
<context>
    <name>barter::ui::BookTask</name>
    <message>
        <location filename="../../ui/workers/book_task.cpp" line="-8"/>
        <source>Cancelled; nothing was written.</source>
        <translation>취소됨; 아무것도 기록되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>barter::ui::ConnectDialog</name>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="+26"/>
        <source>verify-full: encrypted, to the server its certificate names (suggested)</source>
        <translation>verify-full: 암호화, 인증서에 적힌 서버에만 (권장)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>verify-ca: encrypted, to a server our authority certified</source>
        <translation>verify-ca: 암호화, 우리 인증 기관이 인증한 서버에만</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>require: encrypted, to any server</source>
        <translation>require: 암호화, 어느 서버에나</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prefer: encrypted if the server can</source>
        <translation>prefer: 서버가 지원하면 암호화</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allow: unencrypted unless the server insists</source>
        <translation>allow: 서버가 요구하지 않으면 암호화 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disable: never encrypted (a local socket)</source>
        <translation>disable: 암호화 안 함 (로컬 소켓)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect to a server book</source>
        <translation>서버 장부에 연결</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A book on a PostgreSQL server, shared by every desk of the house. Your administrator gives you its address and your user name; the password is asked next.</source>
        <translation>모든 창구가 함께 쓰는 PostgreSQL 서버의 장부입니다. 주소와 사용자 이름은 관리자가 알려 줍니다. 암호는 다음 단계에서 묻습니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>db.example.org, or a socket folder</source>
        <translation>db.example.org 또는 소켓 폴더</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>포트(&amp;O):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Database:</source>
        <translation>데이터베이스(&amp;D):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the book&apos;s database</source>
        <translation>장부의 데이터베이스</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your user name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Encryption (TLS):</source>
        <translation>암호화 (TLS)(&amp;E):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connect…</source>
        <translation>연결(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>barter::ui::DashboardPage</name>
    <message>
        <location filename="../../ui/widgets/dashboard_page.cpp" line="+18"/>
        <source>&amp;As of:</source>
        <translation>기준일(&amp;A):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No agreements yet. A manager adds one under Master data → Agreements; its balance and swing use then appear here.</source>
        <translation>아직 협정이 없습니다. 관리자가 기준정보 → 협정에서 추가하면 잔액과 스윙한도 사용률이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>by week</source>
        <translation>주별</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by month</source>
        <translation>월별</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by quarter</source>
        <translation>분기별</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by year</source>
        <translation>연별</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>Save chart as PNG…</source>
        <translation>차트를 PNG로 저장…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Charts of:</source>
        <translation>차트 대상:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settlement proposal…</source>
        <translation>정산 제안…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Shipper</source>
        <translation>발송인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>금액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the shipper&apos;s value</source>
        <translation>발송인 금액 중 비중</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Balance over time</source>
        <translation>잔액 추이</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnover by good</source>
        <translation>상품별 거래액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top goods each way</source>
        <translation>방향별 주요 상품</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save table as CSV…</source>
        <translation>표를 CSV로 저장…</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Save table</source>
        <translation>표 저장</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save chart</source>
        <translation>차트 저장</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없음: %2</translation>
    </message>
</context>
<context>
    <name>barter::ui::DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.cpp" line="+25"/>
        <source>any</source>
        <translation>전체</translation>
    </message>
</context>
<context>
    <name>barter::ui::ExchangeDialog</name>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.cpp" line="+43"/>
        <source>New exchange</source>
        <translation>새 교환</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Agreement:</source>
        <translation>협정(&amp;A):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Date:</source>
        <translation>일자(&amp;D):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. the waybill or contract number</source>
        <translation>예: 운송장 또는 계약 번호</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reference:</source>
        <translation>참조번호(&amp;R):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Memo:</source>
        <translation>적요(&amp;M):</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Remove line</source>
        <translation>행 삭제</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>needed when a line&apos;s price differs from the price list</source>
        <translation>행의 단가가 가격표와 다를 때 필요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price &amp;override reason:</source>
        <translation>가격 변경 사유(&amp;O):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only to post past the swing limit</source>
        <translation>스윙한도를 넘어 전기할 때만</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;wing override reason:</source>
        <translation>스윙한도 초과 사유(&amp;W):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only to post past a strict protocol</source>
        <translation>엄격한 의정서를 넘어 기장할 때만</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;rotocol override reason:</source>
        <translation>의정서 예외 사유(&amp;R):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If posted</source>
        <translation>전기 시</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Submit for approval</source>
        <translation>승인 요청</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>전기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delivery &amp;lines — type into the row marked * to add one; the unit and the price in force fill in</source>
        <translation>인도 내역(&amp;L) — * 표시 행에 입력하면 행이 추가되고 단위와 현행 단가가 자동으로 채워집니다</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>There is no agreement yet; a manager adds one under Master data → Agreements.</source>
        <translation>아직 협정이 없습니다. 관리자가 기준정보 → 협정에서 추가합니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 ships %2   ·   %3 ships %4</source>
        <translation>%1 발송액 %2   ·   %3 발송액 %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Balance after posting: %1   (now: %2)</source>
        <translation>전기 후 잔액: %1   (현재: %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1% of the swing limit of %2</source>
        <translation>스윙한도 %2의 %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>swing limit %1</source>
        <translation>스윙한도 %1</translation>
    </message>
</context>
<context>
    <name>barter::ui::ExportPdfDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_pdf_dialog.cpp" line="+26"/>
        <source>Export statement as PDF</source>
        <translation>명세서 PDF 내보내기</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Agreement:</source>
        <translation>협정(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>시작(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>끝(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>용지(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as:</source>
        <translation>저장 위치(&amp;S):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the statement</source>
        <translation>명세서 저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Drawing the statement…</source>
        <translation>명세서 작성 중…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved %1: %n page(s), %2 line(s); SHA-256 of the statement as CSV %3.</source>
        <translation>
            <numerusform>%1 저장: %n쪽, %2행; 명세서 CSV의 SHA-256 %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barter::ui::FormDialog</name>
    <message>
        <location filename="../../ui/dialogs/form_dialog.cpp" line="+55"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>barter::ui::FulfilmentModel</name>
    <message>
        <location filename="../../ui/widgets/protocols_page.cpp" line="+105"/>
        <source>%1 of %2</source>
        <translation>%2 중 %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delivered against planned; the dark mark is where it should be by the date (expected %1)</source>
        <translation>계획 대비 인도량; 진한 표시는 이 날짜까지 도달해야 할 위치입니다 (예상 %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shipper</source>
        <translation>발송인</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>인도</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fulfilled</source>
        <translation>이행률</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected by now</source>
        <translation>현재까지 예상</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remaining</source>
        <translation>잔여</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pace</source>
        <translation>진도</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value delivered</source>
        <translation>인도 금액</translation>
    </message>
</context>
<context>
    <name>barter::ui::ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_dialog.cpp" line="+38"/>
        <location line="+96"/>
        <source>Import from CSV</source>
        <translation>CSV 가져오기</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Deliveries</source>
        <translation>인도</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goods</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices</source>
        <translation>가격</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>의정서</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What:</source>
        <translation>대상(&amp;W):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Agreement:</source>
        <translation>협정(&amp;A):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 2025; the same name again makes a new version</source>
        <translation>예: 2025; 같은 이름으로 다시 가져오면 새 버전이 됩니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol &amp;name:</source>
        <translation>의정서 이름(&amp;N):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>through</source>
        <translation>~</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Period from:</source>
        <translation>기간 시작(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Strict: refuse a line past the plan unless a manager gives a reason</source>
        <translation>엄격(&amp;S): 관리자가 사유를 주지 않으면 계획을 넘는 줄을 거부</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Copy errors</source>
        <translation>오류 복사</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Columns: date, reference, shipper, good, quantity, and optionally unit_price, value, memo. Rows with one reference form one exchange. The whole file is one transaction.</source>
        <translation>열: date, reference, shipper, good, quantity, 선택 항목 unit_price, value, memo. reference가 같은 행은 하나의 교환이 됩니다. 파일 전체가 하나의 트랜잭션입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns: code, name, hs_code, unit, and optionally decimals.</source>
        <translation>열: code, name, hs_code, unit, 선택 항목 decimals.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns: good, effective_from, unit_price (for the agreement).</source>
        <translation>열: good, effective_from, unit_price (해당 협정용).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns: shipper, good, planned_quantity, and optionally planned_value: the goods each side undertakes to ship in the period, in the good&apos;s unit (values in the unit of account).</source>
        <translation>열: shipper, good, planned_quantity, 선택적으로 planned_value: 각 측이 기간 중 발송하기로 약속한 상품, 상품 단위로 (금액은 결제 단위로).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a file (Browse…) to see its first rows before importing.</source>
        <translation>파일을 선택하면(찾아보기…) 가져오기 전에 첫 행들을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The first %1 rows; the import reads them all.</source>
        <translation>처음 %1행입니다. 가져오기는 전체를 읽습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n개 행.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
</context>
<context>
    <name>barter::ui::ImportWorker</name>
    <message>
        <location filename="../../ui/workers/import_worker.cpp" line="+28"/>
        <source>Imported %1 exchanges with %2 lines from %3 rows.</source>
        <translation>교환 %1건(내역 %2행)을 %3개 행에서 가져왔습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported %1 goods from %2 rows.</source>
        <translation>상품 %1개를 %2개 행에서 가져왔습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1 prices from %2 rows.</source>
        <translation>가격 %1건을 %2개 행에서 가져왔습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported protocol %1 version %2 of %3: %n line(s), %4..%5.</source>
        <translation>
            <numerusform>%3의 의정서 %1 버전 %2를 가져왔습니다: %n줄, %4..%5.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled; the book is unchanged.</source>
        <translation>취소했습니다. 장부는 변경되지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Nothing was imported: %n row(s) have problems.</source>
        <translation>
            <numerusform>가져오지 않았습니다: %n개 행에 문제가 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barter::ui::JournalPage</name>
    <message>
        <location filename="../../ui/widgets/journal_page.cpp" line="+42"/>
        <source>reference contains…</source>
        <translation>참조번호 포함…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;greement:</source>
        <translation>협정(&amp;G):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation>시작(&amp;F):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>종료(&amp;T):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;hipper:</source>
        <translation>발송인(&amp;H):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>G&amp;ood:</source>
        <translation>상품(&amp;O):</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Reverse exchange %1…</source>
        <translation>교환 %1 역분개…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>any</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Correct the filter to see the journal.</source>
        <translation>분개장을 보려면 필터를 수정하십시오.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n line(s) match the filter</source>
        <translation>
            <numerusform>필터에 맞는 행 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n delivery line(s) in the journal</source>
        <translation>
            <numerusform>분개장의 인도 내역 %n행</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No lines match the filter. Clear a filter to see more.</source>
        <translation>필터에 맞는 행이 없습니다. 필터를 해제하면 더 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No exchanges yet.
Enter the first one with Exchange → New exchange (Ctrl+N), or import deliveries from a CSV file (Exchange → Import).</source>
        <translation>아직 교환이 없습니다.
교환 → 새 교환(Ctrl+N)으로 첫 교환을 입력하거나, CSV 파일에서 인도 내역을 가져오십시오(교환 → CSV에서 가져오기).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No exchanges yet. Clerks and managers enter them.</source>
        <translation>아직 교환이 없습니다. 사무원과 관리자가 입력합니다.</translation>
    </message>
</context>
<context>
    <name>barter::ui::JournalTableModel</name>
    <message>
        <location filename="../../ui/models/journal_table_model.cpp" line="+189"/>
        <source>posted</source>
        <translation>전기됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reversed by %1</source>
        <translation>역분개됨(교환 %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reversal of %1</source>
        <translation>교환 %1의 역분개</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Clearing balance of %1 after this line</source>
        <translation>이 행 이후 %1 청산잔액</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a closed period: %1 is closed through %2; nothing dated on or before it can be entered or reversed</source>
        <translation>마감된 기간: %1 협정이 %2까지 마감되어 그날까지의 일자로는 입력하거나 역분개할 수 없습니다</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Seq</source>
        <translation>순번</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>참조번호</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement</source>
        <translation>협정</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipper → receiver</source>
        <translation>발송인 → 수령인</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>단가</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>금액</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>잔액</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>barter::ui::LinesDelegate</name>
    <message>
        <location filename="../../ui/delegates/lines_delegate.cpp" line="+45"/>
        <source>from list</source>
        <translation>가격표 적용</translation>
    </message>
</context>
<context>
    <name>barter::ui::LinesTableModel</name>
    <message>
        <location filename="../../ui/models/lines_table_model.cpp" line="+50"/>
        <source>not in protocol %1</source>
        <translation>의정서 %1에 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left of %2 (%3)</source>
        <translation>%2 중 %1 남음 (%3)</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>refused</source>
        <translation>거부</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>From the price list; type a price to override it (a reason is asked)</source>
        <translation>가격표 단가입니다. 다른 단가를 입력하면 변경됩니다(사유 입력 필요)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the protocols in force on the date leave of this good for this shipper, before this line</source>
        <translation>이 줄 이전에, 해당 날짜에 유효한 의정서가 이 발송인의 이 상품에 남겨 둔 양</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No good with this code</source>
        <translation>이 코드의 상품이 없음</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Shipper</source>
        <translation>발송인</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>단가</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>금액</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screening</source>
        <translation>심사</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol</source>
        <translation>의정서</translation>
    </message>
</context>
<context>
    <name>barter::ui::LockScreen</name>
    <message>
        <location filename="../../ui/widgets/idle_lock.cpp" line="+65"/>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close the book</source>
        <translation>장부 닫기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>&lt;b&gt;%1 is locked.&lt;/b&gt;&lt;br&gt;Nobody used Barter Ledger for %n minute(s). Enter the password of &lt;b&gt;%2&lt;/b&gt; to go on, or close the book.</source>
        <translation>
            <numerusform>&lt;b&gt;%1이(가) 잠겼습니다.&lt;/b&gt;&lt;br&gt;%n분 동안 Barter Ledger를 사용하지 않았습니다. 계속하려면 &lt;b&gt;%2&lt;/b&gt;의 비밀번호를 입력하거나 장부를 닫으십시오.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1 is locked.&lt;/b&gt;&lt;br&gt;Enter the password of &lt;b&gt;%2&lt;/b&gt; to go on, or close the book.</source>
        <translation>&lt;b&gt;%1이(가) 잠겼습니다.&lt;/b&gt;&lt;br&gt;계속하려면 &lt;b&gt;%2&lt;/b&gt;의 비밀번호를 입력하거나 장부를 닫으십시오.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrong password, or the account is now locked (then an admin must unlock it; close the book).</source>
        <translation>비밀번호가 틀렸거나 계정이 잠겼습니다(그 경우 관리자가 잠금을 해제해야 합니다. 장부를 닫으십시오).</translation>
    </message>
</context>
<context>
    <name>barter::ui::LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login_dialog.cpp" line="+22"/>
        <source>Log in — %1</source>
        <translation>로그인 — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in to &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;에 로그인</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Log in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Login failed: the user name or the password is wrong, or the account is locked.</source>
        <translation>로그인 실패: 사용자 이름이나 비밀번호가 틀렸거나 계정이 잠겨 있습니다.</translation>
    </message>
</context>
<context>
    <name>barter::ui::MainWindow</name>
    <message>
        <location filename="../../ui/widgets/main_window.cpp" line="+64"/>
        <source>The new language takes effect when Barter Ledger starts again.</source>
        <translation>새 언어는 Barter Ledger를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../ui/widgets/main_window_books.cpp" line="+87"/>
        <source>Barter Ledger</source>
        <translation>Barter Ledger</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connected to the server again; everything shown was read anew.</source>
        <translation>서버에 다시 연결되었습니다. 화면의 모든 내용을 새로 읽었습니다.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;New exchange…</source>
        <translation>새 교환(&amp;N)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import from CSV…</source>
        <translation>CSV에서 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export statement as &amp;PDF…</source>
        <translation>명세서 PDF 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Reverse…</source>
        <translation>역분개(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fresh</source>
        <translation>새로 고침(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries need &amp;approval</source>
        <translation>입력 건 승인 필요(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clerks&apos; exchanges now wait for a manager&apos;s approval</source>
        <translation>이제 사무원의 교환은 관리자 승인을 기다립니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clerks&apos; exchanges now post directly</source>
        <translation>이제 사무원의 교환은 바로 전기됩니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Lock now</source>
        <translation>지금 잠금(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock after &amp;idle time…</source>
        <translation>유휴 시간 후 잠금(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close book</source>
        <translation>장부 닫기(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dashboard</source>
        <translation>대시보드(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Journal</source>
        <translation>분개장(&amp;J)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pending</source>
        <translation>승인대기(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;conciliation</source>
        <translation>대사(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reports</source>
        <translation>보고서(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Master data</source>
        <translation>기준정보(&amp;M)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Audit</source>
        <translation>감사(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro&amp;tocols</source>
        <translation>의정서(&amp;T)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Book</source>
        <translation>장부(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New book…</source>
        <translation>새 장부(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to a &amp;server book…</source>
        <translation>서버 장부에 연결(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;demo book</source>
        <translation>데모 장부 열기(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change my &amp;password…</source>
        <translation>내 암호 변경(&amp;P)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your password was changed.</source>
        <translation>암호가 변경되었습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Exchange</source>
        <translation>교환(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Barter Ledger…</source>
        <translation>Barter Ledger 정보(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;System language (%1)</source>
        <translation>시스템 언어(&amp;S) (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Try &amp;again now</source>
        <translation>지금 다시 시도(&amp;A)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Journal</source>
        <translation>분개장</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+51"/>
        <source>Pending</source>
        <translation>승인대기</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Reconciliation</source>
        <translation>대사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Master data</source>
        <translation>기준정보</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit</source>
        <translation>감사</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protocols</source>
        <translation>의정서</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Pending (%1)</source>
        <translation>승인대기 (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — Barter Ledger</source>
        <translation>%1 — Barter Ledger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book: %1 (read-only: nothing can be changed)</source>
        <translation>장부: %1 (읽기 전용: 아무것도 변경할 수 없음)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book: %1</source>
        <translation>장부: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: %1 (%2)</source>
        <translation>사용자: %1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>● Server: connected</source>
        <translation>● 서버: 연결됨</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>● Server: connection lost — trying again in %1 s</source>
        <translation>● 서버: 연결 끊김 — %1초 후 다시 시도</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● Server: reconnecting…</source>
        <translation>● 서버: 다시 연결하는 중…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● Server: your login is no longer accepted</source>
        <translation>● 서버: 로그인이 더 이상 허용되지 않음</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reconnecting…</source>
        <translation>다시 연결하는 중…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>%n초 후 다시 시도합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;The connection to the server was lost at %1.&lt;/b&gt; Nothing can be changed until it is back; an entry you are typing is kept, to be posted once it is. %2</source>
        <translation>&lt;b&gt;%1에 서버와의 연결이 끊겼습니다.&lt;/b&gt; 연결이 돌아올 때까지 아무것도 바꿀 수 없습니다. 입력 중인 기록은 그대로 두었다가 연결되면 전기할 수 있습니다. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;The server no longer lets you in&lt;/b&gt; (%1). Close the book and log in again, or ask your administrator.</source>
        <translation>&lt;b&gt;서버가 더 이상 로그인을 허용하지 않습니다&lt;/b&gt; (%1). 장부를 닫고 다시 로그인하거나 관리자에게 문의하십시오.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Lock after idle time</source>
        <translation>유휴 시간 후 잠금</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes without use after which Barter Ledger locks itself and asks for the password again (0 = never). This applies to everyone who opens this book:</source>
        <translation>Barter Ledger가 사용되지 않은 채 이 시간(분)이 지나면 잠기고 비밀번호를 다시 묻습니다(0 = 잠그지 않음). 이 장부를 여는 모든 사용자에게 적용됩니다:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Barter Ledger no longer locks itself when idle</source>
        <translation>이제 Barter Ledger는 유휴 상태에서 잠기지 않습니다</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Barter Ledger locks itself after %n minute(s) without use</source>
        <translation>
            <numerusform>Barter Ledger는 %n분 동안 사용하지 않으면 잠깁니다</numerusform>
        </translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Posted exchange %1 (%2)</source>
        <translation>교환 %1 전기됨 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved as pending entry %1; it is posted when a manager approves it</source>
        <translation>승인대기 건 %1번으로 저장했습니다. 관리자가 승인하면 전기됩니다</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exchange %1 reversed by exchange %2</source>
        <translation>교환 %1 역분개됨 (역분개 교환 %2)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window_books.cpp" line="-17"/>
        <source>Open book</source>
        <translation>장부 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barter Ledger books (*.barter);;All files (*)</source>
        <translation>Barter Ledger 장부 (*.barter);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.cpp" line="+26"/>
        <source>About Barter Ledger</source>
        <translation>Barter Ledger 정보</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Barter Ledger %1&lt;/h3&gt;&lt;p&gt;A ledger for bilateral barter (clearing) trade.&lt;/p&gt;&lt;p&gt;Revision: %2&lt;br&gt;Qt %3&lt;br&gt;SQLite %4&lt;br&gt;libsodium %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Barter Ledger %1&lt;/h3&gt;&lt;p&gt;양자 간 바터(청산) 무역 장부.&lt;/p&gt;&lt;p&gt;리비전: %2&lt;br&gt;Qt %3&lt;br&gt;SQLite %4&lt;br&gt;libsodium %5&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>barter::ui::MasterDataPage</name>
    <message>
        <location filename="../../ui/widgets/master_data_page.cpp" line="+24"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>Name</source>
        <translation>명칭</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Native name</source>
        <translation>현지어 명칭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add party…</source>
        <translation>당사자 추가…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No parties yet. Add the two parties of an agreement (Add party…).</source>
        <translation>아직 당사자가 없습니다. 협정의 두 당사자를 추가하십시오(당사자 추가…).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No parties yet; a manager adds them.</source>
        <translation>아직 당사자가 없습니다. 관리자가 추가합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>당사자</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Decimals</source>
        <translation>소수 자릿수</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add unit…</source>
        <translation>계산단위 추가…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No units of account yet.</source>
        <translation>아직 계산단위가 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units of account</source>
        <translation>계산단위</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HS code</source>
        <translation>HS코드</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Add good…</source>
        <translation>상품 추가…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No goods yet. Add them (Add good…), or import a list (Exchange → Import from CSV).</source>
        <translation>아직 상품이 없습니다. 추가하거나(상품 추가…) 목록을 가져오십시오(교환 → CSV에서 가져오기).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No goods yet; a manager adds them.</source>
        <translation>아직 상품이 없습니다. 관리자가 추가합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Party A</source>
        <translation>당사자 A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party B</source>
        <translation>당사자 B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swing limit</source>
        <translation>스윙한도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn at %</source>
        <translation>경고 기준(%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>유효 시작일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid to</source>
        <translation>유효 종료일</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add agreement…</source>
        <translation>협정 추가…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No agreements yet. An agreement needs its two parties and a unit of account first.</source>
        <translation>아직 협정이 없습니다. 먼저 두 당사자와 계산단위가 있어야 합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No agreements yet; a manager adds them.</source>
        <translation>아직 협정이 없습니다. 관리자가 추가합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>협정</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effective from</source>
        <translation>적용 시작일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>단가</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In force</source>
        <translation>현행</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set price…</source>
        <translation>가격 설정…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prices in this agreement yet. Each good needs a price from the date its deliveries start.</source>
        <translation>이 협정에는 아직 가격이 없습니다. 각 상품은 인도가 시작되는 날부터 가격이 있어야 합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prices</source>
        <translation>가격표</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <comment>of a user</comment>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add user…</source>
        <translation>사용자 추가…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disable</source>
        <translation>비활성화</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agreement:</source>
        <translation>협정:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>disabled</source>
        <translation>비활성</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked</source>
        <translation>잠김</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>활성</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>in force today</source>
        <translation>오늘 현행</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add party</source>
        <translation>당사자 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location line="+15"/>
        <location line="+27"/>
        <source>&amp;Code:</source>
        <translation>코드(&amp;C):</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>e.g. RU-PRIMORYE</source>
        <translation>예: RU-PRIMORYE</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location line="+15"/>
        <source>&amp;Name:</source>
        <translation>명칭(&amp;N):</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Na&amp;tive name:</source>
        <translation>현지어 명칭(&amp;T):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in the party&apos;s own language</source>
        <translation>당사자의 자국어로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry:</source>
        <translation>국가(&amp;O):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ISO 3166-1 alpha-2, e.g. KP</source>
        <translation>ISO 3166-1 alpha-2, 예: KP</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add unit of account</source>
        <translation>계산단위 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. CU</source>
        <translation>예: CU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Decimals:</source>
        <translation>소수 자릿수(&amp;D):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add good</source>
        <translation>상품 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. WHEAT</source>
        <translation>예: WHEAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;HS code:</source>
        <translation>HS코드(&amp;H):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 to 10 digits, e.g. 100199</source>
        <translation>2~10자리, 예: 100199</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unit of measure:</source>
        <translation>단위(&amp;U):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quantity &amp;decimals:</source>
        <translation>수량 소수 자릿수(&amp;D):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add agreement</source>
        <translation>협정 추가</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Party &amp;A:</source>
        <translation>당사자 &amp;A:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party &amp;B:</source>
        <translation>당사자 &amp;B:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unit of account:</source>
        <translation>계산단위(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Swing limit:</source>
        <translation>스윙한도(&amp;S):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty: no limit</source>
        <translation>비우면 한도 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Warn at % of the swing:</source>
        <translation>경고 기준, 스윙한도의 %(&amp;W):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid &amp;from:</source>
        <translation>유효 시작일(&amp;F):</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>YYYY-MM-DD, empty: open</source>
        <translation>YYYY-MM-DD, 비우면 제한 없음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid &amp;to:</source>
        <translation>유효 종료일(&amp;T):</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Set price in %1</source>
        <translation>%1 가격 설정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Good:</source>
        <translation>상품(&amp;G):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit &amp;price:</source>
        <translation>단가(&amp;P):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Effective from:</source>
        <translation>적용 시작일(&amp;E):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add user</source>
        <translation>사용자 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <comment>of a user</comment>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Role:</source>
        <translation>역할(&amp;R):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
</context>
<context>
    <name>barter::ui::NewBookWizard</name>
    <message>
        <location filename="../../ui/dialogs/new_book_wizard.cpp" line="+31"/>
        <location line="+13"/>
        <source>New book</source>
        <translation>새 장부</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Where to keep the book</source>
        <translation>장부 저장 위치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One file holds everything: master data, the journal and its audit trail. Back it up like any important document.</source>
        <translation>파일 하나에 기준정보, 분개장, 감사기록이 모두 담깁니다. 중요한 문서처럼 백업하십시오.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Barter Ledger books (*.barter)</source>
        <translation>Barter Ledger 장부 (*.barter)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Book &amp;file:</source>
        <translation>장부 파일(&amp;F):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The administrator</source>
        <translation>시스템관리자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The administrator adds users and sets the book&apos;s rules. Managers, clerks and auditors are added afterwards.</source>
        <translation>시스템관리자는 사용자를 추가하고 장부 규칙을 정합니다. 관리자, 사무원, 감사원은 나중에 추가합니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>비밀번호 확인(&amp;R):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The unit of account</source>
        <translation>계산단위</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every delivery is valued in a unit of account, such as a clearing rouble or a transferable unit. More can be added later.</source>
        <translation>모든 인도는 청산 루블이나 이전 가능 단위 같은 계산단위로 평가됩니다. 나중에 더 추가할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clearing unit</source>
        <translation>청산단위</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Code:</source>
        <translation>코드(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <comment>of the unit of account</comment>
        <translation>명칭(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decimal places:</source>
        <translation>소수 자릿수(&amp;D):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create book</source>
        <translation>장부 만들기</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose where to keep the book.</source>
        <translation>장부를 저장할 위치를 선택하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists; a new book never replaces a file.</source>
        <translation>%1 파일이 이미 있습니다. 새 장부는 기존 파일을 대체하지 않습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 cannot be written to.</source>
        <translation>%1 폴더에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two passwords differ.</source>
        <translation>두 비밀번호가 다릅니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>password: %1</source>
        <translation>비밀번호: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The administrator&apos;s page needs a correction (Back).</source>
        <translation>시스템관리자 페이지를 수정해야 합니다(뒤로).</translation>
    </message>
</context>
<context>
    <name>barter::ui::PasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/password_dialog.cpp" line="+20"/>
        <source>Change my password</source>
        <translation>암호 변경</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Current password:</source>
        <translation>현재 암호(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>새 암호(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>다시 입력(&amp;R):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The two new passwords differ.</source>
        <translation>두 새 암호가 다릅니다.</translation>
    </message>
</context>
<context>
    <name>barter::ui::PendingPage</name>
    <message>
        <location filename="../../ui/widgets/pending_page.cpp" line="+35"/>
        <source>waiting for approval</source>
        <translation>승인대기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>반려됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>표시(&amp;S):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Id</source>
        <translation>번호</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>협정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>참조번호</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>행 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by</source>
        <translation>입력자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered at</source>
        <translation>입력 시각</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>결정자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason / memo</source>
        <translation>사유 / 적요</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>If approved now, it posts:</source>
        <translation>지금 승인하면 다음이 전기됩니다:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipper</source>
        <translation>발송인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>단가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>금액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening</source>
        <translation>심사</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>only to approve past the swing limit</source>
        <translation>스윙한도를 넘어 승인할 때만</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only to approve past a strict protocol</source>
        <translation>엄격한 의정서를 넘어 승인할 때만</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>why it is rejected; kept with the entry (Show: rejected)</source>
        <translation>반려 사유. 해당 건과 함께 보관됩니다(표시: 반려됨)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;wing override reason:</source>
        <translation>스윙한도 초과 사유(&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rotocol override reason:</source>
        <translation>의정서 예외 사유(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;jection reason:</source>
        <translation>반려 사유(&amp;J):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Approve and post</source>
        <translation>승인 후 전기(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reject</source>
        <translation>반려(&amp;R)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Entries need approval: a clerk&apos;s exchange waits here until a manager other than its maker approves or rejects it.</source>
        <translation>입력 건 승인 필요: 사무원의 교환은 입력자가 아닌 관리자가 승인하거나 반려할 때까지 여기서 대기합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries do not need approval in this book (an administrator can turn it on in the Book menu).</source>
        <translation>이 장부에서는 입력 건 승인이 필요 없습니다(시스템관리자가 장부 메뉴에서 켤 수 있습니다).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>waiting</source>
        <translation>대기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>posted as %1</source>
        <translation>전기됨(교환 %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <comment>the status of one entry</comment>
        <translation>반려됨</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing is waiting for approval.</source>
        <translation>승인대기 건이 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No entries to show.</source>
        <translation>표시할 건이 없습니다.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>You entered it; another manager must decide</source>
        <translation>직접 입력한 건입니다. 다른 관리자가 결정해야 합니다</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Balance of %1 after approval: %2</source>
        <translation>승인 후 %1 잔액: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pending entry %1 approved and posted as exchange %2.</source>
        <translation>승인대기 건 %1번을 승인하여 교환 %2번으로 전기했습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pending entry %1 was not approved: %2</source>
        <translation>대기 기록 %1은(는) 승인되지 않았습니다: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pending entry %1 rejected.</source>
        <translation>승인대기 건 %1번을 반려했습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pending entry %1 was not rejected: %2</source>
        <translation>대기 기록 %1은(는) 거부되지 않았습니다: %2</translation>
    </message>
</context>
<context>
    <name>barter::ui::ProtocolsPage</name>
    <message>
        <location filename="../../ui/widgets/protocols_page.cpp" line="-124"/>
        <source>behind</source>
        <translation>뒤처짐</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ahead</source>
        <translation>앞섬</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on track</source>
        <translation>계획대로</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 protocol: %2, %n good(s) behind</source>
        <translation>
            <numerusform>%1 의정서: %2, 뒤처진 상품 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+132"/>
        <source>&amp;Agreement:</source>
        <translation>협정(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;At:</source>
        <translation>기준일(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Shipper:</source>
        <translation>발송인(&amp;S):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import protocol…</source>
        <translation>의정서 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CSV of shipper, good, planned_quantity[, planned_value]; the same name again makes a new version</source>
        <translation>shipper, good, planned_quantity[, planned_value] 열의 CSV; 같은 이름으로 다시 가져오면 새 버전이 됩니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report&apos;s language, or two side by side</source>
        <translation>보고서 언어 또는 두 언어 병기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export PDF…</source>
        <translation>PDF로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>both</source>
        <translation>양측</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>There is no agreement yet; a manager adds one under Master data.</source>
        <translation>아직 협정이 없습니다. 관리자가 기준 정보에서 추가합니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Protocol %1, version %2%3: %4 through %5</source>
        <translation>의정서 %1, 버전 %2%3: %4 ~ %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (strict)</source>
        <translation> (엄격)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No protocol of %1 is in force on %2. Import one: Import protocol…</source>
        <translation>%2에 %1의 유효한 의정서가 없습니다. 가져오기: 의정서 가져오기…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No protocol of %1 is in force on %2; a manager imports one.</source>
        <translation>%2에 %1의 유효한 의정서가 없습니다. 관리자가 가져옵니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+23"/>
        <source>Export the protocol fulfilment</source>
        <translation>의정서 이행 내보내기</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting the protocol fulfilment…</source>
        <translation>의정서 이행을 내보내는 중…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported to %1: %n page(s).</source>
        <translation>
            <numerusform>%1(으)로 내보냈습니다: %n쪽.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barter::ui::ReconciliationPage</name>
    <message>
        <location filename="../../ui/widgets/reconciliation_page.cpp" line="+43"/>
        <source> days</source>
        <translation> 일</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;greement:</source>
        <translation>협정(&amp;G):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>시작(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Through:</source>
        <translation>종료(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date &amp;tolerance:</source>
        <translation>일자 허용 오차(&amp;T):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>their statement: date,reference,shipper,good,quantity[,unit_price][,value]</source>
        <translation>상대측 명세서: date,reference,shipper,good,quantity[,unit_price][,value]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reconcile</source>
        <translation>대사 실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Statement:</source>
        <translation>명세서(&amp;S):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sa&amp;ved:</source>
        <translation>저장된 대사(&amp;V):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Load the other side&apos;s statement of the agreement, set the period and reconcile; or open a saved reconciliation.</source>
        <translation>상대측의 협정 명세서를 불러와 기간을 정하고 대사하거나, 저장된 대사를 여십시오.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>all items</source>
        <translation>전체 항목</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>differing items</source>
        <translation>불일치 항목</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unresolved items</source>
        <translation>미해소 항목</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;how:</source>
        <translation>표시(&amp;H):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>구분</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>참조번호</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipper</source>
        <translation>발송인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our date</source>
        <translation>당사 일자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our quantity</source>
        <translation>당사 수량</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our value</source>
        <translation>당사 금액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their date</source>
        <translation>상대측 일자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their quantity</source>
        <translation>상대측 수량</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their value</source>
        <translation>상대측 금액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>처리</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Post &amp;correction…</source>
        <translation>정정 전기(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the delivery our book lacks, prefilled from their figures</source>
        <translation>당사 장부에 없는 인도를 상대측 수치로 미리 채워 입력</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;verse ours…</source>
        <translation>당사 건 역분개(&amp;V)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note…</source>
        <translation>메모(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain the item, e.g. that the other side will correct theirs</source>
        <translation>항목 설명(예: 상대측이 자기 쪽을 정정할 예정)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;act…</source>
        <translation>대조확인서 내보내기(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The act of reconciliation as a PDF in two languages, to sign</source>
        <translation>서명용 2개 언어 대조확인서 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose period…</source>
        <translation>기간마감(&amp;L)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Items</source>
        <translation>항목</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+146"/>
        <source>Their statement</source>
        <translation>상대측 명세서</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Their codes that differ from ours: kind (party or good), their code, our code.</source>
        <translation>당사와 다른 상대측 코드: 종류(party 또는 good), 상대측 코드, 당사 코드.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their code</source>
        <translation>상대측 코드</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Our code</source>
        <translation>당사 코드</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find &amp;unknown codes</source>
        <translation>미확인 코드 찾기(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add row</source>
        <translation>행 추가(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve row</source>
        <translation>행 삭제(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mapping</source>
        <translation>코드 매핑</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export act</source>
        <translation>대조확인서 내보내기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the act</source>
        <translation>대조확인서 저장</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>(choose one)</source>
        <translation>(선택)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No. %1 through %2 — %3</source>
        <translation>%1번, %2까지 — %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No reconciliation of %1 yet. Load the other side&apos;s statement, set the period and reconcile.</source>
        <translation>%1 대사 기록이 아직 없습니다. 상대측 명세서를 불러와 기간을 정하고 대사하십시오.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Their statement uses %n code(s) this book does not know; give our code for each under Mapping.</source>
        <translation>
            <numerusform>상대측 명세서에 이 장부에 없는 코드가 %n개 있습니다. 코드 매핑에서 각각의 당사 코드를 입력하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>mapping row</source>
        <translation>매핑 행</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>choose the last day of the period</source>
        <translation>기간의 마지막 날을 선택하십시오</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n line(s) of their statement are dated outside the period and were left out.</source>
        <translation>
            <numerusform>상대측 명세서의 %n개 행은 기간 밖의 일자여서 제외했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 %2</source>
        <comment>a count and its category: 3 matched</comment>
        <translation>%2 %1건</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Reconciliation %1&lt;/b&gt; of %2, %3 through %4 — their statement %5 (SHA-256 %6…)&lt;br&gt;Ours: &lt;b&gt;%7&lt;/b&gt; · theirs: &lt;b&gt;%8&lt;/b&gt; · difference &lt;b style=&apos;color:%9&apos;&gt;%10&lt;/b&gt;, explained by the items: %11&lt;br&gt;%12 items: %13 · %14 unresolved</source>
        <translation>&lt;b&gt;대사 %1&lt;/b&gt; — %2, %3부터 %4까지 — 상대측 명세서 %5 (SHA-256 %6…)&lt;br&gt;당사: &lt;b&gt;%7&lt;/b&gt; · 상대측: &lt;b&gt;%8&lt;/b&gt; · 차이 &lt;b style=&apos;color:%9&apos;&gt;%10&lt;/b&gt;, 항목으로 설명된 금액: %11&lt;br&gt;항목 %12개: %13 · 미해소 %14개</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the beginning</source>
        <translation>처음</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>by %1 at %2</source>
        <translation>처리: %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reconciliation_actions.cpp" line="+66"/>
        <source>Explain item %1</source>
        <translation>항목 %1 설명</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How is item %1 (%2, %3) explained?</source>
        <translation>항목 %1 (%2, %3)에 대한 설명:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other side will correct theirs</source>
        <translation>상대측이 자기 쪽을 정정할 예정</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Close %1 through %2 at an agreed balance of %3?

%n exchange(s) dated from %4 to %2 are locked for good: nothing dated on or before %2 can be entered, imported, approved or reversed afterwards. Corrections go after it.</source>
        <translation>
            <numerusform>%1 협정을 %2까지 마감하시겠습니까? 합의 잔액: %3

%4부터 %2까지의 교환 %n건이 영구히 잠깁니다. 이후에는 %2 이전(당일 포함) 일자로 입력, 가져오기, 승인, 역분개를 할 수 없습니다. 정정은 그 이후 일자로 합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the first</source>
        <translation>처음</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n pending entry(ies) dated in the period can then no longer be approved.</source>
        <translation>
            <numerusform>이 기간 일자의 승인대기 건 %n건은 더 이상 승인할 수 없게 됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n differing item(s) of this reconciliation are not resolved yet.</source>
        <translation>
            <numerusform>이 대사의 불일치 항목 %n개가 아직 해소되지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The balance both sides agreed (%1; positive: %2 owes %3):</source>
        <translation>양측이 합의한 잔액 (%1; 양수: %2의 %3에 대한 채무):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close period</source>
        <translation>기간마감</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the period</source>
        <translation>기간 마감</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Closed %1 through %2 at %3; chain head %4 (exchange %5).</source>
        <translation>%1 협정을 %2까지 마감했습니다(잔액 %3). 체인 헤드 %4 (교환 %5).</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Saved the act to %1 (%n page(s)).</source>
        <translation>
            <numerusform>대조확인서를 %1에 저장했습니다 (%n쪽).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barter::ui::ReportsPage</name>
    <message>
        <location filename="../../ui/widgets/reports_page.cpp" line="+33"/>
        <source>Balance at each period end</source>
        <translation>기간 말 잔액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnover by good and period, with shares</source>
        <translation>상품·기간별 거래액 및 비중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aging of every agreement</source>
        <translation>전체 협정 채무 연령분석</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines at an overridden price</source>
        <translation>가격 변경 행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consolidated positions per party and unit</source>
        <translation>당사자·계산단위별 통합 포지션</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>day</source>
        <translation>일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>주</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>월</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quarter</source>
        <translation>분기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>연</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Report:</source>
        <translation>보고서(&amp;R):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Agreement:</source>
        <translation>협정(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>기간(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>시작(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>종료(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;t:</source>
        <translation>기준일(&amp;T):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show</source>
        <translation>표시(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose the parameters and press Show.</source>
        <translation>조건을 정하고 표시를 누르십시오.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Period end</source>
        <translation>기간 말</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>잔액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swing limit</source>
        <translation>스윙한도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swing use</source>
        <translation>스윙한도 사용률</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipper</source>
        <translation>발송인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>행 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>금액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>비중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seq</source>
        <translation>순번</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>참조번호</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>단가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List price</source>
        <translation>가격표 단가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value at list price</source>
        <translation>가격표 기준 금액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed by</source>
        <translation>역분개 교환</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>협정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>기준일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debtor</source>
        <translation>채무자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creditor</source>
        <translation>채권자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>일수</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debtor&apos;s last delivery</source>
        <translation>채무자 최근 인도일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average monthly net</source>
        <translation>월평균 순변동액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation>당사자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>협정 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed to it</source>
        <translation>받을 금액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed by it</source>
        <translation>줄 금액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>순액</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Working…</source>
        <translation>처리 중…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nothing to show for these parameters.</source>
        <translation>이 조건에 해당하는 내용이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n개 행.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show a report first; then it can be exported.</source>
        <translation>먼저 보고서를 표시해야 내보낼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export CSV</source>
        <translation>CSV 내보내기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported to %1</source>
        <translation>내보냄: %1</translation>
    </message>
</context>
<context>
    <name>barter::ui::ReverseDialog</name>
    <message>
        <location filename="../../ui/dialogs/reverse_dialog.cpp" line="+26"/>
        <source>Reverse exchange %1</source>
        <translation>교환 %1 역분개</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exchange %1 of %2, %3, reference %4, posted by %5. A posted exchange is never changed: the reversal posts its negation, and both stay in the journal.</source>
        <translation>교환 %1 — 협정 %2, 일자 %3, 참조번호 %4, 전기자 %5. 전기된 교환은 절대 변경되지 않습니다. 역분개는 반대 부호로 전기되며 두 교환 모두 분개장에 남습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>why it is reversed; kept with the reversal</source>
        <translation>역분개 사유. 역분개와 함께 보관됩니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date of the reversal:</source>
        <translation>역분개 일자(&amp;D):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reversal will post:</source>
        <translation>역분개로 전기될 내용:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipper</source>
        <translation>발송인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>단가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>금액</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reverse</source>
        <translation>역분개</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Balance of the agreement after the reversal: %1</source>
        <translation>역분개 후 협정 잔액: %1</translation>
    </message>
</context>
<context>
    <name>barter::ui::SettlementDialog</name>
    <message>
        <location filename="../../ui/dialogs/settlement_dialog.cpp" line="+31"/>
        <source>Settlement proposal for %1</source>
        <translation>%1 정산 제안</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the goods the debtor offers, in the order they should be used (the first ticked is used first), with a maximum quantity where there is one. The proposal uses the prices in force on the date and the screening rules; it posts nothing.</source>
        <translation>채무자가 제공하는 상품을 사용할 순서대로 체크하고(먼저 체크한 상품부터 사용) 최대 수량이 있으면 입력하십시오. 제안은 해당 일자의 현행 가격과 심사 규칙을 따르며 아무것도 전기하지 않습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>0: clear the balance completely</source>
        <translation>0: 잔액 전액 정산</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>일자(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target balance:</source>
        <translation>목표 잔액(&amp;T):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offer</source>
        <translation>제공</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>Good</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Name</source>
        <translation>명칭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maximum</source>
        <translation>최대</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>in %1; empty: no maximum</source>
        <translation>단위: %1, 비우면 최대 없음</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>단가</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>금액</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Propose</source>
        <translation>제안(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Enter as exchange…</source>
        <translation>교환으로 입력(&amp;E)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The offer has changed: press Propose again.</source>
        <translation>제공 내용이 바뀌었습니다. 제안을 다시 누르십시오.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>On %1: %2</source>
        <translation>%1 기준: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ships the goods above to %2.</source>
        <translation>%1에서 %2에 위 상품을 인도합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After them: %1</source>
        <translation>인도 후: %1</translation>
    </message>
</context>
<context>
    <name>barter::ui::TurnoverChart</name>
    <message>
        <location filename="../../ui/charts/turnover_chart.cpp" line="+63"/>
        <source>Turnover of %1 by good: %2 above the axis, %3 below</source>
        <translation>%1 상품별 거래액: %2 축 위, %3 축 아래</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>barter::ui::WelcomePage</name>
    <message>
        <location filename="../../ui/widgets/welcome_page.cpp" line="+24"/>
        <source>Barter Ledger</source>
        <translation>Barter Ledger</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clearing trade between two parties, valued in a unit of account and settled in goods.</source>
        <translation>두 당사자 간 청산무역: 계산단위로 평가하고 상품으로 결제합니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect to a server book…</source>
        <translation>서버 장부에 연결(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New book…</source>
        <translation>새 장부(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;demo book</source>
        <translation>데모 장부 열기(&amp;D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recent books:</source>
        <translation>최근 장부:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1  —  server book</source>
        <translation>%1  —  서버 장부</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No books opened yet. Create one, or look around in the demo book first.</source>
        <translation>아직 연 장부가 없습니다. 새로 만들거나 먼저 데모 장부를 둘러보십시오.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="+35"/>
        <source>Open the demo book (created if missing).</source>
        <translation>데모 장부를 엽니다(없으면 만듭니다).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in as this user.</source>
        <translation>이 사용자로 로그인합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password&apos;s file (else BARTER_PASSWORD).</source>
        <translation>비밀번호 파일(없으면 BARTER_PASSWORD).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render the main views to PNG files in DIR and exit.</source>
        <translation>주요 화면을 DIR에 PNG 파일로 저장하고 종료합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window&apos;s language: en, ru or ko (default: as chosen in the View menu, else the system&apos;s).</source>
        <translation>창의 언어: en, ru, ko (기본값: 보기 메뉴에서 선택한 언어, 없으면 시스템 언어).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A ledger for bilateral barter (clearing) trade.</source>
        <translation>양자 간 바터(청산) 무역 장부.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The book to open.</source>
        <translation>열 장부.</translation>
    </message>
</context>
</TS>
