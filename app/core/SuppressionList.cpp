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
    return insertNormalized(*normalized, source, reason, leadId, sdrId);
}

SuppressionList::AddResult SuppressionList::insertNormalized(const QString& phone, Source source,
                                                             const QString& reason, const QString& leadId,
                                                             const QString& sdrId)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("INSERT INTO suppression(phone, reason, source, lead_id, sdr_id, added_at) "
                                 "VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(phone) DO NOTHING"));
    query.addBindValue(phone);
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
    return importPlanned(planCsvFile(path));
}

SuppressionList::ImportResult SuppressionList::importCsv(const QByteArray& data, const QString& sourceName)
{
    return importPlanned(planCsv(data, sourceName));
}

SuppressionList::ImportResult SuppressionList::importPlanned(const ImportPlan& plan)
{
    ImportResult result;
    if (!plan.ok) {
        result.error = plan.error;
        return result;
    }
    result.rows = plan.rows;
    result.rowErrors = plan.rowErrors;
    if (!writePlanned(plan, 0, plan.phones.size(), &result)) {
        ImportResult failed;
        failed.error = result.error;
        return failed;
    }
    result.ok = true;
    finishImport(result);
    return result;
}

SuppressionList::ImportPlan SuppressionList::planCsvFile(const QString& path, CsvImportProgress* progress)
{
    ImportPlan plan;
    if (QFileInfo(path).size() > kMaxCsvBytes) {
        plan.error = tr("The file is larger than %1 MiB.").arg(kMaxCsvBytes / (1024 * 1024));
        return plan;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        plan.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return plan;
    }
    return planCsv(file.read(kMaxCsvBytes + 1), QFileInfo(path).fileName(), progress);
}

SuppressionList::ImportPlan SuppressionList::planCsv(const QByteArray& data, const QString& sourceName,
                                                     CsvImportProgress* progress)
{
    ImportPlan plan;
    if (data.size() > kMaxCsvBytes) {
        plan.error = tr("The file is larger than %1 MiB.").arg(kMaxCsvBytes / (1024 * 1024));
        return plan;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(data);
    if (decoder.hasError()) {
        plan.error = tr("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and import it again.");
        return plan;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QVector<QStringList> records;
    QVector<int> lines;
    QString parseError;
    // The parse is most of the work: the first 80 % of the bar, the phones' checks the rest.
    if (!CsvLeadImporter::parseCsv(text, &records, &lines, &parseError, progress, 800)) {
        plan.cancelled = progress && progress->cancelRequested;
        plan.error = parseError;
        return plan;
    }
    if (records.isEmpty()) {
        plan.error = tr("The file is empty.");
        return plan;
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
        plan.error = tr("The header must name a phone column.");
        return plan;
    }
    const QString defaultReason =
        sourceName.isEmpty() ? tr("imported from a CSV file") : tr("imported from %1").arg(sourceName);
    plan.phones.reserve(records.size() - 1);
    for (int r = 1; r < records.size(); ++r) {
        if (progress && (r & 1023) == 0) {
            if (progress->cancelRequested) {
                plan.cancelled = true;
                return plan;
            }
            progress->permille = 800 + int(qint64(200) * r / records.size());
        }
        const QStringList& record = records.at(r);
        ++plan.rows;
        if (phoneColumn >= record.size()) {
            plan.rowErrors << tr("Line %1: no phone.").arg(lines.at(r));
            continue;
        }
        const QString phone = record.at(phoneColumn);
        const auto normalized = Phone::normalize(phone);
        if (!normalized) {
            plan.rowErrors << tr("Line %1: %2")
                                  .arg(lines.at(r))
                                  .arg(tr("\"%1\" is not a phone number.").arg(phone.left(40)));
            continue;
        }
        const QString reason =
            reasonColumn >= 0 && reasonColumn < record.size() ? record.at(reasonColumn).trimmed() : QString();
        plan.phones.append({*normalized, reason.isEmpty() ? defaultReason : reason});
    }
    plan.ok = true;
    return plan;
}

bool SuppressionList::writePlanned(const ImportPlan& plan, qsizetype from, qsizetype count,
                                   ImportResult* result)
{
    QSqlDatabase db = m_store->database();
    if (!db.transaction()) {
        result->error = tr("Cannot write to the database: %1").arg(db.lastError().text());
        return false;
    }
    int added = 0;
    int alreadyListed = 0;
    const qsizetype end = qMin(plan.phones.size(), from + count);
    for (qsizetype i = from; i < end; ++i) {
        const ImportPlan::Row& row = plan.phones.at(i);
        switch (insertNormalized(row.phone, Source::CsvImport, row.reason, {}, {})) {
        case AddResult::Added:
            ++added;
            break;
        case AddResult::AlreadyListed:
            ++alreadyListed;
            break;
        case AddResult::InvalidPhone: // checked by the plan
            break;
        case AddResult::Error:
            db.rollback();
            result->error = tr("Cannot write to the database: %1").arg(m_errorString);
            return false;
        }
    }
    if (!db.commit()) {
        db.rollback();
        result->error = tr("Cannot write to the database: %1").arg(db.lastError().text());
        return false;
    }
    result->added += added;
    result->alreadyListed += alreadyListed;
    return true;
}

void SuppressionList::finishImport(const ImportResult& result)
{
    if (m_activity && result.added > 0)
        m_activity->add(
            QString(), QStringLiteral("config"),
            tr("%n phone(s) added to the suppression list from a CSV file.", nullptr, result.added));
    if (result.added > 0)
        emit changed();
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
