// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The server driver: a book in a PostgreSQL 15 database (DESIGN.md §10), on the libpq layer
// of connection.h. Statements written for both backends (?1, ?2… parameters) are turned into
// the server's ($1, $2…) once, when prepared; values are sent typed (bigint, text, bytea) and
// read back in text form.

#include "../driver.h"
#include "connection.h"

namespace barter::storage {

class PgConnection final : public ConnectionDriver {
public:
    explicit PgConnection(pg::Connection connection);

    Dialect dialect() const override { return Dialect::Postgres; }
    void exec(std::string_view sql) override;
    std::unique_ptr<StatementDriver> prepare(std::string_view sql) override;
    // Inside a transaction, through a cursor read 4096 rows at a time.
    std::unique_ptr<StatementDriver> prepareScan(std::string_view sql) override;
    std::int64_t lastInsertId() override;
    std::int64_t changes() const override { return m_changes; }
    bool inTransaction() const override;
    void beginWrite() override;
    bool beginRead() override; // REPEATABLE READ, READ ONLY

    void setBulkAppends(bool on) override;

    pg::Connection& connection() { return m_connection; }
    void setChanges(std::int64_t rows) { m_changes = rows; }
    // Scans' cursors: a name new on this connection, and which transaction began last (a
    // cursor is closed early only in the transaction that declared it).
    std::string nextCursorName();
    std::uint64_t transactionEpoch() const { return m_epoch; }

    // Bulk appends: rows held for COPY, per table in the order the tables were first appended
    // to (an exchange before its lines, lines before their verdicts), sent by flush().
    bool holdsAppends() const { return m_bulk && m_connection.inTransaction(); }
    void hold(const std::string& table, const std::string& columns, const std::string& row);
    void flush();

private:
    struct Held {
        std::string table, columns, rows;
    };
    pg::Connection m_connection;
    std::int64_t m_changes = 0;
    bool m_bulk = false;
    std::vector<Held> m_held;
    std::size_t m_heldBytes = 0;
    std::uint64_t m_cursors = 0;
    std::uint64_t m_epoch = 0;
    bool m_writing = false; // in a write transaction (beginWrite), which notifies at its commit
};

// `sql` with SQLite's parameters (?NNN, and ? counted from 1) written as the server's ($NNN),
// quoted text, quoted names and comments left alone.
std::string serverParameters(std::string_view sql);

// The key of the book's write lock (pg_advisory_xact_lock), the same for every desk: advisory
// locks belong to one database, so two books on one server never share it.
inline constexpr std::int64_t kWriteLockKey = 0x42525452; // "BRTR"

// The channel a write transaction notifies when it commits (NOTIFY, LISTEN): channels belong to
// one database too, so every desk of this book, and only they, hear it.
inline constexpr const char* kChangeChannel = "barter_book_changed";

} // namespace barter::storage
