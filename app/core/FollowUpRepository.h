#pragma once

#include "FollowUp.h"

#include <QHash>
#include <QStringList>
#include <QVector>
#include <optional>

class QSqlDatabase;
class QSqlQuery;
class Store;

// All SQL of the follow-up tables (lead_followup, lead_events) and every figure read from them,
// so the tracker, the reporter, the budget and the screens count the same thing the same way.
// Writes run on the store's connection and so inside the caller's transaction when there is one.
class FollowUpRepository
{
public:
    explicit FollowUpRepository(Store* store);

    // The SDR's leads sent since `since` that have not opted out, newest first; only those to
    // `phone` (E.164) when given. Their send fields come from the outbox.
    QVector<FollowUpLead> watched(const QString& sdrId, const QDateTime& since,
                                  const QString& phone = {}) const;
    // SDRs with at least one lead sent since `since` that has not opted out.
    QStringList watchedSdrs(const QDateTime& since) const;
    std::optional<LeadFollowUp> find(const QString& leadId) const;

    // The follow-up row of a watched lead, created once.
    bool ensureRow(const FollowUpLead& lead, const QDateTime& now);
    // Each sets its column only when it is still empty: *changed says whether it did.
    bool setDelivered(const QString& leadId, const QDateTime& at, bool* changed);
    bool setRead(const QString& leadId, const QDateTime& at, bool* changed);
    bool setReplied(const QString& leadId, const QDateTime& at, const QString& text, bool* changed);
    bool setOptedOut(const QString& leadId, const QDateTime& at, bool* changed);

    // Each (lead, event) once: *added false when it was queued before.
    bool enqueueEvent(const LeadEvent& event, const QDateTime& now, bool* added);
    // Pending events due at `now`, in observation order, and never one of a lead whose earlier
    // event is still pending (a later event of a lead waits for the earlier one's retry).
    QVector<LeadEvent> dueEvents(const QDateTime& now, int limit) const;
    QVector<LeadEvent> events(const QString& leadId) const;
    int pendingEventCount() const;
    bool markEventReported(qint64 id, const QDateTime& now);
    bool markEventDropped(qint64 id, const QString& detail);
    bool scheduleEventRetry(qint64 id, const QDateTime& nextAt);
    // The earliest next_report_at of pending events (invalid when none waits).
    QDateTime nextEventDue() const;

    // Unanswered budget: the SDR's messages sent in [since, now] without a reply, and the send
    // time of the oldest of them (when it leaves the window the count falls).
    int unansweredSince(const QString& sdrId, const QDateTime& since) const;
    QDateTime oldestUnansweredSince(const QString& sdrId, const QDateTime& since) const;
    // Both for every SDR in one read (SDRs with none are absent): the dashboard's many rows.
    struct Unanswered
    {
        int count = 0;
        QDateTime oldest;
    };
    QHash<QString, Unanswered> unansweredPerSdr(const QDateTime& since) const;
    // The same on any connection to the store (the screens' background reader); on an error the
    // result is empty and `error` (when given) says why.
    static QHash<QString, Unanswered> unansweredPerSdr(const QSqlDatabase& db, const QDateTime& since,
                                                       QString* error = nullptr);
    // One SDR's count and oldest send in one read (the kept count of UnansweredBudget).
    Unanswered unanswered(const QString& sdrId, const QDateTime& since) const;
    // SQLite's plan for that read, its steps joined by '|' (tests: it must stay index-only).
    static QString unansweredPlan(const QSqlDatabase& db);

    QString errorString() const { return m_errorString; }

private:
    bool setOnce(const QString& leadId, const QString& column, const QDateTime& at, bool* changed,
                 const QString& extraSet = {}, const QVariantList& extraBinds = {});
    bool exec(QSqlQuery& query) const;

    Store* m_store;
    mutable QString m_errorString;
};
