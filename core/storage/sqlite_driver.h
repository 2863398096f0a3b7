// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The embedded driver: a book in one SQLite file, every connection through the page-checksum
// VFS (checksum_vfs.h). Failures throw StorageError with SQLite's result code; a trigger's
// refusal keeps its message.

#include "driver.h"

#include <string>

struct sqlite3;

namespace barter::storage {

class SqliteConnection final : public ConnectionDriver {
public:
    // `create`: a new file (refused when one exists), with room for page checksums; otherwise
    // an existing one (never created). A file that can only be read opens for reading.
    SqliteConnection(const std::string& path, bool create);
    ~SqliteConnection() override;
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    Dialect dialect() const override { return Dialect::Sqlite; }
    void exec(std::string_view sql) override;
    std::unique_ptr<StatementDriver> prepare(std::string_view sql) override;
    std::int64_t lastInsertId() override;
    std::int64_t changes() const override;
    bool inTransaction() const override;
    void beginWrite() override;
    bool beginRead() override; // a deferred transaction: one snapshot until it ends

    sqlite3* handle() { return m_db; }
    bool readOnly() const { return m_readOnly; }

private:
    void reopenImmutable(const std::string& path);
    sqlite3* m_db = nullptr;
    bool m_readOnly = false;
};

// The page whose checksum failed last on a connection (0: none, or not known).
std::int64_t lastDamagedPage(sqlite3* db);

// What a user can do something about, in their words, with SQLite's own text in brackets.
std::string describeSqlite(sqlite3* db, int code, const std::string& sqliteMessage);

} // namespace barter::storage
