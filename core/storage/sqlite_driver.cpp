// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlite_driver.h"

#include "../error.h"
#include "checksum_vfs.h"
#include "database.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <cctype>
#include <filesystem>

namespace barter::storage {

namespace {
// How long a write waits for another program's write to finish before giving up.
constexpr int kBusyTimeoutMs = 30000;

// Whether the schema can be read at all (a read-only file in write-ahead-log mode may not be).
bool canRead(sqlite3* db) {
    const int rc =
        sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    return (rc & 0xff) != SQLITE_READONLY;
}

[[noreturn]] void fail(sqlite3* db, int code, std::string_view what) {
    std::string message(what);
    message +=
        ": " + describeSqlite(db, code, db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code));
    throw StorageError(message, code);
}

class SqliteStatement final : public StatementDriver {
public:
    SqliteStatement(sqlite3* db, std::string_view sql) : m_db(db) {
        const int rc = sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()),
                                          SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
        if (rc != SQLITE_OK)
            fail(m_db, rc, "cannot prepare statement");
    }
    ~SqliteStatement() override { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    void bindInt(int index, std::int64_t value) override {
        check(sqlite3_bind_int64(m_stmt, index, value));
    }
    void bindText(int index, std::string_view text) override {
        check(sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()),
                                SQLITE_TRANSIENT));
    }
    void bindBlob(int index, const void* data, int size) override {
        check(sqlite3_bind_blob(m_stmt, index, data, size, SQLITE_TRANSIENT));
    }
    void bindNull(int index) override { check(sqlite3_bind_null(m_stmt, index)); }

    bool step() override {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        std::string message = describeSqlite(m_db, rc, sqlite3_errmsg(m_db));
        sqlite3_reset(m_stmt);
        throw StorageError(message, rc);
    }
    void reset() override {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    ColumnType columnType(int column) const override {
        return static_cast<ColumnType>(sqlite3_column_type(m_stmt, column));
    }
    std::int64_t getInt(int column) const override { return sqlite3_column_int64(m_stmt, column); }
    std::string getText(int column) const override {
        const unsigned char* text = sqlite3_column_text(m_stmt, column);
        if (text == nullptr)
            return {};
        return std::string(reinterpret_cast<const char*>(text),
                           static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)));
    }
    std::vector<unsigned char> getBlob(int column) const override {
        const auto* data = static_cast<const unsigned char*>(sqlite3_column_blob(m_stmt, column));
        const int size = sqlite3_column_bytes(m_stmt, column);
        if (data == nullptr || size <= 0)
            return {};
        return std::vector<unsigned char>(data, data + size);
    }

private:
    void check(int rc) {
        if (rc != SQLITE_OK)
            fail(m_db, rc, "cannot bind parameter");
    }
    sqlite3_stmt* m_stmt = nullptr;
    sqlite3* m_db = nullptr;
};
} // namespace

std::int64_t lastDamagedPage(sqlite3* db) {
    std::int64_t page = 0;
    if (db == nullptr ||
        sqlite3_file_control(db, "main", checksum_vfs::kLastDamagedPage, &page) != SQLITE_OK)
        return 0;
    return page;
}

std::string describeSqlite(sqlite3* db, int code, const std::string& sqliteMessage) {
    if (code == SQLITE_IOERR_DATA) { // only the checksum VFS says this
        const std::int64_t page = lastDamagedPage(db);
        const char* file = db != nullptr ? sqlite3_db_filename(db, "main") : nullptr;
        return damagedPagesMessage(
                   page != 0 ? std::vector<std::int64_t>{page} : std::vector<std::int64_t>{}, 1) +
               (file != nullptr && *file != '\0' ? " (" + std::string(file) + ")" : "");
    }
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "the book is busy: another program has been writing to it for " +
               std::to_string(kBusyTimeoutMs / 1000) + " s; nothing was changed, try again (" +
               sqliteMessage + ")";
    case SQLITE_FULL:
        return "the disk is full (or the book reached its size limit); nothing was written (" +
               sqliteMessage + ")";
    case SQLITE_IOERR:
        return "the book's file could not be read or written (I/O error); nothing was written (" +
               sqliteMessage + ")";
    case SQLITE_READONLY:
        return "the book is read-only (the file or its folder is not writable); nothing can be "
               "changed in it (" +
               sqliteMessage + ")";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return "the book is damaged (" + sqliteMessage + ")";
    default:
        return sqliteMessage;
    }
}

SqliteConnection::SqliteConnection(const std::string& path, bool create) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const bool exists = fs::exists(path, ec);
    if (!create && !exists)
        throw StorageError("no such book: " + path, SQLITE_CANTOPEN);
    if (create && exists)
        throw StorageError("file already exists, not overwriting it: " + path, SQLITE_CANTOPEN);
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (create)
        flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, checksum_vfs::name());
    if (rc != SQLITE_OK) {
        std::string message = "cannot open " + path + ": " +
                              std::string(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
        sqlite3_close_v2(m_db);
        throw StorageError(message, rc);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    if (create) {
        // Room for the checksum at the end of every page; it can only be set before the first
        // page is written (an existing book would need a VACUUM, which we never run on one).
        int reserve = checksum_vfs::kReserveBytes;
        sqlite3_file_control(m_db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
    }
    // SQLite falls back to reading when the file cannot be written.
    m_readOnly = sqlite3_db_readonly(m_db, "main") == 1;
    if (m_readOnly && !canRead(m_db))
        reopenImmutable(path);
}

// A book in write-ahead-log mode needs its shared-memory index file (`-shm`) to be read; when the
// folder is not writable either, SQLite cannot create one. With no log pending, everything is in
// the main file, which can then be read as an unchanging file.
void SqliteConnection::reopenImmutable(const std::string& path) {
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    std::error_code ec;
    const std::uintmax_t logSize = std::filesystem::file_size(path + "-wal", ec);
    if (!ec && logSize > 0)
        throw StorageError("cannot read " + path +
                               ": it is read-only and so is its folder, and its write-ahead log (" +
                               path + "-wal) holds changes; copy both files to a writable folder",
                           SQLITE_READONLY);
    std::string uri = "file:";
    for (const char ch : std::filesystem::absolute(path, ec).string()) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~')
            uri += static_cast<char>(c);
        else
            uri += fmt::format("%{:02X}", c);
    }
    uri += "?immutable=1";
    const int rc = sqlite3_open_v2(uri.c_str(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI,
                                   checksum_vfs::name());
    if (rc != SQLITE_OK) {
        std::string message = "cannot open " + path + ": " +
                              std::string(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw StorageError(message, rc);
    }
    sqlite3_extended_result_codes(m_db, 1);
}

SqliteConnection::~SqliteConnection() {
    sqlite3_close_v2(m_db);
}

void SqliteConnection::exec(std::string_view sql) {
    const std::string text(sql);
    char* error = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        std::string message = describeSqlite(m_db, rc, error ? error : sqlite3_errstr(rc));
        sqlite3_free(error);
        throw StorageError(message, rc);
    }
}

std::unique_ptr<StatementDriver> SqliteConnection::prepare(std::string_view sql) {
    return std::make_unique<SqliteStatement>(m_db, sql);
}

std::int64_t SqliteConnection::lastInsertId() {
    return sqlite3_last_insert_rowid(m_db);
}
std::int64_t SqliteConnection::changes() const {
    return sqlite3_changes(m_db);
}
bool SqliteConnection::inTransaction() const {
    return sqlite3_get_autocommit(m_db) == 0;
}
void SqliteConnection::beginWrite() {
    exec("BEGIN IMMEDIATE");
}
bool SqliteConnection::beginRead() {
    exec("BEGIN"); // deferred: reads see the book as it was at the first of them
    return true;
}

} // namespace barter::storage
