// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Book → Change my password…: the current password, the new one twice. The core checks the
// current one and the strength of the new; problems are shown in the dialog, which stays open.

#include <QDialog>

class QLabel;
class QLineEdit;

namespace barter::ui {

class Workspace;

class PasswordDialog : public QDialog {
    Q_OBJECT
public:
    explicit PasswordDialog(Workspace& workspace, QWidget* parent = nullptr);
    // Changes the password with what the fields hold; true on success (then the dialog accepts).
    bool change();

private:
    Workspace& m_workspace;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_next = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace barter::ui
