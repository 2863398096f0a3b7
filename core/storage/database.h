#pragma once
// Small RAII types over the sqlite3 C API: a connection, a prepared statement and a write
// transaction. Every failure throws StorageError carrying the SQLite result code; a constraint
// violation raised by one of our triggers keeps its message so callers can report it.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace barter {

class Statement;

class Database {
public:
    enum class Mode { OpenExisting, Create };

    // OpenExisting never creates a file; Create refuses to overwrite an existing one.
    Database(const std::string& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;

    const std::string& path() const { return m_path; }
    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    // A statement prepared once per connection and reused (reset before each use).
    Statement& cached(std::string_view sql);
    std::int64_t lastInsertId() const;
    int changes() const;
    bool inTransaction() const;
    // True when the file could only be opened for reading (its permissions, a read-only
    // medium): reads work, and every write transaction is refused with a clear error.
    bool readOnly() const { return m_readOnly; }
    // One-value convenience queries.
    std::int64_t queryInt(std::string_view sql);
    std::string queryText(std::string_view sql);
    sqlite3* handle() { return m_db; }
    // A name for a new savepoint, unique on this connection.
    std::string nextSavepointName() { return "sp" + std::to_string(++m_savepoints); }

private:
    void close() noexcept;
    void reopenImmutable();
    sqlite3* m_db = nullptr;
    std::string m_path;
    struct Cache;
    Cache* m_cache = nullptr;
    long m_savepoints = 0;
    bool m_readOnly = false;
};

class Statement {
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;

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
    std::int64_t getInt(int column) const;
    std::string getText(int column) const;
    std::optional<std::int64_t> getOptionalInt(int column) const;
    std::optional<std::string> getOptionalText(int column) const;
    std::vector<unsigned char> getBlob(int column) const;

private:
    sqlite3_stmt* m_stmt = nullptr;
    sqlite3* m_db = nullptr;
};

// BEGIN IMMEDIATE … COMMIT, or a SAVEPOINT when a transaction is already open (so a whole
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

} // namespace barter
