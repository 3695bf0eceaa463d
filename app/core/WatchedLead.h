#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// A sent lead whose chat is watched for what happens next (delivered, read, a reply), and what is
// already known of it.
struct WatchedLead
{
    QString leadId;
    QString phoneDigits; // without '+'
    QString text;        // the message as sent
    QDateTime sentAt;
    bool delivered = false;
    bool read = false;
    bool replied = false;
};
Q_DECLARE_METATYPE(WatchedLead)
