// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"

#include <libpq-fe.h>

#include <charconv>

namespace barter::pg {

namespace {
// libpq's messages end in a newline and may span lines ("FATAL: …\nDETAIL: …"): the first line.
std::string firstLine(const char* message) {
    std::string text = message != nullptr ? message : "";
    if (const auto end = text.find('\n'); end != std::string::npos)
        text.resize(end);
    return text;
}

bool loginRefused(pg_conn* conn, const std::string& message) {
    if (PQconnectionNeedsPassword(conn) != 0)
        return true;
    for (const char* refusal : {"password authentication failed", "authentication failed",
                                "no password supplied", "role \"", "is not permitted to log in"})
        if (message.find(refusal) != std::string::npos)
            return true;
    return false;
}
} // namespace

Result::~Result() {
    if (m_result != nullptr)
        PQclear(m_result);
}

Result& Result::operator=(Result&& other) noexcept {
    if (this != &other) {
        if (m_result != nullptr)
            PQclear(m_result);
        m_result = other.m_result;
        other.m_result = nullptr;
    }
    return *this;
}

int Result::rows() const {
    return m_result != nullptr ? PQntuples(m_result) : 0;
}
int Result::columns() const {
    return m_result != nullptr ? PQnfields(m_result) : 0;
}
bool Result::isNull(int row, int column) const {
    return PQgetisnull(m_result, row, column) != 0;
}
std::string Result::text(int row, int column) const {
    return std::string(PQgetvalue(m_result, row, column),
                       static_cast<std::size_t>(PQgetlength(m_result, row, column)));
}
unsigned Result::type(int column) const {
    return PQftype(m_result, column);
}
std::optional<std::string> Result::optionalText(int row, int column) const {
    if (isNull(row, column))
        return std::nullopt;
    return text(row, column);
}
std::int64_t Result::integer(int row, int column) const {
    const std::string value = text(row, column);
    std::int64_t out = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), out);
    if (ec != std::errc() || end != value.data() + value.size())
        throw StorageError("the server returned \"" + value + "\" where a whole number belongs");
    return out;
}
std::int64_t Result::affected() const {
    const char* count = m_result != nullptr ? PQcmdTuples(m_result) : nullptr;
    if (count == nullptr || *count == '\0')
        return 0;
    std::int64_t out = 0;
    std::from_chars(count, count + std::char_traits<char>::length(count), out);
    return out;
}

Connection::Connection(const std::string& conninfo, const std::optional<std::string>& password,
                       const std::optional<std::string>& user, const Settings& settings) {
    // The URI or key=value string is expanded in place of dbname; what follows overrides it.
    std::vector<const char*> keys = {"dbname", "client_encoding"};
    std::vector<const char*> values = {conninfo.c_str(), "UTF8"};
    if (user) {
        keys.push_back("user");
        values.push_back(user->c_str());
    }
    if (password) {
        keys.push_back("password");
        values.push_back(password->c_str());
    }
    for (const auto& [key, value] : settings) {
        keys.push_back(key.c_str());
        values.push_back(value.c_str());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = PQconnectdbParams(keys.data(), values.data(), 1);
    if (m_conn == nullptr)
        throw StorageError("cannot connect to the server: out of memory");
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const std::string message = firstLine(PQerrorMessage(m_conn));
        const bool refused = loginRefused(m_conn, message);
        close();
        if (refused)
            throw PermissionDenied("login failed");
        throw StorageError("cannot connect to the server: " + message);
    }
    // The server's notices ("role … does not exist, skipping") are not for the person at the
    // desk; what matters arrives as an error.
    PQsetNoticeProcessor(
        m_conn, [](void*, const char*) {}, nullptr);
    exec("SET TIME ZONE 'UTC'"); // whatever the URI's options say otherwise
}

Connection::~Connection() {
    close();
}

void Connection::close() noexcept {
    if (m_conn != nullptr)
        PQfinish(m_conn);
    m_conn = nullptr;
}

Connection::Connection(Connection&& other) noexcept : m_conn(other.m_conn) {
    other.m_conn = nullptr;
}

Connection& Connection::operator=(Connection&& other) noexcept {
    if (this != &other) {
        close();
        m_conn = other.m_conn;
        other.m_conn = nullptr;
    }
    return *this;
}

int Connection::backendPid() const {
    return m_conn != nullptr ? PQbackendPID(m_conn) : 0;
}

int Connection::socket() const {
    return m_conn != nullptr ? PQsocket(m_conn) : -1;
}

std::vector<Connection::Notification> Connection::takeNotifications() {
    if (m_conn == nullptr || PQconsumeInput(m_conn) == 0 || PQstatus(m_conn) != CONNECTION_OK)
        throw StorageError(
            "the connection to the server was lost" +
            (m_conn != nullptr ? ": " + firstLine(PQerrorMessage(m_conn)) : std::string()));
    std::vector<Notification> out;
    while (PGnotify* n = PQnotifies(m_conn)) {
        out.push_back({n->relname, n->extra != nullptr ? n->extra : "", n->be_pid});
        PQfreemem(n);
    }
    return out;
}

Result Connection::check(pg_result* raw, std::string_view sql) {
    Result result(raw);
    if (raw == nullptr)
        throw StorageError("the server connection failed: " + firstLine(PQerrorMessage(m_conn)));
    switch (PQresultStatus(raw)) {
    case PGRES_COMMAND_OK:
    case PGRES_TUPLES_OK:
    case PGRES_EMPTY_QUERY:
        return result;
    case PGRES_COPY_IN: // only copyIn() starts a COPY, and it does not come through here
    case PGRES_COPY_OUT:
    case PGRES_COPY_BOTH:
        PQputCopyEnd(m_conn, "not through exec()");
        while (pg_result* rest = PQgetResult(m_conn))
            PQclear(rest);
        throw StorageError("a COPY must go through copyIn()");
    default:
        break;
    }
    const char* state = PQresultErrorField(raw, PG_DIAG_SQLSTATE);
    const char* primary = PQresultErrorField(raw, PG_DIAG_MESSAGE_PRIMARY);
    std::string message = primary != nullptr ? primary : firstLine(PQresultErrorMessage(raw));
    if (PQstatus(m_conn) != CONNECTION_OK)
        message = "the connection to the server was lost: " + message;
    const std::string code = state != nullptr ? state : "";
    (void)sql; // the statement is ours and says nothing a user can act on
    // The book's own triggers refuse with SQLSTATE P0001 and a message meant for a person, as
    // the file book's do: it reads the same on both.
    if (code == "P0001")
        throw ServerError(message, code);
    throw ServerError(message + (code.empty() ? "" : " (SQLSTATE " + code + ")"), code);
}

Result Connection::exec(std::string_view sql) {
    const std::string text(sql);
    return check(PQexec(m_conn, text.c_str()), sql);
}

Result Connection::exec(std::string_view sql, const std::vector<Parameter>& parameters) {
    const std::string text(sql);
    std::vector<const char*> values;
    values.reserve(parameters.size());
    for (const Parameter& p : parameters)
        values.push_back(p ? p->c_str() : nullptr);
    return check(PQexecParams(m_conn, text.c_str(), static_cast<int>(values.size()), nullptr,
                              values.data(), nullptr, nullptr, 0),
                 sql);
}

Result Connection::execTyped(std::string_view sql, const std::vector<TypedParameter>& parameters) {
    const std::string text(sql);
    const std::size_t n = parameters.size();
    std::vector<const char*> values(n);
    std::vector<Oid> types(n);
    std::vector<int> lengths(n);
    std::vector<int> formats(n);
    for (std::size_t i = 0; i < n; ++i) {
        const TypedParameter& p = parameters[i];
        values[i] = p.value ? p.value->data() : nullptr;
        lengths[i] = p.value ? static_cast<int>(p.value->size()) : 0;
        types[i] = p.type;
        formats[i] = p.binary ? 1 : 0;
    }
    return check(PQexecParams(m_conn, text.c_str(), static_cast<int>(n), types.data(),
                              values.data(), lengths.data(), formats.data(), 0),
                 sql);
}

bool Connection::inTransaction() const {
    return m_conn != nullptr && PQtransactionStatus(m_conn) != PQTRANS_IDLE;
}

bool Connection::transactionFailed() const {
    return m_conn != nullptr && PQtransactionStatus(m_conn) == PQTRANS_INERROR;
}

std::int64_t Connection::copyIn(std::string_view copySql,
                                const std::function<bool(std::string&)>& next) {
    {
        const std::string text(copySql);
        pg_result* raw = PQexec(m_conn, text.c_str());
        if (raw != nullptr && PQresultStatus(raw) != PGRES_COPY_IN) {
            Result refused = check(raw, copySql); // throws for a refused statement
            throw StorageError("not a COPY … FROM STDIN statement");
        }
        Result started(raw);
        if (raw == nullptr)
            throw StorageError("the server connection failed: " +
                               firstLine(PQerrorMessage(m_conn)));
    }
    auto finish = [this, copySql](const char* cancelled) {
        if (PQputCopyEnd(m_conn, cancelled) != 1)
            throw StorageError("the connection to the server was lost at the end of a COPY: " +
                               firstLine(PQerrorMessage(m_conn)));
        std::optional<Result> last;
        std::optional<ServerError> failure;
        while (pg_result* raw = PQgetResult(m_conn)) {
            if (PQresultStatus(raw) == PGRES_COPY_IN) { // still copying: the end did not arrive
                PQclear(raw);
                throw StorageError("the server did not take the end of a COPY");
            }
            try {
                last.emplace(check(raw, copySql));
            } catch (const ServerError& e) {
                if (!failure)
                    failure.emplace(e);
            }
        }
        if (failure && cancelled == nullptr)
            throw *failure;
        return last ? last->affected() : 0;
    };
    std::string chunk;
    try {
        while (true) {
            chunk.clear();
            const bool more = next(chunk);
            if (!chunk.empty() &&
                PQputCopyData(m_conn, chunk.data(), static_cast<int>(chunk.size())) != 1)
                throw StorageError("the connection to the server was lost during a COPY: " +
                                   firstLine(PQerrorMessage(m_conn)));
            if (!more)
                break;
        }
    } catch (...) {
        finish("cancelled by the client");
        throw;
    }
    return finish(nullptr);
}

std::string Connection::encryptPassword(const std::string& user, const std::string& password) {
    char* encrypted =
        PQencryptPasswordConn(m_conn, password.c_str(), user.c_str(), "scram-sha-256");
    if (encrypted == nullptr)
        throw StorageError("cannot encrypt the password: " + firstLine(PQerrorMessage(m_conn)));
    std::string out(encrypted);
    PQfreemem(encrypted);
    return out;
}

std::string Connection::user() const {
    const char* name = PQuser(m_conn);
    return name != nullptr ? name : "";
}
std::string Connection::database() const {
    const char* name = PQdb(m_conn);
    return name != nullptr ? name : "";
}
int Connection::serverVersion() const {
    return PQserverVersion(m_conn);
}

Transaction::Transaction(Connection& connection) : m_connection(connection) {
    m_connection.exec("BEGIN");
}

Transaction::~Transaction() {
    if (!m_done) {
        try {
            m_connection.exec("ROLLBACK");
        } catch (...) { // a lost connection rolls back by itself
        }
    }
}

void Transaction::commit() {
    m_connection.exec("COMMIT");
    m_done = true;
}

std::string quoteIdentifier(std::string_view name) {
    if (name.find('\0') != std::string_view::npos)
        throw InvalidInput("name", "must not contain a NUL character");
    std::string out = "\"";
    for (char c : name) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

std::string quoteLiteral(std::string_view text) {
    if (text.find('\0') != std::string_view::npos)
        throw InvalidInput("text", "must not contain a NUL character");
    std::string out = "'";
    for (char c : text) {
        if (c == '\'')
            out += '\'';
        out += c;
    }
    return out + "'";
}

} // namespace barter::pg
