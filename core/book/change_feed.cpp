// SPDX-License-Identifier: GPL-3.0-or-later
#include "change_feed.h"

#include "../error.h"
#include "../storage/database.h"
#include "../storage/pg/connection.h"
#include "../storage/pg/pg_driver.h"
#include "server_users.h"
#include "session.h"

namespace barter {

namespace {
// A desk learns within seconds that the server is gone even when nothing says so (a cable
// pulled, a router down): TCP keepalives after 10 s of silence, three probes 2 s apart. A
// server that does not answer at all is given up on after 5 s. (Unix sockets ignore both.)
const pg::Connection::Settings kWatchSettings = {{"keepalives", "1"},
                                                 {"keepalives_idle", "10"},
                                                 {"keepalives_interval", "2"},
                                                 {"keepalives_count", "3"},
                                                 {"connect_timeout", "5"}};
} // namespace

struct ChangeFeed::Impl {
    Database& db;
    pg::Connection connection;
};

ChangeFeed::ChangeFeed(Database& db, const Session& s) {
    if (!db.isServer())
        throw StorageError("only a server book tells of other desks' changes (" + db.path() + ")");
    pg::Connection connection(db.conninfo(), server::passwordOf(db, s.userName()), s.userName(),
                              kWatchSettings);
    connection.exec("LISTEN " + pg::quoteIdentifier(storage::kChangeChannel));
    m_impl = std::make_unique<Impl>(Impl{db, std::move(connection)});
}

ChangeFeed::~ChangeFeed() = default;

int ChangeFeed::socket() const {
    return m_impl->connection.socket();
}

int ChangeFeed::take() {
    const std::vector<pg::Connection::Notification> arrived =
        m_impl->connection.takeNotifications();
    const int own = m_impl->db.connected() ? m_impl->db.server().backendPid() : 0;
    int others = 0;
    for (const pg::Connection::Notification& n : arrived)
        others += n.channel == storage::kChangeChannel && n.senderPid != own ? 1 : 0;
    return others;
}

} // namespace barter
