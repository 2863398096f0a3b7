// SPDX-License-Identifier: GPL-3.0-or-later
#include "error_display.h"

#include "adapters/text.h"

#include <QMessageBox>
#include <QObject>

namespace barter::ui {

QString problemText(const Problem& p) {
    QString text = p.line > 0 ? QObject::tr("line %1: ").arg(p.line) : QString();
    if (!p.field.empty())
        text += toQ(p.field) + QStringLiteral(": ");
    return text + toQ(p.message);
}

QString describeError(const std::exception& error) {
    if (const auto* invalid = dynamic_cast<const InvalidInput*>(&error)) {
        QStringList lines;
        for (const Problem& p : invalid->problems())
            lines << problemText(p);
        return lines.join(QLatin1Char('\n'));
    }
    return toQ(error.what());
}

void showError(QWidget* parent, const std::exception& error) {
    QString title = QObject::tr("Error");
    if (const auto* e = dynamic_cast<const Error*>(&error)) {
        switch (e->kind()) {
        case ErrorKind::Usage:
        case ErrorKind::Invalid:
            title = QObject::tr("Not accepted");
            break;
        case ErrorKind::Permission:
            title = QObject::tr("Not permitted");
            break;
        case ErrorKind::Integrity:
            title = QObject::tr("Integrity check failed");
            break;
        case ErrorKind::Storage:
            title = QObject::tr("Cannot use the book file");
            break;
        }
    }
    QMessageBox box(QMessageBox::Warning, title, describeError(error), QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("errorBox"));
    box.exec();
}

} // namespace barter::ui
