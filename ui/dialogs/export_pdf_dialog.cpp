// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_pdf_dialog.h"

#include "adapters/text.h"
#include "statement_pdf.h"
#include "widgets/date_field.h"
#include "widgets/error_display.h"
#include "workers/book_task.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace barter::ui {

ExportPdfDialog::ExportPdfDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace) {
    setObjectName(QStringLiteral("exportPdfDialog"));
    setWindowTitle(tr("Export statement as PDF"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_agreement = new QComboBox(this);
    m_agreement->setObjectName(QStringLiteral("agreement"));
    for (const Agreement& a : workspace.book().masterData().agreements(workspace.session()))
        m_agreement->addItem(toQ(a.code));
    m_from = DateField::optional(QStringLiteral("from"), this);
    m_to = DateField::optional(QStringLiteral("to"), this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QStringLiteral("English"), static_cast<int>(pdf::Language::English));
    m_language->addItem(QStringLiteral("Русский"), static_cast<int>(pdf::Language::Russian));
    m_language->addItem(QStringLiteral("한국어"), static_cast<int>(pdf::Language::Korean));
    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paper"));
    m_paper->addItem(QStringLiteral("A4"), static_cast<int>(pdf::Paper::A4));
    m_paper->addItem(QStringLiteral("Letter"), static_cast<int>(pdf::Paper::Letter));
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("file"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("&Agreement:"), m_agreement);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(tr("&Save as:"), fileRow);
    layout->addLayout(form);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_outcome);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* go = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("export"));
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the statement"),
            m_agreement->currentText() + QStringLiteral("-statement.pdf"), tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
    connect(m_agreement, &QComboBox::currentTextChanged, this, [this](const QString& code) {
        if (m_file->text().isEmpty() || m_file->text().endsWith(QStringLiteral("-statement.pdf")))
            m_file->setText(code + QStringLiteral("-statement.pdf"));
    });
    m_file->setText(m_agreement->currentText() + QStringLiteral("-statement.pdf"));
    connect(go, &QPushButton::clicked, this, [this] {
        if (exportNow())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, height());
}

void ExportPdfDialog::setFile(const QString& path) {
    m_file->setText(path);
}

void ExportPdfDialog::setAgreement(const QString& code) {
    m_agreement->setCurrentText(code);
}

QString ExportPdfDialog::outcome() const {
    return m_outcome->text();
}

bool ExportPdfDialog::exportNow() {
    const std::string agreement = fromQ(m_agreement->currentText());
    const std::optional<Date> from = m_from->chosen(), to = m_to->chosen();
    const auto language = static_cast<pdf::Language>(m_language->currentData().toInt());
    const auto paper = static_cast<pdf::Paper>(m_paper->currentData().toInt());
    const std::string file = fromQ(m_file->text());
    QString message;
    const bool ok = runWithProgress(
        this, m_workspace, tr("Drawing the statement…"),
        [=](Book& book, const Session& s, const BookTask::Progress& progress) {
            const pdf::StatementPdf r = pdf::writeStatementPdf(book, s, agreement, from, to,
                                                               language, paper, file, progress);
            return tr("Saved %1: %n page(s), %2 line(s); SHA-256 of the statement as CSV %3.",
                      nullptr, r.pages)
                .arg(toQ(file))
                .arg(r.lines)
                .arg(toQ(r.csvSha256));
        },
        message);
    m_outcome->setStyleSheet(ok ? QStringLiteral("color: #2e7d32;")
                                : QStringLiteral("color: #b00020;"));
    m_outcome->setText(message);
    return ok;
}

} // namespace barter::ui
