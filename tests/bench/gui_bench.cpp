// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop application on a big book (DESIGN.md §9): time from start to a usable window with
// the first journal page painted, time to scroll to the end, random jumps, a filter, and the
// resident memory. Prints a Markdown table; run through tests/bench/bench_gui.sh.
//
// Usage: gui_bench BOOK USER PASSWORD_FILE
#include "models/journal_table_model.h"
#include "widgets/dashboard_page.h"
#include "widgets/journal_page.h"
#include "widgets/main_window.h"
#include "workspace.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace {

long memoryKb(const char* field) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine())
        if (line.startsWith(field))
            return line.mid(static_cast<qsizetype>(std::strlen(field)))
                .trimmed()
                .split(' ')
                .front()
                .toLong();
    return -1;
}

double ms(const QElapsedTimer& t) {
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc != 4) {
        std::fprintf(stderr, "usage: gui_bench BOOK USER PASSWORD_FILE\n");
        return 1;
    }
    QApplication app(argc, argv);
    QFile pw(QString::fromLocal8Bit(argv[3]));
    if (!pw.open(QIODevice::ReadOnly))
        return 1;
    const QString password = QString::fromUtf8(pw.readLine()).trimmed();

    barter::ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QElapsedTimer t;
    t.start();
    if (!window.openBook(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]),
                         password))
        return 2;
    window.grab(); // paints the first page shown (the dashboard, for a manager)
    const double openMs = ms(t);
    const double usableMs = ms(sinceStart);
    t.restart();
    window.dashboardPage()->reload();
    window.dashboardPage()->grab();
    const double dashboardMs = ms(t);
    window.showPage(barter::ui::MainWindow::JournalView);
    QTableView* table = window.journalPage()->table();
    t.restart();
    table->viewport()->grab(); // paints the first journal page
    const double firstPageMs = ms(t);
    auto* model = window.journalPage()->model();
    const int rows = model->rowCount();

    t.restart();
    table->scrollToBottom();
    table->viewport()->grab();
    const double endMs = ms(t);

    std::mt19937 random(42);
    std::uniform_int_distribution<int> anyRow(0, std::max(0, rows - 1));
    std::vector<double> jumps;
    for (int i = 0; i < 50; ++i) {
        const int row = anyRow(random);
        t.restart();
        table->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtTop);
        table->viewport()->grab();
        jumps.push_back(ms(t));
    }
    std::vector<double> steps;
    table->scrollToTop();
    for (int i = 0; i < 200; ++i) { // page down, as a reader does
        t.restart();
        table->scrollTo(model->index(std::min(rows - 1, i * 30), 0),
                        QAbstractItemView::PositionAtTop);
        table->viewport()->grab();
        steps.push_back(ms(t));
    }
    std::sort(jumps.begin(), jumps.end());
    std::sort(steps.begin(), steps.end());
    const auto median = [](const std::vector<double>& v) { return v[v.size() / 2]; };

    barter::Book& book = window.workspace().book();
    barter::reports::JournalFilter filter;
    filter.reference = "0042";
    t.restart();
    model->setView(book.journal().view(window.workspace().session(), filter));
    table->viewport()->grab();
    const double filterMs = ms(t);
    const int filtered = model->rowCount();

    // A server book: another desk posts one line; how long until this window's journal shows
    // it (LISTEN/NOTIFY, then the journal re-read, its place kept).
    double liveMs = -1;
    if (book.onServer()) {
        model->setView(book.journal().view(window.workspace().session(), {}));
        table->scrollToBottom();
        const int before = model->rowCount();
        const std::optional<barter::reports::JournalRow> last = model->line(before - 1);
        barter::Book other = barter::Book::open(argv[1]);
        const barter::Session s = other.login(argv[2], password.toStdString());
        barter::ExchangeDraft d;
        d.agreement = last->agreement;
        d.date = last->key.date.toString();
        d.reference = "LIVE-" + std::to_string(QDateTime::currentMSecsSinceEpoch());
        d.lines = {{last->shipper, last->good, "1"}};
        other.journal().post(s, d);
        t.restart();
        while (model->rowCount() == before && t.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
        table->viewport()->grab();
        liveMs = model->rowCount() > before ? ms(t) : -1;
    }

    std::printf("| measure | figure |\n|---|---|\n");
    std::printf("| journal lines | %d |\n", rows);
    std::printf("| start to usable window, dashboard painted (incl. Argon2id login) | %.0f ms |\n",
                usableMs);
    std::printf("| open book + login + dashboard painted | %.0f ms |\n", openMs);
    std::printf("| dashboard: reload every card and the monthly chart, painted | %.0f ms |\n",
                dashboardMs);
    std::printf("| journal: first page painted | %.1f ms |\n", firstPageMs);
    std::printf("| scroll to the end (painted) | %.1f ms |\n", endMs);
    std::printf("| random jump, median / worst of 50 | %.1f / %.1f ms |\n", median(jumps),
                jumps.back());
    std::printf("| page down, median / worst of 200 | %.1f / %.1f ms |\n", median(steps),
                steps.back());
    std::printf("| filter \"reference contains 0042\" (%d lines): count + first page | %.0f ms |\n",
                filtered, filterMs);
    if (liveMs >= 0)
        std::printf("| another desk's posting shown (notified, journal re-read, painted) | %.0f ms "
                    "|\n",
                    liveMs);
    else if (book.onServer())
        std::printf("| another desk's posting shown | not within 10 s |\n");
    std::printf("| resident memory now / peak | %.0f / %.0f MB |\n",
                static_cast<double>(memoryKb("VmRSS:")) / 1024.0,
                static_cast<double>(memoryKb("VmHWM:")) / 1024.0);
    return 0;
}
