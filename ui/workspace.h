// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The open book and the logged-in user of one main window. The Book is owned here (never a
// singleton); views and dialogs borrow it for the length of a call. Signals tell views what to
// reload after a change.

#include "book/book.h"
#include "book/permissions.h"

#include <QObject>
#include <QString>

#include <optional>

namespace barter::ui {

class ServerLink;

class Workspace : public QObject {
    Q_OBJECT
public:
    explicit Workspace(QObject* parent = nullptr);
    ~Workspace() override;

    // Opens the book (throws barter::Error); nobody is logged in yet. Purpose::Verify opens a
    // damaged book for a verification, and nothing else.
    void open(const QString& path, Book::Purpose purpose = Book::Purpose::Use);
    // Throws PermissionDenied for a failed login.
    void login(const QString& user, const QString& password);
    void close();

    bool isOpen() const { return m_book.has_value(); }
    bool loggedIn() const { return m_session.has_value(); }
    Book& book() { return *m_book; }
    const Session& session() const { return *m_session; }
    QString path() const { return m_path; }
    Book::Purpose purpose() const { return m_purpose; }
    // Whether the logged-in user's role allows it (the core checks again on every call).
    bool may(Action action) const;
    // A server book's link (others' commits, the connection's state); Off for a file book.
    ServerLink& link() { return *m_link; }
    // Connected, or a file book: what writes may be offered.
    bool online() const;

    // After a change, so that every view shows it.
    void notifyJournalChanged() { emit journalChanged(); }
    void notifyMasterDataChanged() { emit masterDataChanged(); }
    void notifyPendingChanged() { emit pendingChanged(); }

signals:
    void journalChanged();
    void masterDataChanged();
    void pendingChanged();
    void sessionChanged();

private:
    ServerLink* m_link = nullptr;
    std::optional<Book> m_book;
    std::optional<Session> m_session;
    QString m_path;
    Book::Purpose m_purpose = Book::Purpose::Use;
};

} // namespace barter::ui
