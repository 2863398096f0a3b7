// SPDX-License-Identifier: GPL-3.0-or-later
#include "act_pdf.h"

#include <array>

namespace barter::ui::pdf {

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

constexpr double kLine = 4.6;
constexpr double kFooter = 8.0;

// Draws the act, or (with `draw` false) only measures it to know how many pages it takes.
class ActWriter {
public:
    ActWriter(PdfDocument& doc, bool draw, Language first, Language second, int pages)
        : m_doc(doc), m_draw(draw), m_first(first), m_second(second), m_pages(pages),
          m_a(labels(first)), m_b(labels(second)) {}

    // A label in both languages.
    QString bi(QString Labels::*field) const {
        return m_a.*field + QStringLiteral(" / ") + m_b.*field;
    }
    QString bi(const QString& a, const QString& b) const { return a + QStringLiteral(" / ") + b; }

    void text(double x, double w, double h, const QString& s, const QFont& f,
              Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
        if (m_draw)
            m_doc.text(x, m_y, w, h, s, f, align);
    }
    // Room for `h` more millimetres, or a new page.
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
                   bi(m_a.page.arg(m_page).arg(m_pages), m_b.page.arg(m_page).arg(m_pages)),
                   m_doc.font(7), Qt::AlignRight | Qt::AlignVCenter);
    }
    void fact(const QString& name, const QString& value) {
        need(kLine);
        text(0, 88, kLine, name, m_doc.font(8, true));
        text(90, m_doc.width() - 90, kLine, value, m_doc.font(8));
        m_y += kLine;
    }
    QString money(const Decimal& v, const std::string& unit) const {
        return formatNumber(m_first, v) + QLatin1Char(' ') + q(unit);
    }

    PdfDocument& m_doc;
    bool m_draw;
    Language m_first, m_second;
    int m_pages;
    int m_page = 1;
    double m_y = 0;
    const Labels& m_a;
    const Labels& m_b;
};

QString partyText(const std::vector<Party>& parties, const std::string& code) {
    for (const Party& p : parties)
        if (p.code == code)
            return q(p.code) + QStringLiteral(" — ") + q(p.name) +
                   (p.nativeName.empty() ? QString() : QStringLiteral(" — ") + q(p.nativeName));
    return q(code);
}

void drawAct(ActWriter& w, const reconcile::Reconciliation& r, const std::vector<Party>& parties,
             const std::optional<reconcile::PeriodClose>& close) {
    PdfDocument& doc = w.m_doc;
    const Labels& a = w.m_a;
    const Labels& b = w.m_b;
    w.text(0, doc.width(), 7, a.actTitle, doc.font(13, true), Qt::AlignCenter);
    w.m_y += 7;
    w.text(0, doc.width(), 7, b.actTitle, doc.font(13, true), Qt::AlignCenter);
    w.m_y += 10;
    const QString period = (r.from ? formatDate(w.m_first, *r.from) : a.fromStart) +
                           QStringLiteral(" — ") + formatDate(w.m_first, r.through);
    w.fact(w.bi(&Labels::agreement),
           q(r.agreement) + QStringLiteral("   (No. ") + QString::number(r.id) + QLatin1Char(')'));
    w.fact(w.bi(&Labels::partyA), partyText(parties, r.partyA));
    w.fact(w.bi(&Labels::partyB), partyText(parties, r.partyB));
    w.fact(w.bi(&Labels::unit), q(r.unit));
    w.fact(w.bi(&Labels::period), period);
    w.fact(w.bi(&Labels::statementFile),
           q(r.statementName) + QStringLiteral("  SHA-256 ") + q(r.statementSha256));
    w.m_y += 3;
    w.fact(w.bi(&Labels::ourBalance), w.money(r.ourBalance, r.unit));
    w.fact(w.bi(&Labels::theirBalance), w.money(r.theirBalance, r.unit));
    w.fact(w.bi(&Labels::difference), w.money(r.difference(), r.unit));
    w.fact(w.bi(&Labels::explained), w.money(r.explained(), r.unit));
    w.m_y += 4;

    // The items, category by category; matched ones are only counted.
    const double width = doc.width();
    const std::array<double, 7> widths = {8, 27, 30, 38, 38, 22, 0};
    std::array<double, 7> x{};
    double sum = 0;
    for (std::size_t c = 0; c < widths.size(); ++c) {
        x[c] = sum;
        sum += widths[c];
    }
    const double lastWidth = width - x[6];
    const QFont small = doc.font(6.8), bold = doc.font(6.8, true);
    std::size_t categoryIndex = 0;
    for (reconcile::Category category : reconcile::kCategories) {
        const QString name = w.bi(a.categories[categoryIndex], b.categories[categoryIndex]);
        ++categoryIndex;
        std::vector<const reconcile::Item*> items;
        for (const reconcile::Item& item : r.items)
            if (item.category == category)
                items.push_back(&item);
        w.need(kLine * 4);
        w.text(0, width, 5, name + QStringLiteral(": ") + QString::number(items.size()),
               doc.font(9, true));
        w.m_y += 5.5;
        if (category == reconcile::Category::Matched || items.empty())
            continue;
        // Each heading in both languages, one above the other.
        QString Labels::*const heads[7] = {
            nullptr,         &Labels::reference,  &Labels::good,      &Labels::ours,
            &Labels::theirs, &Labels::difference, &Labels::resolution};
        auto header = [&] {
            if (w.m_draw)
                doc.fill(0, w.m_y, width, 2 * kLine, QColor(0xe8, 0xea, 0xed));
            for (int line = 0; line < 2; ++line) {
                const Labels& in = line == 0 ? a : b;
                for (int c = 0; c < 7; ++c)
                    w.text(x[c] + 0.6, (c == 6 ? lastWidth : widths[c]) - 1.2, kLine,
                           heads[c] ? in.*heads[c] : (line == 0 ? QStringLiteral("#") : QString()),
                           bold);
                w.m_y += kLine;
            }
        };
        header();
        for (const reconcile::Item* item : items) {
            if (w.m_y + kLine > doc.height() - kFooter) {
                w.need(kLine * 3);
                header();
            }
            auto side = [&](const std::optional<reconcile::Figures>& f) {
                return f ? formatDate(w.m_first, f->date) + QStringLiteral("  ") +
                               formatNumber(w.m_first, f->quantity.trimmed(0)) +
                               QStringLiteral("  ") + formatNumber(w.m_first, f->value)
                         : QStringLiteral("—");
            };
            const reconcile::Resolution* res = r.resolutionOf(item->number);
            const QString cells[7] = {
                QString::number(item->number),
                q(item->reference),
                q(item->good) + QStringLiteral(" (") + q(item->shipper) + QLatin1Char(')'),
                side(item->ours),
                side(item->theirs),
                formatNumber(w.m_first, item->difference),
                res ? q(std::string(reconcile::toString(res->kind))) +
                          (res->seq ? QStringLiteral(" ") + QString::number(*res->seq)
                                    : QString()) +
                          (res->note.empty() ? QString() : QStringLiteral(": ") + q(res->note))
                    : QString()};
            for (int c = 0; c < 7; ++c)
                w.text(x[c] + 0.6, (c == 6 ? lastWidth : widths[c]) - 1.2, kLine, cells[c], small,
                       (c == 0 || c == 5 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
            w.m_y += kLine;
        }
        w.m_y += 2;
    }

    w.m_y += 3;
    w.need(60);
    w.fact(w.bi(&Labels::agreedBalance),
           close ? w.money(close->agreedBalance, r.unit) + QStringLiteral("  (") +
                       formatDate(w.m_first, close->through) + QLatin1Char(')')
                 : w.bi(&Labels::agreedPending) + QStringLiteral(":  ______________________"));
    if (close)
        w.fact(QString(), balanceInWords(w.m_first, close->agreedBalance, q(r.partyA), q(r.partyB),
                                         q(r.unit)));
    w.m_y += 8;
    const double half = width / 2;
    const double top = w.m_y;
    for (int i = 0; i < 2; ++i) {
        const std::string& party = i == 0 ? r.partyA : r.partyB;
        w.m_y = top;
        const double left = i * half;
        w.text(left, half - 6, 5, w.bi(a.forParty.arg(q(party)), b.forParty.arg(q(party))),
               doc.font(9, true));
        w.m_y += 14;
        if (w.m_draw)
            doc.line(left, w.m_y, left + half - 12, w.m_y);
        w.m_y += 0.5;
        w.text(left, half - 6, 4, w.bi(&Labels::signature), doc.font(7));
        w.m_y += 12;
        if (w.m_draw)
            doc.line(left, w.m_y, left + half - 12, w.m_y);
        w.m_y += 0.5;
        w.text(left, half - 6, 4, w.bi(&Labels::nameAndDate), doc.font(7));
        w.m_y += 6;
        w.text(left, half - 6, 4, w.bi(&Labels::stamp), doc.font(7));
    }
    w.footer();
}

} // namespace

std::optional<std::pair<Language, Language>> parseLanguagePair(std::string_view text) {
    const std::size_t plus = text.find('+');
    if (plus == std::string_view::npos)
        return std::nullopt;
    const std::optional<Language> first = parseLanguage(text.substr(0, plus));
    const std::optional<Language> second = parseLanguage(text.substr(plus + 1));
    if (!first || !second || *first == *second)
        return std::nullopt;
    return std::make_pair(*first, *second);
}

ActPdf writeActPdf(Book& book, const Session& s, std::int64_t id, Language first, Language second,
                   Paper paper, const std::string& path) {
    book.exports().requireExport(s);
    const reconcile::Reconciliation r = book.reconciliation().saved(s, id);
    const std::vector<Party> parties = book.masterData().parties(s);
    std::optional<reconcile::PeriodClose> close;
    for (const reconcile::PeriodClose& c : book.reconciliation().periods(s, r.agreement))
        if (c.reconciliation == id)
            close = c;
    ensureGuiApplication();
    PdfDocument doc(path, paper, false,
                    labels(first).actTitle + QStringLiteral(" — ") + q(r.agreement),
                    QStringLiteral("Barter Ledger"));
    ActWriter measure(doc, false, first, second, 0);
    drawAct(measure, r, parties, close);
    ActWriter writer(doc, true, first, second, measure.m_page);
    drawAct(writer, r, parties, close);
    doc.finish();
    book.exports().recordExport(
        s, "act", "reconciliation " + std::to_string(id) + " of " + r.agreement + " to " + path);
    return {writer.m_page, r.items.size()};
}

} // namespace barter::ui::pdf
