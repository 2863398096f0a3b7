// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf_document.h"

#include "error.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>

#include <cstdlib>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

namespace barter::ui::pdf {

std::optional<Paper> parsePaper(std::string_view text) {
    if (text == "a4")
        return Paper::A4;
    if (text == "letter")
        return Paper::Letter;
    return std::nullopt;
}

void ensureGuiApplication() {
    if (QGuiApplication::instance() != nullptr)
        return;
    // Nothing is shown: the offscreen platform needs no display, and its font database is the
    // system's (fontconfig), so the PDF embeds the same fonts as the desktop application.
    ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    if (std::getenv("XDG_RUNTIME_DIR") == nullptr) {
        // Qt wants a private runtime folder; a command-line session may have none.
        const std::string runtime = "/tmp/barter-runtime-" + std::to_string(::getuid());
        ::mkdir(runtime.c_str(), 0700);
        ::setenv("XDG_RUNTIME_DIR", runtime.c_str(), 1);
    }
    static int argc = 1;
    static char name[] = "barter";
    static char* argv[] = {name, nullptr};
    static QGuiApplication app(argc, argv);
}

PdfDocument::PdfDocument(const std::string& path, Paper paper, bool landscape, const QString& title,
                         const QString& creator)
    : m_file(path), m_writer(&m_device) {
    if (!m_device.open(m_file.fd(), QIODevice::WriteOnly, QFileDevice::DontCloseHandle))
        throw StorageError("cannot write \"" + path + "\"");
    m_writer.setTitle(title);
    m_writer.setCreator(creator);
    m_writer.setResolution(600);
    m_writer.setPageLayout(
        QPageLayout(QPageSize(paper == Paper::A4 ? QPageSize::A4 : QPageSize::Letter),
                    landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                    QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    if (!m_painter.begin(&m_writer))
        throw StorageError("cannot write a PDF to \"" + path + "\"");
    m_dotsPerMm = m_writer.resolution() / 25.4;
    m_width = m_writer.width() / m_dotsPerMm;
    m_height = m_writer.height() / m_dotsPerMm;
}

PdfDocument::~PdfDocument() {
    if (m_painter.isActive())
        m_painter.end();
}

QFont PdfDocument::font(double points, bool bold) const {
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK KR"),
                   QStringLiteral("DejaVu Sans")});
    f.setPointSizeF(points);
    f.setBold(bold);
    // Any letter spacing turns ligatures off: "fi" stays two letters, so the text that
    // pdftotext and a reader's search find is the text we wrote.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02); // the least Qt does not round to zero
    return f;
}

QRectF PdfDocument::box(double x, double y, double w, double h) const {
    return {x * m_dotsPerMm, y * m_dotsPerMm, w * m_dotsPerMm, h * m_dotsPerMm};
}

void PdfDocument::text(double x, double y, double w, double h, const QString& text,
                       const QFont& font, Qt::Alignment align) {
    // A table draws thousands of cells in a few fonts: the metrics are kept per font.
    if (!m_metrics || font != m_metricsFont) {
        m_metricsFont = font;
        m_metrics.emplace(font, &m_writer);
    }
    m_painter.setFont(font);
    m_painter.setPen(Qt::black);
    const QRectF r = box(x, y, w, h);
    const QString shown = m_metrics->horizontalAdvance(text) <= r.width()
                              ? text
                              : m_metrics->elidedText(text, Qt::ElideRight, r.width());
    m_painter.drawText(r, static_cast<int>(align), shown);
}

void PdfDocument::line(double x1, double y1, double x2, double y2, double widthMm) {
    m_painter.setPen(QPen(Qt::black, widthMm * m_dotsPerMm));
    m_painter.drawLine(QPointF(x1 * m_dotsPerMm, y1 * m_dotsPerMm),
                       QPointF(x2 * m_dotsPerMm, y2 * m_dotsPerMm));
}

void PdfDocument::fill(double x, double y, double w, double h, const QColor& colour) {
    m_painter.fillRect(box(x, y, w, h), colour);
}

void PdfDocument::newPage() {
    if (!m_writer.newPage())
        throw StorageError("cannot write a PDF page (disk full?)");
}

void PdfDocument::finish() {
    m_painter.end();
    m_device.flush();
    if (m_device.error() != QFileDevice::NoError)
        throw StorageError("writing the PDF failed: " + m_device.errorString().toStdString());
    m_device.close();
    m_file.commit();
}

} // namespace barter::ui::pdf
