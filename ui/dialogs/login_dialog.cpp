// SPDX-License-Identifier: GPL-3.0-or-later
#include "login_dialog.h"

#include "adapters/text.h"
#include "widgets/error_display.h"
#include "widgets/inline_error.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace barter::ui {

LoginDialog::LoginDialog(Workspace& workspace, const QString& hint, QWidget* parent)
    : QDialog(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in — %1").arg(bookTitle(workspace.path())));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(
        tr("Log in to <b>%1</b>").arg(bookWhere(workspace.path()).toHtmlEscaped()), this);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto* form = new QFormLayout;
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_error = new InlineError(QStringLiteral("loginError"), this);
    layout->addWidget(m_error);
    if (!hint.isEmpty()) {
        auto* note = new QLabel(hint, this);
        note->setObjectName(QStringLiteral("loginHint"));
        note->setWordWrap(true);
        note->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(note);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->addButton(tr("Log in"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("logIn"));
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void LoginDialog::setUser(const QString& user) {
    m_user->setText(user);
    m_password->setFocus();
}

void LoginDialog::tryLogin() {
    try {
        m_workspace.login(m_user->text().trimmed(), m_password->text());
        accept();
    } catch (const PermissionDenied&) {
        m_error->show(tr("Login failed: the user name or the password is wrong, or the account "
                         "is locked."));
        m_password->clear();
        m_password->setFocus();
    } catch (const std::exception& e) {
        // The server unreachable, not a book, a newer schema: said where the login failed.
        m_error->show(describeError(e));
    }
}

} // namespace barter::ui
