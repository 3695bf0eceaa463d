#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

struct ActivityEntry
{
    qint64 id = 0;
    QDateTime at;
    QString sdrId;   // empty for app-wide events
    QString kind;    // "state", "send", "fail", "report", "poll", "config", "error", ...
    QString message; // plain text for people; never a token, never a message body
};
Q_DECLARE_METATYPE(ActivityEntry)
