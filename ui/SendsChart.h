#pragma once

#include <QColor>
#include <QVector>
#include <QWidget>

// Bars of sends per hour of today and, beside each, the replies that came in that hour, painted
// with QPainter (no QtCharts). A legend names the two colours; the current hour is drawn stronger;
// hours still to come are left empty.
class SendsChart : public QWidget
{
    Q_OBJECT
public:
    explicit SendsChart(QWidget* parent = nullptr);

    QVector<int> counts() const { return m_counts; }
    QVector<int> replyCounts() const { return m_replies; }
    // The two series' colours (the legend shows them).
    static QColor sendColor();
    static QColor replyColor();
    int currentHour() const { return m_currentHour; }
    QSize sizeHint() const override { return {520, 170}; }
    QSize minimumSizeHint() const override { return {240, 120}; }

public slots:
    void setCounts(const QVector<int>& perHour);      // 24 values, hour 0 first
    void setReplyCounts(const QVector<int>& perHour); // 24 values, hour 0 first
    void setCurrentHour(int hour);                    // -1: none

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateToolTip();

    QVector<int> m_counts = QVector<int>(24, 0);
    QVector<int> m_replies = QVector<int>(24, 0);
    int m_currentHour = -1;
};
