// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A new book in three short steps: where to keep it, its administrator, and its first unit of
// account. The book is created by the core when the last page is accepted; any problem is
// shown on the page it belongs to.

#include <QWizard>

class QLineEdit;
class QSpinBox;

namespace barter::ui {

class InlineError;

class NewBookWizard : public QWizard {
    Q_OBJECT
public:
    explicit NewBookWizard(QWidget* parent = nullptr);
    QString path() const;
    QString adminName() const;
    QString adminPassword() const;

    bool validateCurrentPage() override;

private:
    bool createBook();

    QLineEdit* m_path = nullptr;
    QLineEdit* m_admin = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLineEdit* m_unitCode = nullptr;
    QLineEdit* m_unitName = nullptr;
    QSpinBox* m_unitDigits = nullptr;
    InlineError* m_pathError = nullptr;
    InlineError* m_adminError = nullptr;
    InlineError* m_unitError = nullptr;
};

} // namespace barter::ui
