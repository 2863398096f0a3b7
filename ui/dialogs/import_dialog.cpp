// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_dialog.h"

#include "adapters/text.h"
#include "io/csv_preview.h"
#include "models/text_table_model.h"
#include "widgets/error_display.h"
#include "workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace barter::ui {

namespace {
constexpr std::size_t kPreviewRows = 20;
}

ImportDialog::ImportDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import from CSV"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    // While entries need approval, a clerk's import would bypass it: the core refuses it, so
    // it is not offered.
    if (workspace.may(Action::EnterExchange) &&
        !workspace.book().settings().needsApproval(workspace.session()))
        m_kind->addItem(tr("Deliveries"), static_cast<int>(ImportWorker::Kind::Deliveries));
    if (workspace.may(Action::ManageMasterData)) {
        m_kind->addItem(tr("Goods"), static_cast<int>(ImportWorker::Kind::Goods));
        m_kind->addItem(tr("Prices"), static_cast<int>(ImportWorker::Kind::Prices));
        m_kind->addItem(tr("Protocol"), static_cast<int>(ImportWorker::Kind::Protocol));
    }
    form->addRow(tr("&What:"), m_kind);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("file"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setAutoDefault(false);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    m_agreement = new QComboBox(this);
    m_agreement->setObjectName(QStringLiteral("agreement"));
    for (const Agreement& a : workspace.book().masterData().agreements(workspace.session()))
        m_agreement->addItem(toQ(a.code));
    form->addRow(tr("&Agreement:"), m_agreement);
    layout->addLayout(form);
    m_protocolBox = new QWidget(this);
    auto* protocolForm = new QFormLayout(m_protocolBox);
    protocolForm->setContentsMargins(0, 0, 0, 0);
    m_protocolName = new QLineEdit(m_protocolBox);
    m_protocolName->setObjectName(QStringLiteral("protocolName"));
    m_protocolName->setPlaceholderText(tr("e.g. 2025; the same name again makes a new version"));
    protocolForm->addRow(tr("Protocol &name:"), m_protocolName);
    const int year = QDate::currentDate().year();
    m_protocolFrom = new QDateEdit(QDate(year, 1, 1), m_protocolBox);
    m_protocolFrom->setObjectName(QStringLiteral("protocolFrom"));
    m_protocolThrough = new QDateEdit(QDate(year, 12, 31), m_protocolBox);
    m_protocolThrough->setObjectName(QStringLiteral("protocolThrough"));
    for (QDateEdit* d : {m_protocolFrom, m_protocolThrough}) {
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setCalendarPopup(true);
    }
    auto* period = new QHBoxLayout;
    period->addWidget(m_protocolFrom);
    period->addWidget(new QLabel(tr("through"), m_protocolBox));
    period->addWidget(m_protocolThrough);
    period->addStretch(1);
    protocolForm->addRow(tr("&Period from:"), period);
    m_strict = new QCheckBox(tr("&Strict: refuse a line past the plan unless a manager gives a "
                                "reason"),
                             m_protocolBox);
    m_strict->setObjectName(QStringLiteral("strict"));
    protocolForm->addRow(QString(), m_strict);
    layout->addWidget(m_protocolBox);

    m_columns = new QLabel(this);
    m_columns->setWordWrap(true);
    layout->addWidget(m_columns);
    m_preview = new QTableView(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_preview, 2);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->hide();
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_errors = new QPlainTextEdit(this);
    m_errors->setObjectName(QStringLiteral("errors"));
    m_errors->setReadOnly(true);
    m_errors->hide();
    layout->addWidget(m_errors, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_copy = buttons->addButton(tr("Copy errors"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyErrors"));
    m_copy->hide();
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("import"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("close"));
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(
            this, tr("Import from CSV"), m_file->text(), tr("CSV files (*.csv);;All files (*)"));
        if (!chosen.isEmpty())
            setFile(chosen);
    });
    connect(m_file, &QLineEdit::editingFinished, this, &ImportDialog::loadPreview);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportDialog::loadPreview);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::start);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(errorsText()); });
    resize(820, 560);
    loadPreview();
}

ImportDialog::~ImportDialog() {
    if (m_thread) {
        m_worker->cancel();
        m_thread->quit();
        m_thread->wait();
        delete m_worker;
    }
}

ImportWorker::Kind ImportDialog::kind() const {
    return static_cast<ImportWorker::Kind>(m_kind->currentData().toInt());
}

void ImportDialog::setFile(const QString& file) {
    m_file->setText(file);
    loadPreview();
}

void ImportDialog::setAgreement(const QString& code) {
    const int i = m_agreement->findText(code);
    if (i >= 0)
        m_agreement->setCurrentIndex(i);
}

void ImportDialog::setKind(ImportWorker::Kind k) {
    const int i = m_kind->findData(static_cast<int>(k));
    if (i >= 0)
        m_kind->setCurrentIndex(i);
}

QString ImportDialog::errorsText() const {
    return m_errors->toPlainText();
}

void ImportDialog::loadPreview() {
    const ImportWorker::Kind k = kind();
    m_agreement->setEnabled(k != ImportWorker::Kind::Goods);
    switch (k) {
    case ImportWorker::Kind::Deliveries:
        m_columns->setText(tr("Columns: date, reference, shipper, good, quantity, and optionally "
                              "unit_price, value, memo. Rows with one reference form one "
                              "exchange. The whole file is one transaction."));
        break;
    case ImportWorker::Kind::Goods:
        m_columns->setText(tr("Columns: code, name, hs_code, unit, and optionally decimals."));
        break;
    case ImportWorker::Kind::Prices:
        m_columns->setText(tr("Columns: good, effective_from, unit_price (for the agreement)."));
        break;
    case ImportWorker::Kind::Protocol:
        m_columns->setText(tr("Columns: shipper, good, planned_quantity, and optionally "
                              "planned_value: the goods each side undertakes to ship in the "
                              "period, in the good's unit (values in the unit of account)."));
        break;
    }
    m_protocolBox->setVisible(k == ImportWorker::Kind::Protocol);
    m_errors->hide();
    m_copy->hide();
    m_status->clear();
    m_import->setEnabled(!m_file->text().isEmpty());
    if (m_file->text().isEmpty()) {
        m_preview->setModel(nullptr);
        m_status->setText(tr("Choose a file (Browse…) to see its first rows before importing."));
        return;
    }
    try {
        const CsvPreview p = previewCsv(fromQ(m_file->text()), kPreviewRows);
        std::vector<TextTableModel::ColumnSpec> columns;
        columns.push_back({tr("Line"), true});
        for (const std::string& h : p.header)
            columns.push_back({toQ(h)});
        auto* model = new TextTableModel(std::move(columns), this);
        std::vector<TextTableModel::Row> rows;
        for (const CsvRecord& r : p.records) {
            QStringList cells{QString::number(r.line)};
            for (const std::string& f : r.fields)
                cells << toQ(f);
            rows.push_back({cells, {}, {}, false});
        }
        model->setRows(std::move(rows));
        m_preview->setModel(model);
        if (m_previewModel)
            m_previewModel->deleteLater();
        m_previewModel = model;
        m_status->setText(
            p.more ? tr("The first %1 rows; the import reads them all.").arg(kPreviewRows)
                   : tr("%n row(s).", nullptr, static_cast<int>(p.records.size())));
    } catch (const std::exception& e) {
        m_preview->setModel(nullptr);
        m_status->setText(describeError(e));
    }
}

void ImportDialog::start() {
    if (m_thread || m_file->text().isEmpty())
        return;
    m_errors->clear();
    m_errors->hide();
    m_copy->hide();
    m_progress->show();
    m_progress->setRange(0, 0); // reading the file: no total yet
    m_status->setText(tr("Importing…"));
    m_import->setEnabled(false);
    m_close->setText(tr("Cancel"));
    m_thread = new QThread(this);
    const ImportWorker::ProtocolOptions protocol{
        m_protocolName->text(), m_protocolFrom->date().toString(Qt::ISODate),
        m_protocolThrough->date().toString(Qt::ISODate), m_strict->isChecked()};
    m_worker = new ImportWorker(m_workspace.path(), m_workspace.session(), kind(), m_file->text(),
                                m_agreement->currentText(), protocol);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &ImportWorker::run);
    connect(m_worker, &ImportWorker::progress, this, [this](qint64 done, qint64 total) {
        if (total <= 0)
            return;
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(done * 1000 / total));
    });
    connect(m_worker, &ImportWorker::succeeded, this,
            [this](const QString& summary) { finish(true, summary, {}); });
    connect(m_worker, &ImportWorker::failed, this,
            [this](const QString& message, const QStringList& problems) {
                finish(false, message, problems);
            });
    m_thread->start();
}

void ImportDialog::finish(bool ok, const QString& message, const QStringList& problems) {
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    delete m_worker;
    m_worker = nullptr;
    m_progress->hide();
    m_status->setText(message);
    m_close->setText(tr("Close"));
    m_import->setEnabled(!ok);
    if (!problems.isEmpty()) {
        m_errors->setPlainText(problems.join(QLatin1Char('\n')));
        m_errors->show();
        m_copy->show();
    }
    if (ok) {
        m_workspace.notifyJournalChanged();
        m_workspace.notifyMasterDataChanged();
    }
    emit done(ok);
}

void ImportDialog::cancel() {
    if (m_worker)
        m_worker->cancel();
}

void ImportDialog::reject() {
    if (m_thread) {
        cancel(); // the dialog closes when the worker has rolled back
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace barter::ui
