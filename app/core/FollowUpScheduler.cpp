#include "FollowUpScheduler.h"

#include "ChannelProvider.h"
#include "Clock.h"
#include "Logging.h"
#include "MessageChannel.h"
#include "SettingKeys.h"
#include "Settings.h"

FollowUpScheduler::FollowUpScheduler(ChannelProvider* channels, Settings* settings, const Clock* clock,
                                     Hooks hooks, QObject* parent)
    : QObject(parent)
    , m_channels(channels)
    , m_settings(settings)
    , m_clock(clock)
    , m_hooks(std::move(hooks))
    , m_timer(clock)
{
    connect(&m_timer, &ClockTimer::timeout, this, [this] {
        m_timer.startIn(m_tickMs);
        tick();
    });
}

void FollowUpScheduler::start(int tickMs)
{
    m_tickMs = std::max(1, tickMs);
    m_timer.startIn(m_tickMs);
}

void FollowUpScheduler::stop()
{
    m_timer.stop();
}

bool FollowUpScheduler::isDue(const QString& sdrId, MessageChannel* channel, const QDateTime& now) const
{
    const QDateTime last = m_lastLook.value(sdrId);
    const auto waited = [&](const QLatin1String& key) {
        const qint64 secs = m_settings->intValue(key, sdrId);
        return secs > 0 && (!last.isValid() || last.secsTo(now) >= secs);
    };
    if (channel->isReadyToSend())
        return waited(SettingKeys::FollowUpAwakeSecs);
    // Asleep but linked: woken for it, rarely, and not at night.
    if (channel->state() == ConnectionState::Hibernated)
        return waited(SettingKeys::FollowUpWakeSecs) &&
               (!m_hooks.workingTime || m_hooks.workingTime(sdrId, now));
    return false; // logged out, QR, offline, ...: nothing to look at
}

void FollowUpScheduler::tick()
{
    if (!m_looking.isEmpty() || !m_hooks.watchedSdrs || !m_hooks.watched)
        return;
    const QDateTime now = m_clock->now();
    // The SDR looked at longest ago first, so that every SDR gets its turn.
    QStringList sdrs = m_hooks.watchedSdrs();
    std::stable_sort(sdrs.begin(), sdrs.end(), [this](const QString& a, const QString& b) {
        return m_lastLook.value(a) < m_lastLook.value(b);
    });
    for (const QString& sdrId : std::as_const(sdrs)) {
        MessageChannel* channel = m_channels->channelFor(sdrId);
        if (!channel || channel->isBusy() || (m_hooks.hasWorkToSend && m_hooks.hasWorkToSend(sdrId)))
            continue;
        if (!isDue(sdrId, channel, now))
            continue;
        look(sdrId, channel);
        return;
    }
}

void FollowUpScheduler::look(const QString& sdrId, MessageChannel* channel)
{
    const QVector<WatchedLead> leads = m_hooks.watched(sdrId);
    m_lastLook.insert(sdrId, m_clock->now());
    if (leads.isEmpty())
        return;
    m_looking = sdrId;
    emit lookStarted(sdrId, int(leads.size()));
    // Both connections go when the look ends, whichever way it ends.
    auto connections = std::make_shared<QVector<QMetaObject::Connection>>();
    auto end = [this, sdrId, connections] {
        for (const QMetaObject::Connection& connection : std::as_const(*connections))
            QObject::disconnect(connection);
        if (m_looking == sdrId)
            m_looking.clear();
    };
    *connections << connect(channel, &MessageChannel::followUpsChecked, this,
                            [this, sdrId, end](const QVector<FollowUpObservation>& seen) {
                                end();
                                for (const FollowUpObservation& observation : seen) {
                                    if (m_hooks.record)
                                        m_hooks.record(sdrId, observation);
                                }
                                qCInfo(lcFollowUp) << sdrId << "looked:" << seen.size() << "observations";
                                emit lookFinished(sdrId, int(seen.size()));
                            });
    // A channel that goes away mid-look answers nothing: free the scheduler for the others.
    *connections << connect(channel, &QObject::destroyed, this, end);
    channel->checkFollowUps(leads);
}
