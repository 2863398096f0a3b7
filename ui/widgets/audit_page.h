// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The auditor's view: the audit trail filtered by dates, user and action (the same query as
// `barter audit`), and "Verify book", which recomputes the chain off the UI thread with a
// progress bar and says "N exchanges, chain intact, head …" or names the first bad exchange.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace barter::ui {

class DateField;
class TextTableModel;
class Workspace;

class AuditPage : public QWidget {
    Q_OBJECT
public:
    explicit AuditPage(Workspace& workspace, QWidget* parent = nullptr);
    TextTableModel* events() const { return m_events; }
    QLabel* verifyResult() const { return m_verifyResult; }

public slots:
    void reload();
    void verifyBook();

private:
    Workspace& m_workspace;
    DateField* m_from = nullptr;
    DateField* m_to = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_action = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_verifyResult = nullptr;
    TextTableModel* m_events = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace barter::ui
