// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every command needs: the parsed arguments, the output format, and the book opened
// with the logged-in session (opened lazily, so `help` and `init` need neither).

#include "arguments.h"

#include "book/book.h"

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

namespace barter::cli {

enum class Format { Table, Csv, Json };

class Context {
public:
    explicit Context(const Arguments& args);

    const Arguments& args() const { return m_args; }
    Format format() const { return m_format; }
    std::ostream& out() const;

    // --book FILE or BARTER_BOOK.
    std::string bookPath() const;
    // The book is `path` instead of --book / BARTER_BOOK (barter copy SOURCE …).
    void useBook(std::string path) { m_bookOverride = std::move(path); }
    // Opened on first use, for `purpose` (a later call's purpose does not matter).
    Book& book(Book::Purpose purpose = Book::Purpose::Use);
    // Logs in as --user / BARTER_USER with the password from BARTER_PASSWORD,
    // --password-file or a no-echo prompt.
    const Session& session();
    // The password of the logged-in user (see session()).
    std::string password() const;
    // A new password: from `file` when given, else (when `fromEnvironment`) BARTER_PASSWORD,
    // else prompted twice on the terminal.
    static std::string newPassword(const std::optional<std::string>& file, const char* who,
                                   bool fromEnvironment);
    static std::string readPasswordFile(const std::string& path);
    // Asks on the terminal without echo; nullopt when there is none.
    static std::optional<std::string> ask(const std::string& text);
    static void warn(const std::string& message);

private:
    const Arguments& m_args;
    Format m_format = Format::Table;
    std::optional<Book> m_book;
    std::optional<std::string> m_bookOverride;
    std::optional<Session> m_session;
};

} // namespace barter::cli
