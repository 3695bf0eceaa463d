#include "SuppressionList.h"

#include "ActivityLog.h"
#include "Clock.h"
#include "CsvLeadImporter.h"
#include "CsvWriter.h"
#include "Logging.h"
#include "Phone.h"
#include "Store.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>

namespace {
constexpr int kMaxReasonChars = 500;
constexpr qint64 kMaxCsvBytes = 16 * 1024 * 1024;

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
} // namespace

SuppressionList::SuppressionList(Store* store, const Clock* clock, ActivityLog* activity, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_activity(activity)
{
}

QString SuppressionList::sourceName(Source source)
{
    switch (source) {
    case Source::OptOut:
        return QStringLiteral("opt_out");
    case Source::Manual:
        return QStringLiteral("manual");
    case Source::CsvImport:
        return QStringLiteral("csv");
    }
    return QStringLiteral("manual");
}

SuppressionList::AddResult SuppressionList::insert(const QString& phone, Source source, const QString& reason,
                                                   const QString& leadId, const QString& sdrId)
{
    const auto normalized = Phone::normalize(phone);
    if (!normalized) {
        m_errorString = tr("\"%1\" is not a phone number.").arg(phone.left(40));
        return AddResult::InvalidPhone;
    }
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("INSERT INTO suppression(phone, reason, source, lead_id, sdr_id, added_at) "
                                 "VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(phone) DO NOTHING"));
    query.addBindValue(*normalized);
    query.addBindValue(reason.left(kMaxReasonChars).isNull() ? QStringLiteral("")
                                                             : reason.left(kMaxReasonChars));
    query.addBindValue(sourceName(source));
    query.addBindValue(nullable(leadId));
    query.addBindValue(nullable(sdrId));
    query.addBindValue(Store::timestamp(m_clock->now()));
    if (!query.exec()) {
        m_errorString = query.lastError().text();
        qCWarning(lcProtection) << "cannot add to the suppression list:" << m_errorString;
        return AddResult::Error;
    }
    return query.numRowsAffected() == 1 ? AddResult::Added : AddResult::AlreadyListed;
}

SuppressionList::AddResult SuppressionList::add(const QString& phone, Source source, const QString& reason,
                                                const QString& leadId, const QString& sdrId)
{
    const AddResult result = insert(phone, source, reason, leadId, sdrId);
    if (result == AddResult::Added) {
        qCInfo(lcProtection) << "phone added to the suppression list (" << sourceName(source) << ")";
        emit changed();
    }
    return result;
}

bool SuppressionList::remove(const QString& phone, const QString& reason)
{
    const auto normalized = Phone::normalize(phone);
    if (!normalized) {
        m_errorString = tr("\"%1\" is not a phone number.").arg(phone.left(40));
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        m_errorString = tr("Say why the phone may be contacted again.");
        return false;
    }
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("DELETE FROM suppression WHERE phone = ?"));
    query.addBindValue(*normalized);
    if (!query.exec()) {
        m_errorString = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() != 1) {
        m_errorString = tr("%1 is not on the suppression list.").arg(*normalized);
        return false;
    }
    if (m_activity)
        m_activity->add(QString(), QStringLiteral("config"),
                        tr("%1 removed from the suppression list: %2")
                            .arg(*normalized, reason.trimmed().left(kMaxReasonChars)));
    qCInfo(lcProtection) << "phone removed from the suppression list";
    emit changed();
    return true;
}

bool SuppressionList::isSuppressed(const QString& phone) const
{
    return find(phone).has_value();
}

std::optional<SuppressionEntry> SuppressionList::find(const QString& phone) const
{
    const auto normalized = Phone::normalize(phone);
    if (!normalized)
        return std::nullopt;
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT phone, reason, source, lead_id, sdr_id, added_at FROM suppression "
                                 "WHERE phone = ?"));
    query.addBindValue(*normalized);
    if (!query.exec() || !query.next())
        return std::nullopt;
    SuppressionEntry entry;
    entry.phone = query.value(0).toString();
    entry.reason = query.value(1).toString();
    entry.source = query.value(2).toString();
    entry.leadId = query.value(3).toString();
    entry.sdrId = query.value(4).toString();
    entry.addedAt = Store::parseTimestamp(query.value(5).toString());
    return entry;
}

QVector<SuppressionEntry> SuppressionList::entries() const
{
    QVector<SuppressionEntry> result;
    QSqlQuery query(m_store->database());
    if (!query.exec(QStringLiteral("SELECT phone, reason, source, lead_id, sdr_id, added_at FROM suppression "
                                   "ORDER BY added_at DESC, phone"))) {
        m_errorString = query.lastError().text();
        return result;
    }
    while (query.next()) {
        SuppressionEntry entry;
        entry.phone = query.value(0).toString();
        entry.reason = query.value(1).toString();
        entry.source = query.value(2).toString();
        entry.leadId = query.value(3).toString();
        entry.sdrId = query.value(4).toString();
        entry.addedAt = Store::parseTimestamp(query.value(5).toString());
        result.append(entry);
    }
    return result;
}

int SuppressionList::count() const
{
    QSqlQuery query(m_store->database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM suppression")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

SuppressionList::ImportResult SuppressionList::importCsvFile(const QString& path)
{
    ImportResult result;
    if (QFileInfo(path).size() > kMaxCsvBytes) {
        result.error = tr("The file is larger than %1 MiB.").arg(kMaxCsvBytes / (1024 * 1024));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    return importCsv(file.read(kMaxCsvBytes + 1), QFileInfo(path).fileName());
}

SuppressionList::ImportResult SuppressionList::importCsv(const QByteArray& data, const QString& sourceName)
{
    ImportResult result;
    if (data.size() > kMaxCsvBytes) {
        result.error = tr("The file is larger than %1 MiB.").arg(kMaxCsvBytes / (1024 * 1024));
        return result;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(data);
    if (decoder.hasError()) {
        result.error = tr("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and import it again.");
        return result;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QVector<QStringList> records;
    QVector<int> lines;
    QString parseError;
    if (!CsvLeadImporter::parseCsv(text, &records, &lines, &parseError)) {
        result.error = parseError;
        return result;
    }
    if (records.isEmpty()) {
        result.error = tr("The file is empty.");
        return result;
    }
    int phoneColumn = -1;
    int reasonColumn = -1;
    const QStringList header = records.first();
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (name == QLatin1String("phone"))
            phoneColumn = i;
        else if (name == QLatin1String("reason"))
            reasonColumn = i;
    }
    if (phoneColumn < 0) {
        result.error = tr("The header must name a phone column.");
        return result;
    }
    const QString defaultReason =
        sourceName.isEmpty() ? tr("imported from a CSV file") : tr("imported from %1").arg(sourceName);
    QSqlDatabase db = m_store->database();
    if (!db.transaction()) {
        result.error = tr("Cannot write to the database: %1").arg(db.lastError().text());
        return result;
    }
    for (int r = 1; r < records.size(); ++r) {
        const QStringList& record = records.at(r);
        ++result.rows;
        if (phoneColumn >= record.size()) {
            result.rowErrors << tr("Line %1: no phone.").arg(lines.at(r));
            continue;
        }
        const QString reason =
            reasonColumn >= 0 && reasonColumn < record.size() ? record.at(reasonColumn).trimmed() : QString();
        switch (insert(record.at(phoneColumn), Source::CsvImport, reason.isEmpty() ? defaultReason : reason,
                       {}, {})) {
        case AddResult::Added:
            ++result.added;
            break;
        case AddResult::AlreadyListed:
            ++result.alreadyListed;
            break;
        case AddResult::InvalidPhone:
            result.rowErrors << tr("Line %1: %2").arg(lines.at(r)).arg(m_errorString);
            break;
        case AddResult::Error:
            db.rollback();
            result = ImportResult();
            result.error = tr("Cannot write to the database: %1").arg(m_errorString);
            return result;
        }
    }
    if (!db.commit()) {
        db.rollback();
        ImportResult failed;
        failed.error = tr("Cannot write to the database: %1").arg(db.lastError().text());
        return failed;
    }
    result.ok = true;
    if (m_activity && result.added > 0)
        m_activity->add(
            QString(), QStringLiteral("config"),
            tr("%n phone(s) added to the suppression list from a CSV file.", nullptr, result.added));
    if (result.added > 0)
        emit changed();
    return result;
}

bool SuppressionList::exportCsv(QIODevice* device, QString* error) const
{
    CsvWriter writer(device);
    bool ok =
        writer.writeByteOrderMark() &&
        writer.writeRow({QStringLiteral("phone"), QStringLiteral("reason"), QStringLiteral("source"),
                         QStringLiteral("lead_id"), QStringLiteral("sdr_id"), QStringLiteral("added_at")});
    const QVector<SuppressionEntry> all = entries();
    for (int i = 0; ok && i < all.size(); ++i) {
        const SuppressionEntry& entry = all.at(i);
        ok = writer.writeRow({entry.phone, entry.reason, entry.source, entry.leadId, entry.sdrId,
                              Store::timestamp(entry.addedAt)});
    }
    if (!ok && error)
        *error = writer.errorString();
    return ok;
}
