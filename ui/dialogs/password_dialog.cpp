// SPDX-License-Identifier: GPL-3.0-or-later
#include "password_dialog.h"

#include "adapters/text.h"
#include "widgets/error_display.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace barter::ui {

PasswordDialog::PasswordDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Change my password"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto field = [this, form](const char* name, const QString& label) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setEchoMode(QLineEdit::Password);
        form->addRow(label, edit);
        return edit;
    };
    m_current = field("current", tr("&Current password:"));
    m_next = field("next", tr("&New password:"));
    m_repeat = field("repeat", tr("&Repeat it:"));
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("ok"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (change())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool PasswordDialog::change() {
    if (m_next->text() != m_repeat->text()) {
        m_problem->setText(tr("The two new passwords differ."));
        return false;
    }
    try {
        m_workspace.book().users().changePassword(m_workspace.session(), fromQ(m_current->text()),
                                                  fromQ(m_next->text()));
        return true;
    } catch (const std::exception& e) {
        m_problem->setText(describeError(e));
        return false;
    }
}

} // namespace barter::ui
