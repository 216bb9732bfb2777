#include "shell/navigation_icons.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace dw::ui {
namespace {

void draw(QPainter& p, NavigationIcon icon, double s)
{
    switch (icon) {
    case NavigationIcon::Editor: // a page with lines of text
        p.drawRoundedRect(QRectF(s * 0.2, s * 0.1, s * 0.6, s * 0.8), s * 0.06, s * 0.06);
        for (double y : {0.3, 0.45, 0.6}) p.drawLine(QPointF(s * 0.32, s * y), QPointF(s * 0.68, s * y));
        p.drawLine(QPointF(s * 0.32, s * 0.75), QPointF(s * 0.52, s * 0.75));
        break;
    case NavigationIcon::Host: // a server with two units
        p.drawRoundedRect(QRectF(s * 0.15, s * 0.15, s * 0.7, s * 0.3), s * 0.05, s * 0.05);
        p.drawRoundedRect(QRectF(s * 0.15, s * 0.55, s * 0.7, s * 0.3), s * 0.05, s * 0.05);
        p.drawPoint(QPointF(s * 0.28, s * 0.3));
        p.drawPoint(QPointF(s * 0.28, s * 0.7));
        break;
    case NavigationIcon::Images: { // stacked layers
        for (double y : {0.62, 0.47, 0.32}) {
            QPainterPath layer;
            layer.moveTo(s * 0.5, s * (y - 0.15));
            layer.lineTo(s * 0.88, s * y);
            layer.lineTo(s * 0.5, s * (y + 0.15));
            layer.lineTo(s * 0.12, s * y);
            layer.closeSubpath();
            p.drawPath(layer);
        }
        break;
    }
    case NavigationIcon::Dashboard: // a bar chart
        p.drawLine(QPointF(s * 0.12, s * 0.88), QPointF(s * 0.88, s * 0.88));
        p.drawRect(QRectF(s * 0.2, s * 0.55, s * 0.14, s * 0.3));
        p.drawRect(QRectF(s * 0.43, s * 0.3, s * 0.14, s * 0.55));
        p.drawRect(QRectF(s * 0.66, s * 0.45, s * 0.14, s * 0.4));
        break;
    case NavigationIcon::Guide: // an open book
        p.drawLine(QPointF(s * 0.5, s * 0.25), QPointF(s * 0.5, s * 0.85));
        p.drawPolyline(QPolygonF({QPointF(s * 0.5, s * 0.25), QPointF(s * 0.12, s * 0.18), QPointF(s * 0.12, s * 0.78),
                                  QPointF(s * 0.5, s * 0.85), QPointF(s * 0.88, s * 0.78), QPointF(s * 0.88, s * 0.18),
                                  QPointF(s * 0.5, s * 0.25)}));
        break;
    case NavigationIcon::Training: // a graduation cap
        p.drawPolygon(QPolygonF({QPointF(s * 0.5, s * 0.2), QPointF(s * 0.92, s * 0.4), QPointF(s * 0.5, s * 0.6),
                                 QPointF(s * 0.08, s * 0.4)}));
        p.drawPolyline(QPolygonF({QPointF(s * 0.26, s * 0.5), QPointF(s * 0.26, s * 0.74), QPointF(s * 0.5, s * 0.84),
                                  QPointF(s * 0.74, s * 0.74), QPointF(s * 0.74, s * 0.5)}));
        p.drawLine(QPointF(s * 0.86, s * 0.43), QPointF(s * 0.86, s * 0.7));
        break;
    }
}

} // namespace

QIcon navigationIcon(NavigationIcon icon)
{
    QIcon result;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Disabled}) {
        for (const int size : {24, 48}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(QApplication::palette().color(group, QPalette::WindowText), size / 14.0,
                                Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            draw(painter, icon, size);
            painter.end();
            result.addPixmap(pixmap, group == QPalette::Active ? QIcon::Normal : QIcon::Disabled);
        }
    }
    return result;
}

} // namespace dw::ui
