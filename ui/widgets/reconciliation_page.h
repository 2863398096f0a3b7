// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reconciliation with the other side: choose the agreement and the period, load their
// statement (a preview, and a mapping editor for their codes), reconcile, and see both balances,
// the difference and the items side by side (ours | theirs | difference), filtered by category.
// A manager resolves an item by posting a correction prefilled from their figures, by reversing
// ours, or by a note; then "Close period…" shows what will be locked and closes it. Every rule
// is the core's (the book's ReconciliationService: reconcile, resolveItem, correctionDraft,
// previewClose, closePeriod).

#include "book/book.h"
#include "pdf_labels.h"

#include <QWidget>

#include <map>
#include <optional>
#include <string>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace barter::ui {

class DateField;
class TextTableModel;
class Workspace;

// How the views name a category of reconciliation items.
QString categoryText(reconcile::Category category);

class ReconciliationPage : public QWidget {
    Q_OBJECT
public:
    explicit ReconciliationPage(Workspace& workspace, QWidget* parent = nullptr);

    // Loads a statement file: its first rows in the preview, and a mapping row for every code
    // of theirs that is not ours yet.
    void setStatement(const QString& path);
    // The reconciliation shown, if any.
    const std::optional<reconcile::Reconciliation>& shown() const { return m_shown; }
    TextTableModel* items() const { return m_items; }
    QTableView* itemsView() const { return m_itemsView; }
    QTableWidget* mapping() const { return m_mapping; }
    // Selects the item with this number in the items table (a test's and a user's shortcut).
    void selectItem(int number);

public slots:
    void reloadMasterData();
    // Everything read again (another desk reconciled, resolved an item or closed a period),
    // the reconciliation shown staying shown.
    void refresh();
    void reconcileNow();
    void showSaved(std::int64_t id);
    void postCorrection();
    void reverseOurs();
    void addNote();
    void closePeriod();
    // Writes the act of the shown reconciliation (A4) in the two languages.
    void exportAct(const QString& path, pdf::Language first, pdf::Language second);

private:
    void browse();
    void findUnknownCodes();
    // The mapping typed in the editor; with `completeOnly`, the rows still waiting for our code
    // are left out (to look for more unknown codes while some are being filled in).
    reconcile::Mapping typedMapping(bool completeOnly = false) const;
    void showReconciliation(const reconcile::Reconciliation& r);
    void fillItems();
    void reloadSaved();
    const reconcile::Item* selectedItem() const;
    void resolve(int item, reconcile::ResolutionKind kind, std::optional<std::int64_t> seq,
                 const QString& note);
    void updateButtons();
    void showError(const std::exception& e);
    QString quantityText(const std::string& good, const Decimal& quantity) const;
    // A line above the tabs: an error (red) or what was done (green).
    void say(const QString& text, bool error);

    Workspace& m_workspace;
    QComboBox* m_agreement = nullptr;
    DateField* m_from = nullptr;
    DateField* m_through = nullptr;
    QSpinBox* m_tolerance = nullptr;
    QLineEdit* m_statement = nullptr;
    QString m_loadedStatement; // the file the preview and the mapping rows came from
    QPushButton* m_reconcile = nullptr;
    QComboBox* m_saved = nullptr;
    QLabel* m_error = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_summary = nullptr;
    QComboBox* m_filter = nullptr;
    TextTableModel* m_items = nullptr;
    QTableView* m_itemsView = nullptr;
    TextTableModel* m_preview = nullptr;
    QTableWidget* m_mapping = nullptr;
    QPushButton* m_correct = nullptr;
    QPushButton* m_reverse = nullptr;
    QPushButton* m_note = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_exportAct = nullptr;
    std::optional<reconcile::Reconciliation> m_shown;
    std::map<std::string, Good> m_goods; // for each quantity's unit of measure and decimals
};

} // namespace barter::ui
