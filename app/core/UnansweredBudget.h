#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

class Clock;
class FollowUpRepository;
class Settings;

// The budget of unanswered messages per SDR: messages sent over the last 30 days that got no reply,
// against a monthly budget (setting unanswered_budget: a conservative global default, overridable
// per SDR). WhatsApp caps messages to people who have not replied and bans after spam reports;
// pausing here, before WhatsApp does, protects the SDR's number. At 80 % the SDR is flagged, at
// 100 % its dispatcher sends nothing (leads stay queued) until a reply comes, old sends leave the
// 30 days, or a person raises the budget.
class UnansweredBudget
{
public:
    static constexpr int WindowDays = 30;
    static constexpr int NearPercent = 80;

    struct Usage
    {
        int used = 0;
        int budget = 0;
        bool near = false;      // >= 80 %
        bool exhausted = false; // >= 100 %: sending paused
        // When the oldest unanswered send leaves the window (the count falls then); invalid when
        // nothing counts.
        QDateTime nextRelease;
        int percent() const { return budget > 0 ? int(qint64(used) * 100 / budget) : 100; }
    };

    UnansweredBudget(FollowUpRepository* repository, Settings* settings, const Clock* clock);

    Usage usage(const QString& sdrId) const;
    // The same for many SDRs with one read of the store (the dashboard).
    QHash<QString, Usage> usage(const QStringList& sdrIds) const;

private:
    Usage makeUsage(const QString& sdrId, int used, const QDateTime& oldest) const;

    FollowUpRepository* m_repository;
    Settings* m_settings;
    const Clock* m_clock;
};
