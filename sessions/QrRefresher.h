#pragma once

#include "ClockTimer.h"

#include <QDateTime>
#include <QObject>

class Clock;
class SessionPage;

// Keeps WhatsApp's QR code scannable while a person looks at it: WhatsApp stops rotating the code
// after a while and shows "Click to reload QR code"; on screen that button is clicked, at most
// once per two seconds of the injected clock (a page that keeps expiring is not hammered). Off
// screen the expired code is left alone.
class QrRefresher : public QObject
{
    Q_OBJECT
public:
    QrRefresher(const QString& sdrId, SessionPage* page, const Clock* clock, QObject* parent = nullptr);

    void setOnScreen(bool onScreen);
    bool isOnScreen() const { return m_onScreen; }
    // What the page shows changed: click when its QR expired.
    void check();
    // Clicks that reloaded an expired QR.
    int clicks() const { return m_clicks; }

    static constexpr qint64 MinClickIntervalMs = 2000;

private:
    QString m_sdrId;
    SessionPage* m_page;
    const Clock* m_clock;
    bool m_onScreen = false;
    QDateTime m_lastClick;
    int m_clicks = 0;
    // On the injected clock too: a test that moves the clock sees the look again at once, and one
    // that does not never sees a click sooner than two seconds of that clock.
    ClockTimer m_recheck;
};
