// SPDX-License-Identifier: GPL-3.0-or-later
#include "new_book_wizard.h"

#include "adapters/text.h"
#include "auth/password.h"
#include "book/book.h"
#include "widgets/error_display.h"
#include "widgets/inline_error.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QWizardPage>

namespace barter::ui {

namespace {
enum Page { FilePage, AdminPage, UnitPage };
}

NewBookWizard::NewBookWizard(QWidget* parent) : QWizard(parent) {
    setObjectName(QStringLiteral("newBookWizard"));
    setWindowTitle(tr("New book"));
    setWizardStyle(QWizard::ClassicStyle);

    auto* file = new QWizardPage(this);
    file->setTitle(tr("Where to keep the book"));
    file->setSubTitle(tr("One file holds everything: master data, the journal and its audit "
                         "trail. Back it up like any important document."));
    m_path = new QLineEdit(file);
    m_path->setObjectName(QStringLiteral("bookPath"));
    m_path->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                        .filePath(QStringLiteral("trade.barter")));
    auto* browse = new QPushButton(tr("Browse…"), file);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(this, tr("New book"), m_path->text(),
                                                            tr("Barter Ledger books (*.barter)"));
        if (!chosen.isEmpty())
            m_path->setText(chosen.endsWith(QStringLiteral(".barter"))
                                ? chosen
                                : chosen + QStringLiteral(".barter"));
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    m_pathError = new InlineError(QStringLiteral("pathError"), file);
    auto* fileLayout = new QVBoxLayout(file);
    // With its buddy the label shows its mnemonic (Alt+F) instead of a literal "&".
    auto* pathLabel = new QLabel(tr("Book &file:"), file);
    pathLabel->setBuddy(m_path);
    fileLayout->addWidget(pathLabel);
    fileLayout->addLayout(row);
    fileLayout->addWidget(m_pathError);
    fileLayout->addStretch();
    setPage(FilePage, file);

    auto* admin = new QWizardPage(this);
    admin->setTitle(tr("The administrator"));
    admin->setSubTitle(tr("The administrator adds users and sets the book's rules. Managers, "
                          "clerks and auditors are added afterwards."));
    auto* adminForm = new QFormLayout(admin);
    m_admin = new QLineEdit(QStringLiteral("admin"), admin);
    m_admin->setObjectName(QStringLiteral("adminName"));
    m_password = new QLineEdit(admin);
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(admin);
    m_confirm->setObjectName(QStringLiteral("adminConfirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_adminError = new InlineError(QStringLiteral("adminError"), admin);
    adminForm->addRow(tr("&Name:"), m_admin);
    adminForm->addRow(tr("&Password:"), m_password);
    adminForm->addRow(tr("&Repeat password:"), m_confirm);
    adminForm->addRow(QString(), m_adminError);
    setPage(AdminPage, admin);

    auto* unit = new QWizardPage(this);
    unit->setTitle(tr("The unit of account"));
    unit->setSubTitle(tr("Every delivery is valued in a unit of account, such as a clearing "
                         "rouble or a transferable unit. More can be added later."));
    auto* unitForm = new QFormLayout(unit);
    m_unitCode = new QLineEdit(QStringLiteral("CU"), unit);
    m_unitCode->setObjectName(QStringLiteral("unitCode"));
    m_unitName = new QLineEdit(tr("Clearing unit"), unit);
    m_unitName->setObjectName(QStringLiteral("unitName"));
    m_unitDigits = new QSpinBox(unit);
    m_unitDigits->setObjectName(QStringLiteral("unitDigits"));
    m_unitDigits->setRange(0, 6);
    m_unitDigits->setValue(2);
    m_unitError = new InlineError(QStringLiteral("unitError"), unit);
    unitForm->addRow(tr("&Code:"), m_unitCode);
    unitForm->addRow(tr("&Name:", "of the unit of account"), m_unitName);
    unitForm->addRow(tr("&Decimal places:"), m_unitDigits);
    unitForm->addRow(QString(), m_unitError);
    setPage(UnitPage, unit);
    setButtonText(QWizard::FinishButton, tr("Create book"));
}

QString NewBookWizard::path() const {
    return m_path->text().trimmed();
}
QString NewBookWizard::adminName() const {
    return m_admin->text().trimmed();
}
QString NewBookWizard::adminPassword() const {
    return m_password->text();
}

bool NewBookWizard::validateCurrentPage() {
    switch (currentId()) {
    case FilePage:
        if (path().isEmpty()) {
            m_pathError->show(tr("Choose where to keep the book."));
            return false;
        }
        if (QFileInfo::exists(path())) {
            m_pathError->show(
                tr("%1 already exists; a new book never replaces a file.").arg(path()));
            return false;
        }
        if (!QFileInfo(QFileInfo(path()).absolutePath()).isWritable()) {
            m_pathError->show(
                tr("The folder %1 cannot be written to.").arg(QFileInfo(path()).absolutePath()));
            return false;
        }
        m_pathError->show({});
        return true;
    case AdminPage:
        if (m_password->text() != m_confirm->text()) {
            m_adminError->show(tr("The two passwords differ."));
            return false;
        }
        if (const std::string why = password::checkStrength(fromQ(m_password->text()));
            !why.empty()) {
            m_adminError->show(tr("password: %1").arg(toQ(why)));
            return false;
        }
        m_adminError->show({});
        return true;
    case UnitPage:
        return createBook();
    default:
        return true;
    }
}

bool NewBookWizard::createBook() {
    try {
        UnitDraft unit{fromQ(m_unitCode->text().trimmed()), fromQ(m_unitName->text().trimmed()),
                       std::to_string(m_unitDigits->value())};
        Book::create(fromQ(path()), fromQ(adminName()), fromQ(adminPassword()), unit);
        return true;
    } catch (const InvalidInput& e) {
        QStringList unitProblems, adminProblems;
        for (const Problem& p : e.problems())
            (p.field == "admin" || p.field == "password" ? adminProblems : unitProblems)
                << problemText(p);
        m_unitError->show(unitProblems.join(QLatin1Char('\n')));
        m_adminError->show(adminProblems.join(QLatin1Char('\n')));
        if (!adminProblems.isEmpty())
            m_unitError->show(tr("The administrator's page needs a correction (Back)."));
        return false;
    } catch (const std::exception& e) {
        m_unitError->show(describeError(e));
        return false;
    }
}

} // namespace barter::ui
