#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// Contract §6: what happened to a lead after its message went out.
enum class FollowUpEvent
{
    Delivered, // two grey ticks
    Read,      // two blue ticks
    Replied,   // the first message from the lead's number after the send
    OptedOut,  // a reply that asks not to be contacted again
};
Q_DECLARE_METATYPE(FollowUpEvent)

// The wire names of the contract ("delivered", "read", "replied", "opted_out").
inline QString followUpEventName(FollowUpEvent event)
{
    switch (event) {
    case FollowUpEvent::Delivered:
        return QStringLiteral("delivered");
    case FollowUpEvent::Read:
        return QStringLiteral("read");
    case FollowUpEvent::Replied:
        return QStringLiteral("replied");
    case FollowUpEvent::OptedOut:
        return QStringLiteral("opted_out");
    }
    return QStringLiteral("delivered");
}

// The core's view of a sent lead whose chat is still worth looking at: sent within the watch window
// and not opted out, with what is known so far. (The page side gets the slimmer WatchedLead.)
struct FollowUpLead
{
    QString leadId;
    QString sdrId;
    QString phone; // E.164
    QString message;
    QString attemptId;
    QDateTime sentAt;
    QDateTime watchUntil; // sentAt + the watch window
    QDateTime deliveredAt;
    QDateTime readAt;
    QDateTime repliedAt;

    bool deliveredKnown() const { return deliveredAt.isValid(); }
    bool readKnown() const { return readAt.isValid(); }
    bool repliedKnown() const { return repliedAt.isValid(); }
};
Q_DECLARE_METATYPE(FollowUpLead)

// What the store knows about one sent lead after the send (table lead_followup).
struct LeadFollowUp
{
    QString leadId;
    QString sdrId;
    QString phone;
    QString attemptId;
    QDateTime sentAt;
    QDateTime deliveredAt;
    QDateTime readAt;
    QDateTime repliedAt;
    QString replyText; // plain text, at most 4096 characters; never interpreted
    bool optedOut = false;
    QDateTime optedOutAt;
};

// One event owed to the CRM (table lead_events).
struct LeadEvent
{
    qint64 id = 0; // observation order
    QString leadId;
    QString sdrId;
    QString attemptId;
    QString event; // wire name
    QDateTime at;
    QString text;  // replied / opted_out only
    QString state; // pending | reported | dropped
    int reportAttempts = 0;
    QDateTime nextReportAt;
};
