// SPDX-License-Identifier: GPL-3.0-or-later
// Many desks on one server book (DESIGN.md §10): two logged-in windows on a real PostgreSQL 15
// database (the throwaway cluster scripts/test starts, BARTER_TEST_PG), and a cluster of the
// test's own for a server that stops and starts again under an open window.
#include "dialogs/exchange_dialog.h"
#include "dialogs/import_dialog.h"
#include "error.h"
#include "gui_fixture.h"
#include "models/journal_table_model.h"
#include "server_link.h"
#include "storage/pg/connection.h"
#include "widgets/inline_error.h"
#include "widgets/journal_page.h"
#include "widgets/pending_page.h"
#include "workspace.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include <random>
#include <set>
#include <sstream>

namespace barter::ui::testing {
namespace {

// Waits (processing events) until `done` holds or `ms` pass; the milliseconds it took, or -1.
int waitFor(const std::function<bool()>& done, int ms) {
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > ms)
            return -1;
        QTest::qWait(20);
    }
    return static_cast<int>(clock.elapsed());
}

// With BARTER_SHOTS_DIR set (scripts/screenshots), the window as it is now, to look at.
void shoot(QWidget* w, const char* name) {
    const QString dir = qEnvironmentVariable("BARTER_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QApplication::processEvents();
    w->grab().save(QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png")));
}

ExchangeDraft delivery(const std::string& date, const std::string& reference,
                       const std::string& shipper, const std::string& good,
                       const std::string& quantity) {
    ExchangeDraft d;
    d.agreement = "AGR";
    d.date = date;
    d.reference = reference;
    d.lines = {{shipper, good, quantity}};
    return d;
}

// A server: the libpq settings of its superuser ("host=… port=… user=postgres"), and postgresql://
// URIs of its databases.
struct Server {
    std::string settings;
    std::map<std::string, std::string> params;

    explicit Server(std::string text) : settings(std::move(text)) {
        std::istringstream words(settings);
        for (std::string word; words >> word;)
            if (const auto eq = word.find('='); eq != std::string::npos)
                params[word.substr(0, eq)] = word.substr(eq + 1);
    }
    pg::Connection superuser(const std::string& database = "postgres") const {
        return pg::Connection(settings + " dbname=" + database);
    }
    std::string uri(const std::string& database, const std::string& user = {}) const {
        std::string text = "postgresql:///" + database + "?host=" + params.at("host");
        if (params.count("port"))
            text += "&port=" + params.at("port");
        if (params.count("passfile"))
            text += "&passfile=" + params.at("passfile");
        if (!user.empty())
            text += "&user=" + user;
        return text;
    }
};

class ServerDesksTest : public UiTest {
protected:
    void SetUp() override {
        const char* server = std::getenv("BARTER_TEST_PG");
        if (server == nullptr || *server == '\0')
            GTEST_SKIP() << "no test server: scripts/test starts one (BARTER_TEST_PG)";
        m_server.emplace(server);
        std::random_device rd;
        m_tag = std::to_string(rd() % 100000000);
    }
    void TearDown() override {
        m_windows.clear(); // the windows log out before their database goes
        if (!m_server || m_database.empty())
            return;
        try {
            pg::Connection admin = m_server->superuser();
            admin.exec("DROP DATABASE IF EXISTS " + pg::quoteIdentifier(m_database) +
                       " WITH (FORCE)");
            for (const char* role : {"owner", "admin", "manager", "clerk", "auditor"})
                admin.exec("DROP ROLE IF EXISTS " +
                           pg::quoteIdentifier(m_database + "_" + std::string(role)));
            for (const std::string& login : m_logins)
                admin.exec("DROP ROLE IF EXISTS " + pg::quoteIdentifier(login));
        } catch (const std::exception&) {
            // a server of the test's own is gone with its folder
        }
    }

    std::string login(const std::string& name) {
        m_logins.insert(name + "_" + m_tag);
        return name + "_" + m_tag;
    }
    // The fixture's book (users of every role, the parties, goods, prices and the swing limit
    // of the file tests) in a database of its own on `server`.
    void makeBook(const Server& server) {
        m_database = "desks_" + m_tag;
        server.superuser().exec("CREATE DATABASE " + pg::quoteIdentifier(m_database));
        Book::createOnServer(server.uri(m_database, server.params.at("user")), login("admin"),
                             "admin-pass", std::nullopt);
        Book book = Book::open(server.uri(m_database));
        const Session admin = book.login(login("admin"), "admin-pass");
        for (const char* who : {"manager", "manager2", "clerk", "auditor"}) {
            const std::string role = std::string(who) == "manager2" ? "manager" : who;
            book.users().addUser(admin, login(who), role, std::string(who) + "-pass");
        }
        const Session m = book.login(login("manager"), "manager-pass");
        book.masterData().addParty(m, {"RU-A", "Russian side", "Российская сторона", "RU"});
        book.masterData().addParty(m, {"KP-B", "Korean side", "조선측", "KP"});
        book.masterData().addUnit(m, {"CU", "Clearing unit", "2"});
        book.masterData().addGood(m, {"WHEAT", "Wheat", "100199", "t", "3"});
        book.masterData().addGood(m, {"BEER", "Beer", "220300", "l", "2"});
        book.masterData().addAgreement(
            m, {"AGR", "RU-A", "KP-B", "CU", "10000", "80", "2023-01-01", ""});
        book.masterData().setPrice(m, {"AGR", "WHEAT", "210.125", "2023-01-01"});
        book.masterData().setPrice(m, {"AGR", "BEER", "1.10", "2023-01-01"});
        m_uri = server.uri(m_database);
    }
    // A desk: a window logged in to the server book as `who`.
    MainWindow& desk(const std::string& who) {
        m_windows.push_back(std::make_unique<MainWindow>());
        MainWindow& w = *m_windows.back();
        w.show();
        EXPECT_TRUE(w.openBook(QString::fromStdString(m_uri), QString::fromStdString(login(who)),
                               QString::fromStdString(who + "-pass")));
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&w));
        EXPECT_EQ(w.workspace().link().state(), ServerLink::State::Online);
        return w;
    }
    // Another connection, for what the test does outside the windows.
    Book side() { return Book::open(m_uri); }
    static QString navText(MainWindow& w, int page) {
        return child<QListWidget>(&w, "navigation")->item(page)->text();
    }

    std::optional<Server> m_server;
    std::string m_tag, m_database, m_uri;
    std::set<std::string> m_logins;
    std::vector<std::unique_ptr<MainWindow>> m_windows;
};

TEST_F(ServerDesksTest, ADeskSeesAnotherDesksPostingWithinTwoSecondsAndKeepsItsPlace) {
    makeBook(*m_server);
    MainWindow& clerk = desk("clerk");
    MainWindow& manager = desk("manager");
    JournalTableModel* journal = manager.journalPage()->model();
    EXPECT_EQ(journal->rowCount(), 0);
    EXPECT_EQ(child<QLabel>(&manager, "statusConnection")->text(),
              QStringLiteral("● Server: connected"));

    Book& a = clerk.workspace().book();
    a.journal().post(clerk.workspace().session(),
                     delivery("2023-03-10", "A-1", "RU-A", "WHEAT", "2"));
    const int ms = waitFor([&] { return journal->rowCount() == 1; }, 2000);
    EXPECT_GE(ms, 0) << "desk B did not see desk A's posting within 2 s";

    // The manager selects A-1; the clerk then posts a line dated before it: A-1 moves down one
    // row and stays selected.
    QTableView* table = manager.journalPage()->table();
    table->selectRow(0);
    a.journal().post(clerk.workspace().session(),
                     delivery("2023-03-01", "A-0", "KP-B", "BEER", "5"));
    EXPECT_GE(waitFor([&] { return journal->rowCount() == 2; }, 2000), 0);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.front().row(), 1);
    EXPECT_EQ(journal->data(journal->index(1, JournalTableModel::Reference)).toString(),
              QStringLiteral("A-1"));
    EXPECT_EQ(manager.journalPage()->selectedSeq(), 1);
    shoot(&manager, "server-live-refresh");

    // A clerk's entry waiting for approval shows in the manager's navigation.
    {
        Book admin = side();
        admin.settings().setApprovalRequired(admin.login(login("admin"), "admin-pass"), true);
    }
    const RecordResult waiting = a.journal().record(
        clerk.workspace().session(), delivery("2023-03-11", "A-2", "RU-A", "BEER", "1"));
    ASSERT_TRUE(waiting.pending.has_value());
    EXPECT_GE(waitFor(
                  [&] {
                      return navText(manager, MainWindow::PendingView) ==
                             QStringLiteral("Pending (1)");
                  },
                  2000),
              0)
        << navText(manager, MainWindow::PendingView).toStdString();
    EXPECT_EQ(manager.pendingPage()->count(), 1);
}

TEST_F(ServerDesksTest, TwoManagersApproveTheSameEntryAndTheSecondIsToldWhy) {
    makeBook(*m_server);
    {
        Book b = side();
        b.settings().setApprovalRequired(b.login(login("admin"), "admin-pass"), true);
        b.journal().submit(b.login(login("clerk"), "clerk-pass"),
                           delivery("2023-04-01", "P-1", "RU-A", "BEER", "100"));
    }
    MainWindow& first = desk("manager");
    MainWindow& second = desk("manager2");
    ASSERT_EQ(first.pendingPage()->count(), 1);
    ASSERT_EQ(second.pendingPage()->count(), 1);
    // Both click Approve; the second before its window heard of the first.
    child<QPushButton>(first.pendingPage(), "approve")->click();
    child<QPushButton>(second.pendingPage(), "approve")->click();
    EXPECT_EQ(first.journalPage()->model()->rowCount(), 1);
    auto* outcome = child<QLabel>(second.pendingPage(), "pendingOutcome");
    EXPECT_TRUE(outcome->text().contains(QStringLiteral("was not approved")))
        << outcome->text().toStdString();
    EXPECT_TRUE(outcome->text().contains(QStringLiteral("already approved by ") +
                                         QString::fromStdString(login("manager"))))
        << outcome->text().toStdString();
    EXPECT_EQ(second.pendingPage()->count(), 0); // the list shows it as it now is
    // The refusal stays readable after the refresh the first approval brings.
    QTest::qWait(ServerLink::kSettleMs + 300);
    EXPECT_TRUE(outcome->text().contains(QStringLiteral("was not approved")));
    EXPECT_EQ(second.journalPage()->model()->rowCount(), 1);
    Book b = side();
    EXPECT_EQ(b.integrity().verify(b.login(login("auditor"), "auditor-pass")).exchanges, 1);
}

TEST_F(ServerDesksTest, APeriodClosedUnderAnOpenEntryFormKeepsTheDraft) {
    makeBook(*m_server);
    MainWindow& clerk = desk("clerk");
    ExchangeDialog dialog(clerk.workspace(), &clerk);
    dialog.show();
    ExchangeDraft d = dialog.draft();
    d.date = "2023-01-20";
    d.reference = "LATE-1";
    d.lines = {{"RU-A", "BEER", "10"}};
    dialog.setDraft(d);
    // Meanwhile a manager at another desk closes January.
    {
        Book b = side();
        b.reconciliation().closePeriod(b.login(login("manager"), "manager-pass"), "AGR",
                                       *Date::parse("2023-01-31"), "0");
    }
    dialog.submit();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.result().has_value());
    auto* error = child<InlineError>(&dialog, "dateError");
    EXPECT_TRUE(error->isVisibleTo(&dialog));
    EXPECT_TRUE(error->text().contains(QStringLiteral("in a closed period")))
        << error->text().toStdString();
    // The draft is as typed; dated after the close it posts.
    EXPECT_EQ(dialog.draft().reference, "LATE-1");
    ASSERT_EQ(dialog.draft().lines.size(), 1u);
    d = dialog.draft();
    d.date = "2023-02-01";
    dialog.setDraft(d);
    dialog.submit();
    ASSERT_TRUE(dialog.result() && dialog.result()->posted);
}

TEST_F(ServerDesksTest, AnImportRunsOffTheWindowAndACancelledOneLeavesNothing) {
    makeBook(*m_server);
    const QString csv = m_dir.filePath(QStringLiteral("deliveries.csv"));
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("date,reference,shipper,good,quantity\n");
        for (int i = 1; i <= 2000; ++i)
            f.write(QStringLiteral("2023-06-%1,IMP-%2,%3,BEER,%4\n")
                        .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                        .arg(i)
                        .arg(i % 2 ? QStringLiteral("RU-A") : QStringLiteral("KP-B"))
                        .arg(1 + i % 7)
                        .toUtf8());
    }
    MainWindow& clerk = desk("clerk");
    MainWindow& manager = desk("manager");
    ImportDialog dialog(clerk.workspace(), &clerk);
    dialog.show();
    dialog.setFile(csv);
    QSignalSpy done(&dialog, &ImportDialog::done);
    dialog.start();
    dialog.cancel();
    ASSERT_TRUE(done.wait(30000));
    EXPECT_FALSE(done.back().front().toBool());
    Book b = side();
    const Session auditor = b.login(login("auditor"), "auditor-pass");
    EXPECT_EQ(b.integrity().verify(auditor).exchanges, 0);

    QElapsedTimer clock;
    clock.start();
    dialog.start();
    // The window answers while the import runs on its own connection.
    int turns = 0;
    while (done.size() < 2 && clock.elapsed() < 60000) {
        QTest::qWait(10);
        ++turns;
    }
    ASSERT_EQ(done.size(), 2);
    EXPECT_TRUE(done.back().front().toBool());
    EXPECT_GT(turns, 1);
    EXPECT_EQ(b.integrity().verify(auditor).exchanges, 2000);
    EXPECT_GE(waitFor([&] { return manager.journalPage()->model()->rowCount() == 2000; }, 2000), 0);
}

// A PostgreSQL cluster of the test's own (scripts/pg-cluster), to stop and start at will.
class OwnCluster {
public:
    OwnCluster() {
        m_dir = QDir::temp().filePath(
            QStringLiteral("barter-desk-pg.%1").arg(QString::number(std::random_device{}())));
        const QString out = run(QStringLiteral("start"));
        // export PGHOST='DIR' PGPORT='5432' … and BARTER_TEST_PG='host=… port=… user=postgres'
        const qsizetype at = out.indexOf(QStringLiteral("BARTER_TEST_PG='"));
        if (at < 0)
            throw std::runtime_error("scripts/pg-cluster start said: " + out.toStdString());
        const qsizetype from = at + 16;
        m_settings = out.mid(from, out.indexOf(QLatin1Char('\''), from) - from).toStdString() +
                     " passfile=" + (m_dir + QStringLiteral("/pgpass")).toStdString();
    }
    ~OwnCluster() { run(QStringLiteral("stop")); }
    std::string settings() const { return m_settings; }
    void crash() { run(QStringLiteral("crash")); }
    void resume() { run(QStringLiteral("resume")); }

private:
    QString run(const QString& what) {
        QProcess p;
        p.start(QStringLiteral("bash"),
                {QStringLiteral(BARTER_SOURCE_DIR "/scripts/pg-cluster"), what, m_dir});
        p.waitForFinished(120000);
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    }
    QString m_dir;
    std::string m_settings;
};

TEST_F(ServerDesksTest, TheServerStopsAndStartsAgainUnderAnOpenWindow) {
    OwnCluster cluster;
    const Server own(cluster.settings());
    makeBook(own);
    MainWindow& clerk = desk("clerk");
    QAction* post = clerk.action(QStringLiteral("newExchange"));
    ASSERT_TRUE(post->isVisible());
    ExchangeDialog dialog(clerk.workspace(), &clerk);
    dialog.show();
    ExchangeDraft d = dialog.draft();
    d.date = "2023-05-02";
    d.reference = "KEEP-1";
    d.lines = {{"RU-A", "WHEAT", "1.5"}};
    dialog.setDraft(d);

    cluster.crash();
    auto* banner = child<QWidget>(&clerk, "connectionBanner");
    EXPECT_GE(waitFor([&] { return banner->isVisible(); }, 2000), 0) << "no banner within 2 s";
    EXPECT_TRUE(child<QLabel>(&clerk, "connectionBannerText")
                    ->text()
                    .contains(QStringLiteral("connection to the server was lost")));
    EXPECT_FALSE(post->isVisible()); // nothing that writes is offered
    shoot(&clerk, "server-connection-lost");
    EXPECT_FALSE(clerk.workspace().online());
    // A posting tried now is refused, and leaves nothing.
    whenModal([](QWidget* box) { qobject_cast<QDialog*>(box)->accept(); });
    dialog.submit();
    EXPECT_FALSE(dialog.result().has_value());
    EXPECT_TRUE(dialog.isVisible());

    cluster.resume();
    EXPECT_GE(waitFor([&] { return clerk.workspace().link().state() == ServerLink::State::Online; },
                      40000),
              0)
        << "no reconnection";
    EXPECT_FALSE(banner->isVisible());
    EXPECT_TRUE(post->isVisible());
    EXPECT_EQ(child<QLabel>(&clerk, "statusConnection")->text(),
              QStringLiteral("● Server: connected"));
    // The draft is still there, and posts now; nothing half-posted was left.
    EXPECT_EQ(dialog.draft().reference, "KEEP-1");
    dialog.submit();
    ASSERT_TRUE(dialog.result() && dialog.result()->posted);
    EXPECT_EQ(dialog.result()->posted->exchange.seq, 1);
    EXPECT_GE(waitFor([&] { return clerk.journalPage()->model()->rowCount() == 1; }, 2000), 0);
    Book b = side();
    const VerifyResult v = b.integrity().verify(b.login(login("auditor"), "auditor-pass"));
    EXPECT_TRUE(v.ok) << v.problem;
    EXPECT_EQ(v.exchanges, 1);
}

} // namespace
} // namespace barter::ui::testing
