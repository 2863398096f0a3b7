// SPDX-License-Identifier: GPL-3.0-or-later
// barter: the command-line face of Barter Ledger (DESIGN.md §6). Every error is caught here,
// printed as one line "barter: error: <what> (<where>)" and mapped to the exit code.
#include "commands.h"

#include "build_info.h"
#include "error.h"

#include <iostream>
#include <map>
#include <set>

using namespace barter;
using namespace barter::cli;

namespace {
// At most this many problems of one refused input are printed.
constexpr std::size_t kMaxProblems = 100;

// Errors are one line each: input echoed in a message may hold line breaks or control bytes.
std::string oneLine(std::string text) {
    for (char& c : text)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            c = ' ';
    return text;
}

void printProblems(const InvalidInput& e, const std::string& where) {
    const auto& problems = e.problems();
    std::size_t shown = 0;
    for (const Problem& p : problems) {
        if (shown++ == kMaxProblems)
            break;
        std::string what = oneLine(p.field.empty() ? p.message : p.field + ": " + p.message);
        if (!e.source().empty())
            std::cerr << e.source() << ':' << p.line << ": " << what << '\n';
        else
            std::cerr << "barter: error: " << what << " (" << where << ")\n";
    }
    if (!e.source().empty()) {
        std::set<long> rows;
        for (const Problem& p : problems)
            rows.insert(p.line);
        std::cerr << "barter: error: " << rows.size() << " bad row" << (rows.size() == 1 ? "" : "s")
                  << (problems.size() > kMaxProblems ? " (first 100 problems shown)" : "")
                  << (where == "import" ? ", nothing imported (" : ", nothing changed (")
                  << e.source() << ")\n";
    }
}

int version() {
    const BuildInfo info = buildInfo();
    std::cout << "barter " << info.version << " (git " << info.revision << "; SQLite "
              << info.sqlite << ", libsodium " << info.sodium << ")\n";
    return 0;
}
} // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    std::string command = "barter";
    try {
        Arguments args(argc, argv);
        if (args.versionRequested())
            return version();
        Context ctx(args);
        if (args.positional().empty() || args.helpRequested())
            return cmdHelp(ctx);
        command = args.positional().front();
        static const std::map<std::string, int (*)(Context&)> commands = {
            {"init", cmdInit},
            {"demo", cmdDemo},
            {"user", cmdUser},
            {"party", cmdParty},
            {"unit", cmdUnit},
            {"good", cmdGood},
            {"agreement", cmdAgreement},
            {"price", cmdPrice},
            {"import", cmdImport},
            {"record", cmdRecord},
            {"reverse", cmdReverse},
            {"show", cmdShow},
            {"pending", cmdPending},
            {"approve", cmdApprove},
            {"reject", cmdReject},
            {"settings", cmdSettings},
            {"balance", cmdBalance},
            {"statement", cmdStatement},
            {"turnover", cmdTurnover},
            {"aging", cmdAging},
            {"settle", cmdSettle},
            {"positions", cmdPositions},
            {"audit", cmdAudit},
            {"reconcile", cmdReconcile},
            {"close", cmdClose},
            {"periods", cmdPeriods},
            {"verify", cmdVerify},
            {"backup", cmdBackup},
            {"copy", cmdCopy},
            {"upgrade", cmdUpgrade},
            {"export", cmdExport},
            {"help", cmdHelp},
            {"restrictions", cmdRestrictions},
            {"exemptions", cmdExemptions},
            {"screen", cmdScreen},
            {"quota", cmdQuota},
            {"protocol", cmdProtocol},
        };
        auto it = commands.find(command);
        if (it == commands.end())
            throw UsageError("unknown command \"" + command + "\"; see barter help");
        return it->second(ctx);
    } catch (const InvalidInput& e) {
        printProblems(e, command);
        return static_cast<int>(e.kind());
    } catch (const Error& e) {
        std::cerr << "barter: error: " << oneLine(e.what()) << " (" << command << ")\n";
        return static_cast<int>(e.kind());
    } catch (const std::exception& e) {
        std::cerr << "barter: error: unexpected failure: " << oneLine(e.what()) << " (" << command
                  << ")\n";
        return static_cast<int>(ErrorKind::Storage);
    }
}
