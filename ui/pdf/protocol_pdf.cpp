// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol_pdf.h"

#include <array>

namespace barter::ui::pdf {

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

constexpr double kLine = 4.6;
constexpr double kFooter = 8.0;

// The report's own words, beside the shared ones of pdf_labels.h.
struct Words {
    QString title, protocol, version, strict, warnOnly, at, planned, delivered, remaining,
        fulfilled, expected, pace, plannedValue, deliveredValue, summary, behind, onTrack, ahead,
        digest, goodsBehind;
};

const Words& words(Language language) {
    static const Words en{QStringLiteral("Protocol fulfilment report"),
                          QStringLiteral("Protocol"),
                          QStringLiteral("version %1"),
                          QStringLiteral("strict"),
                          QStringLiteral("warnings only"),
                          QStringLiteral("As of"),
                          QStringLiteral("Planned"),
                          QStringLiteral("Delivered"),
                          QStringLiteral("Remaining"),
                          QStringLiteral("Fulfilled, %"),
                          QStringLiteral("Expected to date"),
                          QStringLiteral("Pace"),
                          QStringLiteral("Planned value"),
                          QStringLiteral("Delivered value"),
                          QStringLiteral("Summary"),
                          QStringLiteral("behind"),
                          QStringLiteral("on track"),
                          QStringLiteral("ahead"),
                          QStringLiteral("Digest of the version (SHA-256)"),
                          QStringLiteral("lines behind pace: %1")};
    static const Words ru{QStringLiteral("Отчёт о выполнении протокола"),
                          QStringLiteral("Протокол"),
                          QStringLiteral("версия %1"),
                          QStringLiteral("строгий"),
                          QStringLiteral("только предупреждения"),
                          QStringLiteral("На дату"),
                          QStringLiteral("План"),
                          QStringLiteral("Поставлено"),
                          QStringLiteral("Остаток"),
                          QStringLiteral("Выполнено, %"),
                          QStringLiteral("Ожидалось к дате"),
                          QStringLiteral("Темп"),
                          QStringLiteral("Стоимость по плану"),
                          QStringLiteral("Стоимость поставок"),
                          QStringLiteral("Итог"),
                          QStringLiteral("отстаёт"),
                          QStringLiteral("по плану"),
                          QStringLiteral("опережает"),
                          QStringLiteral("Дайджест версии (SHA-256)"),
                          QStringLiteral("строк с отставанием: %1")};
    static const Words ko{QStringLiteral("의정서 이행 보고서"),
                          QStringLiteral("의정서"),
                          QStringLiteral("버전 %1"),
                          QStringLiteral("엄격"),
                          QStringLiteral("경고만"),
                          QStringLiteral("기준일"),
                          QStringLiteral("계획"),
                          QStringLiteral("인도"),
                          QStringLiteral("잔여"),
                          QStringLiteral("이행률, %"),
                          QStringLiteral("현재까지 예상"),
                          QStringLiteral("진도"),
                          QStringLiteral("계획 금액"),
                          QStringLiteral("인도 금액"),
                          QStringLiteral("요약"),
                          QStringLiteral("뒤처짐"),
                          QStringLiteral("계획대로"),
                          QStringLiteral("앞섬"),
                          QStringLiteral("버전 다이제스트 (SHA-256)"),
                          QStringLiteral("뒤처진 줄: %1")};
    switch (language) {
    case Language::Russian:
        return ru;
    case Language::Korean:
        return ko;
    case Language::English:
        break;
    }
    return en;
}

QString paceWord(const Words& w, Pace pace) {
    return pace == Pace::Behind ? w.behind : pace == Pace::Ahead ? w.ahead : w.onTrack;
}

// Draws the report, or (with `draw` false) only measures it to know how many pages it takes.
class Writer {
public:
    Writer(PdfDocument& doc, bool draw, Language first, std::optional<Language> second, int pages)
        : m_doc(doc), m_draw(draw), m_first(first), m_second(second), m_pages(pages) {}

    // A text in the report's language, or in both.
    template <typename Of> QString both(Of of) const {
        const QString a = of(m_first);
        return m_second ? a + QStringLiteral(" / ") + of(*m_second) : a;
    }
    QString word(QString Words::*field) const {
        return both([field](Language l) { return words(l).*field; });
    }
    QString label(QString Labels::*field) const {
        return both([field](Language l) { return labels(l).*field; });
    }
    void text(double x, double w, double h, const QString& s, const QFont& f,
              Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
        if (m_draw)
            m_doc.text(x, m_y, w, h, s, f, align);
    }
    void need(double h) {
        if (m_y + h <= m_doc.height() - kFooter)
            return;
        footer();
        if (m_draw)
            m_doc.newPage();
        ++m_page;
        m_y = 0;
    }
    void footer() {
        if (!m_draw)
            return;
        const double y = m_doc.height() - kFooter + 3;
        m_doc.line(0, y - 1, m_doc.width(), y - 1, 0.2);
        m_doc.text(0, y, m_doc.width(), 4,
                   both([this](Language l) { return labels(l).page.arg(m_page).arg(m_pages); }),
                   m_doc.font(7), Qt::AlignRight | Qt::AlignVCenter);
    }
    void fact(const QString& name, const QString& value) {
        need(kLine);
        text(0, 70, kLine, name, m_doc.font(8, true));
        text(72, m_doc.width() - 72, kLine, value, m_doc.font(8));
        m_y += kLine;
    }
    // A long name (two languages) with its value on the line below.
    void wide(const QString& name, const QString& value) {
        need(2 * kLine);
        text(0, m_doc.width(), kLine, name, m_doc.font(8, true));
        m_y += kLine;
        text(0, m_doc.width(), kLine, value, m_doc.font(8));
        m_y += kLine;
    }
    QString number(const Decimal& d) const { return formatNumber(m_first, d); }

    PdfDocument& m_doc;
    bool m_draw;
    Language m_first;
    std::optional<Language> m_second;
    int m_pages;
    int m_page = 1;
    double m_y = 0;
};

struct Report {
    reports::AgreementInfo agreement;
    std::vector<Protocol> protocols;
    std::vector<FulfilmentRow> rows;
    Date at;
    VerifyResult verified;
};

void draw(Writer& w, const Report& r) {
    PdfDocument& doc = w.m_doc;
    const double width = doc.width();
    for (Language l : {w.m_first, w.m_second.value_or(w.m_first)}) {
        w.text(0, width, 7, words(l).title, doc.font(13, true), Qt::AlignCenter);
        w.m_y += 7;
        if (!w.m_second)
            break;
    }
    w.m_y += 3;
    w.fact(w.label(&Labels::agreement), q(r.agreement.code));
    w.fact(w.label(&Labels::partyA), q(r.agreement.partyA));
    w.fact(w.label(&Labels::partyB), q(r.agreement.partyB));
    w.fact(w.label(&Labels::unit), q(r.agreement.unit));
    w.fact(w.word(&Words::at), formatDate(w.m_first, r.at));
    const std::vector<protocol::ProtocolSummary> summaries = protocol::summarize(r.rows);
    // Columns: good, planned, delivered, remaining, fulfilled, expected, pace, values.
    const double paceWidth = w.m_second ? 34 : 20;
    const std::array<double, 9> widths = {0, 26, 26, 26, 24, 30, paceWidth, 32, 32};
    std::array<double, 9> x{};
    double fixed = 0;
    for (std::size_t c = 1; c < widths.size(); ++c)
        fixed += widths[c];
    double sum = 0;
    for (std::size_t c = 0; c < widths.size(); ++c) {
        x[c] = sum;
        sum += c == 0 ? width - fixed : widths[c];
    }
    auto columnWidth = [&](std::size_t c) { return c == 0 ? width - fixed : widths[c]; };
    const QFont small = doc.font(6.8), bold = doc.font(6.8, true);
    for (const Protocol& p : r.protocols) {
        w.m_y += 3;
        w.need(kLine * 8);
        w.fact(w.word(&Words::protocol), q(p.name) + QStringLiteral(", ") + w.both([&](Language l) {
            return words(l).version.arg(p.version);
        }) + QStringLiteral(", ") + w.word(p.strict ? &Words::strict : &Words::warnOnly));
        w.fact(w.label(&Labels::period), formatDate(w.m_first, p.from) + QStringLiteral(" — ") +
                                             formatDate(w.m_first, p.through));
        w.wide(w.word(&Words::digest), q(p.digest));
        for (const protocol::ProtocolSummary& s : summaries)
            if (s.protocol == p.name && s.version == p.version) {
                QStringList sides;
                for (const auto& [shipper, percent] : s.shippers)
                    sides << q(shipper) + QLatin1Char(' ') + w.number(percent) +
                                 QStringLiteral(" %");
                w.fact(w.word(&Words::summary),
                       sides.join(QStringLiteral(" · ")) + QStringLiteral("; ") +
                           w.both([&](Language l) { return words(l).goodsBehind.arg(s.behind); }));
            }
        QString Words::*const heads[9] = {
            nullptr,           &Words::planned,      &Words::delivered,
            &Words::remaining, &Words::fulfilled,    &Words::expected,
            &Words::pace,      &Words::plannedValue, &Words::deliveredValue};
        std::string shipper;
        auto header = [&] {
            const int rows = w.m_second ? 2 : 1;
            if (w.m_draw)
                doc.fill(0, w.m_y, width, rows * kLine, QColor(0xe8, 0xea, 0xed));
            for (int line = 0; line < rows; ++line) {
                const Language l = line == 0 ? w.m_first : *w.m_second;
                for (std::size_t c = 0; c < std::size(heads); ++c)
                    w.text(x[c] + 0.6, columnWidth(c) - 1.2, kLine,
                           heads[c] ? words(l).*heads[c] : labels(l).good, bold,
                           (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
                w.m_y += kLine;
            }
        };
        for (const FulfilmentRow& row : r.rows) {
            if (row.protocol != p.name || row.version != p.version)
                continue;
            if (row.shipperCode != shipper) { // each shipper's goods under its name
                shipper = row.shipperCode;
                w.m_y += 1.5;
                w.need(kLine * 4);
                w.text(0, width, 5, q(shipper), doc.font(9, true));
                w.m_y += 5.5;
                header();
            } else if (w.m_y + kLine > doc.height() - kFooter) {
                w.need(kLine * 3);
                header();
            }
            const QString unit = QLatin1Char(' ') + q(row.measure);
            const QString cells[9] = {
                q(row.good),
                w.number(row.plannedQuantity) + unit,
                w.number(row.deliveredQuantity) + unit,
                w.number(row.remainingQuantity) + unit,
                w.number(row.fulfilledPercent),
                w.number(row.expectedQuantity) + unit,
                w.both([&](Language l) { return paceWord(words(l), row.pace); }),
                row.plannedValue ? w.number(*row.plannedValue) : QString(),
                w.number(row.deliveredValue)};
            if (w.m_draw && row.pace == Pace::Behind)
                doc.fill(0, w.m_y, width, kLine, QColor(0xfd, 0xec, 0xea));
            for (std::size_t c = 0; c < std::size(heads); ++c)
                w.text(x[c] + 0.6, columnWidth(c) - 1.2, kLine, cells[c], small,
                       (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
            w.m_y += kLine;
        }
    }

    w.m_y += 5;
    w.need(2 * kLine + 38);
    w.wide(w.both([&](Language l) { return labels(l).chainHead.arg(r.verified.exchanges); }),
           q(toHex(r.verified.head)));
    w.m_y += 6;
    const double half = width / 2;
    const double top = w.m_y;
    for (int i = 0; i < 2; ++i) {
        const QString party = q(i == 0 ? r.agreement.partyA : r.agreement.partyB);
        w.m_y = top;
        const double left = i * half;
        w.text(left, half - 6, 5, w.both([&](Language l) { return labels(l).forParty.arg(party); }),
               doc.font(9, true));
        w.m_y += 12;
        if (w.m_draw)
            doc.line(left, w.m_y, left + half - 12, w.m_y);
        w.m_y += 0.5;
        w.text(left, half - 6, 4, w.label(&Labels::signature), doc.font(7));
        w.m_y += 10;
        if (w.m_draw)
            doc.line(left, w.m_y, left + half - 12, w.m_y);
        w.m_y += 0.5;
        w.text(left, half - 6, 4, w.label(&Labels::nameAndDate), doc.font(7));
        w.m_y += 5;
        w.text(left, half - 6, 4, w.label(&Labels::stamp), doc.font(7));
    }
    w.footer();
}

} // namespace

ProtocolPdf writeProtocolPdf(Book& book, const Session& s, const std::string& agreement,
                             const std::string& name, std::optional<Date> at, Language first,
                             std::optional<Language> second, Paper paper, const std::string& path) {
    book.exports().requireExport(s);
    Report r;
    r.at = at.value_or(Date::today());
    r.agreement = book.reporting().agreementInfo(s, agreement);
    r.protocols = book.protocols().inForce(s, agreement, name, r.at);
    if (r.protocols.empty())
        throw InvalidInput("at",
                           "no protocol of " + agreement + " is in force on " + r.at.toString());
    r.rows = book.protocols().fulfilment(s, agreement, name, r.at);
    // One shipper after the other, in each the protocol's order.
    std::stable_sort(
        r.rows.begin(), r.rows.end(),
        [](const FulfilmentRow& a, const FulfilmentRow& b) { return a.shipper < b.shipper; });
    r.verified = book.integrity().verify(s);
    if (!r.verified.ok)
        throw IntegrityError("the book does not verify, so no report is exported: " +
                             r.verified.problem);
    ensureGuiApplication();
    PdfDocument doc(path, paper, true, words(first).title + QStringLiteral(" — ") + q(agreement),
                    QStringLiteral("Barter Ledger"));
    Writer measure(doc, false, first, second, 0);
    draw(measure, r);
    Writer writer(doc, true, first, second, measure.m_page);
    draw(writer, r);
    doc.finish();
    book.exports().recordExport(
        s, "protocol", "fulfilment of " + agreement + " at " + r.at.toString() + " to " + path);
    return {writer.m_page, r.rows.size()};
}

} // namespace barter::ui::pdf
