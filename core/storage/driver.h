// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The storage seam (DESIGN.md §4, §10): what a backend gives the rest of the core. A book's
// connection is one of two drivers, the embedded SQLite file (sqlite_driver.cpp) or a
// PostgreSQL server (pg/pg_driver.cpp); `Database`, `Statement` and `Transaction`
// (database.h) are the face everything above storage uses, and write SQL both accept:
// parameters as ?1, ?2…, RETURNING instead of a last-row id where it matters, ON CONFLICT.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace barter::storage {

enum class Dialect { Sqlite, Postgres };

// The kind of a value in a result row, with SQLite's numbering (SQLITE_INTEGER…): a server's
// integers, numerics and booleans are Integer, its bytea Blob, everything else Text.
enum class ColumnType { Integer = 1, Float = 2, Text = 3, Blob = 4, Null = 5 };

class StatementDriver {
public:
    virtual ~StatementDriver() = default;
    virtual void bindInt(int index, std::int64_t value) = 0;
    virtual void bindText(int index, std::string_view text) = 0;
    virtual void bindBlob(int index, const void* data, int size) = 0;
    virtual void bindNull(int index) = 0;
    virtual bool step() = 0;  // true while a row is available
    virtual void reset() = 0; // back to the start, parameters cleared
    virtual ColumnType columnType(int column) const = 0;
    virtual std::int64_t getInt(int column) const = 0;
    virtual std::string getText(int column) const = 0;
    virtual std::vector<unsigned char> getBlob(int column) const = 0;
};

class ConnectionDriver {
public:
    virtual ~ConnectionDriver() = default;
    virtual Dialect dialect() const = 0;
    virtual void exec(std::string_view sql) = 0; // one or more statements without parameters
    virtual std::unique_ptr<StatementDriver> prepare(std::string_view sql) = 0;
    virtual std::int64_t lastInsertId() = 0;
    virtual std::int64_t changes() const = 0; // rows the last statement changed
    virtual bool inTransaction() const = 0;
    // Starts a write transaction holding the book's write lock: one writer at a time, so
    // sequence numbers stay gapless and every check sees what committed before it.
    virtual void beginWrite() = 0;
    // Starts a transaction that only reads, whose statements all see one snapshot; returns
    // whether it started one, to be ended with exec("COMMIT").
    virtual bool beginRead() { return false; }
    // A statement whose rows may be many (a walk of the whole journal): inside a transaction a
    // driver that would otherwise hold every row in memory reads them in batches.
    virtual std::unique_ptr<StatementDriver> prepareScan(std::string_view sql) {
        return prepare(sql);
    }
    // For a bulk load inside a transaction: plain appends (INSERT … VALUES of parameters only)
    // may be sent later and in batches, before anything else runs on the connection (the
    // commit too); a rollback drops them. A driver without a faster way ignores it.
    virtual void setBulkAppends(bool on) { (void)on; }
};

} // namespace barter::storage
