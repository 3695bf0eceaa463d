#pragma once

#include "ClockTimer.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>
#include <algorithm>

class Clock;
class Settings;
class Store;

// Keeps the store bounded for an app that runs for months: finished outbox rows (`reported`,
// `cancelled`) and activity entries older than SettingKeys::RetentionDays are deleted, and the
// message texts of finished rows are blanked after SettingKeys::MessageRetentionDays; then the file
// gives the freed pages back (PRAGMA incremental_vacuum), so its size stays flat under a steady load.
//
// What pending work needs is never touched: rows still queued, being sent, uncertain (a person
// decides), or sent/failed but not yet reported; a sent lead whose result the CRM refused with 409
// (it may be served again to another SDR, and must then be reported, never sent again); imported
// CSV leads not yet routed; connection statuses; and the activity lines that name a lead that is
// uncertain or being sent. The follow-up history (issue 12) goes the same way: lead events the CRM
// took, and follow-ups of leads sent before the cutoff, are deleted; reply texts are blanked with the
// message texts; an event still owed to the CRM keeps its lead's follow-up whole.
//
// What the protections read is kept however short the settings are: rows and follow-ups for the
// unanswered budget's 30 days (and the watch and recently-contacted windows when longer), and a
// message's text while its chat is watched, because that text is how the message is found there.
//
// A pass is a chain of small transactions (at most batchRows rows each) on the event loop, so the
// thread that owns the store never stalls for long; the timer runs one shortly after start and then
// every hour.
class DataRetention : public QObject
{
    Q_OBJECT
public:
    struct Summary
    {
        int blankedMessages = 0; // finished outbox rows whose message text was blanked
        int deletedLeads = 0;    // finished outbox rows deleted (with their imported CSV row)
        int deletedActivity = 0;
        int deletedEvents = 0;  // reported lead events and old follow-up rows (issue 12)
        int blankedReplies = 0; // reply texts (follow-ups and reported events)
        int freedPages = 0;     // pages the file gave back (incremental vacuum)
        int batches = 0;        // transactions (and vacuum steps) the pass took
        int largestBatch = 0;   // most rows one transaction changed
        bool ok = true;
        QString error;
    };

    static constexpr int kDefaultBatchRows = 500;
    static constexpr int kVacuumPagesPerStep = 256;
    static constexpr int kFirstPassDelayMs = 2 * 60 * 1000;
    static constexpr int kPassIntervalMs = 60 * 60 * 1000;

    DataRetention(Store* store, const Settings* settings, const Clock* clock, QObject* parent = nullptr);

    // Switches a file from an earlier version to incremental vacuum (one VACUUM, once), then runs a
    // pass after firstDelayMs and every intervalMs.
    void start(int firstDelayMs = kFirstPassDelayMs, int intervalMs = kPassIntervalMs);
    void stop();
    // Starts a pass now; no-op while one runs. Returns at once: the batches follow on the event loop.
    void runNow();
    bool isPassRunning() const { return m_phase != Phase::Idle; }
    // Rows a transaction may change (tests make it small to see several batches).
    void setBatchRows(int rows) { m_batchRows = std::max(1, rows); }
    // The pause between two batches, for the event loop to serve everything else.
    void setBatchGapMs(int ms) { m_batchGapMs = std::max(0, ms); }

signals:
    void passFinished(const DataRetention::Summary& summary);

private:
    enum class Phase
    {
        Idle,
        Outbox,
        Activity,
        FollowUp,
        Vacuum
    };

    void step();
    bool outboxBatch(int* changed);
    bool activityBatch(int* changed);
    bool followUpBatch(int* changed);
    bool vacuumStep(int* changed);
    void nextPhase(Phase phase);
    void finish();
    bool fail(const QString& what, const QString& error);

    Store* m_store;
    const Settings* m_settings;
    const Clock* m_clock;
    ClockTimer m_passTimer; // the next pass, on the clock
    QTimer m_stepTimer;     // only slices a pass into batches that leave the event loop room: real time
    int m_intervalMs = kPassIntervalMs;
    int m_batchRows = kDefaultBatchRows;
    int m_batchGapMs = 10;

    // The pass under way.
    Phase m_phase = Phase::Idle;
    qint64 m_cursor = 0;  // rowid (outbox) or id (activity) the next window starts after
    QString m_rowCutoff;  // Store::timestamp; empty: rows are kept for good
    QString m_sentCutoff; // the same for leads that went out: never later than the protections need
    QString m_bodyCutoff; // empty: message texts are kept as long as their rows
    QString m_scanUntil;  // the later cutoff: rows created after it cannot qualify
    Summary m_summary;
};
Q_DECLARE_METATYPE(DataRetention::Summary)
