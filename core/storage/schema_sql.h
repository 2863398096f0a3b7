// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The file book's schema, version by version, as SQL text (SQLite's dialect): what schema.cpp
// runs to create and upgrade a book, and what the server's schema (pg/pg_schema.cpp) is made
// from. Inside core/storage only.

namespace barter::schema::sql {

// Version 1: the book engine. Amounts are scaled INTEGERs (DESIGN.md §2): quantities and
// prices ×10^6, values in the minor units of the agreement's unit of account.
inline constexpr const char* kVersion1 = R"sql(
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE user (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    role          TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'clerk', 'auditor')),
    password_hash TEXT NOT NULL,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked        INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at    TEXT NOT NULL
) STRICT;

CREATE TABLE party (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    native_name TEXT NOT NULL,
    country     TEXT NOT NULL CHECK (length(country) = 2)
) STRICT;

CREATE TABLE unit (
    id     INTEGER PRIMARY KEY,
    code   TEXT NOT NULL UNIQUE,
    name   TEXT NOT NULL,
    digits INTEGER NOT NULL CHECK (digits BETWEEN 0 AND 6)
) STRICT;

CREATE TABLE good (
    id       INTEGER PRIMARY KEY,
    code     TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL,
    hs_code  TEXT NOT NULL,
    measure  TEXT NOT NULL,
    decimals INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 6)
) STRICT;

CREATE TABLE agreement (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    party_a      INTEGER NOT NULL REFERENCES party(id),
    party_b      INTEGER NOT NULL REFERENCES party(id),
    unit_id      INTEGER NOT NULL REFERENCES unit(id),
    valid_from   TEXT,
    valid_to     TEXT,
    swing        INTEGER CHECK (swing >= 0),
    warn_percent INTEGER NOT NULL CHECK (warn_percent BETWEEN 1 AND 100),
    CHECK (party_a <> party_b)
) STRICT;

CREATE TABLE price (
    agreement_id   INTEGER NOT NULL REFERENCES agreement(id),
    good_id        INTEGER NOT NULL REFERENCES good(id),
    effective_from TEXT NOT NULL,
    unit_price     INTEGER NOT NULL CHECK (unit_price >= 0),
    PRIMARY KEY (agreement_id, good_id, effective_from)
) STRICT, WITHOUT ROWID;

-- The journal. seq is the gapless sequence number; hash = SHA-256(prev_hash || canonical
-- bytes of the exchange and its lines).
CREATE TABLE exchange (
    seq            INTEGER PRIMARY KEY CHECK (seq > 0),
    agreement_id   INTEGER NOT NULL REFERENCES agreement(id),
    date           TEXT NOT NULL,
    reference      TEXT NOT NULL,
    memo           TEXT NOT NULL,
    reverses_seq   INTEGER UNIQUE REFERENCES exchange(seq),
    reason         TEXT NOT NULL,
    swing_override TEXT NOT NULL,
    posted_by      TEXT NOT NULL,
    posted_at      TEXT NOT NULL,
    prev_hash      BLOB NOT NULL,
    hash           BLOB NOT NULL
) STRICT;

CREATE TABLE delivery_line (
    exchange_seq INTEGER NOT NULL REFERENCES exchange(seq),
    line_no      INTEGER NOT NULL,
    agreement_id INTEGER NOT NULL,
    date         TEXT NOT NULL,
    side         TEXT NOT NULL CHECK (side IN ('A', 'B')),
    good_id      INTEGER NOT NULL REFERENCES good(id),
    quantity     INTEGER NOT NULL,
    unit_price   INTEGER NOT NULL,
    value        INTEGER NOT NULL,
    price_reason TEXT NOT NULL,
    PRIMARY KEY (exchange_seq, line_no)
) STRICT, WITHOUT ROWID;

-- Net value shipped each way per agreement and day, kept current by a trigger so that a
-- balance at any date sums at most one row per day. verify recomputes it from the lines.
CREATE TABLE balance_day (
    agreement_id INTEGER NOT NULL,
    date         TEXT NOT NULL,
    a_to_b       INTEGER NOT NULL,
    b_to_a       INTEGER NOT NULL,
    lines_a      INTEGER NOT NULL,
    lines_b      INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, date)
) STRICT, WITHOUT ROWID;


CREATE TABLE audit_event (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action    TEXT NOT NULL,
    object    TEXT NOT NULL,
    detail    TEXT NOT NULL
) STRICT;

-- Append-only: posted exchanges, their lines and the audit trail can never change.
CREATE TRIGGER exchange_no_update BEFORE UPDATE ON exchange
    BEGIN SELECT RAISE(ABORT, 'posted exchanges are append-only'); END;
CREATE TRIGGER exchange_no_delete BEFORE DELETE ON exchange
    BEGIN SELECT RAISE(ABORT, 'posted exchanges are append-only'); END;
CREATE TRIGGER delivery_line_no_update BEFORE UPDATE ON delivery_line
    BEGIN SELECT RAISE(ABORT, 'posted delivery lines are append-only'); END;
CREATE TRIGGER delivery_line_no_delete BEFORE DELETE ON delivery_line
    BEGIN SELECT RAISE(ABORT, 'posted delivery lines are append-only'); END;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

-- What posted exchanges refer to keeps its identity: codes, the parties and unit of an
-- agreement, a unit's digits, a good's unit of measure and decimals never change.
CREATE TRIGGER agreement_keys_fixed BEFORE UPDATE OF code, party_a, party_b, unit_id ON agreement
    BEGIN SELECT RAISE(ABORT, 'an agreement''s code, parties and unit cannot change'); END;
CREATE TRIGGER party_code_fixed BEFORE UPDATE OF code ON party
    BEGIN SELECT RAISE(ABORT, 'a party''s code cannot change'); END;
CREATE TRIGGER unit_keys_fixed BEFORE UPDATE OF code, digits ON unit
    BEGIN SELECT RAISE(ABORT, 'a unit of account''s code and digits cannot change'); END;
CREATE TRIGGER good_keys_fixed BEFORE UPDATE OF code, measure, decimals ON good
    BEGIN SELECT RAISE(ABORT, 'a good''s code, unit and decimals cannot change'); END;
)sql";

// What a bulk load can build once instead of row by row: the unique index of references
// within an agreement, the lines' secondary indexes and the trigger that keeps the daily sums
// current. A bulk load suspends these (checking references in memory) and rebuilds them.
inline constexpr const char* kLineDerived = R"sql(
CREATE UNIQUE INDEX exchange_reference ON exchange (agreement_id, reference);
CREATE INDEX delivery_line_by_date ON delivery_line (agreement_id, date);
CREATE INDEX delivery_line_by_good ON delivery_line (agreement_id, good_id, side, quantity, value);
CREATE TRIGGER delivery_line_sums AFTER INSERT ON delivery_line BEGIN
    INSERT INTO balance_day (agreement_id, date, a_to_b, b_to_a, lines_a, lines_b)
    VALUES (NEW.agreement_id, NEW.date,
            CASE NEW.side WHEN 'A' THEN NEW.value ELSE 0 END,
            CASE NEW.side WHEN 'B' THEN NEW.value ELSE 0 END,
            CASE WHEN NEW.side = 'A' THEN (CASE WHEN NEW.quantity < 0 THEN -1 ELSE 1 END) ELSE 0 END,
            CASE WHEN NEW.side = 'B' THEN (CASE WHEN NEW.quantity < 0 THEN -1 ELSE 1 END) ELSE 0 END)
    ON CONFLICT (agreement_id, date) DO UPDATE SET
        a_to_b = a_to_b + excluded.a_to_b,
        b_to_a = b_to_a + excluded.b_to_a,
        lines_a = lines_a + excluded.lines_a,
        lines_b = lines_b + excluded.lines_b;
END;
)sql";

// The same for the screening verdicts (schema version 2): the indexes that sum quota and
// exemption use.
inline constexpr const char* kScreeningDerived = R"sql(
CREATE INDEX line_screening_by_exemption ON line_screening (exemption, exempt_quantity);
)sql";

inline constexpr const char* kDropScreeningDerived = R"sql(
DROP INDEX line_screening_by_exemption;
)sql";

inline constexpr const char* kDropLineDerived = R"sql(
DROP INDEX exchange_reference;
DROP INDEX delivery_line_by_date;
DROP INDEX delivery_line_by_good;
DROP TRIGGER delivery_line_sums;
)sql";

// Version 2: goods screening (DESIGN.md §1 "Screening"). Restriction lists are imported as
// named versions and never change; the newest version of each list is the one in force.
// Every posted line keeps its verdict and what decided it (which list versions applied);
// quota use is computed from the posted lines themselves, so it survives new list versions
// and counts deliveries posted before a list was imported.
inline constexpr const char* kVersion2 = R"sql(
CREATE TABLE restriction_list (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    version     TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    digest      TEXT NOT NULL, -- SHA-256 of the rules as imported; verify recomputes it
    UNIQUE (name, version)
) STRICT;

CREATE TABLE restriction_rule (
    id           INTEGER PRIMARY KEY,
    list_id      INTEGER NOT NULL REFERENCES restriction_list(id),
    line         INTEGER NOT NULL,
    hs_prefix    TEXT NOT NULL,
    from_country TEXT NOT NULL,
    to_country   TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('prohibited', 'quota', 'licence')),
    quota        INTEGER CHECK (quota >= 0),
    quota_unit   TEXT,
    period       TEXT NOT NULL,
    source       TEXT NOT NULL,
    valid_from   TEXT NOT NULL,
    valid_to     TEXT
) STRICT;

CREATE TABLE exemption (
    id           INTEGER PRIMARY KEY,
    reference    TEXT NOT NULL UNIQUE,
    hs_prefix    TEXT NOT NULL,
    from_country TEXT NOT NULL,
    to_country   TEXT NOT NULL,
    agreement_id INTEGER REFERENCES agreement(id),
    valid_from   TEXT NOT NULL,
    valid_to     TEXT NOT NULL,
    quantity     INTEGER CHECK (quantity > 0),
    unit         TEXT,
    source       TEXT NOT NULL,
    digest       TEXT NOT NULL -- SHA-256 of the exemption as entered; verify recomputes it
) STRICT;

-- 1 unit of the good = factor units of `unit` (e.g. crude oil: 1 t = 7.33 bbl), ×10^6.
CREATE TABLE good_conversion (
    good_id INTEGER NOT NULL REFERENCES good(id),
    unit    TEXT NOT NULL,
    factor  INTEGER NOT NULL CHECK (factor > 0),
    PRIMARY KEY (good_id, unit)
) STRICT, WITHOUT ROWID;

CREATE TABLE line_screening (
    exchange_seq   INTEGER NOT NULL,
    line_no        INTEGER NOT NULL,
    verdict        TEXT NOT NULL,
    decided_by     TEXT NOT NULL,
    exemption      TEXT NOT NULL,
    from_country   TEXT NOT NULL,
    to_country     TEXT NOT NULL,
    period_start   TEXT,
    rule_quantity  INTEGER,
    exempt_quantity INTEGER,
    PRIMARY KEY (exchange_seq, line_no),
    FOREIGN KEY (exchange_seq, line_no) REFERENCES delivery_line(exchange_seq, line_no)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER restriction_list_fixed BEFORE UPDATE ON restriction_list
    BEGIN SELECT RAISE(ABORT, 'restriction lists are versioned: import a new version'); END;
CREATE TRIGGER restriction_list_kept BEFORE DELETE ON restriction_list
    BEGIN SELECT RAISE(ABORT, 'restriction lists are versioned: import a new version'); END;
CREATE TRIGGER restriction_rule_fixed BEFORE UPDATE ON restriction_rule
    BEGIN SELECT RAISE(ABORT, 'restriction lists are versioned: import a new version'); END;
CREATE TRIGGER restriction_rule_kept BEFORE DELETE ON restriction_rule
    BEGIN SELECT RAISE(ABORT, 'restriction lists are versioned: import a new version'); END;
CREATE TRIGGER exemption_fixed BEFORE UPDATE ON exemption
    BEGIN SELECT RAISE(ABORT, 'exemptions cannot change once entered'); END;
CREATE TRIGGER exemption_kept BEFORE DELETE ON exemption
    BEGIN SELECT RAISE(ABORT, 'exemptions cannot change once entered'); END;
CREATE TRIGGER line_screening_no_update BEFORE UPDATE ON line_screening
    BEGIN SELECT RAISE(ABORT, 'posted screening verdicts are append-only'); END;
CREATE TRIGGER line_screening_no_delete BEFORE DELETE ON line_screening
    BEGIN SELECT RAISE(ABORT, 'posted screening verdicts are append-only'); END;
)sql";

// Version 3: maker–checker and the journal view. A clerk's exchange in a book whose setting
// `approval` is `on` waits as a pending entry, kept as typed (codes and decimal text), outside
// the chain and the balances, until a manager other than its maker approves it (then it is
// posted through the normal rules) or rejects it with a reason. A pending entry is decided
// once; nothing else about it ever changes and it is never deleted.
inline constexpr const char* kVersion3 = R"sql(
CREATE TABLE pending_exchange (
    id           INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreement(id),
    date         TEXT NOT NULL,
    reference    TEXT NOT NULL,
    memo         TEXT NOT NULL,
    price_reason TEXT NOT NULL,
    maker        TEXT NOT NULL,
    made_at      TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'pending'
                 CHECK (status IN ('pending', 'approved', 'rejected')),
    checker      TEXT NOT NULL DEFAULT '',
    decided_at   TEXT NOT NULL DEFAULT '',
    reason       TEXT NOT NULL DEFAULT '',
    posted_seq   INTEGER REFERENCES exchange(seq)
) STRICT;

CREATE UNIQUE INDEX pending_reference ON pending_exchange (agreement_id, reference)
    WHERE status = 'pending';
CREATE INDEX pending_by_status ON pending_exchange (status, id);

CREATE TABLE pending_line (
    pending_id INTEGER NOT NULL REFERENCES pending_exchange(id),
    line_no    INTEGER NOT NULL,
    shipper    TEXT NOT NULL,
    good       TEXT NOT NULL,
    quantity   TEXT NOT NULL,
    unit_price TEXT NOT NULL,
    PRIMARY KEY (pending_id, line_no)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER pending_line_only_while_pending BEFORE INSERT ON pending_line
    WHEN (SELECT status FROM pending_exchange WHERE id = NEW.pending_id) IS NOT 'pending'
    BEGIN SELECT RAISE(ABORT, 'a decided entry never changes'); END;
CREATE TRIGGER pending_line_no_update BEFORE UPDATE ON pending_line
    BEGIN SELECT RAISE(ABORT, 'a pending entry never changes; reject it and enter it again'); END;
CREATE TRIGGER pending_line_no_delete BEFORE DELETE ON pending_line
    BEGIN SELECT RAISE(ABORT, 'a pending entry never changes; reject it and enter it again'); END;
CREATE TRIGGER pending_exchange_no_delete BEFORE DELETE ON pending_exchange
    BEGIN SELECT RAISE(ABORT, 'a pending entry is never deleted; reject it'); END;
CREATE TRIGGER pending_exchange_decided_once BEFORE UPDATE ON pending_exchange
    WHEN OLD.status <> 'pending' OR NEW.status = 'pending'
         OR NEW.id IS NOT OLD.id OR NEW.agreement_id IS NOT OLD.agreement_id
         OR NEW.date IS NOT OLD.date OR NEW.reference IS NOT OLD.reference
         OR NEW.memo IS NOT OLD.memo OR NEW.price_reason IS NOT OLD.price_reason
         OR NEW.maker IS NOT OLD.maker OR NEW.made_at IS NOT OLD.made_at
    BEGIN SELECT RAISE(ABORT, 'a pending entry is decided once and never changed'); END;
)sql";

// The journal view pages through all agreements' lines in (date, seq, line) order; this index
// (the primary key columns follow the date in it) makes each page a range scan.
inline constexpr const char* kJournalDerived = R"sql(
CREATE INDEX delivery_line_in_order ON delivery_line (date);
)sql";

inline constexpr const char* kDropJournalDerived = R"sql(
DROP INDEX delivery_line_in_order;
)sql";

// Version 4: reconciliation with the other side and period close (DESIGN.md §1). A saved
// reconciliation keeps the statement's SHA-256, both balances and every item as found; items are
// resolved by appending resolutions (a correction or reversal posted, or a note), never by
// changing them. A close is final: nothing dated on or before its day may be posted for the
// agreement, no exchange of that period may be reversed, and no pending entry of it saved.
inline constexpr const char* kVersion4 = R"sql(
CREATE TABLE reconciliation (
    id                INTEGER PRIMARY KEY,
    agreement_id      INTEGER NOT NULL REFERENCES agreement(id),
    from_date         TEXT,
    through           TEXT NOT NULL,
    tolerance_days    INTEGER NOT NULL CHECK (tolerance_days >= 0),
    statement_name    TEXT NOT NULL,
    statement_sha256  TEXT NOT NULL,
    mapping_sha256    TEXT NOT NULL,
    opening_balance   INTEGER NOT NULL,
    our_balance       INTEGER NOT NULL,
    their_balance     INTEGER NOT NULL,
    created_by        TEXT NOT NULL,
    created_at        TEXT NOT NULL
) STRICT;

CREATE TABLE reconciliation_item (
    reconciliation_id INTEGER NOT NULL REFERENCES reconciliation(id),
    item_no           INTEGER NOT NULL,
    category          TEXT NOT NULL CHECK (category IN ('matched', 'quantity_differs',
                          'value_differs', 'date_differs', 'missing_ours', 'missing_theirs')),
    reference         TEXT NOT NULL,
    shipper           TEXT NOT NULL,
    good              TEXT NOT NULL,
    our_seq           INTEGER,
    our_line          INTEGER,
    our_date          TEXT,
    our_quantity      INTEGER,
    our_value         INTEGER,
    their_line        INTEGER,
    their_date        TEXT,
    their_quantity    INTEGER,
    their_value       INTEGER,
    difference        INTEGER NOT NULL,
    PRIMARY KEY (reconciliation_id, item_no)
) STRICT, WITHOUT ROWID;

CREATE TABLE reconciliation_resolution (
    id                INTEGER PRIMARY KEY,
    reconciliation_id INTEGER NOT NULL,
    item_no           INTEGER NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('correction', 'reversal', 'note')),
    seq               INTEGER REFERENCES exchange(seq),
    note              TEXT NOT NULL,
    resolved_by       TEXT NOT NULL,
    resolved_at       TEXT NOT NULL,
    FOREIGN KEY (reconciliation_id, item_no)
        REFERENCES reconciliation_item (reconciliation_id, item_no)
) STRICT;
CREATE INDEX reconciliation_resolution_by_item
    ON reconciliation_resolution (reconciliation_id, item_no);

CREATE TABLE period_close (
    id                INTEGER PRIMARY KEY,
    agreement_id      INTEGER NOT NULL REFERENCES agreement(id),
    through           TEXT NOT NULL,
    agreed_balance    INTEGER NOT NULL,
    reconciliation_id INTEGER REFERENCES reconciliation(id),
    head_seq          INTEGER NOT NULL,
    head_hash         BLOB NOT NULL,
    closed_by         TEXT NOT NULL,
    closed_at         TEXT NOT NULL
) STRICT;
CREATE INDEX period_close_by_agreement ON period_close (agreement_id, through);

CREATE TRIGGER reconciliation_fixed BEFORE UPDATE ON reconciliation
    BEGIN SELECT RAISE(ABORT, 'a saved reconciliation never changes'); END;
CREATE TRIGGER reconciliation_kept BEFORE DELETE ON reconciliation
    BEGIN SELECT RAISE(ABORT, 'a saved reconciliation is never deleted'); END;
CREATE TRIGGER reconciliation_item_fixed BEFORE UPDATE ON reconciliation_item
    BEGIN SELECT RAISE(ABORT, 'a reconciliation item never changes; resolve it'); END;
CREATE TRIGGER reconciliation_item_kept BEFORE DELETE ON reconciliation_item
    BEGIN SELECT RAISE(ABORT, 'a reconciliation item is never deleted; resolve it'); END;
CREATE TRIGGER reconciliation_resolution_fixed BEFORE UPDATE ON reconciliation_resolution
    BEGIN SELECT RAISE(ABORT, 'a resolution never changes; add another'); END;
CREATE TRIGGER reconciliation_resolution_kept BEFORE DELETE ON reconciliation_resolution
    BEGIN SELECT RAISE(ABORT, 'a resolution is never deleted; add another'); END;
CREATE TRIGGER period_close_fixed BEFORE UPDATE ON period_close
    BEGIN SELECT RAISE(ABORT, 'a period close is final'); END;
CREATE TRIGGER period_close_kept BEFORE DELETE ON period_close
    BEGIN SELECT RAISE(ABORT, 'a period close is final'); END;
CREATE TRIGGER period_close_forward BEFORE INSERT ON period_close
    WHEN NEW.through <= (SELECT max(through) FROM period_close
                         WHERE agreement_id = NEW.agreement_id)
    BEGIN SELECT RAISE(ABORT, 'a period can only be closed after the last close'); END;

CREATE TRIGGER exchange_not_in_closed_period BEFORE INSERT ON exchange
    WHEN NEW.date <= (SELECT max(through) FROM period_close WHERE agreement_id = NEW.agreement_id)
      OR (NEW.reverses_seq IS NOT NULL
          AND (SELECT date FROM exchange WHERE seq = NEW.reverses_seq)
              <= (SELECT max(through) FROM period_close WHERE agreement_id = NEW.agreement_id))
    BEGIN SELECT RAISE(ABORT, 'the period is closed: nothing on or before its last day may be posted or reversed'); END;
CREATE TRIGGER pending_not_in_closed_period BEFORE INSERT ON pending_exchange
    WHEN NEW.date <= (SELECT max(through) FROM period_close WHERE agreement_id = NEW.agreement_id)
    BEGIN SELECT RAISE(ABORT, 'the period is closed: nothing on or before its last day may be entered'); END;
)sql";

// The price list's history (schema version 5): every entry as it was made, never changed, with
// the journal's last sequence number when it was made, so that verify knows the price in force
// when each exchange was posted (the `price` table keeps only the latest entry of each day).
inline constexpr const char* kVersion5 = R"sql(
CREATE TABLE price_entry (
    id             INTEGER PRIMARY KEY,
    agreement_id   INTEGER NOT NULL REFERENCES agreement(id),
    good_id        INTEGER NOT NULL REFERENCES good(id),
    effective_from TEXT NOT NULL,
    unit_price     INTEGER NOT NULL CHECK (unit_price >= 0),
    after_seq      INTEGER NOT NULL CHECK (after_seq >= 0)
) STRICT;
CREATE INDEX price_entry_by_good ON price_entry (agreement_id, good_id, effective_from);

CREATE TRIGGER price_entry_fixed BEFORE UPDATE ON price_entry
    BEGIN SELECT RAISE(ABORT, 'a price entry never changes; set a new price'); END;
CREATE TRIGGER price_entry_kept BEFORE DELETE ON price_entry
    BEGIN SELECT RAISE(ABORT, 'a price entry is never deleted; set a new price'); END;
)sql";

// Version 6: trade protocols (DESIGN.md §11). A protocol is an agreement's plan of the goods each
// side undertakes to ship in a period. Importing the same name again appends a new version; the
// newest is the one in force. Versions never change: each keeps the digest of what was imported,
// chained to the previous version's, and verify recomputes them. An exchange let past a strict
// protocol keeps the manager's reason beside it.
inline constexpr const char* kVersion6 = R"sql(
CREATE TABLE protocol (
    id           INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreement(id),
    name         TEXT NOT NULL,
    version      INTEGER NOT NULL CHECK (version > 0),
    from_date    TEXT NOT NULL,
    through      TEXT NOT NULL,
    strict       INTEGER NOT NULL CHECK (strict IN (0, 1)),
    imported_at  TEXT NOT NULL,
    imported_by  TEXT NOT NULL,
    prev_digest  TEXT NOT NULL, -- the previous version's digest; empty for version 1
    digest       TEXT NOT NULL, -- SHA-256 of this version as imported, prev_digest included
    UNIQUE (agreement_id, name, version),
    CHECK (from_date <= through)
) STRICT;

CREATE TABLE protocol_line (
    protocol_id      INTEGER NOT NULL REFERENCES protocol(id),
    line             INTEGER NOT NULL,
    side             TEXT NOT NULL CHECK (side IN ('A', 'B')),
    good_id          INTEGER NOT NULL REFERENCES good(id),
    planned_quantity INTEGER NOT NULL CHECK (planned_quantity > 0),
    planned_value    INTEGER CHECK (planned_value > 0),
    PRIMARY KEY (protocol_id, line)
) STRICT, WITHOUT ROWID;

CREATE TABLE protocol_override (
    exchange_seq  INTEGER NOT NULL REFERENCES exchange(seq),
    protocol_id   INTEGER NOT NULL REFERENCES protocol(id),
    reason        TEXT NOT NULL,
    overridden_by TEXT NOT NULL,
    PRIMARY KEY (exchange_seq, protocol_id)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER protocol_fixed BEFORE UPDATE ON protocol
    BEGIN SELECT RAISE(ABORT, 'protocols are versioned: import a new version'); END;
CREATE TRIGGER protocol_kept BEFORE DELETE ON protocol
    BEGIN SELECT RAISE(ABORT, 'protocols are versioned: import a new version'); END;
CREATE TRIGGER protocol_line_fixed BEFORE UPDATE ON protocol_line
    BEGIN SELECT RAISE(ABORT, 'protocols are versioned: import a new version'); END;
CREATE TRIGGER protocol_line_kept BEFORE DELETE ON protocol_line
    BEGIN SELECT RAISE(ABORT, 'protocols are versioned: import a new version'); END;
CREATE TRIGGER protocol_override_fixed BEFORE UPDATE ON protocol_override
    BEGIN SELECT RAISE(ABORT, 'a protocol override is kept as it was given'); END;
CREATE TRIGGER protocol_override_kept BEFORE DELETE ON protocol_override
    BEGIN SELECT RAISE(ABORT, 'a protocol override is kept as it was given'); END;
)sql";

} // namespace barter::schema::sql
