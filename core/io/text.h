// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small text helpers shared by the file formats (header-only: they are short and hot).

#include <cstddef>
#include <string>
#include <string_view>

namespace barter {

// `text` without leading and trailing spaces and tabs.
inline std::string trim(std::string_view text) {
    const auto isBlank = [](char c) { return c == ' ' || c == '\t'; };
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end && isBlank(text[begin]))
        ++begin;
    while (end > begin && isBlank(text[end - 1]))
        --end;
    return std::string(text.substr(begin, end - begin));
}

// Offset of the first byte that does not start or continue a well-formed UTF-8 sequence
// (overlong forms, surrogates and code points above U+10FFFF are ill-formed), or
// `text.size()` when the whole text is valid UTF-8.
inline std::size_t firstInvalidUtf8(std::string_view text) {
    const std::size_t size = text.size();
    std::size_t position = 0;
    while (position < size) {
        const auto lead = static_cast<unsigned char>(text[position]);
        if (lead < 0x80) {
            ++position;
            continue;
        }
        // The bounds of the second byte exclude overlong forms (E0, F0), surrogates (ED) and
        // code points above U+10FFFF (F4), as in the Unicode standard's table 3-7.
        std::size_t length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            return position;
        }
        if (size - position < length)
            return position;
        const auto second = static_cast<unsigned char>(text[position + 1]);
        if (second < low || second > high)
            return position;
        for (std::size_t index = 2; index < length; ++index) {
            const auto next = static_cast<unsigned char>(text[position + index]);
            if (next < 0x80 || next > 0xBF)
                return position;
        }
        position += length;
    }
    return size;
}

} // namespace barter
