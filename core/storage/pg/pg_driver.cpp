// SPDX-License-Identifier: GPL-3.0-or-later
#include "pg_driver.h"

#include "../../error.h"

#include <algorithm>
#include <charconv>
#include <tuple>
#include <utility>

namespace barter::storage {

namespace {
constexpr unsigned kBigint = 20;
constexpr unsigned kText = 25;
constexpr unsigned kBytea = 17;
constexpr unsigned kBool = 16;
constexpr unsigned kSmallint = 21;
constexpr unsigned kInteger = 23;
constexpr unsigned kNumeric = 1700;

int hexDigit(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// COPY's text form of one value: \N for NULL, bytea as \\x and hex digits, and the backslash,
// tab, newline and carriage return of text escaped.
void appendCopyValue(std::string& row, const pg::TypedParameter& p) {
    if (!p.value) {
        row += "\\N";
        return;
    }
    if (p.binary) {
        static constexpr char kHex[] = "0123456789abcdef";
        row += "\\\\x";
        for (const char c : *p.value) {
            const auto byte = static_cast<unsigned char>(c);
            row += kHex[byte >> 4];
            row += kHex[byte & 0x0f];
        }
        return;
    }
    for (const char c : *p.value) {
        switch (c) {
        case '\\':
            row += "\\\\";
            break;
        case '\t':
            row += "\\t";
            break;
        case '\n':
            row += "\\n";
            break;
        case '\r':
            row += "\\r";
            break;
        default:
            row += c;
        }
    }
}

// "INSERT INTO t (a, b) VALUES ($1, $2)" with exactly the parameters in order: the table and
// its columns, for a bulk load's COPY; empty for any other statement.
std::pair<std::string, std::string> plainAppend(const std::string& sql) {
    auto isSpace = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
    std::size_t at = 0;
    auto skipSpace = [&] {
        while (at < sql.size() && isSpace(sql[at]))
            ++at;
    };
    auto expect = [&](std::string_view word) {
        skipSpace();
        if (sql.compare(at, word.size(), word) != 0)
            return false;
        at += word.size();
        return true;
    };
    if (!expect("INSERT INTO "))
        return {};
    skipSpace();
    const std::size_t tableStart = at;
    while (at < sql.size() && ((sql[at] >= 'a' && sql[at] <= 'z') || sql[at] == '_'))
        ++at;
    const std::string table = sql.substr(tableStart, at - tableStart);
    if (table.empty() || !expect("("))
        return {};
    const std::size_t columnsEnd = sql.find(')', at);
    if (columnsEnd == std::string::npos)
        return {};
    std::string columns = sql.substr(at, columnsEnd - at);
    for (char c : columns)
        if (!((c >= 'a' && c <= 'z') || c == '_' || c == ',' || isSpace(c)))
            return {};
    at = columnsEnd + 1;
    if (!expect("VALUES") || !expect("("))
        return {};
    const std::size_t valuesEnd = sql.find(')', at);
    if (valuesEnd == std::string::npos)
        return {};
    std::string values;
    for (char c : sql.substr(at, valuesEnd - at))
        if (!isSpace(c))
            values += c;
    at = valuesEnd + 1;
    skipSpace();
    if (at != sql.size())
        return {};
    const auto count =
        static_cast<std::size_t>(std::count(columns.begin(), columns.end(), ',') + 1);
    std::string expected;
    for (std::size_t i = 1; i <= count; ++i)
        expected += (i > 1 ? ",$" : "$") + std::to_string(i);
    if (values != expected)
        return {};
    return {table, columns};
}

class PgStatement final : public StatementDriver {
public:
    PgStatement(PgConnection& connection, std::string sql, bool scan)
        : m_connection(connection), m_sql(std::move(sql)), m_scan(scan) {
        std::tie(m_appendTable, m_appendColumns) = plainAppend(m_sql);
        m_appendCount = static_cast<std::size_t>(
            std::count(m_appendColumns.begin(), m_appendColumns.end(), ',') + 1);
        // Which parameters the statement names: one it does not name (a filter left out) must
        // still have a type for the server.
        for (std::size_t i = 0; i < m_sql.size(); ++i)
            if (m_sql[i] == '$' && i + 1 < m_sql.size() && m_sql[i + 1] >= '0' &&
                m_sql[i + 1] <= '9') {
                std::size_t n = 0;
                std::size_t j = i + 1;
                for (; j < m_sql.size() && m_sql[j] >= '0' && m_sql[j] <= '9'; ++j)
                    n = n * 10 + static_cast<std::size_t>(m_sql[j] - '0');
                if (m_named.size() <= n)
                    m_named.resize(n + 1, false);
                m_named[n] = true;
                i = j - 1;
            }
    }

    void bindInt(int index, std::int64_t value) override {
        slot(index) = {std::to_string(value), kBigint, false};
    }
    void bindText(int index, std::string_view text) override {
        if (text.find('\0') != std::string_view::npos)
            throw InvalidInput("text", "must not contain a NUL character");
        slot(index) = {std::string(text), kText, false};
    }
    void bindBlob(int index, const void* data, int size) override {
        slot(index) = {std::string(static_cast<const char*>(data), static_cast<std::size_t>(size)),
                       kBytea, true};
    }
    void bindNull(int index) override { slot(index) = {std::nullopt, 0, false}; }

    bool step() override {
        if (!m_result && !m_appendTable.empty() && m_connection.holdsAppends()) {
            std::string row;
            m_parameters.resize(std::max(m_parameters.size(), m_appendCount)); // unbound: NULL
            for (std::size_t i = 0; i < m_parameters.size(); ++i) {
                if (i > 0)
                    row += '\t';
                appendCopyValue(row, m_parameters[i]);
            }
            row += '\n';
            m_connection.hold(m_appendTable, m_appendColumns, row);
            m_connection.setChanges(1);
            return false;
        }
        if (!m_result) {
            m_connection.flush();
            for (std::size_t i = 0; i < m_parameters.size(); ++i)
                if (m_parameters[i].type == 0 && (i + 1 >= m_named.size() || !m_named[i + 1]))
                    m_parameters[i].type = kText; // not in the statement: any type will do
            if (m_scan && m_connection.inTransaction()) {
                // Many rows: a cursor of this transaction, read a batch at a time.
                const std::string cursor = m_connection.nextCursorName();
                m_connection.connection().execTyped(
                    "DECLARE " + cursor + " NO SCROLL CURSOR FOR " + m_sql, m_parameters);
                m_cursor = cursor; // declared: from now on it is this statement's to close
                m_epoch = m_connection.transactionEpoch();
                m_result.emplace(fetch());
            } else {
                m_result.emplace(m_connection.connection().execTyped(m_sql, m_parameters));
                m_connection.setChanges(m_result->affected());
            }
            m_row = -1;
        }
        if (++m_row < m_result->rows())
            return true;
        if (m_cursor.empty())
            return false;
        if (m_result->rows() < kScanBatch) { // the last batch: the cursor was just read
            closeCursor(true);
            return false;
        }
        m_result.emplace(fetch());
        m_row = 0;
        return m_row < m_result->rows();
    }
    ~PgStatement() override {
        try {
            closeCursor();
        } catch (...) {
            // the transaction failed or the connection is gone: the cursor went with them
        }
    }
    PgStatement(const PgStatement&) = delete;
    PgStatement& operator=(const PgStatement&) = delete;
    void reset() override {
        closeCursor();
        m_result.reset();
        m_parameters.clear();
        m_row = -1;
    }
    ColumnType columnType(int column) const override {
        if (row().isNull(m_row, column))
            return ColumnType::Null;
        switch (row().type(column)) {
        case kBigint:
        case kInteger:
        case kSmallint:
        case kNumeric:
        case kBool:
            return ColumnType::Integer;
        case kBytea:
            return ColumnType::Blob;
        default:
            return ColumnType::Text;
        }
    }
    std::int64_t getInt(int column) const override {
        if (row().isNull(m_row, column))
            return 0;
        const std::string text = row().text(m_row, column);
        if (text == "t")
            return 1;
        if (text == "f")
            return 0;
        std::int64_t value = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec == std::errc::result_out_of_range)
            throw StorageError("integer overflow");
        if (ec != std::errc() || end != text.data() + text.size())
            throw StorageError("the server returned \"" + text + "\" where a whole number belongs");
        return value;
    }
    std::string getText(int column) const override {
        if (row().isNull(m_row, column))
            return {};
        return row().text(m_row, column);
    }
    std::vector<unsigned char> getBlob(int column) const override {
        if (row().isNull(m_row, column))
            return {};
        const std::string text = row().text(m_row, column);
        if (row().type(column) != kBytea)
            return std::vector<unsigned char>(text.begin(), text.end());
        // bytea in text form: \x followed by two hex digits a byte
        std::vector<unsigned char> out;
        if (text.size() < 2 || text[0] != '\\' || text[1] != 'x')
            throw StorageError("the server returned bytea in a form this program cannot read");
        out.reserve((text.size() - 2) / 2);
        for (std::size_t i = 2; i + 1 < text.size(); i += 2) {
            const int hi = hexDigit(text[i]);
            const int lo = hexDigit(text[i + 1]);
            if (hi < 0 || lo < 0)
                throw StorageError("the server returned bytea in a form this program cannot read");
            out.push_back(static_cast<unsigned char>(hi * 16 + lo));
        }
        return out;
    }

private:
    static constexpr int kScanBatch = 4096;
    pg::Result fetch() {
        return m_connection.connection().exec("FETCH " + std::to_string(kScanBatch) + " FROM " +
                                              m_cursor);
    }
    // A cursor lives until its transaction ends, or a rollback to a savepoint taken before
    // it: closed early only while it surely still exists (a CLOSE of a cursor that is gone
    // would fail the transaction).
    void closeCursor(bool justRead = false) {
        if (m_cursor.empty())
            return;
        const std::string cursor = std::exchange(m_cursor, {});
        pg::Connection& c = m_connection.connection();
        if (m_connection.transactionEpoch() != m_epoch || !c.inTransaction() ||
            c.transactionFailed())
            return;
        if (!justRead &&
            c.exec("SELECT count(*) FROM pg_cursors WHERE name = $1", {cursor}).integer(0, 0) == 0)
            return;
        c.exec("CLOSE " + cursor);
    }
    pg::TypedParameter& slot(int index) {
        if (index < 1)
            throw StorageError("parameter index " + std::to_string(index) + " out of range");
        const auto at = static_cast<std::size_t>(index);
        if (m_parameters.size() < at)
            m_parameters.resize(at);
        return m_parameters[at - 1];
    }
    const pg::Result& row() const {
        if (!m_result || m_row < 0 || m_row >= m_result->rows())
            throw StorageError("no row to read");
        return *m_result;
    }
    PgConnection& m_connection;
    std::string m_sql;
    std::string m_appendTable, m_appendColumns; // a plain append, that a bulk load may hold
    std::size_t m_appendCount = 0;
    std::vector<bool> m_named; // m_named[n]: the statement names $n
    std::vector<pg::TypedParameter> m_parameters;
    std::optional<pg::Result> m_result;
    int m_row = -1;
    bool m_scan = false;
    std::string m_cursor; // while a scan reads through a cursor
    std::uint64_t m_epoch = 0;
};
} // namespace

std::string serverParameters(std::string_view sql) {
    std::string out;
    out.reserve(sql.size() + 8);
    int next = 0;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (c == '\'' || c == '"') { // quoted text or name, with doubled quotes inside
            const std::size_t end = sql.find(c, i + 1);
            const std::size_t stop = end == std::string_view::npos ? sql.size() : end + 1;
            out.append(sql.substr(i, stop - i));
            i = stop - 1;
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            const std::size_t end = sql.find('\n', i);
            const std::size_t stop = end == std::string_view::npos ? sql.size() : end;
            out.append(sql.substr(i, stop - i));
            i = stop - 1;
        } else if (c == '?') {
            std::size_t j = i + 1;
            while (j < sql.size() && sql[j] >= '0' && sql[j] <= '9')
                ++j;
            out += '$';
            if (j > i + 1) {
                out.append(sql.substr(i + 1, j - i - 1));
                i = j - 1;
            } else {
                out += std::to_string(++next);
            }
        } else {
            out += c;
        }
    }
    return out;
}

PgConnection::PgConnection(pg::Connection connection) : m_connection(std::move(connection)) {}

void PgConnection::exec(std::string_view sql) {
    // What a rollback undoes was held after the last savepoint (taking one sends them): it is
    // dropped; anything else runs after the held rows.
    if (sql.substr(0, 8) == "ROLLBACK") {
        for (Held& h : m_held)
            h.rows.clear();
        m_heldBytes = 0;
    } else {
        flush();
    }
    if (sql.substr(0, 5) == "BEGIN")
        ++m_epoch;
    // Every desk that watches the book learns of a change when it commits (NOTIFY is sent at
    // the commit, and not at all on a rollback).
    if (m_writing && sql == "COMMIT")
        m_connection.exec("SELECT pg_notify('" + std::string(kChangeChannel) + "', '')");
    if (sql == "COMMIT" || sql == "ROLLBACK")
        m_writing = false;
    const pg::Result result = m_connection.exec(sql);
    m_changes = result.affected();
}

std::unique_ptr<StatementDriver> PgConnection::prepare(std::string_view sql) {
    return std::make_unique<PgStatement>(*this, serverParameters(sql), false);
}

std::unique_ptr<StatementDriver> PgConnection::prepareScan(std::string_view sql) {
    return std::make_unique<PgStatement>(*this, serverParameters(sql), true);
}

std::string PgConnection::nextCursorName() {
    return "barter_scan_" + std::to_string(++m_cursors);
}

bool PgConnection::beginRead() {
    m_connection.exec("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    ++m_epoch;
    return true;
}

std::int64_t PgConnection::lastInsertId() {
    flush();
    return m_connection.exec("SELECT lastval()").integer(0, 0);
}

bool PgConnection::inTransaction() const {
    return m_connection.inTransaction();
}

void PgConnection::setBulkAppends(bool on) {
    m_bulk = on; // what is held goes before the next statement, or with a rollback
}

void PgConnection::hold(const std::string& table, const std::string& columns,
                        const std::string& row) {
    // The tables keep the order they were first appended to since the connection opened (an
    // exchange before its lines…), whatever was sent meanwhile: the same order every flush.
    auto it = std::find_if(m_held.begin(), m_held.end(),
                           [&](const Held& h) { return h.table == table && h.columns == columns; });
    if (it == m_held.end()) {
        m_held.push_back({table, columns, {}});
        it = m_held.end() - 1;
    }
    it->rows += row;
    m_heldBytes += row.size();
    if (m_heldBytes > (std::size_t{8} << 20)) // a bounded buffer, whatever the import's size
        flush();
}

void PgConnection::flush() {
    if (m_heldBytes == 0)
        return;
    std::vector<Held> held;
    for (Held& h : m_held)
        held.push_back({h.table, h.columns, std::exchange(h.rows, {})});
    m_heldBytes = 0;
    for (Held& h : held) {
        if (h.rows.empty())
            continue;
        std::size_t at = 0;
        constexpr std::size_t kChunk = 1 << 20;
        m_connection.copyIn("COPY " + h.table + " (" + h.columns + ") FROM STDIN",
                            [&](std::string& chunk) {
                                chunk.assign(h.rows, at, kChunk);
                                at += chunk.size();
                                return at < h.rows.size();
                            });
    }
}

void PgConnection::beginWrite() {
    m_connection.exec("BEGIN");
    ++m_epoch;
    m_writing = true;
    m_connection.exec("SELECT pg_advisory_xact_lock(" + std::to_string(kWriteLockKey) + ")");
}

} // namespace barter::storage
