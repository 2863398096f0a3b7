// SPDX-License-Identifier: GPL-3.0-or-later
#include "server_link.h"

#include "adapters/text.h"
#include "error.h"
#include "widgets/error_display.h"
#include "workspace.h"

#include <QSocketNotifier>
#include <QThread>
#include <QTime>

namespace barter::ui {

ServerLink::ServerLink(Workspace& workspace, QObject* parent)
    : QObject(parent), m_workspace(workspace) {
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &ServerLink::othersCommitted);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ServerLink::attempt);
}

ServerLink::~ServerLink() {
    const QSignalBlocker quiet(this); // nobody is told of a state while the window goes
    stop();
}

void ServerLink::start() {
    stop();
    if (!m_workspace.loggedIn() || !m_workspace.book().onServer())
        return;
    try {
        listen(std::shared_ptr<ChangeFeed>(m_workspace.book().watchChanges(m_workspace.session())));
        setState(State::Online);
    } catch (const std::exception& e) {
        lose(describeError(e));
    }
}

void ServerLink::stop() {
    m_settle.stop();
    m_retry.stop();
    ++m_generation; // an attempt under way reports to nobody
    if (m_attempt != nullptr) {
        // An attempt gives up within its connect_timeout (change_feed.cpp).
        m_attempt->wait();
        delete m_attempt;
        m_attempt = nullptr;
    }
    dropNotifier();
    m_feed.reset();
    m_backoffMs = kFirstRetryMs;
    m_problem.clear();
    setState(State::Off);
}

int ServerLink::retryInSeconds() const {
    return m_retry.isActive() ? (m_retry.remainingTime() + 999) / 1000 : 0;
}

void ServerLink::retryNow() {
    if (m_state != State::Lost)
        return;
    m_retry.stop();
    attempt();
}

void ServerLink::dropNotifier() {
    if (m_notifier == nullptr)
        return;
    // Perhaps inside its own signal (readFeed): it goes once that has returned.
    m_notifier->setEnabled(false);
    m_notifier->deleteLater();
    m_notifier = nullptr;
}

void ServerLink::listen(std::shared_ptr<ChangeFeed> feed) {
    dropNotifier();
    m_feed = std::move(feed);
    m_notifier =
        new QSocketNotifier(static_cast<qintptr>(m_feed->socket()), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ServerLink::readFeed);
}

void ServerLink::readFeed() {
    if (!m_feed)
        return;
    try {
        if (m_feed->take() > 0 && !m_settle.isActive())
            m_settle.start();
    } catch (const std::exception& e) {
        lose(describeError(e));
    }
}

void ServerLink::connectionFailed(const QString& why) {
    if (m_state == State::Online)
        lose(why);
}

void ServerLink::lose(const QString& why) {
    dropNotifier(); // a closed socket stays readable: it must not wake the loop again
    m_feed.reset();
    m_settle.stop();
    m_problem = why;
    if (m_state != State::Lost && m_state != State::Reconnecting)
        m_lostAt = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    m_retry.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, kMaxRetryMs);
    setState(State::Lost);
}

void ServerLink::attempt() {
    if (!m_workspace.loggedIn() || m_attempt != nullptr)
        return;
    setState(State::Reconnecting);
    Book& book = m_workspace.book();
    const Session session = m_workspace.session();
    // The feed's connection is made off the UI thread: a server that does not answer costs the
    // attempt up to its connect_timeout, and the window nothing.
    m_attempt = QThread::create([this, &book, session, generation = m_generation] {
        std::shared_ptr<ChangeFeed> feed;
        QString problem;
        bool refused = false;
        try {
            feed = book.watchChanges(session);
        } catch (const PermissionDenied& e) {
            refused = true;
            problem = describeError(e);
        } catch (const std::exception& e) {
            problem = describeError(e);
        }
        QMetaObject::invokeMethod(
            this,
            [this, feed, problem, refused, generation] {
                if (generation == m_generation)
                    attemptDone(feed, problem, refused);
            },
            Qt::QueuedConnection);
    });
    m_attempt->start();
}

void ServerLink::attemptDone(const std::shared_ptr<ChangeFeed>& feed, const QString& problem,
                             bool refused) {
    if (m_attempt != nullptr) {
        m_attempt->wait();
        delete m_attempt;
        m_attempt = nullptr;
    }
    if (!m_workspace.loggedIn())
        return;
    if (refused) {
        m_problem = problem;
        setState(State::Ended);
        return;
    }
    if (!feed) {
        lose(problem);
        return;
    }
    // The server answers: the book's own connection is made again (what was under way when it
    // went was rolled back by the server), then the window reads everything anew.
    try {
        m_workspace.book().reconnect(m_workspace.session());
    } catch (const PermissionDenied& e) {
        m_problem = describeError(e);
        setState(State::Ended);
        return;
    } catch (const std::exception& e) {
        lose(describeError(e));
        return;
    }
    listen(feed);
    m_backoffMs = kFirstRetryMs;
    m_problem.clear();
    setState(State::Online);
    emit reconnected();
}

void ServerLink::setState(State state) {
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace barter::ui
