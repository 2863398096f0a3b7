// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Aligned plain-text tables for the CLI's `--format table`. Widths are terminal columns, so
// Cyrillic names count one column a letter and Hangul or CJK names two.

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace barter::cli {

enum class Align { Left, Right };

// Terminal columns `text` takes: one per code point, two for East Asian wide characters
// (Hangul, CJK, fullwidth forms), none for combining marks. A byte that is not valid UTF-8
// counts one.
std::size_t displayWidth(std::string_view text);

class TextTable {
public:
    void addColumn(std::string title, Align align = Align::Left);
    // A row of at most as many cells as there are columns (missing cells are empty); more
    // cells throw std::logic_error. Control characters (a memo's newline) print as spaces.
    void addRow(std::vector<std::string> cells);
    // A rule line, e.g. before a totals row.
    void addSeparator();

    // The header, a rule of '-' under each column, then the rows; columns are separated by two
    // spaces and no line ends in a space. Prints nothing when there are no columns.
    void print(std::ostream& out) const;

private:
    struct Column {
        std::string title;
        Align align = Align::Left;
    };
    struct Row {
        bool isSeparator = false;
        std::vector<std::string> cells;
    };

    void printCells(std::ostream& out, const std::vector<std::string>& cells,
                    const std::vector<std::size_t>& widths) const;

    std::vector<Column> m_columns;
    std::vector<Row> m_rows;
};

} // namespace barter::cli
