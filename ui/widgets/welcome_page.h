// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a user sees before a book is open: recent books (files and server books), "Open…",
// "Connect to a server book…", "New book…" and the demo book.

#include <QWidget>

class QListWidget;

namespace barter::ui {

class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);
    void setRecentBooks(const QStringList& paths);

signals:
    void openRequested(const QString& path); // empty: ask for a file
    void connectRequested();
    void newRequested();
    void demoRequested();

private:
    QListWidget* m_recent = nullptr;
};

} // namespace barter::ui
