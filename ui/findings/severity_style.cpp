#include "findings/severity_style.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace dw::ui {

bool paletteIsDark()
{
    const QPalette palette = QApplication::palette();
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor severityColor(findings::Severity severity)
{
    const bool dark = paletteIsDark();
    switch (severity) {
    case findings::Severity::Error: return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case findings::Severity::Warning: return dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0xb2, 0x6a, 0x00);
    case findings::Severity::Info: return dark ? QColor(0x6c, 0xb6, 0xff) : QColor(0x15, 0x65, 0xc0);
    case findings::Severity::Style: return dark ? QColor(0x7e, 0xd3, 0x8b) : QColor(0x2e, 0x7d, 0x32);
    case findings::Severity::Ignore: break;
    }
    return dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x61, 0x61, 0x61);
}

QIcon severityIcon(findings::Severity severity)
{
    const QColor color = severityColor(severity);
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
        painter.setPen(QPen(Qt::white, size / 8.0, Qt::SolidLine, Qt::RoundCap));
        const double c = size / 2.0, r = size / 4.5;
        switch (severity) {
        case findings::Severity::Error:
            painter.drawLine(QPointF(c - r, c - r), QPointF(c + r, c + r));
            painter.drawLine(QPointF(c - r, c + r), QPointF(c + r, c - r));
            break;
        case findings::Severity::Warning:
            painter.drawLine(QPointF(c, c - r * 1.3), QPointF(c, c + r * 0.3));
            painter.drawPoint(QPointF(c, c + r * 1.2));
            break;
        case findings::Severity::Info:
            painter.drawPoint(QPointF(c, c - r * 1.2));
            painter.drawLine(QPointF(c, c - r * 0.3), QPointF(c, c + r * 1.3));
            break;
        default:
            painter.setBrush(Qt::white);
            painter.drawEllipse(QPointF(c, c), r / 2, r / 2);
            break;
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace dw::ui
