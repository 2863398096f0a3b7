// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_worker.h"

#include "adapters/text.h"
#include "book/book.h"
#include "widgets/error_display.h"

namespace barter::ui {

ImportWorker::ImportWorker(QString bookPath, Session session, Kind kind, QString file,
                           QString agreement, ProtocolOptions protocol)
    : m_bookPath(std::move(bookPath)), m_session(std::move(session)), m_kind(kind),
      m_file(std::move(file)), m_agreement(std::move(agreement)), m_protocol(std::move(protocol)) {}

void ImportWorker::run() {
    try {
        Book book = Book::open(fromQ(m_bookPath));
        const Session s = book.resume(m_session);
        book.setProgress([this](std::int64_t done, std::int64_t total) {
            emit progress(done, total);
            return !m_cancel.load();
        });
        ImportResult r;
        QString summary;
        switch (m_kind) {
        case Kind::Deliveries:
            r = book.journal().importDeliveries(s, fromQ(m_file), fromQ(m_agreement));
            summary = tr("Imported %1 exchanges with %2 lines from %3 rows.")
                          .arg(r.created)
                          .arg(r.lines)
                          .arg(r.rows);
            break;
        case Kind::Goods:
            r = book.masterData().importGoods(s, fromQ(m_file));
            summary = tr("Imported %1 goods from %2 rows.").arg(r.created).arg(r.rows);
            break;
        case Kind::Prices:
            r = book.masterData().importPrices(s, fromQ(m_file), fromQ(m_agreement));
            summary = tr("Imported %1 prices from %2 rows.").arg(r.created).arg(r.rows);
            break;
        case Kind::Protocol: {
            const Protocol p = book.protocols().importProtocol(
                s, fromQ(m_agreement), fromQ(m_file), fromQ(m_protocol.name.trimmed()),
                fromQ(m_protocol.from), fromQ(m_protocol.through), m_protocol.strict);
            summary = tr("Imported protocol %1 version %2 of %3: %n line(s), %4..%5.", nullptr,
                         static_cast<int>(p.lines.size()))
                          .arg(toQ(p.name))
                          .arg(p.version)
                          .arg(toQ(p.agreement), toQ(p.from.toString()), toQ(p.through.toString()));
            break;
        }
        }
        for (const std::string& w : r.warnings)
            summary += QLatin1Char('\n') + toQ(w);
        emit succeeded(summary);
    } catch (const Cancelled&) {
        emit failed(tr("Cancelled; the book is unchanged."), {});
    } catch (const InvalidInput& e) {
        QStringList problems;
        for (const Problem& p : e.problems())
            problems << problemText(p);
        emit failed(tr("Nothing was imported: %n row(s) have problems.", nullptr,
                       static_cast<int>(e.problems().size())),
                    problems);
    } catch (const std::exception& e) {
        emit failed(toQ(e.what()), {});
    }
}

} // namespace barter::ui
