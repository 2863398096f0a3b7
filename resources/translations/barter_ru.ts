<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/adapters/text.cpp" line="+88"/>
        <source>%1 and %2 are even</source>
        <translation>%1 и %2 в расчёте</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>%1 owes %2 %3</source>
        <translation>%1 должен %2 %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>admin</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manager</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clerk</source>
        <translation>операционист</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auditor</source>
        <translation>аудитор</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>allowed</source>
        <translation>разрешено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exempt (%1)</source>
        <translation>исключение (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prohibited</source>
        <translation>запрещено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quota exceeded</source>
        <translation>квота превышена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>licence required</source>
        <translation>нужна лицензия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reversal</source>
        <translation>сторно</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/error_display.cpp" line="+12"/>
        <source>line %1: </source>
        <translation>строка %1: </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not accepted</source>
        <translation>Не принято</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not permitted</source>
        <translation>Нет прав</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integrity check failed</source>
        <translation>Проверка целостности не пройдена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot use the book file</source>
        <translation>Не удаётся использовать файл книги</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reconciliation_page.cpp" line="+56"/>
        <source>matched</source>
        <translation>совпадает</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quantity differs</source>
        <translation>другое кол-во</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>value differs</source>
        <translation>другая сумма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date differs</source>
        <translation>другая дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing in ours</source>
        <translation>нет у нас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing in theirs</source>
        <translation>нет у них</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>corrected by %1</source>
        <translation>исправлено проводкой %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reversed by %1</source>
        <translation>сторнировано проводкой %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/master_data_page.cpp" line="+25"/>
        <source>open</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window_books.cpp" line="+61"/>
        <source>Demo book users (password in brackets): clerk (demo-clerk-pass), manager (demo-manager-pass), auditor (demo-auditor-pass), admin (demo-admin-pass).</source>
        <translation>Пользователи демо-книги (пароль в скобках): clerk (demo-clerk-pass), manager (demo-manager-pass), auditor (demo-auditor-pass), admin (demo-admin-pass).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard_page.cpp" line="+77"/>
        <source>no swing limit</source>
        <translation>без лимита свинга</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>past a swing limit of zero</source>
        <translation>сверх нулевого лимита свинга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inside a swing limit of zero</source>
        <translation>в пределах нулевого лимита свинга</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 % of the swing limit of %2</source>
        <translation>%1 % лимита свинга %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>One-sided for %n day(s), since %1</source>
        <translation>
            <numerusform>Одностороннее сальдо: %n день, с %1</numerusform>
            <numerusform>Одностороннее сальдо: %n дня, с %1</numerusform>
            <numerusform>Одностороннее сальдо: %n дней, с %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last delivery by %1: %2</source>
        <translation>Последняя поставка %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has delivered nothing yet</source>
        <translation>От %1 поставок ещё не было</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last activity: %1</source>
        <translation>Последняя операция: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No deliveries yet</source>
        <translation>Поставок ещё не было</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average monthly net flow: %1</source>
        <translation>Средний чистый поток в месяц: %1</translation>
    </message>
    <message>
        <location filename="../../ui/workers/book_task.cpp" line="+37"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/damaged_book.cpp" line="+20"/>
        <source>%n page(s) of the book do not match their checksums.</source>
        <translation>
            <numerusform>%n страница книги не совпадает со своей контрольной суммой.</numerusform>
            <numerusform>%n страницы книги не совпадают со своими контрольными суммами.</numerusform>
            <numerusform>%n страниц книги не совпадают со своими контрольными суммами.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>index %1</source>
        <translation>индекс %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>table %1</source>
        <translation>таблица %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Damaged: %1.</source>
        <translation>Повреждено: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The journal and its chain are intact: %n exchange(s), head %1.</source>
        <translation>
            <numerusform>Журнал и его цепочка целы: %n обмен, вершина %1.</numerusform>
            <numerusform>Журнал и его цепочка целы: %n обмена, вершина %1.</numerusform>
            <numerusform>Журнал и его цепочка целы: %n обменов, вершина %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The journal and its chain are NOT intact from exchange %1: %2</source>
        <translation>Журнал и его цепочка НЕ целы начиная с обмена %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal and its chain are NOT intact: %1</source>
        <translation>Журнал и его цепочка НЕ целы: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was written to the book. Restore it from a backup, or ask whoever changed the file.</source>
        <translation>В книгу ничего не записано. Восстановите её из резервной копии или спросите того, кто изменил файл.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Verifying the damaged book…</source>
        <translation>Проверка повреждённой книги…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The book verifies: %n exchange(s), head %1. It was damaged when it was opened and is not now; open it again.</source>
        <translation>
            <numerusform>Книга проходит проверку: %n обмен, вершина %1. При открытии она была повреждена, а теперь нет; откройте её снова.</numerusform>
            <numerusform>Книга проходит проверку: %n обмена, вершина %1. При открытии она была повреждена, а теперь нет; откройте её снова.</numerusform>
            <numerusform>Книга проходит проверку: %n обменов, вершина %1. При открытии она была повреждена, а теперь нет; откройте её снова.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verification of %1</source>
        <translation>Проверка %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The book is damaged</source>
        <translation>Книга повреждена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Barter Ledger will not work in a damaged book. Verify… reads it without changing anything and tells you what is damaged and whether the journal still holds.</source>
        <translation>Barter Ledger не работает с повреждённой книгой. «Проверить…» читает её, ничего не меняя, и сообщает, что повреждено и цел ли журнал.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify…</source>
        <translation>Проверить…</translation>
    </message>
</context>
<context>
    <name>barter::ui::AuditPage</name>
    <message>
        <location filename="../../ui/widgets/audit_page.cpp" line="+36"/>
        <source>any user</source>
        <translation>любой пользователь</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any action</source>
        <translation>любое действие</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify book</source>
        <translation>Про&amp;верить книгу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recompute the hash chain and the stored sums, and check the file</source>
        <translation>Пересчитать хеш-цепочку и сохранённые суммы и проверить файл</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Id</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The newest %1 events; narrow the filters to see older ones</source>
        <translation>Новейшие %1 событий; сузьте фильтры, чтобы увидеть более ранние</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Verifying the book…</source>
        <translation>Проверка книги…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n exchange(s), chain intact, head %1</source>
        <translation>
            <numerusform>%n операция, цепочка цела, вершина %1</numerusform>
            <numerusform>%n операции, цепочка цела, вершина %1</numerusform>
            <numerusform>%n операций, цепочка цела, вершина %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification FAILED at exchange %1: %2</source>
        <translation>Проверка НЕ ПРОЙДЕНА на операции %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification FAILED: %1</source>
        <translation>Проверка НЕ ПРОЙДЕНА: %1</translation>
    </message>
</context>
<context>
    <name>barter::ui::BalanceChart</name>
    <message>
        <location filename="../../ui/charts/balance_chart.cpp" line="+43"/>
        <source> (%1 % of the swing limit)</source>
        <translation> (%1 % лимита свинга)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clearing balance of %1 (positive: %2 owes %3)</source>
        <translation>Клиринговое сальдо %1 (плюс: %2 должен %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>balance, %1</source>
        <translation>сальдо, %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>swing limit (±%1)</source>
        <translation>лимит свинга (±%1)</translation>
    </message>
</context>
<context>
    <name>barter::ui::BookTask</name>
    <message>
        <location filename="../../ui/workers/book_task.cpp" line="-8"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>barter::ui::ConnectDialog</name>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="+26"/>
        <source>verify-full: encrypted, to the server its certificate names (suggested)</source>
        <translation>verify-full: шифрование, к серверу, указанному в его сертификате (рекомендуется)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>verify-ca: encrypted, to a server our authority certified</source>
        <translation>verify-ca: шифрование, к серверу, заверенному нашим центром сертификации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>require: encrypted, to any server</source>
        <translation>require: шифрование, к любому серверу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prefer: encrypted if the server can</source>
        <translation>prefer: шифрование, если сервер его поддерживает</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allow: unencrypted unless the server insists</source>
        <translation>allow: без шифрования, если сервер не требует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disable: never encrypted (a local socket)</source>
        <translation>disable: без шифрования (локальный сокет)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect to a server book</source>
        <translation>Подключение к книге на сервере</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A book on a PostgreSQL server, shared by every desk of the house. Your administrator gives you its address and your user name; the password is asked next.</source>
        <translation>Книга на сервере PostgreSQL, общая для всех рабочих мест торгового дома. Адрес и имя пользователя даёт администратор; пароль будет запрошен следующим шагом.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Host:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>db.example.org, or a socket folder</source>
        <translation>db.example.org или папка сокета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the book&apos;s database</source>
        <translation>база данных книги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your user name</source>
        <translation>ваше имя пользователя</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Шифрование (TLS):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Подключиться…</translation>
    </message>
</context>
<context>
    <name>barter::ui::DashboardPage</name>
    <message>
        <location filename="../../ui/widgets/dashboard_page.cpp" line="+18"/>
        <source>&amp;As of:</source>
        <translation>&amp;На дату:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No agreements yet. A manager adds one under Master data → Agreements; its balance and swing use then appear here.</source>
        <translation>Соглашений пока нет. Менеджер добавляет их в разделе Справочники → Соглашения; здесь появятся их сальдо и использование свинга.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>by week</source>
        <translation>по неделям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by month</source>
        <translation>по месяцам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by quarter</source>
        <translation>по кварталам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by year</source>
        <translation>по годам</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>Save chart as PNG…</source>
        <translation>Сохранить график в PNG…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Charts of:</source>
        <translation>Графики:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settlement proposal…</source>
        <translation>Предложение по погашению…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Shipper</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the shipper&apos;s value</source>
        <translation>Доля в поставках отправителя</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Balance over time</source>
        <translation>Динамика сальдо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnover by good</source>
        <translation>Оборот по товарам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top goods each way</source>
        <translation>Основные товары в каждую сторону</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save table as CSV…</source>
        <translation>Сохранить таблицу в CSV…</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Save table</source>
        <translation>Сохранить таблицу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save chart</source>
        <translation>Сохранить график</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>barter::ui::DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.cpp" line="+25"/>
        <source>any</source>
        <translation>любая</translation>
    </message>
</context>
<context>
    <name>barter::ui::ExchangeDialog</name>
    <message>
        <location filename="../../ui/dialogs/exchange_dialog.cpp" line="+43"/>
        <source>New exchange</source>
        <translation>Новая проводка</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Соглашение:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. the waybill or contract number</source>
        <translation>например, номер накладной или контракта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Номер документа:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Memo:</source>
        <translation>Приме&amp;чание:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>needed when a line&apos;s price differs from the price list</source>
        <translation>нужна, если цена строки отличается от прейскуранта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price &amp;override reason:</source>
        <translation>Причина изменения &amp;цены:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only to post past the swing limit</source>
        <translation>только для проведения сверх лимита свинга</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;wing override reason:</source>
        <translation>Обоснование пре&amp;вышения свинга:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only to post past a strict protocol</source>
        <translation>только чтобы провести сверх строгого протокола</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;rotocol override reason:</source>
        <translation>Причина отступления от п&amp;ротокола:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If posted</source>
        <translation>После проведения</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Submit for approval</source>
        <translation>Отправить на утверждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>Провести</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delivery &amp;lines — type into the row marked * to add one; the unit and the price in force fill in</source>
        <translation>Строки &amp;поставки — новая строка вводится в строке со знаком *; единица и действующая цена подставляются сами</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>There is no agreement yet; a manager adds one under Master data → Agreements.</source>
        <translation>Соглашений пока нет; менеджер добавляет их в разделе Справочники → Соглашения.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 ships %2   ·   %3 ships %4</source>
        <translation>%1 поставляет на %2   ·   %3 поставляет на %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Balance after posting: %1   (now: %2)</source>
        <translation>Сальдо после проведения: %1   (сейчас: %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1% of the swing limit of %2</source>
        <translation>%1 % лимита свинга %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>swing limit %1</source>
        <translation>лимит свинга %1</translation>
    </message>
</context>
<context>
    <name>barter::ui::ExportPdfDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_pdf_dialog.cpp" line="+26"/>
        <source>Export statement as PDF</source>
        <translation>Выписка в PDF</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Соглашение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as:</source>
        <translation>Сохранить &amp;как:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the statement</source>
        <translation>Сохранить выписку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Drawing the statement…</source>
        <translation>Формирование выписки…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved %1: %n page(s), %2 line(s); SHA-256 of the statement as CSV %3.</source>
        <translation>
            <numerusform>Сохранено %1: %n страница, строк: %2; SHA-256 выписки в CSV %3.</numerusform>
            <numerusform>Сохранено %1: %n страницы, строк: %2; SHA-256 выписки в CSV %3.</numerusform>
            <numerusform>Сохранено %1: %n страниц, строк: %2; SHA-256 выписки в CSV %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barter::ui::FormDialog</name>
    <message>
        <location filename="../../ui/dialogs/form_dialog.cpp" line="+55"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>barter::ui::FulfilmentModel</name>
    <message>
        <location filename="../../ui/widgets/protocols_page.cpp" line="+105"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delivered against planned; the dark mark is where it should be by the date (expected %1)</source>
        <translation>Поставлено против плана; тёмная отметка — где следовало быть к дате (ожидалось %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shipper</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <translation>По плану</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Поставлено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fulfilled</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected by now</source>
        <translation>Ожидалось к дате</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remaining</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pace</source>
        <translation>Темп</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value delivered</source>
        <translation>Стоимость поставленного</translation>
    </message>
</context>
<context>
    <name>barter::ui::ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_dialog.cpp" line="+38"/>
        <location line="+96"/>
        <source>Import from CSV</source>
        <translation>Импорт из CSV</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Deliveries</source>
        <translation>Поставки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goods</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices</source>
        <translation>Цены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What:</source>
        <translation>&amp;Что:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Соглашение:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 2025; the same name again makes a new version</source>
        <translation>напр. 2025; то же имя снова создаёт новую версию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol &amp;name:</source>
        <translation>&amp;Имя протокола:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>through</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Period from:</source>
        <translation>&amp;Период с:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Strict: refuse a line past the plan unless a manager gives a reason</source>
        <translation>&amp;Строгий: отклонять строку сверх плана, если менеджер не укажет причину</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Copy errors</source>
        <translation>Копировать ошибки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Columns: date, reference, shipper, good, quantity, and optionally unit_price, value, memo. Rows with one reference form one exchange. The whole file is one transaction.</source>
        <translation>Столбцы: date, reference, shipper, good, quantity и необязательные unit_price, value, memo. Строки с одним reference образуют одну проводку. Весь файл — одна транзакция.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns: code, name, hs_code, unit, and optionally decimals.</source>
        <translation>Столбцы: code, name, hs_code, unit и необязательный decimals.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns: good, effective_from, unit_price (for the agreement).</source>
        <translation>Столбцы: good, effective_from, unit_price (для соглашения).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns: shipper, good, planned_quantity, and optionally planned_value: the goods each side undertakes to ship in the period, in the good&apos;s unit (values in the unit of account).</source>
        <translation>Столбцы: shipper, good, planned_quantity и, по желанию, planned_value: товары, которые каждая сторона обязуется поставить за период, в единице товара (стоимость — в расчётной единице).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a file (Browse…) to see its first rows before importing.</source>
        <translation>Выберите файл (Обзор…), чтобы увидеть его первые строки до импорта.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The first %1 rows; the import reads them all.</source>
        <translation>Показаны первые строки (%1); импорт прочитает все.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n строка.</numerusform>
            <numerusform>%n строки.</numerusform>
            <numerusform>%n строк.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>barter::ui::ImportWorker</name>
    <message>
        <location filename="../../ui/workers/import_worker.cpp" line="+28"/>
        <source>Imported %1 exchanges with %2 lines from %3 rows.</source>
        <translation>Импортировано проводок: %1, строк поставки: %2 (строк файла: %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported %1 goods from %2 rows.</source>
        <translation>Импортировано товаров: %1 (строк файла: %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1 prices from %2 rows.</source>
        <translation>Импортировано цен: %1 (строк файла: %2).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported protocol %1 version %2 of %3: %n line(s), %4..%5.</source>
        <translation>
            <numerusform>Импортирован протокол %1 версии %2 соглашения %3: %n строка, %4..%5.</numerusform>
            <numerusform>Импортирован протокол %1 версии %2 соглашения %3: %n строки, %4..%5.</numerusform>
            <numerusform>Импортирован протокол %1 версии %2 соглашения %3: %n строк, %4..%5.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled; the book is unchanged.</source>
        <translation>Отменено; книга не изменена.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Nothing was imported: %n row(s) have problems.</source>
        <translation>
            <numerusform>Ничего не импортировано: ошибки в %n строке.</numerusform>
            <numerusform>Ничего не импортировано: ошибки в %n строках.</numerusform>
            <numerusform>Ничего не импортировано: ошибки в %n строках.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barter::ui::JournalPage</name>
    <message>
        <location filename="../../ui/widgets/journal_page.cpp" line="+42"/>
        <source>reference contains…</source>
        <translation>№ документа содержит…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;greement:</source>
        <translation>Со&amp;глашение:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;hipper:</source>
        <translation>&amp;Отправитель:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>G&amp;ood:</source>
        <translation>&amp;Товар:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Reverse exchange %1…</source>
        <translation>Сторнировать проводку %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Correct the filter to see the journal.</source>
        <translation>Исправьте фильтр, чтобы увидеть журнал.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n line(s) match the filter</source>
        <translation>
            <numerusform>Фильтру соответствует %n строка</numerusform>
            <numerusform>Фильтру соответствуют %n строки</numerusform>
            <numerusform>Фильтру соответствуют %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n delivery line(s) in the journal</source>
        <translation>
            <numerusform>В журнале %n строка поставки</numerusform>
            <numerusform>В журнале %n строки поставки</numerusform>
            <numerusform>В журнале %n строк поставки</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No lines match the filter. Clear a filter to see more.</source>
        <translation>Ни одна строка не соответствует фильтру. Сбросьте фильтр, чтобы увидеть больше.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No exchanges yet.
Enter the first one with Exchange → New exchange (Ctrl+N), or import deliveries from a CSV file (Exchange → Import).</source>
        <translation>Проводок пока нет.
Введите первую (Проводки → Новая проводка, Ctrl+N) или импортируйте поставки из файла CSV (Проводки → Импорт из CSV).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No exchanges yet. Clerks and managers enter them.</source>
        <translation>Проводок пока нет. Их вводят операционисты и менеджеры.</translation>
    </message>
</context>
<context>
    <name>barter::ui::JournalTableModel</name>
    <message>
        <location filename="../../ui/models/journal_table_model.cpp" line="+189"/>
        <source>posted</source>
        <translation>проведена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reversed by %1</source>
        <translation>сторнирована проводкой %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reversal of %1</source>
        <translation>сторно проводки %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Clearing balance of %1 after this line</source>
        <translation>Клиринговое сальдо %1 после этой строки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a closed period: %1 is closed through %2; nothing dated on or before it can be entered or reversed</source>
        <translation>В закрытом периоде: соглашение %1 закрыто по %2; ничего с датой по эту дату включительно нельзя ввести или сторнировать</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Seq</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>№ документа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipper → receiver</source>
        <translation>Отправитель → получатель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Сальдо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>barter::ui::LinesDelegate</name>
    <message>
        <location filename="../../ui/delegates/lines_delegate.cpp" line="+45"/>
        <source>from list</source>
        <translation>по прейскуранту</translation>
    </message>
</context>
<context>
    <name>barter::ui::LinesTableModel</name>
    <message>
        <location filename="../../ui/models/lines_table_model.cpp" line="+50"/>
        <source>not in protocol %1</source>
        <translation>нет в протоколе %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left of %2 (%3)</source>
        <translation>осталось %1 из %2 (%3)</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>From the price list; type a price to override it (a reason is asked)</source>
        <translation>Из прейскуранта; введите цену, чтобы изменить её (будет запрошена причина)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the protocols in force on the date leave of this good for this shipper, before this line</source>
        <translation>Сколько этого товара от этого поставщика оставляют действующие на дату протоколы, до этой строки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No good with this code</source>
        <translation>Нет товара с таким кодом</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Shipper</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screening</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
</context>
<context>
    <name>barter::ui::LockScreen</name>
    <message>
        <location filename="../../ui/widgets/idle_lock.cpp" line="+65"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close the book</source>
        <translation>Закрыть книгу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>&lt;b&gt;%1 is locked.&lt;/b&gt;&lt;br&gt;Nobody used Barter Ledger for %n minute(s). Enter the password of &lt;b&gt;%2&lt;/b&gt; to go on, or close the book.</source>
        <translation>
            <numerusform>&lt;b&gt;%1 заблокирована.&lt;/b&gt;&lt;br&gt;Barter Ledger не использовался %n минуту. Введите пароль пользователя &lt;b&gt;%2&lt;/b&gt;, чтобы продолжить, или закройте книгу.</numerusform>
            <numerusform>&lt;b&gt;%1 заблокирована.&lt;/b&gt;&lt;br&gt;Barter Ledger не использовался %n минуты. Введите пароль пользователя &lt;b&gt;%2&lt;/b&gt;, чтобы продолжить, или закройте книгу.</numerusform>
            <numerusform>&lt;b&gt;%1 заблокирована.&lt;/b&gt;&lt;br&gt;Barter Ledger не использовался %n минут. Введите пароль пользователя &lt;b&gt;%2&lt;/b&gt;, чтобы продолжить, или закройте книгу.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1 is locked.&lt;/b&gt;&lt;br&gt;Enter the password of &lt;b&gt;%2&lt;/b&gt; to go on, or close the book.</source>
        <translation>&lt;b&gt;%1 заблокирована.&lt;/b&gt;&lt;br&gt;Введите пароль пользователя &lt;b&gt;%2&lt;/b&gt;, чтобы продолжить, или закройте книгу.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrong password, or the account is now locked (then an admin must unlock it; close the book).</source>
        <translation>Неверный пароль, или учётная запись теперь заблокирована (тогда её должен разблокировать администратор; закройте книгу).</translation>
    </message>
</context>
<context>
    <name>barter::ui::LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login_dialog.cpp" line="+22"/>
        <source>Log in — %1</source>
        <translation>Вход — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in to &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Вход в &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Login failed: the user name or the password is wrong, or the account is locked.</source>
        <translation>Вход не выполнен: неверное имя пользователя или пароль, либо учётная запись заблокирована.</translation>
    </message>
</context>
<context>
    <name>barter::ui::MainWindow</name>
    <message>
        <location filename="../../ui/widgets/main_window.cpp" line="+64"/>
        <source>The new language takes effect when Barter Ledger starts again.</source>
        <translation>Новый язык будет применён при следующем запуске Barter Ledger.</translation>
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
        <translation>Соединение с сервером восстановлено; всё показанное прочитано заново.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;New exchange…</source>
        <translation>&amp;Новая проводка…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Импорт из CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export statement as &amp;PDF…</source>
        <translation>Выписка в &amp;PDF…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Reverse…</source>
        <translation>&amp;Сторнировать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries need &amp;approval</source>
        <translation>Проводки требуют &amp;утверждения</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clerks&apos; exchanges now wait for a manager&apos;s approval</source>
        <translation>Проводки операционистов теперь ждут утверждения менеджером</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clerks&apos; exchanges now post directly</source>
        <translation>Проводки операционистов теперь проводятся сразу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Заблокировать сейчас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock after &amp;idle time…</source>
        <translation>Блокировка при &amp;бездействии…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close book</source>
        <translation>&amp;Закрыть книгу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Сводка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Journal</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pending</source>
        <translation>На &amp;утверждении</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;conciliation</source>
        <translation>С&amp;верка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Master data</source>
        <translation>Сп&amp;равочники</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Audit</source>
        <translation>&amp;Аудит</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro&amp;tocols</source>
        <translation>Про&amp;токолы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Book</source>
        <translation>&amp;Книга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New book…</source>
        <translation>&amp;Новая книга…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to a &amp;server book…</source>
        <translation>Подключиться к книге на &amp;сервере…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;demo book</source>
        <translation>Открыть &amp;демо-книгу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change my &amp;password…</source>
        <translation>Сменить &amp;пароль…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your password was changed.</source>
        <translation>Пароль изменён.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Exchange</source>
        <translation>&amp;Проводки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Barter Ledger…</source>
        <translation>&amp;О программе Barter Ledger…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;System language (%1)</source>
        <translation>&amp;Язык системы (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Try &amp;again now</source>
        <translation>Повторить &amp;сейчас</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+51"/>
        <source>Pending</source>
        <translation>На утверждении</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Reconciliation</source>
        <translation>Сверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Master data</source>
        <translation>Справочники</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protocols</source>
        <translation>Протоколы</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Pending (%1)</source>
        <translation>На утверждении (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — Barter Ledger</source>
        <translation>%1 — Barter Ledger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book: %1 (read-only: nothing can be changed)</source>
        <translation>Книга: %1 (только чтение: изменить ничего нельзя)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book: %1</source>
        <translation>Книга: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: %1 (%2)</source>
        <translation>Пользователь: %1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>● Server: connected</source>
        <translation>● Сервер: подключено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>● Server: connection lost — trying again in %1 s</source>
        <translation>● Сервер: соединение потеряно — новая попытка через %1 с</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● Server: reconnecting…</source>
        <translation>● Сервер: переподключение…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● Server: your login is no longer accepted</source>
        <translation>● Сервер: ваш вход больше не принимается</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reconnecting…</source>
        <translation>Переподключение…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>Новая попытка через %n секунду.</numerusform>
            <numerusform>Новая попытка через %n секунды.</numerusform>
            <numerusform>Новая попытка через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;The connection to the server was lost at %1.&lt;/b&gt; Nothing can be changed until it is back; an entry you are typing is kept, to be posted once it is. %2</source>
        <translation>&lt;b&gt;Соединение с сервером потеряно в %1.&lt;/b&gt; Пока его нет, ничего изменить нельзя; вводимая запись сохранится, и её можно будет провести, когда соединение вернётся. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;The server no longer lets you in&lt;/b&gt; (%1). Close the book and log in again, or ask your administrator.</source>
        <translation>&lt;b&gt;Сервер больше не пускает вас&lt;/b&gt; (%1). Закройте книгу и войдите снова или обратитесь к администратору.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Lock after idle time</source>
        <translation>Блокировка при бездействии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes without use after which Barter Ledger locks itself and asks for the password again (0 = never). This applies to everyone who opens this book:</source>
        <translation>Через сколько минут бездействия Barter Ledger блокируется и снова спрашивает пароль (0 — никогда). Действует для всех, кто открывает эту книгу:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Barter Ledger no longer locks itself when idle</source>
        <translation>Barter Ledger больше не блокируется при бездействии</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Barter Ledger locks itself after %n minute(s) without use</source>
        <translation>
            <numerusform>Barter Ledger блокируется после %n минуты бездействия</numerusform>
            <numerusform>Barter Ledger блокируется после %n минут бездействия</numerusform>
            <numerusform>Barter Ledger блокируется после %n минут бездействия</numerusform>
        </translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Posted exchange %1 (%2)</source>
        <translation>Проведена проводка %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved as pending entry %1; it is posted when a manager approves it</source>
        <translation>Сохранено как запись %1, ожидающая утверждения; она будет проведена, когда её утвердит менеджер</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exchange %1 reversed by exchange %2</source>
        <translation>Проводка %1 сторнирована проводкой %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window_books.cpp" line="-17"/>
        <source>Open book</source>
        <translation>Открыть книгу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barter Ledger books (*.barter);;All files (*)</source>
        <translation>Книги Barter Ledger (*.barter);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/main_window.cpp" line="+26"/>
        <source>About Barter Ledger</source>
        <translation>О программе Barter Ledger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Barter Ledger %1&lt;/h3&gt;&lt;p&gt;A ledger for bilateral barter (clearing) trade.&lt;/p&gt;&lt;p&gt;Revision: %2&lt;br&gt;Qt %3&lt;br&gt;SQLite %4&lt;br&gt;libsodium %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Barter Ledger %1&lt;/h3&gt;&lt;p&gt;Учёт двусторонней бартерной (клиринговой) торговли.&lt;/p&gt;&lt;p&gt;Ревизия: %2&lt;br&gt;Qt %3&lt;br&gt;SQLite %4&lt;br&gt;libsodium %5&lt;/p&gt;</translation>
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
        <translation>Код</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Native name</source>
        <translation>Национальное наименование</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add party…</source>
        <translation>Добавить сторону…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No parties yet. Add the two parties of an agreement (Add party…).</source>
        <translation>Сторон пока нет. Добавьте обе стороны соглашения (Добавить сторону…).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No parties yet; a manager adds them.</source>
        <translation>Сторон пока нет; их добавляет менеджер.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Decimals</source>
        <translation>Разрядность</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add unit…</source>
        <translation>Добавить единицу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No units of account yet.</source>
        <translation>Расчётных единиц пока нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units of account</source>
        <translation>Расчётные единицы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HS code</source>
        <translation>Код ТН ВЭД</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Add good…</source>
        <translation>Добавить товар…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No goods yet. Add them (Add good…), or import a list (Exchange → Import from CSV).</source>
        <translation>Товаров пока нет. Добавьте их (Добавить товар…) или импортируйте список (Проводки → Импорт из CSV).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No goods yet; a manager adds them.</source>
        <translation>Товаров пока нет; их добавляет менеджер.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Party A</source>
        <translation>Сторона A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party B</source>
        <translation>Сторона B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swing limit</source>
        <translation>Лимит свинга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn at %</source>
        <translation>Предупреждение, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid to</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add agreement…</source>
        <translation>Добавить соглашение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No agreements yet. An agreement needs its two parties and a unit of account first.</source>
        <translation>Соглашений пока нет. Сначала нужны обе стороны соглашения и расчётная единица.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No agreements yet; a manager adds them.</source>
        <translation>Соглашений пока нет; их добавляет менеджер.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effective from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set price…</source>
        <translation>Задать цену…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prices in this agreement yet. Each good needs a price from the date its deliveries start.</source>
        <translation>В этом соглашении пока нет цен. Каждому товару нужна цена с даты начала его поставок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prices</source>
        <translation>Прейскурант</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <comment>of a user</comment>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add user…</source>
        <translation>Добавить пользователя…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agreement:</source>
        <translation>Соглашение:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>in force today</source>
        <translation>действует сегодня</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add party</source>
        <translation>Добавить сторону</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location line="+15"/>
        <location line="+27"/>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>e.g. RU-PRIMORYE</source>
        <translation>например, RU-PRIMORYE</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location line="+15"/>
        <source>&amp;Name:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Na&amp;tive name:</source>
        <translation>Нац&amp;иональное наименование:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in the party&apos;s own language</source>
        <translation>на языке самой стороны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ISO 3166-1 alpha-2, e.g. KP</source>
        <translation>ISO 3166-1 alpha-2, например KP</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add unit of account</source>
        <translation>Добавить расчётную единицу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. CU</source>
        <translation>например, CU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Decimals:</source>
        <translation>&amp;Разрядность:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add good</source>
        <translation>Добавить товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. WHEAT</source>
        <translation>например, WHEAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;HS code:</source>
        <translation>Код &amp;ТН ВЭД:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 to 10 digits, e.g. 100199</source>
        <translation>от 2 до 10 цифр, например 100199</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unit of measure:</source>
        <translation>&amp;Единица измерения:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quantity &amp;decimals:</source>
        <translation>&amp;Разрядность количества:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add agreement</source>
        <translation>Добавить соглашение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Party &amp;A:</source>
        <translation>Сторона &amp;A:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party &amp;B:</source>
        <translation>Сторона &amp;B:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unit of account:</source>
        <translation>Расчётная &amp;единица:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Swing limit:</source>
        <translation>&amp;Лимит свинга:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>empty: no limit</source>
        <translation>пусто: без лимита</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Warn at % of the swing:</source>
        <translation>Предупре&amp;ждать при % свинга:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid &amp;from:</source>
        <translation>Действует &amp;с:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>YYYY-MM-DD, empty: open</source>
        <translation>ГГГГ-ММ-ДД, пусто: без ограничения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid &amp;to:</source>
        <translation>Действует &amp;по:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Set price in %1</source>
        <translation>Цена в соглашении %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Good:</source>
        <translation>&amp;Товар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit &amp;price:</source>
        <translation>&amp;Цена за единицу:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Effective from:</source>
        <translation>&amp;Действует с:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add user</source>
        <translation>Добавить пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <comment>of a user</comment>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
</context>
<context>
    <name>barter::ui::NewBookWizard</name>
    <message>
        <location filename="../../ui/dialogs/new_book_wizard.cpp" line="+31"/>
        <location line="+13"/>
        <source>New book</source>
        <translation>Новая книга</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Where to keep the book</source>
        <translation>Где хранить книгу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One file holds everything: master data, the journal and its audit trail. Back it up like any important document.</source>
        <translation>Всё хранится в одном файле: справочники, журнал и журнал аудита. Делайте его резервные копии, как любого важного документа.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Barter Ledger books (*.barter)</source>
        <translation>Книги Barter Ledger (*.barter)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Book &amp;file:</source>
        <translation>&amp;Файл книги:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The administrator adds users and sets the book&apos;s rules. Managers, clerks and auditors are added afterwards.</source>
        <translation>Администратор добавляет пользователей и задаёт правила книги. Менеджеров, операционистов и аудиторов добавляют позже.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>П&amp;овтор пароля:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The unit of account</source>
        <translation>Расчётная единица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every delivery is valued in a unit of account, such as a clearing rouble or a transferable unit. More can be added later.</source>
        <translation>Каждая поставка оценивается в расчётной единице, например в клиринговом рубле или переводной единице. Другие можно добавить позже.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clearing unit</source>
        <translation>Клиринговая единица</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <comment>of the unit of account</comment>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decimal places:</source>
        <translation>&amp;Знаков после запятой:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create book</source>
        <translation>Создать книгу</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose where to keep the book.</source>
        <translation>Выберите, где хранить книгу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists; a new book never replaces a file.</source>
        <translation>%1 уже существует; новая книга никогда не заменяет файл.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 cannot be written to.</source>
        <translation>В папку %1 нельзя записывать.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>password: %1</source>
        <translation>пароль: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The administrator&apos;s page needs a correction (Back).</source>
        <translation>На странице администратора нужно исправление (Назад).</translation>
    </message>
</context>
<context>
    <name>barter::ui::PasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/password_dialog.cpp" line="+20"/>
        <source>Change my password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторите:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The two new passwords differ.</source>
        <translation>Новые пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>barter::ui::PendingPage</name>
    <message>
        <location filename="../../ui/widgets/pending_page.cpp" line="+35"/>
        <source>waiting for approval</source>
        <translation>ожидающие утверждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>утверждённые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>отклонённые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Id</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>№ документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Строк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by</source>
        <translation>Ввёл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered at</source>
        <translation>Время ввода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>Рассмотрел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason / memo</source>
        <translation>Причина / примечание</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>If approved now, it posts:</source>
        <translation>При утверждении сейчас будет проведено:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipper</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>only to approve past the swing limit</source>
        <translation>только для утверждения сверх лимита свинга</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only to approve past a strict protocol</source>
        <translation>только чтобы утвердить сверх строгого протокола</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>why it is rejected; kept with the entry (Show: rejected)</source>
        <translation>почему отклонено; сохраняется с записью (Показать: отклонённые)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;wing override reason:</source>
        <translation>Обоснование пре&amp;вышения свинга:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rotocol override reason:</source>
        <translation>Причина отступления от п&amp;ротокола:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;jection reason:</source>
        <translation>Прич&amp;ина отклонения:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Approve and post</source>
        <translation>&amp;Утвердить и провести</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reject</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Entries need approval: a clerk&apos;s exchange waits here until a manager other than its maker approves or rejects it.</source>
        <translation>Проводки требуют утверждения: проводка операциониста ждёт здесь, пока её не утвердит или отклонит менеджер, не являющийся её автором.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries do not need approval in this book (an administrator can turn it on in the Book menu).</source>
        <translation>В этой книге проводки не требуют утверждения (администратор может включить это в меню «Книга»).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>posted as %1</source>
        <translation>проведена как %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <comment>the status of one entry</comment>
        <translation>отклонена</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing is waiting for approval.</source>
        <translation>Утверждения ничего не ожидает.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No entries to show.</source>
        <translation>Нет записей для показа.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>You entered it; another manager must decide</source>
        <translation>Вы ввели эту запись; решение принимает другой менеджер</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Balance of %1 after approval: %2</source>
        <translation>Сальдо %1 после утверждения: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pending entry %1 approved and posted as exchange %2.</source>
        <translation>Запись %1 утверждена и проведена как проводка %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pending entry %1 was not approved: %2</source>
        <translation>Ожидающая запись %1 не утверждена: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pending entry %1 rejected.</source>
        <translation>Запись %1 отклонена.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pending entry %1 was not rejected: %2</source>
        <translation>Ожидающая запись %1 не отклонена: %2</translation>
    </message>
</context>
<context>
    <name>barter::ui::ProtocolsPage</name>
    <message>
        <location filename="../../ui/widgets/protocols_page.cpp" line="-124"/>
        <source>behind</source>
        <translation>отстаёт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ahead</source>
        <translation>опережает</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on track</source>
        <translation>по плану</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 protocol: %2, %n good(s) behind</source>
        <translation>
            <numerusform>Протокол %1: %2, отстаёт %n товар</numerusform>
            <numerusform>Протокол %1: %2, отстают %n товара</numerusform>
            <numerusform>Протокол %1: %2, отстают %n товаров</numerusform>
        </translation>
    </message>
    <message>
        <location line="+132"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Соглашение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;At:</source>
        <translation>&amp;На дату:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Shipper:</source>
        <translation>&amp;Поставщик:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import protocol…</source>
        <translation>&amp;Импорт протокола…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CSV of shipper, good, planned_quantity[, planned_value]; the same name again makes a new version</source>
        <translation>CSV со столбцами shipper, good, planned_quantity[, planned_value]; то же имя снова создаёт новую версию</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report&apos;s language, or two side by side</source>
        <translation>Язык отчёта или два языка рядом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>both</source>
        <translation>обе стороны</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>There is no agreement yet; a manager adds one under Master data.</source>
        <translation>Соглашений ещё нет; менеджер добавляет их в разделе «Справочники».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Protocol %1, version %2%3: %4 through %5</source>
        <translation>Протокол %1, версия %2%3: с %4 по %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (strict)</source>
        <translation> (строгий)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No protocol of %1 is in force on %2. Import one: Import protocol…</source>
        <translation>На %2 у %1 нет действующего протокола. Импортируйте его: Импорт протокола…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No protocol of %1 is in force on %2; a manager imports one.</source>
        <translation>На %2 у %1 нет действующего протокола; его импортирует менеджер.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+23"/>
        <source>Export the protocol fulfilment</source>
        <translation>Экспорт выполнения протокола</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting the protocol fulfilment…</source>
        <translation>Экспорт выполнения протокола…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported to %1: %n page(s).</source>
        <translation>
            <numerusform>Экспортировано в %1: %n страница.</numerusform>
            <numerusform>Экспортировано в %1: %n страницы.</numerusform>
            <numerusform>Экспортировано в %1: %n страниц.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barter::ui::ReconciliationPage</name>
    <message>
        <location filename="../../ui/widgets/reconciliation_page.cpp" line="+43"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;greement:</source>
        <translation>Со&amp;глашение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Through:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date &amp;tolerance:</source>
        <translation>&amp;Допуск по дате:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>their statement: date,reference,shipper,good,quantity[,unit_price][,value]</source>
        <translation>их выписка: date,reference,shipper,good,quantity[,unit_price][,value]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reconcile</source>
        <translation>Св&amp;ерить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Statement:</source>
        <translation>&amp;Выписка:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sa&amp;ved:</source>
        <translation>Со&amp;хранённые:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Load the other side&apos;s statement of the agreement, set the period and reconcile; or open a saved reconciliation.</source>
        <translation>Загрузите выписку другой стороны по соглашению, задайте период и выполните сверку — или откройте сохранённую сверку.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>all items</source>
        <translation>все позиции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>differing items</source>
        <translation>расходящиеся позиции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unresolved items</source>
        <translation>неурегулированные позиции</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;how:</source>
        <translation>По&amp;казать:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Item</source>
        <translation>Поз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>№ документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipper</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our date</source>
        <translation>Наша дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our quantity</source>
        <translation>Наше кол-во</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our value</source>
        <translation>Наша сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their date</source>
        <translation>Их дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their quantity</source>
        <translation>Их кол-во</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their value</source>
        <translation>Их сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Урегулирование</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Post &amp;correction…</source>
        <translation>Провести &amp;исправление…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the delivery our book lacks, prefilled from their figures</source>
        <translation>Ввести поставку, которой нет в нашей книге, с их данными</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;verse ours…</source>
        <translation>Сторнировать &amp;нашу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note…</source>
        <translation>При&amp;мечание…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain the item, e.g. that the other side will correct theirs</source>
        <translation>Пояснить позицию, например: другая сторона исправит у себя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;act…</source>
        <translation>&amp;Акт сверки в PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The act of reconciliation as a PDF in two languages, to sign</source>
        <translation>Акт сверки в PDF на двух языках для подписания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose period…</source>
        <translation>&amp;Закрыть период…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Items</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+146"/>
        <source>Their statement</source>
        <translation>Их выписка</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Their codes that differ from ours: kind (party or good), their code, our code.</source>
        <translation>Их коды, отличающиеся от наших: вид (party — сторона, good — товар), их код, наш код.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their code</source>
        <translation>Их код</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Our code</source>
        <translation>Наш код</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find &amp;unknown codes</source>
        <translation>На&amp;йти неизвестные коды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add row</source>
        <translation>Доб&amp;авить строку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve row</source>
        <translation>&amp;Удалить строку</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mapping</source>
        <translation>Сопоставление кодов</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export act</source>
        <translation>Акт сверки в PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the act</source>
        <translation>Сохранить акт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>(choose one)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No. %1 through %2 — %3</source>
        <translation>№ %1 по %2 — %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No reconciliation of %1 yet. Load the other side&apos;s statement, set the period and reconcile.</source>
        <translation>Сверок по %1 пока нет. Загрузите выписку другой стороны, задайте период и выполните сверку.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Their statement uses %n code(s) this book does not know; give our code for each under Mapping.</source>
        <translation>
            <numerusform>В их выписке %n код, неизвестный этой книге; укажите для него наш код на вкладке «Сопоставление кодов».</numerusform>
            <numerusform>В их выписке %n кода, неизвестных этой книге; укажите для каждого наш код на вкладке «Сопоставление кодов».</numerusform>
            <numerusform>В их выписке %n кодов, неизвестных этой книге; укажите для каждого наш код на вкладке «Сопоставление кодов».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>mapping row</source>
        <translation>строка сопоставления</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>choose the last day of the period</source>
        <translation>выберите последний день периода</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n line(s) of their statement are dated outside the period and were left out.</source>
        <translation>
            <numerusform>%n строка их выписки датирована вне периода и не учтена.</numerusform>
            <numerusform>%n строки их выписки датированы вне периода и не учтены.</numerusform>
            <numerusform>%n строк их выписки датированы вне периода и не учтены.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 %2</source>
        <comment>a count and its category: 3 matched</comment>
        <translation>%2: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Reconciliation %1&lt;/b&gt; of %2, %3 through %4 — their statement %5 (SHA-256 %6…)&lt;br&gt;Ours: &lt;b&gt;%7&lt;/b&gt; · theirs: &lt;b&gt;%8&lt;/b&gt; · difference &lt;b style=&apos;color:%9&apos;&gt;%10&lt;/b&gt;, explained by the items: %11&lt;br&gt;%12 items: %13 · %14 unresolved</source>
        <translation>&lt;b&gt;Сверка %1&lt;/b&gt; по %2, с %3 по %4 — их выписка %5 (SHA-256 %6…)&lt;br&gt;У нас: &lt;b&gt;%7&lt;/b&gt; · у них: &lt;b&gt;%8&lt;/b&gt; · разница &lt;b style=&apos;color:%9&apos;&gt;%10&lt;/b&gt;, по позициям: %11&lt;br&gt;Позиций: %12 (%13) · не урегулировано: %14</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the beginning</source>
        <translation>начала</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>by %1 at %2</source>
        <translation>Урегулировано: %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reconciliation_actions.cpp" line="+66"/>
        <source>Explain item %1</source>
        <translation>Пояснение к позиции %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How is item %1 (%2, %3) explained?</source>
        <translation>Чем объясняется позиция %1 (%2, %3)?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other side will correct theirs</source>
        <translation>Другая сторона исправит у себя</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Close %1 through %2 at an agreed balance of %3?

%n exchange(s) dated from %4 to %2 are locked for good: nothing dated on or before %2 can be entered, imported, approved or reversed afterwards. Corrections go after it.</source>
        <translation>
            <numerusform>Закрыть %1 по %2 с согласованным сальдо %3?

%n проводка с датами с %4 по %2 блокируется навсегда: после этого ничего с датой по %2 включительно нельзя ввести, импортировать, утвердить или сторнировать. Исправления вносятся более поздней датой.</numerusform>
            <numerusform>Закрыть %1 по %2 с согласованным сальдо %3?

%n проводки с датами с %4 по %2 блокируются навсегда: после этого ничего с датой по %2 включительно нельзя ввести, импортировать, утвердить или сторнировать. Исправления вносятся более поздней датой.</numerusform>
            <numerusform>Закрыть %1 по %2 с согласованным сальдо %3?

%n проводок с датами с %4 по %2 блокируются навсегда: после этого ничего с датой по %2 включительно нельзя ввести, импортировать, утвердить или сторнировать. Исправления вносятся более поздней датой.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the first</source>
        <translation>начала</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n pending entry(ies) dated in the period can then no longer be approved.</source>
        <translation>
            <numerusform>%n запись, ожидающая утверждения и датированная в этом периоде, больше не сможет быть утверждена.</numerusform>
            <numerusform>%n записи, ожидающие утверждения и датированные в этом периоде, больше не смогут быть утверждены.</numerusform>
            <numerusform>%n записей, ожидающих утверждения и датированных в этом периоде, больше не смогут быть утверждены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n differing item(s) of this reconciliation are not resolved yet.</source>
        <translation>
            <numerusform>%n расходящаяся позиция этой сверки ещё не урегулирована.</numerusform>
            <numerusform>%n расходящиеся позиции этой сверки ещё не урегулированы.</numerusform>
            <numerusform>%n расходящихся позиций этой сверки ещё не урегулированы.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The balance both sides agreed (%1; positive: %2 owes %3):</source>
        <translation>Сальдо, согласованное обеими сторонами (%1; плюс: %2 должен %3):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close period</source>
        <translation>Закрытие периода</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the period</source>
        <translation>Закрыть период</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Closed %1 through %2 at %3; chain head %4 (exchange %5).</source>
        <translation>Соглашение %1 закрыто по %2 с сальдо %3; вершина цепочки %4 (проводка %5).</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Saved the act to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Акт сохранён в %1 (%n страница).</numerusform>
            <numerusform>Акт сохранён в %1 (%n страницы).</numerusform>
            <numerusform>Акт сохранён в %1 (%n страниц).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barter::ui::ReportsPage</name>
    <message>
        <location filename="../../ui/widgets/reports_page.cpp" line="+33"/>
        <source>Balance at each period end</source>
        <translation>Сальдо на конец каждого периода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnover by good and period, with shares</source>
        <translation>Оборот по товарам и периодам, с долями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aging of every agreement</source>
        <translation>Возраст задолженности по всем соглашениям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines at an overridden price</source>
        <translation>Строки с изменённой ценой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consolidated positions per party and unit</source>
        <translation>Сводные позиции по сторонам и единицам</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>неделя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quarter</source>
        <translation>квартал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Report:</source>
        <translation>О&amp;тчёт:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Agreement:</source>
        <translation>Со&amp;глашение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>П&amp;ериод:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;t:</source>
        <translation>&amp;На дату:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show</source>
        <translation>Пока&amp;зать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт CSV…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose the parameters and press Show.</source>
        <translation>Задайте параметры и нажмите «Показать».</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Period end</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Сальдо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swing limit</source>
        <translation>Лимит свинга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swing use</source>
        <translation>Использование свинга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipper</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Строк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seq</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>№ документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List price</source>
        <translation>Цена по прейскуранту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value at list price</source>
        <translation>Сумма по прейскуранту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed by</source>
        <translation>Сторнирована проводкой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debtor</source>
        <translation>Должник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creditor</source>
        <translation>Кредитор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>С даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debtor&apos;s last delivery</source>
        <translation>Последняя поставка должника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average monthly net</source>
        <translation>Среднемесячное нетто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>Соглашений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed to it</source>
        <translation>Долг перед ней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed by it</source>
        <translation>Её долг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Нетто</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nothing to show for these parameters.</source>
        <translation>По этим параметрам ничего нет.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n строка.</numerusform>
            <numerusform>%n строки.</numerusform>
            <numerusform>%n строк.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show a report first; then it can be exported.</source>
        <translation>Сначала покажите отчёт, затем его можно экспортировать.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export CSV</source>
        <translation>Экспорт CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
</context>
<context>
    <name>barter::ui::ReverseDialog</name>
    <message>
        <location filename="../../ui/dialogs/reverse_dialog.cpp" line="+26"/>
        <source>Reverse exchange %1</source>
        <translation>Сторнирование проводки %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exchange %1 of %2, %3, reference %4, posted by %5. A posted exchange is never changed: the reversal posts its negation, and both stay in the journal.</source>
        <translation>Проводка %1 по соглашению %2 от %3, № документа %4, провёл: %5. Проведённая проводка никогда не изменяется: сторно проводит её с обратным знаком, и обе остаются в журнале.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>why it is reversed; kept with the reversal</source>
        <translation>почему сторнируется; сохраняется вместе со сторно</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date of the reversal:</source>
        <translation>&amp;Дата сторно:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reversal will post:</source>
        <translation>Сторно проведёт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipper</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reverse</source>
        <translation>Сторнировать</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Balance of the agreement after the reversal: %1</source>
        <translation>Сальдо соглашения после сторно: %1</translation>
    </message>
</context>
<context>
    <name>barter::ui::SettlementDialog</name>
    <message>
        <location filename="../../ui/dialogs/settlement_dialog.cpp" line="+31"/>
        <source>Settlement proposal for %1</source>
        <translation>Предложение по погашению: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the goods the debtor offers, in the order they should be used (the first ticked is used first), with a maximum quantity where there is one. The proposal uses the prices in force on the date and the screening rules; it posts nothing.</source>
        <translation>Отметьте товары, которые предлагает должник, в порядке использования (первый отмеченный используется первым), с максимальным количеством, если оно есть. Предложение учитывает цены, действующие на дату, и правила проверки; ничего не проводится.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>0: clear the balance completely</source>
        <translation>0: погасить сальдо полностью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target balance:</source>
        <translation>&amp;Целевое сальдо:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offer</source>
        <translation>Предложить</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>Good</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maximum</source>
        <translation>Максимум</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>in %1; empty: no maximum</source>
        <translation>в %1; пусто: без максимума</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Propose</source>
        <translation>П&amp;редложить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Enter as exchange…</source>
        <translation>&amp;Ввести как проводку…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The offer has changed: press Propose again.</source>
        <translation>Предложение изменилось: нажмите «Предложить» ещё раз.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>On %1: %2</source>
        <translation>На %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ships the goods above to %2.</source>
        <translation>%1 поставляет перечисленные товары %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After them: %1</source>
        <translation>После этого: %1</translation>
    </message>
</context>
<context>
    <name>barter::ui::TurnoverChart</name>
    <message>
        <location filename="../../ui/charts/turnover_chart.cpp" line="+63"/>
        <source>Turnover of %1 by good: %2 above the axis, %3 below</source>
        <translation>Оборот %1 по товарам: %2 над осью, %3 под осью</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>other</source>
        <translation>прочее</translation>
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
        <translation>Клиринговая торговля двух сторон: оценка в расчётной единице, расчёт товарами.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect to a server book…</source>
        <translation>&amp;Подключиться к книге на сервере…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New book…</source>
        <translation>&amp;Новая книга…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;demo book</source>
        <translation>Открыть &amp;демо-книгу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recent books:</source>
        <translation>Недавние книги:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1  —  server book</source>
        <translation>%1  —  книга на сервере</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No books opened yet. Create one, or look around in the demo book first.</source>
        <translation>Книги ещё не открывались. Создайте книгу или сначала осмотритесь в демо-книге.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="+35"/>
        <source>Open the demo book (created if missing).</source>
        <translation>Открыть демо-книгу (создаётся, если её нет).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in as this user.</source>
        <translation>Войти под этим пользователем.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password&apos;s file (else BARTER_PASSWORD).</source>
        <translation>Файл с паролем (иначе BARTER_PASSWORD).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render the main views to PNG files in DIR and exit.</source>
        <translation>Отрисовать основные виды в файлы PNG в каталоге DIR и выйти.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window&apos;s language: en, ru or ko (default: as chosen in the View menu, else the system&apos;s).</source>
        <translation>Язык окна: en, ru или ko (по умолчанию — выбранный в меню «Вид», иначе системный).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A ledger for bilateral barter (clearing) trade.</source>
        <translation>Учёт двусторонней бартерной (клиринговой) торговли.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The book to open.</source>
        <translation>Открываемая книга.</translation>
    </message>
</context>
</TS>
