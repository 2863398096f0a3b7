// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs an import off the UI thread on its own connection to the book (SQLite connections are
// not shared between threads), as the same user. Progress is reported as signals; cancel()
// makes the core stop, roll back and change nothing.

#include "book/session.h"

#include <QObject>
#include <QStringList>

#include <atomic>

namespace barter::ui {

// What a protocol import (DESIGN.md §11) needs beside the file and the agreement.
struct ProtocolImportOptions {
    QString name, from, through;
    bool strict = false;
};

class ImportWorker : public QObject {
    Q_OBJECT
public:
    enum class Kind { Deliveries, Goods, Prices, Protocol };
    using ProtocolOptions = ProtocolImportOptions;
    ImportWorker(QString bookPath, Session session, Kind kind, QString file, QString agreement,
                 ProtocolOptions protocol = {});
    void cancel() { m_cancel = true; }

public slots:
    void run();

signals:
    void progress(qint64 done, qint64 total);
    void succeeded(const QString& summary);
    // `problems` lists every bad row as "line N: column: reason".
    void failed(const QString& message, const QStringList& problems);

private:
    QString m_bookPath;
    Session m_session;
    Kind m_kind;
    QString m_file;
    QString m_agreement;
    ProtocolOptions m_protocol;
    std::atomic<bool> m_cancel{false};
};

} // namespace barter::ui
