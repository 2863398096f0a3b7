// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "adapters/text.h"
#include "server_link.h"

namespace barter::ui {

Workspace::Workspace(QObject* parent) : QObject(parent), m_link(new ServerLink(*this, this)) {}

Workspace::~Workspace() {
    delete m_link; // it listens as the book's user: before the book
    m_link = nullptr;
}

void Workspace::open(const QString& path, Book::Purpose purpose) {
    close();
    m_book.emplace(Book::open(fromQ(path), purpose));
    m_path = path;
    m_purpose = purpose;
}

void Workspace::login(const QString& user, const QString& password) {
    m_session.emplace(m_book->login(fromQ(user), fromQ(password)));
    m_link->start();
    emit sessionChanged();
}

void Workspace::close() {
    const bool had = m_session.has_value();
    m_link->stop();
    m_session.reset();
    m_book.reset();
    m_path.clear();
    if (had)
        emit sessionChanged();
}

bool Workspace::online() const {
    return m_link->online();
}

bool Workspace::may(Action action) const {
    return m_session && isAllowed(m_session->role(), action);
}

} // namespace barter::ui
