#pragma once

#include "Lead.h"
#include "OutboxEntry.h"

#include <QObject>
#include <QVector>
#include <optional>

class Clock;
class Store;

// The exactly-once outbox (SQLite table `outbox`). Every transition is one conditional UPDATE
// (`WHERE state = <expected>`) committed before the caller takes the step it allows, so a crash at
// any point leaves each lead in a state the next start can act on safely.
class Outbox : public QObject
{
    Q_OBJECT
public:
    enum class Insert
    {
        Inserted,     // new, or a `cancelled` row taken over by the queue that returned it again
        AlreadyKnown, // idempotent: the lead id is in the outbox already, in any other state
        Error,
    };

    Outbox(Store* store, const Clock* clock, QObject* parent = nullptr);

    // A validated lead enters as `queued` once.
    Insert enqueue(const Lead& lead, const QString& source = QStringLiteral("crm"));
    // A lead that failed validation enters directly as `failed` (to be reported), once.
    Insert recordRejected(const RejectedLead& lead, const QString& source = QStringLiteral("crm"));

    std::optional<OutboxEntry> find(const QString& leadId) const;
    // Oldest queued lead of the SDR (by lead creation time, then arrival).
    std::optional<OutboxEntry> nextQueued(const QString& sdrId) const;
    QVector<OutboxEntry> entries(OutboxState state, const QString& sdrId = {}) const;
    int count(OutboxState state, const QString& sdrId = {}) const;
    // Sends counted by sent_at in [from, to) — what the pacer's caps look at.
    QVector<QDateTime> sentTimes(const QString& sdrId, const QDateTime& from) const;
    bool contains(const QString& leadId) const { return find(leadId).has_value(); }

    // queued -> sending; a new attempt id (QUuid) and attempts + 1. Returns the entry as stored.
    std::optional<OutboxEntry> beginSend(const QString& leadId);
    // sending | uncertain -> sent
    bool markSent(const QString& leadId, const QDateTime& sentAt);
    // queued | sending -> failed
    bool markFailed(const QString& leadId, const QString& error, const QString& detail);
    // sending -> queued (nothing went out; it will be sent again)
    bool requeue(const QString& leadId, const QString& detail);
    // sending -> uncertain (held for a person)
    bool markUncertain(const QString& leadId, const QString& detail);
    // A person's choices for an uncertain lead: send it again, or give up (reported failed,
    // send_timeout: it may or may not have gone out).
    bool resendUncertain(const QString& leadId);
    bool dropUncertain(const QString& leadId);
    // queued -> cancelled (the CRM does not assign it to this SDR any more)
    bool cancel(const QString& leadId, const QString& detail);

    // sent | failed rows whose report is due at `now` (next_report_at empty or passed).
    QVector<OutboxEntry> pendingReports(const QDateTime& now, int limit = 50) const;
    // sent | failed -> reported
    bool markReported(const QString& leadId, const QString& detail = {});
    bool scheduleReportRetry(const QString& leadId, const QDateTime& nextAt);
    // The earliest next_report_at of sent/failed rows (invalid when none is waiting).
    QDateTime nextReportDue() const;

    QString errorString() const { return m_errorString; }

signals:
    void entryChanged(const QString& leadId, const QString& sdrId, OutboxState state);

private:
    bool transition(const QString& leadId, std::initializer_list<OutboxState> from, OutboxState to,
                    const QString& extraSet, const QVariantList& extraBinds);
    QVector<OutboxEntry> select(const QString& where, const QVariantList& binds,
                                const QString& tail = {}) const;
    Insert insert(const OutboxEntry& entry);

    Store* m_store;
    const Clock* m_clock;
    mutable QString m_errorString;
};
