// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconciliation.h"

namespace barter::reconcile {

std::string_view toString(ResolutionKind kind) {
    switch (kind) {
    case ResolutionKind::Correction:
        return "correction";
    case ResolutionKind::Reversal:
        return "reversal";
    case ResolutionKind::Note:
        return "note";
    }
    return "unknown";
}

std::optional<ResolutionKind> parseResolutionKind(std::string_view text) {
    for (ResolutionKind k :
         {ResolutionKind::Correction, ResolutionKind::Reversal, ResolutionKind::Note})
        if (toString(k) == text)
            return k;
    return std::nullopt;
}

bool correctable(const Item& item) {
    return item.category == Category::MissingOurs || (item.category == Category::QuantityDiffers &&
                                                      item.theirs->quantity > item.ours->quantity);
}

Decimal Reconciliation::explained() const {
    Decimal sum = Decimal::fromInt(0).rescaled(digits);
    for (const Item& item : items)
        sum += item.difference;
    return sum;
}

std::map<Category, std::int64_t> Reconciliation::counts() const {
    std::map<Category, std::int64_t> counts;
    for (Category c : kCategories)
        counts[c] = 0;
    for (const Item& item : items)
        ++counts[item.category];
    return counts;
}

const Resolution* Reconciliation::resolutionOf(int item) const {
    const Resolution* latest = nullptr;
    for (const Resolution& r : resolutions)
        if (r.item == item)
            latest = &r;
    return latest;
}

std::int64_t Reconciliation::unresolved() const {
    std::int64_t n = 0;
    for (const Item& item : items)
        if (item.category != Category::Matched && resolutionOf(item.number) == nullptr)
            ++n;
    return n;
}

} // namespace barter::reconcile
