// SPDX-License-Identifier: GPL-3.0-or-later
#include "statement_pdf.h"

#include "audit/chain.h"
#include "io/statement_csv.h"

#include <QFileInfo>

#include <array>
#include <cmath>
#include <sstream>

namespace barter::ui::pdf {

namespace {

constexpr double kRow = 4.4;      // a table row, mm
constexpr double kHeader = 6.0;   // the table's header row
constexpr double kBand = 13.0;    // the title band of every page
constexpr double kTitle = 31.0;   // the title block of the first page
constexpr double kFooter = 8.0;   // page number and who generated it
constexpr double kClosing = 78.0; // totals, closing balance, verification, signatures

enum Column { Seq, When, Reference, Route, Good, Hs, Quantity, Price, Value, Balance, Columns };
constexpr std::array<double, Columns> kWidths = {13, 19, 32, 46, 30, 16, 30, 22, 30, 33};

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

// How the lines fall on pages: the first page has the title block, the last one the closing
// block (on a page of its own when it does not fit under the last lines).
struct Pagination {
    int firstRows = 0, otherRows = 0, pages = 1;
    Pagination(double height, std::int64_t lines) {
        auto rows = [height](double top) {
            return static_cast<int>(
                std::floor((height - kFooter - top - kHeader - 2 * kRow) / kRow));
        };
        firstRows = std::max(1, rows(kBand + kTitle));
        otherRows = std::max(1, rows(kBand));
        std::int64_t last = lines; // rows on the last page with lines
        double top = kBand + kTitle;
        if (lines > firstRows) {
            const std::int64_t rest = lines - firstRows;
            const std::int64_t more = (rest + otherRows - 1) / otherRows;
            pages = static_cast<int>(1 + more);
            last = rest - (more - 1) * otherRows;
            top = kBand;
        }
        const double used = top + kHeader + kRow * static_cast<double>(last + 2);
        if (height - kFooter - used < kClosing)
            ++pages;
    }
};

class StatementWriter {
public:
    StatementWriter(PdfDocument& doc, Language language, const reports::AgreementInfo& info,
                    const Pagination& pages)
        : m_doc(doc), m_l(labels(language)), m_language(language), m_info(info), m_pages(pages) {
        const double scale = doc.width() / [] {
            double sum = 0;
            for (double w : kWidths)
                sum += w;
            return sum;
        }();
        double x = 0;
        for (int c = 0; c < Columns; ++c) {
            m_x[c] = x;
            m_w[c] = kWidths[c] * scale;
            x += m_w[c];
        }
        m_small = doc.font(7);
        m_bold = doc.font(7, true);
    }

    QString money(const Decimal& v) const { return formatNumber(m_language, v); }

    // The band at the top of every page: what this is, of what, for when.
    void band(const QString& period) {
        m_doc.text(0, 0, m_doc.width() * 0.7, 6,
                   m_l.statementTitle + QStringLiteral(" — ") + q(m_info.code),
                   m_doc.font(11, true));
        m_doc.text(0, 6.5, m_doc.width(), 4.5, m_l.period + QStringLiteral(": ") + period,
                   m_doc.font(8));
        m_doc.line(0, kBand - 1.5, m_doc.width(), kBand - 1.5, 0.3);
    }

    void footer(const QString& generated) {
        const double y = m_doc.height() - kFooter + 3;
        m_doc.line(0, y - 1, m_doc.width(), y - 1, 0.2);
        m_doc.text(0, y, m_doc.width() * 0.7, 4, generated, m_doc.font(7));
        m_doc.text(m_doc.width() * 0.7, y, m_doc.width() * 0.3, 4,
                   m_l.page.arg(m_page).arg(m_pages.pages), m_doc.font(7),
                   Qt::AlignRight | Qt::AlignVCenter);
    }

    void tableHeader(double y) {
        m_doc.fill(0, y, m_doc.width(), kHeader, QColor(0xe8, 0xea, 0xed));
        const QString titles[Columns] = {
            m_l.seq,       m_l.date,
            m_l.reference, m_l.route,
            m_l.good,      m_l.hsCode,
            m_l.quantity,  m_l.unitPrice,
            m_l.value,     m_l.balance + QStringLiteral(" (") + q(m_info.unit) + QLatin1Char(')')};
        for (int c = 0; c < Columns; ++c)
            cell(c, y, kHeader, titles[c], m_bold);
        m_doc.line(0, y + kHeader, m_doc.width(), y + kHeader, 0.3);
    }

    // A row across the table whose text is in the route..value columns and the balance last.
    void forwardRow(double y, const QString& what, const Decimal& balance) {
        m_doc.text(m_x[Reference] + 1, y, m_x[Balance] - m_x[Reference] - 2, kRow, what, m_bold);
        cell(Balance, y, kRow, money(balance), m_bold);
        m_doc.line(0, y + kRow, m_doc.width(), y + kRow, 0.1);
    }

    void lineRow(double y, const reports::StatementLine& l) {
        cell(Seq, y, kRow, QString::number(l.seq), m_small);
        cell(When, y, kRow, formatDate(m_language, l.date), m_small);
        cell(Reference, y, kRow, q(l.reference), m_small);
        cell(Route, y, kRow, q(l.shipper) + QStringLiteral(" → ") + q(l.receiver), m_small);
        cell(Good, y, kRow, q(l.good), m_small);
        cell(Hs, y, kRow, q(l.hsCode), m_small);
        cell(Quantity, y, kRow, money(l.quantity) + QLatin1Char(' ') + q(l.measure), m_small);
        cell(Price, y, kRow, money(l.unitPrice.trimmed(m_info.digits)), m_small);
        cell(Value, y, kRow, money(l.value), m_small);
        cell(Balance, y, kRow, money(l.balance), m_small);
    }

    int m_page = 1;

private:
    void cell(int c, double y, double h, const QString& text, const QFont& font) {
        const bool number = c == Seq || c >= Quantity;
        m_doc.text(m_x[c] + 0.8, y, m_w[c] - 1.6, h, text, font,
                   (number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }

    PdfDocument& m_doc;
    const Labels& m_l;
    Language m_language;
    const reports::AgreementInfo& m_info;
    const Pagination& m_pages;
    std::array<double, Columns> m_x{}, m_w{};
    QFont m_small, m_bold;
};

QString partyLine(const std::vector<Party>& parties, const std::string& code) {
    for (const Party& p : parties)
        if (p.code == code) {
            QString text = q(p.code) + QStringLiteral(" — ") + q(p.name);
            if (!p.nativeName.empty())
                text += QStringLiteral(" — ") + q(p.nativeName);
            return text + QStringLiteral(" (") + q(p.country) + QLatin1Char(')');
        }
    return q(code);
}

} // namespace

StatementPdf writeStatementPdf(Book& book, const Session& s, const std::string& agreement,
                               std::optional<Date> from, std::optional<Date> to, Language language,
                               Paper paper, const std::string& path, const Progress& progress) {
    book.exports().requireExport(s);
    const reports::AgreementInfo info = book.reporting().agreementInfo(s, agreement);
    if (from && to && *to < *from)
        throw InvalidInput("to", "must not be before --from");
    const reports::StatementExtent extent =
        book.reporting().statementExtent(s, agreement, from, to);
    // The verification block states that the journal has no gaps and names its head: both are
    // checked now, not assumed.
    const VerifyResult verified = book.integrity().verify(s);
    if (!verified.ok)
        throw IntegrityError("the book does not verify, so no ledger is exported: " +
                             verified.problem);
    const Labels& l = labels(language);
    const std::vector<Party> parties = book.masterData().parties(s);
    const QString period = (from ? formatDate(language, *from) : l.fromStart) +
                           QStringLiteral(" — ") +
                           (to ? formatDate(language, *to) : formatDate(language, Date::today()));
    const QString generated =
        l.generated.arg(q(s.userName()), q(book.now()).replace(QLatin1Char('T'), QLatin1Char(' ')));

    ensureGuiApplication();
    PdfDocument doc(path, paper, true, l.statementTitle + QStringLiteral(" — ") + q(info.code),
                    QStringLiteral("Barter Ledger"));
    const Pagination pages(doc.height(), extent.lines);
    StatementWriter w(doc, language, info, pages);

    // Page one: the title block.
    w.band(period);
    const QFont label = doc.font(8.5, true), value = doc.font(8.5);
    const std::pair<QString, QString> facts[] = {
        {l.book, QFileInfo(q(book.path())).fileName()},
        {l.agreement, q(info.code)},
        {l.partyA, partyLine(parties, info.partyA)},
        {l.partyB, partyLine(parties, info.partyB)},
        {l.unit, q(info.unit)},
        {l.period, period + QStringLiteral("   ·   ") + generated},
    };
    double y = kBand;
    for (const auto& [name, text] : facts) {
        doc.text(0, y, 38, 4.8, name, label);
        doc.text(40, y, doc.width() - 40, 4.8, text, value);
        y += 4.8;
    }
    y = kBand + kTitle;

    chain::Sha256 csv;
    {
        std::ostringstream header;
        writeStatementCsvHeader(header);
        csv.update(header.str());
    }
    int rowsLeft = pages.firstRows;
    std::int64_t drawn = 0;
    std::optional<Decimal> pageBalance; // the running balance after the last line drawn
    auto startTable = [&](const Decimal& broughtForward) {
        w.tableHeader(y);
        y += kHeader;
        w.forwardRow(y, w.m_page == 1 ? l.openingBalance : l.broughtForward, broughtForward);
        y += kRow;
    };
    auto endPage = [&](const Decimal& carried, bool last) {
        w.forwardRow(y, last ? l.closingBalance : l.carriedForward, carried);
        y += kRow;
    };
    const reports::StatementReport totals = book.reporting().streamStatement(
        s, agreement, from, to, [&](const reports::StatementLine& line) {
            if (drawn == 0)
                startTable(line.balance - (line.shipper == info.partyA ? line.value : -line.value));
            if (rowsLeft == 0) {
                endPage(*pageBalance, false);
                w.footer(generated);
                doc.newPage();
                ++w.m_page;
                w.band(period);
                y = kBand;
                rowsLeft = pages.otherRows;
                startTable(*pageBalance);
            }
            w.lineRow(y, line);
            y += kRow;
            --rowsLeft;
            pageBalance = line.balance;
            std::ostringstream row;
            writeStatementCsvRow(row, line, info.digits);
            csv.update(row.str());
            if (++drawn % 256 == 0 && progress && !progress(drawn, extent.lines))
                throw Cancelled();
        });
    if (drawn == 0)
        startTable(totals.openingBalance);
    endPage(totals.closingBalance, true);

    // The closing block, under the last lines or on a page of its own.
    if (doc.height() - kFooter - y < kClosing) {
        w.footer(generated);
        doc.newPage();
        ++w.m_page;
        w.band(period);
        y = kBand;
    }
    y += 3;
    const QString unit = q(info.unit);
    auto row = [&](const QString& name, const QString& text, bool bold = false) {
        doc.text(0, y, 80, 5, name, label);
        doc.text(82, y, doc.width() - 82, 5, text, bold ? label : value);
        y += 5;
    };
    row(l.openingBalance, w.money(totals.openingBalance) + QLatin1Char(' ') + unit);
    row(l.delivered.arg(q(info.partyA), q(info.partyB)),
        w.money(totals.totalAToB) + QLatin1Char(' ') + unit);
    row(l.delivered.arg(q(info.partyB), q(info.partyA)),
        w.money(totals.totalBToA) + QLatin1Char(' ') + unit);
    row(l.closingBalance, w.money(totals.closingBalance) + QLatin1Char(' ') + unit, true);
    row(l.closingInWords,
        balanceInWords(language, totals.closingBalance, q(info.partyA), q(info.partyB), unit),
        true);
    y += 3;
    doc.text(0, y, doc.width(), 5, l.verification, doc.font(9, true));
    y += 5.5;
    const std::string csvHex = toHex(csv.finish());
    const QFont mono = doc.font(8);
    auto note = [&](const QString& text) {
        doc.text(0, y, doc.width(), 4.6, text, mono);
        y += 4.6;
    };
    note(extent.lines == 0
             ? l.noLines
             : l.sequenceRange.arg(extent.firstSeq).arg(extent.lastSeq).arg(extent.lines));
    note(l.noGaps.arg(verified.exchanges));
    note(l.chainHead.arg(verified.exchanges) + QStringLiteral(": ") + q(toHex(verified.head)));
    note(l.csvDigest + QStringLiteral(": ") + q(csvHex));
    y += 4;
    doc.text(0, y, doc.width(), 5, l.signatures, doc.font(9, true));
    y += 9;
    const double half = doc.width() / 2;
    for (int i = 0; i < 2; ++i) {
        const double x = i * half;
        doc.text(x, y, 30, 5, i == 0 ? l.preparedBy : l.checkedBy, label);
        doc.line(x + 32, y + 4.5, x + half - 10, y + 4.5);
        doc.text(x + 32, y + 5, 60, 4, l.signature + QStringLiteral(" / ") + l.nameAndDate,
                 doc.font(6.5));
    }
    w.footer(generated);
    doc.finish();
    if (progress)
        progress(drawn, extent.lines);
    book.exports().recordExport(
        s, "pdf", agreement + " to " + path + " (" + std::to_string(w.m_page) + " pages)");
    return {
        w.m_page, drawn, csvHex, toHex(verified.head), verified.exchanges, totals.closingBalance};
}

} // namespace barter::ui::pdf
