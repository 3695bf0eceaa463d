#pragma once

#include "ClockTimer.h"
#include "FollowUpObservation.h"
#include "WatchedLead.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <functional>

class ChannelProvider;
class Clock;
class MessageChannel;
class Settings;

// Decides when each SDR's WhatsApp is looked at for what happened after its sends (delivered,
// read, replied), and hands what was seen to the follow-up store. Modest by design: an awake
// session is looked at every follow_up_awake_s; a sleeping one is woken for it every
// follow_up_wake_s and only within working hours; never while the SDR has leads to send (a send
// always comes first); one look at a time for the whole app.
class FollowUpScheduler : public QObject
{
    Q_OBJECT
public:
    // What the scheduler needs from the rest of the core, as functions so that it does not depend
    // on how leads are stored.
    struct Hooks
    {
        std::function<QStringList()> watchedSdrs;                          // SDRs with leads being watched
        std::function<QVector<WatchedLead>(const QString&)> watched;       // an SDR's watched leads
        std::function<bool(const QString&)> hasWorkToSend;                 // queued or sending leads
        std::function<bool(const QString&, const QDateTime&)> workingTime; // within working hours
        std::function<void(const QString&, const FollowUpObservation&)> record;
    };

    FollowUpScheduler(ChannelProvider* channels, Settings* settings, const Clock* clock, Hooks hooks,
                      QObject* parent = nullptr);

    // Looks every `tickMs` whether a look is due.
    void start(int tickMs = 30 * 1000);
    void stop();
    // One decision round: starts at most one look. Public for tests that move a ManualClock.
    void tick();
    bool isLooking() const { return !m_looking.isEmpty(); }
    QDateTime lastLookAt(const QString& sdrId) const { return m_lastLook.value(sdrId); }

signals:
    void lookStarted(const QString& sdrId, int leads);
    void lookFinished(const QString& sdrId, int observations);

private:
    bool isDue(const QString& sdrId, MessageChannel* channel, const QDateTime& now) const;
    void look(const QString& sdrId, MessageChannel* channel);

    ChannelProvider* m_channels;
    Settings* m_settings;
    const Clock* m_clock;
    Hooks m_hooks;
    ClockTimer m_timer; // the next round, on the clock
    int m_tickMs = 30 * 1000;
    QHash<QString, QDateTime> m_lastLook;
    QString m_looking; // the SDR being looked at, empty when none
};
