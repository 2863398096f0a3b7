// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcome_page.h"

#include "adapters/text.h"
#include "storage/locator.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace barter::ui {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("welcomePage"));
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto* column = new QVBoxLayout;
    outer->addLayout(column, 3);
    outer->addStretch(1);

    auto* title = new QLabel(tr("Barter Ledger"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    title->setFont(big);
    auto* subtitle = new QLabel(tr("Clearing trade between two parties, valued in a unit of "
                                   "account and settled in goods."),
                                this);
    subtitle->setWordWrap(true);
    column->addStretch(1);
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(16);

    auto* buttons = new QHBoxLayout;
    auto* open = new QPushButton(tr("&Open…"), this);
    open->setObjectName(QStringLiteral("openBook"));
    auto* server = new QPushButton(tr("&Connect to a server book…"), this);
    server->setObjectName(QStringLiteral("connectServer"));
    auto* create = new QPushButton(tr("&New book…"), this);
    create->setObjectName(QStringLiteral("newBook"));
    auto* demo = new QPushButton(tr("Open the &demo book"), this);
    demo->setObjectName(QStringLiteral("demoBook"));
    buttons->addWidget(open);
    buttons->addWidget(server);
    buttons->addWidget(create);
    buttons->addWidget(demo);
    buttons->addStretch();
    column->addLayout(buttons);
    column->addSpacing(16);

    column->addWidget(new QLabel(tr("Recent books:"), this));
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentBooks"));
    column->addWidget(m_recent, 2);
    column->addStretch(1);

    connect(open, &QPushButton::clicked, this, [this] { emit openRequested({}); });
    connect(server, &QPushButton::clicked, this, &WelcomePage::connectRequested);
    connect(create, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit openRequested(item->data(Qt::UserRole).toString());
    });
}

void WelcomePage::setRecentBooks(const QStringList& paths) {
    m_recent->clear();
    for (const QString& p : paths) {
        // A server book by user@host/database (its URI holds no password); whether it can be
        // reached is found out when it is opened.
        const bool server = isServerUri(fromQ(p));
        auto* item = new QListWidgetItem(server ? tr("%1  —  server book").arg(bookWhere(p))
                                                : bookTitle(p) + QStringLiteral("  —  ") + p,
                                         m_recent);
        item->setData(Qt::UserRole, p);
        if (!server && !QFileInfo::exists(p))
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    if (paths.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No books opened yet. Create one, or look around "
                                            "in the demo book first."),
                                         m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace barter::ui
