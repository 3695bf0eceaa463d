#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// What an SDR's WhatsApp showed about one watched lead at `seenAt`. Only what was seen is set:
// false means "not seen (yet)", never "not so".
struct FollowUpObservation
{
    QString leadId;
    QString phoneDigits;
    bool delivered = false;
    bool read = false;
    bool replied = false;
    QString replyText; // the lead's first message after ours, as plain text
    QDateTime replyAt; // WhatsApp's time stamp of it (minute precision); invalid: unknown
    QDateTime seenAt;
};
Q_DECLARE_METATYPE(FollowUpObservation)
