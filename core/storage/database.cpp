// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "../error.h"
#include "checksum_vfs.h"
#include "pg/pg_driver.h"
#include "pg/pg_schema.h"
#include "sqlite_driver.h"

#include <fmt/format.h>
#include <sodium.h>
#include <sqlite3.h>

#include <map>
#include <memory>
#include <set>

namespace barter {

namespace {
using storage::describeSqlite;

} // namespace

struct Database::Cache {
    std::map<std::string, std::unique_ptr<Statement>, std::less<>> statements;
};

Database::Database(const std::string& path, Mode mode) : m_path(path) {
    auto file = std::make_unique<storage::SqliteConnection>(path, mode == Mode::Create);
    m_readOnly = file->readOnly();
    m_driver = std::move(file);
    m_cache = new Cache;
}

Database::Database(std::unique_ptr<storage::ConnectionDriver> driver, std::string name)
    : m_driver(std::move(driver)), m_path(std::move(name)) {
    m_cache = new Cache;
}

Database::Database(std::string conninfo, std::string name)
    : m_path(std::move(name)), m_conninfo(std::move(conninfo)) {
    m_cache = new Cache;
}

void Database::connect(const std::optional<std::string>& user,
                       const std::optional<std::string>& password) {
    pg::Connection connection(m_conninfo, password, user);
    pg::openBook(connection, m_path);
    delete m_cache; // statements of an earlier connection
    m_cache = new Cache;
    m_driver = std::make_unique<storage::PgConnection>(std::move(connection));
}

void Database::disconnect() noexcept {
    delete m_cache;
    m_cache = new Cache;
    m_driver.reset();
}

storage::ConnectionDriver& Database::driver() {
    if (!m_driver)
        throw StorageError("not connected to the server book " + m_path + " (log in first)");
    return *m_driver;
}

Database::~Database() {
    close();
}

void Database::close() noexcept {
    delete m_cache; // the statements go before their connection
    m_cache = nullptr;
    m_driver.reset();
}

Database::Database(Database&& other) noexcept
    : m_driver(std::move(other.m_driver)), m_path(std::move(other.m_path)),
      m_conninfo(std::move(other.m_conninfo)), m_cache(other.m_cache),
      m_savepoints(other.m_savepoints), m_readOnly(other.m_readOnly),
      m_damage(std::move(other.m_damage)) {
    other.m_cache = nullptr;
}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close();
        m_driver = std::move(other.m_driver);
        m_path = std::move(other.m_path);
        m_conninfo = std::move(other.m_conninfo);
        m_cache = other.m_cache;
        m_savepoints = other.m_savepoints;
        m_readOnly = other.m_readOnly;
        m_damage = std::move(other.m_damage);
        other.m_cache = nullptr;
    }
    return *this;
}

sqlite3* Database::handle() {
    auto* file = dynamic_cast<storage::SqliteConnection*>(m_driver.get());
    if (file == nullptr)
        throw StorageError(m_path + " is a server book: this works on a book file only");
    return file->handle();
}

pg::Connection& Database::server() {
    auto* server = dynamic_cast<storage::PgConnection*>(m_driver.get());
    if (server == nullptr && isServer())
        throw StorageError("not connected to the server book " + m_path + " (log in first)");
    if (server == nullptr)
        throw StorageError(m_path + " is a book file, not a server book");
    return server->connection();
}

void Database::exec(std::string_view sql) {
    driver().exec(sql);
}

Statement Database::prepare(std::string_view sql) {
    return Statement(*this, sql);
}

Statement Database::prepareScan(std::string_view sql) {
    return Statement(driver().prepareScan(sql));
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
    return m_driver ? m_driver->lastInsertId() : 0;
}
std::int64_t Database::changes() const {
    return m_driver ? m_driver->changes() : 0;
}
bool Database::inTransaction() const {
    return m_driver && m_driver->inTransaction();
}

bool Database::setPageChecks(bool on) {
    if (isServer())
        return true; // a server keeps its own pages
    sqlite3* const file = handle();
    int value = on ? 1 : 0;
    if (sqlite3_file_control(file, "main", checksum_vfs::kVerifyPages, &value) != SQLITE_OK)
        return true; // not opened through the checksum VFS: nothing to turn off
    const bool was = value != 0;
    // Pages read unchecked stay in SQLite's cache, where they would never be checked: drop
    // every page that no statement holds.
    if (on && !was)
        sqlite3_db_release_memory(file);
    return was;
}

Database::PageScan Database::scanPages(std::size_t keep) {
    sqlite3* const file = handle();
    checksum_vfs::PageScan scan;
    scan.keep = keep;
    // Within a read transaction, so that no checkpoint overwrites the log's frames meanwhile
    // (the read that takes it may fail on a damaged book: the scan is what says why).
    bool began = false;
    if (!inTransaction()) {
        began = sqlite3_exec(file, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
        if (began)
            sqlite3_exec(file, "SELECT 1 FROM sqlite_schema LIMIT 1", nullptr, nullptr, nullptr);
    }
    const int rc = sqlite3_file_control(file, "main", checksum_vfs::kScanPages, &scan);
    if (began)
        sqlite3_exec(file, "ROLLBACK", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        throw StorageError("cannot check the pages of " + m_path + ": " +
                               describeSqlite(file, rc, sqlite3_errstr(rc)),
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
    sqlite3* const file = handle();
    int none = 0;
    const int rc = sqlite3_file_control(file, "main", checksum_vfs::kSealPages, &none);
    if (rc != SQLITE_OK)
        throw StorageError("cannot give the pages of " + m_path +
                               " their checksums: " + describeSqlite(file, rc, sqlite3_errstr(rc)),
                           rc);
}

std::int64_t Database::lastDamagedPage() {
    return isServer() ? 0 : storage::lastDamagedPage(handle());
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

Statement::Statement(Database& db, std::string_view sql) : m_impl(db.driver().prepare(sql)) {}

Statement::Statement(std::unique_ptr<storage::StatementDriver> driver)
    : m_impl(std::move(driver)) {}

Statement::~Statement() = default;

Statement& Statement::bind(int index, std::int64_t value) {
    m_impl->bindInt(index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    m_impl->bindText(index, text);
    return *this;
}

Statement& Statement::bindBlob(int index, const void* data, int size) {
    m_impl->bindBlob(index, data, size);
    return *this;
}

Statement& Statement::bindNull(int index) {
    m_impl->bindNull(index);
    return *this;
}

bool Statement::step() {
    return m_impl->step();
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    m_impl->reset();
}

int Statement::columnType(int column) const {
    return static_cast<int>(m_impl->columnType(column));
}

storage::ColumnType Statement::type(int column) const {
    return m_impl->columnType(column);
}

bool Statement::isNull(int column) const {
    return m_impl->columnType(column) == storage::ColumnType::Null;
}

std::int64_t Statement::getInt(int column) const {
    return m_impl->getInt(column);
}

std::string Statement::getText(int column) const {
    return m_impl->getText(column);
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
    return m_impl->getBlob(column);
}

Transaction::Transaction(Database& db) : m_db(db) {
    // A read's transaction takes no write lock and may be read only: a change inside one is a
    // mistake of the program, refused before anything is written.
    if (db.m_inReadSnapshot)
        throw StorageError("a change was asked for while the book is being read; nothing was "
                           "written (" +
                           db.path() + ")");
    if (db.inTransaction()) {
        m_nested = true;
        m_savepoint = db.nextSavepointName();
        db.exec("SAVEPOINT " + m_savepoint);
    } else {
        if (db.readOnly())
            throw StorageError(
                describeSqlite(db.handle(), SQLITE_READONLY, db.path() + " was opened for reading"),
                SQLITE_READONLY);
        if (db.damaged()) // nothing is written to a damaged file
            throw StorageError(db.damageReason() + "; nothing was written (" + db.path() + ")",
                               SQLITE_CORRUPT);
        db.driver().beginWrite();
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

ReadSnapshot::ReadSnapshot(Database& db) : m_db(db) {
    if (!db.inTransaction()) {
        m_began = db.driver().beginRead();
        db.m_inReadSnapshot = m_began;
    }
}

ReadSnapshot::~ReadSnapshot() {
    if (!m_began)
        return;
    m_db.m_inReadSnapshot = false;
    try {
        if (m_db.inTransaction())
            m_db.exec("COMMIT"); // nothing was written in it (Transaction refuses to)
    } catch (...) {
        try {
            if (m_db.inTransaction())
                m_db.exec("ROLLBACK");
        } catch (...) {
            // the connection is gone; the server ended the transaction with it
        }
    }
}

} // namespace barter
