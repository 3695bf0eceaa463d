#pragma once

#include "Lead.h"

#include <QByteArray>
#include <QJsonObject>
#include <variant>

// Validates the CRM's queue response (contract §2) and each lead in it.
//
// Message length: the contract's 4096 "characters" are counted as Unicode code points (an emoji or
// an accented letter written as one code point is one character), which is what a person and the
// CRM's own length checks count; UTF-16 code units would count each emoji twice.
class LeadParser
{
public:
    static constexpr int MaxMessageLength = 4096;
    static constexpr qint64 MaxResponseBytes = 8 * 1024 * 1024;

    // The whole response of GET /api/sender/queue?sdrId=<polledSdrId>.
    static QueueParseResult parseQueue(const QByteArray& body, const QString& polledSdrId);
    // One lead object (also used for CSV-imported local leads).
    static std::variant<Lead, RejectedLead> parseLead(const QJsonValue& value, const QString& polledSdrId);

    static int messageLength(const QString& message);
    // A lead id the app can record, report and put in a URL: 1-200 characters, no spaces or
    // control characters.
    static bool isUsableId(const QString& id);

    static constexpr int MaxIdLength = 200;
};
