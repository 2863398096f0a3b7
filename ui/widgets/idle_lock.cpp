// SPDX-License-Identifier: GPL-3.0-or-later
#include "idle_lock.h"

#include "adapters/text.h"
#include "widgets/error_display.h"
#include "widgets/inline_error.h"
#include "workspace.h"

#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace barter::ui {

IdleWatcher::IdleWatcher(QObject* parent) : QObject(parent) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    qApp->installEventFilter(this);
}

void IdleWatcher::watch(int ms) {
    if (ms <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(ms);
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive())
            m_timer.start(); // again from the full interval
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

LockScreen::LockScreen(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("lockScreen"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* box = new QWidget(this);
    box->setMaximumWidth(460);
    auto* layout = new QVBoxLayout(box);
    m_title = new QLabel(box);
    m_title->setObjectName(QStringLiteral("lockTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_password = new QLineEdit(box);
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    layout->addWidget(m_password);
    m_error = new InlineError(QStringLiteral("lockError"), box);
    layout->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    auto* close = new QPushButton(tr("Close the book"), box);
    close->setObjectName(QStringLiteral("lockCloseBook"));
    auto* unlock = new QPushButton(tr("Unlock"), box);
    unlock->setObjectName(QStringLiteral("unlock"));
    unlock->setDefault(true);
    buttons->addWidget(close);
    buttons->addStretch(1);
    buttons->addWidget(unlock);
    layout->addLayout(buttons);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(box, 2);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    connect(unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(close, &QPushButton::clicked, this, &LockScreen::closeBookRequested);
}

void LockScreen::prepare(int idleMinutes) {
    const QString user = toQ(m_workspace.session().userName());
    const QString book = QFileInfo(m_workspace.path()).fileName();
    const QString text =
        idleMinutes > 0
            ? tr("<b>%1 is locked.</b><br>Nobody used Barter Ledger for %n minute(s). Enter the "
                 "password of <b>%2</b> to go on, or close the book.",
                 nullptr, idleMinutes)
            : tr("<b>%1 is locked.</b><br>Enter the password of <b>%2</b> to go on, or close the "
                 "book.");
    m_title->setText(text.arg(book.toHtmlEscaped(), user.toHtmlEscaped()));
    m_password->clear();
    m_error->show({});
    m_password->setFocus();
}

void LockScreen::tryUnlock() {
    try {
        // A real login of the same user: recorded, backed off and counted towards the lock.
        m_workspace.login(toQ(m_workspace.session().userName()), m_password->text());
        m_password->clear();
        emit unlocked();
    } catch (const PermissionDenied&) {
        m_error->show(tr("Wrong password, or the account is now locked (then an admin must "
                         "unlock it; close the book)."));
        m_password->clear();
        m_password->setFocus();
    } catch (const std::exception& e) {
        showError(this, e);
    }
}

} // namespace barter::ui
