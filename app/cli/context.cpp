// SPDX-License-Identifier: GPL-3.0-or-later
#include "context.h"

#include "error.h"

#include <cstdlib>
#include <fstream>
#include <iostream>

#include <termios.h>
#include <unistd.h>

namespace barter::cli {

namespace {
const char* env(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0' ? value : nullptr;
}

// Reads one line from the terminal without echo; nullopt when there is no terminal.
std::optional<std::string> prompt(const std::string& text) {
    std::FILE* tty = std::fopen("/dev/tty", "r+");
    if (tty == nullptr)
        return std::nullopt;
    const int fd = fileno(tty);
    termios saved{};
    const bool isTerminal = tcgetattr(fd, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    std::fputs(text.c_str(), tty);
    std::fflush(tty);
    std::string line;
    for (int c = std::fgetc(tty); c != EOF && c != '\n'; c = std::fgetc(tty))
        line += static_cast<char>(c);
    if (isTerminal)
        tcsetattr(fd, TCSAFLUSH, &saved);
    std::fputs("\n", tty);
    std::fclose(tty);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}
} // namespace

Context::Context(const Arguments& args) : m_args(args) {
    const std::string format = args.option("format", "table");
    if (format == "table")
        m_format = Format::Table;
    else if (format == "csv")
        m_format = Format::Csv;
    else if (format == "json")
        m_format = Format::Json;
    else
        throw UsageError("--format must be table, csv or json, not \"" + format + "\"");
}

std::ostream& Context::out() const {
    return std::cout;
}

std::string Context::bookPath() const {
    if (m_bookOverride)
        return *m_bookOverride;
    if (auto path = m_args.option("book"))
        return *path;
    if (const char* path = env("BARTER_BOOK"))
        return path;
    throw UsageError("no book: give --book FILE (or a postgresql:// URI) or set BARTER_BOOK");
}

Book& Context::book(Book::Purpose purpose) {
    if (!m_book)
        m_book.emplace(Book::open(bookPath(), purpose));
    return *m_book;
}

std::string Context::readPasswordFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw UsageError("cannot read password file \"" + path + "\"");
    std::string line;
    std::getline(in, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

std::string Context::password() const {
    if (auto file = m_args.option("password-file"))
        return readPasswordFile(*file);
    if (const char* value = env("BARTER_PASSWORD"))
        return value;
    if (auto typed = prompt("Password: "))
        return *typed;
    throw UsageError("no password: set BARTER_PASSWORD, give --password-file F, or run in a "
                     "terminal");
}

const Session& Context::session() {
    if (!m_session) {
        std::string user;
        if (auto name = m_args.option("user"))
            user = *name;
        else if (const char* fromEnvironment = env("BARTER_USER"))
            user = fromEnvironment;
        else
            throw UsageError("no user: give --user NAME or set BARTER_USER");
        Book& b = book();
        if (b.onServer() && !m_args.option("password-file") && env("BARTER_PASSWORD") == nullptr) {
            // libpq's own sources first (PGPASSWORD, ~/.pgpass), then the prompt
            try {
                m_session.emplace(b.loginWithoutPassword(user));
            } catch (const PermissionDenied&) {
                const std::optional<std::string> typed = ask("Password: ");
                if (!typed)
                    throw;
                m_session.emplace(b.login(user, *typed));
            }
        } else {
            m_session.emplace(b.login(user, password()));
        }
        if (b.readOnly())
            std::cerr << "barter: warning: " << b.path()
                      << " is read-only: it can be read, not changed, and this session is not "
                         "recorded in its audit trail\n";
    }
    return *m_session;
}

std::string Context::newPassword(const std::optional<std::string>& file, const char* who,
                                 bool fromEnvironment) {
    if (file)
        return readPasswordFile(*file);
    if (const char* value = env("BARTER_PASSWORD"); value != nullptr && fromEnvironment)
        return value;
    auto first = prompt(std::string("New password for ") + who + ": ");
    if (!first)
        throw UsageError(std::string("no password for ") + who +
                         ": give a password file, set BARTER_PASSWORD, or run in a terminal");
    auto second = prompt("Repeat it: ");
    if (!second || *second != *first)
        throw UsageError("the two passwords differ");
    return *first;
}

std::optional<std::string> Context::ask(const std::string& text) {
    return prompt(text);
}

void Context::warn(const std::string& message) {
    std::cerr << "barter: warning: " << message << '\n';
}

} // namespace barter::cli
