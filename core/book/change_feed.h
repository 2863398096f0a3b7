// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What other desks commit to a server book, as they commit it (DESIGN.md §10): a connection of
// its own that listens on the book's channel, to which every write transaction sends a NOTIFY
// as it commits. The caller waits for socket() to become readable (a QSocketNotifier, poll())
// and then calls take(), which never blocks. A lost server is seen at once: the socket becomes
// readable and take() throws.

#include <memory>

namespace barter {

class Database;
class Session;

class ChangeFeed {
public:
    // Listens to `db`'s book as the user of `s`, with the password that user logged in with.
    // Throws StorageError when the server cannot be reached, PermissionDenied when the login is
    // refused.
    ChangeFeed(Database& db, const Session& s);
    ~ChangeFeed();
    ChangeFeed(const ChangeFeed&) = delete;
    ChangeFeed& operator=(const ChangeFeed&) = delete;

    // The descriptor to wait on for reading.
    int socket() const;
    // How many commits others made since the last call (0: none; the socket woke for other
    // traffic). Commits of `db`'s own connection are not counted: its user's window already
    // shows them. Throws StorageError when the connection to the server is lost.
    int take();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace barter
