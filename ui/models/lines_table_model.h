// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The delivery lines of an exchange being entered: what the clerk typed (shipper, good,
// quantity, optional unit price) and, from the core's preview, each line's unit, price in
// force, value, screening verdict and problems. There is always one empty row at the end:
// typing into it starts the next line. Empty rows are not part of the draft.

#include "book/book.h"

#include <QAbstractTableModel>
#include <QHash>

#include <map>
#include <vector>

namespace barter::ui {

class LinesTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Shipper,
        Good,
        Quantity,
        Unit,
        UnitPrice,
        Value,
        Screening,
        Protocol, // what remains of the protocols in force before the line (DESIGN.md §11)
        ColumnCount
    };
    enum Role { UnderlyingDataRole = Qt::UserRole, ProblemRole };
    struct Input {
        QString shipper, good, quantity, unitPrice;
        bool empty() const {
            return shipper.isEmpty() && good.isEmpty() && quantity.isEmpty() && unitPrice.isEmpty();
        }
    };

    explicit LinesTableModel(QObject* parent = nullptr);

    void setGoods(const std::vector<barter::Good>& goods);
    void setInputs(std::vector<Input> inputs);
    const std::vector<Input>& inputs() const { return m_inputs; }
    // The lines as the core reads them, and the model row of each.
    std::vector<DeliveryLineDraft> drafts() const;
    void removeLine(int row);
    // Values, verdicts and problems from the core; problems are "line N: field" with N the
    // 1-based position in drafts().
    void setPreview(const ExchangePreview& preview);
    // The problems of lines, each as "line N: field: message".
    QStringList problems() const { return m_problemTexts; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void edited();

private:
    struct Outcome {
        std::optional<DeliveryLine> line;
        std::vector<ProtocolLineCheck> protocol;
        std::map<int, QString> problems; // by column
    };
    std::vector<int> draftRows() const;

    std::vector<Input> m_inputs;
    std::vector<Outcome> m_outcomes; // by model row
    QHash<QString, barter::Good> m_goods;
    QString m_unit; // of account
    int m_digits = 2;
    QStringList m_problemTexts;
};

} // namespace barter::ui
