// SPDX-License-Identifier: GPL-3.0-or-later
// Commands that set a book up: init, demo, users, master data and imports.
#include "commands.h"
#include "output.h"

#include "demo/demo_book.h"
#include "error.h"
#include "storage/locator.h"

#include <iostream>

namespace barter::cli {

int cmdInit(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"admin"}, 2);
    const std::string file =
        a.word(1, "book file or postgresql:// URI (barter init BOOK --admin NAME)");
    const std::string admin = a.required("admin");
    const std::string pass = Context::newPassword(a.option("password-file"), admin.c_str(), true);
    if (!isServerUri(file)) {
        Book::create(file, admin, pass);
        ctx.out() << "Created book " << file << " with admin " << admin << '\n';
        return 0;
    }
    // The server login that creates the book: its password from libpq's own sources
    // (PGPASSWORD, ~/.pgpass), else asked for.
    const Locator where = parseLocator(file);
    try {
        Book::createOnServer(file, admin, pass, std::nullopt);
    } catch (const PermissionDenied& e) {
        const std::optional<std::string> typed =
            std::string_view(e.what()) == "login failed"
                ? Context::ask("Password of the server login" +
                               (where.user.empty() ? std::string() : " " + where.user) + ": ")
                : std::nullopt;
        if (!typed)
            throw;
        Book::createOnServer(file, admin, pass, *typed);
    }
    ctx.out() << "Created book " << where.display() << " with admin " << admin << '\n';
    return 0;
}

int cmdDemo(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({}, 2);
    const std::string file = a.word(1, "book file (barter demo FILE)");
    demo::DemoSummary summary = demo::createDemoBook(file);
    std::ostream& out = ctx.out();
    out << "Created demo book " << file << ": agreement " << summary.agreement << ", "
        << summary.exchanges << " exchanges, " << summary.lines << " delivery lines.\n";
    out << "Users (the passwords are shown only now):\n";
    for (const demo::DemoUser& u : summary.users)
        out << "  " << u.name << "  " << u.role << "  " << u.password << '\n';
    return 0;
}

int cmdUser(Context& ctx) {
    const Arguments& a = ctx.args();
    const std::string verb =
        a.word(1, "user subcommand (add, unlock, disable, reset, password, list)");
    Book& book = ctx.book();
    if (verb == "list") {
        a.allow({}, 2);
        Rows rows{
            {"name", "role", "status"}, {"name", "role", "status"}, {false, false, false}, {}};
        for (const User& u : book.users().list(ctx.session()))
            rows.cells.push_back({u.name, toString(u.role),
                                  u.disabled ? "disabled"
                                  : u.locked ? "locked"
                                             : "active"});
        printTableOrCsv(ctx, rows);
        return 0;
    }
    if (verb == "add") {
        a.allow({"role", "new-password-file"}, 3);
        const std::string name = a.word(2, "user name");
        const std::string role = a.required("role");
        const Session& s = ctx.session();
        book.users().addUser(
            s, name, role,
            Context::newPassword(a.option("new-password-file"), name.c_str(), false));
        ctx.out() << "Added user " << name << " (" << role << ")\n";
        return 0;
    }
    if (verb == "password") { // your own, with the password you logged in with
        a.allow({"new-password-file"}, 2);
        const Session& s = ctx.session();
        book.users().changePassword(
            s, ctx.password(),
            Context::newPassword(a.option("new-password-file"), s.userName().c_str(), false));
        ctx.out() << "Changed the password of " << s.userName() << '\n';
        return 0;
    }
    if (verb == "reset") {
        a.allow({"new-password-file"}, 3);
        const std::string name = a.word(2, "user name");
        book.users().resetPassword(
            ctx.session(), name,
            Context::newPassword(a.option("new-password-file"), name.c_str(), false));
        ctx.out() << "Set a new password for " << name << " (and unlocked the account)\n";
        return 0;
    }
    if (verb == "unlock" || verb == "disable") {
        a.allow({}, 3);
        const std::string name = a.word(2, "user name");
        if (verb == "unlock")
            book.users().unlockUser(ctx.session(), name);
        else
            book.users().disableUser(ctx.session(), name);
        ctx.out() << (verb == "unlock" ? "Unlocked " : "Disabled ") << name << '\n';
        return 0;
    }
    throw UsageError("unknown user subcommand \"" + verb +
                     "\" (add, unlock, disable, reset, password, list)");
}

int cmdParty(Context& ctx) {
    const Arguments& a = ctx.args();
    const std::string verb = a.word(1, "party subcommand (add, list)");
    if (verb == "list") {
        a.allow({}, 2);
        Rows rows{{"code", "name", "native name", "country"},
                  {"code", "name", "native_name", "country"},
                  {false, false, false, false},
                  {}};
        for (const Party& p : ctx.book().masterData().parties(ctx.session()))
            rows.cells.push_back({p.code, p.name, p.nativeName, p.country});
        printTableOrCsv(ctx, rows);
        return 0;
    }
    if (verb != "add")
        throw UsageError("unknown party subcommand \"" + verb + "\" (add, list)");
    a.allow({"name", "country", "native-name"}, 3);
    PartyDraft d{a.word(2, "party code"), a.required("name"), a.option("native-name", ""),
                 a.required("country")};
    Party p = ctx.book().masterData().addParty(ctx.session(), d);
    ctx.out() << "Added party " << p.code << " (" << p.name << ", " << p.country << ")\n";
    return 0;
}

int cmdUnit(Context& ctx) {
    const Arguments& a = ctx.args();
    const std::string verb = a.word(1, "unit subcommand (add, list)");
    if (verb == "list") {
        a.allow({}, 2);
        Rows rows{
            {"code", "name", "decimals"}, {"code", "name", "decimals"}, {false, false, true}, {}};
        for (const UnitOfAccount& u : ctx.book().masterData().units(ctx.session()))
            rows.cells.push_back({u.code, u.name, std::to_string(u.digits)});
        printTableOrCsv(ctx, rows);
        return 0;
    }
    if (verb != "add")
        throw UsageError("unknown unit subcommand \"" + verb + "\" (add, list)");
    a.allow({"name", "decimals"}, 3);
    UnitOfAccount u = ctx.book().masterData().addUnit(
        ctx.session(),
        UnitDraft{a.word(2, "unit code"), a.required("name"), a.option("decimals", "")});
    ctx.out() << "Added unit of account " << u.code << " (" << u.digits << " decimals)\n";
    return 0;
}

int cmdGood(Context& ctx) {
    const Arguments& a = ctx.args();
    const std::string verb = a.word(1, "good subcommand (add, list, convert)");
    if (verb == "convert") {
        a.allow({"to", "factor"}, 3);
        const std::string good = a.word(2, "good code");
        ctx.book().compliance().setConversion(ctx.session(), good, a.required("to"),
                                              a.required("factor"));
        ctx.out() << "Conversion of " << good << " to " << a.required("to") << ": factor "
                  << a.required("factor") << '\n';
        return 0;
    }
    if (verb == "list") {
        a.allow({}, 2);
        Rows rows{{"code", "name", "HS code", "unit", "decimals"},
                  {"code", "name", "hs_code", "unit", "decimals"},
                  {false, false, false, false, true},
                  {}};
        for (const Good& g : ctx.book().masterData().goods(ctx.session()))
            rows.cells.push_back({g.code, g.name, g.hsCode, g.measure, std::to_string(g.decimals)});
        printTableOrCsv(ctx, rows);
        return 0;
    }
    if (verb != "add")
        throw UsageError("unknown good subcommand \"" + verb + "\" (add, list, convert)");
    a.allow({"name", "hs", "unit", "decimals"}, 3);
    Good g = ctx.book().masterData().addGood(
        ctx.session(), GoodDraft{a.word(2, "good code"), a.required("name"), a.required("hs"),
                                 a.required("unit"), a.option("decimals", "")});
    ctx.out() << "Added good " << g.code << " (HS " << g.hsCode << ", " << g.measure << ")\n";
    return 0;
}

int cmdAgreement(Context& ctx) {
    const Arguments& a = ctx.args();
    const std::string verb = a.word(1, "agreement subcommand (add, list)");
    if (verb == "list") {
        a.allow({}, 2);
        Rows rows{{"code", "party A", "party B", "unit", "swing", "warn %", "from", "to"},
                  {"code", "party_a", "party_b", "unit", "swing", "warn_percent", "from", "to"},
                  {false, false, false, false, true, true, false, false},
                  {}};
        for (const Agreement& ag : ctx.book().masterData().agreements(ctx.session()))
            rows.cells.push_back({ag.code, ag.partyA.code, ag.partyB.code, ag.unit.code,
                                  ag.swing ? plain(*ag.swing, ag.unit.digits) : "",
                                  std::to_string(ag.warnPercent),
                                  ag.validFrom ? ag.validFrom->toString() : "",
                                  ag.validTo ? ag.validTo->toString() : ""});
        printTableOrCsv(ctx, rows);
        return 0;
    }
    if (verb != "add")
        throw UsageError("unknown agreement subcommand \"" + verb + "\" (add, list)");
    a.allow({"party-a", "party-b", "unit", "swing", "from", "to", "warn-percent"}, 3);
    AgreementDraft d{a.word(2, "agreement code"), a.required("party-a"),
                     a.required("party-b"),       a.required("unit"),
                     a.option("swing", ""),       a.option("warn-percent", ""),
                     a.option("from", ""),        a.option("to", "")};
    Agreement ag = ctx.book().masterData().addAgreement(ctx.session(), d);
    ctx.out() << "Added agreement " << ag.code << " between " << ag.partyA.code << " (A) and "
              << ag.partyB.code << " (B) in " << ag.unit.code << ", swing "
              << (ag.swing ? amount(*ag.swing, ag.unit.digits, ag.unit.code) : "none") << '\n';
    return 0;
}

int cmdPrice(Context& ctx) {
    const Arguments& a = ctx.args();
    const std::string verb = a.word(1, "price subcommand (set, list, report)");
    if (verb == "report")
        return priceReport(ctx);
    if (verb == "list") {
        a.allow({}, 3);
        const std::string agreement = a.word(2, "agreement code");
        Rows rows{{"good", "effective from", "unit price"},
                  {"good", "effective_from", "unit_price"},
                  {false, false, true},
                  {}};
        for (const Price& p : ctx.book().masterData().prices(ctx.session(), agreement))
            rows.cells.push_back(
                {p.goodCode, p.effectiveFrom.toString(), priceText(p.unitPrice, 2)});
        printTableOrCsv(ctx, rows);
        return 0;
    }
    if (verb != "set")
        throw UsageError("unknown price subcommand \"" + verb + "\" (set, list, report)");
    a.allow({"from"}, 5);
    PriceDraft d{a.word(2, "agreement code"), a.word(3, "good code"), a.word(4, "unit price"),
                 a.required("from")};
    Price p = ctx.book().masterData().setPrice(ctx.session(), d);
    ctx.out() << "Price of " << p.goodCode << " in " << d.agreement << " from "
              << p.effectiveFrom.toString() << ": " << priceText(p.unitPrice, 2) << '\n';
    return 0;
}

int cmdImport(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"agreement", "list", "version"}, 3);
    const std::string kind =
        a.word(1, "what to import (goods, prices, deliveries, restrictions, exemptions)");
    const std::string file = a.word(2, "file to import");
    const std::string agreement = a.option("agreement", "");
    Book& book = ctx.book();
    ImportResult r;
    if (kind == "goods")
        r = book.masterData().importGoods(ctx.session(), file);
    else if (kind == "prices")
        r = book.masterData().importPrices(ctx.session(), file, agreement);
    else if (kind == "deliveries")
        r = book.journal().importDeliveries(ctx.session(), file, agreement);
    else if (kind == "restrictions")
        r = book.compliance().importRestrictions(ctx.session(), file, a.required("list"),
                                                 a.required("version"));
    else if (kind == "exemptions")
        r = book.compliance().importExemptions(ctx.session(), file);
    else
        throw UsageError("cannot import \"" + kind +
                         "\" (goods, prices, deliveries, restrictions, exemptions)");
    for (const std::string& w : r.warnings)
        Context::warn(w);
    auto count = [](std::int64_t n, const char* one, const char* many) {
        return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    ctx.out() << "Imported " << count(r.rows, "row", "rows") << ": ";
    if (kind == "deliveries")
        ctx.out() << count(r.created, "exchange", "exchanges") << ", "
                  << count(r.lines, "delivery line", "delivery lines") << '\n';
    else
        ctx.out() << count(r.created,
                           kind == "goods"          ? "good"
                           : kind == "prices"       ? "price"
                           : kind == "restrictions" ? "rule"
                                                    : "exemption",
                           kind == "restrictions" ? "rules" : kind.c_str())
                  << '\n';
    return 0;
}

} // namespace barter::cli
