// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal_table_model.h"

#include "adapters/text.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

#include <limits>

namespace barter::ui {

namespace {
// Numbers right-aligned, in the cells and their headers alike.
QVariant alignment(int column) {
    switch (column) {
    case JournalTableModel::Seq:
    case JournalTableModel::Quantity:
    case JournalTableModel::UnitPrice:
    case JournalTableModel::Value:
    case JournalTableModel::Balance:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
}
} // namespace

JournalTableModel::JournalTableModel(QObject* parent) : QAbstractTableModel(parent) {}
JournalTableModel::~JournalTableModel() = default;

void JournalTableModel::setView(std::unique_ptr<reports::JournalView> view) {
    // Counted before the reset starts: a failure leaves the model as it was.
    const std::int64_t count = view ? view->count() : 0;
    beginResetModel();
    m_pages.clear();
    m_view = std::move(view);
    m_count = count;
    endResetModel();
}

int JournalTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid())
        return 0;
    // A view cannot show more rows than an int holds; nobody scrolls that far anyway.
    return static_cast<int>(std::min<std::int64_t>(m_count, std::numeric_limits<int>::max()));
}

int JournalTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

void JournalTableModel::load(int page) const {
    const std::int64_t start = std::int64_t{page} * kPageSize;
    const std::int64_t end = std::min<std::int64_t>(start + kPageSize, m_count);
    const int size = static_cast<int>(end - start);
    // The cheapest way in: keyset from the nearest cached page on either side, or an offset
    // from whichever end of the table is nearer.
    std::int64_t bestSkip = start; // from the first row
    enum class From { Start, End, Below, Above } from = From::Start;
    const reports::JournalRow* anchor = nullptr;
    if (m_count - end < bestSkip) {
        bestSkip = m_count - end;
        from = From::End;
    }
    auto below = m_pages.lower_bound(page);
    if (below != m_pages.begin()) {
        --below;
        const std::int64_t skip = (std::int64_t{page} - below->first - 1) * kPageSize;
        if (skip < bestSkip && !below->second.rows.empty()) {
            bestSkip = skip;
            from = From::Below;
            anchor = &below->second.rows.back();
        }
    }
    auto above = m_pages.upper_bound(page);
    if (above != m_pages.end()) {
        const std::int64_t skip = std::int64_t{above->first} * kPageSize - end;
        if (skip < bestSkip && !above->second.rows.empty()) {
            bestSkip = skip;
            from = From::Above;
            anchor = &above->second.rows.front();
        }
    }
    std::vector<reports::JournalRow> rows;
    switch (from) {
    case From::Start:
        rows = m_view->after(std::nullopt, bestSkip, size);
        break;
    case From::End:
        rows = m_view->before(std::nullopt, bestSkip, size);
        break;
    case From::Below:
        rows = m_view->after(anchor->key, bestSkip, size);
        break;
    case From::Above:
        rows = m_view->before(anchor->key, bestSkip, size);
        break;
    }
    if (static_cast<int>(m_pages.size()) >= kMaxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
            if (it->second.lastUse < oldest->second.lastUse)
                oldest = it;
        m_pages.erase(oldest);
    }
    m_pages[page] = Page{std::move(rows), ++m_clock};
}

const reports::JournalRow* JournalTableModel::fetch(int row) const {
    if (!m_view || row < 0 || row >= m_count)
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        try {
            load(page);
        } catch (const std::exception&) {
            return nullptr; // the book changed or failed underneath; the next reset reloads
        }
        it = m_pages.find(page);
    }
    it->second.lastUse = ++m_clock;
    const std::size_t offset = static_cast<std::size_t>(row % kPageSize);
    return offset < it->second.rows.size() ? &it->second.rows[offset] : nullptr;
}

std::optional<reports::JournalRow> JournalTableModel::line(int row) const {
    if (const reports::JournalRow* r = fetch(row))
        return *r;
    return std::nullopt;
}

// A padlock, the closed periods' mark (no icon theme is guaranteed to have one).
QIcon JournalTableModel::drawLock() {
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour(0x5f, 0x63, 0x68);
    p.setPen(QPen(colour, 1.6));
    p.drawArc(QRectF(4.5, 1.5, 7, 9), 0, 180 * 16);
    p.drawLine(QPointF(4.5, 6), QPointF(4.5, 7.5));
    p.drawLine(QPointF(11.5, 6), QPointF(11.5, 7.5));
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(2.5, 7, 11, 8), 1.5, 1.5);
    return QIcon(pixmap);
}

QVariant JournalTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.parent().isValid() || index.column() >= ColumnCount)
        return {};
    const reports::JournalRow* r = fetch(index.row());
    if (r == nullptr)
        return {};
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Seq:
            return QString::number(r->key.seq);
        case Date:
            return toQ(r->key.date.toString());
        case Reference:
            return toQ(r->reference);
        case Agreement:
            return toQ(r->agreement);
        case Route:
            return toQ(r->shipper) + QStringLiteral(" → ") + toQ(r->receiver);
        case Good:
            return toQ(r->good);
        case Quantity:
            return displayAmount(r->quantity, toQ(r->measure));
        case UnitPrice:
            return displayDecimal(r->unitPrice.trimmed(r->digits));
        case Value:
            return displayAmount(r->value, toQ(r->unit));
        case Balance:
            return displayAmount(r->balance, toQ(r->unit));
        case Status:
            switch (r->status) {
            case reports::LineStatus::Posted:
                return tr("posted");
            case reports::LineStatus::Reversed:
                return tr("reversed by %1").arg(r->reversedBy.value_or(0));
            case reports::LineStatus::Reversal:
                return tr("reversal of %1").arg(r->reversesSeq.value_or(0));
            }
            return {};
        case ColumnCount:
            return {};
        }
        return {};
    case Qt::TextAlignmentRole:
        return alignment(column);
    case Qt::DecorationRole:
        if (column == Status && r->closedThrough)
            return m_lock;
        return {};
    case Qt::FontRole:
        if (r->status == reports::LineStatus::Reversed) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        if (r->status == reports::LineStatus::Reversal) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (r->status != reports::LineStatus::Posted)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (column == Reference && !r->memo.empty())
            return toQ(r->memo);
        if (column == Balance)
            return tr("Clearing balance of %1 after this line").arg(toQ(r->agreement));
        if (column == Status && r->closedThrough)
            return tr("In a closed period: %1 is closed through %2; nothing dated on or before "
                      "it can be entered or reversed")
                .arg(toQ(r->agreement), toQ(r->closedThrough->toString()));
        return {};
    case UnderlyingDataRole:
        switch (column) {
        case Seq:
            return QVariant::fromValue<qlonglong>(r->key.seq);
        case Date:
            return toQDate(r->key.date);
        case Quantity:
            return toQ(r->quantity.toString());
        case UnitPrice:
            return toQ(r->unitPrice.toString());
        case Value:
            return toQ(r->value.toString());
        case Balance:
            return toQ(r->balance.toString());
        case Status:
            return toQ(reports::toString(r->status));
        default:
            return data(index, Qt::DisplayRole);
        }
    case SeqRole:
        return QVariant::fromValue<qlonglong>(r->key.seq);
    case StatusRole:
        return static_cast<int>(r->status);
    default:
        return {};
    }
}

QVariant JournalTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return alignment(section);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("Seq");
    case Date:
        return tr("Date");
    case Reference:
        return tr("Reference");
    case Agreement:
        return tr("Agreement");
    case Route:
        return tr("Shipper → receiver");
    case Good:
        return tr("Good");
    case Quantity:
        return tr("Quantity");
    case UnitPrice:
        return tr("Unit price");
    case Value:
        return tr("Value");
    case Balance:
        return tr("Balance");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace barter::ui
