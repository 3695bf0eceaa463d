#pragma once

#include "FollowUp.h"
#include "FollowUpObservation.h"
#include "FollowUpRepository.h"
#include "OptOutDetector.h"
#include "WatchedLead.h"

#include <QObject>
#include <QVector>

class ActivityLog;
class Clock;
class Settings;
class Store;
class SuppressionList;

// What the page side tells the core about a sent lead's chat, turned into stored facts and events
// owed to the CRM (contract §6). The sessions layer looks at the chats of watchedLeads() and hands
// what it saw to record() (FollowUpScheduler does both through its hooks); recordObservation()
// does the same by phone. Nothing here knows a page.
//
// For each watched lead concerned (sent within followup_watch_days, not opted out), the first time
// each event is seen is stored once and one event is queued for the CRM, in the same transaction
// (so a kill between the observation and its report loses nothing, and a repeat changes nothing).
// Read implies delivered: a read seen first stores and queues delivered too, at the same time,
// before it. A reply does not imply either: only what was seen is stored. Every reply is run
// through the opt-out detector (the first reply is the lead's `replied`; a later one may still opt
// out); an opt-out marks the leads, queues `opted_out` and puts the phone on the suppression list,
// all in that same transaction. Reply text is stored and reported as plain data, cut to 4096
// characters; it is never interpreted.
class FollowUpTracker : public QObject
{
    Q_OBJECT
public:
    // What the page saw in a chat.
    enum class Observed
    {
        Delivered,
        Read,
        Replied, // an incoming message after the send; pass its text
    };
    Q_ENUM(Observed)

    struct Result
    {
        bool ok = false; // false: nothing was stored (bad phone, store error: see error)
        QString error;
        int leads = 0;                // watched leads the observation applied to
        QVector<LeadEvent> queued;    // events newly queued for the CRM, in order
        bool optedOut = false;        // the reply was an opt-out
        bool newlySuppressed = false; // ...and put the phone on the suppression list
    };

    static constexpr int MaxReplyChars = 4096;
    // Chat times have minute resolution: a reply shown at 11:14 may be from 11:14:59, after a send
    // at 11:14:30. Replies up to this much "before" a send still count for it.
    static constexpr int ReplyClockToleranceSecs = 60;

    FollowUpTracker(Store* store, Settings* settings, const Clock* clock, SuppressionList* suppression,
                    ActivityLog* activity = nullptr, QObject* parent = nullptr);

    // --- for the page side ---------------------------------------------------------------------
    // SDRs that have leads being watched.
    QStringList watchedSdrs() const;
    // The SDR's watched leads, newest first, with what is known of each (FollowUpScheduler's
    // `watched` hook).
    QVector<WatchedLead> watchedLeads(const QString& sdrId) const;
    // What the SDR's WhatsApp showed about one watched lead (FollowUpScheduler's `record` hook):
    // delivered and read at seenAt, the reply at replyAt (seenAt when unknown). An observation for
    // a lead that is not (or no longer) watched changes nothing.
    Result record(const QString& sdrId, const FollowUpObservation& observation);
    // The same by phone: applies to every watched lead of the SDR to that phone (any spelling
    // Phone accepts). at: when it happened (invalid: now), never before a lead's send (clamped).
    Result recordObservation(const QString& sdrId, const QString& phone, Observed kind,
                             const QDateTime& at = {}, const QString& text = {});

    // --- for the core and the screens ----------------------------------------------------------
    QVector<FollowUpLead> followUpLeads(const QString& sdrId) const;
    std::optional<LeadFollowUp> followUp(const QString& leadId) const { return m_repository.find(leadId); }
    QVector<LeadEvent> events(const QString& leadId) const { return m_repository.events(leadId); }
    FollowUpRepository* repository() { return &m_repository; }

    OptOutDetector& optOutDetector() { return m_detector; }
    // The data directory's optout-phrases.txt replaces the shipped phrases when present.
    void loadOptOutOverride(const QString& dataDirectory) { m_detector.loadOverride(dataDirectory); }
    int watchDays() const;

signals:
    // After the commit: events queued for the CRM (the reporter is kicked by it).
    void eventsQueued(const QString& sdrId);
    void replied(const QString& sdrId, const QString& leadId);
    void optedOut(const QString& sdrId, const QString& leadId, const QString& phone);

private:
    struct Step
    {
        Observed kind;
        QDateTime at;
        QString text;
    };
    Result apply(const QString& sdrId, const QString& phone, QVector<FollowUpLead> leads,
                 const QVector<Step>& steps);
    bool queue(const FollowUpLead& lead, FollowUpEvent event, const QDateTime& at, const QString& text,
               const QDateTime& now, Result* result);

    Store* m_store;
    Settings* m_settings;
    const Clock* m_clock;
    SuppressionList* m_suppression;
    ActivityLog* m_activity;
    FollowUpRepository m_repository;
    OptOutDetector m_detector;
};
