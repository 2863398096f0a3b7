// SPDX-License-Identifier: GPL-3.0-or-later
#include "damaged_book.h"

#include "adapters/text.h"
#include "dialogs/login_dialog.h"
#include "widgets/error_display.h"
#include "workers/book_task.h"
#include "workspace.h"

#include "storage/database.h"

#include <QMessageBox>
#include <QPushButton>

namespace barter::ui {

QString damageReport(const VerifyResult& r) {
    QStringList lines;
    if (r.damagedPageCount > 0) {
        lines << QObject::tr("%n page(s) of the book do not match their checksums.", nullptr,
                             static_cast<int>(r.damagedPageCount));
        QStringList owners;
        for (const Database::PageOwner& owner : r.damagedObjects)
            owners << (owner.kind == "index" ? QObject::tr("index %1") : QObject::tr("table %1"))
                          .arg(toQ(owner.name));
        if (!owners.isEmpty())
            lines << QObject::tr("Damaged: %1.").arg(owners.join(QStringLiteral(", ")));
    } else if (r.damaged) {
        lines << toQ(r.problem);
    }
    if (r.chainIntact)
        lines << QObject::tr("The journal and its chain are intact: %n exchange(s), head %1.",
                             nullptr, static_cast<int>(r.exchanges))
                     .arg(toQ(toHex(r.head)));
    else if (r.firstBadSeq)
        lines << QObject::tr("The journal and its chain are NOT intact from exchange %1: %2")
                     .arg(*r.firstBadSeq)
                     .arg(toQ(r.chainProblem));
    else
        lines
            << QObject::tr("The journal and its chain are NOT intact: %1").arg(toQ(r.chainProblem));
    lines << QObject::tr("Nothing was written to the book. Restore it from a backup, or ask "
                         "whoever changed the file.");
    return lines.join(QStringLiteral("\n\n"));
}

namespace {
// Opens the damaged book for verification, asks for a login and verifies it off the UI thread.
void verifyDamaged(QWidget* parent, Workspace& workspace, const QString& path) {
    try {
        workspace.open(path, Book::Purpose::Inspect);
    } catch (const std::exception& e) {
        showError(parent, e);
        return;
    }
    LoginDialog login(workspace, QString(), parent);
    if (login.exec() != QDialog::Accepted) {
        workspace.close();
        return;
    }
    QString message;
    bool sound = false; // written by the worker, read after it has finished
    const bool ran = runWithProgress(
        parent, workspace, QObject::tr("Verifying the damaged book…"),
        [&sound](Book& book, const Session& s, const BookTask::Progress&) {
            const VerifyResult r = book.integrity().verifyReport(s);
            sound = r.ok;
            return r.ok ? QObject::tr("The book verifies: %n exchange(s), head %1. It was damaged "
                                      "when it was opened and is not now; open it again.",
                                      nullptr, static_cast<int>(r.exchanges))
                              .arg(toQ(toHex(r.head)))
                        : damageReport(r);
        },
        message);
    workspace.close();
    QMessageBox box(ran && sound ? QMessageBox::Information : QMessageBox::Critical,
                    QObject::tr("Verification of %1").arg(path), message, QMessageBox::Close,
                    parent);
    box.setObjectName(QStringLiteral("damageReport"));
    box.exec();
}
} // namespace

bool offerVerification(QWidget* parent, Workspace& workspace, const QString& path,
                       const std::exception& error) {
    if (!describesDamage(error)) {
        showError(parent, error);
        return false;
    }
    QMessageBox box(QMessageBox::Critical, QObject::tr("The book is damaged"), describeError(error),
                    QMessageBox::Close, parent);
    box.setObjectName(QStringLiteral("damagedBook"));
    box.setInformativeText(QObject::tr("Barter Ledger will not work in a damaged book. Verify… "
                                       "reads it without changing anything and tells you what "
                                       "is damaged and whether the journal still holds."));
    QPushButton* verify = box.addButton(QObject::tr("Verify…"), QMessageBox::AcceptRole);
    verify->setObjectName(QStringLiteral("verifyDamaged"));
    box.setDefaultButton(verify);
    box.exec();
    if (box.clickedButton() != verify)
        return false;
    verifyDamaged(parent, workspace, path);
    return true;
}

} // namespace barter::ui
