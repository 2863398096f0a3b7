// SPDX-License-Identifier: GPL-3.0-or-later
#include "lines_table_model.h"

#include "adapters/text.h"

#include <algorithm>

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace barter::ui {

namespace {

// "line 3: quantity" → (3, Quantity); nullopt for problems not about one line's field.
std::optional<std::pair<int, int>> lineField(const std::string& field) {
    static const std::pair<const char*, int> columns[] = {
        {"shipper", LinesTableModel::Shipper},   {"good", LinesTableModel::Good},
        {"quantity", LinesTableModel::Quantity}, {"unit_price", LinesTableModel::UnitPrice},
        {"value", LinesTableModel::Value},       {"screening", LinesTableModel::Screening},
        {"protocol", LinesTableModel::Protocol},
    };
    if (field.rfind("line ", 0) != 0)
        return std::nullopt;
    const std::size_t colon = field.find(": ");
    if (colon == std::string::npos)
        return std::nullopt;
    int number = 0;
    for (std::size_t i = 5; i < colon; ++i) {
        if (field[i] < '0' || field[i] > '9' || number > 100000)
            return std::nullopt;
        number = number * 10 + (field[i] - '0');
    }
    const std::string name = field.substr(colon + 2);
    for (const auto& [text, column] : columns)
        if (name == text)
            return std::make_pair(number, column);
    return std::nullopt;
}

// One line against the protocols in force: "62.000 t left of 366.000 t (2024)", or that the
// protocol does not list it.
QString protocolText(const std::vector<ProtocolLineCheck>& checks) {
    QStringList parts;
    for (const ProtocolLineCheck& c : checks) {
        if (!c.listed)
            parts << LinesTableModel::tr("not in protocol %1").arg(toQ(c.protocol));
        else
            parts << LinesTableModel::tr("%1 left of %2 (%3)")
                         .arg(displayDecimal(c.remaining),
                              displayDecimal(c.planned) + QLatin1Char(' ') + toQ(c.measure),
                              toQ(c.protocol));
    }
    return parts.join(QStringLiteral("; "));
}

bool pastProtocol(const std::vector<ProtocolLineCheck>& checks) {
    return std::any_of(checks.begin(), checks.end(),
                       [](const ProtocolLineCheck& c) { return c.past(); });
}

} // namespace

LinesTableModel::LinesTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void LinesTableModel::setGoods(const std::vector<barter::Good>& goods) {
    m_goods.clear();
    for (const barter::Good& g : goods)
        m_goods.insert(toQ(g.code), g);
    if (!m_inputs.empty())
        emit dataChanged(index(0, Unit), index(rowCount() - 1, Unit));
}

void LinesTableModel::setInputs(std::vector<Input> inputs) {
    beginResetModel();
    m_inputs = std::move(inputs);
    std::erase_if(m_inputs, [](const Input& i) { return i.empty(); });
    m_outcomes.assign(m_inputs.size() + 1, {});
    m_problemTexts.clear();
    endResetModel();
    emit edited();
}

std::vector<int> LinesTableModel::draftRows() const {
    std::vector<int> rows;
    for (std::size_t i = 0; i < m_inputs.size(); ++i)
        if (!m_inputs[i].empty())
            rows.push_back(static_cast<int>(i));
    return rows;
}

std::vector<DeliveryLineDraft> LinesTableModel::drafts() const {
    std::vector<DeliveryLineDraft> out;
    for (int row : draftRows()) {
        const Input& in = m_inputs[static_cast<std::size_t>(row)];
        out.push_back(
            {fromQ(in.shipper.trimmed()), fromQ(in.good.trimmed()), canonicalNumber(in.quantity),
             in.unitPrice.trimmed().isEmpty() ? std::string() : canonicalNumber(in.unitPrice)});
    }
    return out;
}

void LinesTableModel::removeLine(int row) {
    if (row < 0 || row >= static_cast<int>(m_inputs.size()))
        return;
    beginRemoveRows({}, row, row);
    m_inputs.erase(m_inputs.begin() + row);
    m_outcomes.erase(m_outcomes.begin() + row);
    endRemoveRows();
    emit edited();
}

void LinesTableModel::setPreview(const ExchangePreview& preview) {
    m_unit = toQ(preview.unit);
    m_digits = preview.digits;
    m_outcomes.assign(m_inputs.size() + 1, {});
    m_problemTexts.clear();
    const std::vector<int> rows = draftRows();
    for (const DeliveryLine& line : preview.lines) {
        const auto n = static_cast<std::size_t>(line.lineNo);
        if (n >= 1 && n <= rows.size())
            m_outcomes[static_cast<std::size_t>(rows[n - 1])].line = line;
    }
    for (const ProtocolLineCheck& c : preview.protocolChecks) {
        const auto n = static_cast<std::size_t>(c.lineNo);
        if (n >= 1 && n <= rows.size())
            m_outcomes[static_cast<std::size_t>(rows[n - 1])].protocol.push_back(c);
    }
    for (const Problem& p : preview.problems) {
        const auto at = lineField(p.field);
        if (!at)
            continue;
        m_problemTexts << toQ(p.field) + QStringLiteral(": ") + toQ(p.message);
        const auto n = static_cast<std::size_t>(at->first);
        if (n >= 1 && n <= rows.size()) {
            QString& text = m_outcomes[static_cast<std::size_t>(rows[n - 1])].problems[at->second];
            text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + toQ(p.message);
        }
    }
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int LinesTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_inputs.size()) + 1;
}

int LinesTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags LinesTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (index.column()) {
    case Shipper:
    case Good:
    case Quantity:
    case UnitPrice:
        f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

QVariant LinesTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount() ||
        index.column() >= ColumnCount)
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const bool isInput = row < m_inputs.size();
    const Input in = isInput ? m_inputs[row] : Input{};
    const Outcome& out = m_outcomes.size() > row ? m_outcomes[row] : Outcome{};
    const auto column = static_cast<Column>(index.column());
    const auto problem = out.problems.find(column);
    const bool hasProblem = problem != out.problems.end();
    const auto good = m_goods.constFind(in.good.trimmed());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Shipper:
            return in.shipper;
        case Good:
            return good != m_goods.cend() ? in.good + QStringLiteral(" — ") + toQ(good->name)
                                          : in.good;
        case Quantity:
            return in.quantity;
        case Unit:
            return good != m_goods.cend() ? toQ(good->measure) : QString();
        case UnitPrice:
            if (!in.unitPrice.isEmpty())
                return in.unitPrice;
            return out.line ? displayDecimal(out.line->unitPrice.trimmed(m_digits)) : QString();
        case Value:
            return out.line ? displayAmount(out.line->value, m_unit) : QString();
        case Screening:
            if (out.problems.count(Screening))
                return tr("refused");
            return out.line && out.line->screening ? verdictText(*out.line->screening) : QString();
        case Protocol:
            return protocolText(out.protocol);
        case ColumnCount:
            return {};
        }
        return {};
    case Qt::EditRole:
        switch (column) {
        case Shipper:
            return in.shipper;
        case Good:
            return in.good;
        case Quantity:
            return in.quantity;
        case UnitPrice:
            return in.unitPrice;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        switch (column) {
        case Quantity:
        case UnitPrice:
        case Value:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ForegroundRole:
        if (column == UnitPrice && in.unitPrice.isEmpty()) // the price list's, not typed
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (column == Screening && out.problems.count(Screening))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (column == Protocol && pastProtocol(out.protocol)) // past the plan: a warning
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        return {};
    case Qt::BackgroundRole:
        return hasProblem ? QVariant(QBrush(QColor(0xff, 0xe0, 0xe0))) : QVariant();
    case Qt::ToolTipRole:
        if (hasProblem)
            return problem->second;
        if (column == UnitPrice && in.unitPrice.isEmpty() && out.line)
            return tr("From the price list; type a price to override it (a reason is asked)");
        if (column == Screening && out.line && out.line->screening)
            return toQ(out.line->screening->decidedBy);
        if (column == Protocol && !out.protocol.empty())
            return tr("What the protocols in force on the date leave of this good for this "
                      "shipper, before this line");
        if (column == Good && isInput && good == m_goods.cend() && !in.good.isEmpty())
            return tr("No good with this code");
        return {};
    case ProblemRole:
        return hasProblem ? problem->second : QString();
    case UnderlyingDataRole:
        if (column == Value && out.line)
            return toQ(out.line->value.toString());
        return data(index, Qt::EditRole);
    default:
        return {};
    }
}

bool LinesTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const auto row = static_cast<std::size_t>(index.row());
    const QString text = value.toString().trimmed();
    if (row == m_inputs.size()) {
        if (text.isEmpty())
            return false;
        // Typing into the empty last row makes it a line and adds a new empty row below.
        beginInsertRows({}, rowCount(), rowCount());
        m_inputs.push_back({});
        m_outcomes.resize(m_inputs.size() + 1);
        endInsertRows();
    }
    Input& in = m_inputs[row];
    switch (index.column()) {
    case Shipper:
        in.shipper = text;
        break;
    case Good:
        in.good = text;
        break;
    case Quantity:
        in.quantity = text;
        break;
    case UnitPrice:
        in.unitPrice = text;
        break;
    default:
        return false;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit edited();
    return true;
}

QVariant LinesTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        if (role != Qt::DisplayRole)
            return {};
        if (section >= static_cast<int>(m_inputs.size()))
            return QStringLiteral("*");
        // Numbered as the core numbers them ("line 2: …"): emptied rows are not lines.
        if (m_inputs[static_cast<std::size_t>(section)].empty())
            return QString();
        int number = 0;
        for (int r = 0; r <= section; ++r)
            number += m_inputs[static_cast<std::size_t>(r)].empty() ? 0 : 1;
        return QString::number(number);
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == Quantity || section == UnitPrice || section == Value)
                                       ? Qt::AlignRight | Qt::AlignVCenter
                                       : Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Shipper:
        return tr("Shipper");
    case Good:
        return tr("Good");
    case Quantity:
        return tr("Quantity");
    case Unit:
        return tr("Unit");
    case UnitPrice:
        return tr("Unit price");
    case Value:
        return tr("Value");
    case Screening:
        return tr("Screening");
    case Protocol:
        return tr("Protocol");
    default:
        return {};
    }
}

} // namespace barter::ui
