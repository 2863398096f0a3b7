// SPDX-License-Identifier: GPL-3.0-or-later
// Integrity and export commands: verify, backup, export.
#include "commands.h"
#include "json_writer.h"
#include "output.h"

#include "audit/chain.h"
#include "error.h"

namespace barter::cli {

int cmdVerify(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"against-head"}, 1);
    std::optional<Hash> expected;
    if (auto text = a.option("against-head")) {
        expected = chain::parseHex(*text);
        if (!expected)
            throw InvalidInput("against-head", "must be 64 hexadecimal digits");
    }
    // Opened so that a damaged book still has its chain checked (exit 4 names the first altered
    // exchange, with the damaged pages), and nothing is written to it.
    Book& book = ctx.book(Book::Purpose::Verify);
    VerifyResult r = book.integrity().verifyReport(ctx.session(), expected);
    if (ctx.format() == Format::Json) {
        JsonWriter json(ctx.out());
        json.beginObject().field("ok", r.ok).field("exchanges", r.exchanges);
        json.field("head", toHex(r.head));
        if (r.firstBadSeq)
            json.field("first_bad_seq", *r.firstBadSeq);
        if (r.headSeq)
            json.field("head_seq", *r.headSeq);
        json.field("chain_intact", r.chainIntact).field("damaged_pages", r.damagedPageCount);
        json.key("damaged_objects").beginArray();
        for (const Database::PageOwner& owner : r.damagedObjects)
            json.value(owner.name);
        json.endArray();
        if (!r.ok)
            json.field("problem", r.problem);
        json.endObject();
    } else if (r.ok) {
        ctx.out() << "OK: " << r.exchanges << " exchanges, the chain and the daily sums verify.\n"
                  << "Chain head: " << toHex(r.head) << '\n';
        if (r.headSeq == 0)
            ctx.out() << "The book extends the given head (the empty journal's).\n";
        else if (r.headSeq)
            ctx.out() << "The book extends the given head (exchange " << *r.headSeq << ").\n";
    } else if (r.damagedPageCount == 0 && r.damaged) {
        ctx.out() << "DAMAGED: " << r.problem << '\n';
    } else if (r.damagedPageCount > 0) {
        // What an admin needs to decide what to do: how much is damaged, where, and whether
        // the journal itself still holds.
        ctx.out() << "DAMAGED: " << r.damagedPageCount
                  << (r.damagedPageCount == 1 ? " page does not match its checksum"
                                              : " pages do not match their checksums")
                  << ".\n";
        for (const Database::PageOwner& owner : r.damagedObjects)
            ctx.out() << "  in the " << owner.kind << " " << owner.name << '\n';
        if (r.chainIntact)
            ctx.out() << "The journal and its chain are intact: " << r.exchanges
                      << " exchanges, head " << toHex(r.head) << ".\n";
        else
            ctx.out() << "The journal and its chain are NOT intact: " << r.chainProblem << '\n';
        ctx.out() << "Restore the book from a backup (barter backup makes one) or ask whoever "
                     "changed it; Barter Ledger writes nothing to a damaged book.\n";
    }
    if (r.damaged)
        throw StorageError(r.problem + " (" + ctx.bookPath() + ")");
    if (!r.ok) {
        std::string where =
            r.firstBadSeq ? "seq " + std::to_string(*r.firstBadSeq) : ctx.bookPath();
        throw IntegrityError("verification failed: " + r.problem + " [" + where + "]");
    }
    return 0;
}

int cmdBackup(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({}, 2);
    const std::string file = a.word(1, "backup file");
    ctx.book().integrity().backup(ctx.session(), file);
    ctx.out() << "Backed up " << ctx.bookPath() << " to " << file << '\n';
    return 0;
}

int cmdCopy(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"admin"}, 3);
    const std::string source = a.word(1, "source book (barter copy SOURCE TARGET --admin NAME)");
    const std::string target = a.word(2, "target: a new file or an empty database's URI");
    const std::string admin = a.required("admin");
    ctx.useBook(source);
    const Session& s = ctx.session();
    const std::string pass = Context::newPassword(a.option("password-file"), admin.c_str(), true);
    Book& book = ctx.book();
    CopyResult r;
    try {
        r = book.integrity().copyTo(s, target, admin, pass);
    } catch (const PermissionDenied& e) {
        // The server login that creates the copy: libpq's own sources, else asked for.
        const std::optional<std::string> typed =
            std::string_view(e.what()) == "login failed"
                ? Context::ask("Password of the server login: ")
                : std::nullopt;
        if (!typed)
            throw;
        r = book.integrity().copyTo(s, target, admin, pass, *typed);
    }
    ctx.out() << "Copied " << book.path() << " to " << r.target << ": " << r.exchanges
              << " exchanges, chain head " << toHex(r.head) << "; " << admin << " is its admin.\n";
    return 0;
}

int cmdUpgrade(Context& ctx) {
    ctx.args().allow({}, 1);
    Book& book = ctx.book();
    const UpgradeResult r = book.integrity().upgradePageChecksums(ctx.session());
    if (r.alreadyChecksummed) {
        ctx.out() << ctx.bookPath() << " has page checksums already; nothing to do.\n";
        return 0;
    }
    ctx.out() << "Upgraded " << ctx.bookPath() << ": a checksum on each of its " << r.pages
              << " pages.\n"
              << "The chain head (" << r.exchanges << " exchanges, " << toHex(r.head)
              << "), the content and every report are the same as before.\n"
              << "The original is kept as " << r.original << ".\n";
    return 0;
}

int cmdExport(Context& ctx) {
    const Arguments& a = ctx.args();
    const std::string kind = a.word(1, "what to export (pdf, act, protocol, bundle, csv, journal)");
    if (kind == "pdf")
        return exportPdf(ctx);
    if (kind == "act")
        return exportAct(ctx);
    if (kind == "bundle")
        return exportBundle(ctx);
    if (kind == "protocol")
        return exportProtocol(ctx);
    a.allow({"from", "to", "output"}, 3);
    const std::string agreement = a.word(2, "agreement code");
    const std::string file = a.required("output");
    std::optional<Date> from = dateOption(a, "from"), to = dateOption(a, "to");
    if (kind == "journal") {
        ctx.book().exports().exportJournal(ctx.session(), agreement, from, to, file);
    } else if (kind == "csv") {
        ctx.book().exports().exportStatementCsv(ctx.session(), agreement, from, to, file);
    } else {
        throw UsageError("cannot export \"" + kind +
                         "\" (pdf, act, protocol, bundle, csv, journal)");
    }
    ctx.out() << "Exported " << kind << " of " << agreement << " to " << file << '\n';
    return 0;
}

} // namespace barter::cli
