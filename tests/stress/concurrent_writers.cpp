// SPDX-License-Identifier: GPL-3.0-or-later
// Concurrency test (issue 8): several processes post exchanges into one book at the same time.
// Afterwards every sequence number from 1 to the total is present exactly once, every process
// posted all of its exchanges (none saw an error such as "database is locked"), and the chain
// and SQLite's integrity check pass.
//
// Usage: concurrent_writers DIR [PROCESSES] [EXCHANGES_EACH]   (defaults 4, 10000)
// Creates DIR/concurrent.barter (refusing to overwrite one); prints a summary line; exit 0 when
// every check passes, 1 otherwise.
#include "book/book.h"
#include "storage/database.h"

#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

namespace {

using namespace barter;

void makeBook(const std::string& path, int processes) {
    Book book = Book::create(path, "admin", "admin-password");
    const Session admin = book.login("admin", "admin-password");
    book.users().addUser(admin, "manager", "manager", "manager-password");
    for (int p = 1; p <= processes; ++p)
        book.users().addUser(admin, "clerk" + std::to_string(p), "clerk", "clerk-password");
    const Session manager = book.login("manager", "manager-password");
    book.masterData().addParty(manager, {"RU-A", "Russian side", "", "RU"});
    book.masterData().addParty(manager, {"KP-B", "Korean side", "", "KP"});
    book.masterData().addUnit(manager, {"CU", "Clearing unit", "2"});
    book.masterData().addGood(manager, {"WHEAT", "Wheat", "100199", "t", "3"});
    book.masterData().addAgreement(manager,
                                   {"AGR", "RU-A", "KP-B", "CU", "", "80", "2023-01-01", ""});
    book.masterData().setPrice(manager, {"AGR", "WHEAT", "210.125", "2023-01-01"});
}

// One writer: its own connection and login, then one transaction per exchange.
int write(const std::string& path, int process, int count) {
    try {
        Book book = Book::open(path);
        const Session clerk = book.login("clerk" + std::to_string(process), "clerk-password");
        for (int i = 1; i <= count; ++i) {
            ExchangeDraft d;
            d.agreement = "AGR";
            d.date = "2024-03-01";
            d.reference = "P" + std::to_string(process) + "-" + std::to_string(i);
            // Both directions, so the balance stays small.
            d.lines.push_back({i % 2 ? "RU-A" : "KP-B", "WHEAT", "1.5"});
            book.journal().post(clerk, d);
        }
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "concurrent_writers: process " << process << ": " << e.what() << "\n";
        return 1;
    }
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: concurrent_writers DIR [PROCESSES] [EXCHANGES_EACH]\n";
        return 2;
    }
    const std::string path = (std::filesystem::path(argv[1]) / "concurrent.barter").string();
    const int processes = argc > 2 ? std::atoi(argv[2]) : 4;
    const int each = argc > 3 ? std::atoi(argv[3]) : 10000;
    if (processes < 1 || each < 1) {
        std::cerr << "concurrent_writers: PROCESSES and EXCHANGES_EACH must be positive\n";
        return 2;
    }
    try {
        makeBook(path, processes);
    } catch (const std::exception& e) {
        std::cerr << "concurrent_writers: " << e.what() << "\n";
        return 1;
    }

    // No SQLite connection is open across fork(): each child opens the book itself.
    const auto start = std::chrono::steady_clock::now();
    std::vector<pid_t> children;
    for (int p = 1; p <= processes; ++p) {
        const pid_t pid = fork();
        if (pid == 0)
            _exit(write(path, p, each));
        children.push_back(pid);
    }
    int failedProcesses = 0;
    for (pid_t pid : children) {
        int status = 0;
        waitpid(pid, &status, 0);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
            ++failedProcesses;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    bool ok = failedProcesses == 0;
    try {
        Book book = Book::open(path);
        Database& db = book.database();
        const std::int64_t total = std::int64_t{processes} * each;
        const std::int64_t rows = db.queryInt("SELECT count(*) FROM exchange");
        const std::int64_t distinct = db.queryInt("SELECT count(DISTINCT seq) FROM exchange");
        const std::int64_t lowest = db.queryInt("SELECT min(seq) FROM exchange");
        const std::int64_t highest = db.queryInt("SELECT max(seq) FROM exchange");
        if (rows != total || distinct != total || lowest != 1 || highest != total) {
            std::cerr << "concurrent_writers: expected sequence numbers 1.." << total
                      << " once each; found " << rows << " exchanges, " << distinct << " distinct, "
                      << lowest << ".." << highest << "\n";
            ok = false;
        }
        for (int p = 1; p <= processes; ++p) {
            const std::int64_t mine =
                db.queryInt("SELECT count(*) FROM exchange WHERE reference LIKE 'P" +
                            std::to_string(p) + "-%'");
            if (mine != each) {
                std::cerr << "concurrent_writers: process " << p << " has " << mine << " of "
                          << each << " exchanges\n";
                ok = false;
            }
        }
        if (db.queryText("PRAGMA integrity_check") != "ok") {
            std::cerr << "concurrent_writers: integrity_check failed\n";
            ok = false;
        }
        const Session auditor = book.login("manager", "manager-password");
        const VerifyResult verified = book.integrity().verify(auditor);
        if (!verified.ok) {
            std::cerr << "concurrent_writers: verify: " << verified.problem << "\n";
            ok = false;
        }
    } catch (const std::exception& e) {
        std::cerr << "concurrent_writers: checking the book: " << e.what() << "\n";
        ok = false;
    }
    std::cout << "concurrent_writers: " << processes << " processes x " << each << " exchanges in "
              << seconds << " s (" << static_cast<long>(processes * each / seconds)
              << " exchanges/s): " << (ok ? "every sequence number once, chain intact" : "FAILED")
              << (failedProcesses ? ", " + std::to_string(failedProcesses) + " process(es) failed"
                                  : "")
              << "\n";
    return ok ? 0 : 1;
}
