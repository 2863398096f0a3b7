// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Long work (verify, PDF exports) off the UI thread, on its own connection to the book (SQLite
// connections are not shared between threads) as the same user, with a progress dialog whose
// Cancel makes the core stop: nothing is written then, no file is left.

#include "book/book.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QWidget;

namespace barter::ui {

class Workspace;

class BookTask : public QObject {
    Q_OBJECT
public:
    // Does the work and returns what to tell the user. `progress(done, total)` returns false
    // when the user cancelled; the work then throws Cancelled (the core's Book::setProgress
    // does this by itself).
    using Progress = std::function<bool(std::int64_t done, std::int64_t total)>;
    using Work = std::function<QString(Book& book, const Session& session, const Progress&)>;

    BookTask(QString bookPath, Session session, Work work,
             Book::Purpose purpose = Book::Purpose::Use);
    void cancel() { m_cancel = true; }

public slots:
    void run();

signals:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString& message);

private:
    QString m_bookPath;
    Session m_session;
    Book::Purpose m_purpose;
    Work m_work;
    std::atomic<bool> m_cancel{false};
};

// Runs `work` with a modal progress dialog titled `title`; returns whether it succeeded and
// sets `message` to what it said (or the error).
bool runWithProgress(QWidget* parent, Workspace& workspace, const QString& title,
                     const BookTask::Work& work, QString& message);

} // namespace barter::ui
