// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A PDF being written: QPdfWriter and QPainter on a file that appears only when finished
// (core's AtomicFile, so a cancelled, failed or killed export leaves no file), with geometry in
// millimetres and the fonts that carry Latin, Cyrillic and Hangul (Noto Sans, Noto Sans CJK;
// embedded as subsets, so the text can be selected and extracted).

#include "io/atomic_file.h"

#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

#include <optional>
#include <string>
#include <string_view>

namespace barter::ui::pdf {

enum class Paper { A4, Letter };
// "a4", "letter"; nullopt for anything else.
std::optional<Paper> parsePaper(std::string_view text);

// Programs without a GUI (the CLI) need a QGuiApplication to render text: this makes one on the
// offscreen platform if there is none yet. Safe to call more than once.
void ensureGuiApplication();

class PdfDocument {
public:
    PdfDocument(const std::string& path, Paper paper, bool landscape, const QString& title,
                const QString& creator);
    ~PdfDocument();
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    // The printable area, in millimetres; (0, 0) is its top left corner.
    double width() const { return m_width; }
    double height() const { return m_height; }

    QFont font(double points, bool bold = false) const;
    // Text in the box (mm), on one line, elided with "…" when it does not fit.
    void text(double x, double y, double w, double h, const QString& text, const QFont& font,
              Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter);
    void line(double x1, double y1, double x2, double y2, double widthMm = 0.2);
    void fill(double x, double y, double w, double h, const QColor& colour);
    void newPage();
    // Ends the last page and puts the file in place. Without it, nothing is left behind.
    void finish();

private:
    QRectF box(double x, double y, double w, double h) const;

    AtomicFile m_file;
    QFile m_device;
    QPdfWriter m_writer;
    QPainter m_painter;
    double m_dotsPerMm = 1;
    double m_width = 0, m_height = 0;
    QFont m_metricsFont; // the font m_metrics measures
    std::optional<QFontMetricsF> m_metrics;
};

} // namespace barter::ui::pdf
