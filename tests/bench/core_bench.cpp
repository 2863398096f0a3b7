// SPDX-License-Identifier: GPL-3.0-or-later
// Core benchmarks (DESIGN.md §9): Decimal arithmetic, posting one exchange, importing
// deliveries, and the reports on a book of BARTER_BENCH_LINES delivery lines (default
// 100,000). Books live in a temporary directory that is removed at exit. These print figures;
// they assert nothing and are not CTest tests. Run: build/tests/bench/barter_bench
#include "book/book.h"
#include "decimal/decimal.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using barter::Book;
using barter::Date;
using barter::Decimal;
using barter::Int128;
using barter::Session;

namespace {

constexpr const char* kPassword = "bench-password-123";
constexpr const char* kAgreement = "BENCH";
constexpr const char* kPartyA = "RU-PRIMORYE";
constexpr const char* kPartyB = "KP-RUNGRA";

// ---------------------------------------------------------------- temp dirs and books

class TempDir {
public:
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "barter-bench-XXXXXX").string();
        if (mkdtemp(pattern.data()) == nullptr) {
            std::perror("mkdtemp");
            std::exit(1);
        }
        m_path = pattern;
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const fs::path& path() const { return m_path; }
    std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    fs::path m_path;
};

// A fresh book with a manager session, the two parties, the unit and agreement BENCH (no swing).
struct BenchBook {
    Book book;
    Session manager;
};

BenchBook makeBook(const std::string& path) {
    Book book = Book::create(path, "admin", kPassword);
    {
        Session admin = book.login("admin", kPassword);
        book.users().addUser(admin, "manager", "manager", kPassword);
    }
    Session manager = book.login("manager", kPassword);
    book.masterData().addParty(manager, {kPartyA, "Primorye Trading House", "", "RU"});
    book.masterData().addParty(manager, {kPartyB, "Rungra General Trading", "", "KP"});
    book.masterData().addUnit(manager, {"CU", "Clearing unit", "2"});
    book.masterData().addAgreement(manager, {kAgreement, kPartyA, kPartyB, "CU", "", "", "", ""});
    return BenchBook{std::move(book), std::move(manager)};
}

// ---------------------------------------------------------------- generated import files
// Same shape as gen_deliveries.py (60 goods, monthly prices 2020-01..2024-12, deliveries over
// 2020..2024 sorted by date, ~20% of exchanges with 2-3 lines), from a fixed-seed generator.

struct Generator {
    std::mt19937_64 rng{20240601};
    std::uint64_t below(std::uint64_t n) { return rng() % n; }
};

constexpr std::array<const char*, 4> kMeasures = {"t", "kg", "l", "pcs"};
constexpr std::array<int, 4> kDecimals = {3, 2, 1, 0};
constexpr std::array<std::uint64_t, 4> kLargest = {500, 20000, 50000, 5000};

std::string scaled(std::uint64_t value, int decimals) {
    std::string digits = std::to_string(value);
    if (decimals == 0)
        return digits;
    const auto d = static_cast<std::size_t>(decimals);
    if (digits.size() <= d)
        digits.insert(0, d + 1 - digits.size(), '0');
    digits.insert(digits.size() - d, ".");
    return digits;
}

void writeGoodsAndPrices(const TempDir& dir, Generator& g) {
    std::ofstream goods(dir.file("goods.csv"));
    std::ofstream prices(dir.file("prices.csv"));
    goods << "code,name,hs_code,unit,decimals\n";
    prices << "good,effective_from,unit_price\n";
    char code[8];
    char month[16];
    for (int i = 0; i < 60; ++i) {
        std::snprintf(code, sizeof code, "G%03d", i + 1);
        const auto m = static_cast<std::size_t>(i % 4);
        goods << code << ",Good " << (i + 1) << ',' << (100000 + g.below(900000)) << ','
              << kMeasures[m] << ',' << kDecimals[m] << '\n';
        std::uint64_t price = 10000 + g.below(10000000); // 1 .. 1000 CU at 4 decimals
        for (int year = 2020; year <= 2024; ++year)
            for (int mon = 1; mon <= 12; ++mon) {
                std::snprintf(month, sizeof month, "%04d-%02d-01", year, mon);
                price = price + price / 100 - price * g.below(3) / 100; // a gentle walk
                prices << code << ',' << month << ',' << scaled(price, 4) << '\n';
            }
    }
}

void writeDeliveries(const std::string& file, Generator& g, long lines) {
    // Exchange sizes, then sorted dates, then the lines.
    std::vector<int> sizes;
    for (long total = 0; total < lines;) {
        int n = g.below(5) == 0 ? 2 + static_cast<int>(g.below(2)) : 1;
        n = static_cast<int>(std::min<long>(n, lines - total));
        sizes.push_back(n);
        total += n;
    }
    const int first = Date(2020, 1, 1).days();
    const int span = Date(2024, 12, 31).days() - first + 1;
    std::vector<int> days(sizes.size());
    for (int& d : days)
        d = first + static_cast<int>(g.below(static_cast<std::uint64_t>(span)));
    std::sort(days.begin(), days.end());
    std::ofstream out(file);
    out << "date,reference,shipper,good,quantity\n";
    char code[8];
    char ref[24];
    long line = 0;
    for (std::size_t e = 0; e < sizes.size(); ++e) {
        const std::string date = Date::fromDays(days[e]).toString();
        std::snprintf(ref, sizeof ref, "DLV-%07zu", e + 1);
        for (int i = 0; i < sizes[e]; ++i, ++line) {
            const auto good = static_cast<int>(g.below(60));
            const auto m = static_cast<std::size_t>(good % 4);
            std::snprintf(code, sizeof code, "G%03d", good + 1);
            std::uint64_t scale = 1;
            for (int k = 0; k < kDecimals[m]; ++k)
                scale *= 10;
            const std::uint64_t q = 1 + g.below(kLargest[m] * scale);
            out << date << ',' << ref << ',' << (line % 2 == 0 ? kPartyA : kPartyB) << ',' << code
                << ',' << scaled(q, kDecimals[m]) << '\n';
        }
    }
}

long benchLines() {
    if (const char* text = std::getenv("BARTER_BENCH_LINES"))
        return std::max(1L, std::strtol(text, nullptr, 10));
    return 100000;
}

// The shared report book: built once, on first use, by importing generated files.
struct ReportBook {
    TempDir dir;
    std::optional<BenchBook> book;
    long lines = 0;
    double importSeconds = 0;
};

ReportBook& reportBook() {
    static ReportBook* shared = [] {
        auto* r = new ReportBook;
        r->lines = benchLines();
        Generator g;
        writeGoodsAndPrices(r->dir, g);
        writeDeliveries(r->dir.file("deliveries.csv"), g, r->lines);
        r->book.emplace(makeBook(r->dir.file("report.barter")));
        BenchBook& b = *r->book;
        b.book.masterData().importGoods(b.manager, r->dir.file("goods.csv"));
        b.book.masterData().importPrices(b.manager, r->dir.file("prices.csv"), kAgreement);
        const auto start = std::chrono::steady_clock::now();
        barter::ImportResult result =
            b.book.journal().importDeliveries(b.manager, r->dir.file("deliveries.csv"), kAgreement);
        r->importSeconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::cerr << "report book: " << result.lines << " lines, " << result.created
                  << " exchanges imported in " << r->importSeconds << " s\n";
        std::atexit([] { delete shared; });
        return r;
    }();
    return *shared;
}

// ---------------------------------------------------------------- Decimal

void BM_DecimalParse(benchmark::State& state) {
    const std::array<std::string, 4> texts = {"12345.6789", "-0.5", "1000000", "3.141592"};
    std::size_t i = 0;
    for (auto _ : state) {
        auto d = Decimal::parse(texts[i++ & 3], 6);
        benchmark::DoNotOptimize(d);
    }
}
BENCHMARK(BM_DecimalParse);

void BM_DecimalToString(benchmark::State& state) {
    const Decimal d(Int128(-12345678901234), 4);
    for (auto _ : state) {
        std::string text = d.toString();
        benchmark::DoNotOptimize(text);
    }
}
BENCHMARK(BM_DecimalToString);

void BM_DecimalMultiplyRounded(benchmark::State& state) {
    const Decimal quantity(Int128(123456), 3);  // 123.456 t
    const Decimal price(Int128(2966633700), 6); // 2966.6337 CU/t
    for (auto _ : state) {
        Decimal value = Decimal::multiply(quantity, price, 2);
        benchmark::DoNotOptimize(value);
    }
}
BENCHMARK(BM_DecimalMultiplyRounded);

void BM_DecimalAdd(benchmark::State& state) {
    const Decimal a(Int128(123456789), 2);
    const Decimal b(Int128(-987654321), 4);
    Decimal sum;
    for (auto _ : state) {
        sum = a + b;
        benchmark::DoNotOptimize(sum);
    }
}
BENCHMARK(BM_DecimalAdd);

// ---------------------------------------------------------------- posting and importing

void BM_BookPost(benchmark::State& state) {
    TempDir dir;
    BenchBook b = makeBook(dir.file("post.barter"));
    b.book.masterData().addGood(b.manager, {"G001", "Coal", "270119", "t", "3"});
    b.book.masterData().setPrice(b.manager, {kAgreement, "G001", "87.5", "2020-01-01"});
    barter::ExchangeDraft draft;
    draft.agreement = kAgreement;
    draft.date = "2024-06-15";
    draft.lines.push_back({kPartyA, "G001", "12.5", "", 0});
    std::int64_t n = 0;
    for (auto _ : state) {
        draft.reference = "P-" + std::to_string(++n);
        draft.lines[0].shipper = (n % 2 == 0) ? kPartyA : kPartyB;
        barter::PostResult r = b.book.journal().post(b.manager, draft);
        benchmark::DoNotOptimize(r);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_BookPost)->Unit(benchmark::kMicrosecond);

// A fresh book per iteration (created outside the timing); the import is what is timed.
void BM_ImportDeliveries(benchmark::State& state) {
    const long lines = state.range(0);
    TempDir dir;
    Generator g;
    writeGoodsAndPrices(dir, g);
    writeDeliveries(dir.file("deliveries.csv"), g, lines);
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        std::optional<BenchBook> b;
        b.emplace(makeBook(dir.file("import-" + std::to_string(++round) + ".barter")));
        b->book.masterData().importGoods(b->manager, dir.file("goods.csv"));
        b->book.masterData().importPrices(b->manager, dir.file("prices.csv"), kAgreement);
        state.ResumeTiming();
        barter::ImportResult r =
            b->book.journal().importDeliveries(b->manager, dir.file("deliveries.csv"), kAgreement);
        benchmark::DoNotOptimize(r);
        state.PauseTiming();
        b.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * lines);
}
BENCHMARK(BM_ImportDeliveries)->Arg(10000)->Iterations(3)->Unit(benchmark::kMillisecond);

// ---------------------------------------------------------------- reports on the shared book

void BM_BalancesAtDate(benchmark::State& state) {
    ReportBook& r = reportBook();
    const Date at(2022, 6, 30);
    for (auto _ : state) {
        auto rows = r.book->book.reporting().balances(r.book->manager, kAgreement, at);
        benchmark::DoNotOptimize(rows);
    }
    state.counters["book_lines"] = static_cast<double>(r.lines);
}
BENCHMARK(BM_BalancesAtDate)->Unit(benchmark::kMicrosecond);

void BM_BalancesLatest(benchmark::State& state) {
    ReportBook& r = reportBook();
    for (auto _ : state) {
        auto rows = r.book->book.reporting().balances(r.book->manager, kAgreement, std::nullopt);
        benchmark::DoNotOptimize(rows);
    }
    state.counters["book_lines"] = static_cast<double>(r.lines);
}
BENCHMARK(BM_BalancesLatest)->Unit(benchmark::kMicrosecond);

void BM_TurnoverByGood(benchmark::State& state) {
    ReportBook& r = reportBook();
    std::size_t rows = 0;
    for (auto _ : state) {
        auto t = r.book->book.reporting().turnoverByGood(r.book->manager, kAgreement, std::nullopt,
                                                         std::nullopt);
        rows = t.size();
        benchmark::DoNotOptimize(t);
    }
    state.counters["rows"] = static_cast<double>(rows);
    state.counters["book_lines"] = static_cast<double>(r.lines);
}
BENCHMARK(BM_TurnoverByGood)->Unit(benchmark::kMillisecond);

void BM_StatementOneMonth(benchmark::State& state) {
    ReportBook& r = reportBook();
    std::size_t lines = 0;
    for (auto _ : state) {
        auto st = r.book->book.reporting().statement(r.book->manager, kAgreement, Date(2024, 6, 1),
                                                     Date(2024, 6, 30));
        lines = st.lines.size();
        benchmark::DoNotOptimize(st);
    }
    state.counters["statement_lines"] = static_cast<double>(lines);
    state.counters["book_lines"] = static_cast<double>(r.lines);
}
BENCHMARK(BM_StatementOneMonth)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
