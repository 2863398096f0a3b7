// SPDX-License-Identifier: GPL-3.0-or-later
// The exports an auditor takes away: the statement as PDF, the act of reconciliation, and the
// bundle of everything with a manifest. PDFs are rendered offscreen (ui/pdf), no display needed.
#include "commands.h"
#include "json_writer.h"
#include "output.h"

#include "error.h"

#ifdef BARTER_HAVE_PDF
#include "act_pdf.h"
#include "protocol_pdf.h"
#include "statement_pdf.h"
#endif

namespace barter::cli {

#ifdef BARTER_HAVE_PDF
namespace pdf = barter::ui::pdf;
#endif

#ifdef BARTER_HAVE_PDF

namespace {

pdf::Language language(const Arguments& a) {
    const std::string text = a.option("lang", "en");
    const std::optional<pdf::Language> l = pdf::parseLanguage(text);
    if (!l)
        throw InvalidInput("lang", "\"" + text + "\" is not a language (en, ru, ko)");
    return *l;
}

pdf::Paper paper(const Arguments& a) {
    const std::string text = a.option("paper", "a4");
    const std::optional<pdf::Paper> p = pdf::parsePaper(text);
    if (!p)
        throw InvalidInput("paper", "\"" + text + "\" is not a paper size (a4, letter)");
    return *p;
}

} // namespace

int exportPdf(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"from", "to", "output", "lang", "paper"}, 3);
    const std::string agreement = a.word(2, "agreement code");
    const std::string file = a.required("output");
    const pdf::StatementPdf r =
        pdf::writeStatementPdf(ctx.book(), ctx.session(), agreement, dateOption(a, "from"),
                               dateOption(a, "to"), language(a), paper(a), file);
    if (ctx.format() == Format::Json) {
        JsonWriter json(ctx.out());
        json.beginObject().field("file", file).field("pages", r.pages).field("lines", r.lines);
        json.field("csv_sha256", r.csvSha256).field("chain_seq", r.chainSeq);
        json.field("chain_head", r.chainHead).endObject();
        return 0;
    }
    ctx.out() << "Exported the statement of " << agreement << " to " << file << ": " << r.pages
              << " page(s), " << r.lines << " line(s)\n"
              << "SHA-256 of the statement as CSV: " << r.csvSha256 << '\n'
              << "Chain head at exchange " << r.chainSeq << ": " << r.chainHead << '\n';
    return 0;
}

int exportAct(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"output", "lang", "paper"}, 3);
    const std::int64_t id = positiveNumber(a.word(2, "id of the reconciliation"), "reconciliation",
                                           "the id of a reconciliation");
    const std::string pair = a.required("lang");
    const auto languages = pdf::parseLanguagePair(pair);
    if (!languages)
        throw InvalidInput("lang", "\"" + pair + "\" is not two languages (en+ru, en+ko, ru+ko)");
    const std::string file = a.required("output");
    const pdf::ActPdf r = pdf::writeActPdf(ctx.book(), ctx.session(), id, languages->first,
                                           languages->second, paper(a), file);
    ctx.out() << "Exported the act of reconciliation " << id << " to " << file << ": " << r.pages
              << " page(s), " << r.items << " item(s)\n";
    return 0;
}

int exportProtocol(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"name", "at", "output", "lang", "paper"}, 3);
    const std::string agreement = a.word(2, "agreement code");
    const std::string file = a.required("output");
    // One language, or two side by side (en+ru, en+ko, ru+ko).
    const std::string lang = a.option("lang", "en");
    std::optional<pdf::Language> first = pdf::parseLanguage(lang);
    std::optional<pdf::Language> second;
    if (!first) {
        const auto pair = pdf::parseLanguagePair(lang);
        if (!pair)
            throw InvalidInput("lang", "\"" + lang +
                                           "\" is not a language (en, ru, ko) or a pair of them "
                                           "(en+ru, en+ko, ru+ko)");
        first = pair->first;
        second = pair->second;
    }
    const pdf::ProtocolPdf r =
        pdf::writeProtocolPdf(ctx.book(), ctx.session(), agreement, a.option("name", ""),
                              dateOption(a, "at"), *first, second, paper(a), file);
    ctx.out() << "Exported the protocol fulfilment of " << agreement << " to " << file << ": "
              << r.pages << " page(s), " << r.lines << " line(s)\n";
    return 0;
}

int exportBundle(Context& ctx) {
    const Arguments& a = ctx.args();
    a.allow({"from", "to", "output", "lang", "paper"}, 3);
    const std::string agreement = a.word(2, "agreement code");
    const std::string dir = a.required("output");
    const std::optional<Date> from = dateOption(a, "from"), to = dateOption(a, "to");
    const pdf::Language lang = language(a);
    const pdf::Paper size = paper(a);
    const auto files = ctx.book().exports().exportBundle(
        ctx.session(), agreement, from, to, dir, [&](const std::string& path) {
            pdf::writeStatementPdf(ctx.book(), ctx.session(), agreement, from, to, lang, size,
                                   path);
        });
    if (ctx.format() == Format::Json) {
        JsonWriter json(ctx.out());
        json.beginObject().field("dir", dir).key("files").beginArray();
        for (const ExportService::BundleFile& f : files)
            json.beginObject().field("name", f.name).field("sha256", f.sha256).endObject();
        json.endArray().endObject();
        return 0;
    }
    ctx.out() << "Exported " << files.size() << " files and MANIFEST.sha256 to " << dir
              << " (check them with: cd " << dir << " && sha256sum -c MANIFEST.sha256)\n";
    return 0;
}

#else

int exportPdf(Context&) {
    throw UsageError("this build of barter has no PDF export (built without Qt)");
}
int exportAct(Context& ctx) {
    return exportPdf(ctx);
}
int exportBundle(Context& ctx) {
    return exportPdf(ctx);
}
int exportProtocol(Context& ctx) {
    return exportPdf(ctx);
}

#endif

} // namespace barter::cli
