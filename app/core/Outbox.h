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
        // Served to another SDR than the one it is recorded under (reassigned by the CRM, or
        // recorded under the wrong SDR): never sent, so its new owner sends it...
        TakenOver,
        // ...or sent already, so its existing result is reported again, for its new owner.
        ReportAgain,
    };

    Outbox(Store* store, const Clock* clock, QObject* parent = nullptr);

    // A validated lead enters as `queued` once. A known lead served for another SDR than its row's is
    // taken over (TakenOver) when it was never sent and is not being sent, or its result reported
    // again (ReportAgain) when it was sent; one whose result the CRM refused with 409 and serves again
    // is reported again too. Leads in `sending`/`uncertain` stay as they are (AlreadyKnown).
    Insert enqueue(const Lead& lead, const QString& source = QStringLiteral("crm"));
    // Every queued lead of the SDR -> cancelled (the SDR was deactivated or removed: they are not
    // its to send any more; a queue that returns them takes them over). Returns how many.
    int cancelQueued(const QString& sdrId, const QString& detail);
    // A lead that failed validation enters directly as `failed` (to be reported), once.
    Insert recordRejected(const RejectedLead& lead, const QString& source = QStringLiteral("crm"));

    std::optional<OutboxEntry> find(const QString& leadId) const;
    // Oldest queued lead of the SDR (by lead creation time, then arrival).
    // Deferred leads (not_before in the future) are skipped: they do not block the ones behind them.
    std::optional<OutboxEntry> nextQueued(const QString& sdrId) const;
    // When the earliest deferred queued lead of the SDR may be tried again (invalid: none).
    QDateTime nextDeferredAt(const QString& sdrId) const;
    QVector<OutboxEntry> entries(OutboxState state, const QString& sdrId = {}) const;
    int count(OutboxState state, const QString& sdrId = {}) const;
    // Sends counted by sent_at in [from, to) — what the pacer's caps look at.
    QVector<QDateTime> sentTimes(const QString& sdrId, const QDateTime& from) const;
    bool contains(const QString& leadId) const { return find(leadId).has_value(); }
    // The latest contact of `phone` by any SDR but `sdrId` since `since`: a lead sent to it, or one
    // being sent or unconfirmed (it may have gone out). Null when none.
    std::optional<OutboxEntry> recentContactByOthers(const QString& phone, const QString& sdrId,
                                                     const QDateTime& since) const;

    // Every transition below returns false when it did not happen: the lead was not in a state it
    // moves from, or the store could not write it (lastWriteFailed()). Callers must look.

    // queued -> sending; a new attempt id (QUuid) and attempts + 1. Returns the entry as stored.
    // Committed, not yet synced: press Send only after Store::whenDurable() (a lead found `queued`
    // after a power cut would go out twice).
    [[nodiscard]] std::optional<OutboxEntry> beginSend(const QString& leadId);
    // sending | uncertain -> sent
    [[nodiscard]] bool markSent(const QString& leadId, const QDateTime& sentAt);
    // queued | sending -> failed
    [[nodiscard]] bool markFailed(const QString& leadId, const QString& error, const QString& detail);
    // sending -> queued after Send was pressed and the chat proved the message absent: attempts is
    // kept (it counts the sends that may have gone out).
    [[nodiscard]] bool requeue(const QString& leadId, const QString& detail);
    // sending -> queued, nothing was pressed (the session was not ready): attempts - 1.
    [[nodiscard]] bool requeueNotPressed(const QString& leadId, const QString& detail);
    // sending -> queued, nothing was pressed for a reason of this lead (editor_mismatch, ...): it
    // waits until notBefore without blocking the others; deferrals + 1, attempts - 1.
    [[nodiscard]] bool defer(const QString& leadId, const QString& error, const QString& detail,
                             const QDateTime& notBefore);
    // sending -> uncertain (held for a person)
    [[nodiscard]] bool markUncertain(const QString& leadId, const QString& detail);
    // A person's choices for an uncertain lead: send it again (uncertain -> sending with
    // resendApproved: verified in the chat before it is queued again), or give up (reported
    // failed, send_timeout: it may or may not have gone out).
    [[nodiscard]] bool resendUncertain(const QString& leadId);
    [[nodiscard]] bool dropUncertain(const QString& leadId);
    // queued -> held: another SDR contacted the phone recently; a person decides.
    [[nodiscard]] bool hold(const QString& leadId, const QString& detail);
    // A person's choices for a held lead: send it anyway (held -> queued, hold_approved), or drop it
    // (held -> failed, recently_contacted, reported like any failure).
    [[nodiscard]] bool sendHeldAnyway(const QString& leadId);
    [[nodiscard]] bool dropHeld(const QString& leadId);
    // queued -> cancelled (the CRM does not assign it to this SDR any more)
    [[nodiscard]] bool cancel(const QString& leadId, const QString& detail);

    // sent | failed rows whose report is due at `now` (next_report_at empty or passed).
    QVector<OutboxEntry> pendingReports(const QDateTime& now, int limit = 50) const;
    // sent | failed -> reported
    [[nodiscard]] bool markReported(const QString& leadId, const QString& detail = {});
    [[nodiscard]] bool scheduleReportRetry(const QString& leadId, const QDateTime& nextAt);
    // The earliest next_report_at of sent/failed rows (invalid when none is waiting).
    QDateTime nextReportDue() const;

    QString errorString() const { return m_errorString; }
    // The last transition failed because the store could not write (disk full, read-only, broken
    // file), not because the lead was in another state.
    bool lastWriteFailed() const { return m_writeFailed; }
    // The store it writes to (Router batches a page of enqueues in one of its transactions).
    Store* store() const { return m_store; }

signals:
    void entryChanged(const QString& leadId, const QString& sdrId, OutboxState state);

private:
    bool transition(const QString& leadId, std::initializer_list<OutboxState> from, OutboxState to,
                    const QString& extraSet, const QVariantList& extraBinds);
    QVector<OutboxEntry> select(const QString& where, const QVariantList& binds,
                                const QString& tail = {}) const;
    Insert insert(const OutboxEntry& entry);
    Insert adopt(const Lead& lead, const QString& source);

    Store* m_store;
    const Clock* m_clock;
    mutable QString m_errorString;
    bool m_writeFailed = false;
};
