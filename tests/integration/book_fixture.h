// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A fresh temporary book per test, with two parties, a unit, two goods, an agreement and
// prices, and sessions for each role. Tests never depend on each other.

#include "book/book.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <ostream>
#include <random>

namespace barter {
// Lets GoogleTest print a Decimal as its text, not its bytes.
inline void PrintTo(const Decimal& d, std::ostream* out) {
    *out << d.toString();
}
} // namespace barter

namespace barter::testing {

class BookTest : public ::testing::Test {
protected:
    void SetUp() override {
        std::random_device rd;
        m_dir = std::filesystem::temp_directory_path() /
                ("barter-test-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(m_dir);
        m_path = (m_dir / "test.barter").string();
        m_book.emplace(Book::create(m_path, "admin", "admin-pass"));
        book().setLoginBackoff(0, 0); // failed logins are tested; their waits only where timed
        admin.emplace(book().login("admin", "admin-pass"));
        book().users().addUser(*admin, "manager", "manager", "manager-pass");
        book().users().addUser(*admin, "manager2", "manager", "manager2-pass");
        book().users().addUser(*admin, "clerk", "clerk", "clerk-pass");
        book().users().addUser(*admin, "auditor", "auditor", "auditor-pass");
        manager.emplace(book().login("manager", "manager-pass"));
        clerk.emplace(book().login("clerk", "clerk-pass"));
        auditor.emplace(book().login("auditor", "auditor-pass"));
        book().masterData().addParty(*manager,
                                     {"RU-A", "Russian side", "Российская сторона", "RU"});
        book().masterData().addParty(*manager, {"KP-B", "Korean side", "조선측", "KP"});
        book().masterData().addUnit(*manager, {"CU", "Clearing unit", "2"});
        book().masterData().addGood(*manager, {"WHEAT", "Wheat", "100199", "t", "3"});
        book().masterData().addGood(*manager, {"BEER", "Beer", "220300", "l", "2"});
        book().masterData().addAgreement(
            *manager, {"AGR", "RU-A", "KP-B", "CU", swing(), "80", "2023-01-01", ""});
        book().masterData().setPrice(*manager, {"AGR", "WHEAT", "210.125", "2023-01-01"});
        book().masterData().setPrice(*manager, {"AGR", "WHEAT", "220", "2023-07-01"});
        book().masterData().setPrice(*manager, {"AGR", "BEER", "1.10", "2023-01-01"});
    }
    void TearDown() override {
        m_book.reset();
        std::error_code ec;
        std::filesystem::remove_all(m_dir, ec);
    }
    // The swing limit of agreement AGR; tests may override.
    virtual std::string swing() const { return "10000.00"; }

    Book& book() { return *m_book; }
    const std::string& path() const { return m_path; }
    std::filesystem::path dir() const { return m_dir; }
    // Closes the book (its log folded into the file), as when its program ends.
    void closeBook() { m_book.reset(); }
    void reopen() {
        m_book.emplace(Book::open(m_path));
        book().setLoginBackoff(0, 0);
    }

    static ExchangeDraft draft(std::string date, std::string ref,
                               std::vector<DeliveryLineDraft> lines) {
        ExchangeDraft d;
        d.agreement = "AGR";
        d.date = std::move(date);
        d.reference = std::move(ref);
        d.lines = std::move(lines);
        return d;
    }
    Decimal balance(const std::string& at = "2199-12-31") {
        return book().reporting().balances(*auditor, "AGR", Date::parse(at)).front().balance;
    }

    std::optional<Session> admin, manager, clerk, auditor;

private:
    std::filesystem::path m_dir;
    std::string m_path;
    std::optional<Book> m_book;
};

// A file's bytes, all of them.
inline std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

inline Decimal dec(const char* text) {
    return *Decimal::parse(text);
}

} // namespace barter::testing
