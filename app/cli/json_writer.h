// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A minimal streaming JSON writer (RFC 8259) for the CLI's `--format json`. Decimals are
// written by the caller as strings (DESIGN.md §6), so the writer knows only strings, integers,
// booleans and null. Misuse (a value in an object without a key, unbalanced ends) is a bug in
// the caller and throws std::logic_error.

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace barter::cli {

class JsonWriter {
public:
    // Compact output is `{"a":"1","b":[1,2]}`; pretty output indents by two spaces. Either way
    // each top-level value ends with a newline, so several values form JSON lines.
    explicit JsonWriter(std::ostream& out, bool pretty = false);

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view name);

    // Strings are written as UTF-8 unchanged, escaping only quote, backslash and control
    // characters.
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text); // nullptr writes null
    JsonWriter& value(const std::string& text);
    JsonWriter& value(const std::optional<std::string>& text); // nullopt writes null
    JsonWriter& value(std::int64_t number);
    JsonWriter& value(bool flag);
    JsonWriter& value(std::nullptr_t) { return null(); }
    JsonWriter& null();

    // Any other integer type (int, std::size_t, ...); without this an `int` would be ambiguous
    // between the int64_t and bool overloads. Characters are not numbers here.
    template <std::integral Integer>
    requires(!std::same_as<Integer, bool> && !std::same_as<Integer, char> &&
             !std::same_as<Integer, char8_t> && !std::same_as<Integer, char16_t> &&
             !std::same_as<Integer, char32_t> &&
             !std::same_as<Integer, wchar_t>) JsonWriter& value(Integer number) {
        if constexpr (std::is_signed_v<Integer>)
            return value(static_cast<std::int64_t>(number));
        else
            return unsignedValue(static_cast<std::uint64_t>(number));
    }

    // key(name) followed by value(content), for any type value() accepts.
    template <typename Value> JsonWriter& field(std::string_view name, const Value& content) {
        key(name);
        return value(content);
    }

private:
    struct Level {
        bool isObject = false;
        bool isEmpty = true;
    };

    JsonWriter& unsignedValue(std::uint64_t number);
    JsonWriter& open(bool isObject, char bracket);
    JsonWriter& close(bool isObject, char bracket);
    void beforeValue();
    void afterValue();
    void newLine(std::size_t depth);
    void writeString(std::string_view text);

    std::ostream& m_out;
    bool m_pretty;
    std::vector<Level> m_levels;
    bool m_keyPending = false;
};

} // namespace barter::cli
