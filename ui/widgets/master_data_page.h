// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Master data (managers edit, everyone reads): parties, units of account, goods, agreements,
// price lists per agreement with their history, and (administrators) users. Each "Add…" opens a
// form that the core validates.

#include <QWidget>

class QComboBox;
class QTabWidget;
class QTableView;

namespace barter::ui {

class TextTableModel;
class Workspace;

class MasterDataPage : public QWidget {
    Q_OBJECT
public:
    explicit MasterDataPage(Workspace& workspace, QWidget* parent = nullptr);
    QTabWidget* tabs() const { return m_tabs; }

public slots:
    void reload();
    void addParty();
    void addUnit();
    void addGood();
    void addAgreement();
    void setPrice();
    void addUser();

private:
    // A tab with its buttons, the table, and `emptyText` shown instead of an empty table.
    QWidget* makeTab(const QString& name, TextTableModel* model, const QList<QWidget*>& buttons,
                     const QString& emptyText, QComboBox* selector = nullptr);
    void reloadPrices();
    void changeUser(bool unlock);

    Workspace& m_workspace;
    QTabWidget* m_tabs = nullptr;
    TextTableModel* m_parties = nullptr;
    TextTableModel* m_units = nullptr;
    TextTableModel* m_goods = nullptr;
    TextTableModel* m_agreements = nullptr;
    TextTableModel* m_prices = nullptr;
    TextTableModel* m_users = nullptr;
    QComboBox* m_priceAgreement = nullptr;
    QTableView* m_usersTable = nullptr;
    QWidget* m_usersTab = nullptr;
};

} // namespace barter::ui
