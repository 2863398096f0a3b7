// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect_dialog.h"

#include "adapters/text.h"
#include "error.h"
#include "storage/locator.h"
#include "widgets/error_display.h"
#include "widgets/inline_error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace barter::ui {

namespace {
const QString kKey = QStringLiteral("server/");

QString sslModeText(const QString& mode) {
    if (mode == QLatin1String("verify-full"))
        return ConnectDialog::tr("verify-full: encrypted, to the server its certificate names "
                                 "(suggested)");
    if (mode == QLatin1String("verify-ca"))
        return ConnectDialog::tr("verify-ca: encrypted, to a server our authority certified");
    if (mode == QLatin1String("require"))
        return ConnectDialog::tr("require: encrypted, to any server");
    if (mode == QLatin1String("prefer"))
        return ConnectDialog::tr("prefer: encrypted if the server can");
    if (mode == QLatin1String("allow"))
        return ConnectDialog::tr("allow: unencrypted unless the server insists");
    return ConnectDialog::tr("disable: never encrypted (a local socket)");
}
} // namespace

ConnectDialog::ConnectDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a server book"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A book on a PostgreSQL server, shared by every desk of the "
                                "house. Your administrator gives you its address and your user "
                                "name; the password is asked next."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    const QSettings settings;
    auto field = [&](const char* name, const QString& label, const QString& placeholder) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        edit->setText(settings.value(kKey + QLatin1String(name)).toString());
        form->addRow(label, edit);
        return edit;
    };
    m_host = field("host", tr("&Host:"), tr("db.example.org, or a socket folder"));
    m_port = field("port", tr("P&ort:"), QStringLiteral("5432"));
    m_port->setMaxLength(5);
    m_database = field("database", tr("&Database:"), tr("the book's database"));
    m_user = field("user", tr("&User:"), tr("your user name"));
    m_sslmode = new QComboBox(this);
    m_sslmode->setObjectName(QStringLiteral("sslmode"));
    for (const char* mode : kSslModes)
        m_sslmode->addItem(sslModeText(QLatin1String(mode)), QLatin1String(mode));
    const int saved =
        m_sslmode->findData(settings.value(kKey + QLatin1String("sslmode")).toString());
    m_sslmode->setCurrentIndex(std::max(0, saved)); // verify-full unless chosen otherwise
    form->addRow(tr("&Encryption (TLS):"), m_sslmode);
    layout->addLayout(form);
    m_error = new InlineError(QStringLiteral("connectError"), this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->addButton(tr("&Connect…"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("connect"));
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    (m_host->text().isEmpty()       ? m_host
     : m_database->text().isEmpty() ? m_database
                                    : m_user)
        ->setFocus();
}

QString ConnectDialog::user() const {
    return m_user->text().trimmed();
}

void ConnectDialog::tryAccept() {
    ServerAddress address;
    address.host = fromQ(m_host->text().trimmed());
    address.port = fromQ(m_port->text().trimmed());
    address.database = fromQ(m_database->text().trimmed());
    address.user = fromQ(user());
    address.sslmode = fromQ(m_sslmode->currentData().toString());
    // A Unix socket carries no TLS (libpq ignores sslmode there): the URI does not claim it.
    if (!address.host.empty() && address.host.front() == '/')
        address.sslmode.clear();
    try {
        m_uri = toQ(serverUri(address));
    } catch (const InvalidInput& e) {
        m_error->show(describeError(e));
        const std::string field = e.problems().empty() ? std::string() : e.problems()[0].field;
        QWidget* wrong = field == "port"       ? m_port
                         : field == "database" ? m_database
                         : field == "user"     ? m_user
                         : field == "sslmode"  ? static_cast<QWidget*>(m_sslmode)
                                               : m_host;
        wrong->setFocus();
        return;
    }
    QSettings settings;
    settings.setValue(kKey + QLatin1String("host"), m_host->text().trimmed());
    settings.setValue(kKey + QLatin1String("port"), m_port->text().trimmed());
    settings.setValue(kKey + QLatin1String("database"), m_database->text().trimmed());
    settings.setValue(kKey + QLatin1String("user"), user());
    settings.setValue(kKey + QLatin1String("sslmode"), m_sslmode->currentData().toString());
    accept();
}

} // namespace barter::ui
