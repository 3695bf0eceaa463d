#pragma once

#include "FollowUpRepository.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class BackgroundReader;
class Clock;
class FollowUpTracker;
class Outbox;
class Settings;
class Store;

// The budget of unanswered messages per SDR: messages sent over the last 30 days that got no reply,
// against a monthly budget (setting unanswered_budget: a conservative global default, overridable
// per SDR). WhatsApp caps messages to people who have not replied and bans after spam reports;
// pausing here, before WhatsApp does, protects the SDR's number. At 80 % the SDR is flagged, at
// 100 % its dispatcher sends nothing (leads stay queued) until a reply comes, old sends leave the
// 30 days, or a person raises the budget.
//
// Once told of the outbox and the follow-ups (follow()), it keeps each SDR's count (issue 13): the
// dispatcher asks before every lead, and counting in SQL each time stalled the UI thread with 20
// SDRs on a large store. A count is read once, then a send adds one, a reply or an opt-out has it
// read again, and so does the oldest counted send leaving the 30 days; it is also read again every
// RecountSeconds for what no signal tells (a lead moved between SDRs, rows pruned), and a count
// that says "used up" every PauseRecountSeconds, so a stale count never holds sending back for
// longer than the dispatcher's own minute between looks. Without follow() every question is
// counted in SQL.
class UnansweredBudget : public QObject
{
    Q_OBJECT
public:
    static constexpr int WindowDays = 30;
    static constexpr int NearPercent = 80;
    static constexpr int RecountSeconds = 300;
    static constexpr int PauseRecountSeconds = 60;

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

    UnansweredBudget(FollowUpRepository* repository, Settings* settings, const Clock* clock,
                     QObject* parent = nullptr);

    // Keeps the counts from now on by the outbox's sends and the tracker's replies and opt-outs.
    void follow(Outbox* outbox, FollowUpTracker* tracker);
    // Once following: reads every SDR's count in one read on a thread of its own (a BackgroundReader
    // on store's file), keeps them, then calls ready here. The engine's 20 dispatchers each counting
    // before their first lead held the UI thread for seconds at start (issue 13). A count asked for
    // meanwhile is read here as before, and one that changed meanwhile is not taken from the read.
    // The read names only SDRs with an unanswered send; any other SDR is counted when first asked
    // (a cheap count unless it has many sends, all of them answered).
    void prime(const Store* store, std::function<void()> ready);
    ~UnansweredBudget() override;

    Usage usage(const QString& sdrId) const;
    // The same for many SDRs with one read of the store.
    QHash<QString, Usage> usage(const QStringList& sdrIds) const;
    // The usage of a count read elsewhere (the dashboard's background read of unansweredPerSdr).
    Usage usageOf(const QString& sdrId, const FollowUpRepository::Unanswered& counted) const;

    // What the kept count of an SDR holds now (nullopt-like: count -1 when none is kept); for tests.
    FollowUpRepository::Unanswered keptCount(const QString& sdrId) const;

private:
    struct Kept
    {
        FollowUpRepository::Unanswered counted;
        QDateTime countedAt;
    };
    FollowUpRepository::Unanswered count(const QString& sdrId, const QDateTime& now) const;
    void noteSent(const QString& sdrId);
    void forget(const QString& sdrId);
    void primed(const QHash<QString, FollowUpRepository::Unanswered>& counts, const QDateTime& countedAt);

    FollowUpRepository* m_repository;
    Settings* m_settings;
    const Clock* m_clock;
    bool m_following = false;
    mutable QHash<QString, Kept> m_kept;
    std::unique_ptr<BackgroundReader> m_primer;
    // While the priming read runs: the SDRs whose count changed since it began.
    bool m_priming = false;
    QSet<QString> m_changedWhilePriming;
};
