// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small form for one piece of master data (a party, a good, a price…). The values go to a
// core service as typed; the core's problems appear under the fields they name, and the dialog
// stays open until the core accepts.

#include <QDialog>
#include <QHash>
#include <QStringList>

#include <functional>
#include <vector>

class QWidget;

namespace barter::ui {

class InlineError;

class FormDialog : public QDialog {
    Q_OBJECT
public:
    struct Field {
        QString key;              // the core's name for the field ("hs_code"), also the object name
        QString label;            // with a mnemonic
        QStringList choices = {}; // a drop-down when not empty
        QString initial = {};
        QString placeholder = {};
        bool password = false;
        QStringList choiceTexts = {}; // what the drop-down shows for each choice (translated)
    };
    // Throws barter::Error (InvalidInput with the fields' keys) when the core refuses.
    using Submit = std::function<void(const QHash<QString, QString>& values)>;

    FormDialog(const QString& title, std::vector<Field> fields, Submit submit,
               QWidget* parent = nullptr);
    QHash<QString, QString> values() const;
    QWidget* editor(const QString& key) const { return m_editors.value(key); }

public slots:
    void submit();

private:
    std::vector<Field> m_fields;
    Submit m_submit;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, InlineError*> m_errors;
    InlineError* m_general = nullptr;
};

} // namespace barter::ui
