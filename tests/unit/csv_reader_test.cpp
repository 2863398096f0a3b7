// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csv_reader.h"
#include "io/text.h"

#include <gtest/gtest.h>

#include <sstream>

namespace barter {
namespace {

using Fields = std::vector<std::string>;

// Reads every data record of `text`, as (line, fields) pairs.
std::vector<CsvRecord> readAll(const std::string& text) {
    std::istringstream in(text);
    CsvReader reader(in, "input.csv");
    reader.header();
    std::vector<CsvRecord> records;
    CsvRecord record;
    while (reader.next(record))
        records.push_back(record);
    return records;
}

// The single problem thrown while reading `text` to its end.
Problem problemIn(const std::string& text) {
    try {
        readAll(text);
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.source(), "input.csv");
        EXPECT_EQ(error.problems().size(), 1u);
        return error.problems().front();
    }
    ADD_FAILURE() << "no InvalidInput for: " << text;
    return {};
}

TEST(CsvReaderTest, ReadsHeaderAndRecords) {
    std::istringstream in("code,name\nA1,Wheat\nB2,Oil\n");
    CsvReader reader(in, "goods.csv");
    EXPECT_EQ(reader.header(), (Fields{"code", "name"}));
    EXPECT_EQ(reader.column("name"), 1u);
    EXPECT_EQ(reader.column("Name"), std::nullopt);
    CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.line, 2);
    EXPECT_EQ(record.fields, (Fields{"A1", "Wheat"}));
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.line, 3);
    EXPECT_EQ(record.fields, (Fields{"B2", "Oil"}));
    EXPECT_FALSE(reader.next(record));
    EXPECT_FALSE(reader.next(record));
}

TEST(CsvReaderTest, NextReadsTheHeaderFirst) {
    std::istringstream in("a\nx\n");
    CsvReader reader(in, "in.csv");
    CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.fields, (Fields{"x"}));
    EXPECT_EQ(reader.header(), (Fields{"a"}));
}

TEST(CsvReaderTest, SkipsByteOrderMarkAndTrimsColumnNames) {
    std::istringstream in("\xEF\xBB\xBF code , name\nA,B\n");
    CsvReader reader(in, "in.csv");
    EXPECT_EQ(reader.header(), (Fields{"code", "name"}));
    EXPECT_EQ(reader.column("code"), 0u);
}

TEST(CsvReaderTest, CrLfAndFinalLineWithoutNewline) {
    const auto records = readAll("a,b\r\n1,2\r\n3,4");
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].fields, (Fields{"1", "2"}));
    EXPECT_EQ(records[1].line, 3);
    EXPECT_EQ(records[1].fields, (Fields{"3", "4"}));
}

TEST(CsvReaderTest, SkipsEmptyLinesAndKeepsLineNumbers) {
    const auto records = readAll("a,b\n\n1,2\r\n\r\n\n3,4\n\n");
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].line, 3);
    EXPECT_EQ(records[1].line, 6);
}

TEST(CsvReaderTest, EmptyFieldsAndTrailingComma) {
    const auto records = readAll("a,b,c\n,,\n1,,\n\"\",x,\n");
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[0].fields, (Fields{"", "", ""}));
    EXPECT_EQ(records[1].fields, (Fields{"1", "", ""}));
    EXPECT_EQ(records[2].fields, (Fields{"", "x", ""}));
}

TEST(CsvReaderTest, QuotedFieldsWithEscapesCommasAndNewlines) {
    const auto records = readAll("name,memo\n"
                                 "\"Smith, J.\",\"said \"\"hi\"\"\"\n"
                                 "\"two\nlines\",\"three\r\nlines\nhere\"\n"
                                 "after,\" spaced \"\n");
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[0].line, 2);
    EXPECT_EQ(records[0].fields, (Fields{"Smith, J.", "said \"hi\""}));
    EXPECT_EQ(records[1].line, 3);
    EXPECT_EQ(records[1].fields, (Fields{"two\nlines", "three\r\nlines\nhere"}));
    EXPECT_EQ(records[2].line, 7);
    EXPECT_EQ(records[2].fields, (Fields{"after", " spaced "}));
}

TEST(CsvReaderTest, KeepsUtf8AndUnquotedSpaces) {
    const auto records = readAll("name\n Пшеница \n밀\n");
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].fields, (Fields{" Пшеница "}));
    EXPECT_EQ(records[1].fields, (Fields{"밀"}));
}

TEST(CsvReaderTest, ReadsAcrossBufferBoundaries) {
    // Records longer than the reader's 1 MiB buffer, with quotes and newlines on both sides of
    // every boundary, must come out intact.
    std::string text = "id,memo\n";
    const std::string memo = std::string(700000, 'x') + "\"\"\n,y";
    for (int index = 0; index < 6; ++index)
        text += std::to_string(index) + ",\"" + memo + "\"\r\n";
    const auto records = readAll(text);
    ASSERT_EQ(records.size(), 6u);
    for (std::size_t index = 0; index < records.size(); ++index) {
        EXPECT_EQ(records[index].line, static_cast<long>(2 + 2 * index));
        EXPECT_EQ(records[index].fields[0], std::to_string(index));
        EXPECT_EQ(records[index].fields[1], std::string(700000, 'x') + "\"\n,y");
    }
}

TEST(CsvReaderTest, EmptyInputHasNoHeader) {
    for (const std::string text : {"", "\xEF\xBB\xBF", "\n\r\n"}) {
        std::istringstream in(text);
        CsvReader reader(in, "empty.csv");
        try {
            reader.header();
            ADD_FAILURE() << "no error for an empty file";
        } catch (const InvalidInput& error) {
            EXPECT_EQ(error.source(), "empty.csv");
            ASSERT_EQ(error.problems().size(), 1u);
            EXPECT_EQ(error.problems()[0].field, "header");
            EXPECT_EQ(error.problems()[0].line, 1);
        }
    }
}

TEST(CsvReaderTest, RejectsEmptyAndDuplicateColumnNames) {
    std::istringstream in("code, ,name,code\n1,2,3,4\n");
    CsvReader reader(in, "in.csv");
    try {
        reader.header();
        ADD_FAILURE() << "no error";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.problems(),
                  (std::vector<Problem>{{"header", "column 2 has an empty name", 1},
                                        {"header", "duplicate column name \"code\"", 1}}));
    }
    // Asking again must not take the data row for a header.
    EXPECT_THROW(reader.header(), InvalidInput);
}

// Regression (found by fuzz_csv_reader): a header row of invalid UTF-8 was refused once, but
// the problem was thrown by the record check before header() could remember it, so asking again,
// or calling next() after catching it, read the first data row ("A,B" here) as the header.
TEST(CsvReaderTest, HeaderOfInvalidUtf8StaysRejected) {
    std::istringstream in("o\x97\nA,B\n1,2\n");
    CsvReader reader(in, "in.csv");
    std::vector<Problem> first;
    try {
        reader.header();
        ADD_FAILURE() << "no error";
    } catch (const InvalidInput& error) {
        first = error.problems();
    }
    EXPECT_EQ(first, (std::vector<Problem>{
                         {"header", "invalid UTF-8 (the file must be saved as UTF-8)", 1}}));
    try {
        reader.header();
        ADD_FAILURE() << "the first data row became the header";
    } catch (const InvalidInput& error) {
        EXPECT_EQ(error.problems(), first);
    }
    CsvRecord record;
    EXPECT_THROW(reader.next(record), InvalidInput);
}

// The same for a quote out of place in the header row: the reader has ended, and the header is
// still the one refused.
TEST(CsvReaderTest, HeaderWithABrokenQuoteStaysRejected) {
    std::istringstream in("co\"de\nA,B\n");
    CsvReader reader(in, "in.csv");
    EXPECT_THROW(reader.header(), InvalidInput);
    try {
        reader.header();
        ADD_FAILURE() << "no error";
    } catch (const InvalidInput& error) {
        ASSERT_EQ(error.problems().size(), 1u);
        EXPECT_EQ(error.problems()[0].field, "header");
        EXPECT_NE(error.problems()[0].message.find("quote"), std::string::npos);
    }
}

// However little is read at a time, the records are the same: a byte-order mark, CRLF, quotes
// doubled inside a field and a field spanning lines all fall across reads of 4 bytes.
TEST(CsvReaderTest, ASmallBufferReadsTheSame) {
    const std::string bom = "\xEF\xBB\xBF";
    const std::string text = bom + "code,name\r\nA1,\"Wheat, \"\"soft\"\"\"\r\n\r\n"
                                   "B2,\"Пшеница\r\n밀\"\r\nC3,\"\"\n";
    for (std::size_t size : {std::size_t{1}, CsvReader::kMinBufferSize, std::size_t{5},
                             std::size_t{7}, CsvReader::kDefaultBufferSize}) {
        std::istringstream in(text);
        CsvReader reader(in, "in.csv", size);
        EXPECT_EQ(reader.header(), (Fields{"code", "name"})) << size;
        std::vector<std::pair<long, Fields>> records;
        CsvRecord record;
        while (reader.next(record))
            records.emplace_back(record.line, record.fields);
        EXPECT_EQ(records, (std::vector<std::pair<long, Fields>>{{2, {"A1", "Wheat, \"soft\""}},
                                                                 {4, {"B2", "Пшеница\r\n밀"}},
                                                                 {6, {"C3", ""}}}))
            << size;
    }
}

TEST(CsvReaderTest, ColumnNamesAreCaseSensitive) {
    std::istringstream in("Code,code\n");
    CsvReader reader(in, "in.csv");
    EXPECT_EQ(reader.header().size(), 2u);
    EXPECT_EQ(reader.column("code"), 1u);
}

TEST(CsvReaderTest, CheckColumns) {
    std::istringstream in("name,code,colour\n");
    CsvReader reader(in, "goods.csv");
    reader.header();
    EXPECT_EQ(reader.checkColumns({"code", "name", "hs_code", "unit"}, {"decimals"}),
              (std::vector<Problem>{
                  {"hs_code", "required column is missing", 1},
                  {"unit", "required column is missing", 1},
                  {"colour",
                   "unknown column (expected one of: code, name, hs_code, unit, decimals)", 1}}));
    EXPECT_TRUE(reader.checkColumns({"code"}, {"name", "colour"}).empty());
}

TEST(CsvReaderTest, UnterminatedQuotedFieldNamesTheLineItOpens) {
    EXPECT_EQ(problemIn("a,b\n1,2\n3,\"open\nstill\nopen\n"),
              (Problem{"b", "unterminated quoted field", 3}));
}

TEST(CsvReaderTest, QuoteInsideUnquotedField) {
    const Problem problem = problemIn("a,b\n1,2\n\"x\ny\",4\n5,ab\"c\n");
    EXPECT_EQ(problem.field, "b");
    EXPECT_EQ(problem.line, 5);
    EXPECT_NE(problem.message.find("quote inside an unquoted field"), std::string::npos);
}

TEST(CsvReaderTest, CharactersAfterClosingQuote) {
    EXPECT_EQ(problemIn("a,b\n\"multi\r\nline\",2\n\"x\"y,2\n"),
              (Problem{"a", "unexpected character after a closing quote", 4}));
    EXPECT_EQ(problemIn("a,b\n1,\"x\" \n").line, 2);
}

TEST(CsvReaderTest, BareCarriageReturn) {
    const Problem problem = problemIn("a,b\n1,2\r3,4\n");
    EXPECT_EQ(problem.line, 2);
    EXPECT_NE(problem.message.find("carriage return"), std::string::npos);
}

TEST(CsvReaderTest, InvalidUtf8NamesTheLineOfTheBadByte) {
    EXPECT_EQ(problemIn("a,b\n1,2\n\"x\ny\xFF\",2\n"),
              (Problem{"a", "invalid UTF-8 (the file must be saved as UTF-8)", 4}));
    // Windows-1251 "Пшеница" and overlong / surrogate forms.
    EXPECT_EQ(problemIn("a\n\xCF\xF8\xE5\xED\xE8\xF6\xE0\n").line, 2);
    EXPECT_EQ(problemIn("a\n\xC0\xAF\n").line, 2);
    EXPECT_EQ(problemIn("a\n\xED\xA0\x80\n").line, 2);
    EXPECT_EQ(problemIn("a\nok\n\xE2\x82\n").line, 3);
}

TEST(CsvReaderTest, InvalidUtf8InHeader) {
    std::istringstream in("co\xFF"
                          "de\n");
    CsvReader reader(in, "in.csv");
    try {
        reader.header();
        ADD_FAILURE() << "no error";
    } catch (const InvalidInput& error) {
        ASSERT_EQ(error.problems().size(), 1u);
        EXPECT_EQ(error.problems()[0].field, "header");
        EXPECT_EQ(error.problems()[0].line, 1);
    }
}

TEST(CsvReaderTest, WrongFieldCount) {
    EXPECT_EQ(problemIn("a,b,c,d,e\n1,2,3,4,5\n1,2,3,4\n"),
              (Problem{"", "expected 5 fields, found 4", 3}));
    EXPECT_EQ(problemIn("a,b\n\"1\n\",2,3\n").message, "expected 2 fields, found 3");
}

TEST(CsvReaderTest, CanContinueAfterAWrongRecord) {
    std::istringstream in("a,b\n1\n2,3\n4,\xFF\n5,6\n");
    CsvReader reader(in, "in.csv");
    CsvRecord record;
    std::vector<long> badLines;
    std::vector<long> goodLines;
    for (;;) {
        try {
            if (!reader.next(record))
                break;
            goodLines.push_back(record.line);
        } catch (const InvalidInput& error) {
            badLines.push_back(error.problems().front().line);
        }
    }
    EXPECT_EQ(badLines, (std::vector<long>{2, 4}));
    EXPECT_EQ(goodLines, (std::vector<long>{3, 5}));
}

TEST(CsvReaderTest, StopsAfterASyntaxError) {
    std::istringstream in("a\n\"x\"y\nz\n");
    CsvReader reader(in, "in.csv");
    CsvRecord record;
    EXPECT_THROW(reader.next(record), InvalidInput);
    EXPECT_FALSE(reader.next(record));
}

TEST(TextTest, Trim) {
    EXPECT_EQ(trim("  a b\t "), "a b");
    EXPECT_EQ(trim("   "), "");
    EXPECT_EQ(trim(""), "");
}

TEST(TextTest, FirstInvalidUtf8) {
    EXPECT_EQ(firstInvalidUtf8("plain"), 5u);
    EXPECT_EQ(firstInvalidUtf8("Пшеница 밀 \xF0\x9F\x8C\xBE"), 23u);
    EXPECT_EQ(firstInvalidUtf8("ab\x80"), 2u);
    EXPECT_EQ(firstInvalidUtf8("\xF4\x90\x80\x80"), 0u);
    EXPECT_EQ(firstInvalidUtf8("a\xE0\x80\xAF"), 1u);
}

} // namespace
} // namespace barter
