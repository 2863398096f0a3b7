#include "pg_driver.h"

#include "../../error.h"

#include <charconv>

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

class PgStatement final : public StatementDriver {
public:
    PgStatement(PgConnection& connection, std::string sql)
        : m_connection(connection), m_sql(std::move(sql)) {}

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
        if (!m_result) {
            m_result.emplace(m_connection.connection().execTyped(m_sql, m_parameters));
            m_connection.setChanges(m_result->affected());
            m_row = -1;
        }
        return ++m_row < m_result->rows();
    }
    void reset() override {
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
    std::vector<pg::TypedParameter> m_parameters;
    std::optional<pg::Result> m_result;
    int m_row = -1;
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
    const pg::Result result = m_connection.exec(sql);
    m_changes = result.affected();
}

std::unique_ptr<StatementDriver> PgConnection::prepare(std::string_view sql) {
    return std::make_unique<PgStatement>(*this, serverParameters(sql));
}

std::int64_t PgConnection::lastInsertId() {
    return m_connection.exec("SELECT lastval()").integer(0, 0);
}

bool PgConnection::inTransaction() const {
    return m_connection.inTransaction();
}

void PgConnection::beginWrite() {
    m_connection.exec("BEGIN");
    m_connection.exec("SELECT pg_advisory_xact_lock(" + std::to_string(kWriteLockKey) + ")");
}

} // namespace barter::storage
