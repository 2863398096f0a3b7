// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Importing deliveries, goods, prices or a trade protocol from a CSV file (DESIGN.md §7, §11): a
// preview of the first rows, then the import runs off the UI thread with a progress bar and Cancel.
// On errors every bad row is listed as "line N: column: reason" (copyable), and the book is
// unchanged.

#include "workers/import_worker.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;

namespace barter::ui {

class TextTableModel;
class Workspace;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString& file);
    void setKind(ImportWorker::Kind kind);
    void setAgreement(const QString& code);
    bool running() const { return m_thread != nullptr; }
    QString errorsText() const;

public slots:
    void start();
    void cancel();
    // Cancels a running import (the dialog stays until it has rolled back), else closes.
    void reject() override;

signals:
    void done(bool ok);

private:
    void loadPreview();
    void finish(bool ok, const QString& message, const QStringList& problems);
    ImportWorker::Kind kind() const;

    Workspace& m_workspace;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_file = nullptr;
    QComboBox* m_agreement = nullptr;
    // A protocol's name, period and strictness (shown for a protocol import only).
    QWidget* m_protocolBox = nullptr;
    QLineEdit* m_protocolName = nullptr;
    QDateEdit* m_protocolFrom = nullptr;
    QDateEdit* m_protocolThrough = nullptr;
    QCheckBox* m_strict = nullptr;
    QLabel* m_columns = nullptr;
    QTableView* m_preview = nullptr;
    TextTableModel* m_previewModel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_errors = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_close = nullptr;
    QThread* m_thread = nullptr;
    ImportWorker* m_worker = nullptr;
};

} // namespace barter::ui
