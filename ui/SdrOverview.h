#pragma once

#include "ConnectionState.h"
#include "FollowUpStats.h"

#include <QDateTime>
#include <QString>

// Everything the dashboard shows about one SDR, read in one go by OverviewQuery.
struct SdrOverview
{
    QString sdrId;
    QString name;
    bool active = true;
    bool hasStatus = false; // false until the session reported a state
    ConnectionState state = ConnectionState::Loading;
    QString phone; // linked number, else the expected one
    QDateTime connectedSince;
    int queueDepth = 0; // queued or being sent, plus imported leads not taken up yet
    int sentToday = 0;
    int failedToday = 0;
    int uncertain = 0;
    QDateTime nextSendAt; // from the pacer; invalid when unknown
    QString lastError;
    // After the send (FollowUpStats): sent, delivered, read, replied, opted out today / 7 days.
    FollowUpFigures followUps;
    // The unanswered budget as UnansweredBudget counts it (budgetLimit 0: not known).
    int budgetUsed = 0;
    int budgetLimit = 0;
    bool budgetNear = false;      // >= 80 %: flagged
    bool budgetExhausted = false; // >= 100 %: sending paused

    int budgetPercent() const { return budgetLimit > 0 ? int(qint64(budgetUsed) * 100 / budgetLimit) : 0; }

    bool operator==(const SdrOverview& other) const
    {
        return sdrId == other.sdrId && name == other.name && active == other.active &&
               hasStatus == other.hasStatus && state == other.state && phone == other.phone &&
               connectedSince == other.connectedSince && queueDepth == other.queueDepth &&
               sentToday == other.sentToday && failedToday == other.failedToday &&
               uncertain == other.uncertain && nextSendAt == other.nextSendAt &&
               lastError == other.lastError && followUps == other.followUps &&
               budgetUsed == other.budgetUsed && budgetLimit == other.budgetLimit &&
               budgetNear == other.budgetNear && budgetExhausted == other.budgetExhausted;
    }
};

// A lead held for a person: "uncertain" after a crash (resend or drop), or "held" because another
// SDR contacted its phone recently (send anyway or drop).
struct UncertainLead
{
    QString leadId;
    QString sdrId;
    QString sdrName;
    QString leadName;
    QString phone;
    QDateTime since;
    QString detail;
    bool held = false; // recently contacted by another SDR (not an unconfirmed send)

    bool operator==(const UncertainLead& other) const
    {
        return leadId == other.leadId && sdrId == other.sdrId && sdrName == other.sdrName &&
               leadName == other.leadName && phone == other.phone && since == other.since &&
               detail == other.detail && held == other.held;
    }
};
