// SPDX-License-Identifier: GPL-3.0-or-later
#include "master_data_page.h"

#include "adapters/text.h"
#include "dialogs/form_dialog.h"
#include "models/text_table_model.h"
#include "widgets/error_display.h"
#include "widgets/writes.h"
#include "workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace barter::ui {

namespace {
QString dateOrOpen(const std::optional<Date>& d) {
    return d ? toQ(d->toString()) : QObject::tr("open");
}
std::string text(const QHash<QString, QString>& values, const char* key) {
    return fromQ(values.value(QLatin1String(key)));
}
} // namespace

MasterDataPage::MasterDataPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("masterDataPage"));
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs);
    const bool manager = workspace.may(Action::ManageMasterData);
    auto button = [this, manager](const QString& label, const QString& name, auto slot) {
        auto* b = new QPushButton(label, this);
        b->setObjectName(name);
        b->setVisible(manager);
        markWrites({b});
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };

    m_parties = new TextTableModel(
        {{tr("Code")}, {tr("Name")}, {tr("Native name")}, {tr("Country")}}, this);
    m_tabs->addTab(
        makeTab(QStringLiteral("parties"), m_parties,
                {button(tr("Add party…"), QStringLiteral("addParty"), &MasterDataPage::addParty)},
                manager ? tr("No parties yet. Add the two parties of an agreement (Add party…).")
                        : tr("No parties yet; a manager adds them.")),
        tr("Parties"));
    m_units = new TextTableModel({{tr("Code")}, {tr("Name")}, {tr("Decimals"), true}}, this);
    m_tabs->addTab(
        makeTab(QStringLiteral("units"), m_units,
                {button(tr("Add unit…"), QStringLiteral("addUnit"), &MasterDataPage::addUnit)},
                tr("No units of account yet.")),
        tr("Units of account"));
    m_goods = new TextTableModel(
        {{tr("Code")}, {tr("Name")}, {tr("HS code")}, {tr("Unit")}, {tr("Decimals"), true}}, this);
    m_tabs->addTab(
        makeTab(QStringLiteral("goods"), m_goods,
                {button(tr("Add good…"), QStringLiteral("addGood"), &MasterDataPage::addGood)},
                manager ? tr("No goods yet. Add them (Add good…), or import a list "
                             "(Exchange → Import from CSV).")
                        : tr("No goods yet; a manager adds them.")),
        tr("Goods"));
    m_agreements = new TextTableModel({{tr("Code")},
                                       {tr("Party A")},
                                       {tr("Party B")},
                                       {tr("Unit")},
                                       {tr("Swing limit"), true},
                                       {tr("Warn at %"), true},
                                       {tr("Valid from")},
                                       {tr("Valid to")}},
                                      this);
    m_tabs->addTab(makeTab(QStringLiteral("agreements"), m_agreements,
                           {button(tr("Add agreement…"), QStringLiteral("addAgreement"),
                                   &MasterDataPage::addAgreement)},
                           manager ? tr("No agreements yet. An agreement needs its two parties "
                                        "and a unit of account first.")
                                   : tr("No agreements yet; a manager adds them.")),
                   tr("Agreements"));
    m_prices = new TextTableModel(
        {{tr("Good")}, {tr("Effective from")}, {tr("Unit price"), true}, {tr("In force")}}, this);
    m_priceAgreement = new QComboBox(this);
    m_priceAgreement->setObjectName(QStringLiteral("priceAgreement"));
    connect(m_priceAgreement, &QComboBox::currentIndexChanged, this, &MasterDataPage::reloadPrices);
    m_tabs->addTab(
        makeTab(QStringLiteral("prices"), m_prices,
                {button(tr("Set price…"), QStringLiteral("setPrice"), &MasterDataPage::setPrice)},
                tr("No prices in this agreement yet. Each good needs a price from the date its "
                   "deliveries start."),
                m_priceAgreement),
        tr("Prices"));
    if (workspace.may(Action::ManageUsers)) {
        m_users =
            new TextTableModel({{tr("Name", "of a user")}, {tr("Role")}, {tr("Status")}}, this);
        auto* add = new QPushButton(tr("Add user…"), this);
        add->setObjectName(QStringLiteral("addUser"));
        connect(add, &QPushButton::clicked, this, &MasterDataPage::addUser);
        auto* unlock = new QPushButton(tr("Unlock"), this);
        unlock->setObjectName(QStringLiteral("unlockUser"));
        connect(unlock, &QPushButton::clicked, this, [this] { changeUser(true); });
        auto* disable = new QPushButton(tr("Disable"), this);
        disable->setObjectName(QStringLiteral("disableUser"));
        connect(disable, &QPushButton::clicked, this, [this] { changeUser(false); });
        markWrites({add, unlock, disable});
        m_usersTab = makeTab(QStringLiteral("users"), m_users, {add, unlock, disable}, {});
        m_usersTable = m_usersTab->findChild<QTableView*>();
        m_tabs->addTab(m_usersTab, tr("Users"));
    }
}

QWidget* MasterDataPage::makeTab(const QString& name, TextTableModel* model,
                                 const QList<QWidget*>& buttons, const QString& emptyText,
                                 QComboBox* selector) {
    auto* tab = new QWidget(this);
    tab->setObjectName(name + QStringLiteral("Tab"));
    auto* layout = new QVBoxLayout(tab);
    auto* bar = new QHBoxLayout;
    if (selector) {
        auto* label = new QLabel(tr("Agreement:"), tab);
        label->setBuddy(selector);
        bar->addWidget(label);
        bar->addWidget(selector);
    }
    bar->addStretch();
    for (QWidget* b : buttons)
        bar->addWidget(b);
    layout->addLayout(bar);
    auto* table = new QTableView(tab);
    table->setObjectName(name + QStringLiteral("Table"));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    auto* empty = new QLabel(emptyText, tab);
    empty->setObjectName(name + QStringLiteral("Empty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->hide();
    layout->addWidget(empty, 1);
    connect(model, &QAbstractItemModel::modelReset, tab, [model, table, empty] {
        const bool none = model->rowCount() == 0 && !empty->text().isEmpty();
        table->setVisible(!none);
        empty->setVisible(none);
    });
    return tab;
}

void MasterDataPage::reload() {
    if (!m_workspace.loggedIn())
        return;
    Book& book = m_workspace.book();
    const Session& s = m_workspace.session();
    try {
        std::vector<TextTableModel::Row> rows;
        for (const Party& p : book.masterData().parties(s))
            rows.push_back({{toQ(p.code), toQ(p.name), toQ(p.nativeName), toQ(p.country)},
                            toQ(p.code),
                            {},
                            false});
        m_parties->setRows(std::move(rows));
        rows = {};
        for (const UnitOfAccount& u : book.masterData().units(s))
            rows.push_back(
                {{toQ(u.code), toQ(u.name), QString::number(u.digits)}, toQ(u.code), {}, false});
        m_units->setRows(std::move(rows));
        rows = {};
        for (const Good& g : book.masterData().goods(s))
            rows.push_back({{toQ(g.code), toQ(g.name), toQ(g.hsCode), toQ(g.measure),
                             QString::number(g.decimals)},
                            toQ(g.code),
                            {},
                            false});
        m_goods->setRows(std::move(rows));
        rows = {};
        const QString selected = m_priceAgreement->currentText();
        {
            const QSignalBlocker block(m_priceAgreement);
            m_priceAgreement->clear();
            for (const Agreement& a : book.masterData().agreements(s)) {
                rows.push_back({{toQ(a.code), toQ(a.partyA.code), toQ(a.partyB.code),
                                 toQ(a.unit.code), a.swing ? displayDecimal(*a.swing) : tr("none"),
                                 QString::number(a.warnPercent), dateOrOpen(a.validFrom),
                                 dateOrOpen(a.validTo)},
                                toQ(a.code),
                                {},
                                false});
                m_priceAgreement->addItem(toQ(a.code));
            }
            m_priceAgreement->setCurrentIndex(std::max(0, m_priceAgreement->findText(selected)));
        }
        m_agreements->setRows(std::move(rows));
        reloadPrices();
        if (m_users) {
            rows = {};
            for (const User& u : book.users().list(s))
                rows.push_back({{toQ(u.name), roleText(u.role),
                                 u.disabled ? tr("disabled")
                                 : u.locked ? tr("locked")
                                            : tr("active")},
                                toQ(u.name),
                                {},
                                u.disabled});
            m_users->setRows(std::move(rows));
        }
    } catch (const std::exception& e) {
        showError(this, e);
    }
}

void MasterDataPage::reloadPrices() {
    std::vector<TextTableModel::Row> rows;
    const std::string agreement = fromQ(m_priceAgreement->currentText());
    if (!agreement.empty())
        try {
            Book& book = m_workspace.book();
            const std::vector<Price> history =
                book.masterData().prices(m_workspace.session(), agreement);
            const std::vector<Price> current = book.masterData().prices(
                m_workspace.session(), agreement, fromQDate(QDate::currentDate()));
            // Prices show at least the unit of account's decimals.
            const int digits =
                book.reporting().agreementInfo(m_workspace.session(), agreement).digits;
            for (const Price& p : history) {
                const bool inForce = std::find(current.begin(), current.end(), p) != current.end();
                rows.push_back({{toQ(p.goodCode), toQ(p.effectiveFrom.toString()),
                                 displayDecimal(p.unitPrice.trimmed(digits)),
                                 inForce ? tr("in force today") : QString()},
                                toQ(p.goodCode),
                                {},
                                !inForce});
            }
        } catch (const std::exception& e) {
            showError(this, e);
        }
    m_prices->setRows(std::move(rows));
}

void MasterDataPage::addParty() {
    FormDialog dialog(
        tr("Add party"),
        {{QStringLiteral("code"), tr("&Code:"), {}, {}, tr("e.g. RU-PRIMORYE")},
         {QStringLiteral("name"), tr("&Name:")},
         {QStringLiteral("native_name"),
          tr("Na&tive name:"),
          {},
          {},
          tr("in the party's own language")},
         {QStringLiteral("country"), tr("C&ountry:"), {}, {}, tr("ISO 3166-1 alpha-2, e.g. KP")}},
        [this](const QHash<QString, QString>& v) {
            m_workspace.book().masterData().addParty(
                m_workspace.session(),
                {text(v, "code"), text(v, "name"), text(v, "native_name"), text(v, "country")});
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        m_workspace.notifyMasterDataChanged();
}

void MasterDataPage::addUnit() {
    FormDialog dialog(
        tr("Add unit of account"),
        {{QStringLiteral("code"), tr("&Code:"), {}, {}, tr("e.g. CU")},
         {QStringLiteral("name"), tr("&Name:")},
         {QStringLiteral("decimals"), tr("&Decimals:"), {}, QStringLiteral("2")}},
        [this](const QHash<QString, QString>& v) {
            m_workspace.book().masterData().addUnit(
                m_workspace.session(), {text(v, "code"), text(v, "name"), text(v, "decimals")});
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        m_workspace.notifyMasterDataChanged();
}

void MasterDataPage::addGood() {
    FormDialog dialog(
        tr("Add good"),
        {{QStringLiteral("code"), tr("&Code:"), {}, {}, tr("e.g. WHEAT")},
         {QStringLiteral("name"), tr("&Name:")},
         {QStringLiteral("hs_code"), tr("&HS code:"), {}, {}, tr("2 to 10 digits, e.g. 100199")},
         {QStringLiteral("unit"),
          tr("&Unit of measure:"),
          {QStringLiteral("t"), QStringLiteral("kg"), QStringLiteral("m3"), QStringLiteral("l"),
           QStringLiteral("bbl"), QStringLiteral("pcs"), QStringLiteral("MWh")}},
         {QStringLiteral("decimals"), tr("Quantity &decimals:"), {}, QStringLiteral("3")}},
        [this](const QHash<QString, QString>& v) {
            m_workspace.book().masterData().addGood(
                m_workspace.session(), {text(v, "code"), text(v, "name"), text(v, "hs_code"),
                                        text(v, "unit"), text(v, "decimals")});
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        m_workspace.notifyMasterDataChanged();
}

void MasterDataPage::addAgreement() {
    try {
        QStringList parties, units;
        for (const Party& p : m_workspace.book().masterData().parties(m_workspace.session()))
            parties << toQ(p.code);
        for (const UnitOfAccount& u : m_workspace.book().masterData().units(m_workspace.session()))
            units << toQ(u.code);
        FormDialog dialog(
            tr("Add agreement"),
            {{QStringLiteral("code"), tr("&Code:")},
             {QStringLiteral("party_a"), tr("Party &A:"), parties},
             {QStringLiteral("party_b"), tr("Party &B:"), parties,
              parties.size() > 1 ? parties.at(1) : QString()},
             {QStringLiteral("unit"), tr("&Unit of account:"), units},
             {QStringLiteral("swing"), tr("&Swing limit:"), {}, {}, tr("empty: no limit")},
             {QStringLiteral("warn_percent"),
              tr("&Warn at % of the swing:"),
              {},
              QStringLiteral("80")},
             {QStringLiteral("from"), tr("Valid &from:"), {}, {}, tr("YYYY-MM-DD, empty: open")},
             {QStringLiteral("to"), tr("Valid &to:"), {}, {}, tr("YYYY-MM-DD, empty: open")}},
            [this](const QHash<QString, QString>& v) {
                m_workspace.book().masterData().addAgreement(
                    m_workspace.session(),
                    {text(v, "code"), text(v, "party_a"), text(v, "party_b"), text(v, "unit"),
                     canonicalNumber(v.value(QStringLiteral("swing"))), text(v, "warn_percent"),
                     text(v, "from"), text(v, "to")});
            },
            this);
        if (dialog.exec() == QDialog::Accepted)
            m_workspace.notifyMasterDataChanged();
    } catch (const std::exception& e) {
        showError(this, e);
    }
}

void MasterDataPage::setPrice() {
    try {
        QStringList goods;
        for (const Good& g : m_workspace.book().masterData().goods(m_workspace.session()))
            goods << toQ(g.code);
        FormDialog dialog(
            tr("Set price in %1").arg(m_priceAgreement->currentText()),
            {{QStringLiteral("good"), tr("&Good:"), goods},
             {QStringLiteral("unit_price"), tr("Unit &price:")},
             {QStringLiteral("effective_from"),
              tr("&Effective from:"),
              {},
              QDate::currentDate().toString(Qt::ISODate),
              tr("YYYY-MM-DD")}},
            [this](const QHash<QString, QString>& v) {
                m_workspace.book().masterData().setPrice(
                    m_workspace.session(), {fromQ(m_priceAgreement->currentText()), text(v, "good"),
                                            canonicalNumber(v.value(QStringLiteral("unit_price"))),
                                            text(v, "effective_from")});
            },
            this);
        if (dialog.exec() == QDialog::Accepted)
            m_workspace.notifyMasterDataChanged();
    } catch (const std::exception& e) {
        showError(this, e);
    }
}

void MasterDataPage::addUser() {
    FormDialog dialog(
        tr("Add user"),
        {{QStringLiteral("name"), tr("&Name:", "of a user")},
         {QStringLiteral("role"),
          tr("&Role:"),
          {QStringLiteral("clerk"), QStringLiteral("manager"), QStringLiteral("auditor"),
           QStringLiteral("admin")},
          {},
          {},
          false,
          {roleText(Role::Clerk), roleText(Role::Manager), roleText(Role::Auditor),
           roleText(Role::Admin)}},
         {QStringLiteral("password"), tr("&Password:"), {}, {}, {}, true}},
        [this](const QHash<QString, QString>& v) {
            m_workspace.book().users().addUser(m_workspace.session(), text(v, "name"),
                                               text(v, "role"), text(v, "password"));
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        m_workspace.notifyMasterDataChanged();
}

void MasterDataPage::changeUser(bool unlock) {
    const QModelIndexList rows = m_usersTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const std::string name = fromQ(m_users->row(rows.front().row()).key);
    try {
        if (unlock)
            m_workspace.book().users().unlockUser(m_workspace.session(), name);
        else
            m_workspace.book().users().disableUser(m_workspace.session(), name);
        m_workspace.notifyMasterDataChanged();
    } catch (const std::exception& e) {
        showError(this, e);
    }
}

} // namespace barter::ui
