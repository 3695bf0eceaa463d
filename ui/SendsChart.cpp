#include "SendsChart.h"

#include "StatePresentation.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <utility>

SendsChart::SendsChart(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Sends and replies per hour today"));
}

QColor SendsChart::sendColor()
{
    return StatePresentation::color(StatePresentation::Severity::Ok);
}

QColor SendsChart::replyColor()
{
    // Purple: apart from the green sends, and from the blue of the current-hour marker.
    return QColor(0x8e, 0x5b, 0xd6);
}

void SendsChart::updateToolTip()
{
    int sends = 0;
    int replies = 0;
    for (int hour = 0; hour < 24; ++hour) {
        sends += m_counts.at(hour);
        replies += m_replies.at(hour);
    }
    setToolTip(tr("%n send(s) today", nullptr, sends) + QLatin1Char('\n') +
               tr("%n reply(s) today", nullptr, replies));
}

void SendsChart::setReplyCounts(const QVector<int>& perHour)
{
    QVector<int> counts = perHour;
    counts.resize(24);
    if (counts == m_replies)
        return;
    m_replies = counts;
    updateToolTip();
    update();
}

void SendsChart::setCounts(const QVector<int>& perHour)
{
    QVector<int> counts = perHour;
    counts.resize(24);
    if (counts == m_counts)
        return;
    m_counts = counts;
    updateToolTip();
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
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Sends and replies per hour today"));
        updateToolTip();
    }
    QWidget::changeEvent(event);
}

void SendsChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm(font());

    int maximum = 0;
    for (int hour = 0; hour < 24; ++hour)
        maximum = qMax(maximum, qMax(m_counts.at(hour), m_replies.at(hour)));
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
    // The legend takes the top line, so the bars never run under it.
    const qreal legendHeight = fm.height() + 4;
    const QRectF plot(labelWidth, legendHeight + fm.height() * 0.5, width() - labelWidth - 4,
                      height() - legendHeight - fm.height() * 2.2);
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

    // Legend, top right: a swatch and a name per series.
    {
        const QString sendsText = tr("Sends");
        const QString repliesText = tr("Replies");
        const qreal swatch = fm.height() * 0.7;
        const qreal gap = 6;
        const qreal repliesWidth = swatch + gap + fm.horizontalAdvance(repliesText);
        const qreal sendsWidth = swatch + gap + fm.horizontalAdvance(sendsText);
        qreal x = width() - 4 - repliesWidth - 14 - sendsWidth;
        const qreal y = 2;
        auto entry = [&](const QColor& color, const QString& label, qreal width) {
            painter.fillRect(QRectF(x, y + (fm.height() - swatch) / 2, swatch, swatch), color);
            painter.setPen(text);
            painter.drawText(QRectF(x + swatch + gap, y, width, fm.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, label);
            x += width + 14;
        };
        entry(sendColor(), sendsText, sendsWidth);
        entry(replyColor(), repliesText, repliesWidth);
    }

    const qreal slot = plot.width() / 24.0;
    // Two bars side by side per hour: sends, then replies.
    const qreal barWidth = qMax<qreal>(1.5, slot * 0.36);
    for (int hour = 0; hour < 24; ++hour) {
        const qreal x = plot.left() + slot * hour + (slot - 2 * barWidth) / 2;
        int series = 0;
        for (const auto& [count, color] :
             {std::pair{m_counts.at(hour), sendColor()}, std::pair{m_replies.at(hour), replyColor()}}) {
            if (count > 0) {
                QColor fill = color;
                if (hour != m_currentHour)
                    fill.setAlpha(170);
                const qreal h = qMax<qreal>(2.0, plot.height() * count / top);
                QPainterPath path;
                path.addRoundedRect(QRectF(x + series * barWidth, plot.bottom() - h, barWidth, h), 1.5, 1.5);
                painter.fillPath(path, fill);
            }
            ++series;
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
