// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Book → Export statement as PDF…: the agreement, the period, the language and the paper, and
// where to save it. The PDF is drawn off the UI thread with a progress bar that can cancel it
// (then no file is left).

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace barter::ui {

class DateField;
class Workspace;

class ExportPdfDialog : public QDialog {
    Q_OBJECT
public:
    ExportPdfDialog(Workspace& workspace, QWidget* parent = nullptr);
    void setFile(const QString& path);
    void setAgreement(const QString& code);
    // Exports with what the form says; true when the file was written.
    bool exportNow();
    QString outcome() const;

private:
    Workspace& m_workspace;
    QComboBox* m_agreement = nullptr;
    DateField* m_from = nullptr;
    DateField* m_to = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_paper = nullptr;
    QLineEdit* m_file = nullptr;
    QLabel* m_outcome = nullptr;
};

} // namespace barter::ui
