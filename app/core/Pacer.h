#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QVector>

class Clock;
class ConnectionStatusRepository;
class Outbox;
class QRandomGenerator;
class Settings;

// Decides when each SDR may send next, like a person would: a random gap between sends
// (send_gap_min_s..send_gap_max_s, drawn anew after every send, never a fixed value: the range is
// widened to at least a quarter of the minimum when the two are (nearly) equal), hourly and
// daily caps (a cap of 0 stops sending), optional working hours (local time, HH:mm; a window may
// span midnight), and a warm-up ramp: while the linked number is younger than warmup_days the daily
// cap grows linearly from warmup_daily_start to daily_cap. All limits come from Settings (per-SDR
// overrides first). The clock and the random source are injected.
class Pacer : public QObject
{
    Q_OBJECT
public:
    enum class Reason
    {
        None, // may send now
        Gap,
        HourlyCap,
        DailyCap,
        WorkingHours,
    };
    Q_ENUM(Reason)

    struct Decision
    {
        QDateTime at; // UTC; <= now when a send is allowed now
        Reason reason = Reason::None;
    };

    Pacer(Settings* settings, const Clock* clock, Outbox* outbox,
          ConnectionStatusRepository* statuses = nullptr, QRandomGenerator* random = nullptr,
          QObject* parent = nullptr);

    Decision decide(const QString& sdrId);
    QDateTime nextSendAt(const QString& sdrId) { return decide(sdrId).at; }
    // A message went out (or may have: an unconfirmed send counts too).
    void recordSend(const QString& sdrId, const QDateTime& when);
    // Within the SDR's working hours at `at` (always, when none are set).
    bool isWorkingTime(const QString& sdrId, const QDateTime& at) const
    {
        return workingHoursStart(sdrId, at) == at;
    }
    // The daily cap in force today (after the warm-up ramp).
    int effectiveDailyCap(const QString& sdrId) const;
    // The gap drawn after the last send (ms); for tests and the UI.
    qint64 currentGapMs(const QString& sdrId) const { return m_state.value(sdrId).gapMs; }
    void forget(const QString& sdrId);

    static QString reasonName(Reason reason);

signals:
    // The next send time while the SDR has to wait (gap, cap, hours); an invalid time when it may
    // send now or when a cap of 0 stops it.
    void nextSendChanged(const QString& sdrId, const QDateTime& at);

private:
    struct SdrState
    {
        bool loaded = false;
        QVector<QDateTime> sends; // within the last ~48 h, ascending
        QDateTime lastSend;
        qint64 gapMs = 0;
        QDateTime announced;
    };
    SdrState& stateFor(const QString& sdrId);
    qint64 drawGapMs(const QString& sdrId) const;
    QDateTime workingHoursStart(const QString& sdrId, const QDateTime& at) const;

    Settings* m_settings;
    const Clock* m_clock;
    Outbox* m_outbox;
    ConnectionStatusRepository* m_statuses;
    QRandomGenerator* m_random;
    QHash<QString, SdrState> m_state;
};
