#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// States of a lead in the outbox (column outbox.state holds the wire names below).
//   queued -> sending -> sent | failed -> reported
//   sending -> queued      (nothing was typed, or verification found the text absent)
//   sending -> uncertain   (could not be verified) -> queued (a person: resend) | failed (a person: drop)
//   queued  -> cancelled   (the CRM no longer assigns it to this SDR; never sent, nothing to report)
enum class OutboxState
{
    Queued,
    Sending,
    Sent,
    Failed,
    Uncertain,
    Reported,
    Cancelled,
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

    // The result reported to the CRM: "sent" or "failed".
    bool wasSent() const { return sentAt.isValid(); }
};
Q_DECLARE_METATYPE(OutboxEntry)
