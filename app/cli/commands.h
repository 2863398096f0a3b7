// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One function per command (or group of subcommands). Each returns the process exit code and
// lets barter::Error escape to main, which prints it and maps it to an exit code.

#include "context.h"

namespace barter::cli {

int cmdInit(Context& ctx);
int cmdDemo(Context& ctx);
int cmdUser(Context& ctx);
int cmdParty(Context& ctx);
int cmdUnit(Context& ctx);
int cmdGood(Context& ctx);
int cmdAgreement(Context& ctx);
int cmdPrice(Context& ctx);
int cmdImport(Context& ctx);

int cmdRecord(Context& ctx);
int cmdReverse(Context& ctx);
int cmdShow(Context& ctx);
int cmdPending(Context& ctx);
int cmdApprove(Context& ctx);
int cmdReject(Context& ctx);
int cmdSettings(Context& ctx);
// The posted exchange, its lines and the balance after it; `verb` starts the table's title.
void printPosted(Context& ctx, const PostResult& result, const char* verb);
// A draft saved for approval (maker–checker).
void printSubmitted(Context& ctx, const PendingExchange& pending);

int cmdBalance(Context& ctx);
int cmdStatement(Context& ctx);
int cmdTurnover(Context& ctx);
int cmdAging(Context& ctx);
// `price report AGREEMENT [--at D] [--from D] [--to D]` (cmdPrice hands it over).
int priceReport(Context& ctx);
int cmdSettle(Context& ctx);
int cmdPositions(Context& ctx);
int cmdAudit(Context& ctx);

int cmdReconcile(Context& ctx);
int cmdClose(Context& ctx);
int cmdPeriods(Context& ctx);

int cmdVerify(Context& ctx);
int cmdBackup(Context& ctx);
int cmdCopy(Context& ctx);
int cmdUpgrade(Context& ctx);
int cmdExport(Context& ctx);
// `export pdf|act|bundle …` (cmdExport hands them over).
int exportPdf(Context& ctx);
int exportAct(Context& ctx);
int exportBundle(Context& ctx);
int exportProtocol(Context& ctx);

int cmdRestrictions(Context& ctx);
int cmdExemptions(Context& ctx);
int cmdScreen(Context& ctx);
int cmdQuota(Context& ctx);
int cmdProtocol(Context& ctx);

int cmdHelp(Context& ctx);
// The full help text (also the source of the man page later).
const char* helpText();

} // namespace barter::cli
