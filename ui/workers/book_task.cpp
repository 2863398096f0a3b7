// SPDX-License-Identifier: GPL-3.0-or-later
#include "book_task.h"

#include "adapters/text.h"
#include "widgets/error_display.h"
#include "workspace.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

namespace barter::ui {

BookTask::BookTask(QString bookPath, Session session, Work work, Book::Purpose purpose)
    : m_bookPath(std::move(bookPath)), m_session(std::move(session)), m_purpose(purpose),
      m_work(std::move(work)) {}

void BookTask::run() {
    try {
        Book book = Book::open(fromQ(m_bookPath), m_purpose);
        const Session s = book.resume(m_session);
        const Progress report = [this](std::int64_t done, std::int64_t total) {
            emit progress(done, total);
            return !m_cancel.load();
        };
        book.setProgress(report);
        emit finished(true, m_work(book, s, report));
    } catch (const Cancelled&) {
        emit finished(false, tr("Cancelled; nothing was written."));
    } catch (const std::exception& e) {
        emit finished(false, describeError(e));
    }
}

bool runWithProgress(QWidget* parent, Workspace& workspace, const QString& title,
                     const BookTask::Work& work, QString& message) {
    QProgressDialog dialog(title, QObject::tr("Cancel"), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("taskProgress"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    QThread thread;
    auto* task = new BookTask(workspace.path(), workspace.session(), work, workspace.purpose());
    task->moveToThread(&thread);
    bool ok = false;
    QEventLoop loop;
    QObject::connect(&thread, &QThread::started, task, &BookTask::run);
    QObject::connect(task, &BookTask::progress, &dialog, [&dialog](qint64 done, qint64 total) {
        if (total > 0) {
            dialog.setMaximum(1000);
            dialog.setValue(static_cast<int>(done * 1000 / total));
        }
    });
    QObject::connect(task, &BookTask::finished, &loop, [&](bool succeeded, const QString& said) {
        ok = succeeded;
        message = said;
        loop.quit();
    });
    QObject::connect(
        &dialog, &QProgressDialog::canceled, task, [task] { task->cancel(); },
        Qt::DirectConnection);
    thread.start();
    loop.exec();
    thread.quit();
    thread.wait();
    delete task;
    dialog.reset();
    return ok;
}

} // namespace barter::ui
