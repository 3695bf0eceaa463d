#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// States of a lead in the outbox (column outbox.state holds the wire names below).
//   queued -> sending -> sent | failed -> reported
//   sending -> queued      (nothing was typed, or verification found the text absent)
//   sending -> uncertain   (could not be verified) -> sending (a person: resend; the chat is checked
//                          first) | failed (a person: drop)
//   queued  -> cancelled   (the CRM no longer assigns it to this SDR; never sent, nothing to report)
//   queued  -> held        (another SDR contacted the phone recently) -> queued (a person: send
//                          anyway; hold_approved) | failed (a person: drop, recently_contacted)
enum class OutboxState
{
    Queued,
    Sending,
    Sent,
    Failed,
    Uncertain,
    Reported,
    Cancelled,
    // Never sent: another SDR of this app contacted the phone recently, so a person decides.
    Held,
};
Q_DECLARE_METATYPE(OutboxState)

QString outboxStateName(OutboxState state);
OutboxState outboxStateFromName(const QString& name, bool* ok = nullptr);

struct OutboxEntry
{
    QString leadId;
    QString sdrId;
    QString name;
    QString phone; // E.164 (or the raw text of a rejected lead)
    QString message;
    QString source; // "crm" | "local"
    OutboxState state = OutboxState::Queued;
    QString attemptId; // the current send attempt; reused by every retry of its report
    int attempts = 0;
    QString error; // contract code of a failure
    QString detail;
    QDateTime leadCreatedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime sentAt;
    QDateTime reportedAt;
    int reportAttempts = 0;
    QDateTime nextReportAt;
    int deferrals = 0;           // tries that ended before Send was pressed, for reasons of this lead
    QDateTime notBefore;         // a deferred lead is not tried again before this
    QDateTime attemptStartedAt;  // when the current attempt went to `sending`
    bool resendApproved = false; // a person asked to send it again (after checking the chat)
    bool holdApproved = false;   // a person said "send anyway" to a recently-contacted hold

    // The result reported to the CRM: "sent" or "failed".
    bool wasSent() const { return sentAt.isValid(); }
};
Q_DECLARE_METATYPE(OutboxEntry)
