// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_reader.h"

#include "text.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace barter {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool endsUnquotedField(char c) {
    return c == ',' || c == '\n' || c == '\r' || c == '"';
}

std::string joinNames(const std::vector<std::string>& first,
                      const std::vector<std::string>& second) {
    std::string text;
    for (const auto* names : {&first, &second}) {
        for (const std::string& name : *names) {
            if (!text.empty())
                text += ", ";
            text += name;
        }
    }
    return text;
}

bool contains(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

} // namespace

CsvReader::CsvReader(std::istream& in, std::string sourceName, std::size_t bufferSize)
    : m_in(in), m_sourceName(std::move(sourceName)),
      m_bufferSize(std::max(bufferSize, kMinBufferSize)),
      m_buffer(std::make_unique_for_overwrite<char[]>(m_bufferSize)) {}

const std::vector<std::string>& CsvReader::header() {
    if (m_headerRead)
        return m_header;
    // A rejected header has consumed its row; asking again must not promote the first data
    // row to a header.
    if (!m_headerProblems.empty())
        throw InvalidInput(m_headerProblems, m_sourceName);

    CsvRecord record;
    bool read = false;
    try {
        read = readRecord(record);
    } catch (const InvalidInput& e) {
        // Invalid UTF-8 or broken quoting in the header row rejects the header like its names
        // do: remembered, or the next call would read the first data row as the header.
        m_headerProblems = e.problems();
        throw;
    }
    if (!read) {
        m_headerProblems.push_back({"header", "the file is empty; a header row is required", 1});
        throw InvalidInput(m_headerProblems, m_sourceName);
    }
    m_headerLine = record.line;
    std::vector<std::string> names;
    names.reserve(record.fields.size());
    for (std::size_t index = 0; index < record.fields.size(); ++index) {
        std::string name = trim(record.fields[index]);
        if (name.empty()) {
            m_headerProblems.push_back(
                {"header", "column " + std::to_string(index + 1) + " has an empty name",
                 m_headerLine});
        } else if (contains(names, name)) {
            m_headerProblems.push_back(
                {"header", "duplicate column name \"" + name + "\"", m_headerLine});
        }
        names.push_back(std::move(name));
    }
    if (!m_headerProblems.empty())
        throw InvalidInput(m_headerProblems, m_sourceName);
    m_header = std::move(names);
    m_headerRead = true;
    return m_header;
}

std::optional<std::size_t> CsvReader::column(std::string_view name) const {
    const auto found = std::find(m_header.begin(), m_header.end(), name);
    if (found == m_header.end())
        return std::nullopt;
    return static_cast<std::size_t>(found - m_header.begin());
}

std::vector<Problem> CsvReader::checkColumns(const std::vector<std::string>& required,
                                             const std::vector<std::string>& optional) const {
    std::vector<Problem> problems;
    for (const std::string& name : required) {
        if (!contains(m_header, name))
            problems.push_back({name, "required column is missing", m_headerLine});
    }
    for (const std::string& name : m_header) {
        if (!contains(required, name) && !contains(optional, name)) {
            problems.push_back(
                {name, "unknown column (expected one of: " + joinNames(required, optional) + ")",
                 m_headerLine});
        }
    }
    return problems;
}

bool CsvReader::next(CsvRecord& record) {
    if (!m_headerRead)
        header();
    return readRecord(record);
}

bool CsvReader::readRecord(CsvRecord& record) {
    if (!skipEmptyLines())
        return false;
    record.line = m_line;
    std::size_t count = 0;
    for (;;) {
        // Reuse the caller's strings: their capacity carries over from the previous record.
        if (count == record.fields.size())
            record.fields.emplace_back();
        else
            record.fields[count].clear();
        if (count == m_fieldLines.size())
            m_fieldLines.push_back(m_line);
        else
            m_fieldLines[count] = m_line;
        const std::size_t index = count++;

        if (available() && m_buffer[m_position] == '"') {
            ++m_position;
            readQuoted(record.fields[index], index);
        } else {
            readUnquoted(record.fields[index], index);
        }

        if (!available())
            break;
        const char c = m_buffer[m_position];
        if (c == ',') {
            ++m_position;
            continue;
        }
        if (c == '\n' || c == '\r') {
            endOfLine();
            break;
        }
        failSyntax(columnName(index), m_line, "unexpected character after a closing quote");
    }
    record.fields.resize(count);
    checkRecord(record);
    return true;
}

bool CsvReader::skipEmptyLines() {
    while (available()) {
        const char c = m_buffer[m_position];
        if (c != '\n' && c != '\r')
            return true;
        endOfLine();
    }
    return false;
}

void CsvReader::readUnquoted(std::string& field, std::size_t index) {
    while (available()) {
        const char* begin = m_buffer.get() + m_position;
        const char* end = m_buffer.get() + m_end;
        const char* stop = std::find_if(begin, end, endsUnquotedField);
        field.append(begin, stop);
        m_position += static_cast<std::size_t>(stop - begin);
        if (stop != end) {
            if (*stop == '"')
                failSyntax(columnName(index), m_line,
                           "a quote inside an unquoted field (quote the whole field and double "
                           "the quotes inside it)");
            return;
        }
    }
}

void CsvReader::readQuoted(std::string& field, std::size_t index) {
    const long openingLine = m_line;
    for (;;) {
        if (!available())
            failSyntax(columnName(index), openingLine, "unterminated quoted field");
        const char* begin = m_buffer.get() + m_position;
        const char* end = m_buffer.get() + m_end;
        const void* quote = std::memchr(begin, '"', static_cast<std::size_t>(end - begin));
        const char* stop = quote != nullptr ? static_cast<const char*>(quote) : end;
        m_line += static_cast<long>(std::count(begin, stop, '\n'));
        field.append(begin, stop);
        m_position += static_cast<std::size_t>(stop - begin);
        if (stop == end)
            continue;
        ++m_position;
        if (!available() || m_buffer[m_position] != '"')
            return;
        field.push_back('"');
        ++m_position;
    }
}

void CsvReader::endOfLine() {
    if (m_buffer[m_position++] == '\n') {
        ++m_line;
        return;
    }
    if (available() && m_buffer[m_position] == '\n') {
        ++m_position;
        ++m_line;
        return;
    }
    // Old Mac line endings would otherwise silently turn a whole file into one record.
    failSyntax({}, m_line, "carriage return without a line feed (line endings must be LF or CRLF)");
}

bool CsvReader::available() {
    return m_position < m_end || fill();
}

bool CsvReader::fill() {
    m_position = 0;
    m_end = 0;
    if (m_finished)
        return false;
    m_in.read(m_buffer.get(), static_cast<std::streamsize>(m_bufferSize));
    m_end = static_cast<std::size_t>(m_in.gcount());
    if (m_in.bad())
        failSyntax({}, m_line, "cannot read the file");
    if (!m_started) {
        m_started = true;
        // istream::read fills the whole buffer unless the input ends, so a BOM is never split.
        if (std::string_view(m_buffer.get(), m_end).starts_with(kByteOrderMark))
            m_position = kByteOrderMark.size();
    }
    if (m_position == m_end) {
        m_finished = true;
        return false;
    }
    return true;
}

void CsvReader::checkRecord(const CsvRecord& record) const {
    std::vector<Problem> problems;
    if (m_headerRead && record.fields.size() != m_header.size()) {
        problems.push_back({{},
                            "expected " + std::to_string(m_header.size()) + " fields, found " +
                                std::to_string(record.fields.size()),
                            record.line});
    }
    for (std::size_t index = 0; index < record.fields.size(); ++index) {
        const std::string& field = record.fields[index];
        const std::size_t invalid = firstInvalidUtf8(field);
        if (invalid == field.size())
            continue;
        const auto before = std::count(field.data(), field.data() + invalid, '\n');
        problems.push_back({columnName(index), "invalid UTF-8 (the file must be saved as UTF-8)",
                            m_fieldLines[index] + static_cast<long>(before)});
    }
    if (!problems.empty())
        throw InvalidInput(std::move(problems), m_sourceName);
}

std::string CsvReader::columnName(std::size_t index) const {
    if (!m_headerRead)
        return "header";
    return index < m_header.size() ? m_header[index] : std::string();
}

void CsvReader::failSyntax(std::string field, long line, std::string message) {
    // The position inside the input is no longer trustworthy; end it.
    m_finished = true;
    m_position = 0;
    m_end = 0;
    throw InvalidInput({Problem{std::move(field), std::move(message), line}}, m_sourceName);
}

} // namespace barter
