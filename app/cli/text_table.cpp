// SPDX-License-Identifier: GPL-3.0-or-later
#include "text_table.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <utility>

namespace barter::cli {

namespace {

struct Range {
    char32_t first;
    char32_t last;
};

// East Asian Wide and Fullwidth blocks (Unicode UAX #11), coarse but enough for names.
constexpr std::array kWideRanges{
    Range{0x1100, 0x115F},   // Hangul Jamo initial consonants
    Range{0x2E80, 0x303E},   // CJK radicals, punctuation
    Range{0x3041, 0x33FF},   // kana, Hangul compatibility Jamo, CJK compatibility
    Range{0x3400, 0x4DBF},   // CJK extension A
    Range{0x4E00, 0x9FFF},   // CJK unified ideographs
    Range{0xA000, 0xA4CF},   // Yi
    Range{0xA960, 0xA97F},   // Hangul Jamo extended A
    Range{0xAC00, 0xD7A3},   // Hangul syllables
    Range{0xF900, 0xFAFF},   // CJK compatibility ideographs
    Range{0xFE30, 0xFE4F},   // CJK compatibility forms
    Range{0xFF00, 0xFF60},   // fullwidth forms
    Range{0xFFE0, 0xFFE6},   // fullwidth signs
    Range{0x1F300, 0x1F64F}, // pictographs, emoticons
    Range{0x1F900, 0x1F9FF}, // supplemental pictographs
    Range{0x20000, 0x3FFFD}, // CJK extensions B and later
};

// Marks drawn over the previous character, and invisible format characters.
constexpr std::array kZeroWidthRanges{
    Range{0x0300, 0x036F}, // combining diacritical marks
    Range{0x1160, 0x11FF}, // Hangul Jamo vowels and finals join the initial consonant
    Range{0x1AB0, 0x1AFF}, Range{0x1DC0, 0x1DFF}, Range{0x200B, 0x200F}, Range{0x20D0, 0x20FF},
    Range{0xFE00, 0xFE0F}, Range{0xFE20, 0xFE2F}, Range{0xFEFF, 0xFEFF},
};

template <std::size_t Size>
bool inRanges(const std::array<Range, Size>& ranges, char32_t codePoint) {
    return std::any_of(ranges.begin(), ranges.end(), [codePoint](const Range& range) {
        return codePoint >= range.first && codePoint <= range.last;
    });
}

// Decodes the code point at `position` and advances past it; a malformed sequence yields its
// first byte as is, so the width stays defined for any bytes.
char32_t decodeNext(std::string_view text, std::size_t& position) {
    const auto lead = static_cast<unsigned char>(text[position]);
    std::size_t length = 1;
    char32_t codePoint = lead;
    if (lead >= 0xC0 && lead < 0xE0) {
        length = 2;
        codePoint = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead < 0xF0) {
        length = 3;
        codePoint = lead & 0x0Fu;
    } else if (lead >= 0xF0 && lead < 0xF8) {
        length = 4;
        codePoint = lead & 0x07u;
    }
    if (length == 1 || text.size() - position < length) {
        ++position;
        return lead;
    }
    for (std::size_t index = 1; index < length; ++index) {
        const auto next = static_cast<unsigned char>(text[position + index]);
        if ((next & 0xC0u) != 0x80u) {
            ++position;
            return lead;
        }
        codePoint = (codePoint << 6) | (next & 0x3Fu);
    }
    position += length;
    return codePoint;
}

std::string withoutControls(std::string text) {
    std::replace_if(
        text.begin(), text.end(),
        [](char c) {
            const auto byte = static_cast<unsigned char>(c);
            return byte < 0x20 || byte == 0x7F;
        },
        ' ');
    return text;
}

void printLine(std::ostream& out, std::string& line) {
    line.erase(line.find_last_not_of(' ') + 1);
    line.push_back('\n');
    out << line;
}

} // namespace

std::size_t displayWidth(std::string_view text) {
    std::size_t width = 0;
    std::size_t position = 0;
    while (position < text.size()) {
        const char32_t codePoint = decodeNext(text, position);
        if (codePoint < 0x80)
            ++width;
        else if (inRanges(kZeroWidthRanges, codePoint))
            continue;
        else
            width += inRanges(kWideRanges, codePoint) ? 2 : 1;
    }
    return width;
}

void TextTable::addColumn(std::string title, Align align) {
    m_columns.push_back({withoutControls(std::move(title)), align});
}

void TextTable::addRow(std::vector<std::string> cells) {
    if (cells.size() > m_columns.size())
        throw std::logic_error("TextTable: a row has more cells than the table has columns");
    for (std::string& cell : cells)
        cell = withoutControls(std::move(cell));
    cells.resize(m_columns.size());
    m_rows.push_back({false, std::move(cells)});
}

void TextTable::addSeparator() {
    m_rows.push_back({true, {}});
}

void TextTable::print(std::ostream& out) const {
    if (m_columns.empty())
        return;
    std::vector<std::size_t> widths;
    std::vector<std::string> titles;
    for (const Column& column : m_columns) {
        widths.push_back(displayWidth(column.title));
        titles.push_back(column.title);
    }
    for (const Row& row : m_rows) {
        for (std::size_t index = 0; index < row.cells.size(); ++index)
            widths[index] = std::max(widths[index], displayWidth(row.cells[index]));
    }

    std::string rule;
    for (std::size_t index = 0; index < widths.size(); ++index) {
        if (index > 0)
            rule += "  ";
        rule.append(widths[index], '-');
    }

    printCells(out, titles, widths);
    std::string line = rule;
    printLine(out, line);
    for (const Row& row : m_rows) {
        if (row.isSeparator) {
            line = rule;
            printLine(out, line);
        } else {
            printCells(out, row.cells, widths);
        }
    }
}

void TextTable::printCells(std::ostream& out, const std::vector<std::string>& cells,
                           const std::vector<std::size_t>& widths) const {
    std::string line;
    for (std::size_t index = 0; index < cells.size(); ++index) {
        if (index > 0)
            line += "  ";
        const std::size_t padding = widths[index] - displayWidth(cells[index]);
        if (m_columns[index].align == Align::Right)
            line.append(padding, ' ');
        line += cells[index];
        if (m_columns[index].align == Align::Left)
            line.append(padding, ' ');
    }
    printLine(out, line);
}

} // namespace barter::cli
