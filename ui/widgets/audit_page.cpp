// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit_page.h"

#include "adapters/text.h"
#include "models/text_table_model.h"
#include "widgets/date_field.h"
#include "widgets/error_display.h"
#include "workers/book_task.h"
#include "workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace barter::ui {

namespace {
// A trail of a million postings stays out of memory: the newest events are what is looked at.
constexpr std::int64_t kShown = 20000;
} // namespace

AuditPage::AuditPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("auditPage"));
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_from = DateField::optional(QStringLiteral("auditFrom"), this);
    m_to = DateField::optional(QStringLiteral("auditTo"), this);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_user->setPlaceholderText(tr("any user"));
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->addItem(tr("any action"), QString());
    // The actions the core records (DESIGN.md §3), by the names it stores.
    for (const char* action :
         {"login", "create", "change", "post", "submit", "approve", "reject", "reverse", "override",
          "import", "export", "reconcile", "resolve", "close", "verify", "backup"})
        m_action->addItem(QLatin1String(action), QLatin1String(action));
    auto field = [&](const QString& text, QWidget* w) {
        auto* label = new QLabel(text, this);
        label->setBuddy(w);
        filters->addWidget(label);
        filters->addWidget(w);
    };
    field(tr("&From:"), m_from);
    field(tr("&To:"), m_to);
    field(tr("&User:"), m_user);
    field(tr("&Action:"), m_action);
    filters->addStretch();
    auto* verify = new QPushButton(tr("&Verify book"), this);
    verify->setObjectName(QStringLiteral("verifyBook"));
    verify->setToolTip(tr("Recompute the hash chain and the stored sums, and check the file"));
    filters->addWidget(verify);
    layout->addLayout(filters);

    m_verifyResult = new QLabel(this);
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verifyResult->hide();
    layout->addWidget(m_verifyResult);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));
    layout->addWidget(m_count);

    m_events = new TextTableModel({{tr("Id"), true},
                                   {tr("At (UTC)")},
                                   {tr("User")},
                                   {tr("Action")},
                                   {tr("Object")},
                                   {tr("Detail")}},
                                  this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_events);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {60, 160, 100, 90, 110};
    for (int c = 0; c < 5; ++c)
        m_table->setColumnWidth(c, widths[c]);
    layout->addWidget(m_table, 1);

    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPage::reload);
    connect(m_user, &QLineEdit::editingFinished, this, &AuditPage::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(verify, &QPushButton::clicked, this, &AuditPage::verifyBook);
}

void AuditPage::reload() {
    if (!m_workspace.loggedIn())
        return;
    try {
        const std::vector<AuditEvent> events = m_workspace.book().integrity().auditEvents(
            m_workspace.session(), m_from->chosen(), m_to->chosen(),
            fromQ(m_user->text().trimmed()), fromQ(m_action->currentData().toString()), kShown);
        std::vector<TextTableModel::Row> rows;
        rows.reserve(events.size());
        // Newest first: what an auditor looks at first is what happened last.
        for (auto it = events.rbegin(); it != events.rend(); ++it)
            rows.push_back({{QString::number(it->id), toQ(it->at), toQ(it->user), toQ(it->action),
                             toQ(it->object), toQ(it->detail)},
                            QString::number(it->id),
                            toQ(it->detail),
                            false});
        m_count->setText(
            static_cast<std::int64_t>(rows.size()) == kShown
                ? tr("The newest %1 events; narrow the filters to see older ones").arg(kShown)
                : tr("%n event(s)", nullptr, static_cast<int>(rows.size())));
        m_events->setRows(std::move(rows));
    } catch (const std::exception& e) {
        m_count->setText(describeError(e));
    }
}

void AuditPage::verifyBook() {
    QString message;
    bool intact = false; // written by the worker, read after it has finished
    const bool ran = runWithProgress(
        this, m_workspace, tr("Verifying the book…"),
        [&intact](Book& book, const Session& s, const BookTask::Progress&) {
            const VerifyResult r = book.integrity().verify(s);
            intact = r.ok;
            if (r.ok)
                return tr("%n exchange(s), chain intact, head %1", nullptr,
                          static_cast<int>(r.exchanges))
                    .arg(toQ(toHex(r.head)));
            return r.firstBadSeq ? tr("Verification FAILED at exchange %1: %2")
                                       .arg(*r.firstBadSeq)
                                       .arg(toQ(r.problem))
                                 : tr("Verification FAILED: %1").arg(toQ(r.problem));
        },
        message);
    m_verifyResult->setStyleSheet(ran && intact
                                      ? QStringLiteral("color: #2e7d32;")
                                      : QStringLiteral("color: #b00020; font-weight: bold;"));
    m_verifyResult->setText(message);
    m_verifyResult->show();
    reload(); // the verification is itself an audit event
}

} // namespace barter::ui
