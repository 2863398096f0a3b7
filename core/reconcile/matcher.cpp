// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <tuple>

namespace barter::reconcile {

namespace {

struct Group {
    std::vector<const Line*> ours, theirs;
};

bool withinDays(const Line& a, const Line& b, int toleranceDays) {
    return std::abs(a.date.days() - b.date.days()) <= toleranceDays;
}

Category classify(const Line& ours, const Line& theirs, int toleranceDays) {
    if (ours.quantity != theirs.quantity)
        return Category::QuantityDiffers;
    if (ours.value != theirs.value)
        return Category::ValueDiffers;
    if (!withinDays(ours, theirs, toleranceDays))
        return Category::DateDiffers;
    return Category::Matched;
}

Item makeItem(const Line* ours, const Line* theirs, int toleranceDays, int digits) {
    const Line& any = ours != nullptr ? *ours : *theirs;
    Item item;
    item.reference = any.reference;
    item.shipper = any.shipper;
    item.good = any.good;
    Decimal difference = Decimal::fromInt(0);
    if (ours != nullptr) {
        item.ours = Figures{ours->date, ours->quantity, ours->value};
        item.ourSeq = ours->seq;
        item.ourLine = ours->line;
        difference += signedValue(*ours);
    }
    if (theirs != nullptr) {
        item.theirs = Figures{theirs->date, theirs->quantity, theirs->value};
        item.theirLine = theirs->line;
        difference -= signedValue(*theirs);
    }
    item.difference = difference.rescaled(digits);
    item.category = ours == nullptr     ? Category::MissingOurs
                    : theirs == nullptr ? Category::MissingTheirs
                                        : classify(*ours, *theirs, toleranceDays);
    return item;
}

// Pairs within one key: each pass takes, for every unpaired line of ours in order, the first
// unpaired line of theirs that `fits`.
template <typename Fits>
void pairWhere(Group& g, std::vector<bool>& ourUsed, std::vector<bool>& theirUsed,
               std::vector<std::pair<const Line*, const Line*>>& pairs, Fits fits) {
    for (std::size_t i = 0; i < g.ours.size(); ++i) {
        if (ourUsed[i])
            continue;
        for (std::size_t j = 0; j < g.theirs.size(); ++j)
            if (!theirUsed[j] && fits(*g.ours[i], *g.theirs[j])) {
                ourUsed[i] = theirUsed[j] = true;
                pairs.emplace_back(g.ours[i], g.theirs[j]);
                break;
            }
    }
}

} // namespace

std::string_view toString(Category category) {
    switch (category) {
    case Category::Matched:
        return "matched";
    case Category::QuantityDiffers:
        return "quantity_differs";
    case Category::ValueDiffers:
        return "value_differs";
    case Category::DateDiffers:
        return "date_differs";
    case Category::MissingOurs:
        return "missing_ours";
    case Category::MissingTheirs:
        return "missing_theirs";
    }
    return "unknown";
}

std::optional<Category> parseCategory(std::string_view text) {
    for (Category c : kCategories)
        if (toString(c) == text)
            return c;
    return std::nullopt;
}

Decimal signedValue(const Line& line) {
    return line.side == Side::A ? line.value : -line.value;
}

std::vector<Line> withoutCancellingPairs(std::vector<Line> lines) {
    using Key = std::tuple<std::string_view, std::string_view, std::string_view>;
    std::map<Key, std::vector<std::size_t>> positives;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (lines[i].quantity.sign() > 0)
            positives[{lines[i].reference, lines[i].shipper, lines[i].good}].push_back(i);
    std::vector<bool> drop(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line& storno = lines[i];
        if (storno.quantity.sign() >= 0)
            continue;
        auto group = positives.find({storno.reference, storno.shipper, storno.good});
        if (group == positives.end())
            continue;
        for (std::size_t j : group->second)
            if (!drop[j] && lines[j].quantity == -storno.quantity &&
                lines[j].value == -storno.value) {
                drop[i] = drop[j] = true;
                break;
            }
    }
    std::vector<Line> kept;
    kept.reserve(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (!drop[i])
            kept.push_back(std::move(lines[i]));
    return kept;
}

std::vector<Item> match(const std::vector<Line>& ours, const std::vector<Line>& theirs,
                        int toleranceDays, int digits) {
    using Key = std::tuple<std::string_view, std::string_view, std::string_view>;
    std::map<Key, Group> groups;
    for (const Line& l : ours)
        groups[{l.reference, l.shipper, l.good}].ours.push_back(&l);
    for (const Line& l : theirs)
        groups[{l.reference, l.shipper, l.good}].theirs.push_back(&l);

    auto inOrder = [](const Line* a, const Line* b) {
        return std::tie(a->date, a->seq, a->line) < std::tie(b->date, b->seq, b->line);
    };
    std::vector<Item> items;
    items.reserve(std::max(ours.size(), theirs.size()));
    for (auto& [key, g] : groups) {
        std::stable_sort(g.ours.begin(), g.ours.end(), inOrder);
        std::stable_sort(g.theirs.begin(), g.theirs.end(), inOrder);
        std::vector<bool> ourUsed(g.ours.size()), theirUsed(g.theirs.size());
        std::vector<std::pair<const Line*, const Line*>> pairs;
        pairWhere(g, ourUsed, theirUsed, pairs, [&](const Line& o, const Line& t) {
            return classify(o, t, toleranceDays) == Category::Matched;
        });
        pairWhere(g, ourUsed, theirUsed, pairs,
                  [](const Line& o, const Line& t) { return o.quantity == t.quantity; });
        pairWhere(g, ourUsed, theirUsed, pairs, [](const Line&, const Line&) { return true; });
        for (const auto& [o, t] : pairs)
            items.push_back(makeItem(o, t, toleranceDays, digits));
        for (std::size_t i = 0; i < g.ours.size(); ++i)
            if (!ourUsed[i])
                items.push_back(makeItem(g.ours[i], nullptr, toleranceDays, digits));
        for (std::size_t j = 0; j < g.theirs.size(); ++j)
            if (!theirUsed[j])
                items.push_back(makeItem(nullptr, g.theirs[j], toleranceDays, digits));
    }
    // Within one key, the pairs and our unpaired lines come before their unpaired ones.
    using Order = std::tuple<Date, const std::string&, const std::string&, const std::string&, bool,
                             std::int64_t, long, long>;
    auto order = [](const Item& i) {
        return Order(i.ours ? i.ours->date : i.theirs->date, i.reference, i.shipper, i.good,
                     !i.ours, i.ourSeq, i.ourLine, i.theirLine);
    };
    std::sort(items.begin(), items.end(),
              [&](const Item& a, const Item& b) { return order(a) < order(b); });
    int number = 0;
    for (Item& item : items)
        item.number = ++number;
    return items;
}

} // namespace barter::reconcile
