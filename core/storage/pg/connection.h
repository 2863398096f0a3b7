// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A thin RAII layer over libpq for the server book (DESIGN.md §10): a connection, a result, a
// transaction guard and COPY FROM STDIN. Statements take their values as parameters, always
// (PQexecParams, in text form), never spliced into SQL. Every failure throws: a refused login
// PermissionDenied("login failed", without saying which part), an unreachable server or a
// failed statement StorageError (ServerError carries the SQLSTATE).

#include "../../error.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct pg_conn;
struct pg_result;

namespace barter::pg {

// A statement the server refused: its SQLSTATE ("23505", "42501"…) and message.
class ServerError : public StorageError {
public:
    ServerError(const std::string& what, std::string sqlState)
        : StorageError(what), m_sqlState(std::move(sqlState)) {}
    const std::string& sqlState() const { return m_sqlState; }

private:
    std::string m_sqlState;
};

class Result {
public:
    explicit Result(pg_result* result) : m_result(result) {}
    ~Result();
    Result(const Result&) = delete;
    Result& operator=(const Result&) = delete;
    Result(Result&& other) noexcept : m_result(other.m_result) { other.m_result = nullptr; }
    Result& operator=(Result&& other) noexcept;

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    std::string text(int row, int column) const;
    unsigned type(int column) const;                 // the column's pg_type OID
    std::int64_t integer(int row, int column) const; // throws StorageError if not an integer
    std::optional<std::string> optionalText(int row, int column) const;
    // The number of rows an INSERT, UPDATE, DELETE or COPY touched.
    std::int64_t affected() const;

private:
    pg_result* m_result;
};

using Parameter = std::optional<std::string>; // nullopt is NULL

// A parameter with its type (a pg_type OID: 20 bigint, 25 text, 17 bytea; 0 lets the server
// infer it) and form (binary for bytea, text otherwise).
struct TypedParameter {
    std::optional<std::string> value; // nullopt is NULL
    unsigned type = 0;
    bool binary = false;
};

class Connection {
public:
    // `conninfo` is a libpq URI (postgresql://…) or key=value string; `user`, when given, is
    // the login instead of the one it names; `password`, when given,
    // overrides libpq's own sources (PGPASSWORD, the password file) and never appears in a
    // message. The session's time zone is UTC and its client encoding UTF-8; the URI's other
    // settings (options=, connect_timeout, sslmode…) are kept.
    // `settings` are further libpq keywords (keepalives, connect_timeout) that override the
    // URI's.
    using Settings = std::vector<std::pair<std::string, std::string>>;
    explicit Connection(const std::string& conninfo,
                        const std::optional<std::string>& password = std::nullopt,
                        const std::optional<std::string>& user = std::nullopt,
                        const Settings& settings = {});
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;

    // A statement without parameters (several may be given, separated by ';').
    Result exec(std::string_view sql);
    // One statement with $1, $2… bound to `parameters`.
    Result exec(std::string_view sql, const std::vector<Parameter>& parameters);
    Result execTyped(std::string_view sql, const std::vector<TypedParameter>& parameters);
    // COPY … FROM STDIN: `next(chunk)` fills the next piece of data (rows in COPY's text or CSV
    // format) and returns false at the end. A throw from `next` cancels the COPY. Returns the
    // number of rows copied.
    std::int64_t copyIn(std::string_view copySql, const std::function<bool(std::string&)>& next);
    // The password in the form the server stores (SCRAM-SHA-256, hashed here), for ALTER ROLE …
    // PASSWORD: the clear password never travels in SQL or lands in a log.
    std::string encryptPassword(const std::string& user, const std::string& password);

    std::string user() const;       // the login the server authenticated
    std::string database() const;   // the database connected to
    int serverVersion() const;      // e.g. 150020
    bool inTransaction() const;     // a transaction is open (or failed and not yet rolled back)
    bool transactionFailed() const; // a transaction failed and awaits its rollback
    int backendPid() const;         // the server process serving this connection
    // Notifications (LISTEN): the socket to wait on, and the channels' notifications that have
    // arrived, read without blocking. Throws StorageError when the connection is lost.
    int socket() const;
    struct Notification {
        std::string channel, payload;
        int senderPid = 0;
    };
    std::vector<Notification> takeNotifications();
    pg_conn* handle() { return m_conn; }

private:
    void close() noexcept;
    Result check(pg_result* result, std::string_view sql);
    pg_conn* m_conn = nullptr;
};

// BEGIN … COMMIT; rolls back in the destructor unless committed.
class Transaction {
public:
    explicit Transaction(Connection& connection);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Connection& m_connection;
    bool m_done = false;
};

// A name made safe to use as an SQL identifier ("a""b"), for the few statements that cannot take
// a parameter (CREATE ROLE, GRANT).
std::string quoteIdentifier(std::string_view name);
// Text made safe to use as an SQL literal ('O''Brien'), for the same few statements.
std::string quoteLiteral(std::string_view text);

} // namespace barter::pg
