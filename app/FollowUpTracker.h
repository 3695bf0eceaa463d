#pragma once

#include "FollowUp.h"
#include "FollowUpRepository.h"
#include "OptOutDetector.h"

#include <QObject>
#include <QVector>

class ActivityLog;
class Clock;
class Settings;
class Store;
class SuppressionList;

// What the page side tells the core about a sent lead's chat, turned into stored facts and events
// owed to the CRM (contract §6). The sessions layer calls recordObservation() when it sees a status
// icon change, a reply or a read receipt in the chat of a phone from watchedLeads(); nothing here
// knows a page.
//
// For each of the SDR's watched leads to that phone (sent within the watch window, not opted out),
// the first time each event is seen is stored once and one event is queued for the CRM, in the same
// transaction (so a kill between the observation and its report loses nothing, and a repeat changes
// nothing). Read implies delivered: a read seen first stores and queues delivered too, at the same
// time, before it. A reply does not imply either: only what was seen is stored. Every reply is run
// through the opt-out detector (the first reply is the lead's `replied`; any later one may still
// opt out); an opt-out marks the leads, queues `opted_out` and puts the phone on the suppression
// list, all in that same transaction. Reply text is stored and reported as plain data, cut to 4096
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

    // phone: any spelling Phone accepts. at: when it happened (invalid: now); never before the
    // lead's send (clamped). text: the reply (Replied only).
    Result recordObservation(const QString& sdrId, const QString& phone, Observed kind,
                             const QDateTime& at = {}, const QString& text = {});

    // What the page side should look for: the SDR's leads still watched, newest first.
    QVector<WatchedLead> watchedLeads(const QString& sdrId) const;
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
    bool queue(const WatchedLead& lead, FollowUpEvent event, const QDateTime& at, const QString& text,
               const QDateTime& now, Result* result);

    Store* m_store;
    Settings* m_settings;
    const Clock* m_clock;
    SuppressionList* m_suppression;
    ActivityLog* m_activity;
    FollowUpRepository m_repository;
    OptOutDetector m_detector;
};
