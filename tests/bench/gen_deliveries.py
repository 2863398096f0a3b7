#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Deterministic benchmark data for Barter Ledger (DESIGN.md §9).

Writes into --out DIR:
  goods.csv       code,name,hs_code,unit,decimals            (60 goods)
  prices.csv      good,effective_from,unit_price             (one per good per month, 2020-01..2024-12)
  deliveries.csv  date,reference,shipper,good,quantity       (--lines delivery lines)
  plain.csv       the same delivery rows with quantity as an integer x 10^6 (the book's stored
                  scale), for the plain-SQLite baseline load into a STRICT table
  expected.txt    key=value facts the ledger must reproduce (exchanges, balances at dates)

Same --lines and --seed give byte-identical files. Values are computed exactly as the ledger
does: value = round-half-even(quantity x price, 2 digits), positive balance = B owes A.
"""

import argparse
import datetime
import os
import random
import sys

PARTY_A = "RU-PRIMORYE"
PARTY_B = "KP-RUNGRA"
UNIT_DIGITS = 2
PRICE_DECIMALS = 4
START = datetime.date(2020, 1, 1)
END = datetime.date(2024, 12, 31)

# unit of measure -> (quantity decimals, largest quantity, price range in 10^-4 CU)
MEASURES = {"t": (3, 500, (500_000, 50_000_000)), "kg": (2, 20000, (5_000, 500_000)),
            "l": (1, 50000, (5_000, 50_000)), "pcs": (0, 5000, (10_000, 5_000_000))}
NAMES = ["Coal", "Anthracite", "Iron ore", "Zinc concentrate", "Lead concentrate", "Graphite",
         "Magnesite", "Timber", "Sawn wood", "Fish", "Squid", "Crab", "Seaweed", "Rice", "Maize",
         "Soybeans", "Wheat flour", "Sugar", "Vegetable oil", "Diesel", "Petrol", "Lubricant",
         "Fertilizer", "Cement", "Steel rebar", "Steel sheet", "Copper wire", "Tyres", "Pumps",
         "Generators", "Textiles", "Garments", "Footwear", "Medicines", "Soap", "Paper",
         "Glass", "Bricks", "Tractor parts", "Bearings"]


def month_starts():
    for year in range(START.year, END.year + 1):
        for month in range(1, 13):
            yield datetime.date(year, month, 1)


def round_half_even(numerator, divisor):
    q, r = divmod(numerator, divisor)  # floor division, r >= 0 for divisor > 0
    twice = 2 * r
    if twice > divisor or (twice == divisor and q % 2 == 1):
        q += 1
    return q


def fmt_scaled(value, decimals):
    if decimals == 0:
        return str(value)
    sign = "-" if value < 0 else ""
    digits = str(abs(value)).rjust(decimals + 1, "0")
    return f"{sign}{digits[:-decimals]}.{digits[-decimals:]}"


def fmt_trimmed(value, decimals):
    """A scaled value as text without trailing fractional zeros (quantities, prices)."""
    text = fmt_scaled(value, decimals)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lines", type=int, default=100000, help="delivery lines (default 100000)")
    ap.add_argument("--out", required=True, help="directory to write into (created if missing)")
    ap.add_argument("--seed", type=int, default=20240601, help="random seed")
    args = ap.parse_args()
    if args.lines < 1:
        ap.error("--lines must be at least 1")
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)

    # ---- goods ----
    goods = []  # (code, measure, decimals, max quantity scaled, price range)
    measures = list(MEASURES)
    with open(os.path.join(args.out, "goods.csv"), "w", newline="") as f:
        f.write("code,name,hs_code,unit,decimals\n")
        for i in range(60):
            code = f"G{i + 1:03d}"
            measure = measures[i % len(measures)]
            decimals, largest, price_range = MEASURES[measure]
            hs = f"{rng.randrange(10, 98):02d}{rng.randrange(0, 10000):04d}"
            name = f"{NAMES[i % len(NAMES)]} grade {i // len(NAMES) + 1}"
            f.write(f"{code},{name},{hs},{measure},{decimals}\n")
            goods.append((code, measure, decimals, largest * 10 ** decimals, price_range))

    # ---- prices: one per good per month, up to 4 decimals, a gentle random walk ----
    months = list(month_starts())
    prices = {}  # good index -> list of price (scaled 10^4) per month index
    with open(os.path.join(args.out, "prices.csv"), "w", newline="") as f:
        f.write("good,effective_from,unit_price\n")
        for gi, (code, _m, _d, _l, (low, high)) in enumerate(goods):
            p = rng.randrange(low, high)
            series = []
            for m in months:
                p = max(100, p + p * rng.randrange(-300, 301) // 10000)
                series.append(p)
                f.write(f"{code},{m.isoformat()},{fmt_trimmed(p, PRICE_DECIMALS)}\n")
            prices[gi] = series

    # ---- deliveries ----
    # Exchange sizes first (80% one line, 20% two or three), then sorted random dates.
    sizes = []
    total = 0
    while total < args.lines:
        n = 1 if rng.random() < 0.8 else rng.choice((2, 3))
        n = min(n, args.lines - total)
        sizes.append(n)
        total += n
    ndays = (END - START).days + 1
    days = sorted(rng.randrange(ndays) for _ in sizes)
    day_text = [(START + datetime.timedelta(days=d)).isoformat() for d in range(ndays)]
    month_index = [((START + datetime.timedelta(days=d)).year - START.year) * 12
                   + (START + datetime.timedelta(days=d)).month - 1 for d in range(ndays)]

    balance = 0  # minor units, + = B owes A
    checkpoints = {"2022-06-30": None, "2024-05-31": None}
    checkpoint_days = sorted(((datetime.date.fromisoformat(k) - START).days, k) for k in checkpoints)
    next_cp = 0
    a_to_b = b_to_a = 0
    deliveries = open(os.path.join(args.out, "deliveries.csv"), "w", newline="")
    plain = open(os.path.join(args.out, "plain.csv"), "w", newline="")
    deliveries.write("date,reference,shipper,good,quantity\n")
    plain.write("date,reference,shipper,good,quantity\n")
    out_d, out_p = [], []
    ngoods = len(goods)
    for i, (n, day) in enumerate(zip(sizes, days)):
        while next_cp < len(checkpoint_days) and checkpoint_days[next_cp][0] < day:
            checkpoints[checkpoint_days[next_cp][1]] = balance
            next_cp += 1
        date = day_text[day]
        ref = f"DLV-{i + 1:07d}"
        mi = month_index[day]
        for _ in range(n):
            gi = rng.randrange(ngoods)
            code, _measure, decimals, largest, _r = goods[gi]
            q = rng.randrange(1, largest + 1)
            price = prices[gi][mi]
            value = round_half_even(q * price, 10 ** (decimals + PRICE_DECIMALS - UNIT_DIGITS))
            # The shipper that brings the balance back towards zero: it stays bounded.
            if balance <= 0:
                shipper = PARTY_A
                balance += value
                a_to_b += value
            else:
                shipper = PARTY_B
                balance -= value
                b_to_a += value
            out_d.append(f"{date},{ref},{shipper},{code},{fmt_trimmed(q, decimals)}\n")
            out_p.append(f"{date},{ref},{shipper},{code},{q * 10 ** (6 - decimals)}\n")
        if len(out_d) >= 65536:
            deliveries.write("".join(out_d))
            plain.write("".join(out_p))
            out_d.clear()
            out_p.clear()
    deliveries.write("".join(out_d))
    plain.write("".join(out_p))
    deliveries.close()
    plain.close()
    for _day, key in checkpoint_days[next_cp:]:
        checkpoints[key] = balance

    with open(os.path.join(args.out, "expected.txt"), "w") as f:
        f.write(f"lines={args.lines}\n")
        f.write(f"exchanges={len(sizes)}\n")
        f.write(f"a_to_b={fmt_scaled(a_to_b, UNIT_DIGITS)}\n")
        f.write(f"b_to_a={fmt_scaled(b_to_a, UNIT_DIGITS)}\n")
        f.write(f"balance={fmt_scaled(balance, UNIT_DIGITS)}\n")
        for key in sorted(checkpoints):
            f.write(f"balance_at_{key}={fmt_scaled(checkpoints[key], UNIT_DIGITS)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
