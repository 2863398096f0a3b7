// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A book refused as damaged is not a dead end: the refusal offers Verify…, which opens the book
// read-only for a verification (nothing is written to it, not even the login) and shows what it
// found: how many pages fail their checksums, which tables and indexes they belong to, and
// whether the journal and its chain still hold.

#include "audit/verify.h"

#include <QString>

#include <exception>

class QWidget;

namespace barter::ui {

class Workspace;

// Shows `error` (the refusal of the book at `path`) with Verify… and Close. Returns whether a
// verification ran. The workspace is closed again afterwards.
bool offerVerification(QWidget* parent, Workspace& workspace, const QString& path,
                       const std::exception& error);

// What a verification of a damaged book found, in a few lines for a person.
QString damageReport(const VerifyResult& result);

} // namespace barter::ui
