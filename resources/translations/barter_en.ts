<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/dashboard_page.cpp" line="+98"/>
        <source>One-sided for %n day(s), since %1</source>
        <translation>
            <numerusform>One-sided for %n day, since %1</numerusform>
            <numerusform>One-sided for %n days, since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/damaged_book.cpp" line="+20"/>
        <source>%n page(s) of the book do not match their checksums.</source>
        <translation>
            <numerusform>%n page of the book does not match its checksum.</numerusform>
            <numerusform>%n pages of the book do not match their checksums.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The journal and its chain are intact: %n exchange(s), head %1.</source>
        <translation>
            <numerusform>The journal and its chain are intact: %n exchange, head %1.</numerusform>
            <numerusform>The journal and its chain are intact: %n exchanges, head %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>The book verifies: %n exchange(s), head %1. It was damaged when it was opened and is not now; open it again.</source>
        <translation>
            <numerusform>The book verifies: %n exchange, head %1. It was damaged when it was opened and is not now; open it again.</numerusform>
            <numerusform>The book verifies: %n exchanges, head %1. It was damaged when it was opened and is not now; open it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barter::ui::AuditPage</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/audit_page.cpp" line="+119"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n exchange(s), chain intact, head %1</source>
        <translation>
            <numerusform>%n exchange, chain intact, head %1</numerusform>
            <numerusform>%n exchanges, chain intact, head %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barter::ui::ExportPdfDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/export_pdf_dialog.cpp" line="+110"/>
        <source>Saved %1: %n page(s), %2 line(s); SHA-256 of the statement as CSV %3.</source>
        <translation>
            <numerusform>Saved %1: %n page, %2 line(s); SHA-256 of the statement as CSV %3.</numerusform>
            <numerusform>Saved %1: %n pages, %2 line(s); SHA-256 of the statement as CSV %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barter::ui::ImportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.cpp" line="+234"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n row.</numerusform>
            <numerusform>%n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barter::ui::ImportWorker</name>
    <message numerus="yes">
        <location filename="../../ui/workers/import_worker.cpp" line="+45"/>
        <source>Imported protocol %1 version %2 of %3: %n line(s), %4..%5.</source>
        <translation>
            <numerusform>Imported protocol %1 version %2 of %3: %n line, %4..%5.</numerusform>
            <numerusform>Imported protocol %1 version %2 of %3: %n lines, %4..%5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Nothing was imported: %n row(s) have problems.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has problems.</numerusform>
            <numerusform>Nothing was imported: %n rows have problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barter::ui::JournalPage</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/journal_page.cpp" line="+225"/>
        <source>%n line(s) match the filter</source>
        <translation>
            <numerusform>%n line matches the filter</numerusform>
            <numerusform>%n lines match the filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n delivery line(s) in the journal</source>
        <translation>
            <numerusform>%n delivery line in the journal</numerusform>
            <numerusform>%n delivery lines in the journal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barter::ui::LockScreen</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/idle_lock.cpp" line="+95"/>
        <source>&lt;b&gt;%1 is locked.&lt;/b&gt;&lt;br&gt;Nobody used Barter Ledger for %n minute(s). Enter the password of &lt;b&gt;%2&lt;/b&gt; to go on, or close the book.</source>
        <translation>
            <numerusform>&lt;b&gt;%1 is locked.&lt;/b&gt;&lt;br&gt;Nobody used Barter Ledger for %n minute. Enter the password of &lt;b&gt;%2&lt;/b&gt; to go on, or close the book.</numerusform>
            <numerusform>&lt;b&gt;%1 is locked.&lt;/b&gt;&lt;br&gt;Nobody used Barter Ledger for %n minutes. Enter the password of &lt;b&gt;%2&lt;/b&gt; to go on, or close the book.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barter::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/main_window.cpp" line="+468"/>
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>Trying again in %n second.</numerusform>
            <numerusform>Trying again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>Barter Ledger locks itself after %n minute(s) without use</source>
        <translation>
            <numerusform>Barter Ledger locks itself after %n minute without use</numerusform>
            <numerusform>Barter Ledger locks itself after %n minutes without use</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barter::ui::ProtocolsPage</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/protocols_page.cpp" line="+58"/>
        <source>%1 protocol: %2, %n good(s) behind</source>
        <translation>
            <numerusform>%1 protocol: %2, %n good behind</numerusform>
            <numerusform>%1 protocol: %2, %n goods behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+300"/>
        <source>Exported to %1: %n page(s).</source>
        <translation>
            <numerusform>Exported to %1: %n page.</numerusform>
            <numerusform>Exported to %1: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barter::ui::ReconciliationPage</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/reconciliation_page.cpp" line="+418"/>
        <source>Their statement uses %n code(s) this book does not know; give our code for each under Mapping.</source>
        <translation>
            <numerusform>Their statement uses %n code this book does not know; give our code for it under Mapping.</numerusform>
            <numerusform>Their statement uses %n codes this book does not know; give our code for each under Mapping.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n line(s) of their statement are dated outside the period and were left out.</source>
        <translation>
            <numerusform>%n line of their statement is dated outside the period and was left out.</numerusform>
            <numerusform>%n lines of their statement are dated outside the period and were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/reconciliation_actions.cpp" line="+90"/>
        <source>Close %1 through %2 at an agreed balance of %3?

%n exchange(s) dated from %4 to %2 are locked for good: nothing dated on or before %2 can be entered, imported, approved or reversed afterwards. Corrections go after it.</source>
        <translation>
            <numerusform>Close %1 through %2 at an agreed balance of %3?

%n exchange dated from %4 to %2 is locked for good: nothing dated on or before %2 can be entered, imported, approved or reversed afterwards. Corrections go after it.</numerusform>
            <numerusform>Close %1 through %2 at an agreed balance of %3?

%n exchanges dated from %4 to %2 are locked for good: nothing dated on or before %2 can be entered, imported, approved or reversed afterwards. Corrections go after it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n pending entry(ies) dated in the period can then no longer be approved.</source>
        <translation>
            <numerusform>%n pending entry dated in the period can then no longer be approved.</numerusform>
            <numerusform>%n pending entries dated in the period can then no longer be approved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n differing item(s) of this reconciliation are not resolved yet.</source>
        <translation>
            <numerusform>%n differing item of this reconciliation is not resolved yet.</numerusform>
            <numerusform>%n differing items of this reconciliation are not resolved yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Saved the act to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved the act to %1 (%n page).</numerusform>
            <numerusform>Saved the act to %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>barter::ui::ReportsPage</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/reports_page.cpp" line="+287"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n row.</numerusform>
            <numerusform>%n rows.</numerusform>
        </translation>
    </message>
</context>
</TS>
