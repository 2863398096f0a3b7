// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo_book.h"

#include "../book/book.h"
#include "demo_data.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace barter::demo {

namespace {

// splitmix64: small, fast and the same on every platform, so the book is the same every run.
class Random {
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }

private:
    std::uint64_t m_state;
};

struct DemoGood {
    const char* code;
    const char* name;
    const char* hs;
    const char* unit;
    int decimals;
    const char* basePrice; // CU per unit in January 2020
    char exporter;         // 'A' Russia, 'B' North Korea
};

// Goods that are not under UN sanctions, with real HS headings.
constexpr std::array<DemoGood, 60> kGoods = {{
    {"WHEAT", "Wheat, milling grade", "100199", "t", 3, "210.00", 'A'},
    {"FLOUR-WHEAT", "Wheat flour", "110100", "t", 3, "320.00", 'A'},
    {"BARLEY", "Barley", "100390", "t", 3, "180.00", 'A'},
    {"MAIZE-SEED", "Maize seed for sowing", "100510", "t", 3, "900.00", 'A'},
    {"BUCKWHEAT", "Buckwheat", "100810", "t", 3, "450.00", 'A'},
    {"RICE", "Rice, milled", "100630", "t", 3, "520.00", 'A'},
    {"SOYBEANS", "Soya beans", "120190", "t", 3, "410.00", 'A'},
    {"SUNFLOWER-OIL", "Sunflower-seed oil, refined", "151219", "t", 3, "980.00", 'A'},
    {"SUGAR", "Cane or beet sugar", "170199", "t", 3, "390.00", 'A'},
    {"SALT", "Salt", "250100", "t", 3, "60.00", 'A'},
    {"PASTA", "Pasta, uncooked", "190219", "t", 3, "780.00", 'A'},
    {"MILK-POWDER", "Milk powder", "040210", "t", 3, "2600.00", 'A'},
    {"BUTTER", "Butter", "040510", "t", 3, "4300.00", 'A'},
    {"CHEESE", "Cheese", "040690", "t", 3, "4100.00", 'A'},
    {"BABY-FOOD", "Food preparations for infants", "190110", "t", 3, "5200.00", 'A'},
    {"CHICKEN", "Chicken, frozen", "020714", "t", 3, "1700.00", 'A'},
    {"PORK", "Pork, frozen", "020329", "t", 3, "2300.00", 'A'},
    {"BEEF", "Beef, frozen", "020230", "t", 3, "3600.00", 'A'},
    {"POLLOCK", "Alaska pollock, frozen", "030367", "t", 3, "1100.00", 'A'},
    {"CANNED-FISH", "Canned fish", "160415", "t", 3, "2400.00", 'A'},
    {"EGGS", "Hen eggs", "040721", "pcs", 0, "0.09", 'A'},
    {"POTATOES", "Seed potatoes", "070110", "t", 3, "260.00", 'A'},
    {"APPLES", "Apples", "080810", "t", 3, "700.00", 'A'},
    {"TEA", "Black tea", "090230", "kg", 3, "4.20", 'A'},
    {"VEG-SEEDS", "Vegetable seeds for sowing", "120991", "kg", 3, "38.00", 'A'},
    {"FERTILIZER-N", "Nitrogen fertiliser (urea)", "310210", "t", 3, "290.00", 'A'},
    {"FERTILIZER-K", "Potassium chloride fertiliser", "310420", "t", 3, "250.00", 'A'},
    {"MEDICINES", "Medicaments, packaged", "300490", "kg", 3, "85.00", 'A'},
    {"INSULIN", "Insulin preparations", "300431", "kg", 3, "2600.00", 'A'},
    {"VACCINES", "Vaccines for human medicine", "300241", "kg", 3, "3100.00", 'A'},
    {"SYRINGES", "Syringes", "901831", "pcs", 0, "0.12", 'A'},
    {"GLOVES-MED", "Surgical gloves", "401511", "pair", 0, "0.08", 'A'},
    {"BANDAGES", "Bandages and dressings", "300590", "kg", 3, "9.50", 'A'},
    {"SOAP", "Toilet soap", "340111", "kg", 3, "1.90", 'A'},
    {"DETERGENT", "Washing preparations", "340220", "kg", 3, "1.40", 'A'},
    {"TOOTHPASTE", "Toothpaste", "330610", "kg", 3, "4.80", 'A'},
    {"NOTEBOOKS", "School exercise books", "482020", "pcs", 0, "0.35", 'A'},
    {"PENCILS", "Pencils", "960910", "pcs", 0, "0.06", 'A'},
    {"TEXTBOOKS", "Printed textbooks", "490199", "pcs", 0, "3.10", 'A'},
    {"NEWSPRINT", "Newsprint in rolls", "480100", "t", 3, "520.00", 'A'},
    {"CEMENT", "Portland cement", "252329", "t", 3, "75.00", 'A'},
    {"WINDOW-GLASS", "Float glass", "700529", "m2", 2, "6.50", 'A'},
    {"BLANKETS", "Blankets of synthetic fibres", "630140", "pcs", 0, "6.50", 'A'},
    {"DIESEL", "Gas oil (diesel fuel)", "271019", "t", 3, "640.00", 'A'},
    {"TYRES-BIKE", "Bicycle tyres", "401150", "pcs", 0, "4.10", 'A'},
    {"MATCHES", "Safety matches", "360500", "kg", 3, "2.20", 'A'},
    {"CANDLES", "Candles", "340600", "kg", 3, "2.60", 'A'},
    {"HONEY-RU", "Natural honey", "040900", "kg", 3, "5.10", 'A'},
    {"SOJU", "Soju (spirits)", "220890", "l", 2, "3.40", 'B'},
    {"BEER", "Taedonggang beer", "220300", "l", 2, "1.10", 'B'},
    {"MINERAL-WATER", "Mineral water", "220110", "l", 2, "0.45", 'B'},
    {"GINSENG-LIQUOR", "Ginseng liquor", "220870", "l", 2, "12.50", 'B'},
    {"CIGARETTES", "Cigarettes", "240220", "pcs", 0, "0.04", 'B'},
    {"COSMETICS", "Skin-care preparations", "330499", "kg", 3, "38.00", 'B'},
    {"KORYO-MEDICINE", "Koryo herbal medicaments", "300490", "kg", 3, "64.00", 'B'},
    {"HONEY-KP", "Wild honey", "040900", "kg", 3, "7.80", 'B'},
    {"PAINTINGS", "Paintings, hand-made", "970110", "pcs", 0, "850.00", 'B'},
    {"CERAMICS", "Ceramic tableware", "691200", "pcs", 0, "14.00", 'B'},
    {"INSTRUMENTS", "String musical instruments", "920290", "pcs", 0, "210.00", 'B'},
    {"STAMPS", "Postage stamps, unused", "490700", "pcs", 0, "0.70", 'B'},
}};

constexpr const char* kAgreement = "RU-KP-2020";
const std::vector<DemoUser> kUsers = {{"admin", "admin", "demo-admin-pass"},
                                      {"manager", "manager", "demo-manager-pass"},
                                      {"clerk", "clerk", "demo-clerk-pass"},
                                      {"auditor", "auditor", "demo-auditor-pass"}};

struct PlannedExchange {
    Date date;
    char shipper;
    std::vector<std::size_t> goods;
};

} // namespace

DemoSummary createDemoBook(const std::string& path, Date today) {
    // January 2020 through the month before today's (at least one year).
    const int months =
        std::max(12, (today.year() - 2020) * 12 + static_cast<int>(today.month()) - 1);
    const int lastYear = 2020 + (months - 1) / 12;
    DemoSummary summary;
    summary.users = kUsers;
    summary.agreement = kAgreement;
    std::string clock = "2020-01-01T09:00:00Z";
    Book book = Book::create(path, kUsers[0].name, kUsers[0].password);
    book.setClock([&clock] { return clock; });
    Session admin = book.login(kUsers[0].name, kUsers[0].password);
    for (std::size_t i = 1; i < kUsers.size(); ++i)
        book.users().addUser(admin, kUsers[i].name, kUsers[i].role, kUsers[i].password);
    Session manager = book.login("manager", kUsers[1].password);
    Session clerk = book.login("clerk", kUsers[2].password);

    Transaction all(book.database()); // one commit for the whole demo
    Random random(20190425);          // the day of the Vladivostok summit
    book.masterData().addParty(
        manager, {"RU-PRIMORYE", "Primorye Foreign Trade Company", "ВЭО «Приморье»", "RU"});
    book.masterData().addParty(
        manager, {"KP-RUNGRA", "Rungra General Trading Corporation", "릉라무역총회사", "KP"});
    book.masterData().addUnit(manager, {"CU", "Clearing unit", "2"});
    for (const DemoGood& g : kGoods)
        book.masterData().addGood(manager,
                                  {g.code, g.name, g.hs, g.unit, std::to_string(g.decimals)});
    book.masterData().addAgreement(
        manager, {kAgreement, "RU-PRIMORYE", "KP-RUNGRA", "CU", "2500000.00", "80", "2020-01-01",
                  std::to_string(std::max(today.year(), lastYear)) + "-12-31"});
    // The files imported below are written to a folder of this run's own.
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() /
        ("barter-demo-" + std::to_string(::getpid()) + "-" + std::to_string(random.next()));
    std::filesystem::create_directories(dir);
    struct RemoveDir {
        std::filesystem::path path;
        ~RemoveDir() {
            std::error_code ec;
            std::filesystem::remove_all(path, ec);
        }
    } cleanup{dir};
    // The sample UN list and the fictional exemptions; every delivery below passes them.
    {
        const std::string restrictions = (dir / "restrictions-un-dprk.csv").string();
        const std::string exemptions = (dir / "exemptions-demo.csv").string();
        std::ofstream(restrictions, std::ios::binary) << kRestrictionsCsv;
        std::ofstream(exemptions, std::ios::binary) << kExemptionsCsv;
        book.compliance().importRestrictions(manager, restrictions, "UN-DPRK", "2024-1");
        book.compliance().importExemptions(manager, exemptions);
    }
    book.compliance().setConversion(manager, "DIESEL", "bbl", "7.46");

    // Monthly repricing: each price drifts by -2.0 % .. +2.5 % a month.
    std::vector<Decimal> price;
    for (const DemoGood& g : kGoods)
        price.push_back(*Decimal::parse(g.basePrice));
    for (int month = 0; month < months; ++month) {
        const Date first(2020 + month / 12, static_cast<unsigned>(month % 12 + 1), 1);
        clock = first.toString() + "T08:00:00Z";
        for (std::size_t i = 0; i < kGoods.size(); ++i) {
            if (month > 0) {
                Decimal factor(Int128(1000 + random.below(46) - 20), 3);
                price[i] = Decimal::multiply(price[i], factor, 2);
            }
            book.masterData().setPrice(
                manager, {kAgreement, kGoods[i].code, price[i].toString(), first.toString()});
        }
    }

    // Deliveries: each month about a dozen exchanges each way; the debtor ships more while
    // the balance leans its way, which keeps it inside the swing limit as real managers do.
    std::vector<std::size_t> russian, korean;
    for (std::size_t i = 0; i < kGoods.size(); ++i)
        (kGoods[i].exporter == 'A' ? russian : korean).push_back(i);
    Decimal balance = Decimal::fromInt(0);
    std::int64_t serial = 0;
    Random planning(20190426); // the protocols' own, so that the deliveries stay as they were
    for (int month = 0; month < months; ++month) {
        const Date first(2020 + month / 12, static_cast<unsigned>(month % 12 + 1), 1);
        if (month % 12 == 0) {
            // Each year's protocol, agreed in January: ten goods each way, in quantities at the
            // prices the deliveries below aim at.
            std::string csv = "shipper,good,planned_quantity,planned_value\n";
            for (const auto* pool : {&russian, &korean}) {
                std::vector<std::size_t> goods = *pool;
                for (std::size_t k = 0; k < 10 && k < goods.size(); ++k) {
                    std::swap(goods[k], goods[k + static_cast<std::size_t>(planning.below(
                                                      static_cast<int>(goods.size() - k)))]);
                    const DemoGood& good = kGoods[goods[k]];
                    // A side ships about 17 million CU a year, spread over its goods; each plan
                    // is 80 .. 125 % of a good's share, so some run ahead and some behind.
                    const auto share = static_cast<std::int64_t>(17000000 / pool->size());
                    const Decimal value =
                        Decimal::fromInt((share * (80 + planning.below(46)) / 100) / 10000 * 10000);
                    const Decimal quantity =
                        Decimal::divide(value, price[goods[k]], std::min(good.decimals, 1));
                    csv +=
                        fmt::format("{},{},{},{}\n", pool == &russian ? "RU-PRIMORYE" : "KP-RUNGRA",
                                    good.code, quantity.toString(), value.toString(2));
                }
            }
            const std::string file =
                (dir / ("protocol-" + std::to_string(first.year()) + ".csv")).string();
            std::ofstream(file, std::ios::binary) << csv;
            clock = first.toString() + "T08:30:00Z";
            book.protocols().importProtocol(manager, kAgreement, file, std::to_string(first.year()),
                                            first.toString(),
                                            std::to_string(first.year()) + "-12-31", false);
        }
        const int days = static_cast<int>(first.endOfMonth().day());
        std::vector<PlannedExchange> plan;
        const int count = 22 + random.below(9);
        for (int k = 0; k < count; ++k) {
            PlannedExchange p;
            p.date = first.plusDays(random.below(days));
            const int leanToKorea = balance > Decimal::fromInt(600000)    ? 70
                                    : balance < Decimal::fromInt(-600000) ? 30
                                                                          : 50;
            p.shipper = random.below(100) < leanToKorea ? 'B' : 'A';
            const auto& pool = p.shipper == 'A' ? russian : korean;
            const int lines = 1 + (random.below(10) < 3 ? 1 + random.below(3) : 0);
            for (int l = 0; l < lines; ++l) {
                std::size_t g =
                    pool[static_cast<std::size_t>(random.below(static_cast<int>(pool.size())))];
                if (std::find(p.goods.begin(), p.goods.end(), g) == p.goods.end())
                    p.goods.push_back(g);
            }
            plan.push_back(std::move(p));
        }
        std::stable_sort(plan.begin(), plan.end(),
                         [](const auto& x, const auto& y) { return x.date < y.date; });
        for (const PlannedExchange& p : plan) {
            ExchangeDraft d;
            d.agreement = kAgreement;
            d.date = p.date.toString();
            d.reference =
                fmt::format("{}-{}-{:04}", p.shipper == 'A' ? "RU" : "KP", p.date.year(), ++serial);
            d.memo = p.shipper == 'A' ? "via Khasan–Rajin rail crossing" : "via Rajin port";
            for (std::size_t g : p.goods) {
                const DemoGood& good = kGoods[g];
                // Aim each line at 20,000 .. 140,000 CU.
                Decimal target = Decimal::fromInt(20000 + 1000 * random.below(121));
                Decimal quantity = Decimal::divide(target, price[g], good.decimals > 0 ? 1 : 0);
                if (quantity.sign() <= 0)
                    quantity = Decimal::fromInt(1);
                d.lines.push_back({p.shipper == 'A' ? "RU-PRIMORYE" : "KP-RUNGRA",
                                   good.code,
                                   quantity.toString(),
                                   {},
                                   0});
            }
            // Now and then a price agreed on the spot, with its reason.
            if (serial % 97 == 0) {
                d.lines.front().unitPrice =
                    Decimal::multiply(price[p.goods.front()], Decimal(Int128(95), 2), 2).toString();
                d.priceReason = "5% discount agreed for damaged packaging (protocol of acceptance)";
            }
            clock =
                p.date.toString() + fmt::format("T{:02}:{:02}:00Z", 9 + serial % 8, serial % 60);
            PostResult r;
            try {
                r = book.journal().post(clerk, d);
            } catch (const InvalidInput& e) {
                // The swing limit or screening (an exemption used up) refused it: the clerk holds
                // this shipment back.
                const std::string& field = e.problems().front().field;
                if (field == "swing" || field.ends_with("screening"))
                    continue;
                throw;
            }
            balance = r.balanceAfter;
            summary.exchanges++;
            summary.lines += static_cast<std::int64_t>(r.exchange.lines.size());
            // One mistake, caught and reversed by the manager a few days later.
            if (serial == 457) {
                clock = p.date.plusDays(3).toString() + "T15:30:00Z";
                PostResult rev = book.journal().reverse(
                    manager, r.exchange.seq,
                    "entered twice: the same wagons were recorded under " + d.reference,
                    p.date.plusDays(3).toString());
                balance = rev.balanceAfter;
                summary.exchanges++;
                summary.lines += static_cast<std::int64_t>(rev.exchange.lines.size());
            }
        }
    }
    all.commit();
    return summary;
}

} // namespace barter::demo
