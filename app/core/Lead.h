#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

// A lead that passed validation: safe to put in the outbox for sdrId.
struct Lead
{
    QString id;
    QString sdrId; // assigned_sdr_id, equal to the SDR whose queue returned it
    QString name;
    QString phone; // E.164 with '+'
    QString message;
    QDateTime createdAt; // invalid when the CRM gave none
};
Q_DECLARE_METATYPE(Lead)

// A lead that failed validation: never sent. When it has an id it is recorded and reported
// `failed` with `error` (a contract code: malformed_lead, invalid_phone, routing_mismatch).
struct RejectedLead
{
    QString id;    // may be empty (missing or unusable id): then it cannot be reported
    QString sdrId; // the polled SDR
    // routing_mismatch: the SDR the lead is assigned to (the CRM knows it; this app may not yet).
    QString assignedSdrId;
    QString error;
    QString detail; // for people; never the message body
    QString name;
    QString phone;   // as received (for the record), cut to a sane length
    QString message; // as received when it was a string, cut to a sane length
};

// One queue response, validated.
struct QueueParseResult
{
    bool ok = false;
    QString error; // why the whole response was refused (ok == false); nothing is routed then
    QVector<Lead> leads;
    QVector<RejectedLead> rejected;
    int entries = 0; // number of elements in "leads" as received
};
