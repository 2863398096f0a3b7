#include "database.h"

#include "../error.h"
#include "checksum_vfs.h"

#include <fmt/format.h>
#include <sodium.h>
#include <sqlite3.h>

#include <cctype>
#include <filesystem>
#include <map>
#include <memory>
#include <set>

namespace barter {

namespace {
// How long a write waits for another program's write to finish before giving up.
constexpr int kBusyTimeoutMs = 30000;

// The page whose checksum failed last on a connection (0: unknown).
std::int64_t damagedPageOf(sqlite3* db) {
    std::int64_t page = 0;
    if (db == nullptr ||
        sqlite3_file_control(db, "main", checksum_vfs::kLastDamagedPage, &page) != SQLITE_OK)
        return 0;
    return page;
}

// What a user can do something about, said in their words; SQLite's own text follows in
// brackets for whoever reads the report.
std::string describe(sqlite3* db, int code, const std::string& sqliteMessage) {
    if (code == SQLITE_IOERR_DATA) { // only the checksum VFS says this
        const std::int64_t page = damagedPageOf(db);
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

// Whether the schema can be read at all (a read-only file in write-ahead-log mode may not be).
bool canRead(sqlite3* db) {
    const int rc =
        sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    return (rc & 0xff) != SQLITE_READONLY;
}

[[noreturn]] void fail(sqlite3* db, int code, std::string_view what) {
    std::string message(what);
    if (db != nullptr)
        message += ": " + describe(db, code, sqlite3_errmsg(db));
    else
        message += ": " + describe(db, code, sqlite3_errstr(code));
    throw StorageError(message, code);
}
} // namespace

struct Database::Cache {
    std::map<std::string, std::unique_ptr<Statement>, std::less<>> statements;
};

Database::Database(const std::string& path, Mode mode) : m_path(path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    bool exists = fs::exists(path, ec);
    if (mode == Mode::OpenExisting && !exists)
        throw StorageError("no such book: " + path, SQLITE_CANTOPEN);
    if (mode == Mode::Create && exists)
        throw StorageError("file already exists, not overwriting it: " + path, SQLITE_CANTOPEN);
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (mode == Mode::Create)
        flags |= SQLITE_OPEN_CREATE;
    int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, checksum_vfs::name());
    if (rc != SQLITE_OK) {
        std::string message = "cannot open " + path + ": " +
                              std::string(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
        close();
        throw StorageError(message, rc);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    if (mode == Mode::Create) {
        // Room for the checksum at the end of every page; it can only be set before the first
        // page is written (an existing book would need a VACUUM, which we never run on one).
        int reserve = checksum_vfs::kReserveBytes;
        sqlite3_file_control(m_db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
    }
    // SQLite falls back to reading when the file cannot be written.
    m_readOnly = sqlite3_db_readonly(m_db, "main") == 1;
    if (m_readOnly && !canRead(m_db))
        reopenImmutable();
    m_cache = new Cache;
}

// A book in write-ahead-log mode needs its shared-memory index file (`-shm`) to be read; when the
// folder is not writable either, SQLite cannot create one. With no log pending, everything is in
// the main file, which can then be read as an unchanging file.
void Database::reopenImmutable() {
    std::error_code ec;
    const std::uintmax_t logSize = std::filesystem::file_size(m_path + "-wal", ec);
    if (!ec && logSize > 0) {
        close();
        throw StorageError("cannot read " + m_path +
                               ": it is read-only and so is its folder, and its write-ahead log (" +
                               m_path + "-wal) holds changes; copy both files to a writable folder",
                           SQLITE_READONLY);
    }
    std::string uri = "file:";
    for (const char ch : std::filesystem::absolute(m_path, ec).string()) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~')
            uri += static_cast<char>(c);
        else
            uri += fmt::format("%{:02X}", c);
    }
    uri += "?immutable=1";
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    const int rc = sqlite3_open_v2(uri.c_str(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI,
                                   checksum_vfs::name());
    if (rc != SQLITE_OK) {
        std::string message = "cannot open " + m_path + ": " +
                              std::string(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
        close();
        throw StorageError(message, rc);
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Database::~Database() {
    close();
}

void Database::close() noexcept {
    delete m_cache;
    m_cache = nullptr;
    if (m_db != nullptr)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Database::Database(Database&& other) noexcept
    : m_db(other.m_db), m_path(std::move(other.m_path)), m_cache(other.m_cache),
      m_savepoints(other.m_savepoints), m_readOnly(other.m_readOnly),
      m_damage(std::move(other.m_damage)) {
    other.m_db = nullptr;
    other.m_cache = nullptr;
}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close();
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        m_cache = other.m_cache;
        m_savepoints = other.m_savepoints;
        m_readOnly = other.m_readOnly;
        m_damage = std::move(other.m_damage);
        other.m_db = nullptr;
        other.m_cache = nullptr;
    }
    return *this;
}

void Database::exec(std::string_view sql) {
    std::string text(sql);
    char* error = nullptr;
    int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        std::string message = describe(m_db, rc, error ? error : sqlite3_errstr(rc));
        sqlite3_free(error);
        throw StorageError(message, rc);
    }
}

Statement Database::prepare(std::string_view sql) {
    return Statement(*this, sql);
}

Statement& Database::cached(std::string_view sql) {
    auto it = m_cache->statements.find(sql);
    if (it == m_cache->statements.end())
        it = m_cache->statements.emplace(std::string(sql), std::make_unique<Statement>(*this, sql))
                 .first;
    it->second->reset();
    return *it->second;
}

std::int64_t Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db);
}
int Database::changes() const {
    return sqlite3_changes(m_db);
}
bool Database::inTransaction() const {
    return sqlite3_get_autocommit(m_db) == 0;
}

bool Database::setPageChecks(bool on) {
    int value = on ? 1 : 0;
    if (sqlite3_file_control(m_db, "main", checksum_vfs::kVerifyPages, &value) != SQLITE_OK)
        return true; // not opened through the checksum VFS: nothing to turn off
    const bool was = value != 0;
    // Pages read unchecked stay in SQLite's cache, where they would never be checked: drop
    // every page that no statement holds.
    if (on && !was)
        sqlite3_db_release_memory(m_db);
    return was;
}

Database::PageScan Database::scanPages(std::size_t keep) {
    checksum_vfs::PageScan scan;
    scan.keep = keep;
    // Within a read transaction, so that no checkpoint overwrites the log's frames meanwhile
    // (the read that takes it may fail on a damaged book: the scan is what says why).
    bool began = false;
    if (!inTransaction()) {
        began = sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
        if (began)
            sqlite3_exec(m_db, "SELECT 1 FROM sqlite_schema LIMIT 1", nullptr, nullptr, nullptr);
    }
    const int rc = sqlite3_file_control(m_db, "main", checksum_vfs::kScanPages, &scan);
    if (began)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        throw StorageError("cannot check the pages of " + m_path + ": " +
                               describe(m_db, rc, sqlite3_errstr(rc)),
                           rc);
    return PageScan{scan.checksummed, scan.pages, scan.damagedCount, std::move(scan.damaged)};
}

std::vector<Database::PageOwner> Database::pageOwners(const std::vector<std::int64_t>& pages) {
    std::set<std::int64_t> wanted(pages.begin(), pages.end());
    std::set<std::string> names;
    const bool was = setPageChecks(false);
    try {
        // dbstat lists every page of every b-tree (overflow pages under their b-tree's name).
        Statement walk = prepare("SELECT name, pageno FROM dbstat('main')");
        while (walk.step() && !wanted.empty())
            if (wanted.erase(walk.getInt(1)) > 0)
                names.insert(walk.getText(0));
    } catch (const StorageError&) {
        // A b-tree too damaged to walk: what was found so far is what can be said.
    }
    std::vector<PageOwner> owners;
    try {
        Statement kind = prepare("SELECT type FROM sqlite_schema WHERE name = ?1");
        for (const std::string& name : names) {
            kind.bind(1, name);
            owners.push_back({name, kind.step() ? kind.getText(0) : std::string("table")});
            kind.reset();
        }
    } catch (const StorageError&) {
        for (const std::string& name : names)
            owners.push_back({name, "table"});
    }
    setPageChecks(was);
    return owners;
}

std::string Database::contentDigest() {
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    auto add = [&state](const void* data, std::size_t size) {
        crypto_hash_sha256_update(&state, static_cast<const unsigned char*>(data), size);
    };
    auto addBytes = [&add](const std::vector<unsigned char>& bytes) {
        const std::uint64_t size = bytes.size();
        add(&size, sizeof size);
        add(bytes.data(), bytes.size());
    };
    std::vector<std::string> tables;
    {
        Statement list = prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                                 "substr(name, 1, 7) <> 'sqlite_' ORDER BY name");
        while (list.step())
            tables.push_back(list.getText(0));
    }
    Statement columnCount = prepare("SELECT count(*) FROM pragma_table_info(?1)");
    for (const std::string& table : tables) {
        columnCount.bind(1, table).step();
        const int columns = static_cast<int>(columnCount.getInt(0));
        columnCount.reset();
        std::string quoted = "\"";
        for (char c : table)
            quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
        quoted += '"';
        std::string order;
        for (int i = 1; i <= columns; ++i)
            order += (i > 1 ? ", " : "") + std::to_string(i);
        addBytes(std::vector<unsigned char>(table.begin(), table.end()));
        // Built from the schema's own table names, quoted: no input of a user reaches it.
        Statement rows = prepare("SELECT * FROM " + quoted + " ORDER BY " + order);
        while (rows.step())
            for (int i = 0; i < columns; ++i) {
                const auto type = static_cast<unsigned char>(rows.columnType(i));
                add(&type, 1);
                if (type == SQLITE_INTEGER) {
                    const std::int64_t v = rows.getInt(i);
                    add(&v, sizeof v);
                } else if (type != SQLITE_NULL) {
                    addBytes(rows.getBlob(i));
                }
            }
    }
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state, digest);
    std::string hex;
    for (unsigned char b : digest)
        hex += fmt::format("{:02x}", b);
    return hex;
}

void Database::sealPages() {
    int none = 0;
    const int rc = sqlite3_file_control(m_db, "main", checksum_vfs::kSealPages, &none);
    if (rc != SQLITE_OK)
        throw StorageError("cannot give the pages of " + m_path +
                               " their checksums: " + describe(m_db, rc, sqlite3_errstr(rc)),
                           rc);
}

std::int64_t Database::lastDamagedPage() {
    return damagedPageOf(m_db);
}

std::string describeDamagedPages(const std::vector<std::int64_t>& pages, std::int64_t count) {
    std::string which;
    if (pages.empty()) {
        which = "a page does not match its checksum";
    } else if (count == 1) {
        which = "page " + std::to_string(pages.front()) + " does not match its checksum";
    } else {
        which = "pages ";
        for (std::size_t i = 0; i < pages.size(); ++i) {
            const bool last = i + 1 == pages.size();
            if (i > 0)
                which += last && count == static_cast<std::int64_t>(pages.size()) ? " and " : ", ";
            which += std::to_string(pages[i]);
        }
        if (count > static_cast<std::int64_t>(pages.size()))
            which +=
                " and " + std::to_string(count - static_cast<std::int64_t>(pages.size())) + " more";
        which += " do not match their checksums";
    }
    return which + " (the file was changed outside Barter Ledger or the disk damaged it)";
}

bool describesDamage(const std::exception& error) {
    const auto* storage = dynamic_cast<const StorageError*>(&error);
    return storage != nullptr &&
           (storage->code() == SQLITE_IOERR_DATA || (storage->code() & 0xff) == SQLITE_CORRUPT);
}

std::string damagedPagesMessage(const std::vector<std::int64_t>& pages, std::int64_t count) {
    return "the book is damaged: " + describeDamagedPages(pages, count);
}

std::int64_t Database::queryInt(std::string_view sql) {
    Statement s(*this, sql);
    if (!s.step())
        throw StorageError("query returned no row: " + std::string(sql));
    return s.getInt(0);
}

std::string Database::queryText(std::string_view sql) {
    Statement s(*this, sql);
    if (!s.step())
        throw StorageError("query returned no row: " + std::string(sql));
    return s.getText(0);
}

Statement::Statement(Database& db, std::string_view sql) : m_db(db.handle()) {
    int rc = sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()),
                                SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(m_db, rc, "cannot prepare statement");
}

Statement::~Statement() {
    if (m_stmt != nullptr)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept : m_stmt(other.m_stmt), m_db(other.m_db) {
    other.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        if (m_stmt != nullptr)
            sqlite3_finalize(m_stmt);
        m_stmt = other.m_stmt;
        m_db = other.m_db;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        fail(m_db, rc, "cannot bind parameter");
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    int rc = sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()),
                               SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(m_db, rc, "cannot bind parameter");
    return *this;
}

Statement& Statement::bindBlob(int index, const void* data, int size) {
    int rc = sqlite3_bind_blob(m_stmt, index, data, size, SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(m_db, rc, "cannot bind parameter");
    return *this;
}

Statement& Statement::bindNull(int index) {
    int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        fail(m_db, rc, "cannot bind parameter");
    return *this;
}

bool Statement::step() {
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    std::string message = describe(m_db, rc, sqlite3_errmsg(m_db));
    sqlite3_reset(m_stmt);
    throw StorageError(message, rc);
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnType(int column) const {
    return sqlite3_column_type(m_stmt, column);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::getInt(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

std::string Statement::getText(int column) const {
    const unsigned char* text = sqlite3_column_text(m_stmt, column);
    if (text == nullptr)
        return {};
    return std::string(reinterpret_cast<const char*>(text),
                       static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)));
}

std::optional<std::int64_t> Statement::getOptionalInt(int column) const {
    if (isNull(column))
        return std::nullopt;
    return getInt(column);
}

std::optional<std::string> Statement::getOptionalText(int column) const {
    if (isNull(column))
        return std::nullopt;
    return getText(column);
}

std::vector<unsigned char> Statement::getBlob(int column) const {
    const auto* data = static_cast<const unsigned char*>(sqlite3_column_blob(m_stmt, column));
    int size = sqlite3_column_bytes(m_stmt, column);
    if (data == nullptr || size <= 0)
        return {};
    return std::vector<unsigned char>(data, data + size);
}

Transaction::Transaction(Database& db) : m_db(db) {
    if (db.inTransaction()) {
        m_nested = true;
        m_savepoint = db.nextSavepointName();
        db.exec("SAVEPOINT " + m_savepoint);
    } else {
        if (db.readOnly())
            throw StorageError(
                describe(db.handle(), SQLITE_READONLY, db.path() + " was opened for reading"),
                SQLITE_READONLY);
        if (db.damaged()) // nothing is written to a damaged file
            throw StorageError(db.damageReason() + "; nothing was written (" + db.path() + ")",
                               SQLITE_CORRUPT);
        db.exec("BEGIN IMMEDIATE");
    }
}

Transaction::~Transaction() {
    if (m_done)
        return;
    try {
        if (m_nested) {
            m_db.exec("ROLLBACK TO " + m_savepoint);
            m_db.exec("RELEASE " + m_savepoint);
        } else if (m_db.inTransaction()) {
            m_db.exec("ROLLBACK");
        }
    } catch (...) {
        // Nothing more can be done in a destructor; SQLite rolls back on close anyway.
    }
}

void Transaction::commit() {
    m_db.exec(m_nested ? "RELEASE " + m_savepoint : std::string("COMMIT"));
    m_done = true;
}

} // namespace barter
