// SPDX-License-Identifier: GPL-3.0-or-later
// Book: the export bundle an auditor takes away, with a manifest that `sha256sum -c` checks.
#include "../audit/chain.h"
#include "../io/atomic_file.h"
#include "../io/csv_writer.h"
#include "../io/journal_export.h"
#include "../io/statement_csv.h"
#include "../storage/journal_store.h"
#include "book.h"
#include "permissions.h"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <random>

namespace barter {

namespace {

std::string fileSha256(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw StorageError("cannot read back \"" + path + "\"");
    chain::Sha256 sha;
    std::string buffer(1 << 16, '\0');
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        sha.update(std::string_view(buffer.data(), static_cast<std::size_t>(in.gcount())));
    }
    return toHex(sha.finish());
}

// A restriction list version's name, safe as part of a file name.
std::string fileSafe(std::string text) {
    for (char& c : text)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '.' || c == '_'))
            c = '_';
    return text;
}

} // namespace

std::vector<ExportService::BundleFile>
ExportService::exportBundle(const Session& s, const std::string& agreement,
                            std::optional<Date> from, std::optional<Date> to,
                            const std::string& dir,
                            const std::function<void(const std::string&)>& writePdf) {
    namespace fs = std::filesystem;
    require(s, Action::Export);
    const reports::AgreementInfo info = reports::agreementInfo(database(), agreement);
    if (from && to && *to < *from)
        throw InvalidInput("to", "must not be before --from");
    std::error_code ec;
    if (fs::exists(dir, ec))
        throw InvalidInput("output", "\"" + dir + "\" exists already; name a new folder");
    const fs::path target(dir);
    const fs::path parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    if (!fs::is_directory(parent, ec))
        throw InvalidInput("output", "no folder \"" + parent.string() + "\" to put the bundle in");
    std::random_device random;
    const fs::path temp =
        parent / ("." + target.filename().string() + ".partial-" + std::to_string(random()));
    if (!fs::create_directory(temp, ec))
        throw StorageError("cannot create \"" + temp.string() + "\": " + ec.message());
    std::vector<BundleFile> files;
    try {
        auto at = [&](const std::string& name) { return (temp / name).string(); };
        std::vector<std::string> names;
        if (writePdf) {
            writePdf(at("statement.pdf"));
            names.push_back("statement.pdf");
        }
        writeFileAtomically(at("statement.csv"), [&](std::ostream& out) {
            writeStatementCsvHeader(out);
            book().reporting().streamStatement(s, agreement, from, to,
                                               [&](const reports::StatementLine& line) {
                                                   writeStatementCsvRow(out, line, info.digits);
                                               });
        });
        names.push_back("statement.csv");
        const journal_store::ChainHead head = journal_store::head(database());
        const reports::StatementReport st = book().reporting().statement(s, agreement, from, to);
        writeFileAtomically(at("statement.journal"), [&](std::ostream& out) {
            writeHledgerJournal(out, st, toHex(head.hash));
        });
        names.push_back("statement.journal");
        writeFileAtomically(at("audit-events.csv"), [&](std::ostream& out) {
            writeCsvRow(out, {"id", "at", "user", "action", "object", "detail"});
            // The whole trail: what was done to the period's data happened whenever it happened.
            for (const AuditEvent& e :
                 book().integrity().auditEvents(s, std::nullopt, std::nullopt, ""))
                writeCsvRow(out,
                            {std::to_string(e.id), e.at, e.user, e.action, e.object, e.detail});
        });
        names.push_back("audit-events.csv");
        // The restriction list versions the period's lines were screened against, as imported.
        Statement used = database().prepare(R"sql(
            SELECT l.id, l.name, l.version, l.digest FROM restriction_list l
            WHERE EXISTS (SELECT 1 FROM delivery_line d JOIN line_screening v
                              ON v.exchange_seq = d.exchange_seq AND v.line_no = d.line_no
                          WHERE d.agreement_id = ?1 AND d.date BETWEEN ?2 AND ?3
                            AND replace(v.decided_by, l.name || ' ' || l.version, '') <> v.decided_by)
            ORDER BY l.name, l.version)sql");
        used.bind(1, info.id)
            .bind(2, from ? from->toString() : std::string("0000-00-00"))
            .bind(3, to ? to->toString() : std::string("9999-99-99"));
        Statement rules = database().prepare(R"sql(
            SELECT hs_prefix, from_country, to_country, kind, quota, quota_unit, period, source,
                   valid_from, valid_to, line
            FROM restriction_rule WHERE list_id = ?1 ORDER BY line)sql");
        while (used.step()) {
            const std::string name = "restrictions-" + fileSafe(used.getText(1)) + "-" +
                                     fileSafe(used.getText(2)) + ".csv";
            rules.bind(1, used.getInt(0));
            writeFileAtomically(at(name), [&](std::ostream& out) {
                writeCsvRow(out, {"hs_prefix", "from_country", "to_country", "kind", "quota",
                                  "quota_unit", "period", "source", "valid_from", "valid_to"});
                while (rules.step()) {
                    const std::optional<std::int64_t> quota = rules.getOptionalInt(4);
                    writeCsvRow(
                        out,
                        {rules.getText(0), rules.getText(1), rules.getText(2), rules.getText(3),
                         quota ? Decimal::fromScaled(*quota, kQuantityScale).trimmed(0).toString()
                               : std::string(),
                         rules.getText(5), rules.getText(6), rules.getText(7), rules.getText(8),
                         rules.getText(9)});
                }
            });
            rules.reset();
            names.push_back(name);
        }
        writeFileAtomically(at("chain-head.txt"), [&](std::ostream& out) {
            out << "exchange " << head.seq << " sha256 " << toHex(head.hash) << '\n';
        });
        names.push_back("chain-head.txt");
        for (const std::string& name : names)
            files.push_back({name, fileSha256(at(name))});
        writeFileAtomically(at("MANIFEST.sha256"), [&](std::ostream& out) {
            for (const BundleFile& f : files)
                out << f.sha256 << "  " << f.name << '\n';
        });
        fs::rename(temp, target, ec);
        if (ec)
            throw StorageError("cannot rename \"" + temp.string() + "\" to \"" + dir +
                               "\": " + ec.message());
    } catch (...) {
        fs::remove_all(temp, ec);
        throw;
    }
    auditRead(s, "export", "bundle",
              fmt::format("{} to {} ({} files)", agreement, dir, files.size()));
    return files;
}

} // namespace barter
