// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include <iostream>

namespace barter::cli {

const char* helpText() {
    return R"(barter - the command line of Barter Ledger, a ledger for bilateral barter trade

Usage: barter [GLOBAL OPTIONS] COMMAND [ARGUMENTS] [OPTIONS]

Global options
  --book BOOK            the book: a file or a postgresql:// URI (or BARTER_BOOK)
  --user NAME            who logs in (or BARTER_USER)
  --password-file F      the password's file (first line); else BARTER_PASSWORD; else a prompt
  --format table|csv|json  output format (default table); decimals in JSON are strings
  --help, --version

Setting up
  init BOOK --admin NAME [--password-file F]        create a book (a new file, or an empty
                                                    database's postgresql:// URI) and its admin
  demo FILE                                         a realistic demo book (users printed once)
  user add NAME --role ROLE [--new-password-file F] roles: admin manager clerk auditor
  user unlock NAME | user disable NAME | user list
  user reset NAME [--new-password-file F]   an admin sets a new password (and unlocks)
  user password [--new-password-file F]     change your own (you log in with the current one)
  party add CODE --name N --country CC [--native-name N] | party list
  unit add CODE --name N [--decimals 2] | unit list
  good add CODE --name N --hs HS --unit U [--decimals 3] | good list
  agreement add CODE --party-a P --party-b Q --unit CU [--swing AMT] [--warn-percent 80]
                [--from D] [--to D] | agreement list
  price set AGREEMENT GOOD PRICE --from D | price list AGREEMENT
  price report AGREEMENT [--at D] [--from D] [--to D]
                 prices in force, changes, and lines at an overridden price with the difference
  import goods FILE                       columns code,name,hs_code,unit[,decimals]
  import prices FILE --agreement CODE     columns good,effective_from,unit_price
  import deliveries FILE --agreement CODE columns date,reference,shipper,good,quantity
                                          [,unit_price][,value][,memo]

Screening (the restriction lists in force: the newest version of each list)
  import restrictions FILE --list NAME --version V
                 columns hs_prefix,from_country,to_country,kind[,quota,quota_unit,period],
                 source,valid_from[,valid_to]; kind prohibited|quota|licence; period year or
                 12m-from:MM-DD; countries ISO alpha-2 or *
  import exemptions FILE
                 columns reference,hs_prefix,from_country,to_country,valid_from,valid_to
                 [,quantity,unit][,agreement],source
  good convert GOOD --to UNIT --factor F  1 unit of the good = F units (quotas in another unit)
  restrictions [--list NAME] | exemptions
  screen AGREEMENT --date D --line "SHIPPER GOOD QTY"...  a dry run: each line's verdict
  quota [AGREEMENT] [--year Y]

Trade protocols (the goods each side undertakes to ship in a period; the newest version of
each name is in force)
  protocol import AGREEMENT FILE --name N --from D --through D [--strict]
                 columns shipper,good,planned_quantity[,planned_value]; the same name again
                 makes a new version. A line past what remains, or of a good the protocol does
                 not list, warns; in a --strict protocol it is refused unless a manager gives
                 --override-protocol REASON
  protocol list [AGREEMENT] | protocol show AGREEMENT NAME [--version V]
  protocol fulfilment AGREEMENT [--name N] [--at D]
                 delivered, remaining, expected to date and pace per good each way (without
                 --name: the protocols whose period holds D, else the one that ended last)

The journal
  record AGREEMENT --date D --ref R --line "SHIPPER GOOD QTY[@PRICE]"... [--memo M]
         [--price-reason T] [--override-swing REASON] [--override-protocol REASON]
  reverse SEQ --reason R [--date D] [--override-swing REASON]
  show SEQ

Maker-checker (when approval is on, a clerk's record waits for a manager)
  settings set approval on|off | settings show   (admins set it)
  settings set idle-lock MINUTES                  the desktop app locks itself after MINUTES
                                                  without use (default 15, 0 = never)
  pending [--status pending|approved|rejected|all]
  approve ID [--override-swing REASON] [--override-protocol REASON]
                                                  another manager than the maker
  reject ID --reason R

Reports
  balance [AGREEMENT] [--at D]
  balance AGREEMENT --series day|week|month|quarter|year [--from D] [--to D]
                 the balance at each period end, with the swing and its use
  aging AGREEMENT [--at D]   who owes, since when, the debtor's last delivery, monthly net flow
  positions [--at D]         each party's net position across agreements, per unit of account
  settle AGREEMENT --goods G1,G2[:MAXQTY],... [--date D] [--target AMT]
                 what the debtor could ship to clear the balance (posts nothing)
  statement AGREEMENT [--from D] [--to D]
  turnover AGREEMENT [--by good|month|year] [--from D] [--to D]
           [--period day|week|month|quarter|year]   with --by good: goods by period, with shares
  audit [--from D] [--to D] [--user U] [--action A]   the audit trail (login, post, export...)

Reconciliation and period close (managers; anyone reads them)
  reconcile AGREEMENT --statement FILE [--from D] --through D [--map FILE] [--tolerance-days N]
                 match the other side's statement (the deliveries columns) with our lines by
                 reference, shipper and good; saved with the statement's SHA-256. --map: a CSV
                 kind,theirs,ours (kind party or good) translating their codes to ours
  reconcile show ID | reconcile list [AGREEMENT]
  reconcile resolve ID ITEM --correction SEQ | --reversal SEQ | --note TEXT
                 explain an item by an exchange posted for it, or by a note
  close AGREEMENT --through D --agreed-balance AMT [--reconciliation ID]
                 lock everything dated on or before D (the balance must be the book's)
  periods [AGREEMENT]

Integrity and export
  verify [--against-head HEX]
                 the chain, the daily sums, every page's checksum; on a damaged book (exit 5)
                 how many pages, which tables and indexes, and whether the chain holds
  backup FILE
  copy SOURCE TARGET --admin NAME [--password-file F]
                 (admin) the whole book into a new file or an empty database (postgresql://
                 URI): chain, users and roles; NAME is the copy's admin with the password given
  upgrade        (admin) give a book made before page checksums its checksums; the original
                 stays beside it as BOOK.before-upgrade
  export journal|csv AGREEMENT [--from D] [--to D] -o FILE
  export pdf AGREEMENT [--from D] [--to D] [--lang en|ru|ko] [--paper a4|letter] -o FILE
                 the statement as a PDF ledger with a verification block
  export act RECONCILIATION_ID --lang en+ru|en+ko|ru+ko [--paper a4|letter] -o FILE
                 the bilingual act of reconciliation
  export protocol AGREEMENT [--name N] [--at D] [--lang L|L1+L2] [--paper a4|letter] -o FILE
                 the protocol fulfilment report (one language, or two side by side), with the
                 chain head and signature lines
  export bundle AGREEMENT [--from D] [--to D] [--lang L] -o DIR
                 statement PDF and CSV, hledger journal, audit events, restriction lists,
                 chain head and MANIFEST.sha256 (check with sha256sum -c)

Dates are YYYY-MM-DD. Amounts use '.' as the decimal point, no grouping, no exponent.
Exit codes: 0 ok; 1 usage; 2 invalid input or rule refused (nothing changed); 3 permission
denied or login failed; 4 integrity failure; 5 storage error (cannot open, locked, corrupt,
foreign or newer file).
)";
}

int cmdHelp(Context& ctx) {
    ctx.out() << helpText();
    return 0;
}

} // namespace barter::cli
