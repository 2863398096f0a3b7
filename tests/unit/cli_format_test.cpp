// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/json_writer.h"
#include "cli/text_table.h"
#include "io/csv_reader.h"
#include "io/csv_writer.h"

#include <gtest/gtest.h>

#include <optional>
#include <sstream>
#include <stdexcept>

namespace barter::cli {
namespace {

TEST(JsonWriterTest, CompactObjectWithArray) {
    std::ostringstream out;
    JsonWriter json(out);
    json.beginObject().field("a", "1").key("b").beginArray().value(1).value(2).endArray();
    json.endObject();
    EXPECT_EQ(out.str(), "{\"a\":\"1\",\"b\":[1,2]}\n");
}

TEST(JsonWriterTest, EveryValueType) {
    std::ostringstream out;
    JsonWriter json(out);
    const std::string text = "s";
    json.beginObject()
        .field("view", std::string_view("v"))
        .field("string", text)
        .field("int", -42)
        .field("int64", std::int64_t{-9223372036854775807 - 1})
        .field("size", std::size_t{18446744073709551615u})
        .field("true", true)
        .field("false", false)
        .field("missing", std::optional<std::string>())
        .field("present", std::optional<std::string>("p"))
        .field("null", nullptr)
        .key("explicit")
        .null()
        .endObject();
    EXPECT_EQ(out.str(), "{\"view\":\"v\",\"string\":\"s\",\"int\":-42,"
                         "\"int64\":-9223372036854775808,\"size\":18446744073709551615,"
                         "\"true\":true,\"false\":false,\"missing\":null,\"present\":\"p\","
                         "\"null\":null,\"explicit\":null}\n");
}

TEST(JsonWriterTest, EscapesStrings) {
    std::ostringstream out;
    JsonWriter json(out);
    json.value("q\" b\\ n\n r\r t\t b\b f\f \x01\x1f\x7f / Пшеница 밀");
    EXPECT_EQ(out.str(), "\"q\\\" b\\\\ n\\n r\\r t\\t b\\b f\\f \\u0001\\u001f\x7f / "
                         "Пшеница 밀\"\n");
}

TEST(JsonWriterTest, EscapesNulAndKeys) {
    std::ostringstream out;
    JsonWriter json(out);
    json.beginObject().field(std::string_view("k\"\0", 3), std::string_view("\0", 1)).endObject();
    EXPECT_EQ(out.str(), "{\"k\\\"\\u0000\":\"\\u0000\"}\n");
}

TEST(JsonWriterTest, NestedAndEmptyContainers) {
    std::ostringstream out;
    JsonWriter json(out);
    json.beginArray().beginObject().endObject().beginArray().endArray();
    json.beginObject().key("x").beginArray().beginArray().value(true).endArray().endArray();
    json.endObject().endArray();
    EXPECT_EQ(out.str(), "[{},[],{\"x\":[[true]]}]\n");
}

TEST(JsonWriterTest, EachTopLevelValueEndsALine) {
    std::ostringstream out;
    JsonWriter json(out);
    json.beginObject().field("agreement", "A").endObject();
    json.beginObject().field("agreement", "B").endObject();
    json.value("scalar");
    EXPECT_EQ(out.str(), "{\"agreement\":\"A\"}\n{\"agreement\":\"B\"}\n\"scalar\"\n");
}

TEST(JsonWriterTest, Pretty) {
    std::ostringstream out;
    JsonWriter json(out, true);
    json.beginObject().field("a", "1").key("b").beginArray().value(1).value(2).endArray();
    json.key("c").beginObject().endObject().endObject();
    EXPECT_EQ(out.str(), "{\n"
                         "  \"a\": \"1\",\n"
                         "  \"b\": [\n"
                         "    1,\n"
                         "    2\n"
                         "  ],\n"
                         "  \"c\": {}\n"
                         "}\n");
}

TEST(JsonWriterTest, MisuseThrows) {
    std::ostringstream out;
    JsonWriter json(out);
    EXPECT_THROW(json.endObject(), std::logic_error);
    EXPECT_THROW(json.key("k"), std::logic_error);
    json.beginObject();
    EXPECT_THROW(json.value(1), std::logic_error);
    EXPECT_THROW(json.endArray(), std::logic_error);
    json.key("k");
    EXPECT_THROW(json.key("again"), std::logic_error);
    EXPECT_THROW(json.endObject(), std::logic_error);
}

std::string printed(const TextTable& table) {
    std::ostringstream out;
    table.print(out);
    return out.str();
}

TEST(DisplayWidthTest, CountsTerminalColumns) {
    EXPECT_EQ(displayWidth(""), 0u);
    EXPECT_EQ(displayWidth("Wheat"), 5u);
    EXPECT_EQ(displayWidth("Пшеница"), 7u);
    EXPECT_EQ(displayWidth("밀가루"), 6u);
    EXPECT_EQ(displayWidth("小麦"), 4u);
    EXPECT_EQ(displayWidth("ＡＢ"), 4u);
    EXPECT_EQ(displayWidth("e\xCC\x81"), 1u); // e + combining acute accent
    EXPECT_EQ(displayWidth("a\xFF"
                           "b"),
              3u);
}

TEST(TextTableTest, AlignsColumnsWithoutTrailingSpaces) {
    TextTable table;
    table.addColumn("Good");
    table.addColumn("Quantity", Align::Right);
    table.addColumn("Memo");
    table.addRow({"WHEAT", "1200.000", "first"});
    table.addRow({"OIL", "5.5", ""});
    table.addSeparator();
    table.addRow({"Total", "1205.500"});
    EXPECT_EQ(printed(table), "Good   Quantity  Memo\n"
                              "-----  --------  -----\n"
                              "WHEAT  1200.000  first\n"
                              "OIL         5.5\n"
                              "-----  --------  -----\n"
                              "Total  1205.500\n");
}

TEST(TextTableTest, CyrillicAndHangulLineUp) {
    TextTable table;
    table.addColumn("Party");
    table.addColumn("Balance", Align::Right);
    table.addRow({"Росэкспорт", "10.00"});
    table.addRow({"대한무역", "-2.50"});
    table.addRow({"ACME", "1.00"});
    EXPECT_EQ(printed(table), "Party       Balance\n"
                              "----------  -------\n"
                              "Росэкспорт    10.00\n"
                              "대한무역      -2.50\n"
                              "ACME           1.00\n");
}

TEST(TextTableTest, RightAlignedHeaderAndControlCharacters) {
    TextTable table;
    table.addColumn("N", Align::Right);
    table.addColumn("Memo");
    table.addRow({"12345", "two\nlines"});
    EXPECT_EQ(printed(table), "    N  Memo\n"
                              "-----  ---------\n"
                              "12345  two lines\n");
}

TEST(TextTableTest, TooManyCellsThrowsAndNoColumnsPrintsNothing) {
    TextTable table;
    EXPECT_EQ(printed(table), "");
    table.addColumn("A");
    EXPECT_THROW(table.addRow({"1", "2"}), std::logic_error);
}

std::string csvRow(const std::vector<std::string>& fields) {
    std::ostringstream out;
    writeCsvRow(out, fields);
    return out.str();
}

TEST(CsvWriterTest, QuotesOnlyWhenNeeded) {
    EXPECT_EQ(csvRow({"plain", "Пшеница", "1.5", ""}), "plain,Пшеница,1.5,\n");
    EXPECT_EQ(csvRow({"a,b", "say \"hi\"", "two\nlines", "cr\r"}),
              "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\"\n");
    EXPECT_EQ(csvRow({" lead", "trail ", "in side", "\ttab"}),
              "\" lead\",\"trail \",in side,\"\ttab\"\n");
    EXPECT_EQ(csvRow({"\""}), "\"\"\"\"\n");
}

// Regression (found by fuzz_csv_reader): a first field starting with U+FEFF was written bare,
// so at the start of a file CsvReader took those bytes for the byte-order mark and dropped them:
// the row read back was not the row written.
TEST(CsvWriterTest, FieldStartingWithAByteOrderMarkReadsBack) {
    const std::string bom = "\xEF\xBB\xBF";
    const std::vector<std::string> row = {bom + "code", "name"};
    EXPECT_EQ(csvRow(row), "\"" + bom + "code\",name\n");
    std::istringstream in(bom + csvRow(row) + csvRow(row));
    CsvReader reader(in, "written.csv");
    EXPECT_EQ(reader.header(), row);
    CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.fields, row);
}

TEST(CsvWriterTest, SingleEmptyFieldIsNotAnEmptyLine) {
    EXPECT_EQ(csvRow({""}), "\"\"\n");
    EXPECT_EQ(csvRow({}), "\n");
}

} // namespace
} // namespace barter::cli
