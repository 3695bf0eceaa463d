#include "LeadParser.h"

#include "Phone.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace {
constexpr int MaxRecordedLength = 256; // what a rejected lead keeps of its raw fields

const QString kMalformed = QStringLiteral("malformed_lead");
const QString kInvalidPhone = QStringLiteral("invalid_phone");
const QString kMismatch = QStringLiteral("routing_mismatch");

QString clipped(const QString& text)
{
    return text.size() > MaxRecordedLength ? text.left(MaxRecordedLength) : text;
}

} // namespace

// Ids are used in URLs and log lines: printable, no control characters.
bool LeadParser::isUsableId(const QString& id)
{
    if (id.trimmed().isEmpty() || id.size() > MaxIdLength)
        return false;
    for (const QChar c : id) {
        if (c.category() == QChar::Other_Control || c.isSpace())
            return false;
    }
    return true;
}

int LeadParser::messageLength(const QString& message)
{
    int count = 0;
    for (int i = 0; i < message.size(); ++i) {
        if (message.at(i).isHighSurrogate() && i + 1 < message.size() && message.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

std::variant<Lead, RejectedLead> LeadParser::parseLead(const QJsonValue& value, const QString& polledSdrId)
{
    RejectedLead rejected;
    rejected.sdrId = polledSdrId;
    auto reject = [&rejected](const QString& code, const QString& detail) {
        rejected.error = code;
        rejected.detail = detail;
        return rejected;
    };
    if (!value.isObject())
        return reject(kMalformed, QStringLiteral("lead is not a JSON object"));
    const QJsonObject object = value.toObject();

    const QJsonValue id = object.value(QLatin1String("id"));
    if (!id.isString())
        return reject(kMalformed,
                      id.isUndefined() ? QStringLiteral("missing id") : QStringLiteral("id is not a string"));
    if (!isUsableId(id.toString()))
        return reject(kMalformed, QStringLiteral("id is empty, too long or has control characters"));
    rejected.id = id.toString();

    // Keep what can be kept for the record before judging the rest.
    const QJsonValue name = object.value(QLatin1String("name"));
    const QJsonValue phone = object.value(QLatin1String("phone"));
    const QJsonValue message = object.value(QLatin1String("message"));
    const QJsonValue assigned = object.value(QLatin1String("assigned_sdr_id"));
    const QJsonValue createdAt = object.value(QLatin1String("created_at"));
    if (name.isString())
        rejected.name = clipped(name.toString());
    if (phone.isString())
        rejected.phone = clipped(phone.toString());
    if (message.isString())
        rejected.message = message.toString().left(MaxMessageLength + 1);

    // Routing first: a lead for another SDR is never sent from this one, whatever else is wrong.
    if (!assigned.isString() || assigned.toString().isEmpty())
        return reject(kMalformed, assigned.isUndefined() ? QStringLiteral("missing assigned_sdr_id")
                                                         : QStringLiteral("assigned_sdr_id is not a string"));
    if (assigned.toString() != polledSdrId) {
        if (assigned.toString().size() <= 200) // the longest SDR id the SDR list accepts
            rejected.assignedSdrId = assigned.toString();
        return reject(kMismatch, QStringLiteral("assigned to %1, returned in the queue of %2")
                                     .arg(clipped(assigned.toString()), polledSdrId));
    }

    if (!name.isUndefined() && !name.isNull() && !name.isString())
        return reject(kMalformed, QStringLiteral("name is not a string"));
    if (!createdAt.isUndefined() && !createdAt.isNull() && !createdAt.isString())
        return reject(kMalformed, QStringLiteral("created_at is not a string"));

    if (!phone.isString())
        return reject(kInvalidPhone, phone.isUndefined() ? QStringLiteral("missing phone")
                                                         : QStringLiteral("phone is not a string"));
    Phone::Error phoneError = Phone::Error::None;
    const auto e164 = Phone::normalize(phone.toString(), &phoneError);
    if (!e164)
        return reject(kInvalidPhone, Phone::reasonText(phoneError));

    if (!message.isString())
        return reject(kMalformed, message.isUndefined() ? QStringLiteral("missing message")
                                                        : QStringLiteral("message is not a string"));
    if (message.toString().trimmed().isEmpty())
        return reject(kMalformed, QStringLiteral("empty message"));
    const int length = messageLength(message.toString());
    if (length > MaxMessageLength)
        return reject(
            kMalformed,
            QStringLiteral("message has %1 characters; the limit is %2").arg(length).arg(MaxMessageLength));

    Lead lead;
    lead.id = rejected.id;
    lead.sdrId = polledSdrId;
    lead.name = name.toString();
    lead.phone = *e164;
    lead.message = message.toString();
    if (createdAt.isString()) {
        lead.createdAt = QDateTime::fromString(createdAt.toString(), Qt::ISODateWithMs);
        if (lead.createdAt.isValid())
            lead.createdAt = lead.createdAt.toUTC();
    }
    return lead;
}

QueueParseResult LeadParser::parseQueue(const QByteArray& body, const QString& polledSdrId)
{
    QueueParseResult result;
    if (body.size() > MaxResponseBytes) {
        result.error = QStringLiteral("response larger than 8 MiB");
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = QStringLiteral("response is not JSON (%1)").arg(parseError.errorString());
        return result;
    }
    if (!document.isObject()) {
        result.error = QStringLiteral("response is not a JSON object");
        return result;
    }
    const QJsonObject root = document.object();
    const QJsonValue leads = root.value(QLatin1String("leads"));
    if (!leads.isArray()) {
        result.error = QStringLiteral("response has no \"leads\" array");
        return result;
    }
    // The response names its SDR: one for another SDR is a server bug, refuse the whole poll.
    const QJsonValue sdrId = root.value(QLatin1String("sdrId"));
    if (!sdrId.isUndefined() && (!sdrId.isString() || sdrId.toString() != polledSdrId)) {
        result.error = QStringLiteral("response is for another SDR");
        return result;
    }

    QSet<QString> seen;
    const QJsonArray array = leads.toArray();
    result.entries = array.size();
    for (const QJsonValue& value : array) {
        auto parsed = parseLead(value, polledSdrId);
        if (auto* lead = std::get_if<Lead>(&parsed)) {
            // The same lead twice in one response is one lead.
            if (seen.contains(lead->id))
                continue;
            seen.insert(lead->id);
            result.leads.append(std::move(*lead));
        } else {
            auto& rejected = std::get<RejectedLead>(parsed);
            if (!rejected.id.isEmpty()) {
                if (seen.contains(rejected.id))
                    continue;
                seen.insert(rejected.id);
            }
            result.rejected.append(std::move(rejected));
        }
    }
    result.ok = true;
    return result;
}
