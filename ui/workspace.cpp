// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "adapters/text.h"

namespace barter::ui {

Workspace::Workspace(QObject* parent) : QObject(parent) {}
Workspace::~Workspace() = default;

void Workspace::open(const QString& path, Book::Purpose purpose) {
    close();
    m_book.emplace(Book::open(fromQ(path), purpose));
    m_path = path;
    m_purpose = purpose;
}

void Workspace::login(const QString& user, const QString& password) {
    m_session.emplace(m_book->login(fromQ(user), fromQ(password)));
    emit sessionChanged();
}

void Workspace::close() {
    const bool had = m_session.has_value();
    m_session.reset();
    m_book.reset();
    m_path.clear();
    if (had)
        emit sessionChanged();
}

bool Workspace::may(Action action) const {
    return m_session && isAllowed(m_session->role(), action);
}

} // namespace barter::ui
