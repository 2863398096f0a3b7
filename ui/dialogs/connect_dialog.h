// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Connecting to a server book (DESIGN.md §10): host, port, database, user and TLS mode; the
// password is asked next, in the login dialog, as for a file book. The address last connected
// to is offered again. A part that cannot be used is named under the form and the dialog stays.

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace barter::ui {

class InlineError;

class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget* parent = nullptr);
    // The postgresql:// URI of what was typed (after accept), and its user.
    QString uri() const { return m_uri; }
    QString user() const;

public slots:
    void tryAccept();

private:
    QLineEdit* m_host = nullptr;
    QLineEdit* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_sslmode = nullptr;
    InlineError* m_error = nullptr;
    QString m_uri;
};

} // namespace barter::ui
