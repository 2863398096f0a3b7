// SPDX-License-Identifier: GPL-3.0-or-later
// The book's reports (ReportService): balances, statements, turnover, the manager's series and
// aging, prices and positions, as plain rows that the faces render.

#include "../domain/validate.h"
#include "book.h"
#include "permissions.h"
#include "posting.h"

#include <fmt/format.h>

namespace barter {

reports::StatementReport ReportService::statement(const Session& s, const std::string& agreement,
                                                  std::optional<Date> from,
                                                  std::optional<Date> to) {
    require(s, Action::ViewReports);
    if (from && to && *to < *from)
        throw InvalidInput("to", "must not be before --from");
    return reports::statement(database(), reports::agreementInfo(database(), agreement), from,
                              to.value_or(Date::max()));
}

std::vector<reports::TurnoverByGood> ReportService::turnoverByGood(const Session& s,
                                                                   const std::string& agreement,
                                                                   std::optional<Date> from,
                                                                   std::optional<Date> to) {
    require(s, Action::ViewReports);
    return reports::turnoverByGood(database(), reports::agreementInfo(database(), agreement), from,
                                   to);
}

std::vector<reports::TurnoverByPeriod> ReportService::turnoverByPeriod(const Session& s,
                                                                       const std::string& agreement,
                                                                       reports::PeriodKind kind,
                                                                       std::optional<Date> from,
                                                                       std::optional<Date> to) {
    require(s, Action::ViewReports);
    return reports::turnoverByPeriod(database(), reports::agreementInfo(database(), agreement),
                                     kind, from, to);
}

std::vector<reports::BalancePoint> ReportService::balanceSeries(const Session& s,
                                                                const std::string& agreement,
                                                                reports::SeriesPeriod period,
                                                                std::optional<Date> from,
                                                                std::optional<Date> to) {
    require(s, Action::ViewReports);
    return reports::balanceSeries(database(), reports::agreementInfo(database(), agreement), period,
                                  from, to);
}

reports::AgreementInfo ReportService::agreementInfo(const Session& s,
                                                    const std::string& agreement) {
    require(s, Action::ViewReports);
    return reports::agreementInfo(database(), agreement);
}

reports::PriceReport ReportService::priceReport(const Session& s, const std::string& agreement,
                                                std::optional<Date> at, std::optional<Date> from,
                                                std::optional<Date> to) {
    require(s, Action::ViewReports);
    return reports::priceReport(database(), reports::agreementInfo(database(), agreement),
                                at.value_or(Date::today()), from, to);
}

std::vector<reports::PartyPosition> ReportService::consolidatedPositions(const Session& s,
                                                                         std::optional<Date> at) {
    require(s, Action::ViewReports);
    return reports::consolidatedPositions(database(), at.value_or(Date::today()));
}

reports::AgingReport ReportService::aging(const Session& s, const std::string& agreement,
                                          std::optional<Date> at) {
    require(s, Action::ViewReports);
    return reports::aging(database(), reports::agreementInfo(database(), agreement),
                          at.value_or(Date::today()));
}

reports::StatementExtent ReportService::statementExtent(const Session& s,
                                                        const std::string& agreement,
                                                        std::optional<Date> from,
                                                        std::optional<Date> to) {
    require(s, Action::ViewReports);
    return reports::statementExtent(database(), reports::agreementInfo(database(), agreement), from,
                                    to.value_or(Date::max()));
}

std::vector<reports::BalanceRow>
ReportService::balances(const Session& s, const std::string& agreement, std::optional<Date> at) {
    require(s, Action::ViewReports);
    const Date when = at.value_or(Date::today());
    std::vector<reports::BalanceRow> rows;
    if (!agreement.empty()) {
        rows.push_back(
            reports::balance(database(), reports::agreementInfo(database(), agreement), when));
        return rows;
    }
    for (const reports::AgreementInfo& a : reports::agreements(database()))
        rows.push_back(reports::balance(database(), a, when));
    return rows;
}

std::vector<reports::TurnoverByGood>
ReportService::turnoverByGoodAndPeriod(const Session& s, const std::string& agreement,
                                       reports::SeriesPeriod period, std::optional<Date> from,
                                       std::optional<Date> to) {
    require(s, Action::ViewReports);
    return reports::turnoverByGoodAndPeriod(
        database(), reports::agreementInfo(database(), agreement), period, from, to);
}

reports::StatementReport
ReportService::streamStatement(const Session& s, const std::string& agreement,
                               std::optional<Date> from, std::optional<Date> to,
                               const std::function<void(const reports::StatementLine&)>& visit) {
    require(s, Action::ViewReports);
    if (from && to && *to < *from)
        throw InvalidInput("to", "must not be before --from");
    return reports::streamStatement(database(), reports::agreementInfo(database(), agreement), from,
                                    to.value_or(Date::max()), visit);
}

} // namespace barter
