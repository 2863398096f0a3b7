// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a book lives (DESIGN.md §10): a file path, or a PostgreSQL URI
// `postgresql://[user@]host[:port]/dbname[?param=value…]` (`postgres://` too) that libpq
// understands. A password never belongs in a URI: it would be printed and stored with it.

#include <string>
#include <string_view>

namespace barter {

struct Locator {
    enum class Kind { File, Server };
    Kind kind = Kind::File;
    std::string text; // as given: the path, or the URI
    // A server book's parts, as libpq reads the URI (empty: libpq's defaults apply).
    std::string user, host, port, database;

    // What to show a person: the path, or "user@host:port/database" (never a password).
    std::string display() const;
    bool isServer() const { return kind == Kind::Server; }
};

// A server book's address as a person types it in the desktop application's Connect dialog.
struct ServerAddress {
    std::string host;     // a name, an address, or a Unix socket's folder (/run/postgresql)
    std::string port;     // empty: libpq's default (5432)
    std::string database; // required
    std::string user;     // empty: libpq's default (the system user's name)
    std::string sslmode;  // libpq's sslmode; empty: libpq's default (prefer)
};
// The sslmode values libpq knows, most careful first (verify-full: an encrypted connection to
// the server the certificate names).
inline constexpr const char* kSslModes[] = {"verify-full", "verify-ca", "require",
                                            "prefer",      "allow",     "disable"};

// The postgresql:// URI of `address`, each part percent-encoded. Throws InvalidInput naming
// the field (database, port, user, host, sslmode) when a part cannot be used.
std::string serverUri(const ServerAddress& address);

// Whether `text` is written as a server URI (it may still be a bad one).
bool isServerUri(std::string_view text);

// Throws InvalidInput (field "book") for a URI that libpq cannot read, that names no database,
// or that holds a password. Any other text is a file path.
Locator parseLocator(const std::string& text);

} // namespace barter
