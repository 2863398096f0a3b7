// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The face of storage for the rest of the core (DESIGN.md §4): a connection to a book, a
// prepared statement and a write transaction, over one of two drivers (driver.h): the SQLite
// file or a PostgreSQL server. Every failure throws StorageError (with the SQLite result code,
// or the server's SQLSTATE in pg::ServerError); a refusal raised by one of our triggers keeps
// its message so callers can report it, the same on both.
// Every file connection goes through the page-checksum VFS (checksum_vfs.h): a new file gets
// page checksums, and a page that no longer matches its checksum fails the read that meets it
// with SQLITE_IOERR_DATA ("the book is damaged: page N does not match its checksum …").

#include "driver.h"

#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct sqlite3;

namespace barter {

namespace pg {
class Connection;
}

class Statement;

class Database {
public:
    enum class Mode { OpenExisting, Create };

    // OpenExisting never creates a file; Create refuses to overwrite an existing one, and gives
    // the new file page checksums.
    Database(const std::string& path, Mode mode);
    // A book on a server, through its driver; `name` is what messages call it (never with a
    // password).
    Database(std::unique_ptr<storage::ConnectionDriver> driver, std::string name);
    // A book on a server, not connected yet: a server book's users are its logins, so the
    // connection is made by connect(), at login. Before, every statement throws.
    Database(std::string conninfo, std::string name);
    // Connects as `user` (or the login the URI names) with `password` (or libpq's sources);
    // throws PermissionDenied("login failed") or StorageError (unreachable, not a book).
    void connect(const std::optional<std::string>& user,
                 const std::optional<std::string>& password);
    bool connected() const { return m_driver != nullptr; }
    void disconnect() noexcept;
    const std::string& conninfo() const { return m_conninfo; }
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;

    const std::string& path() const { return m_path; }
    storage::Dialect dialect() const {
        return m_driver ? m_driver->dialect() : storage::Dialect::Postgres;
    }
    bool isServer() const { return !m_conninfo.empty() || dialect() == storage::Dialect::Postgres; }
    storage::ConnectionDriver& driver();
    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    // A statement whose rows may be many (the whole journal): read in bounded memory inside a
    // transaction or a ReadSnapshot.
    Statement prepareScan(std::string_view sql);
    // A statement prepared once per connection and reused (reset before each use).
    Statement& cached(std::string_view sql);
    std::int64_t lastInsertId() const;
    // A bulk load's appends may go in batches (a server's COPY), sent before the next other
    // statement or the commit.
    void setBulkAppends(bool on) { driver().setBulkAppends(on); }
    std::int64_t changes() const;
    bool inTransaction() const;
    // True when the file could only be opened for reading (its permissions, a read-only
    // medium): reads work, and every write transaction is refused with a clear error.
    bool readOnly() const { return m_readOnly; }
    // One-value convenience queries.
    std::int64_t queryInt(std::string_view sql);
    std::string queryText(std::string_view sql);
    // The SQLite connection of a file book; a server book throws StorageError (what needs it
    // works on a file only: page checks, backup pages, upgrade).
    sqlite3* handle();
    // The libpq connection of a server book; a file book throws StorageError.
    pg::Connection& server();

    // Page checksums. Reads of the main file are verified unless turned off on this connection
    // (a verification reads a damaged book this way to find out what else is wrong with it);
    // returns what the setting was. Pages already in SQLite's cache are not read again.
    bool setPageChecks(bool on);
    // Every page of the file checked straight from the disk, whatever the setting above.
    struct PageScan {
        bool checksummed = false; // false: an older book without page checksums
        std::int64_t pages = 0;
        std::int64_t damagedCount = 0;
        std::vector<std::int64_t> damaged; // the first few
    };
    PageScan scanPages(std::size_t keep = 20); // lists the first `keep` damaged pages
    // The tables and indexes that own `pages` (sqlite_schema for page 1), sorted by name; pages
    // that belong to none (free pages, or ones the damage hides from the walk) are left out.
    // Walks every b-tree with page checks off, so it reads a damaged book too.
    struct PageOwner {
        std::string name;
        std::string kind; // "table" or "index"
        bool operator==(const PageOwner&) const = default;
    };
    std::vector<PageOwner> pageOwners(const std::vector<std::int64_t>& pages);
    // A SHA-256 of every row of every table (in the order of all its columns), to tell that two
    // files hold the same book whatever their pages look like.
    std::string contentDigest();
    // Gives every page of the file its checksum, straight on the disk (checksum_vfs::kSealPages):
    // for a copy this program has just written and nobody else has open.
    void sealPages();
    // The page whose checksum failed last on this connection (0: none).
    std::int64_t lastDamagedPage();
    // Found damaged when opened: every write transaction is refused from then on, with `why`.
    void refuseWrites(std::string why) { m_damage = std::move(why); }
    bool damaged() const { return !m_damage.empty(); }
    const std::string& damageReason() const { return m_damage; }
    // A name for a new savepoint, unique on this connection.
    std::string nextSavepointName() { return "sp" + std::to_string(++m_savepoints); }

private:
    friend class ReadSnapshot;
    friend class Transaction;
    void close() noexcept;
    std::unique_ptr<storage::ConnectionDriver> m_driver;
    std::string m_path;
    std::string m_conninfo; // a server book's URI (without a password)
    struct Cache;
    Cache* m_cache = nullptr;
    long m_savepoints = 0;
    bool m_readOnly = false;
    bool m_inReadSnapshot = false; // a ReadSnapshot's transaction is open: no writes in it
    std::string m_damage;
};

// Whether an error says the book's file is damaged (pages failing their checksums, or SQLite
// finding the file corrupt), as opposed to missing, foreign, busy or unreadable.
bool describesDamage(const std::exception& error);

// "page 7 does not match its checksum (the file was changed outside …)", or "pages 7, 9 and 12
// do not match their checksums (…)", for `count` pages of which `pages` are the first few.
std::string describeDamagedPages(const std::vector<std::int64_t>& pages, std::int64_t count);
// The same after "the book is damaged: ".
std::string damagedPagesMessage(const std::vector<std::int64_t>& pages, std::int64_t count);

class Statement {
public:
    Statement(Database& db, std::string_view sql);
    explicit Statement(std::unique_ptr<storage::StatementDriver> driver);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept = default;
    Statement& operator=(Statement&& other) noexcept = default;

    // Bind by 1-based index. Returns *this for chaining.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) {
        return bind(index, std::string_view(text));
    }
    Statement& bindBlob(int index, const void* data, int size);
    Statement& bindNull(int index);
    template <typename T> Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Advances; true while a row is available.
    bool step();
    // Runs a statement that returns no rows (or ignores them) and resets it.
    void run();
    void reset();

    bool isNull(int column) const;
    int columnType(int column) const; // SQLITE_INTEGER, SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL…
    storage::ColumnType type(int column) const;
    std::int64_t getInt(int column) const;
    std::string getText(int column) const;
    std::optional<std::int64_t> getOptionalInt(int column) const;
    std::optional<std::string> getOptionalText(int column) const;
    std::vector<unsigned char> getBlob(int column) const;

private:
    std::unique_ptr<storage::StatementDriver> m_impl;
};

// A write transaction holding the book's write lock (BEGIN IMMEDIATE on a file, BEGIN and the
// posting lock on a server) … COMMIT, or a SAVEPOINT when a transaction is already open (so a whole
// import can wrap many postings). Rolls back in the destructor unless commit() was called.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_nested = false;
    bool m_done = false;
    std::string m_savepoint;
};

// A read that must see one state of the book in all its statements (verify, a long export, a
// copy) while other desks write: a transaction that only reads for its lifetime (REPEATABLE
// READ, READ ONLY on a server; a deferred one on a file, which works on a read-only file too),
// nothing when one is already open.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Database& m_db;
    bool m_began = false;
};

} // namespace barter
