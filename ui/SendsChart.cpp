#include "SendsChart.h"

#include "StatePresentation.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

SendsChart::SendsChart(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Sends per hour today"));
}

void SendsChart::setCounts(const QVector<int>& perHour)
{
    QVector<int> counts = perHour;
    counts.resize(24);
    if (counts == m_counts)
        return;
    m_counts = counts;
    int total = 0;
    for (const int count : m_counts)
        total += count;
    setToolTip(tr("%n send(s) today", nullptr, total));
    update();
}

void SendsChart::setCurrentHour(int hour)
{
    hour = (hour >= 0 && hour < 24) ? hour : -1;
    if (hour == m_currentHour)
        return;
    m_currentHour = hour;
    update();
}

void SendsChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Sends per hour today"));
    QWidget::changeEvent(event);
}

void SendsChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm(font());

    int maximum = 0;
    for (const int count : m_counts)
        maximum = qMax(maximum, count);
    // A round scale top (1, 2, 5, 10, 20, 50, ...) so the grid lines carry readable numbers.
    int top = 1;
    for (int magnitude = 1;; magnitude *= 10) {
        if (maximum <= magnitude) {
            top = magnitude;
            break;
        }
        if (maximum <= 2 * magnitude) {
            top = 2 * magnitude;
            break;
        }
        if (maximum <= 5 * magnitude) {
            top = 5 * magnitude;
            break;
        }
    }

    const int labelWidth = fm.horizontalAdvance(QString::number(top)) + 8;
    const QRectF plot(labelWidth, fm.height() * 0.5, width() - labelWidth - 4, height() - fm.height() * 2.2);
    if (plot.width() < 24 || plot.height() < 16)
        return;

    // Grid: the baseline, the middle and the top.
    QColor grid = pal.color(QPalette::WindowText);
    grid.setAlpha(40);
    QColor text = pal.color(QPalette::WindowText);
    text.setAlpha(150);
    for (const int value : {0, top / 2, top}) {
        if (value == top / 2 && top < 2)
            continue;
        const qreal y = plot.bottom() - plot.height() * value / top;
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(text);
        painter.drawText(QRectF(0, y - fm.height() / 2.0, labelWidth - 6, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(value));
    }

    const qreal slot = plot.width() / 24.0;
    const qreal barWidth = qMax<qreal>(2.0, slot * 0.68);
    const QColor bar = StatePresentation::color(StatePresentation::Severity::Ok);
    QColor pastBar = bar;
    pastBar.setAlpha(170);
    for (int hour = 0; hour < 24; ++hour) {
        const qreal x = plot.left() + slot * hour + (slot - barWidth) / 2;
        const int count = m_counts.at(hour);
        if (count > 0) {
            const qreal h = qMax<qreal>(2.0, plot.height() * count / top);
            QPainterPath path;
            path.addRoundedRect(QRectF(x, plot.bottom() - h, barWidth, h), 2, 2);
            painter.fillPath(path, hour == m_currentHour ? bar : pastBar);
        }
        if (hour % 3 == 0) {
            painter.setPen(text);
            painter.drawText(
                QRectF(plot.left() + slot * hour - slot, plot.bottom() + 3, slot * 3, fm.height()),
                Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')));
        }
    }
    if (m_currentHour >= 0) {
        QColor marker = StatePresentation::color(StatePresentation::Severity::Busy);
        marker.setAlpha(90);
        const qreal x = plot.left() + slot * (m_currentHour + 1);
        painter.setPen(QPen(marker, 1, Qt::DashLine));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    if (maximum == 0) {
        painter.setPen(text);
        painter.drawText(plot, Qt::AlignCenter, tr("No sends yet today"));
    }
}
