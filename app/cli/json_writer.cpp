// SPDX-License-Identifier: GPL-3.0-or-later
#include "json_writer.h"

#include <array>
#include <charconv>
#include <stdexcept>

namespace barter::cli {

namespace {

template <typename Integer> void writeInteger(std::ostream& out, Integer number) {
    std::array<char, 24> digits{};
    const auto result = std::to_chars(digits.data(), digits.data() + digits.size(), number);
    out.write(digits.data(), result.ptr - digits.data());
}

// The escape for one byte that may not appear raw in a JSON string, or empty when it may.
std::string_view shortEscape(unsigned char c) {
    switch (c) {
    case '"':
        return "\\\"";
    case '\\':
        return "\\\\";
    case '\b':
        return "\\b";
    case '\f':
        return "\\f";
    case '\n':
        return "\\n";
    case '\r':
        return "\\r";
    case '\t':
        return "\\t";
    default:
        return {};
    }
}

} // namespace

JsonWriter::JsonWriter(std::ostream& out, bool pretty) : m_out(out), m_pretty(pretty) {}

JsonWriter& JsonWriter::beginObject() {
    return open(true, '{');
}
JsonWriter& JsonWriter::endObject() {
    return close(true, '}');
}
JsonWriter& JsonWriter::beginArray() {
    return open(false, '[');
}
JsonWriter& JsonWriter::endArray() {
    return close(false, ']');
}

JsonWriter& JsonWriter::key(std::string_view name) {
    if (m_levels.empty() || !m_levels.back().isObject)
        throw std::logic_error("JsonWriter: a key outside an object");
    if (m_keyPending)
        throw std::logic_error("JsonWriter: two keys in a row");
    Level& level = m_levels.back();
    if (!level.isEmpty)
        m_out.put(',');
    level.isEmpty = false;
    if (m_pretty)
        newLine(m_levels.size());
    writeString(name);
    m_out << (m_pretty ? ": " : ":");
    m_keyPending = true;
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
    beforeValue();
    writeString(text);
    afterValue();
    return *this;
}

JsonWriter& JsonWriter::value(const char* text) {
    if (text == nullptr)
        return null();
    return value(std::string_view(text));
}

JsonWriter& JsonWriter::value(const std::string& text) {
    return value(std::string_view(text));
}

JsonWriter& JsonWriter::value(const std::optional<std::string>& text) {
    if (!text)
        return null();
    return value(std::string_view(*text));
}

JsonWriter& JsonWriter::value(std::int64_t number) {
    beforeValue();
    writeInteger(m_out, number);
    afterValue();
    return *this;
}

JsonWriter& JsonWriter::unsignedValue(std::uint64_t number) {
    beforeValue();
    writeInteger(m_out, number);
    afterValue();
    return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
    beforeValue();
    m_out << (flag ? "true" : "false");
    afterValue();
    return *this;
}

JsonWriter& JsonWriter::null() {
    beforeValue();
    m_out << "null";
    afterValue();
    return *this;
}

JsonWriter& JsonWriter::open(bool isObject, char bracket) {
    beforeValue();
    m_out.put(bracket);
    m_levels.push_back({isObject, true});
    return *this;
}

JsonWriter& JsonWriter::close(bool isObject, char bracket) {
    if (m_levels.empty() || m_levels.back().isObject != isObject)
        throw std::logic_error(isObject ? "JsonWriter: endObject() without its beginObject()"
                                        : "JsonWriter: endArray() without its beginArray()");
    if (m_keyPending)
        throw std::logic_error("JsonWriter: a key without a value");
    const bool wasEmpty = m_levels.back().isEmpty;
    m_levels.pop_back();
    if (m_pretty && !wasEmpty)
        newLine(m_levels.size());
    m_out.put(bracket);
    afterValue();
    return *this;
}

void JsonWriter::beforeValue() {
    if (m_levels.empty())
        return;
    Level& level = m_levels.back();
    if (level.isObject) {
        if (!m_keyPending)
            throw std::logic_error("JsonWriter: a value in an object needs a key");
        m_keyPending = false;
        return;
    }
    if (!level.isEmpty)
        m_out.put(',');
    level.isEmpty = false;
    if (m_pretty)
        newLine(m_levels.size());
}

void JsonWriter::afterValue() {
    if (m_levels.empty())
        m_out.put('\n');
}

void JsonWriter::newLine(std::size_t depth) {
    m_out.put('\n');
    for (std::size_t index = 0; index < depth; ++index)
        m_out << "  ";
}

void JsonWriter::writeString(std::string_view text) {
    static constexpr std::string_view kHexDigits = "0123456789abcdef";
    m_out.put('"');
    std::size_t start = 0;
    for (std::size_t index = 0; index < text.size(); ++index) {
        const auto c = static_cast<unsigned char>(text[index]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out << text.substr(start, index - start);
        start = index + 1;
        const std::string_view escape = shortEscape(c);
        if (!escape.empty()) {
            m_out << escape;
        } else {
            const std::array<char, 6> unicode{
                '\\', 'u', '0', '0', kHexDigits[c >> 4], kHexDigits[c & 0x0F]};
            m_out.write(unicode.data(), unicode.size());
        }
    }
    m_out << text.substr(start);
    m_out.put('"');
}

} // namespace barter::cli
