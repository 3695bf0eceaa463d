#pragma once

#include <QMetaType>
#include <QString>

// One SDR as the app knows it (from the CRM's list or kept locally).
struct SdrRecord
{
    QString id;
    QString name;
    bool active = true;
    QString expectedPhone;                    // E.164 ("+15551234567") or empty when the CRM gave none
    QString source = QStringLiteral("local"); // "crm" | "local"
};
Q_DECLARE_METATYPE(SdrRecord)
