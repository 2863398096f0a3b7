// SPDX-License-Identifier: GPL-3.0-or-later
#include "form_dialog.h"

#include "adapters/text.h"
#include "error.h"
#include "widgets/error_display.h"
#include "widgets/inline_error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace barter::ui {

FormDialog::FormDialog(const QString& title, std::vector<Field> fields, Submit submit,
                       QWidget* parent)
    : QDialog(parent), m_fields(std::move(fields)), m_submit(std::move(submit)) {
    setObjectName(QStringLiteral("formDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    for (const Field& f : m_fields) {
        QWidget* editor = nullptr;
        if (!f.choices.isEmpty()) {
            auto* combo = new QComboBox(this);
            for (qsizetype i = 0; i < f.choices.size(); ++i)
                combo->addItem(i < f.choiceTexts.size() ? f.choiceTexts.at(i) : f.choices.at(i),
                               f.choices.at(i));
            if (!f.initial.isEmpty())
                combo->setCurrentIndex(std::max(0, combo->findData(f.initial)));
            editor = combo;
        } else {
            auto* edit = new QLineEdit(f.initial, this);
            edit->setPlaceholderText(f.placeholder);
            if (f.password)
                edit->setEchoMode(QLineEdit::Password);
            editor = edit;
        }
        editor->setObjectName(f.key);
        auto* error = new InlineError(f.key + QStringLiteral("Error"), this);
        form->addRow(f.label, editor);
        form->addRow(QString(), error);
        m_editors.insert(f.key, editor);
        m_errors.insert(f.key, error);
    }
    layout->addLayout(form);
    m_general = new InlineError(QStringLiteral("formError"), this);
    layout->addWidget(m_general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("save"));
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &FormDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QHash<QString, QString> FormDialog::values() const {
    QHash<QString, QString> out;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (auto* combo = qobject_cast<QComboBox*>(it.value()))
            out.insert(it.key(), combo->currentData().toString());
        else if (auto* edit = qobject_cast<QLineEdit*>(it.value()))
            out.insert(it.key(), edit->echoMode() == QLineEdit::Password ? edit->text()
                                                                         : edit->text().trimmed());
    }
    return out;
}

void FormDialog::submit() {
    for (InlineError* e : std::as_const(m_errors))
        e->show({});
    m_general->show({});
    try {
        m_submit(values());
        accept();
    } catch (const InvalidInput& e) {
        QStringList general;
        QHash<QString, QStringList> byField;
        for (const Problem& p : e.problems()) {
            const QString key = toQ(p.field);
            if (m_errors.contains(key))
                byField[key] << toQ(p.message);
            else
                general << problemText(p);
        }
        for (auto it = byField.cbegin(); it != byField.cend(); ++it)
            m_errors.value(it.key())->show(it.value().join(QLatin1Char('\n')));
        m_general->show(general.join(QLatin1Char('\n')));
        for (const Field& f : m_fields)
            if (byField.contains(f.key)) {
                m_editors.value(f.key)->setFocus();
                break;
            }
    } catch (const std::exception& e) {
        m_general->show(describeError(e));
    }
}

} // namespace barter::ui
