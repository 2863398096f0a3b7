// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A window's link to its server book while someone is logged in (DESIGN.md §10): what other
// desks commit, heard on a connection of its own (the core's ChangeFeed, LISTEN/NOTIFY) through
// a socket notifier, so the UI thread never waits for the server; and the connection's state.
// When the server goes away it says so at once, and tries again by itself with a back-off (1 s,
// 2 s, 4 s … 30 s), each attempt on a thread of its own; once the server answers, the book's
// own connection is made again and reconnected() tells the window to read everything anew.

#include "book/change_feed.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QSocketNotifier;
class QThread;

namespace barter::ui {

class Workspace;

class ServerLink : public QObject {
    Q_OBJECT
public:
    enum class State {
        Off,          // a file book, or nobody logged in
        Online,       // connected; others' commits are heard
        Lost,         // the server went away; the next attempt is in retryInSeconds()
        Reconnecting, // an attempt is under way
        Ended,        // the server no longer lets this user in: log in again
    };
    // Changes heard within this many milliseconds of each other are read once.
    static constexpr int kSettleMs = 250;
    static constexpr int kFirstRetryMs = 1000;
    static constexpr int kMaxRetryMs = 30000;

    explicit ServerLink(Workspace& workspace, QObject* parent = nullptr);
    ~ServerLink() override;

    // Starts watching the workspace's server book as its logged-in user (nothing for a file
    // book). A server that cannot be reached now counts as lost.
    void start();
    void stop();
    State state() const { return m_state; }
    bool online() const { return m_state == State::Online || m_state == State::Off; }
    int retryInSeconds() const;
    // While lost: the next attempt now rather than when the back-off says.
    void retryNow();
    // When the connection was lost, "HH:MM:SS" local time.
    QString lostAt() const { return m_lostAt; }
    QString lastProblem() const { return m_problem; }
    // The server went away as the window found out by itself (a statement of the book's own
    // connection failed for it): as if the feed had said so.
    void connectionFailed(const QString& why);

signals:
    void othersCommitted();
    void stateChanged(barter::ui::ServerLink::State state);
    // The book's connection is back: every view must read what it shows again.
    void reconnected();

private:
    void listen(std::shared_ptr<ChangeFeed> feed);
    void readFeed();
    void dropNotifier();
    void lose(const QString& why);
    void attempt();
    void attemptDone(const std::shared_ptr<ChangeFeed>& feed, const QString& problem, bool refused);
    void setState(State state);

    Workspace& m_workspace;
    std::shared_ptr<ChangeFeed> m_feed;
    quint64 m_generation = 0; // which start() an attempt belongs to
    QSocketNotifier* m_notifier = nullptr;
    QTimer m_settle;
    QTimer m_retry;
    QThread* m_attempt = nullptr;
    int m_backoffMs = kFirstRetryMs;
    State m_state = State::Off;
    QString m_lostAt;
    QString m_problem;
};

} // namespace barter::ui
