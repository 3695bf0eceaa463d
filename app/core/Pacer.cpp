#include "Pacer.h"

#include "Clock.h"
#include "ConnectionStatusRepository.h"
#include "Logging.h"
#include "Outbox.h"
#include "Settings.h"

#include <QRandomGenerator>
#include <QTime>

#include <algorithm>

namespace {
constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

QDateTime localDayStart(const QDateTime& utc, int addDays = 0)
{
    return utc.toLocalTime().date().addDays(addDays).startOfDay().toUTC();
}
} // namespace

Pacer::Pacer(Settings* settings, const Clock* clock, Outbox* outbox, ConnectionStatusRepository* statuses,
             QRandomGenerator* random, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_outbox(outbox)
    , m_statuses(statuses)
    , m_random(random ? random : QRandomGenerator::global())
{
}

QString Pacer::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::None:
        return QStringLiteral("none");
    case Reason::Gap:
        return QStringLiteral("gap");
    case Reason::HourlyCap:
        return QStringLiteral("hourly_cap");
    case Reason::DailyCap:
        return QStringLiteral("daily_cap");
    case Reason::WorkingHours:
        return QStringLiteral("working_hours");
    }
    return {};
}

qint64 Pacer::drawGapMs(const QString& sdrId) const
{
    qint64 low = qint64(m_settings->intValue(SettingKeys::SendGapMinSecs, sdrId)) * 1000;
    qint64 high = qint64(m_settings->intValue(SettingKeys::SendGapMaxSecs, sdrId)) * 1000;
    if (low > high)
        std::swap(low, high);
    // Never a fixed gap: equal (or nearly equal) bounds would send at a machine's steady beat, which
    // is what gets numbers banned. The range is kept at least a quarter of the shortest gap (and at
    // least a second) wide. 0/0 stays 0: pacing switched off on purpose (tests, benchmarks).
    if (high > 0)
        high = std::max(high, low + std::max<qint64>(low / 4, 1000));
    return low + qint64(m_random->bounded(double(high - low + 1)));
}

Pacer::SdrState& Pacer::stateFor(const QString& sdrId)
{
    SdrState& state = m_state[sdrId];
    if (!state.loaded) {
        // After a restart the caps and the gap still count what was sent before it.
        state.loaded = true;
        if (m_outbox)
            state.sends = m_outbox->sentTimes(sdrId, m_clock->now().addMSecs(-2 * kDayMs));
        if (!state.sends.isEmpty()) {
            state.lastSend = state.sends.last();
            state.gapMs = drawGapMs(sdrId);
        }
    }
    return state;
}

void Pacer::forget(const QString& sdrId)
{
    m_state.remove(sdrId);
}

int Pacer::effectiveDailyCap(const QString& sdrId) const
{
    const int dailyCap = m_settings->intValue(SettingKeys::DailyCap, sdrId);
    const int warmupDays = m_settings->intValue(SettingKeys::WarmupDays, sdrId);
    if (warmupDays <= 0 || !m_statuses)
        return dailyCap;
    const auto status = m_statuses->find(sdrId);
    if (!status || !status->whatsappConnectedAt.isValid())
        return dailyCap;
    const qint64 ageDays = status->whatsappConnectedAt.msecsTo(m_clock->now()) / kDayMs;
    if (ageDays >= warmupDays || ageDays < 0)
        return dailyCap;
    const int start = std::min(m_settings->intValue(SettingKeys::WarmupDailyStart, sdrId), dailyCap);
    // Day 0 allows `start`, day warmupDays allows the full cap, linearly in between.
    return start + int(qint64(dailyCap - start) * ageDays / warmupDays);
}

QDateTime Pacer::workingHoursStart(const QString& sdrId, const QDateTime& at) const
{
    const QTime start = QTime::fromString(m_settings->stringValue(SettingKeys::WorkingHoursStart, sdrId),
                                          QStringLiteral("HH:mm"));
    const QTime end = QTime::fromString(m_settings->stringValue(SettingKeys::WorkingHoursEnd, sdrId),
                                        QStringLiteral("HH:mm"));
    if (!start.isValid() || !end.isValid() || start == end)
        return at; // no working hours: any time
    const QDateTime local = at.toLocalTime();
    const QTime time = local.time();
    const bool inside = start < end ? (time >= start && time < end) : (time >= start || time < end);
    if (inside)
        return at;
    // Outside: the next opening. For a normal window that is today's start when it is still
    // ahead, else tomorrow's; for a window spanning midnight the gap [end, start) is within a day.
    QDate day = local.date();
    if (start < end && time >= end)
        day = day.addDays(1);
    return QDateTime(day, start).toUTC();
}

Pacer::Decision Pacer::decide(const QString& sdrId)
{
    const QDateTime now = m_clock->now();
    SdrState& state = stateFor(sdrId);
    // Keep two days of history: enough for the hourly and the daily window.
    while (!state.sends.isEmpty() && state.sends.first() < now.addMSecs(-2 * kDayMs))
        state.sends.removeFirst();

    Decision decision{now, Reason::None};
    auto push = [&decision](const QDateTime& at, Reason reason) {
        if (at > decision.at) {
            decision.at = at;
            decision.reason = reason;
            return true;
        }
        return false;
    };
    if (state.lastSend.isValid())
        push(state.lastSend.addMSecs(state.gapMs), Reason::Gap);

    const int hourlyCap = m_settings->intValue(SettingKeys::HourlyCap, sdrId);
    const int dailyCap = effectiveDailyCap(sdrId);
    if (hourlyCap <= 0 || dailyCap <= 0) {
        // A cap of 0 means "do not send": no time to offer.
        Decision blocked{QDateTime(), hourlyCap <= 0 ? Reason::HourlyCap : Reason::DailyCap};
        if (state.announced.isValid()) {
            state.announced = QDateTime();
            emit nextSendChanged(sdrId, QDateTime());
        }
        return blocked;
    }

    // Each rule can push the time later, which can make another rule bite again: iterate until
    // stable (a handful of rounds at most).
    for (int round = 0; round < 8; ++round) {
        bool moved = false;
        const QDateTime at = decision.at;
        // Hourly: sends in (at - 1h, at]; when at the cap, wait until the oldest of the last
        // `hourlyCap` sends is an hour old.
        QVector<QDateTime> lastHour;
        for (const QDateTime& sent : state.sends) {
            if (sent > at.addMSecs(-kHourMs) && sent <= at)
                lastHour.append(sent);
        }
        if (lastHour.size() >= hourlyCap)
            moved |= push(lastHour.at(lastHour.size() - hourlyCap).addMSecs(kHourMs), Reason::HourlyCap);

        const QDateTime dayStart = localDayStart(decision.at);
        const int today =
            int(std::count_if(state.sends.cbegin(), state.sends.cend(), [&](const QDateTime& sent) {
                return sent >= dayStart && sent <= decision.at;
            }));
        if (today >= dailyCap)
            moved |= push(localDayStart(decision.at, 1), Reason::DailyCap);

        moved |= push(workingHoursStart(sdrId, decision.at), Reason::WorkingHours);
        if (!moved)
            break;
    }
    // What the UI shows: the time of the next send while waiting, nothing when it may send now
    // (announcing "now" would change on every look).
    const QDateTime announce = decision.reason == Reason::None ? QDateTime() : decision.at;
    if (announce != state.announced) {
        state.announced = announce;
        emit nextSendChanged(sdrId, announce);
    }
    return decision;
}

void Pacer::recordSend(const QString& sdrId, const QDateTime& when)
{
    // When this is the pacer's first look at the SDR, the history just loaded from the outbox may
    // hold this very send already. Otherwise every send counts, even two at the same instant
    // (deduplicating by time would let a burst slip under the caps).
    const bool firstLook = !m_state.value(sdrId).loaded;
    SdrState& state = stateFor(sdrId);
    if (!firstLook || !state.sends.contains(when))
        state.sends.append(when);
    std::sort(state.sends.begin(), state.sends.end());
    state.lastSend = std::max(state.lastSend.isValid() ? state.lastSend : when, when);
    state.gapMs = drawGapMs(sdrId);
    qCDebug(lcPacing) << sdrId << "next gap" << state.gapMs << "ms";
    decide(sdrId);
}
