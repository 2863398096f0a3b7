// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Logging in to an open book: user and password. A failure says so without saying which part
// was wrong (the core does not tell either), and the dialog stays open for another try.

#include <QDialog>

class QLabel;
class QLineEdit;

namespace barter::ui {

class InlineError;
class Workspace;

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(Workspace& workspace, const QString& hint, QWidget* parent = nullptr);
    void setUser(const QString& user);

public slots:
    void tryLogin();

private:
    Workspace& m_workspace;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    InlineError* m_error = nullptr;
};

} // namespace barter::ui
