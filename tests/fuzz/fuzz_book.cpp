// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzz_book.h"

#include "fuzz_file.h"
#include "fuzz_support.h"

#include "book/book.h"
#include "storage/database.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace barter::fuzz {
namespace {

constexpr const char* kAgreement = "RU-KP-2023";
constexpr const char* kList = "UN-DPRK";

constexpr std::string_view kRestrictions =
    "hs_prefix,from_country,to_country,kind,quota,quota_unit,period,source,valid_from,valid_to\n"
    "2701,KP,*,prohibited,,,,\"UNSCR 2371 (2017) para 8: coal\",2017-08-05,\n"
    "03,KP,*,prohibited,,,,\"UNSCR 2371 (2017) para 9: seafood\",2017-08-05,\n"
    "2710,*,KP,quota,500000,bbl,year,\"UNSCR 2397 (2017) para 5: refined petroleum\","
    "2018-01-01,\n"
    "2709,*,KP,quota,4000000,bbl,12m-from:04-01,\"UNSCR 2397 (2017) para 4: crude oil\","
    "2018-01-01,\n"
    "8704,*,KP,licence,,,,\"UNSCR 2397 (2017) para 7: vehicles\",2017-12-22,\n";

constexpr std::string_view kExemptions =
    "reference,hs_prefix,from_country,to_country,agreement,valid_from,valid_to,quantity,unit,"
    "source\n"
    "EX-2023-001,870410,RU,KP,RU-KP-2023,2023-01-01,2024-12-31,10,pcs,"
    "\"1718 Committee exemption (fictional): dump trucks\"\n";

// What an import may change, counted.
struct Counts {
    std::int64_t goods, prices, exchanges, lines, lists, rules, exemptions, events;
    bool operator==(const Counts&) const = default;
};

Counts count(Database& db) {
    return {db.queryInt("SELECT count(*) FROM good"),
            db.queryInt("SELECT count(*) FROM price"),
            db.queryInt("SELECT count(*) FROM exchange"),
            db.queryInt("SELECT count(*) FROM delivery_line"),
            db.queryInt("SELECT count(*) FROM restriction_list"),
            db.queryInt("SELECT count(*) FROM restriction_rule"),
            db.queryInt("SELECT count(*) FROM exemption"),
            db.queryInt("SELECT count(*) FROM audit_event")};
}

std::string describe(const Counts& c) {
    return std::to_string(c.goods) + " goods, " + std::to_string(c.prices) + " prices, " +
           std::to_string(c.exchanges) + " exchanges, " + std::to_string(c.lines) + " lines, " +
           std::to_string(c.lists) + " lists, " + std::to_string(c.rules) + " rules, " +
           std::to_string(c.exemptions) + " exemptions, " + std::to_string(c.events) + " events";
}

// The database's pages as they would be on disk (the WAL's frames applied).
std::string image(sqlite3* db) {
    sqlite3_int64 size = 0;
    std::unique_ptr<unsigned char, decltype(&sqlite3_free)> bytes(
        sqlite3_serialize(db, "main", &size, 0), &sqlite3_free);
    FUZZ_CHECK(bytes != nullptr, "sqlite3_serialize failed");
    std::string pages(reinterpret_cast<const char*>(bytes.get()), static_cast<std::size_t>(size));
    // The reserved bytes at the end of each page hold the page checksum, which only the file on
    // disk carries (SQLite's cached copy of a page does not): they are not the book's content.
    if (pages.size() >= 100) {
        const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(pages[i]); };
        std::size_t pageSize = std::size_t{byte(16)} << 8 | byte(17);
        if (pageSize == 1)
            pageSize = 65536;
        const std::size_t reserve = byte(20);
        if (pageSize >= 512 && reserve > 0 && reserve < pageSize)
            for (std::size_t end = pageSize; end <= pages.size(); end += pageSize)
                std::fill(pages.begin() + static_cast<std::ptrdiff_t>(end - reserve),
                          pages.begin() + static_cast<std::ptrdiff_t>(end), '\0');
    }
    return pages;
}

void copyDatabase(sqlite3* from, sqlite3* to) {
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    FUZZ_CHECK(backup != nullptr, std::string("backup: ") + sqlite3_errmsg(to));
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    FUZZ_CHECK(stepped == SQLITE_DONE && finished == SQLITE_OK,
               std::string("backup: ") + sqlite3_errstr(stepped));
}

class FuzzBook {
public:
    FuzzBook() : m_input(m_folder, "input.csv"), m_setup(m_folder, "setup.csv") {
        const std::string path = (m_folder.path() / "fuzz.barter").string();
        m_book.emplace(Book::create(path, "admin", "fuzz-admin-passphrase"));
        m_book->setClock([] { return std::string("2024-06-01T12:00:00Z"); });
        const Session admin = m_book->login("admin", "fuzz-admin-passphrase");
        m_book->users().addUser(admin, "manager", "manager", "fuzz-manager-passphrase");
        m_manager.emplace(m_book->login("manager", "fuzz-manager-passphrase"));
        addMasterData();
        FUZZ_CHECK(sqlite3_open(":memory:", &m_template) == SQLITE_OK, "cannot open :memory:");
        copyDatabase(m_book->database().handle(), m_template);
        m_templateImage = image(m_template);
        m_image = image(m_book->database().handle());
    }
    ~FuzzBook() {
        m_book.reset();
        sqlite3_close(m_template);
    }
    FuzzBook(const FuzzBook&) = delete;
    FuzzBook& operator=(const FuzzBook&) = delete;

    void run(ImportKind kind, std::string_view input) {
        const std::string& file = m_input.write(input);
        Database& db = m_book->database();
        const Counts before = count(db);
        std::optional<ImportResult> result;
        try {
            result = import(kind, file);
        } catch (const InvalidInput& e) {
            checkProblems(e, input);
            if (m_verbose)
                for (const Problem& p : e.problems())
                    std::fprintf(stderr, "refused: %ld: %s: %s\n", p.line, p.field.c_str(),
                                 p.message.c_str());
        }
        if (m_verbose && result)
            std::fprintf(stderr, "imported: %lld rows, %lld created, %lld lines\n",
                         static_cast<long long>(result->rows),
                         static_cast<long long>(result->created),
                         static_cast<long long>(result->lines));
        FUZZ_CHECK(!db.inTransaction(), "the import left a transaction open");
        if (!result) {
            FUZZ_CHECK(image(db.handle()) == m_image, "a refused import changed the book");
            return;
        }
        checkWritten(kind, *result, before, count(db));
        FUZZ_CHECK(db.queryText("PRAGMA integrity_check") == "ok", "integrity_check failed");
        FUZZ_CHECK(!db.prepare("PRAGMA foreign_key_check").step(), "foreign_key_check failed");
        if (kind == ImportKind::Deliveries) {
            const VerifyResult verified = m_book->integrity().verify(*m_manager);
            FUZZ_CHECK(verified.ok, "verify after the import: " + verified.problem);
        }
        // Back to the template for the next input.
        copyDatabase(m_template, db.handle());
        m_image = image(db.handle());
        FUZZ_CHECK(m_image.size() == m_templateImage.size() &&
                       std::memcmp(m_image.data() + 100, m_templateImage.data() + 100,
                                   m_image.size() - 100) == 0,
                   "the book was not restored from its template");
    }

private:
    ImportResult import(ImportKind kind, const std::string& file) {
        Book& book = *m_book;
        const Session& s = *m_manager;
        switch (kind) {
        case ImportKind::Goods:
            return book.masterData().importGoods(s, file);
        case ImportKind::Prices:
            return book.masterData().importPrices(s, file, kAgreement);
        case ImportKind::Deliveries:
            return book.journal().importDeliveries(s, file, kAgreement);
        case ImportKind::Restrictions:
            return book.compliance().importRestrictions(s, file, kList, "2024-1");
        case ImportKind::Exemptions:
            return book.compliance().importExemptions(s, file);
        }
        fail(__FILE__, __LINE__, "unknown import kind");
    }

    static void checkWritten(ImportKind kind, const ImportResult& r, Counts before,
                             const Counts& after) {
        const std::string reported = std::to_string(r.rows) + " rows, " +
                                     std::to_string(r.created) + " created, " +
                                     std::to_string(r.lines) + " lines";
        Counts expected = before;
        ++expected.events; // the import's own event
        switch (kind) {
        case ImportKind::Goods:
            FUZZ_CHECK(r.created == r.rows, reported);
            expected.goods += r.created;
            expected.events += r.created; // each good is also a "create" event
            break;
        case ImportKind::Prices:
            FUZZ_CHECK(r.created == r.rows, reported);
            // A price for a good and day already in the list replaces it (setPrice), so the
            // list grows by at most the prices written.
            FUZZ_CHECK(after.prices >= before.prices && after.prices <= before.prices + r.created,
                       reported + ", but the list went from " + std::to_string(before.prices) +
                           " to " + std::to_string(after.prices) + " prices");
            expected.prices = after.prices;
            expected.events += r.created; // each price is also a "change" event
            break;
        case ImportKind::Deliveries:
            FUZZ_CHECK(r.lines == r.rows && r.created <= r.lines, reported);
            expected.exchanges += r.created;
            expected.lines += r.lines;
            break;
        case ImportKind::Restrictions:
            FUZZ_CHECK(r.created == r.rows && r.rows > 0, reported);
            expected.lists += 1;
            expected.rules += r.created;
            break;
        case ImportKind::Exemptions:
            FUZZ_CHECK(r.created == r.rows, reported);
            expected.exemptions += r.created;
            break;
        }
        FUZZ_CHECK(after == expected, "the import wrote other than it reports (" + reported +
                                          "): " + describe(before) + " became " + describe(after));
    }

    // The master data that lets valid rows of every import be written.
    void addMasterData() {
        Book& book = *m_book;
        const Session& s = *m_manager;
        book.masterData().addParty(s, {"RU-PRIMORYE", "Primorsky Krai", "Приморский край", "RU"});
        book.masterData().addParty(s, {"KP-RUNGRA", "Rungra Trading", "릉라무역", "KP"});
        book.masterData().addParty(s, {"CN-DANDONG", "Dandong Trading", "丹东贸易", "CN"});
        book.masterData().addUnit(s, {"CU", "Clearing unit", "2"});
        book.masterData().addUnit(s, {"RUB", "Russian rouble", "0"});
        const GoodDraft goods[] = {
            {"WHEAT", "Wheat", "100199", "t", "3"},
            {"GINSENG", "Женьшень", "121120", "kg", "3"},
            {"COAL", "Anthracite", "270111", "t", "3"},
            {"POLLOCK", "명태", "030367", "kg", "3"},
            {"DIESEL", "Diesel fuel", "271019", "bbl", "3"},
            {"PETROL", "Motor petrol", "271012", "l", "0"},
            {"JET-A1", "Jet fuel", "271019", "t", "3"},
            {"CRUDE", "Crude oil", "270900", "bbl", "0"},
            {"TRUCK", "Dump truck", "870410", "pcs", "0"},
            {"BEER", "Пиво", "220300", "l", "2"},
            {"SOJU", "소주", "220890", "l", "2"},
            {"SALT", "Salt", "250100", "t", "3"},
        };
        for (const GoodDraft& g : goods)
            book.masterData().addGood(s, g);
        book.masterData().addAgreement(s, {kAgreement, "RU-PRIMORYE", "KP-RUNGRA", "CU",
                                           "250000.00", "80", "2023-01-01", "2025-12-31"});
        book.masterData().addAgreement(
            s, {"RU-CN-2023", "RU-PRIMORYE", "CN-DANDONG", "RUB", "", "", "2023-01-01", ""});
        const char* prices[][3] = {
            {"WHEAT", "210.125", "2023-01-01"},   {"WHEAT", "220", "2023-07-01"},
            {"GINSENG", "85.5", "2023-01-01"},    {"COAL", "95", "2023-01-01"},
            {"POLLOCK", "3.2", "2023-01-01"},     {"DIESEL", "110.75", "2023-01-01"},
            {"PETROL", "0.85", "2023-01-01"},     {"JET-A1", "900", "2023-01-01"},
            {"CRUDE", "75.123456", "2023-01-01"}, {"TRUCK", "45000", "2023-01-01"},
            {"BEER", "1.10", "2023-01-01"},       {"SOJU", "2.345678", "2023-01-01"},
        };
        for (const auto& p : prices)
            book.masterData().setPrice(s, {kAgreement, p[0], p[1], p[2]});
        // PETROL is counted against the quota in barrels; JET-A1 (tonnes) has no factor, so
        // screening refuses it with an error rather than a verdict.
        book.compliance().setConversion(s, "PETROL", "bbl", "0.00629");
        book.compliance().importRestrictions(s, m_setup.write(kRestrictions), kList, "2023-1");
        book.compliance().importExemptions(s, m_setup.write(kExemptions));

        ExchangeDraft first;
        first.agreement = kAgreement;
        first.date = "2023-01-10";
        first.reference = "INV-0001";
        first.lines = {{"RU-PRIMORYE", "WHEAT", "100"}, {"KP-RUNGRA", "GINSENG", "50"}};
        book.journal().post(s, first);
        // Nothing may be imported on or before the close.
        book.reconciliation().closePeriod(s, kAgreement, Date(2023, 1, 31), "16737.50");
        ExchangeDraft second;
        second.agreement = kAgreement;
        second.date = "2023-02-15";
        second.reference = "INV-0002";
        second.lines = {{"RU-PRIMORYE", "DIESEL", "1000"}, {"KP-RUNGRA", "BEER", "500"}};
        book.journal().post(s, second);
    }

    FuzzFolder m_folder;
    FuzzFile m_input, m_setup;
    std::optional<Book> m_book;
    std::optional<Session> m_manager;
    sqlite3* m_template = nullptr;
    std::string m_templateImage; // the template's pages
    std::string m_image;         // the book's pages before the next input
    // BARTER_FUZZ_VERBOSE=1: print what each input did (to check that seeds reach the rules).
    bool m_verbose = std::getenv("BARTER_FUZZ_VERBOSE") != nullptr;
};

} // namespace

int runImport(ImportKind kind, const std::uint8_t* data, std::size_t size) {
    return guarded("import", [&] {
        static FuzzBook book;
        book.run(kind, std::string_view(reinterpret_cast<const char*>(data), size));
    });
}

} // namespace barter::fuzz
