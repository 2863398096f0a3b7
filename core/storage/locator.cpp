// SPDX-License-Identifier: GPL-3.0-or-later
#include "locator.h"

#include "../error.h"

#include <libpq-fe.h>

#include <algorithm>
#include <cctype>
#include <iterator>
#include <memory>
#include <utility>

namespace barter {

bool isServerUri(std::string_view text) {
    return text.rfind("postgresql://", 0) == 0 || text.rfind("postgres://", 0) == 0;
}

std::string Locator::display() const {
    if (kind == Kind::File)
        return text;
    std::string out = user.empty() ? std::string() : user + "@";
    out += host.empty() ? std::string("localhost") : host;
    if (!port.empty())
        out += ":" + port;
    return out + "/" + database;
}

namespace {
// Everything but RFC 3986's unreserved characters written as %XX, so that a host, a database
// or a user may hold any character.
std::string percentEncoded(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) != 0 || c == '-' || c == '.' || c == '_' || c == '~') {
            out += c;
        } else {
            out += '%';
            out += kHex[u >> 4];
            out += kHex[u & 0x0F];
        }
    }
    return out;
}

bool hasControl(std::string_view text) {
    return std::any_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
}
} // namespace

std::string serverUri(const ServerAddress& a) {
    if (a.database.empty())
        throw InvalidInput("database", "the database's name is required");
    for (const auto& [field, value] : {std::pair<const char*, const std::string&>{"host", a.host},
                                       {"database", a.database},
                                       {"user", a.user}})
        if (hasControl(value))
            throw InvalidInput(field, "holds a control character");
    if (!a.port.empty()) {
        const bool digits =
            a.port.size() <= 5 &&
            std::all_of(a.port.begin(), a.port.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits || std::stoi(a.port) < 1 || std::stoi(a.port) > 65535)
            throw InvalidInput("port", "not a port number (1 to 65535): " + a.port);
    }
    if (!a.sslmode.empty() &&
        std::find(std::begin(kSslModes), std::end(kSslModes), a.sslmode) == std::end(kSslModes))
        throw InvalidInput("sslmode", "not one of libpq's modes (verify-full, verify-ca, require, "
                                      "prefer, allow, disable): " +
                                          a.sslmode);
    // Everything as a query parameter: a Unix socket's folder cannot stand before the path.
    std::string uri = "postgresql:///" + percentEncoded(a.database);
    char sep = '?';
    for (const auto& [key, value] : {std::pair<const char*, const std::string&>{"host", a.host},
                                     {"port", a.port},
                                     {"user", a.user},
                                     {"sslmode", a.sslmode}}) {
        if (value.empty())
            continue;
        uri += sep;
        uri += key;
        uri += '=';
        uri += percentEncoded(value);
        sep = '&';
    }
    return uri;
}

Locator parseLocator(const std::string& text) {
    Locator locator;
    locator.text = text;
    if (!isServerUri(text))
        return locator;
    locator.kind = Locator::Kind::Server;
    char* error = nullptr;
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(
        PQconninfoParse(text.c_str(), &error), &PQconninfoFree);
    if (!options) {
        std::string why = error != nullptr ? error : "out of memory";
        PQfreemem(error);
        while (!why.empty() && (why.back() == '\n' || why.back() == ' '))
            why.pop_back();
        // libpq quotes the URI, or a part of it, in some of its messages: a password in it must
        // not be repeated.
        if (const auto quote = why.find('"'); quote != std::string::npos)
            why = why.substr(0, quote) + "(the URI)";
        throw InvalidInput("book", "not a PostgreSQL URI libpq can read: " + why);
    }
    std::string password;
    for (const PQconninfoOption* o = options.get(); o->keyword != nullptr; ++o) {
        const std::string keyword = o->keyword;
        const std::string value = o->val != nullptr ? o->val : "";
        if (keyword == "user")
            locator.user = value;
        else if (keyword == "host")
            locator.host = value;
        else if (keyword == "port")
            locator.port = value;
        else if (keyword == "dbname")
            locator.database = value;
        else if (keyword == "password")
            password = value;
    }
    if (!password.empty())
        throw InvalidInput("book", "a password does not belong in the book's URI (it would be "
                                   "shown and kept with it); use BARTER_PASSWORD, "
                                   "--password-file, ~/.pgpass or the prompt");
    if (locator.database.empty())
        throw InvalidInput("book", "the URI names no database (postgresql://host/DATABASE)");
    return locator;
}

} // namespace barter
