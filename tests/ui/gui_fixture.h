// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A fresh book per test (two parties, a unit, two goods, an agreement with a swing limit of
// 10,000 and prices), users of every role, and helpers to drive widgets with the keyboard.

#include "book/book.h"
#include "widgets/main_window.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace barter::ui::testing {

// The child widget with this object name (a test failure when there is none).
template <typename T> T* child(QObject* parent, const char* name) {
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

class UiTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("test.barter"));
        Book book = Book::create(m_path.toStdString(), "admin", "admin-pass");
        Session admin = book.login("admin", "admin-pass");
        book.users().addUser(admin, "manager", "manager", "manager-pass");
        book.users().addUser(admin, "manager2", "manager", "manager2-pass");
        book.users().addUser(admin, "clerk", "clerk", "clerk-pass");
        book.users().addUser(admin, "auditor", "auditor", "auditor-pass");
        Session m = book.login("manager", "manager-pass");
        book.masterData().addParty(m, {"RU-A", "Russian side", "Российская сторона", "RU"});
        book.masterData().addParty(m, {"KP-B", "Korean side", "조선측", "KP"});
        book.masterData().addUnit(m, {"CU", "Clearing unit", "2"});
        book.masterData().addGood(m, {"WHEAT", "Wheat", "100199", "t", "3"});
        book.masterData().addGood(m, {"BEER", "Beer", "220300", "l", "2"});
        book.masterData().addAgreement(
            m, {"AGR", "RU-A", "KP-B", "CU", "10000", "80", "2023-01-01", ""});
        book.masterData().setPrice(m, {"AGR", "WHEAT", "210.125", "2023-01-01"});
        book.masterData().setPrice(m, {"AGR", "BEER", "1.10", "2023-01-01"});
    }

    std::unique_ptr<MainWindow> openAs(const QString& user) {
        auto w = std::make_unique<MainWindow>();
        w->show();
        EXPECT_TRUE(w->openBook(m_path, user, user + QStringLiteral("-pass")));
        QApplication::setActiveWindow(w.get());
        EXPECT_TRUE(QTest::qWaitForWindowExposed(w.get()));
        return w;
    }

    // The balance of AGR as the core computes it, read through a connection of its own.
    std::string balance() {
        Book book = Book::open(m_path.toStdString());
        Session s = book.login("auditor", "auditor-pass");
        return book.reporting().balances(s, "AGR", Date::max()).front().balance.toString();
    }
    std::int64_t exchanges() {
        Book book = Book::open(m_path.toStdString());
        Session s = book.login("auditor", "auditor-pass");
        return book.integrity().verify(s).exchanges;
    }

    // Runs `act` on the next modal dialog once it is shown (inside its exec()).
    static void whenModal(std::function<void(QWidget*)> act) {
        auto* timer = new QTimer;
        timer->setInterval(10);
        QObject::connect(timer, &QTimer::timeout, [timer, act] {
            QWidget* modal = QApplication::activeModalWidget();
            if (modal == nullptr)
                return;
            timer->stop();
            timer->deleteLater();
            act(modal);
        });
        timer->start();
    }
    static QWidget* focus() { return QApplication::focusWidget(); }
    static void type(const QString& text) {
        for (QChar c : text)
            QTest::keyClick(focus(), c.toLatin1());
    }
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(focus(), key, modifiers);
    }

    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace barter::ui::testing
