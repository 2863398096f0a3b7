// SPDX-License-Identifier: GPL-3.0-or-later
// A book refused as damaged offers Verify… (issue 15): the verification reads it without writing
// and says how many pages are damaged, what they belong to and whether the chain holds.
#include "gui_fixture.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

#include <sqlite3.h>

#include <fstream>
#include <iterator>

namespace barter::ui::testing {
namespace {

class DamagedBookTest : public UiTest {
protected:
    // Posts a few exchanges, then flips one byte in the middle of a page of the closed book.
    std::string damage() {
        {
            Book book = Book::open(m_path.toStdString());
            Session clerk = book.login("clerk", "clerk-pass");
            for (int i = 1; i <= 20; ++i) {
                ExchangeDraft d;
                d.agreement = "AGR";
                d.date = "2023-03-01";
                d.reference = "D-" + std::to_string(i);
                d.lines = {{"RU-A", "WHEAT", "1"}};
                book.journal().post(clerk, d);
            }
        }
        // The middle of a page of the lines (a table, not the schema, so that what it belongs to
        // can be read and said).
        sqlite3* db = nullptr;
        EXPECT_EQ(sqlite3_open_v2(m_path.toStdString().c_str(), &db, SQLITE_OPEN_READONLY, nullptr),
                  SQLITE_OK);
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(db,
                           "SELECT pageno, (SELECT page_size FROM pragma_page_size) FROM dbstat "
                           "WHERE name = 'delivery_line' ORDER BY pageno LIMIT 1",
                           -1, &st, nullptr);
        EXPECT_EQ(sqlite3_step(st), SQLITE_ROW) << sqlite3_errmsg(db);
        const std::streamoff middle =
            (sqlite3_column_int64(st, 0) - 1) * sqlite3_column_int64(st, 1) +
            sqlite3_column_int64(st, 1) / 2;
        sqlite3_finalize(st);
        sqlite3_close(db);
        std::fstream f(m_path.toStdString(), std::ios::in | std::ios::out | std::ios::binary);
        f.seekg(middle);
        const char byte = static_cast<char>(f.get() ^ 0x10);
        f.seekp(middle);
        f.put(byte);
        f.close();
        std::ifstream in(m_path.toStdString(), std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    }
};

TEST_F(DamagedBookTest, TheRefusalOffersAVerificationThatReportsTheDamage) {
    const std::string bytes = damage();
    MainWindow window;
    window.show();
    QString refusal, report;
    whenModal([&](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        ASSERT_NE(box, nullptr);
        EXPECT_EQ(box->objectName(), QStringLiteral("damagedBook"));
        refusal = box->text();
        whenModal([&](QWidget* login) {
            EXPECT_EQ(login->objectName(), QStringLiteral("loginDialog"));
            child<QLineEdit>(login, "user")->setText(QStringLiteral("auditor"));
            child<QLineEdit>(login, "password")->setText(QStringLiteral("auditor-pass"));
            whenModal([&](QWidget* done) {
                auto* result = qobject_cast<QMessageBox*>(done);
                if (result == nullptr || result->objectName() != QStringLiteral("damageReport"))
                    return; // the progress dialog, if it showed
                report = result->text();
                result->accept();
            });
            child<QPushButton>(login, "logIn")->click();
        });
        child<QPushButton>(box, "verifyDamaged")->click();
    });
    EXPECT_FALSE(window.openBook(m_path));
    EXPECT_TRUE(refusal.contains(QStringLiteral("does not match its checksum")))
        << refusal.toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("do not match their checksums")) ||
                report.contains(QStringLiteral("does not match its checksum")))
        << report.toStdString();
    // What the damaged page belongs to (a page of the lines: a table).
    EXPECT_TRUE(report.contains(QStringLiteral("Damaged: index ")) ||
                report.contains(QStringLiteral("Damaged: table ")))
        << report.toStdString();
    EXPECT_TRUE(
        report.contains(QStringLiteral("The journal and its chain are intact: 20 exchange")))
        << report.toStdString();
    // Read, not changed: not even the login was recorded.
    std::ifstream in(m_path.toStdString(), std::ios::binary);
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), bytes);
}

} // namespace
} // namespace barter::ui::testing
