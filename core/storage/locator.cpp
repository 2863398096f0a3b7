// SPDX-License-Identifier: GPL-3.0-or-later
#include "locator.h"

#include "../error.h"

#include <libpq-fe.h>

#include <memory>

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
